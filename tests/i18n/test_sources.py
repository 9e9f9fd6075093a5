"""Every translatable string in core/ and gui/ reaches the catalog, and the catalog is up to date.

lupdate extracts only literal text: it silently skips QT_TRANSLATE_NOOP with a variable context, and
extracts the wrong text from tr(f"...") or tr("a" + b). Those mistakes are found here by reading the
sources, then lupdate itself is run into a temporary catalog and compared with the committed one.
"""

from __future__ import annotations

import ast
import importlib.util
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from catalogs import PT_CATALOG, ROOT, read_entries


def _load_tooling() -> ModuleType:
    """scripts/translations.py, by path (a plain `import translations` would find the translations/ folder)."""
    spec = importlib.util.spec_from_file_location(
        "backup_doctor_translation_tooling", ROOT / "scripts" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


tooling = _load_tooling()

#: Functions that take (context, text) and must get literals: lupdate reads these.
CONTEXT_AND_TEXT = {"QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"}
#: Qt's translate(context, text, ...) called on a class: QCoreApplication.translate and friends.
TRANSLATE_OWNERS = {"QCoreApplication", "QApplication", "QGuiApplication"}
#: Helpers that wrap Msg(context, source, args): their text arguments must already be marked.
MSG_HELPERS = {"_msg", "_tr", "tr", "msg"}
#: The one place that passes variables to QCoreApplication.translate on purpose: the bridge from core's
#: Translate shape to Qt (it translates text that was marked where it was written).
BRIDGES = {("gui/i18n.py", "translate")}


@dataclass(frozen=True)
class Problem:
    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _marked(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in CONTEXT_AND_TEXT


def _is_translation_call(node: ast.Call) -> bool:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id in CONTEXT_AND_TEXT
    return isinstance(func, ast.Attribute) and (
        func.attr == "tr"
        or (func.attr == "translate" and isinstance(func.value, ast.Name) and func.value.id in TRANSLATE_OWNERS)
    )


def _describe(node: ast.expr) -> str:
    if isinstance(node, ast.JoinedStr):
        return "an f-string"
    if isinstance(node, ast.BinOp):
        return "text built with an operator"
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return "text built with .format()"
    return f"a {type(node).__name__} ({ast.unparse(node)[:60]})"


class _Scanner(ast.NodeVisitor):
    def __init__(self, path: str) -> None:
        self.path = path
        self.functions: list[str] = []
        self.problems: list[Problem] = []

    def _problem(self, node: ast.AST, what: str) -> None:
        self.problems.append(Problem(f"{self.path}:{getattr(node, 'lineno', 0)}", what))

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.functions.append(node.name)
        self.generic_visit(node)
        self.functions.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        """lupdate does not look inside f-strings: a tr() written there is never extracted."""
        for inner in ast.walk(node):
            if inner is not node and isinstance(inner, ast.Call) and _is_translation_call(inner):
                self._problem(inner, f"{ast.unparse(inner.func)}() inside an f-string: lupdate cannot see it")
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        if isinstance(func, ast.Name) and name in CONTEXT_AND_TEXT:
            if len(node.args) < 2 or not all(_literal(arg) for arg in node.args[:2]):
                self._problem(node, f"{name} needs a literal context and text, got {_describe(node.args[0])}")
            elif not node.args[0].value.strip():  # type: ignore[attr-defined]
                self._problem(node, f"{name} with an empty context")
        elif isinstance(func, ast.Attribute) and name == "tr":
            self._text_argument(node, 0, "tr()")
            if len(node.args) > 1 and not _literal(node.args[1]):
                self._problem(node, "tr()'s disambiguation must be a literal")
        elif (
            isinstance(func, ast.Attribute)
            and name == "translate"
            and isinstance(func.value, ast.Name)
            and func.value.id in TRANSLATE_OWNERS
            and (self.path, self.functions[-1] if self.functions else "") not in BRIDGES
        ):
            if not node.args or not _literal(node.args[0]):
                self._problem(node, f"{func.value.id}.translate needs a literal context")
            self._text_argument(node, 1, f"{func.value.id}.translate()")
        elif isinstance(func, ast.Name) and name == "Msg" and len(node.args) >= 2:
            self._marked_text(node, node.args[1], "Msg()'s source")
            context, source = node.args[0], node.args[1]
            if (
                _literal(context)
                and _marked(source)
                and _literal(source.args[0])  # type: ignore[attr-defined]
                and context.value != source.args[0].value  # type: ignore[attr-defined]
            ):
                self._problem(node, "Msg() and its QT_TRANSLATE_NOOP name different contexts")
        elif isinstance(func, ast.Name) and name in MSG_HELPERS:
            for argument in node.args:
                self._marked_text(node, argument, f"{name}()'s text")
        self.generic_visit(node)

    def _text_argument(self, node: ast.Call, index: int, what: str) -> None:
        if len(node.args) <= index:
            self._problem(node, f"{what} without a text")
        elif not _literal(node.args[index]):
            self._problem(node, f"{what} of {_describe(node.args[index])}: lupdate cannot extract it")

    def _marked_text(self, node: ast.Call, argument: ast.expr, what: str) -> None:
        """Text handed to Msg or a helper is either a variable (marked elsewhere) or marked right here."""
        if _literal(argument) or isinstance(argument, ast.JoinedStr | ast.BinOp):
            self._problem(node, f"{what} is {_describe(argument)} not marked with QT_TRANSLATE_NOOP")


def scan(root: Path = ROOT) -> Iterator[Problem]:
    for relative in tooling.source_files(root):
        path = relative.as_posix()
        scanner = _Scanner(path)
        scanner.visit(ast.parse((root / relative).read_text(encoding="utf-8"), filename=path))
        yield from scanner.problems


def test_the_scanner_finds_what_lupdate_cannot_read(tmp_path: Path) -> None:
    (tmp_path / "core").mkdir()
    (tmp_path / "gui").mkdir()
    (tmp_path / "core" / "bad.py").write_text(
        "CTX = 'Checks'\n"
        "QT_TRANSLATE_NOOP(CTX, 'variable context')\n"
        "Msg('Checks', 'never marked')\n"
        "_msg(f'built {x}')\n"
        "Msg('Checks', QT_TRANSLATE_NOOP('Other', 'wrong context'))\n"
        "QT_TRANSLATE_NOOP('Checks', 'fine')\n",
        encoding="utf-8",
    )
    (tmp_path / "gui" / "bad.py").write_text(
        "class W:\n"
        "    def f(self, name):\n"
        "        self.tr(f'Hello {name}')\n"
        "        self.tr('Hello ' + name)\n"
        "        self.tr(name)\n"
        "        QCoreApplication.translate(self.context, 'x')\n"
        "        label = f'<a>{self.tr(\"Read more\")}</a>'\n"
        "        self.tr('fine')\n",
        encoding="utf-8",
    )
    problems = [str(p) for p in scan(tmp_path)]
    assert len(problems) == 9, "\n".join(problems)


def test_every_translatable_call_is_extractable() -> None:
    assert [str(p) for p in scan()] == []


def _contexts(tree: ast.Module) -> tuple[set[str], set[str]]:
    """(contexts of QT_TRANSLATE_NOOP marks, contexts Msg values are built with) in one module."""
    constants = {
        node.targets[0].id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
        and _literal(node.value)
    }
    marked: set[str] = set()
    built: set[str] = set()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args):
            continue
        first = node.args[0]
        if node.func.id in CONTEXT_AND_TEXT and _literal(first):
            marked.add(first.value)  # type: ignore[attr-defined]
        elif node.func.id == "Msg":
            if _literal(first):
                built.add(first.value)  # type: ignore[attr-defined]
            elif isinstance(first, ast.Name) and first.id in constants:
                built.add(constants[first.id])
            else:
                built.add(f"<unresolved {ast.unparse(first)}>")
    return marked, built


def test_marked_contexts_are_the_contexts_text_is_translated_in() -> None:
    """QT_TRANSLATE_NOOP("AgentCheck", ...) must be shown as Msg("AgentCheck", ...): a mark in another
    context is extracted and translated, yet never found at runtime. A core module that builds Msg values
    marks its text in the same context; one that only marks text uses a context some Msg is built with."""
    modules = {
        path: _contexts(ast.parse((ROOT / path).read_text(encoding="utf-8")))
        for path in tooling.source_files()
        if path.parts[0] == "core"
    }
    every_built = set().union(*(built for _, built in modules.values()))
    assert [c for c in every_built if c.startswith("<")] == [], "Msg contexts must be literals or module constants"
    wrong = {
        path.as_posix(): sorted(marked - (built or every_built))
        for path, (marked, built) in modules.items()
        if marked - (built or every_built)
    }
    assert wrong == {}


def test_the_catalog_stub_is_up_to_date() -> None:
    from core.catalog import STUB_PATH, load_catalog, stub_text

    assert STUB_PATH.read_text(encoding="utf-8") == stub_text(load_catalog()), "run scripts/update-translations"


def test_the_catalog_is_up_to_date_with_the_sources(tmp_path: Path) -> None:
    """lupdate over the sources into an empty catalog finds exactly the committed (context, source) pairs."""
    fresh = tmp_path / "fresh_pt_PT.ts"
    result = tooling.run_lupdate(fresh, "pt_PT", quiet=True)
    assert result.stderr.strip() == "", result.stderr
    extracted = {entry.key for entry in read_entries(fresh)}
    committed = {entry.key for entry in read_entries(PT_CATALOG)}
    missing = sorted(extracted - committed)
    stale = sorted(committed - extracted)
    assert (missing, stale) == ([], []), (
        "translations/ is out of date: run scripts/update-translations, translate, then run the tests again"
    )


def test_lupdate_reads_the_plural_strings_the_english_catalog_holds(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh_en.ts"
    tooling.run_lupdate(fresh, "en", plural_only=True, quiet=True)
    committed = {entry.key for entry in read_entries(PT_CATALOG.with_name("backup_doctor_en.ts"))}
    assert {entry.key for entry in read_entries(fresh)} == committed
