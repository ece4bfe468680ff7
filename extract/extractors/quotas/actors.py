"""Actors: the role, body or group a quota binds, read from the clause, the sentence or the lead-in."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import NamedTuple

from ...lexicons import alternation, load
from ...zh import CJK, CN_DIGITS
from ...types import Context, Provision

from .lexicon import _any_word_re, _GRADE_LIST, _Lexicon, _LIST_NUMBER, _TRAILING_PAREN
from .clauses import _clause_bounds, _clause_index, _find_periods, _Period, _starts_with_any
from .candidates import _ends_with_any, _Hit
from .activities import _activity_words, _marks_re, _marks_words


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
    from ...region import _names  # the adcode table's names, as the issuer's region is read

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
    pos = lex.calendar_day_re.match(seg, pos).end()  # "11月中旬学校组织…": the date opens the clause before its actor
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
        or _per_meal_canteen(text, after)
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


@lru_cache(maxsize=1)
def _period_only_occasion_re() -> re.Pattern[str]:
    """period_only_occasion of quotas.yml: a per-meal or per-head-count word opening a clause with its bound."""
    return re.compile(load("quotas")["patterns"]["period_only_occasion"])


def _per_meal_canteen(text: str, after: str) -> bool:
    """Whether a term of period_only_terms heads a clause opened by a per-meal or per-head-count word that
    states its own bound: "学校食堂每餐食品留样不少于125克" → 学校食堂 (r90a); the 留样 it sets is the canteen's."""
    return text.endswith(tuple(_period_only_marks()[0])) and _period_only_occasion_re().match(after) is not None


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


def _provision_before(prov: Provision, ctx: Context) -> Provision | None:
    """The provision right before ``prov`` in ``ctx.provisions``, None for the first."""
    idx = _prov_index(prov, ctx)
    return ctx.provisions[idx - 1] if idx else None


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
        owner = _term_owner(t, cut, lex)
        if owner:
            return owner
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


@lru_cache(maxsize=1)
def _intro_term_words() -> tuple[str, ...]:
    """term_sentence and intro_term_words of quotas.yml: the terms an introduction's last clause may open with."""
    marks = load("quotas")["marks"]
    return (*marks["term_sentence"], *marks["intro_term_words"])


def _term_owner(t: str, cut: int, lex: _Lexicon) -> str | None:
    """Whose term an introduction's last clause opens with, when it names no one itself
    ("入选教师培养周期为3年，培养期内须完成以下任务：" → 入选教师): the people heading its first
    clause, as the sentence after a term reads them (term_sentence, intro_term_words in quotas.yml)."""
    body = t[cut + 1:].strip().rstrip("：:")
    if not _starts_with_any(body, _intro_term_words()) or not lex.intro_actor_re.match(body):
        return None
    a = lex.marker_re.match(t).end()
    b = min((k for c in "，," if (k := t.find(c, a)) >= 0), default=cut)
    found = _actor_at_head(t, a, b, lex, allow_head_words=False)
    if found is not None:
        return found.text
    # a party no role term names on its own ("入选教师"): the longest opening words that name people
    return next((t[a:k] for k in range(min(b, a + 12), a + 1, -1)
                 if _subject_words(t[a:k], lex) or lex.role_re.fullmatch(t[a:k])), None)


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
        colon = _colon_at(t)
        if colon > 0 and (who := _intro_actor(t[:colon], lex)):
            return who  # "入选教师在培养周期内完成：每学年…；每学期送教下乡1次": the party the introduction names (r84a)
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


_BRACKET_AFTER_ACTOR = re.compile(r"\s*[（(][^（()）]{1,16}[）)]\s*")


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


@lru_cache(maxsize=1)
def _subject_adverb_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """subject_adverbs and subject_unit_words of quotas.yml, as two regexes."""
    marks = load("quotas")["marks"]
    return _any_word_re(marks.get("subject_adverbs") or ()), _any_word_re(marks.get("subject_unit_words") or ())


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
def _per_head_pronouns() -> frozenset[str]:
    """per_head_pronouns of quotas.yml: 人均 measures per head and names no one."""
    return frozenset(load("quotas")["marks"].get("per_head_pronouns") or ())


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


_HAS_NUMERAL = re.compile(rf"[\d{CN_DIGITS}]")
