"""No single file, folder or interruption breaks a build (issue 9): each case is its reproduction."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from extract.build import PruneRefused, build
from extract.cli import cli
from extract.store import derived_dirty, open_db

from .conftest import ROOT, SEEDS

# Runs a command without the capabilities that let root read any file, so
# that chmod 000 means "unreadable" in a test run as root (CI is root).
NO_DAC = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-all"]


def _errors(db) -> dict[str, str]:
    return dict(db.execute("select path, error from ingest_errors").fetchall())


def _as_unprivileged(args: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return args
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: cannot make a file unreadable to this process")
    return NO_DAC + args


def _build_cmd(corpus: Path, db: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "extract.cli", "build", str(corpus), "--db", str(db), "--quiet", *extra]


# ---------------------------------------------------------------- bad directory entries


def test_a_folder_symlink_loop_is_one_error_and_the_build_goes_on(seed_corpus, fresh_db):
    (seed_corpus / "loop").symlink_to(".")
    summary = build(seed_corpus, fresh_db)
    assert (summary.added, summary.failed) == (5, 1)
    assert _errors(fresh_db) == {
        "loop/": "loop/: a symbolic link loop (this folder is already part of the corpus); remove the link"
    }


def test_a_file_symlink_loop_and_a_dangling_link_are_reported(seed_corpus, fresh_db):
    os.symlink("self.txt", seed_corpus / "self.txt")
    os.symlink("gone.txt", seed_corpus / "dangling.txt")
    summary = build(seed_corpus, fresh_db)
    assert (summary.added, summary.failed) == (5, 2)
    assert _errors(fresh_db) == {
        "self.txt": "self.txt: a symbolic link loop (the link leads back to itself); remove the link",
        "dangling.txt": "dangling.txt: a symbolic link to nothing (gone.txt does not exist); remove the link or restore its target",
    }
    # the same problems next time: reported again, not forgotten, nothing else changes
    again = build(seed_corpus, fresh_db)
    assert (again.unchanged, again.failed) == (5, 2) and len(_errors(fresh_db)) == 2
    (seed_corpus / "self.txt").unlink()
    (seed_corpus / "dangling.txt").unlink()
    build(seed_corpus, fresh_db)
    assert _errors(fresh_db) == {}


def test_a_symlinked_folder_is_followed(seed_corpus, tmp_path, fresh_db):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy2(SEEDS[0], elsewhere / "linked.txt")
    (seed_corpus / "more").symlink_to(elsewhere)
    summary = build(seed_corpus, fresh_db)
    assert (summary.added, summary.failed) == (6, 0)
    assert fresh_db.execute("select count(*) from documents where path = 'more/linked.txt'").fetchone()[0] == 1


def test_unreadable_file_and_folder_are_errors_and_their_stored_rows_stay(seed_corpus, tmp_path):
    """chmod 000 on a file and a sub-folder, the build run without root's override of permissions."""
    sub = seed_corpus / "福建"
    sub.mkdir()
    shutil.move(str(seed_corpus / SEEDS[0].name), sub / SEEDS[0].name)
    db_path = tmp_path / "p.db"
    first = subprocess.run(_build_cmd(seed_corpus, db_path), cwd=ROOT, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    locked_file = seed_corpus / SEEDS[1].name
    locked_file.write_text(locked_file.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # changed: must be re-read
    locked_file.chmod(0)
    sub.chmod(0)
    os.chmod(tmp_path, 0o777), os.chmod(seed_corpus, 0o777), os.chmod(db_path, 0o666)
    try:
        run = subprocess.run(_as_unprivileged(_build_cmd(seed_corpus, db_path)), cwd=ROOT, capture_output=True, text=True)
    finally:
        sub.chmod(0o755)
        locked_file.chmod(0o644)
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    assert f"error: {SEEDS[1].name}: cannot read this file (Permission denied); check its permissions" in run.stderr
    assert "error: 福建/: cannot open this folder (Permission denied); check its permissions" in run.stderr
    assert "3 documents: 0 added, 0 updated, 3 unchanged, 0 removed, 2 failed" in run.stdout
    db = open_db(db_path)
    try:
        # nothing stored is lost: the document in the unreadable folder and the unreadable file's old rows stay
        assert db.execute("select count(*) from documents").fetchone()[0] == 5
        assert set(_errors(db)) == {SEEDS[1].name, "福建/"}
    finally:
        db.close()


def test_same_named_files_in_two_folders_are_told_apart(seed_corpus, fresh_db):
    for region in ("福建", "安徽"):
        (seed_corpus / region).mkdir()
        (seed_corpus / region / "通知.txt").write_text("   \n", encoding="utf-8")
    summary = build(seed_corpus, fresh_db)
    assert summary.failed == 2
    errors = _errors(fresh_db)
    assert sorted(errors) == ["安徽/通知.txt", "福建/通知.txt"]
    assert all(msg.startswith(path + ": ") for path, msg in errors.items())
    assert all(err.split(":")[0] in ("安徽/通知.txt", "福建/通知.txt") for err in summary.errors)


# ---------------------------------------------------------------- removing, limits, warnings


def test_an_empty_folder_does_not_delete_the_database(seed_corpus, tmp_path, fresh_db):
    build(seed_corpus, fresh_db)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(PruneRefused, match=r"^5 of the 5 stored documents would be removed because their files are not in "):
        build(empty, fresh_db)
    assert fresh_db.execute("select count(*) from documents").fetchone()[0] == 5
    # the CLI says so and exits non-zero; --prune does it
    db_path = Path(fresh_db.conn.execute("pragma database_list").fetchone()[2])
    result = CliRunner().invoke(cli, ["build", str(empty), "--db", str(db_path), "--quiet"])
    assert result.exit_code == 1
    assert "would be removed" in result.output and "--prune" in result.output
    result = CliRunner().invoke(cli, ["build", str(empty), "--db", str(db_path), "--quiet", "--prune"])
    assert result.exit_code == 0, result.output
    assert "0 documents: 0 added, 0 updated, 0 unchanged, 5 removed, 0 failed" in result.output


def test_removing_a_few_documents_needs_no_prune(seed_corpus, fresh_db):
    build(seed_corpus, fresh_db)
    for f in SEEDS[:2]:
        (seed_corpus / f.name).unlink()
    assert build(seed_corpus, fresh_db).removed == 2


def test_a_file_beyond_max_chars_is_refused_and_the_build_goes_on(seed_corpus, fresh_db):
    (seed_corpus / "dump.txt").write_text("校长每学期至少听课30节。\n" * 2000, encoding="utf-8")
    summary = build(seed_corpus, fresh_db, max_chars=20_000)
    assert (summary.added, summary.failed) == (5, 1)
    error = _errors(fresh_db)["dump.txt"]
    assert error.startswith("dump.txt: ") and "limit 20,000" in error and "--max-chars" in error


def test_reader_warnings_are_stored_and_replaced(seed_corpus, fresh_db):
    target = seed_corpus / SEEDS[4].name
    data = bytearray(target.read_bytes())
    data[200] = 0xFF  # never valid in UTF-8
    target.write_bytes(bytes(data))
    summary = build(seed_corpus, fresh_db)
    assert (summary.added, summary.failed) == (5, 0), summary.errors
    rows = fresh_db.execute("select path, warning from ingest_warnings").fetchall()
    assert [r[0] for r in rows] == [SEEDS[4].name] and "replaced" in rows[0][1]
    assert summary.warnings and summary.line().endswith(f", {len(summary.warnings)} warnings")
    shutil.copy2(SEEDS[4], target)
    build(seed_corpus, fresh_db)
    assert fresh_db.execute("select count(*) from ingest_warnings").fetchone()[0] == 0


# ---------------------------------------------------------------- interruptions

_KILL_DURING_LINKING = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    import extract.citations as citations
    from extract.build import build
    from extract.store import open_db

    def killed(db, changed=None):
        os.kill(os.getpid(), signal.SIGKILL)

    citations.link_references = killed
    build(Path(sys.argv[1]), open_db(sys.argv[2]))
    """
)


def _links(db) -> list[tuple]:
    return db.execute(
        'select d.path, r.evidence, c.path from "references" r join documents d on d.id = r.document_id '
        "left join documents c on c.id = r.cited_document_id order by d.path, r.start"
    ).fetchall()


def _citing_corpus(root: Path) -> Path:
    root.mkdir()
    for f in SEEDS:
        shutil.copy2(f, root / f.name)
    (root / "a_cited.txt").write_text(
        "某市教育局关于印发《某市教研员管理办法》的通知\n某教发〔2024〕3号\n各学校:\n教研员每年下校不少于60天。\n某市教育局\n2024年3月1日\n",
        encoding="utf-8",
    )
    (root / "b_citing.txt").write_text(
        "某县教育局关于落实教研员管理的通知\n各学校:\n根据《某市教研员管理办法》(某教发〔2024〕3号)要求,做好工作。\n某县教育局\n2024年5月1日\n",
        encoding="utf-8",
    )
    return root


def test_a_kill_during_linking_is_repaired_by_the_next_build(tmp_path):
    corpus = _citing_corpus(tmp_path / "c")
    clean = open_db(tmp_path / "clean.db")
    build(corpus, clean)
    expected = _links(clean)
    assert ("b_citing.txt", "《某市教研员管理办法》(某教发〔2024〕3号)", "a_cited.txt") in expected
    clean.close()

    killed = tmp_path / "killed.db"
    run = subprocess.run([sys.executable, "-c", _KILL_DURING_LINKING, str(corpus), str(killed)], cwd=ROOT)
    assert run.returncode == -signal.SIGKILL
    db = open_db(killed)
    try:
        assert derived_dirty(db)
        assert all(link[2] is None for link in _links(db))  # every document stored, no link made
        summary = build(corpus, db)  # nothing to process ...
        assert summary.unchanged == 7
        assert _links(db) == expected  # ... yet every link is made
        assert not derived_dirty(db)
    finally:
        db.close()


def _children(pid: int) -> list[int]:
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(entry))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find the workers")
def test_workers_die_with_a_killed_build(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    text = "".join(f.read_text(encoding="utf-8") for f in SEEDS)
    for i in range(60):  # enough work that the build is still running when it is killed
        (corpus / f"n{i:03}.txt").write_text(text + f"\n第{i}号\n", encoding="utf-8")
    proc = subprocess.Popen(_build_cmd(corpus, tmp_path / "p.db", "--workers", "2"), cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        workers: list[int] = []
        while time.monotonic() < deadline and len(workers) < 2:
            time.sleep(0.2)
            workers = _children(proc.pid)
        assert len(workers) >= 2, "the pool did not start"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(_alive(w) for w in workers):
            time.sleep(0.2)
        assert not any(_alive(w) for w in workers), "workers outlived the build"
    finally:
        if proc.poll() is None:
            proc.kill()


def test_an_extractor_that_fails_on_a_provision_does_not_make_its_document_rebuild_every_time(seed_corpus, fresh_db,
                                                                                              monkeypatch):
    import extract.extractors.quotas as quotas

    def broken(text, prov, ctx):
        raise ValueError("a rule bug")

    monkeypatch.setattr(quotas, "extract_quotas", broken)
    first = build(seed_corpus, fresh_db)
    assert (first.added, first.failed) == (5, 0)
    assert fresh_db.execute("select count(*) from ingest_errors where error like 'extractor quotas failed%'").fetchone()[0] > 0
    again = build(seed_corpus, fresh_db)
    assert (again.unchanged, again.updated, again.reextracted) == (5, 0, 0)
    # the errors stay recorded until the extractor is fixed (a change that re-runs it)
    assert fresh_db.execute("select count(*) from ingest_errors where error like 'extractor quotas failed%'").fetchone()[0] > 0
