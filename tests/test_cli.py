"""The policykb command line, driven with click's CliRunner."""

from __future__ import annotations

import json
import shutil
import sqlite3

from click.testing import CliRunner

from extract.cli import cli, datasette_args

from .conftest import CORPUS, GOLD, ROOT

FIXTURES = ROOT / "tests" / "fixtures"


def test_every_command_has_help_with_an_example():
    runner = CliRunner()
    for command in ("build", "serve", "add", "show", "eval", "export"):
        result = runner.invoke(cli, [command, "--help"])
        assert result.exit_code == 0, command
        assert "Example:" in result.output, command


def test_build_summary_and_second_build(seed_corpus, tmp_path):
    runner = CliRunner()
    db = tmp_path / "p.db"
    first = runner.invoke(cli, ["build", str(seed_corpus), "--db", str(db), "--quiet"])
    assert first.exit_code == 0, first.output
    assert "5 documents: 5 added, 0 updated, 0 unchanged, 0 removed, 0 failed" in first.output
    second = runner.invoke(cli, ["build", str(seed_corpus), "--db", str(db), "--quiet"])
    assert "0 added, 0 updated, 5 unchanged" in second.output


def test_build_with_a_bad_file_exits_zero_unless_strict(seed_corpus, tmp_path):
    shutil.copy2(FIXTURES / "junk.txt", seed_corpus / "junk.txt")
    runner = CliRunner()
    db = tmp_path / "p.db"
    result = runner.invoke(cli, ["build", str(seed_corpus), "--db", str(db), "--quiet"])
    assert result.exit_code == 0
    assert "1 failed" in result.output
    assert "junk.txt" in result.output  # the error line names the file
    strict = runner.invoke(cli, ["build", str(seed_corpus), "--db", str(tmp_path / "q.db"), "--quiet", "--strict"])
    assert strict.exit_code == 1
    assert "--strict" in strict.output


def test_build_missing_corpus_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "nope"), "--db", str(tmp_path / "p.db")])
    assert result.exit_code == 1
    assert "does not exist" in result.output


def test_add_copies_and_refuses_to_overwrite(seed_corpus, tmp_path):
    runner = CliRunner()
    db = tmp_path / "p.db"
    new = tmp_path / "新通知.txt"
    new.write_text("某县教育局关于加强教研工作的通知\n各学校:\n教研员每人每年培训不少于72课时。\n某县教育局\n2024年3月1日\n", encoding="utf-8")
    result = runner.invoke(cli, ["add", str(new), "--corpus", str(seed_corpus), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert (seed_corpus / "新通知.txt").exists()
    assert "1 added" in result.output or "6 added" in result.output
    new.write_text("不同的内容。", encoding="utf-8")
    again = runner.invoke(cli, ["add", str(new), "--corpus", str(seed_corpus), "--db", str(db)])
    assert again.exit_code == 1
    assert "exists and differs" in again.output


def test_add_rejects_unknown_extension(seed_corpus, tmp_path):
    result = CliRunner().invoke(cli, ["add", str(FIXTURES / "notes.xyz"), "--corpus", str(seed_corpus), "--db", str(tmp_path / "p.db")])
    assert result.exit_code == 1
    assert "unsupported extension .xyz" in result.output


def test_show_prints_json_without_touching_a_database(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["show", str(CORPUS / "001_3882e8ae2ec2069b.txt")])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["metadata"]["region"]["adcode"] == "232700"
    assert any(s["path"] == "三/（一）/2" for s in data["sections"])  # its 1. is OCR-damaged: no heading
    quotas = data["extractions"]["quotas"]
    assert any(q["evidence"] == "校长每学期至少听课30节" and q["value"] == 30 for q in quotas)
    assert not (tmp_path / "db").exists()


def test_show_bad_file_names_it(tmp_path):
    result = CliRunner().invoke(cli, ["show", str(FIXTURES / "scan.pdf")])
    assert result.exit_code == 1
    assert "scan.pdf" in result.output and "OCR" in result.output


def test_eval_meets_the_targets_on_the_gold():
    if not GOLD.is_dir():
        import pytest

        pytest.skip("../shared/gold not present")
    result = CliRunner().invoke(cli, ["eval", "--gold", str(GOLD), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert len(report["targets"]) == 11
    unmet = [t["label"] for t in report["targets"] if not t["met"]]
    assert unmet == [], unmet


def test_serve_binds_localhost_and_opens_read_only(tmp_path):
    args = datasette_args(tmp_path / "p.db", "127.0.0.1", 8001)
    assert args[args.index("--host") + 1] == "127.0.0.1"
    assert "-i" in args  # immutable: Datasette opens the file read-only
    assert args[args.index("truncate_cells_html") + 1] == "300"  # a notice's text does not fill the documents table


def test_serve_counts_rows_once_per_database_file(seed_db_path, tmp_path):
    """The inspect file gives Datasette the row counts (and spares it hashing the whole file) until the file changes."""
    import os
    import shutil

    from extract.cli import inspect_file

    db = tmp_path / "policy.db"
    shutil.copy2(seed_db_path, db)
    out = inspect_file(db)
    data = json.loads(out.read_text(encoding="utf-8"))["policy"]
    conn = sqlite3.connect(db)
    assert data["tables"]["quotas"]["count"] == conn.execute("select count(*) from quotas").fetchone()[0] > 0
    assert "provisions_fts" not in data["tables"] and "provisions_fts_data" not in data["tables"]  # the FTS index itself
    conn.execute("delete from quotas")
    conn.commit()
    conn.close()
    os.utime(db, ns=(1, 1))  # a changed file (its size may not change)
    assert json.loads(inspect_file(db).read_text(encoding="utf-8"))["policy"]["tables"]["quotas"]["count"] == 0
    args = datasette_args(db, "127.0.0.1", 8001, inspect=out)
    assert args[args.index("--inspect-file") + 1] == str(out)


def test_build_warns_when_a_server_is_serving_the_database(seed_corpus, tmp_path, monkeypatch):
    """A build under a running `policykb serve` is not seen by it (immutable): say so and how to restart."""
    import os

    import extract.cli as cli_module

    db = tmp_path / "p.db"
    runner = CliRunner()
    marker = cli_module.serving_marker(db)
    during: list[bool] = []

    def fake_call(args):
        during.append(marker.exists())
        result = runner.invoke(cli, ["build", str(seed_corpus), "--db", str(db), "--quiet"])
        during.append("is serving" in result.output and f"pid {os.getpid()}" in result.output)
        return 0

    monkeypatch.setattr(cli_module.subprocess, "call", fake_call)
    served = runner.invoke(cli, ["serve", "--corpus", str(seed_corpus), "--db", str(db), "--port", "8998"])
    assert served.exit_code == 0, served.output
    assert during == [True, True]
    assert not marker.exists()  # gone with the server
    alone = runner.invoke(cli, ["build", str(seed_corpus), "--db", str(db), "--quiet"])
    assert "is serving" not in alone.output
    marker.write_text('{"pid": 999999999, "url": "http://127.0.0.1:8998/"}', encoding="utf-8")  # a killed server's
    assert "is serving" not in runner.invoke(cli, ["build", str(seed_corpus), "--db", str(db), "--quiet"]).output
