"""A rebuild redoes only what a change can affect: one fingerprint per stage (issue 10, item 5)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from extract import fingerprint
from extract.build import build
from extract.lexicons import schema_dir

from .conftest import ROOT

PACKAGE = ROOT / "extract"


@pytest.fixture
def copy(tmp_path) -> tuple[Path, Path]:
    """A private copy of the package sources and the lexicons, to edit."""
    pkg = tmp_path / "extract"
    shutil.copytree(PACKAGE, pkg, ignore=shutil.ignore_patterns("__pycache__"))
    lex = tmp_path / "lexicons"
    shutil.copytree(schema_dir() / "lexicons", lex)
    return pkg, lex


def _names(files: list[Path]) -> set[str]:
    """A module by its path from its subpackage on ("extractors/quotas/lexicon.py"), any other file by its name."""
    out = set()
    for f in files:
        sub = [i for i, part in enumerate(f.parts[:-1]) if part in ("extractors", "readers")]
        out.add("/".join(f.parts[sub[-1]:]) if sub else f.name)
    return out


def test_each_stage_covers_its_own_code_and_lexicons():
    files = {k: _names(v) for k, v in fingerprint.stage_files(PACKAGE, schema_dir() / "lexicons").items()}
    assert {"extractors/quotas/__init__.py", "extractors/quotas/lexicon.py", "extractors/quotas/reading.py",
            "quotas.yml", "roles.yml", "activities.yml", "types.py"} <= files["quotas"]
    assert {"extractors/deadlines.py", "deadlines.yml"} <= files["deadlines"]
    # the rules declare their own prefilter requirements: no parse-tree reading (re._parser)
    assert "extractors/regex_facts.py" not in files["deadlines"]
    assert {"clean.py", "segment.py", "metadata.py", "readers/txt.py", "readers/pdf.py", "boilerplate.yml",
            "headings.yml", "userdict.txt"} <= files["text"]
    everything = set().union(*files.values())
    for outside in ("cli.py", "build.py", "export.py", "evaluate.py", "datasette_plugin/__init__.py"):
        assert outside not in everything, outside
    # an extractor is nobody else's: the quota rules do not make the deadlines stale
    assert not {f for f in files["deadlines"] | files["text"] if f.startswith("extractors/quotas")}
    assert "quotas.yml" not in files["deadlines"] | files["text"]
    # but an extractor that calls another's code covers it: quotas reads bodies' division names
    assert "extractors/bodies.py" in files["quotas"]
    assert "extractors/bodies.py" not in files["text"] | files["deadlines"]


@pytest.mark.parametrize(
    "edit, stale",
    [
        ("cli.py", set()),
        ("datasette_plugin/__init__.py", set()),
        ("lexicons/quotas.yml", {"quotas"}),
        ("extractors/deadlines.py", {"deadlines"}),
        # the quota rules read modality.yml's purpose_main_starts (a notice's opening gives its list no period)
        ("lexicons/modality.yml", {"obligations", "quotas"}),
        ("segment.py", {"text"}),
        ("lexicons/boilerplate.yml", {"text"}),
        ("citations.py", {"links"}),
        ("extractors/references.py", {"references", "links"}),
    ],
)
def test_an_edit_changes_the_fingerprints_it_should(copy, edit, stale):
    pkg, lex = copy
    before = fingerprint.fingerprints(pkg, lex)
    target = (lex.parent if edit.startswith("lexicons/") else pkg) / edit
    target.write_text(target.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
    after = fingerprint.fingerprints(pkg, lex)
    assert {k for k in before if before[k] != after[k]} == stale


def _rows(db, table: str) -> list[tuple]:
    cols = [c[1] for c in db.execute(f'pragma table_info("{table}")') if c[1] not in ("id",)]
    return sorted(db.execute(f'select {", ".join(map(repr, cols))} from "{table}"').fetchall(), key=repr)


def test_rebuild_after_edits_redoes_only_their_stages(copy, seed_corpus, fresh_db, tmp_path, monkeypatch):
    pkg, lex = copy
    monkeypatch.setattr(fingerprint, "current", lambda: fingerprint.fingerprints(pkg, lex))
    build(seed_corpus, fresh_db)
    ids = {t: fresh_db.execute(f'select group_concat(id) from "{t}"').fetchone()[0]
           for t in ("documents", "provisions", "quotas", "obligations", "deadlines")}

    (pkg / "cli.py").write_text((pkg / "cli.py").read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    again = build(seed_corpus, fresh_db)
    assert (again.unchanged, again.updated, again.reextracted) == (5, 0, 0)

    (lex / "quotas.yml").write_text((lex / "quotas.yml").read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    third = build(seed_corpus, fresh_db)
    assert (third.unchanged, third.updated, third.reextracted, third.failed) == (0, 0, 5, 0)
    assert "5 re-extracted" in third.line()
    now = {t: fresh_db.execute(f'select group_concat(id) from "{t}"').fetchone()[0] for t in ids}
    assert now["quotas"] != ids["quotas"]  # the quotas were written again ...
    assert {t: now[t] for t in ids if t != "quotas"} == {t: ids[t] for t in ids if t != "quotas"}  # ... nothing else
    assert build(seed_corpus, fresh_db).unchanged == 5

    # what a partial re-extraction stored equals a full build
    full = __import__("extract.store", fromlist=["open_db"]).open_db(tmp_path / "full.db")
    build(seed_corpus, full)
    for table in ("quotas", "obligations", "deadlines", "references", "body_mentions"):
        assert _rows(fresh_db, table) == _rows(full, table), table
    full.close()


def test_a_row_from_before_stages_is_rebuilt_whole():
    assert fingerprint.stale_stages("0123456789abcdef", {"text": "a", "quotas": "b"}) is None
    assert fingerprint.stale_stages('{"text":"a","quotas":"b"}', {"text": "a", "quotas": "b"}) == frozenset()


def test_a_change_to_the_linking_code_relinks_the_whole_corpus(copy, seed_corpus, fresh_db, monkeypatch):
    import extract.citations as citations

    pkg, lex = copy
    monkeypatch.setattr(fingerprint, "current", lambda: fingerprint.fingerprints(pkg, lex))
    build(seed_corpus, fresh_db)
    calls = []
    real = citations.link_references
    monkeypatch.setattr(citations, "link_references", lambda db, changed=None: calls.append(changed) or real(db, changed))
    build(seed_corpus, fresh_db)
    assert calls == []  # nothing changed, nothing to link
    (pkg / "citations.py").write_text((pkg / "citations.py").read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    again = build(seed_corpus, fresh_db)
    assert again.unchanged == 5 and calls == [None]  # no document redone, every reference relinked
    build(seed_corpus, fresh_db)
    assert calls == [None]


def test_the_facts_kept_on_disk_are_the_facts_walked(tmp_path, monkeypatch):
    """A second build process reads the modules' import facts from disk instead of parsing them (~0.2 s)."""
    monkeypatch.setenv("POLICYKB_CACHE", str(tmp_path))
    lexicons = schema_dir() / "lexicons"
    fingerprint._disk_facts.cache_clear()
    try:
        walked = fingerprint.stage_files(PACKAGE, lexicons)
        assert fingerprint._facts_file().parent == tmp_path and fingerprint._facts_file().exists()
        fingerprint._disk_facts.cache_clear()  # as in a new process

        def no_walk(*_args):
            raise AssertionError("parsed a module whose facts are on disk")

        monkeypatch.setattr(fingerprint, "_walk", no_walk)
        assert fingerprint.stage_files(PACKAGE, lexicons) == walked
    finally:
        fingerprint._disk_facts.cache_clear()


def test_an_edited_module_is_parsed_again_despite_the_facts_on_disk(copy, tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYKB_CACHE", str(tmp_path / "cache"))
    fingerprint._disk_facts.cache_clear()
    pkg, lex = copy
    try:
        before = fingerprint.stage_files(pkg, lex)
        assert not any(f.name == "activities.yml" for f in before["references"])
        ref = pkg / "extractors" / "references.py"
        ref.write_text(ref.read_text(encoding="utf-8") + '\n_EXTRA = load("activities")\n', encoding="utf-8")
        fingerprint._disk_facts.cache_clear()
        after = fingerprint.stage_files(pkg, lex)
        assert any(f.name == "activities.yml" for f in after["references"])
    finally:
        fingerprint._disk_facts.cache_clear()


def test_facts_of_deleted_copies_are_dropped_when_the_file_is_written(tmp_path, monkeypatch):
    """Each copy of the package (a test's temporary folder) adds its modules: the file must not grow without end."""
    monkeypatch.setenv("POLICYKB_CACHE", str(tmp_path / "cache"))
    fingerprint._disk_facts.cache_clear()
    gone = tmp_path / "deleted-copy" / "extract" / "store.py"
    facts_file = fingerprint._facts_file()
    facts_file.parent.mkdir(parents=True)
    facts_file.write_text(json.dumps({f"{gone}|1|2": [[], [], False, []]}), encoding="utf-8")
    try:
        fingerprint.stage_files(PACKAGE, schema_dir() / "lexicons")
        kept = json.loads(facts_file.read_text(encoding="utf-8"))
        assert kept and not any(key.startswith(str(gone)) for key in kept)
    finally:
        fingerprint._disk_facts.cache_clear()
