"""The container generator (tests/containers.py): real containers, readable, with gold files that hold.

Two seeds are rendered once into every container (004: title on its first
line, a dated signature, no 文号; 000: a 文号, a signature date written
``2023年 1月 12 日`` and a 印发 line after it), then each test checks one
promise of the generator against the files it wrote.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from extract.readers import read
from tests.containers import (
    CONTAINERS,
    IDENTITY,
    Notice,
    NotApplicable,
    Rendering,
    locate,
    render,
    render_all,
    squash,
    visible_text,
    write_renderings,
)

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "gold"
CHECK_GOLD = GOLD / "check_gold.py"
SEEDS = ("004_39fd71eae852dec9", "000_b11a7b4cf11b919c")
SENTENCE = re.compile(r"[^。！？；]+[。！？；]?")


def _notice(stem: str) -> Notice:
    gold = GOLD / f"{stem}.txt.json"
    return Notice.from_file(ROOT / "corpus" / f"{stem}.txt", gold if gold.is_file() else None)


@pytest.fixture(scope="module")
def notices() -> dict[str, Notice]:
    if not (GOLD / f"{SEEDS[0]}.txt.json").is_file():
        pytest.skip("the seed gold files (../shared/gold) are not here")
    return {stem: _notice(stem) for stem in SEEDS}


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("containers")


@pytest.fixture(scope="module")
def rendered(notices: dict[str, Notice], out: Path) -> dict[tuple[str, str], Rendering]:
    result = {}
    for stem, notice in notices.items():
        renderings = render_all(notice, seed=0)
        write_renderings(renderings, out)
        for r in renderings:
            result[(stem, r.container)] = r
    return result


def _fold(text: str) -> str:
    import unicodedata

    return squash(unicodedata.normalize("NFKC", text))


def _sentences(notice: Notice) -> list[str]:
    return [s for ln in notice.lines for s in SENTENCE.findall(ln) if len(squash(s)) >= 6]


def test_both_seeds_fill_every_container(rendered: dict) -> None:
    for stem in SEEDS:
        assert {c for (s, c) in rendered if s == stem} == set(CONTAINERS)


@pytest.mark.parametrize("container", list(CONTAINERS))
def test_visible_text_holds_the_notice_and_the_reader_reads_it(
    container: str, notices: dict[str, Notice], rendered: dict, out: Path
) -> None:
    for stem, notice in notices.items():
        r: Rendering = rendered[(stem, container)]
        visible = _fold(r.visible)
        # Word's export writes some digits full-width on purpose, hence width folding.
        missing = [s for s in _sentences(notice) if _fold(s) not in visible]
        if container.startswith("sig_"):
            # The signature variants rewrite exactly the signing-date line.
            assert len(missing) <= 1, missing
        else:
            assert missing == [], missing[:3]
        raw = read(out / container / "docs" / r.filename)
        text = _fold(raw.text)
        # What extraction needs survives policykb's reader: every gold evidence.
        for item in [*r.gold["quotas"], *r.gold["deadlines"]]:
            assert _fold(item["evidence"]) in text, (r.filename, item["evidence"])


def test_cms_pages_carry_the_chrome_of_real_sites(notices: dict[str, Notice]) -> None:
    notice = notices[SEEDS[0]]
    charsets = set()
    for seed in range(8):
        r = render(notice, "cms_page", seed)
        v = r.visible
        assert re.search("发布时间|发布日期|更新时间", v), v[:300]
        assert "打印" in v and "ICP备" in v and "版权所有" in v and "技术支持" in v
        assert re.search("当前位置|您现在的位置", v) and "首页" in v
        assert re.search("上一(篇|条)", v) and re.search("下一(篇|条)", v)
        assert re.search("字体|字号", v)
        assert re.search("点击数|浏览次数", v)
        m = re.search(rb"charset=\"?([\w-]+)", r.data[:400])
        charsets.add(m.group(1).decode())
        if m.group(1) == b"gb2312":
            # Declared gb2312, encoded GBK: not UTF-8 bytes.
            with pytest.raises(UnicodeDecodeError):
                r.data.decode("utf-8")
            assert r.data.decode("gbk").count("乌海市教育局") >= 2
    assert charsets == {"gb2312", "utf-8"}


def test_word_html_splits_numbers_in_markup_but_not_in_visible_text(notices: dict[str, Notice], rendered: dict) -> None:
    r = rendered[(SEEDS[0], "word_html")]
    markup = r.markup
    assert "class=MsoNormal" in markup and "<o:p></o:p>" in markup and "<!--[if gte mso 9]>" in markup
    assert "&nbsp;" in markup and "xmlns:o=" in markup
    splits = re.findall(r">(\d+)</span><span\s+lang=EN-US>(\d+)<", markup)
    assert splits, "no number split over two spans"
    for a, b in splits:
        assert a + b in r.visible
        assert f"{a}</span>" in markup
    assert re.search("[０-９]", r.visible), "no full-width digit"
    # The source is wrapped inside a tag now and then, as Word does.
    assert "<span\r\nlang=EN-US" in markup
    # Every sentence of the notice is whole in the visible text (width folded).
    assert _fold("每人每年培训不少于72课时") in _fold(r.visible)


def test_word_html_writes_some_ranges_with_a_full_width_dash() -> None:
    notice = Notice("range", "各校每学期举办2-4次、3-5次、1-2次、6-8次、2-3次公开课。\n")
    assert any("－" in render(notice, "word_html", seed).visible for seed in range(4))


def test_oa_dump_has_its_header_row_sign_off_and_both_line_end_forms(notices: dict[str, Notice]) -> None:
    notice = notices[SEEDS[1]]
    forms = set()
    for seed in range(6):
        r = render(notice, "oa_dump", seed)
        v = r.visible
        header = next(ln for ln in v.splitlines() if "来文单位" in ln)
        for label in ("来文单位", "文号", "密级", "紧急程度"):
            assert label in header
        assert "清教党组〔2023〕2号" in header
        assert re.search("[|｜\t]", header)
        for word in ("拟稿", "审核", "签发", "抄送", "印发"):
            assert word in v
        escaped = "\\r\\n" in v
        forms.add("escaped" if escaped else "crlf")
        if not escaped:
            assert b"\r\n" in r.data
    assert forms == {"escaped", "crlf"}


def test_copied_text_mixes_chrome_lines_with_the_notice(rendered: dict) -> None:
    r = rendered[(SEEDS[0], "copied_text")]
    lines = r.visible.splitlines()
    assert lines[0].count("通知公告") == 1 and "首页" in lines[0]
    assert lines[1].startswith("当前位置")
    assert any(ln.startswith("上一篇") for ln in lines) and any("ICP备" in ln for ln in lines)
    assert "打印" in r.visible
    assert r.gold["metadata"] == _notice(SEEDS[0]).metadata


def test_news_repost_leads_in_then_keeps_the_notice_identity(notices: dict[str, Notice], rendered: dict) -> None:
    r = rendered[(SEEDS[0], "news_repost")]
    lead = next(ln for ln in r.visible.splitlines() if "发布《" in ln)
    assert re.match(r"\d+月\d+日，乌海市教育局发布《乌海市教育局关于印发", lead)
    assert "↓↓↓" in lead or "全文如下" in lead
    assert "责任编辑" in r.visible and "声明" in r.visible
    assert r.gold["metadata"] == notices[SEEDS[0]].metadata


def test_school_wrapper_is_its_own_notice_with_the_wrapped_content(notices: dict[str, Notice], rendered: dict) -> None:
    notice = notices[SEEDS[1]]
    r = rendered[(SEEDS[1], "school_wrapper")]
    meta = r.gold["metadata"]
    assert meta["title"].startswith("关于转发《") and meta["title"].endswith("》的通知")
    assert meta["issuer"] == "清流县第一中学"
    assert meta["doc_number"].startswith("清一中〔") and meta["doc_number"] in squash(r.visible)
    assert meta["date"] > notice.metadata["date"]
    assert meta["region"] == notice.metadata["region"]
    # The wrapped notice's quotas are the wrapper's content; the wrapper adds a deadline and 教务处.
    assert r.gold["quotas"] == notice.gold["quotas"]
    assert len(r.gold["deadlines"]) == len(notice.gold["deadlines"]) + 1
    own = r.gold["deadlines"][-1]
    assert own["evidence"].endswith("日前") and own["start"] is None and own["end"] > meta["date"]
    assert "教务处" in r.gold["bodies"]
    # The wrapper's text comes first, then the notice whole, signature and all.
    v = squash(r.visible)
    assert v.index("书面报学校教务处") < v.index("中共清流县教育局党组")


@pytest.mark.parametrize(
    "container, year",
    [("sig_zero", "二0二三年十月二十日"), ("sig_fullwidth_o", "二Ｏ二三年十月二十日"), ("sig_circle", "二○二三年十月二十日")],
)
def test_signature_variants_rewrite_the_date_and_keep_it(container: str, year: str, rendered: dict) -> None:
    r = rendered[(SEEDS[0], container)]
    lines = r.visible.splitlines()
    assert year in lines
    assert "2023年10月20日" not in r.visible.replace("2023年10月20日印发", "")
    assert r.gold["metadata"]["date"] == "2023-10-20"


def test_month_only_signature_has_no_date(rendered: dict) -> None:
    r = rendered[(SEEDS[0], "sig_month")]
    assert "2023年10月" in r.visible.splitlines()
    assert r.gold["metadata"]["date"] is None


def test_signature_variants_skip_a_notice_without_a_dated_signature() -> None:
    undated = Notice("undated", "关于开展听课活动的通知\n校长每学期至少听课30节。\n某某学校\n")
    with pytest.raises(NotApplicable):
        render(undated, "sig_zero")
    assert "sig_zero" not in {r.container for r in render_all(undated)}


def test_attachment_lines_after_the_title_or_at_the_end(rendered: dict) -> None:
    head = rendered[(SEEDS[0], "attach_head")].visible.splitlines()
    at = head.index("乌海市教育局关于印发《乌海市一体化推进基础教育教研工作方案》的通知")
    assert at > 0 and head[at + 1].startswith("附件")
    tail = rendered[(SEEDS[0], "attach_tail")].visible.splitlines()
    at = tail.index("2023年10月20日")
    assert tail[at + 1].startswith("附件")


def test_pdf_and_docx_are_real_files_with_the_notice(rendered: dict, out: Path) -> None:
    pdf = rendered[(SEEDS[0], "pdf")]
    assert pdf.data.startswith(b"%PDF") and (read(out / "pdf" / "docs" / pdf.filename).pages or 0) > 1
    docx = rendered[(SEEDS[0], "docx")]
    assert docx.data[:2] == b"PK"
    assert "每人每年培训不少于72课时" in squash(docx.visible)


def test_derived_gold_files_validate_against_the_visible_text(rendered: dict, out: Path) -> None:
    for container in CONTAINERS:
        for stem in SEEDS:
            r = rendered[(stem, container)]
            assert r.gold["doc"] == r.filename
            v = squash(r.visible)
            for item in [*r.gold["quotas"], *r.gold["deadlines"]]:
                assert squash(item["evidence"]) in v, (r.filename, item["evidence"])
            for body in r.gold["bodies"]:
                assert squash(body) in v
            if container in IDENTITY:
                source = json.loads((GOLD / f"{stem}.txt.json").read_text(encoding="utf-8"))
                assert len(r.gold["quotas"]) == len(source["quotas"])
                assert r.gold["bodies"] == source["bodies"]
        if CHECK_GOLD.is_file():
            proc = subprocess.run(
                [sys.executable, str(CHECK_GOLD), str(out / container / "gold"), "--seeds", str(out / container / "visible"), "-q"],
                capture_output=True, text=True,
            )
            assert proc.returncode == 0, proc.stdout + proc.stderr


def test_evidence_is_relocated_where_the_container_changes_its_characters() -> None:
    assert locate("不少于72课时", "每人每年培训不少于７２课时。") == "不少于７２课时"
    assert locate("学校。教师", "学校。\\r\\n教师") == "学校。\\r\\n教师"
    assert locate("听课 30 节", "听课30节") == "听课30节"
    assert locate("听课40节", "听课30节") is None


def test_rendering_is_deterministic_for_a_seed(notices: dict[str, Notice]) -> None:
    notice = notices[SEEDS[0]]
    for container in CONTAINERS:
        a, b = render(notice, container, 7), render(notice, container, 7)
        assert a.data == b.data and a.gold == b.gold, container
    assert render(notice, "cms_page", 1).data != render(notice, "cms_page", 2).data


def test_visible_text_of_html_joins_inline_tags_and_drops_head_and_comments() -> None:
    page = (
        b'<html><head><title>T</title><script>x()</script></head><body>'
        b"<p>\xe5\x90\xac\xe8\xaf\xbe3<span lang=EN-US>0</span></p><!--[if gte mso 9]>hidden<![endif]--></body></html>"
    )
    assert visible_text(page, ".html") == "听课30"


def test_bench_scores_each_container_against_the_plain_text(tmp_path: Path) -> None:
    if not (GOLD / f"{SEEDS[0]}.txt.json").is_file():
        pytest.skip("the seed gold files (../shared/gold) are not here")
    docs, gold = tmp_path / "docs", tmp_path / "gold"
    docs.mkdir()
    gold.mkdir()
    stem = SEEDS[0]
    (docs / f"{stem}.txt").write_bytes((ROOT / "corpus" / f"{stem}.txt").read_bytes())
    (gold / f"{stem}.txt.json").write_bytes((GOLD / f"{stem}.txt.json").read_bytes())
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "containers.py"), "--docs", str(docs), "--gold", str(gold),
         "--containers", "word_html,sig_month", "--out", str(out), "--json", str(tmp_path / "f.json")],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    rows = [ln for ln in done.stdout.splitlines() if ln.startswith("| ")]
    assert [r.split("|")[1].strip() for r in rows[1:]] == ["plain", "word_html", "sig_month"]
    figures = json.loads((tmp_path / "f.json").read_text(encoding="utf-8"))
    assert figures["plain"]["notices"] == 1 and figures["plain"]["quotas F1"] == 1.0
    # The month-only signature's gold has no date; the files the eval read are where the bench says.
    assert json.loads((out / "sig_month" / "gold" / f"{stem}.sig_month.txt.json").read_text())["metadata"]["date"] is None
    assert (out / "word_html" / "docs" / f"{stem}.word_html.htm").is_file()
