"""Every rule entry of every lexicon runs its own examples, and the lexicon loader rejects malformed files.

A rule is a YAML entry with an ``id`` and ``examples`` (see
``schema/lexicons/_schema/lexicons.yml``): each ``match`` sentence must make that rule
fire (a record whose ``rule`` is its id, with the ``expect``ed fields when
given), each ``no_match`` sentence must not. Examples are read as one
provision of a notice dated ``doc_date`` (default 2024-03-01).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from extract.errors import ConfigError
from extract.extractors.bodies import extract_bodies, rule_ids
from extract.extractors.deadlines import extract_deadlines
from extract.extractors.obligations import extract_obligations
from extract.extractors.quotas import trace_quotas
from extract.lexicons import Rule, load, rule_lexicons, rules, schema_dir, schema_names
from extract.types import Context, Provision

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DOC_DATE = "2024-03-01"
EXTRACTORS = {"obligations": extract_obligations, "deadlines": extract_deadlines, "bodies": extract_bodies,
              "quotas": trace_quotas}
ALL_RULES = list(rules())


def fire(rule: Rule, example: dict) -> list:
    """The records ``rule`` makes on the example sentence."""
    text = example["text"]
    if rule.extractor == "bodies":
        return _fire_bodies(rule, text)
    ctx = Context(doc_date=date.fromisoformat(example.get("doc_date") or DEFAULT_DOC_DATE))
    extract = EXTRACTORS[rule.extractor]
    return [r for r in extract(text, Provision(0, None, text, 0, len(text)), ctx) if r.rule == rule.id]


def _fire_bodies(rule: Rule, text: str) -> list:
    """Bodies read an example as a short notice, one provision per line (a signature needs the date line under it)."""
    provs, pos = [], 0
    for i, line in enumerate(text.split("\n")):
        provs.append(Provision(i, None, line, pos, pos + len(line)))
        pos += len(line) + 1
    ctx = Context(provisions=provs)
    return [m for p in provs for m in extract_bodies(text, p, ctx) if rule.id in rule_ids(m)]


def _show(records: list) -> str:
    return "; ".join(f"{r}" for r in records) or "nothing"


@pytest.mark.parametrize("rule", ALL_RULES, ids=[r.id for r in ALL_RULES])
def test_rule_examples(rule: Rule) -> None:
    assert rule.matches, f"{rule.id} has no example it must match"
    for ex in rule.matches:
        found = fire(rule, ex)
        assert found, f"{rule.id} does not fire on {ex['text']!r}"
        if ex["expect"]:
            assert any(all(getattr(r, k) == v for k, v in ex["expect"].items()) for r in found), (
                f"{rule.id} on {ex['text']!r}: expected {ex['expect']}, got {_show(found)}"
            )
    for ex in rule.no_matches:
        found = fire(rule, ex)
        assert not found, f"{rule.id} fires on {ex['text']!r}, which it must not match: {_show(found)}"


def test_every_extractor_with_rules_is_run() -> None:
    assert set(rule_lexicons().values()) <= set(EXTRACTORS)
    assert {r.extractor for r in ALL_RULES} == set(EXTRACTORS)


def test_every_lexicon_has_a_schema() -> None:
    files = {p.stem for p in (schema_dir() / "lexicons").glob("*.yml")}
    # (the schema may describe lexicons of branches not merged yet)
    assert files <= set(schema_names()), "describe each lexicon in schema/lexicons/_schema/lexicons.yml"
    for name in files:
        load(name)


def test_rule_ids_are_unique_across_lexicons() -> None:
    ids = [r.id for r in ALL_RULES]
    assert len(ids) == len(set(ids))


# ---------------------------------------------------------------- the loader rejects


@pytest.fixture
def schema_copy(tmp_path, monkeypatch):
    """A private copy of schema/ that ``load`` reads (its caches cleared before and after)."""
    from extract import lexicons

    dst = tmp_path / "schema"
    shutil.copytree(schema_dir(), dst)
    monkeypatch.setenv("POLICYKB_SCHEMA", str(dst))
    lexicons.load.cache_clear()
    lexicons._schema.cache_clear()
    yield dst / "lexicons"
    monkeypatch.delenv("POLICYKB_SCHEMA")
    lexicons.load.cache_clear()
    lexicons._schema.cache_clear()


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


@pytest.mark.parametrize(
    ("old", "new", "needle", "message"),
    [
        ("noun_followers:", "noun_folowers:", "noun_folowers", "unknown key 'noun_folowers' in the lexicon; did you mean 'noun_followers'?"),
        ("    modality: may\n", "    modality: may\n    modalty: may\n", "modalty", "unknown key 'modalty' in a rule entry; did you mean 'modality'?"),
        ("  - id: obligation.may\n    description:", "  - description:", "description: a permission", "a rule entry lacks 'id'"),
        ("id: obligation.may\n", "id: obligation.should\n", "id: obligation.should", "rule id 'obligation.should' is already used on line"),
        ("id: obligation.may\n", "id: May\n", "id: May", "rule id 'May' should be dotted lower-case words"),
        ("strength_order: [strong, moderate, weak]", "strength_order: strong", "strength_order: strong", "'strength_order' should be words"),
    ],
)
def test_malformed_lexicon_names_file_and_line(schema_copy, old, new, needle, message) -> None:
    path = schema_copy / "modality.yml"
    _edit(path, old, new)
    # a duplicate id points at the second one
    line = _line_of(path, needle) if "already" not in message else [
        i for i, s in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in s][-1]
    with pytest.raises(ConfigError) as err:
        load("modality")
    assert str(err.value).startswith(f"modality.yml, line {line}: {message}")


def test_a_rule_without_examples_is_an_error(schema_copy) -> None:
    path = schema_copy / "modality.yml"
    text = path.read_text(encoding="utf-8")
    start = text.index("    examples:", text.index("  - id: obligation.may"))
    path.write_text(text[:start] + text[text.index("\n# Words that contain", start):], encoding="utf-8")
    with pytest.raises(ConfigError, match=r"modality.yml, line \d+: a rule entry lacks 'examples'"):
        load("modality")


def test_a_rule_without_a_match_example_is_an_error(schema_copy) -> None:
    path = schema_copy / "modality.yml"
    _edit(path, "        - {text: 教师可以自主选学课程, expect: {trigger: 可以, actor: 教师}}\n        - 学分可跨年度累计\n", "")
    with pytest.raises(ConfigError, match="rule obligation.may has no example it must match"):
        load("modality")


def test_missing_key_is_an_error(schema_copy) -> None:
    path = schema_copy / "modality.yml"
    _edit(path, "strength_order:", "# strength_order:")
    with pytest.raises(ConfigError, match=r"modality.yml, line \d+: the lexicon lacks 'strength_order'"):
        load("modality")


# ---------------------------------------------------------------- a new form is one entry

YUANXIAO = """
  - id: deadline.yuanxiao
    description: before, after or during the Lantern Festival (元宵节前); a lunar date, dated from a table
    family: named
    reader: holiday
    dates: {2024: "02-24", 2025: "02-12", 2026: "03-03", 2027: "02-20", 2028: "02-09", 2029: "02-27", 2030: "02-17"}
    pattern: '(?P<f>元宵)节?(?P<b>{{words:festival_bounds}})'
    requires: [{words: [元宵]}]
    produces: {kind: relative}
    examples:
      match:
        - {text: 元宵节前完成返校安全排查, doc_date: 2024-11-20, expect: {evidence: 元宵节前, start_date: null, end_date: 2025-02-11}}
        - {text: 元宵节后组织开学典礼, doc_date: 2025-12-01, expect: {evidence: 元宵节后, start_date: 2026-03-04}}
      no_match:
        - 元宵节猜灯谜活动
"""


def test_a_new_deadline_form_is_one_yaml_entry(tmp_path) -> None:
    """The README's worked example: 元宵节前 added as one entry of deadlines.yml, no Python change, its examples run."""
    dst = tmp_path / "schema"
    shutil.copytree(schema_dir(), dst)
    with (dst / "lexicons" / "deadlines.yml").open("a", encoding="utf-8") as fh:
        fh.write(YUANXIAO)
    env = {**os.environ, "POLICYKB_SCHEMA": str(dst)}
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(Path(__file__)), "-k",
         "test_rule_examples and yuanxiao"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )
    assert "1 passed" in out.stdout, out.stdout + out.stderr
    shown = subprocess.run(
        [sys.executable, "-m", "extract.cli", "rules", "--id", "deadline.yuanxiao"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert "元宵节前完成返校安全排查" in shown.stdout, shown.stderr


# ---------------------------------------------------------------- policykb rules


def test_cli_lists_one_line_per_rule() -> None:
    from click.testing import CliRunner

    from extract.cli import cli

    out = CliRunner().invoke(cli, ["rules", "--kind", "deadlines"])
    assert out.exit_code == 0, out.output
    lines = out.output.splitlines()
    assert len(lines) == len([r for r in ALL_RULES if r.extractor == "deadlines"])
    assert any(line.startswith("deadline.festival ") and "教师节前上报名单" in line for line in lines)
    both = CliRunner().invoke(cli, ["rules"])
    assert len(both.output.splitlines()) == len(ALL_RULES)
    assert CliRunner().invoke(cli, ["rules", "--kind", "obligations"]).output.startswith("obligation.must.explicit ")


def test_cli_shows_one_rule_whole() -> None:
    from click.testing import CliRunner

    from extract.cli import cli

    out = CliRunner().invoke(cli, ["rules", "--id", "deadline.festival"])
    assert out.exit_code == 0, out.output
    assert out.output.startswith("# schema/lexicons/deadlines.yml (deadlines)\n- id: deadline.festival\n")
    assert "no_match: [元旦联欢会]" in out.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--id", "deadline.festivl"], "Error: no rule 'deadline.festivl'; did you mean deadline.festival"),
        (["--kind", "deadline"], "Error: no rules of kind 'deadline'; try one of bodies, deadlines, modality, obligations, quotas"),
    ],
)
def test_cli_says_what_to_try(args, message) -> None:
    from click.testing import CliRunner

    from extract.cli import cli

    out = CliRunner().invoke(cli, ["rules", *args])
    assert out.exit_code == 1
    assert out.output.startswith(message)
