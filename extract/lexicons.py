"""Load the data files in ``schema/`` (lexicons, patterns, metadata).

Researchers extend the extractors by editing these YAML files, not the code.
Each lexicon is checked on load against ``schema/lexicons/_schema/lexicons.yml``: an
unknown (misspelt) or missing key, a value of the wrong shape, a rule entry
without an id or without examples, or two rules with one id is a
:class:`ConfigError` naming the file and the line, rather than a rule that
silently stops firing.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError

# libyaml's loader builds the same objects as the pure-Python SafeLoader about
# nine times faster (0.25 s → 0.03 s for all lexicons); the fallback keeps an
# install without libyaml working.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# The schema of every lexicon. In a folder of its own: the fingerprints hash the
# lexicon files a stage names, and the shapes they must have change no output.
SCHEMA_PATH = ("_schema", "lexicons.yml")
# A rule id: lower-case dotted words, the first naming its extractor (deadline.festival).
_RULE_ID = re.compile(r"^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+$")
_EXAMPLE_KEYS = {"text", "doc_date", "expect"}


def schema_dir() -> Path:
    """The ``schema/`` folder: ``$POLICYKB_SCHEMA`` or the one beside the package."""
    env = os.environ.get("POLICYKB_SCHEMA")
    return Path(env) if env else Path(__file__).resolve().parent.parent / "schema"


@lru_cache(maxsize=None)
def load(name: str) -> Any:
    """Read ``schema/lexicons/<name>.yml`` once per process, checked against its schema.

    Example: ``load("modality")["rules"][0]["id"]`` → ``"obligation.must.explicit"``.
    """
    path = schema_dir() / "lexicons" / f"{name}.yml"
    node, data = _read(path)
    spec = _schema()["lexicons"].get(name)
    if spec is not None:
        _check_lexicon(path, node, spec)
    return data


def _read(path: Path) -> tuple[yaml.Node | None, Any]:
    """The node tree (for line numbers) and the data of a YAML file, from one parse."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(f"lexicon {path} is missing: restore it from git") from exc
    loader = _LOADER(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        raise ConfigError(f"lexicon {path} is not valid YAML: {exc}") from exc
    finally:
        loader.dispose()
    return node, data


@lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    path = schema_dir().joinpath("lexicons", *SCHEMA_PATH)
    _node, data = _read(path)
    if not isinstance(data, dict) or "rule" not in data or "lexicons" not in data:
        raise ConfigError(f"{path}: needs a 'rule' and a 'lexicons' section")
    return data


def schema_names() -> list[str]:
    """The lexicons the schema describes."""
    return sorted(_schema()["lexicons"])


# ---------------------------------------------------------------- validation


def _where(path: Path, node: yaml.Node) -> str:
    return f"{path.name}, line {node.start_mark.line + 1}"


def _fail(path: Path, node: yaml.Node, msg: str) -> ConfigError:
    return ConfigError(f"{_where(path, node)}: {msg} (the shapes allowed are in schema/lexicons/_schema/lexicons.yml)")


def _fields(spec: dict[str, str]) -> tuple[dict[str, str], set[str]]:
    """Field name → type, and the required names, from a spec whose optional names end in ``?``."""
    types = {k.rstrip("?"): v for k, v in spec.items()}
    return types, {k for k in spec if not k.endswith("?")}


def _check_mapping(path: Path, node: yaml.Node, spec: dict[str, str], what: str) -> dict[str, yaml.Node]:
    """Check a mapping's keys against ``spec``; returns key → value node."""
    if not isinstance(node, yaml.MappingNode):
        raise _fail(path, node, f"{what} should be a mapping of keys")
    types, required = _fields(spec)
    seen: dict[str, yaml.Node] = {}
    for k, v in node.value:
        key = k.value
        if key not in types:
            close = difflib.get_close_matches(key, list(types), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f"; known keys: {', '.join(sorted(types))}"
            raise _fail(path, k, f"unknown key {key!r} in {what}{hint}")
        if key in seen:
            raise _fail(path, k, f"key {key!r} appears twice in {what}")
        seen[key] = v
        _check_type(path, v, types[key], f"{key!r}")
    missing = sorted(required - set(seen))
    if missing:
        raise _fail(path, node, f"{what} lacks {', '.join(map(repr, missing))}")
    return seen


def _check_type(path: Path, node: yaml.Node, kind: str, what: str) -> None:
    ok = {
        "str": lambda n: isinstance(n, yaml.ScalarNode) and n.tag == "tag:yaml.org,2002:str",
        "number": lambda n: isinstance(n, yaml.ScalarNode) and n.tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float"),
        "bool": lambda n: isinstance(n, yaml.ScalarNode) and n.tag == "tag:yaml.org,2002:bool",
        "words": lambda n: isinstance(n, yaml.SequenceNode) and all(
            isinstance(i, yaml.ScalarNode) and i.tag == "tag:yaml.org,2002:str" for i in n.value),
        "list": lambda n: isinstance(n, yaml.SequenceNode),
        "map": lambda n: isinstance(n, yaml.MappingNode),
        "any": lambda n: True,
        "rules": lambda n: isinstance(n, yaml.SequenceNode),
        "examples": lambda n: isinstance(n, yaml.MappingNode),
    }
    if kind not in ok:
        raise ConfigError(f"schema/lexicons/_schema/lexicons.yml: unknown type {kind!r} for {what}")
    if not ok[kind](node):
        raise _fail(path, node, f"{what} should be {kind}")


def _check_lexicon(path: Path, node: yaml.Node | None, spec: dict[str, Any]) -> None:
    if node is None:
        raise ConfigError(f"{path.name}: the file is empty")
    keys = _check_mapping(path, node, spec["keys"], "the lexicon")
    rule_spec = dict(_schema()["rule"]) | dict(spec.get("rule_fields") or {})
    ids: dict[str, yaml.Node] = {}
    for key, value in keys.items():
        if spec["keys"].get(key, spec["keys"].get(key + "?")) != "rules":
            continue
        for entry in value.value:
            fields = _check_mapping(path, entry, rule_spec, "a rule entry")
            rid = fields["id"].value
            if not _RULE_ID.match(rid):
                raise _fail(path, fields["id"], f"rule id {rid!r} should be dotted lower-case words (deadline.festival)")
            if rid in ids:
                raise _fail(path, fields["id"], f"rule id {rid!r} is already used on line {ids[rid].start_mark.line + 1}")
            ids[rid] = fields["id"]
            _check_examples(path, fields["examples"], rid)


def _check_examples(path: Path, node: yaml.Node, rid: str) -> None:
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if k.value == "match" and not v.value:  # empty, or nothing after "match:"
                raise _fail(path, k, f"rule {rid} has no example it must match")
    parts = _check_mapping(path, node, {"match": "list", "no_match?": "list"}, f"the examples of {rid}")
    for part in parts.values():
        for ex in part.value:
            if isinstance(ex, yaml.ScalarNode):
                continue
            _check_mapping(path, ex, {"text": "str", "doc_date?": "any", "expect?": "map"}, f"an example of {rid}")


# ---------------------------------------------------------------- rules


@dataclass(frozen=True)
class Rule:
    """One rule entry of a lexicon, as ``policykb rules`` lists it."""

    id: str
    lexicon: str
    extractor: str
    entry: dict[str, Any]

    @property
    def matches(self) -> list[dict[str, Any]]:
        """The ``match`` examples, each as ``{"text": …, "doc_date": …, "expect": {…}}``."""
        return [_example(e) for e in self.entry["examples"]["match"]]

    @property
    def no_matches(self) -> list[dict[str, Any]]:
        """The ``no_match`` examples, in the same shape."""
        return [_example(e) for e in self.entry["examples"].get("no_match") or []]


def _example(e: Any) -> dict[str, Any]:
    ex = {"text": e} if isinstance(e, str) else dict(e)
    if ex.get("doc_date") is not None:
        ex["doc_date"] = str(ex["doc_date"])
    # YAML reads 2024-09-09 as a date; the records carry ISO strings.
    ex["expect"] = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in (ex.get("expect") or {}).items()}
    return ex


def rule_lexicons() -> dict[str, str]:
    """Lexicon name → extractor, for the lexicons whose entries are rules."""
    return {
        name: spec.get("extractor", name)
        for name, spec in _schema()["lexicons"].items()
        if any(t == "rules" for t in spec["keys"].values())
    }


def rules(kind: str | None = None) -> Iterator[Rule]:
    """Every rule entry, in file order; ``kind`` is an extractor or lexicon name.

    Example: ``next(rules("deadlines")).id`` → ``"deadline.run"``.
    """
    for name, extractor in rule_lexicons().items():
        if kind is not None and kind not in (name, extractor):
            continue
        data = load(name)
        for key, t in _schema()["lexicons"][name]["keys"].items():
            if t == "rules":
                for entry in data.get(key.rstrip("?")) or []:
                    yield Rule(entry["id"], name, extractor, entry)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, escaped and longest first (不超过 beats 超过).

    Example: ``alternation(["超过", "不超过"])`` → ``"不超过|超过"``.
    """
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
