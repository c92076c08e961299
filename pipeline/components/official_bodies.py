"""Which bodies can hold which posts: the word lists of ``configs/officials.json``.

A title written without its body (``副市长甲主持``) belongs to a body the
article named shortly before — usually the convener of the meeting being
reported (``市政府召开…会议。…副市长甲主持``, GUIDELINES §4 and "Officials and
events").  The nearest body is not always the right one: in ``市生态环境局召开
…会议。副市长甲出席`` the vice-mayor is not the bureau's.  The post itself says
what kind of body holds it — a ``局长`` heads a ``…局``, a ``副市长`` sits in a
``…政府`` — so a body is taken from earlier sentences only when its name ends
the way the post requires.  Posts with no listed ending (党组书记, 新闻发言人,
一级巡视员) can be held by any body.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from .gazetteer import read_word_list
from .segmenter import resolve_project_path


@dataclass(frozen=True)
class OfficialWords:
    title_prefixes: tuple[str, ...] = ()
    #: a post's last characters -> endings of the bodies that have that post
    body_endings: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: 甲，乙任组长: verbs by which listed persons take one post together
    subject_sharing_verbs: tuple[str, ...] = ()
    #: position titles (configs/gazetteers/titles.txt): a title the entity layer left untagged
    #: between a body and a name is still read (``开封市委|书记|高建军`` -> 市委书记)
    titles: frozenset[str] = frozenset()
    #: what may follow a name the entity layer missed after a title chain (介绍, 表示, 对 …)
    name_cues: tuple[str, ...] = ()
    #: bodies written by a short name between two posts (市长、领导小组组长甲), named in full earlier
    short_bodies: frozenset[str] = frozenset()
    #: endings of a section or office tagged together with the title after it (办公室|主任)
    title_body_suffixes: tuple[str, ...] = ()
    #: characters never inside a name read after a title (局长任期内: 期, 内)
    not_name_chars: frozenset[str] = frozenset()
    #: endings never closing a name read after a title: a gathering named by the post (市长周例会)
    not_name_endings: tuple[str, ...] = ()
    #: single-character and compound surnames (configs/gazetteers/surnames.txt)
    surnames: frozenset[str] = frozenset()
    compound_surnames: tuple[str, ...] = ()

    def name_at(self, text: str, pos: int) -> str | None:
        """A personal name written at ``pos`` and followed by a cue (``闫某对``, ``张某某介绍``):
        a surname and one or two Han characters; the longer reading wins when both are cued."""
        if not self.surnames or not self.name_cues:
            return None
        # 甲副市长强调: a cue word right after the title (强调, 表示; 强 is also a surname) ends the
        # mention there; it opens no name
        if text.startswith(tuple(cue for cue in self.name_cues if len(cue) > 1), pos):
            return None
        for size in (3, 2) if not text.startswith(self.compound_surnames, pos) else (4, 3):
            name = text[pos:pos + size]
            if len(name) == size and all("\u4e00" <= ch <= "\u9fff" for ch in name) \
                    and (name[0] in self.surnames or name.startswith(self.compound_surnames)) \
                    and not any(ch in self.not_name_chars for ch in name[1:]) \
                    and not name.endswith(self.not_name_endings) \
                    and text.startswith(self.name_cues, pos + size) and name not in self.titles:
                return name
        return None

    def endings_for(self, title: str) -> tuple[str, ...] | None:
        """Endings a body needs to hold ``title``; None when any body can."""
        core = title
        for prefix in self.title_prefixes:
            if core.startswith(prefix) and len(core) > len(prefix) + 1:
                core = core[len(prefix):]
                break
        for post, endings in self.body_endings:  # longest post first
            if core.endswith(post):
                return endings
        return None

    def can_hold(self, body: str, titles: list[str]) -> bool:
        """Can ``body`` hold one of ``titles``?  A person may hold posts in several bodies
        (``市委副书记、市长``), so one post that fits, or one that fits any body, is enough."""
        for title in titles:
            endings = self.endings_for(title)
            if endings is None or body.endswith(endings):
                return True
        return not titles


@lru_cache(maxsize=4)
def load_official_words(path: str, titles_path: str | None = None, surnames_path: str | None = None) -> OfficialWords:
    data = json.loads(resolve_project_path(path).read_text(encoding="utf-8"))
    titles: frozenset[str] = frozenset()
    if titles_path:
        titles = frozenset(read_word_list(titles_path))
    surnames: list[str] = []
    if surnames_path:
        lines = resolve_project_path(surnames_path).read_text(encoding="utf-8").splitlines()
        surnames = " ".join(ln for ln in lines if not ln.startswith("#")).split()
    posts = sorted(data.get("body_endings", {}).items(), key=lambda kv: len(kv[0]), reverse=True)
    return OfficialWords(
        title_prefixes=tuple(sorted(data.get("title_prefixes", []), key=len, reverse=True)),
        body_endings=tuple((post, tuple(endings)) for post, endings in posts),
        subject_sharing_verbs=tuple(sorted(data.get("subject_sharing_verbs", []), key=len, reverse=True)),
        titles=titles,
        name_cues=tuple(sorted(data.get("name_cues", []), key=len, reverse=True)),
        short_bodies=frozenset(data.get("short_bodies", [])),
        not_name_chars=frozenset(data.get("not_name_chars", [])),
        not_name_endings=tuple(data.get("not_name_endings", [])),
        title_body_suffixes=tuple(sorted(data.get("title_body_suffixes", []), key=len, reverse=True)),
        surnames=frozenset(w for w in surnames if len(w) == 1),
        compound_surnames=tuple(w for w in surnames if len(w) == 2),
    )
