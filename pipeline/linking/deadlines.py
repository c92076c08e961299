"""Time limits: ``在30个工作日内报送``, ``要求7天办结``, ``必须再用1个月时间开展排查``.

A time limit is a requirement (ANNOTATION s.3: a goal, plan or requirement is role ``target``), written as a span
of days or months within which work must be done.  The classifier reads a bare duration as a measured value,
so the frame decides: a word of obligation (要求, 必须, 应, 限期, 抓紧) stands before the duration in its sentence,
and the duration is followed by 内 (within) or by the work it limits.  A duration that reports how long
something took (``进驻的1个月时间里``, ``检查后2小时内整改到位``) or describes a standing practice
(``一般信访件在7个工作日内完成核查``) is written without an obligation and keeps its role, as the written
documents annotate it.  Only durations counted as ``other`` are touched: a day count of an indicator held to a
limit (``重污染天数控制在1天以内``) is the goal rules' business.
"""

from __future__ import annotations

import re

from .reach import sentence_start

Decision = tuple[str | None, str | None]

#: a duration: 7天, 1个月, 30个 (工作日 after it), 48小时
DURATION = re.compile(r"[\d一二两三四五六七八九十百]+(?:个|個)?(?:工作日|天|日|月|小时|小時|周|週)?")
#: the unit written after a bare 30个 (the counted noun stays outside the span)
UNIT_AFTER = re.compile(r"工作日|月|小时|小時|星期")
#: within: 内, 以内, 之内
WITHIN = re.compile(r"(?:内|內|以内|以內|之内|之內)")
#: obligation before the duration in its sentence: 要求7天, 必须再用1个月, 应…在30个工作日内, 限期15日
#: (应 alone, but not inside 反应, 相应, 供应, 适应, 应用)
OBLIGATION = re.compile(r"要求|必须|必須|须|須|应当|應當|(?<![反相供适適回对對响響效])[应應](?![用])|抓紧|抓緊|责令|責令|限期|力争|力爭")
#: the work the limit is set for, right after the duration: 办结, 完成, 时间开展
WORK_AFTER = re.compile(r"(?:时间|時間)?(?:办结|辦結|完成|报送|報送|整改|开展|開展|反馈|反饋|答复|答覆)")


def deadline_links(text: str, spans: list[tuple[int, int]], current: list[str | None]) -> dict[int, Decision]:
    """Index -> (None, ``target``) for a time limit counted as ``other``."""
    out: dict[int, Decision] = {}
    for i, (start, end) in enumerate(spans):
        surface = text[start:end]
        if current[i] != "other" or not DURATION.fullmatch(surface):
            continue
        unit = UNIT_AFTER.match(text, end) if surface.endswith(("个", "個")) else None
        if surface.endswith(("个", "個")) and not unit:
            continue  # 30个 counting anything but time
        after = unit.end() if unit else end
        limited = WITHIN.match(text, after) or WORK_AFTER.match(text, after)
        if limited and OBLIGATION.search(text, sentence_start(text, start, 80), start):
            out[i] = (None, "target")
    return out
