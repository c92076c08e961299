"""Normalise DATE surfaces to ISO-style values, resolving years from context.

Values: ``2024``, ``2024-03``, ``2024-03-12``, ``2022-03-10T13:30:03``,
``2024-H1``, ``2024-Q3``, ``2024-01/2024-06`` (a range), ``2015/2023``,
``XXXX-03-12`` when month and day are known but no year can be found.

The year of a bare month/day or period (``3月12日``, ``上半年``, ``1-6月``)
is the last explicit year written before it in the text, else the
document's reference year (its publication date or dateline); relative
words (``今年``, ``去年``, ``上年同期``, ``今天``) need the reference year or
date.  A year is never invented: without one the value keeps ``XXXX`` (for
month-day) or is ``None``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

CN_DIGITS = {"〇": "0", "○": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
CN_SMALL = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}
QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
SEASONS = {"春季": "SP", "夏季": "SU", "秋季": "AU", "冬季": "WI", "秋冬季": "AW", "冬春季": "WS", "夏秋季": "SA", "春夏季": "SS",
           # the seasons as speech writes them (今年夏天, 去年冬天, 2022年初夏)
           "春天": "SP", "夏天": "SU", "秋天": "AU", "冬天": "WI", "初春": "SP", "初夏": "SU", "盛夏": "SU", "初秋": "AU",
           "深秋": "AU", "初冬": "WI", "隆冬": "WI", "秋冬": "AW", "冬春": "WS", "春夏": "SS"}
RANGE = r"[-—–~～至到]"


@dataclass(frozen=True)
class DateContext:
    """What the text around a date tells about its year."""

    year: int | None = None  # last explicit year before the date, else the reference year
    reference: str | None = None  # the document's date (YYYY-MM-DD) for 今天/昨天


def _year(text: str) -> int | None:
    if re.fullmatch(r"(19|20)\d{2}", text):
        return int(text)
    if len(text) == 4 and all(c in CN_DIGITS for c in text):
        return int("".join(CN_DIGITS[c] for c in text))
    return None


def _ym(year: int | None, month: int) -> str:
    return f"{year if year else 'XXXX'}-{month:02d}"


def _ymd(year: int | None, month: int, day: int) -> str:
    return f"{year if year else 'XXXX'}-{month:02d}-{day:02d}"


def _shift_day(reference: str, days: int) -> str | None:
    import datetime as dt

    try:
        d = dt.date.fromisoformat(reference[:10]) + dt.timedelta(days=days)
    except ValueError:
        return None
    return d.isoformat()


def normalize_date(surface: str, ctx: DateContext = DateContext()) -> str | None:
    """The ISO-style value of a DATE surface (module docstring), or None when it names no calendar time."""
    found = _normalize_one(surface, ctx)
    return found if found is not None else _range(surface.strip(), ctx)


def _normalize_one(surface: str, ctx: DateContext) -> str | None:
    s = re.sub(r"[（(]?(?:星期|周)[一二三四五六日天][）)]?", "", surface.strip())
    s = re.sub(r"(上午|下午|晚上|早上|中午|凌晨|傍晚|夜间|晚|早)?\s*\d{1,2}[:：]\d{2}([:：]\d{2})?$", "", s).strip() if not re.match(r"\d{4}[-/.]", s) else s
    s = re.sub(r"(上午|下午|晚上|早上|中午|凌晨|傍晚)?\d{1,2}时(\d{1,2}分|半)?$", "", s)
    s = re.sub(r"(一大早|一早|清晨|早晨|上午|下午|晚上|早上|中午|凌晨|傍晚|夜间|晚间|夜里|夜晚|深夜|晚|早)$", "", s)
    s = re.sub(r"^((?:19|20)\d{2})(?=(?:1[0-2]|[1-9])月)", r"\1年", s)  # 20226月1日: the 年 lost in scraping
    s = re.sub(r"月(\d{1,2}|[一二三四五六七八九十]{1,3})[号號]?$", r"月\1日", s)  # 8月25号, 11月12(上午): the day's 号, or its 日 lost
    s = _word_month(s)
    s = _lost_month(s, ctx.reference)  # 828日, 77日: the 月 lost in scraping
    ref_year = int(ctx.reference[:4]) if ctx.reference and ctx.reference[:4].isdigit() else None

    m = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?", s)
    if m:
        base = _ymd(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m.group(4):
            return f"{base}T{int(m.group(4)):02d}:{m.group(5)}" + (f":{m.group(6)}" if m.group(6) else "")
        return base
    m = re.fullmatch(rf"(\d{{4}})(?:年度?)?\s?{RANGE}\s?(\d{{4}})年(度|秋冬季|冬春季)?", s)
    if m:
        if m.group(3) in ("秋冬季", "冬春季"):  # a heating season runs October to March
            return f"{m.group(1)}-10/{m.group(2)}-03"
        return f"{m.group(1)}/{m.group(2)}"
    m = re.fullmatch(rf"(\d{{4}})年(\d{{1,2}})月(?:(\d{{1,2}})日)?\s?{RANGE}\s?(\d{{4}})年(\d{{1,2}})月(?:(\d{{1,2}})日)?", s)
    if m:
        y1, m1, d1, y2, m2, d2 = m.groups()
        a = _ymd(int(y1), int(m1), int(d1)) if d1 else _ym(int(y1), int(m1))
        b = _ymd(int(y2), int(m2), int(d2)) if d2 else _ym(int(y2), int(m2))
        return f"{a}/{b}"
    if re.fullmatch(r"(?:19|20)\d{2}", s):  # a year naming an event's edition: 2023世界…大会
        return s
    m = re.fullmatch(r"(\d{4})(上半年|下半年|前三季度|第?[一二三四]季度)", s)
    if m:
        return _period(m.group(2), int(m.group(1)), explicit=True)
    if s in ("上一年", "上一年度", "上个年度"):
        return str(ref_year - 1) if ref_year else None
    m = re.fullmatch(r"(\d{1,2})日", s)
    if m:
        return _day_of_reference(int(m.group(1)), ctx.reference)
    m = re.fullmatch(rf"(\d{{1,2}})日?{RANGE}(\d{{1,2}})日", s)
    if m:  # 13至14日, 27日至28日 leading a report: the days of the reference date's month
        a, b = (_day_of_reference(int(d), ctx.reference) for d in m.groups())
        return f"{a}/{b}" if a and b and a < b else None

    # an explicit year at the start: 2024年…, 二〇二四年…
    m = re.match(r"((?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})年", s)
    if m:
        year = _year(m.group(1))
        return _period(s[m.end():], year, explicit=True)

    # relative years
    rel = re.match(r"(今年|本年|当年|去年|上年|前年|明年)", s)
    if rel:
        offset = {"今年": 0, "本年": 0, "当年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}[rel.group(1)]
        base_year = ctx.year if rel.group(1) == "当年" else ref_year
        year = base_year + offset if base_year else None
        rest = s[rel.end():]
        if rest in ("同期", "度", ""):
            return str(year) if year else None
        return _period(rest, year, explicit=year is not None)

    bracketed = re.fullmatch(r"[今昨明]\s?[（(](\d{1,2})[)）]日", s)
    if bracketed:  # 今(18)日: the day is written, the month comes from the reference date
        return _day_of_reference(int(bracketed.group(1)), ctx.reference) if ctx.reference else None
    rel_day = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "明天": 1}
    if s in rel_day:
        return _shift_day(ctx.reference, rel_day[s]) if ctx.reference else None
    if s == "过去一年":
        return f"{ref_year - 1}" if ref_year else None
    rel_quarter = re.fullmatch(r"(上个?|本|下个?)季度(?:末|初)?", s)
    if rel_quarter:
        return _shift_quarter(ctx.reference, {"本": 0, "上": -1, "下": 1}[rel_quarter.group(1)[0]]) if ctx.reference else None
    rel_month = re.fullmatch(r"(上个?月|本月|下个?月)(?:上旬|中旬|下旬|初|底|末)?", s)
    if rel_month:
        return _shift_month(ctx.reference, {"本": 0, "上": -1, "下": 1}[rel_month.group(1)[0]]) if ctx.reference else None
    return _period(s, ctx.year, explicit=False)


def _shift_quarter(reference: str, quarters: int) -> str | None:
    m = re.match(r"(\d{4})-(\d{2})", reference)
    if not m:
        return None
    index = int(m.group(1)) * 4 + (int(m.group(2)) - 1) // 3 + quarters
    return f"{index // 4}-Q{index % 4 + 1}"


def _shift_month(reference: str, months: int) -> str | None:
    m = re.match(r"(\d{4})-(\d{2})", reference)
    if not m:
        return None
    index = int(m.group(1)) * 12 + int(m.group(2)) - 1 + months
    return f"{index // 12}-{index % 12 + 1:02d}"


def _range(s: str, ctx: DateContext) -> str | None:
    """A range whose ends are dates of any shape (今年5月至9月, 去年11月至今年3月, 2023年秋冬季至次年春季):
    the start of the first end to the end of the second; the second end takes the first's year
    (次年: the year after) when it names none."""
    parts = re.split(rf"\s?{RANGE}\s?", s)
    if len(parts) != 2 or not all(parts):
        return None
    first = normalize_date(parts[0], ctx)
    if not first:
        return None
    start = first.split("/")[0]
    year = int(start[:4]) if start[:4].isdigit() else ctx.year
    second_text = parts[1]
    if second_text.startswith("次年"):
        second_text, year = second_text[2:], (year + 1 if year else None)
    second = normalize_date(second_text, DateContext(year=year, reference=ctx.reference))
    if not second:
        return None
    return f"{start}/{second.split('/')[-1]}"


def _word_month(s: str) -> str:
    """A month named in words alone (六月, 三月份, 二○一二年|一月) as its number (6月, 3月份)."""
    word_month = re.fullmatch(r"(十[一二]?|[一二三四五六七八九])月(份?)", s)
    return f"{CN_SMALL[word_month.group(1)]}月{word_month.group(2)}" if word_month else s


def _period(rest: str, year: int | None, explicit: bool) -> str | None:
    """The part after the year: months, days, halves, quarters, seasons."""
    y = str(year) if year else None
    rest = _word_month(rest)
    if rest in ("", "度"):
        return y
    if rest in ("上半年",):
        return f"{y}-H1" if y else None
    if rest in ("下半年",):
        return f"{y}-H2" if y else None
    m = re.fullmatch(r"第?([一二三四1-4])季度(末|初)?", rest)
    if m:
        if not y:
            return None
        quarter = QUARTERS[m.group(1)]
        if m.group(2):  # 一季度末: the quarter's last month; 三季度初: its first
            return _ym(year, quarter * 3 if m.group(2) == "末" else quarter * 3 - 2)
        return f"{y}-Q{quarter}"
    if rest == "前三季度":
        return f"{y}-01/{y}-09" if y else None
    m = re.fullmatch(r"([一二三1-3])至([二三四2-4])季度", rest)
    if m:  # 一至三季度: the first quarter's start to the last one's end
        a, b = QUARTERS[m.group(1)], QUARTERS[m.group(2)]
        return f"{y}-{a * 3 - 2:02d}/{y}-{b * 3:02d}" if y and a < b else None
    if rest == "元月":
        return _ym(year, 1) if y else None
    m = re.fullmatch(r"(十[一二]?|[一二三四五六七八九])[至到—-](十[一二]?|[二三四五六七八九])月份?", rest)
    if m and m.group(1) in CN_SMALL and m.group(2) in CN_SMALL:
        return f"{_ym(year, CN_SMALL[m.group(1)])}/{_ym(year, CN_SMALL[m.group(2)])}" if y else None
    if rest in ("年底", "年末", "底", "末"):
        return f"{y}-12" if y else None
    if rest in ("年初", "初"):
        return f"{y}-01" if y else None
    if rest in SEASONS:
        return f"{y}-{SEASONS[rest]}" if y else None
    m = re.fullmatch(rf"(\d{{1,2}})月(?:(\d{{1,2}})日)?{RANGE}(\d{{1,2}})月(?:(\d{{1,2}})日)?份?", rest)
    if m:
        a = _ymd(year, int(m.group(1)), int(m.group(2))) if m.group(2) else _ym(year, int(m.group(1)))
        b = _ymd(year, int(m.group(3)), int(m.group(4))) if m.group(4) else _ym(year, int(m.group(3)))
        return f"{a}/{b}"
    m = re.fullmatch(rf"(\d{{1,2}}){RANGE}(\d{{1,2}})月份?", rest)
    if m:
        return f"{_ym(year, int(m.group(1)))}/{_ym(year, int(m.group(2)))}"
    # 12月16日至17日, and the days sharing one 日 (9月4—7日, 7月26至27日)
    m = re.fullmatch(rf"(\d{{1,2}})月(\d{{1,2}})日?\s?{RANGE}\s?(?:(\d{{1,2}})月)?(\d{{1,2}})日", rest)
    if m:
        month2 = int(m.group(3)) if m.group(3) else int(m.group(1))
        return f"{_ymd(year, int(m.group(1)), int(m.group(2)))}/{_ymd(year, month2, int(m.group(4)))}"
    m = re.fullmatch(r"(\d{1,2})月(\d{1,2})日", rest)
    if m:
        return _ymd(year, int(m.group(1)), int(m.group(2)))
    m = re.fullmatch(r"([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日", rest)
    if m and m.group(1) in CN_SMALL:
        from .values import cn_number

        day = cn_number(m.group(2))
        return _ymd(year, CN_SMALL[m.group(1)], int(day)) if day else None
    m = re.fullmatch(r"(\d{1,2})月(?:份|上中旬|中下旬|上旬|中旬|下旬|初|中)?", rest)
    if m:
        return _ym(year, int(m.group(1))) if y else None
    m = re.fullmatch(r"(\d{1,2})月(?:底|末)", rest)
    if m:
        return _ym(year, int(m.group(1))) if y else None
    m = re.fullmatch(r"前(\d{1,2}|[一二三四五六七八九十]{1,2})个?月", rest)
    if m:
        month = int(m.group(1)) if m.group(1).isdigit() else CN_SMALL.get(m.group(1))
        return f"{y}-01/{_ym(year, month)}" if y and month and 1 <= month <= 12 else None
    m = re.fullmatch(r"(\d{1,2})(?:[、,，](\d{1,2}))+月份?", rest)
    if m:
        months = [int(x) for x in re.findall(r"\d{1,2}", rest)]
        return f"{_ym(year, months[0])}/{_ym(year, months[-1])}" if y else None
    return None


def _lost_month(s: str, reference: str | None) -> str:
    """A month and day whose 月 was lost in scraping (828日 → 8月28日; 77日, no day of a month, → 7月7日).  Three digits
    may split two ways (125日: 1月25日 or 12月5日): the split whose day lies nearest before the reference date (a report
    dates what just happened), the two-digit day without one."""
    import datetime as dt

    short = re.fullmatch(r"([1-9])([1-9])日", s)
    if short and int(s[:2]) > 31:
        return f"{short.group(1)}月{short.group(2)}日"
    m = re.fullmatch(r"(\d)(\d)(\d)日", s)
    splits = [(int(m.group(1)), int(m.group(2) + m.group(3))), (int(m.group(1) + m.group(2)), int(m.group(3)))] if m else []
    splits = [(mo, d) for mo, d in splits if 1 <= mo <= 12 and 1 <= d <= 31 and not (d < 10 and mo < 10)]
    if len(splits) == 2 and reference and re.match(r"\d{4}-\d{2}-\d{2}", reference):
        ref = dt.date.fromisoformat(reference[:10])

        def days_before(md: tuple[int, int]) -> int:
            try:
                day = dt.date(ref.year, *md)
            except ValueError:
                return 10 ** 6
            return (ref - day).days % 366

        mo, d = min(splits, key=days_before)
        return f"{mo}月{d}日"
    return re.sub(r"^(1[0-2]|[1-9])(3[01]|[12]\d|0[1-9])日$", r"\1月\2日", s)


def _day_of_reference(day: int, reference: str | None) -> str | None:
    """A day of the month alone (a dateline's 17日): in the reference date's month, or the month before
    when that day is still to come; never guessed without a reference date."""
    import datetime as dt

    if not reference or not 1 <= day <= 31:
        return None
    try:
        ref = dt.date.fromisoformat(reference[:10])
    except ValueError:
        return None
    year, month = ref.year, ref.month
    if day > ref.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


_EXPLICIT_YEAR = re.compile(r"((?:19|20)\d{2})(?:年|[-/.]\d{1,2}[-/.]\d{1,2})")


def explicit_years(text: str) -> list[tuple[int, int]]:
    """(offset, year) of every explicit year written in ``text``."""
    return [(m.start(), int(m.group(1))) for m in _EXPLICIT_YEAR.finditer(text)]


def context_year(years: list[tuple[int, int]], offset: int, reference_year: int | None) -> int | None:
    """The last explicit year before ``offset`` in the same document, else the reference year.

    ``years`` are in text order, as :func:`explicit_years` gives them, so the
    last one before ``offset`` is found by bisection: asked once per date, a
    scan of every year made long documents quadratic.
    """
    i = bisect_left(years, offset, key=lambda item: item[0])
    return years[i - 1][1] if i else reference_year
