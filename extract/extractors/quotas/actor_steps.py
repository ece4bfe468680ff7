"""Actor steps: the ordered readings that name (or refuse) a quota's actor."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ...lexicons import alternation, load
from ...zh import CJK, CLAUSE_BREAK

from .lexicon import _fill, _Lexicon, _lexicon, _need, RATIO, _TRAILING_PAREN
from .clauses import _clause_bounds, _clause_index, _Period, _starts_with_any
from .candidates import _ends_with_any, _Hit, _recall_marks
from .activities import _activity_words, _marks_re, _marks_words
from .actors import (
    _Actor, _actor_at_head, _duty_heading_actor, _each_person_words, _intro_actor, _marker_kind, _prov_index,
    _role_heading_actor, _role_of, _scope_of_sampling, _Site, _size_defined_clause, _size_follows,
    _subject_adverb_res, _subject_words,
)
from .comparators import _Cand, _defined_group, _group_actor
from .periods import _previous_sentence


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


def _actor_retirement_group_in_list(p: _Site, c: _Cand) -> _Actor | None:
    """"距法定退休年龄不足5年的教师、怀孕或哺乳期女教师可不列入交流范围" → 教师: years to retirement
    (retirement_distance) closed by 的, the group right after it and 、 more exempted people
    (retirement_group_joiners in quotas.yml): the count is of that group, whoever an earlier sentence names."""
    s, lex = p.s, p.lex
    if _marks_re("retirement_distance").search(s, c.c_start, c.hit.start) is None:
        return None
    if not s.startswith(lex.attributive, c.hit.end):
        return None
    a = c.hit.end + len(lex.attributive)
    m = lex.role_re.match(s, a, p.bounds[c.ci][1])
    if m is None or not s.startswith(_marks_words("retirement_group_joiners"), m.end()):
        return None
    return _Actor(m.group(0), m.start(), m.end())


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
        unit = _per_unit_subject_re().match(s, a, end)
        if unit is not None and unit.end() < k:
            return None  # "每所学校配备食品安全管理员至少1名": the unit before its verb heads it (_actor_per_unit_subject)
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


def _stage_span(p: _Site, c: _Cand) -> bool:
    """"高中阶段每周2课时", "初中阶段每学年阅读名著不少于2部": a school stage with 阶段 opening the clause is a span
    of schooling, not the schools; the quota names nobody (stage_span_lead in quotas.yml)."""
    lead = p.lex.marker_re.match(p.s, c.c_start).end()
    return _marks_re("stage_span_lead").match(p.s, lead, c.hit.start) is not None


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


def _title_validity(p: _Site, c: _Cand) -> bool:
    """"县级骨干教师认定有效期为3年", "称号有效期3年": how long a conferred title holds is a term of the title; it
    names no actor, neither the holders heading the clause nor anyone before it (title_validity in quotas.yml)."""
    return _lead_opens(p, c, "title_validity")


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


def _group_project_tally(p: _Site, c: _Cand) -> bool:
    """"青年教师专项课题不少于20项", "农村学校课题比例不低于40%": the projects of a group of teachers or schools
    opening the clause, counted or as a share, set the call for projects like _project_tally; the group only
    qualifies them, so no actor, neither the group nor anyone before it (group_project_tally in quotas.yml)."""
    return _lead_opens(p, c, "group_project_tally", shares=True)


def _group_held_work(p: _Site, c: _Cand) -> bool:
    """"青年教师执教的研究课不少于1节", "第三方机构承担的课程占比不超过30%": the work a kind of people or
    institution does opening the clause, counted or as a share, bounds that work; the group only qualifies it, so
    no actor, neither the group nor anyone before it (group_held_work in quotas.yml)."""
    return _lead_opens(p, c, "group_held_work", shares=True)


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


def _assessed_round(p: _Site, c: _Cand) -> bool:
    """"家长满意度调查每学年开展1次", "学生体质健康测试每年1次": a survey, test or appraisal opening its clause
    before the period and its holding is what is held; it names no actor, neither a role it appraises
    (教研员考核每学年进行一次) nor anyone before it (assessed_round in quotas.yml)."""
    return _lead_opens(p, c, "assessed_round")


def _hotline_hours(p: _Site, c: _Cand) -> bool:
    """"咨询电话每天开通时间不少于8小时": the hours of a phone line opening its clause set how long it is open; they
    name no actor, not the body that set the line up before (hotline_hours in quotas.yml)."""
    return _lead_opens(p, c, "hotline_hours")


def _enrolment_window(p: _Site, c: _Cand) -> bool:
    """"网上报名时间不少于5天", "家长报名确认时间不少于3天": how long enrolment stays open, opening its clause, is
    the procedure's window; it names no actor, not the parents nor the body named before (enrolment_window in
    quotas.yml)."""
    return _lead_opens(p, c, "enrolment_window")


def _representative_count(p: _Site, c: _Cand) -> bool:
    """"家长代表不少于委员总数的三分之一", "其中教师代表不少于2人": representatives counted or taken as a share,
    opening their clause, set the make-up of a committee or panel; they name no actor, neither those represented
    nor the body named before (representative_count in quotas.yml)."""
    return _lead_opens(p, c, "representative_count", shares=True)


def _sports_ground_opening(p: _Site, c: _Cand) -> bool:
    """"学校体育场地在节假日向学生开放，每周开放时间不少于8小时": the hours a sports ground is open, in a clause of
    their own after the clause that opens the ground, say how long it is open; they name no actor, not the school
    or organ before (sports_ground_opening in quotas.yml; days open are left to the other steps)."""
    if c.ci == 0 or not _lead_opens(p, c, "sports_ground_opening"):
        return False
    a, b = p.bounds[c.ci - 1]
    before = p.s[a:b]
    return all(_marks_re_at("sports_ground_opening", k).search(before) for k in ("opened", "sports_ground"))


def _care_span(p: _Site, c: _Cand) -> bool:
    """"暑期托管原则上不超过4周", "托管时间不少于3周": how long a holiday care programme runs, opening its clause, sets
    the programme's span; it names no actor, not the school or area setting it up before (care_span in quotas.yml)."""
    return _lead_opens(p, c, "care_span")


def _holiday_homework_amount(p: _Site, c: _Cand) -> bool:
    """"寒暑假作业总量不超过平时2周的作业量": the amount of holiday homework opening its clause bounds the homework,
    no duty of the school or area named before it (holiday_homework_amount in quotas.yml); a grade heading the
    clause ("小学寒假书面作业总时长…") is left to the other steps."""
    lead = p.lex.marker_re.match(p.s, c.c_start).end()
    m = _marks_re_at("holiday_homework_amount", "lead").match(p.s, lead, c.hit.start)
    return m is not None and not CLAUSE_BREAK.search(p.s, m.end(), c.hit.start)


def _labour_practice_length(p: _Site, c: _Cand) -> bool:
    """"各学校每学年组织集中劳动周活动不少于1次，每次不少于5天": a bare per-occasion length right after the clause
    that sets the pupils' labour practice (劳动实践, 劳动周, 集体劳动 …) says how long each run of it lasts, no one's
    duty: no actor, not the school or grade heading the clause before (labour_practice_length in quotas.yml;
    teachers' training on labour teaching, chores at home, 种植园 work and half a day are left to the other steps)."""
    marks = load("quotas")["marks"]["labour_practice_length"]
    if c.ci == 0 or c.hit.unit not in marks["units"]:
        return False
    if _marks_re_at("labour_practice_length", "half_amount").search(p.s, c.hit.start, c.hit.end):
        return False
    lead = p.lex.marker_re.match(p.s, c.c_start).end()
    if not _marks_re("occasion_length_bare").match(p.s[lead:c.hit.start]):
        return False
    a, b = p.bounds[c.ci - 1]
    before = p.s[a:b]
    return (_marks_re_at("labour_practice_length", "practice").search(before) is not None
            and _marks_re_at("labour_practice_length", "not_practice").search(before) is None)


def _school_to_school_exchange(p: _Site, c: _Cand) -> bool:
    """"城区学校到乡村学校交流的教师每年不少于30名": people moving from one kind of school to another, counted or
    bounded as a whole; the school they leave names no actor (school_to_school_exchange in quotas.yml)."""
    return _lead_opens(p, c, "school_to_school_exchange", shares=True)


def _total_base_cap(p: _Site, c: _Cand) -> bool:
    """"…折算听课节数，但不超过总节数的三分之一": a cap on a share of the total opening its clause bounds what the
    clause before counts; it names no actor, nor takes one from before (total_base_cap in quotas.yml)."""
    return _lead_opens(p, c, "total_base_cap", shares=True)


def _participant_share(p: _Site, c: _Cand) -> bool:
    """"参与调查的家长不少于在校生家长的60%": the participants of a survey or an appraisal, as a share of a base
    opening their clause, size the act; they name no actor, nor take one from before (participant_share in
    quotas.yml)."""
    return _share_opened_by(p, c, "participant_share")


def _participant_count(p: _Site, c: _Cand) -> bool:
    """"参会教师5至8人", "参训人数原则上控制在50人以内": the people taking part in an event, counted in 人 or 名
    and opening their clause, size the event; they name no actor, nor take one from before (participant_count in
    quotas.yml; "每次参与教师不少于5人" and counts in 人次 are left to the other steps)."""
    return _lead_opens(p, c, "participant_count")


def _share_opened_by(p: _Site, c: _Cand, key: str) -> bool:
    """Whether ``c`` is a share and the words of its clause before the numeral (after any list marker) are
    wholly the pattern marks.``key`` of quotas.yml."""
    if not (c.hit.share or c.hit.unit in p.lex.share_units):
        return False
    lead = p.lex.marker_re.match(p.s, c.c_start).end()
    return _marks_re(key).fullmatch(p.s, lead, c.hit.start) is not None


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


def _people_share(p: _Site, c: _Cand) -> bool:
    """"农村学校教师不少于成员总数的50%": a kind of people opening its clause as a share of a head-count total
    sets the make-up of a body or a programme; no duty of those people nor of anyone before it (people_share in
    quotas.yml)."""
    return _share_opened_by(p, c, "people_share")


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


def _score_change(p: _Site, c: _Cand) -> bool:
    """"每少1节扣考核分0.5分", "可在职称评聘时加5分": points added to or taken off an appraisal score, opening their
    clause, size a reward or a sanction; they name no actor, neither the organ keeping the score nor whom it falls on
    (score_change in quotas.yml). A person heading the clause ("优秀教研组长在年度考核中可加2分") is left to the
    other steps."""
    return _lead_opens(p, c, "score_change")


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


def _actor_place_list(p: _Site, c: _Cand) -> _Actor | None:
    """Named places listed together, or "the other" places of a kind, opening the quota's clause before 各/每
    ("章贡区、南康区、赣县区每年交流名额各不少于150人", "其余设区市各10至12所"; place_list in quotas.yml)."""
    s = p.s
    a = p.lex.marker_re.match(s, c.c_start).end()
    m = _marks_re("place_list").match(s, a)
    if m is None or c.hit.start < m.end("places"):
        return None
    return _Actor(m.group("places"), m.start("places"), m.end("places"))


_OWN_ACTOR_STEPS = (
    _actor_matching_payer, _actor_span_defined_group, _actor_band_before_bound, _actor_heading_list_item, _actor_size_defined, _actor_agent_in_clause, _actor_project_acting, _actor_named_before_period, _actor_per_person_standard, _actor_heading_clause, _actor_after_inclusion,
    _actor_allocating_body, _actor_defined_after, _actor_retirement_group_in_list, _actor_pronoun_in_clause, _actor_per_unit_subject,
    _actor_per_area_subject, _actor_unit_before_period, _actor_place_row_cell, _actor_place_list,
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


def _actor_body_of_members(p: _Site, c: _Cand) -> _Actor | None:
    """The committee or working group opening the provision before 中 and the members it counts, for a later clause
    naming no one ("家长委员会中教师代表不超过三分之一，每学年至少召开1次全体会议" → 家长委员会; members_body in
    quotas.yml): the members head only their own clause, what follows is the body's. A clause naming the body
    again ("每学期至少召开2次膳食委员会会议") is someone else's doing."""
    if c.ci == 0:
        return None
    m = _marks_re("members_body").match(p.s, p.head, p.bounds[0][1])
    if m is None or p.s.find(m.group("kind"), c.c_start, p.bounds[c.ci][1]) >= 0:
        return None
    return _Actor(m.group("body"), m.start("body"), m.end("body"))


_INHERITED_ACTOR_STEPS = (
    _actor_body_of_members, _actor_staff_set_up, _actor_trainees_of_organ, _actor_school_of_committee_event, _actor_of_previous, _actor_group_set_up, _actor_agent_charged_before,
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


def _head_of_previous_sentence(p: _Site) -> tuple[str, _Actor] | None:
    """The sentence before ``p``'s in its paragraph (_previous_sentence) and the actor heading its first clause, as
    written (_actor_at_head, no head words); None when there is no such sentence or no actor heads it."""
    lex = p.lex
    t = _previous_sentence(p.prov, p.ctx, lex)
    if t is None:
        return None
    bounds = _clause_bounds(t, lex)
    a, b = max(bounds[0][0], lex.marker_re.match(t).end()), bounds[0][1]
    found = _actor_at_head(t, a, b, lex, allow_head_words=False)
    return (t, found) if found else None


def _context_breakdown_sentence(p: _Site) -> str | None:
    """"教师年度培训学时由三部分组成。其中，集中培训不少于24学时": the parts of a
    sentence opening with 其中 are done by the subject of the sentence before
    (_previous_sentence), as they hold over its period (_period_of_breakdown_sentence)."""
    if not _starts_with_any(p.s[p.head:], p.lex.breakdown_sentence_words):
        return None
    found = _head_of_previous_sentence(p)
    return found[1].text if found else None


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
    found = _head_of_previous_sentence(p)
    if found is None or _role_of(found[1].text, lex) in lex.non_person_roles:
        return None
    return found[1].text


def _context_term_sentence(p: _Site) -> str | None:
    """"骨干教师实行任期制，任期3年。任期内每学年承担示范课不少于2节": a sentence opening with a term
    (term_sentence in quotas.yml) and naming no one is about the person heading the sentence before in the
    paragraph (_previous_sentence); an organ or a school there passes nothing on."""
    lex = p.lex
    if not _starts_with_any(p.s[p.head:], tuple(load("quotas")["marks"]["term_sentence"])):
        return None
    if any(h.unit in lex.money_units for h in p.hits):
        return None  # "交流期间每月发放交通补助200元": an allowance paid is no duty of the people (gold null, heldout49, 392)
    found = _head_of_previous_sentence(p)
    if found is None:
        return None
    t, actor = found
    if _role_of(actor.text, lex) in lex.non_person_roles or not actor.text.endswith(_person_terms()) \
            or t.startswith(tuple(load("quotas")["marks"]["term_sentence_not_person_before"]), actor.end):
        return None  # "省教师教育质量监测中心负责…": a centre named after the people it serves is no person
    return actor.text


@lru_cache(maxsize=1)
def _person_terms() -> tuple[str, ...]:
    """The terms of roles.yml whose role is a person's (not non_person_roles): how a person's name ends."""
    roles = load("roles")
    return tuple(t for r, ts in roles["roles"].items() if r not in roles["non_person_roles"] for t in ts)


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
                        _context_object_first_sentence, _context_term_sentence,
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
def _offence_marks() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """quotas.yml offence_words (before the numeral) and offence_endings (at the sentence's end)."""
    q = load("quotas")
    words = alternation(q.get("offence_words") or ["(?!)"])
    ends = alternation(q.get("offence_endings") or ["(?!)"])
    return re.compile(rf"(?<!不)(?:{words})$"), re.compile(rf"(?:{ends})[；;。]?\s*$")


@lru_cache(maxsize=1)
def _attendance_marks() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """span_attend_verbs and span_attended_words of quotas.yml."""
    marks = load("quotas")["marks"]
    return tuple(marks["span_attend_verbs"]), tuple(marks["span_attended_words"])


def _clause_actor(
    s: str, bounds: list[tuple[int, int]], j: int, memo: dict[int, _Actor | None], lex: _Lexicon
) -> _Actor | None:
    """The actor heading clause ``j`` (no head words), found once per provision."""
    if j not in memo:
        a, b = bounds[j]
        memo[j] = _size_defined_clause(s, a, b, lex) or _actor_at_head(s, a, b, lex, allow_head_words=False)
    return memo[j]


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
