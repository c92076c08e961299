"""Where the tables go: a DuckDB file, a SQLite file, or a folder of Parquet or CSV files.

The format follows the path's suffix — ``.duckdb`` (also ``.db``), ``.sqlite``
(``.sqlite3``), ``.parquet`` or ``.csv`` (a folder, one file per table).  Every
format is written from the same :class:`~.flatten.Columns`:

* DuckDB and SQLite are databases that take appends: a batch of records
  first deletes the rows of the same ``record_key`` (a re-run of the same
  text by the same model replaces its rows) and then inserts, in one
  transaction, so a killed run leaves every finished batch queryable.
* Parquet and CSV folders are written whole at the end, from an in-memory
  DuckDB database filled the same way, with DuckDB's own ``COPY`` — so no
  second serialiser exists to drift from the first.

Reading (``consolidate``, ``report``) opens any of the four as a DuckDB
connection in which the tables are available by name.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any, Optional

from .flatten import Columns
from .schema import ALL_TABLES, TABLES, Table, ddl

FORMATS = {".duckdb": "duckdb", ".db": "duckdb", ".sqlite": "sqlite", ".sqlite3": "sqlite",
           ".parquet": "parquet", ".csv": "csv"}


class StoreError(ValueError):
    """A store that cannot be opened or written; the message is one line for the user."""


def store_format(path: str | Path) -> str:
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None and path.is_dir():
        for name, kind in (("documents.parquet", "parquet"), ("documents.csv", "csv")):
            if (path / name).exists():
                return kind
    if fmt is None:
        raise StoreError(f"{path}: unknown store format; name it *.duckdb, *.sqlite, *.parquet (folder) or *.csv (folder)")
    return fmt


def _plain(value: Any) -> Any:
    """Dates and timestamps as ISO text: every backend casts them back from the declared column type."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    return value


def _duck():
    try:
        import duckdb
    except ImportError as exc:  # pragma: no cover - a core dependency
        raise StoreError(f"duckdb is not installed ({exc}); pip install duckdb") from None
    return duckdb


def duck_insert(con, table: Table, data: dict[str, list]) -> None:
    """Bulk insert: the columns as numpy object arrays, scanned by DuckDB and cast to the declared types."""
    import numpy as np

    arrays = {}
    for c in table.columns:
        values = data[c.name]
        if c.type in ("DATE", "TIMESTAMP"):
            values = [_plain(v) for v in values]
        arrays[c.name] = np.array(values, dtype=object)
    con.register("_rows", arrays)
    select = ", ".join(f'CAST("{c.name}" AS {c.type})' for c in table.columns)
    con.execute(f'INSERT INTO "{table.name}" SELECT {select} FROM _rows')
    con.unregister("_rows")


def duck_put(con, table: Table, data: dict[str, list]) -> None:
    """Create or replace ``table`` with ``data``."""
    con.execute(f'DROP TABLE IF EXISTS "{table.name}"')
    con.execute(ddl(table))
    if data and data[table.columns[0].name]:
        duck_insert(con, table, data)


def duck_copy(con, folder: Path, fmt: str, tables: list[str] | None = None) -> None:
    """Each table to ``folder/<table>.<fmt>`` (written aside, then renamed into place)."""
    folder.mkdir(parents=True, exist_ok=True)
    option = "(FORMAT parquet)" if fmt == "parquet" else "(FORMAT csv, HEADER true)"
    for name in tables or list(TABLES):
        target = folder / f"{name}.{fmt}"
        tmp = folder / f".{name}.{fmt}.part"
        path = str(tmp).replace("'", "''")
        con.execute(f"COPY (SELECT * FROM \"{name}\" ORDER BY ALL) TO '{path}' {option}")
        tmp.replace(target)


class DuckDBStore:
    """A DuckDB database (a file, or in memory for the folder formats)."""

    def __init__(self, path: str | Path | None, read_only: bool = False):
        duckdb = _duck()
        self.path = None if path is None else Path(path)
        try:
            if self.path is not None and not read_only:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self.con = duckdb.connect(str(self.path) if self.path is not None else ":memory:", read_only=read_only)
        except (duckdb.Error, OSError) as exc:
            raise StoreError(f"cannot open {path}: {str(exc).splitlines()[0]}") from None
        if not read_only:
            for table in TABLES.values():
                self.con.execute(ddl(table))

    def replace(self, cols: Columns) -> None:
        """Delete the rows of these records, insert the new ones: one transaction."""
        import numpy as np

        if not cols.keys:
            return
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            con.register("_keys", {"k": np.array(cols.keys, dtype=object)})
            for name in TABLES:
                con.execute(f'DELETE FROM "{name}" WHERE record_key IN (SELECT k FROM _keys)')
            con.unregister("_keys")
            for name, table in TABLES.items():
                if cols.count(name):
                    self._insert(table, cols.data[name])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def _insert(self, table: Table, data: dict[str, list]) -> None:
        duck_insert(self.con, table, data)

    def put_table(self, table: Table, data: dict[str, list]) -> None:
        """Create or replace a derived table (``consolidated``)."""
        duck_put(self.con, table, data)

    def export_folder(self, folder: Path, fmt: str, tables: list[str] | None = None) -> None:
        duck_copy(self.con, folder, fmt, tables)

    def close(self) -> None:
        self.con.close()


class SQLiteStore:
    """A SQLite database through the standard library (DuckDB's sqlite extension would need a download)."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.con = sqlite3.connect(str(self.path))
            for table in TABLES.values():
                self.con.execute(ddl(table, "sqlite"))
            self.con.execute('CREATE INDEX IF NOT EXISTS "documents_key" ON "documents"(record_key)')
            for name in TABLES:
                if name != "documents":
                    self.con.execute(f'CREATE INDEX IF NOT EXISTS "{name}_key" ON "{name}"(record_key)')
            self.con.commit()
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"cannot open {path}: {exc}") from None

    def replace(self, cols: Columns) -> None:
        if not cols.keys:
            return
        with self.con:
            for name in TABLES:
                self.con.executemany(f'DELETE FROM "{name}" WHERE record_key = ?', [(k,) for k in set(cols.keys)])
            for name, table in TABLES.items():
                if cols.count(name):
                    self._insert(table, cols.data[name])

    def _insert(self, table: Table, data: dict[str, list]) -> None:
        marks = ", ".join("?" * len(table.columns))
        rows = zip(*([_plain(v) for v in data[c.name]] for c in table.columns))
        self.con.executemany(f'INSERT INTO "{table.name}" VALUES ({marks})', rows)

    def put_table(self, table: Table, data: dict[str, list]) -> None:
        with self.con:
            self.con.execute(f'DROP TABLE IF EXISTS "{table.name}"')
            self.con.execute(ddl(table, "sqlite"))
            if data and data[table.columns[0].name]:
                self._insert(table, data)

    def close(self) -> None:
        self.con.close()


class FolderStore:
    """Parquet or CSV files in a folder, written whole by :meth:`close` from an in-memory DuckDB."""

    def __init__(self, path: str | Path, fmt: str):
        self.path, self.fmt = Path(path), fmt
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path} exists and is not a folder (a .{fmt} store is a folder of files)")
        self.memory = DuckDBStore(None)

    def replace(self, cols: Columns) -> None:
        self.memory.replace(cols)

    def put_table(self, table: Table, data: dict[str, list]) -> None:
        self.memory.put_table(table, data)

    def close(self) -> None:
        try:
            self.memory.export_folder(self.path, self.fmt)
        except OSError as exc:
            raise StoreError(f"cannot write {self.path}: {exc.strerror or exc}") from None
        finally:
            self.memory.close()


def open_writer(path: str | Path, streaming: bool = False):
    """A store to write records into; ``streaming`` (``run --to``) needs a database, not a folder."""
    fmt = store_format(path)
    if streaming and fmt not in ("duckdb", "sqlite"):
        raise StoreError(f"--to {path}: a run streams into a database (.duckdb or .sqlite); "
                         f"export the JSONL to .{fmt} afterwards with `ecoie export`")
    if fmt == "duckdb":
        return DuckDBStore(path)
    if fmt == "sqlite":
        return SQLiteStore(path)
    return FolderStore(path, fmt)


class StoreReader:
    """Any store opened as a DuckDB connection with its tables by name; writes derived tables back."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        if not self.path.exists():
            raise StoreError(f"{self.path}: no such store")
        self.fmt = store_format(self.path)
        duckdb = _duck()
        try:
            if self.fmt == "duckdb":
                self.db: Optional[DuckDBStore] = DuckDBStore(self.path)
                self.con = self.db.con
            else:
                self.db = None
                self._load()
        except duckdb.Error as exc:
            raise StoreError(f"cannot read {self.path}: {str(exc).splitlines()[0]}") from None
        missing = [t for t in TABLES if not self.has(t)]
        if missing:
            raise StoreError(f"{self.path}: not an ecoie store (no table {missing[0]!r})")

    def _load(self) -> None:
        if self.fmt == "sqlite":
            try:
                src = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
                names = {r[0] for r in src.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            except sqlite3.Error as exc:
                raise StoreError(f"cannot read {self.path}: {exc}") from None
            mem = DuckDBStore(None)
            self.con = mem.con
            for name, table in ALL_TABLES.items():
                if name not in names:
                    continue
                cols = [c.name for c in table.columns]
                quoted = ", ".join(f'"{c}"' for c in cols)
                rows = src.execute(f'SELECT {quoted} FROM "{name}"').fetchall()
                data = {c: [r[i] for r in rows] for i, c in enumerate(cols)}
                mem.put_table(table, data)
            src.close()
            return
        self.con = _duck().connect(":memory:")
        for name, table in ALL_TABLES.items():
            file = self.path / f"{name}.{self.fmt}"
            if not file.exists():
                continue
            path = str(file).replace("'", "''")
            if self.fmt == "parquet":
                self.con.execute(f"CREATE VIEW \"{name}\" AS SELECT * FROM read_parquet('{path}')")
            else:
                types = ", ".join(f"'{c.name}': '{c.type}'" for c in table.columns)
                self.con.execute(f"CREATE VIEW \"{name}\" AS SELECT * FROM read_csv('{path}', header=true, "
                                 f"columns={{{types}}})")

    def has(self, name: str) -> bool:
        return bool(self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]).fetchone()[0])

    def query(self, sql: str, params: list | None = None) -> list[dict]:
        cur = self.con.execute(sql, params or [])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def put_table(self, table: Table, data: dict[str, list]) -> None:
        """Write a derived table back into the store, in the store's own format."""
        if self.fmt == "duckdb":
            self.db.put_table(table, data)
        elif self.fmt == "sqlite":
            writer = SQLiteStore(self.path)
            writer.put_table(table, data)
            writer.close()
            duck_put(self.con, table, data)
        else:
            self.con.execute(f'DROP VIEW IF EXISTS "{table.name}"')
            duck_put(self.con, table, data)
            duck_copy(self.con, self.path, self.fmt, [table.name])

    def close(self) -> None:
        self.con.close()

