"""The quota rules' ids and the compiled form of their lexicons (quotas.yml, roles.yml, activities.yml)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ...errors import ConfigError
from ...lexicons import alternation, load
from ...zh import (
    AR_NUMERAL, CJK, CLAUSE_BREAK, CN_DIGITS, CN_NUMERAL, marker_kinds, NUMERAL, ocr_marker_alternation,
    to_halfwidth, word_set,
)
from ..bodies import division_suffix_pattern


# Every language fact of this module is in schema/lexicons/quotas.yml (words,
# patterns, and the rules whose ids the rows keep); the code only compiles them.
# Exclusion ids, named where the code applies them (each is a rule of quotas.yml):
FIXED_PHRASE, FREQUENCY_PREFIX, INSIDE_NUMBER = "quota.not.fixed_phrase", "quota.not.frequency_prefix", "quota.not.inside_number"
BEFORE_NUMERAL, BEFORE_CHINESE, FORMULA = "quota.not.before_numeral", "quota.not.before_chinese", "quota.not.formula"
# Kind rules the code tells apart by the groups of their patterns:
FREQUENCY, PERCENT, FRACTION, RANGE_UNITS = "quota.frequency", "quota.percent", "quota.fraction", "quota.range_units"
SLASH_FRACTION = "quota.slash_fraction"
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
ZERO = "quota.zero"
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
COMPLETION_WINDOW = "quota.not.completion_window"
ASPECT_COUNT = "quota.not.aspect_count"
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
    not_after_unless_re: re.Pattern[str]  # 3个体育社团: what after the unit lifts the longer-word reading
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
    calendar_day_re: re.Pattern[str]
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
    zero_value: float  # 安全事故为零 (quota.zero)
    zero_unit: str
    zero_units_after: tuple[tuple[str, str], ...]  # 发生率为零 → %: the word before (为) 零 and its unit
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
                         *(rf"{re.escape(t)}(?={every_period}|{pat('period_only_occasion')})"
                           for t in sorted(period_only, key=len, reverse=True))])
    # an organ named by the people it serves (省教师培训中心, 省中小学教师发展中心): read before the
    # shorter role its name starts with (省教师), which would leave 培训中心 as a noun; only people name
    # such an organ (a division after its bureau, 市教育局教研室, is read as the division)
    non_person = set(roles.get("non_person_roles") or ())
    people = [t for t in plain if role_of[t] not in non_person]
    # (r97e) and with words of its own name between the people and the ending (省学生体质健康监测中心,
    # 省教师教育中心, 市学生资助和后勤服务中心), which the role branch cut to 省学生; a word of a clause
    # (name_after_role_not: 每, 由, 到 …) ends the name, so "县教师每年到县教师发展中心…" stays the teachers
    name_stop = alternation(orgs.get("name_after_role_not") or ("由",))
    # (r98c) but 和 / 与 (name_joins) stay inside the name unless a level word or a role term follows, which
    # opens a second actor: 市学生资助和后勤服务中心 is one organ, 县教师和县教研室 two
    joins = [j for j in orgs.get("name_joins") or () if j in (orgs.get("name_after_role_not") or ())]
    if joins:
        name_stop = (
            rf"(?:(?!{alternation(joins)})(?:{name_stop})"
            rf"|(?:{alternation(joins)})(?:{alternation(orgs['levels'])}|{alternation(terms)}))"
        )
    org_by_role = (
        rf"(?:{alternation(orgs['levels'])}){pat('org_after_level')}(?:{qualifiers})*(?:{alternation(people)})"
        rf"(?:(?!{name_stop})[{CJK}]){{0,{int(orgs['max_inner'])}}}?(?:{alternation(e for e, _ in org_role)})"
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
        not_after_unless_re=re.compile(rules.get(UNIT_IN_WORD, "unless") or "(?!)"),
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
        activity_stop_re=re.compile(f'{alternation(q["activity_stop"])}|{pat("activity_stop_tail")}'),
        level_open_re=re.compile(rf"(?:{pat('level_open')})$"),
        activity_suffixes=tuple(sorted(q["activity_suffixes"], key=len, reverse=True)),
        # head words, then period words: after "每学年" a verb such as 指导 is the
        # clause's own verb and the role after it its object ("每学年指导青年教师…")
        actor_head_re=re.compile(
            rf"(?:{'|'.join([_adverb_led_head(q), alternation(q['actor_head_words']), *q['actor_head_patterns']])}|[“\"‘\s])*"
            rf"(?:(?:{period_words})(?:{alternation(q['period_point_words'])})?|[“\"‘\s])*"
        ),
        # a date straight before the actor is skipped, head words or not (r89a: "11月中旬学校组织一次…" → 学校)
        calendar_day_re=re.compile(rf"(?:{q['calendar_day_head']})?"),
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
        zero_value=float(rules.get(ZERO, "produces")["value"]),
        zero_unit=str(rules.get(ZERO, "produces")["unit"]),
        zero_units_after=tuple((str(w), str(u)) for w, u in rules.get(ZERO, "produces")["unit_after"].items()),
        ratio_cue_re=re.compile(rf"(?:{alternation(rules.words(CLOCK_RATIO))})[^，,。；;！？\n]{{0,16}}$"),
        ratio_cue_after=re.compile(rf"(?:{alternation(rules.words(CLOCK_RATIO, 'until'))})"
                                   rf"|的[^，,。；;！？\n]{{0,10}}?(?:{alternation(rules.words(CLOCK_RATIO))})"),
    )


def _adverb_led_head(q: dict[str, Any]) -> str:
    """A manner adverb and the verb after it that head a clause before its actor, as a regex:
    "切实保障学生每天…" → 切实保障 (actor_head_adverbs before actor_head_words or adverb_head_verbs)."""
    return rf"(?:{alternation(q['actor_head_adverbs'])})(?:{alternation([*q['actor_head_words'], *q['adverb_head_verbs']])})"
