"""Normalise a QUANTITY surface into ``value``, ``unit`` and ``approx``.

ANNOTATION.md section 3: ``value`` is a number with Chinese numerals, 万 and
亿 resolved (``4.87万台`` -> 48700); ``unit`` is canonical (``CNY`` for money,
``%``, ``pp`` for 个百分点, ``µg/m³`` for any spelling of micrograms per
cubic metre, ``days``, or the measure word); ``approx`` is ``more_than``
(余/多/以上/超/逾), ``about`` (约/左右) or ``nearly`` (近).

Chinese numerals go through cn2an; the parts cn2an does not handle (a
numeral glued to a measure word, 余 inside a number, 成 for tenths, 两 in
compounds) are split off here first, and tested.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import cn2an

APPROX_PREFIXES = (("将近", "nearly"), ("接近", "nearly"), ("近", "nearly"), ("大约", "about"), ("约", "about"),
                   ("超过", "more_than"), ("多达", "more_than"), ("超", "more_than"), ("逾", "more_than"))
APPROX_SUFFIXES = (("以上", "more_than"), ("左右", "about"), ("上下", "about"), ("余", "more_than"), ("多", "more_than"))

#: spelling -> (canonical unit, factor applied to the value)
UNIT_TABLE: dict[str, tuple[str, float]] = {
    "万亿元": ("CNY", 1e12), "亿元": ("CNY", 1e8), "万元": ("CNY", 1e4), "千元": ("CNY", 1e3), "元": ("CNY", 1.0),
    "亿美元": ("USD", 1e8), "万美元": ("USD", 1e4), "美元": ("USD", 1.0),
    "%": ("%", 1.0), "％": ("%", 1.0), "‰": ("‰", 1.0), "个百分点": ("pp", 1.0), "百分点": ("pp", 1.0),
    "微克/立方米": ("µg/m³", 1.0), "毫克/立方米": ("mg/m³", 1.0), "毫克/升": ("mg/L", 1.0), "微克/升": ("µg/L", 1.0),
    "纳克/立方米": ("ng/m³", 1.0), "微克每立方米": ("µg/m³", 1.0), "毫克每立方米": ("mg/m³", 1.0), "毫克每升": ("mg/L", 1.0),
    "周年": ("years", 1.0),
    "天": ("days", 1.0), "日": ("days", 1.0), "年": ("years", 1.0), "个月": ("months", 1.0), "月": ("months", 1.0),
    "小时": ("hours", 1.0), "分钟": ("minutes", 1.0), "周": ("weeks", 1.0),
    "吨": ("t", 1.0), "万吨": ("t", 1e4), "万吨/年": ("t/year", 1e4), "吨/年": ("t/year", 1.0), "吨/日": ("t/day", 1.0),
    "公里": ("km", 1.0), "千米": ("km", 1.0), "米": ("m", 1.0), "平方公里": ("km²", 1.0), "平方米": ("m²", 1.0),
    "亩": ("mu", 1.0), "万亩": ("mu", 1e4), "公顷": ("ha", 1.0), "立方米": ("m³", 1.0), "万立方米": ("m³", 1e4),
    "立方米/日": ("m³/day", 1.0), "千克": ("kg", 1.0), "公斤": ("kg", 1.0), "万千克": ("kg", 1e4), "克": ("g", 1.0),
    "毫米": ("mm", 1.0), "mm": ("mm", 1.0), "厘米": ("cm", 1.0),
    "微克/立方": ("µg/m³", 1.0), "毫克/立方": ("mg/m³", 1.0),  # the 米 cut off (25微克/立方)
    "升": ("L", 1.0), "千瓦": ("kW", 1.0), "兆瓦": ("MW", 1.0), "千瓦时": ("kWh", 1.0), "万千瓦时": ("kWh", 1e4),
    "倍": ("times", 1.0), "成": ("%", 10.0), "万吨级": ("t", 1e4), "吨级": ("t", 1.0), "分贝": ("dB", 1.0),
    "蒸吨": ("steam t/h", 1.0), "工作日": ("working days", 1.0),
    "℃": ("°C", 1.0), "°C": ("°C", 1.0), "摄氏度": ("°C", 1.0), "C": ("°C", 1.0),  # C: a degree sign lost in scraping
}
_CONCENTRATION_RE = re.compile(r"^(?P<mass>[μµu]g|mg|ng|微克|毫克|纳克)\s?/\s?(?P<vol>m[3³]?|L)$")  # m: a superscript lost in scraping
CN_SMALL_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ARABIC_RE = re.compile(r"^(\d+(?:,\d{3})*(?:\.\d+)?)")
_CN_RE = re.compile(r"^([零〇一二两三四五六七八九十百千万亿]+)")
_RANK_RE = re.compile(r"^(倒数|倒)?第?(?<=第|倒)(.+?)(?:位|名)?$")  # 第5位, 倒数第5位, 倒5 (排倒5: from the bottom)
_TOP_RE = re.compile(r"^(前|后)(.+?)(?:位|名)?$")


@dataclass(frozen=True)
class QuantityValue:
    value: float | None
    unit: str | None
    approx: str | None


def cn_number(text: str) -> float | None:
    """Chinese numerals (incl. 两, 〇) to a number; None when not a numeral."""
    if not text:
        return None
    if text[0] in "百千万亿":
        text = "一" + text  # 百家 = one hundred
    try:
        return float(cn2an.cn2an(text.replace("两", "二") if len(text) > 1 else text, "smart"))
    except (ValueError, KeyError):
        return None


def _number_prefix(text: str) -> tuple[float | None, str]:
    """Parse the number at the start of ``text``; return it and the rest."""
    m = _ARABIC_RE.match(text)
    if m:
        value = float(m.group(1).replace(",", ""))
        rest = text[m.end():]
    else:
        m = _CN_RE.match(text)
        if not m:
            return None, text
        digits = m.group(1)
        # a trailing 万/亿 belongs to the unit scale when the numeral is complete without it (三千万元 is fine either way)
        value = cn_number(digits)
        rest = text[m.end():]
        if value is None:
            return None, text
        decimals = re.match(r"点([零〇一二三四五六七八九]+)", rest)
        if decimals:  # 二点三个百分点: the decimals are written digit by digit after 点
            value += float("0." + "".join(str(CN_SMALL_DIGITS.get(d, 0)) for d in decimals.group(1)))  # 零, 〇 -> 0
            rest = rest[decimals.end():]
    rest = rest.lstrip()
    if rest.startswith(("余", "多")) and rest[1:2] in ("万", "亿"):  # 449余万元: the 余 sits inside the number
        rest = rest[1:] + "余"
    if rest.startswith("万") and not rest.startswith(("万元", "万吨", "万亩", "万立方米", "万千", "万美元", "万亿元")):
        value, rest = value * 1e4, rest[1:]
    elif rest.startswith("亿") and not rest.startswith(("亿元", "亿美元")):
        value, rest = value * 1e8, rest[1:]
    elif rest.startswith("千") and not rest.startswith(("千元", "千克", "千米", "千瓦")):
        value, rest = value * 1e3, rest[1:]
    elif rest.startswith("百") and m.re is _ARABIC_RE and not rest.startswith("百分"):  # 3百余件, 3百万元
        value, rest = value * 100, rest[1:]
        if rest.startswith("万") and not rest.startswith(("万元", "万吨", "万亩", "万立方米", "万千", "万美元")):
            value, rest = value * 1e4, rest[1:]
    return value, rest


def normalize_quantity(surface: str) -> QuantityValue:
    """``245天`` -> (245, days); ``近700人次`` -> (700, 人次, nearly); ``2.08亿元`` -> (208000000, CNY)."""
    text = surface.strip().replace(" ", "")
    if text[:1] in "+-＋－" and text[1:2].isdigit():
        text = text[1:]  # a signed change (+4.2%, -6.5%): the value is its size; the sign is the change's direction
    approx = None
    for word, kind in APPROX_PREFIXES:
        if text.startswith(word):
            approx, text = kind, text[len(word):]
            break
    for word, kind in APPROX_SUFFIXES:
        if text.endswith(word) and len(text) > len(word):
            approx, text = approx or kind, text[: -len(word)]
            break
    rank = _RANK_RE.match(text)
    if rank:
        value = _number_prefix(rank.group(2))[0]
        return QuantityValue(_clean(value) if value is not None else None, "rank_from_end" if rank.group(1) else "rank", approx)
    top = _TOP_RE.match(text)
    if top:
        value = _number_prefix(top.group(2))[0]
        return QuantityValue(_clean(value) if value is not None else None, "top" if top.group(1) == "前" else "bottom", approx)
    frac = re.fullmatch(r"([零〇一二两三四五六七八九十百]+)分之([零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)", text)
    if frac:
        whole, _, decimals = frac.group(2).partition("点")
        den, num = cn_number(frac.group(1)), cn_number(whole)
        if num is not None and decimals:  # 百分之九十五点五: the digits after 点 are read one by one
            num += float("0." + "".join(str(int(cn_number(d) or 0)) for d in decimals))
        return QuantityValue(_clean(100 * num / den) if den and num is not None else None, "%", approx)
    digits_fraction = re.fullmatch(r"(\d+)/(\d+)", text)  # 1/3 of the sections
    if digits_fraction and int(digits_fraction.group(2)):
        return QuantityValue(_clean(100 * int(digits_fraction.group(1)) / int(digits_fraction.group(2))), "%", approx)
    rough = re.fullmatch(r"([二三四五六七八九]?十几|几十|[一二两三四五六七八九][二三四五六七八九][十百])(余|多)?(.*)", text)
    if rough:  # 十几家, 二三十家: the lower bound, approximately
        head = rough.group(1)
        if head.endswith("十几"):
            low = 10 * (CN_SMALL_DIGITS.get(head[0], 1) if len(head) == 3 else 1)
        elif head == "几十":
            low = 10
        else:
            low = CN_SMALL_DIGITS[head[0]] * (10 if head[-1] == "十" else 100)
        unit = rough.group(3) or None
        if unit in UNIT_TABLE:
            canonical, factor = UNIT_TABLE[unit]
            return QuantityValue(_clean(low * factor), canonical, approx or "about")
        return QuantityValue(low, unit, approx or "about")
    if text.startswith("一半"):
        return QuantityValue(50, "%", approx or ("more_than" if "以上" in surface else None))
    unit_first = re.fullmatch(r"每(立方米|升)(\d+(?:\.\d+)?)(微克|毫克|纳克)", text)  # 每立方米29微克
    if unit_first:
        volume, number, mass = unit_first.groups()
        text = f"{number}{mass}/{volume}"
    # 数百吨, 上千万元, 逾万件: an order of magnitude, never a plain numeral (十家 is ten)
    magnitude = re.fullmatch(r"(数|几|上)?(十|百|千|万|亿|千万|百万)(.*)", text)
    if magnitude and (magnitude.group(1) or approx) and not re.match(r"\d", text):
        magnitude = re.fullmatch(r"(?:数|几|上)?(十|百|千|万|亿|千万|百万)(.*)", text)
        value, rest = cn_number("一" + magnitude.group(1)), magnitude.group(2)
        approx = approx or "about"
    else:
        value, rest = _number_prefix(text)
    if value is None:
        return QuantityValue(None, None, approx)
    for word, kind in APPROX_SUFFIXES:  # 35000余个: 余 between number and measure word
        if rest.startswith(word):
            approx, rest = approx or kind, rest[len(word):]
            break
    if rest.endswith("余"):  # 449余万元 -> moved behind the unit above
        approx, rest = approx or "more_than", rest[:-1]
    unit = rest or None
    if unit in UNIT_TABLE:
        canonical, factor = UNIT_TABLE[unit]
        return QuantityValue(_clean(value * factor), canonical, approx)
    if unit:
        m = _CONCENTRATION_RE.match(unit)
        if m:
            mass = {"μg": "µg", "µg": "µg", "ug": "µg", "微克": "µg", "毫克": "mg", "纳克": "ng"}.get(m.group("mass"), m.group("mass"))
            vol = "m³" if m.group("vol").startswith("m") else "L"
            return QuantityValue(_clean(value), f"{mass}/{vol}", approx)
        unit = unit.replace("（", "(").replace("）", ")")
    return QuantityValue(_clean(value), unit, approx)


def _clean(value: float) -> float | int:
    """Integers stay integers in the output (245, not 245.0); float noise is rounded."""
    rounded = round(value, 6)
    return int(rounded) if float(rounded).is_integer() else rounded
