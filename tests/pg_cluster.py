"""A throwaway PostgreSQL cluster for the server tests, and fresh databases on it.

``.ci/run`` starts one (``.ci/postgres.sh``) and names it in ``PLANAPP_TEST_PG_URL``; without
it, the first test that needs a server starts the machine's own PostgreSQL as the
``postgres`` user (initdb refuses root) on a socket in a temp folder, with no TCP port.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

ENV = "PLANAPP_TEST_PG_URL"
PORT = 54398
_counter = itertools.count(1)


class Cluster:
    def __init__(self, admin_url: str, folder: Path | None = None) -> None:
        self.admin_url = admin_url  # a superuser on the "postgres" database
        self.folder = folder  # set when this process started the cluster (and stops it)

    def url(self, database: str, user: str | None = None) -> str:
        """The URL of ``database`` on this cluster (as ``user``, else the admin role)."""
        from psycopg.conninfo import conninfo_to_dict

        params = conninfo_to_dict(self.admin_url)
        who = user or params.get("user", "")
        return f"postgresql://{who}@/{database}?host={params['host']}&port={params['port']}"

    def sql(self, *statements: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as conn:
            for statement in statements:
                conn.execute(statement)

    def new_database(self, template: str | None = None) -> str:
        name = f"t{os.getpid()}_{next(_counter)}"
        clause = f" TEMPLATE {template} STRATEGY FILE_COPY" if template else ""
        self.sql(f"CREATE DATABASE {name}{clause}")
        return name

    def drop_database(self, name: str) -> None:
        self.sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        if self.folder is None:
            return
        _as_postgres(["pg_ctl", "-D", str(self.folder / "data"), "-m", "fast", "stop"])
        shutil.rmtree(self.folder, ignore_errors=True)


def _as_postgres(cmd: list[str]) -> subprocess.CompletedProcess:
    if os.geteuid() == 0:
        cmd = ["runuser", "-u", "postgres", "--", *cmd]
    return subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=120)


def start(own: bool = False, port: int = PORT) -> tuple[Cluster | None, str]:
    """A running cluster, or None and the reason there is none (``own``: always a new one,
    which the caller may stop and start again)."""
    if os.environ.get(ENV) and not own:
        return Cluster(os.environ[ENV]), ""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return None, "psycopg is not installed"
    if not shutil.which("initdb") or not shutil.which("pg_ctl"):
        return None, "PostgreSQL (initdb, pg_ctl) is not installed on this machine"
    folder = Path(tempfile.mkdtemp(prefix="planapp-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    done = _as_postgres(["initdb", "-D", str(folder / "data"), "-A", "trust", "-U", "planapp"])
    if done.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        return None, f"initdb failed: {done.stderr.strip()[:200]}"
    options = f"-p {port} -k {folder} -c listen_addresses='' -c fsync=off -c full_page_writes=off"
    data, log = str(folder / "data"), str(folder / "log")
    done = _as_postgres(["pg_ctl", "-D", data, "-w", "-l", log, "-o", options, "start"])
    if done.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        return None, f"pg_ctl start failed: {done.stderr.strip()[:200]}"
    return Cluster(f"postgresql://planapp@/postgres?host={folder}&port={port}", folder), ""


def pg_ctl(cluster: Cluster, action: str) -> None:
    """Stop or start again a cluster this process started (the fault tests)."""
    assert cluster.folder is not None
    data, log = str(cluster.folder / "data"), str(cluster.folder / "log")
    if action == "stop":
        _as_postgres(["pg_ctl", "-D", data, "-m", "fast", "-w", "stop"])
    else:
        port = cluster.admin_url.rsplit("port=", 1)[1]
        options = f"-p {port} -k {cluster.folder} -c listen_addresses='' -c fsync=off"
        _as_postgres(["pg_ctl", "-D", data, "-w", "-l", log, "-o", options, "start"])
