"""A grammar of Chinese dates and quantities (regular expressions over text).

It finds DATE and QUANTITY spans exactly as ANNOTATION.md defines them, on
normalised text (simplified characters, half-width digits):

* DATE: full and partial dates, years, months, halves, quarters, seasons,
  relative days and years (今年, 上年同期, 昨天上午), ranges (1-6月, 2015至2023年),
  timestamps; ``X以来`` / ``截至X`` keep only X.
* QUANTITY: Arabic, Chinese and mixed numerals (``三千余家``, ``4.87万台``,
  ``1,200万元``), approximation words inside (``近``, ``约``, ``余``, ``以上``,
  ``左右``), bounds outside (``以下``, ``以内``), units and measure words,
  percentages and 个百分点, money, concentrations in any spelling, ranks
  (``第2位``, ``倒数第25位``, ``前3``), durations (``连续6年`` -> ``6年``).
* what is NOT a quantity: numbers in chemical names (PM2.5, O3), in slogans
  (``四减四增``, ``1+4``, short quoted names), ordinals naming an item
  (``第四场``), list markers (``一是``), identifiers, phone and licence numbers,
  anything inside a 《…》 title.

The grammar is data-light on purpose: units and cue words sit in tables at
the top of this module, and ``configs/default.cfg`` can switch labels off.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# --- building blocks -----------------------------------------------------------------------

CN_DIGIT = "零〇一二两三四五六七八九"
CN_NUM = f"[{CN_DIGIT}十百千万亿]"
ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
#: a number: Arabic (optionally scaled by 万/亿/千), or Chinese numerals
NUMBER = rf"(?:{ARABIC}(?:\s?(?:[百千]万|[万亿千百])(?!米))?|{CN_NUM}*[{CN_DIGIT}十][{CN_DIGIT}十百千万亿]*(?:点[{CN_DIGIT}]+)?)"

CONCENTRATION = (r"微克/立方米|毫克/立方米|毫克/升|微克/升|纳克/立方米|微克每立方米|毫克每立方米|毫克每升|"
                 # Chinese mass over a Latin volume: 64微克/m3, 0.8毫克/m³
                 r"(?:微克|毫克|纳克)\s?/\s?m[3³]|"
                 # the superscript 3 flattened to a space and a digit (25μg/m 3): inside the unit
                 r"[μµu]g\s?/\s?m ?[3³](?!\d)|mg\s?/\s?m ?[3³](?!\d)|mg\s?/\s?L|μg/L|ng/m[3³]"
                 # a superscript lost in scraping: 48μg/m
                 r"|[μµ]g\s?/\s?m(?![A-Za-z0-9³])|mg\s?/\s?m(?![A-Za-z0-9³])"
                 # the 米 cut off a Chinese unit at a line's or a page's end: 25微克/立方
                 r"|(?:微克|毫克)/立方(?!\s?米|[\u4e00-\u9fff])"
                 # a space scraped into the unit: 25.7微克/立方 米
                 r"|(?:微克|毫克)\s?/\s?立方[ \t\u3000]米"
                 # spaces around the slash (26 微克 / 立方米)
                 r"|(?:微克|毫克)[ \t\u3000]/[ \t\u3000]立方米")
#: a rate per time and amount: 5500元/年·吨, 1.2元/吨
PER_UNIT = r"(?:/(?:年|月|日|天|吨|立方米|千克|公斤|人|户|亩)(?:[·.](?:年|月|日|天|吨|立方米|千克|公斤|人|户|亩))?)?"
MONEY = rf"(?:万亿元|亿元|万元|千元|元|万美元|亿美元|美元){PER_UNIT}"
#: measure words and units, longest first (the alternation is tried in order)
MEASURES = sorted(set("""
个百分点 百分点 省区市 省区 省市 个名次 名次 县区 县市区 县市 市县 地市 市州 縣區 縣市區 縣市 市縣 县(市)区 蒸吨每小时 蒸吨/小时 周年 大类 省(市) 省(区) 县(市、区) 县(区) 县(市) 市(州) 市(县) 市(区) 家(次) 个(次) 起(次) 件(次) 人(次) 天次 个月 大项 部门 专班 例 家次 家(次) 家（次） 人次 件次 亩次 辆次 座次 条次 台次 台套 批次 户次 个次 架次 车次
万吨/年 吨/年 立方米/日 吨/日 立方米/秒 立方米每秒 m³/s m3/s 万立方米 立方米 km km² km2 平方公里 千克 公斤 万千克 克 升 毫米 mm 厘米 公分 平方米 公里 千米 公顷 万亩 亩 千瓦 兆瓦 千瓦时 万千瓦时
个 件 家 次 辆 台 座 处 条 项 批 笔 宗 起 份 张 名 人 户 部 吨 米 套 轮 场 所 口 只 头 棵 株 册 篇 期 种 位 点 倍 成 分贝 蒸吨 轮次 工作日 万吨级 吨级
天 日 年 周 小时 分钟 季度 月 元 枚 封 尾 箱 桶 袋 罐 瓶 颗 羽 微克 毫克 方面 大 步 组 段 片 节 架 艘 根 盏 块 间 栋 幢 层 支 队 课 班 届 村 镇 乡 县 区 市 城市 盟市 地 省 国 縣 區 鎮 鄉
""".split()))
# longest first, and in one fixed order: a set's order changes with the interpreter's hash seed, and the alternation
# is tried in order (a run must read the same text the same way every time)
MEASURES = sorted(set(MEASURES) | {m.replace("(", "（").replace(")", "）") for m in MEASURES if "(" in m},
                  key=lambda m: (-len(m), m))
#: what may not follow a measure word for it to be one (66个月度排名: 66个; 20余部法规, not 一部分 or 三部门)
MEASURE_NOT_BEFORE = {"个月": "(?!度)", "部": "(?![分门署委长位])"}
MEASURE = "|".join(re.escape(m) + MEASURE_NOT_BEFORE.get(m, "") for m in MEASURES)
#: temperatures (℃, °C, and a C whose degree sign was lost after a decimal: 7.0C~11.6C)
TEMPERATURE = r"℃|°C|摄氏度|(?<=\d\.\d)C(?![A-Za-z0-9])"
#: dust fall, a mass per area per month (吨/平方公里·月, 吨/(平方千米·30天), t/km2·月): before MEASURE so that
#: the bare 吨 does not end the span early
_AREA = r"(?:平方公里|平方千米|km2|km²)"
_MONTH = r"(?:月|30天|30d)"
DEPOSITION = (rf"(?:吨|t)\s?/\s?(?:[（(]{_AREA}\s?[·•・.]\s?{_MONTH}[）)]|{_AREA}(?:\s?[·•・.]\s?{_MONTH})?"
              # the month written first (吨/月·平方公里)
              rf"|{_MONTH}\s?[·•・.]\s?{_AREA})")
UNIT = rf"(?:%|％|‰|{DEPOSITION}|{CONCENTRATION}|{MONEY}|{TEMPERATURE}|{MEASURE})"
APPROX_BEFORE = r"(?:将近|接近|大约|约|近|超过|超|逾|多达)"
APPROX_AFTER = r"(?:以上|左右|上下|余|多(?![地处家方个年次种项名]))"  # 三省市|多地: 多 opens the next word

_Q = (rf"(?:{APPROX_BEFORE})?(?:{NUMBER})(?:[ ]?(?:余|多))?(?:[万亿])?[ ]?(?:{UNIT})(?:余)?(?:[ ]?{APPROX_AFTER})?"
      rf"|(?:{APPROX_BEFORE})?(?:{ARABIC})(?:{APPROX_AFTER})?(?=(?:[和、与及至到~-]\s?{ARABIC})+\s?(?:{UNIT}))"
      rf"|(?:{APPROX_BEFORE})?[{CN_DIGIT}十]成(?:{APPROX_AFTER})?|一半(?:以上)?"
      rf"|(?:{APPROX_BEFORE})?[{CN_DIGIT}十百]+分之[{CN_DIGIT}十百]+(?:点[{CN_DIGIT}]+)?(?:{APPROX_AFTER})?")
#: an index's change written bare after its verb (同比下降0.07, 比去年同期改善0.06); a score (得分87.5分)
_Q += (r"|(?:(?<=下降)|(?<=上升)|(?<=改善)|(?<=降低)|(?<=提高)|(?<=增加)|(?<=减少)|(?<=恶化)|(?<=下降了)|(?<=上升了)|(?<=改善了))"
       r"\d+\.\d+(?![\d.%])"
       r"|\d+\.\d+分(?![钟之])|(?:(?<=得分)|(?<=总分)|(?<=满分)|(?<=评分)|(?<=得分为)|(?<=总分为)|(?<=评分为))\d+分(?![钟之])")
#: approximate numerals in words: 十几家, 二十几人, 几十家, 二三十家, 三五百人; fractions written with digits: 1/3
_Q += (rf"|(?:{APPROX_BEFORE})?(?:[二三四五六七八九]?十几|几十|[一二两三四五六七八九][二三四五六七八九]十|[一二两三四五六七八九][二三四五六七八九]百)(?:余|多)?(?:{UNIT})"
       r"|(?<![\d/.])[1-9]/[1-9]\d?(?![\d/.])(?=的|[，,。；;、]|$)")
#: a magnitude without digits: 逾万件, 上千万元, 数百吨, 近千人
_Q += rf"|(?:逾|超|近|上|数|几)(?:十|百|千|万|亿)+(?:余|多)?(?:{UNIT})"
#: an amount written with its magnitude and no unit, closing its clause (罚款金额2710万。, 罚单5.8亿 …)
#: (never a number alone on its line, as a forum's counters stand: 帖子⏎2万⏎积分)
_Q += rf"|(?<![“\"争创\n])(?:{APPROX_BEFORE})?(?:{ARABIC})(?:余|多)?[万亿](?:余|多)?(?=[，,。；;！？!?)）\s]|$)"
QUANTITY_RE = re.compile(_Q)

RANK_NUM = rf"(?:{ARABIC}|[{CN_DIGIT}十]+)"
RANK_RE = re.compile(rf"(?:倒数)?第\s?{RANK_NUM}(?:位|名)"
                     # a range of places sharing 第 and 位: 分居第三至十位 (one span)
                     rf"|第{RANK_NUM}\s?[至到\-—~～]\s?{RANK_NUM}(?:位|名)"
                     # the first end of a rank range: 倒数第2至倒数第4位 (two spans)
                     rf"|(?:倒数)?第{RANK_NUM}(?=\s?[至到、和及与\-—~～]\s?(?:倒数)?第)"
                     rf"|(?:倒数)?第{RANK_NUM}(?=的|[^\u4e00-\u9fff\d]|$)"
                     rf"|(?<=[排列居位持入出国省市县区州旗名内中）)在，,。；;：:、\s和及与的])[前后]{RANK_NUM}(?:个(?=[县区市州盟旗城乡镇]|位|名)|位|名|强)?"
                     # the top/bottom N places written with 名/位 anywhere: 空气质量前20名之列, 污染物后3位排名
                     rf"|[前后]{RANK_NUM}(?:名|位)(?=之列|以内|行列|排名|排序|排位|[，,。；;、）)\n和及与：:]|$|城市|是|为|依次|分别)"
                     # a position from the bottom written short after 排 (某县排倒4)
                     rf"|(?<=排)倒{RANK_NUM}(?:位|名)?(?![\u4e00-\u9fff\d])"
                     # the top N written with 强: 进入全国前20强
                     rf"|前{RANK_NUM}强"
                     # the top/bottom N of a ranking list: 改善幅度前8个县(区)依次为…
                     rf"|[前后]{RANK_NUM}个(?=[县区市州盟旗城乡镇](?:[（(][^）)]{{1,4}}[）)])?(?:依次|分别|为|是|：|:))"
                     rf"|首位|榜首")
#: a rank word and its verb: a bare 第N counts as a rank only after these (or inside a ranking list)
RANK_CONTEXT = re.compile(r"(居|列|排名|排|位列|位居|名列|并列|保持|排在|分列|依次为|依次是|夺得|获|取得|勇夺|摘得|拿下|登上)[^，。,；\n]{0,8}$")
#: bare numbers that are index values or measured zeros, e.g. 综合指数4.73, 比例为0, 保持为零
_BEHIND = lambda words: "(?:" + "|".join(f"(?<={w})" for w in words) + ")"  # noqa: E731 (fixed-width look-behinds)
INDEX_RE = re.compile(rf"(?:{_BEHIND(['指数', '比例', '比率', '占比', '均值', '达标率', '利用率', '达标率为', '利用率为', 'P值', 'AQI'])}"
                      # a short note on the index between its name and its value: 综合指数(数值越小…)为3.73
                      rf"(?:[（(][A-Za-z]{{2,6}}[）)]|[（(][^（）()\n，,。]{{2,24}}[）)])?"
                      rf"(?:平均|累计|年均|均值)?(?:为|是|达到?|降至|升至|降为|保持为|保持在|仍为|[:：])?\s?"
                      rf"|{_BEHIND(['降至', '降为', '减为', '保持为', '实现', '数为'])})"
                      rf"({ARABIC}|零)(?![\d%‰.]|\s?(?:{UNIT}))")
#: index values listed after places: 凯里市(2.14)、榕江县(2.31)
#: the two ends of a range of bare values (pH范围在5.87至6.51之间, 年均值在2.68-3.40之间, pH值范围4.5~7.0；)
RANGE_INDEX_RE = re.compile(r"(?:(?<=[在为])|(?<=范围))(\d{1,3}\.\d{1,3})\s?[-—~～至到]\s?(\d{1,3}\.\d{1,3})"
                            r"(?=\s?之间|\s?[，,。；;、]|$)")
PLACE_INDEX_RE = re.compile(r"(?<=[县市区州旗盟])[（(](\d{1,3}\.\d{1,3})[）)]")
#: values in brackets after the members of a ranked list of places by short name (依次是：甲(3.76)、乙(4.71)和丙(33))
LISTED_PLACE_VALUE_RE = re.compile(r"(?:[、：:]|[和及](?=[\u4e00-\u9fff]{2,5}[（(]))[\u4e00-\u9fff]{2,5}[（(](\d{1,4}(?:\.\d{1,3})?)[）)](?=[、，,。；;和及]|$)")
#: a decimal with no unit after a place in a list, or after a year's 的, in a sentence about an index
BARE_INDEX_RE = re.compile(r"(?:(?<=[\u4e00-\u9fff])|(?<=\d年的)|(?<=\d[-—~～]))(\d{1,2}\.\d{2,3})"
                           r"(?=[、，,。；;和及]|[-—~～]\d|下降|上升|降至|升至|降到|升到|$)")
SENTENCE_STOP = re.compile(r"[。；;！？\n]")
#: the unit written before the number: 每立方米29微克, 每升0.2毫克
UNIT_FIRST_RE = re.compile(r"每(?:立方米|升)\d+(?:\.\d+)?(?:微克|毫克|纳克)")
#: levels counted after a list of levels: 市、县、乡三级, 省市县乡村五级, 村(社区)三级, 镇街两级
LEVELS_RE = re.compile(r"(?:(?<=[省市县区乡镇村组街连团师州盟旗])|(?<=[省市县区乡镇村组街门居道][)）]))[两二三四五六]级(?![别标以])")
#: a size class written with a bare magnitude: 千人以上 (集中式)饮用水水源地, 万人以上 — the standard classes of
#: drinking-water sources by the people they serve (no digit before the magnitude)
SIZE_CLASS_RE = re.compile(r"(?<![\d零〇一二两三四五六七八九十百千万])[千万]人以上")

# --- dates ---------------------------------------------------------------------------------------

YEAR = r"(?:19|20)\d{2}"
CN_YEAR = r"[〇○零一二三四五六七八九]{4}"  # ○ (a white circle) as pages type the zero: 二○一二年
MONTH = r"(?:1[0-2]|0?[1-9])"
DAY = r"(?:3[01]|[12]\d|0?[1-9])"
CN_MD = r"[一二三四五六七八九十]{1,3}"
#: the part of the day a date may name after its day (上午, 傍晚)
PART_OF_DAY = r"(?:上午|下午|晚上|早上|中午|凌晨|傍晚)"
TIME_OF_DAY = r"(?:\s?(?:上午|下午|晚上|早上|中午|凌晨|傍晚)?\d{1,2}时(?:\d{1,2}分(?:\d{1,2}秒)?|半)?(?![间期段速])|(?:上午|下午|晚上|早上|中午|凌晨|傍晚)\d{1,2}[:：]\d{2}|一大早|一早|清晨|早晨|上午|下午|晚上|早上|中午|凌晨|傍晚|夜间|晚间|夜里|夜晚|深夜|晚|早|夜(?![以间])|\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|\s\d{1,2}:\d{2}(?::\d{2})?)"
WEEKDAY = r"(?:[ \u3000]?[（(]?(?:星期|周)[一二三四五六日天][）)]?)"
PERIOD_WORDS = r"(?:上半年|下半年|前三季度|[一二三1-3]至[二三四2-4]季度|第?[一二三四1-4]季度(?:末|初)?|上半月|下半月|年初|年中|年底|年末|年内?度)"
RELATIVE_YEAR = r"(?:今年|去年|明年|前年|上年|本年|当年)"
SEASON = (r"(?:春季|夏季|秋季|冬季|秋冬季|冬春季|夏秋季|春夏季|春节"
          # holidays: named with 节, or written short before the holiday's own words (“五一”期间, 国庆假期)
          r"|国庆节|中秋节|端午节|清明节|劳动节|元宵节|元旦|(?:五一|国庆|十一)(?=”?(?:期间|假期|小长假|长假|前后)))")
#: seasons as speech writes them, after a year (今年夏天, 去年冬天, 2022年初夏): one DATE with the year; alone they
#: stay words (冬天好才是真的好)
SPOKEN_SEASON = r"(?:春天|夏天|秋天|冬天|初夏|初春|初秋|初冬|盛夏|隆冬|深秋|秋冬(?!季)|冬春(?!季)|春夏(?!季))"
MD_SUFFIX = r"(?:上中旬|中下旬|上旬|中旬|下旬|初|底|末|中(?![央国共心华部])|份)"
RANGE_SEP = r"(?:[-—–~～至到])"
#: the dash between two months of a range as pages write it: doubled (1——7月) or spaced (1 —9月)
MONTH_RANGE_SEP = r"(?:\s?(?:——|[-—–~～至到])\s?)"

#: a month count after 前 (前8月, 前8个月, 前三个月)
FIRST_MONTHS = r"[前后](?:\d{1,2}|[一二三四五六七八九十]{1,2})个?月"
#: a calendar date with its year (2020年10月1日, 2021年3月), the two ends of a cross-year range
FULL_DATE = rf"(?:{YEAR}|{CN_YEAR})年{MONTH}月(?:{DAY}日)?"
#: a day of the month alone, as in datelines and leads (17日下午, 9日上午，…, 王某12日在…召开的…, 21日，…; after a
#: question or exclamation that closes the sentence before: …有哪些变化？1日，…)
DAY_ONLY = (rf"(?<![\d.月个第每近约超逾续余内前后])(?:{DAY})日"
            rf"(?:{TIME_OF_DAY}|(?=在|召开|举行|举办|发布|公布|通报|起|晚间|电|讯|消息|获悉|表示|介绍|透露|上报|印发|记者|从"
            # a subject's day before its act (采访团15日走进…, 省生态环境厅19日公布…, 河南官方7日对外通报)
            rf"|对外|走进|走進|赴|来到|前往|深入|带队|率队|调研|视察|考察|出席|宣布|披露"
            # a body's day before what it did that day (督察组20日向某省反馈, 某厅21日曝光, 16日以某名义印发)
            rf"|向(?!前|后|外)|曝光|结束|联合))"
            # a day a preposition or a caption points at (记者在24日…召开的, 截至22日, 图为11日), a day in brackets
            # after a relative one (今天(28日)上午), and a day listed after a day (9月18日、19日): a count of days
            # is written with its measure's words instead (拘留7日, 10日内改正, 共计26日)
            rf"|(?:(?<=[在于於])|(?<=截至|截止|图为|圖為)|(?<=记者从|記者從)|(?<=日[、和及与]))(?:{DAY})日(?![内內以之后後起])"
            rf"|(?<=[（(])(?:{DAY})日(?=[)）])"
            # a lead that opens a sentence: 21日，省政府新闻办…; or that follows a dateline's 电/讯 (…7日电/6日，…)
            rf"|(?:(?<=^)|(?<=[\n。；;！!？?】）)\]\s\u3000/／：:])|(?<=[电電讯訊]))(?:{DAY})日(?=[,，])"
            # the same lead with its 月 lost in scraping (828日, → 8月28日): a month and a two-digit day
            rf"|(?:(?<=^)|(?<=[\n。；;！!？?，,]))(?:1[0-2]|[1-9])(?:3[01]|[12]\d|0[1-9])日(?=[,，])"
            # or before the time of day, opening a line or a clause (628日上午，…; 77日下午 → 7月7日下午)
            rf"|(?:(?<=^)|(?<=[\n。；;！!？?，,\s\u3000）)\]]))(?:1[0-2]|[1-9])(?:3[01]|[12]\d|0[1-9]|[1-9])日"
            rf"{PART_OF_DAY}(?=[,，])")

DATE_PATTERNS = [
    # several days of one month sharing 日: 10月16、17日, 2025年5月14、19日 (one span, not a month and counts)
    rf"(?:(?:{YEAR}|{CN_YEAR})年)?{MONTH}月{DAY}(?:、{DAY})+日{TIME_OF_DAY}?",
    # a range of days sharing one 日 (9月4—7日, 2021年9月2-3日, 2017年7月26至27日): one span, not a month and counts
    rf"(?:(?:{YEAR}|{CN_YEAR})年)?{MONTH}月{DAY}\s?{RANGE_SEP}\s?{DAY}日{TIME_OF_DAY}?",
    # the same range without its month, leading a report (13至14日，…; 27日至28日，…): the dateline's month
    rf"(?:(?<=^)|(?<=[\n。；;！!？?】）)\]\s\u3000/／]))(?:{DAY})日?{RANGE_SEP}(?:{DAY})日(?=[,，]|{TIME_OF_DAY})",
    # a year and month in numerals written as words: 二〇二一年十一月
    rf"{CN_YEAR}年{CN_MD}月(?:{CN_MD}日)?",
    # dates written with spaces: 2021 年 6 月, 2018 年 8 月 17 日, 2022 年 5月 17日
    rf"{YEAR} 年 ?{MONTH} ?月(?: ?{DAY} ?日)?|{YEAR} 年(?= )",
    # a year run into its month with 年 lost (20226月1日上午10:00): one date
    rf"{YEAR}(?:1[0-2]|[1-9])月{DAY}日{TIME_OF_DAY}?(?:\s?\d{{1,2}}[:：]\d{{2}})?",
    # dates whose 年/月 were lost in scraping: 2017515日, 20191130日 (with a range: 2017515日至528日)
    rf"{YEAR}(?:0[1-9]|1[0-2]|[1-9])(?:3[01]|[12]\d|0[1-9]|[1-9])日(?:{RANGE_SEP}(?:(?:1[0-2]|[1-9])(?:3[01]|[12]\d|0[1-9]|[1-9])|{DAY})日)?",
    # a month-day cut off at the end of a page: 截至7月31
    rf"{MONTH}月{DAY}(?=\s*$)",
    # ISO-like timestamps and dates
    rf"{YEAR}[-/.]{MONTH}[-/.]{DAY}(?:/?\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?",
    # a page header's month-day with its time (04-21 17:14), or after a time label (时间:03-17)
    rf"(?<![\d./-])(?:0[1-9]|1[0-2])-(?:3[01]|[12]\d|0[1-9])(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?|(?<=时间[:：]\d\d-\d\d))(?![\d-])",
    # day-first timestamps of foreign-built page templates: 01.09.2014 12:14, 9/1/2014
    rf"(?<![\d.]){DAY}[./]{MONTH}[./]{YEAR}(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?(?![\d.])",
    # a range between two full dates: 2020年10月1日—2021年3月31日 (one span)
    rf"{FULL_DATE}\s?{RANGE_SEP}\s?{FULL_DATE}",
    # a range between two years: 2015年至2022年, 2015-2022年, 2020—2021年秋冬季
    rf"{YEAR}年度?\s?{RANGE_SEP}\s?{YEAR}年(?:度|{PERIOD_WORDS}|{SEASON})?",
    rf"{YEAR}{RANGE_SEP}{YEAR}年(?:度|{PERIOD_WORDS}|{SEASON})?",
    # a year without 年 before a period: 2019上半年, 2023四季度; 2023全年 (全年 stays outside)
    rf"{YEAR}(?:上半年|下半年|前三季度|第?[一二三四]季度)",
    rf"{YEAR}(?=全年)",
    # a year naming an edition of an event: 2022世界动力电池大会, 2023中国环境科学学会年会
    rf"(?<!\d){YEAR}(?=(?:世界|中国|全国|国际|全球|亚洲)[\u4e00-\u9fff]{{0,12}}(?:大会|论坛|博览会|峰会|年会|运动会|马拉松|展览会|交易会|会议))",
    # a year without 年 listed before one with it: 2016、2017年 (each year its own span)
    rf"(?<![\d.]){YEAR}(?=[、和及与]{YEAR}年)",
    # quarters listed with one 季度: 一、二季度, 第一、二季度
    r"第?[一二三四](?:、[一二三四])+季度",
    # the year's first month or quarter: 首月, 首季 (今年首月 and 2016年开年 take the year above)
    r"首季度?|首月",
    # a year without 年 before 以来: 2013以来 (a page that dropped the 年)
    rf"(?<![\d.]){YEAR}(?=以来)",
    # a decade: 上世纪50年代, 80年代初
    r"(?:上世纪|上世紀|上个世纪|上個世紀|20世纪|二十世纪|19)?[1-9]0年代(?:初|末|中期)?",
    # years or months back from now: 3年前, 两个月前
    rf"(?:\d{{1,2}}|[一二两三四五六七八九十]{{1,2}})(?:年|个月)前(?![\u4e00-\u9fff]?期)",
    # 2024年3月12日（星期二）上午10:00, 2024年3月, 2024年3月底, ranges within a year
    rf"(?:{YEAR}|{CN_YEAR})年(?:元月|{MONTH}月(?:{DAY}日)?{RANGE_SEP}{MONTH}月(?:{DAY}日)?份?|{MONTH}{MONTH_RANGE_SEP}{MONTH}月份?"
    rf"|{MONTH}月{DAY}日(?:{RANGE_SEP}{DAY}日)?{WEEKDAY}?{TIME_OF_DAY}?|{MONTH}月{MD_SUFFIX}?|{PERIOD_WORDS}|{SEASON}|{SPOKEN_SEASON}|{FIRST_MONTHS}|同期|度|底|末|初|开年|首月|首季度?)?",
    # relative year + period: 今年上半年, 今年1至9月, 今年前8月, 去年同期, 上年同期, 今年年底
    rf"{RELATIVE_YEAR}(?:同期|度|{PERIOD_WORDS}|{SEASON}|{SPOKEN_SEASON}|年底|年末|底|初|末|{MONTH}{MONTH_RANGE_SEP}{MONTH}月份?|{MONTH}月(?:{DAY}日)?{MD_SUFFIX}?|前三季度|{FIRST_MONTHS}|首月|首季度?|开年)?",
    # the previous year in words: 上一年, 上一年度, 上个年度
    r"上一年度?|上个年度",
    # a list of months sharing 月: 4、5、6月份 (one span)
    rf"(?<![\d.]){MONTH}(?:[、,，]{MONTH})+月份?(?!\d)",
    # month-day with time of day; month ranges; month alone with suffix
    rf"{MONTH}月{DAY}日(?:{RANGE_SEP}(?:{MONTH}月)?{DAY}日)?{WEEKDAY}?{TIME_OF_DAY}?",
    rf"{MONTH}{MONTH_RANGE_SEP}{MONTH}月份?",
    rf"{MONTH}月{RANGE_SEP}次年{MONTH}月(?:{MD_SUFFIX})?",
    rf"{MONTH}月{RANGE_SEP}{MONTH}月(?:份|{MD_SUFFIX})?",
    rf"{MONTH}月(?:{MD_SUFFIX})",
    rf"(?<![\d.])(?:{MONTH})月(?![份\d])",
    rf"{CN_MD}月{CN_MD}[日号號]",
    # a day written with 号 (8月25号, 8月30号下午), or with its 日 lost before the time of day (11月12上午)
    rf"{MONTH}月{DAY}[号號]{TIME_OF_DAY}?",
    rf"{MONTH}月{DAY}{PART_OF_DAY}",
    # a month named in words (芳草萋萋的六月, 阳春三月, 五月全国…, 自三月份以来): the calendar's month; a count of
    # months is written with 个 (三个月)
    r"(?<![\d一二三四五六七八九十两几个第每前近后])(?:十[一二]?|[一二三四五六七八九])月份?(?![\d一二三四五六七八九十日号號])",
    DAY_ONLY,
    # the first months of the year without a year written: 前4月, 前三个月 (a place may stand right before it)
    rf"(?<![\d个第])(?<!提)(?<!之){FIRST_MONTHS}(?![\u4e00-\u9fff]?[度内])",
    # standalone periods and relative days
    rf"(?:上半年|下半年|前三季度|[一二三1-3][至到—-][二三四2-4]季度|第?[一二三四]季度(?:末|初)?|过去一年|{SEASON}|年底|年初|年末)",
    # a range of months in numerals written as words: 一至十月, 三到五月份
    r"(?:十[一二]?|[一二三四五六七八九])[至到—-](?:十[一二]?|[二三四五六七八九])月份?",
    # two seasons across the new year: 去冬今春, 今冬明春
    r"(?:去|今)冬(?:今|明)春",
    # (a portal's greeting, 今天是: 2019年…, and a column or outlet named 今日 + its place, 今日永吉⏎, name no day of the
    # report)
    rf"(?:今天(?!\s?是\s?(?:[:：\n]|$|\d{{4}}))|明天|昨天|前天)(?:{TIME_OF_DAY})?|昨日(?:{TIME_OF_DAY})?"
    rf"|今日(?:{TIME_OF_DAY}|(?![头关说热重推要焦看聚]|[\u4e00-\u9fff]{{2,3}}(?:[ \t\u3000|｜]|\n|$)))",
    # a relative day with its date in brackets: 今(18)日, 昨（5）日上午
    rf"(?:今|昨|明)\s?[（(]{DAY}[)）]日(?:{TIME_OF_DAY})?",
    # the month before, this month, the next (上月 is DATE; anaphoric 当月 is not, like 当天)
    rf"(?:上个?月|本月|下个?月)(?:上旬|中旬|下旬|初|底|末)?|(?:上个?|本|下个?)季度(?:末|初)?",
]
DATE_RE = re.compile("|".join(f"(?:{p})" for p in DATE_PATTERNS))
NOT_DATE_AFTER = re.compile(r"^(?:来|以来的)")

# --- exclusions -------------------------------------------------------------------------------------

TITLE_RE = re.compile(r"《[^《》]{0,80}》")
SHORT_QUOTE_RE = re.compile(r"[“\"‘「]([^“”\"‘’「」\n]{1,14})[”\"’」]")
CHEM_BEFORE = re.compile(r"[A-Za-z_]$")
#: a chemical formula or a measure's name written in Latin letters and digits right before (O3, NO2, PM2.5)
FORMULA_BEFORE = re.compile(r"[A-Za-z][A-Za-z0-9.]*$")
#: slogans pairing numerals with words (四减四增, 三线一单); a numeral's own multipliers (两千三百) and ranges
#: (三至八位) are no slogan
SLOGAN_RE = re.compile(rf"(?<![唯第])[{CN_DIGIT}十]+(?![十百千万亿至到和或及与{CN_DIGIT}])(?!点[{CN_DIGIT}]+(?:个百分点|百分点|倍|万|亿|%))[\u4e00-\u9fff](?<![十百千万亿])[{CN_DIGIT}十]+[\u4e00-\u9fff]|\d+\+\d+"
                       rf"|(?:[{CN_DIGIT}十]+|\d+)年(?:行动|攻坚行动|行动计划|计划|规划|攻坚战)|[{CN_DIGIT}十]+项规定")
LIST_MARKER_RE = re.compile(rf"(?:^|(?<=[\n。；;：:]))\s*(?:[{CN_DIGIT}十]+是|[{CN_DIGIT}十]+、|[（(][{CN_DIGIT}十\d]+[）)]|\d+[、.．](?!\d)"
                            # an item opening with a date: 2、8月23日，…, 1、2024年4月10日现场检查笔录
                            rf"|\d+、(?=(?:{YEAR}年)?{MONTH}月{DAY}日))")
ORDINAL_ITEM_RE = re.compile(rf"第[ \t]?(?:{ARABIC}|[{CN_DIGIT}十百]+)(?=[ \t]?[场次届批轮期个条款项章节号季部集讲回代组])"
                             # an article of a law cited after its title or before its clause: 》四十八条, 一百零八条第五项
                             rf"|(?<=》)[{CN_DIGIT}十百零]+条|[{CN_DIGIT}十百零]+条(?=第)")
METRIC_NAME_RE = re.compile(r"(?:最大|滑动平均)\d+小时|第\d+百分位|\d+小时平均"
                            # measurement specs after a pollutant: 臭氧8小时(90%), 一氧化碳(95%), O3-8h
                            r"|(?<=臭氧)\d+小时|(?<=O3)[-_]?\d+(?:小时|h)|\d+小时(?=臭氧|滑动|平均浓度)"
                            rf"|{_BEHIND(['臭氧', '一氧化碳', '小时', 'O3', 'CO'])}[（(]\d{{2}}(?:th|%|％)[)）]"
                            # times of day: 6点至22点, 22时至次日6时, 白天6点
                            r"|\d{1,2}(?:点|时)(?:\d{1,2}分)?(?=\s?[至到\-—~～]\s?(?:次日|翌日)?\d{1,2}(?:点|时))"
                            r"|(?<=[至到\-—~～])(?:次日|翌日)?\d{1,2}(?:点|时)(?:\d{1,2}分)?"
                            rf"|{_BEHIND(['白天', '夜间', '晚上', '早上', '上午', '下午', '凌晨', '中午', '每天', '每日', '傍晚'])}"
                            r"\d{1,2}(?:点|时)")
#: numerals that name rather than count: a party congress (党的二十大), 二次污染 (secondary), a project phase (二期工程)
NAMED_NUMERAL_RE = re.compile(r"(?<=党的)[一二三四五六七八九十]+大|(?:十[五六七八九]|二十)大(?=以来|精神|报告|胜利|召开|提出|作出|和|、|，|,)"
                              r"|[一二三四五六七八九十]+届[一二三四五六七八九十]+中全会|四套班子|四大班子|(?<!第)[一二两三四五]套(?=班子)"
                              r"|[一二三四五六七八九十]+次(?=党代会|党代表大会|代表大会)"
                              # a campaign's name (长江大保护十大标志性战役): its numeral names the set of battles
                              r"|[一二三四五六七八九十]+大(?=标志性|標誌性|標志性|战略性举措|戰略性舉措)"
                              # a term's number before the body it numbers (十五届|人大, 十三届|全国人大)
                              r"|[一二三四五六七八九十]+[届屆](?=(?:全国|全國|省|市|县|縣|区|區)?(?:人大|政协|政協|党代会|黨代會|委员会|委員會))"
                              r"|(?<=西北|东北|西南|华北|华东|华南|华中)[一二三四五六七八九十]+省(?:区|市|份)?"
                              r"|二次(?=污染|扬尘|供水|开发|利用|创业)|\d+周年(?=纪念|紀念|大会|大會|庆典|慶典|华诞|華誕)"
                              r"|(?<=扩建|改建|新建|建设|工程|项目)[一二三四五六七八九]期|[一二三四五六七八九]期(?=工程|项目|扩建|改造|建设)"
                              # a team's number inside its name (督察五组, 检查二组, 第三巡察组 is an ordinal already)
                              r"|(?<=督察|督查|检查|调研|巡查|核查|指导|帮扶|执法|工作|专项)[一二三四五六七八九十]+组"
                              # a villagers' group in an address (某村|十二组、十三组, 某村3组): a place, no count
                              r"|(?:(?<=[^\d一二两三四五六七八九十个]村)|(?<=组、))(?:[一二三四五六七八九十]+|\d{1,2})组")
#: (a pair of long numbers followed by a unit is a range, not a code: 288-323天, 100-600元)
IDENTIFIER_RE = re.compile(rf"\d{{3,}}[-－]\d{{3,}}(?:[-－]\d+)*(?![\d.])(?![ ]?[万亿千百]?(?:{UNIT}))|\d{{8,}}|(?<![/A-Za-z])[A-Za-z]+\d+[A-Za-z\d]*")
#: a session of a congress or a government named by its number (党的二十届三中全会, 县十七届人大常委会, 六届市政府) and a
#: project's phase (污水处理厂二期, 某某三期工程, 上一期): ordinals in names, no counts; sessions held are counted after
#: the verb that holds them (举办三届, 开展了四届, 连续五届)
SESSION_OR_PHASE_RE = re.compile(r"(?<![办展续了第])[一二三四五六七八九十]{1,3}届"
                                 r"|(?<=[\u4e00-\u9fff])(?<![第了办共计约近])[一二三四五]{1,2}期(?![培班训])")
#: a day written with a two-digit year (a page's link list: 头条 21-12-27, 22/01/13): a date the page prints, no count
SHORT_YEAR_DAY_RE = re.compile(r"(?<![\d.\-/])\d{2}([-/])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?![\d.%/\-])")
#: a lone 一 with a measure word is indefinite (一起案, 一批, 下一步), not a count
#: 唯一 + 一个 (the only one) is no count of two ones
#: a baseline named by its years (三年均值, 近五年平均): the period's name, no count
BASELINE_YEARS_RE = re.compile(r"(?:近|前)?[一二三四五六七八九十\d]{1,2}年(?=均值|平均值|平均水平|滑动平均)")
ONLY_ONE_RE = re.compile(r"(?<=唯)一(?=一[个家项件处座条次])")
INDEFINITE_ONE = re.compile(r"^一(?![倍半成])[^\d一二两三四五六七八九十百千万亿.%]+$")
#: a span of time after 为期/历时/用了 is a duration even when it is one (为期一个月, 治理用了一年)
DURATION_BEFORE = re.compile(r"(?:为期|為期|历时|歷時|用了|耗时|耗時|长达|長達|仅用|僅用|用时|用時|花了|持续|持續)$")
#: a web address (http://…, www.…): numbers and dates inside it are part of the address
URL_RE = re.compile(r"(?:https?://|www\.)[!-~]+")
#: quoted text that is a real quantity (“245天”) rather than a name
QUOTED_QUANTITY = re.compile(r"^(?:约|近|超)?\d")


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    label: str  # DATE or QUANTITY
    kind: str = ""  # number | rank | index | date

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


def _blocked_regions(text: str) -> list[tuple[int, int]]:
    regions = [m.span() for m in TITLE_RE.finditer(text)]
    for m in SHORT_QUOTE_RE.finditer(text):
        inner = m.group(1)
        # short quoted names and slogans carry numbers that are not quantities
        if not (QUOTED_QUANTITY.match(inner) and re.search(rf"(?:{UNIT})(?:以上|左右)?$", inner)) or SLOGAN_RE.search(inner):
            regions.append(m.span(1))
    regions += [m.span() for m in SLOGAN_RE.finditer(text)]
    regions += [m.span() for m in LIST_MARKER_RE.finditer(text)]
    regions += [m.span() for m in ORDINAL_ITEM_RE.finditer(text)]
    regions += [m.span() for m in METRIC_NAME_RE.finditer(text)]
    regions += [m.span() for m in IDENTIFIER_RE.finditer(text)]
    regions += [m.span() for m in SHORT_YEAR_DAY_RE.finditer(text)]
    regions += [m.span() for m in SESSION_OR_PHASE_RE.finditer(text)]
    regions += [m.span() for m in NAMED_NUMERAL_RE.finditer(text)]
    regions += [m.span() for m in ONLY_ONE_RE.finditer(text)]
    regions += [m.span() for m in BASELINE_YEARS_RE.finditer(text)]
    regions += [m.span() for m in URL_RE.finditer(text)]
    return regions


def _overlaps(span: tuple[int, int], regions: list[tuple[int, int]] | "_Regions") -> bool:
    s, e = span
    if isinstance(regions, _Regions):
        return regions.overlaps(s, e)
    return any(s < re_ and rs < e for rs, re_ in regions)


class _Regions:
    """Character regions with an O(length of the query) overlap test (a scan of every region per
    candidate made the grammar quadratic in the document's length)."""

    def __init__(self, regions: list[tuple[int, int]], length: int):
        self.mask = bytearray(length + 1)
        self.points = sorted(rs for rs, re_ in regions if re_ == rs)  # empty regions: overlap when strictly inside
        for rs, re_ in regions:
            if re_ > rs:
                self.mask[rs:re_] = b"\x01" * (re_ - rs)

    def overlaps(self, s: int, e: int) -> bool:
        if s < e and self.mask.find(1, s, e) != -1:
            return True
        i = bisect_right(self.points, s)
        return i < len(self.points) and self.points[i] < e


def find_dates(text: str, blocked: list[tuple[int, int]] | None = None) -> list[Match]:
    blocked = _blocked_regions(text) if blocked is None else blocked
    # a web address is no prose: a date path inside it (/html/2025-05/14/) is not a date
    titles = _Regions([m.span() for m in TITLE_RE.finditer(text)] + [m.span() for m in URL_RE.finditer(text)], len(text))
    out = []
    for m in DATE_RE.finditer(text):
        s, e = m.span()
        surface = m.group()
        if not surface.strip() or _overlaps((s, e), titles):
            continue
        if (surface[-1].isdigit() and text[e : e + 1].isdecimal()) or (surface[0].isdigit() and s > 0 and text[s - 1].isdecimal()):
            # (isdecimal: a circled item number before a date, ①2019年3月12日, is no digit of its year)
            continue
        # a bare relative word glued into another word (如 今年度 ok; 去年度 ok) is fine; guard 年底 in 每年底
        if surface in ("年底", "年初", "年末") and s > 0 and text[s - 1] in "每逐":
            continue
        if re.fullmatch(r"\d{1,2}月", surface) and s > 0 and text[s - 1] in "个每":
            continue
        if surface[0].isdigit() and s > 0 and text[s - 1].isascii() and text[s - 1].isalpha():
            continue  # NO2|月均浓度, PM10|月均: the digits end a pollutant's formula
        while e > s and text[e - 1] in " \t":
            e -= 1
        out.append(Match(s, e, "DATE", "date"))
    taken = _Regions([(m.start, m.end) for m in out], len(text))
    out.extend(m for m in _bare_years(text) if not _overlaps((m.start, m.end), titles) and not _overlaps((m.start, m.end), taken))
    return _join_ranges(text, sorted(out, key=lambda m: m.start))


#: a year written without 年 where a heading, a slogan or a lead puts it (2025六五环境日, 通报2023全省…,
#: 走过2018⏎, 2019，我们…): four digits of a plausible year, nothing numeric around them
BARE_YEAR = re.compile(r"(?<![\d.\-/A-Za-z〔\[【（(第#＃])(?:19[5-9]\d|20[0-4]\d)(?=[·•,，\n]|[\u4e00-\u9fff])")
#: what after four digits makes them a count, an address or a code, not a year
NOT_BARE_YEAR_AFTER = re.compile(r"[年月日号室楼路街届期批次余多万亿千百点]")


def _bare_years(text: str) -> list[Match]:
    """Years written without 年 (see BARE_YEAR); never four digits a unit or a counter follows (2000人, 2019家)."""
    out = []
    for m in BARE_YEAR.finditer(text):
        s, e = m.span()
        if NOT_BARE_YEAR_AFTER.match(text, e):
            continue
        q = QUANTITY_RE.match(text, s)
        if q and q.end() > e:
            continue
        out.append(Match(s, e, "DATE", "date"))
    return out


#: what may stand between the two ends of one date range (今年5月至9月, 去年11月至今年3月) or between
#: two parts of one date written without a joint (二〇二三年 + 十二月五日)
_RANGE_JOINT = re.compile(rf"\s?{RANGE_SEP}\s?|")


def _join_ranges(text: str, dates: list[Match]) -> list[Match]:
    """Two dates joined by a range word, or written back to back, are one DATE (a range is one span).

    The date patterns cover the usual shapes of a range; this joins the rest whatever their ends look
    like, so a range with a relative year or a period at either end is never cut in two.
    """
    joined: list[Match] = []
    for m in dates:
        prev = joined[-1] if joined else None
        if prev is not None and prev.end <= m.start and _RANGE_JOINT.fullmatch(text[prev.end : m.start]):
            joined[-1] = Match(prev.start, m.end, "DATE", "date")
        else:
            joined.append(m)
    return joined


#: a term's and a session's number before a meeting's name (五届69次常务会议, 十八届3次全会)
MEETING_ORDINAL = re.compile(r"[\d一二三四五六七八九十百]+[届次](?:[\d一二三四五六七八九十百]+次)?"
                             r"(?:党委|党组|政府)?(?:常务|全体|主任|专题|扩大)?(?:[(（]扩大[)）])?(?:会议|会|常委会|全会)")
#: what stands before such a number: the body whose meeting it is (政府, 常委会, 党组) or the term (届)
MEETING_ORDINAL_AFTER = "府委组会届协大"


def find_quantities(text: str, dates: list[Match] | None = None) -> list[Match]:
    blocked = _blocked_regions(text)
    dates = find_dates(text, blocked) if dates is None else dates
    date_spans = _Regions([d.span for d in dates], len(text))
    blocked = _Regions(blocked, len(text))
    out: list[Match] = []

    def add(s: int, e: int, kind: str) -> None:
        surface = text[s:e]
        if not surface or _overlaps((s, e), date_spans):
            return
        if _overlaps((s, e), blocked):
            return
        if MEETING_ORDINAL.match(text, s) and (s > 0 and text[s - 1] in MEETING_ORDINAL_AFTER):
            return  # 县政府|五届|69次|常务会议: the meeting's number in its name, no count (召开12次会议 is one)
        if CHEM_BEFORE.search(text[max(0, s - 1) : s]) and surface[0].isdigit():
            return
        if surface.startswith(("超", "逾")) and s > 0 and text[s - 1] == "不":
            s += 2 if surface.startswith("超过") else 1  # 不超过6天: a bound, the number alone is the quantity
            surface = text[s:e]
        if s > 0 and (text[s - 1].isdecimal() or (text[s - 1] == "." and s > 1 and text[s - 2].isdecimal())) \
                and not (not surface[0].isdigit() and FORMULA_BEFORE.search(text, max(0, s - 8), s)):
            return  # the tail of a longer number; a count in Han numerals after a formula opens anew (O3|六项)
        if INDEFINITE_ONE.match(surface) and not (kind == "duration" or DURATION_BEFORE.search(text[max(0, s - 3):s])):
            return
        if s > 0 and text[s - 1] in "+-＋－" and surface[:1].isdigit() and (s < 2 or not re.match(r"[\d.%％]", text[s - 2])):
            s -= 1  # a signed change (变化+4.2%, a table's -6.5%): the sign is part of it, unlike a range's dash (88.8%-95.6%)
        out.append(Match(s, e, "QUANTITY", kind))

    for m in QUANTITY_RE.finditer(text):
        s, e = m.span()
        surface = m.group()
        # a bare Chinese numeral followed by a Han "unit" that is really a word (一体, 三线)
        if re.fullmatch(rf"[{CN_DIGIT}十百千]+[市县区省国地村镇乡]", surface) and surface[0] in "一":
            continue
        if re.fullmatch(rf"{YEAR}年", surface):
            continue  # a year, handled as DATE
        if s > 0 and text[s - 1] == "第" and surface[0] in CN_DIGIT + "十":
            continue  # an ordinal naming an item (省第二大气污染…督察组, 第三批): no count, and ranks are RANK_RE's
        add(s, e, "number")
    last_rank_end = -1
    for m in RANK_RE.finditer(text):
        s, e = m.span()
        surface = m.group()
        if surface.startswith(("第", "倒数", "首", "榜")) and (not surface.endswith(("位", "名")) or surface == "首位"):
            before = text[max(0, s - 10) : s]
            in_list = last_rank_end >= 0 and 0 <= s - last_rank_end <= 14 and not re.search(r"[。；;\n]", text[last_rank_end:s])
            ranged = re.match(r"\s?[至到、和及与\-—~～]\s?(?:倒数)?第", text[e:e + 5])
            wide = text[max(0, s - 20): s]
            first_place = surface in ("首位", "榜首") and (re.search(r"(居|列|排|位列|位居|名列|排名|排在|蝉联|蟬聯|登上|问鼎)[^，。,；\n]*$", wide)
                                                 or re.search(r"[省市区县国旗州盟]$", before))
            # the head of a ranking list: A市第二，B市第三 (a place, its rank, and another rank close behind)
            list_head = (re.search(r"[省市县区州盟旗縣區]$", before) is not None
                         and (re.match(rf"[^。；;\n]{{1,12}}?第{RANK_NUM}", text[e:e + 14]) is not None
                              or re.match(r"[,，、;；]\s*[\u4e00-\u9fff]{1,6}[省市县区州盟旗縣區]", text[e:e + 9]) is not None))
            # a rank among a set of peers: 西北五省区第一, 全国168个城市第25
            among_peers = re.search(r"(?:省区|省份|城市|地市|县区|区县|盟市|州市|市州)$", before) is not None
            if not (before.endswith(("全省", "全市", "全国", "全区", "全县")) or RANK_CONTEXT.search(before) or among_peers
                    or in_list or list_head or (ranged and surface.startswith("倒数")) or first_place):
                continue
        add(s, e, "rank")
        last_rank_end = e
    for m in INDEX_RE.finditer(text):
        add(m.start(1), m.end(1), "index")
    for m in PLACE_INDEX_RE.finditer(text):
        add(m.start(1), m.end(1), "index")
    for m in LISTED_PLACE_VALUE_RE.finditer(text):
        add(m.start(1), m.end(1), "index")
    for m in RANGE_INDEX_RE.finditer(text):
        add(m.start(1), m.end(1), "index")
        add(m.start(2), m.end(2), "index")
    for m in BARE_INDEX_RE.finditer(text):
        cue = text.rfind("指数", max(0, m.start() - 80), m.start())
        if cue != -1 and not SENTENCE_STOP.search(text, cue, m.start()):
            add(m.start(1), m.end(1), "index")  # 指数…依次为A县4.06、B县4.19; 指数从2016年的3.10下降到…的2.60
    for rx in (UNIT_FIRST_RE, LEVELS_RE, SIZE_CLASS_RE):
        for m in rx.finditer(text):
            add(m.start(), m.end(), "number")
    # keep the longest, non-overlapping
    out.sort(key=lambda q: (q.start, -(q.end - q.start)))
    flat: list[Match] = []
    for q in out:
        if flat and q.start < flat[-1].end:
            continue
        flat.append(q)
    return flat


def find_all(text: str) -> list[Match]:
    """DATE and QUANTITY spans of ``text``, flat and sorted."""
    blocked = _blocked_regions(text)
    dates = find_dates(text, blocked)
    return sorted(dates + find_quantities(text, dates), key=lambda m: m.start)
