"""Entry script of the frozen program: ``planapp.cli.main`` and a last-resort crash report.

The pip-installed ``planapp`` calls ``planapp.cli:main`` directly. A frozen windowed program may
have no console, and its bootloader's own report of an uncaught exception (when there is one)
bypasses ``sys.excepthook``; so an exception escaping ``main`` is handed to the hook here, which
the window installed (log file + dialog), or Python's default one before the window started.
"""

import sys

from planapp.cli import main

if __name__ == "__main__":
    try:
        status = main()
    except SystemExit:
        raise
    except BaseException:  # reported by the hook, then a non-zero exit
        sys.excepthook(*sys.exc_info())
        status = 1
    sys.exit(status)
