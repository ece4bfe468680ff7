"""Period steps: the period a quota counts over (每学期, 每年 …), its own or one it inherits."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ...lexicons import alternation, load
from ...zh import PHRASE_BREAKS
from ...types import Context, Provision

from .lexicon import EACH_POINT, _Lexicon, _need
from .clauses import _find_periods, _Period, _starts_with_any
from .candidates import _recall_marks
from .activities import _activity_words, _marks_re, _marks_words
from .actors import _actor_at_head, _BRACKET_AFTER_ACTOR, _Found, _intro_period, _prov_index, _role_of, _Site
from .comparators import _Cand


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


def _term_point_outlasts(p: _Site, c: _Cand, period: str | None) -> str | None:
    """"教导处每周抽查一次备课记录，期末进行一次全面检查" → semester: a clause at a bare 期末 (marks.term_point_bare)
    takes no week, day or month from the clauses before (term_point_finer_periods); the term's end
    comes once a term."""
    if period not in _marks_words("term_point_finer_periods") or c.own \
            or not _marks_re("term_point_bare").search(p.s, c.c_start, c.hit.start):
        return period
    return "semester"


def _period_of_dated_once(p: _Site, c: _Cand) -> str | None:
    """"教务处每月检查一次听课记录，12月底前评选优秀听课笔记10本" → total: a calendar deadline in the clause
    before the numeral (marks.dated_once) says by when a thing is done once; neither the clause before nor
    年度/全年 inside what is reported ("于12月15日前报送年度培训工作总结一份") gives it a period. A period
    word of its own (每年12月底前, 本学期, marks.dated_own_period) still names one. Only a clause with a
    period word answers here; one without has its period inherited (_period_inherited_by_dated_once), so
    that a bare count with no period of its own is still excluded as before ("于4月30日前制定三年规划")."""
    if not c.own or not _marks_re("dated_once").search(p.s, c.c_start, c.hit.start):
        return None
    own = _marks_re("dated_own_period")
    if any(c.c_start <= x.start < c.hit.start and own.match(p.s[x.start: x.end]) for x in p.periods):
        return None
    return "total"


def _period_inherited_by_dated_once(p: _Site, c: _Cand) -> str | None:
    """_period_of_dated_once for a clause with no period word: it takes none from the clause before."""
    return "total" if _marks_re("dated_once").search(p.s, c.c_start, c.hit.start) else None


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
    _period_of_split_cycle, _period_of_term_end_selection, _period_of_dated_once, _period_of_each_occasion,
    _period_in_clause,
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


@lru_cache(maxsize=1)
def _duty_marks() -> tuple[re.Pattern[str], frozenset[str]]:
    marks = load("quotas")["marks"]
    return re.compile(_need(marks, "duty_opener", "marks")), frozenset(_need(marks, "duty_outlasts", "marks"))


def _period_of_mentoring(p: _Site, c: _Cand) -> str | None:
    """"每学期上示范课不少于2节，结对帮扶青年教师1至2名" → total: the colleagues a clause pairs its
    actor with are mentored over the posting, not anew each term (a school-year period still holds);
    "每周任课不少于12节，并承担至少1项教研任务" → total: a duty taken on next to a weekly load lasts the posting."""
    if c.prev is None or not c.adjacent or c.own_actor is not None:
        return None
    lead = p.s[c.c_start: c.hit.start].lstrip()
    opener, units, outlasts = _mentoring_marks()
    if c.prev.period in outlasts and c.hit.unit in units and opener.match(lead):
        return "total"
    duty, duty_outlasts = _duty_marks()
    return "total" if c.prev.period in duty_outlasts and duty.match(lead) else None


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


def _period_of_semicolon_item(p: _Site, c: _Cand) -> str | None:
    """"每位教师每学期听课不少于15节；新教师听课不少于30节" → semester: a sentence after a semicolon
    that opens with another actor and counts in the measure word of the sentence before goes on that
    sentence's list and holds over its period (the last period word before its count in that measure
    word; sentences back to the last sentence end are read while each counts in it).
    """
    a = c.own_actor
    if c.prev is not None or a is None or a.start != p.head or a.end > c.hit.start or c.hit.share:
        return None
    if p.lex.item_re.match(p.s) or _role_of(a.text, p.lex) in _marks_words("parallel_item_not_roles"):
        return None  # a list item is read by _period_of_sibling_item
    if _named_before(p, c, _marks_words("parallel_item_span_words")):
        return None
    if _marks_re("semicolon_item_own_frame").search(p.s, a.end, c.hit.start):
        return None  # "新教师入职第一年须参加不少于120学时的培训": a window of its own, not the list's period
    idx = _prov_index(p.prov, p.ctx) if p.ctx.provisions else None
    if not idx:
        return None
    unit = _count_in_unit_re(c.hit.unit)
    after = p.prov
    for j in range(idx - 1, max(-1, idx - 6), -1):
        before = p.ctx.provisions[j]
        t = before.text.rstrip()
        if not t.endswith(_marks_words("semicolon_item_ends")) or before.section_path != after.section_path \
                or after.start != before.end:
            return None
        counts = list(unit.finditer(t))
        if not counts:
            return None
        periods = [x for x in _find_periods(t, p.lex) if x.end <= counts[-1].start()]
        if periods:
            return periods[-1].period
        after = before
    return None


@lru_cache(maxsize=None)
def _count_in_unit_re(unit: str) -> re.Pattern[str]:
    """A count in the measure word ``unit`` ("20节"), compiled once per measure word."""
    return re.compile(rf"[0-9０-９一二两三四五六七八九十]{re.escape(unit)}")


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
    """"将经费纳入年度预算，按生均不低于10元的标准安排专项经费" → year: money for each pupil, with no period
    written, is the yearly funding standard (per_head_money_periods) where its sentence says the money is
    yearly (marks.per_head_money_year_words); without one ("按生均不低于10元的标准安排专项经费") it is a total."""
    if c.hit.unit not in p.lex.money_units or not any(w in p.s for w in _marks_words("per_head_money_year_words")):
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
    if c.hit.share and (prev.hit.unit in _composition_units() or _plan_year_count(p, prev)):
        return "total"
    return prev.period


def _plan_year_count(p: _Site, prev: _Found) -> bool:
    """"全年培训骨干教师3000人，其中乡村教师占比不低于60%": the year's plan is one target, and the
    make-up of it is a share of that total, not a share per year (a 每年 count keeps its year)."""
    a = p.bounds[prev.clause][0]
    stretch = p.s[a: prev.hit.start]
    return (prev.period == "year" and any(w in stretch for w in _marks_words("plan_year_words"))
            and not any(w in stretch for w in _marks_words("plan_year_not_with")))


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
def _timed_session_units() -> frozenset[str]:
    """Units that measure a timed session's length besides durations (课时: "作业辅导时段不少于1课时")."""
    return frozenset(load("quotas").get("timed_session_units") or ())


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
    if not (timed and (p.lex.unit_kind.get(c.hit.unit) == "time" or c.hit.unit in _timed_session_units())):
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


def _period_of_membership(p: _Site, c: _Cand) -> str | None:
    """"膳食委员会每月召开1次会议，委员中家长代表不少于5人" → 5人 total: how many members or
    representatives a body has (membership_count in quotas.yml, the counted word right before the
    amount) is its make-up, held once, never the period of the meetings or clauses before."""
    if c.hit.unit not in _marks_words("membership_units"):
        return None
    return "total" if _marks_re("membership_count").search(p.s[c.c_start: c.hit.start]) else None


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


def _period_of_named_year(p: _Site, c: _Cand) -> str | None:
    """"每年评选优秀作业设计案例，2025年评选不少于100个" → total: a calendar year named in the quota's own clause
    ahead of the numeral (marks.named_year; not 2025年底/起/8月) sets the amount for that one year, so the clause
    takes no period from the clauses before. A period word of its own (2025年每月…) is read by the own steps first."""
    return "total" if _marks_re("named_year").search(p.s, c.c_start, c.hit.start) else None


_INHERITED_PERIOD_STEPS = (
    _period_of_named_year, _period_of_term_length, _period_of_lead_time, _period_of_assignment, _period_of_lesson_break, _period_of_window, _period_of_procedure, _period_round_the_clock, _period_of_piece, _period_of_stock, _period_of_membership, _period_per_unit, _period_of_session, _period_of_daily_lead, _period_of_occasion_span,
    _period_of_breakdown_head,
    _period_of_breakdown_sentence,
    _period_of_weekend_day, _period_of_holiday, _period_of_onset, _period_of_mentoring, _period_of_running_total, _period_over_span, _period_inherited_by_dated_once, _period_of_previous, _period_of_parallel, _period_of_parallel_bracketed, _period_of_parallel_item,
    _period_of_sibling_item, _period_of_semicolon_item,
    _period_of_head_clause, _period_of_frame, _period_of_lead_clause,
    _period_of_introduction, _period_of_list_intro,
    _period_of_share, _period_of_per_head_money, _period_by_nature,
)


_EACH = "各"


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


def _procedure_duration(p: _Site, c: _Cand) -> bool:
    """Whether the quota is how long a procedure stays open ("评审结果在网站公示7天",
    "公示期为5个工作日") or a record is kept ("台账保存不少于3年", retention_words):
    a property of the procedure or the record, which names no actor."""
    lex, hit = p.lex, c.hit
    if lex.unit_kind.get(hit.unit) != "time" or hit.freq_period:
        return False
    words = (*lex.procedures, *(load("quotas")["marks"].get("retention_words") or ()))
    return any(w in p.s[c.c_start: hit.start] for w in words)


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
