"""Folders are layers: every project module imports only from its own package
or a layer below it, and no project modules import each other in a circle.

Walks every import statement with ast (those inside functions too: a lazy
import is still a dependency), so it needs no import of the code itself.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# top-level package or module -> its layer; a module may import from a lower
# number or from its own package, never from a higher number or a sibling
# package of the same number. Keep in step with the README's layers table.
LAYERS = {
    "extract": 0,     # text -> records, pure
    "store": 1,       # the only writer of the database
    "dashboard": 2,   # queries, figures, images, briefing; no Streamlit
    "intake": 2,      # news in: sources, polite fetching, raw pages, archives, Dask; calls the store
    "widgets": 3,     # Streamlit-only pieces the pages share
    "cli": 3,         # the `incidents` command: parses arguments, calls each layer
    "views": 4,
    "app": 4,
}
NO_STREAMLIT = ("extract", "store", "dashboard", "intake", "cli")
SKIP_DIRS = {".venv", ".git", "tests", "bench", "data", "node_modules", "build"}


def project_files() -> dict[str, Path]:
    """module name -> file, for every .py file outside tests/, bench/ and the venv."""
    found = {}
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT)
        if rel.parts[0] in SKIP_DIRS or rel.parts[0].startswith("."):
            continue
        parts = list(rel.with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = project_files()


def imported_names(module: str, path: Path) -> list[tuple[int, str]]:
    """(line, absolute module name) of every import in a file; `from X import y`
    gives X.y when that is a module, else X."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".") if package else []
                base_parts = base_parts[:len(base_parts) - (node.level - 1)]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            for alias in node.names:
                full = f"{base}.{alias.name}"
                out.append((node.lineno, full if full in MODULES else base))
    return out


def project_imports() -> dict[str, list[tuple[int, str]]]:
    """module -> (line, project module) it imports."""
    graph = {}
    for module, path in MODULES.items():
        targets = []
        for line, name in imported_names(module, path):
            while name and name not in MODULES:  # `import store.schema` -> store.schema; `x.y.Z` -> x.y
                name = name.rpartition(".")[0]
            if name and name != module:
                targets.append((line, name))
        graph[module] = targets
    return graph


def test_every_top_level_package_has_a_layer():
    unknown = sorted({m.split(".")[0] for m in MODULES} - set(LAYERS))
    assert unknown == [], f"give {unknown} a layer in LAYERS (and the README's table)"


def test_no_module_imports_from_a_layer_above_it():
    wrong = []
    for module, targets in project_imports().items():
        top = module.split(".")[0]
        for line, target in targets:
            other = target.split(".")[0]
            if other != top and LAYERS.get(other, -1) >= LAYERS.get(top, -1):
                wrong.append(f"{MODULES[module].relative_to(ROOT)}:{line} imports {target} "
                             f"({other} is layer {LAYERS[other]}, {top} is layer {LAYERS[top]})")
    assert wrong == []


def test_no_streamlit_below_the_widgets():
    wrong = [f"{MODULES[m].relative_to(ROOT)}:{line}"
             for m, path in MODULES.items() if m.split(".")[0] in NO_STREAMLIT
             for line, name in imported_names(m, path) if name.split(".")[0] == "streamlit"]
    assert wrong == []


def find_cycle(graph: dict[str, list[str]]) -> list[str] | None:
    """One import circle as [a, b, ..., a], or None (depth-first search)."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in graph.get(node, ()):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_no_import_circle():
    graph = {m: sorted({t for _, t in targets if not m.startswith(t + ".")})  # a package's
             for m, targets in project_imports().items()}                    # own __init__ is no circle
    assert find_cycle(graph) is None, " -> ".join(find_cycle(graph))


@pytest.mark.parametrize("graph, expected", [
    ({"a": ["b"], "b": ["c"], "c": ["a"]}, ["a", "b", "c", "a"]),
    ({"a": ["b"], "b": ["c"], "c": []}, None),
    ({"widgets.ui": ["widgets.downloads"], "widgets.downloads": ["widgets.ui"]},
     ["widgets.downloads", "widgets.ui", "widgets.downloads"]),
])
def test_find_cycle_finds_the_circle_the_old_ui_and_downloads_had(graph, expected):
    assert find_cycle(graph) == expected


def test_relative_imports_resolve_to_the_module_they_name():
    names = dict((n, line) for line, n in imported_names("widgets.ui", MODULES["widgets.ui"]))
    assert "widgets.downloads" in names and "widgets.data" in names and "store.filters" in names
