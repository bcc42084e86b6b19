"""The layers stay apart: read every module's imports (without running it) and check the rules.

domain/ is pure Python; store/ and excel/ work without Qt; printing/ may paint with QtGui but
shows no widgets; only ui/ (and the command line, lazily, to open the window) reaches ui/.
"""

from __future__ import annotations

import ast
import dataclasses
from dataclasses import dataclass
from pathlib import Path

import pytest

import planapp

PACKAGE = Path(planapp.__file__).parent
SRC = PACKAGE.parent


@dataclass(frozen=True)
class Import:
    file: str  # relative to src/
    line: int
    module: str  # fully qualified, e.g. "PySide6.QtWidgets" or "planapp.ui.app"
    in_function: bool
    type_only: bool = False  # under ``if TYPE_CHECKING:``: for annotations, never run

    def __str__(self) -> str:
        return f"{self.file}:{self.line} imports {self.module}"


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path, root: Path = SRC) -> list[Import]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    name = _module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    rel = path.relative_to(root).as_posix()
    found: list[Import] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            nested = in_function or isinstance(
                child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
            )
            if isinstance(child, ast.Import):
                for alias in child.names:
                    found.append(Import(rel, child.lineno, alias.name, in_function))
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = package.split(".")
                    base = base[: len(base) - (child.level - 1)]
                    module = ".".join([*base, child.module] if child.module else base)
                else:
                    module = child.module or ""
                found.append(Import(rel, child.lineno, module, in_function))
                for alias in child.names:  # from PySide6 import QtWidgets
                    found.append(Import(rel, child.lineno, f"{module}.{alias.name}", in_function))
            visit(child, nested)

    visit(tree, False)
    typing_lines = {
        inner.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.If)
        and getattr(node.test, "id", getattr(node.test, "attr", "")) == "TYPE_CHECKING"
        for inner in ast.walk(node)
        if isinstance(inner, ast.Import | ast.ImportFrom)
    }
    return [dataclasses.replace(i, type_only=i.line in typing_lines) for i in found]


def _all_imports() -> list[Import]:
    return [imp for path in sorted(PACKAGE.rglob("*.py")) for imp in _imports(path)]


def _under(imp: Import, *folders: str) -> bool:
    return any(imp.file.startswith(f"planapp/{folder}/") for folder in folders)


def _is(module: str, *prefixes: str) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


RULES = {
    "domain": (
        ("domain",),
        (
            "PySide6",
            "openpyxl",
            "sqlalchemy",
            "alembic",
            "planapp.store",
            "planapp.excel",
            "planapp.printing",
            "planapp.ui",
        ),
    ),
    "store-excel": (("store", "excel"), ("PySide6", "planapp.ui", "planapp.printing")),
    "word": (("word",), ("PySide6", "planapp.ui", "planapp.printing", "planapp.store")),
    "printing": (("printing",), ("PySide6.QtWidgets", "planapp.ui", "planapp.store")),
}


def _report(violations: list[Import]) -> str:
    by_file: dict[str, list[str]] = {}
    for v in violations:
        by_file.setdefault(v.file, []).append(f"  line {v.line}: {v.module}")
    return "\n".join(f"{f}:\n" + "\n".join(lines) for f, lines in sorted(by_file.items()))


@pytest.fixture(scope="module")
def imports() -> list[Import]:
    found = _all_imports()
    assert any(i.file == "planapp/cli.py" for i in found)  # the walk really saw the package
    return found


@pytest.mark.parametrize("layer", list(RULES))
def test_layer_imports_only_what_it_may(layer: str, imports: list[Import]) -> None:
    folders, forbidden = RULES[layer]
    violations = [i for i in imports if _under(i, *folders) and _is(i.module, *forbidden)]
    assert not violations, f"{layer} breaks its layer rule:\n{_report(violations)}"


def test_only_ui_imports_ui(imports: list[Import]) -> None:
    """cli.py may import ui lazily, inside the function that opens the window."""
    violations = [
        i
        for i in imports
        if _is(i.module, "planapp.ui")
        and not _under(i, "ui")
        and not (i.file == "planapp/cli.py" and i.in_function)
    ]
    assert not violations, f"planapp.ui imported outside ui/:\n{_report(violations)}"


def test_checker_sees_relative_and_lazy_imports(tmp_path: Path) -> None:
    """The rules are only as good as the import reader; check it on a made-up module."""
    pkg = tmp_path / "planapp" / "domain"
    pkg.mkdir(parents=True)
    module = pkg / "bad.py"
    module.write_text(
        "from ..ui import app\n"
        "from PySide6 import QtWidgets\n"
        "def later():\n"
        "    import planapp.store.document\n",
        encoding="utf-8",
    )
    found = {(i.module, i.in_function) for i in _imports(module, root=tmp_path)}
    assert ("planapp.ui", False) in found
    assert ("planapp.ui.app", False) in found
    assert ("PySide6.QtWidgets", False) in found
    assert ("planapp.store.document", True) in found


# -- no import cycles between planapp's modules ------------------------------------------------


def _module_graph(imports: list[Import]) -> dict[str, set[str]]:
    """Module -> the planapp modules it imports, lazy imports included (a cycle hidden in a
    function still ties the two modules together); imports only for type annotations are
    left out (they never run; back-references to the window are checked on their own)."""
    modules = {_module_name(path, SRC) for path in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for imp in imports:
        if not _is(imp.module, "planapp") or imp.type_only:
            continue
        target = imp.module
        while target not in modules and "." in target:
            target = target.rpartition(".")[0]  # "planapp.ui.dialogs.confirm" -> its module
        source = _module_name(SRC / imp.file, SRC)
        if target in modules and target != source:
            graph[source].add(target)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(group)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycles(imports: list[Import]) -> None:
    cycles = _cycles(_module_graph(imports))
    assert not cycles, "import cycles:\n" + "\n".join(" <-> ".join(sorted(c)) for c in cycles)


def test_no_part_takes_the_whole_window(imports: list[Import]) -> None:
    """Parts are given what they need (callables, small contexts), not the main window."""
    takers = {
        i.file
        for i in imports
        if _is(i.module, "planapp.ui.main_window")
        and i.file not in ("planapp/ui/main_window.py", "planapp/ui/app.py")
    }
    assert not takers, sorted(takers)


def test_cycle_finder_sees_a_cycle_through_a_lazy_import(tmp_path: Path) -> None:
    pkg = tmp_path / "planapp"
    pkg.mkdir()
    (pkg / "a.py").write_text("from planapp.b import thing\n", encoding="utf-8")
    (pkg / "b.py").write_text("def thing():\n    from planapp import a\n", encoding="utf-8")
    (pkg / "c.py").write_text("import planapp.a\n", encoding="utf-8")
    found = [i for name in ("a", "b", "c") for i in _imports(pkg / f"{name}.py", root=tmp_path)]
    graph: dict[str, set[str]] = {"planapp.a": set(), "planapp.b": set(), "planapp.c": set()}
    for imp in found:
        source = _module_name(tmp_path / imp.file, tmp_path)
        target = imp.module if imp.module in graph else imp.module.rpartition(".")[0]
        if target in graph and target != source:
            graph[source].add(target)
    assert _cycles(graph) == [{"planapp.a", "planapp.b"}]
