"""Candidates: each numeral with its measure word (``_find_hits``), and the exclusions that need no context."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ...lexicons import alternation, load
from ...zh import CLAUSE_BREAK, inside_marks, to_halfwidth, to_number

from .lexicon import (
    ALTERNATIVE, ASPECT_COUNT, BEFORE_CHINESE, BEFORE_NUMERAL, CALENDAR_YEAR, CLASS_LABEL, CLOCK_MINUTE, CLOCK_RATIO,
    COEFFICIENT, COMPLETION_WINDOW, CYCLE, DATE_DAY, DEDUCTION_STEP, DIGIT_CODE, DIMENSION, EXCEED_TRIGGER,
    FIXED_PHRASE, FORMULA, FRACTION, FREQUENCY, FREQUENCY_PREFIX, FROM_VALUE, GRADE_CAP, GRADE_COUNT, GRADE_RANGE, HALF,
    HALF_SPAN, INSIDE_NUMBER, LEAD_TIME, _Lexicon, LISTED_COUNT, MULTIPLE_BASE, _need, ORDINAL_LIST, PAGE_COUNTER,
    PAST_YEAR, PERCENT, PRINT_RUN, PROJECT_AGE, QUOTED, RANGE_UNITS, RATIO, RATIO_BASE, REFERENCE_AMOUNT, _Rules, SCALE,
    SHORTFALL_GROUP, SIZE_THRESHOLD, SLASH_FRACTION, TENTHS, TENURE_EXEMPTION, TERM, UNIT_AGE, UNIT_IN_WORD, YI_LABEL, ZERO,
)
from .clauses import (
    AFTER_EVENT, _after_event, _after_event_marks, _dimension_marks, _exceed_trigger, _framed_by, _from_value_marks,
    _glossed_marks, _listed_count, _listed_count_marks, _ordinal_list_re, _rule_marks, _SHORT_TUPLE, _WORD_INDEX,
    _word_index,
)


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


@lru_cache(maxsize=1)
def _code_before_re() -> re.Pattern[str]:
    """quota.not.inside_number pattern: a Latin code and its hyphen right before an Arabic numeral
    (MHJY-FW-2025-0186), whose numbers belong to the serial, not to a count or a range."""
    return re.compile(_Rules(load("quotas")["rules"]).get(INSIDE_NUMBER, "pattern"))


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
        if m.group("zero") is not None:
            # 安全责任事故为零: nothing of what goes before, in the unit its last word calls for
            before = s[:a].removesuffix("为")
            unit = next((u for w, u in lex.zero_units_after if before.endswith(w)), lex.zero_unit)
            hits.append(_Hit(a, b, b, lex.zero_value, None, unit, False, False, False, rule=ZERO))
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
        if m.group("sden") is not None:
            # 总学时1/5 is a share like 五分之一; 5/4 of a base is no share (quota.slash_fraction)
            den, num = float(m.group("sden")), float(m.group("snum"))
            if num >= den:
                continue
            hits.append(_Hit(a, b, b, _percent(num, den), None, lex.percent_unit, False, True, False, rule=SLASH_FRACTION))
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
        if not chinese and _code_before_re().search(s, max(0, a - 24), a):
            _drop(drops, INSIDE_NUMBER, a, b)
            continue  # "MHJY-FW-2025-0186": the numbers of an OA serial, no range
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
        if unit in _rule_marks(PAGE_COUNTER)[0] and _rule_marks(PAGE_COUNTER)[1].search(s, max(0, a - 32), a):
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
        if _framed_by(COMPLETION_WINDOW, s, a, b, unit):
            _drop(drops, COMPLETION_WINDOW, a, b)
            continue  # 批改反馈在2天以内完成: the days within which a task is done, a deadline
        if _framed_by(ASPECT_COUNT, s, a, b, unit):
            _drop(drops, ASPECT_COUNT, a, b)
            continue  # 围绕A、B、C等8个方面: the aspects a list names, whatever its length
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
        if (not_after and s.startswith(not_after, b) and not lex.cmp_after_re.match(s, b)
                and not lex.not_after_unless_re.match(s, b)):
            _drop(drops, UNIT_IN_WORD, a, b)
            continue  # "所有", "年内" are words; "20所以上" and "3个体育社团" are counts
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
