"""Find page chrome and boilerplate regions (navigation, related lists, footers).

ANNOTATION.md leaves these unannotated and the pipeline emits nothing from
them.  The rules are data (``configs/boilerplate.json``): patterns that mark
a whole line, a line's tail (``主页 > 关注 > …``) or one match, plus two
structural rules:

* a *related-article list*: a line carrying ``[详细]`` (or a "相关新闻"
  heading) switches on list mode; the short title lines just before it and
  every following short line, snippet line or "outlet date" line belong to
  the list, until a paragraph-long line of body text appears;
* a *timestamp run*: several consecutive lines holding only a timestamp
  (the remains of a list whose titles were stripped), whereas a single
  dateline stays body text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .paths import CONFIG_DIR

DEFAULT_RULES = CONFIG_DIR / "boilerplate.json"


_SNIPPET = r"\[详细\]|\[詳細\]|\[阅读全文\]|\[查看详情\]"
_SNIPPET_RE = re.compile(_SNIPPET)


@dataclass(frozen=True)
class BoilerplateRules:
    line: tuple[re.Pattern, ...]
    tail: tuple[re.Pattern, ...]
    inline: tuple[re.Pattern, ...]
    source_date_line: re.Pattern
    timestamp_line: re.Pattern
    timestamp_run: int
    list_title_max: int
    list_trigger: re.Pattern
    banner_max: int


@lru_cache(maxsize=8)
def load_rules(path: str | Path = DEFAULT_RULES) -> BoilerplateRules:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    comp = lambda pats: tuple(re.compile(p) for p in pats)  # noqa: E731
    return BoilerplateRules(
        line=comp(data.get("line", [])),
        tail=comp(data.get("tail", [])),
        inline=comp(data.get("inline", [])),
        source_date_line=re.compile(data["source_date_line"]),
        timestamp_line=re.compile(data["timestamp_line"]),
        timestamp_run=int(data.get("timestamp_run", 3)),
        list_title_max=int(data.get("list_title_max", 60)),
        list_trigger=re.compile(_SNIPPET + "|" + data["list_headings"]),
        banner_max=int(data.get("banner_max", 30)),
    )


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, end excluding the newline."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _merge(regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(r for r in regions if r[0] < r[1]):
        if merged and s <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def find_boilerplate(text: str, rules: BoilerplateRules | None = None) -> list[tuple[int, int]]:
    """Sorted, merged ``[start, end)`` regions of ``text`` that are boilerplate."""
    rules = rules or load_rules()
    lines = _lines(text)
    flagged = [False] * len(lines)
    regions: list[tuple[int, int]] = []

    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        if not line.strip():
            continue
        if any(p.search(line) for p in rules.line):
            flagged[i] = True
            continue
        for p in rules.tail:
            m = p.search(line)
            if m:
                regions.append((s + m.start(), e))
                break
        for p in rules.inline:
            for m in p.finditer(line):
                regions.append((s + m.start(), s + m.end()))

    _mark_related_lists(text, lines, flagged, rules)
    _mark_timestamp_runs(text, lines, flagged, rules)
    _mark_site_banner(text, lines, flagged, rules)

    for i, (s, e) in enumerate(lines):
        if flagged[i]:
            regions.append((s, e))
    return _merge(regions)


def _nonblank(text: str, lines, idx: range):
    return [i for i in idx if text[lines[i][0] : lines[i][1]].strip()]


def _mark_related_lists(text, lines, flagged, rules) -> None:
    in_list = False
    for i, (s, e) in enumerate(lines):
        line = text[s:e].strip()
        if not line:
            continue
        if rules.list_trigger.search(line):
            if not in_list and _SNIPPET_RE.search(line):
                # the titles just before the first snippet belong to the list
                for j in reversed(_nonblank(text, lines, range(max(0, i - 6), i))[-3:]):
                    prev = text[lines[j][0] : lines[j][1]].strip()
                    if flagged[j] or len(prev) > rules.list_title_max // 1.5:
                        break
                    flagged[j] = True
            in_list = True
            flagged[i] = True
            continue
        if in_list:
            if (len(line) <= rules.list_title_max or rules.source_date_line.match(line)
                    or line.endswith(("……", "...", "…"))):
                flagged[i] = True
            else:
                in_list = False


def _mark_site_banner(text, lines, flagged, rules) -> None:
    """A short first line directly above the navigation bar is the site's name."""
    content = _nonblank(text, lines, range(min(len(lines), 6)))
    if len(content) >= 2 and not flagged[content[0]] and flagged[content[1]]:
        first = text[lines[content[0]][0] : lines[content[0]][1]].strip()
        if len(first) <= rules.banner_max and not re.search(r"[，。；！？,;!?]", first):
            flagged[content[0]] = True


def _mark_timestamp_runs(text, lines, flagged, rules) -> None:
    run: list[int] = []
    for i in _nonblank(text, lines, range(len(lines))) + [None]:
        if i is not None and rules.timestamp_line.match(text[lines[i][0] : lines[i][1]]):
            run.append(i)
            continue
        if len(run) >= rules.timestamp_run:
            for j in run:
                flagged[j] = True
        run = []
