"""Build configs/gazetteers/divisions.tsv from the administrative-division table
that ships in the PyPI package ``cpca`` (MIT licence; national adcodes).

The list is derived, never typed by hand: this script fetches the wheel with
pip (no dependencies installed), reads ``cpca/resources/adcodes.csv`` and
writes one row per division with its level, parents and short form
(聊城市 -> 聊城, 广西壮族自治区 -> 广西, 阿坝藏族羌族自治州 -> 阿坝).

    .venv/bin/python scripts/build_divisions.py
"""

from __future__ import annotations

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


def main() -> None:
    rows = fetch_rows()
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
        fh.write(f"# derived from {PACKAGE} resources/adcodes.csv by scripts/build_divisions.py; do not edit\n")
        fh.write("name\tshort\tlevel\tadcode\tprovince\tcity\n")
        for row in out:
            fh.write("\t".join(row) + "\n")
    print(f"wrote {len(out)} divisions to {OUT}")


if __name__ == "__main__":
    main()
