"""`policykb export` (tables, views, canned queries, SELECTs → CSV with BOM, XLSX, JSON) and `policykb serve` safety."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from extract.cli import cli, datasette_args
from tests.conftest import ROOT, SEEDS

BOM = b"\xef\xbb\xbf"


@pytest.fixture(scope="module")
def db_path(seed_db_path) -> Path:
    """A database built from the bundled notices."""
    return seed_db_path


def export(db_path: Path, *args: str):
    result = CliRunner().invoke(cli, ["export", *args, "--db", str(db_path)])
    return result


def written(result, out: Path) -> int:
    assert result.exit_code == 0, result.output
    match = re.fullmatch(r"wrote (\d+) rows to (.+)\n", result.output)
    assert match and Path(match[2]) == out, result.output
    return int(match[1])


def test_table_to_csv_has_bom_and_chinese(db_path, tmp_path):
    out = tmp_path / "documents.csv"
    assert written(export(db_path, "documents", "-o", str(out)), out) == len(SEEDS)
    data = out.read_bytes()
    assert data.startswith(BOM)
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("id,path,format,sha256")
    assert "清流县教育局" in text
    assert "\ufeff" not in text  # exactly one BOM, consumed by utf-8-sig


def test_view_to_csv(db_path, tmp_path):
    out = tmp_path / "quotas.csv"
    assert written(export(db_path, "quota_comparison", "-o", str(out)), out) > 10
    text = out.read_text(encoding="utf-8-sig")
    assert "大兴安岭地区" in text and "校长每学期至少听课30节" in text


def test_canned_query_with_parameters(db_path, tmp_path):
    out = tmp_path / "hours.csv"
    result = export(db_path, "activity_by_role", "-p", "activity=培训学时", "-p", "role=教师", "-o", str(out))
    assert written(result, out) >= 1
    text = out.read_text(encoding="utf-8-sig")
    assert "每位教师每年校本培训不少于24学时" in text
    assert "教研员" not in text.split("\n", 1)[1]  # role filter applied (乌海市's 教研员 hours are another role)


def test_canned_query_missing_parameter_means_all(db_path, tmp_path):
    everything, fujian, heilongjiang = (tmp_path / f"{n}.json" for n in ("all", "fj", "hlj"))
    assert written(export(db_path, "principal_observation", "--format", "json", "-o", str(everything)), everything) == 2
    assert written(export(db_path, "principal_observation", "-p", "province=福建省", "--format", "json", "-o", str(fujian)), fujian) == 0
    assert written(export(db_path, "principal_observation", "-p", "province=黑龙江省", "--format", "json", "-o", str(heilongjiang)), heilongjiang) == 2
    assert json.loads(fujian.read_text(encoding="utf-8")) == []


def test_json_keeps_chinese_readable(db_path, tmp_path):
    out = tmp_path / "po.json"
    written(export(db_path, "principal_observation", "--format", "json", "-o", str(out)), out)
    raw = out.read_text(encoding="utf-8")
    assert "\\u" not in raw and "大兴安岭地区" in raw
    rows = json.loads(raw)
    principal = next(r for r in rows if r["actor"] == "校长")
    assert (principal["value"], principal["unit"], principal["period"], principal["per_semester"], principal["per_year"]) == (30.0, "节", "semester", 30.0, 60.0)


def test_xlsx_reads_back(db_path, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "po.xlsx"
    assert written(export(db_path, "principal_observation", "--format", "xlsx", "-o", str(out)), out) == 2
    sheet = load_workbook(out, read_only=True).active
    header, *rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert header[:4] == ["region", "province", "level", "actor"]
    by_actor = {r[header.index("actor")]: r for r in rows}
    assert by_actor["校长"][header.index("region")] == "大兴安岭地区"
    assert by_actor["校长"][header.index("per_year")] == 60


def test_select_statement_and_default_file_name(db_path, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = export(db_path, "select region, count(*) as n from document_regions group by region order by region")
    assert result.exit_code == 0, result.output
    (out,) = tmp_path.glob("select_*.csv")
    text = out.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "region,n" and "乌海市,1" in text

    result = export(db_path, "regions")
    assert result.output == "wrote 5 rows to regions.csv\n"
    assert (tmp_path / "regions.csv").read_bytes().startswith(BOM)


def test_canned_search_query_segments_chinese(db_path, tmp_path):
    out = tmp_path / "search.json"
    assert written(export(db_path, "search_documents", "-p", "q=听课", "--format", "json", "-o", str(out)), out) >= 1
    assert "听课" in out.read_text(encoding="utf-8")


def test_unknown_name_lists_what_exists(db_path):
    result = export(db_path, "no_such_thing")
    assert result.exit_code != 0
    assert "'no_such_thing' is not a table, view or canned query; try one of:" in result.output
    for name in ("documents", "quotas", "quota_comparison", "obligation_mix", "principal_observation", "training_hours"):
        assert name in result.output


def test_bad_parameter_and_missing_database(db_path, tmp_path):
    result = export(db_path, "principal_observation", "-p", "province")
    assert result.exit_code != 0 and "parameter 'province' should be NAME=VALUE" in result.output
    result = CliRunner().invoke(cli, ["export", "documents", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0 and "does not exist; run `policykb build` first" in result.output
    result = export(db_path, "select no_such_column from documents")
    assert result.exit_code != 0 and "query failed:" in result.output


# --- serve safety -------------------------------------------------------------------------


def test_datasette_args_bind_loopback_and_immutable():
    args = datasette_args(Path("db/policy.db"), "127.0.0.1", 8001)
    assert args[1:4] == ["-m", "datasette", "serve"]
    assert args[args.index("-i") + 1] == "db/policy.db"  # immutable: Datasette never writes or locks it
    assert "db/policy.db" not in [a for i, a in enumerate(args) if args[i - 1] != "-i"]  # never as a mutable file
    assert args[args.index("--host") + 1] == "127.0.0.1"
    assert not {"--cors", "--root", "--reload", "0.0.0.0"} & set(args)
    assert Path(args[args.index("--metadata") + 1]) == ROOT / "schema" / "metadata.yml"


def test_serve_defaults_to_loopback(db_path, monkeypatch):
    import extract.cli as cli_module

    host_option = next(p for p in cli.commands["serve"].params if p.name == "host")
    assert host_option.default == "127.0.0.1"
    seen: list[list[str]] = []
    monkeypatch.setattr(cli_module.subprocess, "call", lambda args: seen.append(args) or 0)
    result = CliRunner().invoke(cli, ["serve", "--no-build", "--db", str(db_path), "--port", "8999"])
    assert result.exit_code == 0, result.output
    (args,) = seen
    assert args[args.index("--host") + 1] == "127.0.0.1"
    assert args[args.index("-i") + 1] == str(db_path)
    assert f"serving {db_path} on http://127.0.0.1:8999/" in result.output


def test_no_writable_canned_queries():
    meta = yaml.safe_load((ROOT / "schema" / "metadata.yml").read_text(encoding="utf-8"))
    queries = meta["databases"]["policy"]["queries"]
    assert queries
    for name, query in queries.items():
        assert not query.get("write"), f"{name} is a writable canned query"
        assert "on_success_redirect" not in query and "on_error_redirect" not in query, name
        sql = re.sub(r"--[^\n]*", "", query["sql"]).strip().lower()
        assert re.match(r"(select|with)\b", sql), f"{name} is not a SELECT"
        assert not re.search(r"\b(insert|update|delete|drop|create|alter|attach|pragma|vacuum)\b", sql), name
