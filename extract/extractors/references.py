"""References: cited documents, as 《title》 and/or 发文字号 (国办发〔2017〕47号).

A 发文字号 printed right after a title, in brackets or not, belongs to the same
reference. ``match_reference`` links a reference to a corpus document by its
number (exact, brackets normalised) or its title (rapidfuzz ratio ≥ 90 after
stripping 关于印发…的通知).

Example:
    《福建省省直机关培训费管理办法》(闽财行【2017】18号) →
    Reference(title="福建省省直机关培训费管理办法", doc_number="闽财行【2017】18号", ...)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from ..lexicons import alternation, load
from ..types import Context, Provision, Reference
from ..zh import CJK
from .base import AnyDoc, per_provision
from .triggers import Trigger

_TITLE_RATIO = 90


@dataclass(frozen=True)
class _Lex:
    title: re.Pattern[str]
    number: re.Pattern[str]
    lead: re.Pattern[str]
    alias: re.Pattern[str]
    wrappers: tuple[re.Pattern[str], ...]
    bracket_map: dict[int, str]


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    data = load("references")
    opens = "".join(re.escape(c) for c in data["year_open"])
    closes = "".join(re.escape(c) for c in data["year_close"])
    # One level of nesting: 《乌海市委办公室…印发<关于…的意见>的通知》 or 《…《…》…》.
    title = re.compile(r"《((?:[^《》\n]|《[^《》\n]*》){1,150})》")
    # The closing year bracket is optional because OCR drops it (闽教综〔201321号).
    number = re.compile(
        rf"(?P<org>[{CJK}]{{1,12}})\s*[{opens}]\s*(?P<year>(?:19|20)\d\d)\s*[{closes}]?\s*"
        rf"(?P<no>\d{{1,4}})\s*号"
    )
    return _Lex(
        title=title,
        number=number,
        lead=re.compile(f"^(?:{alternation(data['lead_words'])})+"),
        alias=re.compile(f"(?:{alternation(data['alias_cues'])})$"),
        wrappers=tuple(re.compile(w) for w in data["wrappers"]),
        bracket_map=str.maketrans({c: "(" for c in data["year_open"]} | {c: ")" for c in data["year_close"]}),
    )


def _numbers(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of 发文字号 in ``text[start:end]``, the issuer abbreviation trimmed of lead words."""
    lex = _lex()
    out = []
    for m in lex.number.finditer(text, start, end):
        org = m.group("org")
        # Keep the abbreviation only: the last 6 characters at most, lead words dropped.
        cut = max(0, len(org) - 6)
        trimmed = org[cut:]
        lead = lex.lead.match(trimmed)
        if lead:
            cut += lead.end()
        if cut >= len(org):
            continue
        out.append((m.start("org") + cut, m.end()))
    return out


def extract_references(text: str, prov: Provision, ctx: Context) -> Iterator[Reference]:
    """Cited documents in one provision.

    Args:
        text: the whole document text.
        prov: the provision to read (``text[prov.start:prov.end]``).
        ctx: document context (unused: citations need no outside knowledge).

    Example:
        "贯彻落实《关于支持省级扶贫开发工作重点县教育事业发展八项措施的通知》(闽教综〔2013〕21号)要求"
        → one Reference with both title and doc_number.
    """
    sent = text[prov.start : prov.end]
    if "《" not in sent and "号" not in sent:
        return
    lex = _lex()
    numbers = _numbers(text, prov.start, prov.end)
    used: set[tuple[int, int]] = set()
    for m in lex.title.finditer(text, prov.start, prov.end):
        if lex.alias.search(text[max(prov.start, m.start() - 4) : m.start()]):
            continue
        title = m.group(1).strip()
        end = m.end()
        number = None
        # A number right after the title, bare or bracketed, is the same document's.
        tail = re.match(r"\s*([(（])?\s*", text[end : prov.end])
        after = end + (tail.end() if tail else 0)
        for span in numbers:
            if span[0] == after:
                used.add(span)
                number = text[span[0] : span[1]]
                end = span[1]
                close = re.match(r"\s*[)）]", text[end : prov.end])
                if tail and tail.group(1) and close:
                    end += close.end()
                break
        if not title:
            continue
        yield Reference(title=title, doc_number=number, evidence=text[m.start() : end], start=m.start(), end=end)
    for span in numbers:
        if span in used:
            continue
        # A number inside a title (《…(国发〔2019〕4号)》) was cited with that title.
        if any(m.start() < span[0] < m.end() for m in lex.title.finditer(text, prov.start, prov.end)):
            continue
        ev = text[span[0] : span[1]]
        yield Reference(title=None, doc_number=ev, evidence=ev, start=span[0], end=span[1])


def get_references(doc: AnyDoc) -> Iterator[Reference]:
    """Every cited document of a document (see ``extract_references``)."""
    return per_provision(doc, "references", extract_references)


def trigger() -> Trigger:
    """What a provision needs to cite a document (see :mod:`.triggers`): 《 or 号, as ``extract_references`` checks."""
    return Trigger(frozenset("《号"))


def normalise_number(number: str) -> str:
    """A 发文字号 with brackets and spaces unified: 闽财行【2017】18号 → 闽财行(2017)18号."""
    return re.sub(r"\s+", "", number).translate(_lex().bracket_map)


def core_title(title: str) -> str:
    """A title without 《》, spaces and 关于印发…的通知 wrappers.

    Example: ``core_title("乌海市教育局关于印发《乌海市一体化推进基础教育教研工作方案》的通知")``
    → ``"乌海市一体化推进基础教育教研工作方案"``.
    """
    t = re.sub(r"\s+", "", title)
    for w in _lex().wrappers:
        m = w.match(t)
        if m:
            t = m.group("t")
    return t.replace("《", "").replace("》", "")


def match_reference(title: str | None, doc_number: str | None,
                    candidates: list[tuple[int, str | None, str | None]]) -> int | None:
    """The corpus document that a citation of ``title`` / ``doc_number`` names, or None.

    Args:
        title: the cited title (without 《》), or None.
        doc_number: the cited 发文字号, or None.
        candidates: (document id, title, doc_number) of the corpus documents.

    Returns:
        The id of the document whose doc_number equals the reference's (brackets
        normalised), else of the one whose title matches best with ratio ≥ 90.

    Example:
        >>> match_reference("某市教研员管理办法", None, [(7, "某市教育局关于印发《某市教研员管理办法》的通知", None)])
        7
    """
    if doc_number:
        want = normalise_number(doc_number)
        for doc_id, _title, number in candidates:
            if number and normalise_number(number) == want:
                return doc_id
    if not title:
        return None
    want_title = core_title(title)
    best: tuple[float, int] | None = None
    for doc_id, cand, _number in candidates:
        if not cand:
            continue
        score = max(fuzz.ratio(want_title, core_title(cand)), fuzz.ratio(title, cand))
        if score >= _TITLE_RATIO and (best is None or score > best[0]):
            best = (score, doc_id)
    return best[1] if best else None


def is_self_reference(title: str | None, doc_number: str | None, own_title: str | None, own_number: str | None) -> bool:
    """True when a citation of ``title`` / ``doc_number`` is the document itself: its own 发文字号 or the plan it encloses.

    Example: in 乌海市教育局关于印发《乌海市一体化推进基础教育教研工作方案》的通知,
    the 《乌海市一体化推进基础教育教研工作方案》 it forwards is not a citation.
    """
    return match_reference(title, doc_number, [(0, own_title, own_number)]) == 0
