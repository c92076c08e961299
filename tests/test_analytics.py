"""ecoie export / run --to / consolidate, on a small hand-made record batch (tests/data/analytics)."""

from __future__ import annotations

import csv
import json
import re
import shutil
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from pipeline.analytics.consolidate import agree, consolidate_store, tolerance
from pipeline.analytics.export import export_records
from pipeline.analytics.flatten import Sentences, hamming, simhash
from pipeline.analytics.places import gazetteer
from pipeline.analytics.schema import ALL_TABLES, TABLES
from pipeline.analytics.stores import StoreReader
from pipeline.cli import app

ROOT = Path(__file__).resolve().parents[1]
RECORDS = ROOT / "tests" / "data" / "analytics" / "records.jsonl"
FORMATS = ["duckdb", "sqlite", "parquet", "csv"]


def readme_queries() -> dict[str, str]:
    """The SQL blocks of the README, by their first comment line."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sql\n(.*?)```", text, re.S)
    return {b.splitlines()[0].lstrip("- ").strip(): b for b in blocks}


def query(store: Path, sql: str) -> list[tuple]:
    reader = StoreReader(store)
    try:
        return reader.con.execute(sql).fetchall()
    finally:
        reader.close()


@pytest.fixture(scope="module")
def stores(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("stores")
    out = {}
    for fmt in FORMATS:
        out[fmt] = folder / f"store.{fmt}"
        export_records([RECORDS], out[fmt])
    return out


# --- places, sentences, precision -------------------------------------------------------


@pytest.mark.parametrize("name", ["聊城", "聊城市", "山东省聊城市"])
def test_jurisdiction_names_meet(name):
    place = gazetteer().resolve(name)
    assert (place.name, place.level, place.province, place.city) == ("聊城市", "city", "山东省", "聊城市")


def test_namesakes_told_apart_by_prefix_or_article_city():
    assert gazetteer().resolve("吉林省长春市朝阳区").city == "长春市"
    assert gazetteer().resolve("朝阳区", province="吉林省", city="长春市").province == "吉林省"
    assert gazetteer().resolve("朝阳区", province="北京市", city="北京市").province == "北京市"


def test_unknown_place_keeps_its_name():
    assert gazetteer().resolve("聊城市高新区").name == "聊城市高新区"
    assert gazetteer().resolve("聊城市高新区").city == "聊城市"


def test_sentence_around_a_span():
    text = "标题\n2024年，PM2.5为38微克/立方米。优良天数比例86.9%；同比上升。"
    s = Sentences(text)
    start = text.index("38")
    assert s.around(start, start + 2)[0] == "2024年，PM2.5为38微克/立方米。"
    start = text.index("86.9%")
    assert s.around(start, start + 5)[0] == "优良天数比例86.9%；"


@pytest.mark.parametrize("a,b,expected", [
    (("38", 38), ("38.0", 38.0), True),
    (("86.9%", 86.9), ("87%", 87), True),
    (("38", 38), ("41", 41), False),
    (("38.0", 38.0), ("38.4", 38.4), False),
    (("1250万元", 12_500_000), ("1250.3万元", 12_503_000), True),
    (("1250万元", 12_500_000), ("1260万元", 12_600_000), False),
])
def test_agreement_within_stated_precision(a, b, expected):
    assert agree(a[1], tolerance(a[0], a[1]), b[1], tolerance(b[0], b[1])) is expected


def test_simhash_near_identical_texts():
    base = "2024年，聊城市PM2.5平均浓度为38微克/立方米，同比下降5.0%。优良天数比例为86.9%。" * 4
    assert hamming(simhash(base), simhash("首页 > 新闻\n" + base + "\n责任编辑：王明")) <= 6
    assert hamming(simhash(base), simhash("廊坊市2024年生态环境状况公报：全市PM2.5年均浓度为38微克/立方米。" * 4)) > 6


# --- export ----------------------------------------------------------------------------------


def test_every_format_holds_the_same_rows(stores):
    counts = {fmt: {t: query(path, f'SELECT count(*) FROM "{t}"')[0][0] for t in TABLES} for fmt, path in stores.items()}
    assert counts["duckdb"] == {"documents": 9, "entities": 20, "quantities": 17, "officials": 3, "events": 5,
                                "event_metrics": 5, "event_people": 4}
    for fmt in FORMATS:
        assert counts[fmt] == counts["duckdb"], fmt
    assert sorted(p.name for p in stores["parquet"].iterdir()) == sorted(f"{t}.parquet" for t in TABLES)


def test_quantity_rows_carry_place_period_and_evidence(stores):
    rows = query(stores["duckdb"], "SELECT jurisdiction, place, province, city, period_start, period_end, sentence, "
                                   "sentence_start, sentence_end FROM quantities WHERE doc_id = 'dz_news.txt' ORDER BY idx")
    assert rows[0][:4] == ("山东省聊城市", "聊城市", "山东省", "聊城市")
    assert str(rows[0][4]) == "2024-01-01" and str(rows[0][5]) == "2024-12-31"
    assert rows[1][1] == "聊城市"  # written 聊城
    assert rows[0][6].startswith("本报讯 山东省聊城市2024年PM2.5平均浓度38.0微克/立方米")
    text = json.loads(RECORDS.read_text(encoding="utf-8").splitlines()[3])["text"]
    assert text[rows[0][7]:rows[0][8]] == rows[0][6]


def test_readme_documents_every_table_and_column():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for table in ALL_TABLES.values():
        assert f"**`{table.name}`**" in readme
        for column in table.columns:
            assert f"| `{column.name}` | {column.type} |" in readme, (table.name, column.name)


@pytest.mark.parametrize("fmt", FORMATS)
def test_readme_query_pm25_by_city_and_year(stores, fmt):
    sql = readme_queries()["PM2.5 by city and year (annual means as the articles report them)"]
    assert [(c, y, float(v), n) for c, y, v, n in query(stores[fmt], sql)] == [
        ("廊坊市", 2024, 39.5, 2), ("聊城市", 2023, 40.0, 1), ("聊城市", 2024, 38.0, 3)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_readme_query_fines_by_county(stores, fmt):
    sql = readme_queries()["Fines by county (enforcement outcomes, yuan)"]
    assert query(stores[fmt], sql) == [("山东省", "聊城市", "阳谷县", "2023", 2559000.0, 1),
                                        ("河北省", "廊坊市", "安次区", "2024", 860000.0, 1)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_readme_query_who_spoke(stores, fmt):
    sql = readme_queries()["Who spoke at which press conferences"]
    rows = [(str(d), o, p, part) for d, o, p, part, *_ in query(stores[fmt], sql)]
    assert rows == [("2025-01-10", "聊城市政府新闻办", "吕克军", "speaker"),
                    ("2025-01-18", "廊坊市政府新闻办", "刘东伟", "speaker"),
                    ("2025-01-18", "廊坊市政府新闻办", "尹崧", "speaker"),
                    ("2025-01-18", "廊坊市政府新闻办", "吴源生", "moderator")]


def test_reexport_replaces_rows_of_the_same_record(tmp_path):
    store = tmp_path / "s.duckdb"
    export_records([RECORDS], store)
    export_records([RECORDS], store)
    lines = RECORDS.read_text(encoding="utf-8").splitlines()
    changed = json.loads(lines[0])
    changed["quantities"] = changed["quantities"][:1]
    (tmp_path / "changed.jsonl").write_text(json.dumps(changed, ensure_ascii=False) + "\n", encoding="utf-8")
    export_records([tmp_path / "changed.jsonl"], store)
    con = duckdb.connect(str(store), read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 9
    assert con.execute("SELECT count(*) FROM quantities WHERE doc_id = 'lc_pc.txt'").fetchone()[0] == 1
    # a new model version is a new extraction: kept beside the old one
    changed["model_version"] = "ecoie-0.2.0+other"
    (tmp_path / "v2.jsonl").write_text(json.dumps(changed, ensure_ascii=False) + "\n", encoding="utf-8")
    con.close()
    export_records([tmp_path / "v2.jsonl"], store)
    con = duckdb.connect(str(store), read_only=True)
    assert con.execute("SELECT count(*) FROM documents WHERE doc_id = 'lc_pc.txt'").fetchone()[0] == 2


def test_text_reread_from_source_when_the_record_has_none(tmp_path):
    record = json.loads(RECORDS.read_text(encoding="utf-8").splitlines()[6])  # lf_pc.txt
    text = record.pop("text")
    (tmp_path / "feed").mkdir()
    (tmp_path / "feed" / "lf_pc.txt").write_text(text, encoding="utf-8")
    (tmp_path / "r.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    stats = export_records([tmp_path / "r.jsonl"], tmp_path / "s.duckdb")
    assert stats.with_text == 1
    sentence = query(tmp_path / "s.duckdb", "SELECT sentence FROM quantities")[0][0]
    assert sentence == "2024年，廊坊PM2.5平均浓度41微克/立方米。"
    # a source that changed since is not trusted
    (tmp_path / "feed" / "lf_pc.txt").write_text(text + "更正。", encoding="utf-8")
    stats = export_records([tmp_path / "r.jsonl"], tmp_path / "t.duckdb")
    assert stats.with_text == 0
    assert query(tmp_path / "t.duckdb", "SELECT sentence FROM quantities")[0][0] is None


def test_export_cli_bad_input_is_one_line(tmp_path):
    runner = CliRunner()
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc_id": "a"}\n{broken\n', encoding="utf-8")
    for args, message in (([str(bad), "--to", str(tmp_path / "s.duckdb")], "bad.jsonl:2: not JSON"),
                          ([str(tmp_path / "none.jsonl"), "--to", str(tmp_path / "s.duckdb")], "no such file"),
                          ([str(RECORDS), "--to", str(tmp_path / "s.xlsx")], "unknown store format")):
        result = runner.invoke(app, ["export", *args])
        assert result.exit_code == 1, result.output
        assert message in result.output and "Traceback" not in result.output
    result = runner.invoke(app, ["export", str(RECORDS), "--to", str(tmp_path / "ok.sqlite")])
    assert result.exit_code == 0 and "9 records (8 ok, 1 error)" in result.output


# --- consolidate --------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_consolidate_finds_planted_agreements_conflicts_and_reprints(stores, fmt, tmp_path):
    store = tmp_path / stores[fmt].name
    (shutil.copytree if stores[fmt].is_dir() else shutil.copyfile)(stores[fmt], store)
    stats = consolidate_store(store, tmp_path / "c.csv")
    assert (stats.rows, stats.conflicts) == (11, 1)
    rows = {(r[0], r[1], r[2], r[3]): r[4:] for r in query(
        store, "SELECT place, period, indicator, role, value, n_articles, n_sources, conflict, sources FROM consolidated")}
    # 38 (press conference) + 38.0 (newspaper, 山东省聊城市); an exact reprint and a portal copy count once
    value, n_articles, n_sources, conflict, sources = rows[("聊城市", "2024", "air.pm25", "value")]
    assert (value, n_articles, n_sources, conflict) == (38.0, 2, 2, False)
    sources = json.loads(sources)
    assert len(sources) == 4
    assert {s["doc_id"]: s["reprint_of"] for s in sources} == {
        "lc_pc.txt": None, "lc_portal.html": "lc_pc.txt", "reprints/lc_pc_reprint.txt": "lc_pc.txt", "dz_news.txt": None}
    assert all(s["sentence"] for s in sources)
    # 86.9% vs 87%: agree at the stated precision; the precise one is the value
    assert rows[("聊城市", "2024", "air.good_days_ratio", "value")][:4] == (86.9, 2, 2, False)
    # 41 vs 38 (廊坊 and 廊坊市): a conflict; the tie goes to the most recent article (the bulletin)
    value, n_articles, n_sources, conflict, sources = rows[("廊坊市", "2024", "air.pm25", "value")]
    assert (value, n_articles, n_sources, conflict) == (38.0, 1, 2, True)
    assert {s["doc_id"]: s["agrees"] for s in json.loads(sources)} == {"lf_pc.txt": False, "lf_bulletin.txt": True}
    # another period is another row
    assert rows[("聊城市", "2024-H1", "air.pm25", "value")][:4] == (45.0, 1, 1, False)
    with open(tmp_path / "c.csv", encoding="utf-8") as fh:
        table = list(csv.DictReader(fh))
    assert len(table) == 11 and sum(r["conflict"] == "True" for r in table) == 1


def test_consolidate_cli(stores, tmp_path):
    store = tmp_path / "s.duckdb"
    shutil.copyfile(stores["duckdb"], store)
    result = CliRunner().invoke(app, ["consolidate", str(store)])
    assert result.exit_code == 0, result.output
    assert "11 figures" in result.output and "1 in conflict" in result.output
    assert (tmp_path / "s.consolidated.csv").exists()
    result = CliRunner().invoke(app, ["consolidate", str(tmp_path / "missing.duckdb")])
    assert result.exit_code == 1 and "no such store" in result.output
    (tmp_path / "empty.duckdb").write_bytes(b"not a database")
    result = CliRunner().invoke(app, ["consolidate", str(tmp_path / "empty.duckdb")])
    assert result.exit_code == 1 and "Traceback" not in result.output


# --- run --to ------------------------------------------------------------------------------------


def test_run_writes_into_the_store_as_records_come(tmp_path):
    docs = tmp_path / "in"
    docs.mkdir()
    (docs / "a.txt").write_text("2024年，聊城市PM2.5平均浓度为38微克/立方米，同比下降5.0%。", encoding="utf-8")
    (docs / "b.txt").write_text("2024年，廊坊市优良天数比例为70.2%。", encoding="utf-8")
    store = tmp_path / "live.duckdb"
    args = ["run", str(docs), "--out", str(tmp_path / "r.jsonl"), "--to", str(store), "--workers", "1", "--no-summary"]
    for _ in range(2):  # a re-run of the same documents replaces their rows
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, result.output
        assert query(store, "SELECT count(*), count(text_simhash) FROM documents") == [(2, 2)]
    rows = query(store, "SELECT doc_id, text, sentence FROM quantities ORDER BY doc_id, idx")
    assert ("a.txt", "38微克/立方米", "2024年，聊城市PM2.5平均浓度为38微克/立方米，同比下降5.0%。") in rows
    lines = (tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and all("text" not in json.loads(line) for line in lines)  # the JSONL is unchanged by --to
    result = CliRunner().invoke(app, ["run", str(docs), "--out", str(tmp_path / "r2.jsonl"), "--to",
                                      str(tmp_path / "x.parquet"), "--workers", "1", "--no-summary"])
    assert result.exit_code == 1 and "streams into a database" in result.output


def test_one_article_with_several_values_is_no_conflict():
    from pipeline.analytics.consolidate import consolidate_rows

    def row(key, doc, value, text):
        return {"record_key": key, "doc_id": doc, "idx": 0, "place": "聊城市", "province": "山东省", "city": "聊城市",
                "period": "2024", "period_start": None, "period_end": None, "indicator": "air.good_days",
                "role": "value", "unit": "days", "value": value, "text": text, "sentence": None, "start": 0, "end": 1,
                "text_sha256": key, "text_simhash": None, "published": None, "title": None}

    alone = consolidate_rows([row("a", "a.txt", 245, "245天"), row("a", "a.txt", 40, "40天")])
    assert len(alone) == 1 and alone[0]["conflict"] is False and alone[0]["values"] == "245 days ×1 | 40 days ×1"
    two = consolidate_rows([row("a", "a.txt", 245, "245天"), row("b", "b.txt", 240, "240天")])
    assert two[0]["conflict"] is True and two[0]["n_sources"] == 2
