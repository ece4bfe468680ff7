"""The trigger scans never keep an extractor from a provision it would find something in.

Every example sentence of every rule entry (any lexicon's: a quota example
is a fine test of the deadline trigger too) and every provision of the seed
notices is read by each extractor twice: on every provision, and on those
the trigger scan of :mod:`extract.extractors.triggers` lets through. The
records must be the same, and every provision with a record must have been
let through.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extract.extractors import bodies, deadlines, obligations, quotas, references, triggers
from extract.extractors.base import TextDoc
from extract.lexicons import rules
from extract.pipeline import process_raw
from extract.readers import read
from extract.types import Context, Provision

ROOT = Path(__file__).resolve().parent.parent
EXTRACT = {
    "references": references.extract_references,
    "quotas": quotas.trace_quotas,  # the excluded candidates too: a trigger must pass them as well
    "obligations": obligations.extract_obligations,
    "deadlines": deadlines.extract_deadlines,
    "bodies": bodies.extract_bodies,
}
GET = {"references": references.get_references, "quotas": quotas.get_quotas, "obligations": obligations.get_obligations,
       "deadlines": deadlines.get_deadlines, "bodies": bodies.get_bodies}


def _examples() -> list[tuple[str, str | None]]:
    out = []
    for rule in rules():
        for ex in (*rule.matches, *rule.no_matches):
            out.append((ex["text"], ex.get("doc_date")))
    return sorted(set(out), key=lambda t: (t[0], t[1] or ""))


EXAMPLES = _examples()


def _as_notice(text: str, doc_date: str | None) -> tuple[str, Context]:
    """The example as a notice of one provision per line (as test_rules reads bodies' examples)."""
    provs, pos = [], 0
    for i, line in enumerate(text.split("\n")):
        provs.append(Provision(i, None, line, pos, pos + len(line)))
        pos += len(line) + 1
    return text, Context(doc_date=date.fromisoformat(doc_date or "2024-03-01"), provisions=provs)


def _seed_notices() -> list[tuple[str, Context]]:
    out = []
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        doc = process_raw(read(path).text, path=path.name, extract=False)
        meta = doc.metadata
        ctx = Context(doc_date=date.fromisoformat(meta.date) if meta.date else None, region=meta.region,
                      provisions=doc.provisions, sections=doc.sections, recipients=meta.recipients,
                      issuer=meta.issuer, title=meta.title, doc_number=meta.doc_number)
        out.append((doc.text, ctx))
    return out


def _check(text: str, ctx: Context) -> None:
    for name, extract in EXTRACT.items():
        let_through = {p.ordinal for p in triggers.provisions_for(name, text, ctx.provisions)}
        for prov in ctx.provisions:
            found = list(extract(text, prov, ctx))
            assert not found or prov.ordinal in let_through, (
                f"the {name} trigger drops {prov.text!r}, where {name} finds {found[0]}"
            )
        gated = list(GET[name](TextDoc(text, ctx)))
        pattern = triggers.pattern
        try:
            triggers.pattern = lambda _name: None  # type: ignore[assignment]
            everywhere = list(GET[name](TextDoc(text, ctx)))
        finally:
            triggers.pattern = pattern  # type: ignore[assignment]
        assert gated == everywhere, name


@pytest.mark.parametrize("text,doc_date", EXAMPLES, ids=[t[:20] for t, _ in EXAMPLES])
def test_rule_examples_pass_the_triggers(text: str, doc_date: str | None) -> None:
    _check(*_as_notice(text, doc_date))


def test_seed_notices_pass_the_triggers() -> None:
    notices = _seed_notices()
    assert notices
    for text, ctx in notices:
        _check(text, ctx)


def test_every_extractor_but_bodies_has_a_trigger() -> None:
    assert triggers.pattern("references").pattern == "[《号]"
    assert triggers.pattern("quotas").search("十") and triggers.pattern("quotas").search("３")
    assert triggers.pattern("obligations") is not None and triggers.pattern("deadlines") is not None
    assert triggers.pattern("bodies") is None


@pytest.mark.parametrize(
    "text,expected",
    [
        ("开展教研。依据《意见》执行。", ["依据《意见》执行。"]),
        ("《甲》。乙。《丙》《丁》。", ["《甲》。", "《丙》《丁》。"]),
        ("甲。\n《乙》\n丙。", []),  # a hit between the provisions (the second line is not one)
        ("", []),
    ],
)
def test_triggered_finds_each_provision_once(text: str, expected: list[str]) -> None:
    provs, pos = [], 0
    for i, part in enumerate(text.split("\n")[0::2] if "\n" in text else _sentences(text)):
        start = text.index(part, pos)
        provs.append(Provision(i, None, part, start, start + len(part)))
        pos = start + len(part)
    found = triggers.triggered(text, provs, triggers.pattern("references"))
    assert [p.text for p in found] == expected


def _sentences(text: str) -> list[str]:
    out, cur = [], ""
    for ch in text:
        cur += ch
        if ch == "。":
            out.append(cur)
            cur = ""
    return out + ([cur] if cur else [])
