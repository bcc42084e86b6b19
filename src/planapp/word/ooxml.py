"""The WordprocessingML python-docx has no API for, set on its elements directly.

* ``w:tblHeader`` on a row: Word repeats it at the top of every page the table runs onto, and
  screen readers take it for the table's header (python-docx issue #322 has no API for it);
* ``w:tblCaption`` / ``w:tblDescription``: the table's alternative text (Word 2010 and later);
* ``w:lang``: the language of the document's default text, and of a run, which a screen
  reader's voice and Word's spelling checker follow;
* ``w:shd``: a cell's shading; ``PAGE`` and ``NUMPAGES`` fields in the footer, and page
  numbers restarting in each section.
"""

from __future__ import annotations

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph
from docx.text.run import Run


def _child(parent, tag: str):
    """``parent``'s first ``tag`` child, made if missing."""
    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        parent.append(found)
    return found


def repeat_as_header(row: _Row) -> None:
    """Mark ``row`` as the table's header row, repeated on every page."""
    tr_pr = row._tr.get_or_add_trPr()
    _child(tr_pr, "w:tblHeader").set(qn("w:val"), "true")
    _child(tr_pr, "w:cantSplit").set(qn("w:val"), "true")


def describe_table(table: Table, caption: str, description: str) -> None:
    """The table's alternative text: a caption and a description of what it lists."""
    tbl_pr = table._tbl.tblPr
    for tag, value in (("w:tblCaption", caption), ("w:tblDescription", description)):
        _child(tbl_pr, tag).set(qn("w:val"), value[:255])


def shade(cell: _Cell, fill: str) -> None:
    """Fill ``cell`` with the colour ``fill`` ("D9D9D9")."""
    shd = _child(cell._tc.get_or_add_tcPr(), "w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)


def _set_lang(r_pr, tag: str) -> None:
    lang = _child(r_pr, "w:lang")
    lang.set(qn("w:val"), tag)
    lang.set(qn("w:eastAsia"), tag)
    lang.set(qn("w:bidi"), tag)


def set_default_language(document: Document, tag: str) -> None:
    """The language of every text that does not say otherwise ("fr-CA")."""
    styles = document.styles.element
    defaults = _child(styles, "w:docDefaults")
    r_pr = _child(_child(defaults, "w:rPrDefault"), "w:rPr")
    _set_lang(r_pr, tag)


def set_run_language(run: Run, tag: str) -> None:
    """The language of ``run``'s text."""
    _set_lang(run._r.get_or_add_rPr(), tag)


def add_text_run(
    paragraph: Paragraph, text: str, bold: bool = False, lang: str | None = None
) -> None:
    """A run of plain ``text`` (no tabs or line breaks) at the end of ``paragraph``, made on
    the XML: python-docx's ``add_run`` scans the text a character at a time, which made a
    1,000-recommendation document take most of its time in it."""
    run = OxmlElement("w:r")
    if bold or lang:
        r_pr = OxmlElement("w:rPr")
        if bold:
            r_pr.append(OxmlElement("w:b"))
        if lang:
            _set_lang(r_pr, lang)
        run.append(r_pr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    paragraph._p.append(run)


def add_page_field(paragraph: Paragraph, before: str, middle: str | None) -> None:
    """``before`` PAGE ``middle`` NUMPAGES ("Page 2 of 5"), or ``before`` PAGE alone when
    ``middle`` is None (the pages of a section: LibreOffice shows no SECTIONPAGES total)."""
    paragraph.add_run(before)
    _field(paragraph, "PAGE")
    if middle is not None:
        paragraph.add_run(middle)
        _field(paragraph, "NUMPAGES")


def restart_numbering(section: Section) -> None:
    """Number ``section``'s pages from 1."""
    _child(section._sectPr, "w:pgNumType").set(qn("w:start"), "1")


def _field(paragraph: Paragraph, code: str) -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, code), ("separate", None), (None, "1")):
        if kind is not None:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        else:
            tag = "w:instrText" if text == code else "w:t"
            element = OxmlElement(tag)
            element.set(qn("xml:space"), "preserve")
            element.text = f" {text} " if tag == "w:instrText" else text
            run._r.append(element)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)
