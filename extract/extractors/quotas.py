"""Quotas: numeric or countable requirements (每学期至少听课30节, 不少于72课时, 1到2所, 85%以上).

A quota is found from its numeral and measure word ("30节", "一次", "1到2所",
"百分之三十"), then read from the clause around it: the comparator (至少,
不少于, 以上 …), the period (每学期, 每年 …), the actor heading the clause or
the sentence, and the activity counted. All words, patterns and exclusions
live in ``schema/lexicons/quotas.yml``, ``roles.yml`` and ``activities.yml``.

Example:
    >>> from extract.types import Context, Provision
    >>> s = "校长每学期至少听课30节，业务副校长和教导主任每学期听课至少40节。"
    >>> [(q.actor, q.value, q.unit) for q in extract_quotas(s, Provision(0, None, s, 0, len(s)), Context())]
    [('校长', 30.0, '节'), ('业务副校长和教导主任', 40.0, '节')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import Any, NamedTuple

from ..errors import ConfigError
from ..lexicons import alternation, load
from ..zh import (
    AR_NUMERAL, CJK, CLAUSE_BREAK, CN_DIGITS, CN_NUMERAL, NUMERAL, clause_spans, inside_marks, marker_kinds,
    PHRASE_BREAKS, ocr_marker_alternation, to_halfwidth, to_number, word_set,
)
from ..types import Context, Provision, Quota
from .base import AnyDoc, per_provision
from .bodies import division_suffix_pattern
from .triggers import Trigger

# Every language fact of this module is in schema/lexicons/quotas.yml (words,
# patterns, and the rules whose ids the rows keep); the code only compiles them.
# Exclusion ids, named where the code applies them (each is a rule of quotas.yml):
FIXED_PHRASE, FREQUENCY_PREFIX, INSIDE_NUMBER = "quota.not.fixed_phrase", "quota.not.frequency_prefix", "quota.not.inside_number"
BEFORE_NUMERAL, BEFORE_CHINESE, FORMULA = "quota.not.before_numeral", "quota.not.before_chinese", "quota.not.formula"
# Kind rules the code tells apart by the groups of their patterns:
FREQUENCY, PERCENT, FRACTION, RANGE_UNITS = "quota.frequency", "quota.percent", "quota.fraction", "quota.range_units"
TENTHS, CAP_NEGATION, PRINT_RUN, RATIO = "quota.tenths", "quota.cap_negation", "quota.not.print_run", "quota.ratio"
EACH_POINT, GRADE_RANGE, GRADE_CAP = "quota.each_point", "quota.grade_range", "quota.grade_cap"
UNIT_IN_WORD, CYCLE, YI_LABEL = "quota.not.unit_in_word", "quota.not.cycle", "quota.not.yi_label"
CALENDAR_YEAR, DIGIT_CODE, QUOTED = "quota.not.calendar_year", "quota.not.digit_code", "quota.not.quoted"
DESCRIPTIVE, GROUP_DEFINITION, CONDITION = "quota.not.descriptive", "quota.not.group_definition", "quota.not.condition"
REPORT = "quota.not.report"
CONVERSION, PER_UNIT, PAST_TOTAL = "quota.not.conversion", "quota.not.per_unit", "quota.not.past_total"
RECURRING_CYCLE, BARE_DURATION, ENUMERATION = "quota.not.recurring_cycle", "quota.not.bare_duration", "quota.not.enumeration"
HALF, TERM, CLOCK_MINUTE = "quota.half", "quota.term", "quota.not.clock_minute"
CLOCK_RATIO = "quota.not.clock_ratio"
LOOSER_CAP = "quota.not.looser_cap"
HALF_SPAN = "quota.half_span"
COEFFICIENT = "quota.coefficient"
# the one candidate that opens with no numeral: 半 of 不少于半天 (quota.half_span)
_HALF = "半"
SCALE, SIZE_THRESHOLD = "quota.not.scale", "quota.not.size_threshold"
SHORTFALL_GROUP = "quota.not.shortfall_group"
TENURE_EXEMPTION = "quota.not.tenure_exemption"
EXCEED_TRIGGER = "quota.not.exceed_trigger"
GRADE_COUNT = "quota.not.grade_count"
PROJECT_AGE = "quota.not.project_age"
LEAD_TIME = "quota.not.lead_time"
RATIO_BASE, DIMENSION = "quota.not.ratio_base", "quota.not.dimension"
FROM_VALUE, UNIT_AGE = "quota.not.from_value", "quota.not.unit_age_exemption"
DEDUCTION_STEP = "quota.not.deduction_step"
CLASS_LABEL = "quota.not.class_label"
REFERENCE_AMOUNT = "quota.not.reference_amount"
MULTIPLE_BASE = "quota.not.multiple_base"
PAST_YEAR = "quota.not.past_year"

# Grades listed by their numerals before one 年级 ("一、二年级", "小学1、2、3年级"): one band of grades.
_GRADE_NUMERAL = "[一二三四五六七八九十]|[1-9]"
_GRADE_LIST_TAIL = rf"(?:{_GRADE_NUMERAL})(?:[、和及](?:{_GRADE_NUMERAL}))*年级"
_GRADE_LIST = re.compile(rf"({_GRADE_NUMERAL})(?:[、和及](?:{_GRADE_NUMERAL}))+(?=年级)")

CASE = "quota.not.case"
DATE_DAY = "quota.not.date"
SPAN_WEEKS = "quota.not.span_weeks"
CLASS_RATIO_STAFF = "quota.not.class_ratio_staff"
STREAK = "quota.not.streak"
PAGE_COUNTER = "quota.not.page_counter"
ALTERNATIVE = "quota.not.alternative"
ORDINAL_LIST = "quota.not.ordinal_list"
LISTED_COUNT = "quota.not.listed_count"
_LIST_NUMBER = re.compile(r"[\s　]*(\d{1,2})[.．](?=\d)")
_LIST_ITEM = re.compile(r"[^、，,；;。）)]*")
_TRAILING_PAREN = re.compile(r"[（(][^()（）]*[)）]$")


@dataclass(frozen=True, eq=False)
class _Lexicon:
    """The compiled form of the three YAML lexicons.

    Hashed by identity (there is one per process), so that functions of a
    phrase and the lexicon can be memoised with lru_cache.
    """

    hit_re: re.Pattern[str]
    freq_re: re.Pattern[str]
    unit_kind: dict[str, str]
    unit_rule: dict[str, str]  # measure word -> the id of its kind rule
    money_units: frozenset[str]
    scaled: dict[str, str]  # 万 -> 万元
    share_units: frozenset[str]
    not_after: dict[str, tuple[str, ...]]
    not_before_any: tuple[str, ...]
    not_before_kept: dict[str, frozenset[str]]
    not_before_unless_re: re.Pattern[str]  # 每5至6个教学班配备1名: a range of classes per staff member is the quota
    not_before_cn: tuple[str, ...]
    not_before_yi: tuple[str, ...]
    not_quotas_re: re.Pattern[str]
    freq_not_after: tuple[str, ...]
    freq_not_acts: tuple[str, ...]
    breakdown_words: tuple[str, ...]  # 其中: a count split into the groups it is made of
    within_words: tuple[str, ...]  # 中: "核心成员中…"
    breakdown_sentence_words: tuple[str, ...]  # 其中 opening a sentence: parts of the sentence before
    sentence_ends: tuple[str, ...]  # 。: the previous provision is a sentence of the same paragraph
    breakdown_units: frozenset[str]  # counts of people or units a breakdown splits
    procedures: tuple[str, ...]  # 公示: its duration names no actor
    agent_markers: tuple[str, ...]  # 由: names who acts inside the clause
    formula: tuple[str, ...]
    yi_slogan_re: re.Pattern[str]
    unit_digits_re: re.Pattern[str]
    year_units: frozenset[str]
    enum_nouns: tuple[str, ...]
    target_verbs: tuple[str, ...]
    cmp_before_re: re.Pattern[str]
    cmp_before: dict[str, str]
    cmp_after: tuple[tuple[str, str], ...]
    # cmp_after as one regex (longest word first, as the tuple) and each word's first comparator
    cmp_after_re: re.Pattern[str]
    cmp_after_of: dict[str, str]
    cmp_adjacent: dict[str, str]
    # an adjacent word that ends a longer word after these (期限, 年限): no comparator there
    cmp_adjacent_not_after: dict[str, tuple[str, ...]]
    period_re: re.Pattern[str]
    # a character either period regex can start with: without one, no period
    period_start_re: re.Pattern[str]
    period_of: dict[str, str]
    period_not_before: dict[str, tuple[str, ...]]
    period_not_before_opening: dict[str, tuple[str, ...]]  # only where the word opens the provision
    period_not_after: tuple[str, ...]
    period_not_after_word: dict[str, tuple[str, ...]]  # per word: what before it makes it no period
    multi_period_re: re.Pattern[str]
    multi_every_re: re.Pattern[str]
    # 本学期 next to 每位/每名 + a person, or right after a person: that person's count this term
    # (group "p", "q" or "r": the period words)
    each_this_term_re: re.Pattern[str]
    per_year: dict[str, float | None]
    freq_period_of: dict[str, str]
    descriptive_re: re.Pattern[str]
    target_re: re.Pattern[str]
    measure_nouns: tuple[str, ...]
    carrier_verbs: tuple[str, ...]
    function_words: tuple[str, ...]
    period_lead_words: tuple[str, ...]
    keep_words: tuple[str, ...]
    activity_stop_re: re.Pattern[str]
    level_open_re: re.Pattern[str]
    activity_suffixes: tuple[str, ...]
    actor_head_re: re.Pattern[str]
    evidence_head_re: re.Pattern[str]
    period_head_re: re.Pattern[str]
    role_re: re.Pattern[str]
    actor_re: re.Pattern[str]
    role_of: dict[str, str]
    role_terms: tuple[str, ...]
    term_re: re.Pattern[str]
    pronouns: frozenset[str]
    pronoun_re: re.Pattern[str]
    group_roles: frozenset[str]
    non_person_roles: frozenset[str]
    own_clause_roles: frozenset[str]  # roles that head only their own clause, never the ones after
    count_measures: tuple[str, ...]
    sanction_words: tuple[str, ...]
    noun_heads: tuple[str, ...]
    activities: tuple[tuple[str, tuple[str, ...], frozenset[str] | None], ...]
    # the same, each key's words as one regex: a search is "any word in it"
    activity_res: tuple[tuple[str, re.Pattern[str], frozenset[str] | None], ...]
    activity_by_unit: dict[str, str]
    marker_re: re.Pattern[str]
    item_re: re.Pattern[str]
    article_re: re.Pattern[str]
    span_re: re.Pattern[str]
    default_periods: tuple[tuple[str, str], ...]
    org_role: tuple[tuple[str, str], ...]
    division_re: re.Pattern[str]
    duty_heading_re: re.Pattern[str]
    object_markers: tuple[str, ...]
    marker_kinds: tuple[tuple[str, re.Pattern[str]], ...]
    prepositions: tuple[str, ...]
    topic_prefix_re: re.Pattern[str]
    # "any of these words in s[a:b]" as one search(s, a, b) each, without slicing
    occasion_re: re.Pattern[str]
    occasion_span_re: re.Pattern[str]
    occasion_span_units: frozenset[str]
    period_nouns: frozenset[str]
    conversion_re: re.Pattern[str]
    unit_rate_re: re.Pattern[str]
    conversion_units: frozenset[str]
    sanction_re: re.Pattern[str]
    sanction_judged_re: re.Pattern[str]  # the thing judged between 的 and a sanction (学校, 食堂)
    restatement_words: tuple[str, ...]
    per_unit_re: re.Pattern[str]
    past_total_re: re.Pattern[str]
    modal_re: re.Pattern[str]
    condition_units: frozenset[str]
    share_of_re: re.Pattern[str]
    tally_words: frozenset[str]
    cycle_units: frozenset[str]
    span_units: frozenset[str]
    term_length_re: re.Pattern[str]
    programme_span_units: frozenset[str]  # 为期一年: the length of a programme, a deadline
    programme_span_re: re.Pattern[str]
    experience_re: re.Pattern[str]
    cut_re: re.Pattern[str]
    year_lead_re: re.Pattern[str]
    rate_after_role_re: re.Pattern[str]  # 到会率 right after a role: a rate of that group
    activity_adjunct_re: re.Pattern[str]  # 经…审核后, 在…网站: where and after what, not what
    every: str
    one: str
    attributive: str
    separators: tuple[str, ...]
    conjunctions: tuple[str, ...]
    joiners_re: re.Pattern[str]
    list_cut_words: tuple[str, ...]
    alternatives: tuple[str, ...]
    unit_nouns: dict[str, str]
    frequency_unit: str
    print_run: tuple[str, ...]
    cap_words_re: re.Pattern[str]
    cap_exceed_re: re.Pattern[str]
    look_back_re: re.Pattern[str]
    verb_scope_re: re.Pattern[str]
    large_scale_re: re.Pattern[str]
    intro_actor_re: re.Pattern[str]
    intro_count_words: tuple[str, ...]
    ratio_unit: str
    ratio_to_one_unit: str  # N∶1: N of the first per one of the second
    ratio_nouns: tuple[str, ...]
    within_re: re.Pattern[str]
    within_of: dict[str, str]
    percent_unit: str
    subject_before_period_re: re.Pattern[str]  # 市级送教团队 before 每学期: an unlisted subject
    subject_period_openers: tuple[str, ...]  # 每, 同一: a period word that makes the words before it a subject
    subject_not_openers: tuple[str, ...]  # 对, 组织, 确保 …: the words before the period are no subject
    occasion_duration_units: frozenset[str]  # 每次活动时间不少于1课时: a property of the occasion
    occasion_span_words_t: tuple[str, ...]  # 时间, 时长 (occasion_span_words)
    subject_skip_words: tuple[str, ...]  # 倡导: the people after it stay the subject
    share_after_role_re: re.Pattern[str]  # 骨干教师占…比例, 家长对…满意度: no actor
    credit_verbs: tuple[str, ...]  # 认定, 计算: hours credited name no actor
    credit_units: frozenset[str]
    subject_modal_re: re.Pattern[str]  # 要, 应, 须: the words before may be a subject
    subject_serving_re: re.Pattern[str]  # 为每: the words before provide for each of a group
    allocation_words: tuple[str, ...]  # 按照, 按: a body setting an amount by a standard
    allocation_max_gap: int
    half_value: float  # 一半 (quota.half)
    clock_units: frozenset[str]  # 分 of 8时30分 (quota.not.clock_minute)
    clock_marks: tuple[str, ...]
    clock_after: dict[str, tuple[str, ...]]
    scale_units: frozenset[str]  # 满分100分 (quota.not.scale)
    scale_words: tuple[str, ...]
    size_units: frozenset[str]  # 1000人以上的学校 (quota.not.size_threshold)
    size_re: re.Pattern[str]
    class_label_units: frozenset[str]  # 56人以上大班额 (quota.not.class_label)
    class_label_re: re.Pattern[str]
    reference_units: frozenset[str]  # 平时一天的作业量 (quota.not.reference_amount)
    reference_words: tuple[str, ...]
    reference_after_re: re.Pattern[str]
    multiple_base_units: frozenset[str]  # 平时一天作业量的两倍 (quota.not.multiple_base)
    multiple_base_words: tuple[str, ...]
    multiple_base_after_re: re.Pattern[str]
    shortfall_units: frozenset[str]  # 不足3人的学科 (quota.not.shortfall_group)
    shortfall_words: tuple[str, ...]
    shortfall_after_re: re.Pattern[str]
    shortfall_re: re.Pattern[str]  # the whole group: 不足 + numeral + measure word + 的
    before_cn_verbs: tuple[str, ...]  # 更新一次: a verb ending in 新 (quota.not.before_chinese until)
    once_duty_re: re.Pattern[str]  # 进行一次, 完成一轮: one occasion of a duty, never an enumeration
    half_span_value: float  # 半天 (quota.half_span)
    coefficient_unit: str  # 难度系数不低于0.75 (quota.coefficient)
    ratio_cue_re: re.Pattern[str]  # 师生比不低于 before "1:15": a colon pair is a ratio, not a clock time
    ratio_cue_after: re.Pattern[str]  # "1:3的比例", "1:1.2配备", "1:7的教职工与幼儿比"


def _any_word_re(words: Iterable[str]) -> re.Pattern[str]:
    """A regex that finds any of ``words`` (none: never matches)."""
    words = list(words)
    if not all(words):
        raise ValueError("an empty word would match everywhere")
    return re.compile(alternation(words) if words else "(?!)")


def _need(node: dict[str, Any], key: str, where: str) -> Any:
    """``node[key]``, or a ConfigError naming what is missing (a misspelt key must not switch a rule off)."""
    if not isinstance(node, dict) or key not in node:
        raise ConfigError(f"quotas.yml: {where} lacks {key!r}")
    return node[key]


def _fill(pattern: str, subs: dict[str, str]) -> str:
    """``pattern`` with each ``{{name}}`` replaced by ``subs[name]``."""
    def one(m: re.Match[str]) -> str:
        if m.group(1) not in subs:
            raise ConfigError(f"quotas.yml: pattern {pattern!r} names {{{{{m.group(1)}}}}}, which is not known")
        return subs[m.group(1)]
    return re.sub(r"\{\{([\w:]+)\}\}", one, pattern)


class _Rules:
    """The rule entries of quotas.yml by id; a missing rule or field is a ConfigError."""

    def __init__(self, entries: list[dict[str, Any]]) -> None:
        self.by_id = {e["id"]: e for e in entries}
        self.entries = entries

    def get(self, rid: str, field: str) -> Any:
        return _need(_need(self.by_id, rid, "rules"), field, f"rule {rid}")

    def words(self, rid: str, field: str = "words") -> tuple[str, ...]:
        return tuple(self.get(rid, field) or ())


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    """Compile the lexicons once per process."""
    q: dict[str, Any] = load("quotas")
    roles: dict[str, Any] = load("roles")
    acts: dict[str, Any] = load("activities")
    bodies: dict[str, Any] = load("bodies")
    rules = _Rules(q["rules"])
    pats: dict[str, str] = q["patterns"]
    marks: dict[str, Any] = q["marks"]

    def pat(name: str) -> str:
        return _need(pats, name, "patterns")  # type: ignore[no-any-return]

    def mark(name: str) -> Any:
        return _need(marks, name, "marks")

    kind_rules = [e for e in q["rules"] if e["family"] == "kind"]
    unit_kind = {u: e["kind"] for e in kind_rules if "kind" in e for u in e["units"]}
    unit_rule = {u: e["id"] for e in kind_rules if "kind" in e for u in e["units"]}
    money = [e for e in kind_rules if e.get("kind") == "money"]
    scaled = {k: v for e in money for k, v in (e.get("scaled") or {}).items()}
    unit_rule.update({v: e["id"] for e in money for v in (e.get("scaled") or {}).values()})
    freq_period_of = {w: p for p, words in q["frequency_periods"].items() for w in words}
    subs = {
        "NUMERAL": NUMERAL, "CN_NUMERAL": CN_NUMERAL, "AR_NUMERAL": AR_NUMERAL, "CN_DIGITS": CN_DIGITS,
        "separators": alternation(q["range_separators"]),
        "approx_more": alternation(q["comparators"]["approx_more"]),
        "units": alternation(unit_kind),
        "units:count": alternation(u for u, k in unit_kind.items() if k in ("count", "money")),
        "units:range": alternation(u for u, k in unit_kind.items() if k in ("count", "money", "share")),
        "periods": alternation(freq_period_of),
        "multi_period_units": alternation(q["multi_period_units"]),
        "multi_period_after": alternation(q["multi_period_after"]),
    }
    # Every branch opens with a digit or a Chinese numeral (百 of 百分之 is one):
    # the lookahead lets the regex engine reject every other position at once.
    branches = [e for e in kind_rules if "pattern" in e and e["id"] != "quota.frequency"]
    hit_re = re.compile(
        rf"(?=[\d{CN_DIGITS}{_HALF}])(?:{'|'.join([*(_fill(e['pattern'], subs) for e in branches), _fill(pat('measure'), subs)])})"
    )
    freq_re = re.compile(_fill(rules.get(FREQUENCY, "pattern"), subs))

    cmp_before = {w: c for c, words in q["comparators"]["before"].items() for w in words}
    cmp_after = tuple(
        sorted(
            ((w, c) for c, words in q["comparators"]["after"].items() for w in words),
            key=lambda wc: len(wc[0]),
            reverse=True,
        )
    )
    cmp_adjacent = {w: c for c, words in q["comparators"]["adjacent"].items() for w in words}

    period_of = {w: p for p, words in q["periods"].items() for w in words}
    multi_firsts = pat("multi_firsts")
    # the leading lookaheads name every branch's first character (as hit_re's):
    # the engine rejects other positions in one step instead of trying each branch
    period_firsts = re.escape("".join(sorted({w[0] for w in period_of})))
    multi_period_re = re.compile(rf"(?=[{multi_firsts}])(?:{_fill(pat('multi_period'), subs)})")
    conjunctions = tuple(mark("conjunctions"))
    separators = tuple(mark("list_separators"))

    terms = [t for ts in roles["roles"].values() for t in ts]
    role_of = {t: r for r, ts in roles["roles"].items() for t in ts}
    paren = rf"(?:[（(][{CJK}、]{{1,5}}[)）])?"
    pronouns = rf"(?:{alternation(roles['pronouns'])})(?![{CJK}]{{0,4}}(?:{alternation(terms)}))"
    qualifiers = "|".join([alternation(roles["qualifiers"]), *roles["qualifier_patterns"]])
    orgs = roles["organisations"]
    org_role = tuple(
        sorted(((e, r) for r, es in orgs["endings"].items() for e in es), key=lambda er: len(er[0]), reverse=True)
    )
    # a level word, a few words of name, an organ ending: 市教育和体育局; 由 ends the name, the organ
    # named after it acts ("省级培训项目由省教师培训中心…" is no organ of its own)
    org = (
        rf"(?:{alternation(orgs['levels'])}){pat('org_after_level')}(?:(?!由)[{CJK}]){{1,{int(orgs['max_inner'])}}}?"
        rf"(?:{alternation(e for e, _ in org_role)})"
    )
    # a term of period_only_terms is one only with a 每-period of the periods lexicon right after it
    # and no measure noun right after that (家庭每天… but 家庭作业…; 食堂每学期… but 食堂每餐次的每种食品…, a per-meal
    # amount, and 食堂每学期结余…, the accounts measured)
    period_only = set(roles.get("period_only_terms") or ())
    every_period = rf"(?:{alternation(w for w in period_of if w.startswith('每'))})(?!{alternation(q['measure_nouns'])})"
    # a term may not end inside a word that follows it (term_not_before: the 生 of 生均 in 中小学生均图书)
    guards = roles.get("term_not_before") or {}
    plain = sorted({t for t in terms if t not in period_only}, key=len, reverse=True)
    term_alt = "|".join([*(re.escape(t) + (f"(?!{guards[t[-1]]})" if t[-1] in guards else "") for t in plain),
                         *(rf"{re.escape(t)}(?={every_period})" for t in sorted(period_only, key=len, reverse=True))])
    # an organ named by the people it serves (省教师培训中心, 省中小学教师发展中心): read before the
    # shorter role its name starts with (省教师), which would leave 培训中心 as a noun; only people name
    # such an organ (a division after its bureau, 市教育局教研室, is read as the division)
    non_person = set(roles.get("non_person_roles") or ())
    people = [t for t in plain if role_of[t] not in non_person]
    org_by_role = (
        rf"(?:{alternation(orgs['levels'])}){pat('org_after_level')}(?:{qualifiers})*(?:{alternation(people)})"
        rf"(?:{alternation(e for e, _ in org_role)})"
    )
    one_role = (
        rf"(?:{alternation(roles['distributive'])})?(?:{org_by_role}|(?:{qualifiers})*(?:{term_alt})|{org}){paren}"
    )
    role_re = re.compile(one_role)
    actor_re = re.compile(rf"{pronouns}|{one_role}(?:(?:{alternation(conjunctions + separators)}){one_role})*")
    period_words = alternation(period_of)
    subs["periods"] = period_words

    # heading and list markers, as the segmenter knows them (headings.yml)
    kinds = marker_kinds()
    # and the enumerators in front of a clause (一是, 二是: clause_markers of headings.yml), so that
    # "二是教导处每月抽查各班作业1次" is headed by 教导处
    marker_alts = [*kinds.values(), *load("headings")["clause_markers"], ocr_marker_alternation()]
    item_alts = [marker for k, marker in kinds.items() if k not in ("chapter", "article")]

    activities = []
    for key, spec in acts["activities"].items():
        if isinstance(spec, dict):
            activities.append((key, tuple(spec["words"]), frozenset(spec.get("units") or ())))
        else:
            activities.append((key, tuple(spec), None))

    return _Lexicon(
        hit_re=hit_re,
        freq_re=freq_re,
        unit_kind=unit_kind,
        unit_rule=unit_rule,
        money_units=frozenset(u for u, k in unit_kind.items() if k == "money") | frozenset(scaled.values()),
        scaled=scaled,
        share_units=frozenset(to_halfwidth(u) for u, k in unit_kind.items() if k == "share"),
        not_after={u: tuple(v or ()) for u, v in rules.get(UNIT_IN_WORD, "after_unit").items()},
        not_before_any=rules.words(BEFORE_NUMERAL),
        not_before_kept={w: frozenset(u) for w, u in (rules.get(BEFORE_NUMERAL, "kept") or {}).items()},
        not_before_unless_re=re.compile(rules.get(BEFORE_NUMERAL, "unless") or "(?!)"),
        not_before_cn=rules.words(BEFORE_CHINESE),
        not_before_yi=rules.words(ENUMERATION, "doubt"),
        not_quotas_re=re.compile(alternation(rules.words(FIXED_PHRASE))),
        freq_not_after=rules.words(FREQUENCY_PREFIX),
        freq_not_acts=tuple(mark("frequency_not_acts")),
        breakdown_words=tuple(mark("breakdown")),
        within_words=tuple(mark("within")),
        breakdown_sentence_words=tuple(mark("breakdown_sentence")),
        sentence_ends=tuple(mark("sentence_ends")),
        breakdown_units=frozenset(mark("breakdown_units")),
        procedures=tuple(mark("procedures")),
        agent_markers=tuple(mark("agent_markers")),
        formula=rules.words(FORMULA),
        yi_slogan_re=re.compile(rules.get(YI_LABEL, "pattern")),
        unit_digits_re=re.compile(pat("unit_digits")),
        year_units=frozenset(rules.words(CALENDAR_YEAR, "units")),
        enum_nouns=rules.words(ENUMERATION),
        target_verbs=tuple(sorted(rules.words(ENUMERATION, "until"), key=len, reverse=True)),
        cmp_before_re=re.compile(alternation(cmp_before)),
        cmp_before=cmp_before,
        cmp_after=cmp_after,
        cmp_after_re=re.compile(alternation(w for w, _ in cmp_after) if cmp_after else "(?!)"),
        cmp_after_of={w: c for w, c in reversed(cmp_after)},
        cmp_adjacent=cmp_adjacent,
        cmp_adjacent_not_after={w: tuple(v) for w, v in (q["comparators"].get("adjacent_not_after") or {}).items()},
        period_re=re.compile(rf"(?=[{period_firsts}])(?:{period_words})"),
        period_start_re=re.compile(rf"[{period_firsts}{multi_firsts}]"),
        period_of=period_of,
        period_not_before={w: tuple(v) for w, v in q["period_not_before"].items()},
        period_not_before_opening={w: tuple(v) for w, v in (q.get("period_not_before_opening") or {}).items()},
        period_not_after=tuple(q["period_not_after"]),
        period_not_after_word={w: tuple(v) for w, v in (q.get("period_not_after_word") or {}).items()},
        multi_period_re=multi_period_re,
        multi_every_re=re.compile(_fill(pat("multi_every"), subs)),
        each_this_term_re=re.compile(pat("each_this_term")),
        per_year={p: (None if f is None else float(f)) for p, f in q["per_year"].items()},
        freq_period_of=freq_period_of,
        descriptive_re=re.compile(alternation(rules.words(DESCRIPTIVE))),
        target_re=re.compile(rf"{alternation(rules.words(DESCRIPTIVE, 'until'))}|{pat('target_year')}"),
        measure_nouns=tuple(q["measure_nouns"]),
        carrier_verbs=tuple(sorted(q["carrier_verbs"], key=len, reverse=True)),
        function_words=tuple(sorted(q["function_words"], key=len, reverse=True)),
        period_lead_words=tuple(sorted(q["period_lead_words"], key=len, reverse=True)),
        keep_words=tuple(q["keep_words"]),
        activity_stop_re=re.compile(alternation(q["activity_stop"])),
        level_open_re=re.compile(rf"(?:{pat('level_open')})$"),
        activity_suffixes=tuple(sorted(q["activity_suffixes"], key=len, reverse=True)),
        # head words, then period words: after "每学年" a verb such as 指导 is the
        # clause's own verb and the role after it its object ("每学年指导青年教师…")
        actor_head_re=re.compile(
            rf"(?:{'|'.join([_adverb_led_head(q), alternation(q['actor_head_words']), *q['actor_head_patterns']])}|[“\"‘\s])*"
            rf"(?:(?:{period_words})(?:{alternation(q['period_point_words'])})?|[“\"‘\s])*"
        ),
        evidence_head_re=re.compile(rf"(?:{alternation(q['evidence_head_words'])})+(?=[{CJK}“\d])"),
        # "每学期，…" or a frame opened by one: "每年学时中，公需科目不少于…"
        period_head_re=re.compile(_fill(pat("period_head"), subs)),
        role_re=role_re,
        actor_re=actor_re,
        role_of=role_of,
        role_terms=tuple(sorted(terms, key=len, reverse=True)),
        term_re=re.compile(alternation(terms)),
        pronouns=word_set("roles", "pronouns"),
        pronoun_re=re.compile(pronouns),
        group_roles=word_set("roles", "group_roles"),
        non_person_roles=word_set("roles", "non_person_roles"),
        own_clause_roles=word_set("roles", "own_clause_roles"),
        count_measures=tuple(q["count_measures"]),
        sanction_words=tuple(q["sanction_words"]),
        noun_heads=tuple(roles["noun_heads"] or ()),
        activities=tuple(activities),
        activity_res=tuple((k, re.compile(alternation(ws) if ws else "(?!)"), u) for k, ws, u in activities),
        activity_by_unit=dict(acts["by_unit"] or {}),
        # a numeral and 、 before the rest of a list of grades is no outline marker ("一、二年级每周4课时")
        marker_re=re.compile(rf"[\s　]*(?:(?:{'|'.join(marker_alts)})(?!(?<=(?:{_GRADE_NUMERAL})、){_GRADE_LIST_TAIL})[\s　]*)*"),
        item_re=re.compile(rf"[\s　]*(?:{'|'.join(item_alts)})"),
        article_re=re.compile(rf"[\s　]*(?:{kinds['article']})"),
        span_re=_any_word_re(rules.words(CYCLE)),
        default_periods=tuple(
            sorted(((w, p) for p, ws in (q["default_periods"] or {}).items() for w in ws),
                   key=lambda wp: len(wp[0]), reverse=True)
        ),
        org_role=org_role,
        # a division written after its organ is the actor, named without the
        # parent as SCHEMA.md names bodies ("县教育局教研室" → 教研室, "市教育局人事科" → 人事科)
        division_re=re.compile(
            # each suffix keeps its bodies.yml guard: 考试科目 is no section 考试科
            rf"(?:(?:{alternation(bodies['division_stems'])})(?:{'|'.join(division_suffix_pattern(d, timed_guard=False) for d in bodies['divisions'])})"
            rf"|{alternation(t for t in terms if role_of[t] in set(roles['division_roles'] or ()))}"
            rf"){pat('division_end')}"
        ),
        duty_heading_re=re.compile(
            rf"(?P<role>{one_role}){alternation(mark('attributive'))}?(?:{alternation(q['duty_headings'])})"
        ),
        object_markers=tuple(q["object_markers"]),
        prepositions=tuple(q["prepositions"]),
        topic_prefix_re=re.compile(rf"(?:[{CJK}]{{0,12}}(?:{alternation(q['topic_prefix_ends'])}))?"),
        marker_kinds=tuple((k, re.compile(rf"[\s　]*(?:{marker})")) for k, marker in kinds.items()),
        # 单项 in 清单项目 is no occasion: occasion_not_after closes the nouns ending in 单
        occasion_re=re.compile(f"(?<![{''.join(q['occasion_not_after'])}])(?:{_any_word_re(q['occasion_words']).pattern})"),
        occasion_span_re=_any_word_re(q["occasion_span_words"]),
        occasion_span_units=frozenset(q["occasion_span_units"]),
        period_nouns=frozenset(q["period_nouns"]),
        conversion_re=_any_word_re(rules.words(CONVERSION)),
        unit_rate_re=re.compile(rules.get(CONVERSION, "pattern")),
        conversion_units=frozenset(rules.words(CONVERSION, "units")),
        sanction_re=_any_word_re(q["sanction_words"]),
        sanction_judged_re=re.compile(rf"{q['sanction_judged']}(?:{alternation(mark('subject_modals'))})?"),
        restatement_words=tuple(q["restatement_words"]),
        per_unit_re=re.compile(rf"{alternation(mark('every'))}(?:{alternation(rules.words(PER_UNIT))})$"),
        # "2024年全市…共补充新教师286名": a year opening the sentence, a total counted
        past_total_re=re.compile(
            rf"\s*(?:{'|'.join(item_alts)})?\s*{pat('year_opening')}"
            rf"[^。；;]*?(?:{alternation(rules.words(PAST_TOTAL))})"
        ),
        modal_re=re.compile(rules.get(PAST_TOTAL, "unless")),
        condition_units=frozenset(rules.words(CONDITION)),
        tally_words=word_set("quotas", "tally_words"),
        share_of_re=re.compile("|".join(q["share_of"] or ("(?!)",))),
        cycle_units=frozenset(rules.words(RECURRING_CYCLE, "units")),
        span_units=frozenset(rules.words(BARE_DURATION, "units")),
        term_length_re=re.compile(rules.get(BARE_DURATION, "unless") or "(?!)"),
        programme_span_units=frozenset((rules.get(BARE_DURATION, "programme_span") or {}).get("units", ())),
        programme_span_re=re.compile((rules.get(BARE_DURATION, "programme_span") or {}).get("before", "(?!)")),
        experience_re=re.compile(rf"(?:{alternation(rules.words(BARE_DURATION, 'until'))})$"
                                 + (f"|{rules.get(BARE_DURATION, 'unless')}" if rules.get(BARE_DURATION, 'unless') else "")
                                 # "自查记录保存2年": how long a record is kept (retention_words) is a quota
                                 + rf"|(?:{alternation(mark('retention_words'))})(?:期限)?(?:一般|原则上|均)?(?:须|应|要)?为?$"),
        cut_re=re.compile(rf"{CLAUSE_BREAK.pattern}|{pat('subclause')}"),
        year_lead_re=re.compile(pat("year_lead")),
        activity_adjunct_re=re.compile(pat("activity_adjunct")),
        rate_after_role_re=re.compile(pat("rate_after_role")),
        every=mark("every")[0],
        one=mark("one")[0],
        attributive=mark("attributive")[0],
        separators=separators,
        conjunctions=conjunctions,
        joiners_re=re.compile(alternation(conjunctions + separators)),
        list_cut_words=tuple(mark("list_cut_words")),
        alternatives=tuple(mark("alternatives")),
        unit_nouns=dict(mark("unit_nouns")),
        # the units the pattern rules produce (SCHEMA.md: no measure word → 次; shares in %)
        frequency_unit=str(rules.get(FREQUENCY, "produces")["unit"]),
        print_run=rules.words(PRINT_RUN),
        cap_words_re=_any_word_re(rules.words(CAP_NEGATION)),
        # "不得…超过1小时": exceeding forbidden in the clause is a cap of the amount itself
        cap_exceed_re=re.compile(
            rf"(?:{alternation(rules.words(CAP_NEGATION, 'forbid'))})[^，。；,;]*?(?:{alternation(rules.words(CAP_NEGATION, 'exceed'))})$"
        ),
        look_back_re=re.compile(pat("look_back")),
        verb_scope_re=re.compile(rf"(?:{pat('verb_scope')})$"),
        # a numeral with a larger multiplier before its 万 ("四亿五千万") is not scaled to 万元
        large_scale_re=re.compile(pat("large_scale")),
        intro_actor_re=re.compile(pat("intro_actor")),
        intro_count_words=tuple(sorted(
            {*mark("intro_count_words"), *(u + mark("count_suffix")[0] for u in unit_kind)}, key=len, reverse=True)),
        ratio_unit=str(rules.get(RATIO, "produces")["unit"]),
        ratio_to_one_unit=str(mark("ratio_to_one_unit")),
        ratio_nouns=tuple(sorted(mark("ratio_nouns"), key=len, reverse=True)),
        within_re=_any_word_re(w for ws in q["comparators"]["within"].values() for w in ws),
        within_of={w: c for c, ws in q["comparators"]["within"].items() for w in ws},
        percent_unit=str(rules.get(PERCENT, "produces")["unit"]),
        # a free modifier, then a role term, an organ ending or a group ending
        # ("新入职3年内的教师", "每所受援学校", "区镇教育管理中心"), or a bare level ("市级");
        # the ending keeps the bracketed variant a role may carry ("学校图书馆（室）", as one_role's paren)
        subject_before_period_re=re.compile(
            rf"(?:{alternation(roles['distributive'])})?"
            rf"(?:{alternation(marks.get('subject_modifier_words') or ['(?!)'])}|(?![{''.join(mark('subject_modifier_stops'))}])[{CJK}\d]){{0,{int(mark('subject_max_modifier')[0])}}}?"
            rf"(?:{alternation([*terms, *(e for e, _ in org_role), *mark('subject_endings')])}){paren}"
            rf"|{alternation(mark('subject_levels'))}"
        ),
        subject_period_openers=tuple(mark("subject_period_openers")),
        subject_not_openers=tuple(
            {*q["prepositions"], *q["object_markers"], *q["actor_head_words"], *q["carrier_verbs"], *q["function_words"],
             *mark("subject_not_words"),
             # "切实保障学生每天…": an adverb before such a verb leaves it no subject either (r65a)
             *(a + w for a in q["actor_head_adverbs"] for w in mark("subject_not_words"))}
        ),
        occasion_duration_units=frozenset(mark("occasion_duration_units")),
        occasion_span_words_t=tuple(q["occasion_span_words"]),
        subject_skip_words=tuple(mark("subject_skip_words")),
        share_after_role_re=re.compile(pat("share_after_role")),
        credit_verbs=tuple(mark("credit_verbs")),
        credit_units=frozenset(mark("credit_units")),
        subject_modal_re=_any_word_re(mark("subject_modals")),
        subject_serving_re=_any_word_re(mark("subject_serving_words")),
        allocation_words=tuple(mark("allocation_words")),
        allocation_max_gap=int(mark("allocation_max_gap")[0]),
        half_value=float(rules.get(HALF, "produces")["value"]),
        clock_units=frozenset(rules.words(CLOCK_MINUTE, "units")),
        clock_marks=rules.words(CLOCK_MINUTE),
        clock_after={u: tuple(v or ()) for u, v in rules.get(CLOCK_MINUTE, "after_unit").items()},
        scale_units=frozenset(rules.words(SCALE, "units")),
        scale_words=rules.words(SCALE),
        size_units=frozenset(rules.words(SIZE_THRESHOLD, "units")),
        size_re=re.compile(rules.get(SIZE_THRESHOLD, "pattern")),
        class_label_units=frozenset(rules.words(CLASS_LABEL, "units")),
        class_label_re=re.compile(rules.get(CLASS_LABEL, "pattern")),
        reference_units=frozenset(rules.words(REFERENCE_AMOUNT, "units")),
        reference_words=rules.words(REFERENCE_AMOUNT),
        reference_after_re=re.compile(rules.get(REFERENCE_AMOUNT, "pattern")),
        multiple_base_units=frozenset(rules.words(MULTIPLE_BASE, "units")),
        multiple_base_words=rules.words(MULTIPLE_BASE),
        multiple_base_after_re=re.compile(rules.get(MULTIPLE_BASE, "pattern")),
        shortfall_units=frozenset(rules.words(SHORTFALL_GROUP, "units")),
        shortfall_words=rules.words(SHORTFALL_GROUP),
        shortfall_after_re=re.compile(rules.get(SHORTFALL_GROUP, "pattern")),
        shortfall_re=re.compile(rf"(?:{alternation(rules.words(SHORTFALL_GROUP))})(?:{NUMERAL})"
                                rf"(?:{alternation(rules.words(SHORTFALL_GROUP, 'units'))})(?:{rules.get(SHORTFALL_GROUP, 'pattern')})"),
        before_cn_verbs=rules.words(BEFORE_CHINESE, "until"),
        once_duty_re=re.compile(rules.get(ENUMERATION, "unless")),
        half_span_value=float(rules.get(HALF_SPAN, "produces")["value"]),
        coefficient_unit=str(rules.get(COEFFICIENT, "produces")["unit"]),
        ratio_cue_re=re.compile(rf"(?:{alternation(rules.words(CLOCK_RATIO))})[^，,。；;！？\n]{{0,16}}$"),
        ratio_cue_after=re.compile(rf"(?:{alternation(rules.words(CLOCK_RATIO, 'until'))})"
                                   rf"|的[^，,。；;！？\n]{{0,10}}?(?:{alternation(rules.words(CLOCK_RATIO))})"),
    )


# ---------------------------------------------------------------- numbers


# ---------------------------------------------------------------- candidates


class _Hit(NamedTuple):
    """A numeral with its measure word, offsets relative to the provision."""

    # NamedTuples, not frozen dataclasses, for the small records made per hit:
    # a frozen dataclass pays an object.__setattr__ per field

    start: int  # numeral start (or 百分之 / the 一…一 frequency start)
    num_end: int
    end: int  # after the measure word
    value: float | None
    value_max: float | None
    unit: str
    more: bool  # 十余名, 100多人
    share: bool
    chinese: bool
    freq_period: str | None = None  # 一学年一考核
    freq_act: str | None = None
    doubtful: bool = False  # "上一节": a count only with a comparator or period
    rule: str = ""  # the id of the kind rule that found it (quotas.yml)


# word tuple -> (the tuple, each word's first index, word lengths): a hit is
# then found by a few slices and dict lookups, not a Python loop over the tuple.
# The tuple is kept in the value, so its id is never reused while cached.
_SHORT_TUPLE = 16  # longer tuples skip str.endswith(tuple), which tries every word
_WORD_INDEX: dict[int, tuple[tuple[str, ...], dict[str, int], tuple[int, ...]]] = {}


def _adverb_led_head(q: dict[str, Any]) -> str:
    """A manner adverb and the verb after it that head a clause before its actor, as a regex:
    "切实保障学生每天…" → 切实保障 (actor_head_adverbs before actor_head_words or adverb_head_verbs)."""
    return rf"(?:{alternation(q['actor_head_adverbs'])})(?:{alternation([*q['actor_head_words'], *q['adverb_head_verbs']])})"


def _word_index(words: tuple[str, ...]) -> tuple[tuple[str, ...], dict[str, int], tuple[int, ...]]:
    index: dict[str, int] = {}
    for i, w in enumerate(words):
        index.setdefault(w, i)
    cached = _WORD_INDEX[id(words)] = (words, index, tuple(sorted({len(w) for w in words})))
    return cached


def _ends_with_any(s: str, words: tuple[str, ...]) -> str | None:
    """The first of ``words`` (longest first where it matters) that ``s`` ends with."""
    if not words:
        return None
    # a C-level check first (most calls miss), unless the tuple is long (role_terms)
    if len(words) <= _SHORT_TUPLE and not s.endswith(words):
        return None
    # of the words s ends with (at most one per length), the first in tuple order
    cached = _WORD_INDEX.get(id(words))
    if cached is None or cached[0] is not words:
        cached = _word_index(words)
    _, index, lengths = cached
    n = len(s)
    best = None
    for k in lengths:
        if k > n:
            break
        i = index.get(s[n - k:])
        if i is not None and (best is None or i < best):
            best = i
    return None if best is None else words[best]


def _starts_with_any(s: str, words: tuple[str, ...]) -> str | None:
    """The first of ``words`` that ``s`` starts with."""
    if not words:
        return None
    if len(words) <= _SHORT_TUPLE and not s.startswith(words):
        return None
    cached = _WORD_INDEX.get(id(words))
    if cached is None or cached[0] is not words:
        cached = _word_index(words)
    _, index, lengths = cached
    best = None
    for k in lengths:
        if k > len(s):
            break
        i = index.get(s[:k])
        if i is not None and (best is None or i < best):
            best = i
    return None if best is None else words[best]


Drops = list[tuple[str, int, int]] | None  # (exclusion id, start, end) of each dropped candidate, when traced


def _drop(drops: Drops, rule: str, a: int, b: int) -> None:
    """Note that exclusion ``rule`` dropped the candidate ``s[a:b]`` (only when tracing)."""
    if drops is not None:
        drops.append((rule, a, b))


def _percent(num: float, den: float) -> float:
    """``num/den`` as a percentage: two decimals (三分之一 → 33.33, as the gold of
    heldout7, 9, 10, 12–15 write it; heldout5 alone wrote 33.3), or three significant
    digits below 1 % so that small shares are not rounded away (万分之五 → 0.05)."""
    v = 100 * num / den
    return round(v, 2) if v >= 1 else float(f"{v:.3g}")


def _ratio_value(first: float, second: float, lex: _Lexicon) -> tuple[float, str]:
    """The value and unit of a ratio first∶second.

    Per one of the first (1∶3 → 3 比, 2∶3 → 1.5 比); a ratio to one keeps its first
    term over ∶1, as the annotators write it (20∶1 → 20 ":1", not 0.05 比).

    Example: ``_ratio_value(1.2, 1, lex)`` → ``(1.2, ":1")``.
    """
    if second == 1 and first != 1:
        return first, lex.ratio_to_one_unit
    return (second if first == 1 else float(f"{second / first:.3g}")), lex.ratio_unit


def _shortfall_group(s: str, a: int, b: int, unit: str, lex: _Lexicon) -> bool:
    """"不足3人的学科可跨校组建备课组": people counted after 不足 and before 的 name the units that
    fall short (quota.not.shortfall_group); ``a``/``b`` are where the numeral starts and the hit ends."""
    return (unit in lex.shortfall_units and s.endswith(lex.shortfall_words, 0, a)
            and lex.shortfall_after_re.match(s, b) is not None)


def _find_hits(s: str, lex: _Lexicon, drops: Drops = None) -> list[_Hit]:
    """All numeral + measure word candidates in ``s`` that are not plainly something else.

    Each exclusion rule a candidate meets is noted in ``drops`` when given.
    """
    hits: list[_Hit] = []
    claimed: list[tuple[int, int]] = []
    candidates = list(lex.hit_re.finditer(s))
    if candidates:  # the words that are not quotas only ever hide a candidate
        claimed = [m.span() for m in lex.not_quotas_re.finditer(s)]
    for m in lex.freq_re.finditer(s):
        if m.start() > 0 and s[m.start() - 1] in lex.freq_not_after:
            _drop(drops, FREQUENCY_PREFIX, m.start(), m.end())
            continue
        act = m.group("act")
        hits.append(
            _Hit(m.start(), m.start() + 1, m.end(), 1.0, None, lex.frequency_unit, False, False, True,
                 lex.freq_period_of[m.group("per")], act if not act.startswith(lex.freq_not_acts) else None,
                 rule=FREQUENCY)
        )
        claimed.append((m.start(), m.end()))

    for m in candidates:
        a, b = m.start(), m.end()
        if claimed and any(ca < b and a < cb for ca, cb in claimed):
            _drop(drops, FIXED_PHRASE, a, b)
            continue
        if m.group("half") is not None:
            # 不少于一半 is a share like 二分之一
            hits.append(_Hit(a, b, b, lex.half_value, None, lex.percent_unit, False, True, True, rule=HALF))
            continue
        if m.group("hspan") is not None:
            # 每次不少于半天: half a day after a comparator
            hits.append(_Hit(a, b, b, lex.half_span_value, None, m.group("hunit"), False, False, False, rule=HALF_SPAN))
            continue
        if m.group("coef") is not None:
            # 难度系数不低于0.75: a coefficient carries no measure word
            coef2 = m.group("coef2")
            hits.append(_Hit(a, b, b, float(m.group("coef")), float(coef2) if coef2 else None,
                             lex.coefficient_unit, False, False, False, rule=COEFFICIENT))
            continue
        if m.group("termn") is not None:
            # 支教满一学年: a length of service in school years or semesters
            termn = m.group("termn")
            hits.append(_Hit(a, m.end("termn"), b, to_number(termn), None, m.group("termu"), False, False,
                             not termn[0].isdigit(), rule=TERM))
            continue
        if m.group("fden") is not None:
            # 三分之一 is a share like 百分之三十: written as a percentage so shares compare
            den, num = to_number(m.group("fden")), to_number(m.group("fnum"))
            value = _percent(num, den) if den and num is not None else None
            hits.append(_Hit(a, b, b, value, None, lex.percent_unit, False, True, not m.group("fden")[0].isdigit(), rule=FRACTION))
            continue
        if m.group("rat1") is not None:
            if m.group("ratcolon") and not (
                lex.ratio_cue_after.match(s, b) or lex.ratio_cue_re.search(s, max(0, a - 24), a)
            ):
                _drop(drops, CLOCK_RATIO, a, b)
                continue  # 8:30, 8:00-17:00: a clock time
            first, second = to_number(m.group("rat1")), to_number(m.group("rat2"))
            if not first or second is None:
                continue
            value, unit = _ratio_value(first, second, lex)
            hits.append(_Hit(a, b, b, value, None, unit, False, False, False, rule=RATIO))
            continue
        if m.group("tnum") is not None:
            # 九成 is 90 %, a share like 百分之九十
            value = 10 * to_number(m.group("tnum"))  # type: ignore[operator]
            hits.append(_Hit(a, b, b, value, None, lex.percent_unit, False, True, not m.group("tnum").isdigit(), rule=TENTHS))
            continue
        if m.group("pnum") is not None:
            value = to_number(m.group("pnum"))
            hits.append(_Hit(a, b, b, value, None, lex.percent_unit, False, True, not m.group("pnum")[0].isdigit(), rule=PERCENT))
            continue
        if m.group("r1"):
            n1, n2, unit = m.group("r1"), m.group("r2"), m.group("ru")
            n2_end = m.end("r2")
            rule = RANGE_UNITS
        elif m.group("g1"):
            # 等级一般分为4至5级: a range of grades, whose 级 is no measure word elsewhere (三级, 一级教师)
            n1, n2, unit = m.group("g1"), m.group("g2"), m.group("gu")
            n2_end = m.end("g2")
            rule = GRADE_RANGE
        elif m.group("c1"):
            # 等级不超过4级: a cap on grades, whose 级 is no measure word elsewhere (一级教师, 二级乙等)
            n1, n2, unit = m.group("c1"), None, m.group("cu")
            n2_end = m.end("c1")
            rule = GRADE_CAP
        else:
            n1, n2, unit = m.group("n1"), m.group("n2"), m.group("unit")
            n2_end = m.end("n2") if n2 else m.end("n1")
            rule = ""
        chinese = not n1[0].isdigit()
        rule = rule or lex.unit_rule[unit]
        unit = to_halfwidth(unit)  # ％ is %
        kind = lex.unit_kind.get(unit, "count")
        # the text before (s[:a]) and after (s[b:]) the hit is read in place:
        # endswith/startswith with bounds and match(s, b) see what the slices would
        last = s[a - 1] if a else ""
        if last and (last.isdigit() or (chinese and last.isascii() and last.isalnum())):
            _drop(drops, INSIDE_NUMBER, a, b)
            continue
        if lex.not_before_any and s.endswith(lex.not_before_any, 0, a) and not any(
                unit in units and s.endswith(w, 0, a) for w, units in lex.not_before_kept.items()) \
                and not lex.not_before_unless_re.match(s, a):
            _drop(drops, BEFORE_NUMERAL, a, b)
            continue
        if chinese and lex.not_before_cn and s.endswith(lex.not_before_cn, 0, a) \
                and not (lex.before_cn_verbs and s.endswith(lex.before_cn_verbs, 0, a)):
            _drop(drops, BEFORE_CHINESE, a, b)
            continue
        if unit in _recall_marks().date_units and _recall_marks().date_month_re.search(s, max(0, a - 6), a):
            _drop(drops, DATE_DAY, a, b)
            continue  # "1月10日和7月10日前": the day of a date
        if unit in _after_event_marks()[0] and _after_event(s, a, b):
            _drop(drops, AFTER_EVENT, a, b)
            continue  # "事发后30分钟内报告": a deadline counted from an event
        if lex.print_run and s.endswith(lex.print_run, 0, a):
            _drop(drops, PRINT_RUN, a, b)
            continue
        if unit in _rule_marks(PAGE_COUNTER)[0] and _rule_marks(PAGE_COUNTER)[1].search(s, max(0, a - 12), a):
            _drop(drops, PAGE_COUNTER, a, b)
            continue  # "[阅读:571次]", "已下载312次": a page's counter
        if _ordinal_list_re().search(s, max(0, a - 8), a):
            _drop(drops, ORDINAL_LIST, a, b)
            continue  # "每周三下午第二、三节课": which lessons, not how many
        if n2 is None and unit in _listed_count_marks()[0] and _listed_count(s, a, to_number(n1)):
            _drop(drops, LISTED_COUNT, a, b)
            continue  # "设A中学、B中学、C中学3个考点": the count of the items listed
        doubtful = n1 == lex.one and bool(lex.not_before_yi) and s.endswith(lex.not_before_yi, 0, a)
        if to_halfwidth(s[b: b + 1]) in lex.formula or (n2 is None and to_halfwidth(last) in lex.formula):
            _drop(drops, FORMULA, a, b)
            continue
        if unit in lex.clock_units and (
            chinese or (last and last in lex.clock_marks) or s.startswith(lex.clock_after.get(unit, ()), b)
        ):
            _drop(drops, CLOCK_MINUTE, a, b)
            continue  # 8时30分, 十分重要, 分配: no points
        if unit in lex.scale_units and s.endswith(lex.scale_words, 0, a):
            _drop(drops, SCALE, a, b)
            continue  # 满分100分: the scale, not a requirement
        if unit in lex.size_units and lex.size_re.match(s[b: b + 24]):
            _drop(drops, SIZE_THRESHOLD, a, b)
            continue  # 1000人以上的学校: which schools a rule binds
        if unit in lex.class_label_units and lex.class_label_re.match(s, b):
            _drop(drops, CLASS_LABEL, a, b)
            continue  # 56人以上大班额: the name of a class of classes, not a count to meet
        if n1 == lex.one and unit in lex.reference_units and s.endswith(lex.reference_words, 0, a) \
                and lex.reference_after_re.match(s, b):
            _drop(drops, REFERENCE_AMOUNT, a, b)
            continue  # 不超过平时一天的作业量: the everyday amount a holiday's is measured against
        if unit in lex.multiple_base_units and s.endswith(lex.multiple_base_words, 0, a) \
                and lex.multiple_base_after_re.match(s, b):
            _drop(drops, MULTIPLE_BASE, a, b)
            continue  # 不超过平时一天作业量的两倍: the base of the multiple, which is the quota
        if _shortfall_group(s, a, b, unit, lex):
            _drop(drops, SHORTFALL_GROUP, a, b)
            continue  # 不足3人的学科: the units that fall short, no requirement
        if _framed_by(TENURE_EXEMPTION, s, a, b, unit):
            _drop(drops, TENURE_EXEMPTION, a, b)
            continue  # 任职不满6个月的，不确定等次: who an assessment leaves out
        if _framed_by(UNIT_AGE, s, a, b, unit):
            _drop(drops, UNIT_AGE, a, b)
            continue  # 运行不满两年的工作室不纳入考核: which units an assessment leaves out
        if _exceed_trigger(s, a, b, unit):
            _drop(drops, EXCEED_TRIGGER, a, b)
            continue  # 误差超过5%的学校须重新测试: the units a check catches
        if n2 is None and _framed_by(GRADE_COUNT, s, a, b, unit):
            _drop(drops, GRADE_COUNT, a, b)
            continue  # 一般分为4个等级: how a result is reported; a range (4至5个等级) stays
        if unit in _rule_marks(ALTERNATIVE)[0] and _rule_marks(ALTERNATIVE)[1].search(s, max(0, a - 32), a):
            _drop(drops, ALTERNATIVE, a, b)
            continue  # 上1节示范课或作1次专题讲座: the other way to meet the count before it
        if n2 is None and _framed_by(DEDUCTION_STEP, s, a, b, unit):
            _drop(drops, DEDUCTION_STEP, a, b)
            continue  # 每少1节扣0.5分: the step a penalty is counted per
        if _framed_by(PROJECT_AGE, s, a, b, unit):
            _drop(drops, PROJECT_AGE, a, b)
            continue  # 课题立项满1年时进行中期检查: when a check falls due
        if _framed_by(LEAD_TIME, s, a, b, unit):
            _drop(drops, LEAD_TIME, a, b)
            continue  # 招生前至少10天公布: how long before an event, a deadline like 提前3天
        if n2 is None and to_number(n1) == 1 and _framed_by(RATIO_BASE, s, a, b, unit):
            _drop(drops, RATIO_BASE, a, b)
            continue  # 按照1名督学负责5所学校: the one person a ratio is counted per
        if unit in _dimension_marks()[0] and (s.startswith(_dimension_marks()[1], b)
                                              or s.endswith(_dimension_marks()[1], 0, a)):
            _drop(drops, DIMENSION, a, b)
            continue  # 60厘米×40厘米: the size of a board, no amount to meet
        if s.endswith(_from_value_marks()[0], 0, a) and _from_value_marks()[1].match(s, b):
            _drop(drops, FROM_VALUE, a, b)
            continue  # 由10分钟延长至15分钟: the old value a change starts from
        not_after = lex.not_after.get(unit)
        if not_after and s.startswith(not_after, b) and not lex.cmp_after_re.match(s, b):
            _drop(drops, UNIT_IN_WORD, a, b)
            continue  # "所有", "年内" are words; "20所以上" is a count
        # a span noun in the next 8 characters, before any clause end
        # (not after 的: "完成不少于360学时的周期培训任务" counts hours of the cycle's training)
        cut = CLAUSE_BREAK.search(s, b, b + 8)
        if not s.startswith(lex.attributive, b) and lex.span_re.search(s, b, cut.start() if cut else b + 8):
            _drop(drops, CYCLE, a, b)
            continue  # "为一个培训周期": a count of cycles defines a span
        # 一人一档, 一校一策: a label, not a count; nor a slogan of 一-phrases
        # ("送教一次、受益一批、带动一片")
        if n1 == lex.one and (s.startswith(lex.one, b) or lex.yi_slogan_re.match(s, b)):
            _drop(drops, YI_LABEL, a, b)
            continue
        value = to_number(n1)
        value_max = to_number(n2) if n2 else None
        if kind == "money" and n1[-1] in lex.scaled and not n2 and not lex.large_scale_re.search(n1):
            # money keeps its unit as written: "200万元" is 200 万元
            value, unit = to_number(n1[:-1]), lex.scaled[n1[-1]]
        if unit in lex.year_units and ((value or 0) >= 1000 or (value_max or 0) >= 1000 or (chinese and len(n1) >= 3)):
            _drop(drops, CALENDAR_YEAR, a, b)
            continue  # a calendar year (2014年, 2010-2020年, 二〇二三年)
        if chinese and len(n1) >= 3 and not lex.unit_digits_re.search(n1):
            _drop(drops, DIGIT_CODE, a, b)
            continue  # digit-by-digit numbers are codes or years, not counts
        if inside_marks(s, a):
            _drop(drops, QUOTED, a, b)
            continue
        gloss = _glossed_marks()[1].match(s, b) if unit in _glossed_marks()[0] and n2 is None else None
        if gloss:
            # "满两届（6年）": the years in the brackets state it; the numeral inside is no quota of its own
            years = _glossed_marks()[2].search(gloss.group(0))
            value, unit, b = to_number(years.group(0)), _glossed_marks()[3], gloss.end()
            claimed.append(gloss.span())
        hits.append(
            _Hit(a, n2_end, b, value, value_max, unit,
                 bool(m.group("more")), kind == "share", chinese, doubtful=doubtful, rule=rule)
        )
    hits.sort(key=lambda h: h.start)
    return hits


# ---------------------------------------------------------------- clauses


AFTER_EVENT = "quota.not.after_event"
_CLAUSE_BREAK = re.compile(r"[，,。；;：:！？]")


@lru_cache(maxsize=1)
def _after_event_marks() -> tuple[frozenset[str], tuple[str, ...], str, tuple[str, ...], tuple[str, ...]]:
    """quota.not.after_event: its units, its deadline words, the event word (后), what
    follows the unit (内, 之内) and the reporting verbs that make a bare 内 a deadline."""
    rule = next(e for e in load("quotas")["rules"] if e["id"] == AFTER_EVENT)
    (event, within), = rule["after_unit"].items()
    return frozenset(rule["units"]), tuple(rule["words"]), event, tuple(within), tuple(rule["report_verbs"])


@lru_cache(maxsize=None)
def _rule_marks(rule: str) -> tuple[frozenset[str], re.Pattern[str]]:
    """An exclusion rule of quotas.yml read once: its units and its pattern (quota.not.page_counter: the counter
    label right before the numeral; alternative: the first count, 或 and the verb; class_ratio_staff: the range
    of classes before 1名; span_weeks: the date span before 共N周)."""
    rules = _Rules(load("quotas")["rules"])
    return frozenset(rules.words(rule, "units")), re.compile(rules.get(rule, "pattern"))


@lru_cache(maxsize=None)
def _frame_marks(rule: str) -> tuple[frozenset[str], tuple[str, ...], re.Pattern[str]]:
    """An exclusion rule of quotas.yml that frames an amount: its units, the words right before
    the numeral and the pattern right after the unit (quota.not.tenure_exemption: 任职不满 … 的，不…;
    unit_age_exemption, project_age, ratio_base, grade_count)."""
    rules = _Rules(load("quotas")["rules"])
    return frozenset(rules.words(rule, "units")), rules.words(rule), re.compile(rules.get(rule, "pattern"))


def _framed_by(rule: str, s: str, a: int, b: int, unit: str) -> bool:
    """Whether the amount s[a:b] in ``unit`` stands in the frame of exclusion ``rule`` (_frame_marks)."""
    units, before, after = _frame_marks(rule)
    return unit in units and s.endswith(before, 0, a) and bool(after.match(s, b))


@lru_cache(maxsize=1)
def _from_value_marks() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """quota.not.from_value: the words right before the numeral (由) and the verb of change
    with 至 right after the unit (延长至)."""
    rules = _Rules(load("quotas")["rules"])
    return rules.words(FROM_VALUE), re.compile(rules.get(FROM_VALUE, "pattern"))


@lru_cache(maxsize=1)
def _dimension_marks() -> tuple[frozenset[str], tuple[str, ...]]:
    """quota.not.dimension: its length units and the multiplication signs beside them (×)."""
    rules = _Rules(load("quotas")["rules"])
    return frozenset(rules.words(DIMENSION, "units")), rules.words(DIMENSION)


@lru_cache(maxsize=1)
def _exceed_marks() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...], re.Pattern[str]]:
    """quota.not.exceed_trigger: its units, the exceeding word right before the numeral (超过),
    the negations before that word that keep a cap (不, 不得) and what follows the unit (的)."""
    rules = _Rules(load("quotas")["rules"])
    return (frozenset(rules.words(EXCEED_TRIGGER, "units")), rules.words(EXCEED_TRIGGER),
            rules.words(EXCEED_TRIGGER, "until"), re.compile(rules.get(EXCEED_TRIGGER, "pattern")))


def _exceed_trigger(s: str, a: int, b: int, unit: str) -> bool:
    """"误差超过5%的学校须重新测试": a share after a bare 超过 and before 的 names the units a check
    catches (quota.not.exceed_trigger); ``a``/``b`` are where the numeral starts and the hit ends."""
    units, words, negations, after = _exceed_marks()
    if unit not in units or after.match(s, b) is None:
        return False
    word = next((w for w in words if s.endswith(w, 0, a)), None)
    return word is not None and not s.endswith(negations, 0, a - len(word))


@lru_cache(maxsize=1)
def _ordinal_list_re() -> re.Pattern[str]:
    """quota.not.ordinal_list: an ordinal and a list mark right before the numeral (第二、)."""
    return re.compile(_Rules(load("quotas")["rules"]).get(ORDINAL_LIST, "pattern"))


GLOSSED_TERM = "quota.not.glossed_term"


@lru_cache(maxsize=1)
def _glossed_marks() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str], str]:
    """marks.glossed_units, glossed_term and glossed_unit: a count of terms glossed in years
    (两届（6年）), the numeral of the gloss and the unit it is written in."""
    m = load("quotas")["marks"]
    return (frozenset(_need(m, "glossed_units", "marks")), re.compile(_need(m, "glossed_term", "marks")),
            re.compile(rf"\d+|[{CN_DIGITS}]+"), _need(m, "glossed_unit", "marks"))


@lru_cache(maxsize=1)
def _listed_count_marks() -> tuple[frozenset[str], re.Pattern[str], tuple[str, ...], str, re.Pattern[str],
                                   tuple[str, ...], tuple[str, ...]]:
    """quota.not.listed_count: its units, what may stand between the list and the numeral,
    the words no bare list holds, the item separator, the joiners of the last two items,
    the words holding a stop word that are none (满意) and the verbs that open a list (分为, 包括)."""
    q = load("quotas")
    rule = next(e for e in q["rules"] if e["id"] == LISTED_COUNT)
    gap = re.compile(rf"(?:{alternation(rule['words'])})$")
    return (frozenset(rule["units"]), gap, tuple(rule["until"]), _need(q["marks"], "list_separators", "marks")[0],
            re.compile(alternation(_need(q["marks"], "conjunctions", "marks"))),
            tuple(rule.get("keep", ())), tuple(rule.get("openers", ())))


def _listed_count(s: str, a: int, value: float | None) -> bool:
    """Whether the count at ``a`` closes a list of as many items as it counts ("语文、数学和英语3个学科")."""
    if value is None or value < 2:
        return False
    _, gap, stops, sep, joiners, keep, openers = _listed_count_marks()
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(s, 0, a)), default=0)
    run = s[start:a]
    # "每名校长考核材料包括A、B、C共3项": the list starts after the verb that opens it
    start = max((run.rfind(o) + len(o) for o in openers if o in run), default=0)
    run = run[start:]
    m = gap.search(run)
    if m:
        run = run[: m.start()]
    bare = run
    for w in keep:
        bare = bare.replace(w, "")
    if sep not in run or any(w in bare for w in stops):
        return False
    items = run.split(sep)
    if not all(items) or any(v in items[-1] for v in _lexicon().target_verbs):
        return False  # "小学、初中新建2所学校": what the verb produces
    n = len(items) + (1 if joiners.search(items[-1]) else 0)
    return n == value


@lru_cache(maxsize=1)
def _limit_marks() -> dict[str, list[str]]:
    """marks.time_limit (quota.not.after_event): the units, the verbs right after 内 and the clause words that keep it."""
    return load("quotas")["marks"]["time_limit"]


def _after_event(s: str, a: int, b: int) -> bool:
    """Whether the span ``s[a:b]`` is counted from an event and bounds a deadline
    ("事发后30分钟内", "最迟不超过听课后3个工作日"), or bounds when to report ("30分钟内电话报告")."""
    _, words, event, within, reports = _after_event_marks()
    if not s.endswith(event, 0, a):
        # "30分钟内电话报告": no event named, but the span bounds when to report
        w = _starts_with_any(s[b:], within)
        if w is None:
            return False
        m = _CLAUSE_BREAK.search(s, b)
        tail = s[b + len(w): m.start() if m else len(s)]
        if any(r in tail for r in reports):
            return True
        # "学校应在15分钟内完成交接": a time limit on an act, unless its clause is about homework (the time a pupil
        # spends, "书面作业须在60分钟内完成")
        limit = _limit_marks()
        head = max((k.end() for k in _CLAUSE_BREAK.finditer(s, 0, a)), default=0)
        return (any(s[a:b].endswith(u) for u in limit["units"])
            and _starts_with_any(tail, tuple(limit["verbs"])) is not None
            and not any(x in s[head: m.start() if m else len(s)] for x in limit["unless"]))
    if s.startswith(within, b):
        return True
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(s, 0, a)), default=0)
    return any(s.find(w, start, a) >= 0 for w in words)


def _clause_bounds(s: str, lex: _Lexicon) -> list[tuple[int, int]]:
    """Clause spans of a provision: split on ，；：。 and before "（其中"."""
    return clause_spans(s, lex.cut_re)


def _clause_index(bounds: list[tuple[int, int]], pos: int, starts: list[int] | None = None) -> int:
    """The clause of ``bounds`` holding ``pos``; pass ``starts`` (each clause's start) when asking often."""
    if starts is None:
        starts = [a for a, _ in bounds]
    return max(0, bisect_right(starts, pos) - 1)


class _Period(NamedTuple):
    # a tuple, not a frozen dataclass: thousands are made per MB and read once
    start: int
    end: int
    period: str


def _find_periods(s: str, lex: _Lexicon) -> list[_Period]:
    """Period words in ``s`` (每学期 → semester; 每五年, 五年共 → total)."""
    if not lex.period_start_re.search(s):
        return []  # most activity phrases ("听课") hold no period at all
    found: list[_Period] = [_Period(m.start(), m.end(), "total") for m in lex.multi_period_re.finditer(s)]
    multi = bool(found)
    not_after = lex.period_not_after
    # the words around a match are tested in place (endswith/startswith with
    # bounds), as the slices before and after it would be
    for m in lex.period_re.finditer(s):
        a, b = m.span()
        if multi and any(p.start <= a < p.end for p in found):
            continue
        word = m.group(0)
        if a and (s[a - 1].isdigit() or (not word.startswith(lex.every) and s.endswith(not_after, 0, a))):
            continue
        na = lex.period_not_after_word.get(word)
        if na and s.endswith(na, 0, a):
            continue
        nb = lex.period_not_before.get(word)
        if nb and s.startswith(nb, b):
            continue
        nb = lex.period_not_before_opening.get(word)
        if nb and s.startswith(nb, b) and lex.marker_re.match(s).end() >= a:
            continue
        found.append(_Period(a, b, lex.period_of[word]))
    for m in lex.each_this_term_re.finditer(s):
        a, b = m.span(m.lastgroup)  # the one named group of the alternative that matched: the period words
        found.append(_Period(a, b, "semester"))
        multi = True
    if multi:  # period_re's own matches come in order
        found.sort(key=lambda p: p.start)
    return found


# ---------------------------------------------------------------- actors


class _Actor(NamedTuple):
    text: str
    start: int  # relative to the provision; -1 when taken from elsewhere
    end: int


@lru_cache(maxsize=4096)  # pure; actors repeat ("教师", "校长")
def _role_of(actor: str, lex: _Lexicon) -> str | None:
    """The canonical role of an actor as written ("业务副校长和教导主任" → 副校长/中层干部).

    The first of several joined actors decides, and within it the last term,
    the head noun ("中心学校领导班子成员" → 校长, not 学校); at one place the
    longest term wins (副校长 over 校长).
    """
    first = lex.joiners_re.split(actor, maxsplit=1)[0]
    head = _last_term(first, lex)  # "每个学科组" ends with 学科组, though 每个学科 starts it
    if head:
        return lex.role_of[head]
    terms = [m.group(0) for m in lex.term_re.finditer(first)] or [m.group(0) for m in lex.term_re.finditer(actor)][:1]
    if terms:
        return lex.role_of[terms[-1]]
    core = _TRAILING_PAREN.sub("", actor)
    return next((r for e, r in lex.org_role if core.endswith(e)), None)


_SCHOOL = "学校"  # the role of every school in roles.yml


def _pronoun_after_head(head: str, inner: str, lex: _Lexicon) -> bool:
    """Whether the role read after a body is only a 每人 counting people the body still names.
    After a list whose last item is people ("城区中小学、幼儿园教师每人…") the pronoun counts each of them, though
    the schools listed first read as a body; after an organ that pays or a post filed with the organs
    (pronoun_kept_roles in roles.yml: "县财政每人每月发放交通补助300元" → 县财政, "责任督学每人每月工作补助
    不低于300元" → 责任督学) the organ or the post heads it. A school before 每人 counts its pupils or staff and
    keeps 每人 ("城区小学、初中每人每学期借阅图书…")."""
    if inner not in lex.pronouns:
        return False
    return (_role_of(lex.joiners_re.split(head)[-1], lex) not in (None, *lex.non_person_roles)
            or (not lex.joiners_re.search(head) and _role_of(head, lex) in _pronoun_kept_roles()))


@lru_cache(maxsize=1)
def _pronoun_kept_roles() -> frozenset[str]:
    """pronoun_kept_roles of roles.yml: bodies that still head their clause with 每人 straight after them."""
    return frozenset(load("roles").get("pronoun_kept_roles") or ())


def _place_end(seg: str, pos: int) -> int:
    """The end of the place names written one after another from ``pos`` ("银川市永宁县…"), or ``pos``."""
    from ..region import _names  # the adcode table's names, as the issuer's region is read

    full, short, lengths = _names()
    end = pos
    while True:
        size = next((n for n in lengths.get(seg[end: end + 2], ()) if seg[end: end + n] in full or seg[end: end + n] in short), 0)
        if not size:
            return end
        end += size


class _OrganSpan(NamedTuple):
    """A stretch of text read as one actor, answering as a regex match does (``start()``, ``end()``, ``group(0)``)."""

    text: str
    begin: int
    finish: int

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def group(self, index: int = 0) -> str:
        if index:
            raise IndexError(index)
        return self.text[self.begin: self.finish]


def _placed_organ(seg: str, pos: int, lex: _Lexicon) -> _OrganSpan | None:
    """An organ or school named after its place ("天水市教育科学研究所", "银川市永宁县教师发展中心",
    "北京教育科学研究院"): place names from the adcode table, then an organ the role list reads."""
    k = _place_end(seg, pos)
    if k == pos:
        return None
    found = lex.actor_re.match(seg, k)
    if found is None or _role_of(found.group(0), lex) not in lex.non_person_roles:
        return None
    # the organ's own name follows, not a level or a distributive word: "会同市市场监督管理局" is 会同 (with),
    # "城区每个街道" a part of the area
    if found.group(0).startswith((*lex.every, *load("roles")["distributive"], *load("roles")["organisations"]["levels"])):
        return None
    # place and organ read as one actor; the organ's match stands after the place
    # (compiling the place into the actor pattern cost ~0.1 s per distinct place)
    return _OrganSpan(seg, pos, found.end())


def _division_over_role(seg: str, m: re.Match[str] | None, lex: _Lexicon) -> re.Match[str] | None:
    """A division whose name begins with the role ``m`` and whose stem runs past it
    ("教师工作科", "教师管理股" → the division, not 教师); a stem that is the role itself
    ("教师办公室", "教师科学") leaves the role."""
    if m is None:
        return None
    d = lex.division_re.match(seg, m.start())
    if d is None or d.end() <= m.end():
        return None
    suffixes = _division_suffixes()
    body = d.group(0)
    stem_end = d.start() + len(body) - next((len(w) for w in suffixes if body.endswith(w)), 0)
    return d if stem_end > m.end() else None


@lru_cache(maxsize=1)
def _division_suffixes() -> tuple[str, ...]:
    """The suffixes of bodies.yml's divisions, longest first (办公室 before 办)."""
    words = {w for d in load("bodies")["divisions"] for w in d["words"]}
    return tuple(sorted(words, key=len, reverse=True))


def _named_centre(seg: str, m: re.Match[str] | _OrganSpan, lex: _Lexicon) -> _OrganSpan | None:
    """A centre of the bureau or school ``m`` reads, named after it with words of its own name between
    ("县学校后勤服务中心", "县教育体育局学生资助管理中心" → the whole name, not 县学校 or 学生): an organ ending
    of roles.yml's organisations ending in tail_ending (中心) within tail_max characters, with none of tail_breaks
    between; a division after the bureau stays a division ("区教育局教学研究室" → 教学研究室)."""
    if _role_of(m.group(0), lex) not in lex.non_person_roles or not lex.role_re.fullmatch(m.group(0)):
        return None
    if lex.division_re.match(seg, m.end()):
        return None  # "区教育局教学研究室": a division after its bureau is named alone
    tail = _centre_tail_re().match(seg, m.end())
    return _OrganSpan(seg, m.start(), tail.end()) if tail is not None else None


@lru_cache(maxsize=1)
def _centre_tail_re() -> re.Pattern[str]:
    """The words of a centre's own name and its organ ending (organisations of roles.yml: tail_max, tail_breaks)."""
    orgs = load("roles")["organisations"]
    endings = sorted((e for es in orgs["endings"].values() for e in es if e.endswith(orgs["tail_ending"])),
                     key=len, reverse=True)
    breaks = alternation(orgs["tail_breaks"])
    return re.compile(rf"(?:(?!{breaks})[{CJK}]){{1,{int(orgs['tail_max'])}}}?(?:{alternation(endings)})")


@lru_cache(maxsize=4096)  # pure; a list's introduction is read again for each of its items
def _actor_at_head(s: str, a: int, b: int, lex: _Lexicon, allow_head_words: bool = True) -> _Actor | None:
    """The actor heading ``s[a:b]``, as written, if the clause starts with one."""
    seg = s[a:b]
    pos = lex.marker_re.match(seg).end()
    while pos < len(seg) and seg[pos] in "“\"‘ ":
        pos += 1
    # "指导教师每月…" is a role, though 指导 may also open a clause ("指导总校…")
    m = lex.actor_re.match(seg, pos)
    if not m and allow_head_words:
        m = lex.actor_re.match(seg, lex.actor_head_re.match(seg, pos).end())
    m = _division_over_role(seg, m, lex) or m  # "教师工作科每学期…": a division, not 教师
    if not m:
        # a division heads the clause on its own ("教务处每月检查1次教案")
        m = lex.division_re.match(seg, pos)
        if not m and allow_head_words:
            m = lex.division_re.match(seg, lex.actor_head_re.match(seg, pos).end())
        if not m and (owner := _starts_with_any(seg[pos:], _marks_words("division_owner_words"))):
            m = lex.division_re.match(seg, pos + len(owner))  # "局基础教育处每学期…": the bureau's own division
    if not m:
        m = _placed_organ(seg, pos, lex)
    if not m:
        return None
    m = _sent_people(seg, m, lex) or m
    m = _named_centre(seg, m, lex) or m
    start, end = m.start(), m.end()
    inner = lex.actor_re.match(seg, end)
    if inner is None and m.group(0).endswith(_SCHOOL) and _role_of(m.group(0), lex) in lex.non_person_roles:
        # "全市公办中小学校长，任职满1年的…" → 校长: the school's last character opens the role after it
        fused = lex.actor_re.match(seg, end - 1)
        if fused is not None and fused.end() > end and _role_of(fused.group(0), lex) not in lex.non_person_roles:
            inner = fused
    if inner is None and _role_of(m.group(0), lex) in lex.non_person_roles and (gloss := _BRACKET_AFTER_ACTOR.match(seg, end)):
        # "全市公办中小学（含中等职业学校）正职校长" → 正职校长: a gloss on the schools does not end the people they qualify
        after_gloss = lex.actor_re.match(seg, gloss.end())
        if after_gloss is not None and _role_of(after_gloss.group(0), lex) not in lex.non_person_roles:
            inner = after_gloss
    if _division_over_role(seg, inner, lex):
        inner = None  # "市教育局教师工作科…": the division after the bureau, not the teachers
    staffed = False
    if (inner and _role_of(m.group(0), lex) in lex.non_person_roles and _role_of(inner.group(0), lex) not in lex.non_person_roles
            and inner.group(0) not in _per_head_pronouns()  # "农村学校人均…面积": per head of the school's pupils
            and not _pronoun_after_head(m.group(0), inner.group(0), lex)
            # "各校推荐人选不超过…": the school's own act of recommending opens the people's name (r73b)
            and not inner.group(0).startswith(_marks_words("body_act_openers"))
            and not lex.hit_re.match(s, a + inner.end())):  # "每个工作室成员8至12人" counts the body's members
        # the school only qualifies the people after it ("农村中小学在岗教师" → 在岗教师)
        # but not when they are its staffing ("学校专职保安员配备：…")
        staffed = re.match(load("quotas")["marks"]["staffed_people"], seg[inner.end():]) is not None
        if not staffed:
            start, end = inner.start(), inner.end()
            if inner.group(0).endswith(tuple(load("quotas")["marks"]["unit_named_heads"])):
                start = m.start()  # "学校负责人": the heads are named by their unit
    if start == m.start() and _role_of(m.group(0), lex) in lex.non_person_roles:
        end = _own_unit_end(seg, end, inner) or end  # "学校食堂要…": the school's canteen heads it, not the school
    div = lex.division_re.match(seg, end)
    joined = lex.joiners_re.search(m.group(0)) and not lex.role_re.fullmatch(m.group(0))  # 县教育和体育局 is one organ
    if div and _role_of(m.group(0), lex) in lex.non_person_roles and not joined:
        start, end = div.start(), div.end()
        staff = lex.actor_re.match(seg, end)
        if staff and _role_of(staff.group(0), lex) not in lex.non_person_roles and not lex.hit_re.match(s, a + staff.end()):
            start, end = staff.start(), staff.end()  # "市教育局教学研究室教研员每学期…": the division's staff head it
    counted = _role_of(seg[start:end], lex) not in lex.non_person_roles and (
        _counted_people_re().match(s, a + end)
        # "每校参训教师为2名": set with 为, the people a unit sends are counted too, and the unit heads it
        or (start != m.start() and _counted_as_re().match(s, a + end)))
    if counted:
        # "每所学校参训教师不少于5人": the people are counted; the unit before them, if any, heads the clause
        if start == m.start() or _role_of(m.group(0), lex) not in lex.non_person_roles:
            unit = _unit_before_people(seg[start:end], lex) if start == m.start() else None
            if unit is None:
                return None
            end = start + len(unit)  # "城区学校专职保安员配备不少于2名": the schools the people qualify head it
        else:
            start, end = m.start(), m.end()
    text = seg[start:end]
    if _MEMBER_COUNT.match(s, a + end) and (unit := _unit_before_people(text, lex)) and unit.startswith(lex.every):
        end = start + len(unit)  # "每个工作室成员一般为8至12人" → 每个工作室, as when counted right after
        text = seg[start:end]
    after = seg[end:]
    if m.start() > pos and start == m.start() and text in _member_words():
        return None  # "指导成员上公开课不少于6节": the members are the object of the verb before them
    if text in _member_words() and _MEMBER_COUNT.match(s, a + end):
        return None  # "…考核小组，成员不少于5人": a bare 成员 counted in heads sizes the group named before
    if (start > pos and _counted_after(s, a + end, lex)) or (m.start() > pos and _bound_then_number(s, a + end, lex)):
        return None  # "指导青年教师1至2名" ("…不少于2名"): after a head word, people followed by their number are the object counted
    if after.startswith(("”", "’", '"')):
        after = after[1:]
    if after and _role_of(text, lex) in lex.non_person_roles and _starts_with_any(text[-1] + after, _cut_measure_nouns()):
        return None  # "每个班额小学不超过45人": 班 begins the measure noun 班额, no class heads the clause
    own = _each_body_measures(text, after, lex)  # "各学校推荐人数不得超过…": the school's own count
    if not own and (_starts_with_any(after, lex.measure_nouns) or lex.rate_after_role_re.match(after)):
        return None
    if after.startswith(lex.attributive) or lex.share_after_role_re.match(after):
        return None
    if _marks_re("partitive_after_role").match(after):
        return None  # "成员中年龄45周岁以下": the members are the set a part is taken from, not who acts
    # "全市中小学教师持证上岗率100%": the role names what is measured; but
    # "各学校按不低于…经费5%…" has a word that makes the role its subject
    # A 每-period after the role makes it the subject ("市财政局每年安排…经费");
    # 年度 does not ("全县教师年度参训率不低于98%" measures the teachers).
    period = lex.period_re.match(after)
    subject = (
        own
        or counted or staffed  # the unit whose people are counted or staffed (their 配备数量 is no measure of it)
        or _starts_with_any(after, lex.function_words)
        or lex.cmp_before_re.match(after)
        or (period and period.group(0).startswith(lex.every))
    )
    # what is measured stands before the first number ("专任教师本科以上学历比例达到85%…")
    num = lex.hit_re.search(after)
    if not subject and _role_of(text, lex) not in lex.non_person_roles and _own_share(after, lex):
        subject = True  # "学校领导推门听课占本人听课总数的比例…": the leaders' own lessons are weighed
    if not subject and _starts_with_any(after, _funding_verbs()) and _role_of(text, lex) in lex.non_person_roles:
        subject = True  # "学校安排…专项经费8000元": the body provides what the measure noun names
    if not subject and text != _SCHOOL and _role_of(text, lex) == _SCHOOL and _ends_with_any(
            _activity_words(after[: num.start()] if num else after, lex) or "", tuple(load("quotas")["marks"]["school_area_nouns"])):
        subject = True  # "农村学校劳动实践场地面积不少于500平方米": those schools provide their places (a bare 学校 is the kind)
    if not subject and _measured(after[: num.start()] if num else after, lex):
        return None
    if not subject and (num or lex.hit_re.match(s, b)) and _sets_thing(after[: num.start()] if num else after, lex):
        return None  # "小学师生比不低于1:19": the ratio is set, the schools do nothing
    # "学校管理…", "教师队伍…": the word heads a longer noun, not the clause
    if _starts_with_any(after, lex.noun_heads) and not _starts_with_any(after, _noun_head_not()) \
            and not _each_person_acts(text, after, lex) and not (
            own and _measured(after[: num.start()] if num else after, lex)):
        return None  # but "各学校培训完成率须达到100%": a body taken one by one heads a rate of its own
    if _stage_names_counted_kind(s, a + end, text, lex):
        return None  # "小学学科工作室15个": the stage names the kind of studio counted
    if _starts_with_any(after, _arrangement_heads().get(text, ())):
        return None  # "师徒结对期为三年": the pairing is set, not the pair's duty
    if not own and _unit_size_after(after, lex) and _role_of(text, lex) not in _marks_words("unit_size_own_roles"):
        return None  # "初中一年级每班不超过50人": the size of each class, not a duty of the schools
    if _scope_of_sampling(text, after, lex):
        return None  # "每个乡镇抽查学校不少于3所": each township is where someone else samples
    return _Actor(text, a + start, a + end)


@lru_cache(maxsize=1)
def _noun_head_not() -> tuple[str, ...]:
    """noun_head_not of roles.yml: words opening with a noun head that head no noun (工作日 is a day)."""
    return tuple(load("roles").get("noun_head_not") or ())


def _stage_names_counted_kind(s: str, k: int, text: str, lex: _Lexicon) -> bool:
    """Whether a school kind or stage not taken one by one (no 每/各) only names the kind of studio or
    stage group that the bound or number after ``s[k]`` counts ("小学学科工作室15个左右", "幼儿园和特殊教育工作室7个",
    "初中学段不少于4个": counted_kind_after_stage in quotas.yml); "每校名师工作室…" still heads it."""
    if _role_of(text, lex) not in lex.non_person_roles or text.startswith((lex.every, *load("roles")["distributive"])):
        return False
    kind = _marks_re("counted_kind_after_stage").match(s, k)
    if kind is None or kind.end() == k:
        return False
    return lex.hit_re.match(s, kind.end()) is not None or _bound_then_number(s, kind.end(), lex)


def _counted_after(s: str, k: int, lex: _Lexicon) -> bool:
    """Whether a number counting what stands before ``s[k]`` follows it ("青年教师1至2名"); a span
    within which something is done counts nothing ("确保每位教师五年内累计完成…": span_within_marks
    in quotas.yml)."""
    hit = lex.hit_re.match(s, k)
    if hit is None:
        return False
    return not (hit.group("unit") in lex.span_units and s.startswith(tuple(_marks_words("span_within_marks")), hit.end()))


def _sent_people(seg: str, organ: re.Match[str] | _OrganSpan, lex: _Lexicon) -> re.Match[str] | _OrganSpan | None:
    """The people an organ heading ``seg`` sends or appoints (sent_people in quotas.yml), read after
    the verb and 的: "县卫生健康局派驻的营养指导员每学期…" → 营养指导员 (the organ is the verb's subject
    inside the modifier, not the clause's); None when no people follow ("学校选派的骨干" names no role)."""
    if _role_of(organ.group(0), lex) not in lex.non_person_roles:
        return None
    verb = _marks_re("sent_people").match(seg, organ.end())
    if verb is None:
        return None
    people = lex.actor_re.match(seg, verb.end())
    if people is None:
        return _unlisted_sent_people(seg, verb.end(), lex)
    return None if _role_of(people.group(0), lex) in lex.non_person_roles else people


def _unlisted_sent_people(seg: str, k: int, lex: _Lexicon) -> _OrganSpan | None:
    """People the role list does not hold, from ``k`` to the 每-period or modal verb after them, when
    they name a subject (subject_before_period_re): "营养指导员每学期…" → 营养指导员."""
    stops = [m.start() for m in lex.period_re.finditer(seg, k) if m.group(0).startswith(lex.every)][:1]
    stops += [m.start() for m in lex.subject_modal_re.finditer(seg, k + 1)][:1]
    if not stops:
        return None
    end = min(stops)
    who = seg[k:end]
    named = _subject_words(who, lex) or who.endswith(_marks_words("sent_people_endings"))
    return _OrganSpan(who, k, end) if who and named else None


@lru_cache(maxsize=1)
def _period_only_marks() -> tuple[frozenset[str], tuple[str, ...]]:
    """period_only_terms and period_only_subject_words of roles.yml."""
    roles = load("roles")
    return frozenset(roles.get("period_only_terms") or ()), tuple(roles.get("period_only_subject_words") or ())


def _own_unit_end(seg: str, end: int, inner: re.Match[str] | None) -> int | None:
    """The end of a unit of the body that ends at ``end`` (a term of period_only_terms: 食堂) heading the
    clause with it: "学校食堂每周公布…" (``inner``, the term read with its 每-period) or "学校食堂要落实…",
    "幼儿园食堂实行…" (a word of period_only_subject_words after it) → 学校食堂, 幼儿园食堂 (actor30a).
    A bare 食堂 before such a word stays unread: "食堂实行非营利管理，…每学期公示一次收支情况" names no one."""
    terms, subject_words = _period_only_marks()
    if inner is not None and inner.start() == end and inner.group(0) in terms:
        return inner.end()
    unit = next((w for w in terms if seg.startswith(w, end)), None)
    if unit is None or not seg.startswith(subject_words, end + len(unit)):
        return None
    return end + len(unit)


def _each_person_acts(text: str, after: str, lex: _Lexicon) -> bool:
    """Whether a word of noun_heads after one person taken by 每 (每名, 每位, 每一名) is what that person
    does, not a noun the role is part of ("每名参训教师培训不少于12学时": each_person_verbs in roles.yml):
    only with the bound, a period or the amount right after it. A noun going on ("每名教师培训经费…",
    "每名新教师培训总学时…") names what is spent on or measured of each."""
    verbs, each_one = _each_person_words()
    verb = _starts_with_any(after, verbs)
    if verb is None or _role_of(text, lex) in lex.non_person_roles:
        return False
    if not text.startswith(each_one):
        return False
    rest = after[len(verb):]
    return bool(lex.cmp_before_re.match(rest) or lex.period_re.match(rest) or lex.hit_re.match(rest))


@lru_cache(maxsize=1)
def _cut_measure_nouns() -> tuple[str, ...]:
    """measure_nouns of quotas.yml longer than one character: a unit's name (a role of non_person_roles)
    whose last character begins one of them with what follows (每个班|额) was cut out of that noun (班额)
    and heads nothing. People are left alone: "各地申报人数…" is read by the steps as before."""
    return tuple(w for w in load("quotas")["measure_nouns"] if len(w) > 1)


@lru_cache(maxsize=1)
def _each_person_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """each_person_verbs of roles.yml, and its distributive words that take one person (每名, 每位 …)."""
    roles = load("roles")
    return tuple(roles["each_person_verbs"]), tuple(w for w in roles["distributive"] if w.startswith("每"))


@lru_cache(maxsize=1)
def _arrangement_heads() -> dict[str, tuple[str, ...]]:
    """arrangement_heads of quotas.yml: per role as written, the words after it that name an arrangement."""
    return {role: tuple(words) for role, words in load("quotas")["marks"]["arrangement_heads"].items()}


@lru_cache(maxsize=1)
def _each_body_marks() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """each_body and each_body_not of quotas.yml."""
    marks = load("quotas")["marks"]
    return tuple(marks["each_body"]), re.compile("|".join(marks["each_body_not"]))


@lru_cache(maxsize=1)
def _admit_verbs() -> tuple[str, ...]:
    """admit_verbs of quotas.yml: a school's own admitting, weighed by a share after it."""
    return tuple(load("quotas")["marks"]["admit_verbs"])


def _each_body_measures(text: str, after: str, lex: _Lexicon) -> bool:
    """Whether a body taken one by one heads a measure of its own ("各学校招生信息公开率达到100%",
    "每所学校参训人数不少于2人" → the school), not a share of the people within it ("…的教师比例"),
    or a school heads a share of its own admitting ("公办学校接收随迁子女比例")."""
    each, not_re = _each_body_marks()
    marks = load("quotas")["marks"]
    if _role_of(text, lex) in marks["own_class_size_roles"] and re.match(marks["own_class_size"], after):
        return True  # "培训机构每班学员人数不超过30人": the institution sizes its own classes
    if _role_of(text, lex) == _SCHOOL and after.startswith(_admit_verbs()) and _ends_with_any(
            _activity_words(after[: m.start()] if (m := lex.hit_re.search(after)) else after, lex) or "",
            tuple(load("quotas")["marks"]["share_measure_words"])):
        return True  # "公办学校接收随迁子女比例不低于85%": the share weighs the school's own admitting
    # "各县(市)、区教师交流人数": the teachers are counted; the 、 of a trailing gloss joins nothing ("各县(市、区)")
    last = lex.joiners_re.split(_TRAILING_PAREN.sub("", text))[-1]
    # "市直学校推荐人数…", "民办学校招生计划…": a kind of school named by who runs it has an allotment of its own
    owned = re.match(marks["owned_kind"], text) is not None
    if not (text.startswith(each) or owned) or _role_of(text, lex) not in lex.non_person_roles or _role_of(last, lex) not in lex.non_person_roles:
        return False
    num = lex.hit_re.search(after)
    return not not_re.search(after[: num.start()] if num else after)


@lru_cache(maxsize=1)
def _own_share_marks() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """own_share and own_share_counted of quotas.yml."""
    return re.compile(load("quotas")["patterns"]["own_share"]), tuple(load("quotas")["marks"]["own_share_counted"])


def _own_share(after: str, lex: _Lexicon) -> bool:
    """Whether the words after people heading a clause are an act of theirs and then 占, so
    that the share weighs their own act ("推门听课占本人听课总数的比例"), not a head count
    of them ("参加培训的人数占…") nor a group within them ("中骨干教师占…")."""
    pattern, counted = _own_share_marks()
    m = pattern.match(after)
    if m is None or lex.role_re.match(after) or _starts_with_any(after, lex.measure_nouns):
        return False
    act = m.group("act").removesuffix("的")
    return _ends_with_any(act, counted) is None and lex.role_re.search(act) is None


def _unit_before_people(actor: str, lex: _Lexicon) -> str | None:
    """The schools or bodies that open a run of words ending in people, when they are the people's
    qualifier ("城区学校专职保安员" → 城区学校, "中小学校、幼儿园专职保安员" → 中小学校、幼儿园); None
    when no such unit opens it ("专职保安员")."""
    # "每个工作室成员8至12人" → 每个工作室: a group taken one by one before its members, which the lexicon reads as one
    # role (工作室成员), heads their count (gold over all sets, 每个工作室成员…人: 每个工作室 24, null 6)
    each = _starts_with_any(actor, tuple(lex.every))
    member = _ends_with_any(actor, _member_words())
    if each and member and len(actor) - len(each) - len(member) >= 2:
        return actor[: -len(member)]
    terms = list(lex.term_re.finditer(actor))
    if len(terms) < 2 or _role_of(terms[-1].group(0), lex) in lex.non_person_roles:
        return None
    units = [t for t in terms[:-1] if _role_of(t.group(0), lex) in lex.non_person_roles]
    if not units or any(_role_of(t.group(0), lex) not in lex.non_person_roles for t in terms[: terms.index(units[-1])]):
        return None
    return actor[: units[-1].end()]


@lru_cache(maxsize=1)
def _counted_people_re() -> re.Pattern[str]:
    """counted_people of quotas.yml: a bare count of people right after people ("不少于3名")."""
    marks = load("quotas")["marks"]
    return re.compile(f"{marks['counted_people']}|{marks['counted_staffed']}")


@lru_cache(maxsize=1)
def _counted_as_re() -> re.Pattern[str]:
    """counted_people_as of quotas.yml: a count of people set with 为 ("为2名", "一般为7至15人")."""
    return re.compile(load("quotas")["marks"]["counted_people_as"])


@lru_cache(maxsize=1)
def _sampling_verbs() -> tuple[str, ...]:
    """sampling_verbs of quotas.yml: verbs of picking some of a unit's members to check or award (抽查, 评选出)."""
    return tuple(load("quotas")["marks"]["sampling_verbs"])


def _scope_of_sampling(text: str, after: str, lex: _Lexicon) -> bool:
    """Whether a 每-unit heading a clause is only the scope an inspection or a contest picks from
    ("每个乡镇抽查学校不少于3所", "每所学校随机抽查教师不少于10名", "每个学科评选出一等奖不超过5个"):
    the inspector or organiser is named elsewhere, or nobody is (sampling_verbs in quotas.yml)."""
    if not text.startswith(tuple(lex.every)) or _role_of(text, lex) not in lex.non_person_roles:
        return False  # "每名教师抽查学生作业本不少于5本": a person checks their own pupils' work
    adverb, _ = _subject_adverb_res()
    m = adverb.match(after)
    return _starts_with_any(after[m.end():] if m else after, _sampling_verbs()) is not None


def _unit_size_after(after: str, lex: _Lexicon) -> bool:
    """Whether a per-unit word (subject_unit_words: 每班), at most a grade's few words after the role,
    is followed by a measure, a bound or a numeral: the clause sets the size of each unit."""
    _, units = _subject_adverb_res()
    m = units.search(after, 0, _UNIT_SIZE_GAP + 2)
    if m is None or m.start() > _UNIT_SIZE_GAP or not re.fullmatch(rf"[{CJK}]*", after[: m.start()]):
        return False
    return _size_follows(after[m.end():], lex)


def _size_follows(rest: str, lex: _Lexicon) -> bool:
    """Whether the words after a per-unit word set a size: a measure, a bound or a numeral,
    maybe after the people counted ("每班学生不超过55人")."""
    counted = lex.role_re.match(rest)
    rest = rest[counted.end():] if counted else rest
    if counted and rest.startswith("数"):
        rest = rest[1:]  # "每班学生数不超过45人": the number of the people counted
    return bool(_starts_with_any(rest, lex.measure_nouns) or lex.cmp_before_re.match(rest) or _HAS_NUMERAL.match(rest))


_UNIT_SIZE_GAP = 4  # "一年级", "起始年级": the words of a grade between a school and 每班


def _bound_then_number(s: str, k: int, lex: _Lexicon) -> bool:
    """Whether a comparator word and then a numeral stand at ``s[k]`` ("不少于2名", "至少3人")."""
    m = lex.cmp_before_re.match(s, k)
    return m is not None and lex.hit_re.match(s, m.end()) is not None


def _measured(stretch: str, lex: _Lexicon, rates_only: bool = False) -> bool:
    """Whether the words before a numeral name a measure of a group, not a
    duty of someone ("合格率不低于", "优秀等次比例一般不超过", "班主任津贴每月不低于").

    With ``rates_only`` a head count ("专职教研员总数不少于40人") does not
    count: someone named before must still provide it.
    """
    noun = _ends_with_any(_activity_words(stretch, lex) or "", lex.measure_nouns)
    if noun is None:  # "近视率每年下降1个百分点以上": a rate and how it must change (rate_change_tail)
        bound = lex.cmp_before_re.search(stretch)
        core = stretch[: bound.start()] if bound and bound.end() == len(stretch) else stretch
        tail = _marks_re("rate_change_tail").search(core)
        if tail is not None and tail.start() < len(core):
            rate = _ends_with_any(_activity_words(core[: tail.start()], lex) or "", lex.measure_nouns)
            return rate is not None and rate.endswith("率")
    return noun is not None and not (rates_only and noun in lex.count_measures)


@lru_cache(maxsize=1)
def _set_nouns() -> tuple[str, ...]:
    """set_nouns of quotas.yml: nouns for a thing a clause sets (加分, 标准, 师生比)."""
    return tuple(load("quotas")["marks"]["set_nouns"])


def _sets_thing(stretch: str, lex: _Lexicon) -> bool:
    """Whether the words before a numeral name a thing the clause sets, not a duty of someone
    ("加分不超过", "补助标准为每课时", "师生比不低于"; set_nouns in quotas.yml)."""
    words = _activity_words(stretch, lex) or ""
    # "食品留样每餐每个品种不少于125克": the units the amount is per come after the thing
    return _ends_with_any(words, _set_nouns()) is not None or _ends_with_any(_marks_re("set_noun_unit_tail").sub("", words), _set_nouns()) is not None


def _fee_per_pupil(stretch: str, lex: _Lexicon) -> bool:
    """Whether the words before a numeral name a fee charged per pupil ("每生每学期收费不超过";
    fee_nouns and fee_per_pupil_words in quotas.yml): a thing the clause sets, done by no one."""
    marks = load("quotas")["marks"]
    if re.match(marks["per_pupil_fund"], lex.marker_re.sub("", stretch, count=1)):
        return True  # "生均图书经费小学每年不低于30元": a fund set per pupil
    words = _activity_words(stretch, lex) or ""
    fee = _ends_with_any(words, tuple(marks["fee_nouns"])) or _ends_with_any(_marks_re("set_noun_unit_tail").sub("", words), tuple(marks["fee_nouns"]))
    return fee is not None and any(w in stretch for w in marks["fee_per_pupil_words"])


def _antecedent(s: str, upto: int, lex: _Lexicon) -> str | None:
    """The group of people a 每人/人均 refers to, when the text names them
    as an object ("将教研员纳入…，每人…" → 教研员). A group that is the subject
    is already named and 每人 stays as written ("教研员要…，每人每学年…");
    an organisation or a school is not "each person"."""
    for m in lex.role_re.finditer(s, 0, upto):
        if _role_of(m.group(0), lex) in lex.non_person_roles:
            continue
        if _starts_with_any(s[m.end():], lex.noun_heads):  # "教师教育网" names a thing
            continue
        if _ends_with_any(s[: m.start()], lex.object_markers):
            return m.group(0)
    return None


def _label_actor(s: str, bounds: list[tuple[int, int]], ci: int, lex: _Lexicon) -> str | None:
    """The people a 每人/人均 refers to when a run-in label names them before it, as written
    ("（一）区教育局领导班子成员：每人每学期推门听课不少于10节" → 区教育局领导班子成员,
    "（四）学校校长、书记：每人每周听课不少于2节，每学期不少于40节" → 学校校长、书记 for both):
    the nearest clause before that ends in a label end (label_ends in quotas.yml) and holds
    nothing but people: a person's role, maybe others joined to it, or a role or organ and a
    word for its people (label_people_endings: 教育办负责人). SCHEMA "Conventions settled
    later": 每人 only when nothing else heads the clause. A clause between that is headed by an
    actor of its own (not another 每人) ends the search; a school or organ alone keeps 每人 ("一类学校：每人每月500元"
    pays the people of those schools), and so does a label naming a thing ("网络研修：每人…")."""
    marks = load("quotas")["marks"]
    for j in range(ci - 1, -1, -1):
        a, b = bounds[j]
        if b >= len(s) or not s.startswith(tuple(marks["label_ends"]), b):
            head = _actor_at_head(s, a, b, lex, allow_head_words=False)
            if head is not None and head.text not in lex.pronouns:
                return None
            continue
        a = lex.marker_re.match(s, a).end()
        label = s[a:b].strip()
        ending = _ends_with_any(label, tuple(marks["label_people_endings"]))
        organ = lex.actor_re.match(label)
        if ending and organ and re.fullmatch(rf"[{CJK}]{{0,4}}", label[organ.end(): -len(ending)]):
            return label  # "镇（街道）教育办负责人": an organ and a word for its people
        found = _actor_at_head(label, 0, len(label), lex, allow_head_words=False)
        if found is None or _role_of(found.text, lex) in lex.non_person_roles:
            return None
        rest = label[found.end:]
        joined = lex.joiners_re.match(rest) is not None and re.fullmatch(rf"[{CJK}]{{1,6}}", rest[1:]) is not None
        return label if not rest or joined else None
    return None


def _subject_before(s: str, bounds: list[tuple[int, int]], ci: int, prev: _Found | None, lex: _Lexicon) -> str | None:
    """The person's role a 每人 opening clause ``ci`` refers to when the clause before it, joined by
    a comma (pronoun_subject_separators in quotas.yml), is a quota headed by that role and its
    每-period ("教研员每学期深入学校听课不少于40节，每人联系2至3所学校" → 教研员). SCHEMA
    "Conventions settled later": 每人 only when nothing else heads the clause."""
    if prev is None or prev.clause != ci - 1 or prev.actor is None or ci == 0:
        return None
    a, b = bounds[ci - 1]
    seps = tuple(load("quotas")["marks"]["pronoun_subject_separators"])
    if b >= len(s) or not s.startswith(seps, b):
        return None
    head = prev.actor
    if head.text in lex.pronouns or not a <= head.start < b:
        return None  # the role must be in the clause before, not carried into it
    if not re.fullmatch(rf"[{CJK}]{{0,12}}", s[a: head.start]):
        return None  # and open it, maybe after its organ ("区教师发展中心教研员每学期…")
    role = _role_of(head.text, lex)
    if role is None or role in lex.non_person_roles or not lex.period_re.match(s, head.end):
        return None
    return head.text


def _subject_before_semicolon(p: _Site, actor: _Actor) -> str | None:
    """The person's role a 每人 opening a provision refers to when the provision before it, closed by a
    semicolon (pronoun_sentence_separators in quotas.yml), opens with that role and its 每-period or a
    modal: "食堂从业人员每年至少进行一次健康检查，…方可上岗；每人每年接受食品安全培训不少于40学时" →
    食堂从业人员. An organ there ("…中心每年组织…培训；每人…") or a list item keeps 每人."""
    s, lex, prov, ctx = p.s, p.lex, p.prov, p.ctx
    if s[p.head: actor.start].strip() or lex.item_re.match(prov.text) or not ctx.provisions:
        return None
    idx = _prov_index(prov, ctx)
    if not idx:
        return None
    marks = load("quotas")["marks"]
    before = ctx.provisions[idx - 1]
    t = before.text.rstrip()
    if not t.endswith(tuple(marks["pronoun_sentence_separators"])) or before.end != prov.start \
            or lex.item_re.match(t):
        return None
    bounds = _clause_bounds(t, lex)
    a, b = max(bounds[0][0], lex.marker_re.match(t).end()), bounds[0][1]
    head = _actor_at_head(t, a, b, lex, allow_head_words=False)
    if head is None or head.text in lex.pronouns or _role_of(head.text, lex) in (None, *lex.non_person_roles):
        return None
    modals = tuple(marks["pronoun_subject_modals"])
    if not (lex.period_re.match(t, head.end) or t.startswith(modals, head.end)):
        return None
    return head.text


def _quota_before_semicolon(text: str, p: _Site, f: _Found) -> Quota | None:
    """The last quota of the provision before, closed by a semicolon, when this provision opens with a bare
    group of pupils and its bound in the same measure word: "三至六年级书面作业平均完成时间不超过60分钟；初中不超过
    90分钟" → the second counts 书面作业平均完成时间 per day too, as a comma between them would say
    (_activity_of_previous). A list item or a clause with words of its own before the bound keeps its own."""
    s, lex, prov, ctx = p.s, p.lex, p.prov, p.ctx
    actor = f.actor
    if actor is None or f.clause != 0 or actor.start != p.head or lex.item_re.match(prov.text) or not ctx.provisions:
        return None
    if not _scope_marks()[0].match(actor.text) or not lex.cmp_before_re.fullmatch(s[actor.end: f.hit.start]):
        return None
    before = _provision_before(prov, ctx)
    if before is None or not before.text.rstrip().endswith(tuple(load("quotas")["marks"]["pronoun_sentence_separators"])) \
            or before.end != prov.start:
        return None
    last = _last_quota_of(text, before, ctx)
    return last if last is not None and last.unit == f.hit.unit and last.activity else None


def _provision_before(prov: Provision, ctx: Context) -> Provision | None:
    """The provision right before ``prov`` in ``ctx.provisions``, None for the first."""
    idx = _prov_index(prov, ctx)
    return ctx.provisions[idx - 1] if idx else None


def _last_quota_of(text: str, prov: Provision, ctx: Context) -> Quota | None:
    """The last quota ``prov`` states, read again (a provision's quotas may hand their act on to the next one)."""
    last = None
    for last in _extract(text, prov, ctx, None):
        pass
    return last


def _quota_of_previous_item(text: str, p: _Site, f: _Found) -> Quota | None:
    """The last quota of the list item before, when this item names nothing counted before its bound:
    "1.校长每学期听课不少于20节；2.教导主任每学期不少于30节" → the second counts 听课 too, in the same
    measure word. Only sibling items (the same kind of marker, right before) that name someone hand it on."""
    s, lex, prov, ctx = p.s, p.lex, p.prov, p.ctx
    if f.clause != 0 or not lex.item_re.match(prov.text) or not ctx.provisions:
        return None
    actor = f.actor
    if actor is None or actor.start < 0:
        return None
    rest = lex.period_re.sub("", s[actor.end: f.hit.start])
    if rest and not lex.cmp_before_re.fullmatch(rest):
        return None  # words of its own before the bound: it names what it counts, or something else
    before = _provision_before(prov, ctx)
    kind = _marker_kind(prov.text, lex)
    if before is None or kind is None or _marker_kind(before.text, lex) != kind:
        return None
    last = _last_quota_of(text, before, ctx)
    # the item before names whose amount it is, as this one does: a bare stage after an item naming no one
    # ("（一）每天户外活动不少于2小时；（二）初中不少于1小时") is left to its own words
    return last if last is not None and last.unit == f.hit.unit and last.activity and last.actor else None


def _members_counted(actor: str, unit: str) -> str | None:
    """"每个工作室成员一般为8至12人" → 工作室成员: a head count whose clause names nothing but the
    group's members counts those members (marks.member_count)."""
    spec = load("quotas")["marks"]["member_count"]
    if unit not in spec["units"]:
        return None
    m = _marks_member_re().fullmatch(actor)
    return m.group("members") if m and len(m.group("members")) >= 2 else None


@lru_cache(maxsize=1)
def _marks_member_re() -> re.Pattern[str]:
    """marks.member_count.words of quotas.yml."""
    return re.compile(load("quotas")["marks"]["member_count"]["words"])


def _obliged_subject(s: str, bounds: list[tuple[int, int]], ci: int, lex: _Lexicon) -> str | None:
    """The person's role a 每人 opening clause ``ci`` refers to when an earlier clause of the sentence,
    joined by commas, is headed by that role and says it must do something (pronoun_subject_modals in
    quotas.yml): "在职在岗教师均须参加培训，每人每年参加培训不少于72学时" → 在职在岗教师. Clauses naming
    nobody in between are passed over; one headed by anyone else ends the search."""
    marks = load("quotas")["marks"]
    seps, modals = tuple(marks["pronoun_subject_separators"]), tuple(marks["pronoun_subject_modals"])
    for j in range(ci - 1, -1, -1):
        a, b = bounds[j]
        if b >= len(s) or not s.startswith(seps, b):
            return None
        head = _actor_at_head(s, a, b, lex, allow_head_words=False)
        if head is None:
            # "年龄在45周岁以下的教师须参加…培训": the group a condition defines, right before the modal
            defined = next((m for m in lex.role_re.finditer(s, a + 1, b) if (s[m.start() - 1] == lex.attributive
                            or lex.attributive in m.group(0)) and s.startswith(modals, m.end())), None)
            if defined is not None and _role_of(defined.group(0), lex) not in (None, *lex.non_person_roles):
                return defined.group(0)
            listed = _defined_list(s, a, b, lex)
            if listed is not None:
                return listed
            continue
        if head.text in lex.pronouns or _role_of(head.text, lex) in (None, *lex.non_person_roles):
            return None
        k = min((k for w in modals if (k := s.find(w, head.end, b)) >= 0), default=-1)
        # "申报人员提交的…材料须为…": 的 makes the role part of what is obliged, not its subject
        return head.text if k >= 0 and lex.attributive not in s[head.end: k] else None
    return None


def _defined_list(s: str, a: int, b: int, lex: _Lexicon) -> str | None:
    """The joined group a condition defines right before the modal, from its 的 on:
    "全市在编的小学、初中教师均须参加培训" → 小学、初中教师 (the last name of the list is the
    person's role; the names before it qualify it)."""
    modals = _marks_words("pronoun_subject_modals")
    for m in lex.role_re.finditer(s, a + 1, b):
        if not s.startswith(modals, m.end()) or _role_of(m.group(0), lex) in (None, *lex.non_person_roles):
            continue
        joined = re.search(rf"{lex.attributive}((?:[{CJK}]{{1,6}}(?:{lex.joiners_re.pattern}))+[{CJK}]{{0,6}})$", s[a: m.start()])
        if joined is not None:
            return joined.group(1) + m.group(0)
    return None


def _prov_index(prov: Provision, ctx: Context) -> int | None:
    """Where ``prov`` stands in ``ctx.provisions``."""
    provs = ctx.provisions
    if 0 <= prov.ordinal < len(provs) and provs[prov.ordinal].ordinal == prov.ordinal:
        return prov.ordinal
    return next((i for i, p in enumerate(provs) if p.ordinal == prov.ordinal), None)


def _lead_length(s: str, prov: Provision, ctx: Context, lex: _Lexicon) -> int:
    """Length of the heading and list markers opening a provision (一、 (一) 1. ① 第七条 …).

    "2.40岁以下教师…" reads as item 2 only when it continues a numbered list
    ("1." before it, or "2." after a "1."), not as the number 2.40.
    """
    end = lex.marker_re.match(s).end()
    m = _LIST_NUMBER.match(s[end:])
    if not m or not ctx.provisions:
        return end
    idx = _prov_index(prov, ctx)
    if idx is None:
        return end
    n = int(m.group(1))
    want, near = (n - 1, range(idx - 1, max(-1, idx - 15), -1)) if n > 1 else (2, range(idx + 1, min(len(ctx.provisions), idx + 15)))
    if any(re.match(rf"[\s　]*{want}[.．、]", ctx.provisions[j].text) for j in near):
        return end + m.end()
    return end


def _marker_kind(text: str, lex: _Lexicon) -> str | None:
    """The kind of heading marker opening ``text`` (cn_paren for "（二）", arabic for "2.")."""
    return next((k for k, r in lex.marker_kinds if r.match(text)), None)


def _duty_heading_actor(text: str, lex: _Lexicon) -> str | None:
    """The role a heading line gives its items ("（二）学员职责" → 学员), else None."""
    body = text[lex.marker_re.match(text).end():].strip().rstrip("。.：:")
    m = lex.duty_heading_re.fullmatch(body)
    return m.group("role") if m else None


def _role_heading_actor(text: str, lex: _Lexicon) -> str | None:
    """The person role a run-in heading consists of ("（一）名师。" → 名师), else None: not a unit, grade or
    stage (non_person_roles), nor a title applied for (marks.role_heading_not_openers in quotas.yml). A
    heading line without the run-in stop ("三、工作室成员") titles a section about the group, not its duties."""
    if not text.endswith(("。", "：", ":")):
        return None
    body = text[lex.marker_re.match(text).end():].strip().rstrip("。.：:")
    if not lex.role_re.fullmatch(body) or _role_of(body, lex) in lex.non_person_roles:
        return None
    return None if body.startswith(_marks_words("role_heading_not_openers")) else body


def _list_intro_actor(prov: Provision, ctx: Context, lex: _Lexicon) -> str | None:
    """The actor of a list introduced by a colon ("教研员应具备如下条件：1.… 5.具有6年以上…")
    or by a heading naming whose duties follow ("（一）导师职责  1.每学期听课…")."""
    if not lex.item_re.match(prov.text) or not ctx.provisions:
        return None
    idx = _prov_index(prov, ctx)
    if idx is None:
        return None
    kind = _marker_kind(prov.text, lex)
    for j in range(idx - 1, max(-1, idx - 15), -1):
        t = ctx.provisions[j].text.strip()
        if t.endswith(("：", ":")):
            return _intro_actor(t, lex)
        if lex.item_re.match(t) and _marker_kind(t, lex) != kind:
            # a marker of another level heads the list: it names the actor only
            # as a duty heading ("（二）学员职责")
            return _duty_heading_actor(t, lex)
        if not lex.item_re.match(t) and not t.endswith(("；", ";")):
            return None
        colon = _colon_at(t)
        if colon >= 0:
            # "申报人应具备以下条件：（一）…；" then "（二）…": the introduction opens the provision before
            return _intro_actor(t[: colon + 1], lex)
    return None


def _colon_at(t: str) -> int:
    """Where the last colon of ``t`` that is not a clock time (8:30) stands, or -1."""
    k = len(t)
    while True:  # from colon to colon (rfind), not character by character
        k = max(t.rfind("：", 0, k), t.rfind(":", 0, k))
        if k < 0 or not (0 < k < len(t) - 1 and t[k - 1].isdigit() and t[k + 1].isdigit()):
            return k


def _intro_actor(t: str, lex: _Lexicon) -> str | None:
    """The actor an introduction ending in a colon names: a role heading it
    ("教研员应具备如下条件："), or whoever it sets conditions or duties for
    ("申报人应具备以下条件：", "骨干教师培养对象的职责：")."""
    # the clause that opens the list is the last one ("骨干教师培养对象从…中选拔，申报人应具备以下条件：")
    cut = max(t.rfind(c, 0, len(t) - 1) for c in "，,")
    if cut > 0:
        tail = _intro_actor(t[cut + 1:], lex)
        if tail and lex.role_re.fullmatch(tail):  # not "并同时具备以下条件"
            return tail
    found = _actor_at_head(t, 0, len(t), lex, allow_head_words=False)
    if found:
        return found.text
    opening = next((x for x in _find_periods(t, lex) if x.start == lex.marker_re.match(t).end()), None)
    if opening is not None:  # "每学期各校应做到：" → 各校
        found = _actor_at_head(t, opening.end, len(t), lex, allow_head_words=False)
        if found:
            return found.text
    duty = _duty_heading_actor(t, lex)
    if duty:  # "第五条　班主任工作基本要求：" → 班主任 (工作 after the role kept it from heading the clause)
        return duty
    body = t[lex.marker_re.match(t).end():].strip().rstrip("：:")
    m = lex.intro_actor_re.match(body)
    if not m or lex.period_start_re.match(m.group("who")):
        return None
    who = m.group("who")
    # "申请定期注册须同时满足以下条件：", "申报学时须提交下列材料：": words that name nobody (no role, organ,
    # subject or party ending, and no party described with 的: "承接研学任务的机构") name no actor
    parties = tuple(load("quotas")["marks"]["intro_party_endings"])
    return who if _subject_words(who, lex) or who.endswith(parties) or lex.attributive in who[1:-1] else None


def _intro_text(prov: Provision, ctx: Context, lex: _Lexicon) -> str | None:
    """The introduction (up to its colon) of the list ``prov`` belongs to, or of the
    sentence it continues after a "；" ("每学期听课节数要求：校级领导不少于20节；备课组长不少于12节")."""
    if not ctx.provisions:
        return None
    idx = _prov_index(prov, ctx)
    if idx is None:
        return None
    item = lex.item_re.match(prov.text)
    labelled = _labelled_amount(prov.text.strip(), lex) or _spaced_label_amount(prov.text.strip(), lex)
    for j in range(idx - 1, max(-1, idx - 15), -1):
        t = ctx.provisions[j].text.strip()
        chained = t.endswith(("；", ";"))
        colon = _colon_at(t)
        if labelled and chained and _labelled_amount(t, lex):
            continue  # "校长：不少于20节；" is a sibling of "教导主任：不少于30节", not their introduction
        if labelled and _spaced_label_amount(t, lex) and _spaced_label_amount(prov.text.strip(), lex):
            continue  # "校长 不少于20节" on its own line: a row of the same table-like list
        if labelled and _TABLE_HEADER.fullmatch(t) and _spaced_label_amount(prov.text.strip(), lex):
            continue  # "学段　每周体育课时": the header of those rows stands between them and their introduction
        if colon >= 0 and (chained or colon == len(t) - 1):
            return t[:colon]
        if not (chained or (item and lex.item_re.match(t))):
            return None
    return None


def _labelled_amount(t: str, lex: _Lexicon) -> bool:
    """Whether ``t`` is one line of a list of amounts by label ("教导主任：不少于30节；"): a short
    label, its colon, then the amount's comparator or numeral."""
    colon = _colon_at(t)
    if not 0 < colon <= _LABEL_REACH or colon == len(t) - 1:
        return False
    rest = t[colon + 1:].lstrip()
    return bool(lex.cmp_before_re.match(rest) or _HAS_NUMERAL.match(rest))


_LABEL_REACH = 20  # a role or group naming a list line ("任教不满3年的青年教师：") is short
_SPACED_LABEL = re.compile(r"([^\s，,。；;：:]{1,20})\s+")
# the header line of a table-like list: cells set out with a space, no numeral, no punctuation
_TABLE_HEADER = re.compile(r"[^\s，,。；;：:0-9０-９]{1,20}(?:\s+[^\s，,。；;：:0-9０-９]{1,20})+")


def _spaced_label_amount(t: str, lex: _Lexicon) -> bool:
    """Whether ``t`` is a whole line of a table-like list set out with a space, not a colon
    ("教研组长 不少于25节", "任课教师　15节"): a short label, the gap, then one bound amount."""
    m = _SPACED_LABEL.match(t)
    if not m or any(x in t[m.end():] for x in "，,。；;：:"):
        return False
    rest = t[m.end():]
    return bool(lex.cmp_before_re.match(rest) or _HAS_NUMERAL.match(rest))


def _intro_periods(intro: str | None, lex: _Lexicon) -> list[_Period]:
    """The period words of an introduction ("每学期听课节数要求" → semester); with none, a requirement
    set for this term ("本学期听课节数要求如下" → semester: marks.intro_this_term). 本学期 alone is a point
    (period_not_after), but a list introduced as this term's requirements counts each item over the term."""
    if not intro:
        return []
    periods = _find_periods(intro, lex)
    if periods:
        return periods
    m = _marks_re("intro_this_term").search(intro)
    return [_Period(m.start(), m.start() + len("本学期"), "semester")] if m else []


def _intro_period(intro: str | None, lex: _Lexicon) -> str | None:
    """The last period word of an introduction ("每学期听课节数要求" → semester)."""
    periods = _intro_periods(intro, lex)
    return periods[-1].period if periods else None


@lru_cache(maxsize=1)
def _intro_bracket_marks() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """patterns.intro_bracket_period (an open bracket before an introduction's period) and
    patterns.intro_requirement_tail (须达到以下节数 at the end of the words before it)."""
    pats = load("quotas")["patterns"]
    return re.compile(pats["intro_bracket_period"]), re.compile(pats["intro_requirement_tail"])


def _intro_activity(intro: str | None, lex: _Lexicon) -> str | None:
    """What an introduction that states a period counts for its items
    ("每学期听课节数要求" → 听课): its words after the period, without the
    words that name the count itself (intro_count_words)."""
    periods = _intro_periods(intro, lex)
    if not intro or not periods:
        return None
    words = intro[periods[-1].end:]
    bracket, tail = _intro_bracket_marks()
    opened = bracket.search(intro, 0, periods[-1].start)
    if opened and re.fullmatch(r"[^（()）]*[）)]\s*", words):
        # "…听课须达到以下节数（以每学期计）": the period is a gloss; what is counted stands before it
        words = tail.sub("", intro[: opened.start()])
    who = _actor_at_head(words, 0, len(words), lex, allow_head_words=False)
    if who is not None:  # "每学期各校应做到" names who, not what
        words = words[who.end:]
    changed = True
    while changed:
        end = _ends_with_any(words, lex.intro_count_words)
        changed = bool(end) and len(words) > len(end)
        if changed:
            words = words[: -len(end)]  # type: ignore[arg-type]
    return _activity_words(words, lex) or None


def _chain_actor(prov: Provision, ctx: Context, lex: _Lexicon) -> str | None:
    """The subject of the earlier part of the sentence when ``prov`` follows a
    "；" ("校长…满8年的，应当交流；…满10年的，必须交流" → 校长). A list item
    stands on its own: its actor comes from the list's introduction."""
    if lex.item_re.match(prov.text) or not ctx.provisions:
        return None
    idx = _prov_index(prov, ctx)
    if idx is None:
        return None
    for j in range(idx - 1, max(-1, idx - 6), -1):
        t = ctx.provisions[j].text.rstrip()
        if not t.endswith(("；", ";")):
            return None
        bounds = _clause_bounds(t, lex)
        lead = lex.marker_re.match(t).end()
        a, b = max(bounds[0][0], lead), bounds[0][1]
        found = _actor_at_head(t, a, b, lex, allow_head_words=False) or _topic_actor(t, (a, b), lex)
        if found:
            return found.text
        if lex.item_re.match(t):
            return None
    return None


def _article_actor(prov: Provision, ctx: Context, lex: _Lexicon) -> str | None:
    """The actor of the opening line of the 第X条 article whose list item ``prov`` is
    ("第五条 兼职教研员应当履行下列职责。(一)每学期参与…不少于4次" → 兼职教研员).

    Only items inherit: a later sentence of the article may be about someone
    else ("第五条 兼职教研员按…选聘。每学科聘任兼职教研员3—5名").
    """
    path = prov.section_path or ""
    parts = path.split("/")
    k = next((i for i in range(len(parts) - 1, -1, -1) if lex.article_re.fullmatch(parts[i])), None)
    if k is None or k == len(parts) - 1 or not lex.item_re.match(prov.text):
        return None
    idx = _prov_index(prov, ctx)
    if idx is None:
        return None
    article = "/".join(parts[: k + 1])
    for j in range(idx - 1, -1, -1):
        p = ctx.provisions[j]
        if not (p.section_path == article or (p.section_path or "").startswith(article + "/")):
            return None
        if lex.article_re.match(p.text):
            found = _actor_at_head(p.text, 0, len(p.text), lex, allow_head_words=False)
            return found.text if found else None
    return None


# ---------------------------------------------------------------- activities


def _strip_function_words(s: str, lex: _Lexicon) -> str:
    """Drop function words from both ends ("将…", "…等"), keeping words like 及时, 能力."""
    changed = True
    while changed and s:
        changed = False
        if not _starts_with_any(s, lex.keep_words):
            w = _starts_with_any(s, lex.function_words)
            if w:
                s, changed = s[len(w):], True
        w = _ends_with_any(s, lex.function_words)
        if w and not _ends_with_any(s, lex.keep_words):
            s, changed = s[: -len(w)], True
    return s.strip("、，, “”\"")


def _activity_before(pre: str, lex: _Lexicon) -> str:
    """The activity words before the numeral, or "" when they only carry it on.

    Words after the last period word win ("校长每学期至少听课30节" → 听课);
    with none there, the words before it count ("乡村教师培训每年每人不少于5天"
    → 乡村教师培训), from the last 、 on, since a list before the period names
    other things ("提交研修课过程材料、每学期不少于10节").
    """
    pre = _marks_re("activity_per_pupil_end").sub("", pre)  # "新增图书不少于生均" → 新增图书不少于
    periods = _activity_periods(pre, lex)
    if periods:
        # "每月底前报送活动简报" → 报送活动简报: the point in the period is when, not what (marks.period_point)
        rest = pre[periods[-1].end:]
        within = _marks_re("period_within").match(rest)  # "每学年内开展…": 内 closes the period
        rest = rest[within.end():] if within else rest
        after = _activity_words(_marks_re("period_point").sub("", rest, count=1), lex)
        if after is not None:
            return after
        pre = pre[: periods[-1].start]
        pre = pre[: len(pre) - len(_ends_with_any(pre, lex.period_lead_words) or "")]  # "近5年累计…": 近 bounds the period
        pre = pre[pre.rfind("、") + 1:]
    return _activity_words(pre, lex) or ""


def _activity_periods(pre: str, lex: _Lexicon) -> list[_Period]:
    """The period words of ``pre`` that are not also the counted noun ("周课时量不超过12节"
    keeps 周课时: the week is its period and the weekly load what is counted)."""
    return [p for p in _find_periods(pre, lex) if pre[p.start: p.end] not in lex.period_nouns]


_CAP_HEAD = re.compile("^限额?")  # what a kept cap word drops before its verb (comparators.before_verb_kept)


@lru_cache(maxsize=1)
def _cmp_verbs_kept() -> frozenset[str]:
    """Cap words whose verb is what is counted (限主持 → 主持: comparators.before_verb_kept)."""
    return frozenset(load("quotas")["comparators"].get("before_verb_kept") or ())


def _cap_verb(cap: str, rest: str) -> str:
    """What a cap word before the numeral leaves of the activity: 限主持 → 主持, 限额推荐 → 推荐, 限报 → 申报
    (none when the words before already name it: "课题申报每人限报1项"), other comparators nothing."""
    named = _cmp_verbs_named().get(cap)
    if named is not None:
        return "" if named in rest else named
    return _CAP_HEAD.sub("", cap) if cap in _cmp_verbs_kept() else ""


@lru_cache(maxsize=1)
def _cmp_verbs_named() -> dict[str, str]:
    """Cap words that stand for a verb they do not spell out whole (限报 → 申报: comparators.before_verb_named)."""
    return dict(load("quotas")["comparators"].get("before_verb_named") or {})


@lru_cache(maxsize=4096)  # pure; read twice per quota (_measured, then the activity)
def _activity_words(pre: str, lex: _Lexicon) -> str | None:
    """Content words of ``pre``: None when there are none, "" when a carrier
    verb hands the activity on to the noun after the measure word."""
    pre = lex.pronoun_re.sub("", pre)
    pre = lex.cmp_before_re.sub(lambda m: _cap_verb(m.group(0), pre[: m.start()] + pre[m.end():]), pre)
    if _adjacent_cmp(pre, len(pre), lex):  # "连续任教满6年" → 连续任教
        pre = pre[:-1]
    for p in reversed(_activity_periods(pre, lex)):  # "每个周期" keeps its 周期
        # a look-back's 近 and a span's 内 go with the period they bound ("近5年累计…", "每个周期内培养…"):
        # alone they name nothing that is counted
        start = p.start - len(_ends_with_any(pre[: p.start], lex.period_lead_words) or "")
        within = _marks_re("period_within").match(pre, p.end)
        pre = pre[:start] + pre[within.end() if within else p.end:]
    pre = lex.year_lead_re.sub("", pre)
    pre = lex.activity_adjunct_re.sub("", pre)
    pre = _marks_re("bound_tail_lead").sub("", pre)  # "…45周岁以下的青年教师不少于…" → 青年教师
    pre = pre.strip("、，, “”\"")
    if pre in lex.tally_words:
        return ""
    for step in (0, 1):
        if not pre:
            return None
        if _ends_with_any(pre, lex.carrier_verbs) and not _ends_with_any(pre, lex.keep_words):
            return ""
        if step == 0:
            pre = _strip_function_words(pre, lex)
    lead = _starts_with_any(pre, lex.carrier_verbs)
    # a carrier verb stays on a lone suffix it forms a word with ("参加率", "开展率": no activity "率")
    if lead and len(pre) > len(lead) + 1:
        pre = _strip_function_words(pre[len(lead):], lex)
    return pre


_COORDINATED_NOUN = 2  # the longest item (but the last) of a 、-list read as nouns sharing what follows


def _coordinated_nouns(words: str) -> bool:
    """"学生、家长满意度调查", "教师、学生、家长座谈会": short nouns before the last item share it."""
    items = words.split("、")
    return len(items) > 1 and all(0 < len(x) <= _COORDINATED_NOUN for x in items[:-1])


def _activity_after(s: str, a: int, b: int, unit: str, lex: _Lexicon) -> tuple[str, int]:
    """The counted noun after the measure word and where it ends ("一次校长论坛" → 校长论坛)."""
    seg = s[a:b]
    pos = 0
    noun = lex.unit_nouns.get(unit)
    # "一节课的…" skips the 课 of 节课, but not one that opens a measure word of its own: in "12节课时工作量"
    # the 课时 heads what is counted (课时工作量), so the activity keeps it
    # (nor one opening a word of its own: "1节课题研究课", marks.unit_noun_words)
    if (noun and seg.startswith(noun) and not any(len(u) > len(noun) and seg.startswith(u) for u in lex.unit_kind)
            and not seg.startswith(_marks_words("unit_noun_words"))):
        pos = len(noun)
    if seg.startswith(lex.attributive, pos):
        pos += len(lex.attributive)
    if seg.startswith(("(", "（"), pos):
        # "每年不少于8本(以科普读物为主)": a gloss opened right after the measure word qualifies the
        # count; nothing after it is what is counted (no held-out gold activity or evidence reaches into one)
        return "", a
    theme = _marks_re("theme_after_count").match(seg, pos)
    if theme:
        # "2次以珍爱生命为主题的班会" → 珍爱生命主题班会: the theme names the act, its 为主 bounds nothing
        stop = lex.activity_stop_re.search(seg, theme.start("act"), theme.end("act"))
        act_end = stop.start() if stop else theme.end("act")
        act = seg[theme.start("act"):act_end]
        if act:
            return theme.group("theme") + "主题" + act, a + act_end
    stop = lex.activity_stop_re.search(seg, pos)
    while stop and lex.level_open_re.search(seg, pos, stop.start()):
        stop = lex.activity_stop_re.search(seg, stop.end())  # "1次州（市）级以上示范课": a level, not a bound
    end = stop.start() if stop else len(seg)
    # a list continues the activity only when its items are short verbs
    # ("一次考核、调整、增补"); otherwise 、 starts something else
    i = seg.find("、", pos, end)
    while i >= 0:
        nxt = _LIST_ITEM.match(seg[i + 1:end]).group(0)
        # "一次学生、家长满意度调查": a bare two-character noun first is coordinated with the next item
        if (len(nxt) > 4 or len(seg[pos:i]) > 6) and not _coordinated_nouns(seg[pos:end]):
            end = i
            break
        i = seg.find("、", i + 1, end)
    # a closing bracket that was never opened here ends the clause ("公需知识30学时)")
    depth = 0
    for k in range(pos, end):
        if seg[k] in "(（":
            depth += 1
        elif seg[k] in ")）":
            if depth == 0:
                end = k
                break
            depth -= 1
    words = seg[pos:end]
    suffix = _ends_with_any(words, lex.activity_suffixes)
    if suffix and len(words) > len(suffix) + 1:
        words = words[: -len(suffix)]
    stripped = _strip_function_words(words, lex)
    if not stripped:
        return "", a
    if _marks_re("activity_result_after").match(stripped):
        # "每周5天全覆盖": a coverage result after the measure word names nothing counted, but the evidence
        # states it (marks.activity_result_after)
        return "", a + pos + words.rfind(stripped[-1]) + 1
    tail = words.rfind(stripped[-1]) + 1 if stripped else 0
    return stripped, a + pos + tail


@lru_cache(maxsize=4096)  # pure; activities repeat ("听课", "培训")
def _activity_key(activity: str | None, unit: str, lex: _Lexicon) -> str | None:
    if activity:
        for key, words, units in lex.activity_res:
            if units is not None and unit not in units:
                continue
            if words.search(activity):
                return key
    return lex.activity_by_unit.get(unit)


# ---------------------------------------------------------------- comparators
#
# The comparator of a quota is the first answer of these steps, in order; each
# reads the hit, the words before it (s[left:hit.start]) and the comparator
# word after its measure word (the longest of comparators.after).


class _CmpSite(NamedTuple):
    s: str
    hit: _Hit
    left: int
    post: str | None  # the comparator of the word right after the measure word
    lex: _Lexicon


def _cmp_range(c: _CmpSite) -> str | None:
    """A range has both ends ("1到2所", "300元至1000元")."""
    return "range" if c.hit.value_max is not None else None


def _cmp_after_word(c: _CmpSite) -> str | None:
    """A word right after the measure word ("20节以上", "5人以内", "30分钟左右")."""
    return c.post


def _cmp_age_list_next(c: _CmpSite) -> str | None:
    """"男55周岁、女50周岁以上": a bare age before the next bounded age of its list takes that bound
    (patterns.age_list_after)."""
    if c.post is not None or c.lex.unit_kind.get(c.hit.unit) != "age":
        return None
    m = _age_list_after().match(c.s, c.hit.end)
    word = m and c.lex.cmp_after_re.match(c.s, m.end())
    return c.lex.cmp_after_of[word.group(0)] if word else None


@lru_cache(maxsize=1)
def _age_list_after() -> re.Pattern[str]:
    """patterns.age_list_after of quotas.yml."""
    return re.compile(_need(load("quotas")["patterns"], "age_list_after", "patterns"))


def _cmp_before_word(c: _CmpSite) -> str | None:
    """The last bounding word before the numeral in its stretch ("至少", "不超过"), else 达到 ("=")."""
    found = [c.lex.cmp_before[m.group(0)] for m in c.lex.cmp_before_re.finditer(c.s, c.left, c.hit.start)
             if not c.lex.shortfall_re.match(c.s, m.start())]  # "不足3人的按3人计": 不足 bounds its own group
    bounding = [x for x in found if x != "="]
    return (bounding or found)[-1] if found else None


def _adjacent_cmp(s: str, k: int, lex: _Lexicon) -> str | None:
    """The comparator of a one-character word ending at ``k`` ("满", "限"), unless it ends a longer word (期限)."""
    word = s[k - 1: k] if k else ""
    cmp = lex.cmp_adjacent.get(word)
    if cmp and k >= 2 and s[k - 2] in lex.cmp_adjacent_not_after.get(word, ()):
        return None
    return cmp


def _cmp_adjacent(c: _CmpSite) -> str | None:
    """A one-character word right before the numeral ("满5年", "逾千人", "限1人" but not "期限3年")."""
    if c.hit.start > c.left:
        return _adjacent_cmp(c.s, c.hit.start, c.lex)
    return None


def _cmp_approx_more(c: _CmpSite) -> str | None:
    """余/多 after the numeral ("十余名", "100多人")."""
    return ">=" if c.hit.more else None


_SHARED_LEAD_REACH = 40  # a 、-list of a few short items after its leading 至少


def _cmp_shared_lead(c: _CmpSite) -> str | None:
    """"至少上示范课2节、做专题讲座1次": a leading 至少 bounds each item of its 、-list (marks.shared_lead_bound)."""
    stretch = c.s[c.left: c.hit.start]
    cut = stretch.find("、")
    upto = c.left + cut + 1 if cut >= 0 else c.left
    before = c.s[max(0, upto - _SHARED_LEAD_REACH): upto]
    return ">=" if _marks_re("shared_lead_bound").search(before) else None


def _cmp_bare(c: _CmpSite) -> str | None:
    """A bare value is exact (SCHEMA.md "Comparator of a bare target")."""
    return "="


_COMPARATOR_STEPS = (_cmp_range, _cmp_after_word, _cmp_age_list_next, _cmp_before_word, _cmp_adjacent, _cmp_approx_more,
                     _cmp_shared_lead, _cmp_bare)


def _comparator(s: str, hit: _Hit, left: int, lex: _Lexicon) -> tuple[str, int]:
    """The comparator of ``hit`` (the first answer of ``_COMPARATOR_STEPS``) and the end of its trailing word (以上 …) if any."""
    end = hit.end
    noun = lex.unit_nouns.get(hit.unit)
    skip = len(noun) if noun and s.startswith(noun, end) else 0  # "30节课以上"
    post = None
    # the longest word of cmp_after written right after the measure word
    word_m = lex.cmp_after_re.match(s, hit.end + skip)
    if word_m:
        post = lex.cmp_after_of[word_m.group(0)]
        end = word_m.end()
    elif lex.unit_kind.get(hit.unit) == "time" and (within := lex.within_re.match(s, hit.end)):
        post, end = lex.within_of[within.group(0)], within.end()  # "在90分钟内完成"
    site = _CmpSite(s, hit, left, post, lex)
    return next(c for step in _COMPARATOR_STEPS if (c := step(site)) is not None), end


def _sanction_flip(s: str, bounds: list[tuple[int, int]], ci: int, cmp_end: int, lex: _Lexicon) -> dict[str, str] | None:
    """The comparator swap for a threshold stated on its forbidden side
    ("缺勤超过4学时的，不予结业" → at most 4; "考勤不足80%的，不予认定" → at least 80%)."""
    _, c_end = bounds[ci]
    rest = s[cmp_end:c_end].strip()
    if ci + 1 >= len(bounds) or not rest.startswith(lex.attributive):
        return None
    if rest != lex.attributive and not lex.sanction_judged_re.fullmatch(rest, len(lex.attributive)):
        return None  # "…的学校，由县教育局约谈校长": the thing judged before the comma
    a, b = bounds[ci + 1]
    # "…的，不予结业", "…的，当年年度考核不得确定为优秀", "…的，须重新参加"
    if not lex.sanction_re.search(s, a, min(b, a + 14)):
        return None
    if _unmet_opener().match(s[a:b].lstrip()):
        return None  # "…不少于120学时的岗前培训，未完成者不得…": the bound is the requirement
    return {">=": "<=", "<=": ">="}


@lru_cache(maxsize=1)
def _unmet_opener() -> re.Pattern[str]:
    return re.compile(load("quotas").get("unmet_opener") or "(?!)")


def _sanction_flip_in_clause(s: str, cmp_end: int, lex: _Lexicon) -> dict[str, str] | None:
    """The same swap when the sanction follows 的 in the same clause
    ("成绩低于60分的不得参加复试" → at least 60; "缺课超过3天的须重新参加培训" → at most 3)."""
    if not s.startswith(lex.attributive, cmp_end):
        return None
    a = cmp_end + len(lex.attributive)
    m = lex.sanction_re.search(s, a, a + int(load("quotas").get("sanction_reach", 8)))
    if m and m.start() > a + 2 and not lex.sanction_judged_re.fullmatch(s, a, m.start()):
        m = None  # "…的食堂须限期整改": the thing judged (and a modal), then the sanction
    if not m or CLAUSE_BREAK.search(s, cmp_end, m.start()):
        return None
    return {">=": "<=", "<=": ">="}


def _is_weak(hit: _Hit, has_period: bool, cmp: str) -> bool:
    """Whether a Chinese-numeral count has nothing to show it is a requirement."""
    return hit.chinese and not hit.share and not has_period and cmp == "=" and hit.freq_period is None


def _accept_weak(s: str, hit: _Hit, prev_hit: _Hit | None, clause_start: int, lex: _Lexicon) -> bool:
    """Accept a bare Chinese count only after a target verb ("举办一次", "培养选拔十名")
    or as the next item of a list of counts ("十名…、百名…和千名…")."""
    rest = s[hit.end:]
    if _starts_with_any(rest, lex.enum_nouns) or rest[:1] in ("：", ":"):
        return False
    before = s[clause_start: hit.start]
    if _postposed_count(s, hit, before):
        return True
    if before.endswith(("”", "》", "'", '"')):
        return False
    if _ends_with_any(before, lex.target_verbs):
        return True
    scope = lex.verb_scope_re.search(before)  # "覆盖全市三万名教职工": a scope between verb and count
    if scope and _ends_with_any(before[: scope.start()], lex.target_verbs):
        return True
    if prev_hit is not None and prev_hit.end >= clause_start:
        between = s[prev_hit.end: hit.start]
        if len(between) <= 14 and between.endswith(lex.separators + lex.conjunctions):
            return True
    return False


@lru_cache(maxsize=1)
def _postposed_marks() -> tuple[frozenset[str], tuple[str, ...]]:
    """marks: postposed_count_units, postposed_count_ends."""
    marks = load("quotas")["marks"]
    return frozenset(_need(marks, "postposed_count_units", "marks")), tuple(_need(marks, "postposed_count_ends", "marks"))


def _postposed_count(s: str, hit: _Hit, before: str) -> bool:
    """Copies written after the thing they are of, closing the clause or list item
    ("提交诊断证明一份。", "每生一份，…"): a count of what is handed in or out."""
    units, ends = _postposed_marks()
    if hit.unit not in units or not before or not "\u4e00" <= before[-1] <= "\u9fff":
        return False
    rest = s[hit.end: hit.end + 1]
    return rest == "" or rest in ends


def _list_cut(gap: str, lex: _Lexicon) -> tuple[int, int]:
    """Where a list of counts is cut between two quotas (the first 、, else the first 和/及/与) and the cut's length."""
    cut = min((i for w in lex.separators if (i := gap.find(w)) >= 0), default=-1)
    if cut < 0:
        cut = min((gap.find(w) for w in lex.conjunctions if w in gap), default=-1)
    if cut < 0:
        return -1, 0
    return cut, next((len(w) for w in lex.list_cut_words if gap.startswith(w, cut)), 1)


def _left_bound(s: str, prev: _Hit | None, hit: _Hit, c_start: int, lex: _Lexicon) -> int:
    """Start of a quota's stretch: its clause, or just after the previous quota of the clause."""
    if prev is None or prev.end < c_start:
        return c_start
    cut, width = _list_cut(s[prev.end: hit.start], lex)
    return prev.end if cut < 0 else prev.end + cut + width


def _right_bound(s: str, hit: _Hit, nxt: _Hit | None, c_end: int, lex: _Lexicon) -> int:
    """End of a quota's stretch: its clause end, or the list cut before the next quota."""
    if nxt is None:
        return c_end
    cut, _ = _list_cut(s[hit.end: nxt.start], lex)
    return hit.end + cut if cut >= 0 else nxt.start


def _group_actor(
    s: str, bounds: list[tuple[int, int]], ci: int, lex: _Lexicon, memo: dict[int, _Actor | None] | None = None
) -> _Actor | None:
    """A group set up at the end of an earlier clause of the sentence (…讲师团队，…，每学年…).

    ``memo`` keeps each clause's answer for the other hits of the provision.
    """
    for j in range(ci - 1, -1, -1):
        if memo is not None and j in memo:
            found = memo[j]
        else:
            found = _group_at_end(s, bounds[j], lex)
            if memo is not None:
                memo[j] = found
        if found is not None:
            return found
    return None


def _group_at_end(s: str, bound: tuple[int, int], lex: _Lexicon) -> _Actor | None:
    """A group role closing the clause ``s[bound]``, if any."""
    a, b = bound
    seg = s[a:b].rstrip()
    for m in lex.role_re.finditer(seg):
        if m.end() == len(seg) and lex.role_of.get(_last_term(m.group(0), lex)) in lex.group_roles:
            return _Actor(m.group(0), a + m.start(), a + m.end())
    return None


def _topic_actor(s: str, bound: tuple[int, int], lex: _Lexicon) -> _Actor | None:
    """The people a "…的，" opening clause singles out ("被认定为骨干教师的，每学年…" → 骨干教师)."""
    a, b = bound
    seg = s[a:b].rstrip()
    lead = lex.marker_re.match(seg).end()
    if _starts_with_any(seg[lead:], lex.prepositions):
        return None  # "对新入职教师…的教师，": the people are an object, not the topic
    found = list(lex.role_re.finditer(seg))
    if not found:
        return None
    m = found[-1]
    if seg.endswith(lex.attributive) or (m.end() == len(seg) and seg[: m.start()].endswith(lex.attributive)):
        # "…的，" or a group defined by "…的<role>，" ("入职3年内的新教师，每学期…")
        return _Actor(m.group(0), a + m.start(), a + m.end())
    if m.end() == len(seg) and lex.topic_prefix_re.fullmatch(seg[lead: m.start()]):
        # a bare noun phrase as topic ("公办学校在编在岗教师，在同一所学校…满6年的，")
        return _Actor(m.group(0), a + m.start(), a + m.end())
    return None


def _defined_group(s: str, bound: tuple[int, int], hit: _Hit, lex: _Lexicon) -> _Actor | None:
    """A clause that ends by naming the group its own count defines
    ("连续任职满两届的校长，原则上应当交流" → 校长)."""
    a, b = bound
    seg = s[hit.end:b].rstrip()
    # a gloss in brackets right after the count ("满2届(每届3年)的校长") stands outside the gap before 的
    gloss = _BRACKET_AFTER_ACTOR.match(seg)
    gap = _DEFINED_GAP + (gloss.end() if gloss else 0)
    k = seg.find(lex.attributive)
    first = lex.actor_re.match(seg, k + 1) if 0 <= k <= gap else None
    if first is not None and seg.startswith("、", first.end()) and _HAS_NUMERAL.search(seg, first.end()):
        # "满2届的校长、连续任教满6年的专任教师": the next group has a count of its own defining it
        return _Actor(first.group(0), hit.end + first.start(), hit.end + first.end())
    m = None
    for m in lex.role_re.finditer(seg):
        pass
    if m is not None and m.end() == len(seg) and seg[: m.start()].endswith(lex.attributive):
        return _Actor(m.group(0), hit.end + m.start(), hit.end + m.end())
    if m is not None and m.end() == len(seg) and 0 <= k <= gap and k + 1 < m.start() and (
        lex.topic_prefix_re.fullmatch(seg[k + 1: m.start()])
    ) and _role_of(m.group(0), lex) not in lex.non_person_roles:
        # "满6年的公办义务教育学校在编在岗教师，原则上应当交流": the schools qualify the people the count defines,
        # and the qualified role closing the clause is the group (r72b: of the gold quotas so worded, 43 name the
        # people, 18 none); a studio or school so defined ("运行满两年的省级中小学名师工作室") stays unnamed
        return _Actor(seg[k + 1: m.end()], hit.end + k + 1, hit.end + m.end())
    # "满9年的专任教师应当交流": the role the condition defines heads the rest of the clause
    # (several roles joined: "满6年的校长、副校长原则上应进行交流"; ``first`` read above)
    if first is None:
        return None
    rest = seg[first.end():]
    # "满2届的校长、副校长，原则上应当交流": several roles joined close the clause as one role does
    if not rest or lex.subject_modal_re.match(rest) or _starts_with_any(rest, _defined_role_then()):
        return _Actor(first.group(0), hit.end + first.start(), hit.end + first.end())
    return None


_DEFINED_GAP = 2  # "满9年的", "不足5年的": the measure word (年) is in the hit; at most a word before 的


@lru_cache(maxsize=1)
def _defined_role_then() -> tuple[str, ...]:
    """defined_role_then of quotas.yml: words after a role defined by a condition that make it the subject."""
    return tuple(load("quotas")["marks"]["defined_role_then"])


def _last_term(actor: str, lex: _Lexicon) -> str | None:
    """The role term an actor ends with ("家庭教育讲师团队" → 讲师团队)."""
    core = _TRAILING_PAREN.sub("", actor)
    return _ends_with_any(core, lex.role_terms)


@dataclass
class _Found:
    """A hit accepted as a quota, with what the first pass resolved."""

    hit: _Hit
    clause: int
    period: str
    actor: _Actor | None
    comparator: str
    left: int  # start of its stretch (_left_bound)
    cmp_end: int  # end of the measure word and its trailing comparator (_comparator)
    nobody: bool = False  # a breakdown of a count (_breakdown): no actor, not even from the context
    rate: bool = False  # a rate or share measuring a group (c.measured): no actor from the context either
    sentence_only: bool = False  # accounts made public (_public_accounts): from the context, only the sentence's subject
    threshold: bool = False  # the size defining the schools of its clause (_size_threshold): the quotas after it read past it
    closing: _Actor | None = None  # the pupils or schools its count defines, no actor (_defined_by_threshold): they close the evidence


class _Site:
    """One provision being read: its text, clauses and periods, and what is
    found once for all its hits (each computed on first use)."""

    def __init__(self, s: str, bounds: list[tuple[int, int]], hits: list[_Hit], lex: _Lexicon,
                 prov: Provision, ctx: Context) -> None:
        self.s, self.bounds, self.hits, self.lex, self.prov, self.ctx = s, bounds, hits, lex, prov, ctx
        self.periods = _find_periods(s, lex)
        self.head = lex.marker_re.match(s).end()
        starts = [a for a, _ in bounds]
        self.clause_of = [_clause_index(bounds, h.start, starts) for h in hits]
        self.hit_clauses = set(self.clause_of)  # clauses holding a candidate, kept or not
        self.group_ends: dict[int, _Actor | None] = {}  # a group closing each earlier clause
        self.clause_actors: dict[int, _Actor | None] = {}  # a clause's own head actor, without head words

    @cached_property
    def head_actor(self) -> _Actor | None:
        """The subject opening the provision (no head words), or the topic of a "…的，" opening clause."""
        s, lex, first = self.s, self.lex, self.bounds[0]
        return (_size_defined_clause(s, first[0], first[1], lex)
                or self._head_past_gloss()
                or _actor_at_head(s, first[0], first[1], lex, allow_head_words=False)
                or _request_addressee(s, first, lex) or _topic_actor(s, first, lex))

    def _head_past_gloss(self) -> _Actor | None:
        """"全市公办中小学（含中等职业学校）校长，任职满1年的…" → 校长: the bracket that opens a gloss on the schools
        also cuts a clause, but the people after it are who the provision is about (gold over all sets 11 of 11)."""
        s, lex, bounds = self.s, self.lex, self.bounds
        if len(bounds) < 2 or not s.startswith(("（", "("), bounds[0][1]):
            return None
        found = _actor_at_head(s, bounds[0][0], bounds[1][1], lex, allow_head_words=False)
        return found if found is not None and found.start > bounds[0][1] else None

    @cached_property
    def chain_actor(self) -> str | None:
        return _chain_actor(self.prov, self.ctx, self.lex)

    @cached_property
    def list_actor(self) -> str | None:
        return _list_intro_actor(self.prov, self.ctx, self.lex)

    @cached_property
    def article_actor(self) -> str | None:
        return _article_actor(self.prov, self.ctx, self.lex)

    @cached_property
    def intro(self) -> str | None:
        return _intro_text(self.prov, self.ctx, self.lex)

    def intro_clause(self, ci: int) -> int | None:
        """The nearest clause before ``ci`` that ends in a colon (an introduction), if any."""
        for j in range(ci - 1, -1, -1):
            b = self.bounds[j][1]
            if b < len(self.s) and self.s[b] in "：:":
                return j
        return None


def _request_addressee(s: str, bound: tuple[int, int], lex: _Lexicon) -> _Actor | None:
    """Whom a request opening the clause ``bound`` addresses ("请各县（市、区）教育局于9月30日前，将统计表报送…，
    同时报送工作总结1份" → 各县（市、区）教育局): what its later clauses ask is the addressee's to do
    (request_openers in quotas.yml)."""
    a, b = bound
    a = lex.marker_re.match(s, a).end()
    word = _starts_with_any(s[a:b], _marks_words("request_openers"))
    return None if word is None else _actor_at_head(s, a + len(word), b, lex, allow_head_words=False)


@dataclass
class _Cand:
    """A hit under resolution: what the steps have settled so far."""

    hit: _Hit
    ci: int
    c_start: int
    c_end: int
    prev: _Found | None  # the quota kept before it in the provision
    left: int = 0
    cmp: str = "="
    cmp_end: int = 0
    restated: _Found | None = None  # "…不少于360学时，折合36学分": the quota it restates
    own: list[_Period] | None = None  # period words of its own clause before it
    period: str = ""
    own_period: bool = False
    actor: _Actor | None = None
    own_actor: _Actor | None = None  # the actor its own clause names (before inheriting)
    measured: bool = False  # its words name a measure of a group ("合格率"), not a duty
    adjacent: bool = False  # the previous quota is in its clause or the one before


# ---------------------------------------------------------------- period steps
#
# A period the quota's own clause states: the first answer of _OWN_PERIOD_STEPS.
# Without one, the first answer of _INHERITED_PERIOD_STEPS (read after the
# clause's own actor is known).


def _period_of_frequency(p: _Site, c: _Cand) -> str | None:
    """一学年一考核: the frequency names its period."""
    return c.hit.freq_period


def _period_of_restated(p: _Site, c: _Cand) -> str | None:
    """A restatement in another unit holds over the period of what it restates."""
    return c.restated.period if c.restated is not None else None


def _period_per_occasion(p: _Site, c: _Cand) -> str | None:
    """"每次不少于2天", "每期培训不少于16学时": an amount per occasion is a total."""
    own = c.own or []
    return "total" if p.lex.occasion_re.search(p.s, own[-1].end if own else c.c_start, c.hit.start) else None


def _split_cycle(p: _Site, period: _Period) -> tuple[str, int] | None:
    """The period and divisor of a cycle a count is split over (每两周 → week, 2; marks.split_cycles)."""
    cycle = _split_cycles().get(p.s[period.start: period.end])
    return (cycle[0], int(cycle[1])) if cycle else None


@lru_cache(maxsize=1)
def _split_cycles() -> dict[str, list]:
    """split_cycles of quotas.yml marks: 每两周 → [week, 2]."""
    return dict(load("quotas")["marks"].get("split_cycles") or {})


def _period_of_split_cycle(p: _Site, c: _Cand) -> str | None:
    """"中小学每两周至少安排1课时心理健康教育课" → week, 0.5: lessons every two weeks are a weekly rate
    of half of them (marks.split_cycles); the hit's value is divided here. Occasions every two weeks
    ("备课组每两周开展一次集体备课") are the same rate: week, 0.5."""
    if not c.own or c.hit.value is None:
        return None
    cycle = _split_cycle(p, c.own[-1])
    if cycle is None:
        return None
    period, per = cycle
    vmax = c.hit.value_max / per if c.hit.value_max is not None else None
    c.hit = c.hit._replace(value=c.hit.value / per, value_max=vmax)
    return period


def _period_in_clause(p: _Site, c: _Cand) -> str | None:
    """The last period word of the clause before the numeral ("校长每学期至少听课30节")."""
    return c.own[-1].period if c.own else None


def _period_look_back(p: _Site, c: _Cand) -> str | None:
    """"近三年承担校级以上公开课不少于2节": a count over a look-back window is a total
    (an eligibility condition), not a frequency of the clauses before."""
    return "total" if p.lex.look_back_re.search(p.s, c.c_start, c.hit.start) else None


def _period_of_copies(p: _Site, c: _Cand) -> str | None:
    """"将年度工作总结一式两份报送…": the copies of one submission are a total,
    whatever period word names the document (copy_words right before the numeral)."""
    words = _recall_marks().copy_words
    return "total" if words and p.s.endswith(words, c.c_start, c.hit.start) else None


def _period_after_slash(p: _Site, c: _Cand) -> str | None:
    """"校长每学年在本校任课不少于4节/周": a rate per period written after a slash."""
    end = c.hit.end
    if not p.s.startswith(_recall_marks().per_slash, end):
        return None
    per = _starts_with_any(p.s[end + 1:], tuple(p.lex.freq_period_of))
    return p.lex.freq_period_of[per] if per else None


def _period_of_points(p: _Site, c: _Cand) -> str | None:
    """"学期中、学期末各组织一次" → semester: points in time of one period name it (point_periods)."""
    if c.hit.rule != EACH_POINT:
        return None
    m = _points_re().search(p.s, c.c_start, p.s.rfind(_EACH, c.c_start, c.hit.start))
    if m is None:
        return None
    marks = load("quotas")["marks"].get("point_periods") or {}
    found = {next((per for per, ws in marks.items() if x in ws), None) for x in _point_list(m.group())}
    return found.pop() if len(found) == 1 else None


def _whole_period_of(points: list[str]) -> str | None:
    """The period every point of a list is a whole one of (point_whole_periods: 春季, 秋季 → semester), or None."""
    marks = load("quotas")["marks"].get("point_whole_periods") or {}
    found = {next((per for per, ws in marks.items() if x in ws), None) for x in points}
    return found.pop() if len(found) == 1 and None not in found else None


def _period_of_whole_points(p: _Site, c: _Cand) -> str | None:
    """"每年春季、秋季各举办一次运动会" → semester 1 次: points that are each a whole period
    (point_whole_periods) hold the count once in each, whatever period the clause names."""
    if c.hit.rule != EACH_POINT:
        return None
    m = _points_re().search(p.s, c.c_start, p.s.rfind(_EACH, c.c_start, c.hit.start))
    return _whole_period_of(_point_list(m.group())) if m is not None else None


@lru_cache(maxsize=1)
def _share_base_periods() -> tuple[dict[str, str], int]:
    marks = load("quotas")["marks"]
    return dict(_need(marks, "share_base_periods", "marks")), int(_need(marks, "share_base_reach", "marks"))


def _period_of_share_base(p: _Site, c: _Cand) -> str | None:
    """"食堂结余不得超过当年食堂总收入的3%", "…不得超过本人当学期听课总节数的30%": a share bounded
    against the whole of the current period (当年, 当学期, 当月 right after the comparator) holds over that period."""
    if not c.hit.share:
        return None
    found = list(p.lex.cmp_before_re.finditer(p.s, c.c_start, c.hit.start))
    if not found:
        return None
    words, reach = _share_base_periods()
    end = found[-1].end()
    head = p.s[end: c.hit.start]
    hits = [(i, w) for w in words if 0 <= (i := head.find(w)) <= reach]
    return words[min(hits)[1]] if hits else None


def _period_year_on_year(p: _Site, c: _Cand) -> str | None:
    """"近视率较上年下降1个百分点以上" → year: a change against the year before (marks.year_on_year)
    is a yearly rate, whatever the clauses before count over."""
    return "year" if _marks_re("year_on_year").search(p.s, c.c_start, c.hit.start) else None


def _period_of_this_year_floor(p: _Site, c: _Cand) -> str | None:
    """"校长本年度听课不少于40节" → year: a floor (">=") set for this year (marks.this_year_floor, ahead of the
    numeral in its clause) holds over the year; a share's base (不低于本年度…总量的30%) is left to the share steps."""
    if c.cmp != ">=" or c.hit.share:
        return None
    return "year" if _marks_re("this_year_floor").search(p.s, c.c_start, c.hit.start) else None


def _period_of_term_end_selection(p: _Site, c: _Cand) -> str | None:
    """"中心校将在学期末评选优秀备课组3个、优秀教案10份" → total: a selection held at the term's or
    year's end (marks.term_end_selection, ahead of the numeral) picks its number once, and the
    end of term is when, not how often."""
    found = list(_marks_re("term_end_selection").finditer(p.s, 0, c.hit.start))
    if not found:
        return None
    end = found[-1].end()
    if re.search(r"[。；;]", p.s[end: c.hit.start]) or any(end <= x.start < c.hit.start for x in p.periods):
        return None  # a later sentence, or a period word of its own between: "…评选…。每学期听课20节"
    return "total"


def _period_of_each_occasion(p: _Site, c: _Cand) -> str | None:
    """"每天上下午各安排1次不少于30分钟的大课间活动" → 30分钟 total: how long each of the occasions just
    counted lasts holds per occasion, not per the period of the count."""
    found = list(p.lex.cmp_before_re.finditer(p.s, c.c_start, c.hit.start))
    if not found:
        return None
    return "total" if _marks_re("count_before_span").search(p.s[c.c_start: found[-1].start()]) else None


_OWN_PERIOD_STEPS = (
    _period_of_frequency, _period_of_whole_points, _period_of_restated, _period_per_occasion, _period_of_copies,
    _period_after_slash,
    _period_of_split_cycle, _period_of_term_end_selection, _period_of_each_occasion, _period_in_clause,
    _period_look_back, _period_of_points, _period_of_share_base, _period_year_on_year, _period_of_this_year_floor,
)


def _period_of_previous(p: _Site, c: _Cand) -> str | None:
    """"(其中专业知识不少于60学时，公需知识30学时)": a quota next to the previous one, naming nobody, shares its period."""
    if c.prev is None or not c.adjacent or c.own_actor is not None or _share_of_count(c):
        return None
    if p.s[c.c_start: c.hit.start].lstrip().startswith(_own_count_openers()):
        return None
    return c.prev.period


def _period_of_running_total(p: _Site, c: _Cand) -> str | None:
    """"每年不少于72学时，累计不少于360学时" → total: 累计 in a clause with no period of its own sums over
    the whole span, not per the period of the quota or the clause before (marks.running_total_words)."""
    words = _marks_words("running_total_words")
    return "total" if any(w in p.s[c.c_start: c.hit.start] for w in words) else None


def _period_over_span(p: _Site, c: _Cand) -> str | None:
    """"任现职以来每学年听课不少于20节，承担公开课、示范课不少于2节" → total: after a span the sentence
    opens with (以来, 近三年), a clause naming nobody and no period counts over that span; the
    frequency of the clause before belongs to that clause alone."""
    if c.prev is None or not c.adjacent or c.own_actor is not None or c.prev.period == "total":
        return None
    return "total" if _marks_re("span_opening").search(p.s, 0, c.prev.hit.start) else None


@lru_cache(maxsize=1)
def _own_count_openers() -> tuple[str, ...]:
    return tuple(_need(load("quotas")["marks"], "own_count_openers", "marks"))


def _share_of_count(c: _Cand) -> bool:
    """"作文每学期不少于8篇，精批细改不少于三分之二", "每学期…至少1次问卷调查，调查样本不少于
    在校学生数的20%": a share next to a count measures those items and holds over no period
    (heldout23 gold); a share after a share keeps it. A 其中 part is left to
    _period_of_breakdown_head ("每年选派…不少于40名，其中…不低于25%" → year)."""
    return c.hit.share and c.prev is not None and not c.prev.hit.share


@lru_cache(maxsize=1)
def _mentoring_marks() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    marks = load("quotas")["marks"]
    return (re.compile(_need(marks, "mentoring_opener", "marks")), frozenset(_need(marks, "mentoring_units", "marks")),
            frozenset(_need(marks, "mentoring_outlasts", "marks")))


def _period_of_mentoring(p: _Site, c: _Cand) -> str | None:
    """"每学期上示范课不少于2节，结对帮扶青年教师1至2名" → total: the colleagues a clause pairs its
    actor with are mentored over the posting, not anew each term (a school-year period still holds)."""
    if c.prev is None or not c.adjacent or c.own_actor is not None:
        return None
    opener, units, outlasts = _mentoring_marks()
    if c.prev.period not in outlasts or c.hit.unit not in units:
        return None
    return "total" if opener.match(p.s[c.c_start: c.hit.start].lstrip()) else None


def _period_of_parallel(p: _Site, c: _Cand) -> str | None:
    """"教师每学期听课不少于15节，新任教师不少于20节": a clause that only names
    another actor and a bound, next to a quota, shares that quota's period."""
    a = c.own_actor
    if c.prev is None or not c.adjacent or a is None or a.start < c.c_start or a.end > c.hit.start:
        return None
    rest = p.s[a.end: c.hit.start]
    tail = _marks_re("parallel_role_tail").match(rest)
    if tail:  # "教务处主任、副主任不少于25节": the further roles, then the bound
        rest = rest[tail.end():]
    return c.prev.period if _activity_words(rest, p.lex) is None else None


def _period_of_parallel_item(p: _Site, c: _Cand) -> str | None:
    """"每位教师每学期至少上1节公开课，青年教师上汇报课2节": a clause of the same sentence that names
    another actor and a count in the same measure word as the quota just before, with no period
    word of its own, is the next item of that quota's list and shares its period."""
    a, prev = c.own_actor, c.prev
    if prev is None or not c.adjacent or a is None or a.start < c.c_start or a.end > c.hit.start:
        return None
    if not prev.period or prev.hit.unit != c.hit.unit or prev.hit.share or c.hit.share:
        return None
    if _role_of(a.text, p.lex) in _marks_words("parallel_item_not_roles"):
        return None  # "…，每名学生自愿选择1至2门": what pupils choose is theirs, not the list's
    if _named_before(p, c, _marks_words("parallel_item_span_words")):
        return None  # "…，高中阶段总计不少于18课时": a stage's own span
    if re.search(r"[。；;：:]", p.s[prev.hit.end: c.hit.start]):
        return None
    return prev.period


def _period_of_sibling_item(p: _Site, c: _Cand) -> str | None:
    """"1.校长每学期听课不少于20节；2.教研组长、备课组长不少于25节" → semester: a list item that
    only names an actor and a bound, with no period word of its own, goes on the list of the items
    just before it and holds over their period when they count in the same measure word.

    Items back to the list's introduction are read; the first with a period word gives it (one
    without any, itself a sibling, is passed over); an item in another measure word ends the search.
    """
    a = c.own_actor
    if c.prev is not None or a is None or a.start != p.head or a.end > c.hit.start or c.hit.share:
        return None  # the actor opens the item: "（二）…培训依托…开展，每人不少于30学时" is no sibling
    if not p.lex.item_re.match(p.s) or _activity_words(p.s[a.end: c.hit.start], p.lex) is not None:
        return None
    idx = _prov_index(p.prov, p.ctx) if p.ctx.provisions else None
    if not idx:
        return None
    unit = _count_in_unit_re(c.hit.unit)
    parent = (p.prov.section_path or "").rpartition("/")[0]
    for j in range(idx - 1, max(-1, idx - 8), -1):
        t = p.ctx.provisions[j].text.strip()
        if not p.lex.item_re.match(t) or (p.ctx.provisions[j].section_path or "").rpartition("/")[0] != parent:
            return None
        if not unit.search(t):
            return None
        periods = [x for x in _find_periods(t, p.lex) if t.startswith(p.lex.every, x.start)]
        if periods:
            # the item it goes on names its own actor ("1.校长每学期…"), as this one does; after
            # "（一）每天户外活动不少于2小时" a bare "（二）初中不少于1小时" is no sibling (r60a)
            head = p.lex.marker_re.match(t).end()
            return periods[-1].period if _actor_at_head(t, head, len(t), p.lex, allow_head_words=False) else None
    return None


@lru_cache(maxsize=None)
def _count_in_unit_re(unit: str) -> re.Pattern[str]:
    """A count in the measure word ``unit`` ("20节"), compiled once per measure word."""
    return re.compile(rf"[0-9０-９一二两三四五六七八九十]{re.escape(unit)}")


_BRACKET_AFTER_ACTOR = re.compile(r"\s*[（(][^（()）]{1,16}[）)]\s*")


def _period_of_parallel_bracketed(p: _Site, c: _Cand) -> str | None:
    """"教师每学期听课不少于15节，青年教师（35周岁以下）不少于20节": as _period_of_parallel,
    when a bracket qualifying the actor stands between it and the bound."""
    a, prev = c.own_actor, c.prev
    if prev is None or a is None or a.start < c.c_start or a.end > c.hit.start:
        return None
    m = _BRACKET_AFTER_ACTOR.match(p.s, a.end, c.hit.start)
    if m is None or prev.clause < c.ci - 2 or not prev.period:
        return None  # the bracket may close a clause of its own: the quota just before is one or two clauses back
    return prev.period if _activity_words(p.s[m.end(): c.hit.start], p.lex) is None else None


def _period_of_head_clause(p: _Site, c: _Cand) -> str | None:
    """A previous clause that is nothing but a period word ("每学期，教师听课…")."""
    return _head_period(p.s, p.periods, p.bounds, c.ci, p.lex)


@lru_cache(maxsize=1)
def _lead_frequency_marks() -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    marks = load("quotas")["marks"]
    return (str(_need(marks, "lead_frequency_start", "marks")), tuple(_need(marks, "lead_frequency_points", "marks")),
            tuple(_need(marks, "lead_frequency_not", "marks")))


def _named_before(p: _Site, c: _Cand, words: Iterable[str]) -> bool:
    """Whether one of ``words`` stands in the candidate's clause before its numeral."""
    return any(p.s.find(w, c.c_start, c.hit.start) >= 0 for w in words)


def _period_of_lead_clause(p: _Site, c: _Cand) -> str | None:
    """"各学校每学年设立劳动周，小学安排不少于3天": the clause just before, opening a
    frequency (每…, not a point of it: 每学期末) and stating no amount of its own, sets up
    what the count measures, which holds over that period. Shares and how long a
    procedure stays open (公示期), a one-off grant or how long one occasion lasts (时间…)
    measure no occasion of it."""
    j = c.ci - 1
    if j < 0 or j in p.hit_clauses or _procedure_duration(p, c):
        return None
    if c.hit.share:
        if _sampled_by(p, c, j) is None:
            return None
    elif c.prev is not None:
        return None
    start, points, nots = _lead_frequency_marks()
    if p.lex.occasion_span_re.search(p.s, c.c_start, c.hit.start) or _named_before(p, c, nots):
        return None
    a, b = p.bounds[j]
    inside = [x for x in p.periods if a <= x.start < b]
    if not inside:
        return None
    x = inside[-1]
    if not p.s.startswith(start, x.start):
        return None
    if c.hit.share and p.s.startswith(_marks_words("lead_frequency_sample_end_points"), x.end):
        return x.period  # "每学期末对各校…进行抽查，抽查比例…": each period's closing sample
    if p.s.startswith(points, x.end):
        return None
    if c.hit.share and _sample_point_re().match(p.s, x.end):
        return None  # "每学期第18周组织抽查", "每年12月开展抽测": a sample taken at a point, its share a total
    return x.period


def _lead_period_word(p: _Site, j: int) -> _Period | None:
    """The frequency clause ``j`` opens with (每学年, 每天; not a point of it: 每学期末), else None."""
    start, points, _ = _lead_frequency_marks()
    a, b = p.bounds[j]
    inside = [x for x in p.periods if a <= x.start < b]
    if not inside:
        return None
    x = inside[-1]
    return x if p.s.startswith(start, x.start) and not p.s.startswith(points, x.end) else None


def _period_of_daily_lead(p: _Site, c: _Cand) -> str | None:
    """"学校每天组织大课间体育活动，时长不少于30分钟" → day: minutes or hours (marks.daily_span_units) in
    a clause opening with a span word, right after a clause that opens a daily frequency, are how
    long the daily activity lasts each day (a weekly one's span stays a total of one occasion)."""
    if c.ci == 0 or c.hit.unit not in _marks_words("daily_span_units"):
        return None
    stretch = p.s[c.c_start: c.hit.start]
    if not _starts_with_any(stretch[p.lex.marker_re.match(stretch).end():], _session_marks()[1]):
        return None
    x = _lead_period_word(p, c.ci - 1)
    return "day" if x is not None and x.period == "day" else None


@lru_cache(maxsize=None)
def _marks_re(key: str) -> re.Pattern[str]:
    """A pattern of quotas.yml ``marks``, compiled once (it is tested at every candidate)."""
    return re.compile(load("quotas")["marks"][key])


@lru_cache(maxsize=None)
def _marks_words(key: str) -> tuple[str, ...]:
    """A word list of quotas.yml ``marks``, read once (it is tested at every candidate)."""
    return tuple(load("quotas")["marks"][key])


@lru_cache(maxsize=1)
def _sample_verbs() -> tuple[str, ...]:
    return tuple(load("quotas")["marks"].get("lead_frequency_sample_verbs") or ())


@lru_cache(maxsize=1)
def _sample_point_re() -> re.Pattern[str]:
    return re.compile(_need(load("quotas")["marks"], "lead_frequency_sample_points", "marks"))


def _sampled_by(p: _Site, c: _Cand, j: int) -> str | None:
    """The sampling verb (抽查, 评选 …) that opens the share's clause and is done in clause ``j``
    ("每学期抽查学校作业，抽查比例不低于30%" → 抽查), else None."""
    own = p.s[p.lex.marker_re.match(p.s, c.c_start).end(): c.hit.start].lstrip()
    verb = _starts_with_any(own, _sample_verbs())
    a, b = p.bounds[j]
    if not verb and _starts_with_any(own, _marks_words("lead_frequency_share_nouns")):
        # "每学期评选“阅读之星”，比例不超过…": the bare share noun stands for the lead clause's sampling verb
        return next((w for w in _sample_verbs() if p.s.find(w, a, b) >= 0), None)
    if not verb or own.startswith(_marks_words("lead_frequency_sample_outcomes"), len(verb)):
        return None  # "抽查结果占…20%": what the sample yields, not its share
    if p.s.find(verb, a, b) >= 0:
        return verb
    # "每学期对各校…开展专项检查，抽查比例不低于30%": the share samples the inspection (marks.lead_inspection_verbs)
    return next((w for w in _marks_words("lead_inspection_verbs") if p.s.find(w, a, b) >= 0), None)


@lru_cache(maxsize=1)
def _per_head_money_periods() -> tuple[tuple[str, str], ...]:
    """quotas.yml per_head_money_periods as (word, period) pairs."""
    table = load("quotas").get("per_head_money_periods", {})
    return tuple((w, period) for period, words in table.items() for w in words)


def _period_of_per_head_money(p: _Site, c: _Cand) -> str | None:
    """"按生均不低于10元的标准安排专项经费" → year: money for each pupil, with no period written,
    is the yearly funding standard (per_head_money_periods)."""
    if c.hit.unit not in p.lex.money_units:
        return None
    stretch = p.s[c.c_start: c.hit.start]
    return next((period for w, period in _per_head_money_periods() if w in stretch), None)


def _period_by_nature(p: _Site, c: _Cand) -> str | None:
    """The period a measure holds over by nature ("书面作业…不超过60分钟" → day; "安排1次期中考试", a
    term's own occasion named right after the count → semester: marks.counted_term_occasions; minutes of
    exercise in the clause → day: marks.daily_exercise_words), else total."""
    counted = _starts_with_any(p.s[c.hit.end: p.bounds[c.ci][1]], _marks_words("counted_term_occasions"))
    exercise = c.hit.unit in _marks_words("clock_span_units") and any(
        w in p.s[c.c_start: p.bounds[c.ci][1]] for w in _marks_words("daily_exercise_words"))
    return "semester" if counted else "day" if exercise else _default_period(p.s[c.c_start: c.hit.start], p.lex)


def _period_of_share(p: _Site, c: _Cand) -> str | None:
    """A share or rate holds over no period by the nature of what it measures
    ("睡眠时间达标率达到90%以上", "假期书面作业总量不超过平时的二分之一" → total, not day)."""
    return "total" if c.hit.share else None


def _period_of_introduction(p: _Site, c: _Cand) -> str | None:
    """The period of an introduction earlier in the provision ("每学期听课要求：校长不少于20节")."""
    j = p.intro_clause(c.ci)
    if j is None:
        return None
    a, b = p.bounds[j]
    return _intro_period(p.s[a:b], p.lex)


def _period_of_list_intro(p: _Site, c: _Cand) -> str | None:
    """The period of the introduction of the list or "；" chain the provision continues (_intro_text).

    A notice's own opening ("为保障学生每天锻炼时间，现就有关工作通知如下：") introduces the
    whole notice, not a measure: the period words of its purpose hold over none of the items.
    """
    if p.intro and _notice_opening().search(p.intro):
        return None
    return _intro_period(p.intro, p.lex)


@lru_cache(maxsize=1)
def _notice_opening() -> re.Pattern[str]:
    """A clause turning from a purpose to what the notice announces (modality.yml purpose_main_starts:
    "…，现就…通知如下", "…，特制定本方案")."""
    return re.compile(f"[{PHRASE_BREAKS}](?:{alternation(load('modality')['purpose_main_starts'])})")


def _period_of_breakdown_head(p: _Site, c: _Cand) -> str | None:
    """"每年交流教师不低于10%，其中骨干教师不低于20%": a 其中 part of the quota just
    before holds over that quota's period, even when it names no actor."""
    prev = c.prev
    if prev is None or prev.clause < c.ci - 1:
        return None
    a = p.lex.marker_re.match(p.s, c.c_start).end()
    if not _starts_with_any(p.s[a: c.hit.start], p.lex.breakdown_words):
        return None
    # "开设课程不少于10门，其中体育类课程占比不低于40%": the make-up of what is offered holds over no period
    return "total" if c.hit.share and prev.hit.unit in _composition_units() else prev.period


@lru_cache(maxsize=1)
def _composition_units() -> frozenset[str]:
    return frozenset(_need(load("quotas")["marks"], "composition_units", "marks"))


def _period_of_breakdown_sentence(p: _Site, c: _Cand) -> str | None:
    """"教师年度培训学时由三部分组成。其中，集中培训不少于24学时": the first quota
    of a sentence opening with 其中 holds over the period of the sentence before
    it in the same paragraph (its last period word); the next parts share it
    through _period_of_previous."""
    if c.prev is not None or not _starts_with_any(p.s[p.head:], p.lex.breakdown_sentence_words):
        return None
    before = _previous_sentence(p.prov, p.ctx, p.lex)
    return _intro_period(before, p.lex)


def _previous_sentence(prov: Provision, ctx: Context, lex: _Lexicon) -> str | None:
    """The sentence just before ``prov`` in its paragraph: it ends in a sentence
    end (。, not a line end) and the next starts right after it."""
    idx = _prov_index(prov, ctx) if ctx.provisions else None
    if not idx:
        return None
    before = ctx.provisions[idx - 1]
    t = before.text.rstrip()
    if not t.endswith(lex.sentence_ends) or before.section_path != prov.section_path or prov.start != before.end:
        return None
    return t


def _period_of_occasion_span(p: _Site, c: _Cand) -> str | None:
    """"每年选派5名教师跟岗学习，时间不少于2周": how long one occasion lasts holds over
    no period of the clauses before (a measure's own period by nature stays: 完成时间…60分钟)."""
    if c.hit.unit not in p.lex.occasion_span_units or not p.lex.occasion_span_re.search(p.s, c.c_start, c.hit.start):
        return None
    return _period_by_nature(p, c)


@lru_cache(maxsize=1)
def _session_marks() -> tuple[tuple[tuple[str, str], ...], tuple[str, ...], tuple[tuple[str, str], ...]]:
    """(session word, period) pairs of session_periods, longest first, the span words, and the
    pairs of timed_session_periods (read for durations only)."""
    q = load("quotas")

    def pairs(key: str) -> tuple[tuple[str, str], ...]:
        found = ((w, per) for per, ws in (q.get(key) or {}).items() for w in ws)
        return tuple(sorted(found, key=lambda wp: len(wp[0]), reverse=True))

    return pairs("session_periods"), tuple(q["occasion_span_words"]), pairs("timed_session_periods")


@lru_cache(maxsize=1)
def _session_span_exempt() -> frozenset[str]:
    return frozenset(load("quotas").get("session_span_exempt") or ())


def _period_of_session(p: _Site, c: _Cand) -> str | None:
    """"寄宿制学校晚自习时间不超过2课时", "初中学校可在工作日晚上开设自习，时间不超过2小时": how long
    a session held each school day lasts holds per day, a labour week (劳动周) per school year
    (session_periods); a clause opening with a span word (时间, 时长) measures the session the
    clause just before names. Durations of after-school service (timed_session_periods) hold per
    day too, the service named anywhere before in the sentence. Read before _period_of_occasion_span: a session's span is no
    one-off occasion."""
    pairs, span_words, timed = _session_marks()
    # (r77c) "开展劳动周，为期5天": a clause opening with 为期 gives one run's length (session_span_exempt)
    span_words = tuple(w for w in span_words if w not in _session_span_exempt())
    if not (timed and p.lex.unit_kind.get(c.hit.unit) == "time"):
        timed = ()
    stretch = p.s[c.c_start: c.hit.start]
    found = next((per for w, per in pairs + timed if w in stretch), None)
    if found is None and c.ci > 0:
        head = p.lex.marker_re.match(stretch).end()
        if _starts_with_any(stretch[head:], span_words):
            a, b = p.bounds[c.ci - 1]
            found = next((per for w, per in pairs if w in p.s[a:b]), None)
            # after-school service may open the sentence a few clauses before ("课后服务分两段：第一段…，时长…")
            found = found or next((per for w, per in timed if w in p.s[p.bounds[0][0]: b]), None)
    return found


@lru_cache(maxsize=1)
def _window_words() -> tuple[str, ...]:
    return tuple(_need(load("quotas")["marks"], "window_totals", "marks"))


def _period_of_window(p: _Site, c: _Cand) -> str | None:
    """"每周听课不少于3节，试用期内累计听课不少于100节": an amount summed over a term
    (试用期内, 聘期内, 五年一周期; marks window_totals) is a total, not a frequency of the
    clauses before. So is a target reached by a named year ("每年培养20名，到2027年底
    总数达到150名"; marks target_date_re)."""
    words = _window_words()
    by_date = _marks_re("target_date_re").search(p.s, c.c_start, c.hit.start)
    return "total" if by_date or _named_before(p, c, words) else None


def _period_of_piece(p: _Site, c: _Cand) -> str | None:
    """"教学反思每月1篇，字数不少于800字", "提交不少于3000字的成长反思": the length of one
    piece of writing (a piece word before it, or 的 + the piece after it) is a total,
    never the period of the clauses before."""
    r = _recall_marks()
    if c.hit.unit not in r.piece_units:
        return None
    named = any(w in p.s[c.c_start: c.hit.start] for w in r.piece_words)
    return "total" if named or p.s.startswith(p.lex.attributive, c.hit.end) else None


def _period_of_stock(p: _Site, c: _Cand) -> str | None:
    """"图书馆每周开放不少于20小时，生均图书小学不少于25册" → 25册 total: what a school holds
    (stock_measures in quotas.yml: 藏书, the staff it is equipped with, 配备) is counted once, never at the
    period of the clauses before; so is an area ("每月更新动态，为工作室提供不少于30平方米的场所", stock_units)."""
    q = load("quotas")
    if c.hit.unit in (q.get("stock_units") or ()):
        return "total"
    return "total" if _named_before(p, c, q.get("stock_measures") or ()) else None


def _period_per_unit(p: _Site, c: _Cand) -> str | None:
    """"每所学校听课总数不少于20节", "每学科推选1至2名教师": an amount each school, class
    or subject must show (unit_distributives before the numeral) is a total, not a
    frequency of the clauses before; money per unit keeps their period. What each unit
    sends to a round the clause just before opens without a count ("每学年评选优秀课例，
    每个学科推荐2节") recurs with that round (_round_of_lead_clause)."""
    if c.hit.unit in p.lex.money_units:
        return None
    words = _recall_marks().unit_distributives
    if _named_before(p, c, words):
        return _round_of_lead_clause(p, c) or "total"
    return "total" if _area_distributive().search(p.s, c.c_start, c.hit.start) else None


def _round_of_lead_clause(p: _Site, c: _Cand) -> str | None:
    """"各校每学期评选阅读之星，每班推荐2名" → semester: the clause just before opens a
    frequency and counts nothing of its own (_period_of_lead_clause), so it sets up a round
    each unit takes part in; only rounds of a term or longer (marks.unit_round_periods: a
    daily or weekly duty before a per-unit staffing count, "每天带班，门卫每班不少于2人",
    leaves the count a total). A round held at a point of the period ("每年5月举办运动会",
    "每学期第8周评比": gold split 3 to 4) keeps the total it had; an area or school a check samples
    ("每学期对各区县开展抽查，每个区县抽查学校不少于5所") recurs with the round as well."""
    period = _period_of_lead_clause(p, c)
    if period not in _unit_round_periods():
        return None
    a, b = p.bounds[c.ci - 1]
    x = [x for x in p.periods if a <= x.start < b][-1]
    return None if _sample_point_re().match(p.s, x.end) else period


@lru_cache(maxsize=1)
def _unit_round_periods() -> frozenset[str]:
    return frozenset(_need(load("quotas")["marks"], "unit_round_periods", "marks"))


@lru_cache(maxsize=1)
def _area_distributive() -> re.Pattern[str]:
    return re.compile(load("quotas")["marks"].get("area_distributive") or "(?!)")


def _period_of_frame(p: _Site, c: _Cand) -> str | None:
    """"每位教师每年的培训学时中，集中面授不少于24学时，网络研修不超过36学时": an earlier
    clause of the provision that only frames a period's total (a period word, ending in
    中/里/内, no amount of its own) gives its period to the parts after it."""
    for j in range(c.ci - 1, -1, -1):
        if j in p.hit_clauses:
            continue
        a, b = p.bounds[j]
        if not p.s[a:b].rstrip().endswith(_recall_marks().frame_ends):
            continue
        inside = [x for x in p.periods if a <= x.start < b]
        if inside and c.hit.share and p.s.startswith(_marks_words("frame_window_points"), inside[-1].end):
            return None  # "每学年开学后1个月内，…测评，测评覆盖率达到100%": a window after a point, no frame of a share
        if inside:
            return inside[-1].period
    return None


def _period_of_weekend_day(p: _Site, c: _Cand) -> str | None:
    """"每天课外阅读时间不少于30分钟，周末不少于1小时" → day: a weekend time (weekend_day_words,
    weekend_day_units) right after a daily time holds on each weekend day, as the time before it does."""
    if c.prev is None or not c.adjacent or c.prev.period != "day" or c.hit.unit not in _marks_words("weekend_day_units"):
        return None
    return "day" if _named_before(p, c, _marks_words("weekend_day_words")) else None


def _period_of_holiday(p: _Site, c: _Cand) -> str | None:
    """"寒假期间完成1篇读书心得", "周末、节假日作业总量不超过平日的1.5倍": what a holiday or
    a weekend asks for holds over that one span, a total (holiday_words before the numeral)."""
    words = _recall_marks().holiday_words
    if _named_before(p, c, words):
        return "total"
    # "寒假期间，小学书面作业总时长不超过10小时": a total amount after the holiday the sentence names
    if _named_before(p, c, _marks_words("holiday_total_words")) and any(p.s.find(w, 0, c.c_start) >= 0 for w in words):
        return "total"
    return None


@lru_cache(maxsize=1)
def _onset_words() -> tuple[str, ...]:
    return tuple(_need(load("quotas")["marks"], "onset_words", "marks"))


def _period_of_onset(p: _Site, c: _Cand) -> str | None:
    """"每年进行一次健康检查，并在上岗前接受不少于8学时的岗前培训" → total: what is asked before
    taking up a post (onset_words before the numeral) is done once, not each period of the clauses before."""
    return "total" if _named_before(p, c, _onset_words()) else None


def _period_of_procedure(p: _Site, c: _Cand) -> str | None:
    """"每周公布食谱…，留样时间不少于48小时": how long a procedure stays open or a record or sample is
    kept (_procedure_duration) is one span, a total, never the frequency of the clauses before."""
    return "total" if _procedure_duration(p, c) else None


@lru_cache(maxsize=1)
def _whole_day_spans() -> frozenset[tuple[str, float]]:
    return frozenset((u, float(v)) for u, v in (load("quotas").get("whole_day_spans") or {}).items())


def _period_round_the_clock(p: _Site, c: _Cand) -> str | None:
    """"实行24小时值班", "热线24小时畅通": a whole day stated exactly (whole_day_spans) is round the
    clock, each day (day), not a span of 24 hours once."""
    h = c.hit
    if c.cmp == "=" and h.value_max is None and (h.unit, h.value) in _whole_day_spans():
        return "day"
    return None


def _period_of_lesson_break(p: _Site, c: _Cand) -> str | None:
    """"每天校内体育活动不少于1小时，课间休息时间为15分钟" → total: how long one break between
    lessons lasts (marks.lesson_break) takes no period from the clauses before."""
    if c.hit.unit not in _marks_words("lesson_break_units"):
        return None
    return "total" if _marks_re("lesson_break").search(p.s, c.c_start, c.hit.start) else None


def _period_of_term_length(p: _Site, c: _Cand) -> str | None:
    """"每年选派骨干教师支教，支教时间为1学年": a length in school years or semesters is how long
    something lasts, a total, and takes no period from before (its own clause may still state one)."""
    return "total" if c.hit.unit in _marks_words("term_length_units") else None


def _period_of_lead_time(p: _Site, c: _Cand) -> str | None:
    """"教师每学期须备足课时，提前备课不少于1周" → total: how far ahead something is done (lead_time_words before
    the numeral, a unit of days or weeks: marks.lead_time_words, lead_time_units) is a lead time, not an amount
    per period, and takes no period from before (its own clause may still state one)."""
    if c.hit.unit not in _marks_words("lead_time_units"):
        return None
    stretch = p.s[c.c_start: c.hit.start]
    return "total" if any(w in stretch for w in _marks_words("lead_time_words")) else None


def _period_of_assignment(p: _Site, c: _Cand) -> str | None:
    """"教研员每学期到校指导不少于10次，每人联系学校3至5所" → total: the schools or units someone is assigned to
    keep in touch with (marks.assignment_before right before the count, assignment_units) are a standing
    assignment, not an amount per period, and take no period from before (its own clause may still state one)."""
    if c.hit.unit not in _marks_words("assignment_units"):
        return None
    return "total" if _marks_re("assignment_before").search(p.s[c.c_start: c.hit.start]) else None


_INHERITED_PERIOD_STEPS = (
    _period_of_term_length, _period_of_lead_time, _period_of_assignment, _period_of_lesson_break, _period_of_window, _period_of_procedure, _period_round_the_clock, _period_of_piece, _period_of_stock, _period_per_unit, _period_of_session, _period_of_daily_lead, _period_of_occasion_span,
    _period_of_breakdown_head,
    _period_of_breakdown_sentence,
    _period_of_weekend_day, _period_of_holiday, _period_of_onset, _period_of_mentoring, _period_of_running_total, _period_over_span, _period_of_previous, _period_of_parallel, _period_of_parallel_bracketed, _period_of_parallel_item,
    _period_of_sibling_item,
    _period_of_head_clause, _period_of_frame, _period_of_lead_clause,
    _period_of_introduction, _period_of_list_intro,
    _period_of_share, _period_of_per_head_money, _period_by_nature,
)


# ---------------------------------------------------------------- actor steps
#
# The actor within the provision: the first answer of _OWN_ACTOR_STEPS (what
# the quota's own clause names), else of _INHERITED_ACTOR_STEPS. A quota whose
# words name a measure ("合格率不低于95%") inherits nothing. Outside the
# provision, _CONTEXT_ACTOR_STEPS (in extract_quotas).


def _actor_per_person_standard(p: _Site, c: _Cand) -> _Actor | None:
    """One person a standard after 按/按照 counts for, doing the counted act ("各县按照每名责任督学负责5所左右学校"
    → 每名责任督学; standard_openers, per_person_standard_verbs in quotas.yml): the person carries the load, not the
    organ that staffs by it. No act right after the role ("按每名教研员每年3000元"), or a unit that is no person
    ("按照每校至少1名"), names none."""
    s, lex = p.s, p.lex
    stretch = s[c.c_start: c.hit.start]
    verbs = _marks_words("per_person_standard_verbs")
    for w in _marks_words("standard_openers"):
        k = stretch.find(w)
        if k < 0:
            continue
        a = c.c_start + k + len(w)
        # 名/位 count people, whatever the role's class (责任督学 is filed with the 督导部门)
        each = _starts_with_any(s[a: c.hit.start], tuple(w for w in _each_person_words()[1] if w[-1] in "名位"))
        if each is None:
            return None
        m = lex.role_re.match(s, a + len(each), c.hit.start)
        if m is None:
            return None
        verb = _starts_with_any(s[m.end(): c.hit.start], verbs)
        if verb is None or any(ch in s[m.end(): c.hit.start] for ch in "，,；;、"):
            return None
        return _Actor(s[a: m.end()], a, m.end())
    return None


def _actor_project_acting(p: _Site, c: _Cand) -> _Actor | None:
    """A research project opening the clause before a period word and an act its team carries out
    ("在研课题每学期至少召开3次研讨会" → 在研课题; project_acts in quotas.yml)."""
    a = p.lex.marker_re.match(p.s, c.c_start).end()
    m = _marks_re("project_acts").match(p.s[a: c.hit.start])
    return _Actor(m.group(0), a, a + m.end()) if m else None


def _actor_heading_clause(p: _Site, c: _Cand) -> _Actor | None:
    """The role or body heading the clause ("校长每学期至少听课30节" → 校长); a 每-unit that a later
    clause opens with as what is inspected heads nothing (_scope_of_oversight)."""
    found = _actor_at_head(p.s, c.c_start, c.hit.start, p.lex)
    if found is not None and c.ci > 0 and _scope_of_oversight(found.text, p.s[found.end: c.hit.start], p.lex):
        return None
    if found is not None and c.ci > 0:
        return _funding_organ(p, c, found) or _organ_of_areas(p, c, found) or _people_before_per_person(p, c, found) \
            or _people_an_organ_has_act(p, c, found) or found
    return _people_an_organ_has_act(p, c, found) if found is not None else None


def _people_an_organ_has_act(p: _Site, c: _Cand, found: _Actor) -> _Actor:
    """The people an organ heading the clause has meet the quota: a modal, a verb of having them act and
    the people right after it ("各县教育局要组织骨干教师每学年送教下乡不少于2次" → 骨干教师; organ_has_people_verbs,
    organ_has_people_not in quotas.yml). Pupils a school secures a span for leave the organ ("学校要确保学生…")."""
    lex = p.lex
    if found.start < 0 or _role_of(found.text, lex) not in lex.non_person_roles:
        return found
    modal = lex.subject_modal_re.match(p.s, found.end)
    if modal is None:
        return found
    verb = _starts_with_any(p.s[modal.end(): c.hit.start], _marks_words("organ_has_people_verbs"))
    if verb is None:
        return found
    k = modal.end() + len(verb)
    people = _named_subject(p.s, k, c.hit.start, p.periods, lex)
    if people is None or people.start != k:
        people = _actor_at_head(p.s, k, c.hit.start, lex, allow_head_words=False)
    if people is None or _role_of(people.text, lex) in _marks_words("organ_has_people_not"):
        return found
    after = p.s[people.end: c.hit.start]
    period = lex.period_re.match(after)
    holds = tuple(load("quotas")["marks"]["organ_holds_when"].get(verb) or ())
    if _starts_with_any(after[period.end():] if period else after, holds):
        return found  # "学校要组织食堂从业人员开展1次应急演练": the school holds what they carry out
    return people


def _per_head_cap(s: str, pronoun: _Actor) -> bool:
    """Whether a cap on what each one may apply for or hold follows the pronoun ("…须具有中级以上职称，
    每人限报1项"): it stays 每人, whoever heads the clauses before (per_person_cap_words in quotas.yml)."""
    return s.startswith(_marks_words("per_person_cap_words"), pronoun.end)


def _people_before_per_person(p: _Site, c: _Cand, found: _Actor) -> _Actor | None:
    """The people heading the nearest earlier clause of the sentence that has a head, when a per-person
    pronoun heads this one ("入选名师培养周期为3年，每人每学年开设示范课不少于4次" → 名师; per_person_of_earlier_people
    in quotas.yml). An organ heading that clause leaves the pronoun ("各市要组织培训，每人每年不少于24学时" → 每人),
    as do a sum of money (a rate) and each one's turn in minutes ("申报人员须参加答辩，每人答辩时间15分钟")."""
    lex = p.lex
    if found.text not in _marks_words("per_person_of_earlier_people") or c.hit.unit in lex.money_units \
            or c.hit.unit in _marks_words("per_person_turn_units") \
            or _per_head_cap(p.s, found):
        return None
    for j in range(c.ci - 1, -1, -1):
        head = _clause_actor(p.s, p.bounds, j, p.clause_actors, lex)
        if head is None:
            continue
        role = _role_of(head.text, lex)
        if role is None or role in lex.non_person_roles or role in _marks_words("organ_has_people_not") \
                or head.text.startswith(tuple(lex.every)):
            return None  # "学生借阅实行登记制度，每人每次借阅不超过2本": pupils keep 每人, as they keep an organ
        modal = lex.subject_modal_re.search(p.s, head.end, p.bounds[j][1])
        rest = p.s[head.end: modal.start() if modal else p.bounds[j][1]].rstrip("，,、 ")
        # "申报人员提交的材料须真实，每人…": 的 makes the people part of what the clause is about; a 的 closing
        # the clause only says which of them ("教师参与课后服务的，每人每周…")
        return None if lex.attributive in rest.removesuffix(lex.attributive) else head
    return None


def _organ_of_areas(p: _Site, c: _Cand, found: _Actor) -> _Actor | None:
    """The organ of all areas heading an earlier clause of the sentence, when a 每-area heads
    this one and counts the organ's working groups ("各县（市、区）教育局要…，每个县（市、区）组建检查组
    不少于3个" → 各县（市、区）教育局; area_organ_openers, area_each_measures in quotas.yml,
    organ_group_endings). Anything else each area recommends, staffs or builds is the 每-area's
    ("…，每个区县推荐不超过5个" → 每个区县), as are all counts when the areas alone (各县（市、区）要…)
    head the sentence."""
    lex, marks = p.lex, load("quotas")["marks"]
    every = tuple(lex.every)
    if not found.text.startswith(every) or _role_of(found.text, lex) not in lex.non_person_roles:
        return None
    counted = lex.cmp_before_re.sub("", p.s[found.end: c.hit.start])  # "组建检查组不少于" → 组建检查组
    if not counted.endswith(_organ_group_endings()):
        return None
    area = found.text[1:]
    area = area[1:] if area.startswith(tuple(marks["area_each_measures"])) else area
    area = _fold_parens(area)
    if not area:
        return None
    for j in range(c.ci - 1, -1, -1):
        if "。" in p.s[p.bounds[j][1]: found.start]:
            return None
        head = _clause_actor(p.s, p.bounds, j, p.clause_actors, lex)
        if head is None:
            continue
        opener = next((w for w in marks["area_organ_openers"] if head.text.startswith(w)), None)
        if opener is None:
            return None
        rest = _fold_parens(head.text[len(opener):])
        if rest.startswith(area) and _role_of(rest[len(area):], lex) in marks["area_organ_roles"]:
            return head
        return None
    return None


def _fold_parens(t: str) -> str:
    """Full-width brackets as half-width ones, for comparing names written either way."""
    return t.replace("（", "(").replace("）", ")")


def _funding_organ(p: _Site, c: _Cand, found: _Actor) -> _Actor | None:
    """The organ that pays a sum of money a 每-unit heading a later clause is given: the nearest
    earlier clause headed by an organ, when a verb of funding follows it ("县教育局统筹安排劳动教育
    专项经费，每校每年不少于5000元" → 县教育局; funding_verbs and grant_verbs in quotas.yml)."""
    lex = p.lex
    if c.hit.unit not in lex.money_units or not found.text.startswith(tuple(lex.every)):
        return None
    if _role_of(found.text, lex) not in lex.non_person_roles:
        return None
    marks = load("quotas")["marks"]
    verbs = tuple(marks["funding_verbs"]) + tuple(marks["grant_verbs"])
    for j in range(c.ci - 1, -1, -1):
        head = _clause_actor(p.s, p.bounds, j, p.clause_actors, lex)
        if head is None:
            continue
        if _role_of(head.text, lex) not in lex.non_person_roles or head.text.startswith(tuple(lex.every)):
            return None
        return head if any(w in p.s[head.end: p.bounds[j][1]] for w in verbs) else None
    return None


def _scope_of_oversight(text: str, after: str, lex: _Lexicon) -> bool:
    """Whether a 每-unit heading a clause is what an inspection covers ("每个机构检查不少于2次",
    "每所学校每月至少督导一次"): a unit, not a person or an inspecting group, then maybe a
    period word and an adverb, then an oversight verb (oversight_verbs in quotas.yml). The
    organ that inspects heads the sentence; the clause inherits it."""
    marks = load("quotas")["marks"]
    if not text.startswith(tuple(lex.every)) or _role_of(text, lex) not in lex.non_person_roles:
        return False
    if _TRAILING_PAREN.sub("", text).endswith(tuple(marks["oversight_group_endings"])):
        return False
    period = lex.period_re.match(after)
    after = after[period.end():] if period else after
    adverb, _ = _subject_adverb_res()
    m = adverb.match(after)
    return _starts_with_any(after[m.end():] if m else after, tuple(marks["oversight_verbs"])) is not None


def _actor_defined_after(p: _Site, c: _Cand) -> _Actor | None:
    """The group the count defines, closing the clause ("连续任职满两届的校长" → 校长)."""
    return _defined_group(p.s, p.bounds[c.ci], c.hit, p.lex)


def _actor_pronoun_in_clause(p: _Site, c: _Cand) -> _Actor | None:
    """"校本研修学时每人每年不少于36学时": a 每人 inside the clause, as written
    (a per-head sum of money is a rate: it names nobody)."""
    if c.hit.unit in p.lex.money_units:
        return None
    pm = p.lex.pronoun_re.search(p.s, c.c_start, c.hit.start)
    if pm and _ends_with_any(p.s[c.c_start: pm.start()], p.lex.role_terms):
        return None  # "全市教师人均年阅读量…": per head of the group before it, a measure (rate_after_role)
    return _Actor(pm.group(0), -1, -1) if pm else None  # -1: the words around it still name the activity


def _actor_agent_in_clause(p: _Site, c: _Cand) -> _Actor | None:
    """Who the clause says does the counted act ("每班由班主任指定1名学生" → 班主任,
    "每周由年级组长检查1次" → 年级组长); a counted agent ("由1名骨干教师指导") is no role.
    A person heading the clause stays its actor ("师傅原则上由骨干教师担任") unless an organ or a school
    is the agent, acting on those people ("交流教师每学期由接收学校考核1次" → 接收学校)."""
    s, lex = p.s, p.lex
    head = _actor_at_head(s, c.c_start, c.hit.start, lex)
    person_head = head is not None and _role_of(head.text, lex) not in lex.non_person_roles
    for w in lex.agent_markers:
        k = s.find(w, c.c_start, c.hit.start)
        while k >= 0:
            own_unit = _marks_re("agent_own_unit").match(s, k + len(w), c.hit.start)
            if own_unit is not None:
                return _Actor(own_unit.group(0), own_unit.start(), own_unit.end())
            m = lex.actor_re.match(s, k + len(w), c.hit.start)
            if m is None:
                # "活动记录由教导处每月检查一次" → 教导处: a division after the marker is the agent, as at a clause's head
                d = lex.division_re.match(s, k + len(w), c.hit.start)
                if d is not None and _activity_words(s[d.end(): c.hit.start], lex) is not None:
                    return _Actor(d.group(0), d.start(), d.end())
            # "由主持人1名、核心成员5至8名组成": a role its own number counts is a member listed, no agent
            counted = m is not None and lex.hit_re.match(s, m.end()) is not None
            # "一般课题由各市按每项不低于5000元的标准资助" → 各市: the agent sets the standard 按/按照 opens, and what it
            # does follows the amount
            by_standard = m is not None and s.startswith(_marks_words("standard_openers"), m.end())
            if m and not counted and _role_of(m.group(0), lex) and (
                    by_standard or _activity_words(s[m.end(): c.hit.start], lex) is not None):
                if person_head and _role_of(m.group(0), lex) not in lex.non_person_roles:
                    return None
                div = _division_of_agent(s, m, c.hit.start, lex)
                return _Actor(div.group(0), div.start(), div.end()) if div else _Actor(m.group(0), m.start(), m.end())
            k = s.find(w, k + 1, c.hit.start)
    return None


def _division_of_agent(s: str, m: re.Match[str], end: int, lex: _Lexicon) -> re.Match[str] | None:
    """A division right after the school or organ an agent marker names, which acts for it and is named without
    its parent, as at the head of a clause ("由各校教导处每月收集一次" → 教导处, "由市教育局基础教育股统一调配" →
    基础教育股: 7 of 10 gold quotas so worded name the division alone, the rest the whole name, none the school)."""
    if _role_of(m.group(0), lex) not in lex.non_person_roles or not lex.role_re.fullmatch(m.group(0)):
        return None  # "由县教育局和县教师发展中心…": a list of organs acts as one
    return lex.division_re.match(s, m.end(), end)


def _as_band(who: str) -> str:
    """``who`` with each list of grade numerals written as the range it spans, for reading who it
    names: "小学一、二年级" → "小学一至二年级" (a band, not two subjects 小学一 and 二年级)."""
    return _GRADE_LIST.sub(lambda m: f"{m.group(1)}至{m.group(0)[-1]}", who)


def _subject_words(who: str, lex: _Lexicon) -> bool:
    """Whether ``who`` names a subject (subject_before_period_re), alone or as several
    joined by 、/和/及 that each do ("各村完小、中心幼儿园须…确定一名…" → both); a list of
    grades before one 年级 is one band ("小学一、二年级每周4课时")."""
    who = _as_band(who)
    if lex.subject_before_period_re.fullmatch(who):
        return True
    parts = lex.joiners_re.split(who)
    return len(parts) > 1 and all(x and lex.subject_before_period_re.fullmatch(x) for x in parts)


def _named_subject(s: str, start: int, end: int, periods: list[_Period], lex: _Lexicon) -> _Actor | None:
    """Words the role list does not hold that open ``s[start:end]`` right before a
    每-period or a modal verb, naming who it is about ("市级送教团队每学期…",
    "各被视导学校要…"); None when the heading step reads them all itself."""
    a = lex.marker_re.match(s, start).end()
    skip = _starts_with_any(s[a:end], lex.subject_skip_words) or _lead_before_unit(s[a:end])
    a += len(skip) if skip else 0
    stops = [x.start for x in periods if a < x.start and x.end <= end
             and s.startswith(lex.subject_period_openers, x.start)][:1]
    stops += [m.start() for m in lex.subject_modal_re.finditer(s, a + 1, end)]
    stops += [m.start() for m in lex.subject_serving_re.finditer(s, a + 1, end)]
    stops += _subject_adverb_stops(s, a + 1, end, lex)
    stops += [k for w in load("quotas")["marks"].get("subject_pronoun_stops") or () if (k := s.find(w, a + 1, end)) >= 0]
    for k in sorted(stops):
        who = s[a:k]
        if _starts_with_any(who, lex.subject_not_openers) and not _starts_with_any(who, lex.keep_words):
            return None
        if who in load("quotas")["marks"]["subject_scope_words"]:
            return None  # "每个学科遴选学员不超过50人": each subject scopes the amount; it is no role or body
        listed = _after_listing(who, lex)
        if listed:  # "音乐、体育、美术等紧缺学科教师可…" → 紧缺学科教师: the examples only illustrate the group
            return _Actor(who[-len(listed):], k - len(listed), k)
        if not _subject_words(who, lex) or _ends_with_any(who, lex.measure_nouns):
            continue
        head = _actor_at_head(s, start, end, lex)
        if head is not None and head.end >= k:
            return None  # the heading step reads it all ("市教育局教研室" → 教研室, "驻校期间教研员" → 教研员)
        if _scope_of_sampling(who, s[k:end], lex):
            return None  # "每个乡镇至少抽查学校3所": the scope of someone else's sampling
        per = next((x for x in periods if x.start == k), None)
        if per is not None and _starts_with_any(s[per.end: end], lex.measure_nouns):
            return None  # "学校食堂每学期结余不超过…": the period's measure (its accounts) is what the clause bounds
        return _Actor(who, a, k)
    return None


def _lead_before_unit(seg: str) -> str | None:
    """A head word of aim opening ``seg`` right before a 每-unit, which still heads the clause
    ("确保每个服务班级至少配备1名看护教师" → 确保; unit_lead_words in quotas.yml, the 每 words of distributive
    in roles.yml or a 每-unit of per_unit_subject)."""
    leads, units = _unit_leads()
    lead = next((w for w in leads if seg.startswith(w)), None)
    if not lead:
        return None
    return lead if seg[len(lead):].startswith(units) or _per_unit_subject_re().match(seg, len(lead)) else None


@lru_cache(maxsize=1)
def _unit_leads() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """unit_lead_words of quotas.yml and the 每 words of distributive in roles.yml."""
    return (tuple(load("quotas")["marks"]["unit_lead_words"]),
            tuple(w for w in load("roles")["distributive"] if w.startswith("每")))


def _after_listing(who: str, lex: _Lexicon) -> str | None:
    """The group after a listing closed by 等 (listing_ends in quotas.yml) when it names a subject
    and what the listing holds does not ("音乐、体育、美术等紧缺学科教师" → 紧缺学科教师)."""
    for w in load("quotas")["marks"]["listing_ends"]:
        k = who.rfind(w)
        if k <= 0:
            continue
        tail = who[k + len(w):]
        if tail and "、" in who[:k] and not _subject_words(who, lex) and _subject_words(tail, lex):
            return tail
    return None


@lru_cache(maxsize=1)
def _subject_adverb_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """subject_adverbs and subject_unit_words of quotas.yml, as two regexes."""
    marks = load("quotas")["marks"]
    return _any_word_re(marks.get("subject_adverbs") or ()), _any_word_re(marks.get("subject_unit_words") or ())


def _subject_adverb_stops(s: str, a: int, end: int, lex: _Lexicon) -> list[int]:
    """Adverbs and per-unit words that, like a modal verb, end the words naming
    who a clause is about (subject_adverbs, subject_unit_words in quotas.yml):
    "县实验幼儿园、县机关幼儿园分别结对2至3所…", "全日制幼儿园每班配备2名专任教师".
    A per-unit word before a measure or a bound names a size, not a duty
    ("小学起始年级每班人数不超过45人", "一年级每班不超过45人")."""
    adverbs, units = _subject_adverb_res()
    stops = [m.start() for m in adverbs.finditer(s, a, end)]
    for m in units.finditer(s, a, end):
        after = s[m.end(): end]
        if after and not _size_follows(after, lex):
            stops.append(m.start())
    return stops


def _actor_named_before_period(p: _Site, c: _Cand) -> _Actor | None:
    """Words the role list does not hold, heading the clause right before a
    每-period or a modal verb: they name who the clause is about ("市级送教团队每学期送教不少于15场次"
    → 市级送教团队, "新入职3年内的教师每学年…" → 新入职3年内的教师, "市级每年组织…"
    → 市级, "各被视导学校要形成不超过3000字的自查报告" → 各被视导学校); see
    subject_period_openers in quotas.yml. Before _actor_heading_clause, which would
    keep only the listed start of them ("县级名师讲学团队" → 县级名师)."""
    return _named_subject(p.s, c.c_start, c.hit.start, p.periods, p.lex)


def _actor_allocating_body(p: _Site, c: _Cand) -> _Actor | None:
    """A body heading the clause that sets an amount of its own by a standard
    ("各市推荐名额按本地专任教师总数的1.5%确定" → 各市, "各地教师培训经费按不低于…5%安排"
    → 各地): a few words of what it sets, then 按 (allocation_words in quotas.yml).
    People are not: "教师参与课后服务的补助按每课时…发放" pays the teacher a rate."""
    s, lex = p.s, p.lex
    a = lex.marker_re.match(s, c.c_start).end()
    m = lex.actor_re.match(s, a, c.hit.start)
    if m is None or _role_of(m.group(0), lex) not in lex.non_person_roles:
        return None
    k = next((k for w in lex.allocation_words if (k := s.find(w, m.end(), c.hit.start)) >= 0), -1)
    between = s[m.end(): k]
    if k < 0 or not 0 < len(between) <= lex.allocation_max_gap or not re.fullmatch(rf"[{CJK}]+", between):
        return None
    return _Actor(m.group(0), m.start(), m.end())


@lru_cache(maxsize=1)
def _support_verbs() -> tuple[str, ...]:
    """support_verbs of quotas.yml: what closes a clause naming who assists (配合, 协助)."""
    return tuple(load("quotas")["marks"]["support_verbs"])


@lru_cache(maxsize=1)
def _member_words() -> tuple[str, ...]:
    """member_words of quotas.yml: a bare word for the members of a group (成员)."""
    return tuple(load("quotas")["marks"]["member_words"])


_MEMBER_COUNT = re.compile(r"(?:原则上)?(?:不少于|不低于|不超过|至少|一般为|为)?[0-9一二两三四五六七八九十]+(?:(?:至|到|-|—|－)[0-9一二两三四五六七八九十]+)?[人名]")


@lru_cache(maxsize=1)
def _funding_verbs() -> tuple[str, ...]:
    """funding_verbs of quotas.yml: verbs after a body heading its clause that make it provide the money (安排, 拨付)."""
    return tuple(load("quotas")["marks"]["funding_verbs"])


@lru_cache(maxsize=1)
def _inclusion_words() -> tuple[str, ...]:
    """inclusion_words of quotas.yml: what opens a bracket that widens the group before it (含, 包括)."""
    return tuple(load("quotas")["marks"]["inclusion_words"])


def _actor_after_inclusion(p: _Site, c: _Cand) -> _Actor | None:
    """"中小学（含幼儿园、特殊教育学校）教师每年参加继续教育不少于72学时" → 教师: a clause
    opening inside a bracket that widens the group (含…) is headed by the people after
    the bracket closes; the schools before it only qualify them."""
    s, lex = p.s, p.lex
    if c.c_start == 0 or s[c.c_start - 1] not in "（(" or not _starts_with_any(s[c.c_start:], _inclusion_words()):
        return None
    close = next((k for k in range(c.c_start, c.hit.start) if s[k] in "）)"), -1)
    if close < 0:
        return None
    found = _actor_at_head(s, close + 1, c.hit.start, lex)
    if found is None or _role_of(found.text, lex) in lex.non_person_roles:
        return None
    if not s[found.end: c.hit.start].strip():
        return None  # "遴选中小学（含中职）教师540名": the people are what is counted
    return found


@lru_cache(maxsize=1)
def _per_unit_subject_re() -> re.Pattern[str]:
    """per_unit_* marks of quotas.yml as one regex: 每 + classifier + noun, (adverb,) verb."""
    marks = load("quotas")["marks"]
    return re.compile(
        rf"每(?:{alternation(marks['per_unit_classifiers'])})[{CJK}（）()]{{1,10}}?"
        rf"(?=(?:{alternation(marks['per_unit_adverbs'])})?(?:{alternation(marks['per_unit_verbs'])}))"
    )


def _actor_per_unit_subject(p: _Site, c: _Cand) -> _Actor | None:
    """"每辆校车至少配备1名随车照管人员" → 每辆校车: a unit opening the clause with 每 and a
    classifier, then a verb of providing or producing (per_unit_* in quotas.yml), is who
    the clause is about, as written. A sum of money per unit names its payer elsewhere."""
    s, lex = p.s, p.lex
    if c.hit.unit in lex.money_units:
        return None
    a = lex.marker_re.match(s, c.c_start).end()
    a += len(_lead_before_unit(s[a: c.hit.start]) or "")  # "确保每辆校车…": the unit still heads it
    m = _per_unit_subject_re().match(s, a, c.hit.start)
    if m is None or _ends_with_any(m.group(0), tuple(load("quotas")["marks"]["per_unit_not_nouns"])):
        return None
    if _is_time_span(m.group(0)):
        return None
    end = _before_own_period(s, m.start() + 1, m.end(), lex)
    return _Actor(s[m.start(): end], m.start(), end)


def _actor_unit_before_period(p: _Site, c: _Cand) -> _Actor | None:
    """"每个社团每周活动不少于2次" → 每个社团: a unit after 每个 opening the clause, with a 每-period right after it,
    when no other step named anyone (per_unit_period_subject in quotas.yml). A sum of money per unit names its payer."""
    if c.hit.unit in p.lex.money_units:
        return None
    a = p.lex.marker_re.match(p.s, c.c_start).end()
    m = _marks_re("per_unit_period_subject").match(p.s, a, c.hit.start)
    if m is None or _is_time_span(m.group(0)) or _ends_with_any(m.group(0), tuple(load("quotas")["marks"]["per_unit_not_nouns"])):
        return None  # "各学校…，每个学科每学年…": a subject taken one by one scopes the school's amount (actor23)
    return _Actor(m.group(0), m.start(), m.end())


def _before_own_period(s: str, k: int, end: int, lex: _Lexicon) -> int:
    """Where a 每-period inside ``s[k:end]`` starts, else ``end``: "每个学科每学期至少组织2次" → 每个学科, the
    period is the quota's, not part of who acts."""
    return next((m.start() for m in lex.period_re.finditer(s, k, end) if m.group(0).startswith(lex.every)), end)


@lru_cache(maxsize=1)
def _per_area_marks() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """per_area (a jurisdiction taken one by one, 每县 / 每个州（市）) and per_area_subject (it,
    before recommending or sending on) of quotas.yml, the second with the first filled in."""
    marks = load("quotas")["marks"]
    area = _need(marks, "per_area", "marks")
    return re.compile(area), re.compile(_fill(_need(marks, "per_area_subject", "marks"), {"per_area": area}))


def _is_per_area(actor: str) -> bool:
    """Whether an actor is a jurisdiction taken one by one ("每县" → True, "每个区、县（市）" → True,
    "每位教师" → False): a body, never a person (per_area in quotas.yml)."""
    return _per_area_marks()[0].fullmatch(actor) is not None


def _actor_per_area_subject(p: _Site, c: _Cand) -> _Actor | None:
    """"每县推荐学员3至5名" → 每县: a jurisdiction opening the clause with 每 (or 每个) and
    recommending or sending on is who the clause is about, as written (per_area_subject)."""
    s, lex = p.s, p.lex
    if c.hit.unit in lex.money_units:
        return None
    a = lex.marker_re.match(s, c.c_start).end()
    m = _per_area_marks()[1].match(s, a, c.hit.start)
    return _Actor(m.group(0), m.start(), m.end()) if m else None


def _is_time_span(unit: str) -> bool:
    """Whether a 每-unit is a span of time, not a thing ("每个周期内" → True, "每所学校" → False;
    per_unit_time_nouns and per_unit_time_after in quotas.yml)."""
    marks = load("quotas")["marks"]
    after = _ends_with_any(unit, tuple(marks["per_unit_time_after"]))
    core = unit[: -len(after)] if after else unit
    return core[2:] in marks["per_unit_time_nouns"]  # "每个学科每学期": a subject, then its period


def _actor_heading_list_item(p: _Site, c: _Cand) -> _Actor | None:
    """"小学每学年劳动周不少于3天、初中不少于5天" → 初中: a later item of a 、-list of counts
    whose own words are nothing but a role (a stage, a grade band, people) and its bound is
    about that role, not the one heading the clause (heldout11, 22, 23, 27, 28 gold name it)."""
    s, lex = p.s, p.lex
    if c.prev is None or c.prev.clause != c.ci or c.left <= c.c_start or c.prev.actor is None:
        return None  # "人均年阅读量小学不少于15本、初中不少于12本": a list of measures names nobody
    m = lex.actor_re.match(s, c.left, c.hit.start)
    if m is None or m.group(0) in lex.pronouns:
        return None
    k = m.end()
    period = lex.period_re.match(s, k, c.hit.start)
    k = period.end() if period and period.group(0).startswith(lex.every) else k
    bound = lex.cmp_before_re.match(s, k, c.hit.start)
    k = bound.end() if bound else k
    if k != c.hit.start and not _repeats_item_words(s, m.end(), c, lex):
        return None
    if c.hit.unit in _group_size_units() and _role_of(m.group(0), lex) not in lex.non_person_roles:
        return None  # "评选市级学科带头人不超过100名、市级骨干教师不超过500名": the people are counted
    # the items stand side by side: both schools or stages, or both people ("全县中小学生人均
    # 年阅读量小学不少于15本、初中…": the pupils are measured, 初中 is no party beside them)
    mine, theirs = _role_of(m.group(0), lex), _role_of(c.prev.actor.text, lex)
    if mine != theirs and (mine in lex.non_person_roles) != (theirs in lex.non_person_roles):
        return None
    # only beside an item its actor heads: "各校生均图书小学不少于25册、初中不少于35册" sets 初中
    # beside 小学, a part of what 各校 provide; "担任中层干部2年以上或教研组长3年以上" names posts held
    prev = c.prev.actor
    if not c.prev.left <= prev.start or lex.role_re.search(s, prev.end, c.prev.hit.start):
        return None
    return _Actor(m.group(0), m.start(), m.end())


def _bare_words(s: str, a: int, b: int, lex: _Lexicon) -> str:
    """The words of s[a:b] without the bound that ends them ("年龄在" of "年龄在50周岁以上")."""
    stretch = s[a:b]
    bound = lex.cmp_before_re.search(stretch)
    return stretch[: bound.start()] if bound and bound.end() == len(stretch) else stretch


def _repeats_item_words(s: str, k: int, c: _Cand, lex: _Lexicon) -> bool:
    """"男教师年龄在55周岁以上、女教师年龄在50周岁以上": the later item repeats, word for word, what
    the item before measures after its role, so the role it opens with heads it as the first's does."""
    prev = c.prev.actor
    mine = _bare_words(s, k, c.hit.start, lex)
    return bool(mine) and mine == _bare_words(s, prev.end, c.prev.hit.start, lex)


def _size_defined(p: _Site, c: _Cand) -> re.Match[str] | None:
    """The size-defined school opening the clause of ``c`` (size_defined_group of quotas.yml marks), if any."""
    return _marks_re("size_defined_group").match(p.s, p.lex.marker_re.match(p.s, c.c_start).end(), c.c_end)


def _size_threshold(p: _Site, c: _Cand) -> bool:
    """"学生规模1000人以上的学校…": the size defining a kind of school is a threshold with no actor."""
    m = _size_defined(p, c)
    return m is not None and c.hit.start < m.end()


def _group_span(p: _Site, c: _Cand) -> bool:
    """"教龄3年以内的青年教师不少于25节", "新任教师（教龄3年以内）不少于30节": a span of service,
    stated as such (patterns.span_stated_before), that bounds the group of a count after it is a
    condition the quotas after it read past, as they read past a size threshold."""
    if p.lex.unit_kind.get(c.hit.unit) != "time":
        return False  # an age keeps its reading ("成员中年龄50周岁以下的骨干教师…": the share's words start after it)
    stated = _stated_span_lead_re().fullmatch(p.s[c.c_start: c.hit.start])
    if stated is None:  # "入职不满3年的青年教师": the bound may stand before the number
        return False
    end = c.cmp_end
    if p.s.startswith(("）", ")"), end):
        return True
    return p.s.startswith(p.lex.attributive, end) and p.lex.role_re.match(p.s, end + len(p.lex.attributive)) is not None


def _group_of_service_span(p: _Site, c: _Cand) -> _Actor | None:
    """The group a span of service opening the clause defines, named right after it and 的: its actor
    ("新入职3年以内的青年教师每学期听课不少于25节" → 青年教师 for 新入职3年以内, as "满9年的专任教师" → 专任教师;
    service_span_group_words in quotas.yml). An age keeps its reading, and so does a bracketed span (the role
    before it heads the clause)."""
    if p.lex.unit_kind.get(c.hit.unit) != "time":
        return None
    lead = p.s[c.c_start: c.hit.start]
    stated = _stated_span_lead_re().fullmatch(lead)
    if stated is None or not lead.lstrip("其中新").startswith(_marks_words("service_span_group_words")):
        return None
    end = c.cmp_end + len(p.lex.attributive)
    if not p.s.startswith(p.lex.attributive, c.cmp_end) or (m := p.lex.role_re.match(p.s, end)) is None:
        return None
    return None if _role_of(m.group(0), p.lex) in (None, *p.lex.non_person_roles) else _Actor(m.group(0), m.start(), m.end())


def _library_per_pupil(p: _Site, c: _Cand) -> bool:
    """"各学校图书馆（室）生均藏书小学不少于25册": the library's holdings per pupil, no duty of the schools."""
    return _marks_re("library_per_pupil").search(p.s, c.c_start, c.hit.start) is not None


def _corner_update(p: _Site, c: _Cand) -> bool:
    """"每个班级图书角藏书不少于100册，每月更新一次": how often a class's reading corner named earlier in the
    sentence is renewed is the corner's standard, no duty of the class (corner_update in quotas.yml)."""
    lead = p.lex.marker_re.match(p.s, c.c_start).end()
    if _marks_re("corner_update").match(p.s, lead, c.hit.start) is None:
        return False
    return _marks_re("corner_named").search(p.s, 0, c.c_start) is not None


def _graded_class_size(p: _Site, c: _Cand) -> bool:
    """"初中一年级班额不超过50人": the class size of a stage's grade opening the clause is a standard for the
    area, no duty of the stage nor of anyone before it (graded_class_size in quotas.yml)."""
    lead = p.lex.marker_re.match(p.s, c.c_start).end()
    return _marks_re("graded_class_size").fullmatch(p.s, lead, c.hit.start) is not None


def _pupil_check(p: _Site, c: _Cand) -> bool:
    """"学生体质健康测试每学年开展1次": the pupils whose check opens the clause, right before its 每-period,
    qualify the check; no duty of theirs nor of anyone before it (pupil_check in quotas.yml)."""
    lead = p.lex.marker_re.match(p.s, c.c_start).end()
    return _marks_re("pupil_check").match(p.s, lead, c.hit.start) is not None


def _school_visit_time(p: _Site, c: _Cand) -> bool:
    """"每所学校视导时间为1天": how long a visit stays at each school is the visit's length, no duty of the
    school nor of anyone before it (school_visit_time in quotas.yml)."""
    lead = p.lex.marker_re.match(p.s, c.c_start).end()
    return _marks_re("school_visit_time").fullmatch(p.s, lead, c.hit.start) is not None


def _school_day_slot(p: _Site, c: _Cand) -> bool:
    """"大课间活动每天不少于30分钟", "课间休息时间不少于10分钟": the length of a slot of the school day opening its
    clause is the timetable's standard; as a span it keeps the period of the clauses before but takes no
    actor from them (school_day_slot in quotas.yml)."""
    return _lead_opens(p, c, "school_day_slot")


def _system_course_hours(p: _Site, c: _Cand) -> bool:
    """"中小学劳动教育课每周不少于1课时": the hours of a course set for 中小学 as a whole, the course before its
    period, restate the curriculum standard; 中小学 qualifies the course and names no actor, nor is one taken from
    before (system_course_hours in quotas.yml)."""
    return _lead_opens(p, c, "system_course_hours")


def _inclusive_class_cap(p: _Site, c: _Cand) -> bool:
    """"随班就读学生每班原则上不超过2人": the cap on pupils placed in an ordinary class opening its clause is the
    placement standard; no duty of 每班 nor of anyone before it (inclusive_class_cap in quotas.yml)."""
    return _lead_opens(p, c, "inclusive_class_cap")


def _session_interval(p: _Site, c: _Cand) -> bool:
    """"课程间隔不少于10分钟": the interval between two sessions opening its clause is the timetable's standard,
    no duty of the provider or school named before (session_interval in quotas.yml)."""
    return _lead_opens(p, c, "session_interval")


def _online_lesson_length(p: _Site, c: _Cand) -> bool:
    """"线上培训每课时不超过30分钟": the length of one online lesson opening its clause is the lesson's standard,
    no duty of the provider or staff named before (online_lesson_length in quotas.yml)."""
    return _lead_opens(p, c, "online_lesson_length")


def _lead_part_end(s: str, start: int, hit: _Hit, lex: _Lexicon, key: str, part: str) -> int | None:
    """Where group ``part`` of the lead of marks ``key`` ends in ``s`` when that lead opens the clause at ``start``
    up to the hit, else None: a part that is no part of the activity. The 中小学 of a system course's hours
    (system_course_hours, stage: "中小学劳动教育课每周不少于1课时" → 劳动教育课) and the 每班 of an inclusive class
    cap (inclusive_class_cap, unit: "每班随班就读学生一般不超过2人" → 随班就读学生)."""
    if hit.unit not in load("quotas")["marks"][key]["units"]:
        return None
    m = _marks_re_at(key, "lead").fullmatch(s, lex.marker_re.match(s, start).end(), hit.start)
    return m.end(part) if m and m.group(part) else None


def _panel_size(p: _Site, c: _Cand) -> bool:
    """"…评审委员会于11月组织评审，评审委员不少于11人": the size of a judging panel opening its clause,
    no duty of the panel nor of anyone named before it."""
    lead = p.lex.marker_re.match(p.s, c.c_start).end()
    return _marks_re("panel_size").fullmatch(p.s, lead, c.hit.start) is not None


def _lead_opens(p: _Site, c: _Cand, key: str, *, shares: bool = False) -> bool:
    """Whether the quota's unit is one of the ``units`` of marks entry ``key`` of quotas.yml (or the quota is a
    share, with ``shares``) and the words opening its clause, up to the numeral, are that entry's ``lead``."""
    if not (c.hit.unit in load("quotas")["marks"][key]["units"] or shares and c.hit.share):
        return False
    lead = p.lex.marker_re.match(p.s, c.c_start).end()
    return _marks_re_at(key, "lead").fullmatch(p.s, lead, c.hit.start) is not None


def _tail_follows(p: _Site, c: _Cand, key: str) -> bool:
    """Whether the ``tail`` of marks entry ``key`` of quotas.yml follows the quota's numeral and unit."""
    return _marks_re_at(key, "tail").match(p.s, c.hit.end) is not None


def _group_member_size(p: _Site, c: _Cand) -> bool:
    """"课题组成员一般为3至7人", "备课组成员原则上不少于3人": a kind of group, not taken one by one, opening
    the clause of its members' head count is sized; no duty of the group nor of anyone named before it
    (group_member_count in quotas.yml; "每个工作室成员8至12人" keeps 每个工作室)."""
    return _lead_opens(p, c, "group_member_count")


def _project_head_count(p: _Site, c: _Cand) -> bool:
    """"每项课题成员不超过6人", "每项课题主持人限1人": each research project's head count is a rule of the call
    for projects; it names no actor, neither the project nor anyone before it (project_head_count in quotas.yml)."""
    return _lead_opens(p, c, "project_head_count")


def _project_change_bound(p: _Site, c: _Cand) -> bool:
    """"延期时间不超过1年", "变更次数不超过1次": how long or how often a research project may be extended or
    changed opening its clause bounds the project's management; it names no actor, neither the applicant nor the
    person changed before it (project_change_bound in quotas.yml)."""
    return _lead_opens(p, c, "project_change_bound")


def _document_length(p: _Site, c: _Cand) -> bool:
    """"总结字数不少于2000字", "自评报告一般不超过5000字": the length of a report or summary opening its clause
    sets the document; no duty of anyone named before it (document_length in quotas.yml). A role in the
    clause's lead ("校长述职报告不少于3000字") is left to the other steps."""
    lead = p.lex.marker_re.match(p.s, c.c_start).end()
    return p.lex.role_re.search(p.s, lead, c.hit.start) is None and _lead_opens(p, c, "document_length")


def _rate_by_deadline(p: _Site, c: _Cand) -> bool:
    """"心理辅导室建设达标率2025年底前达到95%", "持证上岗比例在年底前达到100%": a rate or share and the level it must
    reach by a deadline is a target for the rate itself; it names no actor, neither a body or place heading the
    clause ("各地…达标率…") nor anyone before it (rate_by_deadline in quotas.yml)."""
    return _lead_opens(p, c, "rate_by_deadline", shares=True)


def _own_group_threshold(p: _Site, c: _Cand) -> bool:
    """"同一学科教师4人以上的单独成组": a head count that makes a subject its own group defines the groups formed;
    it names no actor, neither the school nor the group before it (own_group_threshold in quotas.yml)."""
    return c.hit.unit in ("人", "名") and _tail_follows(p, c, "own_group_threshold")


def _staged_release(p: _Site, c: _Cand) -> bool:
    """"开题后拨付60%", "结题验收合格后拨付其余40%": a share of funds released after a milestone is how a grant is
    paid out in stages; it names no actor, not even the organ that pays (staged_release in quotas.yml)."""
    return _lead_opens(p, c, "staged_release", shares=True)


def _project_tally(p: _Site, c: _Cand) -> bool:
    """"立项数控制在30项以内", "农村学校立项数不少于总数的40%": the count of projects approved opening its clause
    sets the call for projects; it names no actor, neither a heading nor anyone before it (project_tally in
    quotas.yml). A unit taken one by one or 各 before it ("每个乡镇中心学校立项数…") is left to the other steps."""
    return _lead_opens(p, c, "project_tally", shares=True)


def _checked_reading(p: _Site, c: _Cand) -> bool:
    """"冷藏设施温度每日检查2次", "库存原料每周盘点1次": a storage reading or stock opening its clause before the
    period and its check is what is checked; it names no actor, neither the canteen's staff nor anyone before it
    (checked_reading in quotas.yml)."""
    return _lead_opens(p, c, "checked_reading")


def _checked_record(p: _Site, c: _Cand) -> bool:
    """"伙食费收支情况每月公示1次", "供货商资质每学期审核一次": a record, result or supplier opening its clause
    before the period and the check it undergoes is what is checked; it names no actor, neither a role
    qualifying it nor anyone before it (checked_record in quotas.yml)."""
    return _lead_opens(p, c, "checked_record")


def _maintained_thing(p: _Site, c: _Cand) -> bool:
    """"灭火器每月检查1次", "校车每学期检测不少于2次": a facility, vehicle, equipment, menu or data opening its clause
    before the period and its upkeep is what is kept up; it names no actor, neither the thing nor anyone before it
    (maintained_thing in quotas.yml)."""
    return _lead_opens(p, c, "maintained_thing")


def _equipment_provision(p: _Site, c: _Cand) -> bool:
    """"每层配备灭火器不少于2具", "每处重点水域救生器材不少于2套": safety equipment provided in a place or per area,
    named in the lead of its clause, sets the provision; it names no actor, neither the place nor anyone before it
    (equipment_provision in quotas.yml; "每所学校配备救生器材不少于2套" keeps 每所学校)."""
    return _lead_opens(p, c, "equipment_provision")


def _pupil_diet(p: _Site, c: _Cand) -> bool:
    """"学生每天蔬菜供应量不少于300克", "学生每餐蛋白质类食物供应不少于2种": pupils opening a clause on the food
    served to them set a diet standard; they name no actor, nor is one taken from before (pupil_diet in
    quotas.yml)."""
    return _lead_opens(p, c, "pupil_diet")


def _held_event(p: _Site, c: _Cand) -> bool:
    """"区级运动会每年举办1次", "骨干教师评选每两年开展一次": an event or a selection opening its clause before
    the period and its holding is what is held; it names no actor, neither a role qualifying it nor anyone
    before it (held_event in quotas.yml)."""
    return _lead_opens(p, c, "held_event")


def _participant_share(p: _Site, c: _Cand) -> bool:
    """"参与调查的家长不少于在校生家长的60%": the participants of a survey or an appraisal, as a share of a base
    opening their clause, size the act; they name no actor, nor take one from before (participant_share in
    quotas.yml)."""
    if not (c.hit.share or c.hit.unit in p.lex.share_units):
        return False
    lead = p.lex.marker_re.match(p.s, c.c_start).end()
    return _marks_re("participant_share").fullmatch(p.s, lead, c.hit.start) is not None


def _joint_act_count(p: _Site, c: _Cand) -> bool:
    """"每次家访原则上由2名以上教师共同参加", "劳动实践活动须有2名以上教师带队": a count of people after 由 or 有
    doing an act together sizes the act; it names no actor, neither a heading nor anyone before it
    (joint_act_count in quotas.yml)."""
    spec = load("quotas")["marks"]["joint_act_count"]
    if c.hit.unit not in spec["units"]:
        return False
    return (_marks_re_at("joint_act_count", "lead").search(p.s, c.c_start, c.hit.start) is not None
            and _tail_follows(p, c, "joint_act_count"))


def _weighted_result(p: _Site, c: _Cand) -> bool:
    """"检查结果按30%的权重计入教师学期常规考核": a result counted into an appraisal by a weight sets how it is
    scored; it names no actor, neither the organ before it nor a role qualifying the result (weighted_result in
    quotas.yml)."""
    return (_lead_opens(p, c, "weighted_result", shares=True)
            and _tail_follows(p, c, "weighted_result"))


def _score_cutoff(p: _Site, c: _Cand) -> bool:
    """"考核成绩60分以上为合格", "低于60分的不予推荐": a score cut-off or band sets how an appraisal is graded; it
    names no actor, neither the organ running it nor those it grades (score_cutoff in quotas.yml). A role in the
    clause's lead ("申报人综合评分须达到70分以上") is left to the other steps."""
    if c.hit.unit not in load("quotas")["marks"]["score_cutoff"]["units"]:
        return False
    if p.lex.role_re.search(p.s, p.lex.marker_re.match(p.s, c.c_start).end(), c.hit.start) is not None:
        return False
    lead = _marks_re_at("score_cutoff", "lead")
    return (lead.search(p.s, max(0, c.hit.start - 2), c.hit.start + 2) is not None
            or _tail_follows(p, c, "score_cutoff"))


def _member_origin(p: _Site, c: _Cand) -> bool:
    """"跨县成员不少于2名", "来自乡村学校的成员不少于三分之一": the members of a group drawn from a kind of place
    set the group's make-up; they name no actor, neither the studio sized before them nor the place
    (member_origin in quotas.yml)."""
    return _lead_opens(p, c, "member_origin", shares=True)


def _consecutive_failure(p: _Site, c: _Cand) -> bool:
    """"连续2年考核不合格的予以撤销", "连续2次不合格的，撤销工作室": a run of failed appraisals is the condition of a
    sanction; it names no actor, neither the studio or school appraised in the clauses before nor the organ
    imposing it (consecutive_failure in quotas.yml). A role heading the clause ("成员连续2次考核不合格") or named
    right after 的 ("连续2年不合格的培训机构") is left to the other steps."""
    if c.hit.unit not in load("quotas")["marks"]["consecutive_failure"]["units"]:
        return False
    if _marks_re_at("consecutive_failure", "lead").search(p.s, max(c.c_start, c.hit.start - 2), c.hit.start) is None:
        return False
    tail = _marks_re_at("consecutive_failure", "tail").match(p.s, c.hit.end)
    if tail is None:
        return False
    if p.s.startswith("的", tail.end()) and p.lex.role_re.match(p.s, tail.end() + 1) is not None:
        return False
    return p.lex.role_re.search(p.s, p.lex.marker_re.match(p.s, c.c_start).end(), c.hit.start) is None


def _title_experience(p: _Site, c: _Cand) -> bool:
    """"申报高级职称须有1年以上乡村学校任教经历", "晋升中级职称须具有2年以上交流经历": a clause opened by a title
    application and what it requires is a condition of the title, no one's duty: it names no actor, neither the
    teachers of the clauses before nor the applicant the title words name (title_experience in quotas.yml). A
    role named after 的 ("申报高级职称的教师须有…") heads the clause and is left to the other steps."""
    start = p.lex.marker_re.match(p.s, c.c_start).end()
    lead = _marks_re_at("title_experience", "lead").match(p.s, start, c.hit.start)
    return lead is not None and p.s.find("，", lead.end(), c.hit.start) < 0


def _grand_total(p: _Site, c: _Cand) -> bool:
    """"共计200名", "共计48所": a clause opened by 共计 sums what the clauses before listed; it names no actor, neither
    the group counted nor the organ that chose it (grand_total in quotas.yml)."""
    start = p.lex.marker_re.match(p.s, c.c_start).end()
    return _marks_re_at("grand_total", "lead").fullmatch(p.s, start, c.hit.start) is not None


def _increment_staffing(p: _Site, c: _Cand) -> bool:
    """"每增加500名学生增配1名保安员": staff added per step of enrolment is a staffing ratio; it names no actor,
    neither the school it sizes nor anyone before it (increment_staffing in quotas.yml)."""
    return _marks_re("increment_staffing").search(p.s[c.c_start: c.hit.start]) is not None


def _allotment_cut(p: _Site, c: _Cand) -> bool:
    """"核减其下一年度招生计划10%至20%", "次年推荐名额核减1名": a sanction cutting an allotment sizes the cut; it
    names no actor, neither the organ imposing it nor whom it falls on (allotment_cut in quotas.yml)."""
    return _lead_opens(p, c, "allotment_cut", shares=True)


@lru_cache(maxsize=None)
def _marks_re_at(key: str, field: str) -> re.Pattern[str]:
    """A pattern nested one level down in quotas.yml ``marks``, compiled once."""
    return re.compile(load("quotas")["marks"][key][field])


def _sample_share(p: _Site, c: _Cand) -> bool:
    """"各学校每学期开展1次问卷调查，调查样本不少于在校学生数的20%": a survey's sample, as a share of
    those surveyed, sizes the survey; no duty of anyone named before it (sample_share in quotas.yml)."""
    if not (c.hit.share or c.hit.unit in p.lex.share_units):
        return False
    words = _activity_words(_without_share_base(p.s[c.left: c.hit.start], c.hit, p.lex), p.lex) or ""
    return _marks_re("sample_share").search(words) is not None


def _rated_group(p: _Site, c: _Cand) -> bool:
    """"满意度低于85%的学校要限期整改": a rate or a score that defines the group named after it is the
    threshold of a sanction, no duty of that group (rated_group_measures in quotas.yml)."""
    if _defined_group(p.s, p.bounds[c.ci], c.hit, p.lex) is None:
        return False
    words = _activity_words(p.s[c.left: c.hit.start], p.lex) or ""
    return _ends_with_any(words, _marks_words("rated_group_measures")) is not None


def _dormitory_head(p: _Site, c: _Cand) -> bool:
    """"学生宿舍每层配备灭火器不少于2具": a dormitory opening the clause is what the standard is set
    for, no duty of anyone named before it (dormitory_head in quotas.yml)."""
    lead = p.lex.marker_re.match(p.s, c.c_start).end()
    return _marks_re("dormitory_head").match(p.s, lead, c.hit.start) is not None


def _actor_size_defined(p: _Site, c: _Cand) -> _Actor | None:
    """"学生规模超过1000人的学校配备专职心理教师不少于2名": the school its size defines heads the
    clause, as written (not 学生)."""
    m = _size_defined(p, c)
    return _Actor(m.group(0), m.start(), m.end()) if m is not None and m.end() <= c.hit.start else None


def _actor_span_defined_group(p: _Site, c: _Cand) -> _Actor | None:
    """"…；任教不满3年的青年教师不少于30节" → 任教不满3年的青年教师: a list item headed by the group a
    span of service defines (as _group_span reads it) is about that whole group, as written; its
    activity is the list's (66 of 75 held-out gold actors over such evidence are the whole phrase)."""
    s, lex = p.s, p.lex
    span = None
    for h in p.hits:
        if c.c_start <= h.start and h.end <= c.hit.start and lex.unit_kind.get(h.unit) == "time":
            span = h
    if span is None:
        return None
    start = lex.marker_re.match(s, c.c_start).end()
    lead = _starts_with_any(s[start: span.start], lex.breakdown_words)
    start += len(lead) if lead else 0
    if not _stated_span_lead_re().fullmatch(s[start: span.start]):
        return None
    k = span.end
    after = lex.cmp_after_re.match(s, k, c.hit.start)
    k = after.end() if after else k
    if not s.startswith(lex.attributive, k):
        return None
    role = lex.role_re.match(s, k + len(lex.attributive), c.hit.start)
    if role is None:
        return None
    bound = lex.cmp_before_re.match(s, role.end(), c.hit.start)
    if (bound.end() if bound else role.end()) != c.hit.start:
        return None
    return _Actor(s[start: role.end()], start, role.end())


def _actor_band_before_bound(p: _Site, c: _Cand) -> _Actor | None:
    """Pupils of a stage or band right before the bound, after the time measured ("学生每天睡眠时间小学生
    不少于10小时" → 小学生): band_measure_words and band_roles in quotas.yml."""
    s, lex = p.s, p.lex
    marks = load("quotas")["marks"]
    stretch = s[c.c_start: c.hit.start]
    bound = lex.cmp_before_re.search(stretch)
    end = c.c_start + (bound.start() if bound and bound.end() == len(stretch) else len(stretch))
    for w in marks["band_measure_words"]:
        k = s.rfind(w, c.c_start, end)
        if k < 0:
            continue
        m = lex.role_re.fullmatch(s, k + len(w), end)
        if m and _role_of(m.group(0), lex) in marks["band_roles"]:
            return _Actor(m.group(0), m.start(), m.end())
    return None


def _actor_matching_payer(p: _Site, c: _Cand) -> _Actor | None:
    """Whoever heads a matching ratio's clause before 按 ("所在县(市、区)按不低于1:1比例配套" → 所在县(市、区),
    "由各区按不低于1:1的比例配套" → 各区): the payer that matches the sum, as written, whether or not it is a known
    role (ratio_matching in quotas.yml). With nothing before 按 the other steps answer."""
    s = p.s
    if c.hit.rule != RATIO or not _ratio_matching_re().match(s, c.hit.end):
        return None
    by = _marks_re("ratio_allot_by").search(s, max(c.c_start, c.hit.start - 8), c.hit.start)
    if by is None:
        return None
    m = _marks_re("ratio_payer").fullmatch(s, c.c_start, by.start())
    return _Actor(m.group("payer"), m.start("payer"), m.end("payer")) if m else None


@lru_cache(maxsize=1)
def _ratio_matching_re() -> re.Pattern[str]:
    """What follows a matching ratio's second term: (的)比例, a bridging verb, 配套 (ratio_matching)."""
    return re.compile(load("quotas")["marks"]["ratio_matching"])


def _actor_place_row_cell(p: _Site, c: _Cand) -> _Actor | None:
    """The first cell of a table row set out with spaces, when it names a place or a school and the row holds
    nothing but its counts after it ("银川市 180名" → 银川市, "县第一小学　6个班　270人" → 县第一小学;
    row_place_cell in quotas.yml). A row opening with a criterion ("办学治校能力　占40%") names no one."""
    s = p.s
    a = p.lex.marker_re.match(s).end()
    while a < len(s) and s[a] in " \u3000\t":
        a += 1
    m = _marks_re("row_place_cell").fullmatch(s, a)
    if m is None or c.hit.start < m.end("cell"):
        return None
    return _Actor(m.group("cell"), m.start("cell"), m.end("cell"))


_OWN_ACTOR_STEPS = (
    _actor_matching_payer, _actor_span_defined_group, _actor_band_before_bound, _actor_heading_list_item, _actor_size_defined, _actor_agent_in_clause, _actor_project_acting, _actor_named_before_period, _actor_per_person_standard, _actor_heading_clause, _actor_after_inclusion,
    _actor_allocating_body, _actor_defined_after, _actor_pronoun_in_clause, _actor_per_unit_subject,
    _actor_per_area_subject, _actor_unit_before_period, _actor_place_row_cell,
)


def _actor_of_previous(p: _Site, c: _Cand) -> _Actor | None:
    """The actor of the quota just before, in this clause or the one before."""
    return c.prev.actor if c.adjacent and c.prev is not None else None


def _actor_group_set_up(p: _Site, c: _Cand) -> _Actor | None:
    """A group set up at the end of an earlier clause (…讲师团队，…，每学年…); when an organ
    heading that clause sets up a working group (organ_group_endings), what it does is the organ's duty ("县教育局组织督查组，
    每月至少督查学校10所" → 县教育局), while its size stays with the group ("…组成视导组，每组3至5人";
    group_size_units in quotas.yml)."""
    if c.ci == 0:
        return None
    group = _group_actor(p.s, p.bounds, c.ci, p.lex, p.group_ends)
    if group is not None and _clause_index(p.bounds, group.start) < c.ci - 1 and \
            _role_of(group.text, p.lex) in load("roles")["next_clause_group_roles"] and not _group_sits(p, c):
        return None  # "…膳食委员会，家长代表不少于5人，每月至少开展1次食堂开放日活动": the school's open day
    # "…成立…领导小组，明确1名分管领导具体负责": a post the count names is the organ's to fill, not a size
    sizes = c.hit.unit in _group_size_units() and p.lex.role_re.match(p.s, c.hit.end) is None
    if group is None or sizes or not group.text.endswith(_organ_group_endings()):
        return group  # "组建…志愿者队伍，每学期…开展一次志愿活动": a team of people acts itself
    j = _clause_index(p.bounds, group.start)
    head = _clause_actor(p.s, p.bounds, j, p.clause_actors, p.lex)
    if head is None or head.end >= group.start or _role_of(head.text, p.lex) not in p.lex.non_person_roles:
        return group
    return head


def _group_sits(p: _Site, c: _Cand) -> bool:
    """Whether the quota's clause only convenes a group's own meetings ("每学期至少召开2次会议"; group_sitting in
    quotas.yml), which a committee set up further back still holds."""
    return _group_sitting_re().search(p.s, c.c_start, p.bounds[c.ci][1]) is not None


@lru_cache(maxsize=1)
def _group_sitting_re() -> re.Pattern[str]:
    """group_sitting of quotas.yml compiled: a meeting convened with no body named in it."""
    return re.compile(load("quotas")["marks"]["group_sitting"])


@lru_cache(maxsize=1)
def _organ_group_endings() -> tuple[str, ...]:
    """organ_group_endings of quotas.yml: how a working group of an organ is named (督查组, 领导小组)."""
    return tuple(load("quotas")["marks"]["organ_group_endings"])


@lru_cache(maxsize=1)
def _group_size_units() -> frozenset[str]:
    """group_size_units of quotas.yml: measure words of a count that sizes a group (人, 名)."""
    return frozenset(load("quotas")["marks"]["group_size_units"])


def _actor_opening_provision(p: _Site, c: _Cand) -> _Actor | None:
    """The subject or topic opening the provision ("校长…，每学期…")."""
    if c.ci == 0 or p.head_actor is None:
        return None
    head = p.head_actor
    if p.s.startswith(tuple(load("quotas")["marks"]["copula_after_actor"]), head.end) and _actor_earlier_clause(p, c) is not None:
        return None  # "校长是学校食品安全第一责任人，学校要…，每月召开1次…": who is answerable is no doer; the nearer duty's is
    return head


def _actor_named_in_opening(p: _Site, c: _Cand) -> _Actor | None:
    """What _actor_named_before_period reads in the clause opening the provision
    ("各被视导学校要在视导前完成自查，形成不超过3000字的自查报告" → 各被视导学校)."""
    if c.ci == 0:
        return None
    a, b = p.bounds[0]
    return _named_subject(p.s, a, b, p.periods, p.lex)


def _actor_earlier_clause(p: _Site, c: _Cand) -> _Actor | None:
    """The nearest earlier clause that states no quota of its own but is headed
    by an actor ("对新教师…，校长和中层干部应重点跟踪听课，每学期…听课2节")."""
    if c.ci <= 1:
        return None
    return next(
        (x for j in range(c.ci - 1, 0, -1)
         if j not in p.hit_clauses and (x := _clause_actor(p.s, p.bounds, j, p.clause_actors, p.lex))),
        None,
    )


def _actor_clause_just_before(p: _Site, c: _Cand) -> _Actor | None:
    """The clause right before, stating no quota but headed by an actor of its own, is
    nearer than the provision's opening ("人事股负责登记，教研室负责评估，每学期末组织一次
    督查" → 教研室, not 人事股)."""
    j = c.ci - 1
    if j < 1 or j in p.hit_clauses:
        return None
    x = _clause_actor(p.s, p.bounds, j, p.clause_actors, p.lex)
    if x is None:
        return None
    # "由基础教育股牵头，督导室、计财股配合，每学期…": who only assists does not carry the duty
    rest = p.s[x.end: p.bounds[j][1]].strip("，,；; 、")
    return None if _ends_with_any(rest, _support_verbs()) else x


def _actor_of_introduction(p: _Site, c: _Cand) -> _Actor | None:
    """Whoever an introduction earlier in the provision sets conditions or duties for
    ("申报人应具备以下条件：（一）年龄在50周岁以下" → 申报人)."""
    j = p.intro_clause(c.ci)
    if j is None:
        return None
    a, b = p.bounds[j]
    who = _intro_actor(p.s[a:b], p.lex)
    if who is None:
        return None
    k = p.s.find(who, a, b)
    return _Actor(who, k, k + len(who))


def _actor_of_topic(p: _Site, c: _Cand) -> _Actor | None:
    """The people a clause of its own sets up as the topic of the sentence ("对外出跟岗研修的骨干教师，回校后须
    在1个月内上1节汇报课" → 骨干教师): 对, their description and a person's role closing that clause, when the
    quota's clause goes on with a modal and names no one (topic_openers, topic_not_roles in quotas.yml).
    Pupils and parents set up so are whose case it is, not who acts ("对筛查出的重点关注学生，要…")."""
    s, lex = p.s, p.lex
    marks = load("quotas")["marks"]
    if c.ci == 0 or lex.subject_modal_re.search(s, c.c_start, c.hit.start) is None:
        return None
    a, b = p.bounds[c.ci - 1]
    a = lex.marker_re.match(s, a).end()
    head = s[a:b].rstrip("，,、 ")
    if not head.startswith(tuple(marks["topic_openers"])) or "。" in s[b: c.c_start]:
        return None
    m = None
    for m in lex.role_re.finditer(head):
        pass
    if m is None or m.end() != len(head):
        return None
    role = _role_of(m.group(0), lex)
    if role is None or role in lex.non_person_roles or role in marks["topic_not_roles"]:
        return None
    return _Actor(m.group(0), a + m.start(), a + m.end())


def _actor_staff_set_up(p: _Site, c: _Cand) -> _Actor | None:
    """The staff a clause just before sets up, for a clause that attends a training and names no one
    ("学校应配备专职校医，每学年参加业务培训不少于24学时" → 校医): the people attend, not the school setting them
    up (staff_set_up_verbs, staff_set_up_reach, span_attend_verbs, span_attended_words in quotas.yml)."""
    if c.ci == 0 or not _attends_training(p.s[c.c_start: c.hit.start]):
        return None
    marks = load("quotas")["marks"]
    for j in range(c.ci - 1, max(-1, c.ci - 1 - marks["staff_set_up_reach"]), -1):
        a, b = p.bounds[j]
        k = max((i + len(w) for w in marks["staff_set_up_verbs"] if (i := p.s.rfind(w, a, b)) >= 0), default=-1)
        if k < 0:
            continue
        staff = None
        for m in p.lex.role_re.finditer(p.s, k, b):
            staff = m
        if staff is None or _role_of(staff.group(0), p.lex) in p.lex.non_person_roles:
            return None
        return _Actor(staff.group(0), staff.start(), staff.end())
    return None


def _actor_trainees_of_organ(p: _Site, c: _Cand) -> _Actor | None:
    """The people an organ heading an earlier clause has attend a training, for a later clause naming no one
    that gives a length of it ("各区教育局负责组织本区新任教师参加岗前培训，集中研修不少于60学时" → 新任教师;
    organ_trainees in quotas.yml). The clauses between name no one either."""
    marks = load("quotas")["marks"]["organ_trainees"]
    if c.ci == 0 or c.hit.unit not in marks["units"]:
        return None
    s, lex = p.s, p.lex
    for j in range(c.ci - 1, -1, -1):
        head = _clause_actor(s, p.bounds, j, p.clause_actors, lex) or (p.head_actor if j == 0 else None)
        if head is None:
            continue
        if _role_of(head.text, lex) not in lex.non_person_roles:
            return None
        b = p.bounds[j][1]
        # the organ's name may run on past the head read ("各市州教育（体育）局负责组织…" → 各市州)
        found = _organ_trainees_verb_re().search(s, head.end, min(b, head.end + marks["reach"] + 6))
        if found is None or found.start() - head.end > marks["reach"] or any(ch in s[head.end: found.start()] for ch in "，,、"):
            return None
        k = found.end()
        k += len(_starts_with_any(s[k:b], tuple(marks["local"])) or "")
        people = _actor_at_head(s, k, b, lex, allow_head_words=False)
        if people is None or people.start != k or _role_of(people.text, lex) in lex.non_person_roles \
                or _role_of(people.text, lex) in _marks_words("organ_has_people_not"):
            return None
        rest = s[people.end: b]
        if not rest.startswith(tuple(marks["attend"])) or not any(w in rest for w in _attendance_marks()[1]):
            return None
        return people
    return None


@lru_cache(maxsize=1)
def _organ_trainees_verb_re() -> re.Pattern[str]:
    """organ_trainees.verbs of quotas.yml after a modal (要组织) or as written (负责组织)."""
    marks, modals = load("quotas")["marks"]["organ_trainees"], _marks_words("subject_modals")
    alts = [re.escape(m + v) for m in modals for v in marks["verbs"]] + [re.escape(marks["verbs"][0])]
    return re.compile("|".join(sorted(alts, key=len, reverse=True)))


def _attends_training(stretch: str) -> bool:
    """Whether ``stretch`` attends a training ("每年参加业务培训", "每学年接受食品安全培训"; span_attend_verbs,
    span_attended_words in quotas.yml)."""
    verbs, trainings = _attendance_marks()
    k = min((i for w in verbs if (i := stretch.find(w)) >= 0), default=-1)
    return k >= 0 and any(w in stretch[k:] for w in trainings)


def _actor_agent_charged_before(p: _Site, c: _Cand) -> _Actor | None:
    """The agent after 由 an earlier clause stating no quota charges with an act, for a later clause naming no one that
    counts occasions in a period of its own ("…，由县区教育局组织送教上门，每月送教不少于4次" → 县区教育局; agent_duty in
    quotas.yml). Up to ``reach`` clauses back, nearest first; a clause with a quota or an actor of its own stops it."""
    marks = load("quotas")["marks"]["agent_duty"]
    if c.ci == 0 or c.hit.unit not in marks["units"] or not (c.own_period and c.period and c.period != "total"):
        return None
    s, lex = p.s, p.lex
    for j in range(c.ci - 1, max(-1, c.ci - 1 - marks["reach"]), -1):
        if j in p.hit_clauses:
            return None
        a, b = p.bounds[j]
        a = lex.marker_re.match(s, a).end()
        k = s.find(marks["marker"], a, min(b, a + marks["topic_reach"] + 1))
        if k < 0:
            if _clause_actor(s, p.bounds, j, p.clause_actors, lex) is not None:
                return None
            continue
        k += len(marks["marker"])
        k += len(_starts_with_any(s[k:b], tuple(marks["skip"])) or "")  # "由所在学区中心学校组织…"
        agent = _actor_at_head(s, k, b, lex, allow_head_words=False)
        if agent is None or agent.start != k:
            return None
        verb = _starts_with_any(s[agent.end: b], tuple(marks["verbs"]))
        if verb is None or s.startswith("的", agent.end + len(verb)):
            return None  # "建立由分管领导牵头的协调机制": 由 inside a noun's modifier charges no one
        return agent
    return None


@lru_cache(maxsize=1)
def _every_periods(lex: _Lexicon) -> tuple[str, ...]:
    """The period words that open with 每 (每学期, 每年…), gathered once per lexicon."""
    return tuple(w for w in lex.period_of if w.startswith(lex.every))


def _actor_duty_subject(p: _Site, c: _Cand) -> _Actor | None:
    """The name opening the provision before 负责, for the clause right after it, which names no one and opens with
    its period ("市电化教育馆负责技术指导，每学期开展送教下校活动不少于2次" → 市电化教育馆; duty_subject in quotas.yml).
    Only for names the role lexicon does not read (_actor_opening_provision takes those it does)."""
    if c.ci != 1 or p.head_actor is not None:
        return None
    # a period, not an each-unit (天津市…监测中心负责…，每区抽测学校不少于6所: gold null)
    if not p.s[c.c_start: c.hit.start].lstrip("，, ").startswith(_every_periods(p.lex)):
        return None
    marks = load("quotas")["marks"]["duty_subject"]
    a, b = p.bounds[0]
    a = p.lex.marker_re.match(p.s, a).end()
    while a < b and p.s[a] in " \u3000":
        a += 1
    k = p.s.find(marks["verb"], a, b)
    if k < 0 or p.s.startswith(tuple(marks["not_after"]), k + len(marks["verb"])) or k + len(marks["verb"]) >= b:
        return None
    name = p.s[a:k]
    if not marks["min_len"] <= len(name) <= marks["max_len"] or any(w in name for w in marks["not_in"]) \
            or not re.fullmatch(r"[\u4e00-\u9fff（）()]+", name):
        return None
    return _Actor(name, a, k)


def _actor_school_of_committee_event(p: _Site, c: _Cand) -> _Actor | None:
    """The school that sets up a committee in an earlier clause, for a clause naming no one that organises an
    open day or a meal with parents ("各校成立家长膳食委员会，成员不少于7人，每月至少组织1次开放日活动" → 各校;
    committee_event in quotas.yml): the school holds the event, not the committee it has set up, though the
    committee is the quota before. A committee heading the sentence itself ("膳食委员会每学期…") is no set-up."""
    if c.ci == 0:
        return None
    marks = load("quotas")["marks"]["committee_event"]
    if _marks_re_at("committee_event", "event").search(p.s, c.c_start, p.bounds[c.ci][1]) is None:
        return None
    for j in range(c.ci - 1, max(-1, c.ci - 1 - marks["reach"]), -1):
        a, b = p.bounds[j]
        if _marks_re_at("committee_event", "set_up").search(p.s, a, b) is None:
            continue
        who = _clause_actor(p.s, p.bounds, j, p.clause_actors, p.lex) or (p.head_actor if j == 0 else None)
        if who is None or _role_of(who.text, p.lex) not in p.lex.non_person_roles or who.end > b:
            return None
        return who
    return None


_INHERITED_ACTOR_STEPS = (
    _actor_staff_set_up, _actor_trainees_of_organ, _actor_school_of_committee_event, _actor_of_previous, _actor_group_set_up, _actor_agent_charged_before,
    _actor_clause_just_before, _actor_opening_provision, _actor_duty_subject,
    _actor_named_in_opening, _actor_of_introduction, _actor_earlier_clause, _actor_of_topic,
)


# the steps that take the actor of an earlier clause of the same provision, not of an introduction
_EARLIER_CLAUSE_STEPS = frozenset({"_actor_of_previous", "_actor_agent_charged_before", "_actor_clause_just_before", "_actor_opening_provision",
                                   "_actor_earlier_clause"})


def _inherited_actor(p: _Site, c: _Cand) -> _Actor | None:
    """The actor a clause with none of its own takes from before (_INHERITED_ACTOR_STEPS); a role of
    own_clause_roles (roles.yml) heads only its own clause, so an earlier clause's passes nothing on
    ("机构…；一次性收费不得超过3个月" → null), while a list's introduction still names it."""
    for step in _INHERITED_ACTOR_STEPS:
        found = step(p, c)
        if found is None:
            continue
        if step.__name__ in _EARLIER_CLAUSE_STEPS and _heads_own_clause(found.text, p.lex) \
                and not _continues_predicate(p, c, found):
            return None
        if _role_of(found.text, p.lex) in _unpassed_roles():
            continue  # "各校倡导家庭每天亲子共读…，每学期评选…": the family reads; the school before it runs the contest
        if _arranged_for(p, c, found):
            return None  # "确保学生每天…不少于1小时，大课间活动每天不少于30分钟": the pupils arrange no 大课间
        if _assessed_people(p, c, found):
            return None  # "食堂从业人员每月参加学习至少1次，每学期末组织一次考核": the staff are examined
        if _record_of_body(p, c, found):
            return None  # "各校要落实听课制度，每节课记录不少于400字": the listener writes it, not the school
        return found
    return None


@lru_cache(maxsize=1)
def _arranged_marks() -> dict[str, tuple[str, ...]]:
    """unpassed_to_arranged of roles.yml: a role → the words of a later clause that take no actor from it."""
    return {role: tuple(words) for role, words in (load("roles").get("unpassed_to_arranged") or {}).items()}


def _arranged_for(p: _Site, c: _Cand, found: _Actor) -> bool:
    """Whether the quota's clause is about what is arranged for ``found``, named before the clause
    ("学生每天校内体育活动时间不少于1小时，每天安排大课间体育活动不少于30分钟": the school's 大课间, not the pupils').
    A 其中 part of the pupils' own span stays theirs ("…不少于1小时，其中大课间时间不少于30分钟")."""
    words = _arranged_marks().get(_role_of(found.text, p.lex) or "")
    clause = p.s[c.c_start: c.c_end]
    return (bool(words) and found.start < c.c_start and any(w in clause for w in words)
            and not clause.lstrip("，,；; ").startswith(p.lex.breakdown_words))


def _assessed_people(p: _Site, c: _Cand, found: _Actor) -> bool:
    """Whether people named before the quota's clause are what its count of assessments examines
    ("交流教师…，每学年考核一次", "…，每学期末组织一次考核": assessed_count in quotas.yml); a school or organ
    before such a clause is its examiner and passes on ("受援学校…，每学期进行一次考核")."""
    if found.start >= c.c_start or _role_of(found.text, p.lex) in p.lex.non_person_roles:
        return False
    if p.lex.division_re.search(found.text):
        return False  # a division (教务处…，每学期末对备课组进行一次考核) examines, as a school does
    return _marks_re("assessed_count").search(p.s, c.c_start, c.c_end) is not None


def _record_of_body(p: _Site, c: _Cand, found: _Actor) -> bool:
    """Whether the quota's clause opens with the length of a lesson record ("每节课记录不少于500字", "书面评课意见
    不少于200字": lesson_record_length in quotas.yml) and ``found`` is a school, organ or division, which writes
    no record: the clause names no actor. A listener before it ("听课教师…，每节课记录不少于300字") passes on."""
    if _role_of(found.text, p.lex) not in p.lex.non_person_roles and not p.lex.division_re.search(found.text):
        return False
    return _lead_opens(p, c, "lesson_record_length")


@lru_cache(maxsize=1)
def _own_clause_actor_re() -> re.Pattern[str] | None:
    """own_clause_actor_patterns of roles.yml as one regex (None when there are none)."""
    patterns = load("roles").get("own_clause_actor_patterns") or ()
    return re.compile("|".join(f"(?:{x})" for x in patterns)) if patterns else None


def _heads_own_clause(actor: str, lex: _Lexicon) -> bool:
    """Whether ``actor`` heads only the clause it opens: its role is one of own_clause_roles, or it is written
    as one of own_clause_actor_patterns (the title tier applied for: "申报一级教师，须…满4年；具备硕士学位的，满2年"
    → null after the tier's clause)."""
    if _role_of(actor, lex) in lex.own_clause_roles:
        return True
    own = _own_clause_actor_re()
    return own is not None and own.match(actor) is not None


@lru_cache(maxsize=1)
def _unpassed_roles() -> frozenset[str]:
    """unpassed_roles of roles.yml: roles no later clause takes over; the steps look past them."""
    return frozenset(load("roles").get("unpassed_roles") or ())


@lru_cache(maxsize=1)
def _predicate_continuations() -> tuple[str, ...]:
    """predicate_continuations of quotas.yml: words that go on with the predicate before (且)."""
    return tuple(sorted(load("quotas")["marks"]["predicate_continuations"], key=len, reverse=True))


def _continues_predicate(p: _Site, c: _Cand, found: _Actor) -> bool:
    """Whether the quota's clause only goes on with the predicate of the clause just before, whose actor
    ``found`` is ("校外培训机构一次性收取的费用，不得超过3个月，且不得超过5000元"): a continuation word, if
    any, then nothing but the bound; or a later count of the same clause as the quota before it."""
    s, lex = p.s, p.lex
    if c.prev is not None and c.prev.clause == c.ci and c.prev.actor is found:
        return True
    carried = c.prev is not None and c.prev.actor is found and c.prev.clause == c.ci - 1
    if c.ci == 0 or (found.start < p.bounds[c.ci - 1][0] and not carried):
        return False
    a = lex.marker_re.match(s, c.c_start).end()
    word = _starts_with_any(s[a: c.hit.start], _predicate_continuations())
    a += len(word) if word else 0
    return a == c.hit.start or lex.cmp_before_re.fullmatch(s, a, c.hit.start) is not None


def _context_chain(p: _Site) -> str | None:
    """The subject of the sentence's earlier part, before a "；" (_chain_actor), unless it is written as an actor
    that heads only its own clause ("申报一级教师，须…满4年；具备硕士学位的，满2年": own_clause_actor_patterns)."""
    own = _own_clause_actor_re()
    if p.chain_actor is not None and own is not None and own.match(p.chain_actor):
        return None
    return p.chain_actor


def _context_list_intro(p: _Site) -> str | None:
    """The actor of a list's introduction or duty heading (_list_intro_actor)."""
    return p.list_actor


def _context_article(p: _Site) -> str | None:
    """The actor of the opening line of the 第X条 article (_article_actor)."""
    return p.article_actor


def _context_breakdown_sentence(p: _Site) -> str | None:
    """"教师年度培训学时由三部分组成。其中，集中培训不少于24学时": the parts of a
    sentence opening with 其中 are done by the subject of the sentence before
    (_previous_sentence), as they hold over its period (_period_of_breakdown_sentence)."""
    if not _starts_with_any(p.s[p.head:], p.lex.breakdown_sentence_words):
        return None
    t = _previous_sentence(p.prov, p.ctx, p.lex)
    if t is None:
        return None
    lex = p.lex
    bounds = _clause_bounds(t, lex)
    a, b = max(bounds[0][0], lex.marker_re.match(t).end()), bounds[0][1]
    found = _actor_at_head(t, a, b, lex, allow_head_words=False)
    return found.text if found else None


def _context_object_first_sentence(p: _Site) -> str | None:
    """"教师要全批全改。对学困生每周面批不少于2次": a clause opening with its object (object_first_sentence
    in quotas.yml) in a sentence naming no one is done by the person heading the sentence before in the
    paragraph (_previous_sentence); an organ or a school there passes nothing on."""
    lex, s = p.lex, p.s
    words = tuple(load("quotas")["marks"]["object_first_sentence"])
    # the object and the count in one clause ("对学困生每周面批不少于2次"); a topic set off by a comma
    # ("对存量机构，于3月中旬前完成一轮摸底") or a 对…的 condition names whose case it is, not who acts
    if not any(s.startswith(words, lex.marker_re.match(s, a).end()) and any(a <= h.start < b for h in p.hits)
               for a, b in p.bounds) and not _object_first_duty(p):
        return None
    t = _previous_sentence(p.prov, p.ctx, lex)
    if t is None:
        return None
    bounds = _clause_bounds(t, lex)
    a, b = max(bounds[0][0], lex.marker_re.match(t).end()), bounds[0][1]
    found = _actor_at_head(t, a, b, lex, allow_head_words=False)
    if found is None or _role_of(found.text, lex) in lex.non_person_roles:
        return None
    return found.text


def _object_first_duty(p: _Site) -> bool:
    """Whether the sentence opens with a duty done to its object, with no subject ("对个别学生要面批面改，每学期
    面批不少于20人次"): the count after it is the duty's (object_first_duty in quotas.yml); a bare topic
    ("对存量机构，…") or a 对…的 condition ("对需要延缓入学的，…") is none."""
    a, b = p.bounds[0]
    a = p.lex.marker_re.match(p.s, a).end()
    return _marks_re("object_first_duty").fullmatch(p.s, a, b) is not None and any(h.start >= b for h in p.hits)


def _context_sibling_item(p: _Site) -> str | None:
    """"（一）教研员每学期…不少于8天；（二）每次蹲点期间听课不少于4节；…": items of one
    sentence (each closing with "；", with the same kind of marker) whose first items name
    who acts carry that actor on to the items that name nobody. Only people: an organ or a
    school heading an earlier item ("（一）各校要…；（二）组织家长…观看1次") is carried by no
    held-out gold (heldout18, 27: 7 of 7 null or another party)."""
    lex, prov, ctx = p.lex, p.prov, p.ctx
    if not lex.item_re.match(prov.text) or not ctx.provisions:
        return None
    if _offence_marks()[1].search(prov.text):
        return None  # (quotas25) "（四）预收费超过3个月…的行为；": an offence listed, done by nobody in particular
    idx = _prov_index(prov, ctx)
    kind = _marker_kind(prov.text, lex)
    if idx is None or kind is None:
        return None
    for j in range(idx - 1, max(-1, idx - 8), -1):
        t = ctx.provisions[j].text.rstrip()
        if not t.endswith(("；", ";")) or _marker_kind(t, lex) != kind:
            return None
        bounds = _clause_bounds(t, lex)
        lead = lex.marker_re.match(t).end()
        a, b = max(bounds[0][0], lead), bounds[0][1]
        found = _actor_at_head(t, a, b, lex, allow_head_words=False)
        if found:
            return None if _role_of(found.text, lex) in lex.non_person_roles else found.text
    return None


def _context_run_in_heading(p: _Site) -> str | None:
    """"（二）主持人条件。具有一级以上职称，在一线工作8年以上": the sentences of a section
    whose run-in heading names whose duties or conditions follow (duty_headings) take that role."""
    lex, prov, ctx = p.lex, p.prov, p.ctx
    if lex.item_re.match(prov.text) or not ctx.provisions or not prov.section_path:
        return None
    idx = _prov_index(prov, ctx)
    if idx is None:
        return None
    for j in range(idx - 1, max(-1, idx - 8), -1):
        t = ctx.provisions[j]
        if t.section_path != prov.section_path:
            return None
        if lex.item_re.match(t.text):
            return _duty_heading_actor(t.text.strip(), lex) or _role_heading_actor(t.text.strip(), lex)
    return None


_CONTEXT_ACTOR_STEPS = (_context_chain, _context_list_intro, _context_article, _context_breakdown_sentence,
                        _context_object_first_sentence,
                        _context_sibling_item, _context_run_in_heading)


def _context_chain_unlisted(p: _Site) -> str | None:
    """_context_chain, unless the provision is an item of its own (一是…；二是…): then the subject
    before the "；" heads another item, not this one."""
    return None if p.s[: p.head].strip() else _context_chain(p)


# the context steps that stay within the sentence (the subject before a "；")
_SENTENCE_ACTOR_STEPS = (_context_chain_unlisted,)


def _any_step(steps: tuple[Any, ...], p: _Site, c: _Cand) -> Any:
    """The first true answer of ``steps`` called on ``p, c``, else the last answer (as ``a or b or …``)."""
    found = None
    for step in steps:
        found = step(p, c)
        if found:
            return found
    return found


def _first(steps: tuple[Any, ...], *args: Any) -> Any:
    """The first answer that is not None of ``steps`` called on ``args``."""
    for step in steps:
        found = step(*args)
        if found is not None:
            return found
    return None


# ---------------------------------------------------------------- exclusions in context


def _excluded_before_comparator(p: _Site, c: _Cand) -> str | None:
    """A clause (or an earlier part of the sentence) that reports rather than requires."""
    s, lex = p.s, p.lex
    if lex.descriptive_re.search(s, c.c_start, c.hit.start):
        return DESCRIPTIVE
    if lex.descriptive_re.search(s, 0, c.c_start) and not lex.target_re.search(s, c.c_start, c.hit.end + 4):
        return DESCRIPTIVE
    head = lex.marker_re.match(s, c.c_start).end()
    if s.startswith(_report_words(), head) and not lex.target_re.search(s, head, c.hit.end + 4):
        return REPORT
    return None


@lru_cache(maxsize=1)
def _report_words() -> tuple[str, ...]:
    """Words opening a clause that reports what happened in the writer's own area (quota.not.report)."""
    return tuple(next(e for e in load("quotas")["rules"] if e["id"] == REPORT)["words"])


@lru_cache(maxsize=1)
def _age_condition_before() -> tuple[re.Pattern[str], ...]:
    """What makes an age before a group a condition of its own, right before the age: an earlier age
    of the same list (patterns.age_list_before) or 满 (patterns.age_reached_before)."""
    pats = load("quotas")["patterns"]
    return tuple(re.compile(_need(pats, k, "patterns")) for k in ("age_list_before", "age_reached_before"))


@lru_cache(maxsize=1)
def _stated_span_before() -> re.Pattern[str]:
    """A clause's words up to an age or a span of service that name it as such (patterns.span_stated_before)."""
    return re.compile(_need(load("quotas")["patterns"], "span_stated_before", "patterns"))


@lru_cache(maxsize=1)
def _stated_span_lead_re() -> re.Pattern[str]:
    """All of a clause's words before such an age or span, a bound word (不满, 以内) allowed after them: what
    _group_span, _group_of_service_span and _actor_span_defined_group match, compiled once."""
    return re.compile(rf"(?:{_stated_span_before().pattern})(?:{_lexicon().cmp_before_re.pattern})?")


@lru_cache(maxsize=1)
def _age_floor_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """patterns.age_floor_before, age_floor_not_after and age_floor_prohibitions, compiled once."""
    pats = load("quotas")["patterns"]
    return tuple(re.compile(_need(pats, k, "patterns"))  # type: ignore[return-value]
                 for k in ("age_floor_before", "age_floor_not_after", "age_floor_prohibitions"))


def _age_floor(p: _Site, c: _Cand) -> bool:
    """Whether an age not reached, in a clause that forbids, is the floor the age must reach
    ("不得招收未满6周岁的儿童" → at least 6周岁; not "哺乳期未满1周岁婴儿的女教师")."""
    if p.lex.unit_kind.get(c.hit.unit) != "age":
        return False
    before, not_after, forbids = _age_floor_res()
    c_start, c_end = p.bounds[c.ci]
    return bool(before.search(p.s, c_start, c.hit.start)) and not not_after.match(p.s, c.hit.end) \
        and bool(forbids.search(p.s, c_start, c_end))


def _excluded_as_group(p: _Site, c: _Cand) -> str | None:
    """An age or span that defines a group ("35周岁以下青年教师", "教龄3年以内的青年教师";
    not "满6年的中层干部", a condition)."""
    s, lex, end = p.s, p.lex, c.cmp_end
    kind = lex.unit_kind.get(c.hit.unit)
    if _age_floor(p, c):
        return None  # "不得招收未满6周岁的儿童": the age to reach, not a label of the children
    if kind in ("time", "age") and _stated_span_before().fullmatch(s, c.c_start, c.hit.start):
        return None  # "年龄55周岁以下的教师须全员参训", "新入职3年以内的青年教师": the age or span is stated as such
    if kind == "age" and any(r.search(s, c.c_start, c.hit.start) for r in _age_condition_before()):
        # "男50周岁以上、女45周岁以上的教师": the last of a list of ages; "年满6周岁的适龄儿童": an age reached
        return None
    if kind == "age" and lex.role_re.match(s, end + (s[end: end + 1] == lex.attributive)):
        return GROUP_DEFINITION
    if kind in ("time", "age") and end > c.hit.end and s[end: end + 1] == lex.attributive and lex.role_re.match(s, end + 1):
        return GROUP_DEFINITION
    if kind in ("time", "age") and _bracket_after_role(s, c.c_start, c.hit.start, lex) is not None:
        return GROUP_DEFINITION  # "青年教师（35周岁以下）": the bracket qualifies the role
    return None


OBJECT_CONDITION = "quota.not.object_condition"


@lru_cache(maxsize=1)
def _object_condition_marks() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """quota.not.object_condition: its object markers (对, 对于, 针对; not 对 inside 对口,
    面对), and the words that make the amount a quota: verbs of doing (carrier_verbs) and
    the comparators of a requirement (until: 对不少于30%的学校进行督查)."""
    q = load("quotas")
    rule = next(e for e in q["rules"] if e["id"] == OBJECT_CONDITION)
    return re.compile(rule["pattern"]), tuple(sorted([*q["carrier_verbs"], *rule["until"]], key=len, reverse=True))


_ATTRIBUTIVE_AFTER = re.compile(r"[^的，,。；;：:、]{0,10}?的(?=[\u4e00-\u9fff])")


def _excluded_as_object_condition(p: _Site, c: _Cand) -> str | None:
    """"对使用年限超过30年的校舍逐栋检测": the amount qualifies the object of 对 (的 and the
    noun follow it) and picks out what an action is done to; nobody has to meet it. A verb
    of doing between the marker and the amount ("对教师进行不少于72学时的培训") keeps it."""
    s, hit = p.s, c.hit
    if not _ATTRIBUTIVE_AFTER.match(s, c.cmp_end, p.bounds[c.ci][1]):
        return None
    marker_re, verbs = _object_condition_marks()
    head = p.lex.marker_re.match(s, c.c_start).end()
    last = None
    for m in marker_re.finditer(s, head, hit.start):
        last = m
    if last is None:
        return None
    between = s[last.end(): hit.start]
    if "每" in between or any(v in between for v in verbs):
        return None
    return OBJECT_CONDITION


def _bracket_after_role(s: str, a: int, pos: int, lex: _Lexicon) -> int | None:
    """Where the bracket that opens right after a role and holds ``pos`` closes
    ("青年教师（35周岁以下）不少于20节"), or None."""
    k = max(s.rfind("（", a, pos), s.rfind("(", a, pos))
    if k < 0 or any(ch in "）)" for ch in s[k:pos]):
        return None
    if not any(m.end() == k for m in lex.role_re.finditer(s, a, k)):
        return None
    close = min((i for i in (s.find("）", pos), s.find(")", pos)) if i >= 0), default=-1)
    return close if close >= 0 else None


@lru_cache(maxsize=1)
def _offence_marks() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """quotas.yml offence_words (before the numeral) and offence_endings (at the sentence's end)."""
    q = load("quotas")
    words = alternation(q.get("offence_words") or ["(?!)"])
    ends = alternation(q.get("offence_endings") or ["(?!)"])
    return re.compile(rf"(?<!不)(?:{words})$"), re.compile(rf"(?:{ends})[；;。]?\s*$")


def _offence_flip(p: _Site, c: _Cand) -> bool:
    """"（三）预收费超过3个月或超过5000元的；": a sentence ending in 的 with nothing after it lists an
    offence, and a bound on its forbidden side flips as before a sanction (→ at most 3 个月)."""
    before, ending = _offence_marks()
    return bool(before.search(p.s, max(0, c.hit.start - 3), c.hit.start)) and bool(ending.search(p.s, c.hit.end))


@lru_cache(maxsize=1)
def _requirement_bound_re() -> re.Pattern[str]:
    """quotas.yml requirement_bounds."""
    return re.compile(alternation(load("quotas").get("requirement_bounds") or ["(?!)"]))


def _states_requirement(s: str, c_start: int, start: int) -> bool:
    """Whether the clause before the numeral at ``start`` bounds it as the requirement itself
    ("开展不少于一次的专项督查，…及时约谈" stays at least one, whatever sanction follows)."""
    return bool(_requirement_bound_re().search(s, c_start, start))


@lru_cache(maxsize=1)
def _rate_floor_re() -> re.Pattern[str]:
    """quotas.yml rate_floor: a rate under a bare 低于, just before the numeral."""
    return re.compile(load("quotas").get("rate_floor") or "(?!)")


def _apply_sanction_or_condition(p: _Site, c: _Cand) -> str | None:
    """A threshold on its forbidden side flips ("缺勤超过4学时的，不予结业" → at most 4);
    people counted in a "…2人以上的，" condition define when something applies."""
    s, lex, ci = p.s, p.lex, c.ci
    sanction = None
    if not _states_requirement(s, c.c_start, c.hit.start):
        sanction = _sanction_flip(s, p.bounds, ci, c.cmp_end, lex) or _sanction_flip_in_clause(s, c.cmp_end, lex)
    if sanction is None and _offence_flip(p, c):
        sanction = {">=": "<=", "<=": ">="}
    if _rate_floor_re().search(s, max(0, c.hit.start - 12), c.hit.start) or _age_floor(p, c):
        c.cmp = ">="  # "满意度低于85%的学校须提交整改报告": the floor the rate keeps, sanction or none
        return None
    if sanction:
        c.cmp = sanction.get(c.cmp, c.cmp)
        return None
    c_end = p.bounds[ci][1]
    if c.hit.unit in lex.condition_units and s[c.cmp_end: c_end].strip() in (lex.attributive, "") \
            and s[:c_end].rstrip().endswith(lex.attributive):
        return CONDITION
    return None


def _restated_or_excluded(p: _Site, c: _Cand) -> str | None:
    """For an exact amount: a restatement takes the comparator it restates; a crediting
    rate, the unit a rate is counted in, and a total reported for a year are no quotas."""
    s, lex, hit, prev = p.s, p.lex, c.hit, c.prev
    if not hit.freq_period and lex.per_unit_re.search(s[c.c_start: hit.start]):
        return PER_UNIT  # "每读完1本书须…", "每满100人" (满 a comparator too): the unit a rate is counted in
    if c.cmp != "=" or c.hit.freq_period:
        return None
    lead_word = _starts_with_any(s[lex.marker_re.match(s, c.c_start).end(): hit.start], lex.restatement_words)
    if lead_word and prev is not None and prev.clause == c.ci - 1:
        c.restated, c.cmp = prev, prev.comparator  # "不少于360学时，折合36学分": the same requirement
    elif hit.unit in lex.conversion_units or lex.unit_kind.get(hit.unit) == "time":
        c_end = p.bounds[c.ci][1]
        if lex.conversion_re.search(s, c.c_start, c_end) and lex.unit_rate_re.search(s, c.c_start, c_end):
            return CONVERSION  # "每10学时折合1学分": a conversion of units (每篇认定10学时 stays)
    if lex.past_total_re.match(s, p.head, hit.start) and not lex.modal_re.search(s[p.head: hit.start]):
        return PAST_TOTAL  # "2024年全市共补充新教师286名": a fact reported, not a target
    return None


CREDIT_RATE = "quota.not.credit_rate"


@lru_cache(maxsize=1)
def _credit_rate_marks() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], re.Pattern[str]]:
    """quota.not.credit_rate: its words (计), the occasions it credits (每次, 每篇 …),
    the end of a condition clause (的) and the numeral that may follow the word."""
    q = load("quotas")
    rule = next(e for e in q["rules"] if e["id"] == CREDIT_RATE)
    return (tuple(rule["words"]), tuple(q["marks"]["credit_rate_occasions"]),
            tuple(q["marks"]["credit_rate_conditions"]), re.compile(rf"\s*(?:{NUMERAL})"))


def _excluded_as_credit_rate(p: _Site, c: _Cand) -> str | None:
    """An exact amount credited for each act or for meeting a condition ("每次计1学时",
    "每篇计4学时", "主持课题并结题的，计10学时") measures the act, and the unit counted
    before such a rate ("每听1节计0.5学时") names none: nobody has to do anything.
    A programme's own hours ("集中培训8天，计48学时", "每年计24学时") stay quotas."""
    if c.cmp != "=" or c.hit.freq_period:
        return None
    s, hit = p.s, c.hit
    words, occasions, conditions, numeral = _credit_rate_marks()
    after = s[hit.end: p.bounds[c.ci][1]]
    w = _starts_with_any(after, words)
    if w and numeral.match(after, len(w)):
        return CREDIT_RATE  # "每听1节计0.5学时": 1节 is what the rate counts
    before = s[: hit.start].rstrip()
    w = next((x for x in words if before.endswith(x)), None)
    if w is None or before[: -len(w)].endswith(tuple(p.lex.tally_words)):
        return None
    head = p.lex.marker_re.match(s, c.c_start).end()
    opening = s[head: len(before) - len(w)]
    k = opening.find("每")
    if _starts_with_any(opening, occasions) or (k >= 0 and numeral.search(opening, k + 1)):
        return CREDIT_RATE  # "每次计1学时", "每听1节计0.5学时"
    if not opening.strip() and c.ci > 0 and s[: c.c_start].rstrip("，,、 ").endswith(conditions):
        return CREDIT_RATE
    if c.ci > 0 and p.lex.period_re.fullmatch(opening) and s[: c.c_start].rstrip("，,、 ").endswith(conditions):
        return CREDIT_RATE  # "…的，每学年计6学时"
    return None


def _excluded_as_past_year(p: _Site, c: _Cand) -> str | None:
    """"2023年，全区47名教研员人均下校68天…": a sentence opening with a year before the
    notice's own reports; its amounts are no quotas unless their clause sets a target
    ("…优秀率为68%，本学期力争达到80%以上" keeps 80%)."""
    doc_date = p.ctx.doc_date
    if doc_date is None:
        return None
    m = _recall_marks().past_year_re.match(p.s, p.head)
    if m is None or not _recall_marks().year_opening_re.match(p.s, m.start("year")):
        return None
    if int(m.group("year")) >= doc_date.year:
        return None
    return None if p.lex.target_re.search(p.s, c.c_start, c.hit.end + 4) else PAST_YEAR


CORRECTION_LIMIT = "quota.not.correction_limit"


@lru_cache(maxsize=1)
def _correction_limit_words() -> tuple[str, ...]:
    return tuple(next(r for r in load("quotas")["rules"] if r["id"] == CORRECTION_LIMIT)["words"])


def _excluded_as_correction_limit(p: _Site, c: _Cand) -> str | None:
    """"整改期限一般不超过15日": how long a correction may take is when it must be done, a deadline."""
    if p.lex.unit_kind.get(c.hit.unit) != "time":
        return None
    stretch = p.s[c.c_start: c.hit.start]
    return CORRECTION_LIMIT if any(w in stretch for w in _correction_limit_words()) else None


LINE_HOURS = "quota.not.line_hours"


@lru_cache(maxsize=1)
def _line_hours_marks() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    rule = next(r for r in load("quotas")["rules"] if r["id"] == LINE_HOURS)
    # the few characters naming the line's service may stand between the hours and its noun (24小时心理援助热线)
    after = r"[\u4e00-\u9fff]{0,8}?(?:" + alternation(rule["words"]) + ")"
    return frozenset(rule["units"]), re.compile(after), re.compile(rule["pattern"])


def _excluded_as_line_hours(p: _Site, c: _Cand) -> str | None:
    """"开通24小时心理援助热线", "值班电话：0571-8123xxxx（24小时）": the hours a line answers
    describe the service; "值班电话须保持24小时畅通" keeps the line open for a span and stays."""
    units, after_re, before_re = _line_hours_marks()
    if c.hit.unit not in units:
        return None
    if after_re.match(p.s, c.hit.end, c.c_end) or before_re.search(p.s[c.c_start: c.hit.start]):
        return LINE_HOURS
    return None


def _excluded_as_class_ratio_staff(p: _Site, c: _Cand) -> str | None:
    """"每5至6个教学班配备1名体育教师": the one teacher per range of classes is the ratio's other side; the range
    of classes is the quota (quota.not.before_numeral lifts 每 for it)."""
    units, before_re = _rule_marks(CLASS_RATIO_STAFF)
    if c.hit.unit not in units or c.hit.value_max is not None:
        return None
    return CLASS_RATIO_STAFF if before_re.search(p.s, c.c_start, c.hit.start) else None


def _excluded_as_span_weeks(p: _Site, c: _Cand) -> str | None:
    """"2024年9月16日至12月27日，共15周": the weeks after a date span restate how long it runs."""
    units, before_re = _rule_marks(SPAN_WEEKS)
    if c.hit.unit not in units or c.hit.freq_period:
        return None
    # the span ends the clause before, so the look reaches back past the clause's start
    return SPAN_WEEKS if before_re.search(p.s[max(0, c.c_start - 6): c.hit.start]) else None


@lru_cache(maxsize=1)
def _streak_marks() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """The word before the numeral and the terms after each measure word of quota.not.streak in quotas.yml."""
    rules = _Rules(load("quotas")["rules"])
    after = {u: tuple(v) for u, v in rules.get(STREAK, "after_unit").items()}
    return re.compile(rules.get(STREAK, "pattern")), after


def _excluded_as_streak(p: _Site, c: _Cand) -> str | None:
    """"连续2个学期未达到要求的": a run of terms counted with a bare 个 says how long a
    failure lasts before something applies, not an amount to meet."""
    before_re, after = _streak_marks()
    terms = after.get(c.hit.unit)
    if not terms or not p.s.startswith(terms, c.hit.end):
        return None
    return STREAK if before_re.search(p.s[c.c_start: c.hit.start]) else None


def _excluded_as_case(p: _Site, c: _Cand) -> str | None:
    """"连续2年落聘的，按规定解除聘用合同": a bare amount in a "…的，" case that a sanction
    follows says when the sanction applies (a bound would flip instead: _sanction_flip)."""
    if c.cmp != "=" or c.hit.freq_period or c.ci + 1 >= len(p.bounds):
        return None
    s, lex = p.s, p.lex
    if not s[: p.bounds[c.ci][1]].rstrip().endswith(lex.attributive):
        return None
    a, b = p.bounds[c.ci + 1]
    return CASE if lex.sanction_re.search(s, a, min(b, a + 14)) else None


def _join_alternatives(p: _Site, c: _Cand) -> None:
    """"不少于5天或40学时": one comparator for both; "至少组织1次同课异构和1次质量分析",
    "至少上1节示范课或主持1次讲座": a comparator before the first of counts joined by a
    conjunction in one clause bounds each of them, and so does one before counts that
    follow each other right after 、 ("至少举办1次读书分享会、1次经典诵读比赛")."""
    prev = c.prev
    if c.cmp != "=" or prev is None or prev.clause != c.ci:
        return
    gap = p.s[prev.hit.end: c.hit.start]
    if gap in p.lex.alternatives:
        c.cmp = prev.comparator
    elif (prev.comparator in (">=", "<=") and len(gap) <= 12 and any(w in gap for w in p.lex.conjunctions)
          and not any(w in gap for w in p.lex.separators)  # "不超过10个、特殊教育和学前教育3个": items of a list
          and not p.lex.cmp_before_re.search(gap) and p.lex.cmp_before_re.search(p.s, prev.left, prev.hit.start)):
        c.cmp = prev.comparator
    elif (prev.comparator in (">=", "<=") and len(gap) <= 12 and gap.endswith(p.lex.separators)
          and not any(w in gap[:-1] for w in p.lex.separators) and not p.lex.cmp_before_re.search(gap)
          and p.lex.cmp_before_re.search(p.s, prev.left, prev.hit.start)):
        # (quotas16) "至少举办1次读书分享会、1次经典诵读比赛": the next count right after 、 is one more
        # object of the same bounded verb (heldout22, 23, 38 gold)
        c.cmp = prev.comparator


def _cap_negation(p: _Site, c: _Cand) -> None:
    """"全面消除66人以上超大班额": an amount stated as what is to be eliminated is a cap,
    one below it for a whole count (66人以上 eliminated → at most 65人)."""
    hit, lex = c.hit, p.lex
    if c.cmp == ">=" and hit.value_max is None and lex.cap_exceed_re.search(p.s[c.c_start: hit.start]):
        c.hit, c.cmp = hit._replace(rule=CAP_NEGATION), "<="  # "不得…超过1小时": at most 1 小时
        return
    if c.cmp != ">=" or c.cmp_end <= hit.end or hit.value_max is not None or hit.value is None:
        return
    if not lex.cap_words_re.search(p.s, c.c_start, hit.start):
        return
    whole = lex.unit_kind.get(hit.unit) == "count" and hit.value.is_integer()
    c.hit = hit._replace(value=hit.value - 1 if whole else hit.value, rule=CAP_NEGATION)
    c.cmp = "<="


_EACH = "各"
_EACH_GAP = 6  # 各 + a short verb before the numeral: "各组织一次", "各点名1次"


@lru_cache(maxsize=1)
def _point_words() -> tuple[str, ...]:
    """The points in time of quota.each_point."""
    return tuple(next(e for e in load("quotas")["rules"] if e["id"] == EACH_POINT)["words"])


@lru_cache(maxsize=1)
def _point_heads() -> dict[str, tuple[str, ...]]:
    """Each ending two or more point words share after one character, with those characters
    (午 → 上, 下, 中; 学期 → 上, 下). Longer heads are left out: "学期、期末" is no 学期末、期末."""
    heads: dict[str, list[str]] = {}
    for w in _point_words():
        heads.setdefault(w[1:], []).append(w[0])
    return {end: tuple(hs) for end, hs in heads.items() if len(hs) > 1}


def _contracted_points() -> str:
    """"上、下午", "上、下半年": the heads listed, their shared ending written once after the last."""
    forms = []
    for end, heads in sorted(_point_heads().items(), key=lambda e: -len(e[0])):
        head = f"(?:{alternation(heads)})"
        forms.append(f"{head}(?:、{head})+{re.escape(end)}")
    return "|".join(forms)


@lru_cache(maxsize=1)
def _points_re() -> re.Pattern[str]:
    """A list of two or more points in time ending the text (quota.each_point), written out
    ("上午、下午") or with the shared ending once ("上、下午")."""
    point = f"(?:{alternation(_point_words())}|{load('quotas')['patterns']['point_month']})"
    last = f"(?:{alternation(_point_joiners())})"
    return re.compile(rf"(?:{point}(?:、{point})*{last}{point}|{_contracted_points()})$")


@lru_cache(maxsize=1)
def _point_joiners() -> tuple[str, ...]:
    """What may join the last two points of a list: 、 or a conjunction ("期中和期末各汇总一次")."""
    return tuple(next(e for e in load("quotas")["rules"] if e["id"] == EACH_POINT)["joiners"])


def _point_list(points: str) -> list[str]:
    """The points a list names, a shared ending given to each head ("上、下午" → 上午, 下午)."""
    parts = re.split(alternation(_point_joiners()), points)
    for end, heads in sorted(_point_heads().items(), key=lambda e: -len(e[0])):
        if parts[-1].endswith(end) and all(x in heads for x in parts[:-1]) and parts[-1][: -len(end)] in heads:
            return [x + end for x in parts[:-1]] + [parts[-1]]
    return parts


@lru_cache(maxsize=1)
def _each_points_re() -> re.Pattern[str]:
    """The points and their 各 anywhere in a stretch."""
    return re.compile(_points_re().pattern.removesuffix("$") + _EACH)


def _each_point(p: _Site, c: _Cand) -> None:
    """"每天上午、下午各点名1次" → 2 次, "期中、期末各抽查一次" → 2 次: a count after 各 closing a
    list of points in time is done at each of them (quota.each_point)."""
    hit = c.hit
    if hit.value is None or hit.share or hit.freq_period:
        return
    k = p.s.rfind(_EACH, c.c_start, hit.start)
    if k < 0 or hit.start - k > _EACH_GAP:
        return
    m = _points_re().search(p.s, c.c_start, k)
    if m is None:
        return
    points = _point_list(m.group())
    if _whole_period_of(points) is not None:  # 春季、秋季各一次: once in each semester, not twice a year
        c.hit = hit._replace(rule=EACH_POINT)
        return
    n = len(points)
    top = hit.value_max * n if hit.value_max is not None else None
    c.hit = hit._replace(value=hit.value * n, value_max=top, rule=EACH_POINT)


def _excluded_as_looser_cap(p: _Site, c: _Cand, found: list[_Found]) -> str | None:
    """"每班不超过50人，坚决杜绝56人以上大班额": a cap stated as what is to be eliminated,
    after a cap at least as strict on the same measure in the sentence, restates it."""
    hit = c.hit
    if hit.rule != CAP_NEGATION or hit.value is None:
        return None
    unit = _UNIT_SAME.get(hit.unit, hit.unit)
    for f in found:
        if (f.comparator == "<=" and f.hit.value is not None and f.hit.value <= hit.value
                and _UNIT_SAME.get(f.hit.unit, f.hit.unit) == unit):
            return LOOSER_CAP
    return None


_UNIT_SAME = {"名": "人"}  # measure words that count the same things


def _excluded_as_cycle(p: _Site, c: _Cand) -> str | None:
    """"每两年举办一次": occasions per cycle the period enum cannot hold are a recurring
    deadline (as seed 003's 五年一周期); an amount over the window ("每人每五年不少于360学时")
    is a total and stays. A cycle split into a period of the enum ("每两周开展一次", marks.split_cycles)
    is a rate of that period (_period_of_split_cycle), not excluded here."""
    own = c.own
    if c.hit.freq_period or not own or c.hit.unit not in p.lex.cycle_units:
        return None
    every = p.lex.multi_every_re.match(p.s, own[-1].start)
    if every and every.end() == own[-1].end and _split_cycle(p, own[-1]) is None:
        if p.lex.cmp_before_re.search(p.s, own[-1].end, c.hit.start):
            return None  # "每五年至少参加一次…培训": a bounded count over the cycle is a quota, as 每半年至少… is
        return RECURRING_CYCLE
    # "每半年通报一次": one occasion each half year, with no bound, is the same recurring deadline
    halves = tuple(_need(load("quotas")["marks"], "half_year_cycles", "marks"))
    if (p.s[own[-1].start: own[-1].end] in halves and c.hit.value == 1
            and not p.lex.cmp_before_re.search(p.s, own[-1].end, c.hit.start)):
        return RECURRING_CYCLE
    return None


def _excluded_as_bare(p: _Site, c: _Cand, prev_hit: _Hit | None) -> str | None:
    """A bare duration ("三年行动计划") unless it states experience, and a bare Chinese count
    with nothing to show it is required ("三个目标")."""
    hit, lex = c.hit, p.lex
    if hit.unit in lex.span_units and c.cmp == "=" and not c.own_period and hit.value_max is None:
        if hit.unit in lex.programme_span_units and lex.programme_span_re.search(p.s[c.c_start: hit.start]):
            return BARE_DURATION
        if not lex.experience_re.search(p.s[c.c_start: hit.start]):
            return BARE_DURATION
        if lex.term_length_re.search(p.s[c.c_start: hit.start]):
            return None  # the length of a term ("结对期限为两年") is no enumeration
    if _is_weak(hit, c.own_period, c.cmp) and (
        hit.doubtful or not _accept_weak(p.s, hit, prev_hit, c.c_start, lex)
    ) and not lex.once_duty_re.search(p.s, c.c_start, hit.end):
        return ENUMERATION
    return None


def _resolve(p: _Site, drops: Drops = None) -> list[_Found]:
    """Keep the hits that are quotas and resolve comparator, period and actor, step by step.

    Each candidate goes through the exclusions in context, the comparator steps,
    the period steps and the actor steps, in that order; ``drops`` notes the
    exclusion that dropped each candidate when given.
    """
    s, lex = p.s, p.lex
    found: list[_Found] = []
    for hit, ci in zip(p.hits, p.clause_of):
        c_start, c_end = p.bounds[ci]
        prev = _last_counted(found)
        c = _Cand(hit, ci, c_start, c_end, prev)

        why = _excluded_before_comparator(p, c)
        if why is None:
            c.left = _left_bound(s, prev.hit if prev and prev.clause == ci else None, hit, c_start, lex)
            if c.left == c_start and p.intro_clause(ci) == ci - 1:
                c.left = lex.marker_re.match(s, c_start).end()  # "…条件：（一）年龄…": the item's marker is no activity
            c.cmp, c.cmp_end = _comparator(s, hit, c.left, lex)
            why = (_excluded_as_group(p, c) or _apply_sanction_or_condition(p, c) or _restated_or_excluded(p, c)
                   or _excluded_as_credit_rate(p, c) or _excluded_as_past_year(p, c) or _excluded_as_case(p, c)
                   or _excluded_as_correction_limit(p, c) or _excluded_as_line_hours(p, c)
                   or _excluded_as_span_weeks(p, c) or _excluded_as_class_ratio_staff(p, c))
        if why is None:
            _join_alternatives(p, c)
            _cap_negation(p, c)
            _each_point(p, c)
            why = _excluded_as_looser_cap(p, c, found)
        if why is None:
            if not hit.freq_period:
                c.own = [x for x in p.periods if c_start <= x.start and x.end <= hit.start]
            why = _excluded_as_cycle(p, c)
        if why is None:
            own_period = _first(_OWN_PERIOD_STEPS, p, c)
            c.own_period, c.period = own_period is not None, own_period or ""
            why = _excluded_as_bare(p, c, prev.hit if prev else None)
            why = why or _excluded_as_object_condition(p, c) or _excluded_as_streak(p, c)
        if why is not None:
            _drop(drops, why, hit.start, hit.end)
            continue

        scope = _sampling_scope(p, c)
        threshold = _size_threshold(p, c)
        nobody = (scope or _any_step(_NO_ACTOR_LEAD_STEPS, p, c) or threshold or _any_step(_NO_ACTOR_STEPS, p, c))
        c.own_actor = c.actor = None if nobody else _first(_OWN_ACTOR_STEPS, p, c)
        c.own_actor = c.actor = _visiting_group(p, c) or _group_of_service_span(p, c) or c.actor
        # the pupils or schools its count defines close its evidence, though they name no actor
        closing = c.actor if c.actor is not None and _defined_by_threshold(p, c) else None
        if c.actor is not None and (closing is not None or _owned_by_person(p, c) or c.actor.text in _per_head_pronouns()):
            c.own_actor = c.actor = None
            nobody = True
        # a clause about a rate or a measure ("合格率不低于95%") has its own
        # subject: it takes neither actor nor period from the clauses before
        share = hit.share or hit.unit in lex.share_units
        c.measured = nobody or (c.actor is None and not _budget_share(p, c) and not _funded_sum(p, c) and (
            _measured(s[c.left: hit.start], lex, rates_only=not share) or _sets_thing(s[c.left: hit.start], lex)
            or _fee_per_pupil(s[c.left: hit.start], lex)
            or _measured(_without_share_base(s[c.left: hit.start], hit, lex), lex, rates_only=not share)
            or _sets_thing(_without_share_base(s[c.left: hit.start], hit, lex), lex)
            or (share and _coverage(s[lex.marker_re.match(s, c.left).end(): hit.start]))
            or (share and _share_of_hours(s[c.left: hit.start]))))
        nobody = nobody or (c.actor is None and (_procedure_duration(p, c) or _occasion_duration(p, c) or _credited_hours(p, c)))
        c.measured = c.measured or nobody
        c.adjacent = prev is not None and prev.clause >= ci - 1 and not c.measured
        if scope:
            c.actor = _sampling_organiser(p, c)  # still none from the context: nobody stays set
        if not c.period:
            c.period = _clock_span_inherits(p, c, _first(_INHERITED_PERIOD_STEPS, p, c))
        c.period = _span_outlasts_period(c) or c.period
        c.cmp = _once_per_period(p, c) or c.cmp
        # a span's clause keeps the period of the clauses before, but not their actor
        span = c.actor is None and not c.measured and (_span_measure(p, c) or _split_count(p, c) or _scope_opening(p, c)
                                                       or _term_of_arrangement(p, c) or _present_per_occasion(p, c)
                                                       or _occasion_opening(p, c) or _item_after_measure(c)
                                                       or _pupil_ratio_opening(p, c) or _weight_opening(p, c)
                                                       or _per_pupil_opening(p, c) or _model_gloss(p, c)
                                                       or _published_thing(p, c) or _term_length(p, c)
                                                       or _term_bound(p, c) or _school_day_slot(p, c)
                                                       or _point_change(p, c) or _head_count_cap(p, c))
        if c.actor is None and not c.measured and not span:
            c.actor = _inherited_actor(p, c)
            if _payee_by_standard(p, c):
                c.actor, span = None, True  # the people paid are no actor, and the context names no payer either
        # a thing the clause sets ("食品留样每餐每个品种不少于125克") takes no actor from the context either
        sets = c.measured and c.actor is None and (_sets_thing(s[c.left: hit.start], lex)
                                                   or _fee_per_pupil(s[c.left: hit.start], lex))  # (coverage: share)
        found.append(_Found(c.hit, ci, c.period, c.actor, c.cmp, c.left, c.cmp_end, nobody or span,
                            rate=c.measured and c.actor is None and (share or sets),
                            sentence_only=c.actor is None and _public_accounts(p, c),
                            threshold=threshold or _group_span(p, c), closing=closing))
    return found


def _last_counted(found: list[_Found]) -> _Found | None:
    """The quota before the next hit, past the size thresholds that only define its clause's schools
    ("学生规模在1000人以上的学校不少于2名": the 2 takes its stretch and its words from its clause, not the 1000)."""
    return next((f for f in reversed(found) if not f.threshold), None)


@lru_cache(maxsize=1)
def _bound_pair_re() -> re.Pattern[str]:
    """What may stand between a lower bound and the upper bound that closes its range (、不超过)."""
    joiners = _need(load("quotas")["marks"], "bound_pair_joiners", "marks")
    return re.compile(rf"\s*(?:{alternation(joiners)})\s*(?:{_lexicon().cmp_before_re.pattern})?\s*")


@lru_cache(maxsize=1)
def _ten_thousand_marks() -> tuple[dict[str, str], tuple[str, ...], tuple[str, ...]]:
    """marks.ten_thousand_chars (字 -> 万字), marks.read_words (阅读) and marks.written_words (笔记)."""
    marks = load("quotas")["marks"]
    return (dict(_need(marks, "ten_thousand_chars", "marks")), tuple(_need(marks, "read_words", "marks")),
            tuple(_need(marks, "written_words", "marks")))


def _in_ten_thousand_chars(s: str, hit: _Hit) -> _Hit:
    """An amount read written in 万 keeps 万字 ("课外阅读总量每学年不少于40万字" → 40 万字, not 400000 字);
    one written ("读书笔记不少于1万字") stays 10000 字; one with neither word before it keeps 万字 too
    ("不少于2万字的研究报告", "字数不少于1万字")."""
    units, reads, writes = _ten_thousand_marks()
    unit = units.get(hit.unit)
    if unit is None or hit.value is None or not s.endswith("万", hit.start, hit.num_end):
        return hit
    read = max(s.rfind(w, 0, hit.start) for w in reads)
    if any(w in s[max(read, 0): hit.start] for w in writes):
        return hit
    high = hit.value_max / 10000 if hit.value_max is not None else None
    return hit._replace(value=hit.value / 10000, value_max=high, unit=unit)


def _join_bound_pairs(s: str, found: list[_Found], lex: _Lexicon) -> list[_Found]:
    """A lower bound followed at once by an upper bound of the same measure is one range
    ("年龄在25周岁以上、60周岁以下" → 25..60 周岁; "每学期不少于12学时、不超过24学时" → 12..24 学时)."""
    out: list[_Found] = []
    for f in found:
        low = out[-1] if out else None
        if (low is not None and low.comparator == ">=" and f.comparator == "<=" and low.hit.unit == f.hit.unit
                and low.hit.value_max is None and f.hit.value_max is None
                and low.hit.value is not None and f.hit.value is not None and low.hit.value < f.hit.value
                and _bound_pair_re().fullmatch(s, low.cmp_end, f.hit.start)):
            out[-1] = replace(low, hit=low.hit._replace(value_max=f.hit.value), comparator="range", cmp_end=f.cmp_end)
            continue
        out.append(f)
    return out


_CLASS_SIZE_BOUND = re.compile(r"(?:人?数)?(?:原则上|一般)?(?:不少于|不低于|不超过|不多于|至少|最多|控制在|为)?")


def _class_size(p: _Site, c: _Cand) -> bool:
    """"每班学员40人左右", "每班次学员不超过35人", "每班学生不超过45人": a per-unit word
    (subject_unit_words: 每班) opening the clause, the people in each and their count set the
    size of a class: it names no actor and takes none from before (heldout28, 29 gold; a class
    that provides people is its own actor: "每班配备2名专任教师", heldout14, 21 gold)."""
    s, lex = p.s, p.lex
    if c.hit.unit not in _group_size_units():
        return False
    a = lex.marker_re.match(s, c.c_start).end()
    _, units = _subject_adverb_res()
    m = units.match(s, a, c.hit.start)
    unit = m or _marks_re("class_units").match(s, a, c.hit.start)  # "每个社团学生人数不超过40人"
    if unit is None:
        return False
    k = unit.end() + (s[unit.end()] == "次")
    who = lex.role_re.match(s, k, c.hit.start)
    if who is None and m is None and s.startswith("人数", k):
        return _CLASS_SIZE_BOUND.fullmatch(s, k, c.hit.start) is not None  # "每个社团人数控制在15至40人"
    if who is None or _role_of(who.group(0), lex) in lex.non_person_roles:
        return False
    return _CLASS_SIZE_BOUND.fullmatch(s, who.end(), c.hit.start) is not None


def _coverage(stretch: str) -> bool:
    """Whether a share's words say what a thing covers ("宣传资料覆盖学区内", coverage_verbs in
    quotas.yml): the thing heads the clause, so no one is bound. A clause opening with the verb
    goes on with the duty before it ("开展学科教学视导，覆盖全市中小学校的三分之一以上")."""
    return any(stretch.find(w) > 0 for w in load("quotas")["marks"]["coverage_verbs"])


def _payee_by_standard(p: _Site, c: _Cand) -> bool:
    """"交流到乡村学校的教师，按每人每月500元标准发放交通补助": a sum of money set as the
    standard something is paid by (money_standard in quotas.yml), in a clause that names
    no payer, does not take the people the provision opened with: they are paid, not
    bound (heldout14, 17, 21, 25, 26 gold; heldout3 names them). A body carried on from
    before is the payer and stays ("各地要…，按每人每年不低于1500元的标准安排")."""
    if c.actor is None or c.hit.unit not in p.lex.money_units or _role_of(c.actor.text, p.lex) in p.lex.non_person_roles:
        return False
    return _marks_re("money_standard").match(p.s, c.cmp_end, c.c_end) is not None


def _sampling_scope(p: _Site, c: _Cand) -> bool:
    """"每个乡镇抽查学校不少于3所": a clause opening with the 每-unit an inspection or a contest
    picks from (_scope_of_sampling) names no actor of its own and takes none from the context;
    only the sentence's organiser samples it (_sampling_organiser)."""
    return _sampled_unit(p.s, c.c_start, c.hit.start, p.lex) is not None


def _sampled_unit(s: str, start: int, end: int, lex: _Lexicon) -> _Actor | None:
    """The 每-unit opening ``s[start:end]`` that an inspection or a contest picks from
    ("每个设区市抽查学校不少于10所" → 每个设区市), else None."""
    a = lex.marker_re.match(s, start).end()
    m = lex.actor_re.match(s, a, end)
    if m is None or not _scope_of_sampling(m.group(0), s[m.end(): end], lex):
        return None
    return _Actor(m.group(0), m.start(), m.end())


def _sampling_organiser(p: _Site, c: _Cand) -> _Actor | None:
    """Who samples each school of a _sampling_scope clause: the organ or group heading an earlier
    clause of the same sentence, or the quota just before ("县教育局开展专项督查，每校抽查学生不少于30人"
    → 县教育局), areas sampled alike when that organ heads the clause right before and inspects with no
    organ outside education ("市教育局组织抽查，每个县区抽查学校不少于3所" → 市教育局; _organises_area_sampling).
    A sentence naming no one leaves it null ("每个乡镇抽查学校不少于3所"); people are no organiser, nor are
    the schools themselves ("各学校组织测评，每班抽样学生不少于10人" → null)."""
    unit = _sampled_unit(p.s, c.c_start, c.hit.start, p.lex)
    if unit is None:
        return None
    prev = c.prev.actor if c.prev is not None and c.prev.clause >= c.ci - 1 else None
    steps = (_actor_clause_just_before, _actor_opening_provision, _actor_earlier_clause)
    for found in (prev, *(step(p, c) for step in steps)):
        if found is not None and _role_of(unit.text, p.lex) == _SCHOOL \
                and _marks_re_at("visiting_group", "group").fullmatch(found.text):
            return found  # "视导组深入课堂，每校听课不少于10节": the visiting group samples each school
        role = None if found is None else _role_of(found.text, p.lex)
        if found is not None and not found.text.startswith(tuple(p.lex.every)) \
                and role in p.lex.non_person_roles and role != _SCHOOL:
            if _role_of(unit.text, p.lex) == _SCHOOL:
                return found
            return found if _organises_area_sampling(p, c, found) else None
    return None


def _organises_area_sampling(p: _Site, c: _Cand, organ: _Actor) -> bool:
    """Whether the organ found samples the areas of the clause: it heads the clause right before
    ("省教育厅组织抽查，每个设区市抽查学校不少于10所"), not one further back ("市教育局组成4个检查组，对各县
    (区)进行抽查，每个县(区)…": gold splits), and inspects alone or with organs of education only."""
    return c.ci >= 1 and organ.start >= p.bounds[c.ci - 1][0] and not _joint_with_outside(p.s, organ, c.c_start)


def _joint_with_outside(s: str, organ: _Actor, upto: int) -> bool:
    """Whether the organ inspects jointly with an organ outside education between its name and ``upto``
    ("县教育局联合县市场监督管理局开展联合检查，" → True; "省教育厅会同省教育科学研究院组织督查，" → False):
    an area such a joint team samples is no one organ's (joint_words, joint_outside_partners in quotas.yml)."""
    if organ.start < 0:
        return False
    marks = load("quotas")["marks"]
    stretch = s[organ.end: upto]
    for word in marks["joint_words"]:
        k = stretch.find(word)
        if k >= 0 and any(w in stretch[k + len(word): k + len(word) + marks["joint_span"]]
                          for w in marks["joint_outside_partners"]):
            return True
    return False


def _once_per_period(p: _Site, c: _Cand) -> str | None:
    """"每学期只组织1次期末考试": a bare 只 before the count of a repeating period states how many
    times it happens, exactly (marks.exact_under_period); "只享有一次" with no period stays a cap."""
    if c.cmp != "<=" or c.period in ("", "total"):
        return None
    words = p.lex.cmp_before_re.finditer(p.s, c.left, c.hit.start)
    last = [m.group(0) for m in words if p.lex.cmp_before[m.group(0)] != "="]
    return "=" if last and last[-1] in _marks_words("exact_under_period") else None


def _clock_span_inherits(p: _Site, c: _Cand, period: str | None) -> str | None:
    """"每学期组织期末考试，单科考试时长不超过120分钟" → total: minutes or hours that one occasion lasts
    (a span word before the numeral) take no period longer than a day from the clauses before
    (marks.clock_span_units, clock_span_periods)."""
    if period is None or period in _marks_words("clock_span_periods") \
            or c.hit.unit not in _marks_words("clock_span_units") \
            or not p.lex.occasion_span_re.search(p.s, c.c_start, c.hit.start):
        return period
    return "total"


def _span_outlasts_period(c: _Cand) -> str | None:
    """"每年选拔教龄5年以内的新秀", "服务期不少于6年": a span at least as long as the
    period cannot repeat within it, so it is a total (span_not_within)."""
    if c.period in _recall_marks().span_not_within.get(c.hit.unit, ()):
        return "total"
    longest = _recall_marks().span_longer_than.get(c.hit.unit, {}).get(c.period)
    return "total" if longest is not None and c.hit.value is not None and c.hit.value > longest else None


class _RecallMarks(NamedTuple):
    """Marks of quotas.yml read by the period steps added for recall (copies, pieces, spans)."""

    copy_words: tuple[str, ...]
    piece_units: frozenset[str]
    piece_words: tuple[str, ...]
    span_not_within: dict[str, frozenset[str]]
    span_longer_than: dict[str, dict[str, float]]  # 小时 → {day: 24}: more of the unit than the period holds
    object_verb_re: re.Pattern[str]  # object_verbs and carrier_verbs
    unit_distributives: tuple[str, ...]
    holiday_words: tuple[str, ...]
    share_like_units: frozenset[str]
    activity_trim_re: re.Pattern[str]
    past_year_re: re.Pattern[str]
    year_opening_re: re.Pattern[str]
    frame_ends: tuple[str, ...]
    per_slash: tuple[str, ...]
    date_units: frozenset[str]
    date_month_re: re.Pattern[str]
    attributive_measure_re: re.Pattern[str]


@lru_cache(maxsize=1)
def _recall_marks() -> _RecallMarks:
    marks = load("quotas")["marks"]
    return _RecallMarks(
        tuple(_need(marks, "copy_words", "marks")),
        frozenset(_need(marks, "piece_units", "marks")),
        tuple(_need(marks, "piece_words", "marks")),
        {u: frozenset(ps) for u, ps in _need(marks, "span_not_within", "marks").items()},
        {u: dict(ps) for u, ps in _need(marks, "span_longer_than", "marks").items()},
        re.compile(alternation([*_need(marks, "object_verbs", "marks"), *load("quotas")["carrier_verbs"]])),
        tuple(_need(marks, "unit_distributives", "marks")),
        tuple(_need(marks, "holiday_words", "marks")),
        frozenset(_need(marks, "share_like_units", "marks")),
        re.compile(_need(marks, "activity_trim", "marks")),
        re.compile(_Rules(load("quotas")["rules"]).get(PAST_YEAR, "pattern")),
        re.compile(load("quotas")["patterns"]["year_opening"]),
        tuple(_need(marks, "frame_ends", "marks")),
        tuple(_need(marks, "per_slash", "marks")),
        frozenset(_Rules(load("quotas")["rules"]).words(DATE_DAY, "units")),
        re.compile(_Rules(load("quotas")["rules"]).get(DATE_DAY, "pattern")),
        re.compile(rf"的(?={alternation(load('quotas')['measure_nouns'])})"),
    )


def _procedure_duration(p: _Site, c: _Cand) -> bool:
    """Whether the quota is how long a procedure stays open ("评审结果在网站公示7天",
    "公示期为5个工作日") or a record is kept ("台账保存不少于3年", retention_words):
    a property of the procedure or the record, which names no actor."""
    lex, hit = p.lex, c.hit
    if lex.unit_kind.get(hit.unit) != "time" or hit.freq_period:
        return False
    words = (*lex.procedures, *(load("quotas")["marks"].get("retention_words") or ()))
    return any(w in p.s[c.c_start: hit.start] for w in words)


@lru_cache(maxsize=1)
def _per_head_pronouns() -> frozenset[str]:
    """per_head_pronouns of quotas.yml: 人均 measures per head and names no one."""
    return frozenset(load("quotas")["marks"].get("per_head_pronouns") or ())


def _owned_by_person(p: _Site, c: _Cand) -> bool:
    """Whether the clause's actor is a person who owns what the quota measures, a kept record or
    an allotment of places ("教师听课记录本保存期限不少于3年", "正高级教师评审名额不超过200名";
    owned_by_person_words in quotas.yml): the person names no actor. A body keeps its own
    ("学校档案保存期限不少于3年", "每县推荐名额不超过3个"), and so does a person named by 由."""
    lex, actor = p.lex, c.actor
    if actor is None or actor.start < c.c_start or _role_of(actor.text, lex) in lex.non_person_roles:
        return False
    if _is_per_area(actor.text):  # "每县推荐名额不超过3个": an area is a body and keeps its own
        return False
    between = p.s[actor.end: c.hit.start]
    if any(w in p.s[c.c_start: actor.start] for w in lex.agent_markers):
        return False
    words = load("quotas")["marks"].get("owned_by_person_words") or ()
    if any(w in between for w in words):
        return True
    # "推荐人选在校内公示不少于5个工作日": how long the candidates are shown is the procedure's (r73b)
    marks = load("quotas")["marks"]
    return lex.unit_kind.get(c.hit.unit) == "time" and not c.hit.freq_period \
        and _role_of(actor.text, lex) in marks["shown_person_roles"] and any(w in between for w in marks["showing_words"])


def _defined_by_threshold(p: _Site, c: _Cand) -> bool:
    """Whether the clause's actor is the pupils or schools its own count defines ("年满6周岁的适龄儿童",
    "同一学科专任教师3人以上的学校": defined_group_no_actor_roles in quotas.yml), or anyone an age defines
    ("女50周岁以上的教师": defined_group_no_actor_units): the condition picks them out, no duty of theirs,
    so the quota names nobody."""
    group = _defined_group(p.s, p.bounds[c.ci], c.hit, p.lex)
    if group is None or c.actor is None or (group.start, group.end) != (c.actor.start, c.actor.end):
        return False
    return c.hit.unit in _marks_words("defined_group_no_actor_units") \
        or _role_of(group.text, p.lex) in _marks_words("defined_group_no_actor_roles")


def _condition_in_list(p: _Site, c: _Cand) -> bool:
    """"距法定退休年龄不足5年、怀孕或哺乳期内的教师，可不交流", "…不足5年的可不交流": years to retirement
    (retirement_distance) as one of the conditions of an exemption, closed by 、 and further conditions or by
    的 and no group (condition_in_list in quotas.yml), pick people out: no duty of anyone named before it or
    closing a later condition."""
    if _marks_re("retirement_distance").search(p.s, c.c_start, c.hit.start) is None:
        return False
    return _marks_re("condition_in_list").match(p.s, c.hit.end, p.bounds[c.ci][1]) is not None


def _ordinary_day_base(p: _Site, c: _Cand) -> bool:
    """"周末、节假日作业量不超过平日的1.5倍": an amount bounded as a multiple or a share of ordinary days sets the
    amount against the weekday's; it names no actor, neither the stage opening it nor anyone before it
    (ordinary_day_base in quotas.yml)."""
    return _lead_opens(p, c, "ordinary_day_base", shares=True)


def _enrolment_plan_lead(p: _Site, c: _Cand) -> bool:
    """"全县小学一年级计划招生约4200人": an area's enrolment plan for a stage or a grade is a figure of the plan;
    the stage or grade opening it names no actor, nor is one taken from before (enrolment_plan_lead in quotas.yml)."""
    return _lead_opens(p, c, "enrolment_plan_lead")


def _rural_experience_lead(p: _Site, c: _Cand) -> bool:
    """"乡村学校任教经历须满1年以上": a place of service opening the clause as the setting of the experience
    required is where it was had, not who must have it; the clause names no actor, neither the place nor anyone
    before it (rural_experience_lead in quotas.yml)."""
    return _lead_opens(p, c, "rural_experience_lead")


def _rural_service_condition(p: _Site, c: _Cand) -> bool:
    """"…；在乡村学校累计任教满3年的，评聘高级职称时予以优先": a span of rural service that is the whole of
    its clause, closed by a bare 的, is the condition of a preference and picks people out; it names no actor,
    and takes none from the clauses before (rural_service_condition in quotas.yml)."""
    s = p.s
    a = p.lex.marker_re.match(s, p.bounds[c.ci][0]).end()
    if _marks_re_at("rural_service_condition", "head").fullmatch(s, a, c.hit.start) is None:
        return False
    return _marks_re_at("rural_service_condition", "tail").match(s, c.hit.end, p.bounds[c.ci][1] + 1) is not None


def _occasion_duration(p: _Site, c: _Cand) -> bool:
    """Whether the quota is how long each occasion lasts ("每次活动时间不少于1课时",
    "每期集中研修时间不少于5天"): a property of the occasion, which names no actor
    (occasion_duration_units in quotas.yml). A bare "每次不少于1课时" is not one."""
    s, lex, hit = p.s, p.lex, c.hit
    if hit.unit not in lex.occasion_duration_units or hit.freq_period:
        return False
    a = lex.marker_re.match(s, c.c_start).end()
    a = lex.actor_head_re.match(s, a).end() if not lex.occasion_re.match(s, a) else a
    if not lex.occasion_re.match(s, a):
        return False
    return any(w in s[a: hit.start] for w in lex.occasion_span_words_t)


def _span_measure(p: _Site, c: _Cand) -> bool:
    """Whether the quota is how long an activity lasts, said by a span word in a clause
    naming nobody ("…组织一次专项培训，培训时长不少于5天", "留样时间不少于48小时"): a
    property of the activity, which takes no actor from the clauses before. A part split
    off by 其中 and a span summed by someone (span_keep_words: 累计) are left to the context
    ("幼儿每天户外活动时间不少于2小时，其中体育活动时间不少于1小时" → 幼儿)."""
    s, lex, hit = p.s, p.lex, c.hit
    if hit.unit not in lex.occasion_duration_units or hit.freq_period:
        return False
    a = lex.marker_re.match(s, c.c_start).end()
    stretch = s[a: hit.start]
    if _starts_with_any(stretch, lex.breakdown_words) or any(w in stretch for w in _span_keep_words()):
        return False
    if c.ci > 0 and _marks_re_at("span_opened_place", "span").match(stretch) \
            and load("quotas")["marks"]["span_opened_place"]["verb"] in s[p.bounds[c.ci - 1][0]: c.c_start]:
        return False  # "心理辅导室每周开放不少于5天，每天开放时间不少于2小时": the place that opens keeps its hours
    return (any(w in stretch for w in lex.occasion_span_words_t) and not _attended_span(p, c, stretch)
            and not _own_act_span(p, c, stretch)
            and not _run_training_span(p, c) and not _opened_session_span(p, c))


@lru_cache(maxsize=1)
def _attendance_marks() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """span_attend_verbs and span_attended_words of quotas.yml."""
    marks = load("quotas")["marks"]
    return tuple(marks["span_attend_verbs"]), tuple(marks["span_attended_words"])


def _own_act_span(p: _Site, c: _Cand, stretch: str) -> bool:
    """Whether the span is how long an act lasts that the people heading the clause just before do
    themselves ("校长在教职工大会上述职，述职时间不超过15分钟" → 校长): the span names the act by the verb
    that clause has them do (a 每人 before it aside). An act they only attend ("须参加说课答辩，说课时间…",
    span_attend_verbs) and an act of a school or organ keep the span null."""
    if c.ci == 0:
        return False
    lex = p.lex
    span_at = min((k for w in lex.occasion_span_words_t if (k := stretch.find(w)) >= 0), default=-1)
    act = stretch[:span_at]
    act = act[len(w):] if span_at > 0 and (w := _starts_with_any(act, _per_head_words())) else act
    if len(act) < 2:
        return False
    j = c.ci - 1
    who = _clause_actor(p.s, p.bounds, j, p.clause_actors, lex)
    if who is None or _role_of(who.text, lex) in lex.non_person_roles:
        return False
    rest = p.s[who.end: p.bounds[j][1]]
    k = rest.find(act)
    verbs, _ = _attendance_marks()
    return k >= 0 and not any(v in rest[:k] for v in verbs)


@lru_cache(maxsize=1)
def _per_head_words() -> tuple[str, ...]:
    """每人 and its kin written before an act's span ("每人述职时间…"): per_head_words of quotas.yml."""
    return tuple(load("quotas")["marks"].get("per_head_words") or ())


def _attended_span(p: _Site, c: _Cand, stretch: str) -> bool:
    """Whether the span is how long a training lasts that the people heading the clause just before
    attend ("新任校长须参加任职资格培训，时长不少于300学时" → 新任校长): their own attendance, which they
    keep (span_attend_verbs, span_attended_words in quotas.yml). An organ that runs the training, or a
    span of something else ("须参加说课答辩，说课时间不超过15分钟"), is still no actor of the span."""
    verbs, trainings = _attendance_marks()
    span_at = min((k for w in p.lex.occasion_span_words_t if (k := stretch.find(w)) >= 0), default=-1)
    if c.ci == 0 or span_at < 0 or (span_at > 0 and not any(w in stretch[:span_at] for w in trainings)):
        return False
    j = c.ci - 1
    who = _clause_actor(p.s, p.bounds, j, p.clause_actors, p.lex)
    role = _role_of(who.text, p.lex) if who is not None else None
    if role is None or role in p.lex.non_person_roles:
        return False
    rest = p.s[who.end: p.bounds[j][1]]
    k = min((i for w in verbs if (i := rest.find(w)) >= 0), default=-1)
    return k >= 0 and any(w in rest[k:] for w in trainings)


def _training_span_at(p: _Site, stretch: str) -> int:
    """Where the span word stands in a span's clause that names nothing before it but the training
    (培训时间, 集中培训时长), or -1 when it names something else first (说课时间)."""
    _, trainings = _attendance_marks()
    span_at = min((k for w in p.lex.occasion_span_words_t if (k := stretch.find(w)) >= 0), default=-1)
    if span_at < 0 or (span_at > 0 and not any(w in stretch[:span_at] for w in trainings)):
        return -1
    return span_at


def _body_clause_before(p: _Site, c: _Cand) -> str | None:
    """The rest of the clause just before the span's, after its actor, when an organ or school (not people)
    heads that clause; None otherwise. What _run_training_span and _opened_session_span read the verb from."""
    j = c.ci - 1
    who = _clause_actor(p.s, p.bounds, j, p.clause_actors, p.lex)
    role = _role_of(who.text, p.lex) if who is not None else None
    if role is None or role not in p.lex.non_person_roles:
        return None
    return p.s[who.end: p.bounds[j][1]]


def _run_training_span(p: _Site, c: _Cand) -> bool:
    """Whether the span is how long a training lasts that the organ or school heading the clause just
    before runs ("区教师发展中心负责对新任教师开展岗前培训，培训时间不少于16学时" → 区教师发展中心):
    the organ answers for its length (span_run_verbs in quotas.yml). People who only attend are
    _attended_span's; a training named with no organ heading its clause keeps the span null."""
    if c.ci == 0:
        return False
    s, lex = p.s, p.lex
    stretch = s[lex.marker_re.match(s, c.c_start).end(): c.hit.start]
    if _training_span_at(p, stretch) < 0:
        return False
    rest = _body_clause_before(p, c)
    if rest is None:
        return False
    _, trainings = _attendance_marks()
    k = min((i for w in _span_run_verbs() if (i := rest.find(w)) >= 0), default=-1)
    return k >= 0 and any(w in rest[k:] for w in trainings)


def _visiting_group(p: _Site, c: _Cand) -> _Actor | None:
    """The inspection group heading the provision when a later clause's own actor is each school it visits
    ("考核组由3至5人组成，每所学校实地考核不少于半天，随机听课不少于2节" → 考核组): the schools are where the
    group works, not who acts (visiting_group in quotas.yml). Nothing changes where the group does not head
    the provision ("市教育局组成考核组，…": annotators split) or the clause names no school taken one by one."""
    if c.ci == 0 or c.actor is None or not _marks_re_at("visiting_group", "visited").fullmatch(c.actor.text):
        return None
    head = p.head_actor
    if head is None or head.end > p.bounds[0][1] or not _marks_re_at("visiting_group", "group").fullmatch(head.text):
        return None
    return head


def _opened_session_span(p: _Site, c: _Cand) -> bool:
    """Whether the span is how long a session lasts that the school or organ heading the clause just
    before opens ("初中学校可在工作日晚上开设自习，时长不超过1.5小时" → 初中学校): the one opening it
    answers for its length (span_open_verbs in quotas.yml). The span's clause says nothing but the
    span, or names the very session the clause before opens (自习时长)."""
    if c.ci == 0:
        return False
    s, lex = p.s, p.lex
    stretch = s[lex.marker_re.match(s, c.c_start).end(): c.hit.start]
    span_at = min((k for w in lex.occasion_span_words_t if (k := stretch.find(w)) >= 0), default=-1)
    if span_at < 0:
        return False
    rest = _body_clause_before(p, c)
    if rest is None:
        return False
    k = min((i for w in _marks_words("span_open_verbs") if (i := rest.find(w)) >= 0), default=-1)
    return k >= 0 and (span_at == 0 or stretch[:span_at] in rest[k:])


@lru_cache(maxsize=1)
def _span_run_verbs() -> tuple[str, ...]:
    """span_run_verbs of quotas.yml."""
    return tuple(load("quotas")["marks"]["span_run_verbs"])


@lru_cache(maxsize=1)
def _term_marks() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """term_endings, term_not_words and term_units of quotas.yml."""
    marks = load("quotas")["marks"]
    return tuple(marks["term_endings"]), tuple(marks["term_not_words"]), frozenset(marks["term_units"])


def _term_of_arrangement(p: _Site, c: _Cand) -> bool:
    """Whether the quota is how long an arrangement runs, said by its term noun in a clause
    naming nobody ("见习期不少于一学年", "公示期不少于5个工作日", "结对期为2年", "交流期限一般为3年",
    "延长期限不超过6个月"): a property of the arrangement, which takes no actor from the clauses
    before (term_endings in quotas.yml). A period word (每学期, 假期) is no term."""
    endings, not_words, units = _term_marks()
    if c.hit.unit not in units or c.hit.freq_period:
        return False
    s, lex = p.s, p.lex
    a = lex.marker_re.match(s, c.c_start).end()
    words = _activity_words(s[a: c.hit.start], lex) or ""
    return _ends_with_any(words, endings) is not None and _ends_with_any(words, not_words) is None


def _present_per_occasion(p: _Site, c: _Cand) -> bool:
    """Whether the quota counts the people present on each occasion, the clause opening with the
    occasion ("每餐至少有1名校领导陪餐"): it names no actor and takes none from the clauses before."""
    if c.hit.unit not in _group_size_units():
        return False
    s, lex = p.s, p.lex
    a = lex.marker_re.match(s, c.c_start).end()
    return _marks_re("present_per_occasion").fullmatch(s, a, c.hit.start) is not None


@lru_cache(maxsize=1)
def _pupil_share_marks() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """pupil_populations and share_measure_words of quotas.yml."""
    marks = load("quotas")["marks"]
    return tuple(marks["pupil_populations"]), tuple(marks["share_measure_words"])


def _pupil_share(p: _Site, c: _Cand) -> bool:
    """Whether the quota is a rate or share of a pupil population opening the clause
    ("随迁子女在公办学校就读比例不低于85%", "学生参与率达到95%以上"): it measures the population,
    which is bound to nothing, so the quota names no actor and takes none from before."""
    if not (c.hit.share or c.hit.unit in p.lex.share_units):
        return False
    s, lex = p.s, p.lex
    a = lex.marker_re.match(s, c.c_start).end()
    pupils, measures = _pupil_share_marks()
    return s.startswith(pupils, a) and any(w in s[a: c.hit.start] for w in measures)


def _scope_share(p: _Site, c: _Cand) -> bool:
    """Whether the quota is a rate or share of a clause opening with a whole jurisdiction
    ("全市学科类校外培训机构“营转非”审核完成率保持100%"): a target for the area, which names
    no actor even where a group follows the jurisdiction (scope_openers in quotas.yml)."""
    if not (c.hit.share or c.hit.unit in p.lex.share_units):
        return False
    s, lex = p.s, p.lex
    a = lex.marker_re.match(s, c.c_start).end()
    a = _YEAR_LEAD.match(s, a).end()
    measures = _pupil_share_marks()[1]
    return (s.startswith(tuple(load("quotas")["marks"]["scope_openers"]), a)
            and any(w in s[a: c.hit.start] for w in measures))


@lru_cache(maxsize=1)
def _budget_share_re() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """budget_share_bases and budget_share_not of quotas.yml: a bound, then a budget, then the share."""
    marks, lex = load("quotas")["marks"], _lexicon()
    bases = alternation(marks["budget_share_bases"])
    return (re.compile(rf"(?:{lex.cmp_before_re.pattern})[\u4e00-\u9fff]{{0,8}}?(?:{bases})(?:{alternation([lex.attributive])})?$"),
            tuple(marks["budget_share_not"]))


def _budget_share(p: _Site, c: _Cand) -> bool:
    """Whether the quota bounds a share of a budget ("每年不少于学校公用经费的5%", "按不低于学校年度公用
    经费5%的比例安排教师培训经费"): how much of its budget the body before sets aside, which takes
    the actor of the clauses before rather than naming no one. A standard of the per-pupil funds
    ("生均公用经费中用于…的比例不低于5%") is not one."""
    if not (c.hit.share or c.hit.unit in p.lex.share_units):
        return False
    stretch = p.s[c.left: c.hit.start]
    pattern, nots = _budget_share_re()
    return pattern.search(stretch) is not None and not any(w in stretch for w in nots)


def _funded_sum(p: _Site, c: _Cand) -> bool:
    """Whether the quota is a sum its clause funds or grants without a standard per unit or head
    ("县财政局将…纳入年度预算，每年安排专项经费不少于50万元", "每学期给予…补贴不低于300元"): the doing of
    the body opening the sentence, not a measure naming no one (funding_verbs, grant_verbs,
    funded_sum_not in quotas.yml). "每校每年安排…", "按生均…标准安排…" set a rate per unit."""
    if c.hit.unit not in p.lex.money_units:
        return False
    head = p.head_actor  # "交流教师，每月发放交通补助300元": people opening the sentence are paid, nobody named pays
    if head is None or _role_of(head.text, p.lex) not in p.lex.non_person_roles:
        return False
    a = p.lex.marker_re.match(p.s, c.left).end()
    cut = [(x.start, x.end) for x in p.periods if a <= x.start and x.end <= c.hit.start]
    stretch = "".join(p.s[i: j] for i, j in zip([a] + [e for _, e in cut], [s for s, _ in cut] + [c.hit.start]))
    marks = load("quotas")["marks"]
    verbs = tuple(marks["funding_verbs"]) + tuple(marks["grant_verbs"])
    return any(w in stretch for w in verbs) and not any(w in stretch for w in marks["funded_sum_not"])


@lru_cache(maxsize=1)
def _allotted_per_head_words() -> tuple[str, ...]:
    """allotted_per_head of quotas.yml: procedures that allot each candidate a time."""
    return tuple(load("quotas")["marks"]["allotted_per_head"])


def _allotted_per_head(p: _Site, c: _Cand) -> bool:
    """Whether the quota is the time a procedure allots each candidate, 每人 following the
    procedure ("答辩时间每人不超过15分钟"): the organiser's allotment, which names no actor."""
    s, lex = p.s, p.lex
    pm = lex.pronoun_re.search(s, c.c_start, c.hit.start)
    if pm is None:
        return False
    before = s[lex.marker_re.match(s, c.c_start).end(): pm.start()]
    return any(w in before for w in _allotted_per_head_words()) and not any(r in before for r in lex.role_terms)


def _item_after_measure(c: _Cand) -> bool:
    """"生均图书经费小学每年不低于30元、中学每年不低于40元": a later item of the clause, after a quota
    measuring a thing that no one heads, is a part of the same standard and takes no actor from before."""
    prev = c.prev
    return prev is not None and prev.clause == c.ci and prev.rate and prev.actor is None


def _public_accounts(p: _Site, c: _Cand) -> bool:
    """Whether the clause says how often accounts are made public ("伙食费收支情况每月公示一次",
    "每学期向家长公示一次收支情况"; public_accounts_verbs / _nouns of quotas.yml): a rule for the
    accounts, which takes no actor from another sentence or list item (the context steps); the
    subject of its own sentence still carries."""
    marks, clause = load("quotas")["marks"], p.s[c.c_start: c.c_end]
    return (any(w in clause for w in marks["public_accounts_verbs"])
            and any(w in clause for w in marks["public_accounts_nouns"]))


@lru_cache(maxsize=1)
def _occasion_opening_re() -> re.Pattern[str]:
    """occasion_opening_words of quotas.yml: the occasions a later clause may open with."""
    return _any_word_re(load("quotas")["marks"]["occasion_opening_words"])


def _occasion_opening(p: _Site, c: _Cand) -> bool:
    """Whether a later clause of the sentence opens with an occasion and then says what of it
    is counted ("…每学期开展一次专项检查，每次抽查学校不少于20所", "每次评课时间不少于20分钟"):
    a property of each occasion, which takes no actor from the clauses before. A bare
    "每次不少于2学时", with nothing between the occasion and the bound, is left to the context."""
    if c.ci == 0:
        return False
    s, lex = p.s, p.lex
    a = lex.marker_re.match(s, c.c_start).end()
    m = _occasion_opening_re().match(s, a)
    if m is None or _samples_schools(s, m.end(), c.hit.start):
        return False
    return _activity_words(s[m.end(): c.hit.start], lex) is not None


def _samples_schools(s: str, start: int, end: int) -> bool:
    """Whether ``s[start:end]``, right after an occasion word, samples schools or areas ("每次抽查学校不少于10所",
    "每次随机抽取学校…", "每次抽查县（市、区）…"): the duty of whoever heads the sentence on each occasion, left to the
    context (occasion_sampled_schools in quotas.yml; pupils and classes sampled alike are not, gold splits there)."""
    return _marks_re("occasion_sampled_schools").match(s, start, end) is not None


def _pupil_ratio_opening(p: _Site, c: _Cand) -> bool:
    """Whether a later clause opens with a ratio to the pupils ("…，每15名学生至少配备1名带队教师"):
    a standard, which takes no actor from the clauses before."""
    if c.ci == 0:
        return False
    a = p.lex.marker_re.match(p.s, c.c_start).end()
    return _marks_re("pupil_ratio_opening").match(p.s, a, c.hit.start) is not None


def _weight_opening(p: _Site, c: _Cand) -> bool:
    """Whether a later clause opens with the weight or share a thing carries in a score ("…纳入学校年度考核，
    占比不低于5%"): a share, which takes no actor from the clauses before."""
    if c.ci == 0:
        return False
    a = p.lex.marker_re.match(p.s, c.c_start).end()
    return _marks_re("weight_opening").match(p.s, a, c.hit.start) is not None


def _per_pupil_opening(p: _Site, c: _Cand) -> bool:
    """Whether a later clause opens with a per-pupil word ("…图书室每周开放不少于5天，生均图书不少于25册"): a stock
    or ratio of the pupils, a standard, which takes no actor from the clauses before; a sum of money per pupil is
    left to the body that funds it ("…纳入年度预算，生均每年不低于10元")."""
    if c.ci == 0 or c.hit.unit in p.lex.money_units:
        return False
    a = p.lex.marker_re.match(p.s, c.c_start).end()
    return _marks_re("per_pupil_opening").match(p.s, a, c.hit.start) is not None


def _point_change(p: _Site, c: _Cand) -> bool:
    """Whether the quota is a change in percentage points ("…，优秀比例可提高5个百分点"): a change of a share, a
    standard, which takes no actor from the clauses before (point_change_units in quotas.yml)."""
    return c.hit.unit in _marks_words("point_change_units")


def _head_count_cap(p: _Site, c: _Cand) -> bool:
    """Whether the clause opens with a cap on a head count ("…，每班人数不超过50人", "参训人数控制在50人以内"): the
    size of a class, team or session, a standard, which takes no actor from the clauses before (head_count_cap in
    quotas.yml); a body or 每X heading the clause is its own actor. Only a cap: a range ("每个学科专家库人数控制在
    30至50人") sizes a pool someone builds."""
    return c.cmp == "<=" and _lead_opens(p, c, "head_count_cap")


def _term_length(p: _Site, c: _Cand) -> bool:
    """Whether the clause says only how long or how large each run of a programme is ("每期不少于3天",
    "暑期托管每期不超过4周"): a property of the run, which takes no actor from the clauses before
    (term_length in quotas.yml)."""
    a = p.lex.marker_re.match(p.s, c.c_start).end()
    return _marks_re("term_length").fullmatch(p.s, a, c.hit.start) is not None


def _term_bound(p: _Site, c: _Cand) -> bool:
    """Whether the clause is only the shortest or longest a term may last ("交流期限一般为3年，最短不少于1年"):
    a bound of the term, which takes no actor from the clauses before (term_bound in quotas.yml)."""
    a = p.lex.marker_re.match(p.s, c.c_start).end()
    return _marks_re("term_bound").fullmatch(p.s, a, c.hit.start) is not None


def _term_of_counted_terms(p: _Site, c: _Cand) -> bool:
    """Whether the clause is only the length of each term, glossing a count of terms before it ("满2届（每届3年）的",
    "…满两届的，应当交流，每届任期一般为3年"): what a 届 is, which takes no actor from the clauses before
    (counted_terms and term_of_counted_terms in quotas.yml)."""
    a = p.lex.marker_re.match(p.s, c.c_start).end()
    if _term_gloss_re().search(p.s, a, c.hit.start) is not None:
        return True
    return (_marks_re("term_of_counted_terms").fullmatch(p.s, a, c.hit.start) is not None
            and _marks_re("counted_terms").search(p.s, 0, a) is not None)


@lru_cache(maxsize=1)
def _term_gloss_re() -> re.Pattern[str]:
    """A count of terms, then the bracketed length of each right before the numeral ("满2届（每届")."""
    m = load("quotas")["marks"]
    return re.compile(f"(?:{m['counted_terms']})(?:{m['term_of_counted_terms']})$")


def _published_thing(p: _Site, c: _Cand) -> bool:
    """Whether the clause opens with a thing and how often it is published or revised ("食谱每周更新1次",
    "伙食费收支情况每月公示一次", "值日安排每月调整1次"): the thing heads it, which takes no actor from the
    clauses before (published_thing in quotas.yml)."""
    a = p.lex.marker_re.match(p.s, c.c_start).end()
    return _marks_re("published_thing").fullmatch(p.s, a, c.hit.start) is not None


def _model_gloss(p: _Site, c: _Cand) -> bool:
    """Whether the clause spells out a numbered model named just before it ("实行“5+2”模式，即每周5天、每天不少于
    2小时"): a standard, which takes no actor from the clauses before."""
    return c.ci > 0 and _marks_re("model_gloss").search(p.s, 0, c.hit.start) is not None


def _scored_item(p: _Site, c: _Cand) -> bool:
    """Whether the clause is only an item of a score sheet and its points ("（一）班级常规管理30分"): the weight
    names no actor, neither the role the item is named after nor one from before."""
    if c.hit.rule != "quota.points" or c.cmp != "=":
        return False
    a = p.lex.marker_re.match(p.s, c.c_start).end()
    return _marks_re("scored_item").fullmatch(p.s, a, c.hit.start) is not None


_YEAR_LEAD = re.compile(r"(?:\d{4}年[^，,；;、\d]{0,3}?)?")


def _scope_opening(p: _Site, c: _Cand) -> bool:
    """Whether the clause opens with a whole jurisdiction ("全市共遴选建设市级名师工作室40个",
    "2025年底前全市新建教师周转宿舍不少于120套", "三年内带动全区青年教师500人以上"; scope_openers and scope_lead
    in quotas.yml): a target for the whole area, which takes no actor from the clauses before; so does a clause
    opening with a verb building model units for the area ("…，培育劳动教育特色学校10所"; target_openers)."""
    s, marks = p.s, load("quotas")["marks"]
    a = p.lex.marker_re.match(s, c.c_start).end()
    if s.startswith(tuple(marks["target_openers"]), a):
        return True
    scopes = tuple(marks["scope_openers"])
    lead = _marks_re("scope_lead")
    return any(lead.fullmatch(s, a, k) and s.startswith(scopes, k) for k in range(a, min(a + 9, c.hit.start)))


def _level_target(p: _Site, c: _Cand) -> bool:
    """Whether the clause opens with a level of units and states a bare target for them ("市级劳动教育实践基地达到5个";
    level_target_openers, level_target_bounds in quotas.yml): how many of the area's units reach that level,
    neither the duty of the units it names nor of a 每-unit before it."""
    s, marks = p.s, load("quotas")["marks"]
    a = p.lex.marker_re.match(s, c.c_start).end()
    return s.startswith(tuple(marks["level_target_openers"]), a) and \
        s[a: c.hit.start].endswith(tuple(marks["level_target_bounds"]))


def _split_count(p: _Site, c: _Cand) -> bool:
    """Whether the count says in how many parts a step is done ("于1月底前、7月底前分两次报送",
    split_words in quotas.yml): it takes no actor from the clauses before."""
    marks = load("quotas")["marks"]
    return c.hit.unit in marks["split_units"] and p.s[max(0, c.hit.start - 1): c.hit.start] in tuple(marks["split_words"])


@lru_cache(maxsize=1)
def _span_keep_words() -> tuple[str, ...]:
    """span_keep_words of quotas.yml: words that make a span someone's own sum (累计)."""
    return tuple(load("quotas")["marks"]["span_keep_words"])


def _credited_hours(p: _Site, c: _Cand) -> bool:
    """Whether the quota is how many hours something is credited with ("每天按6学时计算",
    "每年认定不超过30学时"): a rule of the credit system, which names no actor
    (credit_verbs and credit_units in quotas.yml)."""
    lex = p.lex
    if c.hit.unit not in lex.credit_units:
        return False
    lead = lex.marker_re.match(p.s, c.c_start).end()
    if p.s.startswith(_marks_words("credit_restating_openers"), lead):
        return False  # "每位教师…不少于360学时，折合36学分": the amount before, restated in credits
    return any(w in p.s[c.c_start: c.c_end] for w in lex.credit_verbs)


def _composition_share(p: _Site, c: _Cand) -> bool:
    """Whether the quota is the share a part takes of a whole, written with 占
    ("笔试成绩占40%", "考核结果占教研员年度考核的30%"): it weighs a component and names no
    actor, not even a role opening it ("家长问卷占20%"); composition_share_* in quotas.yml.
    "占…的比例", "占比", "所占权重" measure what someone does and are left to the other steps."""
    s, lex, hit = p.s, p.lex, c.hit
    if not (hit.share or hit.unit in lex.share_units):
        return False
    marks = load("quotas")["marks"]
    a = lex.marker_re.match(s, c.c_start).end()
    for verb in marks["composition_share_verbs"]:
        k = s.rfind(verb, a, hit.start)
        if k < 0 or (k > a and s[k - 1] in "".join(marks["composition_share_not_before"])):
            continue
        between = s[k + len(verb): hit.start]
        if not any(w in between for w in marks["composition_share_not_after"]):
            return True
    return False


def _share_of_hours(stretch: str) -> bool:
    """Whether the words before a share take it of a training's total hours ("线下集中培训不少于总学时的",
    "校本研修学时占年度总学时的比例不低于"; hours_share_bases in quotas.yml): a split of the hours by kind,
    which inherits no actor; a role heading the clause is found before this is asked. An absence a trainee may
    not pass is no split ("缺勤超过总学时的10%"; hours_share_not)."""
    return any(b in stretch for b in _marks_words("hours_share_bases")) and \
        not any(w in stretch for w in _marks_words("hours_share_not"))


def _breakdown(p: _Site, c: _Cand) -> bool:
    """Whether the quota splits a count into the groups it is made of
    ("计划招聘教师120名，其中小学教师68名、初中教师40名", "推荐对象中，乡村学校教师
    不少于二分之一", "核心成员中农村学校教师不少于40%"): the group heading it is what
    is counted, not someone who acts, so it names no actor.

    Only counts of people or units (breakdown_units) and shares: "其中跨学科听课
    不少于4节" is the teacher's own duty.
    """
    s, lex, hit = p.s, p.lex, c.hit
    if not (hit.share or hit.unit in lex.share_units or hit.unit in lex.breakdown_units):
        return False
    a = lex.marker_re.match(s, c.c_start).end()
    word = _starts_with_any(s[a: c.c_end], lex.breakdown_words)
    if word:
        # a group follows 其中 ("其中小学教师68名"), not an activity ("其中实践研修不少于…50%")
        return lex.role_re.match(s, a + len(word), c.hit.start) is not None
    # "核心成员中农村学校教师…": a group, 中, then the part of it that is counted
    m = lex.role_re.match(s, a, c.hit.start)
    # "家长代表不少于5人": the representatives a body is made of (representative_words in quotas.yml)
    if m and _starts_with_any(s[m.end(): c.hit.start], tuple(load("quotas")["marks"]["representative_words"])) \
            and _role_of(m.group(0), lex) not in lex.non_person_roles:
        return True
    if m and _starts_with_any(s[m.end(): c.hit.start], lex.within_words) and lex.role_re.match(s, m.end() + 1, c.hit.start):
        return True
    # "推荐对象中，乡村学校教师不少于二分之一": the clause before is nothing but the group and 中;
    # "…，一线教师不少于总数的80%": the parts after the first, each a group of people, split it too
    if not lex.role_re.match(s, a, c.hit.start):
        return False
    for j in range(c.ci - 1, -1, -1):
        b0, b1 = p.bounds[j]
        head = s[lex.marker_re.match(s, b0).end(): b1].rstrip()
        if head.endswith(lex.within_words) and lex.role_re.fullmatch(head[: -1]) is not None:
            return True
        if j not in p.hit_clauses or lex.role_re.match(head) is None:
            return False
    return False


def _partitive_set(p: _Site, c: _Cand) -> bool:
    """Whether the quota's clause opens with a group and a partitive 中 ("成员中年龄45周岁以下的…",
    "研修团队成员中年龄40周岁以下的不少于一半"): the group is the set a part is taken from, so
    neither it nor an actor of the clauses before heads the quota (marks.partitive_after_role)."""
    s, lex = p.s, p.lex
    a = lex.marker_re.match(s, c.c_start).end()
    m = lex.role_re.match(s, a, c.hit.start)
    return m is not None and _marks_re("partitive_after_role").match(s, m.end(), c.hit.start) is not None


def _clause_actor(
    s: str, bounds: list[tuple[int, int]], j: int, memo: dict[int, _Actor | None], lex: _Lexicon
) -> _Actor | None:
    """The actor heading clause ``j`` (no head words), found once per provision."""
    if j not in memo:
        a, b = bounds[j]
        memo[j] = _size_defined_clause(s, a, b, lex) or _actor_at_head(s, a, b, lex, allow_head_words=False)
    return memo[j]


def _size_defined_clause(s: str, a: int, b: int, lex: _Lexicon) -> _Actor | None:
    """The school a clause that is nothing but its size definition names ("学生规模在2000人以上的学校，
    专职教师不少于3名" → the school as written; "寄宿制学校学生人数在1000人以上的，…" → 寄宿制学校),
    so the clauses after it take the school, not the 学生 its size counts."""
    a = lex.marker_re.match(s, a).end()
    clause = s[a:b].rstrip()
    m = _marks_re("size_defined_group").fullmatch(clause)
    if m is not None:
        return _Actor(m.group(0), a, a + m.end())
    m = _marks_re("size_defined_school_first").fullmatch(clause)
    return _Actor(m.group("school"), a + m.start("school"), a + m.end("school")) if m else None


def _default_period(stretch: str, lex: _Lexicon) -> str:
    """The period a measure holds over by nature when none is written
    ("书面作业平均完成时间不超过60分钟" → day), else total."""
    return next((p for w, p in lex.default_periods if w in stretch), "total")


def _head_period(s: str, periods: list[_Period], bounds: list[tuple[int, int]], ci: int, lex: _Lexicon) -> str | None:
    """The period of a previous clause that is nothing but a period word ("每学期，教师听课…")."""
    if ci == 0:
        return None
    a, b = bounds[ci - 1]
    if lex.period_head_re.match(s[a:b].strip()):
        inside = [p for p in periods if a <= p.start < b]
        return inside[-1].period if inside else None
    return None


# ---------------------------------------------------------------- activity steps
#
# The activity of a quota: the first answer of _ACTIVITY_STEPS, each reading
# the stretch around the numeral (_Span).


class _Span(NamedTuple):
    site: _Site
    f: _Found
    around: str  # the words around the numeral (_activity_around), "" for none
    carried: str  # the words before a carrier verb that carries nothing on (_carried_words)
    prev: _Found | None
    prev_activity: str | None


@lru_cache(maxsize=1)
def _stage_marks() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """stage_tail and scope_stage of quotas.yml marks (quotas28)."""
    marks = load("quotas")["marks"]
    return re.compile(_need(marks, "stage_tail", "marks")), re.compile(_need(marks, "scope_stage", "marks"))


def _without_stage_tail(words: str) -> str:
    """"生均藏书量小学" → 生均藏书量: a school stage after what is counted says whom the standard is for."""
    m = _stage_marks()[0].search(words)
    return words[: m.start()] if m and m.start() >= 2 else words


def _group_after_de(s: str, at: int, right: int, after: str, lex: _Lexicon) -> bool:
    """"满6年的专任教师" → True: a role right after 的 names the group the span defines, unless it only
    qualifies a longer noun of what is provided ("不少于5天的新教师专题培训", marks.role_modifier_heads)."""
    role = lex.role_re.match(s, at, right)
    if role is None:
        return False
    rest = after[after.find(role.group()) + len(role.group()):] if role.group() in after else ""
    return not (rest and rest.endswith(_marks_words("role_modifier_heads")))


def _activity_around(s: str, hit: _Hit, pre_start: int, unit_end: int, right: int, lex: _Lexicon) -> tuple[str, int]:
    """The words between the actor/period and the numeral and the counted noun after
    the measure word ("校长每学期至少听课30节" → 听课, "举办一次校长论坛" → 校长论坛);
    after a share, what the share is of ("不低于公用经费5%的比例安排教师培训经费"). With where the words end."""
    pre = _recall_marks().activity_trim_re.sub("", _without_share_base(s[pre_start: hit.start], hit, lex))
    roles = _marks_re("parallel_role_tail").match(pre)
    if roles:  # "教务处主任、副主任不少于25节": the further roles of the actor name nothing counted
        pre = pre[roles.end():]
    library = _marks_re("library_per_pupil").search(pre)
    if library:
        # "全市中小学图书馆生均纸质图书小学不少于25册" → 生均纸质图书小学: the library holding it is no part of
        # what is counted (60 of 63 such held-out gold activities start at 生均)
        pre = pre[library.end():]
    if hit.rule == EACH_POINT:  # "期中、期末各抽查一次" → 抽查: the points are when, not what
        pre = _each_points_re().sub("", pre)
    before = _activity_before(pre, lex)
    before = _without_stage_tail(before)
    if _marks_re("activity_per_pupil_only").match(before):
        before = ""  # "生均每年不低于10元": per pupil of what the clause before names (marks.activity_per_pupil_only)
    marks = load("quotas")["marks"]
    split = _starts_with_any(s[hit.start - 1: hit.start], tuple(marks["split_words"])) if hit.start else None
    if split and hit.unit in marks["split_units"] and before.endswith(split):
        # "督查结果分两次通报" → 督查结果通报: the split word is no part of what is done; the remnant of
        # the dates it is done on ("于10月中旬、12月上旬分两次抽查…") names nothing
        before = before[: -len(split)]
        if re.search(marks["split_dates"], before):
            before = ""
    after, after_end = _activity_after(s, unit_end, right, hit.unit, lex)
    verb = _starts_with_any(s[unit_end:right], lex.carrier_verbs) if split and not after else None
    if verb:  # "于5月、7月分两次开展专项督查" → 专项督查: the goes are of what the verb after them does
        after, after_end = _activity_after(s, unit_end + len(verb), right, hit.unit, lex)
    span = _marks_re("span_after_count").match(s, unit_end, unit_end + 40)
    if span:  # "各安排1次不少于30分钟的大课间活动": the occasions are of the noun the span qualifies
        after, after_end = span.group("noun"), unit_end
    slash = None
    if s.startswith(_recall_marks().per_slash, unit_end):
        slash = _starts_with_any(s[unit_end + 1: right], tuple(lex.freq_period_of))
    if slash:  # "不少于4节/周": the period after the slash is no part of what is counted
        after, after_end = _activity_after(s, unit_end + 1 + len(slash), right, hit.unit, lex)
    if s.endswith(_recall_marks().copy_words, pre_start, hit.start):
        # "将制度文本一式三份报所属教育局": the copies are of the document before 一式; where they go is not what is counted
        after, after_end = "", unit_end
    if _marks_re("consequence_after").match(s, unit_end, right):
        # "答辩成绩60分以上方可推荐": what the threshold opens is no part of what is counted
        after, after_end = "", unit_end
    if hit.rule == RATIO:
        # "按岗位数与面试人数1∶3的比例确定人选": the ratio is of what stands before it
        pos = unit_end + (len(lex.attributive) if s.startswith(lex.attributive, unit_end) else 0)
        noun = _starts_with_any(s[pos:right], lex.ratio_nouns)
        after, after_end = (noun, pos + len(noun)) if noun else ("", unit_end)
        # "县区按不低于1:1的比例配套经费" → 配套经费: the ratio counts the matching, whatever place stands before
        # 按 ("所在县(市、区)按不低于1:1比例配套": no role, so read as words before; the gold of all such held-out
        # quotas holds 配套 / 配备); the ratio's own colon cut the clause, so its words are read up to the next break
        stop = CLAUSE_BREAK.search(s, pos)
        end = stop.start() if stop else len(s)
        noun = _starts_with_any(s[pos:end], lex.ratio_nouns)
        bridge = _starts_with_any(s[pos + len(noun):end], _marks_words("ratio_allot_bridges")) or "" if noun else ""
        if noun and _starts_with_any(s[pos + len(noun) + len(bridge):end], _marks_words("ratio_allot_verbs")) \
                and (not before or _marks_re("ratio_allot_by").search(s, max(0, hit.start - 8), hit.start)):
            before = ""
            after, after_end = _activity_after(s, pos + len(noun) + len(bridge), end, hit.unit, lex)
        elif noun and after_end <= pos + len(noun):
            # "按分配名额1:1.2的比例择优推荐": the evidence runs on through 比例 and what the ratio sets (over
            # every set's gold, 95 of 96 ratios followed by (的)比例 hold it); what is counted is left as read
            after_end = max(pos + len(noun), _activity_after(s, pos + len(noun), end, hit.unit, lex)[1])
    de = lex.attributive
    group_at = unit_end + len(de) if s.startswith(de, unit_end) else unit_end if s.endswith(de, 0, unit_end) else None
    if after and group_at is not None and _group_after_de(s, group_at, right, after, lex):
        # "连续任教满6年的专任教师": the role after 的 is the group the span defines, not what is counted
        # (the comparator may end in 的 itself: "女45周岁以上的教师")
        after, after_end = "", unit_end
    elif after and s.startswith(lex.attributive, unit_end) and lex.sanction_re.search(s, unit_end, after_end):
        # "满意度低于80%的食堂须限期整改": what the sanction befalls is not what is measured
        after, after_end = "", unit_end
    share_of = lex.share_of_re.match(s, unit_end, right) if hit.unit in lex.share_units else None
    if share_of:
        at = share_of.end()
        acted = _marks_re("share_object_verb").match(s, at, right) if s.endswith("对", 0, at) else None
        if acted:  # "按10%的比例对各校作业进行抽查" → 抽查: what is done to the sampled things is counted
            at = acted.end()
        before, (after, after_end) = "", _activity_after(s, at, right, hit.unit, lex)
    elif hit.unit in lex.share_units and _allots_by_rate(s, pre_start, hit.start, unit_end, right, lex):
        # "按照教职工工资总额的1.5%安排教师培训经费": what the rate of the base pays for (rate_allotment)
        m = _rate_allotment_re().match(s, unit_end, right)
        allotted, allotted_end = _activity_after(s, m.end(), right, hit.unit, lex)
        if allotted:
            before, after, after_end = "", allotted, allotted_end
    if share_of is None and (hit.share or hit.unit in lex.share_units) \
            and (not after or after in _marks_words("share_units_acted_nouns")) \
            and (acted := _marks_re("share_units_acted").match(s, unit_end, right)):
        # "对不少于30%的学校进行随机抽查" → 随机抽查, "每年抽取10%的学校进行复核" → 抽取学校复核: the act done to the
        # units sampled is counted, the units with it after a verb of its own; a bare 比例 read there gives way
        act, after_end = _activity_after(s, acted.end(), right, hit.unit, lex)
        units = acted["units"] if before and acted["units"] not in _marks_words("share_units_acted_nouns") else ""
        after = units + act
    if not before and not after:
        # "专题听课每学期至少组织1次": the verb after the period only carries on
        # what the words before the period name
        stretch = s[pre_start: hit.start]
        periods = _find_periods(stretch, lex)
        if periods and _activity_words(stretch[periods[-1].end:], lex) == "":
            head = stretch[: periods[-1].start]
            before = _activity_words(head[head.rfind("、") + 1:], lex) or ""
    return _without_attributive_before_measure(before + after, lex), after_end


@lru_cache(maxsize=1)
def _rate_allotment_re() -> re.Pattern[str]:
    return re.compile(load("quotas").get("rate_allotment") or "(?!)")


def _allots_by_rate(s: str, pre_start: int, start: int, unit_end: int, right: int, lex: _Lexicon) -> bool:
    """A share applied to its base with 按 ("按照…总额的1.5%") and a verb of allotting right after it."""
    pre = s[pre_start:start]
    return (pre.endswith(lex.attributive) and any(w in pre for w in _SHARE_RATE_OF)
            and _rate_allotment_re().match(s, unit_end, right) is not None)


def _without_share_base(pre: str, hit: _Hit, lex: _Lexicon) -> str:
    """"倾斜比例不低于绩效工资总量的10%" → 倾斜比例…: the whole a share is taken of
    (between a comparator and 的) is no part of what is counted; "X占Y的N%" keeps its 占Y."""
    share = hit.share or hit.unit in lex.share_units or hit.unit in _recall_marks().share_like_units
    if not share or not pre.endswith(lex.attributive):
        return pre
    last = None
    for last in lex.cmp_before_re.finditer(pre):
        pass
    if last is None or last.start() == 0 or pre.endswith(_SHARE_RATE_OF, 0, last.start()):
        return pre  # "按不少于工资总额的1.5%纳入预算": a rate applied to its base keeps the base
    base = pre[last.end(): -len(lex.attributive)]
    if not base or any(ch in base for ch in _SHARE_BASE_STOPS):
        return pre
    return pre[: last.end()]


_SHARE_RATE_OF = ("按", "按照")
_SHARE_BASE_STOPS = "占，,；;。：:"  # 占 names the base as part of the measure ("推门听课占听课总数")


def _without_attributive_before_measure(words: str, lex: _Lexicon) -> str:
    """"教师参与校本教研的比例" → 教师参与校本教研比例: the 的 before a measure noun
    (measure_nouns) is no part of the short form of what is measured."""
    if lex.attributive not in words:
        return words
    return _recall_marks().attributive_measure_re.sub("", words)


def _carried_words(stretch: str, lex: _Lexicon) -> str:
    """"向家长公示课后服务项目和安排1次": a carrier verb with no noun after the measure
    word carries nothing on; it ends what the words before it name (→ 向家长公示课后服务项目安排),
    also before a bound ("专职保安员配备不少于2名" → 专职保安员配备)."""
    stretch = lex.cmp_before_re.sub("", stretch)
    periods = _find_periods(stretch, lex)
    tail = stretch[periods[-1].end:] if periods else stretch
    verb = _ends_with_any(tail, lex.carrier_verbs)
    if not verb or len(tail) <= len(verb):
        return ""
    head_words = _activity_words(tail[: -len(verb)], lex)
    return head_words + verb if head_words else ""


def _activity_of_class_size(x: _Span) -> str | None:
    """"小学每班不超过45人" → 班额: people per class after nothing but a school level or grade
    are the class size (marks.class_size)."""
    size = _class_size_marks()
    if x.f.hit.unit not in size[1] or not x.around or not size[0].fullmatch(x.around):
        return None
    return size[2]


@lru_cache(maxsize=1)
def _class_size_marks() -> tuple[re.Pattern[str], frozenset[str], str]:
    """class_size of quotas.yml marks: (the words before the bound, people units, the activity)."""
    m = load("quotas")["marks"].get("class_size") or {}
    return re.compile(m.get("pattern") or "(?!)"), frozenset(m.get("units") or ()), m.get("activity") or ""


def _activity_of_each_group(x: _Span) -> str | None:
    """"…组成考核组，每组3至5人" → 考核组人数: people per group after nothing but 每组 size the group the
    sentence set up before it; 人数 alone when none is named (marks.each_group_size)."""
    m = load("quotas")["marks"]["each_group_size"]
    if x.f.hit.unit not in m["units"] or not x.around or not _marks_re_at("each_group_size", "pattern").fullmatch(x.around):
        return None
    before = x.site.s[: x.site.s.rfind(x.around, 0, x.f.hit.start)]
    groups = [g.group("group") for g in _marks_re_at("each_group_size", "group").finditer(before)]
    return (groups[-1] if groups else "") + m["activity"]


def _activity_of_group_size(x: _Span) -> str | None:
    """"成立由不少于7人组成的推荐评议小组" → 推荐评议小组人数: the people a group is made up of count its
    size; "由5至7名成员组成的…领导小组" → …领导小组成员 (marks.group_size)."""
    pattern, units, noun = _group_size_marks()
    if x.f.hit.unit not in units:
        return None
    m = pattern.match(x.site.s, x.f.hit.end)
    if m is None:
        return None
    return m.group("group") + (m.group("members") or noun)


@lru_cache(maxsize=1)
def _group_size_marks() -> tuple[re.Pattern[str], frozenset[str], str]:
    """group_size of quotas.yml marks: (what follows the measure word, people units, the activity noun)."""
    m = _need(load("quotas")["marks"], "group_size", "marks")
    return re.compile(m["pattern"]), frozenset(m["units"]), m["activity"]


def _activity_of_measure(x: _Span) -> str | None:
    """"年满50周岁" → 年龄: a measure word that names what it measures (measure_activities);
    the words around the numeral are kept up to that name when they hold it ("入学年龄须年满6周岁" → 入学年龄)."""
    noun = _measure_activities().get(x.f.hit.unit)
    if noun is None:
        return None
    k = x.around.find(noun) if x.around else -1
    if k > 0 and _marks_re("partitive_after_role").match(x.around, k - 1):
        return noun  # "成员中年龄45周岁以下": the set before the partitive 中 is no part of what is measured
    return x.around[: k + len(noun)] if k >= 0 else noun  # "入学年龄须年满6周岁" → 入学年龄


def _activity_of_cycle_total(x: _Span) -> str | None:
    """"五年一周期累计不少于360学时" → 培训: hours over the continuing-education cycle, with words naming
    nothing but the cycle (marks.cycle_total), count the training the cycle is of (marks.cycle_total_activity)."""
    marks = load("quotas")["marks"]
    if x.f.hit.unit not in marks["cycle_total_units"] or not x.around:
        return None
    return marks["cycle_total_activity"] if _marks_re("cycle_total").match(x.around) else None


@lru_cache(maxsize=1)
def _measure_activities() -> dict[str, str]:
    """measure_activities of quotas.yml marks: 周岁 → 年龄."""
    return dict(_need(load("quotas")["marks"], "measure_activities", "marks"))


def _activity_of_frequency(x: _Span) -> str | None:
    """一学年一考核 → 考核 (a frequency's own verb, or none: the steps stop here)."""
    return (x.f.hit.freq_act or "") if x.f.hit.freq_period else None


def _activity_of_lesson_length(x: _Span) -> str | None:
    """"每课时不超过40分钟" → 课时时长: a length bound whose clause names nothing but the lesson it holds per
    (marks.lesson_length) is the lesson's length; words that name what is taught stay ("线上培训每课时…")."""
    m = load("quotas")["marks"]["lesson_length"]
    if x.f.hit.unit not in m["units"]:
        return None
    p = x.site
    head = p.s[p.bounds[x.f.clause][0]: x.f.hit.start]
    found = _lesson_length_re().fullmatch(head)
    return m["words"][found.group(1)] if found else None


def _activity_of_stated_span(x: _Span) -> str | None:
    """"新入职3年以内的青年教师" → 入职年限: a span of service opening its clause is counted as the years of that
    service (patterns.span_stated_activities)."""
    p = x.site
    start = p.bounds[x.f.clause][0]
    return _service_span(p.s, start, x.f.hit.start) or _bracketed_service_span(p.s, start, x.f.hit.start)


def _bracketed_service_span(s: str, start: int, end: int) -> str | None:
    """What a span of service bracketed after a role counts ("新任教师（教龄3年以内）" → 教龄)."""
    found = _bracketed_service_re().search(s[start:end])
    return load("quotas")["patterns"]["span_stated_activities"].get(found.group(1)) if found else None


@lru_cache(maxsize=1)
def _bracketed_service_re() -> re.Pattern[str]:
    """span_bracketed_service of quotas.yml, anchored at the end of the stretch before the number."""
    return re.compile(rf"(?:{load('quotas')['patterns']['span_bracketed_service']})$")


def _service_span(s: str, start: int, end: int) -> str | None:
    """What a span of service opening a clause counts ("新入职3年以内" → 入职年限); "乡村学校任教5年" keeps its place."""
    patterns = load("quotas")["patterns"]
    found = re.fullmatch(patterns["span_stated_service"], s[start:end])
    return patterns["span_stated_activities"].get(found.group(1)) if found else None


def _admitted_age(p: _Site, c: _Cand) -> bool:
    """Whether the quota is the age pupils admitted must reach ("小学一年级招收年满6周岁的适龄儿童"):
    it bounds the pupils, so the admitting school heads nothing (admit_verbs, admitted_age_units)."""
    if c.hit.unit not in _marks_words("admitted_age_units"):
        return False
    return _named_before(p, c, _admit_verbs())


def _after_age_cutoff(s: str, start: int, end: int) -> int:
    """Where an age's evidence starts: after the last cut-off date in ``s[start:end]`` it is reached by
    ("招收2025年8月31日前（含8月31日）年满6周岁" → 年满6周岁; marks.age_cutoff_date)."""
    last = None
    for last in _marks_re("age_cutoff_date").finditer(s, start, end):
        pass
    return last.end() if last is not None else start


def _stated_service_span(p: _Site, c: _Cand) -> bool:
    """"新入职3年以内": a span of service stated as such names nobody from the context; the group it defines
    right after it and 的 is its actor all the same (_group_of_service_span)."""
    return _service_span(p.s, c.c_start, c.hit.start) is not None


@lru_cache(maxsize=1)
def _lesson_length_re() -> re.Pattern[str]:
    """The lesson word of marks.lesson_length, then only a hedge and a comparator."""
    m = load("quotas")["marks"]["lesson_length"]
    return re.compile(f"({alternation(m['words'])})(?:{alternation(m['hedges'])})?(?:{alternation(m['comparators'])})?")


def _activity_of_numeral(x: _Span) -> str | None:
    """The words around the numeral (_activity_around); words that only name a stage, grade or
    subject group take what the quota just before counts after them ("初中不少于40册" after
    "生均藏书小学不少于30册" → 生均藏书初中: scope_activity, qact8)."""
    words = x.around
    if not words or _marks_re("activity_per_unit_only").fullmatch(words):
        return None  # "每处不少于2块": the unit it holds per names nothing counted
    scope, head, tail = _scope_marks()
    if not scope.match(words):
        return words
    p = x.site
    if any(w in p.s[p.bounds[x.f.clause][0]: x.f.hit.start] for w in p.lex.breakdown_words):
        return words  # "其中小学12所": a part of the whole, not the thing counted again
    base = _activity_of_previous(x) or _activity_of_introduction(x) or _activity_of_label(x)
    if not base:
        # "学生每天课外劳动时间，小学一、二年级不少于10分钟" → 课外劳动时间: the first group after a
        # clause naming a measure counts that measure, as a group heading its clause does (quotas28)
        topic = _topic_measure(x)
        if topic:
            return topic
    if base:
        base = tail.sub("", head.sub("", base))
        if len(base) >= 2 and not scope.match(base):
            if _stage_marks()[1].match(words):
                return base  # "初中不少于35册" after "生均藏书量小学不少于25册" → 生均藏书量 (stage_tail)
            return words + base if _scope_first_re().match(words) else base + words
    return words


@lru_cache(maxsize=1)
def _scope_first_re() -> re.Pattern[str]:
    """scope_activity_first: groups of pupils written before what is counted (初中生睡眠时间)."""
    return re.compile(_need(load("quotas")["marks"], "scope_activity_first", "marks"))


@lru_cache(maxsize=1)
def _scope_marks() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """scope_activity, scope_activity_head and scope_activity_tail of quotas.yml marks (qact8)."""
    marks = load("quotas")["marks"]
    return (re.compile(_need(marks, "scope_activity", "marks")), re.compile(_need(marks, "scope_activity_head", "marks")),
            re.compile(_need(marks, "scope_activity_tail", "marks")))


def _activity_of_previous(x: _Span) -> str | None:
    """"…等1500人，五年共15000人": a total of the same thing as the quota just before."""
    if x.prev is not None and x.prev.clause >= x.f.clause - 1:
        prev = x.prev_activity
        if prev and x.f.actor is not None and x.f.actor.start >= 0:
            # "物理、化学学科不少于8次，其余学科不少于5次": the group of the quota before (kept after
            # what it counts by _activity_of_numeral) is not this group's activity
            scope, head, tail = _scope_marks()
            if scope.match(x.f.actor.text):
                base = tail.sub("", head.sub("", prev))
                if len(base) >= 2 and not scope.match(base):
                    return base
        return prev
    return None


def _activity_of_introduction(x: _Span) -> str | None:
    """"每学期听课节数要求：校级领导不少于20节；…" → 听课: what the introduction of the items counts."""
    p = x.site
    j = p.intro_clause(x.f.clause)
    intro = p.s[p.bounds[j][0]: p.bounds[j][1]] if j is not None else p.intro
    found = _intro_activity(intro, p.lex)
    if found is None and j is not None and j == x.f.clause - 1:
        # "校长：不少于20节" after "…听课须达到以下节数（以每学期计）：": the line's own label names
        # who; what is counted comes from the list's introduction
        found = _intro_activity(p.intro, p.lex)
    return found


def _activity_of_carrier(x: _Span) -> str | None:
    """The words a carrier verb ends when it carries nothing on (_carried_words)."""
    return x.carried or None


def _activity_of_copies(x: _Span) -> str | None:
    """"各学校制订本校课后服务方案，一式两份报县教育局备案" → 本校课后服务方案: copies (一式N份)
    opening their clause are of the document the clause before hands in or signs (marks.copy_object)."""
    p, f = x.site, x.f
    a, _ = p.bounds[f.clause]
    lead = p.s[a: f.hit.start].strip(" \u3000（(")
    copy_word = _ends_with_any(lead, _recall_marks().copy_words)
    if copy_word and lead != copy_word:
        # "请各校将自查报告（一式两份）报送…": what 将 takes right before its copies, in the same clause
        m = _marks_re("copy_object_inline").search(lead[: -len(copy_word)].rstrip(" \u3000（("))
        return m.group("taken").strip() if m else None
    if f.clause == 0 or lead not in _recall_marks().copy_words:
        return None
    pa, pb = p.bounds[f.clause - 1]
    m = _copy_object_re().search(p.s[pa: pb].rstrip(" \u3000，,"))
    if m is None:
        return None
    return (m.group("taken") or m.group("object") or m.group("subject")).strip() or None


@lru_cache(maxsize=1)
def _copy_object_re() -> re.Pattern[str]:
    """copy_object of quotas.yml marks: the document a clause before 一式N份 hands in or signs."""
    return re.compile(_need(load("quotas")["marks"], "copy_object", "marks"))


def _activity_of_verb_object(x: _Span) -> str | None:
    """"坚持撰写教学反思，每月不少于2篇" → 教学反思, "每周5天都要开展课后服务" → 课后服务:
    a bare amount counts the object of the verb right after it in its clause, else
    of the last such verb of the clause before (object_verbs, carrier_verbs)."""
    p, f = x.site, x.f
    c_end = p.bounds[f.clause][1]
    tail = _object_after_verb(p.s[f.hit.end: c_end], p.lex, first=True)
    if tail or f.clause == 0:
        return tail
    a, b = p.bounds[f.clause - 1]
    return _object_after_verb(p.s[a:b], p.lex, first=False)


def _activity_of_budgeted_fund(x: _Span) -> str | None:
    """"各校要将心理健康教育经费纳入年度预算，生均每年不低于10元" → 心理健康教育经费: a sum of money naming
    nothing, right after a clause that puts a fund into the budget, is that fund (marks.budgeted_fund)."""
    p, f = x.site, x.f
    if f.hit.unit not in p.lex.money_units or f.clause == 0:
        return None
    a, b = p.bounds[f.clause - 1]
    m = _marks_re("budgeted_fund").search(p.s, a, b)
    return m.group("fund") if m is not None else None


def _activity_of_lesson_hours(x: _Span) -> str | None:
    """"严格落实体育课时，小学一至二年级每周4课时" → 体育课: bare lesson hours right after a clause that only
    upholds a subject's hours (marks.lesson_hours_topic) count that subject's lessons."""
    p, f = x.site, x.f
    if x.around or f.clause == 0:
        return None
    a, b = p.bounds[f.clause - 1]
    head = p.lex.marker_re.match(p.s, a).end()
    m = _marks_re("lesson_hours_topic").match(p.s[head:b].rstrip("，,；;"))
    return m.group("lesson") if m else None


_CJK_AT = re.compile(r"[\u4e00-\u9fff]")  # a word right after the amount, in its clause


def _activity_of_application_count(x: _Span) -> str | None:
    """"中心学校本部申报不少于3项" → 申报: a count of 项 with nothing but who applies and 申报 before its bound
    counts the applications, not the unit applying (marks.application_count)."""
    p, f = x.site, x.f
    m = load("quotas")["marks"]["application_count"]
    if f.hit.unit not in m["units"]:
        return None
    a, b = p.bounds[f.clause]
    if _CJK_AT.match(p.s, f.cmp_end, b):
        return None  # "至少申报1项校级小课题": what is applied for follows the amount
    head = p.s[p.lex.marker_re.match(p.s, a).end(): f.hit.start]
    return m["activity"] if _marks_re_at("application_count", "lead").search(head) else None


def _activity_of_stage_course_hours(x: _Span) -> str | None:
    """"将心理健康教育纳入课程体系，小学每两周不少于1课时，初中每周1课时" → 心理健康教育课: lesson hours of
    a school stage, with nothing but the stage before the period, count the lessons of the course named last
    before them in the provision, else in the heading line just before it (marks.stage_course_hours)."""
    p, f = x.site, x.f
    m = load("quotas")["marks"]["stage_course_hours"]
    if f.hit.unit not in m["units"]:
        return None
    a, b = p.bounds[f.clause]
    lead = p.lex.marker_re.match(p.s, a).end()
    if _marks_re_at("stage_course_hours", "lead").fullmatch(p.s, lead, f.hit.start) is None:
        return None
    if _CJK_AT.match(p.s, f.cmp_end, b):
        return None  # "小学一至二年级每周4课时体育与健康课": the clause names its own course after the amount
    course = _marks_re_at("stage_course_hours", "course")
    found = list(course.finditer(p.s, 0, a))
    if not found and p.ctx.provisions and (idx := _prov_index(p.prov, p.ctx)):
        t = p.ctx.provisions[idx - 1].text.strip()
        marker = p.lex.item_re.match(t)
        if marker is not None and not _HAS_NUMERAL.search(t, marker.end()):
            found = list(course.finditer(t, marker.end()))  # "一、开齐开好心理健康教育课程⏎小学每两周…"
    return found[-1].group("subject") + (found[-1].group("kind") or "") + "课" if found else None


def _activity_of_heading(x: _Span) -> str | None:
    """"（二）开齐开足体育课。小学一至二年级每周4课时" → 体育课: an amount opening its
    provision counts the object of a numbered heading sentence just before it (qact7).
    A heading line without a full stop counts only when its object is a course (…课, …课程):
    "一、开齐开足体育课⏎（一）小学一、二年级每周4课时" → 体育课 (r60a)."""
    p, f = x.site, x.f
    if f.clause != 0 or not p.ctx.provisions:
        return None
    idx = _prov_index(p.prov, p.ctx)
    if not idx:
        return None
    t = p.ctx.provisions[idx - 1].text.strip()
    marker = p.lex.item_re.match(t)
    if marker is None or _HAS_NUMERAL.search(t[marker.end():]):
        return None
    if t.endswith("。"):
        return _object_after_verb(t[marker.end(): -1], p.lex, first=True)
    line = t[marker.end():]
    if not re.fullmatch(r"[\u4e00-\u9fff]+", line):
        return None
    course = _object_after_verb(line, p.lex, first=True)
    return course if course and course.endswith(("课", "课程")) and len(course) > 2 else None


@lru_cache(maxsize=1)
def _item_label_re() -> re.Pattern[str]:
    """A run-in label of 2–10 characters before a colon whose last word is an activity (label_activity_ends)."""
    ends = alternation(load("quotas")["marks"]["label_activity_ends"])
    return re.compile(rf"([\u4e00-\u9fff、]{{0,8}}(?:{ends}))[：:]")


def _activity_of_label(x: _Span) -> str | None:
    """"（三）校本研修：由任职学校组织，全年不少于100学时" → 校本研修: an item whose run-in
    label names an activity counts it when its clauses name none (qact7)."""
    p = x.site
    if not p.lex.item_re.match(p.s):
        return None
    m = _item_label_re().match(p.s, p.head)
    if m is None or m.end() > x.f.hit.start or m.group(1) in p.lex.occasion_span_words_t:
        return None  # "（一）时间：…" is a schedule, not an activity (qact8)
    return m.group(1)


def _activity_of_heading_label(x: _Span) -> str | None:
    """"（一）集中研修。于8月19日至23日举行，共5天，计40学时" → 集中研修: a numbered heading
    sentence that is only a label naming an activity (label_activity_ends), as a run-in label
    before a colon is, counts the amounts of the provision right after it that name none."""
    p = x.site
    idx = _prov_index(p.prov, p.ctx) if p.ctx.provisions else None
    if not idx:
        return None
    t = p.ctx.provisions[idx - 1].text.strip()
    marker = p.lex.item_re.match(t)
    if marker is None or not t.endswith("。"):
        return None
    label = t[marker.end(): -1]
    m = _item_label_re().match(label + "：")
    if m is None or m.end() != len(label) + 1 or label in p.lex.occasion_span_words_t:
        return None
    return label


def _activity_of_scheduled_service(x: _Span) -> str | None:
    """"课后服务实行“5+2”模式，即每周5天，每天不少于2小时" → 课后服务: days or hours that name nothing
    else schedule the school-day service the sentence named before them (marks.scheduled_services)."""
    words, units = _scheduled_service_marks()
    if x.f.hit.unit not in units:
        return None
    s, end = x.site.s, x.f.hit.start
    found = [(k, w) for w in words if (k := s.rfind(w, 0, end)) >= 0]
    return max(found)[1] if found else None


@lru_cache(maxsize=1)
def _scheduled_service_marks() -> tuple[tuple[str, ...], frozenset[str]]:
    """scheduled_services of quotas.yml marks: (the service words, the units of a schedule)."""
    m = _need(load("quotas")["marks"], "scheduled_services", "marks")
    return tuple(m["words"]), frozenset(m["units"])


def _without_unit_scope(activity: str | None) -> str | None:
    """"每个托管班学生" → 托管班学生, "每所学校抽样人数" → 抽样人数: a per-unit scope opening the activity
    says where the amount holds, not what is counted (marks.activity_unit_scope), and so does a whole
    area's kind of school ("全县学校食堂…覆盖率", marks.activity_area_scope); "每生" stays."""
    if not activity:
        return None
    for scope in _unit_scope_re():
        m = scope.match(activity)
        if m is not None and len(activity) - m.end() >= 2:
            activity = activity[m.end():]
    tail = _per_head_tail_re().search(activity)
    activity = activity[: tail.start()] if tail is not None and tail.start() >= 2 else activity
    return _share_part(activity)


def _without_broken_ends(activity: str | None) -> str | None:
    """"其谈心" → 谈心, "原件及复印件各" → 原件及复印件: an object pronoun opening the activity
    (marks.activity_object_pronoun), a distributive 各 closing it (marks.activity_distributive_end) and the
    schools an organ checks one by one ("各校作业管理情况抽查" → 作业管理情况抽查, marks.activity_inspected_target)
    the verb of a front-line tenure ("从事一线教学工作" → 一线教学工作, marks.activity_tenure_verb) and the 所占
    of a weight naming nothing before it ("所占分值" → 分值, marks.activity_share_verb), as is a 每项 inside it
    ("课题每项资助经费" → 课题资助经费, marks.activity_inner_distributive) and the full- or part-time of the staff
    ("专职或兼职心理健康教育教师" → 心理健康教育教师, marks.activity_staff_tenure), and the 标准 closing a subsidy
    ("补助标准" → 补助, marks.activity_pay_standard), as is the verb allotting a fund ("安排工作经费" → 工作经费,
    marks.activity_allot_verb), as is 为期 with the verb before it ("开展为期入学适应教育" → 入学适应教育,
    marks.activity_span_word), and the current period opening it ("年内推出典型案例" → 推出典型案例,
    marks.activity_time_lead), the 进城务工人员 before 随迁子女 (marks.activity_migrant_parents) and a 比例 left
    opening it by the rate before ("比例抽取学校" → 抽取学校, marks.activity_rate_lead)
    are what the span was cut from, not what is counted; two characters at least stay."""
    if not activity:
        return activity
    for key in ("activity_object_pronoun", "activity_distributive_end", "activity_inspected_target",
                "activity_tenure_verb", "activity_share_verb", "activity_inner_distributive", "activity_staff_tenure",
                "activity_pay_standard", "activity_allot_verb", "activity_span_word",
                "activity_time_lead", "activity_migrant_parents", "activity_rate_lead"):
        m = _marks_re(key).search(activity)
        if m is not None and len(activity) - (m.end() - m.start()) >= 2:
            activity = activity[: m.start()] + activity[m.end():]
    return activity


def _with_paired_quotes(activity: str | None) -> str | None:
    """"阅读之星”教师" → “阅读之星”教师, "评选“书香校园" → 评选“书香校园”: a quotation mark whose partner the
    span cut off gets it back at that end, as the gold writes titles in pairs (评选“书香班级”)."""
    if not activity:
        return activity
    depth, unopened = 0, 0
    for ch in activity:
        if ch == "“":
            depth += 1
        elif ch == "”":
            if depth:
                depth -= 1
            else:
                unopened += 1
    return "“" * unopened + activity + "”" * depth


def _occasion_length(s: str, ev_start: int, hit: _Hit, activity: str | None) -> str | None:
    """"每周开展一次集体备课，每次不少于90分钟" → 集体备课时长: a bare per-occasion amount of time measures how
    long the act named before lasts (marks.occasion_length_bare, occasion_length_units)."""
    if not activity or hit.unit not in _marks_words("occasion_length_units") \
            or activity.endswith(_marks_words("occasion_length_keep_ends")):
        return activity
    return activity + "时长" if _marks_re("occasion_length_bare").match(s[ev_start: hit.start]) else activity


def _act_before_object(s: str, c_start: int, c_end: int, activity: str | None) -> str | None:
    """"每月对辖区学校食堂检查不少于1次": 辖区学校食堂检查 → 检查辖区学校食堂. An inspection done to the
    object of 对 and said object first is named act first, as the gold reads it (marks.inspection_object_act);
    only where the clause has 对 before the object and the verb right after it ("食堂检查记录" stays)."""
    if not activity:
        return activity
    m = _marks_re("inspection_object_act").match(activity)
    if m is None:
        return activity
    # only words naming whose objects they are may stand between 对 and the object (辖区, 各校的): no light
    # verb, no count ("对辖区学校开展1次课后服务督查" names the work, not the schools)
    clause, said = s[c_start:c_end], m["object"]
    k = clause.find(said)
    while k >= 0:
        end = k + len(said)
        acted = clause.startswith(m["act"], end) or clause.startswith(m["act"], _OBJECT_ACT_ADVERB.match(clause, end).end())
        if acted and _TO_OBJECT_LEAD.search(clause, max(0, k - 9), k):
            return m["act"] + m["object"]
        k = clause.find(said, k + 1)
    return activity


# 对 and the words naming whose objects they are, right before the object (_act_before_object)
_TO_OBJECT_LEAD = re.compile(r"对(?:(?!开展|进行|组织|实施|安排|至少|按|每)[\u4e00-\u9fff（）()、]){0,8}$")
_OBJECT_ACT_ADVERB = re.compile(r"(?:至少|全面|随机)?")


def _named_activity(activity: str | None) -> str | None:
    """"校领导与学生共同用餐" → 陪餐: an activity ending in a phrase that has a short name of its own is
    that name (marks.activity_names)."""
    if not activity:
        return activity
    for phrase, name in _activity_names().items():
        if activity.endswith(phrase):
            return name
    return activity


@lru_cache(maxsize=1)
def _activity_names() -> dict[str, str]:
    """activity_names of quotas.yml marks: 学生共同用餐 → 陪餐."""
    return dict(_need(load("quotas")["marks"], "activity_names", "marks"))


def _without_share_count(activity: str) -> str:
    """"交流轮岗教师人数" (不低于…总数的10%) → 交流轮岗教师: the head count a share is of names the people
    counted (marks.activity_share_count); two characters at least stay."""
    m = _share_count_re().match(activity)
    if m is None:
        return activity
    people = m.group("head") + (m.group("noun") or "")
    return people if len(people) >= 2 else activity


@lru_cache(maxsize=1)
def _share_count_re() -> re.Pattern[str]:
    """activity_share_count of quotas.yml marks: 人数 closing the activity of a share (交流轮岗的教师人数)."""
    return re.compile(_need(load("quotas")["marks"], "activity_share_count", "marks"))


def _share_part(activity: str) -> str:
    """"校外人员占课后服务人员总数比例" → 校外人员: of a share a part takes of a whole, the part is what is
    counted (marks.activity_share_part); a share naming no part ("占教学常规考核分值") keeps its whole."""
    m = _share_part_re().match(activity)
    return m.group("part") if m is not None else activity


@lru_cache(maxsize=1)
def _share_part_re() -> re.Pattern[str]:
    """activity_share_part of quotas.yml marks: the part before 占 of a share."""
    return re.compile(_need(load("quotas")["marks"], "activity_share_part", "marks"))


@lru_cache(maxsize=1)
def _per_head_tail_re() -> re.Pattern[str]:
    """activity_per_head_tail of quotas.yml marks: 每生 closing an activity (托管服务每生)."""
    return re.compile(_need(load("quotas")["marks"], "activity_per_head_tail", "marks"))


@lru_cache(maxsize=1)
def _unit_scope_re() -> tuple[re.Pattern[str], ...]:
    """activity_area_scope (全县学校…) and activity_unit_scope (每所学校…) of quotas.yml marks, in that order."""
    marks = load("quotas")["marks"]
    return re.compile(_need(marks, "activity_area_scope", "marks")), re.compile(_need(marks, "activity_unit_scope", "marks"))


@lru_cache(maxsize=1)
def _topic_measure_ends() -> tuple[str, ...]:
    return tuple(_need(load("quotas")["marks"], "topic_measure_ends", "marks"))


def _activity_of_topic_clause(x: _Span) -> str | None:
    """"课外校外劳动时间，小学1至2年级每周不少于2小时" → 课外校外劳动时间: a clause just before
    with no amount that only names a measure (topic_measure_ends) is what a count naming
    nothing but its group measures (its words after the actor, period words and last verb)."""
    return None if x.around else _topic_measure(x)


def _topic_measure(x: _Span) -> str | None:
    """The measure the clause just before names, with no amount of its own (_activity_of_topic_clause)."""
    p = x.site
    j = x.f.clause - 1
    if j < 0 or j in p.hit_clauses:
        return None
    a, b = p.bounds[j]
    head = p.lex.marker_re.match(p.s, a).end()
    t = p.s[head:b].rstrip("，,；;")
    if not t.endswith(_topic_measure_ends()):
        return None
    actor = _actor_at_head(p.s, head, head + len(t), p.lex)
    if actor is not None and actor.end > head:
        t = p.s[actor.end: head + len(t)]
    verbs = list(_recall_marks().object_verb_re.finditer(t))
    if verbs:
        t = t[verbs[-1].end():]
    words = _activity_words(t, p.lex)
    return words if words and words not in _topic_measure_ends() else None  # a bare label (时间：共5天) names nothing


def _activity_of_item_topic(x: _Span) -> str | None:
    """"师德师风专题，不少于6学时" → 师德师风专题, "送教活动，每学期不少于3次" → 送教活动: a count
    naming nothing but its period and bound, right after a clause that is nothing but a
    short noun phrase (a list item's topic, no actor, no amount of its own), counts that topic."""
    p, f = x.site, x.f
    j = f.clause - 1
    if x.around or j < 0 or j in p.hit_clauses:
        return None
    a, b = p.bounds[j]
    head = p.lex.marker_re.match(p.s, a).end()
    t = p.s[head:b].rstrip("，,；;：:")
    if f.actor is not None and a <= f.actor.start < b:
        return None  # "其他中层干部，每学期不少于15节": the clause before is whose count it is
    if not 2 <= len(t) <= 16 or not _TOPIC_WORDS.fullmatch(t) or _HAS_NUMERAL.search(t):
        return None
    if any(w in t for w in _marks_words("item_topic_blockers")) or p.s.startswith(
            _marks_words("item_topic_restating"), p.bounds[f.clause][0]):
        return None
    if not _weighs(p.s, p.bounds[f.clause][0]) and _actor_at_head(p.s, head, head + len(t), p.lex) is not None:
        return None  # a weight ("，占15%") weighs the topic a role may qualify, not the role
    words = _strip_function_words(t, p.lex)
    if words != t or words in _topic_measure_ends():
        return None  # a verb or conjunction at either end, or a bare label (时间：共5天): no topic
    return words


def _weighs(s: str, at: int) -> bool:
    """"占15%" → True: a clause opening with item_topic_share_leads weighs the topic before it."""
    return s.startswith(_marks_words("item_topic_share_leads"), at)


def _weighted_topic_start(site: _Site, f: _Found, activity: str | None) -> int | None:
    """"师资队伍建设，占15%" → the start of 师资队伍建设: a weight whose activity is the bare topic
    clause just before it (_activity_of_item_topic) states the two together, as the gold evidence does."""
    j = f.clause - 1
    if not activity or j < 0 or not _weighs(site.s, site.bounds[f.clause][0]):
        return None
    a, b = site.bounds[j]
    head = site.lex.marker_re.match(site.s, a).end()
    return head if site.s[head:b].rstrip("，,；;：:") == activity else None


def _object_after_verb(t: str, lex: _Lexicon, first: bool) -> str | None:
    """The words after the first (or last) object or carrier verb in ``t``, when they are a short noun phrase."""
    at = [(m.start(), m.end()) for m in _recall_marks().object_verb_re.finditer(t)]
    if not at:
        return None
    end = at[0][1] if first else at[-1][1]
    words = _marks_re("object_tenure_lead").sub("", _marks_re("object_count_lead").sub("", t[end:].strip()))
    words = _strip_function_words(words, lex)
    if not 2 <= len(words) <= 16 or _HAS_NUMERAL.search(words) or any(ch in words for ch in "，,；;。：:（）()"):
        return None
    return words


def _activity_of_agent_fund(x: _Span) -> str | None:
    """"岗前培训经费由县财政按每人1500元标准安排" → 岗前培训经费: a sum whose payer follows 由 and sets the standard
    按/按照 opens counts the fund the clause opens with, before 由 (standard_openers in quotas.yml)."""
    p, f = x.site, x.f
    if f.hit.unit not in p.lex.money_units or f.actor is None:
        return None
    a = p.lex.marker_re.match(p.s, p.bounds[f.clause][0]).end()
    if not a < f.actor.start < f.hit.start or not p.s.startswith(_marks_words("standard_openers"), f.actor.end):
        return None
    marker = next((w for w in p.lex.agent_markers if p.s.endswith(w, a, f.actor.start)), None)
    if marker is None:
        return None
    words = _activity_words(p.s[a: f.actor.start - len(marker)], p.lex)
    if not words or not 2 <= len(words) <= 12 or not words.endswith(_marks_words("agent_fund_endings")):
        return None
    return words


def _activity_of_money_standard(x: _Span) -> str | None:
    """"按照生均每年不低于30元的标准安排劳动教育专项经费" → 劳动教育专项经费,
    "按每人次100元的标准发放交通补助" → 交通补助: a sum of money set as a standard
    counts what is paid by it, named after the paying verb; not the words before."""
    p, f = x.site, x.f
    if f.hit.unit not in p.lex.money_units or f.hit.freq_period:
        return None
    c_end = p.bounds[f.clause][1]
    m = _marks_re("money_standard").match(p.s, f.cmp_end, c_end)
    if m is None:
        return None
    words = _strip_function_words(p.s[m.end(): c_end].strip(), p.lex)
    if not 2 <= len(words) <= 16 or _HAS_NUMERAL.search(words) or any(ch in words for ch in "，,；;。：:"):
        return None
    return words


def _ends_with_person(words: str, lex: _Lexicon) -> bool:
    """"副班主任" → True, "文明班级" → False: the words end in a role that is a person (not non_person_roles)."""
    return any(m.end() == len(words) and _role_of(m.group(), lex) not in lex.non_person_roles
               for m in lex.role_re.finditer(words))


def _activity_of_rate_topic(x: _Span) -> str | None:
    """"课后服务补助按每课时60元标准发放" → 课后服务补助, "“阅读之星”按每班2名评选" → 评选阅读之星:
    a rate set with 按 whose clause closes on a verb with no object (marks.rate_topic_close) counts
    the topic before 按, after the actor; a selection verb (marks.rate_topic_selection) stays before it."""
    p, f = x.site, x.f
    a, c_end = p.bounds[f.clause]
    close = _marks_re("rate_topic_close").match(p.s[f.cmp_end: c_end].rstrip("，,。；;）)"))
    if close is None:
        return None
    start = p.lex.marker_re.match(p.s, a).end()
    if f.actor is not None and start <= f.actor.start and f.actor.end <= f.hit.start:
        start = f.actor.end
    cut = _marks_re("rate_topic_cut").search(p.s, start, f.hit.start)
    if cut is None:
        return None
    words = _activity_words(p.s[start: cut.start()], p.lex)
    if not words or not 2 <= len(words) <= 16 or _HAS_NUMERAL.search(words) or any(ch in words for ch in "，,；;。：:"):
        return None
    if p.lex.attributive in words or _ends_with_person(words, p.lex):
        return None  # "副班主任按…发放" is paid to the person; "教师参与课后服务的补助按…" a clause, not a name
    verb = _marks_re("rate_topic_selection").search(close.group(0))
    return verb.group(0) + words if verb else words


def _activity_of_share_base(x: _Span) -> str | None:
    """"各校按不超过专任教师总数5%的比例推荐" → 推荐, "名额按各校在编教师数的5%分配" → 名额分配: a share set
    with 按 of a base and followed by the act it sizes counts that act (after the topic before 按), not the
    base it is taken of (marks.share_base_lead, marks.share_base_act)."""
    p, f = x.site, x.f
    if not (f.hit.share or f.hit.unit in p.lex.share_units):
        return None
    a, c_end = p.bounds[f.clause]
    start = p.lex.marker_re.match(p.s, a).end()
    if f.actor is not None and start <= f.actor.start and f.actor.end <= f.hit.start:
        start = f.actor.end
    lead = _marks_re("share_base_lead").search(p.s, start, f.hit.start)
    if lead is None or p.lex.cmp_before_re.search(lead["base"]):
        return None  # "按不低于10%的比例…": no base to leave out; "按年级随机抽取不少于10%…": 按 is not of the share
    act = _marks_re("share_base_act").match(p.s, f.cmp_end, c_end)
    if act is None:
        return None
    done = _strip_function_words(act.group("act").strip(), p.lex)
    if not done or _HAS_NUMERAL.search(done):
        return None
    topic = _activity_words(p.s[start: lead.start()], p.lex) or ""
    if _HAS_NUMERAL.search(topic) or p.lex.attributive in topic:
        topic = ""
    return topic + done


@lru_cache(maxsize=1)
def _standard_marks() -> tuple[tuple[str, ...], tuple[str, ...]]:
    marks = load("quotas")["marks"]
    return tuple(_need(marks, "per_head_words", "marks")), tuple(_need(marks, "standard_words", "marks"))


def _activity_of_bare_standard(x: _Span) -> str | None:
    """"课后服务收取服务性收费，标准为每生每学期不超过300元" → 服务性收费: a sum whose clause names nothing
    but the standard (standard_words) is the standard of what the clause before pays or charges
    (marks.standard_payment_verb): the words after its last such verb, else those before it
    ("课后服务性收费按学期收取" → 课后服务性收费, cut at marks.standard_payment_cut)."""
    p, f = x.site, x.f
    if f.hit.unit not in p.lex.money_units or f.clause == 0 or not x.around:
        return None
    said = _strip_function_words(_without_unit_scope(x.around) or "", p.lex)
    paid = next((w for w in _marks_words("standard_payment_heads") if said in (w + std for std in _standard_marks()[1])), None)
    if said not in _standard_marks()[1] and paid is None:
        return None  # "标准为每生": the per-head word says whom it is paid for
    a, b = p.bounds[f.clause - 1]
    head = p.lex.marker_re.match(p.s, a).end()
    t = p.s[head:b].rstrip("，,；;")
    verbs = list(_marks_re("standard_payment_verb").finditer(t))
    if not verbs:
        return None
    words = _strip_function_words(t[verbs[-1].end():].strip(), p.lex)
    if paid is not None:  # "享受乡村教师生活补助，每月补助标准…": only what ends in the word it is named by
        return words if words.endswith(paid) and 2 < len(words) <= 16 and not _HAS_NUMERAL.search(words) else None
    if not words:
        before = t[: verbs[-1].start()]
        cut = _marks_re("standard_payment_cut").search(before)
        words = _activity_words(before[: cut.start()] if cut else before, p.lex) or ""
    if not 2 <= len(words) <= 16 or _HAS_NUMERAL.search(words) or any(ch in words for ch in "，,；;。：:"):
        return None
    return words


def _activity_of_standard_clause(x: _Span) -> str | None:
    """"课后服务收费标准按核定标准执行，每生每学期不超过300元" → 课后服务收费标准: a sum per head
    naming nothing but the head is the standard the clause just before names (its words
    up to the first standard word, after the actor), or the fee opening it with no standard
    word ("课后服务费按学期收取" → 课后服务费: marks.fee_topic)."""
    p, f = x.site, x.f
    heads, standards = _standard_marks()
    j = f.clause - 1
    if f.hit.unit not in p.lex.money_units or x.around not in heads or j < 0 or j in p.hit_clauses:
        return None
    a, b = p.bounds[j]
    head = p.lex.marker_re.match(p.s, a).end()
    ends = [k for k in (p.s.find(w, head, b) for w in standards) if k >= 0]
    if not ends:
        fee = _marks_re("fee_topic").match(p.s, head, b)  # "课后服务费按学期收取，…每生…": the fee charged
        words = _activity_words(fee.group("fee"), p.lex) if fee else None
        return words if words and len(words) >= 3 else None
    end = min(ends) + len(next(w for w in standards if p.s.startswith(w, min(ends))))
    actor = _actor_at_head(p.s, head, end, p.lex)
    start = actor.end if actor is not None and head < actor.end <= end else head
    words = _activity_words(p.s[start:end], p.lex)
    return words if words and not _HAS_NUMERAL.search(words) else None


def _activity_of_participants(x: _Span) -> str | None:
    """"参加测评的教职工人数不少于在编教职工的80%" → 参加测评的教职工人数: participants opening their clause
    with 参加 are named as written, 参加 kept (marks.participant_activity), as those with 参与 already are."""
    p = x.site
    a, _ = p.bounds[x.f.clause]
    head = p.lex.marker_re.match(p.s, a).end()
    m = _marks_re("participant_activity").match(p.s, head, x.f.hit.start)
    return m.group(0) if m else None


def _activity_of_span_clause(x: _Span) -> str | None:
    """"初中学校可在工作日晚上开设自习辅导，时长不超过1.5小时" → 自习辅导时长: a clause whose words are
    only a span word (occasion_span_words: 时间, 时长) measures the act the clause just before
    names (with the span word): what follows its first verb of doing (carrier_verbs,
    object_verbs) or its last modal verb (subject_modals), else its words after the actor."""
    p = x.site
    if x.f.clause == 0 or not x.around:
        return None
    span = x.around if x.around in _session_marks()[1] else None
    # (r60a) "新教师须参加岗前培训，培训时间不少于120学时" → 岗前培训时间: a span word after the last word of
    # the act the clause before names measures that act (marks.span_named_acts)
    named = None if span else next((w for w in _marks_words("span_named_acts") for sw in _session_marks()[1]
                                    if x.around == w + sw), None)
    if named is not None:
        span = x.around[len(named):]
    if span is None:
        return None
    a, b = p.bounds[x.f.clause - 1]
    head = p.lex.marker_re.match(p.s, a).end()
    verbs = list(_recall_marks().object_verb_re.finditer(p.s, head, b))
    modals = list(re.finditer(alternation(load("quotas")["marks"]["subject_modals"]), p.s[head:b]))
    if verbs:
        start = verbs[0].end()
    elif modals:
        start = head + modals[-1].end()
    else:
        actor = _actor_at_head(p.s, head, b, p.lex)
        start = actor.end if actor is not None and actor.end > head else head
    # "开展集体备课1次", "开展一次教研活动" → 集体备课, 教研活动: a count is no part of the act
    words = _activity_words(_SPAN_CLAUSE_COUNT.sub("", p.s[start:b]), p.lex)
    if not words and verbs:
        # "课后服务每周开展5天，每天时长…" → 课后服务: the verb counts what the words before it name
        actor = _actor_at_head(p.s, head, verbs[0].start(), p.lex)
        before = p.s[actor.end if actor is not None and actor.end > head else head: verbs[0].start()]
        # "每次入户家访原则上由2名以上教师共同参加" → 入户家访: who does it (由…, a count) is no part of the act
        cut = min([len(before), *(before.find(w) for w in p.lex.agent_markers if w in before),
                   *(m.start() for m in _SPAN_CLAUSE_COUNT.finditer(before))])
        words = _activity_words(before[:cut], p.lex)
    if named is not None:
        return words + span if words and words.endswith(named) and len(words) > len(named) else None
    evening = _evening_act(p.s[head:start], words)
    if evening:
        return evening
    return words + x.around if words else None


def _evening_act(before: str, words: str | None) -> str | None:
    """"初中学校工作日晚上可开设自习，时长不超过1.5小时" → 晚自习: an act the clause before sets in the evening
    (marks.evening_span_acts: 晚上 → 晚, 晚间 → 晚间, before its verb) is named as the evening act, without the
    span word ("…晚间可提供自习服务，时长…" → 晚间自习服务)."""
    m = load("quotas")["marks"].get("evening_span_acts") or {}
    if not words or words not in (m.get("acts") or ()):
        return None
    time = next((t for t in m.get("times") or {} if t in before), None)
    return m["times"][time] + words if time else None


_SPAN_CLAUSE_COUNT = re.compile(
    rf"(?:\d+(?:\.\d+)?|[{CN_DIGITS}]+)(?:个)?(?:小时|分钟|课时|学时|[次个节项名人场轮天周月年])(?:以上|以下)?")


# What makes a quota name no actor, not even from the context (_resolve's ``nobody``), tried in order
# (_any_step: the first true answer decides): after the sampling scope, these; then the size threshold;
# then _NO_ACTOR_STEPS. A new no-actor reading goes into _NO_ACTOR_STEPS, its data in quotas.yml.
_NO_ACTOR_LEAD_STEPS = (
    _breakdown, _composition_share, _class_size,
)

_NO_ACTOR_STEPS = (
    _library_per_pupil, _corner_update, _graded_class_size, _pupil_check, _school_visit_time, _system_course_hours,
    _inclusive_class_cap, _session_interval, _online_lesson_length, _panel_size,
    _group_member_size, _project_head_count, _project_change_bound, _project_tally, _checked_record,
    _checked_reading, _maintained_thing,
    _equipment_provision, _pupil_diet, _held_event, _document_length, _increment_staffing, _allotment_cut,
    _weighted_result, _score_cutoff, _consecutive_failure, _title_experience, _grand_total, _member_origin,
    _joint_act_count, _participant_share, _dormitory_head, _allotted_per_head, _sample_share, _rated_group,
    _pupil_share, _scope_share, _stated_service_span, _scored_item, _admitted_age, _level_target, _partitive_set,
    _condition_in_list, _term_of_counted_terms, _rural_service_condition, _rural_experience_lead,
    _enrolment_plan_lead, _ordinary_day_base, _rate_by_deadline, _own_group_threshold,
    _staged_release,
)

def _activity_of_class_ratio(x: _Span) -> str | None:
    """"每5至6个教学班配备1名体育教师" → 每名体育教师对应教学班: a range of classes that one staff member serves
    (quota.not.before_numeral keeps it) counts the classes per member (marks.class_ratio_*)."""
    p, f = x.site, x.f
    if f.hit.value_max is None or not p.s.endswith("每", 0, f.hit.start):
        return None
    m = _marks_re("class_ratio_range").match(p.s, f.hit.start)
    if m is None:
        return None
    staff = _marks_re("class_ratio_staff").match(p.s, m.end())
    if staff is None:
        return None
    who = staff.group("staff")
    if not who:
        before = list(_marks_re("class_ratio_staff_before").finditer(p.s, 0, f.hit.start))
        who = before[-1].group(0) if before else "教师"
    return f"每名{who}对应{'教学班' if m.group('kind') == '教学班' else '班数'}"


_ACTIVITY_STEPS = (
    _activity_of_class_ratio, _activity_of_participants, _activity_of_copies, _activity_of_measure, _activity_of_cycle_total, _activity_of_class_size, _activity_of_each_group, _activity_of_group_size, _activity_of_frequency, _activity_of_agent_fund, _activity_of_money_standard, _activity_of_rate_topic,
    _activity_of_share_base,
    _activity_of_span_clause,
    _activity_of_standard_clause, _activity_of_bare_standard, _activity_of_lesson_length, _activity_of_stated_span,
    _activity_of_stage_course_hours, _activity_of_application_count, _activity_of_numeral,
    _activity_of_previous, _activity_of_introduction,
    _activity_of_carrier, _activity_of_lesson_hours, _activity_of_verb_object, _activity_of_budgeted_fund, _activity_of_heading, _activity_of_label,
    _activity_of_heading_label, _activity_of_topic_clause, _activity_of_scheduled_service, _activity_of_item_topic,
)


_HAS_NUMERAL = re.compile(rf"[\d{CN_DIGITS}]")
_TOPIC_WORDS = re.compile(r"[\u4e00-\u9fff、]+")
# what a provision needs to hold a candidate: a numeral, or the 半 of quota.half_span
_HAS_AMOUNT = re.compile(rf"[\d{CN_DIGITS}{_HALF}]")


class Excluded(NamedTuple):
    """A candidate an exclusion rule dropped (``trace_quotas``): which rule, and where."""

    rule: str
    evidence: str
    start: int
    end: int


def extract_quotas(text: str, prov: Provision, ctx: Context) -> Iterator[Quota]:
    """Quotas stated in one provision, with offsets into the whole ``text``.

    Example:
        >>> s = "每位教研员联系1到2所学校。"
        >>> q = next(extract_quotas(s, Provision(0, None, s, 0, len(s)), Context()))
        >>> (q.actor, q.activity, q.comparator, q.value, q.value_max, q.unit, q.evidence, q.rule)
        ('每位教研员', '联系学校', 'range', 1.0, 2.0, '所', '每位教研员联系1到2所学校', 'quota.count')
    """
    return _extract(text, prov, ctx, None)


def trace_quotas(text: str, prov: Provision, ctx: Context) -> Iterator[Quota | Excluded]:
    """:func:`extract_quotas`, and an :class:`Excluded` for each candidate an exclusion rule dropped.

    Example:
        >>> s = "荣获第一名，每学期听课20节。"
        >>> [r.rule for r in trace_quotas(s, Provision(0, None, s, 0, len(s)), Context())]
        ['quota.count', 'quota.not.before_numeral']
    """
    drops: list[tuple[str, int, int]] = []
    yield from _extract(text, prov, ctx, drops)
    for rule, a, b in drops:
        yield Excluded(rule, text[prov.start + a: prov.start + b], prov.start + a, prov.start + b)


def _extract(text: str, prov: Provision, ctx: Context, drops: Drops) -> Iterator[Quota]:
    # cheap prefilter: no digit and no Chinese numeral → no quota (every
    # candidate of _find_hits starts with one; see test_prefilter_is_necessary)
    if not _HAS_AMOUNT.search(text, prov.start, prov.end):
        return
    if prov.start < ctx.notice_start:
        return  # a news page's headline or lead paragraph over the notice it quotes
    s = text[prov.start: prov.end]
    lex = _lexicon()
    hits = _find_hits(s, lex, drops)
    if not hits:
        return
    bounds = _clause_bounds(s, lex)
    # heading and list markers are never part of evidence, actor or activity
    lead = _lead_length(s, prov, ctx, lex)
    if lead:
        hits = [h for h in hits if h.start >= lead]
        bounds = [(max(a, lead), b) for a, b in bounds if b > lead]
        if not hits or not bounds:
            return
    site = _Site(s, bounds, hits, lex, prov, ctx)
    found = _join_bound_pairs(s, _resolve(site, drops), lex)

    prev_activity: str | None = None
    meant: dict[int, str] = {}  # where a 每人 stands → whom _subject_before found it means
    for n, f in enumerate(found):
        hit, ci = f.hit, f.clause
        c_start, c_end = bounds[ci]
        prev = _last_counted(found[:n])
        nxt = found[n + 1].hit if n + 1 < len(found) and found[n + 1].clause == ci else None
        # as _resolve found them: the same previous quota, the same clause
        left, unit_end = f.left, f.cmp_end
        right = _right_bound(s, hit, nxt, c_end, lex)

        actor = f.actor
        actor_text = actor.text if actor else None
        if actor_text in lex.pronouns and actor is not None and actor.start in meant:
            actor_text = meant[actor.start]  # the 每人 of a clause before, already resolved
        elif actor_text in lex.pronouns and not (actor is not None and _per_head_cap(s, actor)):
            actor_text = (_label_actor(s, bounds, ci, lex) or _antecedent(s, c_start, lex)
                          or _subject_before(s, bounds, ci, prev, lex) or _obliged_subject(s, bounds, ci, lex)
                          or (_subject_before_semicolon(site, actor) if actor is not None else None)
                          or actor_text)
            if actor is not None and actor_text not in lex.pronouns:
                meant[actor.start] = actor_text
        if actor_text is None and not f.nobody and not f.rate:
            actor_text = _first(_SENTENCE_ACTOR_STEPS if f.sentence_only else _CONTEXT_ACTOR_STEPS, site)

        carried = ""
        if hit.freq_period:
            around, ev_start, ev_end = "", hit.start, hit.end
        else:
            pre_start = left
            band = actor is not None and any(w in s[pre_start: actor.start] for w in load("quotas")["marks"]["band_measure_words"])
            if actor and c_start <= actor.start and actor.end <= hit.start and not band:
                pre_start = max(pre_start, actor.end)
                close = _bracket_after_role(s, c_start, actor.end + 1, lex) if actor.end < hit.start else None
                if close is not None and close < hit.start:
                    pre_start = close + 1  # "青年教师（35周岁以下）不少于20节": the qualifier is no activity
            elif actor is not None and ci > 0 and (unit := _actor_at_head(s, c_start, hit.start, lex)) is not None \
                    and unit.text.startswith(tuple(lex.every)) and _role_of(unit.text, lex) in lex.non_person_roles:
                pre_start = max(pre_start, unit.end)  # "每个机构检查不少于2次": the unit inspected or paid is no activity
            elif actor is None and (stage_end := _lead_part_end(s, c_start, hit, lex, "system_course_hours", "stage")) is not None:
                pre_start = max(pre_start, stage_end)  # "中小学劳动教育课每周…": the stage is no activity
            elif actor is None and (unit_end_at := _lead_part_end(s, c_start, hit, lex, "inclusive_class_cap", "unit")) is not None:
                pre_start = max(pre_start, unit_end_at)  # "每班随班就读学生…": the class capped is no activity
            elif (unit := _sampled_unit(s, c_start, hit.start, lex)) is not None:
                pre_start = max(pre_start, unit.end)  # "每个设区市抽查学校不少于10所": the unit sampled is no activity
            around, after_end = _activity_around(s, hit, pre_start, unit_end, right, lex)
            if not around:
                carried = _carried_words(s[pre_start: hit.start], lex)
            ev_end = max(unit_end, after_end)
            if f.threshold:  # "学生规模在1000人以上": not 的学校
                ev_end = unit_end - len(lex.attributive) if s.endswith(lex.attributive, hit.end, unit_end) else unit_end
            ev_start = left
            m = lex.evidence_head_re.match(s, ev_start, hit.start)
            if m and not _starts_with_any(s[ev_start:], lex.keep_words):  # 在校学生 keeps its 在
                ev_start = m.end()
            if hit.unit in _marks_words("admitted_age_units"):
                ev_start = _after_age_cutoff(s, ev_start, hit.start)
        activity = _named_activity(_with_paired_quotes(_without_broken_ends(_without_unit_scope(
            _first(_ACTIVITY_STEPS, _Span(site, f, around, carried, prev, prev_activity))))))
        activity = _act_before_object(s, c_start, c_end, activity)
        if (topic_start := _weighted_topic_start(site, f, activity)) is not None:
            ev_start = min(ev_start, topic_start)
        period = f.period
        if activity is None and n == 0 and (same := _quota_before_semicolon(text, site, f)) is not None:
            activity, period = same.activity, same.period if period == "total" else period
        if activity and (hit.share or hit.unit in lex.share_units):
            activity = _without_share_count(activity)
        if activity is None and all(g.threshold for g in found[:n]) and not around and not carried \
                and (same := _quota_of_previous_item(text, site, f)) is not None:
            activity = same.activity
        if activity is None and actor_text:
            activity = _members_counted(actor_text, hit.unit)
        closer = actor or f.closing
        if closer and closer.start >= ev_end and (s[ev_end: closer.start] == lex.attributive
                                                  or (closer.start == ev_end and s.endswith(lex.attributive, 0, ev_end))):
            ev_end = closer.end  # "连续任职满6年的校长、副校长": the group the condition defines closes the evidence
        hit = _in_ten_thousand_chars(s, hit)
        while ev_start < hit.start and s[ev_start] in " \u3000、":
            ev_start += 1
        while ev_end > ev_start and s[ev_end - 1] in " \u3000、，,":
            ev_end -= 1
        if not f.threshold:
            prev_activity = activity
        # after prev_activity: a further quota of the same clause counts the act, not its length
        activity = _occasion_length(s, ev_start, hit, activity)
        # the gap between the cells of a table row set out with spaces is no part of what is counted
        activity = activity.strip(" \u3000\t") or None if activity else activity

        if actor_text is not None and (hit.share or hit.unit in lex.share_units) \
                and _marks_re("stage_of_share").fullmatch(actor_text):
            # "初中三年巩固率保持在98%以上": a rate of the stage, a standard; its words and evidence stay as read
            actor_text = None
        factor = lex.per_year.get(period)
        per_year = None
        if factor is not None and hit.value is not None and not hit.share and hit.unit not in lex.share_units:
            # a range counts at its lower bound, the minimum actually required
            per_year = hit.value * factor
        yield Quota(
            rule=hit.rule,
            actor=actor_text,
            actor_role=_role_of(actor_text, lex) if actor_text else None,
            activity=activity,
            activity_key=_activity_key(activity, hit.unit, lex),
            period=period,
            comparator=f.comparator,
            value=hit.value,
            value_max=hit.value_max,
            unit=hit.unit,
            per_year=per_year,
            evidence=text[prov.start + ev_start: prov.start + ev_end],
            start=prov.start + ev_start,
            end=prov.start + ev_end,
        )


def get_quotas(doc: AnyDoc) -> Iterator[Quota]:
    """Quotas of every provision of a processed ``doc``.

    Example: for "校长每学期至少听课30节。" → one Quota (校长, 听课, semester, >=, 30, 节).
    """
    return per_provision(doc, "quotas", extract_quotas)


def trigger() -> Trigger:
    """What a provision needs to hold a quota (see :mod:`.triggers`): a numeral or 半, as ``_HAS_AMOUNT``."""
    return Trigger(frozenset(CN_DIGITS + _HALF), digit=True)
