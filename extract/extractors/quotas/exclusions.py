"""Exclusions in context: numerals that are no quota in their clause, and resolving a candidate."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ...lexicons import alternation, load
from ...zh import NUMERAL

from .lexicon import (
    _any_word_re, BARE_DURATION, CAP_NEGATION, CASE, CLASS_RATIO_STAFF, CONDITION, CONVERSION, DESCRIPTIVE, EACH_POINT,
    ENUMERATION, GROUP_DEFINITION, _Lexicon, _lexicon, LOOSER_CAP, _need, PAST_TOTAL, PAST_YEAR, PER_UNIT,
    RECURRING_CYCLE, REPORT, _Rules, SPAN_WEEKS, STREAK,
)
from .clauses import _rule_marks, _starts_with_any
from .candidates import _drop, Drops, _ends_with_any, _Hit, _recall_marks
from .activities import _activity_words, _marks_re, _marks_words
from .actors import (
    _Actor, _admit_verbs, _fee_per_pupil, _Found, _measured, _per_head_pronouns, _role_of, _SCHOOL, _scope_of_sampling,
    _sets_thing, _Site, _subject_adverb_res,
)
from .comparators import (
    _accept_weak, _Cand, _comparator, _defined_group, _is_weak, _left_bound, _sanction_flip, _sanction_flip_in_clause,
)
from .periods import (
    _EACH, _INHERITED_PERIOD_STEPS, _named_before, _OWN_PERIOD_STEPS, _point_list, _points_re, _procedure_duration,
    _split_cycle, _term_point_outlasts, _whole_period_of,
)
from .actor_steps import (
    _actor_clause_just_before, _actor_earlier_clause, _actor_opening_provision, _allotment_cut, _any_step,
    _assessed_round, _attendance_marks, _care_span, _checked_reading, _checked_record, _clause_actor,
    _consecutive_failure, _corner_update, _document_length, _dormitory_head, _enrolment_window, _equipment_provision,
    _first, _graded_class_size, _grand_total, _group_held_work, _group_member_size, _group_of_service_span,
    _group_project_tally, _group_size_units, _group_span, _held_event, _holiday_homework_amount, _hotline_hours,
    _inclusive_class_cap, _increment_staffing, _inherited_actor, _is_per_area, _joint_act_count,
    _labour_practice_length, _lead_opens, _library_per_pupil, _maintained_thing, _marks_re_at, _member_origin,
    _offence_marks, _online_lesson_length, _OWN_ACTOR_STEPS, _own_group_threshold, _panel_size, _participant_count,
    _participant_share, _people_share, _project_change_bound, _project_head_count, _project_tally, _pupil_check,
    _pupil_diet, _rate_by_deadline, _rated_group, _representative_count, _sample_share, _school_day_slot,
    _school_to_school_exchange, _school_visit_time, _score_change, _score_cutoff, _session_interval, _size_threshold,
    _sports_ground_opening, _staged_release, _stated_span_before, _stage_span, _system_course_hours, _title_experience,
    _title_validity, _total_base_cap, _weighted_result, _without_share_base,
)


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


_EACH_GAP = 6  # 各 + a short verb before the numeral: "各组织一次", "各点名1次"


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
            c.cmp, c.cmp_end = _comparator(s, hit, _after_threshold(found, ci, c.left, hit), lex)
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
        if _appraised_share(p, c) and (c.actor is None or _role_of(c.actor.text, lex) not in lex.non_person_roles):
            c.own_actor = c.actor = None  # "交流教师…考核优秀比例可提高到25%": the appraised set no cap of their own
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
            c.period = _term_point_outlasts(p, c, _clock_span_inherits(p, c, _first(_INHERITED_PERIOD_STEPS, p, c)))
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


def _after_threshold(found: list[_Found], ci: int, left: int, hit: _Hit) -> int:
    """Where a quota's comparator words may start: past a threshold defining the group in its clause, whose
    bound is its own ("任教不满3年的青年教师每周听课2节" → 2, not at most 2; "学生规模超过2000人的学校配备3名" → 3)."""
    last = found[-1] if found else None
    if last is None or not last.threshold or last.clause != ci or not left <= last.hit.end <= hit.start:
        return left
    return last.hit.end


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


def _appraised_share(p: _Site, c: _Cand) -> bool:
    """Whether the quota is the share of an appraisal's top grade ("考核优秀比例可提高到30%", "评为优秀的比例
    不超过30%"; appraised_share in quotas.yml): it caps the appraisal, so neither a person heading its clause
    nor anyone before it is its actor. A body heading it keeps it ("各校优秀等次比例原则上不超过30%").

    Example: "交流教师考核合格的，评为优秀的比例可适当提高，但不超过30%" → True (for the 30%).
    """
    if c.hit.unit != "%":
        return False  # a change in 个百分点 stays the person's (gold 3 of 3 persons: 交流教师…可上浮5个百分点)
    start = min(c.left, c.c_start)
    if c.ci > 0 and _activity_words(p.s[start: c.hit.start], p.lex) is None:
        start = p.bounds[c.ci - 1][0]  # "评为优秀的比例可适当提高，但不超过30%": a bare bound caps the share before it
    return _marks_re("appraised_share").search(p.s, start, c.hit.start) is not None


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
    if _marks_re("span_secured_daily").match(stretch):
        return False  # "各校每周安排1节阅读课，每天保证学生在校阅读时间不少于20分钟": the school secures it
    if c.ci > 0 and _marks_re_at("span_opened_place", "span").match(stretch) \
            and load("quotas")["marks"]["span_opened_place"]["verb"] in s[p.bounds[c.ci - 1][0]: c.c_start]:
        return False  # "心理辅导室每周开放不少于5天，每天开放时间不少于2小时": the place that opens keeps its hours
    return (any(w in stretch for w in lex.occasion_span_words_t) and not _attended_span(p, c, stretch)
            and not _own_act_span(p, c, stretch)
            and not _run_training_span(p, c) and not _opened_session_span(p, c))


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


def _stated_service_span(p: _Site, c: _Cand) -> bool:
    """"新入职3年以内": a span of service stated as such names nobody from the context; the group it defines
    right after it and 的 is its actor all the same (_group_of_service_span)."""
    return _service_span(p.s, c.c_start, c.hit.start) is not None


# What makes a quota name no actor, not even from the context (_resolve's ``nobody``), tried in order
# (_any_step: the first true answer decides): after the sampling scope, these; then the size threshold;
# then _NO_ACTOR_STEPS. A new no-actor reading goes into _NO_ACTOR_STEPS, its data in quotas.yml.
_NO_ACTOR_LEAD_STEPS = (
    _breakdown, _composition_share, _class_size,
)

_NO_ACTOR_STEPS = (
    _library_per_pupil, _corner_update, _graded_class_size, _pupil_check, _school_visit_time, _system_course_hours,
    _inclusive_class_cap, _session_interval, _online_lesson_length, _panel_size,
    _group_member_size, _project_head_count, _project_change_bound, _project_tally, _group_project_tally, _group_held_work,
    _checked_record, _checked_reading, _maintained_thing,
    _equipment_provision, _pupil_diet, _held_event, _assessed_round, _hotline_hours, _enrolment_window, _representative_count, _document_length,
    _increment_staffing, _allotment_cut,
    _weighted_result, _score_cutoff, _consecutive_failure, _title_experience, _title_validity, _grand_total,
    _member_origin,
    _joint_act_count, _participant_count, _participant_share, _people_share, _dormitory_head, _allotted_per_head,
    _sample_share, _rated_group,
    _pupil_share, _scope_share, _stated_service_span, _scored_item, _admitted_age, _level_target, _partitive_set,
    _condition_in_list, _term_of_counted_terms, _rural_service_condition, _rural_experience_lead,
    _enrolment_plan_lead, _ordinary_day_base, _rate_by_deadline, _own_group_threshold,
    _staged_release, _score_change, _sports_ground_opening, _school_to_school_exchange, _total_base_cap,
    _stage_span, _labour_practice_length, _care_span, _holiday_homework_amount,
)
