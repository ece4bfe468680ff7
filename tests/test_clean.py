"""Cleaning steps, each on the real noise of the seeds."""

from __future__ import annotations

import re

import pytest

from extract.clean import (
    clean,
    drop_boilerplate_lines,
    join_hard_wraps,
    join_viewer_pages,
    normalize_newlines,
    normalize_whitespace,
    split_export_rows,
    strip_filename_suffix,
    to_halfwidth,
)

from extract.lexicons import load

from .conftest import SEEDS, seed_text


@pytest.mark.parametrize(
    "line",
    [
        "扫一扫在手机上查看当前页面",
        "分享到:",
        "当前位置:首页 >>人事管理",
        "上一条:",
        "下一条:",
        "备案:闽ICP备09034032号 网站公安机关备案号 闽公网安备 35070202100184号",
        "地址:福建省南平市紫云岗24号 电话:0599-8853660、8849859",
        "上传人:夺命阿水 文档编号:308099 上传时间:2023-04-18 格式:DOCX 页数:10 大小:21.58KB",
        "返回 下载 相关 举报",
        "第1页 / 共10页",
        "大兴安岭地区教育发展“三大工程”实施方案.docx_第3页",
        "点击查看更多>>",
        "展开阅读全文",
        "相关资源",
        "猜你喜欢",
        "【打印】 【关闭】",
        "2025-03-20 14:14 来源:安徽省霍山落儿岭镇中心学校 文字大小:[ ] 背景色:",
        "作者:未知    文章来源:本站原创    点击数:3112    更新时间:2014/5/15",
        "- 索 引 号: SM05104-1300-2023-00007",
        "成文日期: 2023-10-20 00:00:00 公开日期: 2023-10-31 09:54:33 废止日期: 有效性: 有效",
        "作者:教育局 来源:乌海市教育局 浏览次数: 打印 保存 关闭",
        "首页 | 机构概况 | 政务公开 | 教育动态 | 办事服务",
        "网站首页 > 信息公开 > 部门文件",
        "【字体:大 中 小】 打印本页",
        "发布时间:2024-04-26 10:32 来源:教师工作科 浏览次数:1286 【字体:大 中 小】",
        "发文单位:某县教师发展中心 成文日期:2025-02-20",
        # page bylines, repost credits, OA routing, WeChat furniture, separators (issue 11)
        "发布时间:2022-06-01来源:本校教导处作者:李老师浏览:102次[打印]",
        "2021-12-08 08:05:11来源:某某日报编辑:张三阅读:3021",
        "发布者:德育处 发布时间:2022/9/1 8:00:00 阅读:55 次",
        "(来源:某某县教育体育局)",
        "【责任编辑:李四】",
        "来源:某某市教育局",
        "声明:本站转载的稿件仅代表作者观点,版权归原作者所有。",
        "拟稿:人事科 王某 2022-03-01",
        "签发:赵某 2022-03-05",
        "打印人:oa_user 打印时间:2022-03-07 10:00:01 第1页/共2页",
        "-- 导出时间: 2022-03-09 08:00:00",
        "-- ----------------------------",
        "------------------------------------------------------------",
        "==========",
        "某某区教育局欢迎您! 今天是:2022年3月1日 星期二",
        "扫一扫在手机打开当前页",
        "【收藏本页】【打印本页】【关闭窗口】",
        "阅读原文",
        "在看 12",
        "阅读 3.4万",
        "52 赞",
        "长按识别二维码 关注某某教育",
        "原创某某教育某某教育 2022-05-01 20:00 发表于四川",
        "某某教育 2023-04-02 18:12 湖南",
        "原创 德育处 某某实验小学 2023年04月02日 07:45 四川",
        "点击上方蓝字 关注我们",
        "▲点击上方“某某教育发布”关注我们,获取更多资讯",
        "往期推荐",
        "字体:【大 中 小】 【打印本页】 【关闭窗口】",
        "来源 | 某某区教育局德育科",
        "分享 收藏 点赞 在看",
        "本校首页  学校简介  校园新闻  通知公告  联系我们",
    ],
)
def test_boilerplate_lines_are_dropped(line):
    assert drop_boilerplate_lines(f"通知正文。\n{line}\n正文继续。") == "通知正文。\n正文继续。"


@pytest.mark.parametrize(
    "line",
    [
        "有关工作的进展和落实情况请及时报送我局人事科,联系人:杨华,联系电话:8814060",
        "附件:2023年清流县教师培训计划",
        "各区教育局、直属各学校(单位):",
        "打印机等设备由学校统一采购。",
        "上一学年考核优秀的教师优先推荐。",
        "相关资源要向农村学校倾斜。",
        "坚持“教、学、评”一体化|推进课堂改革。",
        # sentences near the chrome words that must stay
        "审核结果在校内公示5个工作日,无异议后报县教育局。",
        "以上材料须经所在学校审核并签署意见。",
        "来源于一线的优秀案例要及时推广。",
        "某某县教育局 某某县财政局 某某县人社局 某某县编办",
        "语文 数学 英语 科学",
        "编辑出版校本教材1本。",
        # dates and times in a notice's own lines stay
        "2023年4月2日 14:30",
        "报名时间:2023年4月2日 14:30",
        "请点击上方链接关注报名进度。",
    ],
)
def test_notice_lines_are_kept(line):
    assert drop_boilerplate_lines(line) == line


_CHROME = load("boilerplate")["examples"]


@pytest.mark.parametrize("line", _CHROME["drop"])
def test_cms_chrome_examples_are_dropped(line):
    assert clean(f"通知正文。\n{line}\n正文继续。") == "通知正文。\n正文继续。"


@pytest.mark.parametrize("line", _CHROME["keep"])
def test_notice_lines_near_chrome_words_are_kept(line):
    assert clean(line) == normalize_whitespace(to_halfwidth(line))


def test_article_page_footer_is_dropped_and_the_signature_stays():
    # a school site's article footer under a notice: buttons, neighbours, comment box, copyright
    page = (
        "各班主任须于每周五前提交班级日志。\n某某县第二实验小学\n2022年3月1日\n\n"
        "【我要评论】 【收藏本页】 【打印此页】 【关闭】\n"
        "上一篇： 某某县第二实验小学春季开学安排\n"
        "下一篇新闻：  没有了\n"
        "  读者评论：（仅显示最近5条，评论仅代表网友个人观点）\n"
        "评论(2)\n"
        "COPYRIGHT (c) 2010-2022 某某县第二实验小学 版权所有  All rights reserved.\n"
    )
    assert clean(page) == "各班主任须于每周五前提交班级日志。\n某某县第二实验小学\n2022年3月1日"


def test_viewer_page_markers_are_joined_mid_word():
    raw = seed_text("001")
    text = clean(raw)
    assert "切实发挥教研引领作用。开展主题式校本教研活动" in text
    assert "4、展" not in text
    # the page marker split "每年3月、9月开学初" across pages 10/11
    assert "每年3月、9月开学初" in text


def test_short_numbered_list_items_are_not_page_markers():
    text = "1、明确工作目标。\n\n2、落实经费保障。\n\n3、主动对接沟通。"
    assert join_viewer_pages(text) == text


def test_halfwidth_digits_and_brackets():
    assert to_halfwidth("每学期至少听课３０节（含）") == "每学期至少听课30节(含)"
    assert to_halfwidth("校长　听课") == "校长 听课"


def test_newlines_and_whitespace():
    assert normalize_newlines("一、总体要求\r\n(一)坚持\r") == "一、总体要求\n(一)坚持\n"
    assert normalize_whitespace("  一、总体要求  \n\n\n  (一)坚持正确方向。") == "一、总体要求\n(一)坚持正确方向。"


def test_filename_title_line():
    assert strip_filename_suffix("大兴安岭地区教育发展“三大工程”实施方案.docx\n正文") == "大兴安岭地区教育发展“三大工程”实施方案\n正文"


def _sentences(raw: str) -> list[str]:
    """The notice's own sentences in a raw seed (lines that end a sentence).

    Viewer page markers ("\n\n4、") are cut independently of the cleaner
    here, and boilerplate lines are not the notice's.
    """
    out = []
    raw = re.sub(r"\n+\d{1,2}、", "", raw)
    for line in raw.splitlines():
        line = line.strip()
        if not drop_boilerplate_lines(line):
            continue
        if line.endswith("。") and len(line) > 20:
            out.extend(s for s in re.split(r"(?<=。)", line) if len(s) > 8)
    return out


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_no_sentence_of_a_seed_is_lost(path):
    raw = path.read_text(encoding="utf-8")
    text = re.sub(r"\s+", "", clean(raw))
    for sentence in _sentences(raw):
        # page markers of the viewer are gone from the cleaned text by design
        expected = re.sub(r"\s+", "", to_halfwidth(sentence))
        assert expected in text, sentence


def test_export_row_becomes_one_line_per_cell():
    text = "ID|BT|WH|DW|ZW\n51|关于做好暑期安全工作的通知|某教〔2022〕9号|某某区教育局|各中小学:\n一、加强教育。"
    assert split_export_rows(text).split("\n") == [
        "", "51", "关于做好暑期安全工作的通知", "某教〔2022〕9号", "某某区教育局", "各中小学:", "一、加强教育。",
    ]


def test_pipes_in_a_sentence_are_not_an_export():
    text = "坚持“教、学、评”一体化|推进课堂改革。\n甲|乙|丙|丁"
    assert split_export_rows(text) == text


# A notice copied out of a PDF: 32 characters a line, numbers cut at the margin.
_PARAGRAPHS = [
    "为加强全市中小学教师队伍建设,提高教师专业能力,根据上级有关文件精神,经研究决定开展新一轮教师全员培训工作,请各校认真组织实施。",
    "一、培训要求",
    "每名专任教师每年参加集中培训不少于24学时,其中线上研修不少于12学时;学校每学期组织校本研修活动不少于4次,"
    "教研组每两周开展一次集体备课,备课记录由教务处统一保管,学期结束后报县教师发展中心审核,审核结果纳入年度考核。",
    "二、组织保障",
    "各校要成立由校长任组长的培训工作领导小组,明确一名副校长具体负责,建立健全培训档案,"
    "如实记录每名教师参训情况,于每年12月20日前将全年培训情况报送市教育局教师工作科。",
]


def _wrapped(paragraphs: list[str], width: int) -> str:
    lines = [p[i:i + width] for p in paragraphs for i in range(0, len(p), width)]
    lines.insert(4, "- 1 -")  # the foot of the first page
    return "\n".join(lines)


def test_hard_wrapped_lines_rejoin_and_cut_numbers_heal():
    text = _wrapped(_PARAGRAPHS, 32)
    assert "1\n- 1 -\n2学时" in text  # the wrap cuts 12 in two, a page number between
    assert join_hard_wraps(text).split("\n") == _PARAGRAPHS


def test_lines_wrapped_by_printed_width_rejoin_too():
    # Laid out by width: digits and Latin letters take half a Chinese character's room.
    lines: list[str] = []
    for paragraph in _PARAGRAPHS:
        line, room = "", 0
        for char in paragraph:
            width = 1 if char.isascii() else 2
            if room + width > 60:
                lines.append(line)
                line, room = "", 0
            line, room = line + char, room + width
        lines.append(line)
    assert len({len(line) for line in lines if len(line) > 20}) > 2  # not one character count
    assert join_hard_wraps("\n".join(lines)).split("\n") == _PARAGRAPHS


def test_a_heading_after_a_full_line_starts_its_own_line():
    lines = ["各学校要按照要求认真组织开展本学期的教学常规检查工作,检"] * 6
    text = join_hard_wraps("\n".join([*lines, "（二）加强作业管理"]))
    assert text.split("\n")[-1] == "（二）加强作业管理"


@pytest.mark.parametrize(
    "text",
    [
        # One line per paragraph (web pages, Word): lengths differ, sentences end each line.
        "\n".join(f"第{i}项工作要求各校于{i}月底前完成" + "并报送材料。" * i for i in range(1, 9)),
        # Lines of one length that close their sentences: a list, not a wrap.
        "\n".join(["各学校须于本月底前报送教师培训计划表。"] * 8),
        # Too few lines to tell.
        "各学校要按照要求认真组织开展本学期的教学常规检查工\n作。",
    ],
)
def test_texts_that_are_not_hard_wrapped_stay(text):
    assert join_hard_wraps(text) == text
