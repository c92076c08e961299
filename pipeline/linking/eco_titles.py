"""Places counted for the ecological title they were awarded: ``26个村获得“湖北省生态村”称号``,
``12个乡镇全部获评省级生态乡镇``.

GUIDELINES (Indicators and roles): demonstration counts (``8家园区获批建设省级生态工业园区``) are
``ecology.demonstration``; villages, towns and counties named eco-villages, eco-towns or eco-civilisation
demonstration areas are the same kind of count.  The classifier, seeing 个村 or 个乡镇, reads a count of
places (``other``) or of village works.  A count of villages, towns, counties or parks whose clause goes on
to award them a title with 生态 in it (获得, 获评, 被命名为, 评为, 创建成) takes the indicator.
"""

from __future__ import annotations

import re

Decision = tuple[str | None, str | None]

#: the places counted, in the span (26村) or right after it (26个|村, 12个|建制乡镇)
PLACES = r"(?:建制|行政)?(?:村|乡镇|镇|乡|街道|社区|县区|县|区|园区)"
PLACE_COUNT = re.compile(rf"^[\d一二两三四五六七八九十百余多]+(?:个|家|{PLACES})$")
#: the award after the count, in its clause: a verb of naming and a title with 生态 in it
AWARD_AFTER = re.compile(rf"^{PLACES}?[^，,。；;]{{0,6}}?(?:获得|获评|荣获|被命名为|命名为|被评为|评为|创建为|创建成|成功创建)[“\"「]?"
                         r"[^，,。；;”\"」]{0,12}?生态[^，,。；;”\"」]{0,10}?(?:村|乡镇|镇|乡|县|区|市|示范|园区|街道|社区)")


def eco_title_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Index -> (``ecology.demonstration``, None) for places counted for an ecological title."""
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        surface = text[start:end]
        if not PLACE_COUNT.match(surface):
            continue
        after = text[end:end + 40]
        # 26个|村获得…: the counted places follow a measure word; 26村获得…: they are the span's own unit
        if surface.endswith(("个", "家")) and not re.match(PLACES, after):
            continue
        if AWARD_AFTER.match(after):
            out[i] = ("ecology.demonstration", None)
    return out
