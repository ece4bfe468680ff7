"""Score extractor output against the hand-made gold files (``policykb eval``).

Pure functions only: the CLI reads the database, turns it into predictions
shaped like gold files, and hands both to :func:`score_corpus`. The rules are
those of ``gold/SCHEMA.md`` ("Scoring"):

* **Quotas** match when value (numerically: 30 == 30.0), unit (名 == 人),
  period and comparator agree and the evidence overlaps
  (``fuzz.partial_ratio >= 80``). Actor, activity and value_max are then
  scored on the matched pairs.
* **Deadlines** match when the evidence overlaps (same rule); start and end
  are scored on the matched pairs, separately and together ("dates").
* **Bodies** are one set per document; two names are the same body when
  ``fuzz.ratio >= 90``, or the shorter lies wholly inside the longer
  (``partial_ratio == 100``) and is at least half its length.
* Every matching is one-to-one and greedy, best similarity first, so a short
  evidence such as ``2014年`` cannot be claimed by two gold items.
* **Metadata** is exact per field, the title by ``fuzz.ratio >= 90``, the
  region by adcode; a field both sides leave as None is right.

All string comparisons first remove every whitespace character (as the gold
checker does) and fold character width (NFKC): cleaning turns full-width
digits and letters into half-width ones, so a gold file annotated on a raw
source and a prediction made on the cleaned text must compare equal.

Example:
    >>> gold = {"doc": "a.txt", "metadata": {}, "quotas": [], "deadlines": [],
    ...         "bodies": ["市级教研部门"]}
    >>> pred = dict(gold, bodies=["教研部门"])
    >>> score_document(gold, pred).bodies.counts.f1
    1.0
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from .errors import ConfigError, PolicyKBError

__all__ = [
    "EXTRACTORS",
    "METADATA_FIELDS",
    "Counts",
    "DocumentScore",
    "ExtractorScore",
    "FieldResult",
    "GoldFileError",
    "Pair",
    "Report",
    "Tally",
    "Target",
    "TargetResult",
    "describe",
    "evidence_similarity",
    "format_report",
    "load_gold",
    "load_targets",
    "report_to_json",
    "same_body",
    "same_phrase",
    "score_bodies",
    "score_corpus",
    "score_deadlines",
    "score_document",
    "score_metadata",
    "score_quotas",
]


class GoldFileError(PolicyKBError):
    """A gold file is missing, unreadable or not a JSON object."""


# Thresholds from SCHEMA.md, kept together so a change is one edit.
EVIDENCE_MIN = 80.0  # fuzz.partial_ratio for quota and deadline evidence
BODY_RATIO_MIN = 90.0  # fuzz.ratio for two body names
TITLE_RATIO_MIN = 90.0  # fuzz.ratio for the title
PHRASE_RATIO_MIN = 80.0  # fuzz.ratio for actor / activity on matched pairs
PHRASE_MIN_INSIDE = 2  # a one-character actor/activity "inside" another proves nothing

EXTRACTORS: tuple[str, ...] = ("quotas", "deadlines", "bodies")
METADATA_FIELDS: tuple[str, ...] = ("title", "issuer", "doc_number", "date", "region")
QUOTA_ATTRIBUTES: tuple[str, ...] = ("actor", "activity", "value_max")
DEADLINE_ATTRIBUTES: tuple[str, ...] = ("dates", "start", "end", "kind")

# Measure words the gold files treat as the same unit.
UNIT_ALIASES: dict[str, str] = {"名": "人"}

_WS = re.compile(r"\s+")


# --------------------------------------------------------------------------
# Result types


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives of one extractor.

    Empty against empty is perfect (nothing to find, nothing wrongly found);
    a zero denominator otherwise gives 0.0.

    Example: ``Counts(tp=3, fp=1, fn=0).precision`` → 0.75.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """TP / (TP + FP)."""
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        """TP / (TP + FN)."""
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass(frozen=True)
class Tally:
    """How many compared values were right, e.g. actors of matched quota pairs.

    Example: ``Tally(right=17, total=20).accuracy`` → 0.85.
    """

    right: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float | None:
        """right / total, or None when nothing was compared."""
        return self.right / self.total if self.total else None

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.right + other.right, self.total + other.total)


@dataclass(frozen=True)
class Pair:
    """A gold item and the prediction matched to it.

    Example: gold ``校长每学期至少听课30节`` with a prediction whose evidence is
    ``每学期至少听课30节`` (similarity 100.0), ``attributes=(("actor", False), ...)``.
    """

    gold: Any
    pred: Any
    similarity: float
    attributes: tuple[tuple[str, bool], ...] = ()

    @property
    def wrong(self) -> tuple[str, ...]:
        """Names of the attributes the prediction got wrong."""
        return tuple(name for name, ok in self.attributes if not ok)


@dataclass(frozen=True)
class ExtractorScore:
    """One extractor's result on one document, or summed over the corpus.

    ``pairs``, ``misses`` (gold items no prediction matched) and
    ``false_hits`` (predictions no gold item matched) are filled per
    document and left empty in corpus totals.
    """

    extractor: str
    counts: Counts
    attributes: dict[str, Tally] = field(default_factory=dict)
    pairs: tuple[Pair, ...] = ()
    misses: tuple[Any, ...] = ()
    false_hits: tuple[Any, ...] = ()

    def accuracy(self, attribute: str) -> float | None:
        """Accuracy of ``attribute`` on matched pairs (None when no pairs)."""
        tally = self.attributes.get(attribute)
        return tally.accuracy if tally else None


@dataclass(frozen=True)
class FieldResult:
    """One metadata field of one document, e.g. ``date``: 2023-01-12 vs 2023-01-13."""

    field: str
    gold: str | None
    pred: str | None
    right: bool


@dataclass(frozen=True)
class DocumentScore:
    """Scores of one document; ``predicted`` is False when no prediction was given."""

    doc: str
    quotas: ExtractorScore
    deadlines: ExtractorScore
    bodies: ExtractorScore
    metadata: tuple[FieldResult, ...]
    predicted: bool = True

    def extractor(self, name: str) -> ExtractorScore:
        """The score of extractor ``name`` (quotas, deadlines or bodies)."""
        return {"quotas": self.quotas, "deadlines": self.deadlines, "bodies": self.bodies}[name]


@dataclass(frozen=True)
class Target:
    """A quality bar, e.g. quotas F1 ≥ 0.92; ``measure`` is f1 or an attribute / field name."""

    scope: str  # quotas | deadlines | bodies | metadata
    measure: str
    threshold: float

    @property
    def label(self) -> str:
        """Short human label, e.g. ``quotas F1``."""
        return f"{self.scope} {'F1' if self.measure == 'f1' else self.measure}"


@dataclass(frozen=True)
class TargetResult:
    """A target and the value measured for it; an unmeasurable value is not met."""

    target: Target
    value: float | None

    @property
    def met(self) -> bool:
        """True when the measured value reaches the threshold."""
        return self.value is not None and self.value >= self.target.threshold - 1e-12


# What each scope can measure besides f1 (the metadata fields are its measures).
_MEASURES: dict[str, tuple[str, ...]] = {
    "quotas": ("f1", *QUOTA_ATTRIBUTES),
    "deadlines": ("f1", *DEADLINE_ATTRIBUTES),
    "bodies": ("f1",),
    "metadata": METADATA_FIELDS,
}


def targets_path() -> Path:
    """``schema/targets.yml``: the bars the project has set itself (data, not code)."""
    from .lexicons import schema_dir

    return schema_dir() / "targets.yml"


@lru_cache(maxsize=None)
def load_targets(path: Path | None = None) -> tuple[Target, ...]:
    """The quality bars of ``schema/targets.yml`` (or ``path``), checked.

    An unknown scope or measure, a threshold outside 0..1 or a missing key is
    a :class:`ConfigError` naming the file and the entry, not a bar that
    silently reads as met.

    Example: ``load_targets()[0]`` → ``Target("quotas", "f1", 0.92)``.
    """
    import yaml

    path = path or targets_path()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read the targets ({exc}); restore it from git") from exc
    entries = data.get("targets") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not entries:
        raise ConfigError(f"{path}: expected a non-empty list under 'targets:'")
    return tuple(_target(path, n, entry) for n, entry in enumerate(entries, 1))


def _target(path: Path, n: int, entry: Any) -> Target:
    """Entry ``n`` of a targets file as a :class:`Target`, or a ConfigError saying what is wrong."""
    where = f"{path}: target {n}"
    if not isinstance(entry, dict) or set(entry) != {"scope", "measure", "threshold"}:
        raise ConfigError(f"{where}: give exactly scope, measure and threshold (got {entry!r})")
    scope, measure, threshold = entry["scope"], entry["measure"], entry["threshold"]
    if scope not in _MEASURES:
        raise ConfigError(f"{where}: unknown scope {scope!r}; one of {', '.join(_MEASURES)}")
    if measure not in _MEASURES[scope]:
        raise ConfigError(f"{where}: {scope} has no measure {measure!r}; one of {', '.join(_MEASURES[scope])}")
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 <= threshold <= 1:
        raise ConfigError(f"{where}: threshold must be a number from 0 to 1 (got {threshold!r})")
    return Target(scope, measure, float(threshold))


@dataclass(frozen=True)
class Report:
    """Micro-averaged scores over a corpus plus the per-document details.

    ``unscored`` lists predicted documents that have no gold file (they
    cannot be scored and are left out of every figure).
    """

    documents: tuple[DocumentScore, ...]
    extractors: dict[str, ExtractorScore]
    metadata: dict[str, Tally]
    targets: tuple[TargetResult, ...]
    unscored: tuple[str, ...] = ()

    @property
    def missing(self) -> tuple[str, ...]:
        """Gold documents for which no prediction was supplied (scored as empty)."""
        return tuple(d.doc for d in self.documents if not d.predicted)


# --------------------------------------------------------------------------
# Loading


def load_gold(gold_dir: Path) -> dict[str, dict]:
    """Read every ``*.json`` gold file in ``gold_dir``, keyed by document file name.

    Other files (SCHEMA.md, check_gold.py) are skipped. The key is the gold's
    ``doc`` field, or the file name without ``.json`` when that is missing.

    Example:
        ``load_gold(Path("gold"))["000_b11a7b4cf11b919c.txt"]["metadata"]["issuer"]``
        → ``"中共清流县教育局党组"``.

    Raises:
        GoldFileError: the folder does not exist, or a file is not UTF-8 JSON
            holding an object; the message names the file.
    """
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise GoldFileError(f"gold folder {gold_dir} not found: pass the folder holding the *.json gold files")
    golds: dict[str, dict] = {}
    for path in sorted(gold_dir.iterdir()):
        if path.suffix != ".json" or not path.is_file():
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError as exc:
            raise GoldFileError(f"gold file {path} is not UTF-8: {exc}") from exc
        except json.JSONDecodeError as exc:
            raise GoldFileError(
                f"gold file {path} does not parse (line {exc.lineno}, column {exc.colno}: {exc.msg}); "
                "check it with check_gold.py"
            ) from exc
        if not isinstance(data, dict):
            raise GoldFileError(f"gold file {path} holds a {type(data).__name__}, not a JSON object")
        doc = data.get("doc")
        key = doc if isinstance(doc, str) and doc else path.name[: -len(".json")]
        if key in golds:
            raise GoldFileError(f"gold file {path} describes {key!r}, which another gold file already describes")
        golds[key] = data
    return golds


# --------------------------------------------------------------------------
# Comparisons


def _norm(text: Any) -> str:
    """Whitespace removed, width folded: ``" 教研 部门（市）"`` → ``"教研部门(市)"``."""
    if text is None:
        return ""
    return _WS.sub("", unicodedata.normalize("NFKC", str(text)))


def _opt(value: Any) -> str | None:
    """A normalised optional string: None and blank both become None."""
    text = _norm(value)
    return text or None


def evidence_similarity(gold: Any, pred: Any) -> float:
    """``fuzz.partial_ratio`` of two evidences after whitespace removal (0 if either is empty).

    Example: ``evidence_similarity("校长每学期至少听课30节", "每学期至少听课30节")`` → 100.0.
    """
    a, b = _norm(gold), _norm(pred)
    if not a or not b:
        return 0.0
    return float(fuzz.partial_ratio(a, b))


def _tiebreak(gold: Any, pred: Any) -> float:
    # Among equally overlapping candidates, prefer the one closest in length:
    # a predicted "2014年" goes to gold "2014年", not to "2014年…覆盖率达85%以上".
    a, b = _norm(gold), _norm(pred)
    return float(fuzz.ratio(a, b)) if a and b else 0.0


def same_body(a: Any, b: Any) -> bool:
    """Whether two body names denote the same body (SCHEMA.md rule).

    Same when ``fuzz.ratio >= 90``, or when the shorter lies wholly inside the
    longer (``partial_ratio == 100``) and is at least half its length.

    Example: ``same_body("教研部门", "市级教研部门")`` → True;
    ``same_body("教育局", "各县(市、区)教育局")`` → False.
    """
    x, y = _norm(a), _norm(b)
    if not x or not y:
        return False
    if fuzz.ratio(x, y) >= BODY_RATIO_MIN:
        return True
    short, long_ = sorted((x, y), key=len)
    return fuzz.partial_ratio(short, long_) == 100 and 2 * len(short) >= len(long_)


def same_phrase(gold: Any, pred: Any) -> bool:
    """Whether a predicted actor or activity is right for a matched quota.

    Right when both are None (the text names nobody), or, after whitespace
    removal, they are equal, ``fuzz.ratio >= 80``, or one (of at least two
    characters) lies inside the other: the gold takes the "shortest
    meaningful form as written", so ``教研员`` for ``每位教研员`` and
    ``听课`` for ``听课评课`` both count.

    Example: ``same_phrase("每位教研员", "教研员")`` → True;
    ``same_phrase(None, "学校")`` → False.
    """
    a, b = _opt(gold), _opt(pred)
    if a is None or b is None:
        return a is b
    if a == b or fuzz.ratio(a, b) >= PHRASE_RATIO_MIN:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= PHRASE_MIN_INSIDE and short in long_


def _number(value: Any) -> float | None:
    """A numeric value as float; bools, blanks and non-numbers give None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value) if math.isfinite(value) else None
    try:
        return float(str(value).strip())
    except ValueError:
        return None


def _same_number(a: Any, b: Any) -> bool:
    x, y = _number(a), _number(b)
    if x is None or y is None:
        return x is None and y is None
    return math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-9)


def _unit(value: Any) -> str | None:
    text = _opt(value)
    return UNIT_ALIASES.get(text, text) if text else None


def _date(value: Any) -> str | None:
    # A prediction may carry a datetime.date; isoformat() and str() agree on it.
    return _opt(value)


def _quota_key(item: Mapping[str, Any]) -> tuple[Any, ...]:
    return (_unit(item.get("unit")), _opt(item.get("period")), _opt(item.get("comparator")))


# --------------------------------------------------------------------------
# One-to-one greedy matching


def _greedy(
    golds: Sequence[Any],
    preds: Sequence[Any],
    candidate: Callable[[Any, Any], tuple[float, float] | None],
) -> list[tuple[int, int, float]]:
    """Pair gold and predicted items one-to-one, best candidate first.

    ``candidate(g, p)`` returns ``(similarity, tiebreak)`` for an admissible
    pair or None. Ties fall back on document order so runs are reproducible.
    """
    scored = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            found = candidate(g, p)
            if found is not None:
                scored.append((-found[0], -found[1], gi, pi, found[0]))
    scored.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, _, gi, pi, sim in scored:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi, sim))
    return sorted(pairs)


def _extractor_score(
    name: str,
    golds: Sequence[Any],
    preds: Sequence[Any],
    matches: list[tuple[int, int, float]],
    judge: Callable[[Any, Any], tuple[tuple[str, bool], ...]],
    attribute_names: Sequence[str],
) -> ExtractorScore:
    pairs = tuple(Pair(golds[gi], preds[pi], sim, judge(golds[gi], preds[pi])) for gi, pi, sim in matches)
    tallies = {attr: Tally() for attr in attribute_names}
    for pair in pairs:
        for attr, ok in pair.attributes:
            tallies[attr] = tallies[attr] + Tally(int(ok), 1)
    matched_g = {gi for gi, _, _ in matches}
    matched_p = {pi for _, pi, _ in matches}
    return ExtractorScore(
        extractor=name,
        counts=Counts(tp=len(pairs), fp=len(preds) - len(matched_p), fn=len(golds) - len(matched_g)),
        attributes=tallies,
        pairs=pairs,
        misses=tuple(g for i, g in enumerate(golds) if i not in matched_g),
        false_hits=tuple(p for i, p in enumerate(preds) if i not in matched_p),
    )


def _items(value: Any) -> list[Any]:
    return list(value) if isinstance(value, (list, tuple)) else []


def _records(value: Any) -> list[Mapping[str, Any]]:
    # A malformed entry (not an object) can match nothing; it stays a false hit.
    return [item if isinstance(item, Mapping) else {"evidence": str(item)} for item in _items(value)]


def score_quotas(gold: Iterable[Mapping[str, Any]], pred: Iterable[Mapping[str, Any]]) -> ExtractorScore:
    """Match predicted quotas to gold quotas and score actor, activity and value_max.

    Example:
        gold ``{"value": 30, "unit": "节", "period": "semester", "comparator": ">=",
        "evidence": "校长每学期至少听课30节", ...}`` matches a prediction with
        value 30.0 and evidence ``每学期至少听课30节``.
    """
    golds, preds = _records(gold), _records(pred)

    def candidate(g: Mapping[str, Any], p: Mapping[str, Any]) -> tuple[float, float] | None:
        if _quota_key(g) != _quota_key(p) or _number(g.get("value")) is None:
            return None
        if not _same_number(g.get("value"), p.get("value")):
            return None
        sim = evidence_similarity(g.get("evidence"), p.get("evidence"))
        if sim < EVIDENCE_MIN:
            return None
        return sim, _tiebreak(g.get("evidence"), p.get("evidence"))

    def judge(g: Mapping[str, Any], p: Mapping[str, Any]) -> tuple[tuple[str, bool], ...]:
        return (
            ("actor", same_phrase(g.get("actor"), p.get("actor"))),
            ("activity", same_phrase(g.get("activity"), p.get("activity"))),
            ("value_max", _same_number(g.get("value_max"), p.get("value_max"))),
        )

    return _extractor_score("quotas", golds, preds, _greedy(golds, preds, candidate), judge, QUOTA_ATTRIBUTES)


def score_deadlines(gold: Iterable[Mapping[str, Any]], pred: Iterable[Mapping[str, Any]]) -> ExtractorScore:
    """Match predicted deadlines to gold ones by evidence and score their dates.

    ``dates`` is right when start and end both agree; ``start``, ``end`` and
    ``kind`` are also reported on their own.

    Example: gold ``2023年上半年`` (2023-01-01..2023-06-30) matched by a
    prediction ``2023年上半年`` with end 2023-06-01 scores start right, end
    and dates wrong.
    """
    golds, preds = _records(gold), _records(pred)

    def candidate(g: Mapping[str, Any], p: Mapping[str, Any]) -> tuple[float, float] | None:
        sim = evidence_similarity(g.get("evidence"), p.get("evidence"))
        if sim < EVIDENCE_MIN:
            return None
        return sim, _tiebreak(g.get("evidence"), p.get("evidence"))

    def judge(g: Mapping[str, Any], p: Mapping[str, Any]) -> tuple[tuple[str, bool], ...]:
        start = _date(g.get("start")) == _date(p.get("start"))
        end = _date(g.get("end")) == _date(p.get("end"))
        return (
            ("dates", start and end),
            ("start", start),
            ("end", end),
            ("kind", _opt(g.get("kind")) == _opt(p.get("kind"))),
        )

    return _extractor_score(
        "deadlines", golds, preds, _greedy(golds, preds, candidate), judge, DEADLINE_ATTRIBUTES
    )


def _body_name(item: Any) -> Any:
    # A converter may hand over BodyMention-like dicts instead of bare names.
    return item.get("name") if isinstance(item, Mapping) else item


def score_bodies(gold: Iterable[Any], pred: Iterable[Any]) -> ExtractorScore:
    """Set precision/recall of body names, one-to-one under :func:`same_body`.

    Predicted names that are identical once whitespace is removed count once
    (the bodies of a document are a set); variants such as 教研部门 and
    市级教研部门 stay two predictions, and only one of them can match.

    Example: gold ``["教研部门"]``, prediction ``["市级教研部门", "教育局"]`` →
    TP 1, FP 1.
    """
    golds = [_body_name(g) for g in _items(gold) if _norm(_body_name(g))]
    preds: list[Any] = []
    seen: set[str] = set()
    for p in map(_body_name, _items(pred)):
        key = _norm(p)
        if key and key not in seen:
            seen.add(key)
            preds.append(p)

    def candidate(g: Any, p: Any) -> tuple[float, float] | None:
        if not same_body(g, p):
            return None
        return float(fuzz.ratio(_norm(g), _norm(p))), 0.0

    return _extractor_score("bodies", golds, preds, _greedy(golds, preds, candidate), lambda g, p: (), ())


def _adcode(meta: Mapping[str, Any]) -> str | None:
    region = meta.get("region")
    if isinstance(region, Mapping):
        return _opt(region.get("adcode"))
    # A bare adcode is unambiguous; a bare name is not and scores as None.
    if isinstance(region, (str, int)) and not isinstance(region, bool) and re.fullmatch(r"\d{6}", str(region)):
        return str(region)
    return None


def score_metadata(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> tuple[FieldResult, ...]:
    """Compare the metadata fields of one document.

    Exact after whitespace removal; the title by ``fuzz.ratio >= 90``; the
    region by adcode. None on both sides is right, None on one side is wrong.

    Example: gold doc_number None and predicted ``"0"`` (a placeholder the
    reader did not drop) → wrong.
    """
    results = []
    for name in METADATA_FIELDS:
        if name == "region":
            g, p = _adcode(gold), _adcode(pred)
            right = g == p
        else:
            g, p = _opt(gold.get(name)), _opt(pred.get(name))
            if g is None or p is None:
                right = g is p
            elif name == "title":
                right = fuzz.ratio(g, p) >= TITLE_RATIO_MIN
            else:
                right = g == p
        results.append(FieldResult(name, g, p, right))
    return tuple(results)


def _section(data: Mapping[str, Any], key: str) -> Any:
    return data.get(key) if isinstance(data, Mapping) else None


def score_document(gold: dict, pred: dict | None) -> DocumentScore:
    """Score one document's prediction against its gold file.

    A missing prediction (None) is scored as an empty one: recall 0, and
    metadata right only where the gold itself is None.

    Example:
        ``score_document(gold, gold).quotas.counts.f1`` → 1.0 for any gold file.
    """
    predicted = pred is not None
    pred = pred if isinstance(pred, Mapping) else {}
    meta_g = _section(gold, "metadata")
    meta_p = _section(pred, "metadata")
    return DocumentScore(
        doc=str(gold.get("doc", "")),
        quotas=score_quotas(_section(gold, "quotas") or [], _section(pred, "quotas") or []),
        deadlines=score_deadlines(_section(gold, "deadlines") or [], _section(pred, "deadlines") or []),
        bodies=score_bodies(_section(gold, "bodies") or [], _section(pred, "bodies") or []),
        metadata=score_metadata(
            meta_g if isinstance(meta_g, Mapping) else {}, meta_p if isinstance(meta_p, Mapping) else {}
        ),
        predicted=predicted,
    )


def _doc_key(key: str) -> str:
    # Predictions may be keyed by path (corpus/000_….txt); gold files by file name.
    return Path(str(key)).name


def score_corpus(golds: Mapping[str, dict], preds: Mapping[str, dict]) -> Report:
    """Score every gold document and sum TP/FP/FN over the corpus (micro averages).

    Keys are document file names; a prediction keyed by a path is matched on
    its file name. Gold documents without a prediction are scored as empty;
    predictions without a gold file are listed in ``Report.unscored``.

    Example:
        ``score_corpus(load_gold(Path("gold")), preds).extractors["quotas"].counts.f1``
    """
    pred_by_name = {_doc_key(k): v for k, v in preds.items()}
    gold_by_name = {_doc_key(k): v for k, v in golds.items()}
    documents = []
    for name in sorted(gold_by_name):
        gold = dict(gold_by_name[name])
        gold.setdefault("doc", name)
        documents.append(score_document(gold, pred_by_name.get(name)))

    unscored = tuple(sorted(set(pred_by_name) - set(gold_by_name)))
    return summarise(documents, unscored)


def summarise(documents: Sequence[DocumentScore], unscored: tuple[str, ...] = ()) -> Report:
    """Sum document scores into a report (micro averages) with the targets measured on the sum.

    Also what a benchmark uses to score a subset of a corpus's documents.

    Example: ``summarise([d for d in report.documents if d.doc.startswith("00")])``.
    """
    extractors: dict[str, ExtractorScore] = {}
    for ext in EXTRACTORS:
        counts = Counts()
        tallies: dict[str, Tally] = {}
        for doc in documents:
            score = doc.extractor(ext)
            counts = counts + score.counts
            for attr, tally in score.attributes.items():
                tallies[attr] = tallies.get(attr, Tally()) + tally
        extractors[ext] = ExtractorScore(ext, counts, tallies)

    metadata = {name: Tally() for name in METADATA_FIELDS}
    for doc in documents:
        for res in doc.metadata:
            metadata[res.field] = metadata[res.field] + Tally(int(res.right), 1)

    targets = tuple(TargetResult(t, _measure(t, extractors, metadata)) for t in load_targets())
    return Report(tuple(documents), extractors, metadata, targets, unscored)


def _measure(target: Target, extractors: Mapping[str, ExtractorScore], metadata: Mapping[str, Tally]) -> float | None:
    if target.scope == "metadata":
        tally = metadata.get(target.measure)
        return tally.accuracy if tally else None
    score = extractors[target.scope]
    if target.measure == "f1":
        return score.counts.f1
    return score.accuracy(target.measure)


# --------------------------------------------------------------------------
# Output


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def describe(extractor: str, item: Any) -> str:
    """One line for a gold or predicted item, for --verbose listings.

    Example: a quota → ``校长每学期至少听课30节  [校长 | 听课 | semester >= 30 节]``.
    """
    if extractor == "bodies" or not isinstance(item, Mapping):
        return str(item)
    if extractor == "quotas":
        value = item.get("value")
        if item.get("comparator") == "range":
            value = f"{value}..{item.get('value_max')}"
        return (
            f"{item.get('evidence')}  [{item.get('actor')} | {item.get('activity')} | "
            f"{item.get('period')} {item.get('comparator')} {value} {item.get('unit')}]"
        )
    return f"{item.get('evidence')}  [{item.get('kind')} {item.get('start')}..{item.get('end')}]"


def format_report(report: Report, verbose: bool = False) -> str:
    """Render a report as a compact text table; ``verbose`` adds per-document misses.

    Example (abridged)::

        extractor     P      R      F1    TP  FP  FN  on matched pairs
        quotas      0.913  0.875  0.894   35   3   5  actor 0.886  activity 0.829 ...
    """
    lines = [
        f"policykb eval: {len(report.documents)} gold documents"
        + (f", {len(report.missing)} without prediction" if report.missing else ""),
        "",
        f"{'extractor':<10} {'P':>6} {'R':>6} {'F1':>6} {'TP':>4} {'FP':>4} {'FN':>4}  on matched pairs",
    ]
    for name in EXTRACTORS:
        score = report.extractors[name]
        c = score.counts
        attrs = "  ".join(f"{a} {_fmt(t.accuracy)}" for a, t in score.attributes.items())
        lines.append(
            f"{name:<10} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.tp:4d} {c.fp:4d} {c.fn:4d}  {attrs}".rstrip()
        )
    lines.append("")
    lines.append(
        "metadata   "
        + "  ".join(f"{n} {_fmt(t.accuracy)} ({t.right}/{t.total})" for n, t in report.metadata.items())
    )
    lines.append("")
    lines.append("targets")
    for res in report.targets:
        mark = "met" if res.met else "NOT MET"
        lines.append(f"  {res.target.label:<22} >= {res.target.threshold:.2f}  {_fmt(res.value):>6}  {mark}")
    met = sum(r.met for r in report.targets)
    lines.append(f"  {met}/{len(report.targets)} targets met")
    if report.missing:
        lines.append("")
        lines.append("no prediction for: " + ", ".join(report.missing))
    if report.unscored:
        lines.append("no gold file for (not scored): " + ", ".join(report.unscored))
    if verbose:
        lines.extend(_verbose_lines(report))
    return "\n".join(lines)


def _verbose_lines(report: Report) -> list[str]:
    lines: list[str] = []
    for doc in report.documents:
        lines.append("")
        head = f"== {doc.doc}"
        per = "  ".join(
            f"{n} P {doc.extractor(n).counts.precision:.2f} R {doc.extractor(n).counts.recall:.2f}"
            for n in EXTRACTORS
        )
        lines.append(f"{head}  {per}" + ("" if doc.predicted else "  (no prediction)"))
        for name in EXTRACTORS:
            score = doc.extractor(name)
            for item in score.misses:
                lines.append(f"  {name:<9} miss   {describe(name, item)}")
            for item in score.false_hits:
                lines.append(f"  {name:<9} false  {describe(name, item)}")
            for pair in score.pairs:
                if pair.wrong:
                    lines.append(f"  {name:<9} wrong  {', '.join(pair.wrong)}: gold {describe(name, pair.gold)}")
                    lines.append(f"  {'':<9}        pred {describe(name, pair.pred)}")
        for res in doc.metadata:
            if not res.right:
                lines.append(f"  metadata  {res.field}: gold {res.gold!r}, pred {res.pred!r}")
    return lines


def _counts_json(counts: Counts) -> dict[str, Any]:
    return {
        "tp": counts.tp,
        "fp": counts.fp,
        "fn": counts.fn,
        "precision": counts.precision,
        "recall": counts.recall,
        "f1": counts.f1,
    }


def _tally_json(tally: Tally) -> dict[str, Any]:
    return {"right": tally.right, "total": tally.total, "accuracy": tally.accuracy}


def _jsonable(item: Any) -> Any:
    # Predictions may carry dates or tuples; --json must never fail on them.
    return json.loads(json.dumps(item, ensure_ascii=False, default=str))


def report_to_json(report: Report) -> dict:
    """A JSON-ready dict of the whole report (for ``policykb eval --json``).

    Example: ``report_to_json(r)["extractors"]["quotas"]["f1"]`` → 0.894.
    """
    documents = []
    for doc in report.documents:
        per: dict[str, Any] = {}
        for name in EXTRACTORS:
            score = doc.extractor(name)
            per[name] = {
                **_counts_json(score.counts),
                "attributes": {a: _tally_json(t) for a, t in score.attributes.items()},
                "misses": _jsonable(list(score.misses)),
                "false_hits": _jsonable(list(score.false_hits)),
                "wrong": [
                    {"gold": _jsonable(p.gold), "pred": _jsonable(p.pred), "attributes": list(p.wrong)}
                    for p in score.pairs
                    if p.wrong
                ],
            }
        documents.append(
            {
                "doc": doc.doc,
                "predicted": doc.predicted,
                **per,
                "metadata": {r.field: {"gold": r.gold, "pred": r.pred, "right": r.right} for r in doc.metadata},
            }
        )
    return {
        "documents": len(report.documents),
        "missing": list(report.missing),
        "unscored": list(report.unscored),
        "extractors": {
            name: {
                **_counts_json(score.counts),
                "attributes": {a: _tally_json(t) for a, t in score.attributes.items()},
            }
            for name, score in report.extractors.items()
        },
        "metadata": {name: _tally_json(t) for name, t in report.metadata.items()},
        "targets": [
            {
                "scope": r.target.scope,
                "measure": r.target.measure,
                "label": r.target.label,
                "threshold": r.target.threshold,
                "value": r.value,
                "met": r.met,
            }
            for r in report.targets
        ],
        "per_document": documents,
    }


class GoldSourceMissing(PolicyKBError):
    """A gold file's notice is in none of the source folders."""


def run(gold_dir: Path, sources: Sequence[Path]) -> Report:
    """Build the notices of ``gold_dir``'s gold files into a temporary database and score what it holds.

    Each gold file names its notice; the notice is looked up in ``sources``
    in order. Scoring the database, not the extractors' return values,
    measures the whole pipeline, storage included; so also the corpus pass of
    every build (``store.settle_regions``): a town school's notice whose town
    several counties share is settled by the other notices scored with it, as
    a build of that folder would settle it.

    Example: ``run(Path("../shared/gold"), [Path("corpus")]).targets`` → the
    eleven targets with their measured values.
    """
    import shutil
    import tempfile

    from .build import build
    from .predictions import predictions
    from .store import open_db

    golds = load_gold(gold_dir)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "gold-corpus"
        root.mkdir()
        for name in golds:
            found = next((d / name for d in sources if (d / name).is_file()), None)
            if found is None:
                raise GoldSourceMissing(
                    f"{name}: source of the gold file not found in {', '.join(map(str, sources))}; pass --sources DIR"
                )
            shutil.copy2(found, root / name)
        db = open_db(Path(tmp) / "eval.db")
        try:
            build(root, db)
            preds = predictions(db)
        finally:
            db.close()
    return score_corpus(golds, preds)
