"""Extract every translatable string of the Python code into the Qt Linguist catalogues.

    .venv/bin/python packaging/i18n_update.py           # write resources/i18n/fr/*.ts
    .venv/bin/python packaging/i18n_update.py --check   # list what is wrong; exit 1 if any

Reads maestro_desktop/**/*.py with `ast` and finds the calls of `tr`, `trn` and `tr_table`
imported from maestro_desktop.domain.i18n (under any name, or as `i18n.tr`):

    tr("checks", "Platelets {count} G/L", count=...)         one message
    trn("time", "{count} day", "{count} days", n)             two messages (singular, plural)
    tr_table("steps", {"checks": "Pre-procedure checks"})     one message per string value

The context and the sources must be string literals: anything else is reported with its file
and line, since no catalogue could hold it. Calls under maestro_desktop/gui/ go to gui.ts, the
others to core.ts. Existing translations are kept; a new message is added empty and
`type="unfinished"`; a message no longer in the code is marked `type="vanished"` (its
translation kept for reuse; --drop-vanished removes them). Messages located in Designer forms
(.ui) belong to another tool and are left exactly as they are. The output is sorted by context
and source, UTF-8, so a diff shows only what changed.

--check writes nothing and lists: calls that are not literals, messages without a finished
translation in the right file, vanished messages, translations whose {fields} differ from the
source's, and catalogues that do not parse. Exit 1 if anything is listed.
"""

from __future__ import annotations

import argparse
import ast
import os
import string
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "maestro_desktop"
I18N_MODULE = "maestro_desktop.domain.i18n"
FUNCTIONS = ("tr", "trn", "tr_table")
LANGUAGES = {"fr": "fr_FR"}
GUI_FOLDER = "gui"
CATALOGUES = ("core", "gui")
KEPT_CHILDREN = ("comment", "extracomment", "translatorcomment")


@dataclass(frozen=True)
class Location:
    path: Path
    line: int


@dataclass
class Found:
    """What the code holds: (context, source) -> where, per catalogue; and what is unusable."""

    messages: dict[str, dict[tuple[str, str], list[Location]]] = field(
        default_factory=lambda: {name: {} for name in CATALOGUES})
    problems: list[str] = field(default_factory=list)

    def add(self, catalogue: str, context: str, source: str, where: Location) -> None:
        self.messages[catalogue].setdefault((context, source), []).append(where)


# --- reading the code --------------------------------------------------------------------------

def module_name(path: Path) -> list[str]:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return parts[:-1] if parts[-1] == "__init__" else parts


def _resolve(path: Path, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    package = module_name(path)
    if path.name != "__init__.py":
        package = package[:-1]
    base = package[:len(package) - node.level + 1]
    return ".".join(base + ([node.module] if node.module else []))


def _bindings(path: Path, tree: ast.Module) -> tuple[dict[str, str], set[str]]:
    """({local name: i18n function}, {local names of the i18n module}) in this file."""
    functions: dict[str, str] = {}
    modules: set[str] = set()
    parent, _, leaf = I18N_MODULE.rpartition(".")
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            module = _resolve(path, node)
            for alias in node.names:
                if module == I18N_MODULE and alias.name in FUNCTIONS:
                    functions[alias.asname or alias.name] = alias.name
                elif module == parent and alias.name == leaf:
                    modules.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == I18N_MODULE and alias.asname:
                    modules.add(alias.asname)
    return functions, modules


def _called(call: ast.Call, functions: dict[str, str], modules: set[str]) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return functions.get(func.id)
    if (isinstance(func, ast.Attribute) and func.attr in FUNCTIONS
            and isinstance(func.value, ast.Name) and func.value.id in modules):
        return func.attr
    return None


def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _table_sources(node: ast.AST) -> list[tuple[str, int]] | None:
    """Every (string, line) of a tr_table dict literal; None when a value is not a literal."""
    if not isinstance(node, ast.Dict):
        return None
    found: list[tuple[str, int]] = []
    for value in node.values:
        if isinstance(value, ast.Dict):
            nested = _table_sources(value)
            if nested is None:
                return None
            found += nested
        elif isinstance(value, ast.Tuple):
            for item in value.elts:
                text = _literal(item)
                if text is None:
                    return None
                if text:
                    found.append((text, item.lineno))
        else:
            text = _literal(value)
            if text is None:
                return None
            if text:
                found.append((text, value.lineno))
    return found


def scan_file(path: Path, found: Found) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    functions, modules = _bindings(path, tree)
    if not functions and not modules:
        return
    relative = path.relative_to(PACKAGE)
    catalogue = "gui" if relative.parts[0] == GUI_FOLDER else "core"
    shown = path.relative_to(ROOT)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _called(node, functions, modules)
        if name is None:
            continue
        where = f"{shown}:{node.lineno}"
        context = _literal(node.args[0]) if node.args else None
        if context is None:
            found.problems.append(f"{where}: {name}() needs a string literal as its context")
            continue
        if name == "tr_table":
            sources = _table_sources(node.args[1]) if len(node.args) > 1 else None
            if sources is None:
                found.problems.append(f"{where}: tr_table() needs a dict literal whose values "
                                      "are string literals (or tuples or dicts of them)")
                continue
            for text, line in sources:
                found.add(catalogue, context, text, Location(path, line))
            continue
        count = 2 if name == "trn" else 1
        texts = [_literal(arg) for arg in node.args[1:1 + count]]
        if len(texts) < count or any(text is None for text in texts):
            found.problems.append(f"{where}: {name}() needs string literals as its source"
                                  + (" texts" if count > 1 else ""))
            continue
        for text in texts:
            found.add(catalogue, context, text, Location(path, node.lineno))


def scan(package: Path = PACKAGE) -> Found:
    found = Found()
    for path in sorted(package.rglob("*.py")):
        scan_file(path, found)
    return found


# --- the catalogues ----------------------------------------------------------------------------

@dataclass
class Message:
    context: str
    source: str
    translation: str = ""
    kind: str | None = None             # None (finished), "unfinished", "vanished", "obsolete"
    locations: list[tuple[str, int | None]] = field(default_factory=list)
    comment: str | None = None          # Qt's disambiguation: part of the key
    kept: list[tuple[str, str]] = field(default_factory=list)   # other children, as they were

    @property
    def key(self) -> tuple[str, str, str | None]:
        return self.context, self.source, self.comment

    @property
    def from_forms(self) -> bool:
        return bool(self.locations) and all(name.endswith(".ui") for name, _ in self.locations)

    @property
    def finished(self) -> bool:
        return self.kind is None and bool(self.translation)


def read_ts(path: Path) -> list[Message]:
    """Every message of a catalogue (ET.ParseError when it is not well-formed)."""
    if not path.exists():
        return []
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for node in context.iter("message"):
            translation = node.find("translation")
            message = Message(
                name, node.findtext("source", ""),
                (translation.text or "") if translation is not None else "",
                translation.get("type") if translation is not None else "unfinished",
                [(loc.get("filename", ""), int(loc.get("line")) if loc.get("line") else None)
                 for loc in node.iter("location")],
                node.findtext("comment"))
            message.kept = [(child.tag, child.text or "") for child in node
                            if child.tag in KEPT_CHILDREN[1:]]
            messages.append(message)
    return messages


def _location_name(ts_path: Path, code: Path) -> str:
    return Path(os.path.relpath(code, ts_path.parent)).as_posix()


def merge(existing: list[Message], wanted: dict[tuple[str, str], list[Location]],
          ts_path: Path, memory: dict[tuple[str, str], str], *,
          drop_vanished: bool = False) -> list[Message]:
    """The catalogue for `wanted`: translations kept, new messages unfinished (or filled from
    `memory`, the finished translations of every catalogue), the others vanished."""
    by_key = {m.key: m for m in existing}
    result: list[Message] = []
    for (context, source), where in wanted.items():
        message = by_key.pop((context, source, None), None)
        if message is None:
            known = memory.get((context, source), "")
            message = Message(context, source, known, None if known else "unfinished")
        elif message.kind in ("vanished", "obsolete"):
            message.kind = None if message.translation else "unfinished"
        elif message.kind is None and not message.translation:
            message.kind = "unfinished"
        message.locations = sorted({(_location_name(ts_path, w.path), w.line) for w in where},
                                   key=lambda loc: (loc[0], loc[1] or 0))
        result.append(message)
    for message in by_key.values():
        if message.from_forms:
            result.append(message)          # Designer's strings: not ours to judge
        elif message.translation and not drop_vanished:
            message.kind = "vanished"
            result.append(message)
    return sorted(result, key=lambda m: (m.context, m.source, m.comment or ""))


def render_ts(messages: list[Message], language: str) -> str:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}">']
    contexts: dict[str, list[Message]] = {}
    for message in messages:
        contexts.setdefault(message.context, []).append(message)
    for name in sorted(contexts):
        lines += ["<context>", f"    <name>{escape(name)}</name>"]
        for m in contexts[name]:
            lines.append("    <message>")
            for filename, line in m.locations:
                where = f" line=\"{line}\"" if line is not None else ""
                lines.append(f"        <location filename={quoteattr(filename)}{where}/>")
            lines.append(f"        <source>{escape(m.source)}</source>")
            if m.comment is not None:
                lines.append(f"        <comment>{escape(m.comment)}</comment>")
            for tag, text in m.kept:
                lines.append(f"        <{tag}>{escape(text)}</{tag}>")
            kind = f" type=\"{m.kind}\"" if m.kind else ""
            lines.append(f"        <translation{kind}>{escape(m.translation)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def ts_path(language: str, catalogue: str, root: Path = ROOT) -> Path:
    return root / "resources" / "i18n" / language / f"{catalogue}.ts"


# --- checks ------------------------------------------------------------------------------------

def fields_of(text: str) -> set[str]:
    """The {names} a str.format template fills (ValueError when it is not a valid one)."""
    names = set()
    for _, name, spec, _ in string.Formatter().parse(text):
        if name is not None:
            names.add(name.split(".")[0].split("[")[0])
            if spec:
                names |= fields_of(spec)
    return names


def _catalogue_of(problem: str) -> str:
    return "gui" if problem.startswith(f"maestro_desktop/{GUI_FOLDER}/") else "core"


def check(found: Found, root: Path = ROOT,
          catalogues: tuple[str, ...] = CATALOGUES) -> list[str]:
    """Everything wrong, one line each; empty when every message is translated. `catalogues`
    limits the check to the code behind core.ts or gui.ts."""
    problems = [p for p in found.problems if _catalogue_of(p) in catalogues]
    for language in LANGUAGES:
        for catalogue in catalogues:
            path = ts_path(language, catalogue, root)
            shown = path.relative_to(root)
            try:
                messages = read_ts(path)
            except ET.ParseError as exc:
                problems.append(f"{shown}: not a readable catalogue ({exc})")
                continue
            by_key = {(m.context, m.source): m for m in messages if m.comment is None}
            wanted = found.messages[catalogue]
            for (context, source), where in sorted(wanted.items()):
                message = by_key.get((context, source))
                at = f"{where[0].path.relative_to(root)}:{where[0].line}"
                if message is None or not message.finished:
                    problems.append(f"{at}: no finished {language} translation in {shown} for "
                                    f"[{context}] {source!r}")
                    continue
                try:
                    same = fields_of(message.translation) == fields_of(source)
                except ValueError as exc:
                    problems.append(f"{shown}: [{context}] {source!r}: the translation is not "
                                    f"a valid template ({exc})")
                    continue
                if not same:
                    problems.append(f"{shown}: [{context}] {source!r}: the translation's "
                                    f"fields {sorted(fields_of(message.translation))} differ "
                                    f"from the source's {sorted(fields_of(source))}")
            for m in messages:
                if m.kind in ("vanished", "obsolete") or (
                        (m.context, m.source) not in wanted and not m.from_forms):
                    problems.append(f"{shown}: [{m.context}] {m.source!r} is no longer in the "
                                    "code (run `make translations`, then reuse or drop it)")
    return problems


# --- command line ------------------------------------------------------------------------------

def update(found: Found, root: Path = ROOT, *, drop_vanished: bool = False) -> list[Path]:
    """Write the catalogues that changed; return them."""
    written = []
    for language, code in LANGUAGES.items():
        current = {c: read_ts(ts_path(language, c, root)) for c in CATALOGUES}
        memory = {(m.context, m.source): m.translation for messages in current.values()
                  for m in messages if m.finished and m.comment is None}
        for catalogue in CATALOGUES:
            path = ts_path(language, catalogue, root)
            merged = merge(current[catalogue], found.messages[catalogue], path, memory,
                           drop_vanished=drop_vanished)
            text = render_ts(merged, code)
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
                written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="write nothing; list untranslated, vanished and unusable messages")
    parser.add_argument("--drop-vanished", action="store_true",
                        help="remove the messages no longer in the code instead of keeping them")
    args = parser.parse_args(argv)
    found = scan()
    if args.check:
        problems = check(found)
        for line in problems:
            print(line)
        total = sum(len(m) for m in found.messages.values())
        print(f"{total} messages in the code; {len(problems)} problem(s).")
        return 1 if problems else 0
    for line in found.problems:
        print(line, file=sys.stderr)
    for path in update(found, drop_vanished=args.drop_vanished):
        print(f"written: {path.relative_to(ROOT)}")
    for language in LANGUAGES:
        for catalogue in CATALOGUES:
            messages = read_ts(ts_path(language, catalogue))
            todo = sum(1 for m in messages if not m.finished and not m.from_forms)
            print(f"{ts_path(language, catalogue).relative_to(ROOT)}: {len(messages)} messages, "
                  f"{todo} to translate or review")
    return 1 if found.problems else 0


if __name__ == "__main__":
    sys.exit(main())
