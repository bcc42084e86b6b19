"""Documents on a PostgreSQL server: addresses, engine set-up and the errors a server gives.

A server document is named by a libpq URL (``postgresql://user@host/dbname``, or
``postgresql://user@/dbname?host=/socket/folder&port=N`` for a local socket). The URL goes to
libpq as it is, so the user's password file (``~/.pgpass``), service file and ``PG*``
variables work as they do for ``psql``. planapp never stores a password: one written in the
URL or typed into the window is handed to the connection and left out of every name shown or
remembered. TLS is required for every host other than a local socket or localhost unless the
URL turns it off explicitly (``sslmode=disable``).
"""

from __future__ import annotations

import getpass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect

from planapp.domain.texts import QT_TRANSLATE_NOOP
from planapp.store.errors import (
    DocumentBusyError,
    DocumentError,
    NotADocumentError,
    ReadOnlyDocumentError,
)

if TYPE_CHECKING:
    from sqlalchemy.engine import ExceptionContext

SCHEMES = ("postgresql://", "postgres://")
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}
APPLICATION_NAME = "planapp"


class ServerUnavailableError(DocumentError):
    """The server cannot be reached (stopped, network down, refused): retry when it is back."""


class PasswordNeededError(DocumentError):
    """The server asks for a password that libpq's files did not give."""


class NoServerDriverError(DocumentError):
    """psycopg is missing from this installation."""


def is_server_url(location: object) -> bool:
    """True for a libpq URL (a server document), False for a file path."""
    if isinstance(location, ServerAddress):
        return True
    return isinstance(location, str) and location.lower().startswith(SCHEMES)


class ServerAddress:
    """Where a server document lives, without its password.

    Stands where a file document has its :class:`~pathlib.Path`: ``name`` for titles and
    messages, ``str()`` for recent documents and settings keys (the URL without password).
    """

    def __init__(self, url: str) -> None:
        from psycopg.conninfo import conninfo_to_dict, make_conninfo

        try:
            params = conninfo_to_dict(url)
        except Exception as exc:  # psycopg.ProgrammingError: an unreadable URL
            raise NotADocumentError(
                QT_TRANSLATE_NOOP("DocumentError", "“{url}” is not a server address: {exc}").format(
                    url=url, exc=exc
                )
            ) from exc
        self.password: str | None = params.pop("password", None)
        self.params: dict[str, Any] = params
        host = str(params.get("host") or "")
        self.local = host == "" or host.startswith("/") or host in LOCAL_HOSTS
        self.database = str(params.get("dbname") or params.get("user") or getpass.getuser())
        self.host = host or "local socket"
        self.user = str(params.get("user") or "")
        self._conninfo = make_conninfo(**params)
        self._url = _url_without_password(url)

    # Path-like members used by windows and commands.
    @property
    def name(self) -> str:
        where = "" if self.host == "local socket" or self.host.startswith("/") else self.host
        return f"{self.database} on {where}" if where else self.database

    stem = name

    def __str__(self) -> str:
        return self._url

    def __repr__(self) -> str:
        return f"ServerAddress({self._url!r})"

    def __fspath__(self) -> str:  # never a file: compares unequal to every output path
        return self._url

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ServerAddress) and str(self) == str(other)

    def __hash__(self) -> int:
        return hash(self._url)

    def resolve(self) -> ServerAddress:
        return self

    def exists(self) -> bool:
        return False

    def conninfo(self, password: str | None = None) -> str:
        """What libpq connects with: TLS enforced for other hosts, planapp named in activity."""
        from psycopg.conninfo import make_conninfo

        extra: dict[str, Any] = {}
        if not self.local and "sslmode" not in self.params and "service" not in self.params:
            extra["sslmode"] = "require"
        if "application_name" not in self.params:
            extra["application_name"] = f"{APPLICATION_NAME}:{getpass.getuser()}"
        password = password if password is not None else self.password
        if password is not None:
            extra["password"] = password
        return make_conninfo(self._conninfo, **extra)


def _url_without_password(url: str) -> str:
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, hostport = netloc.rpartition("@")
        netloc = f"{userinfo.partition(':')[0]}@{hostport}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k != "password"], safe="/")
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def make_server_engine(
    address: ServerAddress, read_only: bool = False, password: str | None = None
) -> Engine:
    """The engine of a server document; with ``read_only`` the server refuses every write."""
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:  # pragma: no cover - a dependency of planapp
        raise NoServerDriverError(
            QT_TRANSLATE_NOOP(
                "DocumentError", "This planapp cannot open server documents (no psycopg)."
            )
        ) from exc
    conninfo = address.conninfo(password)
    if read_only:
        from psycopg.conninfo import make_conninfo

        conninfo = make_conninfo(conninfo, options="-c default_transaction_read_only=on")
    engine = create_engine(
        "postgresql+psycopg://",
        connect_args={"connect_timeout": 10},
        pool_pre_ping=True,  # a server restarted since the last edit: reconnect, not fail
        pool_size=2,
        max_overflow=3,
    )

    @event.listens_for(engine, "do_connect")
    def _connect_with(_dialect: Any, _record: Any, cargs: list[Any], _cparams: Any) -> None:
        cargs[:] = [conninfo]  # libpq reads the URL itself: .pgpass, service file, PG* vars

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> DocumentError | None:
        return from_psycopg(context.original_exception, address)

    return engine


def from_psycopg(exc: BaseException, address: ServerAddress) -> DocumentError | None:
    """A server error we can name, with a sentence for the user (None: raise it as it is)."""
    import psycopg
    from psycopg import errors as pg

    if isinstance(exc, pg.InsufficientPrivilege | pg.ReadOnlySqlTransaction):
        return ReadOnlyDocumentError(
            QT_TRANSLATE_NOOP(
                "DocumentError",
                "{name}: your database role may not make this change ({reason}).",
            ).format(name=address.name, reason=_first_line(exc))
        )
    if isinstance(exc, pg.LockNotAvailable | pg.DeadlockDetected | pg.SerializationFailure):
        return DocumentBusyError(
            QT_TRANSLATE_NOOP("DocumentError", "{name} is busy; try again. ({reason})").format(
                name=address.name, reason=_first_line(exc)
            )
        )
    if isinstance(exc, psycopg.OperationalError):
        text = str(exc)
        if "password" in text and ("no password supplied" in text or "authentication" in text):
            return PasswordNeededError(
                QT_TRANSLATE_NOOP("DocumentError", "{name} needs the password of {user}.").format(
                    name=address.name,
                    user=address.user or QT_TRANSLATE_NOOP("DocumentError", "your role"),
                )
            )
        if "does not exist" in text and "database" in text:
            return NotADocumentError(
                QT_TRANSLATE_NOOP("DocumentError", "{name}: {reason}").format(
                    name=address.name, reason=_first_line(exc)
                )
            )
        return ServerUnavailableError(
            QT_TRANSLATE_NOOP(
                "DocumentError",
                "The server of {name} cannot be reached ({reason}). Nothing was "
                "changed; try again when it is back.",
            ).format(name=address.name, reason=_first_line(exc))
        )
    return None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0].removeprefix("connection failed: ") if text else type(exc).__name__


def check_server(engine: Engine, address: ServerAddress) -> bool:
    """Refuse a database of another program; True when it holds no tables yet (a new one)."""
    with engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
    if not names:
        return True
    if "alembic_version" not in names or "plan" not in names:
        raise NotADocumentError(
            QT_TRANSLATE_NOOP("DocumentError", "{name} is a database of another program.").format(
                name=address.name
            )
        )
    return False


def can_edit(engine: Engine) -> bool:
    """True when the connected role may change something: the plans, or only their progress
    entries (then the server refuses the rest, with a message)."""
    with engine.connect() as conn:
        return bool(
            conn.exec_driver_sql(
                "SELECT has_table_privilege(current_user, 'recommendation', 'UPDATE') "
                "OR has_table_privilege(current_user, 'progress_entry', 'INSERT')"
            ).scalar()
        )


def current_user(conn: Any) -> str:
    """The database role the edits are made as (who the history names)."""
    return str(conn.exec_driver_sql("SELECT current_user").scalar())


def open_server(
    cls: Any,
    url: str,
    *,
    create: bool = False,
    sample: bool = False,
    read_only: bool = False,
    password: str | None = None,
) -> Any:
    """Open the server document at ``url`` as a ``cls`` (a Document).

    An empty database becomes a document with ``create`` (its owner's first opening); a role
    that may only read opens the plan read-only, as a read-only file does.
    """
    from planapp.store.connection import migrate

    address = ServerAddress(url)
    if password is not None:
        address.password = password  # in memory only: the feed connects with it too
    engine = make_server_engine(address, read_only=read_only, password=password)
    try:
        is_new = check_server(engine, address)
        if is_new and not create:
            raise NotADocumentError(
                QT_TRANSLATE_NOOP(
                    "DocumentError",
                    "{name} holds no plans yet; create the document there first (planapp "
                    "import or copy into it).",
                ).format(name=address.name)
            )
        if not read_only and not is_new and not can_edit(engine):
            engine.dispose()
            read_only = True
            engine = make_server_engine(address, read_only=True, password=password)
        doc = cls(address, None, read_only=read_only, engine=engine)
    except BaseException:
        engine.dispose()
        raise
    try:
        migrate(doc.engine, address, read_only=read_only)
        if is_new and sample:
            from planapp.domain.sample import sample_plan

            doc.add_plan(sample_plan())
    except BaseException:
        doc.close()
        raise
    return doc


def next_ids(conn: Any, table: str, count: int) -> list[int]:
    """``count`` new ids for ``table`` from its sequence (safe with other editors adding)."""
    return [
        row[0]
        for row in conn.exec_driver_sql(
            "SELECT nextval(pg_get_serial_sequence(%(table)s, 'id')) "
            "FROM generate_series(1, %(n)s)",
            {"table": table, "n": count},
        )
    ]


def reset_sequences(conn: Any, tables: Any) -> None:
    """Move each table's id sequence past the ids inserted explicitly (after a copy)."""
    for table in tables:
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"GREATEST((SELECT max(id) FROM {table}), 1))"
        )
