"""Which code and data made a stored row: one fingerprint per pipeline stage.

A document row records the fingerprint of each stage that made it (in
``documents.pipeline``), so that a rebuild redoes only what a change can
affect: editing ``schema/lexicons/quotas.yml`` or a module of ``extractors/quotas/``
re-runs the quota extractor and nothing else; editing the CLI or the
Datasette plugin re-runs nothing; editing a reader, the cleaner or the
segmenter reprocesses every document.

A stage's fingerprint hashes the modules it is made of, found by reading
their imports (the closure of the stage's root modules, not entering the
roots of other stages), and the lexicon files those modules name (the
argument of a ``load("quotas")`` call, or a literal file name such as
``userdict.txt``), so
no list needs keeping in step with the code.

Example:
    >>> sorted(current())
    ['bodies', 'deadlines', 'groups', 'links', 'obligations', 'quotas', 'references', 'text']
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import sys
from functools import lru_cache
from pathlib import Path

from .lexicons import schema_dir

PACKAGE = "extract"

# Stage → its root modules. "text" is everything up to and including the
# rows of a document without extractions (reading, cleaning, metadata,
# segmentation, the full-text words); each extractor is a stage of its own.
EXTRACTOR_STAGES = ("references", "quotas", "obligations", "deadlines", "bodies")
STAGES: dict[str, tuple[str, ...]] = {
    "text": (
        "extract.pipeline", "extract.readers", "extract.clean", "extract.metadata", "extract.segment",
        "extract.region", "extract.tokens", "extract.store",
    ),
    **{name: (f"extract.extractors.{name}",) for name in EXTRACTOR_STAGES},
}
# Corpus-level steps run after the documents are stored: a change to their
# code redoes them over the whole corpus (build_state keeps what made them).
CORPUS_STAGES: dict[str, tuple[str, ...]] = {
    "links": ("extract.citations", "extract.extractors.references"),
    "groups": ("extract.groups",),
}
# Entered by no stage but its own: the extractor package's __init__ imports every extractor.
_BARRIERS = frozenset({"extract.extractors"})


def _module_files(package_dir: Path) -> dict[str, Path]:
    """Dotted module name → source file, for every module of the package."""
    out = {}
    for path in sorted(package_dir.rglob("*.py")):
        parts = list(path.relative_to(package_dir.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _facts(path: Path) -> tuple[tuple[tuple[int, str, tuple[str, ...]], ...], tuple[str, ...], bool, frozenset[str]]:
    """What one walk of a module's syntax tree tells: its ``from`` imports (level, module, names), its
    plain imports, whether it calls ``import_module``, and the lexicons it names. Once per version of the file.

    Parsing the package's modules costs every build process ~0.2 s of CPU, so
    the facts are also kept on disk (see ``_disk_facts``), under the key
    Python's own bytecode cache trusts: the file's path, mtime and size.
    """
    st = path.stat()
    key = f"{path}|{st.st_mtime_ns}|{st.st_size}"
    disk = _disk_facts()
    kept = disk.get(key)
    if kept is not None:
        try:
            froms, plain, dynamic, data = kept
            return (tuple((int(lv), str(m), tuple(ns)) for lv, m, ns in froms), tuple(plain), bool(dynamic),
                    frozenset(data))
        except (TypeError, ValueError):
            pass  # a cache written by another version: walk again
    facts = _walk(str(path), st.st_mtime_ns, st.st_size)
    froms, plain, dynamic, data = facts
    disk[key] = [[list(f[:2]) + [list(f[2])] for f in froms], list(plain), dynamic, sorted(data)]
    _FACTS_DIRTY[0] = True
    return facts


def _facts_file() -> Path:
    """Where the facts are kept: ``$POLICYKB_CACHE`` or ``~/.cache/policykb``, one file per Python version."""
    base = os.environ.get("POLICYKB_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "policykb")
    return Path(base) / f"fingerprint-facts-py{sys.version_info[0]}{sys.version_info[1]}.json"


_FACTS_DIRTY = [False]


@lru_cache(maxsize=1)
def _disk_facts() -> dict[str, list]:
    """The facts kept on disk, ``{"path|mtime_ns|size": [froms, plain, dynamic, data]}``; {} when there are none."""
    try:
        data = json.loads(_facts_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _save_facts() -> None:
    """Write the facts back if a walk added some: atomically, and never failing a build (a read-only home)."""
    if not _FACTS_DIRTY[0]:
        return
    _FACTS_DIRTY[0] = False
    path = _facts_file()
    # keep only the current version of each file (the key's path part), and only files that still exist:
    # every copy of the package (a test's temporary folder, a checkout since deleted) adds its modules, and
    # a file grown to 4,000 entries (24 MB) cost every build process 0.3 s to read.
    latest: dict[str, tuple[str, list]] = {}
    for key, value in _disk_facts().items():
        latest[key.rsplit("|", 2)[0]] = (key, value)
    latest = {file: kept for file, kept in latest.items() if os.path.exists(file)}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(dict(latest.values()), ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass


@lru_cache(maxsize=512)
def _walk(path: str, _mtime_ns: int, _size: int):
    source = Path(path).read_text(encoding="utf-8")
    froms: list[tuple[int, str, tuple[str, ...]]] = []
    plain: list[str] = []
    data: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            froms.append((node.level, node.module or "", tuple(a.name for a in node.names)))
        elif isinstance(node, ast.Import):
            plain.extend(a.name for a in node.names)
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if func == "load" and isinstance(node.args[0].value, str):
                data.add(node.args[0].value)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and "." in node.value:
            data.add(node.value)
    return tuple(froms), tuple(plain), "import_module" in source, frozenset(data)


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """Project modules that ``name`` imports anywhere in its source (function-level imports included).

    A package that imports its submodules by name at run time
    (``import_module``, as the readers do) is taken to import all of them.
    """
    froms, plain, dynamic, _data = _facts(path)
    is_package = path.name == "__init__.py"
    package = name if is_package else name.rpartition(".")[0]
    found: set[str] = set()
    for level, module, names in froms:
        if level:
            base = package.split(".")
            base = base[: len(base) - level + 1]
            target = ".".join(base + ([module] if module else []))
        else:
            target = module
        subs = [f"{target}.{n}" for n in names if f"{target}.{n}" in modules]
        found.update(subs or ([target] if target in modules else []))
    found.update(n for n in plain if n in modules)
    if is_package and dynamic:
        found.update(m for m in modules if m.startswith(name + "."))
    return found


def _data_names(path: Path) -> set[str]:
    """Lexicons a module names: first arguments of ``load(...)`` calls, and literal file names (``userdict.txt``)."""
    return set(_facts(path)[3])


def stage_files(package_dir: Path, lexicon_dir: Path) -> dict[str, list[Path]]:
    """Stage → the source and lexicon files its fingerprint covers."""
    modules = _module_files(package_dir)
    roots = {m for ms in (*STAGES.values(), *CORPUS_STAGES.values()) for m in ms}
    # an extractor reading another one's code (quotas uses bodies' division names) is stale when that code changes
    extractor_roots = {m for name in EXTRACTOR_STAGES for m in STAGES[name]}
    files_here = [p for p in sorted(lexicon_dir.glob("*")) if p.is_file()]
    lexicons = {p.name: p for p in files_here} | {p.stem: p for p in files_here if p.suffix == ".yml"}
    out: dict[str, list[Path]] = {}
    for stage, own in {**STAGES, **CORPUS_STAGES}.items():
        seen: set[str] = set()
        todo = [m for m in own if m in modules]
        while todo:
            name = todo.pop()
            if name in seen:
                continue
            seen.add(name)
            for dep in _imports(name, modules[name], modules):
                followed = dep in own or (dep not in roots and dep not in _BARRIERS)
                if stage in EXTRACTOR_STAGES and dep in extractor_roots:
                    followed = True
                if dep not in seen and followed:
                    todo.append(dep)
        files = [modules[m] for m in sorted(seen)]
        named = set().union(*(_data_names(f) for f in files)) if files else set()
        data = sorted({lexicons[s] for s in named if s in lexicons})
        out[stage] = files + data
    _save_facts()
    return out


def fingerprints(package_dir: Path, lexicon_dir: Path) -> dict[str, str]:
    """Stage → a short hash of its files' names and bytes."""
    out = {}
    for stage, files in stage_files(package_dir, lexicon_dir).items():
        h = hashlib.sha256()
        for f in files:
            h.update(f.name.encode())
            h.update(f.read_bytes())
        out[stage] = h.hexdigest()[:12]
    return out


@lru_cache(maxsize=1)
def current() -> dict[str, str]:
    """The fingerprints of the code and lexicons of this installation."""
    return fingerprints(Path(__file__).resolve().parent, schema_dir() / "lexicons")


def encode(prints: dict[str, str]) -> str:
    """The ``documents.pipeline`` value: compact JSON, stages in a fixed order."""
    return json.dumps({k: prints[k] for k in STAGES if k in prints}, separators=(",", ":"))


def decode(value: str | None) -> dict[str, str]:
    """Stage fingerprints stored in ``documents.pipeline``; {} for a row made before stages existed."""
    try:
        data = json.loads(value or "")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def stale_stages(stored: str | None, now: dict[str, str] | None = None) -> frozenset[str] | None:
    """What a stored row needs redone: frozenset() nothing, a set of extractor stages, or None (everything).

    Example: ``stale_stages('{"text":"a","quotas":"b"}', {"text": "a", "quotas": "c"})`` → ``frozenset({'quotas'})``.
    """
    now = current() if now is None else now
    old = decode(stored)
    if old.get("text") != now["text"]:
        return None
    return frozenset(s for s in EXTRACTOR_STAGES if old.get(s) != now.get(s))
