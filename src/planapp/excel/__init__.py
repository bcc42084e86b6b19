"""Read and write workbooks in the departmental Detailed Action Plan template.

Entry points (no Qt; plain domain ``Plan`` values in and out):

* ``reader.read_workbook(path, progress=None) -> ImportResult`` - every plan sheet of a
  workbook as departments send them; raises ``WorkbookError`` (a message naming the file
  and the problem) or ``ImportCancelled``.
* ``writer.write_workbook(plan, path, lang=None, template=None, paper="legal") -> warnings``
  - the built-in print-ready template or a department's own workbook, written atomically, in
  the plan's language unless ``lang`` says otherwise, its extra columns after the template's
  (``extra_columns``); raises ``ExportError``.

One job per module: ``safety`` (hostile files, before any XML is parsed), ``headings``
(finding the header row), ``pagination`` (recommendations continued on further rows),
``record`` (the hidden sheet that makes the round trip lossless), ``extra_columns`` (a
plan's extra columns as sheet columns), ``layout`` (the built-in
template and print setup), ``template`` (filling a department's workbook), ``errors``.
"""
