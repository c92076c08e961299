"""Named natural places (LOC): a gazetteer of major features and a suffix grammar for their extents.

The statistical NER finds most rivers and lakes, but on real pages its
boundaries drift: it runs on into what follows (``京津冀周边省份``,
``大运河国家文化公园``), swallows a verb or a modifier before the name
(``建设长江``, ``主城莫愁湖``), starts in the middle of a name the segmenter
cut badly (``额|吉淖尔盐湖``), stops before a section (``湘江`` of
``湘江株洲段``), and tags generic words (``内河``, ``湖泊水库``).  This
module decides a LOC's extent from the shape of Chinese feature names, which
is the same everywhere:

    name  =  [place or proper name] + feature word      (洞庭湖, 运城盐湖, 丹江口水库)
    LOC   =  name + [section or extension]              (黄河郑州段, 太湖流域, 贺兰山东麓)

A name listed in ``configs/gazetteers/natural.txt`` is a LOC wherever it
stands as a word; other names are trusted only when the model proposed them.
Everything works on character offsets of the normalised text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..paths import resolve_data_path as resolve_project_path

HAN = "\u3400-\u4dbf\u4e00-\u9fff"  # with extension A: rare characters of place names (㵲水)

#: words that end the name of a natural feature (longest first when matched)
FEATURE_WORDS = tuple(sorted((
    "河", "江", "湖", "淀", "海", "湾", "溪", "水", "渠", "沟", "泉", "潭", "泊", "洼", "港", "峡", "岛", "山", "岭", "峰",
    # a valley of the Qinling's north slope, a creek of the Yangtze delta and of the Pearl River's (某峪, 某浜, 某涌)
    "峪", "浜", "涌",
    "水库", "盐湖", "运河", "水系", "河网", "水道", "干渠", "湿地", "平原", "高原", "草原", "盆地", "沙漠", "沙地", "半岛",
    "峡谷", "三角洲", "小流域", "湿地公园", "森林公园", "地质公园", "国家公园", "自然保护区", "保护区", "流域", "地区", "区域",
), key=len, reverse=True))
#: how a named part of a feature opens: a direction or a position in it (九龙江|北溪, 某湖|外海), or a river's
#: source (某江|源地区)
PART_OPENING = set("东西南北中上下内外前后源")
#: feature words of one mountain, river or lake: such a name after a region is a feature in it, not part of it
SINGLE_FEATURES = ("山", "岭", "峰", "河", "江", "溪", "湖", "水库")
#: the water features a section (X段) or a tributary (干流, 支流) can follow
WATER_END = ("河", "江", "溪", "水", "渠", "运河", "水道")
#: what may follow a name inside the same LOC (太湖流域, 黄河郑州段, 贺兰山东麓, 新安江源头保护区)
LEGAL_TAILS = tuple(sorted((
    "流域", "小流域", "源头保护区", "源头区", "生态保护区", "水利风景区", "国家水利风景区", "省级水利风景区", "水源保护区", "湿地", "湿地公园", "国家湿地公园", "自然保护区", "国家级自然保护区",
    "湿地保护区", "湿地自然保护区", "国家级湿地保护区", "国家自然保护区", "省级自然保护区", "库区",
    "国家公园", "风景名胜区", "水系", "河网", "地区", "东麓", "西麓", "南麓", "北麓", "三角洲", "水库",
    "生态公园", "公园", "风景区", "景区", "保护区", "森林公园", "国家森林公园", "国家级森林公园", "省级森林公园",
    "地质公园", "国家地质公园", "国家级风景名胜区",
), key=len, reverse=True))
#: one-character prepositions a run may open with before a listed feature's name (以|某山国家公园, 对|某湖自然保护区)
FUNCTION_BEFORE_NAME = set("以在对从向于把将被让与和及")
#: lakes named with a sea or a pond word that pages also write with 湖 after it (岱海湖, 草海湖)
LAKE_ALSO_WRITTEN = ("海", "淀", "泊", "池")
#: what after such a name's 湖 makes 湖 the first word of a part of the lake (某海|湖心, 湖区, 湖岸)
LAKE_PART_AFTER = set("心区面岸滨畔体底周")
#: what 河 opens after a river's name as a word for its side or course (某水|河畔, 某水|河道): not the river written with 河
WATERSIDE = set("畔岸边道堤滩段沿口")
#: words for a place's surroundings, which begin with a lake part's character but name no part (某海湖|周边)
SURROUNDINGS = ("周边", "周围")
#: feature words that name a natural place whatever stands before them
STRONG_FEATURE = re.compile(r"(?:国家级|省级|国家)?(?:自然保护区|国家公园|湿地公园|森林公园|地质公园)|水库|盐湖"
                            # a reserve written short after its name (某某保护区 for 某某国家级自然保护区)
                            r"|保护区"
                            # parks and scenic areas are named places too (某某公园, 某某景区: GUIDELINES, LOC)
                            r"|生态公园|公园|风景名胜区|风景区|景区"
                            # drains and canals named by their place or number (某某干沟, 第二排水沟, 某某干渠)
                            # (a wetland is not: 滩涂湿地, 潜流湿地, 美丽湿地 describe as often as they name)
                            r"|排水沟|排洪沟|干沟|支沟|干渠|支渠")
#: words that make 保护区 a kind of zone, not a reserve named short (水源|保护区, 一级|保护区, 生态|保护区)
RESERVE_KINDS = ("生态", "水源", "水源地", "一级", "二级", "三级", "准", "核心", "缓冲", "实验", "重点", "湿地", "自然",
                 "海洋", "饮用水", "地下水", "动物", "植物", "鸟类", "鱼类", "文物", "特别", "永久", "农田", "环境",
                 "景观", "风貌", "资源", "源头", "各类", "各级", "省级", "市级", "县级", "国家级", "该", "这个", "整个",
                 "生物圈", "矿泉水", "种质",
                 # a verb taking the reserves at large as its object (抓好|保护区的能力建设, 加强|保护区管护)
                 "抓好", "管好", "建好", "守好", "做好", "加强", "推进", "完善", "全区", "全县", "全市", "全省",
                 # a demonstrative or a verb's result before it (这些|保护区, 处理好|保护区, 摸清|保护区)
                 "些", "好", "清", "其", "本")
#: feature words a model span may have stopped short of (not 水, 山, 海: 长江|水质); a park or reserve named after the
#: place before it is one LOC with it, its level word included (某山|国家森林公园, 某山|风景名胜区: GUIDELINES, LOC)
RIGHT_FEATURE = re.compile(r"(?:国家级|省级|国家)?(?:湿地公园|国家公园|森林公园|地质公园|自然保护区|风景名胜区)"
                           r"|河网|水系|水库|盐湖|湿地|渠")
#: feature words after which 区 names the feature's area
AREA_BEFORE = ("高原", "平原", "盆地", "山", "湖", "水库")
#: a reserve named after the feature, with its source or what it keeps between (某江|源自然保护区, 某河|特有鱼类国家级
#: 水产种质资源保护区): the feature with its reserve is one LOC, the longest reading of the annotation notes.  Only
#: those words may stand between, never a verb (某湖|获批国家级湿地公园: the lake alone)
NAMED_RESERVE = re.compile(rf"(源头?|[{HAN}]{{0,4}}(?:鱼类|鸟类|动物|植物|物种))?(?:国家级|省级|国家)?"
                           r"(?:自然保护区|水产种质资源保护区|水产资源保护区)")
#: a park designation written right after a feature's name (某湖|国家城市湿地公园, 某某湿地|公园)
PARK_AFTER = re.compile(r"(?:源头?)?(?:国家级|省级|国家|国际)?(?:城市)?(?:湿地公园|森林公园|地质公园|国家公园|草原自然公园|"
                        r"自然公园|沙漠公园|重要湿地)|(?<=湿地)公园"
                        # the area a river feeds or keeps (某河|水源补给区, 某山|水源涵养区): one LOC with the feature
                        r"|水源补给区|水源涵养区")
#: what follows an extension when the whole is an organisation's name (草海国家级自然保护区|管理委员会)
ORG_AFTER = ("管理", "管委", "委员会", "管理局", "局", "处", "站", "中心", "办")
#: a section of a river: up to 8 characters of place + 段.  A stretch written with 干流, 支流 or
#: 上游/下游 between river and place is no one name: the river is the LOC and the place a GPE of its
#: own (GUIDELINES: 长江|干流|万州|段, 倭肯河|上游段)
SECTION = re.compile(rf"([{HAN}]{{2,8}}?)段")
#: parts of a town a river runs through, which name no place (城区, 县城, 机场): never a section's place
TOWN_PARTS = "城区|城區|县城|縣城|市区|市區|机场|機場|城镇|城鎮"
#: characters that never stand inside a section's place name (a clause, a list, a count)
NOT_IN_SECTION = re.compile(r"[的和与及等、，。；各个为是在了阶标时]|以上|以下|部分|全部|重点|河段|地段|区段|路段|流域|发展|工程"
                            # the part of a town a river runs through names no place (某河|城区段, 县城段)
                            r"|" + TOWN_PARTS + r"|主城|境内|境內|辖区|轄區"
                            r"|^(?:干流|支流|上游|下游|中游)")
#: a river's stretch through a part of a town, named by no place (某河城区段, 县城段, 机场段): the river alone
TOWN_STRETCH = re.compile(r"(?<=[河江溪水渠湖])(?:" + TOWN_PARTS + r"|主城区?|城关|城關)段")
#: the part of a lake, a mountain range or a river that lies in one place, named by that place:
#: 某湖|某市湖区, 某湖|某市水域, 某山|某省段 (a river's 段 is SECTION's): the place must be a division
PLACE_PART = re.compile(rf"([{HAN}]{{2,6}}?)(湖区|水域|段)")
#: features whose part in one place can be named so (lakes, marshes, seas, mountains; rivers for 水域)
PART_FEATURES = ("湖", "淀", "泊", "海", "山", "岭") + WATER_END
#: words that point at water or land in general, never a name
GENERIC = frozenset((
    "河流", "河道", "河湖", "江河", "湖泊", "湖库", "水库", "内河", "外河", "小河", "大河", "干流", "支流", "河段", "湖区", "库区",
    "山区", "山林", "山水", "青山", "绿水", "群山", "高山", "深山", "名山", "海域", "海洋", "近海", "沿海", "沿江", "沿河", "沿湖",
    "滨河", "滨江", "滨湖", "滨海", "环湖", "湿地", "水系", "河网", "水域", "水体", "地区", "区域", "流域", "本地区", "该地区",
    "湖泊水库", "河流湖泊", "江河湖泊", "江河湖库", "河湖库", "山水林田湖草沙", "山水林田湖草", "城市内河", "黑臭水体",
    "平原", "高原", "草原", "盆地", "沙漠", "沙地", "半岛", "海湾", "港湾", "河口", "入海口", "饮用水", "地表水", "地下水",
    # the use of sea areas (用海规划, 围垦用海项目): a term of sea management, no sea
    "用海",
    # kinds of water and land at large (a small watershed, islands, the blue sea)
    "小流域", "江河流域", "海岛", "碧海",
    # the slogan's green waters and mountains (绿水青山就是金山银山), never a place
    "绿水青山", "金山银山", "冰天雪地", "内陆河", "城镇内河",
    # ditches and ponds at large (无防渗措施的沟渠、坑塘)
    "沟渠", "坑塘", "沟塘", "河沟",
))
#: words that make a phrase a description, not a name (主要湖泊水库, 小型水库, 饮用水水源地)
GENERIC_PART = re.compile(r"湖泊|其他|其它|主要|重点|大中型|中型|小型|大型|骨干|各类|饮用水|水源地|全部|所有|部分|城市内"
                          r"|主题|口袋|社区|街心|游园|城市|旅游|[A-Z]级|[A-Z]{2,}|核心|周边|沿线|辖区|区内|类型"
                          r"|阶段|当前|目前|今年|近年"
                          # a measure or a designation, no name: 人均公园绿地面积, 宁静公园 (a quiet-area title
                          # like 宁静小区), 市民休闲公园
                          r"|人均|宁静|休闲"
                          # a mine is no mountain (非煤矿山, 废弃矿山, 磷矿山: the kind of mine, never a name)
                          r"|矿山")
#: a count before the feature word describes, never names (一面花海, 一片湖, 两条河, 几座山); a name may
#: open with a numeral (千岛湖, 五大连池, 十三陵水库) but not with a numeral and a measure word
COUNTED = re.compile(r"^[一二两三四五六七八九十几数多][面片个条座处块汪]")
#: words that stand before a name without being part of it (主城莫愁湖, 建设长江, 地处长江)
LEADING = tuple(sorted((
    "主城区", "中心城区", "主城", "城区", "市区", "辖区", "境内", "全市", "全省", "全县", "全区", "我市", "我省", "我县", "我区",
    "本市", "该市", "建设", "保护", "治理", "修复", "整治", "打造", "推进", "开展", "加强", "实施", "守护", "位于", "地处", "流经",
    "流入", "注入", "汇入", "进入", "途经", "穿越", "沿着", "围绕", "聚焦", "对", "在", "于", "从", "向", "和", "与", "及", "把",
    "将", "经", "沿", "跨", "临", "濒", "居", "到", "至", "入", "为", "是", "让", "使", "有", "就",
    "他", "她", "我们", "带头", "深入", "查看", "察看", "巡查", "仔细", "并",
    "资料图为航拍", "资料图为", "航拍", "俯瞰", "鸟瞰", "远眺", "图为",
    # verbs of work done on water and land, which take a feature as their object (强化|水库管控, 举行|某某水库
    # 启动仪式, 清理|水库核心区, 改善|某某水库水质): the sentence's words, never the first part of a name
    "强化", "加快", "清理", "清淤", "疏浚", "改善", "提升", "启动", "举行", "直排", "排入", "偷排", "流向", "监测",
    "管护", "保障", "确保", "落实", "推动", "完成", "来到", "前往", "走进", "走访", "踏访", "督查", "督导", "督察", "视察", "检查", "考察",
    "调研", "巡河", "巡湖", "守好", "管好", "护好", "筑牢", "恢复", "污染", "破坏", "占用", "围垦", "新建", "扩建",
    # directions from a city (城北|某山) and roads (某某路|某河) before a feature are where it is, not its name
    "城北", "城南", "城东", "城西",
    # verbs that give a place a designation (成为|国家湿地公园, 被评为|某某): the designation is no name
    "成为", "作为", "列为", "评为", "建成", "获批",
    # a channel that leads to a river, and a cause (河道通向|某河, 因|某河整治): the clause's words
    "河道", "沟渠", "通向", "通往", "因", "由于",
    "保护好", "守护好", "管理好", "建设好", "治理好", "利用好",
    # verbs of making use of or improving a site (发挥|某某公园…作用, 优化|自然保护区布局) and the possessive
    "发挥", "優化", "优化", "利用", "依托", "的",
    # verbs of developing a site or bringing it about (实现|景区可持续发展, 创建|某某景区, 美化|公园环境)
    "实现", "创建", "争创", "申报", "规划", "开发", "美化", "绿化", "亮化", "参观", "游览",
    # words that open a list of names (具体为|甲峪、乙峪, 分别为|…)
    "具体为", "分别为", "分别是", "主要为", "主要有", "依次为",
    # a tributary's order and another name written before the name (二级支流|某某河, 别名|某某河)
    "一级支流", "二级支流", "三级支流", "支流", "别名", "又名", "俗称", "古称",
    # a clause's modal and manner words and its verbs of setting up or seeking (要|建立|保护区防控预案, 积极|争取|公园
    # 总体规划, 充分肯定|自然保护区建设): the sentence's words before a kind of site
    "要", "积极", "積極", "建立", "争取", "爭取", "探索", "充分肯定", "肯定",
), key=len, reverse=True))
#: what may follow a known name and make it something else (长江路, 黄河大桥, 西湖区, 太湖新城)
NOT_AFTER = tuple(sorted((
    "路", "街", "巷", "道", "大道", "大街", "桥", "大桥", "新区", "新城", "区", "县", "市", "镇", "乡", "村", "宾馆", "饭店", "酒店", "流",
    "公司", "集团", "小区", "花园", "广场", "中学", "小学", "大学", "学院", "医院", "号", "站", "厂", "局", "委", "办", "杯",
    "北路", "南路", "东路", "西路", "中路",
), key=len, reverse=True))
#: what follows a name when the whole is a road or a bridge named after it (湘江|北路, 汾河|大桥)
ROAD_AFTER = ("路", "街", "巷", "大道", "大街", "北路", "南路", "东路", "西路", "中路", "桥", "大桥")
#: monitoring levels written before a section's name (国控, 省控): never part of a river's name
MONITORING_LEVELS = ("国控", "省控", "市控", "县控", "区控")
#: a chief's post of waters or forests inside a run (某某|河长|全天候…): no natural place's name holds one
CHIEF_POST_INSIDE = re.compile(r"[河湖林](?:[(（]湖[)）])?长(?![江城沙白寿乐安兴])")
#: single characters that make a two-character "name" a verb phrase (守|河, 经|河, 护|河)
VERB_BEFORE_FEATURE = set("守护治巡管清经沿跨入出临至到在于对从向和与及把将为是")
#: single characters that may stand right before a name in running text (居关中, 在太湖, 入长江)
BEFORE_NAME = set("了有处在于对向从与和及或、，,。；;：:“”\"'（）() \n\t居至到入经沿跨临濒为是让把将被由自往赴涉")
#: "our province" words a name may follow directly (我省长江岸线: the segmenter reads 省长)
OWN_PLACE = frozenset(a + b for a in "我全本该" for b in "省市县区州旗")
#: the suffix of a division written in full (哈尔滨市, 同心县): such a place is never the start of a feature's name
FULL_DIVISION_END = ("省", "市", "县", "区", "旗", "盟", "镇", "乡", "自治州")
#: characters that make 河 after a place the start of a common word (河道, 河湖, 河流, 河长, 河段)
RIVER_WORD_AFTER = set("道湖流长段网库岸畔口堤滩沿南北东西")
#: collective words an apposition of names follows (四条主要河流|母猪河、乳山河)
COLLECTIVE = frozenset(("河流", "湖泊", "水库", "河道", "水系"))
#: feature words that end a water body's name in running text (not 水, 海, 港: 饮用水, 沿海, 港口)
WATER_NAME_END = ("河", "江", "溪", "湖", "渠", "水库", "淖", "泊", "荡")
#: what a sentence says right after a water body's name: its quality, sections, banks, stretches, bridge
WATER_EVIDENCE = re.compile(r"水质|水环境|断面|[\u4e00-\u9fff]{1,5}断面|沿岸|沿线|两岸|干流|支流|[上中下]游|入河口|河口|大桥"
                            r"|水源地|综合治理|全流域|河段|等(?:水域|河流|河湖|河道|湖泊|水体)|入境|出境")
#: a division ending: a name that starts after one (额吉淖尔镇|额吉淖尔盐湖, 长乐区|上洞江)
DIVISION_END = set("镇乡村县市区旗州")


@lru_cache(maxsize=4)
def load_natural_names(path: str) -> frozenset[str]:
    """Names from ``natural.txt`` (whitespace-separated, ``#`` comments)."""
    words: set[str] = set()
    for line in resolve_project_path(path).read_text(encoding="utf-8").splitlines():
        words.update(line.split("#", 1)[0].split())
    return frozenset(w for w in words if len(w) >= 2)



#: words for water in general that end a description, never a name (幸福河湖, 美丽河湖, 城乡水体): a named
#: feature ends in one feature word (某某河, 某某湖), not in a word for rivers and lakes at large
COLLECTIVE_ENDS = ("河湖", "湖库", "河流", "湖泊", "水体", "水域", "河道")
#: the kinds of wetland (river, lake, marsh, constructed, coastal): 沼泽湿地 names a kind, not a place
WETLAND_KINDS = ("河流", "湖泊", "沼泽", "人工", "近海", "海岸", "滨海", "天然", "自然", "城市", "小微",
                 # the kinds of marsh (草本沼泽湿地, 森林沼泽湿地, 藓类沼泽湿地, 沼泽化草甸湿地)
                 "草本沼泽", "灌丛沼泽", "森林沼泽", "藓类沼泽", "沼泽化草甸")


def _described(surface: str) -> bool:
    """A phrase that only describes water or land: a feature word alone (湿地公园), a phrase ending in a
    word for water at large (生态河湖), or a kind of wetland (沼泽湿地).  Names have a proper part."""
    if surface in FEATURE_WORDS or surface.endswith(COLLECTIVE_ENDS):
        return True
    level = re.match(r"国家级|国家|省级|市级|县级", surface)
    if level and surface[level.end():] in FEATURE_WORDS + LEGAL_TAILS:
        return True  # 国家湿地公园, 省级自然保护区: a kind of protected area, no name
    return any(surface == kind + tail for kind in WETLAND_KINDS for tail in ("湿地", "湿地公园"))


#: a road written before a feature (某某路|某河上游): where the feature is seen, never part of its name
ROAD_BEFORE = re.compile(rf"[{HAN}]{{1,4}}?(?:大道|大街|路|街)")


def _skip_leading(text: str, start: int, end: int) -> int:
    """Past the leading words and modifiers that are not part of a place's name (主城|莫愁湖), and a
    road's name before it (先锋路|阿什河), while at least two characters of the name before ``end`` remain."""
    changed = True
    while changed:
        changed = False
        for word in LEADING:
            if text.startswith(word, start) and end - start - len(word) >= 2 \
                    and text[start + len(word)] not in "镇乡":  # 城西|镇: the word opens a town's name
                start += len(word)
                changed = True
                break
        road = ROAD_BEFORE.match(text, start, end)
        if not changed and road and end - road.end() >= 3 and text[start:end].endswith(FEATURE_WORDS):
            start = road.end()
            changed = True
    return start


#: a run before a park's or a reserve's word that is a clause, not a name: a modal or an adverb opening it
#: (要以|湿地公园), the verb of applying for or building one ending it (具备申请|国家湿地公园, 争创|湿地公园)
NOT_A_PARK_NAME = re.compile(r"^(?:要|将|需|应|可|能|会|已|正|并|又|也|还|高配)|(?:申请|申报|创建|争创|创成|建成|打造|具备)$")


def _after_inner_verb(text: str, start: int, end: int) -> int:
    """Past the last verb of two or more characters inside an unlisted name (猪粪直排|水库, 全力守护|某湖): the
    feature is that verb's object.  Single characters stay (和平水库, 将军湖 are names)."""
    for k in range(end - 2, start, -1):
        if any(len(w) >= 2 and text.startswith(w, k) and k + len(w) <= end for w in LEADING):
            word = next(w for w in LEADING if len(w) >= 2 and text.startswith(w, k))
            return k + len(word)
    return start

def past_leading_words(text: str, start: int, end: int) -> int:
    """Where a name opens in a run that starts with the sentence's words (加强|某某, 对|某某, 完成|某某港): past
    the leading words and the last inner verb, as for an unlisted feature's name."""
    return _after_inner_verb(text, _skip_leading(text, start, end), end)


class NaturalPlaces:
    """Finds and repairs LOC spans; ``is_division(name)`` says whether a name is an administrative place."""

    def __init__(self, names: frozenset[str], is_division):
        self.names = names
        self.is_division = is_division
        self.max_len = max((len(n) for n in names), default=0)
        self.by_first: dict[str, list[str]] = {}
        for name in sorted(names, key=len, reverse=True):
            self.by_first.setdefault(name[0], []).append(name)

    # -- the known names -------------------------------------------------------------------------
    def known_at(self, text: str, i: int) -> str | None:
        """The longest known name starting at ``i`` that is not the start of something else."""
        for name in self.by_first.get(text[i], ()):
            if text.startswith(name, i) and not self._blocked_after(text, i + len(name)):
                return name
        return None

    def _blocked_after(self, text: str, end: int) -> bool:
        if any(text.startswith(t, end) for t in LEGAL_TAILS) or self._area_end(text, end) > end \
                or text.startswith("区域", end):
            return False  # 珠三角|区域: a region word, not a district
        return any(text.startswith(w, end) for w in NOT_AFTER)

    @staticmethod
    def _names_an_org(text: str, end: int) -> bool:
        """The name opens an organisation's (草海|国家级自然保护区管理委员会, 太湖|管理局): not a LOC here."""
        if text.startswith(ORG_AFTER, end):
            return True
        return any(text.startswith(tail, end) and text.startswith(ORG_AFTER, end + len(tail)) for tail in LEGAL_TAILS)

    def _area_end(self, text: str, end: int) -> int:
        """``区`` after a mountain, plain or lake names its area (大别山区, 洞庭湖区), unless that is a division (西湖区)."""
        if text.startswith("区", end) and not text.startswith(("区域",), end):
            for k in range(2, min(end, self.max_len) + 1):
                if text[end - k:end] in self.names and text[end - k:end].endswith(AREA_BEFORE):
                    return end if self.is_division(text[end - k:end + 1]) else end + 1
        return end

    def _opens_division(self, text: str, i: int, name: str) -> bool:
        """A known name followed by one or two characters that complete a division's name (丹江|口 of
        丹江口): the division is written, not the river; a feature word after the name keeps it
        (丹江口水库 is listed whole)."""
        q = i + len(name)
        return any(self.is_division(text[i:q + j]) for j in (1, 2) if q + j <= len(text)
                   and re.fullmatch(rf"[{HAN}]+", text[q:q + j]) and not text[q:q + j].startswith(FEATURE_WORDS))

    def known_spans(self, text: str, word_starts: set[int]) -> list[tuple[int, int]]:
        """Known names standing as words: at a token start, or after a character that may precede a name.

        A name that is also a division (昆山, 巫山) is the division gazetteer's to decide.
        """
        out = []
        i = 0
        while i < len(text):
            name = self.known_at(text, i)
            if name and self._opens_division(text, i, name):
                name = None  # 丹江|口: the river's name opens a division's name (丹江口)
            if name and not self.is_division(name) and not self._names_an_org(text, i + len(name)) and (i in word_starts or i == 0 or text[i - 1] in BEFORE_NAME or (out and out[-1][1] == i)
                                                         or text[i - 2:i] in OWN_PLACE
                                                         or not re.match(rf"[{HAN}]", text[i - 1])):
                end = self.extend(text, i, i + len(name))
                if out and out[-1][1] == i and not name.endswith(SINGLE_FEATURES):
                    i = out.pop()[0]  # names written together are one region: 陇中陇东|黄土高原区
                    # (a mountain or a river after a region is a feature in it: 滇西南|某某山)
                out.append((i, end))
                i = end
                continue
            i += 1
        return out

    def shaped_spans(self, text: str) -> list[tuple[int, int]]:
        """Unlisted features with an unmistakable feature word (X自然保护区, X湿地公园, X水库, X盐湖).

        The name is the 2-6 characters before the feature word, back to a function word,
        punctuation or a leading verb; a longer run is ambiguous and left to the model.
        """
        out = []
        for m in STRONG_FEATURE.finditer(text):
            p = m.start()
            k = p
            while k > 0 and p - k < 7 and re.match(rf"[{HAN}]", text[k - 1]) and text[k - 1] not in BEFORE_NAME \
                    and text[k - 1] != "的":  # 绿树掩映的|某某公园: a modifier's 的 ends the run
                k -= 1
            # a long run may hold the division the feature lies in (某省某县|某某景区)
            after_division = self._after_division_in_run(text, p)
            if after_division and after_division > k:
                k = after_division
            elif p - k > 6 or (k > 0 and re.match(rf"[{HAN}]", text[k - 1]) and text[k - 1] not in BEFORE_NAME
                               and text[k - 1] != "的"):
                continue
            k = _skip_leading(text, k, p)
            k = self._past_preposition(text, k, p)
            k = self._past_full_division(text, k, m.end())
            k = _after_inner_verb(text, k, p)
            if text[k:p] in LEADING or NOT_A_PARK_NAME.search(text[k:p]):
                continue  # 强化|水库管控: a verb and its object, no name; 要以|湿地公园, 具备申请|国家湿地公园: a clause
            name = text[k:m.end()]
            # a description the feature word completes (饮用|水库: 饮用水 + 库) names nothing either
            if m.group() == "保护区" and (text[k:p].endswith(RESERVE_KINDS) or p - k > 3):
                # 水源保护区, 生态保护区, 一级保护区: a kind of protected zone, no reserve's name; a reserve written
                # short has a short name (某某保护区), a longer run holds the clause's verb (科学制定|保护区)
                continue
            if p - k < 2 or name in GENERIC or self.is_generic(text[k:p]) or GENERIC_PART.search(name) \
                    or self._names_an_org(text, m.end()) \
                    or text.startswith(("管理", "管委"), m.end()):
                continue
            out.append((k, m.end()))
        return out

    def _after_division_in_run(self, text: str, p: int) -> int | None:
        """The start of a feature's name that follows a division's full name in one run of characters
        (临汾市隰县|某某景区): the division ends with its level word and is known; the name keeps two to
        five characters.  ``None`` when no division ends there."""
        for j in range(p - 2, max(0, p - 6), -1):
            if text[j - 1] in FULL_DIVISION_END and any(self.is_division(text[x:j]) for x in range(max(0, j - 6), j - 1)):
                return j
        return None

    def water_in_context(self, text: str, tokens: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Unlisted rivers, lakes and reservoirs named by what the sentence says of them.

        Local water bodies are open-ended (every county has its own 某某河), so neither the gazetteer nor the
        model knows most of them.  The words after a water body's name are the same everywhere, though: its
        water quality, its monitoring sections, its banks, its stretches, its bridge (某河|水质为Ⅱ类,
        某湖|流域综合治理, 某河|大桥断面, 某河|沿线).  A word the segmenter reads whole that ends in a water
        feature word and is followed by such words is a LOC; generic words (内河, 湖泊), divisions named
        like rivers (九江, 清河: the division gazetteer's), and words opened by a verb or a quantifier
        (涉河, 全湖) are not.
        """
        out = []
        for s, e in tokens:
            word = text[s:e]
            if not 2 <= len(word) <= 5 or not word.endswith(WATER_NAME_END) or not re.fullmatch(rf"[{HAN}]+", word):
                continue
            if not WATER_EVIDENCE.match(text, e) or word in GENERIC or self.is_generic(word) \
                    or word[0] in VERB_BEFORE_FEATURE or word[:1] in "全各本该每诸涉" or self.is_division(word) \
                    or word[:-1] in GENERIC or self._opens_division(text, s, word):
                continue
            fixed = self.repair(text, s, e)
            if fixed is not None:
                out.append(fixed)
        return out

    # -- extents ---------------------------------------------------------------------------------
    def extend(self, text: str, start: int, end: int) -> int:
        """The end of a LOC once its section or extension is taken in (湘江|株洲段, 太湖|流域)."""
        surface = text[start:end]
        if surface.endswith(LAKE_ALSO_WRITTEN) and text.startswith("湖", end) and (
                text[end + 1:end + 2] not in LAKE_PART_AFTER or text.startswith(SURROUNDINGS, end + 1)):
            end += 1  # 岱海|湖: the lake's name written with 湖 is the same lake, one LOC (not 某海|湖心点位)
            surface = text[start:end]
        elif surface.endswith("水") and text.startswith("河", end) and not text.startswith(("河长", "河湖长"), end) \
                and text[end + 1:end + 2] not in WATERSIDE:
            # 潇水|河流域: a river named 某水 written with 河 is the same river (not 某水|河长, a chief's post, nor
            # 某水|河畔, the riverside)
            end += 1
            surface = text[start:end]
        if surface.endswith(WATER_END):
            m = SECTION.match(text, end)
            if m and not NOT_IN_SECTION.search(m.group(1)) and "\n" not in m.group():
                return m.end()
        if surface.endswith(PART_FEATURES) and not TOWN_STRETCH.match(text, end):
            m = PLACE_PART.match(text, end)
            if m and self.is_division(m.group(1)) and not (m.group(2) == "湖区" and not surface.endswith("湖")):
                return m.end()  # 某湖|某市湖区, 某岭|某省段: the feature's part in a named division
        # a river's mouth with its reserve or wetland is one place (X江|口湿地保护区); 口 alone stays out
        # (X江|河口湿地, X湾|河口湿地: the estuary written with 河口)
        mouth = next((len(m) for m in ("口", "河口") if text.startswith(m, end)
                      and surface.endswith(WATER_END + (("湾",) if m == "河口" else ()))
                      and any(text.startswith(t, end + len(m)) for t in LEGAL_TAILS if t not in ("地区", "流域"))), 0)
        for tail in LEGAL_TAILS:
            if text.startswith(tail, end + mouth) and tail != "地区" and not (mouth and tail == "流域") \
                    and not (tail == "库区" and surface.endswith("库")):  # 某水库|库区: the reservoir's own area
                return end if text.startswith(ORG_AFTER, end + mouth + len(tail)) else end + mouth + len(tail)
        # a park named after the feature (某湖|国家城市湿地公园, 某某湿地|公园): one LOC with it, as a reserve is
        park = PARK_AFTER.match(text, end)
        if park and not text.startswith(ORG_AFTER, park.end()):
            return park.end()
        reserve = NAMED_RESERVE.match(text, end)
        if reserve and not NOT_IN_SECTION.search(reserve.group(1) or "") and "\n" not in reserve.group() \
                and not text.startswith(ORG_AFTER, reserve.end()):
            return reserve.end()
        return self._area_end(text, end)

    def is_generic(self, surface: str) -> bool:
        return (surface in GENERIC or surface[:1] in "本该各全每某" or not re.fullmatch(rf"[{HAN}·—]+", surface)
                or bool(GENERIC_PART.search(surface)) or bool(COUNTED.match(surface))
                or (surface not in self.names and _described(surface)))

    def repair(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """A model LOC cut to a natural place's extent, or ``None`` when it names none: a road or bridge
        named after it (湘江|北路) and a verb before a feature character (守河, 经河) are no places."""
        if start > 0 and end - start > 3 and text[start - 1:start + 1] in LEADING:
            start += 1  # 督|导某某湖保护区: the model opened the span inside the verb before the name
        stretch = TOWN_STRETCH.search(text[start:end])
        if stretch and stretch.end() == end - start:
            end = start + stretch.start()  # 某河|城区段: the part of a town the river runs through is no place
        if text.startswith(MONITORING_LEVELS, start):
            start += 2  # 市控|三江口: a monitoring level before a section's name
        while start < end and text[start] == "控":
            start += 1  # 市|控三江口: the tail of a monitoring level, not a name
        levels = [text.find(w, start + 2, end) for w in MONITORING_LEVELS]
        if any(k >= start + 2 for k in levels):
            end = min(k for k in levels if k >= start + 2)  # 南明河|省控花溪断面: the name ends before the level
        if CHIEF_POST_INSIDE.search(text, start, end) or (
                end - start > 3 and text.endswith(("巡河", "巡湖", "护河", "护湖"), start, end)):
            return None  # 村级河长|全天候巡河: a chief's post or a patrol (巡河, 护河) names no water
        fixed = self._repair(text, start, end) if end - start >= 2 else None
        if fixed and text[fixed[0]] == "控" and fixed[1] - fixed[0] > 2:
            fixed = (fixed[0] + 1, fixed[1])  # a segmenter cut read back over the level's 控 (市控|三江口)
        if fixed is None or text.startswith(ROAD_AFTER, fixed[1]):
            return None
        if self._opens_division(text, fixed[0], text[fixed[0]:fixed[1]]):
            return None  # 丹江|口库区: cut inside a division's name (丹江口), the span names the division
        if fixed[1] - fixed[0] == 2 and text[fixed[0]] in VERB_BEFORE_FEATURE and text[fixed[0]:fixed[1]] not in self.names:
            return None
        return fixed

    def _past_preposition(self, text: str, start: int, end: int) -> int:
        """Past a one-character preposition before a listed name (以|高黎贡山国家公园, 对|某湖): it opens the
        phrase, not the name."""
        if text[start] in FUNCTION_BEFORE_NAME and start + 2 < end and self.known_at(text, start + 1):
            return start + 1
        return start

    def _repair(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        # leading words and modifiers are not part of the name (主城|莫愁湖, 建设|长江); a clause with a
        # particle before the feature (查看了|水库, 某市的|河流湿地) is the sentence's, never the name's
        particle = max(text.rfind("了", start, end - 1), text.rfind("的", start, end - 1))
        if particle >= start:
            start = particle + 1
        start = _skip_leading(text, start, end)
        start = self._past_preposition(text, start, end)
        start = self._past_full_division(text, start, end)
        start = _skip_leading(text, start, end)  # 某某市|城北|某山: words after a division before the name
        start = self._after_collective(text, start, end)
        if (STRONG_FEATURE.search(text, start, end) and start >= 1 and re.match(rf"[{HAN}]", text[start - 1])
                and text[start - 1] not in BEFORE_NAME and text[start - 1] not in "除比就而但并又也还即如若且等同其该本各全"
                and (start == 1 or not re.match(rf"[{HAN}]", text[start - 2]))
                and not (text[start - 1] in FUNCTION_BEFORE_NAME and self.known_at(text, start))):
            start -= 1  # ；上|李水库: a name's first character the model dropped after punctuation
        # a known name the model cut into keeps its first characters (潮|白河国家湿地公园: 潮白河, not 白河)
        for k in (1, 2, 3):
            cover = self.known_at(text, start - k) if start - k >= 0 else None
            if cover and start - k + len(cover) > start and not self.is_division(cover) \
                    and (len(cover) >= 3 or start - k == 0 or not re.match(rf"[{HAN}]", text[start - k - 1]) or text[start - k - 1] in BEFORE_NAME):
                start -= k
                break
        surface = text[start:end]
        # a known name inside the span decides its extent (京津冀|周边省份, 高标准建设|长江)
        for p in range(len(surface) - 1):
            name = self.known_at(text, start + p)
            if not name:
                continue
            if self._opens_division(text, start + p, name):
                continue  # 丹江|口: the river's name opens a division's (丹江口), which the span names
            if p >= 2 and not self.is_division(surface[:p]):
                start += p  # words before the name that are no place (a place before it stays: 郑州黄河国家湿地公园)
            elif p:
                continue  # one character before a name is part of a longer name (西洞庭湖): not this name
            name_end = start + len(name)
            rest = text[name_end:end]
            if rest and (not self._legal_rest(name, rest)
                         or (rest.endswith(SINGLE_FEATURES) and not name.endswith(WATER_END + ("湖",)))):
                end = name_end  # …and a mountain or river after a region is a feature of its own (滇西南|某某山)
            return self._finish(text, start, max(end, name_end))
        if self.is_generic(surface):
            return None
        # the model stopped before the feature word (共产主义|渠, 吉淖尔|盐湖)
        if (m := RIGHT_FEATURE.match(text, end)) and not surface.endswith(FEATURE_WORDS):
            end = m.end()
        # a name the segmenter cut: the characters between a division's end and the span belong to it
        k = start
        while k > 0 and start - k < 2 and re.match(rf"[{HAN}]", text[k - 1]) and text[k - 1] not in BEFORE_NAME \
                and text[k - 1] not in DIVISION_END:
            k -= 1
        if k < start and k > 0 and text[k - 1] in DIVISION_END and text[k:start] not in LEADING:
            start = k  # …but a verb after the division is the sentence's (某某镇|举行|某某水库…仪式)
        # the name ends at its last feature word; what follows is no part of it (東部平原|河網 stays whole)
        if not text[start:end].endswith(FEATURE_WORDS) and not self._ends_like_region(text[start:end]):
            cut = max((text.rfind(w, start, end) + len(w) for w in FEATURE_WORDS if text.rfind(w, start + 1, end) > start),
                      default=-1)
            if cut <= start + 1:
                return None
            if end - cut > 1:  # 天涯海角 keeps its last character; a longer run-on is cut
                end = cut
        return self._finish(text, start, end)

    def _past_full_division(self, text: str, start: int, end: int) -> int:
        """A division written with its suffix before a feature's own name is a place of its own
        (哈尔滨市|磨盘山水库 → GPE + LOC); a short name stays inside (郑州黄河国家湿地公园, 丹江口水库)."""
        for k in range(end - 3, start + 1, -1):
            place, rest = text[start:k], text[k:end]
            town = place.endswith(("镇", "乡")) and 3 <= len(place) <= 5  # 某某镇|某某干沟: towns are in no table
            if place.endswith(FULL_DIVISION_END) and (town or self.is_division(place)) and rest.endswith(FEATURE_WORDS):
                own = max((len(rest) - len(w) for w in FEATURE_WORDS if rest.endswith(w)), default=0)
                return k if own >= 2 and rest not in GENERIC else start
        return start

    @staticmethod
    def _after_collective(text: str, start: int, end: int) -> int:
        """The first characters of a name the model dropped after a collective word (主要河流母|猪河 → 母猪河)."""
        if not text[start:end].endswith(WATER_END):
            return start
        for k in (1, 2):
            if start - k - 2 >= 0 and text[start - k - 2:start - k] in COLLECTIVE \
                    and re.fullmatch(rf"[{HAN}]{{{k}}}", text[start - k:start]) \
                    and not text.startswith(LEADING, start - k):  # 河道|通向|某河: a verb, not the name's start
                return start - k
        return start

    @staticmethod
    def _legal_rest(name: str, rest: str) -> bool:
        """What may follow a name inside one LOC: an extension, a section, a short named part (九龙江|北溪).

        A named part is placed in its whole by a direction or a position (北溪, 西支, 外海); any other short
        run ending in a feature word is the sentence's (某河|艾山断面: a monitoring site; 某湖|引水: a verb and
        its object; 某山|水生态补偿) or a second feature written on (某江|某某江), never the first name's part.
        """
        section = SECTION.fullmatch(rest)
        return (rest in LEGAL_TAILS or (name.endswith(WATER_END) and bool(section)
                                        and not NOT_IN_SECTION.search(section.group(1)))
                or (name.endswith(WATER_END) and rest in WATER_END)  # 某江|河: the name written with its water word
                or (len(rest) <= 3 and rest[0] in PART_OPENING and rest.endswith(FEATURE_WORDS) and rest not in GENERIC
                    and not rest.startswith(("干流", "支流"))))  # X河|干流湾…: a monitoring section follows

    @staticmethod
    def _ends_like_region(surface: str) -> bool:
        return surface.endswith(("三角", "地区", "东麓", "西麓", "南麓", "北麓", "源", "段", "口", "—"))

    def _finish(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        if end - start < 2 or self.is_generic(text[start:end]):
            return None
        return start, self.extend(text, start, end)

    def after_place(self, text: str, start: int, end: int) -> int | None:
        """A place written right before a feature word is part of the feature's name (运城|盐湖, 丹江口|水库).

        Returns the end of the feature, or ``None``.  Only feature words that cannot end a
        division are taken (盐湖, 水库, 湿地公园 …; not 湖 or 山 alone: 苏州湖滨, 佛山).
        """
        place = text[start:end]
        if place.endswith(FULL_DIVISION_END) and len(place) >= 3 and self.is_division(place):
            # a division written in full (某某市|自然保护区, 某某县|水库) is a place of its own: the feature word
            # after it speaks of the place's reserves or reservoirs, it names none (as _past_full_division)
            return None
        for word in ("湿地公园", "国家公园", "森林公园", "地质公园", "自然保护区", "保护区", "盐湖", "水库", "流域", "草原"):
            if word == "保护区" and place.endswith(RESERVE_KINDS):
                continue
            if text.startswith(word, end) and not self._blocked_after(text, end + len(word)):
                if text.startswith("区", end + len(word)) or text[start:end + len(word)] in GENERIC:
                    return None
                return end + len(word)
        # a river named after a city by its short name (深圳|河, 芒市|大河), not a generic word (深圳|河道, 河湖)
        for word in ("大河", "河"):
            stop = end + len(word)
            basin = text.startswith("流域", stop)
            if text.startswith(word, end) and (word == "大河" or not text[start:end].endswith(FULL_DIVISION_END)) \
                    and (basin or text[stop:stop + 1] not in RIVER_WORD_AFTER) and not self._blocked_after(text, stop):
                return stop + 2 if basin else stop
        return None
