"""``ecoie_entities``: merge grammar, bylines, statistical NER and gazetteer into ``doc.ents``.

Precedence (documented in README), applied on character offsets:

1. the grammar's DATE and QUANTITY spans — except a Chinese-numeral
   quantity inside a known place name (``九台区``, ``两间房乡``);
2. byline names (``记者 林晨``, ``高宇摄``) read by pattern;
3. statistical entities (PERSON, ORG, TITLE, GPE, LOC) whose confidence
   reaches ``threshold``, after the repair rules of :mod:`.entity_rules`;
4. the gazetteer fills the gaps: division names and user terms always,
   titles only next to a named person.

Nothing is taken from inside a 《document title》.  The result is flat;
spans whose edges fall inside a token split that token, so every entity
keeps its exact characters.  Each entity carries ``Span._.source`` and
``Span._.confidence`` (1.0 for rules, the beam probability for the model,
``None`` when the model decoded greedily).
"""

from __future__ import annotations

import bisect
import itertools
import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from .context import load_divisions
from .entity_rules import (BARE_ZONES, CLAUSE_VERBS, HONOUR_TITLE, NOT_NAME_END, SPEECH_AFTER_ZUO, EntityRepair, byline_persons, dateline_places,
                           load_rule_lists, outlet_orgs, source_orgs, title_regions)
from .gazetteer import (LOC_SUFFIXES, division_parents, division_short, load_dictionaries, prefecture_names,
                        short_place_names)
from ..contract import boilerplate_of, ner_scores
from ..grammar.natural import BEFORE_NAME, FEATURE_WORDS, NaturalPlaces, load_natural_names
from ..grammar.natural import LEADING as NATURAL_LEADING
from .informal_places import InformalPlaces, load_informal_places
from .spans import char_span_split, text_of


CN_NUMERAL = re.compile(r"^[零〇一二两三四五六七八九十百千]")
#: a run of short Han items joined by 、 (the last may be joined by 和/及/与): a candidate list of places
ENUMERATION = re.compile(r"[\u4e00-\u9fff]{2,9}(?:、[\u4e00-\u9fff]{2,9})+")
ITEM_JOIN = re.compile(r"[和及与]")
#: where the last item of a list ends: 新晃等地, 渭南均, 鄞州获评
ITEM_END = re.compile(r"[一二两三四五六七八九十百\d]|等|共|均|分别|获|为|的|在|是|都|已|开展|完成|实现|达到|进入|位列|排名|列入|入选|被")
DIVISION_END = ("省", "市", "县", "区", "旗", "州", "盟", "镇", "乡", "街道")
#: how a county-level division's full name ends; no county's full name ends in 州, so a county's short
#: name may (开州区 -> 开州, 鄞州区 -> 鄞州) and is still a short name, not a full one
COUNTY_FULL_END = tuple(end for end in DIVISION_END if end != "州")
#: words that end like a division but name no place
#: a township-level member: 大名镇, 旧治乡, 康平街道 (no table lists them; the list's shape is the evidence)
TOWN_END = ("镇", "乡", "街道", "苏木")
NOT_DIVISIONS = frozenset({"自治区", "自治州", "自治县", "自治旗", "乡镇", "城镇", "村镇", "集镇", "小镇", "市区", "城区", "县城", "郊区", "景区", "园区", "社区", "小区", "片区", "山区", "林区", "矿区",
                           "库区", "湖区", "城市", "县区", "地市", "各县", "各区", "全市", "全县", "全区", "全省", "本市"})
LEADING_FUNCTION = "对在于从向和与及把将由经"
#: a member of a list of counts per place: a Han name right after punctuation, then a number and its unit
#: (八步3件，平桂1件；A区383家、B市327家)
COUNT_ITEM = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,8})(?=\d+(?:\.\d+)?([\u4e00-\u9fff%]))")
#: members of such lists that are no place: the city's own departments, the rest, the total
COUNT_NOT_PLACE = frozenset({"市直", "县直", "区直", "省直", "州直", "市本级", "县本级", "区本级", "本级", "其他", "其它",
                             "其余", "其中", "合计", "共计", "总计", "累计", "另有", "同比", "环比", "分别", "包括", "全年",
                             "上年", "去年", "今年", "较上年", "比上年"})
#: words after a river's name in a sentence about its water (唐河|出境断面, 龙江|干流): the member is the river
WATER_CONTEXT = ("出境", "入境", "断面", "干流", "支流", "水质", "河段", "界江", "入江", "入河", "入海", "水系", "水位")
#: words in a clause that make a name the water or the land feature, not the place named like it
#: (细河|高台子断面, 某江|水质, 某山|林区)
FEATURE_CONTEXT = WATER_CONTEXT + ("上游", "下游", "中游", "流域", "水域", "水体", "沿岸", "河道", "河口", "湖区", "库区",
                                   "水库", "大桥", "水源", "林区", "山区", "景区", "风景", "保护区", "湿地", "公园")
#: words right before a name that make it a feature (流经某江, 注入某河, 登上某山)
FEATURE_BEFORE = ("流经", "注入", "汇入", "流入", "排入", "沿着", "登上", "河流", "湖泊", "水库", "山脉")
#: a zone's name running on after a place's short name (大兴|国际机场临空经济区, 华容|工业集中区)
ZONE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:经济区|集中区|工业园|产业园|园区|开发区|新区|示范区|高新区|经开区)")
#: county short names that are ordinary words (丹东's 振兴区 … 创城促振兴): a county's name only when the
#: article writes it in full or lists it among places
COMMON_WORD_COUNTIES = frozenset((
    "振兴 和平 平安 长安 新华 城关 红旗 先锋 前进 胜利 光明 团结 解放 东风 向阳 新城 白云 永安 安定 太平 新兴 城中 城东 "
    "城西 城南 城北 江北 江南 河东 河西 同心 共和 大通 新市 站前 郊区 矿区 市中 市南 市北 上街 二七 富民 安宁 和顺 长寿 "
    "大方 东方 凤凰 东山 南山 北山 青山 金山 银川 中山 中原 文明 和谐 永和 长兴 宁安 大安 安全 大同 新民 开放 开发 "
    "高新 新区 城区 市区 普安 平和 和田 华容 清河 龙江 白河 唐河 沙河 清水 长江 黄河 海城 江城 龙城 滨海 沿海 海港 "
    "通道 合作 江山 富裕 方正 新建 大化 开化 永新 安平 兴隆 长顺 正安 余庆 东兴 民乐 会同 团风 石林 建水 修文 "
    "安远 永靖 宁远 长宁 安化 新化 大名 宽城 青龙 安达 双城 五常 宁安 东宁 集安 长春 和静 若羌").split())
#: what makes a place's short name the start of a street, a bridge or a building (驿城|大道, 民和|桥)
STREET_AFTER = ("大道", "大街", "路", "街", "巷", "桥", "广场", "公园", "小区", "宾馆", "饭店", "酒店", "新闻", "日报", "网")
#: a river's section in brackets: 某某河（某州段）, 某江(某县段)
RIVER_SECTION = re.compile(r"(?:(?<=[河江溪水渠湖])|(?<=流域)|(?<=干流)|(?<=水系))[（(]([\u4e00-\u9fff]{2,5}?)段[）)]")
#: a count of monitoring sections or sites closing a list of their names (…、某口、某桥4个断面)
SECTION_COUNT = re.compile(r"等?(?:[一二两三四五六七八九十\d]+)个(?:国控|省控|市控|国家|省级|市级|考核|监测|水质)*(?:断面|点位|站点|监测点|监测站|自动站)")
#: where such a list opens: a clause mark or a word that introduces it
LIST_OPENING = re.compile(r"[，,。；;：:\n]|其中|包括|以及")
#: the levels below a county, in order: town (镇, 乡, 街道, 苏木), village (村), hamlet or group (社, 组)
TOWN_PIECE = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道|苏木)")
VILLAGE_PIECE = re.compile(r"[\u4e00-\u9fff]{2,4}?村")
COMMUNITY_PIECE = re.compile(r"[\u4e00-\u9fff]{2,4}?社区")
HAMLET_PIECE = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:村|社|组)")
#: the endings of a river or a lake a village's name may follow in a section's name (某河|周家村)
WATER_FEATURE_END = ("河", "江", "溪", "水", "渠", "湖", "库")
#: words inside a "village" after a river that make it a stretch of land, not a village (沿岸村, 两岸乡村)
NOT_IN_VILLAGE = re.compile(r"沿|岸|流域|周边|附近|上游|下游|中游|干流|支流|沿线|各|全|部分|重点|所有|[的和与及等、]")
#: words that end like a town or a village but name none (家乡, 特色小镇, 美丽乡村, 行政村)
NOT_TOWN_TAIL = ("水乡", "之乡", "城乡", "下乡", "返乡", "故乡", "他乡", "异乡", "小镇", "城镇", "乡村", "古镇", "名镇",
                 "重镇", "城镇", "集镇", "村镇", "乡镇", "强镇", "市镇", "各镇", "全镇", "本镇", "该镇", "农村", "乡村", "山村",
                 "渔村", "古村", "名村", "全村", "各村", "本村", "该村", "行政村", "自然村", "示范村", "村村", "社区", "公社",
                 "合作社", "旅行社", "报社", "小组", "专班组", "工作组", "督察组", "巡视组", "检查组", "调查组", "专家组")
#: a post written after 任/兼 (任|副指挥长, 兼|办公室主任): the shape of a title, from its head word
SERVED_POST = re.compile(r"(?:副|总|常务副)?[\u4e00-\u9fff]{0,4}?(?:长|主任|书记|委员|成员|组长|指挥|主席|专员)")
#: what makes X城镇 the word for towns at large (小城镇, 新型城镇) rather than a town named X城 (某城镇)
CITY_TOWN_MODIFIERS = set("小新大老古名重强特各全本该每中集村乡市县农型")


def _town_named_like_city(word: str) -> bool:
    """A town whose name is a one-character word and 城 (凤城镇, 鹤城镇): three characters, the first no
    modifier; the generic tail 城镇 is then the name's 城 and the level 镇.  Likewise a town named with
    市 or 村 (苗市镇, 禹村镇): the generic tail 市镇/村镇 is the name's last character and the level 镇,
    unless a modifier stands before it (新村镇)."""
    return len(word) == 3 and word.endswith("城镇") and word[0] not in CITY_TOWN_MODIFIERS \
        or (len(word) >= 3 and word.endswith(("市镇", "村镇")) and word[-3] not in CITY_TOWN_MODIFIERS)


#: characters a town's name never starts with: function words (汇川区|以高坪街道, 检查组沿|兴坪镇)
NOT_TOWN_START = set("各全本该每等和及与的以在于对向从把将被由经沿至到为是让使并")
#: verbs of a town's work report that stand before a bare 镇 ("the town"): 总结镇…工作, 部署镇…任务
TOWN_WORK_VERBS = frozenset(("总结", "部署", "安排", "研究", "听取", "汇报", "通报", "统筹", "促进", "推动", "强化", "助力", "服务",
                             "代表", "组织", "召开", "学习", "传达", "分析", "谋划", "介绍", "回顾"))
#: words for kinds of towns, never a town's name (重点镇, 生态镇, 示范镇)
TOWN_KINDS = frozenset(("重点", "中心", "示范", "特色", "建制", "卫星", "专业", "生态", "文明", "卫生", "旅游", "工业", "农业",
                        "美丽", "森林", "园林", "历史", "文化", "边境", "口岸", "商贸", "试点", "先进", "乡镇", "城镇", "小城",
                        "新型", "宜居", "平安", "和美", "绿色", "低碳", "环保", "清洁", "无废", "全域", "所在", "毗邻", "周边"))
#: a body named without its place after a clause mark, ending like a body (，|生态环境分局|副局长X)
BODY_BEFORE_TITLE = re.compile(r"(?:^|[，,。；;：:\n])[ \t]*([\u4e00-\u9fff]{2,10}?(?:生态环境分局|生态环境局|环境保护局|环保局|分局|"
                               r"监测站|监测中心|执法支队|执法大队|综合行政执法局))")
#: words that open a description of bodies, not a name (各分局, 相关部门, 有关单位)
GENERIC_BODY_OPENINGS = ("各", "相关", "有关", "该", "本", "全", "其他", "其它", "所属", "下属", "我")
#: words before a place that say it is one (在首占镇, 位于某镇, 前往某乡)
TOWN_CUES = ("在", "于", "到", "赴", "至", "往", "进", "经", "入", "位于", "地处", "来自", "投诉", "举报")
#: how the names of the plateau's lakes end (色林错, 巴松措)
LAKE_ENDS = "错措"
#: bare zone words: a zone of the place the article is about when it stands as a member of a list or a subject
#: (开发区104家; 新区 after the article named its 新区), although alone they are generic (not_gpe)
ZONE_WORDS = frozenset({"开发区", "高新区", "经开区", "新区"})
#: slogans that name the place they are about (美丽洛川建设, 绿美某镇): the word after them is the place
PLACE_SLOGAN = re.compile(r"(?:美丽|绿美)(?=[\u4e00-\u9fff]{2})")
#: what a list of places is followed by (等地, 三个街道, 两县): the list names places
PLACE_LIST_TAIL = re.compile(r"等?(?:[一二两三四五六七八九十\d]+个?)?(?:地|县|区|市|街道办事处|街道|办事处|乡镇|镇街|街镇|镇|乡|旗|片区|城区)")
#: leading groups and task forces named in full (市生态环境保护督察整改工作领导小组, 省X工作领导小组办公室):
#: they start after a function word or punctuation and hold no clause
#: a campaign quoted inside the name (某市“铁腕治污行动”领导组) is part of it; 中央督察组 needs no words between
TASK_FORCE = re.compile(r"(?:(?:[省市县区州旗]|[\u4e00-\u9fff]{2,6}?[省市县区州旗])(?:“[\u4e00-\u9fff]{2,12}”|[\u4e00-\u9fff]{2}|[\u4e00-\u9fff]“[\u4e00-\u9fff]{2,12}”)(?:[\u4e00-\u9fff]|“[\u4e00-\u9fff]{2,12}”){0,22}?"
                        r"|中央(?:[\u4e00-\u9fff]|“[\u4e00-\u9fff]{2,12}”){0,24}?)"
                        r"(?:领导小组|领导组|督察组|督导组|工作专班|指挥部)(?:办公室)?")
QUOTED_CAMPAIGN = re.compile(r"“[\u4e00-\u9fff]{2,12}”")
#: verbs between two bodies (市政府|审核后报|省…领导小组): no task force runs across them
TASK_FORCE_BREAK = re.compile(r"收听|收看|在组织|审核|审定|审批|后报|上报|报送|报请|交办|移送|移交|请示|批复|同意|牵头|核查|来到|到|赴")
TASK_FORCE_AFTER = set("的由向报至经是为和与及据照受对从请、，,。：:“\"\n\t （(")
#: a party committee at the end of an ORG span, and the position that may follow it
COMMITTEE = re.compile(r"(?:(?:市|省|县|区|州|旗|盟|自治区)委|(?:镇|乡|街道)党(?:工)?委)$")
#: bare committees of a level (市委, 县委) and the secretary's post written right after one (市委|副书记)
BARE_COMMITTEES = frozenset(("省委", "市委", "县委", "区委", "州委", "旗委", "盟委"))
SECRETARY_AFTER = re.compile(r"(?:常务)?副?书记")
COMMITTEE_TITLE = re.compile(r"(?:常务)?副?书记|常委|委员")
#: a committee and its position inside one ORG span (陕西|省委常委, 省委副书记)
FOLDED_TITLE = re.compile(r"(?:市|省|县|区|州|旗|盟|自治区)委(?:(?:常务)?副?书记|常委|委员)$")
SENTENCE_ENDS = "。！？；;!?\n"
#: how a member of a list of water bodies or landforms ends (not 地区/区域: 京津冀、周边地区)
NATURAL_ENDS = tuple(w for w in FEATURE_WORDS if w not in ("地区", "区域", "流域", "保护区", "水", "港", "泉", "峰"))
#: a body named after its place: 海南省第五生态环境保护督察组, 北京市环境监察总队, 宝鸡机车检修厂
BODY_AFTER_PLACE = re.compile(
    r"[\u4e00-\u9fff（）()·]{0,24}?"
    r"(?:生态环境局|环境保护局|环保局|分局|局|厅|总队|支队|大队|督察组|领导小组办公室|领导小组|工作组|办公室|"
    r"委员会|管委会|人民政府|政府|法院|检察院|研究院|研究所|管理所|监理所|监测所|检测所|监测站|有限责任公司|有限公司|股份公司|公司|集团|厂|协会|学会)"
    r"(?![\u4e00-\u9fff]{0,1}(?:长|员|主任)(?![\u4e00-\u9fff]))")
#: a count of water bodies closing a list (…、某某水等5条重点河流, …和某某湖两个湖泊): the members are water bodies
RIVER_LIST_TAIL = re.compile(r"等?(?:[一二两三四五六七八九十\d]+)(?:条|个|座|处)(?:重点|主要|城市|城区|黑臭|市控|省控)?(?:河流|河道|河湖|江河|湖泊|湖库|水库|水体)")
#: the river/lake chief system after a word ending in 河 or 湖 (推动河|(湖)长制, 全面推行河|长制): no water body
CHIEF_SYSTEM_AFTER = re.compile(r"(?:[(（][湖河][)）])?长制|[(（][湖河][)）]长")
#: the rank a post is held at, written before it (副厅长级|监察专员, 正处级|调研员)
RANK_BEFORE_TITLE = re.compile(r"(?:正|副)?(?:省部|厅局|县处|乡科|厅|局|处|科)长?级")
#: how a post is held, written before it (专职|副主任, 兼职|委员, 驻会|副主席)
POST_KIND_BEFORE = re.compile(r"专职|專職|兼职|兼職|驻会|駐會")
#: a facility or a managing body named after a river, lake or mountain (某河|污水处理厂, 某水库|管理局): one ORG
FACILITY_AFTER_FEATURE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:污水处理厂|污水处理站|净水厂|自来水厂|水厂|水电站|发电厂|电厂|"
                                    r"管理局|管理处|管理站|管理所|管理委员会|管委会)")
#: characters that never stand between a feature's name and its facility's ending (a clause, a list)
NOT_IN_FACILITY = re.compile(r"[的和与及等、是为在对将把被了各]|城镇|城市|农村|乡镇|工业|生活|全部|所有")
#: the ending of a treatment or disposal plant (某某污水处理厂, 某某焚烧厂, 某某填埋场): with a proper name
#: before it the plant is a named body, an ORG (GUIDELINES: named plants and stations are ORG)
PLANT_ENDING = re.compile(r"污水处理厂|污水厂|净水厂|焚烧发电厂|焚烧厂|填埋场|菌肥厂|热电厂|供热厂")
#: words that end the run before a plant's name: a verb taking the plant as its object or place (运往|某某
#: 填埋场, 抽入|某某污水处理厂), a where-word (市区|某某污水处理厂); the name is what follows the last one
PLANT_NAME_BEFORE = re.compile(r"运往|送往|运至|送至|运到|送到|抽入|排入|排至|接入|纳入|进入|流入|收集至|汇入|建设了|建成了?"
                               r"|新建|扩建|改建|推进|加快|完成|启动|实施|督促|加大|加强|对|在|向|到|至|从|由|经|和|与|及|或"
                               r"|市区|城区|县城|城内|境内|辖区|全市|全县|全区|我市|我县|我区|该市|该县")
#: a plant's "name" that only says what kind or where it is (城镇污水处理厂, 园区污水处理厂, 垃圾填埋场)
GENERIC_PLANT_NAME = re.compile(r"城镇|城市|城乡|乡镇|农村|园区|工业|生活|集中|区域|医疗|垃圾|原有|现有|所有|全部|各[类个家座]"
                                r"|配套|相关|已建|新建|在建|一批|多座|[的了是为等个家座所处\d]")
#: a list of names after 市领导/县领导, closed by 出席/参加/等 (市领导甲某、乙某出席)
LEADERS_LIST = re.compile(r"(?:[省市县区州]|区县|县区)领导[：:]?((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3})(?=出席|参加|陪同|等|[,，。])")
#: verbs after a person's name in meeting reports (X出席, X带队)
PERSON_VERBS = ("出席", "带队", "率队", "参加", "陪同", "主持", "调研", "检查", "督导")
#: verbs of work on water before a name (保护|洪湖, 治理|某江): the name is the feature, even where a division
#: shares it
WORK_ON_WATER_BEFORE = ("保护", "治理", "修复", "整治", "守护", "清理", "疏浚", "污染", "巡河", "巡湖", "沿", "环", "入",
                        "流经", "注入", "汇入", "流入", "排入")
#: a zone's name after the place it is named for: 瓯江口|产业集聚区, 某某|经济技术开发区 (up to 4 characters between)
ZONE_NAMED_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:产业集聚区|经济技术开发区|高新技术产业开发区|经济开发区|工业园区|产业园区|工业集中区"
                              r"|产业转移工业园|产业转移园)")
#: a zone two places build together, the host written in brackets (某区(某县)产业转移工业园, 某市(某某)产业园):
#: one GPE over the places and the bracket (GUIDELINES: 梁山(韩岗)环保装备产业园)
ZONE_WITH_HOST = re.compile(r"[(（][\u4e00-\u9fff]{2,6}[)）][\u4e00-\u9fff]{0,6}?(?:产业集聚区|经济技术开发区|经济开发区|工业园区"
                            r"|产业园区|工业集中区|产业转移工业园|产业转移园|工业园|产业园)")
#: a bare government after a committee and a joint (、政府, 和政府), not a government's work or office
BARE_GOVERNMENT = re.compile(r"(?:、|和|及|与)((?:人民)?政府)(?!工作|部门|机关|网|办|采购|门户|信息|投资|债务|专项|主导)")
#: words that make the bodies after them every such body, not one named body
GENERIC_BODIES = re.compile(r"^各|各级|各地|有关|地方|[(（][市县区州旗、]+[)）]")


#: a surname written with 某 for the given name or a part of it (姜某, 李某某, 欧阳某, 雷某军): a hidden name
ANONYMISED_PERSON = re.compile(r"[\u4e00-\u9fff]{1,2}?某(?:某|[\u4e00-\u9fff])?")


def _is_anonymised(name: str) -> bool:
    """A person's name that hides the given name behind 某 (姜某, 李某某), never a real name with 某 in it."""
    return ANONYMISED_PERSON.fullmatch(name.strip()) is not None and not name.startswith("某")


def _clause_before(text: str, pos: int) -> str:
    """The clause up to ``pos`` (from the last comma, full stop or line break)."""
    start = max(text.rfind(c, 0, pos) for c in "，,。；;：:\n") + 1
    return text[start:pos]


#: how far (characters) a named person may stand from a title that describes them
TITLE_REACH = 30
#: a body named with a bare level: the level, up to twelve characters, a body's ending, and no section after it
BARE_LEVEL_BODY = re.compile(
    r"(?:自治区|自治州|省|市|县|区|州|旗)(?:党?委|[\u4e00-\u9fff]{0,12}?"
    r"(?:生态环境局|环境保护局|环保局|生态环境厅|监测中心|监测站|执法支队|执法大队|执法队|人民政府|政府|人大常委会|人大|政协"
    r"|生态环境保护委员会|环境保护委员会|生态环境委员会))"
    r"(?![\u4e00-\u9fff]{0,2}(?:局|部|办|厅|会|中心|处|科|室|组|队|站|所|员|书记|常委))")
#: an environmental committee named in full but with no place or level before it (2025年|生态环境保护委员会|第三次
#: 会议, 主持召开|生态环境保护委员会|全体会议): the committee of the article's place, a body as written
#: (GUIDELINES keeps bodies as written); nothing after it that makes it a section or an office of it
PLACELESS_COMMITTEE = re.compile(
    r"(?:(?:生态文明建设和)?(?:生态环境|环境)保护(?:工作)?委员会|生态环境委员会)"
    r"(?!办|成员|委员|主任|副主任|秘书|专家|各成员|下设|[\u4e00-\u9fff]{0,2}(?:局|部|处|科|室|组|队|站|所|书记|常委))")
#: what a placeless committee follows when it opens the name: a year, a verb of holding its meeting
PLACELESS_COMMITTEE_BEFORE = re.compile(r"(?:\d年|召开|主持|暨|听取|传达|经)$")
#: words a body named by its bare level follows as their object or subject (纳入|市政府…, 代表|区政府, 约谈|县政府,
#: 2024年|县生态环境保护委员会第一次会议, …会议暨|县…委员会): the body's name opens after them
BODY_OBJECT_BEFORE = re.compile(r"(?:纳入|列入|代表|约谈|报请|提请|会同|联合|邀请|暨|\d年)$")
#: verbs the segmenter glues to a bare level that opens a body's name (听取市|环委会, 联合区|园林绿化局)
VERB_BEFORE_LEVEL = re.compile(r"(?:听取|接到|收到|纳入|列入|代表|约谈|报请|提请|会同|联合|邀请|配合|协调|督促|指导|来自|"
                               r"依据|根据|按照|通过|获得|得到|受到|向|对|由|经|与|和|及|同|在|据)$")
#: endings shared by the members of a list of bodies (财政局、发改局; 人民医院、妇幼保健院)
LIST_BODY_FAMILIES = (("医院", "保健院", "卫生院"), ("局",), ("污水处理厂", "污水厂", "净水厂"), ("处置中心",))
LIST_BODY_ENDINGS = tuple(w for family in LIST_BODY_FAMILIES for w in family)
#: the close of a list of outlets: …、某某新媒体等多家新闻媒体, …等驻荆媒体, …等中央和省级媒体
MEDIA_LIST_CLOSE = re.compile(r"等(?:多家|\d+家|[一二三四五六七八九十]+家|各大|各级)?"
                              r"(?:中央|省级?|市级?|县级?|主流|新闻|网络|驻[\u4e00-\u9fff]|在[\u4e00-\u9fff]|[、和及])*媒体(?!关注|聚焦|报道|热议|曝光|普遍|反映|监督)")
#: words of a member that is people or a group of bodies, not an outlet (各相关部门负责人、某某日报记者)
NOT_OUTLET = re.compile(r"记者|负责人|代表|人员|干部|群众|各|相关|部门")
MEDIA_MEMBER = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,10}$")
#: the surroundings written after a place that make it a planning region (京津冀|及周边地区)
SURROUNDINGS = re.compile(r"(?:及|及其)周边(?:地区|区域)")
#: how the name of a river ends, and what may not follow or open it (某市|河长制, 某市|城区河道, 某县|内河)
RIVER_ENDS = ("河", "江", "溪")
RIVER_NOT_AFTER = set("道湖流长段网库岸畔堤滩沿")
RIVER_NOT_OPEN = ("全市", "全县", "境内", "辖区", "主要", "重点", "城市", "黑臭", "内河", "所有", "各条", "多条", "一条", "两条")
#: a list marker right before a clause (一是, 其二是, 二是): the clause opens after it
LIST_MARKER_BEFORE = re.compile(r"(?:^|[^\u4e00-\u9fff]|[，,。；;：:])?[一二三四五六七八九十]是$")
#: what a clause opens after (not spaces: a portal's bar 省委 | 省人大 | 省政府 is navigation)
CLAUSE_START = set("，,。；;：:、\n（(“\"")
#: how a firm's name ends
FIRM_END = re.compile(r"(?:公司|集团|厂)$")
#: how a section or office ends (大气处, 综合科, 办公室, 监测中心): written before a title it is a body
#: a section's name right after its body: 大气环境司, 水生态环境处, 综合科, 执法三分队
SECTION_AFTER_BODY = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:司|处|科|室|办公室|中心|大队|支队|中队|分队|股|站|所)")
SECTION_END = re.compile(r"(?:办公室|中心|大队|支队|中队|处|科|室|股|站|所|办)$")
#: a body referred to by 该/本 (该局, 本中心): it opens a post's mention, it is no part of the post
ANAPHORIC_BODY = re.compile(r"(?:该|本)(?:分局|局|厅|委|办|中心|支队|大队|站|所|院|部|公司|单位)")
#: verbs that open a clause right after its subject place (某市|成立…, 某县|全面加强…): the ones the ORG
#: repair cuts at (entity_rules.CLAUSE_VERBS), and 获 alone (某市|获…通报表扬) but not in a name (获嘉县)
#: verbs that name a task force's goal inside its name (某市创建国家…示范市领导小组, 某县争创全国…城市指挥部)
PURPOSE_VERBS = ("创建", "争创", "创成", "申创")
CLAUSE_AFTER_PLACE = re.compile("(?:" + "|".join(map(re.escape, CLAUSE_VERBS)) + r"|获(?!嘉))")
#: a stretch that reads as a clause, not as part of a name
NOT_IN_BODY = re.compile(r"[的、，,。；;：:“”\"\n]|先后|召开|开展|推进|完成|实现|通报|发布|印发|要求|以来|期间|同比|全市|全省|和规划|"
                         r"一行|来到|前往|汇报|主场|活动由|核查|会议[在于]|得到|受到|被(?!服)|已向|已对|贯彻|加大|^还|^也|^均|^都|^已|^将|^来|^去|投资|"
                         # a place opening a clause (某市|成立…工作组, 某市|获…办公厅通报, 某县|全面加强…污水处理厂,
                         # 某市|构建…): the verb is the sentence's, never the first word of a body's name
                         r"^" + CLAUSE_AFTER_PLACE.pattern + "|"
                         # a gathering named before a body (某市…保护大会|暨|…委员会): the body is the second name
                         r"大会(?!堂)|会议(?!中心|室)|暨")


class _Known:
    """Read-only ``term -> label`` view of the gazetteer trie."""

    def __init__(self, trie):
        self.trie = trie

    def get(self, term: str):
        return self.trie[term] if term else None

    def __contains__(self, term: str) -> bool:
        return self.get(term) is not None



class _Persons:
    """PERSON character spans, searchable by where they start and by where they end."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.by_start = sorted(spans)
        self.starts = [s for s, _ in self.by_start]
        self.by_end = sorted(spans, key=lambda span: span[1])
        self.ends = [e for _, e in self.by_end]

    def starting_between(self, low: int, high: int) -> list[tuple[int, int]]:
        """Spans whose start lies in ``[low, high]``."""
        return self.by_start[bisect.bisect_left(self.starts, low):bisect.bisect_right(self.starts, high)]

    def ending_between(self, low: int, high: int) -> list[tuple[int, int]]:
        """Spans whose end lies in ``[low, high]``."""
        return self.by_end[bisect.bisect_left(self.ends, low):bisect.bisect_right(self.ends, high)]

@Language.factory(
    "ecoie_entities",
    requires=["doc.spans"],
    assigns=["doc.ents", "span._.source", "span._.confidence"],
    default_config={
        "threshold": 0.3,
        "grammar_key": "grammar",
        "gazetteer_key": "gazetteer",
        "model_labels": ["ORG", "PERSON", "TITLE", "GPE", "LOC"],
        "title_window": 3,
        "rules": "configs/gazetteers/entity_rules.json",
        "surnames": "configs/gazetteers/surnames.txt",
        "divisions": "configs/gazetteers/divisions.tsv",
        "titles": "configs/gazetteers/titles.txt",
        "org_suffixes": "configs/gazetteers/org_suffixes.txt",
        "user": "configs/gazetteers/user.tsv",
        "bylines": True,
        "natural": "configs/gazetteers/natural.txt",
        "informal": "configs/gazetteers/informal_places.tsv",
    },
)
def create_entity_merger(nlp: Language, name: str, threshold: float, grammar_key: str, gazetteer_key: str,
                         model_labels: list[str], title_window: int, rules: str, surnames: str, divisions: str,
                         titles: str, org_suffixes: str, user: str, bylines: bool,
                         natural: str = "configs/gazetteers/natural.txt",
                         informal: str = "configs/gazetteers/informal_places.tsv") -> "EntityMerger":
    trie, _ = load_dictionaries(divisions, titles, org_suffixes, user)
    lists = load_rule_lists(rules, org_suffixes, surnames)
    merger = EntityMerger(EntityRepair(lists, _Known(trie)), threshold, grammar_key, gazetteer_key, model_labels,
                          title_window, bylines, short_place_names(divisions),
                          load_natural_names(natural) if natural else frozenset(), division_parents(divisions),
                          prefecture_names(divisions))
    merger.provinces = frozenset(name for name, div in load_divisions(divisions).items() if div.level == "province")
    if informal:
        table = load_divisions(divisions)
        merger.informal = InformalPlaces(
            load_informal_places(informal), frozenset(div.name for div in table.values() if div.level == "city"),
            {name: frozenset(a for a in (div.province, div.city, div.name) if a) for name, div in table.items()})
    return merger


#: division words a model may leave off a known place's full name (西藏|自治区, 某某|市)
DIVISION_SUFFIXES = frozenset({"省", "市", "县", "区", "州", "盟", "旗", "自治区", "自治州", "自治县", "自治旗", "地区", "特别行政区"})


class EntityMerger:
    def __init__(self, repair: EntityRepair, threshold: float = 0.3, grammar_key: str = "grammar",
                 gazetteer_key: str = "gazetteer", model_labels: list[str] | None = None, title_window: int = 3,
                 bylines: bool = True, short_places: frozenset[str] = frozenset(),
                 natural_names: frozenset[str] = frozenset(), parents: dict[str, frozenset[str]] | None = None,
                 prefectures: dict[str, str] | None = None):
        self.repair = repair
        self.threshold = threshold
        self.grammar_key = grammar_key
        self.gazetteer_key = gazetteer_key
        self.model_labels = set(model_labels or ["ORG", "PERSON", "TITLE", "GPE", "LOC"])
        self.title_window = title_window
        self.bylines = bylines
        self.short_places = short_places
        self.natural = NaturalPlaces(natural_names, self._is_division)
        #: province names, full and short (四川省, 四川): a firm registered under its province
        self.provinces: frozenset[str] = frozenset()
        self.parents = parents or {}
        self.prefectures = prefectures or {}
        #: nicknames and abbreviations of places (冰城, 来闽, 哈市), each with the article's evidence
        self.informal: InformalPlaces | None = None

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        # nothing is taken from boilerplate (navigation, related lists, footers) or 《document titles》
        titles = title_regions(text) + boilerplate_of(doc)
        taken = bytearray(len(text))
        # title and boilerplate regions as a character mask: scanning the region list for every
        # candidate made long documents quadratic (an empty region covers no character)
        in_title = bytearray(len(text))
        for ts, te in titles:
            if te > ts:
                in_title[max(0, ts):te] = b"\x01" * (min(te, len(text)) - max(0, ts))
        chosen: list[tuple[int, int, str, str, float | None]] = []

        def free(s: int, e: int) -> bool:
            return s < e and taken.find(1, s, e) == -1 and in_title.find(1, s, e) == -1

        def take(s: int, e: int, label: str, source: str, conf: float | None) -> None:
            taken[s:e] = b"\x01" * (e - s)
            chosen.append((s, e, label, source, conf))

        gazetteer = list(doc.spans[self.gazetteer_key]) if self.gazetteer_key in doc.spans else []
        # a place reaching over a position: places sorted by start with a running maximum of their
        # ends (a scan of every place for every numeral made long documents quadratic)
        places = sorted((g.start_char, g.end_char) for g in gazetteer if g.label_ == "GPE")
        place_starts = [ps for ps, _ in places]
        place_reach = list(itertools.accumulate((pe for _, pe in places), max))
        for span in doc.spans[self.grammar_key] if self.grammar_key in doc.spans else []:
            s, e = span.start_char, span.end_char
            if span.label_ == "QUANTITY" and CN_NUMERAL.match(span.text):
                before = bisect.bisect_left(place_starts, e)  # places starting before the numeral's end
                covering = bisect.bisect_right(place_starts, s)  # places starting at or before the numeral
                if (before and place_reach[before - 1] > e) or (covering and place_reach[covering - 1] >= e):
                    continue  # a numeral inside a place name (九台区), or the whole of one (二七区)
            if free(s, e):
                take(s, e, span.label_, "grammar", 1.0)

        credits: set[tuple[int, int]] = set()
        if self.bylines:
            word_ends = {t.idx + len(t.text) for t in doc}
            sources = source_orgs(text, self.repair.lists)
            for s, e in byline_persons(text, self.repair.lists, self.repair.is_person_name, word_ends):
                if any(ss < e and s < se for ss, se in sources):
                    continue  # 来源:某某发布 … 编辑:某某发布 — the source credited again, an outlet
                if free(s, e):
                    take(s, e, "PERSON", "rule", 1.0)
                    credits.add((s, e))  # a credit's name stays a name (记者方正 is no county)
            for s, e in outlet_orgs(text, self.repair.lists) + sources:
                if free(s, e):  # 来源:某市 — a source credited by its place alone names the place
                    take(s, e, "GPE" if self.repair.known.get(text[s:e]) == "GPE" else "ORG", "rule", 1.0)
            for s, e in dateline_places(text, lambda name: self.repair.is_place(name, strict=True)):
                if free(s, e):
                    take(s, e, "GPE", "rule", 1.0)

        scores = ner_scores(doc)
        token_ends = {t.idx + len(t.text) for t in doc}
        gazetteer_place_ends = {g.start_char: g.end_char for g in gazetteer if g.label_ == "GPE"}
        for ent in doc.ents:
            if ent.label_ not in self.model_labels:
                continue
            conf = scores.get((ent.start_char, ent.end_char, ent.label_)) if scores else None
            if conf is not None and conf < self.threshold:
                continue
            pieces = [(ent.start_char, ent.end_char)]
            if ent.label_ == "ORG" and re.search(r"\n[ \t\u3000]*\n", ent.text):
                # never across a blank line (缩小⏎⏎某某网): each paragraph's piece is repaired alone
                pieces = [(ent.start_char + m.start(), ent.start_char + m.end())
                          for m in re.finditer(r"[^\n]+(?:\n(?![ \t\u3000]*\n)[^\n]+)*", ent.text)]
            for s, e, label in (r for ps, pe in pieces
                                for r in self.repair.repair(text, ps, pe, ent.label_, conf, token_ends)):
                if label == "LOC":
                    fixed_loc = self.natural.repair(text, s, e)
                    if fixed_loc is None:
                        continue  # a generic word (内河, 湖泊水库) or no feature at all
                    s, e = fixed_loc
                elif label == "GPE" and (feature_end := self.natural.after_place(text, s, e)) is not None:
                    s, e, label = s, feature_end, "LOC"  # 运城|盐湖, 丹江口|水库: the place names the feature
                elif label == "GPE" and (full := gazetteer_place_ends.get(s, 0)) > e and text[e:full] in DIVISION_SUFFIXES:
                    e = full  # 西藏|自治区: the model stopped before the division word the gazetteer reads with it
                if label == "PERSON" and not self._is_known_place(text[s:e]) and self.repair.doubtful_person(text, s, e):
                    continue  # a machine, a mine or a verb (搅拌机, 郭二庄|煤矿, 列席); a known place becomes a GPE below
                if not free(s, e) and label == "ORG":
                    # cut before a span already taken (a DATE inside a run-on name) and repair again
                    cut = next((i for i in range(s, e) if taken[i]), e)
                    fixed = self.repair.repair(text, s, cut, label, conf, token_ends) if cut > s + 1 else []
                    s, e, label = fixed[0] if fixed else (s, e, label)
                if free(s, e):
                    take(s, e, label, "model", conf)

        chosen[:] = self._task_forces(text, chosen, in_title, {g.start_char for g in gazetteer if g.label_ == "GPE"})
        taken[:] = bytes(len(text))
        for s, e, *_ in chosen:
            taken[s:e] = b"\x01" * (e - s)
        for s, e in self._names_after_titles(text, gazetteer, lambda a, b: in_title.find(1, a, b) == -1, token_ends):
            over = [c for c in chosen if c[0] < e and s < c[1]]
            if any(c[2] != "TITLE" or c[3] != "model" or c[0] >= s for c in over):
                continue  # the name's characters belong to something else
            for c in over:  # a model title that ran on into the name (新闻发言人X某): cut back to the title
                chosen.remove(c)
                taken[c[0]:c[1]] = bytes(c[1] - c[0])
                if self.repair.known.get(text[c[0]:s]) == "TITLE":
                    take(c[0], s, "TITLE", "model", c[4])
            if free(s, e):
                take(s, e, "PERSON", "rule", 1.0)
        for s, e in self._names_between_body_and_title(text, chosen, free):
            take(s, e, "PERSON", "rule", 1.0)
        for s, e in self._persons_named_again(text, chosen, free):
            take(s, e, "PERSON", "rule", 1.0)
        chosen[:] = [c for c in chosen if not (c[2] == "PERSON" and self._serves_as(text, c[0], chosen))]
        persons = _Persons([(s, e) for s, e, lab, _, _ in chosen if lab == "PERSON"])
        # a title is an entity only for a named person, from the model as from the gazetteer:
        # 由分管市长任组长 names nobody (ANNOTATION.md s.2, TITLE)
        for item in [c for c in chosen if c[2] == "TITLE" and c[3] == "model"]:
            if not self._person_in_sentence(text, item[0], item[1], persons):
                chosen.remove(item)
                taken[item[0]:item[1]] = bytes(item[1] - item[0])
        for span in gazetteer:
            s, e = span.start_char, span.end_char
            if span.label_ == "TITLE" and not self._near_person(doc, s, e, persons):
                continue
            if span.label_ == "GPE" and not self.repair.is_place(span.text):
                continue
            if span.label_ == "GPE" and self.repair.known.get(span.text) != "GPE":
                fixed = self.repair.repair(text, s, e, "GPE")  # 来到|经开区: a verb before a zone's name
                if not fixed:
                    continue
                s, e = fixed[0][0], fixed[0][1]
            label = span.label_
            if label == "GPE" and (feature_end := self.natural.after_place(text, s, e)) is not None:
                e, label = feature_end, "LOC"  # 运城|盐湖: a division naming a feature
            if free(s, e):
                take(s, e, label, "gazetteer", 1.0)

        for s, e, label in self.repair.known.trie.parse_longest(text):
            if label == "PERSON" and e - s >= 3 and free(s, e):
                take(s, e, "PERSON", "gazetteer", 1.0)  # 做实|习近平: a listed full name, also where the words cut it
        chosen = self._known_natural_places(text, chosen, in_title, {t.idx for t in doc})
        chosen = self._places_in_enumerations(text, chosen, in_title, credits, {t.idx + len(t.text) for t in doc},
                                              {t.idx for t in doc})
        chosen = self._places_in_count_lists(text, chosen, in_title, credits)
        chosen = self._adjacent_county_names(text, chosen, in_title, [(t.idx, t.idx + len(t.text)) for t in doc])
        chosen = self._places_in_slogans(text, chosen, in_title)
        chosen = self._informal_place_names(text, chosen, in_title, {t.idx for t in doc},
                                            {t.idx + len(t.text) for t in doc})
        chosen = self._places_of_river_sections(text, chosen, in_title)
        chosen = self._section_names_not_places(text, chosen)
        chosen = self._towns_and_villages(text, chosen, in_title, {t.idx for t in doc}, {t.idx + len(t.text) for t in doc})
        chosen = self._places_named_again(text, chosen, in_title, {t.idx for t in doc}, {t.idx + len(t.text) for t in doc})
        chosen = self._bodies_named_after_places(text, chosen)
        chosen = self._facilities_named_after_features(text, chosen)
        chosen = self._named_plants(text, chosen, in_title)
        chosen = self._folded_committee_titles(text, chosen, persons)
        chosen = self._level_before_titles(text, chosen)
        chosen = self._titled_places_are_persons(text, chosen)
        chosen = self._leaders_listed(text, chosen, in_title)
        chosen = self._persons_among_places(text, chosen)
        chosen = self._zones_named_after_places(text, chosen)
        chosen = [c for c in chosen if not (c[2] == "GPE" and self._straddles_feature(text, c[0]))]
        chosen = self._whole_titles(text, chosen)
        chosen = self._sections_before_titles(text, chosen)
        chosen = self._bodies_before_titled_persons(text, chosen, in_title)
        chosen = self._governments_after_committees(text, chosen, in_title)
        chosen = self._short_bodies_in_lists(text, chosen, in_title)
        chosen = self._members_of_body_lists(text, chosen, in_title)
        chosen = self._outlets_in_media_lists(text, chosen, in_title)
        chosen = self._firms_after_places(text, chosen)
        chosen = self._bare_level_bodies(text, chosen, in_title)
        chosen = self._levels_before_bodies(text, chosen, in_title)
        chosen = self._rivers_after_divisions(text, chosen, in_title)
        chosen = self._rivers_listed_after_rivers(text, chosen, in_title)
        chosen = self._put_natural(chosen, self.natural.water_in_context(text, [(t.idx, t.idx + len(t.text)) for t in doc]),
                                   in_title)
        chosen = self._villages_after_rivers(text, chosen, in_title, {t.idx + len(t.text) for t in doc})
        chosen = self._regions_with_surroundings(text, chosen, in_title)
        chosen = self._persons_not_places(text, chosen)
        chosen = self._without_anonymised_persons(text, chosen)
        chosen = self._sections_between_body_and_title(text, chosen)
        chosen = [c for c in chosen if not (c[2] == "LOC" and CHIEF_SYSTEM_AFTER.match(text, c[1]))]
        # 北京时间: a time zone is named after a city, it is no place of the article
        chosen = [c for c in chosen if not (c[2] == "GPE" and text.startswith("时间", c[1]) and c[1] - c[0] <= 3)]
        chosen = self._features_named_alone(text, chosen)
        # 坚持市委书记…负总责: a bare committee folded with its secretary is the post, named by nobody here
        # (GUIDELINES: 市委书记 is one TITLE, and a title only beside a person); never the committee alone
        chosen = [c for c in chosen if not (c[2] == "ORG" and text[c[0]:c[1]] in BARE_COMMITTEES
                                            and SECRETARY_AFTER.match(text, c[1]))]
        # 国家森林城市, 生态文明先行示范区: a title a place is awarded, whichever step read it as a place
        chosen = [c for c in chosen if not (c[2] == "GPE" and HONOUR_TITLE.search(text[c[0]:c[1]])
                                            and self.repair.known.get(text[c[0]:c[1]]) != "GPE")]
        self._set_ents(doc, self._join_places(text, chosen, self.repair._starts_with_place))
        return doc

    def _informal_place_names(self, text: str, chosen, blocked: bytearray, starts: set[int], ends: set[int]):
        """Nicknames, abbreviations and short city forms of places the article names (informal_places.py)."""
        if self.informal is None:
            return chosen
        named = tuple(text[c[0]:c[1]] for c in chosen if c[2] == "GPE")
        new = [(s, e, True, lo, e) for s, e, lo in self.informal.find(text, starts, ends, named)
               if blocked.find(1, lo, e) == -1]
        return self._put_places(text, list(chosen), new)

    def _names_between_body_and_title(self, text: str, chosen, free) -> list[tuple[int, int]]:
        """A name written between its body and its post (市环保局|某某某|副局长, 县水务局|某某|委员): the
        body before and the post after are the evidence; the name is two or three characters with a
        surname, and the post a listed title."""
        out = []
        for c in chosen:
            if c[2] != "ORG":
                continue
            p = c[1]
            for k in (3, 2):
                name = text[p:p + k]
                if not (free(p, p + k) and self.repair.is_person_name(name)):
                    continue
                if any(self.repair.known.get(text[p + k:p + k + n]) == "TITLE" for n in range(2, 7)) \
                        and not any(self.repair.known.get(text[p + j:p + j + n]) == "TITLE"
                                    for j in range(0, k) for n in range(2, 7)):
                    out.append((p, p + k))  # …and no post starts inside the name (某局|副局长)
                    break
        return out

    @staticmethod
    def _serves_as(text: str, start: int, chosen) -> bool:
        """任 (or 兼) right after a post, opening another post, is the verb "serves as", no surname:
        由市长|任|指挥长, 副市长|任|副组长 name nobody (ANNOTATION.md s.2: titles without a person)."""
        if text[start:start + 1] not in ("任", "兼") or not any(c[2] == "TITLE" and c[1] == start for c in chosen):
            return False
        return bool(SERVED_POST.match(text, start + 1))

    def _features_named_alone(self, text: str, chosen):
        """A feature's span cut to the name the article writes alone elsewhere (毛宅水库 … 县、镇|毛宅水库).

        The article itself is the evidence: where it names a river or reservoir on its own, a longer
        span ending in that name carries the sentence's words in front of it (a level word, a verb).  A
        one-character prefix is cut only when it is a division's level or a list mark (西|洞庭湖 is a
        name of its own), a longer one only when it is no place and the whole is no listed name.
        """
        alone = set()
        for s, e, lab, *_ in chosen:
            if lab == "LOC" and e - s >= 3 and (s == 0 or text[s - 1] in BEFORE_NAME or not re.match(r"[\u4e00-\u9fff]", text[s - 1])):
                alone.add(text[s:e])
        if not alone:
            return chosen
        out = []
        for c in chosen:
            surface = text[c[0]:c[1]]
            if c[2] == "LOC" and c[3] in ("model", "rule") and surface not in self.natural.names:
                inner = max((n for n in alone if surface.endswith(n) and n != surface
                             and not self.natural.is_generic(n) and not n.startswith(("国家", "省级", "市级"))),
                            key=len, default=None)
                if inner:
                    prefix = surface[:-len(inner)]
                    if (len(prefix) == 1 and prefix in "镇乡村县市区、") or (
                            len(prefix) >= 2 and not self._is_known_place(prefix) and not self.repair.is_place(prefix)
                            and prefix not in self.natural.names):
                        c = (c[1] - len(inner),) + tuple(c[1:])
            out.append(c)
        return out

    @staticmethod
    def _without_anonymised_persons(text: str, chosen):
        """Drop persons written as a surname and 某 (姜某, 赵某等四人, 李某某) and the post written right
        beside one (公司总经理|姜某, 姜某|总经理): a court or bureau hides the name, so nobody a reader can
        follow is named, and a title is an entity only for a named person (GUIDELINES, Names)."""
        hidden = [(s, e) for s, e, label, *_ in chosen if label == "PERSON" and _is_anonymised(text[s:e])]
        if not hidden:
            return chosen

        def beside(s: int, e: int) -> bool:
            return any(0 <= hs - e <= 1 and not text[e:hs].strip(" \u3000") or 0 <= s - he <= 1 and not text[he:s].strip(" \u3000")
                       for hs, he in hidden)

        return [c for c in chosen if not (c[2] == "PERSON" and (c[0], c[1]) in hidden)
                and not (c[2] == "TITLE" and beside(c[0], c[1]))]

    def _leaders_listed(self, text: str, chosen, blocked: bytearray):
        """Names listed after 市领导/县领导 are persons (市领导甲某、乙某、丙某出席): the cue is the evidence,
        so members the model missed or read as places or rivers (程水泉) are taken too."""
        out = list(chosen)
        for m in LEADERS_LIST.finditer(text):
            for n in re.finditer(r"[\u4e00-\u9fff]{2,3}", m.group(1)):
                s, e = m.start(1) + n.start(), m.start(1) + n.end()
                name = text[s:e]
                lists = self.repair.lists
                if not (name[0] in lists.surnames or name.startswith(lists.compound_surnames)) \
                        or self._is_known_place(name) or blocked.find(1, s, e) != -1:
                    continue
                near = [c for c in out if c[0] < e and s < c[1]]
                if any(c[2] not in ("LOC", "GPE", "PERSON") or c[3] == "grammar" for c in near):
                    continue
                out = [c for c in out if c not in near] + [(s, e, "PERSON", "rule", 1.0)]
        return out

    def _persons_among_places(self, text: str, chosen):
        """A model PERSON listed between places with nothing of a person about it is a place's name
        (三湾湿地公园、宋夹城、邵伯湖): the list's other members say what it is."""
        places = {(c[0], c[1]) for c in chosen if c[2] in ("LOC", "GPE")}
        ends = {e for _, e in places}
        starts = {s for s, _ in places}
        out = []
        for c in chosen:
            s, e = c[0], c[1]
            if c[2] == "PERSON" and c[3] == "model" and not self.repair.person_evidence(text, s, e) and (
                    (s >= 1 and text[s - 1] == "、" and s - 1 in ends) or (text[e:e + 1] == "、" and e + 1 in starts)):
                continue
            out.append(c)
        return out

    def _titled_places_are_persons(self, text: str, chosen):
        """A place name written right after a title and before a person's verb is a person's name
        (副主任|向阳|出席, 局长|黄山|介绍): places do not hold posts or attend meetings."""
        lists = self.repair.lists
        title_ends = {c[1] for c in chosen if c[2] == "TITLE"}
        out = []
        for c in chosen:
            s, e = c[0], c[1]
            if c[2] == "GPE" and 2 <= e - s <= 3 and self.repair.is_person_name(text[s:e]) and (
                    s in title_ends or any(self.repair.known.get(text[k:s]) == "TITLE" for k in range(max(0, s - 6), s - 1))) \
                    and (text[e:e + 1] in NOT_NAME_END or text.startswith(lists.person_speech_verbs + PERSON_VERBS, e)):
                c = (s, e, "PERSON", "rule", c[4])
            out.append(c)
        return out

    def _straddles_feature(self, text: str, start: int) -> bool:
        """A province's name whose first character ends a water body or mountain written before it
        (阳澄湖东|湖|南, 洞庭|湖|北岸, 黄|河|南岸, 泰|山|东): the feature's name, not the province."""
        if start == 0 or text[start] not in "湖河江海山":
            return False
        return any(text[k:start + 1] in self.natural.names for k in range(max(0, start - 6), start))

    @staticmethod
    def _zones_named_after_places(text: str, chosen):
        """A development zone named after a place or a river is one GPE (瓯江口|产业集聚区, 湘江|新区):
        the model tags the place and leaves the zone's name (GUIDELINES: industrial parks and zones are GPE)."""
        out = sorted(chosen)
        drop = set()
        for i, (s, e, label, source, conf) in enumerate(out):
            hosted = ZONE_WITH_HOST.match(text, e) if label == "GPE" else None
            m = hosted or (ZONE_NAMED_AFTER.match(text, e) if label in ("GPE", "LOC") else None)
            if not m:
                continue
            # a place's own 和 inside the brackets (某某(河源和平)…) is no conjunction
            words = re.sub(r"[(（][^)）]*[)）]", "", text[e:m.end()]) if hosted else text[e:m.end()]
            if NOT_IN_BODY.search(text, e, m.end()) or re.search(r"[等和及与]", words) \
                    or text.startswith("域", m.end()):
                continue
            inside = [o for o in out[i + 1:i + 4] if o[0] < m.end() and e <= o[0]]
            if hosted and all(o[2] == "GPE" and o[1] <= m.end() for o in inside):
                drop |= {(o[0], o[1]) for o in inside}  # the host place in brackets is the zone's name
            elif inside:
                continue  # something else was found inside the zone's name
            out[i] = (s, m.end(), "GPE", "rule", conf)
        return [o for o in out if (o[0], o[1]) not in drop]

    def _inner_body_start(self, text: str, start: int, end: int) -> int | None:
        """Where a second body opens inside a run-on name that starts with a place (吴忠市|共接到|中央第四…督察组,
        X市|贯彻落实|Y省…督察组): a level word (中央, 国家) or a known place after words that are no place
        and hold no organisation ending.  An organisation never contains a verb phrase: the words between
        are the clause and the place before them stays a place.  None when the name reads as one body
        (X市|Y区生态环境局: places written together; X市生态环境局|Y分局: the body is named before)."""
        suffixes = [suf for suf in self.repair.lists.org_suffixes if len(suf) >= 2]
        for k in range(start + 2, end - 3):
            gap = text[start:k]
            if any(suf in gap for suf in suffixes):
                return None
            # …or a body named by its bare level after a clause (某区|共接到|省委第二…督察组)
            level_body = (text[k] in "省市县区州" and text[k + 1] in "委政" and len(gap) >= 4
                          and gap[-1] not in DIVISION_END)
            if not (level_body or text.startswith(("中央", "国家"), k) or any(
                    text[k:k + n].endswith(DIVISION_END) and self.repair.known.get(text[k:k + n]) == "GPE"
                    for n in range(6, 1, -1))):
                continue  # a short place name inside a firm's name (某某|灵武|特种水泥有限公司) opens no second body
            if self._is_division(gap) or self._strong_place(gap) or not re.fullmatch(r"[\u4e00-\u9fff]+", gap):
                continue
            if gap.endswith(PURPOSE_VERBS) and self._is_division(gap[:-2]):
                return None  # 某市|创建|国家…示范市领导小组: a task force named for the title it strives for is one body
            return k
        return None

    def _bodies_named_after_places(self, text: str, chosen):
        """A place followed by a body's name is that body (ORG), not a place: 北京市|环境监察总队 -> one ORG.

        The model often tags only the place of a long name; the name runs to the
        first organisation ending with nothing clause-like in between.
        """
        out = sorted(chosen)
        result = []
        i = 0
        while i < len(out):
            s, e, label, source, conf = out[i]
            m = BODY_AFTER_PLACE.match(text, e) if label == "GPE" else None
            if m and re.search(r"(?<!某)某(?!某)", m.group()):
                m = None  # 湖南|某钢铁公司: an unnamed firm, the place stays a place (with its town: X市Y镇|某厂)
                town = re.match(r"[\u4e00-\u9fff]{2,5}?(?:镇|乡|街道|村)(?=某)", text[e:e + 8])
                if town and not any(o[0] < e + town.end() and e < o[1] for o in out[i + 1:i + 4]):
                    out[i] = (s, e + town.end(), label, source, conf)
            if m and text[e:e + 1] in ("和", "及", "与", "、") and self.repair._starts_with_place(text[e + 1:e + 9]):
                m = None  # 某县、某县|和|某县污水处理厂: places listed before one body; only the last names it
            done = text.rfind("了", e, m.end()) if m else -1
            if m and done >= 0 and m.end() - done - 1 >= 4 and not NOT_IN_BODY.search(text[done + 1:m.end() - 1]) \
                    and all((o[0] >= done + 1 or o[1] <= done) and o[1] <= m.end() for o in out[i + 1:i + 6] if o[0] < m.end()):
                # 某市|先后建设了|某某污水处理厂: a verb done by the place; the body is its object, named after 了
                result.append(out[i])
                result.append((done + 1, m.end(), "ORG", "rule", conf))
                i += 1
                while i < len(out) and out[i][0] < m.end():
                    i += 1
                continue
            if m and m.end() > e and not NOT_IN_BODY.search(text[e:m.start() + len(m.group()) - 1]):
                end = m.end()
                inside = list(itertools.takewhile(lambda j: out[j][0] < end, range(i + 1, len(out))))
                inner = self._inner_body_start(text, s, end)
                if inner is not None and inner < e:
                    inner = None  # a level word inside the place's own name (某市某|区|政务服务办公室) opens no body
                if inner is not None and all(out[j][0] >= inner and out[j][1] <= end for j in inside if out[j][1] > inner):
                    # 某市|共接到|中央…组: the place stays, the body starts at its own level or place
                    result.append(out[i])
                    result.append((inner, end, "ORG", "rule", conf))
                    result.extend(out[j] for j in inside if out[j][1] <= inner)
                    i = (inside[-1] if inside else i) + 1
                    continue
                lower = self.repair._lower_place_before_firm(text[s:end]) if inner is None else 0
                if lower and all(out[j][1] <= end for j in inside):
                    # 某某区|某某市某某配件厂: the district the case lies in, then the firm's own name
                    result += [(s, s + lower, "GPE", source, conf), (s + lower, end, "ORG", "rule", conf)]
                    i = (inside[-1] if inside else i) + 1
                    continue
                if inner is None and all(out[j][1] <= end and out[j][2] in ("GPE", "ORG", "LOC") for j in inside):
                    result.append((s, end, "ORG", "rule", conf))
                    i = (inside[-1] if inside else i) + 1
                    continue
            result.append(out[i])
            i += 1
        return result

    @staticmethod
    def _facilities_named_after_features(text: str, chosen):
        """A plant or a managing body named after a natural place is an ORG over both (某某河|污水处理厂,
        某某水库|管理局, GUIDELINES: named plants and stations are ORG): the model tags the river and stops."""
        out = sorted(chosen)
        for i, (s, e, label, source, conf) in enumerate(out):
            # a basin or a region holds plants of every kind; a plant is named after one river, lake or hill
            m = FACILITY_AFTER_FEATURE.match(text, e) if label == "LOC" and not text[s:e].endswith(
                ("流域", "地区", "区域", "平原", "盆地")) else None
            if not m or NOT_IN_FACILITY.search(text, e, m.end()):
                continue
            if any(o[0] < m.end() and e <= o[0] for o in out[i + 1:i + 3]):
                continue  # something else was found inside the facility's name
            out[i] = (s, m.end(), "ORG", "rule", conf)
        return out

    @staticmethod
    def _named_plants(text: str, chosen, blocked: bytearray):
        """A treatment or disposal plant written with a proper name before its ending is an ORG
        (某某污水处理厂, 运往某某填埋场): the model misses most of them on pages.  The name is two to four
        characters after punctuation or after the verb or where-word that opens the plant's phrase; a
        name that only says the plant's kind or place (城镇污水处理厂, 垃圾填埋场, 6座污水处理厂) names none.
        A place found inside the name (某某区|污水处理厂) becomes part of the body's name."""
        out = list(chosen)
        for m in PLANT_ENDING.finditer(text):
            k = m.start()
            while k > 0 and m.start() - k < 10 and re.match(r"[\u4e00-\u9fff]", text[k - 1]):
                k -= 1
            run = text[k:m.start()]
            cuts = [c.end() for c in PLANT_NAME_BEFORE.finditer(run)]
            name_start = k + (cuts[-1] if cuts else 0)
            name = text[name_start:m.start()]
            if not 2 <= len(name) <= 4 or GENERIC_PLANT_NAME.search(name) or name in BARE_ZONES or name in NOT_DIVISIONS \
                    or blocked.find(1, name_start, m.end()) != -1:
                continue
            over = [c for c in out if c[0] < m.end() and name_start < c[1]]
            if any(c[2] not in ("GPE", "LOC") or c[0] < name_start or c[1] > m.start() for c in over):
                continue  # a body or a name reaching past the plant's name is the model's reading
            out = [c for c in out if c not in over] + [(name_start, m.end(), "ORG", "rule", 1.0)]
        return sorted(out)

    def _task_forces(self, text: str, chosen, blocked: bytearray, known_places: set[int] = frozenset()):
        """Leading groups and task forces are one ORG each, over the model's pieces of them.

        A name starts after a function word, punctuation or 成立/设立 and holds no clause; a
        model ORG that ran into it from the left keeps only its own part (市政府|审核后报|省…领导小组).
        """
        out = list(chosen)
        place_starts = {c[0] for c in chosen if c[2] == "GPE"} | set(known_places)  # X市|治污减霾领导小组办公室
        i = 0
        while i < len(text):
            # 中央 opens a central team's name after any word (高度重视中央环保督察组交办的…)
            if i not in place_starts and not text.startswith("中央", i) and (text[i] not in "省市县区州旗" or not (
                    i == 0 or text[i - 1] in TASK_FORCE_AFTER or text[i - 2:i] in ("成立", "设立", "组建"))):
                i += 1
                continue
            m = TASK_FORCE.match(text, i)
            if (not m or NOT_IN_BODY.search(QUOTED_CAMPAIGN.sub("", m.group()))
                    or TASK_FORCE_BREAK.search(text, m.start(), m.end())
                    or blocked.find(1, m.start(), m.end()) != -1):
                i += 1
                continue
            s, e = m.span()
            head = self.repair._place_head(m.group()) if s in place_starts else 0
            if head and CLAUSE_AFTER_PLACE.match(text, s + head):
                i += 1  # 某市|成立专项督导组: the place opens a clause; the group after the verb has no place of its own
                continue
            inner = self._inner_body_start(text, s, e) if s in place_starts else None
            s = inner if inner is not None else s  # 某市|共接到|中央…督察组: the place and the clause stay outside
            near = [c for c in out if c[0] < e and s < c[1]]
            for c in [c for c in near if c[2] == "TITLE" and s <= c[0] < e < c[1]]:
                # a title that took the office's last word (办公室|主任): the title starts after the name
                out.remove(c)
                near.remove(c)
                if self.repair.known.get(text[e:c[1]]) == "TITLE":
                    out.append((e, c[1], "TITLE", c[3], c[4]))
            if any(c[3] in ("grammar", "rule") or c[1] > e or (c[0] < s and c[2] != "ORG") for c in near):
                i += 1
                continue
            kept = [(ps, pe, lab, c[3], c[4]) for c in near if c[0] < s
                    for ps, pe, lab in self.repair.repair(text, c[0], s, "ORG")]
            out = [c for c in out if c not in near] + kept + [(s, e, "ORG", "rule", 1.0)]
            i = e
        return out

    @staticmethod
    def _bare_level_bodies(text: str, chosen, blocked: bytearray):
        """Bodies written with a bare level that opens a clause (经|州环保局|查实, 在|州委|、州政府领导下,
        ，|自治区生态环境监测中心|实现): GUIDELINES keeps bare-prefix bodies as written.  Only into free
        text; a name that runs on into a section or office (市委|宣传部, 省政府|新闻办) is left alone."""
        out = sorted(chosen)
        taken = bytearray(len(text))
        for c in out:
            taken[c[0]:c[1]] = b"\x01" * (c[1] - c[0])
        # every start is tried: a match that opens inside a title (副县长代表县政府) must not hide the body after it
        starts = (i for i, ch in enumerate(text) if ch in "自省市县区州旗")
        for m in filter(None, (BARE_LEVEL_BODY.match(text, i) for i in starts)):
            s, e = m.span()
            if s and text[s - 1] not in CLAUSE_START and text[s - 1] not in LEADING_FUNCTION \
                    and not LIST_MARKER_BEFORE.search(text, max(0, s - 3), s) \
                    and not BODY_OBJECT_BEFORE.search(text, max(0, s - 6), s):
                continue  # a clause opens after punctuation, a function word or a list marker (一是|旗委…)
            if taken.find(1, s, e) != -1 or blocked.find(1, s, e) != -1 or NOT_IN_BODY.search(m.group()):
                continue
            out.append((s, e, "ORG", "rule", 1.0))
            taken[s:e] = b"\x01" * (e - s)
        for m in PLACELESS_COMMITTEE.finditer(text):
            s, e = m.span()
            if s and text[s - 1] not in CLAUSE_START and not PLACELESS_COMMITTEE_BEFORE.search(text, max(0, s - 4), s):
                continue  # a word before it may be its place (某市|…委员会) or make it any committee's (…和|委员会职责)
            if taken.find(1, s, e) != -1 or blocked.find(1, s, e) != -1:
                continue
            out.append((s, e, "ORG", "rule", 1.0))
            taken[s:e] = b"\x01" * (e - s)
        return sorted(out)

    @staticmethod
    def _levels_before_bodies(text: str, chosen, blocked: bytearray):
        """A body's bare level the segmenter glued to the verb before it (听取市|环委会, 联合区|园林绿化局):
        the model's body starts after the level, which GUIDELINES keeps inside (bodies as written,
        ``{{市生态环境局}}``).  Only where the level stands right after such a verb or a clause mark, so a
        place written before a body (某州市|环委会) is never cut into."""
        out = sorted(chosen)
        taken = {c[0] for c in out} | {c[1] - 1 for c in out}
        for i, c in enumerate(out):
            s = c[0]
            if c[2] != "ORG" or s < 2 or text[s - 1] not in "省市县区州旗" or (s - 1) in taken \
                    or blocked[s - 1] or text[s] in "省市县区州旗委":
                continue
            if not (VERB_BEFORE_LEVEL.search(text, max(0, s - 4), s - 1) or text[s - 2] in CLAUSE_START):
                continue
            out[i] = (s - 1,) + tuple(c[1:])
        return out

    def _firms_after_places(self, text: str, chosen):
        """A firm whose registered name opens with its province, written after the place it stands in
        (某州|四川某某水泥有限公司): the place is GPE, the firm's name starts at the province."""
        out = []
        for s, e, label, source, conf in sorted(chosen):
            name = text[s:e]
            cut = None
            if label == "ORG" and FIRM_END.search(name):
                for k in range(min(len(name) - 4, 8), 1, -1):
                    if self.repair.known.get(name[:k]) == "GPE" and name[:k] not in self.provinces and any(
                            name.startswith(p, k) for p in self.provinces if len(p) >= 2):
                        cut = s + k
                        break
            if cut is None:
                out.append((s, e, label, source, conf))
            else:
                out += [(s, cut, "GPE", source, conf), (cut, e, "ORG", source, conf)]
        return out

    def _short_bodies_in_lists(self, text: str, chosen, blocked: bytearray):
        """Bodies listed by short name before one written with its ending (对环保、住建、市场监督局…): the
        shared 局 is elided, each short name is one body (ORG).  Every member must be two or three
        characters after a 、, the first after a function word or punctuation; places are no bodies."""
        out = sorted(chosen)
        for s, e, label, _, _ in list(out):
            if label != "ORG" or not text[s:e].endswith(("局", "委", "办")) or e - s > 6 or s < 1 or text[s - 1] != "、":
                continue
            items, pos, opened = [], s - 1, False
            while pos > 0 and text[pos] == "、" and not opened:
                sizes = [k for k in (2, 3) if pos - k >= 1 and re.fullmatch(r"[\u4e00-\u9fff]+", text[pos - k:pos])]
                k = next((k for k in sizes if text[pos - k - 1] == "、"), None)  # another member before it
                if k is None:  # the first member: after punctuation or a function word
                    k = next((k for k in sizes if text[pos - k - 1] in "，,。；;：:\n" or text[pos - k - 1] in LEADING_FUNCTION), None)
                    opened = k is not None
                if k is None:
                    break
                items.append((pos - k, pos))
                pos -= k + 1
            if not opened:
                continue
            if any(self._is_known_place(text[a:b]) or blocked.find(1, a, b) != -1 for a, b in items):
                continue
            if any(c[0] < b and a < c[1] and ((c[0], c[1]) != (a, b) or c[2] not in ("PERSON", "ORG"))
                   for a, b in items for c in out):
                continue
            out = [c for c in out if (c[0], c[1]) not in items] + [(a, b, "ORG", "rule", 1.0) for a, b in items]
        return sorted(out)

    def _members_of_body_lists(self, text: str, chosen, blocked: bytearray):
        """Members of a 、-list of bodies that end like a body found beside them (财政局、发改局、|住建局|、…,
        人民医院、|藏医院|、…): a list holds things of one kind, so a member written without its place
        and ending in the same word is a body too.  The list's last member may be followed by the thing
        the list shares (…、妇幼保健院|污水处理站): it is cut at its ending."""
        out = sorted(chosen)
        taken = bytearray(len(text))
        for c in out:
            taken[c[0]:c[1]] = b"\x01" * (c[1] - c[0])
        queue = [c for c in out if c[2] == "ORG" and text[c[0]:c[1]].endswith(LIST_BODY_ENDINGS)]
        seen: set[tuple[int, int]] = set()
        while queue:
            s, e = queue.pop()[:2]
            if (s, e) in seen:
                continue
            seen.add((s, e))
            family = next(f for f in LIST_BODY_FAMILIES if text[s:e].endswith(f))
            members = []
            if e < len(text) and text[e] == "、":  # the member after
                run = re.match(r"[\u4e00-\u9fff]{2,10}", text[e + 1:])
                if run:
                    name = run.group()
                    ends = [name.find(w, 1) + len(w) for w in family if name.find(w, 1) >= 1]
                    if ends and min(ends) < len(name) + 1 and name[:min(ends)] not in family:
                        members.append((e + 1, e + 1 + min(ends)))
            if s >= 2 and text[s - 1] == "、":  # the member before
                run = re.search(r"[\u4e00-\u9fff]{2,8}$", text[max(0, s - 9):s - 1])
                if run and run.group().endswith(family) and run.group() not in family \
                        and run.group()[0] not in BEFORE_NAME and run.group()[0] not in "并並" \
                        and not any(v in run.group() for v in self.repair.lists.org_leading_verbs):
                    a = s - 1 - len(run.group())  # …not a verb's object run into the member (并联合|市公安局)
                    if a == 0 or not re.match(r"[\u4e00-\u9fff]", text[a - 1]) or text[a - 1] in "、和及与":
                        members.append((a, s - 1))
            for a, b in members:
                name = text[a:b]
                if b - a < 3 or b - a > 8 or taken.find(1, a, b) != -1 or blocked.find(1, a, b) != -1 \
                        or self._is_known_place(name) or NOT_IN_BODY.search(name) or name.startswith(("等", "各", "其他", "相关")):
                    continue
                out.append((a, b, "ORG", "rule", 1.0))
                taken[a:b] = b"\x01" * (b - a)
                queue.append((a, b))
        return sorted(out)

    def _outlets_in_media_lists(self, text: str, chosen, blocked: bytearray):
        """Members of a 、-list closed by 等…媒体 (某某日报、某某新媒体等多家新闻媒体) are outlets (ORG,
        ANNOTATION.md s.2), whatever their ending: a brand (某某先锋号, 网易某地) or a paper whose name
        begins with a province (湖北工人报), which the model reads as a place.  Members are read back
        from the close over the 、; the first must follow punctuation or already be an ORG, so that the
        verb before a list (邀请了…) never joins it.  Known places and single characters (省、市等媒体)
        stay out."""
        out = sorted(chosen)
        for m in MEDIA_LIST_CLOSE.finditer(text):
            members, pos = [], m.start()
            while True:
                run = MEDIA_MEMBER.search(text, max(0, pos - 10), pos)
                if not run:
                    break
                a = run.start()
                if a > 0 and text[a - 1] == "、":
                    members.append((a, pos))
                    pos = a - 1
                    continue
                if a == 0 or text[a - 1] in "，,。；;：:\n（(":
                    lead = re.match(r"以及|及|和|与", text[a:pos])  # …，及某某网、…: the conjunction opens no name
                    members.append((a + (lead.end() if lead else 0), pos))
                else:  # the first member after a verb: only as the ORG already found there
                    members.extend((c[0], c[1]) for c in out if c[1] == pos and c[2] == "ORG" and c[0] > a)
                break
            members = members[:next((i for i, (a, b) in enumerate(members) if NOT_OUTLET.search(text[a:b])), len(members))]
            if len(members) < 2:
                continue  # one name before 等媒体 is no list
            if not any(text[a:b].endswith(self.repair.lists.outlet_endings)
                       or any((c[0], c[1], c[2]) == (a, b, "ORG") for c in out) for a, b in members):
                continue  # a list of topics the media follow (…、农村污染治理等媒体关注的内容), no outlet in it
            for a, b in members:
                name = text[a:b]
                if blocked.find(1, a, b) != -1 or self._is_known_place(name) or name.isdigit() or name.startswith(("等", "各", "其他", "相关")):
                    continue
                inside = [c for c in out if c[0] < b and a < c[1]]
                if any(c[0] < a or c[1] > b or c[2] not in ("GPE", "ORG", "LOC") for c in inside):
                    continue  # a piece reaching out of the member, or a person or a number inside it
                if any((c[0], c[1], c[2]) == (a, b, "ORG") for c in inside):
                    continue
                out = [c for c in out if c not in inside] + [(a, b, "ORG", "rule", 1.0)]
        return sorted(out)

    @staticmethod
    def _governments_after_committees(text: str, chosen, blocked: bytearray):
        """A bare 政府 coordinated with a party committee names that level's government (区委和|政府,
        自治区党委、|政府: GUIDELINES, real articles); a committee of several places (市(州)党委) names none."""
        # a bare 政府 of every place (各有关市(州)党委、政府, 地方政府) is no named body
        out = [c for c in sorted(chosen) if not (c[2] == "ORG" and text[c[0]:c[1]] in ("政府", "人民政府")
                                                 and GENERIC_BODIES.search(_clause_before(text, c[0])))]
        taken = [(c[0], c[1]) for c in out]
        for s, e, label, _, conf in list(out):
            if label != "ORG" or not text[s:e].endswith("委") or re.search(r"[(（)）]", text[s:e]):
                continue
            m = BARE_GOVERNMENT.match(text, e)
            if not m or blocked.find(1, m.start(1), m.end(1)) != -1 or any(a < m.end(1) and m.start(1) < b for a, b in taken):
                continue
            out.append((m.start(1), m.end(1), "ORG", "rule", 1.0))
        return sorted(out)

    def _sections_before_titles(self, text: str, chosen):
        """A title tagged with the section before it (大气处|副处长, 综合科|科长) is the section, an ORG that
        continues the body written right before it (某市生态环境局|大气处, GUIDELINES: a body with its
        section is one span), and the title."""
        known = self.repair.known
        out: list = []
        for s, e, label, source, conf in sorted(chosen):
            cut = None
            if label == "TITLE" and known.get(text[s:e]) != "TITLE":
                cut = next((k for k in range(s + 2, e - 1) if known.get(text[k:e]) == "TITLE"
                            and SECTION_END.search(text[s:k])), None)
            if cut is None:
                out.append((s, e, label, source, conf))
                continue
            if out and out[-1][2] == "ORG" and out[-1][1] == s:
                prev = out.pop()
                out.append((prev[0], cut, "ORG", prev[3], prev[4]))
            else:
                out.append((s, cut, "ORG", "rule", conf))
            out.append((cut, e, "TITLE", source, conf))
        return out

    def _bodies_before_titled_persons(self, text: str, chosen, blocked: bytearray):
        """A body named without its place right before a post and its holder (，|生态环境分局|副局长|某某):
        the words between the clause mark and the title are the body's name when they end like a body
        (分局, 生态环境局, 监测站 …) and open with no generic word (各, 相关, 有关)."""
        spans = sorted(chosen)
        starts = {c[0]: c for c in spans}
        out = list(spans)
        for s, e, label, *_ in spans:
            if label != "TITLE" or not (e in starts and starts[e][2] == "PERSON"):
                continue
            m = BODY_BEFORE_TITLE.search(text, max(0, s - 12), s)
            if not m or m.end() != s or any(c[0] < s and m.start() < c[1] for c in spans):
                continue
            name = m.group(1)
            if name.startswith(GENERIC_BODY_OPENINGS) or blocked.find(1, m.start(1), s) != -1:
                continue
            out.append((m.start(1), s, "ORG", "rule", 1.0))
        return sorted(out)

    @staticmethod
    def _sections_between_body_and_title(text: str, chosen):
        """A section written between its body and a title (某部|大气环境司|司长, 某局|水生态环境处|副处长)
        belongs to the body: one ORG up to the title (GUIDELINES: a body with its section is one span)."""
        out = sorted(chosen)
        title_starts = {s for s, _, label, *_ in out if label == "TITLE"}
        taken = {i for s, e, *_ in out for i in range(s, e)}
        for n, (s, e, label, source, conf) in enumerate(out):
            if label != "ORG":
                continue
            m = SECTION_AFTER_BODY.match(text, e)
            if m and m.end() in title_starts and not any(i in taken for i in range(e, m.end())):
                out[n] = (s, m.end(), label, source, conf)
        return out

    def _persons_not_places(self, text: str, chosen):
        """A model place that is exactly a name the article gives a person elsewhere is that person
        (市长X…会议宣读了X的批示: the name's last character 海, 山 or 江 reads like a feature).  Known
        divisions and natural places stay places (马龙 is a district, not a surname and a name)."""
        names = {text[s:e] for s, e, lab, _, _ in chosen if lab == "PERSON" and 2 <= e - s <= 4}
        names = {n for n in names if not self._is_known_place(n) and n not in self.natural.names}
        return [(s, e, "PERSON", src, cf) if lab in ("LOC", "GPE") and src == "model" and text[s:e] in names
                else (s, e, lab, src, cf) for s, e, lab, src, cf in chosen]

    def _whole_titles(self, text: str, chosen):
        """A title is the longest listed title around it (常务|副县长, 镇党委|书记, 二级主任|科员): the model
        often stops inside a graded or folded post; the longer word is taken when its extra characters are
        free.  A title that took the anaphoric body before it (该局|党支部委员) gives the body back: 该局
        points at the bureau named earlier (the officials linker resolves it), it is no part of the post."""
        known = self.repair.known
        out = sorted(chosen)
        for n, (s, e, label, source, conf) in enumerate(out):
            if label != "TITLE":
                continue
            m = ANAPHORIC_BODY.match(text, s, e)
            if m and known.get(text[m.end():e]) == "TITLE":
                s = m.end()
            low = out[n - 1][1] if n else 0
            high = out[n + 1][0] if n + 1 < len(out) else len(text)
            best = (s, e)
            for a in range(max(low, s - 6), s + 1):
                b = next((b for b in range(min(high, e + 6), e - 1, -1) if known.get(text[a:b]) == "TITLE"), None)
                if b is not None and b - a > best[1] - best[0]:
                    best = (a, b)
            rank = RANK_BEFORE_TITLE.search(text, max(low, best[0] - 5), best[0])
            if rank and rank.end() == best[0]:
                best = (rank.start(), best[1])  # 副厅长级|生态环境监察专员: the rank the post is held at is part of it
            kind = POST_KIND_BEFORE.search(text, max(low, best[0] - 2), best[0])
            if kind and kind.end() == best[0]:
                best = (kind.start(), best[1])  # 专职|副主任: how the post is held is part of it
            out[n] = (best[0], best[1], label, source, conf)
        merged: list = []
        for c in out:  # 四级主任|科员 tagged as two titles: one listed title written as one word
            if merged and c[2] == "TITLE" and merged[-1][2] == "TITLE" and merged[-1][1] == c[0] \
                    and known.get(text[merged[-1][0]:c[1]]) == "TITLE":
                prev = merged.pop()
                c = (prev[0], c[1], "TITLE", prev[3], prev[4])
            merged.append(c)
        return merged

    @staticmethod
    def _level_before_titles(text: str, chosen):
        """A bare level written before a title or a body belongs to it (省|生态环境保护督察专员 ->
        省生态环境保护督察专员, 从|区|生态环境局获悉 -> 区生态环境局: GUIDELINES keeps bare-prefix bodies
        as written), when nothing else claims it and it opens a phrase (after punctuation or a function word)."""
        ends = {c[1] for c in chosen}
        out = []
        for c in sorted(chosen):
            s = c[0]
            opens = s == 1 or text[s - 2] in TASK_FORCE_AFTER or (c[2] == "ORG" and text[s - 2] in LEADING_FUNCTION)
            if (c[2] in ("TITLE", "ORG") and s >= 1 and text[s - 1] in "省市县区州" and s - 1 not in ends
                    and opens and not (out and out[-1][1] > s - 1)
                    and not (c[2] == "ORG" and text[s] in "省市县区州委")):
                c = (s - 1,) + tuple(c[1:])
            out.append(c)
        return out

    def _folded_committee_titles(self, text: str, chosen, persons: "_Persons"):
        """A party committee written with its position is one TITLE, its place a GPE (GUIDELINES:
        贵阳|市委副书记, 市委书记): the model reads the committee as an ORG and drops the position."""
        out = []
        for s, e, label, source, conf in sorted(chosen):
            m = COMMITTEE.search(text, s, e) if label == "ORG" else None
            title = COMMITTEE_TITLE.match(text, e) if m and m.end() == e else None
            title_end = title.end() if title else None
            if label == "ORG" and title is None:
                # the model took the position into the ORG (陕西省委常委): the same split
                folded = FOLDED_TITLE.search(text, s, e)
                if folded and folded.end() == e:
                    m, title_end = folded, e
            if title_end and self._person_in_sentence(text, s, title_end, persons) and \
                    all(not (c[0] < title_end and e <= c[0]) or c[2] == "TITLE" for c in chosen):
                place = text[s:m.start()]
                # the committee's level word may close the place's name (某某|区委书记 of 某某区)
                if place and not self._is_division(place) and not self._is_division(place + text[m.start()]):
                    out.append((s, e, label, source, conf))
                    continue
                if place:
                    out.append((s, m.start(), "GPE", "rule", conf))
                out.append((m.start(), title_end, "TITLE", "rule", conf))
                continue
            out.append((s, e, label, source, conf))
        # a TITLE the position swallowed (书记 inside 市委书记) goes
        titles = [(s, e) for s, e, lab, src, _ in out if lab == "TITLE" and src == "rule"]
        return [c for c in out if not (c[2] == "TITLE" and c[3] != "rule"
                                       and any(ts <= c[0] and c[1] <= te and (ts, te) != (c[0], c[1]) for ts, te in titles))]

    def _strong_place(self, name: str) -> bool:
        """A place by its own right: a full division name, a province's or city's short name, or a division suffix."""
        return self.repair.known.get(name) == "GPE" or name.endswith(DIVISION_END)

    def _is_division(self, name: str) -> bool:
        """A division or a chain of them, by full or short name (郑州, 河南省濮阳市, 巫山)."""
        return self._is_known_place(name) or self.repair.is_place(name, strict=True)

    def _known_natural_places(self, text: str, chosen, blocked: bytearray, word_starts: set[int]):
        """Names from the natural-places gazetteer are LOC wherever they stand as words.

        They replace what the model or the gazetteer made of them (a TITLE crossing the name:
        地处|长江 read as 处长; a GPE or PERSON over part of it), never a DATE, a QUANTITY, a
        byline, an ORG, a GPE reaching beyond the name, or a longer LOC already repaired.
        """
        out = sorted(chosen)
        for s, e in self.natural.known_spans(text, word_starts):
            if blocked.find(1, s, e) != -1:
                continue
            near = [c for c in out if c[0] < e and s < c[1]]
            if any((s, e) == (c[0], c[1]) and c[2] == "LOC" for c in near):
                continue
            if any(c[3] in ("grammar", "rule") or c[2] in ("ORG", "DATE", "QUANTITY")
                   or (c[2] in ("GPE", "LOC") and c[0] <= s and e <= c[1]) for c in near):
                continue
            out = [c for c in out if c not in near] + [(s, e, "LOC", "rule", 1.0)]
        for s, e in self.natural.shaped_spans(text):  # unlisted reserves, parks, reservoirs: only into gaps
            # …or over the short name of the place that opens the park's name (湖南|某某湖国家湿地公园)
            near = [c for c in out if c[0] < e and s < c[1]]
            if blocked.find(1, s, e) == -1 and all(
                    c[2] == "GPE" and s <= c[0] and c[1] <= e and c[3] in ("gazetteer", "model")
                    and not text[c[0]:c[1]].endswith(DIVISION_END) for c in near):
                out = [c for c in out if c not in near] + [(s, e, "LOC", "rule", 1.0)]
        return sorted(out)

    def _is_known_place(self, name: str) -> bool:
        """A division by full or short name, or a prefecture written as short name + 州 (湘西州)."""
        return (name in self.short_places or self.repair.known.get(name) == "GPE"
                or (name.endswith("州") and len(name) >= 3 and name[:-1] in self.short_places))

    def _places_in_enumerations(self, text: str, chosen, blocked: bytearray,
                                credits: set[tuple[int, int]] = frozenset(), word_ends: set[int] | None = None,
                                word_starts: set[int] | None = None):
        """Places listed by short name (宝鸡、咸阳、渭南; 在麻阳、芷江、新晃等地).

        The list is its own evidence: when one member is a known division
        (by full or short name), its siblings of the same shape are places
        too.  A known place is never PERSON or LOC inside such a list, and a
        known division alone is never PERSON.  ``blocked`` marks the characters
        of titles and boilerplate.  Entities are kept sorted with their starts
        beside them, so each member looks up its neighbours by bisection
        (long documents stay linear).
        """
        out = sorted((s, e, "GPE" if lab == "PERSON" and (s, e) not in credits and len(text[s:e]) >= 2 and self._is_known_place(text[s:e])
                      else lab, src, cf)  # 伊犁州, 湘西州, 马龙 are places, not people
                     for s, e, lab, src, cf in chosen)
        starts = [c[0] for c in out]

        def overlapping(s: int, e: int) -> range:
            lo = bisect.bisect_right(starts, s) - 1
            lo = lo if lo >= 0 and out[lo][1] > s else lo + 1
            return range(max(lo, 0), bisect.bisect_left(starts, e))

        for m in ENUMERATION.finditer(text):
            items = self._enumeration_items(text, m.start(), m.end(), self._is_known_place, word_ends)
            # a list whose predicate is about water (…、唐河出境断面, …、怒江干流水质) names rivers, even
            # where a member is also a county's or a prefecture's name
            water = bool(items) and text.startswith(WATER_CONTEXT, items[-1][1])
            shaped = [text[s:e].endswith(LOC_SUFFIXES + NATURAL_ENDS) for s, e in items]
            unknown = sum(sh and not self._is_known_place(text[s:e]) for sh, (s, e) in zip(shaped, items))
            natural = sum(shaped) if water and unknown else unknown
            if items and RIVER_LIST_TAIL.match(text, items[-1][1]) and all(2 <= e - s <= 6 for s, e in items):
                # 天等河、公益水、新桥水等5条重点河流: the count names what the members are, each a water body
                first = self.natural.repair(text, *items[0])  # 推进|天等河: the words before the list are no name
                items = ([first] if first else []) + items[1:]
                out = self._put_natural(out, items, blocked)
                starts = [c[0] for c in out]
                continue
            lakes = self._plateau_lakes(text, items)
            if lakes:
                # 色林错、班公错、某某错和某错湖泊…: a list with a known lake names its siblings written 错/措 too
                out = self._put_natural(out, lakes, blocked)
                starts = [c[0] for c in out]
                continue
            if natural * 2 >= len(items):
                # a list of rivers or mountains (布尔哈通河、嘎呀河、牡丹江): a member named like a city is the river
                for s, e in items:
                    for j in overlapping(s, e):
                        cs, ce, lab, src, cf = out[j]
                        if (cs, ce) == (s, e) and lab == "GPE" and text[s:e].endswith(LOC_SUFFIXES):
                            out[j] = (cs, ce, "LOC", src, cf)
                for s, e in items:
                    k = text.find("水质", s, e)  # the last member runs into its predicate: …河网水质均为优
                    e = k if k >= s + 2 else e
                    # a member nothing was found for, named like its siblings (…溪、X水系、Y河网): a LOC too
                    fixed = self.natural.repair(text, s, e) if text[s:e].endswith(NATURAL_ENDS) else None
                    if fixed and (fixed[0] == s and (s == 0 or text[s - 1] in BEFORE_NAME)) \
                            and not overlapping(*fixed) and blocked.find(1, *fixed) == -1:
                        k = bisect.bisect_left(starts, fixed[0])
                        out.insert(k, (fixed[0], fixed[1], "LOC", "rule", 1.0))
                        starts.insert(k, fixed[0])
                continue
            if water and sum(shaped) * 2 >= len(items):
                continue  # 白河、唐河|出境断面: rivers named like their counties; the model decides
            if items and not self._is_known_place(text[items[0][0]:items[0][1]]):
                fs, fe = items[0]  # 在麻阳、芷江…: words before the list are not part of its first member
                trimmed = next((k for k in range(fs + 1, fe - 1) if self._is_known_place(text[k:fe])), None)
                if trimmed is not None:
                    items[0] = (trimmed, fe)
            known = [(s, e) for s, e in items if self._is_known_place(text[s:e])]
            if not known:
                towns = self._township_list(text, items, word_starts)
                if towns:
                    items = known = towns  # 大名镇、大街镇、旧治乡: a list of townships
            if not known or (len(known) < 2 and len(items) < 3):
                continue
            if (len(known) < 2 and not self._strong_place(text[known[0][0]:known[0][1]])
                    and not PLACE_LIST_TAIL.match(text, items[-1][1])):
                continue  # one county's short name (资源, 和平) among common words is no evidence of a list of places
            lengths = {e - s for s, e in known}
            for s, e in items:
                name = text[s:e]
                if (s, e) not in known and name[0] in LEADING_FUNCTION and name not in BARE_ZONES:  # 经开区 keeps its 经
                    s, name = s + 1, name[1:]
                shaped = (s, e) in known or (e - s in lengths and e - s <= 4) or (
                    name.endswith(DIVISION_END) and len(name) >= 3)
                if (not shaped or name in self.repair.lists.not_gpe or name in NOT_DIVISIONS
                        or blocked.find(1, s, e) != -1):
                    continue
                near = overlapping(s, e)
                if any(out[j][2] == "GPE" and out[j][0] <= s and e <= out[j][1] for j in near):
                    continue  # already (inside) a place: 河南省濮阳市台前县 is never cut down to 台前县
                if any(out[j][2] == "GPE" and (out[j][0] < s or out[j][1] > e) for j in near):
                    continue  # a longer place reaches beyond this member: keep it
                def numeral_inside(j: int) -> bool:  # 十家 in 十家堡镇: a numeral the place's name begins with
                    cs, ce, lab = out[j][0], out[j][1], out[j][2]
                    return lab == "QUANTITY" and cs == s and ce < e and bool(CN_NUMERAL.match(text[cs:ce]))

                if any((out[j][2] not in ("PERSON", "LOC", "GPE") and not numeral_inside(j))
                       or (out[j][2] == "LOC" and (s, e) not in known) for j in near):
                    continue
                del out[near.start:near.stop], starts[near.start:near.stop]
                k = bisect.bisect_left(starts, s)
                out.insert(k, (s, e, "GPE", "rule", 1.0))
                starts.insert(k, s)
        return out

    def _places_in_count_lists(self, text: str, chosen, blocked: bytearray, credits=frozenset()):
        """Places listed with a count each (八步3件，平桂1件，钟山1件；A区383家，B市327家，开发区104家).

        The list is the evidence, as for 、-lists: when two members of a sentence are known
        places, the members counted in the same unit and shaped like them (the same length,
        or a division ending) are places too.  A numeral a name starts with is no quantity there.
        """
        out = sorted(chosen)
        sentences = [m.span() for m in re.finditer(r"[^。！？\n]+", text)]
        new: list[tuple[int, int, bool]] = []
        for low, high in sentences:
            items = []
            for m in COUNT_ITEM.finditer(text, low, high):
                s, e = m.span(1)
                if not self._is_known_place(text[s:e]):  # 其中昔阳县: words before the first member
                    s = next((k for k in range(s + 1, e - 1) if self._is_known_place(text[k:e])), s)
                items.append((s, e, m.group(2)))
            known = [(s, e, unit) for s, e, unit in items if self._is_known_place(text[s:e])]
            if len(known) < 2:
                continue
            units = {unit for *_, unit in known}
            lengths = {e - s for s, e, _ in known}
            for s, e, unit in items:
                name = text[s:e]
                is_known = (s, e, unit) in known
                shaped = is_known or (unit in units and ((e - s in lengths and e - s <= 4)
                                                         or (name.endswith(DIVISION_END) and 3 <= len(name) <= 6)))
                # an unknown member counts only after the first known one, and a total before a colon
                # heads the list (受理75件：…) instead of being one of its members
                head = re.match(r"\d+(?:\.\d+)?[\u4e00-\u9fff%]{0,2}\s*[：:]", text[e:e + 12])
                if not is_known and (s < known[0][0] or head):
                    continue
                if not is_known and s > known[-1][0] and not name.endswith(DIVISION_END):
                    continue  # …，企业2件 after the last place: a bare word there is no evidence of a place
                if (not shaped or name in COUNT_NOT_PLACE or name in NOT_DIVISIONS
                        or (name in self.repair.lists.not_gpe and name not in ZONE_WORDS)
                        or blocked.find(1, s, e) != -1 or name[0] in LEADING_FUNCTION):
                    continue
                new.append((s, e, is_known))
        return self._put_places(text, out, new, credits)

    def _put_places(self, text: str, out: list, new: list[tuple[int, int, bool]], credits=frozenset(),
                    source: str = "rule") -> list:
        """``out`` with a GPE over each new ``(start, end, known)`` that nothing else owns.

        A place replaces a PERSON, a LOC (only a known place does) or a Chinese numeral the name
        starts with (八步 read as a quantity); it never cuts into a longer place, a date, an ORG
        or a title, and a place already there stays.
        """
        if not new:
            return out
        out = sorted(out)
        starts = [c[0] for c in out]
        for s, e, known, *extent in sorted(new, key=lambda n: n[0] - n[1]):  # longer first: a chain over its town
            lo, hi = extent if extent else (s, e)  # a run of names may replace one model span over all of them
            first = max(bisect.bisect_right(starts, s) - 1, 0)
            near = [j for j in range(first, bisect.bisect_left(starts, e)) if out[j][0] < e and s < out[j][1]]
            ok = True
            for j in near:
                cs, ce, lab = out[j][:3]
                if lab == "GPE" and cs <= s and e <= ce:
                    ok = False  # already (inside) a place
                elif (cs, ce) in credits or lab in ("ORG", "DATE", "TITLE") or (lab == "GPE" and (cs < s or ce > e)):
                    ok = False
                elif lab in ("LOC", "PERSON") and (cs < lo or ce > hi):
                    ok = False  # never cut into a longer feature or name (黄河海东段, 额吉淖尔盐湖)
                elif lab == "LOC" and not known:
                    ok = False
                elif lab == "QUANTITY" and not (cs >= s and ce <= e and CN_NUMERAL.match(text[cs:ce])
                                                and (cs == s or text[ce:e] not in TOWN_END + ("村", "社", "组"))):
                    # a numeral inside the place's name (八步区, 某某区|三家馆乡) is the name's; a count
                    # before a bare level word (西关|三个街道) names no place
                    ok = False
            if ok:
                for j in reversed(near):
                    del out[j], starts[j]
                k = bisect.bisect_left(starts, s)
                out.insert(k, (s, e, "GPE", source, 1.0))
                starts.insert(k, s)
        return out

    def _adjacent_county_names(self, text: str, chosen, blocked: bytearray, tokens: list[tuple[int, int]]):
        """Short names of one prefecture's counties written together with no separator (象山宁海海曙空气质量…).

        Each alone may be a common word; two or more names of counties of the same prefecture
        one after the other, from a word's start to a word's end, are a list of places (read by
        characters: the segmenter cuts such runs anywhere).  They stay separate places.
        """
        starts = {s for s, _ in tokens}
        ends = {e for _, e in tokens}
        new = []
        for p in sorted(starts):
            if new and p < new[-1][1]:
                continue
            run, common, q = [], None, p
            while True:
                step = next((k for k in (3, 2) if self.parents.get(text[q:q + k])
                             and (common is None or common & self.parents[text[q:q + k]])), None)
                if step is None:
                    break
                common = self.parents[text[q:q + step]] if common is None else common & self.parents[text[q:q + step]]
                run.append((q, q + step))
                q += step
            while len(run) >= 2 and run[-1][1] not in ends:
                run.pop()  # the run ends where a word ends
            if len(run) >= 2 and blocked.find(1, p, run[-1][1]) == -1:
                new.extend((s, e, True, p, run[-1][1]) for s, e in run)
        return self._put_places(text, list(chosen), new, source="list")

    def _places_named_again(self, text: str, chosen, blocked: bytearray, starts: set[int], ends: set[int]):
        """Places the article names in full, mentioned again by a shorter name.

        * a county, district or town by its name without the suffix (长乐区 … 是长乐两家企业;
          下马关镇 … 下马关地区), where that short name stands as a word;
        * a new district by the bare word 新区 (X新区 … 2022年，新区空气质量…), where it opens a clause;
        * the country in the slogan 中国式现代化;
        * a city written with 城区/市区 (黄石城区): the place is the city alone (ANNOTATION.md, GPE).
        """
        out = []
        for c in chosen:
            m = re.fullmatch(r"(.{2,}?)(?:城区|市区)", text[c[0]:c[1]]) if c[2] == "GPE" else None
            if m and self._is_known_place(m.group(1)):
                c = (c[0], c[0] + len(m.group(1))) + tuple(c[2:])
            if c[2] == "LOC" and c[3] == "model" and self._places_together(text[c[0]:c[1]]):
                c = c[:2] + ("GPE",) + tuple(c[3:])  # 北京房山: a city and its district, no feature (山 of 房山)
            out.append(c)
        chosen = out
        bases = set()
        # a division named in full after a river or a lake (洪湖市, 黔江区): its short name is the place where
        # the clause speaks of no water (STRICT_FEATURE_BEFORE, FEATURE_CONTEXT); it is never searched for
        featured_bases = set()
        zone_named = False
        for s, e, lab, *_ in chosen:
            if lab == "ORG":  # 黔江区|生态环境局: the body's place is named in full too
                head = re.match(r"[\u4e00-\u9fff]{2,4}?[市区县]", text[s:e])
                base = division_short(head.group()) if head and self._is_known_place(head.group()) else ""
                if len(base) >= 2 and base in self.natural.names:
                    featured_bases.add(base)
            if lab != "GPE":
                continue
            name = text[s:e]
            zone_named = zone_named or (name.endswith("新区") and len(name) > 2)
            last = re.search(r"[\u4e00-\u9fff]{2,}?(?:自治县|自治旗|区|县|市|旗|镇|乡)$", name)
            if last and not last.group().endswith(("新区", "开发区", "园区", "矿区", "城区", "市区", "林区", "景区")):
                base = division_short(last.group()) if not last.group().endswith(("镇", "乡")) else last.group()[:-1]
                if len(base) >= 2 and base in self.natural.names and last.group().endswith(("市", "区", "县")) \
                        and self._is_known_place(last.group()):
                    featured_bases.add(base)
                if len(base) >= 2 and base not in NOT_DIVISIONS and base not in self.repair.lists.not_gpe \
                        and base not in self.natural.names and base not in COMMON_WORD_COUNTIES:  # 草海镇 … 草海 the lake
                    bases.add(base)
        # the article's prefectures (宁波市, 北京): their counties are places by short name too (娄烦 in a
        # Taiyuan article), where the short name stands as a word
        own = {self.prefectures[t[:k]] for s, e, lab, *_ in chosen if lab in ("GPE", "ORG") for t in (text[s:e],)
               for k in range(2, len(t) + 1) if t[:k] in self.prefectures}
        if own:
            bases |= {name for name, parents in self.parents.items() if parents & own and 2 <= len(name) <= 4
                      and not name.endswith(COUNTY_FULL_END) and name not in self.natural.names
                      and name not in COMMON_WORD_COUNTIES
                      and name not in NOT_DIVISIONS and name not in self.repair.lists.not_gpe}
        new = []
        if featured_bases:
            chosen = [c[:2] + ("GPE",) + tuple(c[3:]) if self._division_read_as_feature(text, c, featured_bases)
                      and not text[max(0, c[0] - 4):c[0]].endswith(WORK_ON_WATER_BEFORE) else c for c in chosen]
        if bases:
            chosen = [c[:2] + ("GPE",) + tuple(c[3:]) if self._division_read_as_feature(text, c, bases) else c
                      for c in chosen]
            pattern = re.compile("|".join(sorted(map(re.escape, bases), key=len, reverse=True)))
            for m in pattern.finditer(text):
                if m.start() in starts and m.end() in ends and not ZONE_AFTER.match(text, m.end()) \
                        and not text.startswith(STREET_AFTER, m.end()):
                    new.append((m.start(), m.end(), False))  # never over a LOC: 柳江区 … 柳江 the river
        if zone_named:
            for m in re.finditer(r"(?<![\u4e00-\u9fff])新区|(?<=[年，,。；;])新区", text):
                if m.start() in starts and m.end() in ends:
                    new.append((m.start(), m.end(), False))
        for m in re.finditer(r"中国(?=式现代化)", text):
            new.append((m.start(), m.end(), True))
        new = [n for n in new if blocked.find(1, n[0], n[1]) == -1]
        return self._put_places(text, list(chosen), new)

    @staticmethod
    def _division_read_as_feature(text: str, c, bases: set[str]) -> bool:
        """A LOC that is the short name of one of the article's own divisions, with no water around it.

        Counties and cities are often named like rivers, lakes and hills (冷水江, 北戴河, 石泉, 余江), and
        the model reads them as features.  Where the article names that division (冷水江市) or its
        prefecture, and the clause says nothing of water (某地|最突出短板, 某地|3.03 in a list of
        counties), the name is the place; beside 断面, 水质, 干流 or 上游 it stays the river (细河区 …
        细河|高台子断面).  Names of the natural gazetteer never reach here (``bases`` leaves them out).
        """
        if c[2] != "LOC" or text[c[0]:c[1]] not in bases:
            return False
        clause = re.match(r"[^，,。；;：:！？!?\n]{0,10}", text[c[1]:]).group()
        before = text[max(0, c[0] - 4):c[0]]
        return not any(w in clause for w in FEATURE_CONTEXT) and not before.endswith(FEATURE_BEFORE)

    def _places_together(self, name: str) -> bool:
        """Two or more known places written together and nothing else (河北邯郸, 北京房山), no natural name."""
        if name in self.natural.names:
            return False
        parts, i = 0, 0
        while i < len(name):
            k = next((k for k in range(len(name) - i, 1, -1) if self._is_known_place(name[i:i + k])), None)
            if k is None:
                return False
            parts, i = parts + 1, i + k
        return parts >= 2

    def _places_of_river_sections(self, text: str, chosen, blocked: bytearray):
        """The place of a river's section written in brackets after it (某某河（某州段）): a known place, or a
        prefecture, county or city by its suffix (GUIDELINES: a place inside a section name is GPE)."""
        new = []
        for m in RIVER_SECTION.finditer(text):
            name = m.group(1)
            if (self._is_known_place(name) or name.endswith(("州", "县", "市", "区", "旗"))) \
                    and name not in NOT_DIVISIONS and blocked.find(1, m.start(1), m.end(1)) == -1:
                new.append((m.start(1), m.end(1), False))
        return self._put_places(text, list(chosen), new)

    @staticmethod
    def _section_names_not_places(text: str, chosen):
        """Members of a list closed by a count of monitoring sections (某桥、某口、玉溪|4个断面) name sections.

        A section is named after a bridge, a river mouth or a village, often one that shares a city's
        name; the list's count says what its members are, so none of them is a place (ANNOTATION:
        monitoring sections are no GPE)."""
        drop: set[tuple[int, int]] = set()
        for m in SECTION_COUNT.finditer(text):
            start = max([k.end() for k in LIST_OPENING.finditer(text, max(0, m.start() - 80), m.start())], default=max(0, m.start() - 80))
            if "、" not in text[start:m.start()]:
                continue
            drop |= {(c[0], c[1]) for c in chosen if c[2] == "GPE" and start <= c[0] and c[1] <= m.start()}
        return [c for c in chosen if (c[0], c[1]) not in drop]

    def _places_in_slogans(self, text: str, chosen, blocked: bytearray):
        """The place a slogan is about: 美丽|洛川建设, 绿美|X: a known place by its short name after 美丽/绿美."""
        new = []
        for m in PLACE_SLOGAN.finditer(text):
            p = m.end()
            k = next((k for k in (4, 3, 2) if self._is_known_place(text[p:p + k])), None)
            if k and text[p:p + k] not in NOT_DIVISIONS and blocked.find(1, p, p + k) == -1:
                new.append((p, p + k, True))
        # a city's blue sky named after it in quotes (“某某蓝”): the place the slogan is about
        for m in re.finditer(r"(?<=[“\"「])([\u4e00-\u9fff]{2,4})(?=蓝[”\"」])", text):
            if self._is_known_place(m.group(1)) and m.group(1) not in NOT_DIVISIONS \
                    and blocked.find(1, m.start(1), m.end(1)) == -1:
                new.append((m.start(1), m.end(1), True))
        return self._put_places(text, list(chosen), new)

    def _plateau_lakes(self, text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The members of a list of plateau lakes (names ending in 错/措, cut there), when one is a known lake."""
        lakes = []
        for s, e in items:
            cut = next((k + 1 for k in range(s + 1, e) if text[k] in LAKE_ENDS), None)
            if cut is None or not 3 <= cut - s <= 6:
                return []
            lakes.append((s, cut))
        if len(lakes) < 2 or not any(text[s:e] in self.natural.names for s, e in lakes):
            return []
        return lakes

    @staticmethod
    def _regions_with_surroundings(text: str, chosen, blocked: bytearray):
        """A place and its surroundings are one region (京津冀及周边地区, 某市及周边区域): the planning term
        names an area, not the place alone, so the whole is one LOC."""
        out = []
        for c in sorted(chosen):
            tail = SURROUNDINGS.match(text, c[1]) if c[2] in ("GPE", "LOC") else None
            if tail and blocked.find(1, c[0], tail.end()) == -1 \
                    and not any(o[0] < tail.end() and c[1] <= o[0] for o in chosen if o is not c):
                out.append((c[0], tail.end(), "LOC", "rule", 1.0))
            else:
                out.append(c)
        return out

    def _rivers_after_divisions(self, text: str, chosen, blocked: bytearray):
        """A river written right after a division's full name (某某市|东山河|某桥断面, 某县|白沙江|入境断面):
        monitoring reports name each section by its city, its river and its site.  The river is the
        shortest run of three or four characters after the place that ends in 河, 江 or 溪 and is no
        word for rivers at large; the place stays a place."""
        spans = []
        for c in chosen:
            if c[2] != "GPE" or not text[c[0]:c[1]].endswith(("市", "县", "縣", "区", "區", "旗")):
                continue
            e = c[1]
            for size in (3, 4):
                name = text[e:e + size]
                if not re.fullmatch(r"[\u4e00-\u9fff]+", name) or not name.endswith(RIVER_ENDS) or len(name) < size:
                    continue
                if (any(ch in name[:-1] for ch in "市县区镇乡村城省州") or self.natural.is_generic(name)
                        or name[:2] in RIVER_NOT_OPEN or text[e + size:e + size + 1] in RIVER_NOT_AFTER
                        or name[0] in BEFORE_NAME or name.startswith(NATURAL_LEADING)):  # 某区|在|某河: the sentence's word
                    break
                spans.append((e, e + size))
                break
        return self._put_natural(sorted(chosen), spans, blocked)

    def _rivers_listed_after_rivers(self, text: str, chosen, blocked: bytearray):
        """A river listed after a river (长江、|某江, 某江干流、|某河稳定在Ⅱ类): a list holds things of one
        kind, so the member after a found river that ends in 河, 江 or 溪 is a river too.  The member is
        the shortest run of two to four characters after the 、 that ends so, and is no word for rivers
        at large."""
        spans = []
        for c in chosen:
            if c[2] != "LOC" or not text[c[0]:c[1]].endswith(RIVER_ENDS):
                continue
            e = c[1] + (2 if text.startswith(("干流", "支流"), c[1]) else 0)
            if not text.startswith("、", e):
                continue
            for size in (2, 3, 4):
                name = text[e + 1:e + 1 + size]
                if len(name) < size or not re.fullmatch(r"[\u4e00-\u9fff]+", name):
                    break
                if not name.endswith(RIVER_ENDS):
                    continue
                if (any(ch in name[:-1] for ch in "市县区镇乡村城省州") or self.natural.is_generic(name)
                        or name[:2] in RIVER_NOT_OPEN or text[e + 1 + size:e + 2 + size] in RIVER_NOT_AFTER
                        or name[0] in BEFORE_NAME or name.startswith(NATURAL_LEADING)):
                    break
                spans.append((e + 1, e + 1 + size))
                break
        return self._put_natural(sorted(chosen), spans, blocked)

    @staticmethod
    def _put_natural(out: list, spans: list[tuple[int, int]], blocked: bytearray) -> list:
        """``out`` with a LOC over each span that only a PERSON, a LOC or nothing claimed."""
        for s, e in spans:
            near = [c for c in out if c[0] < e and s < c[1]]
            if blocked.find(1, s, e) != -1 or any(c[2] not in ("PERSON", "LOC") or c[1] > e or c[0] < s for c in near):
                continue
            out = [c for c in out if c not in near] + [(s, e, "LOC", "rule", 1.0)]
        return sorted(out)

    @staticmethod
    def _town_piece(pattern: re.Pattern, text: str, at: int, ends: set[int]) -> int | None:
        """The end of one level of a place chain starting at ``at`` (a whole word, no generic word), or None."""
        m = pattern.match(text, at)
        if not m or m.end() not in ends or m.group()[0] in NOT_TOWN_START:
            return None
        if m.group().endswith(NOT_TOWN_TAIL) and not _town_named_like_city(m.group()):
            return None
        return m.end()

    def _chain_end(self, text: str, end: int, ends: set[int], town_done: bool) -> int:
        """Where a chain down to towns, villages and hamlets ends after a place ending at ``end``
        (同心县|下马关镇|某某村|某某社)."""
        if not town_done:
            town = self._town_piece(TOWN_PIECE, text, end, ends)
            if town is None:
                return end
            end = town
        village = self._town_piece(VILLAGE_PIECE, text, end, ends)
        if village is None:
            # an urban community below a town is the village level (某某镇|燕子社区); not a generic word
            # (该社区, 各社区: a function word or a modifier opens those)
            community = COMMUNITY_PIECE.match(text, end)
            return community.end() if community and community.end() in ends \
                and community.group()[0] not in NOT_TOWN_START and community.group()[0] not in "本该各全每" else end
        hamlet = self._town_piece(HAMLET_PIECE, text, village, ends)
        return hamlet or village

    def _villages_after_rivers(self, text: str, chosen, blocked: bytearray, ends: set[int]):
        """A river's monitoring section at a village (某河|某家村断面, 某江|某某村桥、): the village is a place
        even inside a section's name (GUIDELINES: 石桥村|断面), written with its level word 村."""
        new = []
        for s, e, lab, *_ in chosen:
            village = VILLAGE_PIECE.match(text, e) if lab == "LOC" and text[s:e].endswith(WATER_FEATURE_END) else None
            if village and (village.end() in ends or text.startswith(("桥", "断面"), village.end())) \
                    and village.group()[0] not in NOT_TOWN_START and village.group() not in NOT_TOWN_TAIL \
                    and not village.group().endswith(("行政村", "自然村", "示范村")) \
                    and not NOT_IN_VILLAGE.search(village.group()) \
                    and blocked.find(1, e, village.end()) == -1:
                new.append((e, village.end(), False))
        return self._put_places(text, list(chosen), new)

    def _towns_and_villages(self, text: str, chosen, blocked: bytearray, starts: set[int], ends: set[int]):
        """Towns, villages and hamlets are places, and a chain of them after a place is one place
        (GUIDELINES: 汶上县军屯乡): X县|Y镇|Z村|W社 is one GPE, and a town's full name alone (Y镇)
        is a GPE where it stands as a word.  No table lists towns; the word shape is the evidence:
        each level a whole word of 2-4 characters before its ending, never a generic word (家乡, 农村).
        """
        token_end = dict(zip(sorted(starts), sorted(ends)))
        ends = ends | {c[0] for c in chosen}  # a word ends where an entity starts (额吉淖尔镇|额吉淖尔盐湖)
        new = []
        for s, e, lab, *_ in chosen:
            # a place, or a known place's short name the model read as something else (钟山|某某乡)
            if lab == "GPE" or (lab in ("LOC", "PERSON") and self._is_known_place(text[s:e])):
                end = self._chain_end(text, e, ends, text[s:e].endswith(TOWN_END))
                if lab != "GPE" and end == e:
                    continue
                if end > e and blocked.find(1, s, end) == -1:
                    new.append((s, end, True))
        for s in sorted(starts):
            m = TOWN_PIECE.match(text, s)
            if not m or m.end() not in ends or m.group()[0] in NOT_TOWN_START \
                    or (m.group().endswith(NOT_TOWN_TAIL) and not _town_named_like_city(m.group())):
                continue
            base_end = m.end() - (2 if m.group().endswith(("街道", "苏木")) else 1)
            # a town standing alone: one word (首占镇), or a long word and its bare ending (额吉淖尔|镇)
            if not (token_end.get(s) == m.end() or (token_end.get(s) == base_end and base_end - s >= 3)):
                continue
            if any(c[0] <= s < c[1] or c[0] < m.end() <= c[1] or c[1] == s for c in chosen if c[2] == "GPE"):
                continue  # after or inside a place: the chain above decides
            end = self._chain_end(text, m.end(), ends, True)
            if base_end - s < 3 and end == m.end() and not text[max(0, s - 2):s].endswith(TOWN_CUES) \
                    and not self._town_among_parties(text, s, m.end(), m.group()):
                continue  # 先进镇, 总结|镇: a two-character word before 镇 needs a village below it or a place verb
            if blocked.find(1, s, end) == -1:
                new.append((s, end, False))
        return self._put_places(text, list(chosen), new)

    def _town_among_parties(self, text: str, start: int, end: int, word: str) -> bool:
        """A two-character town name (某某镇) that stands as a member of a list or opens a clause: after
        、 ， “ or 和/及 and before 、 ， a verb or a facility (县水务局、|某某镇|签订…, 和|某某镇|污水处理站).
        Words for kinds of towns (重点镇, 生态镇, 中心镇) are no names."""
        base = word[:-1]
        if base in TOWN_KINDS or not word.endswith("镇") or base in NATURAL_LEADING or base in CLAUSE_VERBS \
                or base in TOWN_WORK_VERBS:
            return False  # 总结|镇…工作: a verb before the bare 镇 of "our town" is no town's name
        if text.startswith(self.repair.lists.org_suffixes, end):
            return False  # 某某镇|党委, 某某镇|政府: the town opens a body's name, which the body rules read
        before = text[start - 1:start] if start else ""
        return before in ("、", "，", ",", "“", "；", ";") or (before in ("和", "及") and start >= 2
                                                           and text[start - 2] not in "、，,")

    @staticmethod
    def _township_list(text: str, items: list[tuple[int, int]], word_starts: set[int] | None = None) -> list[tuple[int, int]]:
        """The members of a list of townships, each cut after its first township ending, or [] when it is none.

        Leading pieces that are no township (…负责同志及) are dropped; two members at least.
        """
        towns = []
        for n, (s, e) in enumerate(items):
            name = text[s:e]
            cut = next((i + len(end) for i in range(2, len(name)) for end in TOWN_END if name.startswith(end, i)), None)
            if n == 0 and word_starts and name.endswith(TOWN_END) and (cut is None or cut != len(name) or cut > 6):
                # 重点检查|草海镇、…: the first member is the town at the end of the words before the list
                k = next((k for k in range(e - 3, s, -1) if k in word_starts), None)
                if k is not None and k > s and TOWN_PIECE.fullmatch(text, k, e) and text[k] not in NOT_TOWN_START:
                    towns.append((k, e))
                    continue
            if cut is None or not 3 <= cut <= 6 or name[:cut] in NOT_DIVISIONS or name[0] in LEADING_FUNCTION:
                if towns:
                    return []
                continue  # words before the list
            towns.append((s, s + cut))
        return towns if len(towns) >= 2 else []

    @staticmethod
    def _enumeration_items(text: str, start: int, end: int, known=lambda name: False,
                           word_ends: set[int] | None = None) -> list[tuple[int, int]]:
        """The members of a 、-list, the first trimmed of words before it, the last of words after it.

        ``known`` says whether a name is a known place: a member that is one keeps its 和/及/与
        (民和, 和平 are counties, not two words joined), and a last member that only starts with
        one ends there (蓟州|浓度较高, 师宗|成功创建: the predicate follows the list).
        """
        pieces: list[tuple[int, int]] = []
        pos = start
        for part in text[start:end].split("、"):
            sub = pos
            joined = [part] if known(part) else ITEM_JOIN.split(part)
            for bit in joined:
                if bit:
                    pieces.append((sub, sub + len(bit)))
                sub += len(bit) + 1
            pos += len(part) + 1
        if not pieces:
            return []
        s, e = pieces[-1]
        cut = ITEM_END.search(text, s + 2, e)
        e = cut.start() if cut else e
        water = next((k for k in range(s + 2, e) if text.startswith(WATER_CONTEXT, k)), None)
        e = water if water is not None else e  # …、怒江|干流水质: the river ends where its water is spoken of
        if not known(text[s:e]):  # …at a word's end, never before a suffix or a feature word (阳朔|镇, 红河|流域)
            e = next((k for k in range(min(e - 1, s + 4), s + 1, -1)
                      if known(text[s:k]) and (word_ends is None or k in word_ends)
                      and not text.startswith(FEATURE_WORDS + DIVISION_END + WATER_CONTEXT, k)), e)
        pieces[-1] = (s, e)
        return [(s, e) for s, e in pieces if e - s >= 2]

    @staticmethod
    def _join_places(text: str, chosen, starts_with_place=lambda surface: False):  # 象山|宁海: list members stay apart
        """Places written together are one GPE (河南省 + 濮阳市台前县); a place written right before a body
        that opens with a lower place is the body's prefix (西藏自治区 + 林芝市人民政府: one ORG, as written)."""
        out = []
        for item in sorted(chosen):
            if out and item[2] in ("GPE", "ORG") and out[-1][2] == "GPE" and out[-1][1] == item[0] \
                    and "list" not in (item[3], out[-1][3]) \
                    and (item[2] == "GPE" or _body_under(text[out[-1][0]:out[-1][1]], text[item[0]:item[1]], starts_with_place)):
                prev = out.pop()
                confs = [c for c in (prev[4], item[4]) if c is not None]
                item = (prev[0], item[1], item[2], prev[3] if item[2] == "GPE" else item[3], min(confs) if confs else None)
            out.append(item)
        return out

    def _names_after_titles(self, text: str, gazetteer, free, word_ends: set[int] | None = None) -> list[tuple[int, int]]:
        """A name written right after a known title and closed by a clause word (新闻发言人X某对…, 局长X某介绍).

        The model misses names in long title chains; the title and the word after the name
        together are the evidence.  A speech verb is never read as a name (局长表示).  A name may
        also be closed by a person's verb (副市长X某某陪同, 局长X某某参加) or, for three characters,
        by the segmenter's word boundary before a two-character word (市长X某某乘船督查): the
        segmenter cuts a name off from the verb that follows it.
        """
        lists = self.repair.lists
        found = []
        for span in gazetteer:
            if span.label_ != "TITLE":
                continue
            e = span.end_char
            if text.startswith(lists.person_speech_verbs, e):
                continue
            for k in (3, 2):
                name, after = text[e:e + k], text[e + k:e + k + 1]
                if len(name) < k or name[-1] in NOT_NAME_END or not self.repair.is_person_name(name):
                    continue
                if name[-1] == "作" and text.startswith(SPEECH_AFTER_ZUO, e + k):
                    continue  # 书记X某作表态发言: 作 is the verb
                closed_by_word = (k == 3 and word_ends is not None and e + k in word_ends and e + k + 2 in word_ends
                                  and e + k + 1 not in word_ends and self.repair.known.get(name[1:]) is None
                                  and re.fullmatch(r"[\u4e00-\u9fff]{2}", text[e + k:e + k + 2]) is not None)
                if (not after or not re.match(r"[\u4e00-\u9fff]", after) or after in NOT_NAME_END
                        or text.startswith(lists.person_speech_verbs + lists.person_verb_phrases + PERSON_VERBS, e + k)
                        or closed_by_word):
                    if free(e, e + k):
                        found.append((e, e + k))
                    break
        return found

    def _persons_named_again(self, text: str, chosen, free) -> list[tuple[int, int]]:
        """Every mention of a name the document already gives as a PERSON (谢谢X局长 after X was introduced).

        The model decodes long pages in windows and misses later mentions; a name it found once is
        the same person elsewhere.  Longer names first (顾某某 before 顾某), and a mention inside a
        longer run of name characters is left alone.
        """
        names = sorted({text[s:e] for s, e, lab, _, _ in chosen if lab == "PERSON" and e - s >= 2
                        and not self._is_known_place(text[s:e])}, key=len, reverse=True)  # 马龙 is a place
        found: list[tuple[int, int]] = []
        for name in names:
            for m in re.finditer(re.escape(name), text):
                s, e = m.span()
                if len(name) == 2 and any(p[0] <= s and e <= p[1] for p in found):
                    continue
                if free(s, e) and not any(fs < e and s < fe for fs, fe in found):
                    found.append((s, e))
        return found

    @staticmethod
    def _person_in_sentence(text: str, s: int, e: int, persons: "_Persons") -> bool:
        """A named person in the title's sentence (the model links titles across chains the
        gazetteer's narrow window does not reach: 宣传部副部长、市政府新闻办主任X)."""
        low = max(text.rfind(c, 0, s) for c in SENTENCE_ENDS) + 1
        highs = [i for i in (text.find(c, e) for c in SENTENCE_ENDS) if i != -1]
        high = min(highs) if highs else len(text)
        # within reach of the title: a name a long sentence further on (…思想) is no holder of the post
        return any(ps - e <= TITLE_REACH and s - pe <= TITLE_REACH
                   for ps, pe in persons.starting_between(max(low, s - TITLE_REACH - 4), min(high, e + TITLE_REACH)))

    def _near_person(self, doc: Doc, s: int, e: int, persons: "_Persons") -> bool:
        """A title is an entity only when it describes a named person nearby.

        Only persons within reach are looked at (found by bisection): a scan
        of every person for every title made long documents quadratic.
        """
        text = text_of(doc)
        for ps, pe in persons.starting_between(e, e + 16):
            between_after = text[e:ps]  # title before the name: 局长吕克军, 党组书记、局长尹崧
            if re.fullmatch(r"[、，,\s\u4e00-\u9fff]{0,8}", between_after) and (ps - e <= 1 or "、" in between_after):
                return True
            # a chain of posts in several bodies (宣传部副部长、市政府新闻办主任X): the next post, with its
            # body, ends right before the name
            if re.fullmatch(r"、[\u4e00-\u9fff]{2,15}", between_after) and any(
                    self.repair.known.get(between_after[k:]) == "TITLE" for k in range(1, len(between_after) - 1)):
                return True
        for ps, pe in persons.ending_between(s - 1, s):
            if text[pe:s].strip() == "":  # name before the title: 吕克军局长
                return True
        return False

    @staticmethod
    def _set_ents(doc: Doc, chosen) -> None:
        """Write the chosen spans as ``doc.ents``.  Spans must not overlap; should two rules still disagree,
        the span that starts first (the longer one at the same start) is kept and the other dropped, so
        that one span never costs the document its whole output (spaCy refuses overlapping entities)."""
        flat: list = []
        for item in sorted(chosen, key=lambda c: (c[0], -c[1])):
            if not flat or item[0] >= flat[-1][1]:
                flat.append(item)
        chosen = flat
        for s, e, label, _, _ in chosen:
            char_span_split(doc, s, e, label)  # split tokens where an edge falls inside one
        ents = []
        for s, e, label, source, conf in chosen:
            span = doc.char_span(s, e, label=label)
            if span is None:
                continue
            span._.source = source
            span._.confidence = conf
            ents.append(span)
        doc.ents = ents


#: a firm's name: the district or zone of its case stands before it and stays a place (婺城区|金华市某厂)
FIRM_END = re.compile(r"(?:公司|厂|廠|集团|集團|合作社|养殖场|養殖場|企业|企業|商行|店|加油站)$")


def _body_under(place: str, body: str, starts_with_place) -> bool:
    """Is ``body`` a public body of a place below ``place``, written as one name (西藏自治区|林芝市人民政府)?

    The writer's prefix is part of the name (ANNOTATION: organisations as written).  A firm after the
    district of its case, or a body after a place of the same or a lower level, is not prefixed.
    """
    return (place.endswith(("省", "自治区", "自治區")) or (place.endswith("市") and len(place) >= 3)) \
        and starts_with_place(body) and not FIRM_END.search(body)
