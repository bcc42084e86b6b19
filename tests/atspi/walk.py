#!/usr/bin/python3
"""The planapp window as a screen reader sees it: AT-SPI on a real X screen.

Run by hand from the repository (Debian packages, outside the virtual environment):

    apt-get install -y xvfb at-spi2-core python3-pyatspi dbus-x11 openbox \\
        libxcb-icccm4 libxcb-keysyms1
    /usr/bin/python3 tests/atspi/walk.py --python .venv/bin/python [--json report.json]

It starts itself again under ``xvfb-run`` in a fresh session bus, starts openbox (so the
window gets the keyboard focus) and planapp with ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`` on the
sample plan, then walks the accessible tree (what Orca reads), lists the interactive objects
without a name, and presses Tab until the focus comes back to where it started, listing every
stop. It exits with 1 when an interactive object has no name. pyatspi is the system Python's
(``/usr/lib/python3/dist-packages``), which is why the script runs under /usr/bin/python3 and
starts planapp with the Python given by ``--python``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

INNER = "PLANAPP_ATSPI_INNER"
SCREEN = "1600x1000x24"
TAB_KEYCODE = 23  # X keycodes in Xvfb's default keymap: Tab, F2, Escape
F2_KEYCODE = 68
ESCAPE_KEYCODE = 9
RIGHT_KEYCODE = 114
CONTROL_KEYCODE = 37
ONE_KEYCODE = 10
Q_KEYCODE = 24  # "q": typed on the completion date, the start of "Q2 2020-21"
MAX_OBJECTS = 20000
MAX_TABS = 80


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--python", default=sys.executable, help="the Python planapp runs in")
    parser.add_argument("--json", help="also write the report to this file")
    parser.add_argument("--tabs", type=int, default=MAX_TABS, help="at most this many Tabs")
    return parser.parse_args()


def _outer(args: argparse.Namespace) -> int:
    """Start again under an X server and a session bus of our own."""
    for tool in ("xvfb-run", "dbus-run-session"):
        if shutil.which(tool) is None:
            print(f"walk.py: {tool} is missing (see the first lines of this file)", file=sys.stderr)
            return 2
    command = [
        "xvfb-run",
        "-a",
        "-s",
        f"-screen 0 {SCREEN}",
        "dbus-run-session",
        "--",
        "/usr/bin/python3",
        str(Path(__file__).resolve()),
        *sys.argv[1:],
    ]
    return subprocess.run(command, env=os.environ | {INNER: "1"}, check=False).returncode


# -- inside the X session ---------------------------------------------------------------------


def _start(args: argparse.Namespace, folder: Path) -> list[subprocess.Popen]:
    started = []
    if shutil.which("openbox"):
        started.append(subprocess.Popen(["openbox"], stderr=subprocess.DEVNULL))
        time.sleep(0.5)
    env = os.environ | {
        "HOME": str(folder),  # its settings: a first start
        "XDG_CONFIG_HOME": str(folder / "config"),
        "PLANAPP_DATA_DIR": str(folder / "data"),
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "QT_ACCESSIBILITY": "1",
    }
    started.append(subprocess.Popen([args.python, "-m", "planapp"], env=env))
    return started


def _find_app(pyatspi, timeout: float = 60.0):
    """planapp's application object on the bus, once its main window is there."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is None:
                continue
            for j in range(app.childCount):
                frame = app.getChildAtIndex(j)
                if frame is not None and "planapp" in (frame.name or ""):
                    return app
        time.sleep(0.5)
    return None


def _interactive_roles(pyatspi) -> set:
    names = [
        "PUSH_BUTTON",
        "TOGGLE_BUTTON",
        "CHECK_BOX",
        "RADIO_BUTTON",
        "COMBO_BOX",
        "ENTRY",
        "PASSWORD_TEXT",
        "SPIN_BUTTON",
        "SLIDER",
        "TABLE",
        "TREE_TABLE",
        "LIST",
        "LIST_BOX",
        "LIST_ITEM",
        "TREE",
        "MENU_ITEM",
        "CHECK_MENU_ITEM",
        "RADIO_MENU_ITEM",
        "MENU",
        "MENU_BAR",
        "PAGE_TAB",
        "PAGE_TAB_LIST",
    ]
    return {getattr(pyatspi, f"ROLE_{n}") for n in names if hasattr(pyatspi, f"ROLE_{n}")}


def _walk(pyatspi, root):
    """(path, object) for every object under ``root``, depth first."""
    stack = [(root, root.getRoleName())]
    seen = 0
    while stack and seen < MAX_OBJECTS:
        obj, path = stack.pop()
        seen += 1
        yield path, obj
        try:
            count = obj.childCount
        except Exception:  # an object gone while walking (a closed menu): skip it
            continue
        for i in reversed(range(count)):
            child = obj.getChildAtIndex(i)
            if child is not None:
                stack.append((child, f"{path}/{i}:{child.getRoleName()}"))


def _is_editable_text(pyatspi, obj) -> bool:
    return obj.getRole() == pyatspi.ROLE_TEXT and obj.getState().contains(pyatspi.STATE_EDITABLE)


def _report_tree(pyatspi, app) -> dict:
    roles = _interactive_roles(pyatspi)
    objects, unnamed = 0, []
    for path, obj in _walk(pyatspi, app):
        objects += 1
        state = obj.getState()
        if not state.contains(pyatspi.STATE_SHOWING):
            continue
        if (obj.getRole() in roles or _is_editable_text(pyatspi, obj)) and not (
            obj.name or ""
        ).strip():
            unnamed.append(path)
    return {"objects": objects, "unnamed": unnamed}


def _focused(pyatspi, app) -> tuple[str, str]:
    """Where the keyboard focus is: the focused widget, and its current item if it has one.

    Qt marks the current item of every list and table focused, also of those without the
    focus; the widget that has it is the focused object that is not an item."""
    items = {pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_PAGE_TAB}
    found = [
        (path, obj)
        for path, obj in _walk(pyatspi, app)
        if obj.getState().contains(pyatspi.STATE_FOCUSED)
    ]
    # A text editor's viewport (a "filler") shares its focus: the editor is what is said.
    fillers = {pyatspi.ROLE_FILLER, pyatspi.ROLE_PANEL}
    widgets = [(p, o) for p, o in found if o.getRole() not in items | fillers] or [
        (p, o) for p, o in found if o.getRole() not in items
    ]
    if not widgets:
        return (found[-1][0], _describe(found[-1][1])) if found else ("", "(nothing)")
    path, widget = widgets[-1]
    inside = [(p, o) for p, o in found if p.startswith(path + "/") and o.getRole() in items]
    where = inside[0][0] if inside else path
    return where, " › ".join(_describe(o) for o in [widget, *[o for _p, o in inside[:1]]])


def _describe(obj) -> str:
    name = " ".join((obj.name or "").split())
    name = name if len(name) <= 60 else name[:59] + "…"
    return f"{obj.getRoleName()}: {name or '(no name)'}"


def _tab_path(pyatspi, app, tabs: int) -> dict:
    """Press Tab until the focus comes back to a stop it has been at; the stops on the way.
    Back at the first stop: Tab goes round the window. Back at a later one: a trap."""
    where, what = _focused(pyatspi, app)
    places, stops = [where], [what]
    for _ in range(tabs):
        pyatspi.Registry.generateKeyboardEvent(TAB_KEYCODE, None, pyatspi.KEY_PRESSRELEASE)
        time.sleep(0.3)
        where, what = _focused(pyatspi, app)
        if where in places:
            return {"stops": stops, "back_to": places.index(where)}
        places.append(where)
        stops.append(what)
    return {"stops": stops, "back_to": None}


class FocusEvents:
    """The objects AT-SPI announces as focused, as a screen reader hears them (an editor
    inside a table is not in the tree walked from the window: only its focus event says it)."""

    def __init__(self, pyatspi) -> None:
        from gi.repository import GLib

        self.context = GLib.MainContext.default()
        self.focused: list = []
        self.announced: list[str] = []
        pyatspi.Registry.registerEventListener(self._event, "object:state-changed:focused")
        pyatspi.Registry.registerEventListener(self._announcement, "object:announcement")

    def _event(self, event) -> None:
        if event.detail1 == 1 and event.source is not None:
            self.focused.append(event.source)

    def _announcement(self, event) -> None:
        self.announced.append(str(event.any_data))

    def pump(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            while self.context.iteration(False):
                pass
            time.sleep(0.02)


def _go_to_table(pyatspi, events: FocusEvents) -> None:
    """Ctrl+1 (View ▸ Go to Table): the plan table has the focus, on its current cell."""
    pyatspi.Registry.generateKeyboardEvent(CONTROL_KEYCODE, None, pyatspi.KEY_PRESS)
    pyatspi.Registry.generateKeyboardEvent(ONE_KEYCODE, None, pyatspi.KEY_PRESSRELEASE)
    pyatspi.Registry.generateKeyboardEvent(CONTROL_KEYCODE, None, pyatspi.KEY_RELEASE)
    events.pump(0.5)


def _editor(pyatspi, events: FocusEvents) -> dict:
    """F2 on the plan table's current cell: what the screen reader says of the editor."""
    _go_to_table(pyatspi, events)
    events.focused.clear()
    pyatspi.Registry.generateKeyboardEvent(F2_KEYCODE, None, pyatspi.KEY_PRESSRELEASE)
    events.pump(1.0)
    said = {}
    for obj in events.focused:
        try:
            if obj.getState().contains(pyatspi.STATE_EDITABLE):
                said = {"role": obj.getRoleName(), "name": obj.name, "description": obj.description}
        except Exception:  # an object gone since its event: nothing to say of it
            continue
    pyatspi.Registry.generateKeyboardEvent(ESCAPE_KEYCODE, None, pyatspi.KEY_PRESSRELEASE)
    events.pump(0.3)
    return said


def _announced_date(pyatspi, events: FocusEvents) -> list[str]:
    """From the ref cell, four cells right to the completion date, then "q" typed: a text
    planapp cannot read as a date yet. What is announced on the way (then Esc)."""
    _go_to_table(pyatspi, events)
    events.announced.clear()
    for _ in range(4):
        pyatspi.Registry.generateKeyboardEvent(RIGHT_KEYCODE, None, pyatspi.KEY_PRESSRELEASE)
        events.pump(0.2)
    pyatspi.Registry.generateKeyboardEvent(Q_KEYCODE, None, pyatspi.KEY_PRESSRELEASE)
    events.pump(1.0)
    pyatspi.Registry.generateKeyboardEvent(ESCAPE_KEYCODE, None, pyatspi.KEY_PRESSRELEASE)
    events.pump(0.3)
    return list(events.announced)


def _inner(args: argparse.Namespace) -> int:
    try:
        import pyatspi  # Debian's python3-pyatspi: the system Python's, not the venv's
    except ImportError:
        print("walk.py: python3-pyatspi is missing (run with /usr/bin/python3)", file=sys.stderr)
        return 2
    folder = Path(tempfile.mkdtemp(prefix="planapp-atspi-"))
    events = FocusEvents(pyatspi)
    started = _start(args, folder)
    try:
        app = _find_app(pyatspi)
        if app is None:
            print("walk.py: planapp never appeared on the accessibility bus", file=sys.stderr)
            return 2
        time.sleep(2.0)  # the first paint, the table's rows fitted
        tree = _report_tree(pyatspi, app)
        tabs = _tab_path(pyatspi, app, args.tabs)
        editor = _editor(pyatspi, events)
        announced = _announced_date(pyatspi, events)
    finally:
        for process in reversed(started):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
    report = (
        tree
        | tabs
        | {
            "tab_stops": len(tabs["stops"]),
            "editor": editor,
            "announced": announced,
        }
    )
    print(f"objects: {tree['objects']}")
    print(f"interactive objects without a name: {len(tree['unnamed'])}")
    for path in tree["unnamed"]:
        print(f"  {path}")
    back = tabs["back_to"]
    if back is None:
        end = f"no repeat in {args.tabs} presses"
    elif back == 0:
        end = "then back to the first: Tab goes round the window"
    else:
        end = f"then back to stop {back}: Tab is caught from there on"
    print(f"Tab stops: {len(tabs['stops'])} ({end})")
    for i, stop in enumerate(tabs["stops"]):
        print(f"  {i:2d}. {stop}")
    print(f"F2 in the plan table opens: {editor.get('name')!r} ({editor.get('description')!r})")
    print(f"Typing an unreadable completion date announces: {announced}")
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2, ensure_ascii=False))
    return 1 if tree["unnamed"] else 0


def main() -> int:
    args = _arguments()
    return _inner(args) if os.environ.get(INNER) == "1" else _outer(args)


if __name__ == "__main__":
    sys.exit(main())
