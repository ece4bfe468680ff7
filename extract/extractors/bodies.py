"""Responsible bodies: the organs a notice addresses, signs for, or gives a duty.

A body is found where a name ending in an organisation core (教育局, 教研室,
教师进修学校, 人事科 …, see ``schema/lexicons/bodies.yml``) stands in a duty
slot: the subject at the head of a clause (县教研室要…), 由…负责/承担,
在…指导下, 报…审定/备案, 发挥…作用, 以…为主导, or the addressee line
(各县(市、区)教育局:) and the signature. Names are kept verbatim in the
shortest complete form; ``document_body_names`` merges the variants of one
body the way the gold files list them, and ``resolve_bodies`` turns the
mentions into table rows keyed by region.

Example:
    在县教师进修学校、教师股的指导下 → 县教师进修学校 (oversight), 教师股 (oversight)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

from rapidfuzz import fuzz

from ..lexicons import alternation, load
from ..errors import ConfigError
from ..region import full_name_at
from ..zh import CJK, CLAUSE_BREAK, CN_DIGITS, YEAR_DIGIT_CHARS, CLAUSE_BREAKS, clause_marker_re, mask_titles, word_set
from ..types import BodyMention, Context, Provision, Region, ResolvedBody
from .base import AnyDoc, per_provision

_CLAUSE_BREAK = CLAUSE_BREAK
_LAST_BREAK = re.compile(f".*[{CLAUSE_BREAKS}]", re.S)  # up to the last clause break before endpos
# The rules of bodies.yml that read a clause's subject, by the role its predicate gives.
_SUBJECT_RULES = {"responsible": "body.subject", "lead": "body.subject.lead", "cooperating": "body.subject.cooperating"}


@dataclass(frozen=True)
class _Slot:
    """A duty-slot rule of bodies.yml ``rules``: cue words before and after a list of bodies."""

    id: str
    role: str
    before: re.Pattern[str]
    after: re.Pattern[str]
    opens: frozenset[str] | None  # the first characters of the words it ``requires`` (None: any)


@dataclass(frozen=True)
class _Lex:
    org: re.Pattern[str]
    core_kind: dict[str, str]
    division: re.Pattern[str]
    cues: tuple[_Slot, ...]
    generic_school: re.Pattern[str]
    named_school_cores: frozenset[str]
    not_bodies: frozenset[str]
    person_after: re.Pattern[str]
    verb_start: re.Pattern[str]
    not_predicate: re.Pattern[str]
    modal: re.Pattern[str]
    township_admin: frozenset[str]
    township_duty: frozenset[str]  # township schools that are bodies only with a duty (中心小学)
    addressee_only: frozenset[str]  # whole names that are bodies only as addressees (各学区)
    township_prefix: re.Pattern[str]
    category_school: re.Pattern[str]
    division_parents: frozenset[str]
    level_prefixes: tuple[tuple[str, str], ...]
    class_prefix: re.Pattern[str]
    qualifier: re.Pattern[str]
    clipped: dict[str, str]
    data: Any
    core_search: re.Pattern[str]
    level_prefix: re.Pattern[str]  # the level prefixes, longest first
    level_of: dict[str, str]  # a level prefix's level (the first one level_prefixes gives it)
    sep: re.Pattern[str]  # a list separator, the first of list_separators that starts there
    sep_chars: str  # the one-character separators
    rules: dict[str, dict[str, Any]]  # rule id -> its entry (rules and divisions)
    date_line: re.Pattern[str]  # body.issuer: the date line under a signature
    unlisted_name_ends: str
    school_ordinal: re.Pattern[str]
    school_place: re.Pattern[str]
    school_level_named: re.Pattern[str]
    class_marks: tuple[str, ...]
    class_core_ends: tuple[str, ...]
    zone_class_ends: tuple[str, ...]  # class cores that named zones listed before them share unqualified
    level_strip: re.Pattern[str]
    place_suffix: re.Pattern[str]
    suffix_level: dict[str, str]
    inclusion_note: re.Pattern[str]
    division_suffixes: tuple[tuple[str, str], ...]  # (suffix, rule id), longest suffix first
    prefix_word: re.Pattern[str]  # a place word opening with a stop character (经开区)
    cut_verbs: tuple[str, ...]  # a prefix holding one is a clause (学生登录市教育局)
    alternate_tail: re.Pattern[str]  # a bracketed alternative form ending a name (（分局）)
    level_list: re.Pattern[str]  # a unit word or place listed before a name (各县、市、区教育局)
    division_not_after: tuple[str, ...]  # 任教学科: not a division
    class_key_prefix: re.Pattern[str]  # 各 / 所在 …: what two names of one class may differ in at their start
    has_core: re.Pattern[str]  # some core: a place holding one is no unit word (各学区); core_search is the gate


@lru_cache(maxsize=None)
def _re(pattern: str) -> re.Pattern[str]:
    """``re.compile`` with a cache of its own, which other stages' patterns cannot evict from re's."""
    return re.compile(pattern)


def _trie(entries: list[tuple[str, str]]) -> str:
    """A regex matching ``word + tail`` for any (word, tail) of ``entries``, the words merged into a trie.

    Example: ``_trie([("教研室", ""), ("教育局", "")])`` → ``"教(?:研室|育局)"``.

    When every word has the same tail, the tail is written once after the
    trie, ``(?:trie)tail``: the same matches tried in the same order (the
    engine backtracks into the trie as into the alternation of ``word +
    tail``), and a tail holding a character class is compiled once instead
    of once per word (the cores' guard made ``org`` ~0.1 s to compile).
    """
    tails = {tail for _word, tail in entries}
    if len(tails) == 1 and "" not in tails:
        (tail,) = tails
        return f"(?:{_trie([(word, '') for word, _tail in entries])}){tail}"
    root: dict[str, Any] = {}
    for word, tail in entries:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node.setdefault("", set()).add(tail)

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        alts += sorted(node.get("", ()))
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" if alts else "(?!)"

    return emit(root)


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    data = load("bodies")
    core_kind: dict[str, str] = {}
    for kind, words in data["cores"].items():
        for w in words:
            core_kind.setdefault(w, kind)
    rules = {e["id"]: e for e in data["divisions"] + data["rules"]}
    # Guard the short cores against the longer words they start (党组织, 教育部门, 学科).
    # (an ordinal may number the division: 基础教育一处)
    ordinal = f"[{re.escape(data['division_ordinals'])}]?" if data.get("division_ordinals") else ""
    division_suffix = ordinal + "(?:" + "|".join(division_suffix_pattern(e) for e in data["divisions"]) + ")"
    core_guard = f"(?:(?!{alternation(data['core_not_followed_by'])}))"
    # A short core that opens a longer word (二中 in 第二中学) has its own guard too.
    # A guard entry may be a word, not just a character (办公室 + 设在: the office is housed elsewhere).
    word_guards = {w: f"(?!{alternation(chars)})"
                   for w, chars in (data.get("core_word_guards") or {}).items()}
    seps = data["list_separators"]
    sep_chars = "".join(s for s in seps if len(s) == 1)
    stops = "".join(map(re.escape, sep_chars + "".join(data["prefix_stop_chars"])))
    division = f"(?:{alternation(data['division_stems'])})" + division_suffix
    # The cores, then the divisions, each as a trie: at one position only words
    # that are prefixes of one another can match, and the trie tries them longest
    # first like the longest-first alternation, but without testing every core.
    # The guard every core shares is written once after the cores' trie, not once per core: the same
    # matches in the same order (both guards are lookaheads at the word's end, and a failed guard
    # backtracks into the trie as into each word's own copy), and a trie a fifth of the size to compile.
    cores = f"(?:{_trie([(w, word_guards.get(w, '')) for w in core_kind])}){core_guard}"
    core = f"(?:{cores}|{_trie([(w, division_suffix) for w in data['division_stems']])})"
    # A prefix char: anything but separators, punctuation and the function words that
    # introduce a slot (以/为/在/由 …), so 普通高中以大兴安岭实验中学 yields only the school.
    pchar = (r"(?:[(（][^()（）]{1,8}[)）]|" + alternation(data["prefix_words"])
             + r"|[^\s、，,。；;：:《》“”\"()（）<>" + stops + "])")
    alternate = rf"[(（][^()（）]{{0,8}}?(?:{alternation(data['alternate_name_ends'])})[)）]"
    # A unit stationed in an organ from outside names both (县纪委监委驻县教育局纪检监察组).
    # (?:core)+, not core(?:core)*: the same matches in the same order (a core is never empty and
    # captures nothing), with the ~6,000-character core trie written once: ``org`` and the two
    # patterns made from it took ~0.5 s of each build process's CPU to compile.
    stationed = rf"(?:(?:{core})+(?:{alternation(data['stationed_words'])})(?:{pchar}){{0,10}}?)?"
    org = re.compile(rf"(?:{pchar}){{0,10}}?{stationed}(?:{core})+(?:{alternate})?")
    # Where some core starts, as a trie of the cores and division stems: the
    # regex engine then skips to the cores' first characters and follows one
    # branch per character, instead of trying every core at every position.
    # It has a hit wherever ``core`` has one (searched for existence only).
    core_search = re.compile(_trie(
        [(w, core_guard + word_guards.get(w, "")) for w in core_kind]
        + [(w, division_suffix) for w in data["division_stems"]]
    ))
    levels = [(p, lvl) for lvl, ps in data["level_prefixes"].items() for p in ps]
    levels.sort(key=lambda t: len(t[0]), reverse=True)
    return _Lex(
        org=org,
        core_kind=core_kind,
        division=re.compile(division + "$"),
        cues=tuple(_slot(e) for e in data["rules"] if not e.get("pattern", "<ORG>").startswith("<ORG>")),
        generic_school=re.compile(f"(?:{alternation(data['generic_school_words'] + [p for p, _ in levels])})"),
        named_school_cores=word_set("bodies", "named_school_cores"),
        not_bodies=word_set("bodies", "not_bodies"),
        person_after=re.compile(f"(?:{alternation(data['person_after'])})"),
        verb_start=re.compile(f"(?:{alternation(data['verb_starts'])})"),
        not_predicate=re.compile(f"(?:{alternation(data['not_predicate_starts'])})"),
        modal=re.compile(f"(?:{alternation(data['modal_predicates'])})"),
        township_admin=word_set("bodies", "township_admin_cores"),
        township_duty=frozenset(data.get("township_duty_cores") or ()),
        addressee_only=frozenset(data.get("addressee_only_bodies") or ()),
        township_prefix=re.compile(
            f"^(?:{alternation(data['class_prefixes'])})*(?:{alternation(data['township_words'])})"
            f"(?:{data['township_note']})?$"
        ),
        category_school=re.compile(f"(?:{alternation(data['category_school_words'])})$"),
        division_parents=word_set("bodies", "division_parents"),
        level_prefixes=tuple(levels),
        class_prefix=re.compile(f"^(?:{alternation(data['class_prefixes'])})"),
        qualifier=re.compile(f"^(?:{alternation(data['qualifier_words'] + [p for p, _ in levels])})+"),
        clipped=dict(data["clipped"]),
        data=data,
        core_search=core_search,
        level_prefix=re.compile(alternation(p for p, _ in levels)),
        level_of={p: lvl for p, lvl in reversed(levels)},
        sep=re.compile("|".join(map(re.escape, seps))),
        sep_chars=sep_chars,
        rules=rules,
        date_line=re.compile(rules["body.issuer"]["next_line"].replace("{{YEAR_DIGITS}}", YEAR_DIGIT_CHARS)),
        unlisted_name_ends=data["unlisted_name_ends"],
        school_ordinal=re.compile(data["school_ordinal"]),
        school_place=re.compile(data["school_place"]),
        school_level_named=re.compile(data.get("school_level_named", "(?!)")),
        class_marks=tuple(data["class_marks"]),
        class_core_ends=tuple(data["class_core_ends"]),
        zone_class_ends=tuple(data["zone_class_ends"]),
        level_strip=re.compile(f"^(?:{alternation(data['level_strip_words'])})+"),
        place_suffix=re.compile(rf"^[{CJK}]{{1,6}}?({alternation(data['place_suffix_levels'])})"),
        suffix_level=dict(data["place_suffix_levels"]),
        inclusion_note=re.compile(f"[(（](?:{alternation(data['inclusion_words'])})[^()（）]*[)）]"),
        division_suffixes=tuple(sorted(((w, e["id"]) for e in data["divisions"] for w in e["words"]),
                                       key=lambda t: -len(t[0]))),
        prefix_word=re.compile(alternation(data["prefix_words"])),
        cut_verbs=tuple(data["name_cut_verbs"]),
        alternate_tail=re.compile(alternate + "$"),
        level_list=re.compile(
            rf"(?:{alternation(data['class_prefixes'])})?[{CJK}]{{0,10}}?(?:{alternation(data['level_list_words'])})"
            r"(?:[(（][^()（）]{1,6}[)）])?"
        ),
        division_not_after=tuple(data["division_not_after"]),
        has_core=re.compile(core_search.pattern),
        class_key_prefix=re.compile(f"^(?:{alternation(data['class_prefixes'] + data['relative_prefixes'])})"),
    )


# What opens a date or time after 于 (教务处于每学期末, 于3月10日前, 于本周内, 于开学后): 处于 is then no word.
_TIME_AFTER = rf"(?:[每本次当同]|学期|开学|今年|明年|年底|月底|[\d{CN_DIGITS}]{{1,4}}(?:月|日|号|年|周|个|天|[-./]))"


def division_suffix_pattern(entry: dict[str, Any], timed_guard: bool = True) -> str:
    """A division rule's suffixes, each guarded by its ``not_followed_by``: ``科(?![学技研目普室])``.

    A ``time_may_follow`` character (处于) makes a longer word unless a date
    or time follows it: 教务处于每学期末完成初审 names 教务处, 处于起步阶段 does not.
    ``timed_guard=False`` leaves that guard out, for a name already heading a
    quota's clause (教导处于国庆节后组织一次中期检查), where 处于 is no verb.
    """
    guard = "".join(map(re.escape, dict.fromkeys(entry.get("not_followed_by") or ())))
    timed = "".join(map(re.escape, dict.fromkeys(entry.get("time_may_follow") or ()))) if timed_guard else ""
    tail = (f"(?![{guard}])" if guard else "") + (f"(?![{timed}](?!{_TIME_AFTER}))" if timed else "")
    return "|".join(re.escape(w) + tail for w in entry["words"])


def _slot(entry: dict[str, Any]) -> _Slot:
    """A duty-slot rule: its pattern cut at ``<ORG>``, and the opening characters of the words it requires."""
    before, _, after = entry["pattern"].partition("<ORG>")
    opens: set[str] | None = None
    for item in entry.get("requires") or ():
        if not (isinstance(item, dict) and set(item) == {"words"} and item["words"]):
            raise ConfigError(f"bodies.yml: rule {entry['id']}: requires {item!r} should be {{words: [...]}}")
        opens = (opens or set()) | {w[0] for w in item["words"]}
    return _Slot(entry["id"], entry["produces"]["role"], re.compile(before), re.compile(after),
                 frozenset(opens) if opens is not None else None)


class _Name(NamedTuple):
    """A body name found in a scanned string.

    A named tuple, made at C speed: one is made for every candidate name, and a
    frozen dataclass set each field through ``object.__setattr__``.
    """

    name: str
    start: int  # offset of ``name`` in the scanned string
    end: int
    kind: str | None


@lru_cache(maxsize=1)
def _core_lengths() -> tuple[int, ...]:
    """The lengths of the lexicon's cores, longest first (computed once, not per name)."""
    return tuple(sorted({len(c) for c in _lex().core_kind}, reverse=True))


# Names recur across provisions and documents: each is read once.
@lru_cache(maxsize=8192)
def _core_at_end(name: str) -> tuple[str, str | None]:
    """The last organisation core of ``name`` and its kind: 县教研室 → (教研室, research_office)."""
    lex = _lex()
    # The longest core ``name`` ends with: one dict probe per core length, not one endswith per core.
    for n in _core_lengths():
        core = name[-n:]
        if n <= len(name) and core in lex.core_kind:
            # A division stem may be longer than the core list's match (教科研处 vs 处).
            m = lex.division.search(name)
            if m and len(m.group(0)) > len(core):
                return m.group(0), "division"
            return core, lex.core_kind[core]
    m = lex.division.search(name)
    if m:
        return m.group(0), "division"
    return name, None


def _without_alternate(name: str) -> str:
    """``name`` without a bracketed alternative form at its end: 区教育局（分局） → 区教育局."""
    m = _lex().alternate_tail.search(name) if name.endswith((")", "）")) else None
    return name[: m.start()] if m else name


@lru_cache(maxsize=8)
def _any_word(words: tuple[str, ...]) -> re.Pattern[str]:
    """One search for any of ``words`` (keyed by the words, so a reloaded lexicon gets its own):
    ~6x faster than ``any(w in s for w in words)`` on every name the extractor trims."""
    return re.compile(alternation(words) or "(?!)")


def _name_of(match: str, offset: int, region: Region | None = None) -> _Name | None:
    """Trim a matched org string to the body name: divisions lose their parent (我局人事科 → 人事科)."""
    lex = _lex()
    base = _without_alternate(match)
    core, kind = _core_at_end(base)
    head = base[: len(base) - len(core)]
    if head and _any_word(lex.cut_verbs).search(head):
        return None  # 学生登录市教育局(网站): a clause, not a name
    if kind == "division" and head.endswith(lex.division_not_after):
        return None  # 任教学科: 任教 + 学科
    start = 0
    # Offices that sit inside an organ are named without it, like divisions
    # (市教育局教研室 -> 教研室, 县教育局督导室 -> 督导室).
    if kind in ("division", "group", "research_office", "oversight_office"):
        # Drop a parent organ written in front (教育局职成教股, 学校教务处), not a school
        # stage that tells two divisions apart (小学研训部、中学研训部) nor the organ a
        # unit is stationed in (市纪委监委驻市教育局纪检监察组).
        parent = (lex.org.fullmatch(head) or _parent_of_levels(head)) if head and head not in lex.not_bodies else None
        if (parent and not any(w in head for w in lex.data["stationed_words"])) or head in lex.division_parents:
            start = len(head)
            # 进修学校小学研训部: a school stage after the parent tells its divisions apart.
            stage = next((w for w in lex.data["division_stage_words"] if head.endswith(w)), None)
            if stage and (head == stage or lex.org.fullmatch(head[: -len(stage)]) or
                          head[: -len(stage)] in lex.division_parents):
                start = len(head) - len(stage)
    name = match[start:]
    if not name or name in lex.not_bodies:
        return None
    if _township_admin(name, core):
        return _Name(name, offset + start, offset + len(match), "township_admin")
    if kind == "township_admin":
        return None  # 本学区, 片区教育办: not named by the township level they serve
    if kind == "school" and core in lex.named_school_cores and not _named_school(name, core, region):
        return None
    return _Name(name, offset + start, offset + len(match), kind)


def _parent_of_levels(head: str) -> bool:
    """True for one organ at several levels written in front of its division: 所在市、区教育局(人事科).

    The division is named without it, as under one parent (SCHEMA.md: a division
    is named without its parent): 报所在市、区教育局人事科 → 人事科.
    """
    lex = _lex()
    head = lex.class_key_prefix.sub("", head)
    levels, sep, organ = head.rpartition("、")
    return bool(sep) and _level_list_head(levels) and bool(lex.org.fullmatch(organ))


def _township_admin(name: str, core: str) -> bool:
    """True for 各乡镇中心学校, 各镇(街道)中心学校, 各乡镇学区: the organ running a township's schools."""
    lex = _lex()
    if core not in lex.township_admin and core not in lex.township_duty:
        return False
    return bool(lex.township_prefix.match(name[: len(name) - len(core)]))


def _town_school(name: str) -> bool:
    """True for 镇中学, 镇中心小学: a town word alone before a town_school_cores core names the town's one school."""
    data = _lex().data
    core = next((c for c in data.get("town_school_cores", ()) if name.endswith(c)), None)
    return core is not None and bool(_re(data.get("town_school_named", "(?!)")).match(name[: len(name) - len(core)]))


def _named_school(name: str, core: str, region: Region | None) -> bool:
    """True for 大兴安岭实验中学, 清流县第一中学; False for 各中小学校, 农村薄弱学校, 服务学校.

    A bare 学校/中学 core names one school only when a place or an ordinal names it;
    anything else in front of it is a category (家长学校) or a verb (服务学校).
    """
    prefix = name[: len(name) - len(core)]
    if _lex().category_school.search(prefix):
        return False  # 韶关市中小学, 清流县农村学校: a place's class of schools
    if (level := _lex().school_level_named.match(prefix)) and (
            level.group("name") or core in _lex().data.get("school_level_cores", ())):
        return True  # 县实验小学, 区特殊教育学校: the county's one school of that name
    data = _lex().data
    if core in data.get("town_school_cores", ()) and _re(data.get("town_school_named", "(?!)")).match(prefix):
        return True  # 镇初级中学, 镇中学: the town's one middle school
    rest = _lex().generic_school.sub("", prefix)
    rest = _re(r"[(（][^()（）]*[)）]").sub("", rest)
    if not rest:
        return False
    if _lex().school_ordinal.search(prefix):
        return True
    if (place := _lex().school_place.match(prefix)) and place.end() == len(prefix) \
            and prefix.endswith(tuple(data.get("school_class_place_ends") or ())):
        return False  # 嘉定区学校: the district's schools, a class
    if region is not None and prefix.startswith(_places(region)[1]):
        return True
    # A place name heads the prefix (哈尔滨市第三中学); 全区/本县/各镇 are not places.
    if _lex().verb_start.match(prefix) or _re(r"\d").search(prefix):
        return False
    # The place must survive the generic words: 立足农村学校 leaves 立足, not a place.
    return bool(_lex().school_place.match(rest))


def _walk_list(clause: str, pos: int) -> tuple[list[tuple[int, int, str]], int]:
    """Items of a list starting at ``pos``: [(start, end, text)], and where the list ends.

    Items are separated by 、和及与或; an organisation name is matched first so
    that 教师学习和资源中心 is not cut at 和.
    """
    org_sep, chunk_sep = _list_steps()
    level_list = _lex().level_list
    class_ends = _lex().class_core_ends
    items: list[tuple[int, int, str]] = []
    p = pos
    end = pos
    n = len(clause)
    shared = -1  # where a run of bare unit words sharing the next name's core starts (各县、市、)
    while p < n:
        # An item and the separator after it, in one match: the separator is
        # optional after a name and, by the chunk's lookahead, always there after a chunk.
        m = org_sep.match(clause, p)
        if m:
            e = m.start(1) if m.group(1) is not None else m.end()
            # 学校读物选用委员会, 省中小学教师高级职称评审委员会: a category that is no body
            # (学校, 中小学) opening a longer name is that name's qualifier.
            longer = _longer_name(clause, p, e)
            if longer > e:
                s = m.start() if shared < 0 else shared
                items.append((s, longer, clause[s:longer]))
                shared = -1
                end = longer
                sm = _lex().sep.match(clause, longer)
                if sm is None:
                    break
                p = sm.end()
                continue
            # (a 部门 / 机构 name is a class already: bare unit words before it only
            # qualify it, 县、市教研部门; named zones share it, 高新区、开发区教育管理部门)
            s = m.start() if shared < 0 or clause.endswith(class_ends, m.start(), e) and _bare_units(
                clause[shared : m.start()]) else shared
            items.append((s, e, clause[s:e]))
            shared = -1
        else:
            m = chunk_sep.match(clause, p)
            if not m:
                # The last item runs into the predicate (…、家长要分别签订): the list ends here.
                end = p
                break
            e = m.start(1)
            if m.group(1) == "、" and level_list.fullmatch(clause, m.start(), e) and not _lex().has_core.search(
                clause, m.start(), e):
                shared = m.start() if shared < 0 else shared
            else:
                shared = -1
        end = e
        if m.group(1) is None:
            break
        p = m.end()
    return items, end


@lru_cache(maxsize=1)
def _bare_unit() -> re.Pattern[str]:
    data = _lex().data
    return re.compile(rf"(?:{alternation(data['class_prefixes'])})?(?:{alternation(data['level_list_words'])})+"
                      r"(?:[(（][^()（）]{1,6}[)）])?")


def _bare_units(run: str) -> bool:
    """A run of list items is only unit words (各县、市、, 各市州、), not named places (高新区、经济开发区、).

    Example: ``_bare_units("各县、市、")`` → True; ``_bare_units("高新区、经济开发区、")`` → False.
    """
    return all(_bare_unit().fullmatch(item) for item in run.strip("、").split("、") if item)


@lru_cache(maxsize=1)
def _greedy_org() -> re.Pattern[str]:
    """``org`` with its prefix taken as long as it goes: the longest name starting at a position."""
    return re.compile(_lex().org.pattern.replace("{0,10}?", "{0,10}", 1))


def _longer_name(clause: str, p: int, e: int) -> int:
    """Where a longer name ends that starts at ``p``, when ``clause[p:e]`` names no body; else ``e``.

    The words between are a qualifier (读物, 教师高级职称) only when no verb opens any
    of them and they hold no 的: 学校要求县教研室 stays 学校 + a clause.
    """
    lex = _lex()
    short = clause[p:e]
    g = _greedy_org().match(clause, p)
    if g is None or g.end() <= e:
        return e
    # 市教育学会阅读专业委员会: a unit of the body named first (sub_unit_cores) extends its name.
    if _name_of(short, 0) is not None and not g.group(0).endswith(tuple(lex.data.get("sub_unit_cores") or ())):
        return e
    core, _kind = _core_at_end(_without_alternate(g.group(0)))
    gap = clause[e : g.end() - len(g.group(0)) + len(_without_alternate(g.group(0))) - len(core)]
    if not gap or len(gap) > 8 or "的" in gap or any(
            lex.verb_start.match(gap, i) or lex.modal.match(gap, i) for i in range(len(gap))):
        return e
    return g.end() if _name_of(g.group(0), 0) is not None else e


@lru_cache(maxsize=1)
def _list_steps() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``org`` then an optional separator; a non-name chunk then its separator (the separator is group 1).

    A trailing optional group never changes what ``org`` matches before it,
    and after a chunk the separator its lookahead saw is the one ``_SEP`` takes.
    """
    lex = _lex()
    sep = f"({lex.sep.pattern})"
    return (
        re.compile(f"(?:{lex.org.pattern}){sep}?"),
        re.compile(f"[^、，,。；;：:{re.escape(lex.sep_chars)}《》]{{1,12}}?(?={lex.sep.pattern}){sep}"),
    )


def _mention(name: _Name, role: str, rule: str, base: int, region: Region | None) -> BodyMention:
    kind, level, is_class = describe(name.name, region, name.kind)
    return BodyMention(
        rule=rule,
        name=name.name,
        role=role,
        kind=kind,
        level=level,
        is_class=is_class,
        text=name.name,
        start=base + name.start,
        end=base + name.end,
    )


def describe(name: str, region: Region | None = None, kind: str | None = None) -> tuple[str | None, str | None, bool]:
    """Kind, level and class flag of a body name.

    Example: ``describe("各县(市、区)教育局")`` → ``("bureau", "county", True)``.
    """
    lex = _lex()
    base = _without_alternate(name)
    core, core_kind = _core_at_end(base)
    if kind is None:
        kind = core_kind
    prefix = base[: len(base) - len(core)]
    is_class = bool(lex.class_prefix.match(prefix)) or any(w in prefix for w in lex.class_marks)
    if not prefix and kind in ("administration", "research_office", "training_institution") and (
        core.endswith(lex.class_core_ends)
    ):
        is_class = True  # bare 教育行政部门 / 教研机构 denote every such body
    return kind, _level(prefix, region), is_class


def _level(prefix: str, region: Region | None) -> str | None:
    lex = _lex()
    if region is not None:
        places, starts = _places(region)
        if prefix.startswith(starts):  # one test first: most prefixes name no place
            for place in places:
                if prefix.startswith(place[0]):
                    return place[1]
    stripped = lex.level_strip.sub("", prefix)
    # The longest level prefix, as the longest-first loop over them found it.
    lm = lex.level_prefix.match(stripped)
    if lm:
        return lex.level_of[lm.group(0)]
    m = lex.place_suffix.match(stripped)
    if m:
        return lex.suffix_level[m.group(1)]
    return None

# The mentions of a document are described one after another, all against its
# region: the names of the last region asked for are kept, with the region
# (frozen) so its id stays its own. Hashing the Region for the lru cache cost
# more than the lookup saved.
_last_places: tuple[Region, list[tuple[str, str, str | None]], tuple[str, ...]] | None = None


def _places(region: Region) -> tuple[list[tuple[str, str, str | None]], tuple[str, ...]]:
    """``_region_names(region)`` and the tuple of its names, for one ``startswith``."""
    global _last_places
    last = _last_places
    if last is not None and last[0] is region:
        return last[1], last[2]
    names = _region_names(region)
    _last_places = (region, names, tuple(n for n, _l, _c in names))
    return names, _last_places[2]


# Asked for every mention of a document, always of the same region.
@lru_cache(maxsize=256)
def _region_names(region: Region) -> list[tuple[str, str, str | None]]:
    """(name, level, adcode-or-None) for the region and the units above it, full and short."""
    suffixes = load("regions")["suffixes"]
    out: list[tuple[str, str, str | None]] = []
    units = [
        (region.name, region.level, region.adcode),
        (region.prefecture, "prefecture", None),
        (region.province, "province", None),
        (region.township, "township", None),
    ]
    for name, level, code in units:
        if not name:
            continue
        out.append((name, level, code))
        for suf in suffixes:
            if name.endswith(suf) and len(name) - len(suf) >= 2:
                out.append((name[: -len(suf)], level, code))
                break
    out.sort(key=lambda t: len(t[0]), reverse=True)
    return out


def _masked(clause: str) -> str:
    """Blank out cited titles so 《福建省教育厅关于…》 yields no body."""
    return mask_titles(clause)


def _recipient_line(prov: Provision, ctx: Context) -> bool:
    line = prov.text.strip()
    if ctx.recipients:
        want = ctx.recipients.strip().rstrip(":：")
        return bool(want) and line.rstrip(":：").strip() == want
    if not _colon_line(line):
        return False
    if ctx.provisions and prov.ordinal > max(12, len(ctx.provisions) // 3):
        return False
    return True


def _colon_line(line: str) -> bool:
    """A short line ending in a colon that introduces no list (如下) and names no notice: an addressee line's shape."""
    return line.endswith((":", "：")) and len(line) <= 80 and not any(
        w in line for w in _lex().rules["body.addressee"]["not_words"])


def _recipients(text: str, prov: Provision, ctx: Context, every: bool = False) -> list[BodyMention]:
    """The bodies of an addressee line; with ``every``, only when every item of the line is an organisation."""
    lex = _lex()
    line = text[prov.start : prov.end]
    found: list[BodyMention] = []
    items = orgish = 0
    shared = -1  # where bare unit words sharing the next item's core start (各区、县（市）教育局)
    # Split on 、,， outside parentheses: 各县(市、区)教育局 is one item.
    for m in _re(r"(?:[(（][^()（）]*[)）]|[^、,，:：()（）])+").finditer(line):
        item = m.group(0).strip()
        if not item:
            continue
        lead = len(m.group(0)) - len(m.group(0).lstrip())
        if line.startswith("、", m.end()) and lex.level_list.fullmatch(item) and not lex.has_core.search(item):
            shared = m.start() + lead if shared < 0 else shared
            continue
        items += 1
        om = lex.org.fullmatch(item)
        start = m.start() + lead
        if shared >= 0 and item.endswith(lex.zone_class_ends) and not _bare_units(line[shared : m.start()]):
            # Named zones sharing a class (甲新区、乙高新区教育主管部门) address each zone's organ
            # of that kind: the class alone is the body (zone_class_ends in bodies.yml).
            core = _core_at_end(item)[0]
            item, start = core, start + len(item) - len(core)
        elif shared >= 0 and not (item.endswith(lex.class_core_ends) and _bare_units(line[shared : m.start()])):
            item, start = line[shared : m.end()].rstrip(), shared
        shared = -1
        if not om:
            continue
        orgish += 1  # 幼儿园, 各直属学校: addressees even when not listed as bodies
        name = _name_of(item, start, ctx.region)
        if name is None and item in lex.addressee_only:
            name = _Name(item, start, start + len(item), "township_admin")
        # (各乡镇中心小学 as an addressee is one of the schools addressed, not their organ; the town's own
        # 镇中心小学 in a town's notice is one school, named: _town_school)
        if name is not None and (not name.name.endswith(tuple(lex.township_duty)) or _town_school(name.name)):
            found.append(_mention(name, "recipient", "body.addressee", prov.start, ctx.region))
    # Without the metadata stage's word for it, most items must look like organisations.
    if every:
        return found if items and orgish == items else []
    return found if ctx.recipients or (items and orgish * 2 >= items) else []


def _issuer(text: str, prov: Provision, ctx: Context) -> list[BodyMention]:
    lex = _lex()
    line = text[prov.start : prov.end]
    stripped = line.strip()
    if not stripped:
        return []
    if ctx.issuer:
        if stripped != ctx.issuer.strip():
            return []
    else:
        if not lex.org.fullmatch(stripped):
            return []
        nxt = _by_ordinal(ctx).get(prov.ordinal + 1)
        if nxt is None or not lex.date_line.match(nxt.text):
            return []
    return _issuer_mention(line, stripped, prov, ctx)


# The provisions of one document are read one after another: the index of the
# last document asked for is kept, with its context so that its id stays its own.
_last_index: tuple[Context, list[Provision], int, dict[int, Provision]] | None = None


def _by_ordinal(ctx: Context) -> dict[int, Provision]:
    """The first provision of each ordinal in ``ctx.provisions``, built once per document.

    Looking for a signature's next line by scanning every provision, for each
    provision that looks like a signature, was quadratic in a document without
    issuer metadata.
    """
    global _last_index
    last = _last_index
    if last is not None and last[0] is ctx and last[1] is ctx.provisions and last[2] == len(ctx.provisions):
        return last[3]
    index: dict[int, Provision] = {}
    for p in ctx.provisions:
        index.setdefault(p.ordinal, p)
    _last_index = (ctx, ctx.provisions, len(ctx.provisions), index)
    return index


def _issuer_mention(line: str, stripped: str, prov: Provision, ctx: Context) -> list[BodyMention]:
    """The signature line ``stripped`` (``line`` without its spaces) as the issuer mention."""
    off = line.index(stripped)
    kind, level, is_class = describe(stripped, ctx.region)
    return [
        BodyMention(stripped, "issuer", kind, level, is_class, stripped,
                    prov.start + off, prov.start + off + len(stripped), "body.issuer")
    ]


def _subjects(clause: str, region: Region | None) -> list[tuple[_Name, str, str]]:
    """Bodies heading a clause as its subject: 地区教育局负责… / 县教研室和各学校要… (name, role, rule id)."""
    lex = _lex()
    pos = _words_start(clause)
    # 本学期末各村小学将…: a time before the subject is no part of its name
    if (t := _leading_time().match(clause, pos)) and _walk_list(clause, t.end())[0]:
        pos = t.end()
    # (组织人事科 opens with the verb 组织 but is a division: a name starting here is no verb;
    # nor is a county's full name that opens with one, 如皋市 or 将乐县)
    if lex.verb_start.match(clause, pos) and not lex.prefix_word.match(clause, pos) \
            and not lex.has_core.match(clause, pos) and not full_name_at(clause, pos):
        return _relative_subject(clause, pos, region)
    items, end = _walk_list(clause, pos)
    if not items:
        return _relative_subject(clause, pos, region)
    # The subject must run straight into a predicate: not 的/等, a bracket (清教党组〔2023〕)
    # or a space (作者:教育局 来源…). The same match tells a lead or cooperating one.
    pm = _predicate_head().match(clause, end)
    if pm is None and (alt := _ALTERNATE_NAME.match(clause, end)) and lex.org.fullmatch(alt.group(1)):
        # 各级教师发展中心(教师进修学校)承担…: the bracket gives the subject's other name,
        # and the predicate follows it.
        pm = _predicate_head().match(clause, alt.end())
    if pm is None and (etc := _etc_class().match(clause, end)):
        # 区公安分局、区人社局等部门按照职责分工做好…: the listed bodies are the subject
        # (one named body heads its class as well: 某师范大学等高校协助开展培训)
        pm = _predicate_head().match(clause, etc.end())
    if pm is None:
        return []
    role = "lead" if pm.group(1) is not None else "cooperating" if pm.group(2) is not None else "responsible"
    # 政教处、总务处负责人侧重…: a person noun after the last item heads the whole
    # list, so every item only says whose head it is.
    if lex.person_after.match(clause, items[-1][1]):
        return []
    # The last item may be a name outside the lexicon (教务处和教科室主任…).
    if end > items[-1][1]:
        rest = clause[end:]
        tail = _re(rf"[{CJK}]{{1,8}}").match(rest)
        if tail is not None and any(
            tail.group(0)[i - 1] in lex.unlisted_name_ends and lex.person_after.match(rest, i)
            for i in range(2, tail.end() + 1)
        ):
            return []
    if len(items) > 1 and clause.startswith("与", items[0][1]) and _name_of(items[0][2], items[0][0], region) is None:
        # 中心学校与镇派出所、镇卫生院建立共建机制: a school (no body) heads the clause,
        # and what it acts "with" are its partners, not subjects
        return []
    out = []
    for s, e, item in items:
        if lex.person_after.match(clause, e) or _in_core(clause, s - 1):
            continue
        # 考核结果报送区教育督导室: a duty cue inside the "subject" makes it an object
        # (a place word such as 经开区 opens with no cue, nor does a core: the 与 of
        # 德育与安全管理科 is no partner's cue).
        if _any_cue().search(_masked_words(item)):
            continue
        name = _name_of(item, s, region)
        if name is None and item in lex.addressee_only and _any_word(
                tuple(lex.data.get("jurisdiction_duty_words") or ())).search(clause, pm.end()):
            # 各中心学校负责组织辖区内学校…: the office of an area, given a duty over the schools in it
            name = _Name(item, s, e, "township_admin")
        if name is not None:
            out.append((name, role, _SUBJECT_RULES[role]))
    # 德育处牵头、工会配合开展…: a 、 right after the predicate word opens a second subject and predicate.
    nxt = pm.end()
    if out and clause.startswith("、", nxt):
        for name, r, rule in _subjects(clause[nxt + 1 :], region):
            out.append((name._replace(start=name.start + nxt + 1, end=name.end + nxt + 1), r, rule))
    return out


def _words_start(clause: str) -> int:
    """Where a clause's words start: after its outline number, also one glued to a month.

    Example:
        >>> _words_start("4．11月15日前县教育局负责汇总")
        2
    """
    m = clause_marker_re().match(clause)
    pos = m.end() if m else 0
    if (g := _marker_before_month().match(clause)) and g.end() > pos:
        return g.end()
    return pos


@lru_cache(maxsize=1)
def _marker_before_month() -> re.Pattern[str]:
    """A list number glued to the month opening its item (bodies.yml ``marker_before_month``)."""
    return re.compile(r"\s*" + _lex().data["marker_before_month"])


# "等部门" closing a list of named bodies before their predicate (区公安分局、区人社局等部门按照…);
# bodies.yml ``etc_list_end``.
@lru_cache(maxsize=None)
def _etc_class() -> re.Pattern[str]:
    return re.compile(_lex().data["etc_list_end"])


@lru_cache(maxsize=1)
def _opening_rules() -> dict[str, tuple[str, ...]]:
    """Rule id → the words of a sentence that make its hits no duty (bodies.yml ``not_in_sentence``)."""
    return {rid: tuple(r["not_in_sentence"]) for rid, r in _lex().rules.items() if r.get("not_in_sentence")}


@lru_cache(maxsize=None)
def _leading_time() -> re.Pattern[str]:
    """A time opening a clause before its subject (bodies.yml ``leading_time``): 本学期末, 2024年底前,
    or a span of two joined by a ``time_span_joiners`` word (9月下旬至10月中旬)."""
    one = _lex().data["leading_time"]
    if not (joiners := _lex().data.get("time_span_joiners")):
        return re.compile(one)
    return re.compile(f"(?:{one})(?:(?:{alternation(joiners)})(?:{one}))?")


# A bracket right after a subject holding a name: the same body's other name.
_ALTERNATE_NAME = re.compile(rf"[(（]([{CJK}]{{2,16}})[)）]")


def _in_core(clause: str, at: int) -> bool:
    """True when the character at ``at`` lies inside a core word: the 和 of 市教育和体育局 separates no items."""
    if at <= 0 or clause[at] not in _lex().sep_chars:
        return False
    has_core = _lex().has_core
    return any((m := has_core.match(clause, i)) is not None and m.end() > at for i in range(max(0, at - 8), at))


@lru_cache(maxsize=1)
def _predicate_head() -> re.Pattern[str]:
    """A predicate's start after a subject list: a CJK character, not ``not_predicate_starts``;
    group 1 a lead (body.subject.lead), group 2 a cooperating one (body.subject.cooperating) — tried in that order."""
    lex = _lex()
    lead = lex.rules[_SUBJECT_RULES["lead"]]["pattern"].partition("<ORG>")[2]
    cooperating = lex.rules[_SUBJECT_RULES["cooperating"]]["pattern"].partition("<ORG>")[2]
    return re.compile(rf"(?=[{CJK}])(?!{lex.not_predicate.pattern})(?:({lead})|({cooperating}))?")


def _relative_subject(clause: str, pos: int, region: Region | None) -> list[tuple[_Name, str, str]]:
    """承担培训任务的培训机构应当… → 培训机构: a body after a relative clause, heading a modal predicate."""
    lex = _lex()
    de = clause.find(lex.rules["body.subject.relative"]["words"][0], pos)
    if de == -1 or de - pos > 16 or _re(r"[，,。；;：:、]").search(clause[pos:de]):
        return []
    om = lex.org.match(clause, de + 1)
    if not om or not lex.modal.match(clause, om.end()) or lex.person_after.match(clause, om.end()):
        return []
    name = _name_of(om.group(0), om.start(), region)
    return [(name, "responsible", "body.subject.relative")] if name is not None else []


@dataclass(frozen=True)
class _Openers:
    first: re.Pattern[str]  # any character some cue's ``before`` can start with
    by_char: dict[str, tuple[int, ...]]  # opener -> the indices of the cues it can open
    unfiltered: tuple[int, ...]  # the cues that declare no ``requires``: always scanned


@lru_cache(maxsize=1)
def _cue_openers() -> _Openers:
    """The opening characters of the cues, from the words each rule ``requires`` (bodies.yml)."""
    cues = _lex().cues
    chars = sorted(set().union(*(c.opens for c in cues if c.opens)))
    return _Openers(
        first=re.compile("[" + "".join(map(re.escape, chars)) + "]" if chars else "(?!)"),
        by_char={ch: tuple(i for i, c in enumerate(cues) if c.opens is not None and ch in c.opens) for ch in chars},
        unfiltered=tuple(i for i, c in enumerate(cues) if c.opens is None),
    )


def _masked_words(item: str) -> str:
    """``item`` with its place words (经开区) and organisation cores (德育与安全管理科) masked by □."""
    lex = _lex()
    item = lex.prefix_word.sub(lambda w: "□" * len(w.group(0)), item)
    return lex.has_core.sub(lambda w: "□" * len(w.group(0)), item)


@lru_cache(maxsize=1)
def _any_cue() -> re.Pattern[str]:
    """Matches wherever some cue's ``before`` part matches: one scan instead of one per cue."""
    return re.compile("|".join(f"(?:{c.before.pattern})" for c in _lex().cues))


def _cued(clause: str, region: Region | None) -> list[tuple[_Name, str, str]]:
    """Bodies in the duty slots of bodies.yml ``rules`` (由…负责, 在…指导下, 报…备案 …): (name, role, rule id)."""
    lex = _lex()
    out: list[tuple[_Name, str, str]] = []
    # A cue none of whose opening characters is in the clause cannot match
    # there: one scan for the openers present replaces, for most clauses, a
    # scan per cue (and the scan of all cues at once before them).
    openers = _cue_openers()
    present = openers.first.findall(clause)
    if not present and not openers.unfiltered:
        return out
    run = set(openers.unfiltered)
    for ch in set(present):
        run.update(openers.by_char[ch])
    for i in sorted(run):  # in the lexicon's order, as before
        cue = lex.cues[i]
        after = cue.after
        hits = list(cue.before.finditer(clause))
        for bm in hits:
            items, end = _walk_list(clause, bm.end())
            for s, e, item in items:
                # 报名材料报送中心研训部: the cue 报 of 报名 reaches the body only through
                # a later cue (报送); that later cue names it, without the words between.
                # (Only another hit can be inside the item: this cue's own ends before it.)
                # (报告交政教处: the later cue 交 starts the item itself.)
                if len(hits) > 1 and any(
                    s <= h.start() and h.end() < e and (o := lex.org.match(clause, h.end())) and o.end() == e
                    for h in hits
                ):
                    continue
                if after.match(clause, e) or after.match(clause, end) or (
                    e < len(clause) and after.match(clause[e:].lstrip(lex.sep_chars))
                ):
                    if lex.person_after.match(clause, e):
                        continue
                    name = _name_of(item, s, region)
                    if name is not None:
                        out.append((name, cue.role, cue.id))
    return out


_ROLE_RANK = {"lead": 0, "oversight": 1, "responsible": 2, "cooperating": 3}


@lru_cache(maxsize=1)
def _skip_starts() -> tuple[str, ...]:
    """Openings of lines that name no responsible body (抄送, 抄报): bodies.yml ``skip_line_starts``."""
    return tuple(_lex().data["skip_line_starts"])


@lru_cache(maxsize=1)
def _doc_number_line() -> re.Pattern[str]:
    """bodies.yml ``doc_number_line``: a line that is only a 发文字号."""
    return re.compile(_lex().data.get("doc_number_line") or "(?!)")


def extract_bodies(text: str, prov: Provision, ctx: Context) -> Iterator[BodyMention]:
    """Bodies that one provision makes responsible, addresses or is signed by.

    Args:
        text: the whole document text.
        prov: the provision (sentence) to read, ``text[prov.start:prov.end]``.
        ctx: document context (recipients line, issuer, region, neighbours).

    Example:
        "县教师进修学校要根据本意见,切实加强工作指导。" → BodyMention(name="县教师进修学校",
        role="responsible", kind="training_institution", level="county", ...)
    """
    sent = text[prov.start : prov.end]
    stripped = sent.strip()
    if not stripped or stripped.startswith(_skip_starts()):
        return  # (抄送:市政府办公厅: units that only receive a copy)
    if sum(stripped.count(c) for c in _lex().data["breadcrumb_separators"]) >= 2:
        return  # 区人民政府网站 > 政务公开 > 区教委: a page's breadcrumb
    if _doc_number_line().match(stripped):
        return  # 沪教委基〔2024〕12号: the organ in a 文号 only issues it
    if ctx.title and stripped == ctx.title:
        return  # the notice's own title: its organ issues it (西沱镇中心小学校关于…的通知), no duty
    if ctx.title and f"《{stripped}》" in ctx.title:
        # The heading of the plan a notice issues or forwards (关于印发《某区中小学幼儿园
        # 责任督学挂牌督导工作实施办法》的通知): a title, no clause with a subject.
        return
    # ``_recipient_line`` and ``_issuer`` inline when the metadata names the
    # addressee line and the signature: most provisions are neither.
    if ctx.recipients:
        want = ctx.recipients.strip().rstrip(":：")
        # (the line holds ``want`` when it is ``want`` once stripped: one search rejects most)
        addressees = bool(want) and want in prov.text and prov.text.strip().rstrip(":：").strip() == want
    else:
        addressees = _recipient_line(prov, ctx)
    # A forwarded notice (a school's wrapper around a bureau's) has an addressee
    # line of its own, anywhere in the text: a colon line naming only organisations.
    every = not addressees and stripped.endswith((":", "：")) and _colon_line(stripped)
    if addressees or every:
        found = _recipients(text, prov, ctx, every)
        if found:
            yield from found
            return
    if ctx.issuer:
        if stripped == ctx.issuer.strip():
            yield from _issuer_mention(sent, stripped, prov, ctx)
            return
    else:
        issuer = _issuer(text, prov, ctx)
        if issuer:
            yield from issuer
            return
    # Every name is matched by ``org``, which holds a core; masking titles only
    # removes cores. A clause without one yields nothing. No core holds a clause
    # break, so the next core at or after a clause's start tells which clause
    # holds one: the clauses before it are skipped unsplit and unread.
    core = _lex().core_search
    hit = core.search(text, prov.start, prov.end)
    if hit is None:
        return
    best: dict[tuple[int, int], tuple[_Name, str, str]] = {}
    region = ctx.region
    # The clauses of ``_clauses`` that hold a core, each found from its core:
    # back to the break before it (since the last clause read) and on to the
    # break after it, which ends the clause; the next core is searched from there.
    scan_from = prov.start
    while hit is not None:
        h = hit.start()
        lm = _LAST_BREAK.match(text, scan_from, h)
        off = lm.end() if lm else scan_from
        bm = _CLAUSE_BREAK.search(text, h, prov.end)
        scan_from = bm.end() if bm else prov.end
        clause = text[off:scan_from]
        hit = core.search(text, scan_from, prov.end) if scan_from < prov.end else None
        masked = _masked(clause)
        for name, role, rule in _subjects(masked, region) + _cued(masked, region):
            if rule in _opening_rules() and any(w in sent for w in _opening_rules()[rule]):
                continue  # 根据省教育厅工作部署，现就…: a notice's opening cites the body, gives it no duty
            key = (off + name.start, off + name.end)
            if key not in best or _ROLE_RANK[role] < _ROLE_RANK[best[key][1]]:
                best[key] = (_Name(text[key[0] : key[1]], key[0], key[1], name.kind), role, rule)
    for name in _contact(text, prov):
        best.setdefault((name.start, name.end), (name, "oversight", "body.contact"))
    for (_s, _e), (name, role, rule) in sorted(best.items()):
        yield _mention(name, role, rule, 0, region)


@lru_cache(maxsize=1)
def _contact_label() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(_lex().rules['body.contact']['words'])})\s*[:：]\s*")


def _contact(text: str, prov: Provision) -> list[_Name]:
    """The office after a contact label (联系人：市教育局基础教育科 王老师 → 基础教育科), as document offsets."""
    found = []
    for m in _contact_label().finditer(text, prov.start, prov.end):
        om = _lex().org.match(text, m.end(), prov.end)
        if om and (name := _name_of(om.group(0), om.start())) is not None:
            found.append(_Name(text[name.start : name.end], name.start, name.end, name.kind))
    return found


def rule_ids(mention: BodyMention) -> tuple[str, ...]:
    """The rules of bodies.yml behind ``mention``: the slot rule it is stored with, then its name's division rule.

    Example: 报市教育局基础教育科备案 → ("body.oversight.report_to", "body.division.ke").
    """
    core, kind = _core_at_end(mention.name)
    if kind != "division":
        return (mention.rule,) if mention.rule else ()
    division = next((rid for suffix, rid in _lex().division_suffixes if core.endswith(suffix)), None)
    return tuple(r for r in (mention.rule, division) if r)


def get_bodies(doc: AnyDoc) -> Iterator[BodyMention]:
    """Every body mention of a document (see ``extract_bodies``)."""
    return per_provision(doc, "bodies", extract_bodies)


# --------------------------------------------------------------------------- merging


def _strip_qualifiers(name: str) -> str:
    return _lex().qualifier.sub("", name)


def _expand_clipped(name: str) -> str:
    for short, full in _lex().clipped.items():
        if name == short:
            return full
    return name


# A bureau's alternative name bracketed before its last character: 教育(教体)局, 教育（体育）局.
_INNER_ALTERNATE = re.compile(r"[(（][^()（）]{1,4}[)）](?=局$)")


def document_body_names(mentions: list[BodyMention], text: str = "") -> list[str]:
    """The distinct bodies of one document, each in the shortest complete name the text uses.

    Qualified variants fold into a bare name the text also uses (市级教研部门 and
    各地教育行政部门 into 教研部门 / 教育行政部门 when those appear; 县教师进修学校 into
    教师进修学校); clipped forms (进修学校) fold into the full name. The issuer
    (signature) is left out: it is not made responsible by its own notice.
    ``text``, the document's, tells the firms it regulates where no mention names
    them so (公布校外培训机构名单 beside 培训机构不得…).

    Example:
        names of [县教师进修学校, 教师进修学校, 进修学校, 教师股] → ["教师进修学校", "教师股"]
    """
    names: list[str] = []
    own = _own_names(mentions)
    # 联系人：市教育局德育科 王老师: an office named only as the contact is given no duty (unlisted_alone_rules).
    alone = frozenset(_lex().data.get("unlisted_alone_rules") or ())
    regulated = _regulated_names(mentions, text)
    for m in mentions:
        if m.role != "issuer" and m.name not in names and m.name not in own and m.rule not in alone \
                and m.name not in regulated and not _outside_report(m):
            names.append(m.name)
    lex = _lex()
    rep: dict[str, str] = {}
    for n in names:
        target = n
        full = lex.clipped.get(n)
        if full is not None:
            fuller = [o for o in names if o != n and o.endswith(full)]
            if fuller:
                target = min(fuller, key=len)
        # 县财政 beside 县财政局: the organ named by its field is the bureau.
        for short, bureau in lex.data.get("bureau_short_forms", {}).items():
            if n.endswith(short) and (full_name := n[: len(n) - len(short)] + bureau) in names:
                target = full_name
        # 各县区教育局(教育和科技局) beside 各县区教育局: the alternative form is the same body.
        if (bare := _without_alternate(n)) != n and bare in names:
            target = bare
        # 各市教育(教体)局 beside 各市教育局: the merged bureau's name in the bracket is the same body.
        if (bare := _INNER_ALTERNATE.sub("", n)) != n and bare in names:
            target = bare
        # 各市(含定州、辛集市)教育局 beside 各市教育局: an inclusion note is not part of the name.
        plain = lex.inclusion_note.sub("", n)
        if plain != n and plain in names:
            target = plain
        # 各乡镇(街道)中心学校 beside 各乡镇中心学校: the bracket only lists the units covered.
        plain = _re(lex.data["township_note"]).sub("", n)
        if plain != n and plain in names:
            target = plain
        # 市教育局教师发展中心 beside 市教师发展中心: the parent organ between place and core is no other body.
        if (bare := _without_inserted_parent(n)) != n and bare in names:
            target = bare
        for o in names:
            # A shorter name the text uses on its own, of which ``n`` is a qualified variant.
            if o != n and n.endswith(o) and len(o) < len(target) and o not in lex.clipped \
                    and not _class_of_one_organ(n, o) and not _unit_of_another(n, o, names):
                if lex.qualifier.fullmatch(n[: len(n) - len(o)]) or _lex().org.fullmatch(n[: len(n) - len(o)]) \
                        or len(o) >= 4:
                    target = o
        rep[n] = target
    # 各县(市、区)教育局 beside 各市、县(市、区)教育局, 县、市、区教育局 beside 各县、市、区教育局（分局）,
    # 所在区、县(市)教育局 beside 各区、县(市)教育局: one class, named as the addressee line names
    # it, else in the longer form.
    addressed = {m.name for m in mentions if m.role == "recipient"}
    # 报所属镇(街道)教育办备案 beside the addressee 各镇(街道)教育办: one body of the addressed class.
    relative = tuple(_lex().data["relative_prefixes"])
    territorial = tuple(_lex().data.get("territorial_prefixes") or ())
    for n in names:
        if rep[n] == n and n.startswith(relative) and not n.startswith(territorial):
            same = [o for o in names if o in addressed and o != n and _class_key(o) == _class_key(n)]
            if not same and _class_key(n) in lex.core_kind:
                # 报所属教育局 beside the one addressed class 各县(市、区)教育局: its bodies, by their core.
                same = [o for o in names if o in addressed and o != n and _class_key(o).endswith(_class_key(n))]
                same = same if len(same) == 1 else []
            if same:
                rep[n] = same[0]
    # 各区市县教育局 beside the addressee 各区市县(先导区)教育局: the text drops the bracketed unit the
    # addressee line adds to the class; one body, named as addressed (an inclusion note 含… folds the
    # other way, above).
    for n in names:
        if rep[n] == n and n not in addressed:
            same = [o for o in addressed if o != n and rep.get(o) == o and not lex.inclusion_note.search(o)
                    and _re(r"[(（][^()（）]{1,8}[)）]").sub("", o) == n]
            if len(same) == 1:
                rep[n] = same[0]
    for o in names:
        if rep[o] != o:
            continue
        for n in names:
            if n == o or rep[n] == o or not (_same_class(o, n) or _same_class(n, o)):
                continue
            if (n in addressed) > (o in addressed) or (
                    (n in addressed) == (o in addressed) and len(n) > len(o)):
                rep[o] = n
                break
    # 各地教育行政部门 beside 县市区教育行政部门: level variants of one class of departments are one
    # body (no gold file lists two), named in the shortest form.
    by_core: dict[str, list[str]] = {}
    for n in names:
        if rep[n] == n and (core := _class_department(n)):
            by_core.setdefault(core, []).append(n)
    for group in by_core.values():
        first = min(group, key=len)
        for n in group:
            rep[n] = first
    # Follow chains (进修学校 → 县教师进修学校 → 教师进修学校).
    out: list[str] = []
    for n in names:
        t = rep[n]
        seen = {n}
        while rep.get(t, t) != t and t not in seen:
            seen.add(t)
            t = rep[t]
        if t not in out:
            out.append(t)
    return out


def _outside_report(mention: BodyMention) -> bool:
    """True when ``mention`` names an organ of another field only as where a matter is reported.

    向属地教育行政部门和市场监管部门报告: the market regulator is a partner outside the
    issuer's remit (``outside_report_rules``, ``outside_field_words``); a mention of it by
    another rule (县市场监管局负责…) still lists it. A class of such organs named only as a
    partner (会同财政部门, ``outside_partner_rules``) is left out the same way.
    """
    data = _lex().data
    if mention.rule in (data.get("outside_partner_rules") or ()):
        # 会同财政部门: a class of organs of another field named only as a partner
        if not mention.name.endswith(tuple(data.get("outside_class_endings") or ())):
            return False
    elif mention.rule not in (data.get("outside_report_rules") or ()):
        return False
    return _any_word(tuple(data.get("outside_field_words") or ())).search(mention.name) is not None


def _unit_of_another(n: str, o: str, names: list[str]) -> bool:
    """True when the bare ``o`` is the short name of a unit of some other organ, so ``n`` is another body.

    中心学校教师发展中心 … 教师发展中心负责审核 … 报县教师发展中心: the bare name is the
    school's own centre, and the county's centre (a level word before the core) is a second body.
    """
    lex = _lex()
    head = n[: len(n) - len(o)]
    if not lex.level_prefix.fullmatch(head):
        return False
    return any(p != n and p.endswith(o) and len(p) > len(o) and not lex.qualifier.fullmatch(p[: len(p) - len(o)])
               and lex.org.fullmatch(p[: len(p) - len(o)]) for p in names)


def _regulated_names(mentions: list[BodyMention], text: str = "") -> frozenset[str]:
    """The names of institutions the notice regulates (``regulated_words``), and their bare core.

    校外培训机构须公示收费标准 names the tutoring firms a bureau supervises, not a
    body it makes responsible; where the text names them so, the bare 培训机构
    is them too (a teacher-training 培训机构 beside no such word stays a body).

    Example: mentions 非学科类培训机构, 培训机构, 市教育局 → {"非学科类培训机构", "培训机构"}.
    """
    words = _lex().data.get("regulated_words") or ()
    if not words:
        return frozenset()
    pattern = _any_word(tuple(words))
    out = set()
    for m in mentions:
        core, _kind = _core_at_end(m.name)
        if core != m.name and pattern.search(m.name[: len(m.name) - len(core)]):
            out |= {m.name, core}
        elif core == m.name and text and any(w + core in text for w in words):
            out.add(core)  # the bare core, where the text names the regulated firms so (校外培训机构)
    return frozenset(out)


def _own_names(mentions: list[BodyMention]) -> frozenset[str]:
    """The names by which a signing school calls itself in its own text (``issuer_self_kinds``).

    A school that signs its own plan is not made responsible by it: neither its
    full name nor the short form with only a level or township word before its
    core (刘厂镇中心学校 signs; 镇中心学校每学期评选… is the signer itself).

    Example: a signature 永兴镇中心学校 → {"永兴镇中心学校", "镇中心学校"} among the mentions.
    """
    lex = _lex()
    kinds = set(lex.data.get("issuer_self_kinds") or ())
    signers = {m.name for m in mentions if m.role == "issuer" and describe(m.name)[0] in kinds}
    if not signers:
        return frozenset()
    words = set(lex.data["township_words"]) | {p for p, _lvl in lex.level_prefixes} | {""}
    own = set()
    for m in mentions:
        for signer in signers:
            if m.name == signer:
                own.add(m.name)
            elif signer.endswith(m.name):
                core, _kind = _core_at_end(m.name)
                if core == _core_at_end(signer)[0] and m.name[: len(m.name) - len(core)] in words:
                    own.add(m.name)
    return frozenset(own)


@lru_cache(maxsize=1)
def _inserted_parents() -> tuple[str, ...]:
    """The cores of ``inserted_parent_kinds``, in the core list's order."""
    lex = _lex()
    kinds = set(lex.data.get("inserted_parent_kinds") or ())
    return tuple(parent for parent, parent_kind in lex.core_kind.items() if parent_kind in kinds)


# Each document's resolution asks this of every name it keeps; names recur across documents.
@lru_cache(maxsize=8192)
def _without_inserted_parent(name: str) -> str:
    """``name`` without a parent organ written between its place and its own core (``inserted_parent_kinds``).

    Example: ``_without_inserted_parent("市教育局教师发展中心")`` → ``"市教师发展中心"``.
    """
    core, kind = _core_at_end(name)
    if kind is None or kind == "division":  # a division is already named without its parent
        return name
    head = name[: len(name) - len(core)]
    parents = _inserted_parents()
    if not head.endswith(parents):  # one C call rejects most names
        return name
    for parent in parents:
        if head.endswith(parent) and len(head) > len(parent):
            return head[: len(head) - len(parent)] + core
    return name


def _class_department(name: str) -> str | None:
    """The department or institution core of a name that is only levels or qualifiers before it.

    Example: ``_class_department("各市州、县市区教育行政部门")`` → ``"教育行政部门"``; ``"县教研室"`` → None.
    """
    lex = _lex()
    core, _ = _core_at_end(name)
    if core == name or core not in lex.core_kind or not core.endswith(lex.class_core_ends):
        return None
    head = name[: len(name) - len(core)]
    return core if lex.qualifier.fullmatch(head) or _level_list_head(head) else None


def _level_list_head(head: str) -> bool:
    """True when ``head`` is one unit word or place, or several joined by 、 outside brackets.

    Example: ``_level_list_head("设区市、县(市、区)")`` → True (设区市、县(市、区)教育行政部门 is a class
    of departments at two levels); ``_level_list_head("学生登录市")`` → False.
    """
    level_list = _lex().level_list
    return all(level_list.fullmatch(part) for part in _re(r"、(?![^()（）]*[)）])").split(head))


def _class_of_one_organ(name: str, bare: str) -> bool:
    """``name`` is a class of organs (各县(市、区)教育局) and ``bare`` one organ's bare core (教育局).

    SCHEMA.md: 教育局 != 各县(市、区)教育局. A class of departments or
    institutions does fold into the bare name (各地教育行政部门 → 教育行政部门).
    """
    lex = _lex()
    return (bare in lex.core_kind and not bare.endswith(lex.class_core_ends)
            and bool(lex.class_key_prefix.match(name)))


def _class_key(name: str) -> str:
    """A class name without its class prefix and bracketed alternative: 各县、市、区教育局（分局） → 县、市、区教育局."""
    return _lex().class_key_prefix.sub("", _without_alternate(name), count=1)


def _same_class(short: str, long: str) -> bool:
    """True when ``short`` names ``long``'s class, or the last level of its level list (各县(市、区)教育局 in
    各市、县(市、区)教育局); ``long`` is the longer name."""
    if len(short) > len(long) or "、" not in long:
        return False
    a, b = _class_key(short), _class_key(long)
    # the last 、 outside brackets starts the list's last level
    depth, cut = 0, -1
    for i, ch in enumerate(b):
        depth += ch in "(（"
        depth -= ch in ")）"
        if ch == "、" and depth == 0:
            cut = i
    return cut >= 0 and (a == b or b[cut + 1 :] == a)


def _unit_code(region: Region, level: str) -> str | None:
    """The GB/T 2260 code of the unit at ``level`` above or at ``region`` (350423 → 350400 for prefecture)."""
    rank = {"province": 0, "prefecture": 1, "county": 2, "township": 3}
    if level not in rank or rank[level] > rank.get(region.level, 3):
        return None
    code = region.adcode
    if level == "province":
        return code[:2] + "0000"
    if level == "prefecture":
        return code[:4] + "00"
    return code


def _resolve_name(name: str, region: Region | None, is_class: bool) -> tuple[str, str | None]:
    """Make a relative name absolute against the issuer's region: 县教师进修学校 → 清流县教师进修学校."""
    if region is None or is_class:
        return name, None
    for place, level, _code in _region_names(region):
        if name.startswith(place):
            return name, _unit_code(region, level)
    units = {
        "province": region.province or (region.name if region.level == "province" else None),
        "prefecture": region.prefecture or (region.name if region.level == "prefecture" else None),
        "county": region.county or (region.name if region.level == "county" else None),
        "township": region.township,
    }
    for word, level in _lex().level_prefixes:
        if name.startswith(word):
            full = units.get(level)
            if not full:
                return name, None
            rest = name[len(word) :]
            return full + rest, _unit_code(region, level)
    return name, None


def resolve_bodies(mentions: list[BodyMention], region: Region | None) -> list[ResolvedBody]:
    """Collapse the name variants of each body and resolve relative names against ``region``.

    县教师进修学校 / 教师进修学校 / 进修学校 in a 清流县 notice become one row
    清流县教师进修学校 (region 350423); 市教育局 in a 乌海市 notice becomes
    乌海市教育局; a class such as 各县(市、区)教育局 stays one class row.

    Args:
        mentions: the body mentions of one document (or of one region's documents).
        region: the issuer's region, or None when unknown.

    Returns:
        One ResolvedBody per distinct body, with the indices of the mentions it covers.
    """
    groups: list[dict[str, Any]] = []
    # Qualified names first, so bare (教师进修学校) and clipped (进修学校) forms join them.
    order = sorted(range(len(mentions)), key=lambda i: -len(mentions[i].name))
    for i in order:
        m = mentions[i]
        bare = _strip_qualifiers(m.name) or m.name
        core = _expand_clipped(bare)
        qualified = bare != m.name
        resolved, code = _resolve_name(m.name, region, m.is_class)
        target = None
        for g in groups:
            if g["is_class"] != m.is_class:
                continue
            if m.is_class or qualified:
                same = fuzz.ratio(g["resolved"], resolved) >= 90
            else:
                same = g["core"] == core or fuzz.ratio(g["core"], core) >= 90
            if same:
                target = g
                break
        if target is None:
            groups.append({"core": core, "resolved": resolved, "code": code, "is_class": m.is_class,
                           "kind": m.kind, "level": m.level, "idx": [i]})
        else:
            target["idx"].append(i)
    out = []
    for g in groups:
        code = g["code"]
        if region is not None and code is None and not g["is_class"] and g["kind"] == "division":
            code = region.adcode  # 我局人事科: a division of the issuing organ itself
        name = g["resolved"]
        key = f"class:{name}" if g["is_class"] else f"{code or ''}:{name}"
        out.append(ResolvedBody(key, name, g["kind"], g["level"], code, g["is_class"], tuple(sorted(g["idx"]))))
    return out
