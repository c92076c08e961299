"""Organisations and their sections (ORG) as the article writes them.

GUIDELINES keeps bodies as written: with their place (北京市|环境监察总队), with a bare level
(州环保局), with their section (某局|大气处), and a task force or a plant as one name.  The model
often tags only the place of a long name, or stops at a section; these passes extend, cut or add
the body from the words around it, and never across a clause (:data:`NOT_IN_BODY`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Set

from ...grammar.natural import LEADING as NATURAL_LEADING
from ..entity_rules import BARE_ZONES, CLAUSE_VERBS, LEVEL_WORDS, ZONE_KIND_WORDS
from .knowledge import DIVISION_END, LEADING_FUNCTION, NOT_DIVISIONS, PlaceKnowledge
from .placing import Candidate, taken_mask

#: a body named without its place after a clause mark, ending like a body (，|生态环境分局|副局长X)
BODY_BEFORE_TITLE = re.compile(r"(?:^|[，,。；;：:\n])[ \t]*([\u4e00-\u9fff]{2,10}?(?:生态环境分局|生态环境局|环境保护局|环保局|分局|"
                               r"监测站|监测中心|执法支队|执法大队|综合行政执法局))")
#: words that open a description of bodies, not a name (各分局, 相关部门, 有关单位)
GENERIC_BODY_OPENINGS = ("各", "相关", "有关", "该", "本", "全", "其他", "其它", "所属", "下属", "我")
#: leading groups and task forces named in full (市生态环境保护督察整改工作领导小组, 省X工作领导小组办公室):
#: they start after a function word or punctuation and hold no clause
#: a campaign quoted inside the name (某市“铁腕治污行动”领导组) is part of it; 中央督察组 needs no words between
TASK_FORCE = re.compile(r"(?:(?:[省市县区州旗]|[\u4e00-\u9fff]{2,6}?[省市县区州旗])(?:“[\u4e00-\u9fff]{2,12}”|[\u4e00-\u9fff]{2}|[\u4e00-\u9fff]“[\u4e00-\u9fff]{2,12}”)(?:[\u4e00-\u9fff]|“[\u4e00-\u9fff]{2,12}”){0,22}?"
                        r"|中央(?:[\u4e00-\u9fff]|“[\u4e00-\u9fff]{2,12}”){0,24}?)"
                        # 督查组 is the same inspection team written with 查 (中央第二生态环境保护督查组); a liaison team
                        # is named by its 协调联络 (自治区保障…督察协调联络工作组), a bare 工作组 by nothing
                        # teams sent to a place are named by their task (省某厅包保组, 某某调研组, 驻某地监督帮扶组)
                        r"(?:领导小组|领导组|督察组|督查组|督导组|协调联络工作组|联络工作组|工作专班|指挥部|"
                        r"包保组|调研组|检查组|帮扶组|巡查组|核查组|指导组|专员办|"
                        # a party committee's patrol team (市委第三巡察组, 省委第五巡视组)
                        r"巡察组|巡视组)(?:办公室)?")
QUOTED_CAMPAIGN = re.compile(r"“[\u4e00-\u9fff]{2,12}”")
#: verbs between two bodies (市政府|审核后报|省…领导小组): no task force runs across them
TASK_FORCE_BREAK = re.compile(r"会同|會同|联合|聯合|协同|協同|收听|收看|在组织|审核|审定|审批|后报|上报|报送|报请|交办|移送|移交|请示|批复|同意|牵头|核查|来到|到|赴"
                              r"|带领|帶領|率领|率領|率队|带队|陪同|(?<![效比频功概税利])率(?![先])|传达|傳達"  # 某厅副厅长某某|带领|某厅督察组
                              # a head and the name after the post acting on the team (区委书记某某代表…向|市…督察组汇报)
                              r"|(?<!人大)代表(?!团)|向|督办|(?:书记|县长|市长|区长|旗长|州长|省长|主席)[\u4e00-\u9fff]{2,3}(?:对|向|现场|在|就)")
#: what a task force's name (or a bare level before a title) opens after: a function word, a clause mark
TASK_FORCE_AFTER = set("的由向报至经是为和与及据照受对从请了、，,。：:“\"\n\t （(")
#: the endings of a school, a museum, a farm, a mine, a quarry, a waterworks or a hotel: with a proper name
#: or a place before them they name one body (某某大学, 某县博物馆, 某某林场, 某某煤矿, 某某酒店: ORG in gold)
#: (not 集中|学习, 大学|生: the word's characters opening another word)
PLACE_NAMED_INSTITUTIONS = r"(?:大学|(?<![初高])中学|(?<!中)小学)(?![生习])|学院|纪念馆|博物馆|科学技术馆|科技馆"
INSTITUTION_ENDINGS = (PLACE_NAMED_INSTITUTIONS + r"|林场|农场|渔场|牧场|茶场|园艺场|煤矿|采石场|石场|养殖场|养猪场|猪场"
                       r"|自来水厂|水厂|大酒店|酒店|宾馆|客栈")
#: a body named after its place: 海南省第五生态环境保护督察组, 北京市环境监察总队, 宝鸡机车检修厂
BODY_AFTER_PLACE = re.compile(
    r"[\u4e00-\u9fff（）()·]{0,24}?"
    r"(?:生态环境局|环境保护局|环保局|分局|局|厅|总队|支队|大队|中队|环保所|督察组|领导小组办公室|领导小组|工作组|办公室|"
    r"委员会|管委会|人民政府|政府|政协|人大常委会|法院|检察院|研究院|研究所|管理所|监理所|监测所|检测所|监测站|有限责任公司|有限公司|股份公司|公司|集团|厂|协会|学会|"
    # an enforcement team, a task team, a county's media (某市生态环境执法队, 某市环保专班, 某某融媒体)
    r"执法队|专班|融媒体中心|融媒体|融媒|报业集团|报业|"
    # a town's street office, a place's coordinating office (某街道办事处, 某镇河长办, 某县环保督察办: not 举办,
    # 督办, 交办…), its centres and stations (某省环境宣传教育中心, 某某水文站, 某区保护站), a party's committee
    # (民革某市委会), a team sent out (某县驻村工作队) and a place's broadcaster (某省交通广播)
    r"办事处|(?<![举创开主承协督交转查包代合兴帮严快速经申接])办(?!事|理|法|结|好|成|公(?!室))|"
    r"(?:教育|监测|服务|保护|管理|事务|研究|调度|指挥|信息|技术|应急|回收|处置|宣传|保障|执法|评估|培训|疾控|检测|检验)中心|"
    r"管护站|保护站|工作站|观测站|研究站|管护所|委会|工作队|巡护队|交通广播|新闻广播|电视台|"
    # a school or a museum named after its place (某省|师范大学, 某县|革命纪念馆); a farm, a mine or a hotel is
    # named on its own, its place before it only locates it (某县|某某煤矿: named_institutions)
    r"" + PLACE_NAMED_INSTITUTIONS + r")"
    r"(?![\u4e00-\u9fff]{0,1}(?:长|员|主任)(?![\u4e00-\u9fff]))")
#: a democratic party named before the place of its committee (民革|某市委会, 九三学社|某省委员会): one body
DEMOCRATIC_PARTY_BEFORE = re.compile(r"(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)$")
#: a facility or a managing body named after a river, lake or mountain (某河|污水处理厂, 某水库|管理局): one ORG
FACILITY_AFTER_FEATURE = re.compile(r"(?:(?:国家级|省级|市级|县级|国家)?(?:自然保护区|湿地公园|森林公园|风景名胜区|国家公园|景区)"
                                    # …the bureau of a reserve or a park named after it (某某国家级自然保护区|管理局)
                                    r"(?=管理局|管理处|管护局|管理站|管委会|管理委员会)|[\u4e00-\u9fff]{0,4}?)"
                                    r"(?:污水处理厂|污水处理站|净水厂|自来水厂|水厂|水电站|发电厂|电厂|"
                                    r"管理局|管理处|管理站|管理所|管理委员会|管委会|" + INSTITUTION_ENDINGS + ")")
#: characters that never stand between a feature's name and its facility's ending (a clause, a list)
NOT_IN_FACILITY = re.compile(r"[的和与及等、是为在对将把被了各]|城镇|城市|农村|乡镇|工业|生活|全部|所有")
#: the ending of a treatment or disposal plant (某某污水处理厂, 某某焚烧厂, 某某填埋场): with a proper name
#: before it the plant is a named body, an ORG (GUIDELINES: named plants and stations are ORG)
PLANT_ENDING = re.compile(r"污水处理厂|污水厂|净水厂|焚烧发电厂|焚烧厂|填埋场|菌肥厂|热电厂|供热厂"
                          # a landfill or a disposal centre with the waste it takes: the name stands before the
                          # waste word (某某|垃圾填埋场, 市某某|生活垃圾综合处理场, 市|医疗废物集中处置中心)
                          r"|(?:生活)?垃圾(?:综合|无害化)?(?:处理场|处理厂|填埋场|焚烧厂|焚烧发电厂)"
                          r"|(?:医疗|危险)废物(?:集中)?处置(?:中心|场|厂)")
#: a bare level before a plant's ending names the place's own plant (推进|县|垃圾填埋场): a body as written
PLANT_LEVELS = frozenset(LEVEL_WORDS)
#: words that end the run before a plant's name: a verb taking the plant as its object or place (运往|某某
#: 填埋场, 抽入|某某污水处理厂), a where-word (市区|某某污水处理厂); the name is what follows the last one
PLANT_NAME_BEFORE = re.compile(r"运往|送往|运至|送至|运到|送到|抽入|排入|排至|接入|纳入|进入|流入|收集至|汇入|建设了|建成了?"
                               # a visit's verb, a provenance (走进|某某纪念馆, 来自|某某大学)
                               r"|走进|来到|深入|前往|察看|查看|参观|考察|调研|走访|来自|位于"
                               r"|新建|扩建|改建|推进|加快|完成|启动|实施|督促|加大|加强|对|在|向|到|至|从|由|经|和|与|及|或|的"
                               r"|市区|城区|县城|城内|境内|辖区|全市|全县|全区|我市|我县|我区|该市|该县")
#: a plant's "name" that only says what kind or where it is (城镇污水处理厂, 园区污水处理厂, 垃圾填埋场)
#: (the words of a kind, a place's sort or a lot, shared with an institution's generic names below)
GENERIC_KIND_WORDS = (r"城镇|城市|城乡|乡镇|农村|园区|工业|生活|集中|区域|原有|现有|所有|全部|[省市县区镇乡村]级"
                      r"|配套|相关|已建|新建|在建|一批|多座")
GENERIC_PLANT_NAME = re.compile(GENERIC_KIND_WORDS + r"|医疗|垃圾|各[类个家座]|[的了是为等个家座所处\d]")
#: a body named with a bare level: the level, up to twelve characters, a body's ending, and no section after it
BARE_LEVEL_BODY = re.compile(
    r"(?:自治区|自治州|省|市|县|区|州|旗)(?:党?委|[\u4e00-\u9fff]{0,12}?"
    r"(?:生态环境局|环境保护局|环保局|生态环境厅|监测中心|监测站|执法支队|执法大队|执法队|(?:人民)?政府党组|人民政府|政府|人大常委会|人大|政协"
    # any bureau of the level's government (县自然资源局, 区住建局), not a word ending in 局 (大局, 格局)
    r"|(?<![格大布结当开时全政骗饭新危变残战省市县区州旗])局(?![面势长部])|(?:民政|财政)局"
    r"|(?:生态环境保护委员会|环境保护委员会|生态环境委员会)(?:办公室)?|环委会|环委办|环保督察办"
    # the level's coordinating offices and centres, named by their task (市河长办, 省河湖长制办公室, 市蓝天办,
    # 市督改办, 省宣传教育中心)
    r"|河湖长办|河长办|湖长办|林长办|(?:河湖|河|湖|林)长制办公室|蓝天办|督改办|(?:宣传教育|宣教|事务|服务|调度)中心))"
    # a section or post after the name makes it longer (市委|宣传部); the body's own meeting does not (县政府|常务会议)
    # nor does its party group's post (县政府|党组成员, 县政协|党组书记: gold's TITLE after the body)
    # (常委 after 政协/人大 is a post of the body, 政协|常委; after 市委 it folds into the title 市委常委)
    # nor does the post of its head (市某某局|局长, 县某某局|副局长: the post, not a longer name)
    r"(?!(?!(?:(?:常务|全体|专题|党组|扩大)?会议?|党组(?:副?书记|成员)|副?[局部厅处科站所队]长|副?主任|副?主席))"
    # (组织, 部分, 部署 after the body are verbs and words of the clause: 市政协|组织委员…, 县政府|部署…; 委员 after
    # 政协/人大 is a member of the body, 政协|委员; 人大代表 is a deputy's post, no body)
    r"[\u4e00-\u9fff]{0,2}(?:局|部(?!分|署)|办|厅|会|中心|处|科|室|组(?!织)|队|站|所|(?<!政协委)(?<!人大委)员|书记|代表"
    r"|(?<!政协)(?<!人大)常委))")
#: a level written as a rank (县级河长办, 市级环委会): every body of that level, no body of the article's place
LEVEL_OF_BODIES = re.compile(r"(?:自治区|自治州|[省市县区州旗])级")
#: the bare levels a body's name may open with (县|水利局)
BARE_LEVELS = frozenset(("自治区", "自治州", "省", "市", "县", "区", "州", "旗"))
#: a zone's own bodies written with the bare zone word (示范区管委会, 开发区党工委): in the zone's article the
#: zone needs no name, as 县委 needs none in a county's
ZONE_BODY = re.compile("(?:" + "|".join(map(re.escape, ZONE_KIND_WORDS)) + r")(?:党工委|管委会|管理委员会|工委)"
                       r"(?![\u4e00-\u9fff]{0,2}(?:办|部|局|处|科|室))")
#: the people's congress or the political consultative conference written bare before one of its posts in a list of
#: leaders (…、某某，|政协|副主席某某): the article's own level's body, as 县委 is in a county's article
ASSEMBLY_BEFORE_POST = re.compile(r"(?:政协|人大常委会)(?=副?主席|副?主任|秘书长)")
#: an environmental committee named in full but with no place or level before it (2025年|生态环境保护委员会|第三次
#: 会议, 主持召开|生态环境保护委员会|全体会议): the committee of the article's place, a body as written
#: (GUIDELINES keeps bodies as written); nothing after it that makes it a section or an office of it
PLACELESS_COMMITTEE = re.compile(
    r"(?:(?:生态文明建设和)?(?:生态环境|环境)保护(?:工作)?委员会|生态环境委员会)"
    r"(?!办|成员|委员|主任|副主任|秘书|专家|各成员|下设|[\u4e00-\u9fff]{0,2}(?:局|部|处|科|室|组|队|站|所|书记|常委))")
#: what a placeless committee follows when it opens the name: a year, a verb of holding its meeting
#: or the whole-level word (全县|生态环境保护委员会第一次会议, 传达全州|…委员会全体会议精神), which names no place
#: (GUIDELINES: 全县 is not GPE) and makes the committee the article's own
WHOLE_LEVEL = re.compile(r"全[省市县区州旗盟]")
PLACELESS_COMMITTEE_BEFORE = re.compile(r"(?:\d年|召开|主持|暨|听取|传达|经|" + WHOLE_LEVEL.pattern + ")$")
#: words a body named by its bare level follows as their object or subject (纳入|市政府…, 代表|区政府, 约谈|县政府,
#: 2024年|县生态环境保护委员会第一次会议, …会议暨|县…委员会): the body's name opens after them
BODY_OBJECT_BEFORE = re.compile(r"(?:纳入|列入|代表|约谈|报请|提请|会同|联合|邀请|暨|\d年|召开|召集"
                                # a body that hands over, receives or is obeyed (接到|县某局|移送的…, 被|县政府|记功)
                                r"|接到|收到|移交|移送|配合|贯彻|(?<![并将])被|受到|得到"  # 召开|县政府常务会议: the body whose meeting it is
                                # an official leading bodies on a visit, a figure's source (带领|市生态环境分局、…, 根据|县监测站)
                                r"|带领|帶領|率领|率領|(?<![效比频功概税利])率|陪同|根据|根據|依据|依據|按照"
                                # a body whose meeting is watched (组织收看|省环委会2018年全会)
                                r"|收听|收看|观看|收聽|觀看"
                                # the body whose gathering one attends (欢迎参加|市生态环境局…新闻发布会)
                                r"|参加|參加|出席"
                                # a body whose report is heard, whose words are relayed or carried out (听取了|区政府关于…,
                                # 传达了|省政协《…》, 落实|省政协关于…), or that a clause says it is (是|自治区政协贯彻…)
                                r"|听取了?|傳達了?|传达了?|落实|落實|(?<![但就还也总而于凡])是)$")
#: verbs the segmenter glues to a bare level that opens a body's name (听取市|环委会, 联合区|园林绿化局)
VERB_BEFORE_LEVEL = re.compile(r"(?:听取|传达|傳達|接到|收到|纳入|列入|代表|约谈|报请|提请|会同|联合|邀请|配合|协调|督促|指导|来自|导致|"
                               r"依据|根据|按照|通过|获得|得到|受到|向|对|由|经|与|和|及|同|在|据)$")
#: a list marker right before a clause (一是, 其二是, 二是): the clause opens after it
LIST_MARKER_BEFORE = re.compile(r"(?:^|[^\u4e00-\u9fff]|[，,。；;：:])?[一二三四五六七八九十]是$")
#: what a clause opens after (not spaces: a portal's bar 省委 | 省人大 | 省政府 is navigation)
CLAUSE_START = set("，,。；;：:、\n（(“\"")
#: a section's name right after its body: 大气环境司, 水生态环境处, 综合科, 执法三分队
SECTION_AFTER_BODY = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:司|处|科|室|办公室|中心|大队|支队|中队|分队|股|站|所)")
#: verbs that name a task force's goal inside its name (某市创建国家…示范市领导小组, 某县争创全国…城市指挥部)
PURPOSE_VERBS = ("创建", "争创", "创成", "申创")
#: verbs that open a clause right after its subject place (某市|成立…, 某县|全面加强…): the ones the ORG
#: repair cuts at (entity_rules.CLAUSE_VERBS), and 获 alone (某市|获…通报表扬) but not in a name (获嘉县)
CLAUSE_AFTER_PLACE = re.compile("(?:" + "|".join(map(re.escape, CLAUSE_VERBS)) + r"|获(?!嘉))")
#: a stretch that reads as a clause, not as part of a name
NOT_IN_BODY = re.compile(r"[的、，,。；;：:“”\"\n]|先后|召开|出席|参加|參加|列席|主持|通过|通過|开展|推进|完成|实现|通报|发布|印发|要求|以来|期间|同比|全市|全省|和规划|"
                         r"一行|来到|前往|汇报|主场|活动由|核查|会议?[在于]|实行|实施|推行|建立|设立|得到|受到|被(?!服)|已向|已对|贯彻|加大|^还|^也|^均|^都|^已|^将|^来|^去|投资|派出|"
                         # a preposition right after the place opens the clause's object (某村|对…加工厂, 某县|向…)
                         r"^对(?!外)|^向|^把|^从|^给|^到(?!位)|^在(?!线)|"
                         # a count of firms after the place describes them (某镇|几家造纸厂, 某村|3家养殖场)
                         r"[几多数各]家|(?:\d+|[一二两三四五六七八九十]+)家(?!店)|立即|组织(?!部)|"
                         # a place opening a clause (某市|成立…工作组, 某市|获…办公厅通报, 某县|全面加强…污水处理厂,
                         # 某市|构建…): the verb is the sentence's, never the first word of a body's name
                         r"^" + CLAUSE_AFTER_PLACE.pattern + "|"
                         # a gathering named before a body (某市…保护大会|暨|…委员会): the body is the second name
                         r"大会(?!堂)|会议(?!中心|室)|暨")
#: a firm's name: the district or zone of its case stands before it and stays a place (婺城区|金华市某厂)
FIRM_END = re.compile(r"(?:公司|厂|廠|集团|集團|合作社|养殖场|養殖場|企业|企業|商行|店|加油站)$")


def task_forces(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate], blocked: bytearray,
                known_places: Set[int] = frozenset()) -> list[Candidate]:
    """Leading groups and task forces are one ORG each, over the model's pieces of them.

    A name starts after a function word, punctuation or 成立/设立 and holds no clause; a
    model ORG that ran into it from the left keeps only its own part (市政府|审核后报|省…领导小组).
    """
    out = list(chosen)
    place_starts = {c[0] for c in chosen if c[2] == "GPE"} | set(known_places)  # X市|治污减霾领导小组办公室
    i = 0
    while i < len(text):
        # 中央 opens a central team's name after any word (高度重视中央环保督察组交办的…); a bare level opens one
        # after a function word, a clause mark, a verb of founding, or a verb taking bodies (配合|省环保督察组)
        if i not in place_starts and not text.startswith("中央", i) and (not _opens_level(text, i) or not (
                i == 0 or text[i - 1] in TASK_FORCE_AFTER or text[i - 2:i] in ("成立", "设立", "组建")
                or VERB_BEFORE_LEVEL.search(text, max(0, i - 4), i))):
            i += 1
            continue
        m = TASK_FORCE.match(text, i)
        if (not m or NOT_IN_BODY.search(QUOTED_CAMPAIGN.sub("", m.group()))
                or TASK_FORCE_BREAK.search(text, m.start(), m.end())
                or blocked.find(1, m.start(), m.end()) != -1):
            i += 1
            continue
        s, e = m.span()
        party = DEMOCRATIC_PARTY_BEFORE.search(text, max(0, s - 4), s) if text.startswith("中央", s) else None
        if party:
            s = party.start()  # 农工党|中央调研组: a democratic party's central committee sends the team
        head = knowledge.repair._place_head(m.group()) if s in place_starts else 0
        if head and CLAUSE_AFTER_PLACE.match(text, s + head):
            i += 1  # 某市|成立专项督导组: the place opens a clause; the group after the verb has no place of its own
            continue
        inner = inner_body_start(knowledge, text, s, e) if s in place_starts else None
        s = inner if inner is not None else s  # 某市|共接到|中央…督察组: the place and the clause stay outside
        near = [c for c in out if c[0] < e and s < c[1]]
        for c in [c for c in near if c[2] == "TITLE" and s <= c[0] < e < c[1]]:
            # a title that took the office's last word (办公室|主任): the title starts after the name
            out.remove(c)
            near.remove(c)
            if knowledge.repair.known.get(text[e:c[1]]) == "TITLE":
                out.append((e, c[1], "TITLE", c[3], c[4]))
        # …or a person the name would hold (县委书记某某对|省…督查组): a body's name never holds a person
        if any(c[3] in ("grammar", "rule") or c[1] > e or (c[0] < s and c[2] != "ORG") or c[2] == "PERSON"
               for c in near):
            i += 1
            continue
        kept = [(ps, pe, lab, c[3], c[4]) for c in near if c[0] < s
                for ps, pe, lab in knowledge.repair.repair(text, c[0], s, "ORG")]
        out = [c for c in out if c not in near] + kept + [(s, e, "ORG", "rule", 1.0)]
        i = e
    return out


#: a task force named by its task alone, no place before it (…为组长的|全面推行河长制工作领导小组, 。|黄标车专项行动组):
#: four to twenty characters of task and the force's ending
PLACELESS_TASK_FORCE = re.compile(r"[\u4e00-\u9fff]{3,20}?(?P<ending>领导小组(?:办公室)?|专项行动组|行动指挥部|攻坚战指挥部|战斗指挥部|工作专班|督查专班)")
#: what a placeless task force opens after (besides the text's start): a clause mark, 的, 暨, or a verb of founding
#: or convening
PLACELESS_TASK_FORCE_OPENER = re.compile(r"[，,。；;：:\n“\"（(的暨]|成立|设立|组建|召开")
#: what a task force's name never holds: a clause mark, a possessive, a verb of the sentence
NOT_IN_TASK_FORCE = re.compile(r"[的、，,。；;：:“”\"\n从在对向被把将由以于省市县区州旗]|召开|开展|要求|以来|期间|同比|负责|牵头|是|为|和|与|及"
                                r"|成立|组织|组建|部门|完成|发挥|调整|充实|评|记者")
#: how long a placeless task force's own words are at least: a leading group needs a task of its own (全面推行河长制
#: 工作领导小组), not a kind of work (整改工作领导小组); a campaign's team is named by its target (黄标车专项行动组)
TASK_WORDS_MIN = {"领导小组": 6, "领导小组办公室": 6}
#: words that open a description of task forces, not a name (各级领导小组, 相关工作专班)
GENERIC_TASK_FORCE_OPENINGS = GENERIC_BODY_OPENINGS + ("各级", "专项", "工作", "成立", "设立", "组建", "召开", "由")


def placeless_task_forces(text: str, chosen: list[Candidate], blocked: bytearray) -> list[Candidate]:
    """A leading group or task force named by its task alone is one ORG (黄标车专项行动组, 全面推行河长制工作领导小组):
    it opens after a clause mark, 的 or a verb of founding, holds no clause, and stands free or over the model's
    pieces of it (GUIDELINES: task forces as written)."""
    out = list(chosen)
    starts = sorted({m.end() for m in PLACELESS_TASK_FORCE_OPENER.finditer(text)} | {0})
    for i in starts:
        m = PLACELESS_TASK_FORCE.match(text, i)
        if m is None or (m.group().startswith(GENERIC_TASK_FORCE_OPENINGS) and not m.group().startswith("全面")) \
                or NOT_IN_TASK_FORCE.search(m.group()) \
                or TASK_FORCE_BREAK.search(m.group()) or blocked.find(1, m.start(), m.end()) != -1:
            continue
        s, e = m.span()
        ending = m.group("ending")
        if len(m.group()) - len(ending) < TASK_WORDS_MIN.get(ending, 3):
            continue
        near = [c for c in out if c[0] < e and s < c[1]]
        if any(c[2] != "ORG" or c[0] < s or c[1] > e for c in near):
            continue  # a place, a title or a longer body: the name reads otherwise
        out = [c for c in out if c not in near] + [(s, e, "ORG", "rule", 1.0)]
    # a team named by its task and number (督察五组, 检查二组): one body wherever it stands free
    taken = taken_mask(text, out)
    for m in NUMBERED_TEAM.finditer(text):
        if taken.find(1, m.start(), m.end()) == -1 and blocked.find(1, m.start(), m.end()) == -1:
            out.append((m.start(), m.end(), "ORG", "rule", 1.0))
    return sorted(out)


#: a team named by its task and its number (督察五组, 检查二组)
NUMBERED_TEAM = re.compile(r"(?:督察|督查|检查|调研|巡查|核查|指导|帮扶)[一二三四五六七八九十]+组")


def _opens_level(text: str, i: int) -> bool:
    """A bare level word starts at ``i``: one character (省, 市, 县) or 自治区, whose first character is no level."""
    return text[i] in "省市县区州旗" or text.startswith("自治区", i)


def inner_body_start(knowledge: PlaceKnowledge, text: str, start: int, end: int) -> int | None:
    """Where a second body opens inside a run-on name that starts with a place (吴忠市|共接到|中央第四…督察组,
    X市|贯彻落实|Y省…督察组): a level word (中央, 国家) or a known place after words that are no place
    and hold no organisation ending.  An organisation never contains a verb phrase: the words between
    are the clause and the place before them stays a place.  None when the name reads as one body
    (X市|Y区生态环境局: places written together; X市生态环境局|Y分局: the body is named before)."""
    suffixes = [suf for suf in knowledge.repair.lists.org_suffixes if len(suf) >= 2]
    for k in range(start + 2, end - 3):
        gap = text[start:k]
        if any(suf in gap for suf in suffixes):
            return None
        # …or a body named by its bare level after a clause (某区|共接到|省委第二…督察组)
        level_body = (text[k] in "省市县区州" and text[k + 1] in "委政" and len(gap) >= 4
                      and gap[-1] not in DIVISION_END)
        if not (level_body or text.startswith(("中央", "国家"), k) or any(
                text[k:k + n].endswith(DIVISION_END) and knowledge.repair.known.get(text[k:k + n]) == "GPE"
                for n in range(6, 1, -1))):
            continue  # a short place name inside a firm's name (某某|灵武|特种水泥有限公司) opens no second body
        if knowledge.is_division(gap) or knowledge.strong_place(gap) or not re.fullmatch(r"[\u4e00-\u9fff]+", gap):
            continue
        if gap.endswith(PURPOSE_VERBS) and knowledge.is_division(gap[:-2]):
            return None  # 某市|创建|国家…示范市领导小组: a task force named for the title it strives for is one body
        return k
    return None


def _ends_in_common_word(common_words: tuple[str, ...], text: str, end: int) -> bool:
    """The character before ``end`` belongs to an ordinary word that merely holds a body's ending (局面, 布局,
    地处, 社会: entity_rules.json's ``org_false_endings``), whether the word ends there or runs on past it."""
    return any(text.startswith(w, end - j) for w in common_words for j in range(1, len(w) + 1))


def bodies_named_after_places(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate]) -> list[Candidate]:
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
        if m and _ends_in_common_word(knowledge.repair.lists.org_false_endings, text, m.end()):
            m = None  # 某地|建设呈现新局|面, 某国|特色…布局: the body's ending is the head or tail of an ordinary word
        if m and text[e:e + 1] in ("和", "及", "与", "、") and knowledge.repair._starts_with_place(text[e + 1:e + 9]):
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
            inner = inner_body_start(knowledge, text, s, end)
            if inner is not None and inner < e:
                inner = None  # a level word inside the place's own name (某市某|区|政务服务办公室) opens no body
            if inner is not None and all(out[j][0] >= inner and out[j][1] <= end for j in inside if out[j][1] > inner):
                # 某市|共接到|中央…组: the place stays, the body starts at its own level or place
                result.append(out[i])
                result.append((inner, end, "ORG", "rule", conf))
                result.extend(out[j] for j in inside if out[j][1] <= inner)
                i = (inside[-1] if inside else i) + 1
                continue
            lower = knowledge.repair._lower_place_before_firm(text[s:end]) if inner is None else 0
            if lower and all(out[j][1] <= end for j in inside):
                # 某某区|某某市某某配件厂: the district the case lies in, then the firm's own name
                result += [(s, s + lower, "GPE", source, conf), (s + lower, end, "ORG", "rule", conf)]
                i = (inside[-1] if inside else i) + 1
                continue
            if inner is None and all(out[j][1] <= end and out[j][2] in ("GPE", "ORG", "LOC") for j in inside):
                party = DEMOCRATIC_PARTY_BEFORE.search(text, max(0, s - 4), s)
                result.append((party.start() if party else s, end, "ORG", "rule", conf))
                i = (inside[-1] if inside else i) + 1
                continue
        result.append(out[i])
        i += 1
    return result


#: a party's committee of a place (某某市委, 某省委会, 某区工委会, 某市委员会): a democratic party's body when the party opens it
PARTY_COMMITTEE = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:委员会|工委会|委会|工委|委)")


def parties_before_committees(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A democratic party's committee is one body with the party's name (民盟|某市委, 九三学社|某市委会): a body read
    right after the party's name, ending like a committee, takes the party in.  A place alone (民盟|某市 before a
    post) is left as it is: only the committee's name makes the party's body."""
    out = []
    for c in chosen:
        s, e, label = c[0], c[1], c[2]
        party = DEMOCRATIC_PARTY_BEFORE.search(text, max(0, s - 4), s) if label == "ORG" else None
        if party and party.end() == s and PARTY_COMMITTEE.fullmatch(text, s, e):
            c = (party.start(), e, "ORG") + tuple(c[3:])
        out.append(c)
    return out


def facilities_named_after_features(text: str, chosen: list[Candidate]) -> list[Candidate]:
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


#: an institution's ending where no place stands before it (某某|林场, 某某|煤矿, 某某|大学)
INSTITUTION_ENDING = re.compile(INSTITUTION_ENDINGS)
#: a "name" before an institution's ending that only says its kind, its owner or its lot, or is the verb or
#: the count governing it (国有|林场, 非法|采石场, 关闭|煤矿, 多家|养殖场, 中|小学)
GENERIC_INSTITUTION_NAME = re.compile(GENERIC_KIND_WORDS + r"|[的了是为等个座所处\d]|[\d几多数各一两三四五六七八九十]家"
                                      r"|国有|集体|私营|个体|非法|违法|无证|小型|大型|中型|周边|附近|沿岸|各|其他|其它|你|我|他"
                                      r"|关闭|取缔|整治|拆除|关停|搬迁|退出|涉及|这|那|该|本|全|多|些|高校|中小|初|高级|部分|重点"
                                      # the verb or the kind governing it (随着|煤矿, 登记|养殖场, 生猪|养殖场, 生态|牧场)
                                      r"|随着|随著|改造|升级|登记|要求|发现|严查|严控|严格|查处|解决|督促|指导|排查|受|提升|保障|利用|清理|整顿"
                                      r"|转产|采砂|禁养|违规|不断|此次|并|深入|进入|天然|专题|生猪|畜禽|家禽|生态|净化|规模|家庭|黑")


def named_plants(text: str, chosen: list[Candidate], blocked: bytearray, ending: re.Pattern = PLANT_ENDING,
                 generic: re.Pattern = GENERIC_PLANT_NAME, after_places: bool = False) -> list[Candidate]:
    """A treatment or disposal plant written with a proper name before its ending is an ORG
    (某某污水处理厂, 运往某某填埋场): the model misses most of them on pages.  The name is two to four
    characters after punctuation or after the verb or where-word that opens the plant's phrase; a
    name that only says the plant's kind or place (城镇污水处理厂, 垃圾填埋场, 6座污水处理厂) names none.
    A place found inside the name (某某区|污水处理厂) becomes part of the body's name."""
    out = list(chosen)
    for m in ending.finditer(text):
        k = m.start()
        while k > 0 and m.start() - k < 10 and re.match(r"[\u4e00-\u9fff]", text[k - 1]):
            k -= 1
        run = text[k:m.start()]
        cuts = [c.end() for c in PLANT_NAME_BEFORE.finditer(run)]
        if after_places:  # a place ending inside the run locates the body, whose own name follows it (某县|某某煤矿)
            cuts += [c[1] - k for c in out if c[2] in ("GPE", "LOC") and k < c[1] <= m.start() and c[0] >= k - 12]
            cuts.sort()
        name_start = k + (cuts[-1] if cuts else 0)
        name = text[name_start:m.start()]
        if not (2 <= len(name) <= 4 or (name in PLANT_LEVELS and (cuts or len(run) == 1))) or generic.search(name) or name in BARE_ZONES or name in NOT_DIVISIONS \
                or blocked.find(1, name_start, m.end()) != -1:
            continue
        over = [c for c in out if c[0] < m.end() and name_start < c[1]]
        if any(c[2] not in ("GPE", "LOC") or c[0] < name_start or c[1] > m.start() for c in over):
            continue  # a body or a name reaching past the plant's name is the model's reading
        out = [c for c in out if c not in over] + [(name_start, m.end(), "ORG", "rule", 1.0)]
    return sorted(out)


def named_institutions(text: str, chosen: list[Candidate], blocked: bytearray) -> list[Candidate]:
    """A school, museum, farm, mine, quarry, waterworks or hotel written with a proper name before its ending
    (某某林场, 某某煤矿, 某某博物馆) is an ORG, found as :func:`named_plants` finds plants; a name saying only
    its kind or owner (国有林场, 非法采石场) names none."""
    return named_plants(text, chosen, blocked, INSTITUTION_ENDING, GENERIC_INSTITUTION_NAME, after_places=True)


def bare_level_bodies(text: str, chosen: list[Candidate], blocked: bytearray) -> list[Candidate]:
    """Bodies written with a bare level that opens a clause (经|州环保局|查实, 在|州委|、州政府领导下,
    ，|自治区生态环境监测中心|实现): GUIDELINES keeps bare-prefix bodies as written.  Only into free
    text; a name that runs on into a section or office (市委|宣传部, 省政府|新闻办) is left alone.
    A zone's bodies with the bare zone word (开发区管委会) and an environmental committee with no place
    before it are taken the same way, each family with its own test of where its name may open."""
    out = sorted(_without_whole_level(text, c) for c in chosen)
    # a bare-level body the model read as a name (县政协: 县 is also a surname) is the body
    out = [(c[0], c[1], "ORG", "rule", 1.0) if c[2] == "PERSON" and BARE_LEVEL_BODY.fullmatch(text, c[0], c[1]) else c
           for c in out]
    taken = taken_mask(text, out)
    # every start is tried: a match that opens inside a title (副县长代表县政府) must not hide the body after it
    starts = (i for i, ch in enumerate(text) if ch in "自省市县区州旗")
    level_bodies = filter(None, (BARE_LEVEL_BODY.match(text, i) for i in starts))
    families = ((level_bodies, _bare_level_opens), (ZONE_BODY.finditer(text), _opens_after_clause),
                (PLACELESS_COMMITTEE.finditer(text), _placeless_committee_opens),
                (ASSEMBLY_BEFORE_POST.finditer(text), _opens_list_member))
    for matches, opens in families:
        for m in matches:
            s, e = m.span()
            if not opens(text, m) or blocked.find(1, s, e) != -1:
                continue
            if taken.find(1, s, e) != -1:
                # the model's body without its level (区|自然资源局): the level's body replaces it
                inside = [c for c in out if c[0] < e and s < c[1]]
                if opens is not _bare_level_opens or len(inside) != 1 or inside[0][2] != "ORG" or inside[0][1] != e \
                        or not _level_prefix_of(text, s, inside[0][0]):
                    continue
                out = [c for c in out if c not in inside]
            out.append((s, e, "ORG", "rule", 1.0))
            taken[s:e] = b"\x01" * (e - s)
    return sorted(out)


def _level_prefix_of(text: str, s: int, body_start: int) -> bool:
    """Do the characters from ``s`` to a body read without them open that body's own name: its bare level
    (县|水利局) or the level and the first words of a name written with 和 (州发展和|改革局), never a
    second body joined by 和 (区府和|市环保局: the 和 before a level opens another body)."""
    prefix = text[s:body_start]
    if prefix in BARE_LEVELS:
        return True
    return (prefix[:1] in BARE_LEVELS and re.fullmatch(r"[\u4e00-\u9fff]+", prefix) is not None
            and not (prefix[-1] in "和及与" and text[body_start] in "自省市县区州旗"))


def _opens_list_member(text: str, m: re.Match) -> bool:
    """A name opens a member of a list of leaders: at the start or after a clause mark (…、某某，|政协副主席某某)."""
    return not m.start() or text[m.start() - 1] in CLAUSE_START


def _without_whole_level(text: str, c: Candidate) -> Candidate:
    """A placeless committee read with the whole-level word before it (全州|生态环境保护委员会, where 全州 is
    also a county's name) loses that word: 全州 before a committee is the whole prefecture, no place."""
    if c[2] == "ORG" and WHOLE_LEVEL.match(text, c[0]) and PLACELESS_COMMITTEE.fullmatch(text, c[0] + 2, c[1]):
        return (c[0] + 2,) + tuple(c[1:])
    return c


def _opens_after_clause(text: str, m: re.Match) -> bool:
    """A body named without its place opens a clause: at the start, after punctuation or a function word,
    or as the object of a verb that takes bodies (约谈|县政府, 纳入|市政府…); any other word before it may be
    its place or make it part of a longer name."""
    s = m.start()
    return (not s or text[s - 1] in CLAUSE_START or text[s - 1] in LEADING_FUNCTION or _opens_indented_line(text, m)
            or (s >= 2 and text[s - 1] == " " and text[s - 2] in ":：")  # a column's label before it (某某新闻: 区政协…)
            or BODY_OBJECT_BEFORE.search(text, max(0, s - 6), s) is not None)


def _opens_indented_line(text: str, m: re.Match) -> bool:
    """Only a line's indentation stands before the body and its sentence goes on after it (⏎    县政协主席某某…):
    the body opens its paragraph; a portal's bar of bodies ( 省委 | 省人大) goes on with no sentence."""
    s = k = m.start()
    while k > 0 and text[k - 1] in " \t\u3000\xa0":
        k -= 1
    return k < s and (k == 0 or text[k - 1] == "\n") and re.match(r"[\u4e00-\u9fff]", text[m.end():m.end() + 1]) is not None


def _bare_level_opens(text: str, m: re.Match) -> bool:
    """A body with a bare level opens a clause as :func:`_opens_after_clause` says, or after a list marker
    (一是|旗委…); and its words read as a name, not as a clause (:data:`NOT_IN_BODY`)."""
    s = m.start()
    return ((_opens_after_clause(text, m) or LIST_MARKER_BEFORE.search(text, max(0, s - 3), s) is not None)
            and not NOT_IN_BODY.search(m.group()) and not LEVEL_OF_BODIES.match(m.group()))


def _placeless_committee_opens(text: str, m: re.Match) -> bool:
    """A committee with no place opens its name at the start, after punctuation, or after a year or a verb of
    holding its meeting; any other word before it may be its place (某市|…委员会) or make it any committee's
    (…和|委员会职责)."""
    s = m.start()
    return not s or text[s - 1] in CLAUSE_START or PLACELESS_COMMITTEE_BEFORE.search(text, max(0, s - 4), s) is not None


def levels_before_bodies(text: str, chosen: list[Candidate], blocked: bytearray) -> list[Candidate]:
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


def firms_after_places(knowledge: PlaceKnowledge, text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A firm whose registered name opens with its province, written after the place it stands in
    (某州|四川某某水泥有限公司): the place is GPE, the firm's name starts at the province."""
    out = []
    for s, e, label, source, conf in sorted(chosen):
        name = text[s:e]
        cut = None
        if label == "ORG" and FIRM_END.search(name):
            for k in range(min(len(name) - 4, 8), 1, -1):
                if knowledge.repair.known.get(name[:k]) == "GPE" and name[:k] not in knowledge.provinces and any(
                        name.startswith(p, k) for p in knowledge.provinces if len(p) >= 2):
                    cut = s + k
                    break
        if cut is None:
            out.append((s, e, label, source, conf))
        else:
            out += [(s, cut, "GPE", source, conf), (cut, e, "ORG", source, conf)]
    return out


def bodies_before_titled_persons(text: str, chosen: list[Candidate], blocked: bytearray) -> list[Candidate]:
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


def sections_between_body_and_title(text: str, chosen: list[Candidate]) -> list[Candidate]:
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


#: premises a small firm is named by (某某石场, 某某铁选厂, 某某猪场, 某某大酒店): the kind of the business
FIRM_KINDS = ("采石场", "石场", "砂石场", "砂场", "沙场", "洗砂场", "碎石场", "采砂场", "铁选厂", "选矿厂", "选厂", "砖厂", "砖场",
              "养猪场", "猪场", "养殖场", "鸡场", "牛场", "虾场", "渔场", "林场", "农场", "搅拌站", "拌合站", "加工厂", "石材厂",
              "石料厂", "木材厂", "家具厂", "造纸厂", "塑料厂", "电镀厂", "化工厂", "汽修厂", "修理厂",
              # premises open to visitors (某某大酒店, 某某度假村, 某某纪念馆): a business or an institution by its name
              "大酒店", "酒店", "宾馆", "饭店", "度假村", "农家乐", "纪念馆", "博物馆")
FIRM_KINDS_LONGEST_FIRST = tuple(sorted(FIRM_KINDS, key=len, reverse=True))  # 铁选厂 before 选厂
#: a firm named by its own two to four characters and its kind, standing after a mark or a place word
FIRM_BY_KIND = re.compile(r"(?:(?<=^)|(?<=[、，,。；;：:“\"（(\n\s.．对到在向的与和及即村镇乡])"
                          r"|(?<=反映)|(?<=举报)|(?<=投诉)|(?<=发现)|(?<=位于)|(?<=关停)|(?<=查处)|(?<=检查)|(?<=称))"
                          r"([\u4e00-\u9fff]{2,5}?(?:" + "|".join(FIRM_KINDS) + r"))")
#: what may end the words before a firm's name inside one run: a verb of report, a village's or hamlet's level
FIRM_NAME_OPENER = re.compile(r"(?:反映|举报|投诉|发现|位于|称|村|镇|乡|冲|组|社区|屯)$")
#: what never opens a firm's own name: the clause's verbs and pronouns (拆除|砂场, 登记|养殖场, 你|猪场, 为|…)
FIRM_NOT_OPENING = tuple(sorted({"拆除", "登记", "改造", "升级", "新建", "建设", "整治", "关闭", "取缔", "清理", "规范", "规模", "为", "你",
                                 "我", "他", "其", "是", "有", "混凝土"} | {w for w in NATURAL_LEADING if len(w) >= 2},
                                key=len, reverse=True))
#: words that make such a run a description, not a name (大型石场, 该猪场, 各采石场, 相关加工厂)
NOT_FIRM_NAME = re.compile(r"^(?:大型|小型|中型|各类|各|该|本|此|这|那|相关|所有|全部|部分|一家|多家|其他|其它|非法|违法|无证|"
                           r"废弃|关停|现有|周边|附近|村里|村内|涉事|上述|个体|私营|规模|国有|国营|集体|家庭|生态|休闲)")
#: what stands beside a firm in a list of two (某某石场和某某石场, 某尾矿库和|某某采石场): 和, 及, 与
FIRM_PAIR = "和及与"


def firms_named_by_kind(text: str, persons: Set[tuple[int, int]] = frozenset()) -> list[tuple[int, int]]:
    """Small firms named by their premises' kind (某某石场, 某某铁选厂, 某某猪场): an ORG like a company (GUIDELINES:
    firms by short name are ORG).  The name is its own two to four characters and the kind, after a mark or a word
    of place; a description (大型石场, 该猪场) or a run over a clause is none.  ``persons`` are the people found:
    a firm named after its owner (某某某|家具厂) is a name whatever stands around it."""
    out = []
    for m in FIRM_BY_KIND.finditer(text):
        start, name = m.start(1), m.group(1)
        if name[0] in "即的对在到与和及向" and len(name) > 3:
            start, name = start + 1, name[1:]  # (即|某某石场: a word of the clause before the name
        kind = next(k for k in FIRM_KINDS_LONGEST_FIRST if name.endswith(k))
        own = name[:-len(kind)]
        # the name after the words before it (反映|某某石场, 某村|某某冲|某某石场): its last two to four characters
        # where what stands before them ends with a verb of report or a village's level
        cut = next((k for k in (4, 3, 2) if len(own) > k and FIRM_NAME_OPENER.search(own[:-k])), None)
        if cut:
            start, own = start + len(own) - cut, own[-cut:]
        if not 2 <= len(own) <= 4 or NOT_FIRM_NAME.match(own + kind) or NOT_IN_BODY.search(own) \
                or re.search(r"[村镇乡县市区省]$", own) or "某" in own or own.startswith(FIRM_NOT_OPENING):
            continue
        out.append((start, m.end(1), start + len(own)))
    # a name, not a description: named twice in the article, or listed beside another member (某某石场、某某石场)
    names = [text[s:e] for s, e, _ in out]
    return [(s, e) for s, e, own_end in out if names.count(text[s:e]) >= 2 or text[s - 1:s] in "、" + FIRM_PAIR
            or text[e:e + 1] in "、" + FIRM_PAIR or (s, own_end) in persons]


#: a congress's or a committee's session named by its number (二十届, 十四届): opening a body's name it dates the body,
#: closing it before a sitting's number (某县委|十四届第三十四次常委会) it names the sitting, no part of the body in
#: either place (GUIDELINES: meetings are no organisations)
SESSION_NUMBER = re.compile(r"[一二三四五六七八九十]{1,3}届")
SITTING_AFTER_SESSION = re.compile(r"[一二三四五六七八九十]{1,3}届第?[一二三四五六七八九十百\d]+次")
#: what is left of a sitting read as a body (届第三十四次常委会, 二十三次常委): a meeting's number, no body (a body
#: named after a numbered campaign, 第二次污染源普查领导小组, is one)
SITTING_REMNANT = re.compile(r"(?:[一二三四五六七八九十]{0,3}届)?第?[一二三四五六七八九十百\d]+次(?=常委|全会|全体|会议|主任会议|党组会)")


def bodies_without_session_numbers(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A body read with a session's number before it (二十届|中央某某领导小组) or with a numbered sitting after it
    (中共某县委|十四届第三十四次常委) keeps only its name, and what is left of a sitting read as a body (届第三十四次
    常委会) is none; a session inside the name (县十七届人大常委会) stays."""
    out = []
    for c in chosen:
        if c[2] != "ORG":
            out.append(c)
            continue
        s, e = c[0], c[1]
        if SITTING_REMNANT.match(text, s, e):
            continue
        lead = SESSION_NUMBER.match(text, s, e)
        if lead and e - lead.end() >= 2:
            s = lead.end()
        sitting = SITTING_AFTER_SESSION.search(text, s, e)
        if sitting and sitting.start() - s >= 2:
            e = sitting.start()
        out.append((s, e, *c[2:]))
    return out
