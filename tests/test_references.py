"""References: 《title》 and 发文字号, joined when printed together; linking to corpus documents."""

from __future__ import annotations

import pytest

from extract.extractors.references import core_title, extract_references, match_reference, normalise_number
from extract.types import Context, Provision, Reference


def run(text: str) -> list[tuple[str | None, str | None]]:
    prov = Provision(0, None, text, 0, len(text))
    found = list(extract_references(text, prov, Context(provisions=[prov])))
    for r in found:
        assert text[r.start : r.end] == r.evidence
    return [(r.title, r.doc_number) for r in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # seeds
        ("要严格执行《福建省省直机关培训费管理办法》(闽财行【2017】18号)等文件精神。",
         [("福建省省直机关培训费管理办法", "闽财行【2017】18号")]),
        ("为深入贯彻落实《乌海市委办公室 市人民政府办公室印发<关于加快全市教育高质量发展的意见>的通知》(乌党办发〔2022〕16号)及配套文件,",
         [("乌海市委办公室 市人民政府办公室印发<关于加快全市教育高质量发展的意见>的通知", "乌党办发〔2022〕16号")]),
        ("贯彻落实《关于支持省级扶贫开发工作重点县教育事业发展八项措施的通知》(闽教综〔201321号)要求",
         [("关于支持省级扶贫开发工作重点县教育事业发展八项措施的通知", "闽教综〔201321号")]),
        ("认真学习贯彻《新时代中小学教师职业行为十项准则》《新时代幼儿园教师职业行为十项准则》,",
         [("新时代中小学教师职业行为十项准则", None), ("新时代幼儿园教师职业行为十项准则", None)]),
        ("落实《国家中长期教育改革和发展规划纲要(2010-2020年)》,",
         [("国家中长期教育改革和发展规划纲要(2010-2020年)", None)]),
        ("以习近平总书记重要论述《论教育》和《意见》为核心内容", [("论教育", None), ("意见", None)]),
        ("根据《中共中央国务院关于弘扬教育家精神加强新时代高素质专业化教师队伍建设的意见》(以下简称《意见》)",
         [("中共中央国务院关于弘扬教育家精神加强新时代高素质专业化教师队伍建设的意见", None)]),
        # other regions' phrasings
        ("根据国办发〔2017〕47号文件精神,", [(None, "国办发〔2017〕47号")]),
        ("按照《教育部等五部门关于加强新时代乡村教师队伍建设的意见》(教师〔2020〕5号)要求,",
         [("教育部等五部门关于加强新时代乡村教师队伍建设的意见", "教师〔2020〕5号")]),
        ("依据《关于全面深化新时代教师队伍建设改革的意见》(中发[2018]4号)和鄂教师(2019)3号,",
         [("关于全面深化新时代教师队伍建设改革的意见", "中发[2018]4号"), (None, "鄂教师(2019)3号")]),
        ("转发省教育厅《关于做好2024年中小学教师培训工作的通知》（皖教秘师〔2024〕12号）",
         [("关于做好2024年中小学教师培训工作的通知", "皖教秘师〔2024〕12号")]),
        ("现将《XX县教师培训实施办法》印发给你们,请认真贯彻执行。", [("XX县教师培训实施办法", None)]),
        ("本通知自印发之日起施行。", []),
        ("每人每年培训不少于72课时。", []),
    ],
)
def test_references(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert run(text) == expected


def test_evidence_spans_title_and_number() -> None:
    text = "执行《清流县县直机关培训费管理办法》(闽财行【2014】26号)等文件"
    prov = Provision(0, None, text, 0, len(text))
    (ref,) = extract_references(text, prov, Context())
    assert ref.evidence == "《清流县县直机关培训费管理办法》(闽财行【2014】26号)"


def test_normalise_number_unifies_brackets() -> None:
    assert normalise_number("闽财行【2017】18号") == normalise_number("闽财行〔2017〕18号") == "闽财行(2017)18号"


def test_core_title_strips_wrappers() -> None:
    assert core_title("乌海市教育局关于印发《乌海市一体化推进基础教育教研工作方案》的通知") == "乌海市一体化推进基础教育教研工作方案"


CANDIDATES = [
    (1, "乌海市教育局关于印发《乌海市一体化推进基础教育教研工作方案》的通知", None),
    (2, "南平市教育局关于进一步加强名校名师培育工作的通知", "南教人〔2014〕5号"),
    (3, "加强教师队伍建设 促进教师专业成长 实现清流教育高质量发展的实施方案", "清教党组〔2023〕2号"),
]


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        (Reference("乌海市一体化推进基础教育教研工作方案", None, "", 0, 0), 1),
        (Reference(None, "清教党组【2023】2号", "", 0, 0), 3),
        (Reference("南平市教育局关于进一步加强名校名师培育工作的通知", None, "", 0, 0), 2),
        (Reference("某某文件", "南教人〔2014〕5号", "", 0, 0), 2),
        (Reference("乌海市一体化推进职业教育教研工作方案", None, "", 0, 0), None),
        (Reference(None, "南教人〔2014〕6号", "", 0, 0), None),
    ],
)
def test_match_reference(ref: Reference, expected: int | None) -> None:
    assert match_reference(ref.title, ref.doc_number, CANDIDATES) == expected


@pytest.mark.parametrize(
    "ref, title, number, expected",
    [
        (Reference("乌海市一体化推进基础教育教研工作方案", None, "", 0, 0),
         "乌海市教育局关于印发《乌海市一体化推进基础教育教研工作方案》的通知", None, True),
        (Reference(None, "清教党组〔2023〕2号", "", 0, 0), "加强教师队伍建设的实施方案", "清教党组〔2023〕2号", True),
        (Reference("关于加强和改进新时代基础教育教研工作的意见", None, "", 0, 0),
         "乌海市教育局关于印发《乌海市一体化推进基础教育教研工作方案》的通知", None, False),
        (Reference(None, "闽财行【2017】18号", "", 0, 0), "某方案", "清教党组〔2023〕2号", False),
    ],
)
def test_self_reference(ref, title, number, expected):
    from extract.extractors.references import is_self_reference

    assert is_self_reference(ref.title, ref.doc_number, title, number) is expected


def test_a_wrappers_forwarded_number_is_a_reference_not_its_own() -> None:
    """A school forwarding a bureau notice: the bureau's 文号, printed on its own line below, is cited."""
    from extract.pipeline import process_raw

    text = (
        "关于转发《某某县教育局关于开展读书月活动的通知》的通知\n某某小〔2022〕3号\n全体教师:\n"
        "现将《某某县教育局关于开展读书月活动的通知》转发给你们,请认真落实。\n某某县实验小学\n2022年4月2日\n"
        "某某县教育局关于开展读书月活动的通知\n某教〔2022〕11号\n各学校:\n"
        "一、各校每学期开展读书活动不少于2次。\n某某县教育局\n2022年3月28日\n"
    )
    doc = process_raw(text)
    assert doc.metadata.doc_number == "某某小〔2022〕3号"
    numbers = [r.doc_number for r in doc.extractions.references]
    assert "某教〔2022〕11号" in numbers and "某某小〔2022〕3号" not in numbers
