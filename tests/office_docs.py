"""Word files of the seed notices, for the .doc/.wps tests and ``bench/office.py``.

A notice's ``.txt`` becomes a ``.docx`` with one paragraph per non-empty line
and, when ``numbered``, its heading markers (一、 （一） 1.) moved out of the
text into Word's automatic numbering, as in the attachments counties publish;
LibreOffice then turns that ``.docx`` into ``.doc`` (see ``extract.readers.office.convert``).

Example:
    >>> notice_docx(SEED_004, Path("/tmp/004.docx"))
    PosixPath('/tmp/004.docx')
"""

from __future__ import annotations

from pathlib import Path

from .make_fixtures import _LEVEL0, _LEVEL1, _LEVEL2, SEED_004, _add_numbering_part, _set_numbering

__all__ = ["SEED_004", "notice_docx"]

# numId 3 of make_fixtures' numbering part: 一、 / （一） / 1. in Word's multilevel list.
_NUM_ID = 3


def notice_docx(txt: Path, out: Path, *, numbered: bool = True) -> Path:
    """Write the notice ``txt`` as a ``.docx`` at ``out``.

    Args:
        txt: a UTF-8 notice.
        out: the ``.docx`` to write.
        numbered: headings as Word automatic numbering (not in the run text);
            False keeps the markers typed in the text.
    """
    import docx

    document = docx.Document()
    if numbered:
        _add_numbering_part(document)
    for line in txt.read_text(encoding="utf-8").splitlines():
        text = line.replace("\xa0", " ").strip()
        if not text:
            continue
        for pattern, level in ((_LEVEL0, 0), (_LEVEL1, 1), (_LEVEL2, 2)):
            m = pattern.match(text) if numbered else None
            if m:
                _set_numbering(document.add_paragraph(text[m.end():]), _NUM_ID, level)
                break
        else:
            document.add_paragraph(text)
    document.save(str(out))
    return out
