"""The ``policykb`` command: build, serve, add, show, eval, export, rules."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import click

from .errors import PolicyKBError, ReadError

DEFAULT_CORPUS = Path("corpus")
DEFAULT_DB = Path("db/policy.db")


def _progress(enabled: bool):
    """A tqdm wrapper for the build loop; silent when not a terminal or disabled."""
    if not enabled:
        return None
    from tqdm import tqdm

    def wrap(iterable, total):
        return tqdm(iterable, total=total, unit="doc", desc="building", file=sys.stderr, leave=False)

    return wrap


def run_build(
    corpus: Path,
    db_path: Path,
    workers: int = 1,
    strict: bool = False,
    quiet: bool = False,
    timings: bool = False,
    engine: str = "local",
    scheduler: str | None = None,
    max_chars: int | None = None,
    prune: bool = False,
) -> int:
    """Build and print the summary; returns the number of failed files.

    The database is closed before returning, so that every write is in the
    main file (not only in its write-ahead log) when Datasette opens it
    immutable right after.
    """
    from .build import PruneRefused, build
    from .readers.common import DEFAULT_MAX_CHARS
    from .store import open_db

    if not corpus.is_dir():
        raise click.ClickException(f"corpus folder {corpus} does not exist; create it and put notices (.txt .html .pdf .docx) in it")
    db = open_db(db_path)
    kwargs = dict(
        progress=_progress(not quiet and sys.stderr.isatty()),
        echo=lambda msg: click.secho(f"error: {msg}", fg="yellow", err=True),
        warn=lambda msg: click.secho(f"warning: {msg}", fg="yellow", err=True),
        max_chars=max_chars or DEFAULT_MAX_CHARS,
        prune=prune,
    )
    try:
        if engine == "dask":
            from .engine_dask import DaskUnavailable, build_dask

            try:
                summary = build_dask(corpus, db, scheduler=scheduler, **kwargs)
            except DaskUnavailable as exc:
                raise click.ClickException(str(exc)) from exc
        else:
            summary = build(corpus, db, workers=workers, **kwargs)
    except PruneRefused as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        db.close()
    click.echo(f"{db_path}: {summary.line()}")
    server = running_server(db_path)
    if server:
        click.secho(
            f"warning: {server} is serving {db_path} and does not see this build (it opened the file read-only "
            "and immutable; until restarted it may answer 'database disk image is malformed'): stop it with Ctrl-C "
            "and run `policykb serve` again",
            fg="yellow", err=True,
        )
    if timings:
        stats = {"stages": summary.timings.as_dict(), "bytes": summary.bytes_read, "pages": summary.pages}
        click.echo("timings: " + json.dumps(stats))
    if strict and summary.failed:
        raise click.ClickException(f"{summary.failed} file(s) failed (--strict); see the ingest_errors table")
    return summary.failed


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="policykb")
def cli() -> None:
    """policykb: a knowledge base of Chinese local education-policy notices.

    Example:

        policykb build && policykb serve
    """


@cli.command()
@click.argument("corpus", type=click.Path(path_type=Path), default=DEFAULT_CORPUS, required=False)
@click.option("--db", "db_path", type=click.Path(path_type=Path), default=DEFAULT_DB, show_default=True, help="Database file.")
@click.option("--workers", type=int, default=1, show_default=True, help="Processes that run the pipeline.")
@click.option("--strict", is_flag=True, help="Exit non-zero when any file failed.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option("--timings", is_flag=True, help="Print seconds per stage (read, clean, metadata, segment, extract, store) as JSON.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this machine (--workers processes); dask: the workers of a dask.distributed cluster.")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="With --engine dask: the scheduler, e.g. tcp://scheduler-host:8786 (default: a local cluster).")
@click.option("--max-chars", type=click.IntRange(min=1), default=None, metavar="N",
              help="Refuse files with more than N characters of text [default: 2,000,000, far beyond any notice].")
@click.option("--prune", is_flag=True,
              help="Allow removing more than half of the stored documents (their files are gone from CORPUS).")
def build(corpus: Path, db_path: Path, workers: int, strict: bool, quiet: bool, timings: bool, engine: str,
          scheduler: str | None, max_chars: int | None, prune: bool) -> None:
    """Ingest every notice under CORPUS (default corpus/) into the database.

    Incremental: unchanged files are skipped, changed files replace their
    rows, deleted files lose theirs. A file that cannot be read is reported,
    recorded in the ingest_errors table, and the build goes on. A build that
    would remove more than half of the stored documents stops before
    changing anything, unless --prune is given.

    With --engine dask the per-document pipeline runs on the workers of a
    dask.distributed cluster and this process writes the results.

    Example:

        policykb build corpus --db db/policy.db

        policykb build corpus --engine dask --scheduler tcp://scheduler-host:8786
    """
    run_build(corpus, db_path, workers=workers, strict=strict, quiet=quiet, timings=timings, engine=engine,
              scheduler=scheduler, max_chars=max_chars, prune=prune)


def serving_marker(db_path: Path) -> Path:
    """``<db>-serving`` beside ``db_path``: the pid and address of the `policykb serve` serving it, while it runs."""
    return db_path.with_name(db_path.name + "-serving")


def running_server(db_path: Path) -> str | None:
    """The live server of ``db_path`` ("policykb serve (pid N) on http://…"), or None.

    Datasette opens the database immutable: a build under it changes pages
    it has cached, so it shows a mixture of the old and the new file. A
    marker left by a killed server names a process that is gone and is ignored.
    """
    try:
        info = json.loads(serving_marker(db_path).read_text(encoding="utf-8"))
        pid = int(info["pid"])
        os.kill(pid, 0)
    except PermissionError:
        pass  # alive, another user's
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return f"policykb serve (pid {pid}) on {info.get('url', '?')}"


def inspect_file(db_path: Path) -> Path:
    """``<db>-inspect.json`` beside ``db_path``: Datasette's inspect data (row counts), made again when the file changed.

    Without it Datasette reads the whole file once to hash it (5 s for the
    3.7 GB of 100,000 notices, on the first request of the home page) and
    counts each table with a 10 ms limit, showing no counts when one is
    larger. Datasette only shows the hash; here it is a fingerprint of the
    file's size and modification time, which is what says it changed.
    """
    import hashlib
    import sqlite3

    out = db_path.with_name(db_path.stem + "-inspect.json")
    stat = db_path.stat()
    made_from = {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
    try:
        old = json.loads(out.read_text(encoding="utf-8"))[db_path.stem]
        if old.get("made_from") == made_from:
            return out
    except (OSError, ValueError, KeyError, TypeError):
        pass
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        master = conn.execute("select name, sql from sqlite_master where type = 'table'").fetchall()
        virtual = [n for n, sql in master if (sql or "").upper().startswith("CREATE VIRTUAL")]
        tables = [n for n, _ in master if n not in virtual and not any(n.startswith(v + "_") for v in virtual)]
        counts = {t: {"count": conn.execute(f'select count(*) from "{t}"').fetchone()[0]} for t in tables}
    finally:
        conn.close()
    fingerprint = hashlib.sha256(f"{db_path.name}:{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest()
    data = {db_path.stem: {"hash": fingerprint, "size": stat.st_size, "file": db_path.name, "tables": counts,
                           "made_from": made_from}}
    out.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    return out


def datasette_args(db_path: Path, host: str, port: int, reviews_db: Path | None = None,
                   inspect: Path | None = None) -> list[str]:
    """The Datasette command line that serves ``db_path`` read-only with our metadata (and ``reviews_db`` writable)."""
    from .lexicons import schema_dir

    return [
        sys.executable, "-m", "datasette", "serve",
        "-i", str(db_path),
        *([str(reviews_db)] if reviews_db else []),
        *(["--inspect-file", str(inspect)] if inspect else []),
        "--metadata", str(schema_dir() / "metadata.yml"),
        "--host", host,
        "--port", str(port),
        "--setting", "suggest_facets", "off",
        "--setting", "default_page_size", "50",
        "--setting", "sql_time_limit_ms", "3000",
        # A table page shows the start of a long cell (a notice's text, its pipeline fingerprints), not
        # 2,048 characters of it that make each row of the documents table a screen tall; the row
        # page and the notice page show it whole.
        "--setting", "truncate_cells_html", "300",
    ]


@cli.command()
@click.option("--db", "db_path", type=click.Path(path_type=Path), default=DEFAULT_DB, show_default=True, help="Database file.")
@click.option("--corpus", type=click.Path(path_type=Path), default=DEFAULT_CORPUS, show_default=True, help="Corpus to build first.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind; only change it on purpose.")
@click.option("--port", type=int, default=8001, show_default=True)
@click.option("--no-build", is_flag=True, help="Serve the database as it is.")
def serve(db_path: Path, corpus: Path, host: str, port: int, no_build: bool) -> None:
    """Build if needed, then browse the database in Datasette (read-only).

    Example:

        policykb serve --port 8001    # then open http://127.0.0.1:8001/
    """
    if not no_build and corpus.is_dir():
        run_build(corpus, db_path)
    if not db_path.exists():
        raise click.ClickException(f"{db_path} does not exist; run `policykb build` first")
    from .store import open_db, settle

    # Summary tables left out of date (a build stopped before its end, a database made by an
    # older policykb) are brought up to date first: the server only reads.
    open_db(db_path).close()
    # Datasette opens the file immutable, which ignores a write-ahead log:
    # whatever an earlier (perhaps killed) build left there goes into the main file first.
    settle(db_path)
    reviews_db = _prepare_reviews(db_path, corpus, host)  # issue 13: the writable reviews database
    args = datasette_args(db_path, host, port, reviews_db, inspect_file(db_path))
    click.echo(f"serving {db_path} on http://{host}:{port}/ (Ctrl-C to stop)")
    # A SIGTERM to this process (a supervisor's, a script's) must stop the
    # server too, not leave it running on the port: subprocess.call kills its
    # child when its wait is interrupted by an exception.
    previous = signal.signal(signal.SIGTERM, _exit_on_sigterm)
    # A build run meanwhile reads this to warn that the server does not see it.
    marker = serving_marker(db_path)
    mine = json.dumps({"pid": os.getpid(), "url": f"http://{host}:{port}/"})
    try:
        marker.write_text(mine, encoding="utf-8")
    except OSError:
        marker = None
    try:
        code = subprocess.call(args)
    finally:
        signal.signal(signal.SIGTERM, previous)
        if marker is not None:
            try:
                if marker.read_text(encoding="utf-8") == mine:
                    marker.unlink()
            except OSError:
                pass
    raise SystemExit(code)


def _prepare_reviews(db_path: Path, corpus: Path, host: str) -> Path:
    """reviews.db beside ``db_path``, filled from ``corpus/reviews.csv``; problems with the file are printed."""
    from .reviews import CSV_NAME, prepare_serving

    path, found = prepare_serving(db_path, corpus, hosts=[host])
    for line, problem in found.problems:
        click.secho(f"error: {corpus / CSV_NAME} line {line}: {problem}; that line is skipped", fg="yellow", err=True)
    return path


def _exit_on_sigterm(signum, frame) -> None:
    raise SystemExit(128 + signum)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--corpus", type=click.Path(path_type=Path), default=DEFAULT_CORPUS, show_default=True)
@click.option("--db", "db_path", type=click.Path(path_type=Path), default=DEFAULT_DB, show_default=True)
def add(files: tuple[Path, ...], corpus: Path, db_path: Path) -> None:
    """Copy new notices into the corpus and build.

    A file of the same name that differs is not overwritten: rename yours.

    Example:

        policykb add ~/Downloads/清流县教师培训方案.pdf
    """
    from .pipeline import sha256_file
    from .readers import SUPPORTED

    corpus.mkdir(parents=True, exist_ok=True)
    for f in files:
        if f.suffix.lower() not in SUPPORTED:
            raise click.ClickException(f"{f}: unsupported extension {f.suffix or '(none)'}; policykb reads {', '.join(sorted(SUPPORTED))}")
        target = corpus / f.name
        if target.exists():
            if sha256_file(target) == sha256_file(f):
                click.echo(f"{f.name}: already in {corpus}")
                continue
            raise click.ClickException(f"{target} exists and differs from {f}; rename your file and add it again")
        shutil.copy2(f, target)
        click.echo(f"added {target}")
    run_build(corpus, db_path)


def _jsonable(obj):
    if hasattr(obj, "__dataclass_fields__"):
        return {k: _jsonable(v) for k, v in asdict(obj).items()}
    if isinstance(obj, (list, tuple)):
        return [_jsonable(v) for v in obj]
    if isinstance(obj, dict):
        return {k: _jsonable(v) for k, v in obj.items()}
    return obj


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--no-extract", is_flag=True, help="Only metadata, sections and sentences.")
@click.option("--text/--no-text", default=False, help="Include the cleaned text.")
def show(file: Path, no_extract: bool, text: bool) -> None:
    """Print what the pipeline makes of FILE as JSON, without touching the database.

    Example:

        policykb show corpus/004_39fd71eae852dec9.txt | less
    """
    from .pipeline import process_file

    try:
        doc = process_file(file, extract=not no_extract)
    except ReadError as exc:
        raise click.ClickException(str(exc)) from exc
    out = {
        "path": doc.path,
        "format": doc.format,
        "text_source": doc.text_source,
        "chars": len(doc.text),
        "metadata": _jsonable(doc.metadata),
        "fields": doc.fields,
        "sections": _jsonable(doc.sections),
        "warnings": list(doc.warnings),
        "provisions": [{"ordinal": p.ordinal, "section": p.section_path, "start": p.start, "end": p.end, "text": p.text} for p in doc.provisions],
    }
    if doc.extractions is not None:
        out["extractions"] = _jsonable(doc.extractions)
    if text:
        out["text"] = doc.text
    click.echo(json.dumps(out, ensure_ascii=False, indent=2))


def _default_gold() -> Path:
    here = Path.cwd()
    for candidate in (here / "../shared/gold", Path(__file__).resolve().parents[2] / "shared/gold"):
        if candidate.is_dir():
            return candidate.resolve()
    return (here / "../shared/gold").resolve()


@cli.command(name="eval")
@click.option("--gold", "gold_dir", type=click.Path(path_type=Path), default=None, help="Gold folder [default: ../shared/gold].")
@click.option("--sources", "sources", type=click.Path(path_type=Path), multiple=True,
              help="Where the gold documents are [default: corpus/ and the gold folder's ../seeds].")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable scores.")
@click.option("--verbose", "-v", is_flag=True, help="List every miss and false hit.")
@click.option("--reviews", "from_reviews", is_flag=True,
              help="Instead: precision measured from researchers' reviews in the built database (--db).")
@click.option("--db", "db_path", type=click.Path(path_type=Path), default=DEFAULT_DB, show_default=True,
              help="With --reviews: the database built with corpus/reviews.csv.")
def eval_(gold_dir: Path | None, sources: tuple[Path, ...], as_json: bool, verbose: bool, from_reviews: bool,
          db_path: Path) -> None:
    """Score extraction against gold annotations (precision / recall / F1).

    The gold documents are built into a temporary database and read back,
    so the whole pipeline is measured, storage included. With --reviews,
    print per extractor and rule how many rows researchers confirmed,
    corrected and rejected, and the precision that measures.

    Example:

        policykb eval --gold ../shared/gold --verbose

        policykb eval --reviews
    """
    if from_reviews:
        _eval_reviews(db_path, as_json)
        return
    from .evaluate import GoldSourceMissing, format_report, report_to_json, run

    gold_dir = gold_dir or _default_gold()
    if not gold_dir.is_dir():
        raise click.ClickException(f"gold folder {gold_dir} not found; pass --gold DIR")
    try:
        report = run(gold_dir, list(sources) or [DEFAULT_CORPUS, gold_dir.parent / "seeds"])
    except GoldSourceMissing as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(report_to_json(report), ensure_ascii=False, indent=2))
    else:
        click.echo(format_report(report, verbose=verbose))


def _eval_reviews(db_path: Path, as_json: bool) -> None:
    from .reviews import format_precision, precision
    from .store import open_db

    if not db_path.exists():
        raise click.ClickException(f"{db_path} does not exist; run `policykb build` first")
    db = open_db(db_path)
    try:
        rows = precision(db)
    finally:
        db.close()
    click.echo(json.dumps(rows, ensure_ascii=False, indent=2) if as_json else format_precision(rows))


@cli.command()
@click.option("--corpus", type=click.Path(path_type=Path), default=DEFAULT_CORPUS, show_default=True,
              help="Corpus whose reviews.csv holds the reviews.")
@click.option("--db", "db_path", type=click.Path(path_type=Path), default=DEFAULT_DB, show_default=True)
@click.option("--export", "export_to", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write every extracted row with its decision to a spreadsheet (.csv or .xlsx).")
@click.option("--import", "import_from", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Bring the decisions of such a spreadsheet back into corpus/reviews.csv.")
@click.option("--to-gold", "gold_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Write gold files (SCHEMA.md format) from confirmed, corrected and added rows.")
@click.option("--table", "tables", multiple=True, type=click.Choice(["quotas", "deadlines", "obligations", "body_mentions"]),
              help="With --export: only these tables [default: all four].")
@click.option("--drop-stale", is_flag=True,
              help="Remove from corpus/reviews.csv the reviews the last build found stale (their notice changed).")
def review(corpus: Path, db_path: Path, export_to: Path | None, import_from: Path | None, gold_dir: Path | None,
           tables: tuple[str, ...], drop_stale: bool) -> None:
    """Work with researchers' reviews: spreadsheets in and out, gold files out, a summary.

    Reviews are made on the notice pages of `policykb serve` or in a
    spreadsheet, live in CORPUS/reviews.csv and are applied by `policykb build`.
    Without an option, print what the last build made of them.

    Example:

        policykb review --export review.xlsx     # fill in the decision column, then

        policykb review --import review.xlsx && policykb build

        policykb review --to-gold gold-from-reviews/

        policykb review --drop-stale    # after reviewing changed notices again
    """
    from . import reviews as rv
    from .store import open_db

    csv_path = corpus / rv.CSV_NAME
    if import_from is not None:
        try:
            recorded, unchanged, problems = rv.import_sheet(import_from, csv_path)
        except (OSError, ValueError, KeyError) as exc:
            raise click.ClickException(f"{import_from}: cannot read it as a review spreadsheet ({exc}); "
                                       "start from `policykb review --export FILE`") from exc
        for line, problem in problems:
            click.secho(f"error: {import_from} line {line}: {problem}; that line is skipped", fg="yellow", err=True)
        click.echo(f"{csv_path}: {recorded} reviews recorded, {unchanged} unchanged, {len(problems)} lines skipped; "
                   "run `policykb build` to apply them")
    if export_to is None and gold_dir is None and not drop_stale and import_from is not None:
        return
    if not db_path.exists():
        raise click.ClickException(f"{db_path} does not exist; run `policykb build` first")
    db = open_db(db_path)
    try:
        if export_to is not None:
            n = rv.export_sheet(db, export_to, tables or tuple(rv.TABLES))
            click.echo(f"wrote {n} rows to {export_to}; fill in decision (confirmed, rejected, corrected, added), "
                       "edit the value columns of corrected rows, then `policykb review --import` it")
        if gold_dir is not None:
            written = rv.to_gold(db, gold_dir)
            for name, counts in written:
                left = f", {counts['unreviewed']} rows still unreviewed" if counts["unreviewed"] else ", fully reviewed"
                click.echo(f"{gold_dir / name}: {counts['quotas']} quotas, {counts['deadlines']} deadlines, "
                           f"{counts['bodies']} bodies{left}")
            if not written:
                click.echo("no reviewed rows yet; nothing written")
        if drop_stale:
            n = rv.drop_stale(db, csv_path)
            click.echo(f"{csv_path}: {n} stale reviews removed" + ("; run `policykb build`" if n else ""))
        if export_to is None and gold_dir is None and not drop_stale:
            counts = dict(db.execute("select state, count(*) from review_status group by state").fetchall())
            click.echo(f"{csv_path}: " + ", ".join(f"{counts.get(s, 0)} {s}" for s in rv.STATES)
                       + " (as of the last build; see the review_status table)")
            for line, state, message in db.execute(
                "select line, state, message from review_status where state != 'applied' order by line"
            ):
                click.echo(f"  line {line}: {state}: {message}")
    finally:
        db.close()


@cli.command()
@click.argument("what")
@click.option("--db", "db_path", type=click.Path(path_type=Path), default=DEFAULT_DB, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx", "json"]), default="csv", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None, help="File to write [default: WHAT.FORMAT].")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE", help="Parameter of a canned query.")
def export(what: str, db_path: Path, fmt: str, output: Path | None, params: tuple[str, ...]) -> None:
    """Export a table, view, canned query or SELECT to CSV (Excel-safe), XLSX or JSON.

    CSV is written as UTF-8 with a byte-order mark, so double-clicking it in
    Excel shows the Chinese text correctly.

    Example:

        policykb export principal_observation -o 听课.csv

        policykb export activity_by_role -p activity=培训学时 -p role=教师 --format xlsx -o hours.xlsx
    """
    from .export import ExportError, resolve_query, rows, write
    from .store import open_db

    if not db_path.exists():
        raise click.ClickException(f"{db_path} does not exist; run `policykb build` first")
    parsed = {}
    for p in params:
        if "=" not in p:
            raise click.ClickException(f"parameter {p!r} should be NAME=VALUE")
        k, v = p.split("=", 1)
        parsed[k] = v
    safe = re.sub(r"[^\w\u4e00-\u9fff-]+", "_", what)[:60] or "export"
    output = output or Path(f"{safe}.{fmt}")
    db = open_db(db_path)
    try:
        try:
            sql, bound = resolve_query(db, what, parsed)
            columns, data = rows(db, sql, bound)
        except ExportError as exc:
            raise click.ClickException(str(exc)) from exc
        except Exception as exc:  # sqlite errors in a user's SQL
            raise click.ClickException(f"query failed: {exc}") from exc
        n = write(columns, data, fmt, output)
    finally:
        db.close()  # nothing left in the write-ahead log for an immutable reader
    click.echo(f"wrote {n} rows to {output}")


@cli.command()
@click.option("--kind", default=None, help="Only the rules of one extractor or lexicon (deadlines, obligations, modality).")
@click.option("--id", "rule_id", default=None, help="Print one rule whole: its pattern or words, what it produces, its examples.")
def rules(kind: str | None, rule_id: str | None) -> None:
    """List the extraction rules (schema/lexicons/*.yml) with their examples.

    One line per rule: its id (stored in the ``rule`` column of every row it
    makes), what it reads, and its first example. ``--id`` prints the entry
    whole, as it stands in its lexicon.

    Example:

        policykb rules --kind deadlines

        policykb rules --id deadline.festival
    """
    import difflib

    import yaml

    from .lexicons import rule_lexicons
    from .lexicons import rules as all_rules

    kinds = sorted(set(rule_lexicons()) | set(rule_lexicons().values()))
    if kind is not None and kind not in kinds:
        raise click.ClickException(f"no rules of kind {kind!r}; try one of {', '.join(kinds)}")
    found = list(all_rules(kind))
    if rule_id is not None:
        match = [r for r in found if r.id == rule_id]
        if not match:
            close = difflib.get_close_matches(rule_id, [r.id for r in found], n=3)
            hint = f"; did you mean {', '.join(close)}?" if close else "; `policykb rules` lists them"
            raise click.ClickException(f"no rule {rule_id!r}{hint}")
        r = match[0]
        click.echo(f"# schema/lexicons/{r.lexicon}.yml ({r.extractor})")
        click.echo(yaml.safe_dump([r.entry], allow_unicode=True, sort_keys=False, width=100, default_flow_style=None).rstrip())
        return
    width = max((len(r.id) for r in found), default=0)
    for r in found:
        first = r.matches[0]["text"].replace("\n", " / ")  # one line per rule (a signature example spans two)
        more = len(r.matches) - 1
        extra = f" (+{more})" if more else ""
        no = f", {len(r.no_matches)} no_match" if r.no_matches else ""
        click.echo(f"{r.id:<{width}}  {r.entry.get('description', '')}  e.g. {first}{extra}{no}")


def main() -> None:
    """Entry point that turns our errors into one friendly line."""
    try:
        cli(standalone_mode=True)
    except PolicyKBError as exc:
        click.secho(f"error: {exc}", fg="red", err=True)
        raise SystemExit(1) from exc


if __name__ == "__main__":
    main()
