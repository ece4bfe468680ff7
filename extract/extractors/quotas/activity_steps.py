"""Activity steps: the ordered readings of what a quota counts, and the no-actor step lists."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ...lexicons import alternation, load
from ...zh import CLAUSE_BREAK, CN_DIGITS

from .lexicon import EACH_POINT, _HALF, _Lexicon, _need, RATIO
from .clauses import _find_periods, _starts_with_any
from .candidates import _ends_with_any, _Hit, _recall_marks
from .activities import (
    _activity_after, _activity_before, _activity_words, _marks_re, _marks_words, _strip_function_words,
)
from .actors import _actor_at_head, _Found, _HAS_NUMERAL, _intro_activity, _prov_index, _role_of, _Site
from .periods import _session_marks
from .actor_steps import _marks_re_at, _SHARE_RATE_OF, _without_share_base
from .exclusions import _each_points_re, _service_span


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
    size; "由5至7名成员组成的…领导小组" → …领导小组成员, and so do they after a verb forming the group with 的
    alone ("组建不少于10人的骨干团队" → 骨干团队人数; marks.group_size)."""
    pattern, formed_by, units, noun = _group_size_marks()
    if x.f.hit.unit not in units:
        return None
    m = pattern.match(x.site.s, x.f.hit.end)
    if m is None:
        return None
    if m.group("made") is None and formed_by.search(x.site.s, 0, x.f.hit.start) is None:
        return None  # "3人以上的学科单独成组": a condition on who forms a group, not its size
    return m.group("group") + (m.group("members") or noun)


@lru_cache(maxsize=1)
def _group_size_marks() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], str]:
    """group_size of quotas.yml marks: (what follows the measure word, the forming verb a bare 的 needs
    before the numeral, people units, the activity noun)."""
    m = _need(load("quotas")["marks"], "group_size", "marks")
    return re.compile(m["pattern"]), re.compile(m["formed_by"]), frozenset(m["units"]), m["activity"]


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
    if _marks_re("cycle_total").match(x.around):
        return marks["cycle_total_activity"]
    return marks["look_back_total_activity"] if _marks_re("look_back_total").match(x.around) else None


def _activity_of_years_total(x: _Span) -> str | None:
    """"教师五年累计不少于360学时" → 培训: hours over a span of years, with nothing named but the span right
    before the bound (marks.years_total), count the training of the continuing-education cycle, as a cycle
    does (_activity_of_cycle_total); the last step, for clauses no other step names."""
    marks = load("quotas")["marks"]
    if x.f.hit.unit not in marks["cycle_total_units"] or x.around or x.carried:
        return None
    p = x.site
    head = p.s[p.bounds[x.f.clause][0]: x.f.hit.start]
    back = list(p.lex.look_back_re.finditer(head))
    if back and _marks_re("look_back_bound_lead").fullmatch(head, back[-1].end()):
        return marks["look_back_total_activity"]  # "申报人近五年累计不少于360学时": the look-back's reading
    return marks["cycle_total_activity"] if _marks_re("years_total").search(head) else None


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


def _after_age_cutoff(s: str, start: int, end: int) -> int:
    """Where an age's evidence starts: after the last cut-off date in ``s[start:end]`` it is reached by
    ("招收2025年8月31日前（含8月31日）年满6周岁" → 年满6周岁; marks.age_cutoff_date)."""
    last = None
    for last in _marks_re("age_cutoff_date").finditer(s, start, end):
        pass
    return last.end() if last is not None else start


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
    if _marks_re("bare_lesson_verb").match(words):
        return _lesson_kind_before(x) or words
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


def _lesson_kind_before(x: _Span) -> str | None:
    """"每位教师每学期上1节研讨课，青年教师上2节" → 研讨课: a bare 上 before a lesson count teaches the
    kind of lesson the same sentence named last before it (marks.lesson_kind_before)."""
    p = x.site
    end = p.bounds[x.f.clause][0]
    start = max(p.s.rfind(c, 0, end) for c in "。！？!?") + 1
    kinds = [m.group("kind") for m in _marks_re("lesson_kind_before").finditer(p.s, start, end)]
    kinds = [k for k in kinds if len(k) >= 2]
    return kinds[-1] if kinds else None


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
    area's kind of school ("全县学校食堂…覆盖率", marks.activity_area_scope) and a bare 每 + measure word
    ("每间面积" → 面积, marks.activity_each_lead); "每生" stays."""
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
    ("专职或兼职心理健康教育教师" → 心理健康教育教师, marks.activity_staff_tenure), and the 标准 closing a subsidy or a fee
    ("补助标准" → 补助, marks.activity_pay_standard), as is the verb allotting a fund ("安排工作经费" → 工作经费,
    marks.activity_allot_verb), as is 为期 with the verb before it ("开展为期入学适应教育" → 入学适应教育,
    marks.activity_span_word), and the current period opening it ("年内推出典型案例" → 推出典型案例,
    marks.activity_time_lead), the 进城务工人员 before 随迁子女 (marks.activity_migrant_parents) and a 比例 left
    opening it by the rate before ("比例抽取学校" → 抽取学校, marks.activity_rate_lead), an age bracketed inside
    it ("青年教师(35周岁以下)主持的课题" → 青年教师主持的课题, marks.activity_age_bracket) and the organ a report
    or a dispatch goes to ("向区教育局报送工作总结" → 报送工作总结, marks.activity_recipient_lead) and the pass
    condition before a count of top grades ("年度考核均为合格以上优秀" → 年度考核优秀, marks.activity_pass_condition)
    and the year a change is measured against ("近视率较上年下降" → 近视率下降, marks.activity_year_on_year)
    are what the span was cut from, not what is counted; two characters at least stay."""
    if not activity:
        return activity
    for key in ("activity_object_pronoun", "activity_distributive_end", "activity_inspected_target",
                "activity_tenure_verb", "activity_share_verb", "activity_inner_distributive", "activity_staff_tenure",
                "activity_pay_standard", "activity_allot_verb", "activity_span_word",
                "activity_time_lead", "activity_migrant_parents", "activity_rate_lead", "activity_age_bracket",
                "activity_recipient_lead", "activity_pass_condition", "activity_year_on_year"):
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


def _without_writing_verb(hit: _Hit, activity: str | None) -> str | None:
    """"撰写教学反思" → 教学反思 for "每篇不少于500字": a word count measures the piece written, not the act of
    writing it (marks.word_count_units, word_count_verbs); a verb with nothing after it stays."""
    if not activity or hit.unit not in _marks_words("word_count_units"):
        return activity
    for verb in _marks_words("word_count_verbs"):
        if activity.startswith(verb) and len(activity) > len(verb):
            return activity[len(verb):]
    return activity


def _without_linking_de(activity: str | None) -> str | None:
    """"书面作业的比例" → 书面作业比例, "听青年教师的课" → 听青年教师课: the 的 linking two words of what is
    counted is no part of its short form (marks.activity_linking_de); a title in 《》 keeps its words."""
    if not activity or "的" not in activity or "《" in activity:
        return activity
    return _marks_re("activity_linking_de").sub("", activity) or activity


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
    """activity_per_head_tail of quotas.yml marks: 每生 or 每个品种 closing an activity (托管服务每生, 食品留样每个品种)."""
    return re.compile(_need(load("quotas")["marks"], "activity_per_head_tail", "marks"))


@lru_cache(maxsize=1)
def _unit_scope_re() -> tuple[re.Pattern[str], ...]:
    """activity_area_scope (全县学校…), activity_unit_scope (每所学校…) and activity_each_lead (每个…) of quotas.yml
    marks, in that order."""
    marks = load("quotas")["marks"]
    return tuple(re.compile(_need(marks, key, "marks"))
                 for key in ("activity_area_scope", "activity_unit_scope", "activity_each_lead"))


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


def _topic_of_clause_before(x: _Span) -> str | None:
    """"学校体育场地在节假日向学生免费开放，每周不少于2个半天" → 学校体育场地在节假日向学生免费开放: a count that
    names nothing but its bound, when no step read what it counts, counts what the clause right before it in the
    sentence does (gold never leaves a quota's activity empty: 0 of 100681 rows), unless that clause holds an amount
    of its own or is too long to be a label (marks.clause_before_topic_max)."""
    p, f = x.site, x.f
    j = f.clause - 1
    if j < 0:
        return None
    a, b = p.bounds[j]
    head = p.lex.marker_re.match(p.s, a).end()
    t = p.s[head:b].strip("，,；;：: \u3000")
    marks = load("quotas")["marks"]
    if not t or _HAS_NUMERAL.search(t) or len(t) > marks["clause_before_topic_max"]:
        return None
    if f.hit.unit in marks["clause_before_topic_skip_units"]:
        return None  # "学校按学期结算，每生每学期不超过500元": a sum after a clause naming no fee (r60a)
    if f.actor is not None and a <= f.actor.start < b and len(
            _strip_function_words(t.replace(f.actor.text, "", 1).removesuffix("负责"), p.lex)) < 2:
        return None  # "其他学科教师，每学期不少于12节": the clause before is only whose count it is
    if p.s.startswith(_marks_words("item_topic_restating"), p.bounds[f.clause][0]):
        return None  # "…衔接，即每周5天": 即 restates the clause before, which counts nothing
    words = _strip_function_words(t, p.lex)
    if len(words) < 2 or words.endswith(_topic_measure_ends()):
        return None  # "（一）时间：共5天": a bare label names no topic
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


def _activity_of_participant_duty(x: _Span) -> str | None:
    """"参与延时托管的教师原则上每周不超过3次" → 延时托管: participants named by what they take part in, then only
    a period and a bound, are counted in that part (marks.participant_duty)."""
    p = x.site
    a, _ = p.bounds[x.f.clause]
    head = p.lex.marker_re.match(p.s, a).end()
    m = _marks_re("participant_duty").fullmatch(p.s, head, x.f.hit.start)
    return m.group("act") if m else None


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
    _activity_of_class_ratio, _activity_of_participants, _activity_of_participant_duty, _activity_of_copies, _activity_of_measure, _activity_of_cycle_total, _activity_of_class_size, _activity_of_each_group, _activity_of_group_size, _activity_of_frequency, _activity_of_agent_fund, _activity_of_money_standard, _activity_of_rate_topic,
    _activity_of_share_base,
    _activity_of_span_clause,
    _activity_of_standard_clause, _activity_of_bare_standard, _activity_of_lesson_length, _activity_of_stated_span,
    _activity_of_stage_course_hours, _activity_of_application_count, _activity_of_numeral,
    _activity_of_previous, _activity_of_introduction,
    _activity_of_carrier, _activity_of_lesson_hours, _activity_of_verb_object, _activity_of_budgeted_fund, _activity_of_heading, _activity_of_label,
    _activity_of_heading_label, _activity_of_topic_clause, _activity_of_scheduled_service, _activity_of_item_topic,
    _activity_of_years_total,
)


_TOPIC_WORDS = re.compile(r"[\u4e00-\u9fff、]+")
# what a provision needs to hold a candidate: a numeral, or the 半 of quota.half_span
_HAS_AMOUNT = re.compile(rf"[\d{CN_DIGITS}{_HALF}]")
