"""Synthetic notices for the benchmarks: the bundled notices' provisions, recombined.

Each generated notice has what the pipeline looks for: a title line naming a
real county's 教育局, a recipients line, numbered headings (一、 （一）), body
sentences drawn from the cleaned seed notices (so quotas, obligations and
deadlines are found at realistic rates), a signature and a date. Regions come
from cpca's county table with their province and prefecture, so
``metadata.region`` resolves.

Example:
    >>> from bench.synth import Synth
    >>> s = Synth(seed=1)
    >>> text = s.notice(0, 4000)
    >>> "教育局" in text.splitlines()[0]
    True
"""

from __future__ import annotations

import random
import re
import sys
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "corpus"
NUMERALS = "一二三四五六七八九十"
# Sentences that start like a heading would change the generated outline.
_MARKER = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]+[)）、.．]|[一二三四五六七八九十]+是)")
TOPICS = (
    "中小学教师全员培训实施方案", "基础教育教研工作方案", "校长听课评课制度", "新教师规范化培训办法",
    "教师继续教育学时管理办法", "中小学校长任职资格培训方案", "名师工作室建设管理办法",
)


@dataclass(frozen=True)
class County:
    """A county with the province and prefecture names that make it unambiguous."""

    adcode: str
    province: str
    prefecture: str
    name: str

    @property
    def full(self) -> str:
        return f"{self.province}{self.prefecture}{self.name}" if self.prefecture != self.name else f"{self.province}{self.name}"


class Synth:
    """A deterministic generator of notices (text) from the seed provisions."""

    def __init__(self, seed: int = 0) -> None:
        self.rng = random.Random(seed)

    @cached_property
    def sentences(self) -> list[str]:
        """Body sentences of the seed notices, cleaned and segmented (headings dropped)."""
        from extract.clean import clean
        from extract.segment import segment

        out: list[str] = []
        for path in sorted(CORPUS.glob("0*.txt")):
            text = clean(path.read_text(encoding="utf-8"))
            sections, provisions = segment(text)
            headings = {s.heading for s in sections}
            for p in provisions:
                t = p.text.strip()
                if len(t) >= 8 and t not in headings and "\n" not in t and not _MARKER.match(t) and not t.endswith(("：", ":")):
                    out.append(t if t[-1] in "。；！？" else t + "。")
        return out

    @cached_property
    def counties(self) -> list[County]:
        """Real counties (cpca adcode table) with their province and prefecture names."""
        from extract.region import units

        table = units()
        out = []
        for code, unit in sorted(table.items()):
            if unit.level != "county" or unit.name.endswith("区"):
                continue
            province = table.get(code[:2] + "0000")
            prefecture = table.get(code[:4] + "00")
            if province is None or prefecture is None:
                continue
            out.append(County(code, province.name, prefecture.name, unit.name))
        return out

    def county(self, i: int) -> County:
        return self.counties[(i * 7919) % len(self.counties)]

    def parts(self, i: int, chars: int) -> dict:
        """The parts of notice ``i`` of about ``chars`` characters (for the PDF/DOCX/HTML writers)."""
        rng = random.Random(i * 1_000_003 + 17)
        c = self.county(i)
        topic = TOPICS[i % len(TOPICS)]
        year = 2019 + i % 6
        body: list[tuple[int | None, str, str]] = []  # (level, marker, text)
        size = 0
        head = 0
        while size < chars:
            head += 1
            marker = _numeral(head) + "、"
            heading = rng.choice(("总体要求", "主要任务", "工作措施", "保障措施", "考核评价", "组织实施"))
            body.append((0, marker, heading))
            for sub in range(1, rng.randint(2, 4)):
                sent = "".join(rng.choice(self.sentences) for _ in range(rng.randint(1, 2)))
                body.append((1, f"（{_numeral(sub)}）", sent))
                size += len(sent)
                for _ in range(rng.randint(0, 2)):
                    sent = "".join(rng.choice(self.sentences) for _ in range(rng.randint(1, 3)))
                    body.append((None, "", sent))
                    size += len(sent)
        issuer = f"{c.name}教育局"
        return {
            "title": f"{c.full}教育局关于印发《{c.name}{topic}》的通知",
            "recipients": "各乡镇中心学校、县直各学校：",
            "transmittal": f"现将《{c.name}{topic}》印发给你们，请结合实际认真贯彻执行。",
            "issuer": issuer,
            "date": f"{year}年{1 + i % 12}月{1 + i % 28}日",
            "plan_title": f"{c.name}{topic}",
            "body": body,
            "county": c,
        }

    def notice(self, i: int, chars: int) -> str:
        """Notice ``i`` as plain text of about ``chars`` characters."""
        p = self.parts(i, chars)
        lines = [p["title"], "", p["recipients"], "　　" + p["transmittal"], "", p["issuer"], p["date"], "", p["plan_title"], ""]
        lines += ["　　" + marker + text for _level, marker, text in p["body"]]
        lines += ["", p["issuer"], p["date"], ""]
        return "\n".join(lines)


def _numeral(n: int) -> str:
    if n <= 10:
        return NUMERALS[n - 1]
    if n < 20:
        return "十" + NUMERALS[n - 11]
    tens, ones = divmod(n, 10)
    return NUMERALS[tens - 1] + "十" + (NUMERALS[ones - 1] if ones else "")


def _fixture_notice(parts: dict):
    """The parts as a ``tests.make_fixtures.Notice`` so its PDF/DOCX/HTML writers can render them."""
    from tests.make_fixtures import Notice, Para

    body = [Para(text, level, marker) for level, marker, text in parts["body"]]
    return Notice(
        title=parts["title"], recipients=parts["recipients"], transmittal=parts["transmittal"],
        issuer=parts["issuer"], date=parts["date"], plan_title=parts["plan_title"], body=body,
    )


def write_corpus(root: Path, mb: float, *, doc_chars: int = 4000, pdf: int = 0, docx: int = 0, html: int = 0,
                 seed: int = 0) -> dict:
    """Write about ``mb`` MB of UTF-8 text notices plus ``pdf``/``docx``/``html`` renderings under ``root``.

    Returns counts: text files, bytes of text, and the other formats written.
    """
    from tests import make_fixtures as mf

    root.mkdir(parents=True, exist_ok=True)
    synth = Synth(seed)
    target = int(mb * 1_000_000)
    written = 0
    i = 0
    while written < target:
        text = synth.notice(i, doc_chars)
        data = text.encode("utf-8")
        (root / f"syn_{i:06d}.txt").write_bytes(data)
        written += len(data)
        i += 1
    counts = {"txt": i, "txt_bytes": written, "pdf": 0, "docx": 0, "html": 0}
    for kind, n, writer in (("pdf", pdf, mf.make_pdf), ("docx", docx, mf.make_docx), ("html", html, mf.make_html)):
        for j in range(n):
            k = 500_000 + j + {"pdf": 0, "docx": 10_000, "html": 20_000}[kind]
            writer(_fixture_notice(synth.parts(k, doc_chars)), root / f"syn_{k:06d}.{kind}")
            counts[kind] += 1
    return counts
