"""Closed word classes the clause analysis keys on, normalised once.

Small sets that are grammar rather than vocabulary (connectors, role cues,
place qualifiers) live here; open vocabularies (actors, triggers, weapons,
reporters) are editable CSV files in data/lexicons/.
"""
from __future__ import annotations

import re

from .dates import MONTHS
from .normalize import normalize_word

# Clause boundaries inside a sentence: contrastive / sequencing connectors.
CLAUSE_BREAKS = {normalize_word(w) for w in
                 ("فيما", "بينما", "بدوره", "بدورها", "كما", "وكذلك", "ولاحقا", "وذلك")}
# after a comma only: "طال القصف المدفعي أطراف بلدتي كفركلا والخيام، وسُجل تحليق مكثف للطائرات":
# what "was recorded" next is a statement of its own (not "الذي استهدف رجال الأمن ... وسجل هاشتاق")
# "قتل ثلاثة عسكريين أمس ...، متوعدا بشن هجمات أخرى": the threat after a comma is a clause of its
# own (a threat cue, data/lexicons/cues.csv), which leaves the act told before it alone
# "أرسلت المليشيات تعزيزات ...، لكن طيران التحالف قصف تلك التعزيزات": "but" after a comma opens
# a clause with its own subject; the doer of the clause before it is not the doer of this act
# "... من طائرات النظام المروحية، دون انباء عن اصابات، كذلك استهدفت الفصائل المعارضة تمركزات لقوات
# النظام بقذائف الهاون" (aljazirah 2015-07-24, SOHR): "likewise" after a comma opens the next act, with
# its own sides and means (as "وكذلك" does anywhere)
COMMA_CLAUSE_BREAKS = {normalize_word(w) for w in ("وسجل", "وسجلت", "متوعدا", "متوعدة", "متوعدين",
                                                   "لكن", "ولكن", "كذلك")}
FRONTED_SUBORDINATE = {normalize_word(w) for w in ("فيما", "وفيما", "بينما", "وبينما")}
CLAUSE_BREAK_PAIRS = {("في", "حين"), ("من", "جهتها"), ("من", "جهته"), ("في", "المقابل"),
                      # a participle of saying opens what was said: "منع المدنيين ..., مشيرا إلى أن
                      # طيران الجيش ... وجها ضربات"
                      ("مشيرا", "الي"), ("مشيره", "الي"), ("مضيفا", "ان"), ("موضحا", "ان"),
                      ("مؤكدا", "ان"), ("لافتا", "الي"),
                      # and their feminine, after a body that speaks ("أعلنت هيئة الحشد ... استشهاد
                      # أربعة ... بالقصف، مؤكدة أن هذه المواقع مسؤولة عن منع تسلل إرهابيي داعش")
                      ("مؤكدة", "ان"), ("مضيفة", "ان"), ("موضحة", "ان"), ("لافتة", "الي"),
                      # "عبوة ثالثة استهدفت رتلاً ...، مبيناً أن القوات الأمنية فرضت طوقاً": Iraqi
                      # copy's "explaining that" (2015 corpus: "إصابة 4 مواطنين ...، مبينا أن القوات
                      # المسلحة ردت على مصادر النيران")
                      ("مبينا", "ان"), ("مبينة", "ان"),
                      # "قوة من البيشمركة توجهت ... لنجدة الأهالي، إلا أنها تعرضت لكمين نصبه
                      # مسلحو التنظيم": "but it met" opens an act of its own
                      ("إلا", "أنها"), ("إلا", "أنه"), ("إلا", "أنهم"), ("إلا", "أن"),
                      # "بعد مقتل شاب برصاص عناصر حاجز ...، ما أشعل اشتباكات بين مسلحين محليين وعناصر
                      # الحاجز": what the killing set alight is an act of its own, with its own sides
                      ("ما", "أشعل"), ("مما", "أشعل"), ("ما", "أشعلت"), ("مما", "أشعلت")}
CLAUSE_BREAK_PAIRS = {(normalize_word(a), normalize_word(b)) for a, b in CLAUSE_BREAK_PAIRS}
ANAPHORIC_PLACES = {normalize_word(w) for w in
                    ("المنطقة", "الموقع", "هناك", "المدينة", "البلدة", "المنطقتين", "القرية",
                     # the prison or camp the article named: "مواقع تحصن فيها عناصر التنظيم في محيط
                     # السجن", "مبنى كلية الاقتصاد المجاور للسجن" after "سجن الصناعة في حي غويران",
                     # "اقتحام المخيم" after "مخيم جنين" (not "المطار": wire copy's "airport" is as
                     # often where someone flew from or to; nor "المعسكر", "الحقل": "إضعاف المعسكر
                     # القومي الكردي" is a political camp)
                     "السجن", "المخيم")}
ATTACKER_NOUNS = {normalize_word(w) for w in
                  ("مقاتلات", "طائرات", "طائرة", "طيران", "مدفعية", "مسيرات", "مسيرة",
                   "مروحيات", "المقاتلات", "الطائرات", "الطيران", "المدفعية", "المسيرات",
                   "راجمات", "صواريخ", "قذائف", "مسلحو", "مسلحي", "خلايا", "خلية",
                   # "بقذيفة حوثية": the shell's side fired it
                   "قذيفة", "مقذوف", "مقذوفات")}
# A verb right after one of these has it as its subject, so the actor that
# follows the verb is the object: "هجوما ... استهدف القاعدة الأمريكية".
SUBJECT_BEFORE_VERB = {normalize_word(w) for w in
                       ("الذي", "التي", "اللذين", "صاروخ", "صواريخ", "قذيفة", "قذائف",
                        "مسيرة", "مسيرات", "طائرة", "طائرات", "غارة", "غارات", "الصاروخية",
                        "صاروخية", "الصاروخيه", "ضربة", "ضربات", "عبوة", "انتحارية")}
VICTIM_WORDS = {normalize_word(w) for w in
                ("مقتل", "إصابة", "إصابات", "اصابة", "جرح", "أصيب", "مصرع", "قتل", "استشهاد",
                 "قتلى", "جرحى", "قضى", "لقي", "سقط",
                 "صفوف", "إصابته", "استشهد", "استشهدت", "استشهدوا", "استشهدا", "شهداء",
                 # Turkish official Arabic: "تحييد 5 إرهابيين" (killed, captured or surrendered)
                 "تحييد")}
# "عثر الأهالي على جثة عنصر من قسد مقتولاً": whose body was found was hit (for the victim's side
# only: not a harm word, "ترك جثمان طفلة ... حتى تتعفن إهمال واعتداء" is no act)
BODY_WORDS = {normalize_word(w) for w in ("جثة", "جثتي", "جثث")}
# verbs of dying or being hurt that have no agent ("استشهد", "لقي مصرعه", "أصيب"; not "قتل",
# which is as often active)
DIED_VERBS = {normalize_word(w) for w in ("استشهد", "استشهدت", "استشهدوا", "استشهدا", "واستشهد", "واستشهدت",
                                         "لقي", "لقيت", "لقوا", "ولقي", "أصيب", "أصيبت", "أصيبوا", "وأصيب")}
TARGET_HINT_WORDS = {normalize_word(w) for w in
                     ("القاعدة", "القواعد", "قاعدة", "قواعد", "جنود", "الجنود", "جنودا",
                      "جنديان", "جنديين", "عنصران", "عنصرين",
                      "جندي", "جنديا", "الجندي", "ضابط", "ضابطا",
                      "منشات", "مواقع", "مقرات",
                      # what strikes hit: "غارات لمراكز تجمع تابعة لتنظيم داعش"
                      "مراكز", "مركز", "تجمعات", "تجمع", "آليات", "مخازن", "مستودعات",
                      "معسكرات", "نقاط", "ثكنات", "أهداف", "اهداف", "تحصينات", "أوكار",
                      # the singular posts: "هجوما على نقطة تابعة لميليشيات الحوثي" (whose post
                      # was attacked, not whose attack)
                      "نقطة", "حاجز", "حواجز", "مقر", "ثكنة", "معسكر")}
# Strike nouns: a nationality adjective after one names who struck
# ("بغارات إسرائيلية", "قصف تركي"); also heads below and attacker nouns above.
STRIKE_NOUNS = {normalize_word(w) for w in
                ("غارة", "غارات", "الغارات", "الغارة", "ضربة", "ضربات", "الضربات", "قصف",
                 "القصف", "هجوم", "هجمات", "الهجوم")}
ATTACKER_NOUNS |= STRIKE_NOUNS | {normalize_word(w) for w in ("عدوان", "العدوان", "اعتداء", "الاعتداء",
                                                                # the accusative: "إن قصفاً باكستانياً طال"
                                                                "قصفا", "هجوما")}
# Fighting units: "التابعة لـ X" after one makes X the side that fights.
UNIT_NOUNS = {normalize_word(w) for w in
              ("الفرقة", "فرقة", "الكتيبة", "كتيبة", "كتائب", "الكتائب", "فصيل", "الفصيل", "سرية", "لواء",
               "اللواء", "ألوية", "الألوية", "فوج", "الفوج", "حركة", "جماعة", "مجموعة", "المجموعة", "الجماعة")}
# Nationality adjectives name the actor only after a military noun.
MILITARY_HEADS = {normalize_word(w) for w in
                  ("قوات", "القوات", "طائرات", "الطائرات", "طائرة", "مقاتلات", "المقاتلات",
                   "قاعدة", "القاعدة", "قواعد", "القواعد", "جنود", "الجنود", "جنودا",
                   "مسيرة", "مسيرات", "طيران", "الطيران", "مروحيات", "دورية", "رتل",
                   "مدفعية", "المدفعية", "بوارج", "سفن", "الجيش", "جيش", "عناصر",
                   "جنديان", "جنديين", "عنصران", "عنصرين", "دوريه", "دوريات",
                   "جندي", "جنديا", "الجندي", "ضابط", "ضابطا", "السفارة", "سفارة", "القنصلية",
                   "مقر", "المقر", "معسكر", "قافلة", "موكب",
                   "عدوان", "اعتداء",
                   # the accusative after "إن" or a verb: "إن قصفاً مدفعياً باكستانياً عنيفاً طال بلدة بونش",
                   # "مشيرا إلى أن هجوماً روسياً على فنلندا"
                   "قصفا", "هجوما",
                   # "برصاص قناص حوثي": the sniper's side is who shot
                   "قناص", "القناص", "قناصة", "القناصة",
                   # "اعترضت الدفاعات الجوية السعودية طائرة مسيرة": a state's air defences are its forces
                   "الدفاعات", "دفاعات",
                   # "بقذيفة حوثية", "قذائف سعودية": the side whose shell it was
                   "قذيفة", "بقذيفة", "قذائف", "بقذائف", "مقذوف", "بمقذوف", "مقذوفات",
                   "بمقذوفات")} | STRIKE_NOUNS  # "في عدوان عسكري إسرائيلي واسع على جنين"
# the head of a side named by its air defences (who only stop what is fired at them)
AIR_DEFENCE_HEADS = frozenset(normalize_word(w) for w in ("الدفاعات", "دفاعات"))
# "اعترضت", "اعتراض", "تعترض": to intercept (a weapon on its way), not only to down
INTERCEPT_STEMS = tuple(normalize_word(w) for w in ("اعترض", "اعتراض", "تعترض", "يعترض"))
# "هجوم نسبته السلطات إلى الكردستاني": the side an act is blamed on
# "حمّل ... مسؤولية الهجمات": who is held responsible for the acts
BLAME_VERBS = {normalize_word(w) for w in ("حمل", "حملت", "يحمل", "تحمل", "حملوا")}
ATTRIBUTION_VERBS = {normalize_word(w) for w in ("نسب", "نسبت", "نسبته", "نسبتها", "تنسب", "ينسب",
                                                 "نسبوا",
                                                 # "الهجوم الانتحاري المنسوب إلى تنظيم داعش": the
                                                 # act "attributed to" X, as a participle
                                                 "المنسوب", "المنسوبة", "المنسوبه", "منسوب", "منسوبة",
                                                 "المنسوبين")} | BLAME_VERBS
# "تنظيم داعش يقف وراء التفجير", "الانفجار ... يقف خلفه داعش": who stands behind an act did it
STAND_VERBS = {normalize_word(w) for w in ("يقف", "تقف", "يقفون", "يقفان", "وقف", "وقفت", "وقفوا")}
BEHIND_WORDS = {normalize_word(w) for w in ("وراء", "خلف")}
BEHIND_IT_WORDS = {normalize_word(w) for w in ("وراءه", "وراءها", "خلفه", "خلفها", "وراءهما", "خلفهما")}
# "خلال تسليم الطائرة السعودية المساعدات", "طائرة إغاثية", "طائرة ركاب": a plane that carries
# aid, passengers or cargo is what an act may hit, never the act's means
CARRIER_PLANE_WORDS = {normalize_word(w) for w in ("المساعدات", "مساعدات", "إغاثية", "الإغاثية", "الإغاثة",
                                                   "إغاثة", "ركاب", "الركاب", "مدنية", "المدنية", "شحن",
                                                   "الشحن", "للمساعدات", "الإنسانية",
                                                   # "نقل 8 مصابين بواسطة طائرة الإخلاء الطبي": a plane
                                                   # that flies out the wounded ("سيارة إسعاف" and
                                                   # "الطبية" may be what a strike hit: not here)
                                                   "الإخلاء", "إخلاء")}
# "بقصف الأحياء باستخدام قذائف الهاون ومضادات الطيران", "المدفعية المضادة للطيران", "صواريخ
# مضادة للطائرات": a gun or missile against aircraft is fired from the ground, never an air strike's
# aircraft
ANTI_AIR_WORDS = {normalize_word(w) for w in ("مضاد", "مضادات", "مضادة", "مضادتان", "مضادتين")}
# "فتح عناصر من حزب العمال النار": verbs whose object "النار" may follow the subject
OPEN_FIRE_VERBS = {normalize_word(w) for w in ("فتح", "فتحت", "فتحوا", "أطلق", "أطلقت", "أطلقوا",
                                               # "تبادلت القوات إطلاق النيران مع مجموعة من العناصر
                                               # الإرهابية": the side between is one side of a clash
                                               "تبادلت", "تبادلوا", "تبادلا", "تتبادل", "يتبادل")}
# an explosion these words describe is an accident, not an attack
ACCIDENT_WORDS = {normalize_word(w) for w in ("غاز", "الغاز", "أسطوانة", "اسطوانة", "خزان", "حريق", "ماس",
                                              "كهربائي", "منجم", "مصنع", "المصنع", "مفاعل", "بركان", "ألعاب",
                                              "نارية", "مستودع", "وقود", "صهريج", "تسرب", "غلاية", "قطار")}
RELATIVE_PRONOUNS = {normalize_word(w) for w in ("الذي", "التي", "اللذين", "اللتين", "الذين", "اللذان", "اللتان")}
# counted people: "قتل عنصران من الأسايش" (the dual subject of a passive verb)
VICTIM_DUAL_NOUNS = {normalize_word(w) for w in ("عنصران", "عنصرين", "جنديان", "جنديين", "مقاتلان", "مقاتلين",
                                                 "شخصان", "شخصين", "ضابطان", "ضابطين", "شرطيان", "شرطيين")}
# "القوات التركية وفصائل الجيش الوطني": a group noun joined by و before a named side
GROUP_HEADS = {normalize_word(w) for w in ("فصائل", "قوات", "ميليشيات", "مليشيات", "عناصر", "مقاتلي", "كتائب",
                                           "وحدات", "ألوية", "جماعات", "مسلحي")}
# heads that may carry a proper name before their nationality ("قاعدة "فكتوري" الأميركية")
NAMED_FACILITY_HEADS = {normalize_word(w) for w in ("قاعدة", "القاعدة", "السفارة", "سفارة", "معسكر", "مطار")}
# A passive kill / injury verb right after an actor: the actor was hit
# ("جنديا تركيا قتل وأصيب آخر"). Unvocalised "قتل" is also the active verb
# ("الجيش قتل 5 مسلحين"), so it counts only before a word that cannot be its object.
PASSIVE_HIT_VERBS = {normalize_word(w) for w in ("أصيب", "أصيبوا", "أصيبا", "جرح", "جرحوا", "لقوا", "لقيا",
                                                 "لقي", "لقيت", "سقطوا", "استشهد", "استشهدوا")}
AMBIGUOUS_KILL_VERBS = {normalize_word(w) for w in ("قتل", "قتلوا", "قتلا", "قتلت")}
NOT_AN_OBJECT = {normalize_word(w) for w in
                 ("في", "خلال", "جراء", "إثر", "اثر", "بنيران", "برصاص", "بقصف", "بهجوم",
                  "بانفجار", "وأصيب", "وجرح", "أمس", "اليوم",
                  # "قيادياً في تنظيم القاعدة قتل مع مسلحين اثنين في غارة": killed with others
                  "مع", "بغارة", "بضربة", "بتفجير", "عندما", "بينما", "حين",
                  # "تسعة متمردين قتلوا ليلا في غارة جوية": a time of day is never the object
                  "ليلا", "صباحا", "مساء", "فجرا", "ظهرا", "عصرا", "الليلة",
                  # "عناصر التنظيم قتلوا لدى قصف التحالف لمقرات في قريتي" (alweeam 2015-07-22): when
                  # (during) they were killed, no object
                  "لدى", "أثناء", "اثناء",
                  # "3 حوثيين قتلوا على متن دبابة", "قتل على يد مسلحين", "قتلوا على الفور": a kill
                  # verb's object comes with no preposition, so one after "على" was killed (but
                  # "على الأقل" may stand before the object: frames._no_object_after)
                  "على")}
MILITARY_ADJECTIVES = {normalize_word(w) for w in
                       ("حربية", "الحربية", "حربي", "الحربي", "مسيرة", "المسيرة", "العسكرية", "عسكرية",
                        "انتحارية", "مقاتلة", "هجومية", "عسكري", "العسكري",
                        # "ضربات جوية أمريكية", "قصف مدفعي تركي", "هجوم صاروخي إيراني"
                        "جوية", "الجوية", "جوي", "الجوي", "صاروخية", "الصاروخية", "صاروخي", "الصاروخي",
                        "مدفعي", "المدفعي", "مدفعيا", "صاروخيا", "جويا",
                        # "الدفاعات الجوية الملكية السعودية", "القوات البحرية الملكية السعودية": a
                        # kingdom's service is "royal" before its nationality
                        "الملكية", "الملكي")}
# An aircraft's model between its noun and its nationality ("طائرات F-16 العراقية", "مقاتلات
# إف-16 التركية", "طائرات سوخوي الروسية", "مسيرة MQ-9 ريبر الأمريكية"): Latin letters and digits
# are read by the token, these Arabic spellings of model names by this list
AIRCRAFT_MODEL_WORDS = frozenset(normalize_word(w) for w in (
    "اف", "إف", "ميغ", "ميج", "سوخوي", "سو", "ريبر", "بريداتور", "بيرقدار", "أقنجي", "اقنجي", "أكينجي",
    "شاهد", "أباتشي", "اباتشي", "هيرمس"))
# "مواقع عسكرية باكستانية": positions, a force's when said to be military (frames._actors)
POSITION_HEADS = frozenset(normalize_word(w) for w in ("مواقع", "موقع", "موقعا", "نقاط", "نقطة", "مراكز", "مركز",
                                                      "مركزا", "المواقع", "النقاط", "المراكز"))
# An attack's own adjectives, between its noun and the lam of its doer: "هجوماً جديداً لقوات
# الدعم السريع", "هجوما واسعا لتنظيم داعش"
ACT_ADJECTIVES = frozenset(normalize_word(w) for w in ("جديدا", "جديد", "جديدة", "واسعا", "واسع", "واسعة", "عنيفا",
                                                      "عنيف", "عنيفة", "مماثلا", "مماثل", "مباغتا", "مباغت",
                                                      "كبيرا", "كبير", "آخر", "اخر", "ثانيا", "ثان",
                                                      # "هجوم إرهابي لعناصر القاعدة", "هجوم مسلح لداعش",
                                                      # "هجوم انتحاري لداعش على بلدة" (2015 corpus): the
                                                      # kind of act, with its doer after the lam
                                                      "إرهابي", "إرهابيا", "إرهابية", "مسلح", "مسلحا",
                                                      "انتحاري", "انتحاريا", "انتحارية", "مسلحة",
                                                      # "هجمات منسقة لـ"جيش تحرير بلوشستان"", "عمليات متزامنة
                                                      # للمقاومة الشعبية" (aawsat 2015): how the acts were done
                                                      "منسق", "منسقة", "منسقا", "متزامن", "متزامنة", "متزامنا",
                                                      # "خلال هجوم انتقامي لجماعة بوكو حرام" (2015 corpus):
                                                      # why the act was done, its doer after the lam
                                                      "انتقامي", "انتقاميا", "انتقامية",
                                                      # "غارة غادرة للعدو الصهيوني", "هجوم جبان لعصابات
                                                      # داعش", "قصف همجي للعدو السعودي": the word of
                                                      # condemnation a side's own press puts on the act
                                                      "غادر", "غادرة", "غادرا", "جبان", "جبانة", "جبانا",
                                                      "همجي", "همجية", "همجيا", "وحشي", "وحشية", "وحشيا",
                                                      "إجرامي", "إجرامية", "إجراميا", "آثم", "آثمة", "آثما"))
# "قصف عنيف بالبراميل المتفجرة من قوات النظام", "غارات جوية مكثفة من طيران الأسد": the
# words that may stand between an act's noun and the "من" of its doer
FIRE_DESCRIBERS = ACT_ADJECTIVES | MILITARY_ADJECTIVES | {normalize_word(w) for w in (
    "مكثف", "مكثفة", "مكثفا", "كثيف", "كثيفة", "كثيفا", "متواصل", "متواصلة", "متقطع", "متقطعة",
    "عشوائي", "عشوائية", "المتفجرة", "الثقيلة", "الموجهة", "متفجرة", "ثقيلة", "موجهة")}
GENERIC_MILITIA = {normalize_word(w) for w in
                   ("الميليشيات", "المليشيات", "ميليشيات", "مليشيات", "الميليشيا", "ميليشيا",
                    "المليشيا", "مليشيا")}  # Yemeni outlets write "المليشيا" for the Houthis
WEAPON_NEEDED = {"fall", "reprisal"}  # "سقطت ... قذائف", "ردت ... بالقذائف"
VERBS_NEEDING_OBJECT = {normalize_word(w) for w in ("شن", "شنت", "يشن", "تشن")}
# (and the plural and dual: "مسلحين أطلقوا صاروخين من منطقة الدورة")
LAUNCH_VERBS = {normalize_word(w) for w in ("اطلق", "اطلقت", "إطلاق", "اطلاق", "أطلقوا", "أطلقا", "أطلقتا")}
# what aircraft drop ("أسقطت طائرات النظام براميل متفجرة"): the aircraft then is no prey
DROPPED_LOADS = {normalize_word(w) for w in ("براميل", "برميل", "قنابل", "قنبلة", "منشورات", "مساعدات", "حمولة",
                                             "حمولتها", "صناديق", "مظلات", "ألغام")}
# the launch verb with its object pronoun: "قذائف هاون أطلقها إرهابيو ... من مدينة تل أبيض"
LAUNCHED_FROM_IT = {normalize_word(w) for w in ("أطلقه", "أطلقها", "أطلقته", "أطلقتها", "أطلقوه", "أطلقوها")}
EXPLOSIVE_ONLY = {normalize_word(w) for w in ("فجر", "فجرت", "انفجار", "انفجرت", "انفجر", "الانفجار",
                                               "انفجارات")}  # a gas main also explodes
# Triggers that name a means or an entry, not yet harm: "ضبط عبوة ناسفة",
# "اقتحم مستوطنون باحات الأقصى", "مداهمة منزل" (an arrest), "أحرقوا العلم".
# They count only with a toll, a victim word or another trigger in the clause.
HARM_NEEDED = {normalize_word(w) for w in
               ("عبوة", "عبوات", "لغم", "لغما", "ألغام", "قنبلة", "قنابل", "سيارة", "سيارات", "عدوان", "عدوانا",
                # (and the plural triggers.csv says needs harm as the singular: "شنت قسد حملة مداهمات
                # ... دون أن تعلن عن اعتقال أي مشتبه بهم" is a sweep, no clash)
                "مداهمة", "مداهمات", "داهمت", "داهم", "داهموا", "دهمت", "دهم", "اقتحام", "اقتحمت", "اقتحم",
                "اقتحموا", "أحرق", "أحرقوا", "أحرقت", "إحراق", "طعن", "طعنا", "اعتدى", "اعتدت",
                "اعتدوا", "اعتداء", "الاعتداء",
                # "شاحنة محملة بالمتفجرات": a car bomb, but one seized is a find
                "محملة")}
# Harm said without a number: a kill or injury word, or a verb of damage.
# "بحثا عن مطلقي النار": the shooters hunted, whose fire is no harm of this clause's act
SHOOTER_NOUNS = frozenset(normalize_word(w) for w in ("مطلقي", "مطلقو", "لمطلقي", "ومطلقي"))
HARM_WORDS = {normalize_word(w) for w in
              ("قتل", "مقتل", "قتلى", "قتيل", "قتيلا", "مصرع", "استشهاد", "شهداء", "شهيد", "إصابة",
               "إصابات", "أصيب", "جرحى", "جرح", "جريح", "أسفر", "أودى", "انفجرت", "انفجار", "تفجير",
               "فجر", "فجرت", "النار", "الرصاص", "رصاص", "دمار", "أضرار", "حرقا", "اشتباكات",
               "بالضرب", "ضربا", "بسكين", "بالسكين", "بالسكاكين", "جروح", "بجروح")}
# A personal crime, not an act of the conflict, when no armed side or state force did it
# (SaudiNewsNet's local pages, 2015): a beating ("اعتدى مواطن بالضرب بآلة حادة على طبيب",
# "تعرض مواطنة ثلاثينية للاعتداء بالضرب على يد زوجها إثر خلاف عائلي"), harassment ("تعرض
# فتاة للطعن من قبل شاب تحرش بها"), a spouse's violence, a family or personal quarrel.
PERSONAL_CRIME_WORDS = {normalize_word(w) for w in ("بالضرب", "تحرش", "التحرش", "للتحرش", "بالتحرش",
                                                    # "تعرضت يوميا لاعتداء جسدي وجنسي": abuse, a rape
                                                    "وجنسي", "جنسي", "الجنسي", "جنسيا", "اغتصاب", "باغتصاب",
                                                    "اغتصابها", "واغتصاب",
                                                    # "وقبض على الجاني وهو شاب في العقد الثالث" (snn-2015-07-23-0639):
                                                    # "the culprit", one or two, is the police pages' word for a
                                                    # murderer (2015 corpus: police cases, executions); not "الجناة"
                                                    "الجاني", "بالجاني", "الجانيين", "بالجانيين", "الجانيان",
                                                    # "واقعة تبدو أنها انتحار حرقا راح ضحيتها رجل وزوجته"
                                                    # (snn-2015-07-22-1100): a suicide (not "انتحاري", the
                                                    # bomber: every 2015 corpus use is a self-killing or a figure)
                                                    "انتحار", "الانتحار", "بالانتحار", "انتحارا", "وانتحار")}
# a spouse hit counts as a crime only beside a private person as the doer ("قيام مواطن بإطلاق
# النار على زوجته وابنه"; not "الإرهابيين الذي تحصن رابعهم بمنزل متخذا زوجته ... كرهينتين")
SPOUSE_WORDS = {normalize_word(w) for w in ("زوجته", "زوجها", "طليقته", "طليقها")}
PRIVATE_DOERS = {normalize_word(w) for w in ("مواطن", "مواطنا", "مقيم", "مقيما", "وافد", "رجل", "شاب", "ثلاثيني",
                                             "أربعيني", "عشريني", "خمسيني", "ستيني", "المواطنين")}
# "أقدم شاب مساء الثلاثاء على قتل ثلاثة أشخاص" (snn-2015-07-23-0639): "a young man / a citizen /
# a resident went so far as to" opens the local pages' crimes and suicides (every 2015 corpus use:
# a man who shot his brothers, a father his son, a wife her husband), never an armed side's act
PRIVATE_DEED_OPENERS = {normalize_word(w) for w in ("أقدم", "أقدمت", "وأقدم", "وأقدمت")}
PRIVATE_DEED_DOERS = PRIVATE_DOERS | {normalize_word(w) for w in ("امرأة", "فتاة", "سيدة", "شخص", "عامل", "طالب")}
# "القبض على مواطن أطلق النار على شقيقه" (snn-2015-08-08-1032), "أطلق خمسيني النار على شقيقه ونسيبه":
# a private person firing "on" his own kin is a family crime of the police pages (every 2015 corpus
# use beside such a doer); only right after "على", not "استشهد شاب ونجله في قصف"
KIN_VICTIM_WORDS = {normalize_word(w) for w in ("شقيقه", "شقيقها", "شقيقته", "شقيقتها", "أخيه", "أخاه", "أخته",
                                                "والده", "والدته", "والدها", "والدتها", "أبيه", "أباه", "أمه",
                                                "ابنه", "ابنها", "ابنته", "ابنتها", "نجله", "أبنائه", "أشقائه",
                                                "أطفاله", "عمه", "خاله")}
PERSONAL_QUARREL_HEADS = {normalize_word(w) for w in ("خلاف", "خلافات", "لخلاف", "لخلافات", "بسبب")}
PERSONAL_QUARREL_KINDS = {normalize_word(w) for w in
                          ("عائلي", "عائلية", "عائليه", "أسري", "أسرية", "شخصي", "شخصية", "مالي", "مالية")}
SHARP_TOOL = ({normalize_word(w) for w in ("بآلة", "آلة", "بأداة", "أداة")},
              {normalize_word(w) for w in ("حادة",)})
# An abduction needs someone taken: a count or a person noun ("خطف 230 مدنيا",
# "اختطاف صحفي"); "اختطاف الدولة / الثورة" is a political metaphor.
ABDUCTEE_WORDS = {normalize_word(w) for w in
                  ("مدرس", "مدرسا", "معلم", "معلما", "طبيب", "طبيبا", "تاجر", "تاجرا", "ناشط", "ناشطا",
                   "ناشطين", "مختار", "شيخ", "قاضيا", "طالب", "طالبا", "سائق", "سائقا", "مدنيا", "مدنيين",
                   "مواطن", "مواطنا", "مواطنين", "مواطنون", "شخص", "شخصا",
                   "أشخاص", "صحفي", "صحفيا", "صحفيين", "إعلامي", "إعلاميا", "إعلاميين",
                   "طفل", "طفلا", "أطفال", "امرأة", "نساء",
                   "رهائن", "رهينة", "موظف", "موظفا", "موظفين", "عامل", "عمال", "عاملا", "مهندس",
                   "أجانب", "أجنبي", "أجنبيا", "جندي", "جنديا", "جنود", "عناصر", "عنصرا", "ضابط",
                   "ضابطا", "شرطي", "شرطيا", "مسيحيا", "مسيحيين", "إيزيديين", "ناشط", "ناشطا",
                   "ناشطين", "طبيب", "طبيبا", "تاجر", "تاجرا", "قائد", "قياديا", "شيخ", "شيخا",
                   "نجل", "ابن", "زوجة", "ركاب", "راكبا", "دبلوماسي", "دبلوماسيا", "سائق", "سائقا",
                   "مهندسين", "عمالا", "صيادين", "طلاب", "طالبا", "طالبات", "فتاة", "فتيات",
                   "جنودا", "شرطيين", "حجاج", "زوار", "سياح", "سائحا", "سياحا",
                   # office holders, the usual targets of assassinations
                   "النائب", "نائب", "عضو", "رئيس", "زعيم", "مسؤول", "مسؤولا", "مدير", "محافظ",
                   "وزير", "إمام", "خطيب", "عقيد", "العقيد", "العميد", "عميد", "لواء", "الجنرال",
                   # a province's governor, an emir, an envoy ("اتهم الجيش قوات الدعم السريع باختطاف
                   # الوالي واغتياله", "اغتيال أمير داعش في المدينة")
                   "والي", "حاكم", "أمير", "سفير",
                   "القاضي", "قاض", "قاضيا", "المحامي", "محاميا", "مختار", "شيوخ", "قادة", "قيادي",
                   # a tribe's notables and any man or youth ("اغتال مسلحون مجهولون الوجيه العشائري ...
                   # أحد وجهاء عشيرة العكيدات")
                   "وجيه", "وجيها", "وجهاء", "رجل", "رجلا", "رجلين", "شاب", "شابا", "شابين", "شبان",
                   # writers and scholars ("اغتال مسلحون مجهولون، مساء الاثنين، الخبير في شؤون الجماعات
                   # المتطرفة هشام الهاشمي")
                   "باحث", "باحثا", "خبير", "خبيرا", "أكاديمي", "أكاديميا", "أستاذ", "أستاذا", "كاتب", "كاتبا")}
# Verbal nouns that after lam say what something is for ("للتفجير عن بعد",
# "مخطط لاغتيال"), not that it happened; "تعرض لقصف" keeps its lam object.
PURPOSE_NOUNS = {normalize_word(w) for w in
                 ("تفجير", "التفجير", "اغتيال", "خطف", "اختطاف", "تنفيذ",
                  # ... and ground to be won: "هجوما واسعا لاستعادة قاعدة العند", "تشكيل أفواج ...
                  # لتطهير مدنهم من سيطرة مسلحي تنظيم داعش", "حملة لاستعادة الرمادي": an aim, not ground won
                  "استعادة", "تحرير", "تطهير", "استرجاع")}
# ... unless a reaction's noun governs the lam: "أعربت تركيا عن إدانتها للتفجير الإرهابي
# الذي استهدف مسجد قوات الطوارئ", "مؤكدا استنكاره للتفجير": the act condemned happened.
REACTION_NOUNS = {normalize_word(w) for w in
                  ("إدانة", "ادانة", "إدانته", "إدانتها", "إدانتهم", "إدانتهما", "إدانتنا",
                   "استنكار", "استنكاره", "استنكارها", "استنكارهم", "استنكارهما", "استنكارنا",
                   "تنديد", "تنديده", "تنديدها", "تنديدهم", "شجب", "شجبه", "شجبها",
                   "رفضه", "رفضها", "رفضهم")}
# Nouns that "عسكري / عسكرية" turns into a post of the army.
MILITARY_ASSET_HEADS = {normalize_word(w) for w in
                        ("قاعدة", "موقع", "مواقع", "نقطة", "نقاط", "آلية", "آليات", "عربة", "عربات",
                         "منشأة", "منشآت", "مقر", "مقرات", "مطار", "مركبة", "سيارة", "حافلة", "ثكنة",
                         "مركز", "مراكز", "مبنى", "سفينة")}
# "قبل هجوم داعش": a noun trigger after these marks a time, not an act
# "ويأتي الهجوم بعد ...", "وتأتي الغارات في ظل ...": a comment on acts told already
# ... and "ويعد الهجوم من أعنف الهجمات ...": the act "is counted" among others, a comment too
# (only with "و": a bare "يعد" may be "prepares")
COMMENTARY_OPENERS = {normalize_word(w) for w in ("ويأتي", "وتأتي", "يأتي", "تأتي", "ويعد", "وتعد", "ويعتبر",
                                                  "وتعتبر")}
# "ثلاثة من جنودها أصيبوا": a force's own men, as the force itself tells it
OWN_MEN_WORDS = {normalize_word(w) for w in ("جنودها", "جنوده", "عناصرها", "عناصره", "أفرادها", "أفراده",
                                              "منتسبيها", "منتسبيه", "مقاتليها", "مقاتليه", "جنودنا", "عناصرنا",
                                              "مجاهديها", "مجاهديه", "مجاهدينا", "مقاتلينا")}
# what a side's own men are said to do: "أن مجاهديها استهدفوا", "أن مقاتليها يخوضون"
OWN_ACT_VERBS = {normalize_word(w) for w in ("استهدفوا", "قصفوا", "هاجموا", "يخوضون", "خاضوا", "تمكنوا",
                                              "نفذوا", "يستهدفون", "اشتبكوا", "يشتبكون", "فجروا", "أسقطوا")}
# "متهماً حركة الشباب بتنفيذ الاعتداء": who is accused of the act
ACCUSE_VERBS = {normalize_word(w) for w in ("اتهم", "اتهمت", "متهما", "متهمة", "يتهم", "تتهم", "اتهموا")}
# "طائرات حربية لدولة الاحتلال التركي": the lam falls on the state's head noun
STATE_HEADS_WITH_LAM = {normalize_word(w) for w in ("لدولة", "لحكومة", "لسلطات")}
# verbs whose object, when a capital, is its government: "أبلغ ... موسكو بالضربة"
ADDRESS_VERBS = {normalize_word(w) for w in ("أبلغ", "أبلغت", "أبلغوا", "أخطر", "أخطرت", "حذر", "حذرت", "طالب",
                                              "طالبت", "اتهم", "اتهمت",
                                              # "وتتهم إسلام آباد كابل بإيواء مسلحين": the one who accuses
                                              "تتهم", "يتهم", "دعا", "دعت", "ناشد", "ناشدت",
                                              # "متهمة موسكو باستهداف المدنيين عمداً": the participle's
                                              # object right after it is the government accused
                                              "متهما", "متهمة", "متهمين", "متهمتين")}
# "حيث تدور اشتباكات بين الجيش و...": where a war goes on (background)
ONGOING_VERBS = {normalize_word(w) for w in ("تدور", "تجري", "يجري", "يدور", "تشهد", "يشهد", "تنشط", "ينشط",
                                              "تتواصل", "يتواصل", "تستمر", "يستمر")}
# "اللذين ضربا سوق البالة": an act told with the verb of its striking is news
# (not "الذي وقع", which as often recalls a known act: "بعد الهجوم الانتحاري الذي وقع مطلع الأسبوع")
STRUCK_VERBS = {normalize_word(w) for w in ("ضرب", "ضربا", "ضربت", "ضربتا", "هز", "هزا", "هزت", "هزتا",
                                             "استهدف", "استهدفا", "استهدفت", "استهدفتا")}
# "الأعنف منذ ثلاث سنوات": a superlative measured since a date
SUPERLATIVES = {normalize_word(w) for w in ("الأعنف", "الأكبر", "الأسوأ", "الأشد", "الأدمى", "الأكثر", "الأول",
                                             "الأولى", "أعنف", "أكبر", "أسوأ", "أشد", "أول", "أولى")}
DEMONSTRATIVES = {normalize_word(w) for w in ("ذلك", "هذا", "هذه", "ذاك", "تلك")}
# "وكان ... قد", "وكانت ... قد": the past before the past; told with a day more than this many
# days before the report, it is background recalled
PLUPERFECT_VERBS = {normalize_word(w) for w in ("كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا", "كانا", "وكانا",
                                                "كانتا", "وكانتا")}
PLUPERFECT_NEWS_DAYS = 3
# a reply as a noun ("رداً مباشراً على", "الرد الإسرائيلي على", "في أول رد عسكري على"), not
# the verb "ورد الحوثيون على هجمات المقاومة بقصف", whose act follows
REPLY_NOUNS = {normalize_word(w) for w in ("ردا", "وردا", "الرد", "بالرد", "والرد", "كردّ")} - {"كرد"}
# what cannot stand between a reply noun and its "على" as an adjective
# "في ثاني رد خلال ساعات على هجمات": an ordinal makes a bare "رد" the reply noun (not a verb)
REPLY_ORDINALS = {normalize_word(w) for w in ("أول", "ثاني", "ثالث", "رابع", "خامس", "آخر", "أحدث")}
NOT_ADJECTIVES = {normalize_word(w) for w in ("في", "من", "إلى", "عن", "مع", "على", "أن", "إن", "التي", "الذي",
                                              "ما", "لا", "قد", "بعد", "قبل", "منذ", "حيث", "عبر")}
# a weapon intercepted on its way: "كانتا تستهدفان قاعدة", "أطلقت باتجاه المطار"
AIMING_WORDS = {normalize_word(w) for w in ("تستهدف", "تستهدفان", "يستهدف", "يستهدفان", "باتجاه", "نحو",
                                             "صوب", "تجاه",
                                             # "أسقطت مسيّرات استهدفت قاعدة وادي سيدنا": the past of
                                             # the weapon's own relative clause, after the interception
                                             "استهدف", "استهدفت", "استهدفتا",
                                             # "طائرة مسيرة حاولت استهداف قاعدة فكتوريا"
                                             "استهداف", "حاولت", "حاول", "تحاول", "يحاول", "محاولة",
                                             # "إعلان التحالف إسقاط طائرتين مسيرتين مفخختين قرب قاعدته": an
                                             # explosive or suicide drone downed was on its way to hit
                                             "مفخخة", "مفخختين", "مفخختان", "مفخخات", "انتحارية",
                                             "انتحاريتين", "انتحاريتان",
                                             # "أُسقطت من قبل قوات التحالف لدى اقترابها من قاعدة التحالف":
                                             # downed as it neared the base it was aimed at
                                             "اقترابها", "اقترابه", "اقترابهما", "اقترابهن")}
# ... and one that got through: "سقطت الثانية داخل القاعدة", "أصابت الأخرى القاعدة"
GOT_THROUGH = {normalize_word(w) for w in ("داخل", "اصابت", "اصاب", "ارتطمت", "اصابات", "اضرار", "اضرارا")}
# spans of time: "بعد يومين من الهجوم" dates the news by an earlier act
SPAN_UNITS = {normalize_word(w) for w in ("يوم", "يومين", "ايام", "ساعه", "ساعتين", "ساعات", "اسبوع", "اسبوعين",
                                           "اسابيع", "شهر", "شهرين", "اشهر", "شهور", "عام", "عامين", "سنه", "سنتين")}
# "بعد يومين من", "بعد 10 أيام فقط على": the span's act it counts from
SPAN_FROM = {normalize_word(w) for w in ("من", "على")}
TIME_MARK_BEFORE = {normalize_word(w) for w in ("قبل", "منذ", "وقبل", "ومنذ")}
# "غداة هجوم انتحاري": the morrow of an act, which came the day before what is told
DAY_AFTER_WORDS = {normalize_word(w) for w in ("غداة", "وغداة")}
# "يتم" + a verbal noun is the present or the future, never a past act: "في انتظار أن
# تفرض المقاومة نفسها ... ويتم تطهير جميع المناطق المحيطة بعدن", "وسيتم تطهيرها بالكامل",
# "حتى يتم تطهير البيضاء من قوات الحوثي", "العجلات التي يتم تفجيرها" (2015 corpus)
PRESENT_PASSIVE_AUX = {normalize_word(p + w) for w in ("يتم", "تتم", "سيتم", "ستتم")
                       for p in ("", "و", "ف", "ل", "ول")}
# "أي ضربة لمواقع المستشارين الإيرانيين ستقابل بالرد", "نفى أي صلة بأي هجوم", "على صد أي اعتداء":
# an act noun after "any" is hypothetical or denied, never a reported act (2015 corpus: every
# "أي/أية" + act noun is a threat, a denial, a promise or a condition)
ANY_WORDS = {normalize_word(w) for w in ("أي", "أية", "بأي", "بأية", "لأي", "لأية", "وأي", "وأية", "فأي")}
# Prepositions of time and cause: "وعقب الهجوم، ردت المدفعية", "من فجر اليوم، نفذ العدو":
# their noun, closed by a comma, is no subject of the verb after it.
PHRASE_BEFORE_COMMA = {normalize_word(w) for w in
                       ("عقب", "وعقب", "بعد", "وبعد", "إثر", "وإثر", "على", "منذ", "ومنذ", "قبل", "وقبل",
                        "خلال", "وخلال", "جراء", "من", "ومن", "وفي", "في")}
# Verbs of living or coming from a place: that place is not where an act happened.
RESIDENCE_WORDS = {normalize_word(w) for w in
                   ("يسكنون", "يسكن", "تسكن", "يقيمون", "يقيم", "تقيم", "يقطنون", "يقطن", "المقيمين",
                    "المقيمون", "يتحدرون", "يتحدر", "ينحدر", "ينحدرون", "المتحدرين", "نزحوا", "النازحين",
                    "فروا", "هربوا", "لجأوا",
                    # "إعادة الرئيس عبد ربه منصور هادي المقيم في الرياض": where a leader stays
                    "المقيم", "المقيمة", "مقيم", "مقيما", "مقيمة",
                    # "شبان يرغبون في المشاركة في إعادة إعمار مدينة عين العرب": a town people mean to
                    # rebuild is where they were going, not where they were hit
                    "إعمار", "اعمار")}
# "بالمسلحين القادمين من الحديدة", "سيارة قادمة من مدينة المكلا": coming from a place (the
# from-place of _origin in frames.py, as far as three words before its "من")
COMING_WORDS = {normalize_word(w) for w in ("قادم", "قادما", "قادمة", "قادمين", "قادمون", "القادم",
                                            "القادمة", "القادمين", "القادمون")}
# "خمسة مسلحين حوثيين من محافظة عمران لقوا مصرعهم", "قياديون حوثيون من محافظتي صعدة وعمران":
# fighters counted without the article, then "من" a place, are from there (an expulsion
# names them with it: "طرد المسلحين الحوثيين من مدينة")
UNDEFINED_FIGHTERS = {normalize_word(w) for w in ("مسلحين", "مسلحون", "مسلحا", "قياديين", "قياديون",
                                                  "قياديا", "مقاتلين", "مقاتلون", "مقاتلا")}
# Kill / wound verbs in a form that is active when a force follows them
# ("قتلت قوات الاحتلال الأسير", "أصابت نجليه"); unvocalised "قتل" stays ambiguous.
# ("حيّدت قوات الأمن 8 إرهابيين": Turkish and Egyptian statements' "neutralised" is killed)
ACTIVE_HIT_VERBS = {normalize_word(w) for w in ("قتلت", "قتلوا", "أصابت", "أصابوا", "جرحت", "حيدت", "حيدوا")}
# Compass words: "شمال شرقي بعقوبة" locates a place named before it.
COMPASS_WORDS = {normalize_word(w) for w in
                 ("شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "بشمال", "بجنوب",
                  "بشرق", "بغرب", "شمالا", "جنوبا", "شرقا", "غربا")}
# "the one located": "منطقة الهري الواقعة جنوب شرق مدينة البوكمال"
LOCATED_WORDS = {normalize_word(w) for w in ("الواقعة", "الواقع", "الواقعين", "تقع", "يقع", "وتقع", "ويقع")}
# a place's noun between a compass word and its name ("جنوب شرق مدينة البوكمال")
REFERENCE_TOWN_NOUNS = {normalize_word(w) for w in ("مدينة", "بلدة", "قرية", "منطقة", "ناحية", "قضاء")}
DUAL_TOWN_NOUNS = {normalize_word(w) for w in ("بلدتي", "مدينتي", "قريتي")}
# "خارج مدينة أجدابيا ... قرب ميناء البريقة": "near" a second place, once a town or site is named,
# says where the first lies (a place-type noun may come between: "قرب ميناء", "بالقرب من بلدة");
# and "بالقرب من ريف X" (extract/places.py) is the countryside's side, not a second place
NEAR_WORDS = {normalize_word(w) for w in ("قرب", "بالقرب", "بقرب", "وقرب", "قريبا", "بمحاذاة")}
NEAR_PLACE_TYPES = {normalize_word(w) for w in ("مدينة", "بلدة", "قرية", "ميناء", "مطار", "حقل", "معبر", "منطقة",
                                                "مدينتي", "بلدتي", "قريتي", "جبل", "سد", "مخيم")}
SITE_KINDS = frozenset(("city", "town", "village", "field", "base", "airport", "crossing"))
ASSASSINATION = {normalize_word(w) for w in
                 ("اغتيال", "اغتال", "اغتالت", "اغتالوا", "يغتال", "تغتال")}
# An interception is one only of something fired or flown.
INTERCEPTED_WEAPONS = {"missiles", "rockets", "drones"}
# Sub-event types a trigger decides whatever the weapons ("انتحاري يقود سيارة
# مفخخة" is a suicide bomb, not an IED), in order of precedence.
DECISIVE_SUB_TYPES = ("Suicide bomb", "Government regains territory", "Abduction/forced disappearance",
                      "Disrupted weapons use", "Grenade")
# Words that put civilians on the receiving end when no armed side is named:
# generic people ("قتل أربعة أشخاص") and the places civilians gather
# (a mosque's worshippers, a market, a wedding, a bus's passengers).
# "مقتل أربعة يمنيين في قصف حوثي", "مقتل ثلاثة أتراك في هجوم": people counted by their
# nationality are people, not their state's forces (a number must come right before them)
COUNTED_NATIONALS = {normalize_word(w) for w in (
    "يمنيين", "يمنيون", "سوريين", "سوريون", "عراقيين", "عراقيون", "لبنانيين", "لبنانيون", "فلسطينيين",
    "فلسطينيون", "مصريين", "مصريون", "ليبيين", "ليبيون", "سودانيين", "سودانيون", "أتراك", "أفغان",
    "باكستانيين", "باكستانيون", "إيرانيين", "إيرانيون", "سعوديين", "سعوديون", "أردنيين", "أردنيون",
    "صوماليين", "صوماليون", "نيجيريين", "نيجيريون", "هنود", "أكراد", "كرد", "تونسيين", "جزائريين",
    "ماليين", "تشاديين", "إثيوبيين", "كينيين", "إسرائيليين", "إسرائيليون", "إيطاليين", "بريطانيين",
    "فرنسيين", "أمريكيين", "أميركيين", "ألمان", "روس", "أجانب",
    # the singular after 11 to 99 ("استشهد 31 فلسطينيا"); not the forms that are a country's name
    # ("سوريا", "ليبيا", "صوماليا", "نيجيريا")
    "فلسطينيا", "يمنيا", "عراقيا", "لبنانيا", "مصريا", "سودانيا", "باكستانيا", "أفغانيا", "إسرائيليا",
    "سعوديا", "أردنيا", "إيرانيا", "تونسيا", "جزائريا", "هنديا")}
# ships and tankers: a merchant ship and its crew are civilians (when named or called one: frames._merchant_ship)
SHIP_WORDS = ("سفينة", "السفينة", "سفينتين", "السفينتين", "سفن", "السفن", "ناقلة", "الناقلة")
CIVILIAN_VICTIM_WORDS = {normalize_word(w) for w in
                         ("أشخاص", "شخصا", "شخص", "شخصين", "شخصان", "مدنيا", "مدنيين", "مدنيون",
                          # a tribe's notables ("اغتال مسلحون مجهولون الوجيه العشائري ...")
                          "وجيه", "وجيها", "وجهاء",
                          "مواطنين", "مواطنا", "مواطنون", "أطفال", "طفلا", "طفل", "نساء", "امرأة",
                          "المصلين", "مصلين", "المصلون", "ركاب", "الركاب", "المتسوقين", "متسوقين",
                          "سوق", "السوق", "زفاف", "عرس", "حفل", "مسجد", "المسجد", "جامع", "حسينية",
                          # a church, as a mosque ("التفجيرين اللذين استهدفا كنيسة مارجرجس بمدينة طنطا")
                          "كنيسة", "الكنيسة", "كنيستي", "كنائس",
                          "مدرسة", "حافلة", "منزل", "منزلا", "منزلين", "منازل", "مستشفى", "مقهى", "سكان", "أهالي",
                          "الأهالي", "طلاب", "تلاميذ", "زوار", "الزوار", "عائلة", "أسرة", "حجاج",
                          "صيادين", "مزارعين", "مزارعان", "مزارعا", "رعاة", "عمال", "مخيم", "لاجئين", "نازحين",
                          # "قُتل 15 شخصاً من جامعي الكمأة، بينهم ثلاثة عناصر من مليشيا الدفاع الوطني
                          # كانوا يرافقونهم": gatherers (of truffles, firewood) are civilians, their
                          # few escorts among them do not make the act one on a force
                          "جامعي", "جامعو",
                          # "غارات على أطراف البلدة ومحيط المخيمات": the displaced people's camps
                          "مخيمات", "المخيمات",
                          "صحفي", "صحفيا", "صحفيين", "إعلامي", "إعلاميا", "مهندسين", "مهندسا",
                          "موظفين", "موظفا", "أطباء", "طبيبا", "ناشطا", "ناشطين", "سياح", "رهائن",
                          "مسيحيين", "مسيحيا", "إيزيديين", "ضيوف", "الضيوف",
                          # "اغتال مسلحون مجهولون الناشط البارز في الحراك الاحتجاجي": an activist
                          # (and "الناشط"); not one who speaks ("قال الناشط": _implied_target)
                          "ناشط", "ناشطة",
                          # "بحق نزلاء السجن الاحتياطي بمدينة صعدة", "مقتل عدد من النزلاء" (a
                          # hotel's): the inmates or guests of a place struck
                          "نزلاء", "النزلاء",
                          # "وهاجم مسلحون فندق بيبلوس الذي يستخدمه موظفو الأمم المتحدة" (aawsat 2015):
                          # a hotel and its guests, when no side is named as its target
                          "فندق", "فندقا", "فنادق",
                          # "الهجوم الذي شنته حركة الشباب على مطعم ... ويطلقوا النار على رواد الشاطئ": a
                          # restaurant, as a café or hotel, and its patrons ("رواد") are civilians
                          "مطعم", "مطعما", "المطعم", "مطاعم", "رواد", "الرواد",
                          # "منشآت مدنية", "سيارة مدنية", "محطة تحلية المياه": civilian things hit
                          "مدنية", "المدنية", "تحلية",
                          # "إصابة محطة دنيبرو الكهرومائية", "أصابت مخبزاً ومحطة كهرباء": a power plant
                          # and a bakery hit, with no side named there, are civilian things
                          "الكهرومائية", "كهرومائية", "مخبز", "مخبزا", "المخبز",
                          # "ألقت مسيّرة قنبلة على جرافة كانت تعمل في رفع الأنقاض": a bulldozer at
                          # work is a civilian machine (the army's is "جرافة عسكرية", a post above)
                          "جرافة",
                          # "استهدفت السفينة (TUTOR) في البحر الأحمر", "إغراق سفينة الشحن": a ship
                          # struck with no side named, told by its name or trade, is a merchant
                          # ship and its crew (frames._merchant_ship; a bare "سفينة" may carry fighters)
                          *SHIP_WORDS,
                          # "التفجير الذي ضرب تقاطع «زوبي» المزدحم", "مبنى سكنيا في حي الجراف": a
                          # crowded or residential place hit, and the people in it
                          "مزدحم", "المزدحم", "مزدحمة", "المزدحمة", "مكتظ", "المكتظ", "مكتظة", "المكتظة",
                          "سكني", "سكنيا", "السكني", "سكنية", "السكنية",
                          # "تعرضت قرى سهرة والحيمة ... لقصف مدفعي عشوائي": fire aimed at no post
                          # falls on the people about, when the clause names no side hit
                          "عشوائي", "العشوائي", "عشوائيا", "عشوائية", "العشوائية",
                          # duals and a family's children: "أصيب طفلان", "وأصيب طفلاها"
                          "طفلان", "طفلين", "طفلاها", "طفليه", "طفلة", "طفلتين", "امرأتان", "امرأتين",
                          "سيدة", "مسن", "مسنة",
                          # "أطلق مجهولون النار على محل تجاري ... مقتل صاحبه": a shop and its owner
                          "محل", "محلا", "متجر", "متجرا", "تجاري", "صاحبه", "صاحبها", "صاحب",
                          # "استشهدت المواطنة ...": Levantine outlets' word for a civilian
                          "المواطن", "مواطن", "المواطنة", "مواطنة",
                          # "جثة شاب مقتولاً", "قتل شاب فلسطيني برصاص" (2015 corpus: a young man killed
                          # is a civilian unless a side is named), and the civil trades assassins and
                          # kidnappers pick: "اغتال مسلحون إدارياً في مجلس الرقة المدني", "اختطفوا مدرساً"
                          "شاب", "شابا", "شابين", "شابان", "شبان", "الشاب",
                          "إداريا", "إداري", "مدرسا", "مدرس", "معلما", "معلم", "مختار", "مختارا",
                          "سائقا", "سائق", "راعيا", "تاجرا", "تاجر", "لاجئة", "لاجئا",
                          # "أدى إلى مقتل 38 سائحا" (a beach resort), "مقتل 147 طالبا" (a university),
                          # "30 قتيلا، جميعهم من طلبة الكلية": tourists and students counted among
                          # the dead are civilians ("طالب" alone is also the verb "demanded")
                          "سائحا", "سائحين", "السائحين", "السياح", "سائح",
                          "فتاة", "الفتاة", "فتاتين", "رضيع", "رضيعا", "الرضيع")}
STUDENT_WORDS = {normalize_word(w) for w in ("طالبا", "طالبة", "طالبات", "الطالبات", "طلبة", "الطلبة", "طلاب",
                                             "الطلاب")}
CIVILIAN_VICTIM_WORDS |= STUDENT_WORDS
# "قصف جوي استهدف الكلية العسكرية ... قتل 30 طالبا": a military school's students are cadets,
# the army's own (a school word with a military adjective right after it)
MILITARY_SCHOOL_WORDS = {normalize_word(w) for w in ("كلية", "الكلية", "أكاديمية", "الأكاديمية", "مدرسة",
                                                     "المدرسة", "معهد", "المعهد")}
MILITARY_SCHOOL_ADJECTIVES = {normalize_word(w) for w in ("العسكرية", "عسكرية", "الحربية", "حربية")}
SIMILAR_WORDS = {normalize_word(w) for w in ("مماثل", "مماثلة", "مماثلا", "مشابه", "مشابهة", "مشابها")}
# "التي دربتها الولايات المتحدة": the trainer or sponsor of a side
SPONSOR_BEFORE = {normalize_word(w) for w in ("دربتها", "دربها", "دربتهم", "دربهم", "تدربها", "يدربها",
                                               # "حركة الشباب المرتبطة بتنظيم القاعدة": an affiliation
                                               "المرتبطة", "المرتبط", "المرتبطين", "المرتبطون",
                                               "المرتبطه",
                                               # "الغارات نفذت بمعلومات استخباراتية قدمتها الولايات
                                               # المتحدة": who provided the means is no side of the act
                                               "قدمتها", "قدمها", "قدمته", "تقدمها", "يقدمها",
                                               "وفرتها", "وفرها", "وفرته")}
OWNED_BY = {normalize_word(w) for w in ("تابعة", "التابعة", "تابع", "التابع", "تابعين", "التابعين")}
# "ناقلة جنود مدرعة": a troop carrier is a vehicle, whoever's it is
CARRIER_NOUNS = {normalize_word(w) for w in ("ناقلة", "ناقلات", "ناقلتي", "ناقلتين", "ناقلتا")}
GENERIC_PERSON_WORDS = {normalize_word(w) for w in ("أشخاص", "شخصا", "شخص", "شخصين", "شخصان")}
# Posts of the state's armed forces: whoever is attacked there is its police
# or its army ("نقطة تفتيش", "مركز للشرطة", "ثكنة", "دورية").
# an official's convoy ("استهدفت موكب المحافظ", "موكبهما") is the state's, as a patrol is
CONVOY_WORDS = frozenset(normalize_word(w) for w in ("موكب", "موكبه", "موكبها", "موكبهما", "موكبهم", "الموكب"))
OFFICIAL_TITLES = frozenset(normalize_word(w) for w in ("محافظ", "المحافظ", "وزير", "الوزير", "وزيرة", "مدير",
                                                        "قائد", "القائد", "نائب", "رئيس", "مسؤول", "المسؤول"))
POLICE_POST_WORDS = {normalize_word(w) for w in
                     ("شرطة", "الشرطة", "شرطي", "شرطيا", "شرطيين", "الشرطي", "الدرك", "الجندرمة")}
MILITARY_POST_WORDS = {normalize_word(w) for w in
                       ("تفتيش", "حاجز", "حاجزا", "ثكنة", "معسكر", "معسكرا", "دورية", "دوريه",
                        "رتل", "مدرعة", "مدرعات", "جنود", "جندي", "جنديا",
                        "جنديين", "الجنود", "عسكريين", "عسكريا", "ضابط", "ضابطا", "ضباط", "مجند",
                        "مجندين", "مجندا", "كمين", "ارتكاز",
                        # a rank names a serviceman as "جندي" does: "استشهاد الرقيب ماجد السبيعي بعد
                        # إصابته بمقذوف في قطاع نجران" (2015 corpus); not "نقيب", "رائد", "مقدم", which
                        # are as often a syndicate's head, a pioneer, a presenter, nor the senior ranks
                        # commentators and commanders hold ("وتوقع الخبير العقيد الركن المتقاعد")
                        "الجندي", "رقيب", "الرقيب", "رقيبا", "عريف", "العريف", "عريفا", "ملازم", "الملازم",
                        "ملازما")}

PRECISION_TWO_CUES = {normalize_word(w) for w in
                      ("ريف", "محيط", "قرب", "بالقرب", "اطراف", "ضواحي", "مشارف", "بادية", "شرق",
                       "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي", "باتجاه")}
PRECISION_ONE_KINDS = {"field", "base", "airport", "crossing", "district", "village",
                       "town", "city", "camp", "site", "facility"}
# How coarse a place kind is: a coarser place right after a finer one
# ("في الميادين في دير الزور") is its container, not a second target.
KIND_RANK = {"field": 0, "base": 0, "airport": 0, "crossing": 0, "facility": 0, "site": 0,
             "camp": 0, "district": 1, "village": 2, "town": 2, "city": 3,
             "region": 4, "admin1": 4, "governorate": 4, "country": 5}
DUAL_FACILITY = {normalize_word(w): normalize_word(s) for w, s in
                 (("حقلي", "حقل"), ("قاعدتي", "قاعدة"), ("مطاري", "مطار"))}
# Verbs that carry a noun trigger: "مجموعات ... نفذت هجوما صاروخيا",
# "شنت طائرات أمريكية غارات": their subject is the attacker.
SUPPORT_VERBS = {normalize_word(w) for w in
                 ("نفذ", "نفذت", "ينفذ", "تنفذ", "شن", "شنت", "يشن", "تشن", "وجه", "وجهت",
                  "توجيه", "تبنى", "تبنت", "تبناه", "تبنته", "تبناها", "تبنتها", "اطلق", "اطلقت", "شنوا", "نفذوا",
                  "شنه", "شنته", "نفذه", "نفذته", "شنها", "نفذها", "شنتها", "نفذتها",
                  # "المعارك التي خاضتها المقاومة الشعبية": who waged the battles
                  "خاض", "خاضت", "خاضوا", "خاضتها", "خاضها", "يخوض", "تخوض",
                  "اطلقها", "اطلقتها", "شنوها", "نفذوها",
                  # "مثل هذه الهجمات تنفذها منظمة بي كا كا": the present, its object a pronoun
                  "تنفذها", "ينفذها", "تشنها", "يشنها",
                  "وجها", "وجهوا", "نفذا", "شنا",
                  "زرعها", "زرعتها", "زرعه", "زرعته", "زرعوها", "وضعها", "وضعتها",
                  # "تمكنت المقاومة من السيطرة ... بعد مواجهات مع الحوثيين": who managed it acted
                  # "ألغام زرعها الحوثيون"  # "الهجوم الذي شنّه تنظيم داعش"
                  "تمكن", "تمكنت", "تمكنوا", "يتمكن", "تتمكن", "نجح", "نجحت", "نجحوا",
                  # "نحو 500 مقاتل من القوات الموالية للنظام بدأوا هجوما على مقر": who began the
                  # attack made it; the plural only ("بدأ الهجوم بتفجير سيارة": the act is the subject)
                  "بدأوا", "بدؤوا",
                  # "ارتكبت ميليشيا أسد مجزرة", "حركة الشباب ارتكبت جريمة بشعة": who committed it did it
                  "ارتكب", "ارتكبت", "ارتكبوا", "ارتكبها", "ارتكبته", "ارتكبتها",
                  # "واصلت الطائرات الروسية غاراتها على الأحياء الشرقية": who goes on with the act does it
                  # (not the bare "واصل": "الطريق الواصل بين بلدتين" is the road that joins them)
                  "واصلت", "واصلوا", "يواصل")}
# "نجحت في إحباط هجوم", "تمكنت من التصدي له": managing comes before the verbal noun of what was done
MANAGED_VERBS = frozenset(normalize_word(w) for w in ("تمكن", "تمكنت", "تمكنوا", "نجح", "نجحت", "نجحوا",
                                                      "استطاع", "استطاعت", "استطاعوا"))
# "وفي قرية سنجل المجاورة": the neighbouring one, another place than the one told before
NEIGHBOURING_WORDS = frozenset(normalize_word(w) for w in ("المجاورة", "المجاور", "المجاورتين", "المجاورين"))
# A support verb carrying its object as a pronoun ("غارة شنتها قوات التحالف"):
# the actor right after it is its subject, whatever noun came before.
SUPPORT_WITH_OBJECT = {w for w in SUPPORT_VERBS if w.endswith(("ه", "ها", "هم", "هما"))}
# "مصدر في قوات البيشمركة", "المتحدث باسم التحالف": a speaker, not a side
# ("وفق ما أفادت به غرفة طوارئ المعسكر": Sudan's emergency rooms, "غرف الطوارئ", report the dead of
# a camp or a district; the camp after "طوارئ" is the room's, it speaks, it is not a post hit)
SPEAKER_BEFORE = {normalize_word(w) for w in ("باسم", "مصدر", "مصادر", "مسؤول", "متحدث", "بيان", "طوارئ")}
PARTITIVE_HEADS = {normalize_word(w) for w in
                   ("عناصر", "عنصر", "مقاتلي", "مقاتلين", "جنود", "افراد", "قيادي", "عدد", "مسلحي",
                    # "الاعتداء الذي استهدف عدداً من رجال الأمن", "وقتل عددا من عناصر اللواء": the
                    # accusative count is the verb's object, its "من" no agent's (was the attacker)
                    "عددا",
                    # "قتلت غارة أمريكية عنصرا من داعش": one or two men "of" a side, the kill's object
                    "عنصرا", "عنصرين")}
# "سيطرت قوات من الجيش الوطني على بلدة", "نفّذت وحدات من الجيش اللبناني عمليات دهم": a force
# or unit "of" a side, right after the verb, is that side acting (its subject), never the side
# ground was taken "from" (kept apart from PARTITIVE_HEADS, which also counts victims)
# "هجوما مسلحا", "الهجوم المسلح": the adjective "armed" on an act's noun is no gunman
ARMED_ACT_NOUNS = frozenset(normalize_word(w) for w in (
    "هجوم", "هجوما", "الهجوم", "هجمات", "الهجمات", "اعتداء", "الاعتداء", "اعتداءات", "سطو", "عملية", "العملية",
    "اشتباك", "اشتباكات", "الاشتباكات", "مواجهات", "المواجهات", "كمين", "كمينا", "الكمين", "ظهور"))
ARMED_ADJECTIVE_FORMS = frozenset(normalize_word(w) for w in ("مسلح", "مسلحا", "مسلحة", "المسلح", "المسلحة"))
# (not the accusatives "عددا", "عنصرا", "عنصرين": an object, never the verb's subject)
SUBJECT_PARTITIVE_HEADS = (PARTITIVE_HEADS - {"عددا", "عنصرا", "عنصرين"}) | {
    normalize_word(w) for w in ("قوات", "وحدات", "قوة", "وحدة")}
CLAIM_VERBS = {normalize_word(w) for w in ("اعلن", "اعلنت", "تعلن", "يعلن", "اعلان", "تبنى", "تبنت", "تبناه", "تبنته",
                                             "تبناها", "تبنتها", "تبناهما", "تبنتهما", "يتبنى", "تتبنى")}
# "حي الشرطة", "شارع الجيش", "ساحة الحرس": a word after these heads is a
# place's name (Baghdad's al-Shurta district), not a side
# "أحبطت المقاومة هجوما شنه الحوثيون": who foils or repels an attack was its target
REPEL_VERBS = {normalize_word(w) for w in ("أحبط", "أحبطت", "أحبطوا", "صد", "صدت", "صدوا", "أفشل", "أفشلت",
                                           "أفشلوا", "يصد", "تصد", "دحر", "دحرت",
                                           "تصدت", "تصدى", "تصدوا", "يتصدى", "تتصدى", "كسر", "كسرت",
                                           # two defenders: "أعلن الجيش والقوة المشتركة أنهما تصديا لهجوم"
                                           "تصديا", "تصدتا", "صدا", "صدتا", "أحبطا", "أحبطتا",
                                           # their verbal nouns after a claim: "أعلنت القيادة إحباط هجوم"
                                           "إحباط", "إفشال", "التصدي", "تصدي")}
# "خمسة عناصر من تنظيم القاعدة، من بينهم قيادي، قتلوا": words that open an
# apposition between a side and the passive verb that makes it the victim
APPOSITION_WORDS = {normalize_word(w) for w in ("من", "بينهم", "بينهما", "منهم", "بينها", "منها", "الأقل", "على")}
PLACE_NAME_HEADS = {normalize_word(w) for w in ("حي", "شارع", "ساحة", "دوار", "جسر", "تقاطع", "نفق",
                                                "ملعب", "جادة", "ناحية")}
# "قال الجيش الأمريكي إن قوات التحالف شنت": the side named between a
# reporting verb and "إن / أن" is who speaks, not who fights; "أعلن الجيش
# الإسرائيلي أنه قصف" (a pronoun back to it) is a claim and keeps it.
REPORT_VERBS = {normalize_word(w) for w in
                ("اعترف", "اعترفت", "قال", "قالت", "اعلن", "اعلنت", "اكد", "اكدت", "افاد", "افادت", "ذكر", "ذكرت",
                 "اوضح", "اوضحت", "اضاف", "اضافت", "اقر", "اقرت", "نفى", "نفت",
                 "زعم", "زعمت", "كشف", "كشفت", "اشار", "اشارت")}
# "..., نافية استهداف المدنيين": a side denying the report's account as it tells its own
DENIAL_PARTICIPLES = {normalize_word(w) for w in ("نافية", "نافيا", "نافين", "نافيين", "ونافية", "ونافيا")}
# A side that condemns an act did not commit it ("تركيا تدين التفجير").
CONDEMN_VERBS = {normalize_word(w) for w in
                 ("ادان", "ادانت", "دان", "دانت", "تدين", "يدين", "استنكر", "استنكرت", "تستنكر", "ندد", "نددت",
                  "تندد", "شجب", "شجبت", "ادانه", "ادانتها", "ادانته", "استنكارها", "استنكاره",
                  "تنديدها", "تنديده")}  # also "أعربت تركيا عن إدانتها"
THAT_WORDS = {normalize_word(w) for w in ("إن", "أن", "بأن", "ان", "بان")}
SELF_CLAIM = {normalize_word(w) for w in ("أنه", "أنها", "أنهم", "بأنه", "بأنها", "إنه", "إنها", "إنهم",
                                         "أنهما", "بأنهما", "إنهما",  # two speakers: "أعلن الجيش والقوة المشتركة أنهما"
                                         "قواتها", "قواته", "قواتنا", "طائراتها", "طائراته",
                                         "مقاتلاتها", "مقاتلاته", "عناصره", "مقاتليه",
                                         # "أعلن حرس الثورة الإسلامية أن وحداته الصاروخية استهدفت":
                                         # its own units, as its forces are
                                         "وحداته", "وحداتها", "وحداتنا")}
# Office holders who speak for a force ("قال قائد الشرطة", "المفتش العام للشرطة").
# what a side's spokesman announces it did: "أعلن المتحدث باسم القوات المسلحة تنفيذ عملية"
CLAIMED_ACT_NOUNS = {normalize_word(w) for w in ("تنفيذ", "استهداف", "شن", "قصف", "اسقاط", "ضرب")}
SPEAKER_TITLES = {normalize_word(w) for w in
                  ("قائد", "مدير", "رئيس", "المفتش", "مفتش", "الناطق", "ناطق", "المتحدث", "متحدث",
                   "قائد", "محافظ", "وزير", "مسؤول", "مسؤولو", "مسؤولين", "قيادي", "ضابط", "مصدر")}
# "مصدر في وزارة البيشمركة", "المتحدث باسم حكومة طالبان": the office a speaker speaks for
SPEAKER_NOUNS_BEFORE_IN = {normalize_word(w) for w in ("وزارة", "قيادة", "مكتب", "حكومة")}
STATIONED = {normalize_word(w) for w in
             ("المتمركزة", "المتمركزين", "المنتشرة", "المتواجدة", "الموجودة", "المتمركز",
              "المتمركزون", "المنتشرين", "المنتشرون", "المتواجدين", "المتواجدون", "المرابطة", "المرابطين")}
COUNTRY_ACTORS = {normalize_word(w) for w in
                  ("تركيا", "روسيا", "إسرائيل", "أمريكا", "أميركا", "واشنطن", "إيران",
                   "الهند", "باكستان", "أوكرانيا")}
PLACE_BEFORE_COUNTRY = {normalize_word(w) for w in
                        ("في", "جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي", "وسط",
                         "داخل", "حدود", "الى", "إلى", "من", "مع", "بين", "عاصمة", "أنحاء", "أراضي")}
PLACE_CUE_WORDS = {normalize_word(w) for w in
                   ("مدينة", "المدينة", "منطقة", "المنطقة", "بلدة", "البلدة", "قرية", "ريف",
                    "محافظة", "حي", "مركز", "ناحية",
                    # the duals: "قوات المقاومة الشعبية في محافظتي الضالع وعدن"
                    "محافظتي", "مدينتي", "بلدتي", "قريتي")}
# A correspondent: "مراسلنا في عدن", "مندوبة الوكالة الوطنية في بنت جبيل" file from there
# "التقارير الواردة من بغداد": reports that came from a place
REPORTS_COMING = frozenset(normalize_word(w) for w in ("الواردة", "واردة", "القادمة"))
CORRESPONDENTS = frozenset(normalize_word(w) for w in ("مراسل", "مراسلة", "مراسلنا", "مراسلتنا", "مراسلو", "مراسلي",
                                                      "مندوب", "مندوبة", "مندوبنا", "مندوبتنا", "موفد", "موفدة",
                                                      "مراسلون", "مراسلها", "مراسله"))
# A spokesman in a place speaks from there as a correspondent files from there ("وكان المتحدث
# باسم المقاومة في شبوة أكد أن مواجهات اندلعت في مناطق القلعة والمحفد": the fight is at al-Mahfad),
# but only beside another place hit ("وأعلن المتحدث باسم القوات الجنوبية في أبين أن قواتهم تمكنت
# من صد الهجوم": his front is the act's place)
# A larger place's noun: "حي الروضة بمدينة مأرب" puts the first place inside the second
CONTAINER_NOUNS = frozenset(normalize_word(w) for w in ("مدينة", "محافظة", "مديرية", "بلدة", "قرية", "ولاية", "منطقة",
                                                       "قضاء", "ناحية"))
MAX_ONE_EVENT_CASUALTIES = 500  # above this a figure is a campaign's or a war's toll

# Generic battle nouns ("معارك", "مواجهات") name an act only with an occasion:
# a verb of occurrence, a date, or a toll; otherwise they are background
# ("إبان معارك كوباني", "معارك التصدي لداعش").
WEAK_TRIGGERS = {normalize_word(w) for w in ("معارك", "مواجهات", "المعارك", "المواجهات", "رصاص", "الرصاص",
                                             "بنيران", "نيران", "طلق",
                                             # "قتل جنديان بقذيفة هاون": the shell a victim fell by
                                             "بقذيفة", "بقذائف", "بقذيفتين", "بمقذوف", "بمقذوفات", "قذيفة", "قذائف",
                                             "بصاروخ", "بصاروخين", "بصواريخ")}
OCCURRENCE_VERBS = {normalize_word(w) for w in
                    ("اندلعت", "دارت", "تدور", "تجددت", "وقعت", "اندلاع", "تواصلت", "احتدمت",
                     "خاضت", "خاض", "يخوض", "تخوض", "جرت", "شهدت")}

# "منذ" + a month, a year or a span word opens a campaign's time span. The
# month names are extract/dates.py's table (first word: "كانون", "تشرين").
MONTH_WORDS = {normalize_word(name.split()[0]) for name in MONTHS} | {
    normalize_word(w) for w in ("بداية", "مطلع", "بدء", "اندلاع")}
SPAN_WORDS = {normalize_word(w) for w in
              ("أشهر", "اشهر", "شهور", "سنوات", "أعوام", "اعوام", "أسابيع", "عام", "سنة", "شهرين",
               "عامين", "سنتين", "الشهر", "العام")}
# "حافلة تقل أقباطاً في طريقهم إلى دير الأنبا صموئيل", "في طريقه من كويتا إلى بيشاور": where
# travellers were going or came from, not where they were hit (TRAVEL_WORDS; but places: "كانت في
# طريقها إلى الجبهة", what was struck on its way, names its target area)
ON_THE_ROAD_WORDS = {normalize_word(w) for w in ("طريقه", "طريقها", "طريقهم", "طريقهما")}
# A visit's or a journey's end is where someone went, not a place hit.
TRAVEL_WORDS = {normalize_word(w) for w in ("زيارة", "زيارته", "زيارتها", "زار", "زارت", "يزور", "تزور", "وصل",
                                            "وصلت", "يصل", "تصل", "غادر", "غادرت", "يغادر", "توجه", "متوجها",
                                            # "استقدام تعزيزات من قاعدة حقل العمر", "فرار عناصرها باتجاه
                                            # قاعدة ...": where troops came from or fled to
                                            "استقدام", "استقدمت", "استقدم", "فرار", "فروا", "هروب",
                                            # "وهاربين نحو مدينة الراهدة": the men put to flight
                                            "هاربين", "هاربون", "هاربا", "هربوا", "فارين", "فارون",
                                            # "قبل أن تستقدم «قسد» تعزيزات مدعومة بعربات مدرعة من الحسكة"
                                            "تستقدم", "يستقدم", "استقدموا", "يستقدمون",
                                            # "نزوح عشرات العائلات نحو المخيمات", "انسحابهم باتجاه"
                                            "نزوح", "نزح", "نزحت", "انسحاب", "انسحبت", "انسحبوا",
                                            # "قبل أن ينسحبوا باتجاه البادية": the present and subjunctive
                                            "ينسحبوا", "ينسحب", "تنسحب", "ينسحبون",
                                            # "توقعات بأن تتجه المعارك نحو تعز": where a fight is heading
                                            "تتجه", "يتجه", "اتجهت", "اتجه",
                                            "إرسال", "ارسال", "أرسلت", "ارسلت", "الدفع",
                                            # "بالتزامن مع استقدامها تعزيزات جديدة إلى مدينتي الميادين
                                            # والبوكمال": the verbal noun with its doer's pronoun
                                            "استقدامها", "استقدامه", "استقدامهم", "إرسالها", "إرساله",
                                            "إرسالهم", "ارسالها", "ارساله", "ارسالهم",
                                            # "تعزيزات ... قادمة من مديرية بيحان": where men came from;
                                            # "تعليق الرحلات وتحويلها إلى مطار مصراتة": where flights went
                                            "قادمة", "القادمة", "قادمين", "القادمين", "قادمون", "قادم",
                                            # "سيطروا على قاعدة العند ... واقتربوا من مدينة عدن": a town
                                            # approached is neither taken nor hit
                                            "اقترب", "اقتربت", "اقتربوا", "واقترب", "واقتربت", "واقتربوا",
                                            "يقترب", "تقترب", "يقتربون",
                                            "تحويلها", "وتحويلها", "تحويلهم",
                                            # "ما أدى إلى تعليق الملاحة الجوية وتحويل الرحلات إلى مطار
                                            # مصراتة": the bare verbal noun too
                                            "تحويل", "وتحويل",
                                            # "وحولت الرحلات إلى مطاري حلب واللاذقية": the past verb
                                            # (not the bare "حول", "around")
                                            "حولت", "وحولت",
                                            # "ونقل بعضهم إلى العاصمة نيامي": where the wounded were taken
                                            "نقل", "نقلوا", "نقلت", "نقلا", "نقلهم", "نقله",
                                            # "قطار جعفر إكسبريس المتوجه إلى بيشاور": where a train or a
                                            # bus is bound, not where it was hit (not "متجهة": "طائرة
                                            # مسيرة كانت متجهة نحو مطار أربيل" names a drone's target;
                                            # nor "الطريق المؤدي إلى مطار بغداد": a road is coded at
                                            # the place it leads to, by its end; "المتجه" after a
                                            # train or bus: places._HEADING_FORMS)
                                            "المتوجه", "المتوجهة")} | ON_THE_ROAD_WORDS
# "الفارين من أطراف المدينة باتجاه البادية", "هاربين نحو مدينة الراهدة", "لاذوا بالفرار نحو وادي
# الشاي": where attackers fled to (only before "باتجاه/نحو": "فر مئات النزلاء من سجن كوجي", "لاذوا
# بالفرار من المكان" name the place of the act; withdrawing is in TRAVEL_WORDS)
FLEE_WORDS = {normalize_word(w) for w in ("الفارين", "الفارون", "فارين", "فارون", "هاربين", "هاربون", "الهاربين",
                                          "الهاربون", "فر", "فرت", "يفرون", "يفروا", "بالفرار", "الفرار")}
# "اختطفت دورية لميليشيا حزب الله العراقي شابين", "اعتقل حاجز لقوات النظام شاباً": a unit right
# after the verb, owned by the side after its lam, with the people taken after that side
SUBJECT_UNIT_NOUNS = {normalize_word(w) for w in ("دورية", "دوريات", "قوة", "مجموعة", "حاجز", "رتل", "عناصر",
                                                  "مسلحون", "مسلحين")}
# "اختطفوا مدرساً ... أثناء عودته من مدينة دير الزور": the place one was coming back from is not
# where the act was (only before "من": "أثناء عودته إلى منزله في بلدة هجين" is where he was shot)
RETURN_WORDS = {normalize_word(w) for w in ("عودته", "عودتها", "عودتهم", "عودتهما", "عائدا", "عائدين", "عائدة")}
# "باتجاه", "نحو", "إلى": towards, after a word of moving
TOWARDS_WORDS = {normalize_word(w) for w in ("باتجاه", "نحو", "إلى", "الى", "صوب", "تجاه")}
# "نفذ عدواناً جوياً ... من اتجاه شمال شرقي بحيرة طبريا، مستهدفاً مطار دمشق الدولي": the act's
# own aim told after where the fire came from (a participle or a verb of targeting) opens the target
TARGETING_WORDS = {normalize_word(w) for w in ("مستهدفا", "مستهدفاً", "مستهدفة", "مستهدفين", "مستهدفتين",
                                               "استهدف", "استهدفت", "واستهدفت", "واستهدف", "لتستهدف",
                                               "ليستهدف", "لتصيب", "ليصيب")}
# "إرسال رتل عسكري ... لتعزيز جبهة القتال في مدينة لودر": the place men are sent to
# reinforce is where they were going, not where the convoy was hit (read a few words on)
REINFORCE_WORDS = {normalize_word(w) for w in ("لتعزيز", "لتعزيزها", "لتعزيزه", "لإسناد", "لاسناد",
                                               "لمؤازرة", "لمساندة")}
# Premises named right after an act's noun: the side named after them owns
# what was hit ("تفجير مسجد قوات الطوارئ", "استهداف مقر الشرطة").
HIT_PREMISES = {normalize_word(w) for w in ("مسجد", "جامع", "مقر", "مقرات", "معسكر", "ثكنة", "مركز", "مبنى",
                                            "مخفر", "موكب", "دورية", "رتل", "حاجز", "نقطة", "آلية", "قافلة",
                                            "منزل", "سيارة", "مدرسة", "مطار", "قاعدة")}
# Offices and notables named with their place ("أمير جازان", "محافظ القطيف",
# "وجهاء محافظة القطيف", "مكتب الصحة بمحافظة عدن"): who speaks, not where it happened.
OFFICE_HOLDERS = {normalize_word(w) for w in ("أمير", "محافظ", "وكيل", "مدير", "رئيس", "علماء", "وجهاء", "أعيان",
                                              "مشايخ", "مكتب", "مجلس", "بلدية", "جامعة", "نائب",
                                              # "قائد شرطة حمص", "والي ولاية هطاي", "مراسل عنب بلدي في ريف حلب"
                                              "قائد", "والي", "مراسل", "مراسلة",
                                              # "عن مصدر في قيادة شرطة حمص قوله", "قيادة عمليات بغداد"
                                              "قيادة",
                                              # "وقال بيان صادر عن سلطات مقاطعة شيرناك": authorities who speak
                                              "سلطات")}
# A named group's head nouns: once the article names "هيئة تحرير الشام", "وحدات حماية الشعب",
# "الفيلق الثالث" or "تنظيم داعش", "الهيئة", "الوحدات", "الفيلق", "التنظيم" alone mean that
# group (never "الجيش" or "القوات": a state's army is named so too)
NAMED_GROUP_HEADS = {normalize_word(w) for w in ("هيئة", "وحدات", "تنظيم", "حزب", "حركة", "جماعة", "فيلق",
                                                 "الفيلق", "جبهة", "كتائب", "فرقة", "لواء")}
# ... and as written with a clitic ("خلية تابعة لتنظيم داعش", "وتنظيم داعش"): the gate of the search
NAMED_GROUP_HEAD_FORMS = frozenset(NAMED_GROUP_HEADS | {c + h for c in ("و", "ل", "ب", "ف", "ول", "وب")
                                                        for h in NAMED_GROUP_HEADS})
# "أطلقت عملية بحث واسعة بمساندة طيران الجيش لتعقب الخاطفين": an operation or campaign of
# searching launched is a hunt, not fire launched
OPERATION_NOUNS = {normalize_word(w) for w in ("عملية", "عمليات", "حملة", "حملات")}
SEARCH_WORDS = {normalize_word(w) for w in ("بحث", "تفتيش", "تمشيط", "ملاحقة", "مطاردة", "تعقب", "إنقاذ",
                                            "انقاذ", "إغاثة")}
# A village's nouns: "قرية صيدا" in a story of Ain Issa's countryside is a village of that
# name, never the city of Sidon abroad
VILLAGE_NOUNS = {normalize_word(w) for w in ("قرية", "قريتي", "قريتا", "قرى")}
# A correspondent named with his outlet and station ("مراسل عنب بلدي في إدلب", "مراسل
# RT في العراق"): where the report was filed from, even with "في" between (a place
# hit only when the clause names none else, as an office's place)
# an envoy's title ("القائم بالأعمال الإيراني في بغداد", "السفير الأمريكي لدى بغداد"): the city after it is his post
ENVOY_WORDS = {normalize_word(w) for w in ("السفير", "سفير", "سفيرها", "سفيره", "القائم", "القنصل", "قنصل",
                                           "سفراء", "السفراء")}
OFFICE_HIT = {normalize_word(w) for w in ("اغتيال", "مقتل", "استهداف", "اغتيل", "قتل", "اختطاف", "إصابة", "منزل",
                                          "موكب", "مقر", "سيارة", "مبنى", "اقتحام", "اغتال", "اغتالت", "استهدف",
                                          "استهدفت", "قتلت", "خطف", "اختطف", "اختطفت", "خطفت")}
# An actor phrase headed by "the aggression" or a strike noun ("العدوان الإسرائيلي",
# "الغارات الإسرائيلية") names who struck, even after a victims' word ("شهداء العدوان").
AGGRESSION_HEADS = {normalize_word(w) for w in ("العدوان", "عدوان")} | STRIKE_NOUNS
# Given names and kin words: a place's nisba right after one is a family name
# ("محمد علي الشدادي", "أبو بكر البغدادي", "عبدالله الحلبي"), not a place.
# The most common male given names of the region's news; a list, not a model,
# because no library ships an Arabic given-name list.
GIVEN_NAMES = {normalize_word(w) for w in (
    "محمد", "أحمد", "علي", "حسن", "حسين", "محمود", "مصطفى", "عمر", "عثمان", "خالد", "سعيد", "سعد", "صالح",
    "إبراهيم", "يوسف", "يحيى", "يونس", "إسماعيل", "عيسى", "موسى", "سليمان", "داود", "عبدالله", "عبدالرحمن",
    "عبدالعزيز", "عبدالكريم", "عبدالملك", "عبدالسلام", "عبدالقادر", "عبدالحميد", "عبدالرزاق", "عبدالمجيد",
    "عبدالناصر", "عبدالهادي", "عبدالوهاب", "عادل", "فيصل", "فهد", "ناصر", "منصور", "جمال", "كمال", "طارق",
    "زياد", "وليد", "هشام", "ماجد", "سامي", "رامي", "فادي", "نبيل", "جعفر", "قاسم", "حمزة", "عمار", "ياسر",
    "باسم", "بشار", "حافظ", "رفيق", "سمير", "مازن", "نزار", "هادي", "مهدي", "كريم", "ضياء", "حيدر", "مقتدى",
    "نوري", "فالح", "هاشم", "جواد", "رشيد", "مجيد", "سالم", "مسعود", "عبد", "بكر", "جلال", "أسامة", "أنس",
    "بلال", "معاذ", "حذيفة", "عمرو", "هيثم", "أيمن", "شريف", "عماد", "فراس", "مالك", "نادر")}
KIN_WORDS = {normalize_word(w) for w in ("أبو", "ابو", "أبي", "ابي", "ابن", "بن", "بنت", "آل", "أم")}
PLANTED = {normalize_word(w) for w in ("زرع", "زرعه", "زرعها", "زرعته", "زرعتها", "زرعوه", "زرعوها", "زرعت",
                                       "وضعه", "وضعها", "وضعته", "وضعتها", "وضعوه", "وضعوها", "زرعتها")}
# "سقوط مقذوف أطلقته ميليشيا الحوثي": the verb of firing with the fired thing as its
# object pronoun; the side right after it fired
LAUNCHED_IT = {normalize_word(w) for w in ("أطلقه", "أطلقها", "أطلقته", "أطلقتها", "أطلقوه", "أطلقوها", "أطلقهما",
                                           "أطلقتهما", "أرسله", "أرسلته", "أرسلها", "أرسلتها", "أسقطها", "أسقطته",
                                           # "لكمين نصبه مسلحو التنظيم", "عبوة زرعها مجهولون": who laid it
                                           "نصبه", "نصبها", "نصبوه", "نصبته", "زرعه", "زرعها", "زرعوها", "زرعته")}
# the participles of backing that open a sponsor phrase ("المدعومة من إيران", "موالية لإيران")
BACKED_BY_STEMS = tuple(normalize_word(w) for w in ("مدعوم", "المدعوم", "موال", "الموال"))
# epithets a state's outlets give an act of its foes ("الاعتداء الإرهابي", "الهجوم الغادر")
TERROR_EPITHETS = {normalize_word(w) for w in ("الإرهابي", "الإرهابية", "إرهابي", "إرهابية", "الإجرامي", "الإجرامية",
                                              "الغادر", "الغادرة", "الجبان", "الجبانة", "الآثم", "الآثمة")}
# who works for or is contracted to a side, before "مع / لصالح / لدى" and the side
WORKS_FOR = frozenset(normalize_word(w) for w in (
    "يعمل", "تعمل", "يعملون", "يعملان", "تعملان", "العامل", "العاملة", "العاملين", "العاملون", "عامل", "عاملين",
    "متعاقد", "متعاقدة", "متعاقدا", "متعاقدين", "متعاقدون", "المتعاقد", "المتعاقدة", "المتعاقدين", "المتعاقدون"))
# a reporter's epithets for an armed group, beside TERROR_EPITHETS ("التنظيم المتطرف")
GROUP_EPITHETS = frozenset(normalize_word(w) for w in ("المتطرف", "المتطرفة", "التكفيري", "التكفيرية", "المسلح",
                                                       "المسلحة", "المتشدد", "المتشددة"))
TOLL_WORDS = {normalize_word(w) for w in ("حصيلة", "عدد", "ارتفاع", "حصيله", "ضحايا")}
# km per unit, for "على بعد 50 ميلا بحريا من" (a place that far is a reference, not the site); the
# singular after a hundred: "التي تبعد مسافة 600 كيلومتر إلى الشمال الشرقي من العاصمة باماكو"
DISTANCE_UNITS = {normalize_word(w): k for w, k in (("كيلومترا", 1), ("كيلومترات", 1), ("كيلومتر", 1),
                                                     ("كيلو", 1), ("كم", 1),
                                                     ("كلم", 1), ("ميلا", 1.6), ("ميل", 1.6), ("أميال", 1.6))}
# "إقدام X على قتل ...", "أقدم مسلحون على": the verbal noun of daring; X did the act
VENTURE_NOUNS = {normalize_word(w) for w in ("إقدام", "بإقدام", "وإقدام", "أقدم", "أقدمت", "وأقدم", "وأقدمت",
                                             "فأقدم", "يقدم", "تقدم")}
# heads of a force's name that "مكافحة" may follow ("جهاز مكافحة الإرهاب", "قوات مكافحة الشغب")
FORCE_NAME_HEADS = {normalize_word(w) for w in ("جهاز", "الجهاز", "قوات", "قوة", "وحدة", "وحدات", "فرقة", "لواء",
                                                "شرطة", "مديرية", "شعبة", "خلية", "الردع", "إدارة", "دائرة")}
SAME_DAY_WORDS = {normalize_word(w) for w in ("اليوم", "يوم", "امس", "أمس", "صباح", "مساء", "ليل", "ليلة", "فجر",
                                              "ظهر", "هذا", "هذه")}
SETTLER_WORDS = frozenset(normalize_word(w) for w in (
    "مستوطنون", "مستوطنين", "المستوطنون", "المستوطنين", "مستعمرون", "مستعمرين", "المستعمرون", "المستعمرين"))
# "أعلن الجيش المصري مقتل ضابط وثلاثة جنود": a force that tells its own soldiers' deaths was hit
OWN_LOSS_WORDS = {normalize_word(w) for w in ("مقتل", "استشهاد", "مصرع", "إصابة", "جرح", "فقدان")}
SOLDIER_NOUNS = {normalize_word(w) for w in (
    "ضابط", "ضابطا", "ضابطين", "ضباط", "جندي", "جنديا", "جنديين", "جنديان", "جنود", "عسكري", "عسكريا",
    "عسكريين", "عسكريان", "مجند", "مجندا", "مجندين", "شرطي", "شرطيا", "شرطيين", "جنوده", "جنودها",
    "أفراده", "أفرادها", "عناصره", "عناصرها", "منتسبيه", "منتسبيها")}
# "استهدفت مسيرة شاحنات تابعة للميليشيات الإيرانية", "تفجير 6 سيارات عسكرية تابعة لقياديين في
# كتائب القسام": a vehicle said to belong to a side was what was hit, its owner the target
OWNED_VEHICLES = frozenset(normalize_word(w) for w in (
    "شاحنة", "شاحنات", "سيارة", "سيارات", "صهريج", "صهاريج", "رتل", "رتلا", "عربة", "عربات", "حافلة",
    "حافلات", "قافلة", "زورق", "زوارق", "سفينة", "سفن", "ناقلة", "ناقلات", "مركبة", "مركبات"))
# the cue words of flying over ("تحلق فوق", "تحليق"): no strike, unless they describe an aircraft downed
# "قصفت طائرات التحالف مواقع ...، بالتزامن مع تحليق مكثف للمروحيات": what went on at the same
# time, after a comma, is a remark beside the act (as "، وسط تحليق" is)
CONCURRENT_WORDS = frozenset(normalize_word(w) for w in ("بالتزامن", "تزامنا", "متزامنا"))
# who a prison or camp holds: "السجن الذي يضم نحو 3500 محتجز"
DETAINEE_WORDS = frozenset(normalize_word(w) for w in (
    "محتجز", "محتجزا", "محتجزين", "معتقل", "معتقلا", "معتقلين", "سجين", "سجينا", "سجناء", "أسير", "أسيرا", "أسرى"))
FLYING_WORDS = frozenset(normalize_word(w) for w in ("تحلق", "تحليق", "يحلق", "تحوم", "يحوم", "حلق", "حلقت"))
# "قرب الحدود السورية", "على الحدود مع سوريا": a border, which has two sides
BORDER_NOUNS = frozenset(normalize_word(w) for w in ("الحدود", "بالحدود", "للحدود", "والحدود", "حدود"))
BORDERING_WORDS = {normalize_word(w) for w in ("الحدودية", "المحاذية", "المحاذي", "المتاخمة", "المتاخم",
                                               "المجاورة", "المجاور")}
SO_CALLED = {normalize_word(w) for w in ("يسمى", "تسمى", "المسمى", "المسماة", "يسمي", "تسمي", "يعرف", "تعرف",
                                         "المعروف", "المعروفة", "بـ")}
BURN_WORDS = {normalize_word(w) for w in ("أحرق", "أحرقوا", "أحرقت", "إحراق", "حرق", "أضرموا", "أضرم")}
BURNT_PROPERTY = {normalize_word(w) for w in (
    "منزل", "منازل", "المنازل", "مركبة", "مركبات", "المركبات", "سيارة", "سيارات", "السيارات", "محاصيل", "أشجار",
    "الزيتون", "ممتلكات", "محلات", "مسجد", "كنيسة", "خيام", "مزارع")}
PRESENT_AIM_VERBS = {normalize_word(w) for w in ("يستهدف", "تستهدف", "يستهدفون", "يستهدفان", "تستهدفان")}
CAMPAIGN_START_VERBS = {normalize_word(w) for w in ("باشر", "باشرت", "بدأ", "بدأت", "بدات", "بدا", "شن", "شنت",
                                                    "أطلق", "أطلقت", "انطلقت", "اندلعت", "استأنف", "استأنفت")}
# "ليرتفع عدد القتلى منذ 20 يوليو إلى 21": a tally rising, whose span is not the act's
TALLY_RISE_VERBS = {normalize_word(w) for w in ("يرتفع", "ليرتفع", "ترتفع", "لترتفع", "ارتفع", "ارتفعت", "ليصل",
                                                "لتصل", "يصل", "تصل")}
FAR_VERBS = {normalize_word(w) for w in ("تبعد", "يبعد", "وتبعد", "ويبعد", "تبعدان", "يبعدان")}
# "قيام X بقصف ...": the verbal noun of doing; X is the act's agent
DOING_NOUNS = {normalize_word(w) for w in ("قيام", "بقيام", "لقيام", "وقيام", "قام", "قامت", "وقام", "وقامت", "فقام",
                                           "فقامت", "يقوم", "تقوم")}
DOING_VERBS = {normalize_word(w) for w in ("فقام", "فقامت", "وقام", "وقامت", "ثم قام")}
# "أن مليشيات الحوثي قامت اليوم بقصف متعمد", "وكان الحوثيون قاموا الأحد بقصف": the doing
# verb's own forms, whose subject (before or after it) did the act its "ب" names
DOING_VERB_FORMS = {normalize_word(w) for w in ("قام", "قامت", "قاموا", "قامتا", "قاما", "وقام", "وقامت", "وقاموا",
                                                "فقام", "فقامت", "فقاموا", "يقوم", "تقوم", "يقومون")}
# "اعتداء انتحاري قام به داعش", "الهجوم الذي قامت بتنفيذه": the act's pronoun after a doing verb
DONE_BY_PRONOUNS = {normalize_word(w) for w in ("به", "بها", "بهما", "بهم", "بتنفيذه", "بتنفيذها", "بتنفيذهما")}
# "بعد أن تم تطهير الطرق من الألغام", "لتطهيرها من الألغام": the mines (and what war leaves
# behind) ground is cleared of, which is no ground taken
MINE_WORDS = {normalize_word(w) for w in ("الألغام", "ألغام", "الالغام", "العبوات", "المتفجرات", "مخلفات")}
# "استولى على سيارة والده", "السيطرة على الحريق", "سيطر على مجريات اللقاء": what
# is taken or controlled is no territory, so no front line moved
NOT_TERRITORY = {normalize_word(w) for w in (
    "سيارة", "سيارات", "سيارته", "سيارتها", "مركبة", "مركبات", "أموال", "مبالغ", "أسلحة", "ذخائر", "ذخيرة",
    "معدات", "شحنة", "شحنات", "حقيبة", "هاتف", "هواتف", "ممتلكات", "مقتنيات", "السلطة", "الحكم", "الحريق",
    "حريق", "النيران", "الوضع", "الموقف", "الأوضاع", "مجريات", "الكرة", "المباراة", "اللقاء", "الشوط",
    "الأسعار", "السوق", "أجهزة", "وثائق", "بيانات", "حسابات", "سفينة", "ناقلة", "الحرائق",
    # "سيطر رجال الأمن على موقع الحادثة": the scene of an incident brought under control
    "الحادث", "الحادثة",
    # "وسط جموع من الأهالي وزملاء الشهداء الذين سيطر الحزن عليهم", "سيطرت حالة من الهدوء الحذر":
    # a mood or a calm that prevails, no side's gain
    "الحزن", "الخوف", "الذعر", "الهلع", "القلق", "الرعب", "الغضب", "الفرح", "الهدوء", "الصمت", "التوتر",
    "الترقب", "حالة")} | MINE_WORDS
# "في مؤتمر صحافي في أنقرة": where a side spoke is not where the act was
# ... and talks held somewhere: "قبيل انطلاق المشاورات اليمنية - اليمنية في الرياض" (not a
# meeting, "اجتماع": "غارة استهدفت اجتماعا لقادة الجماعة في صنعاء" strikes the meeting's place)
PRESS_VENUE = {normalize_word(w) for w in ("مؤتمر", "مؤتمرا", "المؤتمر", "المشاورات", "مشاورات", "المحادثات",
                                           "محادثات", "المفاوضات", "مفاوضات")}
# acts a superlative compares ("أول هجوم", "الأعنف", "أول استهداف من نوعه")
COMPARED_ACTS = STRIKE_NOUNS | {normalize_word(w) for w in ("استهداف", "عملية", "تفجير", "اعتداء", "غارة", "قصف",
                                                           "هجوم", "ضربة", "عملياتها", "عملياته", "حادث", "تصعيد")}
# a war's gains and losses that wire copy compares over the years ("في أكبر تقدم للحركة في مدينة
# رئيسية منذ الإطاحة بحكمها عام 2001", "أسوأ هزيمة مني بها منذ"): the year after "منذ" dates the
# comparison, not the act (their place stays the act's: "أكبر تقدم تحرزه الحركة في بدخشان منذ")
COMPARED_GAINS = {normalize_word(w) for w in ("تقدم", "مكسب", "انتصار", "هزيمة", "خسارة", "انتكاسة", "حصيلة")}
# "عثرت قوات الأمن على جثتي شرطيين": who found the dead did not kill them
FIND_VERBS = {normalize_word(w) for w in ("عثر", "عثرت", "عثروا", "وعثر", "وعثرت", "انتشل", "انتشلت", "وجد", "وجدت")}
# "قوات الأمن أبطلت مفعول قنبلة أخرى", "تمكن خبراء المتفجرات من تفكيك عبوة ناسفة": a device
# made safe went off on no one, and who made it safe planted nothing (the harm rule then leaves
# the clause to any other act it tells)
DEFUSE_WORDS = {normalize_word(w) for w in (
    "أبطل", "أبطلت", "أبطلوا", "إبطال", "بإبطال", "لإبطال", "فكك", "فككت", "فككوا", "تفكيك", "بتفكيك",
    "لتفكيك", "يفكك", "تفكك")}
SOURCE_ADJECTIVES = {normalize_word(w) for w in ("عسكري", "عسكرية", "أمني", "أمنية", "محلي", "محلية", "طبي", "طبية",
                                                "ميداني", "ميدانية", "رسمي", "رسمية", "مطلع", "مطلعة", "مسؤول")}
BOMBER_NOUNS = {normalize_word(w) for w in ("انتحاري", "انتحاريا", "انتحاريان", "انتحاريين", "انتحارية", "مهاجم",
                                           "مهاجما", "مسلح", "مسلحا", "مسلحين", "مسلحون", "عنصر", "عنصرا", "عناصر",
                                           "انتحاريون")}
# nationality adjectives that are also given names ("تركي المالكي", the coalition's spokesman)
NAME_LIKE_ADJECTIVES = {normalize_word(w) for w in ("تركي",)}
TIME_MARK_WORDS = {normalize_word(w) for w in ("بعد", "وبعد", "قبل", "وقبل")}


# Words of the session-8 role and place rules (extract/frames.py)
# "بحماية قوات الاحتلال", "بإسناد من الطيران", "بغطاء جوي من": the side that escorts or backs the attacker
ESCORT_WORDS = frozenset(normalize_word(w) for w in ("بحماية", "وبحماية", "بمساندة", "بإسناد", "بمؤازرة",
                                                     "بغطاء", "بحراسة", "وبمساندة", "وبإسناد", "بدعم", "وبدعم",
                                                     "وبغطاء", "بتغطية", "وبتغطية", "وبمؤازرة",
                                                     # "تجمعاً لجامعي الكمأة كانوا برفقة حراسة من الدفاع
                                                     # الوطني": an escort, of either side, is neither
                                                     # the doer nor the target
                                                     "حراسة", "برفقة", "بمرافقة",
                                                     # "السكان الذين كانوا يحفرون خنادق بطلب من الجيش": who
                                                     # asked for what the victims did is no side of the act
                                                     "بطلب", "وبطلب",
                                                     # "مقاتلون من العشائر ... ومدعومون من قوات النظام":
                                                     # who backs the fighters is beside them, not the doer
                                                     "مدعومون", "ومدعومون", "مدعومين", "ومدعومين", "المدعومون",
                                                     "المدعومين", "مدعومة", "ومدعومة", "المدعومة", "مدعوم",
                                                     "المدعوم",
                                                     # "المقاومة الشعبية المسنودة بقوات الجيش من جهة،
                                                     # والميليشيات الحوثية من جهة أخرى" (Yemen, 2015): the
                                                     # army backs the resistance, it is not the foe
                                                     "مسنودة", "المسنودة", "ومسنودة", "مسنودا", "مسنود", "المسنود",
                                                     "مسنودين", "المسنودين",
                                                     # "قوات النظام المدعمة بمسلحين قرويين موالين لها" (SOHR)
                                                     "المدعمة", "مدعمة", "ومدعمة", "المدعم", "مدعم", "المدعمين",
                                                     "مدعمين"))
ORGANISATION_HEADS = frozenset(normalize_word(w) for w in ("تنظيم", "جماعة", "حركة", "منظمة", "ميليشيا", "مليشيا"))
PARTNER_WORDS = frozenset(normalize_word(w) for w in ("بالتعاون", "وبالتعاون", "بالتنسيق", "وبالتنسيق"))

# the enemy's dead as a force counts them ("مقتل 20 إرهابيا", "تصفية 5 تكفيريين")
ENEMY_DEAD = ("ارهابي", "الارهابي", "تكفيري", "التكفيري")
ENEMY_KILLED = frozenset(normalize_word(w) for w in ("مقتل", "قتل", "تصفية", "تحييد", "القضاء"))
UNMANNED_WORDS = frozenset(normalize_word(w) for w in ("بدون", "دون", "من", "طيار"))
HEDGE_VERBS = frozenset(normalize_word(w) for w in ("يرجح", "يعتقد", "يشتبه"))
ARMED_ADJECTIVES = frozenset(normalize_word(w) for w in ("مسلحة", "المسلحة", "مسلحين", "المسلحين"))
PURPOSE_OPENERS = frozenset(normalize_word(w) for w in ("لتخطيط", "للتخطيط", "لتنفيذ", "لشن", "لتدبير"))
# an unnamed unit of a named side: "مجموعة انغماسية من", "خلية نائمة من"
UNIT_WORDS = frozenset(normalize_word(w) for w in ("مجموعة", "مجموعه", "خلية", "خلايا", "عناصر", "مسلحون", "مسلحين",
                                                 "انغماسية", "انغماسيين", "انتحارية", "نائمة", "تابعة", "مسلحة"))
DENY_VERBS = frozenset(normalize_word(w) for w in ("نفى", "نفت", "ينفي", "تنفي", "نفوا", "ونفى", "ونفت"))
CAPITAL_WORDS = frozenset(normalize_word(w) for w in ("العاصمة", "عاصمة"))
HOUSING_SITES = frozenset(normalize_word(w) for w in ("قاعدة", "قاعدتي", "قاعدتين", "قواعد", "مطار", "معسكر", "ثكنة",
                                                     "منشأة", "مقر"))
SERVICE_MEMBERS = frozenset(normalize_word(w) for w in ("عسكريين", "العسكريين", "عسكريون", "العسكريون"))
# stationed in a place: "يتمركز فيها", "تستضيف جنودا أمريكيين"
GARRISON_VERBS = frozenset(normalize_word(w) for w in ("يتمركز", "تتمركز", "يتمركزون", "تستضيف", "يستضيف",
                                                      "يرابط", "ترابط", "يتحصن", "تتحصن", "يتحصنون",
                                                      # "قاعدة حرير العسكرية، التي تتواجد فيها قوات من التحالف
                                                      # الدولي": who is there (and "الذي توجد فيه قواتنا")
                                                      "تتواجد", "يتواجد", "يتواجدون", "توجد", "يوجد",
                                                      # "منشأتين في شرق سوريا يستخدمهما الحرس الثوري": who
                                                      # uses a site struck was hit
                                                      "يستخدمها", "يستخدمهما", "تستخدمها", "تستخدمهما",
                                                      "يستخدمونها", "يستخدمه", "تستخدمه"))
AFTER_WORDS = frozenset(normalize_word(w) for w in ("بعد", "وبعد", "عقب", "وعقب"))
FLARE_WORDS = frozenset(normalize_word(w) for w in ("مضيئة", "المضيئة", "ضوئية", "الضوئية", "إنارة", "الإنارة",
                                                   "مضيئتين", "ضوئيتين"))
NEUTRALISE = frozenset(normalize_word(w) for w in ("تحييد", "تحييدهم", "تحييدهما"))
# "القضاء على 7 عناصر إرهابية", "قضت على إرهابيين اثنين": eliminating the militants counted after it
ELIMINATE = frozenset(normalize_word(w) for w in ("القضاء", "قضت", "قضى", "قضوا"))
# "مقتل 43 مزارعاً على يد مسلحين": gunmen's killing
KILL_WORDS = frozenset(normalize_word(w) for w in ("مقتل", "قتل", "ومقتل", "بمقتل", "مصرع", "ذبح", "إعدام", "قتلوا",
                                                   "قتلا"))
ELIMINATED = ("ارهابي", "الارهابي", "تكفيري", "التكفيري", "عناصر", "مسلحين", "المسلحين", "مسلحا", "مسلح")
# "بينهم", "من بينهم": the list of the dead or wounded a toll is followed by
AMONG_THEM = frozenset(normalize_word(w) for w in ("بينهم", "بينهما", "بينهن", "وبينهم"))
# "قالت سنتكوم إن هجوماً ... ضرب الموقع": the "attack" a force reports striking something (its own
# acts it tells as strikes, raids, operations)
# "إثر هجوم", "جراء القصف": what is told before them befell someone after, or because of, the act
AFTERMATH_OF = frozenset(normalize_word(w) for w in ("إثر", "اثر", "جراء", "بسبب", "نتيجة"))
SUFFERED_ATTACK_NOUNS = frozenset(normalize_word(w) for w in ("هجوم", "هجوما", "هجمات", "اعتداء"))
# "مقتل شخصين يعتقد أنهما من مقاتلي حزب العمال", "قالت المصادر إنهما يعملان لصالح ميليشيا
# لواء فاطميون", "من بين الضحايا القيادي في كتائب حزب الله": the dead said to be a side's men
# (the pronoun "they were" or "among the victims", then the words that may stand before the side)
DEAD_WERE_WORDS = frozenset(normalize_word(w) for w in ("أنهما", "إنهما", "أنهم", "إنهم", "أنه", "إنه", "أنها",
                                                       "إنها", "بأنهم", "بأنهما", "الضحايا", "القتلى",
                                                       # "قتل شخصان، أحدهما قيادي في وحدات حماية
                                                       # الشعب": the pair struck was that side's
                                                       "أحدهما", "أحدهم"))
DEAD_WERE_BETWEEN = frozenset(normalize_word(w) for w in (
    "من", "مقاتلي", "عناصر", "مسلحي", "أعضاء", "أفراد", "يعملان", "يعملون", "يعمل", "لصالح", "ينتميان",
    "ينتمون", "ينتمي", "إلى", "كانا", "كانوا", "كان", "في", "بين", "القيادي", "قيادي", "قياديان", "قياديين",
    "القائد", "قائد", "المسؤول", "مسؤول", "تابعين", "تابعان", "ضمن", "صفوف", "ميليشيا", "مليشيا"))
COUNT_WORDS = frozenset(normalize_word(w) for w in ("اثنان", "اثنين", "اثنتان", "اثنتين", "ثلاثة", "ثلاث", "أربعة",
                                                   "أربع", "خمسة", "خمس", "ستة", "ست", "سبعة", "سبع", "ثمانية",
                                                   "ثماني", "تسعة", "تسع", "عشرة", "عشر"))
# the words of a fight between two armed sides ("اشتباكات", "معارك", "مواجهات", "اقتتال")
CLASH_STEMS = tuple(normalize_word(w) for w in ("اشتباك", "الاشتباك", "معارك", "المعارك", "معركة", "المعركة",
                                               "مواجهات", "المواجهات", "اقتتال", "الاقتتال", "قتال", "القتال",
                                               "تبادل", "اشتبك", "هجوم", "الهجوم", "هاجم", "اقتحام", "اقتحم"))
# "يعتقد أنها تابعة للتحالف", "يرجح أنها إسرائيلية": the side a guess puts an act down to
THAT_IT_WORDS = frozenset(normalize_word(w) for w in ("أنها", "انها", "أنه", "انه", "أنهم", "انهم"))
# (the hedges of a nationality, and the forms a guess at a named side also takes)
ATTRIBUTION_GUESS = HEDGE_VERBS | frozenset(normalize_word(w) for w in ("رجح", "رجحت", "يرجحون", "يعتقدون",
                                                                         "يبدو", "قيل"))
UNNAMED_STEMS = tuple(normalize_word(w) for w in ("مجهول", "مجهولة", "مجهولين", "مجهولون"))
# "منسوبي القوات", "من منسوبي الأمن العام": the members of a force (Gulf outlets' word)
AFFILIATES = frozenset(normalize_word(w) for w in ("منسوبي", "منسوبو", "ومنسوبي"))
SUBORDINATORS = frozenset(normalize_word(w) for w in ("بعدما", "عندما", "حينما", "بينما", "لما", "حين"))
# "قتل في ضربة", "لقي مصرعه في غارة", "استشهد في قصف": killed by the act that follows
KILLED_BY = frozenset(normalize_word(w) for w in ("قتل", "قتلوا", "قتلا", "قتلت", "استشهد", "استشهدوا",
                                                  "مصرعه", "مصرعهم", "حتفه", "حتفهم"))
CLOSE_TO = frozenset(normalize_word(w) for w in ("مقربة", "المقربة", "مقرب", "المقرب", "مقربين", "المقربين",
                                                  "قريبة", "القريبة", "مقربون", "المقربون"))
SPOKESMAN_WORDS = frozenset(normalize_word(w) for w in ("المتحدث", "الناطق", "متحدث", "ناطق", "المتحدثة", "الناطقة",
                                                       "متحدثة", "ناطقة"))
SPOKESMAN_ADJECTIVES = frozenset(normalize_word(w) for w in ("العسكري", "الرسمي", "الإعلامي"))
# "وجّه رئيس الوزراء الأجهزة الأمنية بملاحقة منفذي الهجوم", "أعلن وزير الداخلية اعتقال
# المتورطين بالتفجير": who is to hunt or has caught the act's doers is no side of the act
PURSUE_WORDS = frozenset(normalize_word(w) for w in ("ملاحقة", "تعقب", "اعتقال", "القبض", "قبض", "البحث", "مطاردة"))
DOER_NOUNS = frozenset(normalize_word(w) for w in ("منفذي", "منفذ", "مرتكبي", "مرتكب", "الجناة", "جناة", "المتورطين",
                                                 "متورطين", "المسؤولين", "المسؤولين", "الفاعلين", "وراء"))
# a rank right after "بينهم" in a toll: "بمقتل ثلاثة أشخاص بينهم قيادي بارز في كتائب حزب الله"
RANK_NOUNS = frozenset(normalize_word(w) for w in ("قيادي", "قائد", "القيادي", "القائد", "مسؤول", "المسؤول", "ضابط",
                                                 "مستشار", "عنصر", "مقاتل", "آمر", "امر", "زعيم", "أمير", "امير"))
# "استهدفت قواعد الاحتلال الأمريكي بالطيران المسير نصرةً لغزة", "تضامناً مع غزة": the place
# an act is done for is its cause, not where it was
CAUSE_WORDS = frozenset(normalize_word(w) for w in ("نصرة", "نصرةً", "نصره", "نصرتا", "تضامنا", "تضامناً", "إسنادا",
                                                  "إسناداً", "اسنادا", "دعما", "دعماً", "ثأرا", "ثأراً", "انتقاما",
                                                  "انتقاماً", "مساندة", "مساندةً",
                                                  # "في إطار عملياتها المساندة لغزة": the cause, not the place hit
                                                  "المساندة", "المساند", "المساندين"))
# "مواجهات مع القوات الإسرائيلية احتجاجًا على جريمة دوما": what a protest is against (after "على"),
# not where the act was (not "ردا على": a reprisal may strike where the act it answers came from)
PROTESTED_WORDS = frozenset(normalize_word(w) for w in ("احتجاجا", "احتجاجاً", "واحتجاجا"))
# "قصف مدفعي من مواقع القوات الحكومية": the positions fire came from, right after the act
FIRING_POSITIONS = frozenset(normalize_word(w) for w in ("مواقع", "مناطق", "نقاط", "مقرات", "ثكنات", "مرابض"))
# a settlement or province noun before a town abroad ("بلدة أفدييفكا", "مقاطعة بلغورود",
# "ولاية زامفارا"): with the article naming its country, the name is that town
ABROAD_TOWN_NOUNS = {normalize_word(w) for w in ("مدينة", "بلدة", "قرية", "مدينتي", "بلدتي", "قريتي", "ولاية",
                                                "ولايتي", "إقليم", "اقليم", "مقاطعة", "مقاطعتي", "محافظة",
                                                "مديرية", "منطقة", "مدن", "بلدات", "قرى")}
# "حمّل X مسؤولية الهجوم" (BLAME_VERBS): the noun it blames with ("مسؤولية", "مسؤوليته")
BLAME_NOUN = normalize_word("مسؤولية")[:-1]

# "غارات على عفرين وصواريخ على الريحانية وكلس": a weapon noun followed by "على" is what fell
# somewhere, the second act of a headline's list (frames.ClauseAnalyser._split_listed_acts)
ON_WORDS = {normalize_word(w) for w in ("على", "علي")}
# "سقوط صواريخ أطلقت من قطاع غزة" on an Israeli town: fire launched across a border from
# an area one armed side holds, with no side named, is that side's (launch country, target
# country) -> the holder; areas whose holder changed over the years (Afrin) are left out
LAUNCH_AREA_HOLDERS = {("Palestine", "Israel"): "Hamas", ("Lebanon", "Israel"): "Hezbollah",
                       ("Yemen", "Israel"): "Houthis", ("Yemen", "Saudi Arabia"): "Houthis"}
# "..., داعياً المدنيين إلى عدم الاقتراب من المواقع المستهدفة خلال الساعات القادمة": a call
# (cues.csv's hypothetical "داعيا", "مطالبا", "مناشدا") told after a comma calls for what comes
# after it; the act the clause told before the comma is still news
# (frames.ClauseAnalyser._analyse_clause)
CALL_PARTICIPLES = frozenset(normalize_word(w) for w in ("داعيا", "داعية", "مناشدا", "مطالبا", "داعين",
                                                         "مطالبين", "مناشدة", "مطالبة",
                                                         # "..., محذرا واشنطن من أن أي رد سيقابل": a warning
                                                         "محذرا", "محذرة", "محذرين"))

# "استنفار كبير في مواقع الميليشيات تحسباً لضربات أمريكية جديدة", "نزح السكان خشية غارات",
# "تخوفاً من هجمات": the act named right after these is feared or expected, not done
# (frames.ClauseAnalyser._analyse_clause drops that trigger; an act told before them stands)
FEARED_WORDS = frozenset(normalize_word(w) for w in ("تحسبا", "تحسبًا", "تحسباً", "خشية", "خشيه", "تخوفا",
                                                     "تخوفاً", "خوفا", "خوفاً", "تجنبا", "تجنباً", "توقعا"))

# the groups news calls "تنظيم X", for whom a bare "التنظيم" may stand; and the names of ISIS
ORGANISATIONS = ((re.compile(r"تنظيم\W{0,3}(?:بي كا كا|حزب العمال)"), "PKK"),
                 (re.compile(r"تنظيم\W{0,3}ي ب ك"), "SDF"),
                 (re.compile(r"تنظيم\W{0,3}القاعدة"), "al-Qaeda"))
ISIS_NAMED = re.compile(r"داعش|الدول[ةه] الإسلامي[ةه]|الدول[ةه] الاسلامي[ةه]|تنظيم الدول[ةه]")

# "صد محاولة تقدم لميليشيا أسد", "أحبط محاولة تسلل لعناصر داعش": an attempt to advance,
# infiltrate or storm, its lam naming whose attempt it was (the doer), not what it was aimed at
# (frames.ClauseAnalyser._roles)
ATTEMPT_NOUNS = frozenset(normalize_word(w) for w in ("محاولة", "محاولات", "محاولتي", "محاولتين", "المحاولة",
                                                     "محاولتا", "ومحاولة", "لمحاولة", "بمحاولة"))
ATTEMPTED_MOVES = frozenset(normalize_word(w) for w in ("تقدم", "تسلل", "اقتحام", "توغل", "التفاف", "هجوم",
                                                       "تقدّم", "اختراق"))
# "قصف جوي يخطئ «داعش» ويقتل 46 مدنيا": what a strike missed (the side named right after the verb) is
# not what it hit
MISS_VERBS = frozenset(normalize_word(w) for w in ("يخطئ", "تخطئ", "يخطىء", "تخطىء", "أخطأ", "أخطأت",
                                                 "أخطأه", "أخطأها", "اخطأت", "اخطأ"))
# "أعلن عن تقدم كبير للقوات الأمنية بمعارك تطهير القاطع الشرقي": the advance a side makes, named by
# its lam (frames: the lam after it marks who advances, not whom the act hit), and the adjectives of
# size that may stand between them
ADVANCE_NOUNS = frozenset(normalize_word(w) for w in ("تقدم", "تقدما", "تقدمات", "التقدم", "بتقدم"))
ADVANCE_SIZES = frozenset(normalize_word(w) for w in ("كبير", "كبيرا", "ملحوظ", "ملحوظا", "واسع", "واسعا",
                                                    "جديد", "جديدا", "مهم", "مهما", "سريع", "سريعا"))
# "نعت هيئة الحشد الشعبي أربعة من منتسبيها", "ينعى حزب الله": the side that mourns its dead
MOURN_VERBS = frozenset(normalize_word(w) for w in ("نعى", "نعت", "ينعى", "تنعى", "نعوا", "ونعى", "ونعت",
                                                   "وينعى", "وتنعى"))
# "مجموعة من بقايا عصابات داعش", "فلول تنظيم داعش": the remnants of a group, which are the group,
# and the head nouns that may stand between them and its name (frames._past_remnants)
REMNANT_WORDS = frozenset(normalize_word(w) for w in ("بقايا", "فلول", "وبقايا", "وفلول", "لبقايا", "لفلول",
                                                     "ببقايا", "بفلول"))
GROUP_HEAD_WORDS = frozenset(normalize_word(w) for w in ("عصابات", "عصابة", "العصابات", "خلايا", "مجاميع",
                                                        "جماعات"))
# "، وناشد الدفاع المدني الأمم المتحدة التدخل", "، مطالبةً الجانب التركي بالكف": an appeal after a
# comma, a clause of its own whose addressee is no side of the act told before it (and the calls
# of CALL_PARTICIPLES; not the bare "طالب", as often "a student": "أصيب شخصان، طالب وامرأة، في قصف")
APPEAL_VERBS = CALL_PARTICIPLES | frozenset(normalize_word(w) for w in (
    "ناشد", "ناشدت", "ناشدوا", "يناشد", "تناشد", "طالبت", "طالبوا", "يطالب", "تطالب", "دعا", "دعت",
    "دعوا", "يدعو", "تدعو", "حث", "حثت", "مناشدين", "مطالبة"))
# "طال القصف أيضاً أطراف بلدة ...": "also" after an act's verb (frames: Mention.also), or after a
# verb of reaching a place whose subject is the act's noun ("القصف طال أيضاً", "الغارات شملت أيضاً")
ALSO_WORDS = frozenset(normalize_word(w) for w in ("أيضا", "أيضاً", "ايضا", "أيضًا"))
REACH_VERBS = frozenset(normalize_word(w) for w in ("طال", "طالت", "شمل", "شملت", "امتد", "امتدت", "وصل", "وصلت"))
# "تجعل الولايات المتحدة شريكاً لتنظيم الدولة": whose partner a side is called (frames: an aside)
PARTNER_NOUNS = frozenset(normalize_word(w) for w in ("شريكا", "شريكاً", "شريك", "شريكة", "شركاء", "شريكين",
                                                     "وشريكا", "وشريك",
                                                     # whom a group pledged allegiance to: "منذ أن أعلنت
                                                     # مبايعتها لتنظيم داعش" (Boko Haram, snn-2015-07-25-0643)
                                                     "مبايعتها", "مبايعته", "مبايعتهم", "مبايعة", "المبايع",
                                                     "المبايعة", "ولاءها", "ولاءه", "ولاءهم"))
# "معتبراً أنها «اعتداء على السيادة الوطنية»", "وصفت هيئة الحشد القصف بأنه «اعتداء سافر»": a
# verb of calling or deeming, then "أنه/أنها" and an act noun: the noun is the name the speaker
# gives an act told before (its predicate), not one more act (frames._labelled_act)
LABEL_VERBS = frozenset(normalize_word(w) for w in (
    "معتبرا", "معتبرة", "معتبرين", "واصفا", "واصفة", "واصفين", "اعتبر", "اعتبرت", "اعتبروا", "يعتبر",
    "تعتبر", "وصف", "وصفت", "وصفوا", "يصف", "تصف", "واعتبر", "واعتبرت", "ووصف", "ووصفت"))
LABEL_THAT = frozenset(normalize_word(w) for w in ("أنه", "أنها", "بأنه", "بأنها", "أنهما", "بأنهما", "إياه",
                                                  "إياها", "إياهما"))
