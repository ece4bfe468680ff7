"""Obligations: modality, trigger, strength, actor and action per clause."""

from __future__ import annotations

import pytest

from extract.extractors.obligations import extract_obligations, restriction_counts
from extract.types import Context, Obligation, Provision


def run(text: str) -> list[Obligation]:
    prov = Provision(0, None, text, 0, len(text))
    found = list(extract_obligations(text, prov, Context(provisions=[prov])))
    for o in found:
        assert text[o.start : o.end] == o.evidence
    return found


@pytest.mark.parametrize(
    ("text", "modality", "trigger", "strength", "actor", "evidence"),
    [
        # seeds
        ("各校要认真落实本意见。", "must", "要", "moderate", "各校", "各校要认真落实本意见"),
        ("严禁挤占挪用教研机构编制和人员。", "must_not", "严禁", None, None, "严禁挤占挪用教研机构编制和人员"),
        ("教研员应具备如下条件:", "must", "应", None, "教研员", "教研员应具备如下条件"),
        # an activity as subject names no party
        ("教学视导须做到“五必听”。", "must", "须", None, None, "教学视导须做到“五必听”"),
        # the party encouraged is the actor
        ("鼓励学校开展校级课题研究。", "encouraged", "鼓励", None, "学校", "鼓励学校开展校级课题研究"),
        ("各级教研机构可按需返聘教研能力强且有意愿的银龄教师加入教研队伍。", "may", "可", None, "各级教研机构",
         "各级教研机构可按需返聘教研能力强且有意愿的银龄教师加入教研队伍"),
        ("原则上特级教师、正高级教师等教师全员参加活动。", "should", "原则上", None, None,
         "原则上特级教师、正高级教师等教师全员参加活动"),
        ("各校要高度重视教师队伍建设。", "must", "要", "strong", "各校", "各校要高度重视教师队伍建设"),
        ("教师每学年应完成相应继续教育学时学习任务。", "must", "应", None, "教师", "教师每学年应完成相应继续教育学时学习任务"),
        ("确保每位教师每年校本培训不少于24学时。", "must", "确保", None, None, "确保每位教师每年校本培训不少于24学时"),
        # other regions' phrasings
        ("各地必须切实落实立德树人根本任务。", "must", "必须", "strong", "各地", "各地必须切实落实立德树人根本任务"),
        ("学校不得以任何名义组织有偿补课。", "must_not", "不得", None, "学校", "学校不得以任何名义组织有偿补课"),
        ("在职教师不准到校外培训机构兼职。", "must_not", "不准", None, "在职教师", "在职教师不准到校外培训机构兼职"),
        ("力争到2025年全市骨干教师占比达到30%。", "should", "力争", None, None, "力争到2025年全市骨干教师占比达到30%"),
        ("支持有条件的地区先行先试。", "encouraged", "支持", None, "有条件的地区", "支持有条件的地区先行先试"),
        ("提倡教师开展跨学科教研。", "encouraged", "提倡", None, "教师", "提倡教师开展跨学科教研"),
        ("各县区可以结合实际制定实施细则。", "may", "可以", None, "各县区", "各县区可以结合实际制定实施细则"),
        ("各地应当稳步推进县管校聘改革。", "must", "应当", "weak", "各地", "各地应当稳步推进县管校聘改革"),
        ("务必杜绝形式主义。", "must", "务必", None, None, "务必杜绝形式主义"),
        ("各校要大力推进智慧教育平台应用。", "must", "要", "strong", "各校", "各校要大力推进智慧教育平台应用"),
        ("要进一步优化教研员队伍结构。", "must", "要", "moderate", None, "要进一步优化教研员队伍结构"),
        # an article or list number in front of the subject is no part of it
        ("第六条 县级教研室应当每学期组织一次视导。", "must", "应当", None, "县级教研室", "第六条 县级教研室应当每学期组织一次视导"),
        ("3.并且各幼儿园要配齐保健人员。", "must", "要", None, "各幼儿园", "3.并且各幼儿园要配齐保健人员"),
    ],
)
def test_first_obligation(text: str, modality: str, trigger: str, strength: str | None, actor: str | None,
                          evidence: str) -> None:
    o = run(text)[0]
    assert (o.modality, o.trigger, o.strength, o.actor, o.evidence) == (modality, trigger, strength, actor, evidence)


@pytest.mark.parametrize(
    "text",
    [
        "开展以社会公德、职业道德为主要内容的师德教育。",
        "根据工作需要,配备一定数量的兼职教研员。",
        "明确学科教研工作的主要任务和岗位职责。",
        "学习贯彻教育规划纲要和人才规划纲要。",
        "这是提高教育质量的重要举措。",
        "只要符合条件,均纳入管理。",
        "防止干扰学生的可能性。",
        "促进教育事业可持续发展。",
        "经考评认可的课题纳入县级管理。",
        "这是不可或缺的重要环节。",
        "方案可行、可靠。",
        "适应新形势下教师专业发展要求。",
        "加强高效课堂建设,向课堂要质量。",
        "调动教师的积极性和创造性。",
        "为教育均衡发展提供智力支持和人才保障。",
        "贯彻落实《关于支持省级扶贫开发工作重点县教育事业发展八项措施的通知》要求。",
        "推动应用信息技术改进教学。",
    ],
)
def test_no_false_triggers(text: str) -> None:
    assert run(text) == []


def test_two_triggers_in_one_clause() -> None:
    found = run("严禁体罚学生,不得歧视学生")
    assert [(o.modality, o.trigger) for o in found] == [("must_not", "严禁"), ("must_not", "不得")]


def test_adverbial_trigger_folds_into_the_modal() -> None:
    found = run("学校要积极参加教研活动。")
    assert [(o.modality, o.trigger, o.strength) for o in found] == [("must", "要", "moderate")]


def test_actor_inherited_within_the_sentence() -> None:
    found = run("各校要高度重视教师队伍建设,扎实抓好教研与培训工作,要发挥党组织的领导作用。")
    assert [(o.trigger, o.actor) for o in found] == [("要", "各校"), ("要", "各校")]
    assert found[1].evidence == "要发挥党组织的领导作用"
    assert found[1].action == "发挥党组织的领导作用"


def test_action_is_short() -> None:
    o = run("各地要将教师培训经费列入本级政府财政预算并及时足额核拨到位确保专款专用。")[0]
    assert o.action == "将教师培训经费列入本级政府财政预算并及时"


def test_restriction_counts() -> None:
    found = run("学校要加强管理;严禁有偿补课;鼓励教师开展研究;可以跨校交流。")
    assert [o.modality for o in found] == ["must", "must_not", "encouraged", "may"]
    assert restriction_counts(found, 5000) == (2, 4.0)
    assert restriction_counts([], 0) == (0, 0.0)


def test_trigger_words_never_cross_a_clause() -> None:
    # extract_obligations finds the clauses to read from one trigger scan of the
    # whole sentence: that is exact only while no trigger holds a separator or a space
    from extract import zh
    from extract.extractors.obligations import _lex

    for word in _lex().modality:
        assert word and not zh.CLAUSE_BREAK.search(word) and not any(ch.isspace() for ch in word), word


@pytest.mark.parametrize("clause", ["主要任务", "需要加强", "认可度", "要求各校", "学校要求教师必须参加", "不可以"])
def test_excluded_matches_the_word_list(clause: str) -> None:
    # the per-offset regexes say exactly what a startswith over every exclusion word says
    from extract.extractors.obligations import _excluded, _lex

    lex = _lex()
    for m in lex.trigger.finditer(clause):
        trig = m.group(0)
        for lo, hi in ((0, len(clause)), (m.start(), m.end()), (0, m.end() + 1)):
            slow = any(
                start_ok and clause.startswith(word, m.start() - idx)
                for word, idx in lex.exclude_by_trigger.get(trig, ())
                for start_ok in [m.start() - idx >= lo and m.start() - idx + len(word) <= hi]
            )
            assert _excluded(clause, m.start(), trig, lo, hi) == slow, (clause, trig, lo, hi)


# ---------------------------------------------------------------- what is no obligation (issue 11)


def run_document(text: str) -> list[Obligation]:
    """Obligations of a whole text, segmented as a build does (a heading knows its section)."""
    from extract.segment import segment

    sections, provisions = segment(text)
    ctx = Context(provisions=provisions, sections=sections)
    return [o for p in provisions for o in extract_obligations(text, p, ctx)]


def test_a_section_title_imposes_nothing_its_text_does() -> None:
    text = "（二）严格经费管理\n各县区要建立培训经费台账，严禁截留挪用。\n（三）确保活动实效。\n各园要认真总结。"
    found = run_document(text)
    assert [(o.trigger, o.actor) for o in found] == [("要", "各县区"), ("严禁", "各县区"), ("要", "各园")]


@pytest.mark.parametrize(
    "text",
    [
        "3.严格执行作息时间。\n4.确保午休时间不少于1小时。",  # list items with nothing under them are duties
        "（一）各园必须配齐保健人员\n具体标准见附件。",  # an explicit modal in a title still imposes
        "（一）园长要严格落实安全责任\n每周排查一次。",  # a title with a subject is a duty
    ],
)
def test_items_and_titles_with_a_modal_still_impose(text: str) -> None:
    assert run_document(text)


@pytest.mark.parametrize(
    ("text", "triggers"),
    [
        ("因公出差不能参加培训的，须事后补学。", ["须"]),  # the condition (…的，) is no prohibition
        ("确需延期的，应提前一周报备。", ["应"]),
        ("如不能按期结题，须书面说明原因。", ["须"]),
        ("为确保考试公平，监考教师不得携带手机。", ["不得"]),  # a purpose clause
        ("对考核不合格又不能整改到位的，取消其资格。", []),
        ("健全教师从业禁止制度。", []),  # 禁止 modifies a noun
        ("做好辖区幼儿园的日常支持工作。", []),
        ("在政策允许范围内适当倾斜。", []),
        ("经费使用原则上不得超出预算。", ["不得"]),  # 原则上 softens the prohibition, one record
        ("宜宾、宜春两地教师参加交流。", []),  # a place name
    ],
)
def test_conditions_nouns_and_names_are_no_obligations(text: str, triggers: list[str]) -> None:
    assert [o.trigger for o in run(text)] == triggers


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("复查结束后须形成书面报告。", None),  # a time alone is no subject
        ("上课时不得接打电话。", None),
        ("本年度力争完成两轮视导。", None),
        ("见习期内不得承担班主任工作。", None),
        ("培训期间各参训学员要遵守纪律。", "各参训学员"),  # the subject after a time
        ("骨干教师每三年应承担一项课题。", "骨干教师"),  # the subject before a time
        ("名师工作室在考核周期内须上示范课。", "名师工作室"),
        ("学时由公需科目学时构成。", None),  # 公需 holds no 需
        ("班主任既要关心学生学习，又要关注学生心理健康。", "班主任"),
        ("指导教师要定期听徒弟的课。", "指导教师"),
        ("各校要及时报送材料。", "各校"),  # 及时 is an adverb, not 及
    ],
)
def test_actor_is_a_subject_not_a_time(text: str, actor: str | None) -> None:
    found = run(text)
    if "公需" in text:
        assert found == []
        return
    assert found and all(o.actor == actor for o in found), [(o.trigger, o.actor) for o in found]


@pytest.mark.parametrize(
    ("text", "triggers", "actor"),
    [
        # a condition before the modal, in one clause: a bare 的-phrase names no party
        ("确需变更的应书面报告。", ["应"], None),
        ("不能按时返校的须电话请假。", ["须"], None),
        ("擅自离岗的教师须作出书面说明。", ["须"], "擅自离岗的教师"),
        ("值班教师要按照规定的要求护送学生。", ["要"], "值班教师"),  # 的 before 要求 (no trigger) is no condition
        ("2025年上半年要完成验收。", ["要"], None),  # a year is no subject
    ],
)
def test_conditions_idioms_and_years_inside_a_clause(text: str, triggers: list[str], actor: str | None) -> None:
    found = run(text)
    assert [o.trigger for o in found] == triggers
    assert all(o.actor == actor for o in found)


def test_a_contrast_word_is_no_actor() -> None:
    found = run("分校可参照执行，但不得降低标准。")
    assert [(o.trigger, o.actor) for o in found] == [("可", "分校"), ("不得", "分校")]


# ---------------------------------------------------------------- the actor names a party


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a thing, an activity, a document or a quantity as subject is no actor
        ("评课意见要具体明确。", None),
        ("校本教研活动要做到定时定点。", None),
        ("申报材料须真实完整。", None),
        ("家长满意度应达到95%以上。", None),
        ("午休时间不得少于40分钟。", None),
        # a person role or an organisation is
        ("每名辅导员要建立学生档案。", "每名辅导员"),
        ("县教育局人事股应及时办理手续。", "县教育局人事股"),
        ("各乡镇中心园要配齐保健医生。", "各乡镇中心园"),
        ("评审专家不得透露评审结果。", "评审专家"),
        # the party whose measure, attribute or product the subject is
        ("各校推荐人数不得超过在编教师的5%。", "各校"),
        ("参评教师学历须达到本科以上。", "参评教师"),
        ("教研组制定的计划要报教导处备案。", "教研组"),
        ("班主任家访要提前预约。", "班主任"),  # a short act the party does (家访)
        ("督学进校须出示证件。", "督学"),
        ("学生问卷合格率须达到80%。", None),  # a rate of the students binds no student
        ("教师培训学时要计入档案。", None),  # 教师培训 is an activity, not the teachers
        # a bare 的-phrase names no one
        ("抄袭他人成果的，一律取消评选资格。", None),
    ],
)
def test_actor_names_a_party(text: str, actor: str | None) -> None:
    found = run(text)
    assert found and found[0].actor == actor, [(o.trigger, o.actor) for o in found]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("鼓励青年教师报考教育硕士。", "青年教师"),
        ("引导全体班主任学习心理健康知识。", "全体班主任"),
        ("支持符合条件的乡村学校建设周转宿舍。", "符合条件的乡村学校"),
        ("倡导家长和学生共读一本书。", "家长和学生"),
        ("各地要鼓励骨干教师到薄弱学校任教。", "骨干教师"),  # not 各地, who encourages
        ("引导幼儿园管理干部深入保教一线。", "幼儿园管理干部"),  # 管理干部 is a party, not 管理 of the kindergarten
        ("鼓励开展区域联片教研。", None),  # no party follows
        ("提倡教师培训与教研相结合。", None),  # 教师培训 is an activity
    ],
)
def test_encouraged_party_is_the_actor(text: str, actor: str | None) -> None:
    found = [o for o in run(text) if o.modality == "encouraged"]
    assert found and found[0].actor == actor, [(o.trigger, o.actor) for o in found]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("连续三年考核优秀的班主任，可优先推荐评先。", "连续三年考核优秀的班主任"),
        ("外出学习的教师返校后，要在教研组内作汇报。", "外出学习的教师"),
        ("农村学校校长申报名校长，须有五年以上任职经历。", "农村学校校长"),
        ("各园园长是安全工作第一责任人，要每周巡查一次。", "各园园长"),
        ("见习教师跟岗时间不少于一学期，应完成规定任务。", "见习教师"),
        ("听课笔记每学期检查一次，要做到记录完整。", None),  # the topic is a thing
        ("为提高培训质量，要组织专题研讨。", None),  # a purpose is no topic
    ],
)
def test_a_topic_clause_names_the_party_of_the_sentence(text: str, actor: str | None) -> None:
    found = run(text)
    assert found and all(o.actor == actor for o in found), [(o.trigger, o.actor) for o in found]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("各中心校积极组织教师参加线上研修。", "各中心校"),
        ("每位班主任积极参与家访活动。", "每位班主任"),
        ("积极推进集团化办学。", None),
    ],
)
def test_jiji_states_a_duty(text: str, actor: str | None) -> None:
    found = run(text)
    assert [(o.modality, o.trigger, o.actor) for o in found] == [("must", "积极", actor)]


def test_jiji_after_a_modal_folds_into_it() -> None:
    assert [(o.modality, o.trigger) for o in run("教研员要积极争取课题立项。")] == [("must", "要")]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the clause just before, when it is a party as a whole, is nearer than the sentence's head
        ("区教研室每学期通报研修情况，完成率不足80%的学校，不得评为先进单位。", "完成率不足80%的学校"),
        # a thing written as the subject is the subject after it too: no earlier party carries over
        ("各园要建立观察记录制度，观察记录要客观真实，不得事后补写。", None),
        # a rate or a time of a party, or a subject with a preposition inside, binds no party
        ("参加研修的班主任比例应达到90%。", None),
        ("每次在同一园所的观摩时长原则上不少于半天。", None),
        ("各县市区选送人数不得超过两人。", "各县市区"),
    ],
)
def test_what_carries_over_and_what_binds(text: str, actor: str | None) -> None:
    found = run(text)
    assert found and found[-1].actor == actor, [(o.trigger, o.actor) for o in found]


def test_an_adverb_after_the_encouraged_party_is_no_join() -> None:
    found = run("各校要引导班主任及时记录学生成长。")
    assert [(o.trigger, o.actor) for o in found] == [("要", "各校"), ("引导", "班主任")]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("园长巡班后要填写巡查记录。", "园长"),  # the party before a time of its own act
        ("教研员视导时不得接受宴请。", "教研员"),
        ("活动结束后要及时总结。", None),  # a time alone
        ("在本校任教满十年的骨干教师，可申请脱产研修。", "在本校任教满十年的骨干教师"),
        ("在评审过程中，不得泄露评审信息。", None),  # a phrase, no party
    ],
)
def test_party_before_a_time_and_a_topic_starting_with_a_preposition(text: str, actor: str | None) -> None:
    found = run(text)
    assert found and all(o.actor == actor for o in found), [(o.trigger, o.actor) for o in found]


def test_a_party_acted_on_is_no_topic() -> None:
    found = run("对考核不合格的班主任，要及时调整岗位。")
    assert [(o.trigger, o.actor) for o in found] == [("要", None)]


# ---------------------------------------------------------------- who bears the duty across a sentence


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a party's time or rate as subject: a distributive party sets its own (各…), and so binds
        ("各幼儿园开园时间不得早于8月28日，开园前要完成消杀。", "各幼儿园"),
        ("各县(区)巩固率原则上不低于99%。", "各县(区)"),
        # a measure with no party in it belongs to the party of the sentence
        ("体育教师每学期参加专业培训不少于16学时，学历应达到本科以上。", "体育教师"),
        # … but a rate binds no one, the sentence's party either
        ("家长自愿报名，到场率力争达到95%。", None),
        ("班主任每学期家访不少于20户，其中入户家访所占比例不得低于一半。", None),
        # a count of persons binds none of them (an organisation's count is its own: 各县市区选送人数)
        ("每年轮岗骨干教师人数应不低于骨干教师总数的15%。", None),
        # a topic before a sentence adverb: the party at its head, even with an act after it
        ("骨干教师送教下乡原则上每学年不少于两次。", "骨干教师"),
        # a condition that names the party before a comma passes it on
        ("园长在同一所幼儿园任职满九年的，应当轮岗。", "园长"),
        ("在同一所乡镇中心校任教满八年的公办学校在岗教师，原则上应当参加流动。",
         "在同一所乡镇中心校任教满八年的公办学校在岗教师"),
        # … a condition marking those it speaks of (对…的) changes the subject: none carries over
        ("区教育局要认真核查，对隐瞒信息的，撤销其资格，两年内不得参评。", None),
        # … a situation (…不足的) leaves the subject as it was
        ("各园要配足保育员，保育员不足的，可以聘用临时人员。", "各园"),
        # a condition as the subject (发现…) carries the party of the sentence over
        ("各镇中心学校每月检查一次食堂，发现问题一律责令整改。", "各镇中心学校"),
        # a head count or a grade is no party
        ("高中每班不超过55人，严禁设置重点班。", None),
        ("学前班不布置书面作业，可组织户外游戏。", None),
        # 子女, 本校, 另
        ("随迁子女须提供父母的务工证明。", "随迁子女"),
        ("推荐人选须具有五年以上教龄。", "推荐人选"),
        ("本校班主任在完成区级轮训的基础上，另须参加心理健康培训。", "本校班主任"),
        # a bracket after a term is part of it
        ("各县(市、区)教研室每学期开展一次视导，发现问题一律限期整改。", "各县(市、区)教研室"),
        # a statement about a party at its head is no party as a whole (…是…的责任人)
        ("各园园长是本园保教质量的第一责任人，要每周深入班级。", "各园园长"),
        # a time written as a clause of its own is no topic: the clause after it is the sentence's head
        ("每年汛期来临前，各中心校排查校舍隐患，确保师生安全。", "各中心校"),
        ("指导师原则上由教龄十年以上的一级教师担任。", "指导师"),
        # a subject seeking a post names the post, no party; the seeker as a noun is one
        ("申报高级教师须在市级以上刊物发表论文。", None),
        ("担任教研组长一般应具有一级以上职称。", None),
        ("申报人须对材料真实性负责。", "申报人"),
        ("应聘人员须持有教师资格证。", "应聘人员"),
        ("担任班主任的教师要每周家访一次。", "担任班主任的教师"),
    ],
)
def test_who_bears_the_duty_across_a_sentence(text: str, actor: str | None) -> None:
    found = run(text)
    assert found and found[-1].actor == actor, [(o.trigger, o.actor) for o in found]


@pytest.mark.parametrize(
    ("text", "triggers"),
    [
        # a trigger in a noun or in the attribute of a frame verb's object imposes nothing
        ("研究小组要梳理问题、找准下一步努力方向。", ["要"]),
        ("各园要大力宣传先进典型，营造家长理解、社会支持学前教育的浓厚氛围。", ["要"]),
        ("坚持就近入学、规范有序、确保质量的原则。", []),
        # 积极 in the complement of a verb that steers others: the steered act is 引导's record
        ("各中心校要组织宣讲，动员退休教师正确看待支教意义，积极报名参加。", ["要"]),
        ("鼓励青年教师积极承担示范课。", ["鼓励"]),
        # … but with a subject of its own it is that party's duty
        ("鼓励社会力量参与，各社区积极开放活动场地。", ["鼓励", "积极"]),
        # … and so it is when no party is steered
        ("鼓励开展小组合作学习，积极推行项目化作业。", ["鼓励", "积极"]),
        # 应X尽X: a slogan as a verb's object, a duty after a party
        ("各乡镇要摸清底数，确保做到应检尽检、应治尽治。", ["要", "确保"]),
        ("有意愿的适龄幼儿应托尽托。", ["应"]),
        # an opening purpose runs to the notice's main clause (现将…通知如下 / 特制定…)
        ("为加强师德建设，树立先进典型，鼓励教师终身从教，现将评选工作安排如下。", []),
        ("为推进集团化办学，支持成员校共同发展，特制订本实施意见。", []),
        # … while a purpose of one duty keeps the duty
        ("为提高教学质量，鼓励各校开展同课异构。", ["鼓励"]),
    ],
)
def test_nouns_complements_slogans_and_purposes_impose_nothing(text: str, triggers: list[str]) -> None:
    assert [o.trigger for o in run(text)] == triggers


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # an adverb alone before the trigger is no subject: the sentence's party carries over
        ("兼职教研员须热爱教研工作，一般应有十年以上教龄。", "兼职教研员"),
        ("各园要规范收费行为，坚决杜绝乱收费。", "各园"),
        ("各中心校要做好宣传，特别要向家长讲清政策。", "各中心校"),
        # a party with a coverb phrase before the trigger
        ("班主任对学困生要耐心辅导。", "班主任"),
        ("辅导员把安全教育要贯穿活动始终。", "辅导员"),
    ],
)
def test_an_adverb_or_a_coverb_phrase_keeps_the_party(text: str, actor: str | None) -> None:
    found = run(text)
    assert found and found[-1].actor == actor, [(o.trigger, o.actor) for o in found]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a time of day after the subject is no part of it
        ("九年级工作日下午可组织分层辅导。", None),  # a grade, no party
        ("各寄宿学校每天晚上要安排教师查寝。", "各寄宿学校"),
        # a relative phrase starting with 在 that closes on its party is the subject
        ("在同一岗位连续工作满八年的中层干部原则上应当轮岗。", "在同一岗位连续工作满八年的中层干部"),
        ("在校内开展的社团活动原则上不收费。", None),  # a thing
    ],
)
def test_times_of_day_and_relative_subjects(text: str, actor: str | None) -> None:
    found = run(text)
    assert found and found[0].actor == actor, [(o.trigger, o.actor) for o in found]


def test_an_encouragement_with_no_party_after_it_is_the_sentence_party_s() -> None:
    found = run("各园每学期举办两次开放日，鼓励举办亲子运动会。")
    assert [(o.trigger, o.actor) for o in found] == [("鼓励", "各园")]
    assert run("鼓励举办亲子运动会。")[0].actor is None


@pytest.mark.parametrize("text", ["全面落实边远地区教师支持计划的各项举措", "启动青年教师支持项目第二期"])
def test_support_inside_a_programme_name_is_no_encouragement(text):
    # A programme named 支持计划 / 支持项目 encourages no one; the programme's own duties come with other words.
    assert [o for o in run(text) if o.trigger == "支持"] == []


@pytest.mark.parametrize("subject", ["市县两级教研部门负责人", "各幼儿园保教主任和青年教师", "区教师发展中心学科教研员", "校园安全责任人"])
def test_party_endings_are_searched_from_the_longest_word_back(subject: str) -> None:
    # a bounded search gives the whole search's answer at every prefix of a subject
    from extract.extractors.obligations import _lex, _party_end_at

    lex = _lex()
    for pattern in (lex.party_end, lex.party_term_end):
        for k in range(len(subject) + 1):
            assert _party_end_at(pattern, subject, k) == (pattern.search(subject, 0, k) is not None), (subject, k)


# Causes found on the sixth judged sample (tests/obligations6), each in other wording than its notices.
@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        # a request word before a party (请各校…) is no part of it; the party is the later clauses' too
        ("请各镇中心校严格落实晨午检制度，严禁瞒报漏报。", "严禁", "各镇中心校"),
        ("请各中小学高度重视，精心组织，确保测评数据真实。", "确保", "各中小学"),
        ("请假教师须提前一天报教务处。", "须", "请假教师"),
        # a unit or a post of a school is a party, whole (学校食堂, not 学校)
        ("中心校食堂不得外包经营。", "不得", "中心校食堂"),
        ("学校门卫要严格登记外来人员。", "要", "学校门卫"),
        ("各村小、教学点负责人是第一责任人，要每天巡查。", "要", "各村小、教学点负责人"),
        ("各居委会要协助做好适龄儿童摸底工作。", "要", "各居委会"),
        # a party word overlapping the match's end is the longer party
        ("各中小学校长是安全工作第一责任人，要亲自部署。", "要", "各中小学校长"),
        ("各县区是实施主体，要建立台账。", "要", "各县区"),
        # a time between the subject and the modal
        ("各园每学期末须公开保育费收支情况。", "须", "各园"),
        ("全区中小学教师2025年度须完成网络研修。", "须", "全区中小学教师"),
        ("住校学校返校当天要逐一清点学生人数。", "要", "住校学校"),
        # a restrictive 的-phrase with a township at its head
        ("在校生超过两千人的镇可增设一所幼儿园。", "可", "在校生超过两千人的镇"),
        # a situation ending in 的 inside a clause keeps the sentence's party
        ("学校应在开学前公布课表，课表变动的须提前告知家长。", "须", "学校"),
        ("凡弄虚作假的不得参评。", "不得", None),
        # 严禁 + a party: the party forbidden
        ("严禁在职教师到校外机构兼职，严禁收受家长礼品。", "严禁", "在职教师"),
        ("严禁组织学生参加商业性活动。", "严禁", None),
        ("严禁班主任组织学生参加有偿补习。", "严禁", "班主任"),
        ("要引导学生科学使用电子产品。", "引导", "学生"),
        # 方可: 方 binds to 可, the subject is the sentence's
        ("新任园长须参加任职资格培训，取得合格证书后方可上岗。", "可", "新任园长"),
        ("签约双方可协商解除协议。", "可", "签约双方"),
        # a long restrictive 的-phrase as a topic clause is the party as a whole
        ("2020年以前取得资格且至今未参加定期注册的教师，须在本学期内补办。", "须", "2020年以前取得资格且至今未参加定期注册的教师"),
        # persons the lists lacked: 市民, 群众, …对象; 市州 as 县区
        ("群众可通过政务热线反映乱收费问题。", "可", "群众"),
        ("帮扶对象须签订帮扶协议。", "须", "帮扶对象"),
        ("各市州要按季度报送进展。", "要", "各市州"),
        # a ratio or a time of a topic before 原则上 binds no party
        ("保育员与幼儿比例原则上不低于1:20。", "原则上", None),
    ],
)
def test_causes_of_the_sixth_sample(text: str, trigger: str, actor: str | None) -> None:
    found = [o for o in run(text) if o.trigger == trigger]
    assert found and found[-1].actor == actor, [(o.trigger, o.actor) for o in run(text)]


@pytest.mark.parametrize(
    "text",
    [
        # 应 after a comparison or a reckoning verb: the amount due, no duty
        "参加轮岗的教师人数不低于应轮岗人数的两成。",
        "借调期间的工作量按月折算全年应完成课时。",
        # 就是要 explains what a measure is for
        "推行导师制，就是要让每名新教师都有人带。",
        # 是保证 / 是确保 … 的 + a noun: what a thing is
        "完善的安全预案是保证大型活动顺利举办的前提。",
    ],
)
def test_causes_of_the_seventh_sample_no_duty(text: str) -> None:
    assert run(text) == [], [(o.trigger, o.evidence) for o in run(text)]


def test_seventh_sample_fixes_keep_real_duties() -> None:
    assert [o.trigger for o in run("各校应完成全年培训任务，实际参训人数应不少于教师总数的九成。")] == ["应", "应"]
    assert [o.trigger for o in run("班主任就是安全第一责任人，要每天巡查教室。")] == ["要"]
    assert [o.trigger for o in run("各园要保证幼儿每天户外活动时间。")] == ["要"]


def test_a_purpose_after_coverb_clauses_imposes_nothing() -> None:
    assert run("按照省厅有关文件要求，结合本区实际，为促进教师专业成长，鼓励教师参加学历提升，现就有关事项通知如下。") == []
    # a clause with a party of its own before the purpose still imposes
    found = run("各校要高度重视，为做好招生工作，现将有关事项通知如下。")
    assert [o.trigger for o in found] == ["要"]


@pytest.mark.parametrize(
    "text",
    [
        # a short quoted phrase is named, not said
        "让家长从“不得不管”走向主动参与。",
        # a topic 对…的 + noun: the trigger is in its relative phrase
        "对于不能按期返校的学生，由班主任电话家访。",
        # news reported
        "据介绍，该县今年还将力争新建三所公办园。",
    ],
)
def test_named_topics_and_news_impose_nothing(text: str) -> None:
    assert run(text) == [], [(o.trigger, o.evidence) for o in run(text)]


def test_topics_and_quotes_keep_real_duties() -> None:
    assert [o.trigger for o in run("对违规办学的学校要严肃处理。")] == ["要"]
    assert [o.trigger for o in run("科任教师对学生作业要全批全改。")] == ["要"]
    assert [o.trigger for o in run("各校要落实“双减”要求，不得布置超量作业。")] == ["要", "不得"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a time before the subject (…前后) and a year of service after it (入职第一年) are no part of it
        ("中秋前后各中心校不得组织学生外出研学。", "各中心校"),
        ("新招聘的教师任职第一学年须参加跟岗学习。", "新招聘的教师"),
        ("特岗教师上岗首个学期要参加县级集中培训。", "特岗教师"),
        # a firm bears duties of its own
        ("校服生产企业应当公开质检报告。", "校服生产企业"),
        # a class chat group is a thing, its party no actor
        ("班级教师群每天推送通知原则上不超过两条。", None),
    ],
)
def test_times_of_service_firms_and_chat_groups(text: str, actor: str | None) -> None:
    assert run(text)[0].actor == actor


def test_a_rate_as_topic_binds_no_party() -> None:
    # the clause before names the pupils only as the owners of a rate
    found = run("全镇适龄儿童入学率保持100%，严防辍学现象反弹。")
    assert [(o.trigger, o.actor) for o in found] == [("严防", None)]
    # a distributive party sets its own rate, and 率先 is no rate
    assert run("各中心校优良率控制在三成以内，不得突破。")[0].actor == "各中心校"
    assert run("骨干教师率先垂范，不得推诿。")[0].actor == "骨干教师"
    # a rate as the object of an act is no subject: the party at the head stays the topic
    assert run("幼儿园每学期开展一次家长满意度测评，满意度低于八成的，须提交整改报告。")[0].actor == "幼儿园"


@pytest.mark.parametrize(
    "text",
    [
        # 确需 'where truly needed' opens a condition, no duty
        "确需调整课表的班级，报教导处备案。",
        # what was done, after a perfective 了
        "各校在作业设计方面做了积极尝试。",
        # the document's aims
        "本细则注重过程评价，引导班主任关注每一名学生。",
    ],
)
def test_conditions_descriptions_and_aims_impose_nothing(text: str) -> None:
    assert run(text) == [], [(o.trigger, o.evidence) for o in run(text)]


def test_a_support_verb_after_a_modal_is_one_duty() -> None:
    found = run("各中心校要全力支持青年教师开展心理辅导。")
    assert [(o.trigger, o.actor) for o in found] == [("要", "各中心校")]
    # on its own, 支持 encourages the party after it
    assert [(o.trigger, o.actor) for o in run("支持青年教师开展心理辅导。")] == [("支持", "青年教师")]


def test_a_school_persons_teach_in_heads_no_condition() -> None:
    # the condition's 'those who' taught at the schools: no party passes on
    assert run("山区学校从教满二十年的，可申请提前评审。")[0].actor is None
    # a person at its head does
    assert run("农村教师从教满二十年的，可申请提前评审。")[0].actor == "农村教师"


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        # a span counted from an event before the party is no part of it
        ("放假前两天各班级要完成安全排查。", "要", "各班级"),
        ("验收合格后教研组长须签字确认。", "须", "教研组长"),
        # … but a time inside a relative phrase stays in it
        ("参与课后延时服务的教师可弹性上班。", "可", "参与课后延时服务的教师"),
        # a share or a head count of persons binds none of them
        ("兼职教研员数量原则上不超过专职的一半。", "原则上", None),
        ("女性中层干部占比应不低于三成。", "应", None),
        # a list or a file of persons is a thing
        ("拟表彰教师名单须公示五天。", "须", None),
        # a run-in label before a colon: the party heads the clause after it
        ("（二）推进阶段（10月）：各中心校组织培训，开展演练，确保人人过关。", "确保", "各中心校"),
        # a quoted name after a topic's party
        ("各班在“安全教育日”当天，须开展一次疏散演练。", "须", "各班"),
        # a relative phrase opening on 因 that closes on its party
        ("因公外出未能参训的教师，应在一个月内补训。", "应", "因公外出未能参训的教师"),
        # the local government's committees bear duties
        ("社区要为留守儿童提供课后托管场所。", "要", "社区"),
    ],
)
def test_times_shares_lists_and_labels_around_the_party(text: str, trigger: str, actor: str | None) -> None:
    o = next(o for o in run(text) if o.trigger == trigger)
    assert o.actor == actor


def test_pupils_exempted_or_timed_name_no_party() -> None:
    # pupils exempted from a charge are its beneficiaries; the one who would charge is unnamed
    assert [(o.trigger, o.actor) for o in run("孤残儿童一律免收保育教育费。")] == [("一律", None)]
    # a kindergarten exempting them is bound
    assert run("各幼儿园一律免收孤残儿童保育教育费。")[0].actor == "各幼儿园"
    # pupils' activity time as a topic: the later duties are the school's, unnamed
    assert run("学生每天睡眠时间不少于9小时，不得布置深夜作业。")[0].actor is None
    # a staff member's time stays theirs
    assert run("新任教师跟岗时间不少于两个月，须撰写跟岗日志。")[0].actor == "新任教师"


def test_those_due_to_be_exchanged_are_a_noun() -> None:
    assert run("各校于5月底前完成本校应交流教师摸底。") == []
    # a modal after the noun is the duty
    assert [(o.trigger, o.actor) for o in run("应交流教师须服从统一调配。")] == [("须", "应交流教师")]


def test_a_trigger_in_a_relative_phrase_of_the_next_subject_imposes_nothing() -> None:
    found = run("经体检不宜参加长跑的学生，由班主任登记后改测其他项目。")
    assert [o.trigger for o in found] == []
    # the party written before the trigger makes it a duty, its object a 的-phrase
    assert [(o.trigger, o.actor) for o in run("各园不得招收未满三周岁的幼儿，违者通报。")] == [("不得", "各园")]
    # and so does a prohibition that opens the clause
    assert [o.trigger for o in run("严禁歧视随迁子女中的学生，违者追责。")] == ["严禁"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("学校组织学生赴外地研学旅行应购买意外保险。", "学校"),
        ("班主任召开线上家长会须提前通知。", "班主任"),
        # 组织 after a party is its act, not part of a longer party
        ("幼儿园组织的春游活动要确保安全。", "幼儿园"),
        # an organisation's own name keeps it
        ("各基层党组织要带头落实。", "各基层党组织"),
    ],
)
def test_a_party_running_an_event_bears_the_duty(text: str, actor: str) -> None:
    assert run(text)[0].actor == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("班主任在学生评语撰写上要注重激励。", "班主任"),
        ("各校在课后服务实施过程中要加强安全管理。", "各校"),
        ("课间各班班主任要到岗巡查。", "各班班主任"),
        ("课间15分钟学生要到室外活动。", "学生"),
        ("高中每节晚自习时长原则上不超过50分钟。", None),
    ],
)
def test_frames_breaks_and_lengths_around_the_subject(text: str, actor: str | None) -> None:
    assert run(text)[0].actor == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a thing the party has binds none
        ("支教教师的档案关系原则上保留在原单位。", None),
        ("名师工作室的研修成果要在全区推广。", None),
        # a measure of it, or what it made, is the party's own
        ("见习教师的培训学时须全部计入继续教育。", "见习教师"),
        ("教研员撰写的视导报告要及时反馈学校。", "教研员"),
    ],
)
def test_a_thing_a_party_has_binds_none(text: str, actor: str | None) -> None:
    assert run(text)[0].actor == actor


def test_persons_listed_over_clauses_are_one_topic() -> None:
    text = "连续三年考核优秀的班主任，或获市级以上表彰的辅导员，可优先评聘。"
    assert run(text)[0].actor == "连续三年考核优秀的班主任，或获市级以上表彰的辅导员"
    # a join closing the list lets the items be any persons
    text = "即将退休的教师，以及产假期间教师，不得安排跟岗任务。"
    assert run(text)[0].actor == "即将退休的教师，以及产假期间教师"
    # a clause with a party acting on others is no item
    assert run("各校组织全体教研员，以及骨干教师，要认真学习。")[0].actor == "各校"
