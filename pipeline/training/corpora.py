"""Converters for the public Chinese NER corpora into the project's label scheme.

The corpora live in ``../shared/corpora`` (research-use licences; read them
from there, never copy them).  Each converter yields :class:`CorpusExample`
objects: a sentence, its labelled spans, and the spans whose label cannot be
decided under our scheme ("missing": the model is neither rewarded nor
punished there).

Mapping (after the corpora README):

* ORG  <- government, organization, company (CLUENER); ORG (People's Daily, MSRA, Resume)
* PERSON <- name; PER; NAME
* TITLE <- position; TITLE
* GPE / LOC <- address, LOC: these corpora do not separate administrative
  divisions from other places, so a span becomes GPE when it is a known
  division (``configs/gazetteers/divisions.tsv``) or ends in a division suffix,
  LOC when it ends in a natural-feature suffix (河, 湖, 山, 流域 …), and
  missing otherwise.
* everything else -> outside (book, game, movie, EDU, PRO, CONT, RACE), except
  CLUENER ``scene``, which is often a LOC under our scheme -> missing.

Full-width digits and letters are folded to half-width on the way in, as the
pipeline's normaliser does at run time (People's Daily writes ``１９９０``).
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from ..paths import CONFIG_DIR, PROJECT_DIR

#: ``../shared/corpora`` beside the checkout; ``ECOIE_CORPORA`` points elsewhere
DEFAULT_CORPORA_DIR = Path(os.environ.get("ECOIE_CORPORA", PROJECT_DIR.parent / "shared" / "corpora"))
GPE_SUFFIXES = ("省", "市", "县", "区", "镇", "乡", "村", "州", "盟", "旗", "自治区", "街道")
LOC_SUFFIXES = ("河", "江", "湖", "海", "山", "淀", "流域", "湾", "岛", "峡", "洋", "泉", "溪", "库",
                "平原", "高原", "盆地", "沙漠", "草原", "半岛", "地区", "三角洲")


@dataclass
class CorpusExample:
    text: str
    spans: list[tuple[int, int, str]]
    missing: list[tuple[int, int]] = field(default_factory=list)
    source: str = ""


def fold_width(text: str) -> str:
    return "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else (" " if c == "\u3000" else c) for c in text)


@lru_cache(maxsize=1)
def division_names() -> frozenset[str]:
    path = CONFIG_DIR / "gazetteers" / "divisions.tsv"
    names: set[str] = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith(("#", "name\t")):
                continue
            cols = line.rstrip("\n").split("\t")
            names.add(cols[0])
            if cols[2] in ("province", "city"):
                names.add(cols[1])
    names.update({"中国", "中华人民共和国"})
    return frozenset(names)


def place_label(surface: str) -> str | None:
    """GPE, LOC or None (undecidable) for a place span of a general corpus."""
    if surface in division_names() or surface.endswith(GPE_SUFFIXES):
        return "GPE"
    if surface.endswith(LOC_SUFFIXES):
        return "LOC"
    return None


# --- CLUENER ------------------------------------------------------------------------------

CLUENER_MAP = {"government": "ORG", "organization": "ORG", "company": "ORG", "name": "PERSON", "position": "TITLE"}


def _json_stream(text: str) -> Iterator[dict]:
    decoder = json.JSONDecoder()
    pos = 0
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text):
            return
        obj, pos = decoder.raw_decode(text, pos)
        yield obj


def read_cluener(path: Path) -> Iterator[CorpusExample]:
    for obj in _json_stream(path.read_text(encoding="utf-8")):
        text = fold_width(obj["text"])
        spans, missing = [], []
        for ctype, entities in (obj.get("label") or {}).items():
            for surface, positions in entities.items():
                for start, end_incl in positions:
                    end = end_incl + 1
                    if ctype in CLUENER_MAP:
                        spans.append((start, end, CLUENER_MAP[ctype]))
                    elif ctype == "address":
                        lab = place_label(fold_width(surface))
                        (spans.append((start, end, lab)) if lab else missing.append((start, end)))
                    elif ctype == "scene":
                        missing.append((start, end))
        yield CorpusExample(text, _flat(spans), missing, f"cluener/{path.name}")


# --- BIO / BMES character formats ---------------------------------------------------------

BIO_MAP = {"PER": "PERSON", "ORG": "ORG", "NAME": "PERSON", "TITLE": "TITLE"}


def spans_from_tags(chars: list[str], tags: list[str]) -> list[tuple[int, int, str]]:
    """Decode BIO or BMES(O) character tags into (start, end, type) spans."""
    spans, start, etype = [], None, None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, typ = tag.partition("-")
        if prefix in ("B", "S") or prefix == "O" or (prefix in ("I", "M", "E") and typ != etype):
            if start is not None:
                spans.append((start, i, etype))
                start, etype = None, None
            if prefix in ("B", "S", "I", "M", "E") and typ:
                start, etype = i, typ
            if prefix == "S":
                spans.append((i, i + 1, typ))
                start, etype = None, None
        elif prefix == "E":
            spans.append((start, i + 1, etype))
            start, etype = None, None
    return spans


def _convert(chars: list[str], tags: list[str], source: str) -> CorpusExample:
    text = fold_width("".join(chars))
    spans, missing = [], []
    for s, e, typ in spans_from_tags(chars, tags):
        if typ in BIO_MAP:
            spans.append((s, e, BIO_MAP[typ]))
        elif typ == "LOC":
            lab = place_label(text[s:e])
            (spans.append((s, e, lab)) if lab else missing.append((s, e)))
    return CorpusExample(text, _flat(spans), missing, source)


def read_char_tag_file(path: Path, source: str) -> Iterator[CorpusExample]:
    """One ``char TAG`` per line, blank line between sentences (People's Daily, Resume)."""
    chars: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split()
            if not parts:
                if chars:
                    yield _convert(chars, tags, source)
                chars, tags = [], []
                continue
            if len(parts) == 1:
                continue
            chars.append(parts[0])
            tags.append(parts[-1])
    if chars:
        yield _convert(chars, tags, source)


def read_msra(sentences: Path, tags: Path) -> Iterator[CorpusExample]:
    with open(sentences, encoding="utf-8") as fs, open(tags, encoding="utf-8") as ft:
        for sline, tline in zip(fs, ft):
            chars, tg = sline.split(), tline.split()
            if chars and len(chars) == len(tg):
                yield _convert(chars, tg, f"msra/{sentences.name}")


def _flat(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop overlapping spans, keeping the longest (spans must be flat)."""
    out: list[tuple[int, int, str]] = []
    for s in sorted(spans, key=lambda x: (-(x[1] - x[0]), x[0])):
        if all(s[1] <= o[0] or o[1] <= s[0] for o in out):
            out.append(s)
    return sorted(out)


# --- the whole collection ----------------------------------------------------------------------

CORPORA = ("cluener", "people_daily", "msra", "resume")


def read_corpus(name: str, root: Path = DEFAULT_CORPORA_DIR) -> Iterator[CorpusExample]:
    d = root / name
    if not d.is_dir():
        raise FileNotFoundError(f"corpus folder not found: {d}")
    if name == "cluener":
        for f in ("train.json", "dev.json"):
            yield from read_cluener(d / f)
    elif name == "people_daily":
        for f in ("example.dev", "example.test"):
            yield from read_char_tag_file(d / f, f"people_daily/{f}")
    elif name == "msra":
        for split in ("val", "test"):
            yield from read_msra(d / f"{split}.sentences.txt", d / f"{split}.tags.txt")
    elif name == "resume":
        for f in ("train.char.bmes", "dev.char.bmes", "test.char.bmes"):
            yield from read_char_tag_file(d / f, f"resume/{f}")
    else:
        raise ValueError(f"unknown corpus {name!r}; choose from {', '.join(CORPORA)}")


def label_counts(examples: Iterable[CorpusExample]) -> tuple[int, Counter]:
    n, counts = 0, Counter()
    for ex in examples:
        n += 1
        counts.update(lab for _, _, lab in ex.spans)
        counts["(missing)"] += len(ex.missing)
    return n, counts
