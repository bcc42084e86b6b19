"""Texts shown to users from below ui/, translated when shown, without Qt.

The store, the Excel reader and writer, printing and the domain name what went wrong in
English templates with named placeholders, marked for Qt's ``pyside6-lupdate`` with
:func:`QT_TRANSLATE_NOOP` (a context and a literal template: never an f-string)::

    raise DiskFullError(
        QT_TRANSLATE_NOOP("DocumentError", "The disk holding {name} is full.").format(name=n)
    )

The result is a :class:`Text`: a ``str`` whose value is the English text (logs, tests and
``==`` see English), and whose ``str()`` and ``format()`` give it in the language of the
translator installed with :func:`install`: the window installs Qt's
``QCoreApplication.translate``, the command line its own. The template is translated first
and filled afterwards, numbers and dates in that language, so a translator sees
``{name} est plein`` rather than one sentence per file name.

Plural forms: :func:`plural` picks the singular or the plural template by the language's rule
(French counts 0 and 1 as singular, English only 1), after translation.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

from planapp.domain.date_format import format_date, format_month

Translate = Callable[[str, str], str]  # (context, English source) -> text in the language


def _english(context: str, source: str) -> str:
    return source


_translate: Translate = _english


def install(translate: Translate | None) -> None:
    """Show every :class:`Text` through ``translate`` from now on (None: English)."""
    global _translate
    _translate = translate or _english


def translate(context: str, source: str) -> str:
    """``source`` in the installed language (itself when it has no translation)."""
    return _translate(context, source) or source


def language() -> str:
    """The language texts are shown in ("en" or "fr"): the translation file says which."""
    code = translate("Language", "en")
    return code if code in ("en", "fr") else "en"


def format_number(n: int, lang: str | None = None) -> str:
    """1234 as "1,234" in English and "1 234" in French (a narrow no-break space)."""
    text = f"{n:,}"
    return text.replace(",", "\u202f") if (lang or language()) == "fr" else text


class Month(NamedTuple):
    """A month shown by name in the text's language: ``Month(2020, 9)``, "September 2020"."""

    year: int
    month: int


def _shown(value: Any, lang: str, tr: Translate) -> Any:
    if isinstance(value, Month):
        return format_month(value.year, value.month, lang)
    if isinstance(value, Text):
        return _fill(value.templates, value.args, value.count, lang, tr, value.context)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return format_number(value, lang)
    if isinstance(value, _dt.datetime):
        day = format_date(value.date(), lang)
        return f"{day} à {value:%H} h {value:%M}" if lang == "fr" else f"{day} at {value:%H:%M}"
    if isinstance(value, _dt.date):
        return format_date(value, lang)
    return value


class Text(str):
    """A text for the user: English as a ``str``; ``str()`` gives it in the user's language."""

    context: str
    templates: tuple[str, ...]  # one template, or the singular and the plural
    args: Mapping[str, Any]
    count: int | None

    def __new__(
        cls,
        context: str,
        templates: tuple[str, ...],
        args: Mapping[str, Any] | None = None,
        count: int | None = None,
    ) -> Text:
        args = dict(args or {})
        self = super().__new__(cls, _fill(templates, args, count, "en", _english, context))
        self.context, self.templates, self.args, self.count = context, templates, args, count
        return self

    def format(self, *positional: Any, **args: Any) -> Text:  # type: ignore[override]
        """The template with its placeholders filled, still translated only when shown."""
        if positional:
            raise TypeError("texts take named placeholders only")
        return Text(self.context, self.templates, {**self.args, **args}, self.count)

    def text_in(self, lang: str | None = None) -> str:
        """The text in the installed translator's language."""
        return _fill(
            self.templates, self.args, self.count, lang or language(), translate, self.context
        )

    def __str__(self) -> str:
        return self.text_in()

    def __format__(self, spec: str) -> str:
        return format(self.text_in(), spec)

    def __mod__(self, values: Any) -> str:  # argparse fills its texts with %
        return self.text_in() % values

    def __reduce__(self) -> tuple[Any, ...]:  # pickled across processes with its template
        return (Text, (self.context, self.templates, self.args, self.count))


def _fill(
    templates: tuple[str, ...],
    args: Mapping[str, Any],
    count: int | None,
    lang: str,
    tr: Translate,
    context: str,
) -> str:
    if count is None:
        template = templates[0]
    else:
        singular = count <= 1 if lang == "fr" else count == 1
        template = templates[0 if singular else -1]
    template = tr(context, template) or template
    if not args:
        return template
    return template.format(**{k: _shown(v, lang, tr) for k, v in args.items()})


def english(text: str) -> str:
    """``text`` in English whatever the user's language (for outputs in a chosen language)."""
    return str.__str__(text) if isinstance(text, Text) else text


def QT_TRANSLATE_NOOP(context: str, text: str) -> Text:
    """Mark ``text`` for translation in ``context``; it is translated when shown."""
    return Text(context, (text,))


def plural(n: int, singular: Text, many: Text, **args: Any) -> Text:
    """``singular`` or ``many`` by the language's plural rule for ``n``, filled with
    ``n=n`` and ``args``: ``plural(3, QT_TRANSLATE_NOOP(c, "{n} page"),
    QT_TRANSLATE_NOOP(c, "{n} pages"))``."""
    return Text(singular.context, (singular.templates[0], many.templates[0]), {"n": n, **args}, n)


def month(day: _dt.date) -> Text:
    """``day``'s month as a text of its own ("September 2020", "septembre 2020")."""
    return Text("Month", ("{month}",), {"month": Month(day.year, day.month)})
