"""Obligations: clauses that impose, forbid, encourage or permit.

Each trigger word of a rule in ``schema/lexicons/modality.yml`` (``rules``:
an id, a modality and its words) that heads a clause gives one record, which
keeps the rule's id: its modality (must, must_not, should, encouraged, may), the
trigger as written, an intensity grade from adverbs next to it (切实 → strong),
the clause's subject when stated (inherited from an earlier clause of the same
sentence otherwise) and the verb phrase after it.

The actor names a party, a person role or an organisation (the words of roles.yml,
bodies.yml and modality.yml ``actor_party_*``): a thing or an activity as subject
gives none (听课记录要… → None), a party's measure or product its party (各地申报人数
不得… → 各地), an encouragement the party encouraged (鼓励教师… → 教师), and a topic
clause without a trigger the party of the clauses after it (学时不达标的教师，不得… →
学时不达标的教师).

Example:
    各校要认真落实本意见 → Obligation(modality="must", trigger="要", strength="moderate",
    actor="各校", action="认真落实本意见", evidence="各校要认真落实本意见", ...)
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .. import zh
from ..lexicons import alternation, load
from ..types import Context, Obligation, Provision
from .base import AnyDoc, per_provision
from .triggers import Trigger

DE = zh.ATTRIBUTIVE  # the particle that closes a modifier (学时不达标的教师) or a condition (…的，)

# A clause is a run of characters between zh.CLAUSE_BREAKS; a cited title or a
# quotation is masked, and an actor is read after the clause's outline marker.
_CJK_OPEN = re.compile(f"[{zh.CJK}{zh.OPENING_MARKS}]")
_HAS_CJK = re.compile(f"[{zh.CJK}]")
_QUOTE_OR_TITLE = re.compile(f"[{zh.QUOTE_MARKS}]")
_SENTENCE_END = zh.SENTENCE_ENDS + "\n"  # a clause before any other break leads into the next
_ACTION_MAX = 20
_ACTOR_MAX = 20
_ACT_MAX = 3  # a party's own act as the subject is short (教师读书, 校长听课); a longer one is a phrase
# Modalities an adverbial trigger may fold into when it follows another trigger
# (要积极参加 is one must, not a must and a should).
_ADVERBIAL = ("must", "should")


@dataclass(frozen=True)
class _Lex:
    trigger: re.Pattern[str]
    modality: dict[str, str]
    rule_of: dict[str, str]  # trigger word → the id of the rule that lists it
    exclude: tuple[tuple[str, int], ...]  # word, offset of the trigger inside it
    exclude_by_trigger: dict[str, tuple[tuple[str, int], ...]]
    # the same words grouped by the trigger's offset in them, one regex per offset
    exclude_res: dict[str, tuple[tuple[int, re.Pattern[str]], ...]]
    noun_after: re.Pattern[str]
    noun_conj: re.Pattern[str]  # 和 与 及 after a trigger that may be a noun (支持与帮助)
    noun_rules: frozenset[str]  # the rules whose words may be nouns
    not_modal_before: dict[str, tuple[re.Pattern[str], ...]]  # trigger → before-texts that make it no modal
    strength: tuple[tuple[str, str], ...]  # word, grade; longest first
    grade_of: dict[str, str]  # the first grade ``strength`` lists for a word
    strength_rank: dict[str, int]
    intensifier: re.Pattern[str]
    actor_trailing: re.Pattern[str]
    actor_leading: re.Pattern[str]
    actor_not_start: re.Pattern[str]
    actor_time_whole: re.Pattern[str]  # the actor is a time or an occasion (评课时, 本学年)
    actor_time_prefix: re.Pattern[str]  # a time before the subject (活动期间各学校)
    actor_time_suffix: re.Pattern[str]  # a time after the subject (专职教研员每五年内)
    noun_head: re.Pattern[str]  # a noun the trigger modifies (禁止制度, 支持工作), read at the trigger's end
    condition_end: re.Pattern[str]  # a clause that ends so is a condition (…不能参训的)
    condition_start: re.Pattern[str]  # a clause that starts so is a condition or a purpose (如…, 为…)
    title_rules: frozenset[str]  # rules whose triggers name a topic in a section title
    party_end: re.Pattern[str]  # an actor that ends so names a party (教师, 各校, 教研室, 人事科)
    party_term_end: re.Pattern[str]  # … a whole party word, not a party's last character (教师, not 教师人)
    party_word_end: re.Pattern[str]  # … one of the listed words only (校长, 县区), no stem + division (学生科)
    not_party_end: re.Pattern[str]  # … unless it ends so (校园)
    party_width: int  # the longest text party_end and party_term_end match (see _party_end_at)
    party_head: re.Pattern[str]  # a party at the head of a text: [qualifiers] term [join term]* (广大教师)
    party_noun_head: re.Pattern[str]  # after a party, a noun it is part of (教师培训, 学校管理)
    party_measure: re.Pattern[str]  # a party's measure or attribute as subject (各地申报人数)
    not_party_measure: re.Pattern[str]  # … but a rate or a time of it binds no party (学生问卷满意率)
    party_break: re.Pattern[str]  # a preposition or a 每 inside: no party's measure (单次在同一学校的指导时间)
    after_rules: frozenset[str]  # rules whose actor is the party after the trigger (鼓励教师…)
    topic_phrase_starts: tuple[str, ...]  # phrase starts a party-as-a-whole topic may have (在…的校长)
    topic_triggers: frozenset[str]  # sentence adverbs after a topic: the party at its head acts (教师参与…原则上)
    condition_subject: re.Pattern[str]  # a subject that is a condition (发现问题一律…)
    count_topic: re.Pattern[str]  # after a topic's party, a head count: a place, no party (每班不超过45人)
    measure_owner: re.Pattern[str]  # a distributive lead whose party owns its rate or time (各校放假时间)
    condition_reset: re.Pattern[str]  # a condition that starts so speaks of others (对弄虚作假的，…)
    person_count: re.Pattern[str]  # a count of persons (人数), no measure that binds them
    post_start: re.Pattern[str]  # a subject that starts by seeking a post names the post (申报一级教师)
    person_end: re.Pattern[str]  # a party that ends so is persons (教师, 教研员), not an organisation
    condition_state: re.Pattern[str]  # after a condition's party, a state of its number (教研员不足的)
    not_modal_after: dict[str, tuple[re.Pattern[str], ...]]  # trigger → after-texts that make it no modal (应训尽训)
    attribute_frame: re.Pattern[str]  # a verb whose object a trigger's phrase modifies (营造…支持…的氛围)
    attribute_tail: re.Pattern[str]  # … the 的 + noun that closes that object, at the clause's end
    complement_heads: dict[str, re.Pattern[str]]  # trigger → verbs whose complement it is part of (引导…积极…)
    purpose_start: re.Pattern[str]  # a sentence that opens with a purpose (为…，…，现就…)
    quoted_max: int  # a trigger inside a “…” of at most this many characters is quoted (“要我学”)
    topic_coverb: re.Pattern[str]  # a clause 对…的 + noun, a topic (对不能到校的儿童，…)
    report_lead: re.Pattern[str]  # a sentence that reports news (据了解，…)
    coverb: re.Pattern[str]  # a preposition after a subject's party (教师对学生作业要…)
    purpose_main: re.Pattern[str]  # … the clause that ends the purpose
    request_leads: tuple[str, ...]  # a request before a party, no part of the subject (请各校…)
    after_words: frozenset[str]  # trigger words whose actor is the party after them (严禁教师…)
    trigger_adverbs: dict[str, tuple[str, ...]]  # trigger → adverbs bound to it before it (方 of 方可)


def _party_patterns(data: dict) -> dict[str, Any]:
    """The party words of modality.yml, roles.yml (roles) and bodies.yml (cores, divisions) as patterns."""
    roles, bodies = load("roles"), load("bodies")
    terms = {t for ts in roles["roles"].values() for t in ts}
    terms |= {c for cs in bodies["cores"].values() for c in cs}
    terms |= set(data["actor_party_words"])
    division = f"(?:{alternation(bodies['division_stems'])})(?:{alternation(w for d in bodies['divisions'] for w in d['words'])})"
    ends = "".join(data["actor_party_ends"]) or "^"
    # 各园, 每组: a distributive word before a party ending names the party too
    term = f"(?:{alternation(terms)}|{division}|(?:{alternation(roles['distributive'])})[{ends}])"
    not_leading = set(data["actor_not_leading"])
    lead_words = [w for w in (*roles["distributive"], *roles["qualifiers"], *data["actor_party_leading"])
                  if w not in not_leading]
    word_lead = "(?:" + "|".join([alternation(lead_words), *roles["qualifier_patterns"]]) + ")"
    lead = f"(?:{word_lead}|[^{zh.PHRASE_BREAKS}{DE}]{{1,14}}?{DE})"  # … or a relative phrase (学时不达标的教师)
    # (及时 and 及早 are adverbs, never a join: 引导教师及时总结)
    bterm = f"{term}(?:[(（][^()（）{zh.PHRASE_BREAKS}]{{1,8}}[)）](?:{word_lead}*?{term})?)?"
    # a party word that is a verb too (组织) does not continue a party: 严禁教师组织学生… is the 教师's
    not_chained = f"(?!{alternation(data['actor_not_chained'])})" if data.get("actor_not_chained") else ""
    joins = f"(?!{alternation(data['not_noun_followers'])})(?:{alternation(data['actor_party_joins'] or ['、'])})"
    # every branch of ``term`` is a fixed word (or a stem + a division word, a
    # distributive + an ending): a match of party_end is never longer than this
    width = max(
        max(map(len, terms)),
        max(map(len, bodies["division_stems"])) + max(len(w) for d in bodies["divisions"] for w in d["words"]),
        max(map(len, roles["distributive"])) + 1,
    )
    return {
        "party_width": width,
        "party_end": re.compile(f"(?:{term}|[{ends}])$"),
        "party_term_end": re.compile(f"{term}$"),
        "party_word_end": re.compile(f"(?:{alternation(terms)})$"),
        "not_party_end": re.compile(f"(?:{alternation(data['actor_not_party_ends'] or ['^$'])})$"),
        # after a join, a short modifier the lists lack may precede the next party (园长和保教主任)
        # a bracket after a term goes with it, and so does a term after the bracket (各县(市、区)教育局)
        "party_head": re.compile(f"{lead}*?{bterm}(?:(?:{joins})(?:{lead}|[^{zh.PHRASE_BREAKS}{DE}]{{1,2}}?)*?{bterm}|{not_chained}{word_lead}*?{bterm})*"),
        "party_noun_head": re.compile(
            f"(?:{DE}|{alternation([*roles['noun_heads'], *data['actor_party_noun_heads']])}|{joins})"
        ),
        "party_measure": re.compile(f"(?:{alternation(data['actor_party_measures'] or ['^$'])})$"),
        "not_party_measure": re.compile(f"(?:{alternation(data['actor_not_party_measures'] or ['^$'])})$"),
        "party_break": re.compile(f"[{''.join(data['actor_party_breaks']) or '^'}]"),
    }


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    data = load("modality")
    modality: dict[str, str] = {}
    rule_of: dict[str, str] = {}
    for rule in data["rules"]:
        for w in rule["words"]:
            if w not in modality:  # the first rule listing a word owns it
                modality[w], rule_of[w] = rule["modality"], rule["id"]
    by_trigger: dict[str, list[tuple[str, int]]] = {}
    for word in data["exclude"]:
        for trig in modality:
            idx = word.find(trig)
            while idx != -1:
                by_trigger.setdefault(trig, []).append((word, idx))
                idx = word.find(trig, idx + 1)
    strength = sorted(
        ((w, grade) for grade, words in data["strength"].items() for w in words),
        key=lambda t: len(t[0]),
        reverse=True,
    )
    grade_of: dict[str, str] = {}
    for w, grade in strength:
        grade_of.setdefault(w, grade)
    exclude_res: dict[str, tuple[tuple[int, re.Pattern[str]], ...]] = {}
    for trig, pairs in by_trigger.items():
        offsets = sorted({idx for _, idx in pairs})
        exclude_res[trig] = tuple(
            (idx, re.compile(alternation(w for w, i in pairs if i == idx))) for idx in offsets
        )
    return _Lex(
        trigger=re.compile(alternation(list(modality))),
        modality=modality,
        rule_of=rule_of,
        exclude=(),
        exclude_by_trigger={k: tuple(v) for k, v in by_trigger.items()},
        exclude_res=exclude_res,
        noun_after=re.compile(f"(?:{alternation(data['noun_followers'])})"),
        noun_conj=re.compile(f"(?!{alternation(data['not_noun_followers'])})(?:{alternation(data['noun_conjunctions'])})"),
        noun_rules=frozenset(data["noun_rules"]),
        not_modal_before={t: tuple(re.compile(p) for p in ps) for t, ps in data["not_modal_before"].items()},
        strength=tuple(strength),
        grade_of=grade_of,
        strength_rank={g: i for i, g in enumerate(data["strength_order"])},
        intensifier=re.compile(f"(?:{alternation([w for w, _ in strength])})"),
        actor_trailing=re.compile(f"(?:{alternation(data['actor_trailing'])})+$"),
        actor_leading=re.compile(f"^(?:{alternation(data['actor_leading'])})+"),
        actor_time_whole=re.compile("|".join(f"(?:{p})" for p in data["actor_time_whole"])),
        actor_time_prefix=re.compile("^(?:" + "|".join(f"(?:{p})" for p in data["actor_time_prefix"]) + ")(?=.)"),
        actor_time_suffix=re.compile("(?:" + "|".join(f"(?:{p})" for p in data["actor_time_suffix"]) + ")$"),
        noun_head=re.compile(f"(?:{alternation(data['noun_heads'])})(?:{alternation(data['noun_head_ends'])}|$)"),
        condition_end=re.compile(f"(?:{alternation(data['condition_ends'])})$"),
        condition_start=re.compile(
            f"^(?!{alternation(data['condition_start_words'])})(?:{alternation(data['condition_starts'])})"
        ),
        title_rules=frozenset(data["title_rules"]),
        actor_not_start=re.compile(
            f"^(?!{alternation(data['actor_start_words'] or ['$^'])})(?:{alternation(data['actor_not_starts'])})"
        ),
        after_rules=frozenset(data["actor_after_rules"]),
        topic_phrase_starts=tuple(data["actor_topic_phrase_starts"]),
        topic_triggers=frozenset(data["actor_topic_triggers"]),
        condition_subject=re.compile(f"^(?:{alternation(data['actor_condition_subjects'] or ['$^'])})"),
        count_topic=re.compile(data["actor_count_topic"]),
        condition_state=re.compile(alternation(data["actor_condition_states"] or ["$^"])),
        post_start=re.compile(
            f"^(?:{alternation(data['actor_post_verbs'] or ['$^'])})"
            f"(?!{alternation(data['actor_post_verb_nouns'] or ['$^'])})"
        ),
        person_count=re.compile(f"(?:{alternation(data['actor_person_counts'] or ['$^'])})$"),
        person_end=re.compile(f"[{''.join(data['actor_person_ends']) or '^'}]$"),
        condition_reset=re.compile(f"^(?:{alternation(data['actor_condition_resets'] or ['$^'])})"),
        measure_owner=re.compile(f"^(?:{alternation(data['actor_measure_owner_leads'] or ['$^'])})"),
        not_modal_after={t: tuple(re.compile(p) for p in ps) for t, ps in data["not_modal_after"].items()},
        attribute_frame=re.compile(alternation(data["attribute_frames"] or ["$^"])),
        attribute_tail=re.compile(
            f"{DE}[^{zh.PHRASE_BREAKS}{DE}]{{0,6}}(?:{alternation(data['attribute_heads'] or ['$^'])})$"
        ),
        complement_heads={
            t: re.compile(alternation([*hs, *modality])) for t, hs in data["complement_heads"].items()
        },
        quoted_max=int(data.get("quoted_max_chars", 0)),
        topic_coverb=re.compile(f"^(?:{alternation(data.get('topic_coverbs') or ['$^'])})"),
        report_lead=re.compile(f"^(?:{'|'.join(data.get('report_leads') or ['$^'])})"),
        purpose_start=re.compile(
            f"^(?!{alternation(data['condition_start_words'])})(?:{alternation(data['purpose_starts'] or ['$^'])})"
        ),
        purpose_main=re.compile(
            f"[{zh.PHRASE_BREAKS}](?:{alternation(data['purpose_main_starts'] or ['$^'])})"
        ),
        coverb=re.compile(alternation(data["actor_coverbs"] or ["$^"])),
        trigger_adverbs={t: tuple(sorted(ws, key=len, reverse=True)) for t, ws in (data.get("trigger_adverbs") or {}).items()},
        after_words=frozenset(data.get("actor_after_words") or ()),
        request_leads=tuple(sorted(data.get("actor_request_leads") or (), key=len, reverse=True)),
        **_party_patterns(data),
    )


def _excluded(text: str, start: int, trig: str, lo: int, hi: int) -> bool:
    """True when the trigger at ``start`` is part of a longer non-modal word (主要, 可能 …)."""
    # one anchored match per offset of the trigger inside the words, instead of
    # a startswith per word: the endpos ``hi`` keeps the word inside [lo, hi)
    for idx, words in _lex().exclude_res.get(trig, ()):
        ws = start - idx
        if ws >= lo and words.match(text, ws, hi):
            return True
    return False


def _strength(clause: str, t_start: int, t_end: int, own: str) -> str | None:
    """The strongest intensity word around a trigger (4 chars before, 8 after), ignoring the trigger itself."""
    lex = _lex()
    best: str | None = None
    # The window read in place: the intensifiers are plain words, found alike in a copy of it.
    for m in lex.intensifier.finditer(clause, max(0, t_start - 4), t_end + 8):
        word = m.group(0)
        if m.start() == t_start and word == own:
            continue
        grade = lex.grade_of[word]
        if best is None or lex.strength_rank[grade] < lex.strength_rank[best]:
            best = grade
    return best


def _clause_words(clause: str) -> str:
    """The clause after its outline marker and a leading conjunction (3.并且各校要… → 各校要…), and after a
    request word before a party (请各校严格执行… → 各校严格执行…; 请假教师 stays)."""
    lex = _lex()
    w = lex.actor_leading.sub("", clause[zh.clause_marker_re().match(clause).end() :].strip())
    if w.startswith(lex.request_leads):
        for lead in lex.request_leads:
            if w.startswith(lead) and _party_at_head(w[len(lead) :]) is not None:
                return w[len(lead) :]
    return w


def _actor(before: str) -> str | None:
    """The party the subject before the trigger names (see ``_subject`` and ``_party``)."""
    s = _subject(before)
    return _party(s) if s else None


def _subject(before: str) -> str | None:
    """The subject written before the trigger: 各校 in 各校要…, None for phrases (在…中要) and times (评课时)."""
    lex = _lex()
    s = _party_after_time(lex.actor_trailing.sub("", _clause_words(before)).strip())
    # a time is no subject: before it (活动期间各学校), after it (教研员每五年内) or alone (考试结束后)
    s = lex.actor_time_suffix.sub("", lex.actor_time_prefix.sub("", s))
    s = _party_after_time(lex.actor_trailing.sub("", s).strip())
    if lex.actor_time_whole.fullmatch(s):
        s = _party_before_time(s)  # 校长听课后 → 校长; 考试结束后 → None
    # 在同一所学校任教满六年的教师原则上应…: a relative phrase starting with 在 before its party is a subject
    relative = s.startswith(lex.topic_phrase_starts) and DE in s and _names_party(s)
    if not s or len(s) > _ACTOR_MAX or (lex.actor_not_start.match(s) and not relative) or lex.condition_subject.match(s):
        return None
    if lex.post_start.match(s) and DE not in s:  # 申报一级教师须…: the post sought, no party
        return None
    if not _HAS_CJK.search(s) or _QUOTE_OR_TITLE.search(s):
        return None
    return s


_RELATIVE_TAIL = re.compile(f"[^{DE}{zh.PHRASE_BREAKS}]{{1,15}}{DE}([^{DE}{zh.PHRASE_BREAKS}]{{1,8}})")


def _relative_of_party(rest: str) -> bool:
    """Whether the clause after a trigger is the rest of a relative phrase and its party (…参加剧烈运动的学生)."""
    m = _RELATIVE_TAIL.fullmatch(rest)
    return m is not None and _names_party(m.group(1))


def _party_after_time(s: str) -> str:
    """The party after a time that opens the subject (考前一周各考点 → 各考点, 作业批改后教师 → 教师), else ``s``.

    The time is any of actor_time_whole; the party must be all the rest (学校后勤人员 stays whole), and a
    subject with a 的 is one relative phrase, the time inside it (参与课后服务的教师 stays whole).
    """
    lex = _lex()
    if DE in s:
        return s
    for k in range(2, len(s) - 1):
        if lex.actor_time_whole.fullmatch(s, 0, k) and _party_at_head(s[k:]) == s[k:]:
            return s[k:]
    return s


def _party_end_at(pattern: re.Pattern[str], s: str, end: int) -> bool:
    """Whether ``pattern`` (``party_end`` or ``party_term_end``) matches ``s`` up to ``end``.

    The search starts ``party_width`` characters before ``end``: no match is
    longer, and the alternation of party words is not tried at every earlier
    position of a long subject (the same answer, ~6x faster on subjects).
    """
    return pattern.search(s, max(0, end - _lex().party_width), end) is not None


def _party_before_time(s: str) -> str:
    """The party before a short time of its own act (校长听课后, 学校领导听课时, 教师返岗后), else ''."""
    lex = _lex()
    for k in range(len(s) - 2, 1, -1):
        if len(s) - k <= _ACT_MAX + 1 and _party_end_at(lex.party_term_end, s, k) and lex.actor_time_whole.fullmatch(s, k):
            return s[:k]
    return ""


_TRAILING_BRACKET = re.compile(r"[(（][^()（）]*[)）]$")


def _names_party(s: str) -> bool:
    """Whether ``s`` ends in a party word: 各校, 参训教师, 县教研室, 县(市、区)教育局(分局); not 听课记录."""
    lex = _lex()
    return any(
        w and _party_end_at(lex.party_end, w, len(w)) and not lex.not_party_end.search(w) for w in (s, _TRAILING_BRACKET.sub("", s))
    )


def _no_subject(before: str) -> bool:
    """Whether the text before a trigger holds no subject: nothing but adverbs (既要), or a time (当年, 返岗后)."""
    lex = _lex()
    w = lex.actor_trailing.sub("", _clause_words(before)).strip()
    return (not w or bool(lex.actor_time_whole.fullmatch(w) or lex.condition_subject.match(w)) or _bare_measure(w)
            or _bare_situation(w))


def _bare_situation(w: str) -> bool:
    """Whether ``w`` is a situation ending in 的 with no party of its own (器材损坏的, 安排调整的): the clause
    is then the sentence's party's, as after a situation with a comma (…的，须…); not a 'those who' that a
    reset word opens (凡弄虚作假的, 对…的), nor a party's situation (教研员不足的)."""
    lex = _lex()
    return (bool(lex.condition_end.search(w)) and not lex.condition_reset.match(w)
            and _condition_party(w) is None and not _names_party(w[:-1]))


def _bare_measure(w: str) -> bool:
    """Whether ``w`` is a party's measure or attribute with no party in it (普通话水平, 学历): its owner is the
    party of the sentence, as when no subject is written; a rate or a time binds none (参与率, 所占比例)."""
    lex = _lex()
    return bool(lex.party_measure.search(w)) and not lex.not_party_measure.search(w) and not any(
        _party_end_at(lex.party_term_end, w, k) for k in range(1, len(w) + 1)
    )


def _party(s: str) -> str | None:
    """The party a subject names: itself (各校), the party whose measure, attribute or product it is
    (各地申报人数 → 各地, 教师布置的作业 → 教师), or None for a thing or an activity (听课记录, 送教活动)."""
    lex = _lex()
    # 教师对学生作业要… / 班主任向家长要…: a party then a coverb phrase with no 的 is the party with an
    # adverbial, not a noun phrase (学校对教师的考核要… is read below)
    if DE not in s:
        for m in lex.coverb.finditer(s, 2):
            if _names_party(s[: m.start()]):
                return s[: m.start()]
    if _names_party(s):
        return s
    if lex.not_party_measure.search(s):
        return _measure_owner(s)
    # the longest party before …人数 / …的作业 (its measure, its product), else before a short act it
    # does (教师读书既要…, 校长听课要…); never before a noun it is part of (教师培训, 学校管理)
    heads = [
        k for k in range(len(s) - 1, 1, -1)
        if _party_end_at(lex.party_term_end, s, k) and _names_party(s[:k]) and not lex.party_break.search(s, 1, k)
        and not (lex.party_noun_head.match(s, k) and s[k] != DE)
    ]
    # 学校组织研学活动应… / 教师组织学生外出须…: the first party before a verb of running an event, whatever
    # follows (组织 is a party word too: 学校组织 is no party)
    for k in reversed(heads):
        if s.startswith(_act_verbs(), k):
            return s[:k]
    for k in heads:
        if lex.person_count.search(s, k) and lex.person_end.search(s, 0, k):
            return None  # 交流教师人数: a count of the persons, which binds none of them
        # 教师布置的作业: what the party made is its own to keep; 交流教师的人事关系 / 工作室的成果: a thing the
        # party merely has binds none (four judges of four), unless it is a measure of it (教师的学时)
        if lex.party_measure.search(s, k) or (s[k] != DE and re.search(f"{DE}.", s[k:])):
            return s[:k]
    for k in heads:
        if 2 <= len(s) - k <= _ACT_MAX and s[k] != DE:
            return s[:k]
    return None


@lru_cache(maxsize=1)
def _act_verbs() -> tuple[str, ...]:
    """modality.yml actor_act_verbs: verbs after a party in a subject that make it the party's own act."""
    return tuple(load("modality").get("actor_act_verbs") or ())


def _measure_owner(s: str) -> str | None:
    """The distributive party at the head of a rate or a time, which sets it (各学校放假时间 → 各学校,
    各县(区)合格率 → 各县(区)); None for another's (学生问卷满意率) or with a 的 or a preposition inside."""
    lex = _lex()
    if not lex.measure_owner.match(s):
        return None
    for k in range(2, len(s)):
        if _party_end_at(lex.party_term_end, s, k) and _names_party(s[:k]):
            while k < len(s) - 1 and _names_party(s[: k + 1]):  # 各县 → 各县区
                k += 1
            b = _TRAILING_BRACKET_AT.match(s, k)
            k = b.end() if b else k
            rest = s[k:]
            if DE in rest or lex.party_break.search(rest):
                return None
            return s[:k]
    return None


_TRAILING_BRACKET_AT = re.compile(r"[(（][^()（）]{1,8}[)）]")


def _party_at_head(s: str) -> str | None:
    """The party that heads ``s`` (广大教师参加… → 广大教师, 校长与教研组长、骨干教师同堂听课 → 校长与教研组长、骨干教师);
    None when ``s`` starts otherwise or the party is part of a noun (教师培训, 学校的…)."""
    lex = _lex()
    m = lex.party_head.match(s)
    if m is None:
        return None
    end = m.end()
    # a party word that overlaps the match's end is the longer party (各中小学校长: 学校 + 校长; 各县区: 各县 + 县区);
    # a listed word only: 引导学生科学… is no 学生科
    for n in (2, 1):
        t = lex.party_word_end.search(s, max(0, end + n - lex.party_width), end + n) if end + n <= len(s) else None
        if t is not None and t.start() < end and t.end() == end + n:
            end += n
            break
    if lex.party_noun_head.match(s, end) or end > _ACTOR_MAX or not _names_party(s[:end]):
        return None
    return s[:end]


def _topic(clause: str, whole: bool = False) -> str | None:
    """The party a clause names as the topic of the ones after it: at its head (城镇教师申报高级职称，… →
    城镇教师), or only when the party is the whole clause (``whole``: 学时不达标的教师，…)."""
    lex = _lex()
    raw = _clause_words(clause)
    w = lex.actor_time_prefix.sub("", raw)
    if not w or lex.condition_end.search(w):
        return None
    party = _party_at_head(w)
    # a quoted word after the party (各校于“五一”放假前，…) leaves it the topic; a quote in it is a name
    if party is not None and (_QUOTE_OR_TITLE.search(party) or (party != w and _QUOTE_OR_TITLE.match(w, len(party)))):
        return None
    if whole and party != w and _party_as_a_whole(w):
        party = w
    # a time opening the 的-phrase restricts the party too (2020年以前取得资格的教师，…)
    if whole and party == w and raw != w and DE in w and _party_as_a_whole(raw):
        party = w = raw
    if party is None or (whole and party != w) or lex.count_topic.match(w, len(party)):
        return None
    if _rate_topic(w, party):  # 全区学生安全教育覆盖率达到100%，杜绝…: a rate binds no party
        return None
    # a phrase start (在…, 根据…) or a condition (如…) heads no topic, unless the clause is a party as a
    # whole, the phrase inside its 的 (在同一学校任职满六年的校长，…)
    if (lex.actor_not_start.match(w) or lex.condition_start.match(w)) and not (
        party == w and DE in w and w.startswith(lex.topic_phrase_starts)
    ):
        return None
    return party


def _rate_topic(w: str, party: str) -> bool:
    """Whether a topic clause's subject is a rate or a share of the party at its head (全区中小学生
    安全教育覆盖率达到100% → True): it binds none, as a subject of a trigger's own clause does (see
    ``_party``), unless a distributive party sets it (各校优秀率控制在…, ``_measure_owner``)."""
    m = _rate_word().search(w, len(party), len(party) + _ACTOR_MAX)
    if m is None and party.endswith(_pupils()):  # 幼儿每日户外活动时间不少于2小时: the school sets their day
        m = _pupil_time().search(w, len(party), len(party) + _ACTOR_MAX)
        return m is not None and _party(w[: m.end()]) is None
    return m is not None and _party(w[: m.end()]) is None


@lru_cache(maxsize=1)
def _beneficiary_verbs() -> tuple[str, ...]:
    """modality.yml actor_beneficiary_verbs: verbs right after a trigger that make its subject their beneficiary."""
    return tuple(load("modality").get("actor_beneficiary_verbs") or ())


@lru_cache(maxsize=1)
def _pupils() -> tuple[str, ...]:
    """modality.yml actor_topic_pupils: persons whose times (活动时间) others set for them."""
    return tuple(load("modality").get("actor_topic_pupils") or ())


@lru_cache(maxsize=1)
def _pupil_time() -> re.Pattern[str]:
    """modality.yml actor_topic_pupil_measures before one of actor_topic_rate_verbs (活动时间不少于)."""
    data = load("modality")
    return re.compile(f"(?:{alternation(data.get('actor_topic_pupil_measures') or ['$^'])})"
                      f"(?={alternation(data.get('actor_topic_rate_verbs') or ['$^'])})")


@lru_cache(maxsize=1)
def _rate_word() -> re.Pattern[str]:
    """modality.yml actor_topic_rates anywhere in a text before one of actor_topic_rate_verbs (覆盖率达到, 所占比例不低于)."""
    data = load("modality")
    return re.compile(f"(?:{alternation(data.get('actor_topic_rates') or ['$^'])})"
                      f"(?={alternation(data.get('actor_topic_rate_verbs') or ['$^'])})")


_WHOLE_TAIL_MAX = 16
_RELATIVE_MAX = 24  # a relative phrase before 的 is short, unless it starts as a topic's may (在…的)


def _party_as_a_whole(w: str) -> bool:
    """Whether ``w`` is a 的-phrase and a party its lists read only in part (在同一学校任教满六年的公办学校在岗教师);
    not a statement about a party at its head (各园园长是安全工作的第一责任人)."""
    i = w.rfind(DE)
    if i <= 0 or len(w) - i - 1 > _WHOLE_TAIL_MAX or not _names_party(w) or _party_at_head(w) is not None:
        return False
    return i <= _RELATIVE_MAX or w.startswith(_lex().topic_phrase_starts)


def _condition_party(clause: str) -> str | None:
    """The party at the head of a condition (校长在本校任职满两届的，… → 校长), the subject of the clauses
    after it; None for a bare 'those who' (弄虚作假的，…) or a party acted on (对…的，…)."""
    lex = _lex()
    w = _clause_words(clause)
    if lex.actor_not_start.match(w):
        return None
    party = _party_at_head(w)
    if party is not None and lex.condition_state.match(w, len(party)):  # 专职教研员不足的: a situation
        return None
    # 乡村学校连续任教满20年的: a school where persons teach is a place, the 'those who' unnamed
    if party is not None and not lex.person_end.search(party) and _place_act().match(w, len(party)):
        return None
    return party


@lru_cache(maxsize=1)
def _place_act() -> re.Pattern[str]:
    """modality.yml actor_condition_place_acts: a person's act after an organisation at a condition's head."""
    return re.compile(alternation(load("modality").get("actor_condition_place_acts") or ["$^"]))


def _condition_turns(clause: str) -> tuple[bool, str | None]:
    """Whether a condition clause (…的) changes the subject, and to which party: the one at its head
    (校长任职满两届的 → 校长), or none when it marks those it speaks of (对弄虚作假的, 因故未参训的); a
    situation (同一学科教师两人以上的) leaves the subject as it was."""
    party = _condition_party(clause)
    if party is not None:
        return True, party
    return bool(_lex().condition_reset.match(_clause_words(clause))), None


def _action(clause: str, pos: int) -> str | None:
    """The verb phrase after the trigger, at most 20 characters.

    Intensifiers stay in: 深入 is an adverb in 要深入开展 but the verb in 要深入学校.
    """
    rest = clause[pos:].strip()[:_ACTION_MAX].strip()
    return rest or None


def extract_obligations(text: str, prov: Provision, ctx: Context) -> Iterator[Obligation]:
    """Obligations in one provision, one per trigger occurrence heading a clause.

    Args:
        text: the whole document text.
        prov: the provision (sentence) to read.
        ctx: document context (unused here; the actor is inherited within the sentence).

    Example:
        "严禁挤占挪用教研机构编制和人员" → Obligation(modality="must_not", trigger="严禁",
        strength=None, actor=None, action="挤占挪用教研机构编制和人员", ...)
    """
    lex = _lex()
    # Trigger words hold no clause separator and no space, so every trigger of
    # the sentence lies inside one clause and the sentence's one trigger scan
    # gives each clause's triggers, in order. Only the clauses holding one are
    # looked for (from a hit, back to the separator before it and on to the
    # one after it): the others yield nothing and pass no actor on.
    first = lex.trigger.search(text, prov.start, prov.end)
    if first is None:
        return  # most sentences: no scan object, no list
    hits = [first, *lex.trigger.finditer(text, first.end(), prov.end)]
    modality = lex.modality
    exclude_res = lex.exclude_res  # the triggers that some longer word may hold
    n_hits = len(hits)
    i = 0
    scan_from = prov.start  # the end of the last clause read: no separator before it matters
    last_actor: str | None = None
    said_subject = False  # whether a clause read so far wrote a subject (a party or a thing)
    purpose_end = _purpose_end(text, prov)
    if lex.report_lead.match(_clause_words(text[prov.start : prov.end])):
        return  # 据了解，…力争…: news reported, no provision
    if _aim_lead().match(_clause_words(text[prov.start : prov.end])):
        return  # 本办法坚持…，引导教师…: the document's aims, no provision
    while i < n_hits:
        h = hits[i].start()
        lm = zh.LAST_CLAUSE_BREAK.match(text, scan_from, h)
        c_start = lm.end() if lm else scan_from
        # A condition passed over (…的，) changes the subject: to the party it names at its head
        # (校长任职满两届的，应…), else to the bare 'those who' it describes, no party (对弄虚作假的，…，不得…).
        if c_start > scan_from:
            for part in zh.CLAUSE_BREAK.split(text[scan_from:c_start]):
                part = part.strip()
                if part and lex.condition_end.search(part):
                    turns, party = _condition_turns(part)
                    if turns:
                        last_actor, said_subject = party, True
        sm = zh.CLAUSE_BREAK.search(text, h, prov.end)
        c_end = scan_from = sm.start() if sm else prov.end
        j = i + 1
        while j < n_hits and hits[j].start() < c_end:
            j += 1
        in_clause = hits[i:j]
        i = j
        # Trim the clause to its visible text so evidence has no stray spaces.
        while c_start < c_end and text[c_start].isspace():
            c_start += 1
        while c_end > c_start and text[c_end - 1].isspace():
            c_end -= 1
        clause = text[c_start:c_end]
        # A condition or a purpose before a comma (因病不能参训的，… / 如需调整，… / 为确保…，…)
        # imposes nothing and names no subject for the clauses after it.
        if sm is not None and text[sm.start()] not in _SENTENCE_END and (
            lex.condition_end.search(clause) or lex.condition_start.match(_clause_words(clause))
        ):
            if lex.condition_end.search(clause):
                turns, party = _condition_turns(clause)
                if turns:
                    last_actor, said_subject = party, True
            continue
        # Words inside a cited title (《关于支持…的通知》) impose nothing here.
        titles = zh.title_spans(clause)
        if lex.quoted_max and "“" in clause:  # “要我学”: a short quoted phrase is named, not said
            titles = titles + [m.span() for m in re.finditer(f"“[^“”]{{1,{lex.quoted_max}}}”", clause)]
        # 对不能到校就读的重度残疾儿童，…: a topic 对…的 + noun, its triggers in the relative phrase
        topic_clause = bool(lex.topic_coverb.match(_clause_words(clause)))
        prev_end: int | None = None
        prev_mod: str | None = None
        clause_actor: str | None = None
        clause_subject: str | None = None  # the actor the clause passes on to the next ones
        clause_said = False  # whether the clause wrote a subject of its own
        title = None  # whether the clause is a section title ((三)严格考核管理), decided when needed
        for k, tm in enumerate(in_clause):
            trig = tm.group(0)
            t_start = tm.start() - c_start
            t_end = t_start + len(trig)
            mod = modality[trig]
            if tm.start() < purpose_end:  # 为…，引导教师…，现就…通知如下: the notice's purpose
                continue
            if (trig in exclude_res and _excluded(clause, t_start, trig, 0, len(clause))) or (
                titles and any(a <= t_start < b for a, b in titles)
            ):
                continue
            # What follows the trigger, read in place (both patterns are plain words/classes).
            if t_end >= len(clause) or not _CJK_OPEN.match(clause, t_end) or lex.noun_after.match(clause, t_end):
                continue
            rule = lex.rule_of[trig]
            if topic_clause and re.fullmatch(f"[^{DE}]*{DE}[^{DE}]{{1,10}}", clause[t_end:]) and len(in_clause) == 1:
                continue
            if lex.noun_head.match(clause, t_end):  # 从业禁止制度: the trigger modifies a noun
                continue
            if rule in lex.noun_rules and lex.noun_conj.match(clause, t_end):  # 给予支持与帮助
                continue
            before = clause[:t_start]
            # 合格后方可上岗: an adverb bound to the trigger (方可 'only then may') is no part of the subject
            for adv in lex.trigger_adverbs.get(trig, ()):
                if before.endswith(adv) and not _names_party(before):  # 双方可…: 方 ends a party
                    before = before[: -len(adv)]
                    break
            if rule in lex.title_rules and prev_end is None and not _clause_words(before):
                if title is None:
                    title = _is_title(text, prov, ctx, c_start, c_end)
                if title:
                    continue
            nxt = next(  # the next trigger of the clause that is no part of a longer word (需求, 要求)
                (n for n in in_clause[k + 1 :] if not _excluded(clause, n.start() - c_start, n.group(0), 0, len(clause))),
                None,
            )
            if nxt is not None:
                # 原则上不得 / 尽量不要: the prohibition after an aim is the record, the aim its softening.
                if mod == "should" and modality[nxt.group(0)] == "must_not" and nxt.start() - tm.end() <= 2:
                    continue
                # 确需调整的应…: the trigger is in a condition of the next one
                if lex.condition_end.search(clause, 0, nxt.start() - c_start):
                    continue
            if trig in lex.not_modal_before and any(p.search(before) for p in lex.not_modal_before[trig]):
                continue
            # 患有心脏病等不宜参加剧烈运动的学生，凭…: the trigger is in a relative phrase of the party that the
            # clause names for the next one (its head: a state, no subject; the clause ends on 的 + the party)
            if (len(in_clause) == 1 and sm is not None and text[sm.start()] not in _SENTENCE_END
                    and _relative_of_party(clause[t_end:]) and _clause_words(before)
                    and _actor(before) is None and not _no_subject(before)):
                continue
            # 做到应训尽训 / 让教师应报尽报: a fixed phrase as an object; with a party as its subject
            # (有需求的学生应参尽参) it is that party's duty
            if (trig in lex.not_modal_after and any(p.match(clause, t_end) for p in lex.not_modal_after[trig])
                    and _actor(before) is None):
                continue
            # 营造关心支持…的氛围 / 坚持…确保公平的原则: the trigger is in a modifier of the frame verb's object
            if lex.attribute_frame.search(before) and lex.attribute_tail.search(clause, t_end):
                continue
            # 引导教师积极参与…: a manner adverb in the complement of a verb that steers others
            if trig in lex.complement_heads and not _subject(before) and _in_complement(text, prov, tm.start(), trig):
                continue
            # 要积极参加 / 必须确保: an adverbial trigger right after another is its intensity.
            # 要积极支持兼职教研员…: a verb the modal governs is its duty's act, no record of its own
            if prev_end is not None and (mod in _ADVERBIAL or trig in _folded_verbs()) and prev_mod in _ADVERBIAL:
                gap = clause[prev_end:t_start]
                if len(gap) <= 4 and (not gap or lex.intensifier.fullmatch(gap)):
                    prev_end = t_end
                    continue
            subject = _subject(before) if before and prev_end is None else None
            actor = (_party(subject) if subject else None) if prev_end is None else clause_actor
            # 教师参加视导原则上每月…: the party at the head of a topic before a sentence adverb
            # (a rate, a ratio or a time of the topic binds no party: 校长每周开会的时间原则上…)
            if actor is None and subject and trig in lex.topic_triggers and not lex.not_party_measure.search(subject):
                actor = _party_at_head(subject)
            # 既要…又要… / 原则上不得…: no subject of its own, the one before
            # (a time alone is no subject either: 学时不达标的教师，当年不得…)
            if actor is None and prev_end is None and _no_subject(before):
                actor = last_actor
                # 学时不达标的教师，当年不得… / 城镇教师申报高级职称，须…: a clause before without a
                # trigger names the party, the one just before as a whole or the sentence's first at its head
                if actor is None and not said_subject and c_start > prov.start:
                    actor = _topic_before(text, prov, c_start)
            # 困难家庭学生一律免收: pupils exempted are the ones the act is done to; the party bound (who would
            # charge) is unnamed (学校一律免收… is the school's duty)
            if (actor is not None and prev_end is None and actor.endswith(_pupils())
                    and clause.startswith(_beneficiary_verbs(), t_end)):
                actor = None
            if prev_end is None:
                clause_actor = clause_subject = actor
                clause_said = subject is not None
            # 鼓励教师… / 引导广大教师…: the party encouraged, and the one of the clause's later triggers
            # 各校…，鼓励布置分层作业: with no party after it, the one of the sentence is encouraged
            # 严禁教师有偿补课，严禁…: the party forbidden, and the sentence's when it had none before
            if rule in lex.after_rules or trig in lex.after_words:
                # (严禁组织学生补课: a verb the lists also read as a party, 组织, heads no party)
                rest = clause[t_end:]
                steered = None if lex.actor_not_start.match(rest) else _party_at_head(rest)
                if steered is not None:
                    actor = clause_actor = steered
                    if rule not in lex.after_rules and clause_subject is None:
                        clause_subject = steered
            yield Obligation(
                modality=mod,
                trigger=trig,
                strength=_strength(clause, t_start, t_end, trig),
                actor=actor,
                action=_action(clause, t_end),
                evidence=clause,
                start=c_start,
                end=c_end,
                rule=rule,
            )
            prev_end, prev_mod = t_end, mod
        if clause_subject:
            last_actor = clause_subject
        elif clause_said:  # 听课记录要…，要…: the thing is the subject after it too, no party
            last_actor = None
        said_subject = said_subject or clause_said


@lru_cache(maxsize=1)
def _folded_verbs() -> frozenset[str]:
    """modality.yml folded_after_modal: trigger words that are the verb of a modal right before them (要支持)."""
    return frozenset(load("modality").get("folded_after_modal") or ())


@lru_cache(maxsize=1)
def _aim_lead() -> re.Pattern[str]:
    """modality.yml aim_leads: a sentence that opens so states the document's aims (本办法坚持…)."""
    return re.compile(f"^(?:{'|'.join(load('modality').get('aim_leads') or ['$^'])})")


def _purpose_end(text: str, prov: Provision) -> int:
    """Where a sentence's opening purpose ends (为…，…，引导教师…，现就…通知如下 → at 现就), else its start.

    Example:
        "为规范办学行为，引导学校减负，现将有关事项通知如下。" → the offset of "现将"
    """
    lex = _lex()
    words = _clause_words(text[prov.start : prov.end])
    if not lex.purpose_start.match(words):
        # 按照…规定，结合…，为…，引导…，现将…: the purpose after clauses that open on a coverb (按照, 结合)
        m = lex.purpose_main.search(text, prov.start, prov.end)
        if m is None:
            return prov.start
        for part in zh.CLAUSE_BREAK.split(text[prov.start : m.start()]):
            w = _clause_words(part.strip())
            if lex.purpose_start.match(w):
                return m.start() + 1
            if not lex.actor_not_start.match(w):
                return prov.start
        return prov.start
    m = lex.purpose_main.search(text, prov.start, prov.end)
    return m.start() + 1 if m else prov.start


def _in_complement(text: str, prov: Provision, pos: int, trig: str) -> bool:
    """Whether the trigger at ``pos`` follows one of its complement heads (引导, 鼓励 …) of the sentence with
    no other trigger between, the head steering a party: 引导教师正确认识…，积极参与 → True; 各校要积极参与
    and 鼓励布置分层作业，积极探索… (no party steered) → False."""
    lex = _lex()
    last = None
    for m in lex.complement_heads[trig].finditer(text, prov.start, pos):
        w = m.group(0)
        if w in lex.exclude_res and _excluded(text, m.start(), w, prov.start, prov.end):
            continue
        last = m
    if last is None or last.group(0) not in _lex_heads(trig):
        return False
    seg = text[last.end() : pos]
    # the party steered heads the text after the verb, a short modifier before it allowed (退休教师, 青年班主任)
    return _party_at_head(seg) is not None or (
        not lex.actor_not_start.match(seg) and any(_party_end_at(lex.party_term_end, seg, k) for k in range(2, 7))
    )


@lru_cache(maxsize=None)
def _lex_heads(trig: str) -> frozenset[str]:
    """The complement heads of modality.yml for a trigger (积极 → 引导, 鼓励 …)."""
    return frozenset(load("modality")["complement_heads"].get(trig, []))


def _topic_before(text: str, prov: Provision, c_start: int) -> str | None:
    """The topic party of the clauses before ``c_start`` (see ``_topic``)."""
    lm = zh.LAST_CLAUSE_BREAK.match(text, prov.start, c_start)
    if lm is None:
        return None
    head = text[prov.start : lm.end() - 1]  # the clauses before, without the break
    pm = zh.LAST_CLAUSE_BREAK.match(head)
    last = head[pm.end() :] if pm else head
    # the sentence's first clause, after a time written as a clause of its own (每学期开学前，各学校…)
    lex = _lex()
    # a run-in label before a colon (宣传动员阶段(6月)：各校召开…) is no clause of the sentence's subject
    label = _RUN_IN_LABEL.match(head)
    clauses = [c.strip() for c in zh.CLAUSE_BREAK.split(head[label.end() if label else 0 :])]
    first = next((c for c in clauses if c and not _time_alone(_clause_words(c))), "")
    return _listed_topic(head[label.end() if label else 0 :]) or _topic(last.strip(), whole=True) or _topic(first)


_LIST_JOIN = re.compile(r"^(?:以及|或者|或|及|和)")


def _listed_topic(head: str) -> str | None:
    """Persons listed over several clauses as the topic of the next one, verbatim (男55周岁以上的教师，以及
    怀孕、哺乳期教师，可… → both, with the comma): each clause a party of persons as a whole."""
    spans = zh.clause_spans(head)
    if len(spans) < 2:
        return None
    # a join opening the last clause (…，以及…教师 / …，或…的教师) lists it with any persons before it
    joined = bool(_LIST_JOIN.match(head[slice(*spans[-1])].strip()))
    if not _list_item(head[slice(*spans[-1])], joined):
        return None
    i = len(spans) - 1
    while i > 0 and head[spans[i - 1][1]] in "，," and _list_item(head[slice(*spans[i - 1])], joined):
        i -= 1
    if i == len(spans) - 1:
        return None
    return _clause_words(head[spans[i][0] : spans[-1][1]].strip())


def _list_item(clause: str, joined: bool) -> bool:
    """Whether a clause is persons as a whole (…满6年的专任教师), a join word allowed before them; in a
    list a join closes (``joined``), any clause that ends on persons (已入选…工作室主持人, 以及怀孕、哺乳期教师)."""
    w = _LIST_JOIN.sub("", _clause_words(_LIST_JOIN.sub("", clause.strip())))
    if not w or not _lex().person_end.search(w):
        return False
    # (各校组织全体教师: a party at the head acting on others is a clause, no item)
    return _topic(w, whole=True) == w or (joined and _names_party(w) and _party_at_head(w) in (None, w))


_RUN_IN_LABEL = re.compile(r".*[：:](?!\d)", re.S)  # up to the last colon that is no clock time (8:30)


def _time_alone(w: str) -> bool:
    """Whether ``w`` is a time with no party at its head (每学期开学前, not 教师跟岗学习期间)."""
    return bool(_lex().actor_time_whole.fullmatch(w)) and _party_at_head(w) is None and not _party_before_time(w)


def _is_title(text: str, prov: Provision, ctx: Context, c_start: int, c_end: int) -> bool:
    """Whether the clause is a whole heading line with its section's text after it: (二)严格考核管理。"""
    rest = text[c_end:prov.end].strip()
    if text[prov.start:c_start].strip() or (rest and rest not in zh.SENTENCE_ENDS):  # a heading line is one clause
        return False
    if not zh.clause_marker_re().match(text, c_start, c_end).group().strip():
        return False
    # text[s.start:prov.start] is blank: the section opens with this provision, and goes on after it
    return any(s.start <= prov.start and s.end > prov.end and not text[s.start:prov.start].strip() for s in ctx.sections)


def get_obligations(doc: AnyDoc) -> Iterator[Obligation]:
    """Every obligation of a document (see ``extract_obligations``)."""
    return per_provision(doc, "obligations", extract_obligations)


def trigger() -> Trigger:
    """What a provision needs to hold an obligation (see :mod:`.triggers`): the first character of a modality word."""
    return Trigger.of_words(_lex().modality)


def restriction_counts(obligations: Sequence[Obligation], chars: int) -> tuple[int, float]:
    """RegData-style restriction count: must + must_not records, and per 10,000 characters.

    Example: 12 restrictions in a 6,000-character notice → ``(12, 20.0)``.
    """
    n = sum(1 for o in obligations if o.modality in ("must", "must_not"))
    return n, (n * 10000 / chars if chars > 0 else 0.0)
