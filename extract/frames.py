"""Clause analysis: one reported act ("mention") per clause that has a trigger.

A mention gathers what its clause says: trigger and sub-event type, weapons,
who fired and at whom (role cues), target and launch places, date, casualties.
extract/assemble.py then merges mentions of one act and fills what a clause
leaves implicit from the rest of the article.

Roles come from the cues Arabic news uses: the subject of an active trigger
verb (before it, SVO, or right after it, VSO), the genitive after a verbal
noun ("استهداف القوات الأميركية لمواقع"), "من" after a passive or a noun
("تعرضت قواعد أمريكية لهجوم من قوات موالية لإيران"), the weapon's owner
("طيران التحالف"), and for targets: the lam clitic ("مقرات لميليشيات"),
على / ضد, target nouns (مواقع، نقاط، قواعد) and bases named by their owner
("القاعدة الأمريكية").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .casualties import Casualties, find_casualties
from .dates import DateMention, find_dates
from .lexicon import Lexicons, Match
from .normalize import Token, normalize_word, stems, tokens

# Clause boundaries inside a sentence: contrastive / sequencing connectors.
CLAUSE_BREAKS = {normalize_word(w) for w in
                 ("فيما", "بينما", "بدوره", "بدورها", "كما", "وكذلك", "ولاحقا")}
CLAUSE_BREAK_PAIRS = {("في", "حين"), ("من", "جهتها"), ("من", "جهته"), ("في", "المقابل")}
ANAPHORIC_PLACES = {normalize_word(w) for w in
                    ("المنطقة", "الموقع", "هناك", "المدينة", "البلدة", "المنطقتين", "القرية")}
ATTACKER_NOUNS = {normalize_word(w) for w in
                  ("مقاتلات", "طائرات", "طائرة", "طيران", "مدفعية", "مسيرات", "مسيرة",
                   "مروحيات", "المقاتلات", "الطائرات", "الطيران", "المدفعية", "المسيرات",
                   "راجمات", "صواريخ", "قذائف", "مسلحو", "مسلحي", "خلايا")}
# A verb right after one of these has it as its subject, so the actor that
# follows the verb is the object: "هجوما ... استهدف القاعدة الأمريكية".
SUBJECT_BEFORE_VERB = {normalize_word(w) for w in
                       ("الذي", "التي", "اللذين", "صاروخ", "صواريخ", "قذيفة", "قذائف",
                        "مسيرة", "مسيرات", "طائرة", "طائرات", "غارة", "غارات", "الصاروخية",
                        "صاروخية", "الصاروخيه", "ضربة", "ضربات", "عبوة", "انتحارية")}
VICTIM_WORDS = {normalize_word(w) for w in
                ("مقتل", "إصابة", "إصابات", "اصابة", "جرح", "أصيب", "مصرع", "قتل", "استشهاد",
                 "صفوف", "إصابته")}
TARGET_HINT_WORDS = {normalize_word(w) for w in
                     ("القاعدة", "القواعد", "قاعدة", "قواعد", "جنود", "الجنود", "جنودا",
                      "منشات", "مواقع", "مقرات")}
# Nationality adjectives name the actor only after a military noun.
MILITARY_HEADS = {normalize_word(w) for w in
                  ("قوات", "القوات", "طائرات", "الطائرات", "طائرة", "مقاتلات", "المقاتلات",
                   "قاعدة", "القاعدة", "قواعد", "القواعد", "جنود", "الجنود", "جنودا",
                   "مسيرة", "مسيرات", "طيران", "الطيران", "مروحيات", "دورية", "رتل",
                   "مدفعية", "المدفعية", "بوارج", "سفن", "الجيش", "جيش", "عناصر")}
MILITARY_ADJECTIVES = {normalize_word(w) for w in
                       ("حربية", "الحربية", "حربي", "مسيرة", "المسيرة", "العسكرية", "عسكرية",
                        "انتحارية", "مقاتلة", "هجومية")}
GENERIC_MILITIA = {normalize_word(w) for w in
                   ("الميليشيات", "المليشيات", "ميليشيات", "مليشيات", "الميليشيا", "ميليشيا")}
WEAPON_NEEDED = {"fall", "reprisal"}  # "سقطت ... قذائف", "ردت ... بالقذائف"
_TRIGGER_VERBS_NEEDING_OBJECT = {normalize_word(w) for w in ("شن", "شنت", "يشن", "تشن")}
_LAUNCH_VERBS = {normalize_word(w) for w in ("اطلق", "اطلقت", "إطلاق", "اطلاق")}
_EXPLOSIVE_ONLY = {normalize_word(w) for w in ("فجر", "فجرت")}
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
                  "توجيه", "تبنى", "تبنت", "اطلق", "اطلقت", "شنوا", "نفذوا")}
PARTITIVE_HEADS = {normalize_word(w) for w in
                   ("عناصر", "عنصر", "مقاتلي", "مقاتلين", "جنود", "افراد", "قيادي", "عدد", "مسلحي")}
CLAIM_VERBS = {normalize_word(w) for w in ("اعلن", "اعلنت", "تعلن", "يعلن", "تبنى", "تبنت")}
STATIONED = {normalize_word(w) for w in
             ("المتمركزة", "المتمركزين", "المنتشرة", "المتواجدة", "الموجودة", "المتمركز")}
COUNTRY_ACTORS = {normalize_word(w) for w in
                  ("تركيا", "روسيا", "إسرائيل", "أمريكا", "أميركا", "واشنطن", "إيران")}
PLACE_BEFORE_COUNTRY = {normalize_word(w) for w in
                        ("في", "جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "داخل", "حدود",
                         "الى", "إلى", "من", "مع", "بين", "عاصمة")}
PLACE_CUE_WORDS = {normalize_word(w) for w in
                   ("مدينة", "المدينة", "منطقة", "المنطقة", "بلدة", "البلدة", "قرية", "ريف",
                    "محافظة", "حي", "مركز", "ناحية")}
MAX_ONE_EVENT_CASUALTIES = 500  # above this a figure is a campaign's or a war's toll
_SENTENCE = re.compile(r"[^.!?؟\n]+")


@dataclass
class PlaceRef:
    place: object  # gazetteer Place
    name_ar: str
    start: int
    end: int
    precision: int
    role: str  # target / launch / attacker_base / container


@dataclass
class Mention:
    sentence: tuple[int, int]  # offsets of the sentence in the cleaned text
    clause: tuple[int, int]
    order: int
    sub_event_type: str
    weapons: set[str]
    actor1: str | None
    actor2: str | None
    targets: list[PlaceRef]
    launch: PlaceRef | None
    attacker_base: PlaceRef | None  # "خلايا داعش في بادية الميادين": where the attacker was
    date: date | None
    date_precision: str
    casualties: Casualties
    reporters: set[str]
    anaphoric: bool  # a definite noun ("القصف") with nothing new: refers back
    anaphoric_place: bool  # "في المنطقة": the place said before
    distinct: bool  # "هجوم آخر / جديد": never merged with an earlier act
    reprisal: bool
    actor2_from_site: bool = False
    explicit_actors: set[str] = field(default_factory=set)


def sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group().strip()]


def clause_spans(toks: list[Token], is_verb=lambda tok: False) -> list[tuple[int, int]]:
    """Token index ranges of the clauses of one sentence. A new clause also
    starts at "و" + a trigger verb, or "و" + a noun + a trigger verb
    ("ميليشيات تقصف حقلاً ... ومسيرات تقصف الحرس الثوري")."""
    cuts = [0]
    for k, t in enumerate(toks):
        if k > 2 and t.norm.startswith("و") and (
                is_verb(t) or (k + 1 < len(toks) and is_verb(toks[k + 1]))):
            cuts.append(k)
        elif k and t.norm in CLAUSE_BREAKS:
            cuts.append(k)
        elif k and (t.norm, toks[k + 1].norm if k + 1 < len(toks) else "") in CLAUSE_BREAK_PAIRS:
            cuts.append(k)
    cuts.append(len(toks))
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


class ClauseAnalyser:
    def __init__(self, lexicons: Lexicons, gazetteer):
        self.lex = lexicons
        self.gaz = gazetteer

    def new_article(self) -> list:
        """A fresh list of the article's places so far: resolve() prefers
        candidates near them ("الفاو" in a Yemen story is not Iraq's al-Faw)."""
        return []

    # -- per sentence ---------------------------------------------------
    def analyse_sentence(self, text: str, span: tuple[int, int], published: date | None,
                         order: int, context: list | None = None) -> list[Mention]:
        s0, s1 = span
        toks = tokens(text[s0:s1], s0)
        if not toks:
            return []
        out = []
        sentence_dates = find_dates(text[s0:s1], published)
        sentence_reporters = {m.value for m in self.lex.reporters.find(toks)}
        clauses = clause_spans(toks, self._is_trigger_verb)
        for a, b in clauses:
            m = self._analyse_clause(text, toks, a, b, (s0, s1), published, order,
                                     sentence_dates, sentence_reporters, len(clauses),
                                     context if context is not None else [])
            if m:
                out.append(m)
        return out

    def _is_trigger_verb(self, tok: Token) -> bool:
        m = self.lex.triggers.match_at([tok], 0)
        return bool(m) and m.value.form == "verb"

    # -- per clause -----------------------------------------------------
    def _analyse_clause(self, text, toks, a, b, sent, published, order, sentence_dates,
                        reporters, n_clauses, context) -> Mention | None:
        ct = toks[a:b]
        lex = self.lex
        cues = lex.cues.find(ct)
        cue_at = {m.i: m.value for m in cues}
        kinds = {m.value for m in cues}
        if kinds & {"hypothetical", "habitual", "verbal", "ceasefire"}:
            return None
        weapons_m = lex.weapons.find(ct)
        weapons = {m.value for m in weapons_m}
        triggers = [m for m in lex.triggers.find(ct) if self._accept_trigger(ct, m, weapons)]
        cause_from = next((m.i for m in cues if m.value == "cause"), None)
        if cause_from is not None:  # "ردا على هجمات": the cause, not this clause's act
            triggers = [m for m in triggers if m.i < cause_from]
        if any(self._statistic(ct, m, cue_at) for m in triggers):
            return None  # "12053 غارة ... منذ": a tally, whatever else the clause says
        if not triggers:
            return None
        main = triggers[0]
        forms = {m.value.form for m in triggers}
        noun_only = forms <= {"noun"}
        definite = noun_only and all(ct[m.i].norm.startswith(("ال", "وال", "بال", "فال"))
                                     or "ال" in m.prefix for m in triggers)
        sub = next((m.value.sub_event_type for m in triggers if m.value.sub_event_type), "")
        weapons |= {m.value.weapon for m in triggers if m.value.weapon}
        actors = self._actors(ct)
        actor1, actor2, explicit, attacker_spans = self._roles(ct, actors, triggers, cue_at)
        places, anaphoric_place = self._places(text, ct, attacker_spans, cue_at, context)
        targets = [p for p in places if p.role == "target"]
        launch = next((p for p in places if p.role == "launch"), None)
        attacker_base = next((p for p in places if p.role == "attacker_base"), None)
        clause_text_span = (ct[0].start, ct[-1].end)
        dates = [d for d in sentence_dates
                 if clause_text_span[0] <= d.start + sent[0] < clause_text_span[1]] or sentence_dates
        dated = [d for d in dates if d.value is not None]
        when = dated[0] if dated else None
        casualties = find_casualties(self._own_part(ct, cause_from), lex)
        if casualties == Casualties() and n_clauses == 1 and cause_from is None:
            casualties = find_casualties(toks, lex)
        if max(casualties.fatalities or 0, casualties.injured or 0) > MAX_ONE_EVENT_CASUALTIES:
            return None  # "مقتل 2927 على الأقل ... جراء الضربات": a campaign's toll
        distinct = any(v == "distinct" and any(0 < i - t.j + 1 <= 3 for t in triggers)
                       for i, v in cue_at.items())  # "هجوم أخر", "هجوما صاروخيا جديدا"
        reprisal = "reprisal" in forms
        return Mention(
            sentence=sent, clause=clause_text_span, order=order,
            sub_event_type=self._sub_event_type(sub, weapons, forms, actor2),
            weapons=weapons, actor1=actor1, actor2=actor2, targets=targets,
            launch=launch or attacker_base, attacker_base=attacker_base,
            date=when.value if when else None,
            date_precision=when.precision if when else "unknown",
            casualties=casualties, reporters=set(reporters),
            anaphoric=definite,
            anaphoric_place=anaphoric_place and not targets,
            distinct=distinct, reprisal=reprisal, explicit_actors=explicit)

    @staticmethod
    def _own_part(ct, cause_from):
        """The clause without its "ردا على ..." cause, whose casualties are the
        cause's; "ما أسفر عن" after it returns to the reported act."""
        if cause_from is None:
            return ct
        back = next((k for k in range(cause_from, len(ct) - 1)
                     if ct[k].norm in ("ما", "مما") and ct[k + 1].norm in ("اسفر", "ادى")), None)
        return ct[:cause_from] + (ct[back:] if back is not None else [])

    def _accept_trigger(self, ct, m: Match, weapons: set[str]) -> bool:
        t = m.value
        word = ct[m.i].norm
        if t.form in WEAPON_NEEDED and not weapons - {"aircraft"}:
            return False
        if word in _EXPLOSIVE_ONLY or any(s in _EXPLOSIVE_ONLY for s in stems(word)):
            return "explosives" in weapons
        if any(s in _LAUNCH_VERBS for s in stems(word)) and not weapons:
            return False
        if any(s in _TRIGGER_VERBS_NEEDING_OBJECT for s in stems(word)):
            return False  # "شنت" only carries its object's type: غارات / هجوما
        return True

    def _statistic(self, ct, m: Match, cue_at) -> bool:
        """"نحو 78 هجوما": a tally. A number right before a plural noun
        trigger, after نحو or with a large count."""
        if m.value.form != "noun" or m.i == 0:
            return False
        prev = ct[m.i - 1].norm
        if not prev.isdigit():
            return False
        return int(prev) > 20 or cue_at.get(m.i - 2) == "statistic"

    @staticmethod
    def _sub_event_type(sub: str, weapons: set[str], forms: set[str], actor2) -> str:
        """Weapons decide first (ACLED codes by means), then the trigger."""
        if weapons & {"aircraft", "drones", "helicopters"} and sub != "Armed clash":
            return "Air/drone strike"
        if "explosives" in weapons:
            return "Remote explosive/landmine/IED"
        if weapons & {"rockets", "artillery", "missiles"}:
            return "Shelling/artillery/missile attack"
        if sub in ("Armed clash", "Attack", "Remote explosive/landmine/IED"):
            return "Attack" if actor2 == "Civilians" and sub == "Armed clash" else sub
        if sub and not weapons:
            return sub
        if actor2 == "Civilians":
            return "Attack"
        if "small arms" in weapons or forms & {"noun", "verb", "passive"} and not sub:
            return "Armed clash"  # "هجوم على حاجز": ground attack, ACLED's armed clash
        return "Shelling/artillery/missile attack"

    # -- actors -----------------------------------------------------------
    def _actors(self, ct) -> list[tuple[int, int, str, str, str]]:
        """(i, j, actor, prefix, hint) for each actor mention in the clause."""
        out = []
        taken = set()
        for m in self.lex.actors.find(ct):
            if m.i and ct[m.i - 1].norm == "باسم":
                continue  # "المتحدث باسم التحالف": a speaker, not a side
            if m.j - m.i == 1 and ct[m.i].norm in COUNTRY_ACTORS and m.i and (
                    ct[m.i - 1].norm in PLACE_BEFORE_COUNTRY or m.prefix.startswith(("ب", "في"))):
                continue  # "جنوب تركيا", "في إسرائيل": the country as a place
            head = ct[m.i].norm
            hint = "target" if any(s in TARGET_HINT_WORDS for s in stems(head)) else ""
            out.append((m.i, m.j, m.value, m.prefix, hint))
            taken.update(range(m.i, m.j))
        for k, t in enumerate(ct):
            if k in taken:
                continue
            forms = stems(t.norm)
            head_at = k - 1
            if k > 1 and ct[k - 1].norm in MILITARY_ADJECTIVES:
                head_at = k - 2  # "طائرات حربية روسية"
            if k > 0 and head_at not in taken and any(s in MILITARY_HEADS for s in stems(ct[head_at].norm)):
                adj = next((self.lex.adjectives._by_first.get(self._adj_stem(f)) for f in forms
                            if self._adj_stem(f) in self.lex.adjectives), None)
                if adj:
                    head = ct[head_at].norm
                    hint = ("attacker" if any(s in ATTACKER_NOUNS for s in stems(head)) else
                            "target" if any(s in TARGET_HINT_WORDS for s in stems(head)) else "")
                    prefix = next((head[:len(head) - len(s)] for s in stems(head)[1:]
                                   if not s.startswith("ال")), "")
                    out.append((head_at, k + 1, adj[0][1], prefix, hint))
                    taken.update(range(head_at, k + 1))
                    continue
            if any(f in GENERIC_MILITIA for f in forms):
                out.append((k, k + 1, "_militia", "", ""))
                taken.add(k)
        out.sort()
        return out

    @staticmethod
    def _adj_stem(word: str) -> str:
        """أمريكية / الأمريكية / أمريكيين -> امريكي (adjective lexicon key)."""
        w = word[2:] if word.startswith("ال") else word
        for suffix in ("يين", "يون", "يه", "يا", "ين", "ي"):
            if w.endswith(suffix):
                return w[: len(w) - len(suffix)] + "ي"
        return w

    def _roles(self, ct, actors, triggers, cue_at):
        main = triggers[0]
        passive = any(m.value.form == "passive" for m in triggers)
        verb_idx = [m.i for m in triggers if m.value.form in ("verb", "reprisal")]
        verb_idx += [k for k, t in enumerate(ct) if any(s in SUPPORT_VERBS for s in stems(t.norm))]
        if not passive:  # "أعلنت المقاومة الإسلامية في العراق استهداف قاعدة": a claim
            verb_idx += [k for k, t in enumerate(ct) if any(s in CLAIM_VERBS for s in stems(t.norm))
                         and any(0 < m.i - k <= 8 and m.value.form == "noun" for m in triggers)]
        roles: list[tuple[int, str, str]] = []  # (i, role, actor)
        prev_role = None
        prev_end = -10
        for (i, j, actor, prefix, hint) in actors:
            role = ""
            before = [ct[k].norm for k in range(max(0, i - 3), i)]
            cue_before = [cue_at.get(k) for k in range(max(0, i - 3), i)]
            between = any(ct[x].norm == "بين" for x in range(max(0, i - 8), i))
            if prefix.startswith("و") and i - prev_end <= 1 and prev_role and not between:
                role = prev_role  # "طائرات أمريكية والتحالف الدولي"
            elif roles and roles[-1][2] == actor and i - prev_end <= 2:
                role = prev_role or ""  # "قوات سورية الديمقراطية (قسد)"
            elif hint:
                role = hint
            elif any(s in VICTIM_WORDS for w in before for s in stems(w)) or \
                    (i > 3 and any(s in VICTIM_WORDS for s in stems(ct[i - 4].norm))):
                role = "target"  # "إصابة سبعة من عناصر قسد"
            elif "ل" in prefix.lstrip("وف")[:2] and prefix.lstrip("وف").startswith("ل"):
                prev = ct[i - 1].norm if i else ""
                prev2 = ct[i - 2].norm if i > 1 else ""
                if any(m.j == i and m.value.form == "noun" for m in triggers):
                    role = "attacker"  # "هجوم لتنظيم داعش": the noun's agent
                elif any(s in ATTACKER_NOUNS for s in stems(prev)) or (
                        cue_at.get(i - 1) == "owner" and any(s in ATTACKER_NOUNS for s in stems(prev2))):
                    role = "attacker"
                else:
                    role = "target"
            elif i and ct[i - 1].norm == "قبل" or (
                    i > 1 and ct[i - 1].norm == "من" and (passive or any(m.j >= i - 3 and m.i < i for m in triggers))
                    and not any(s in PARTITIVE_HEADS for s in stems(ct[i - 2].norm))):
                role = "attacker"  # "لهجوم من قوات موالية لإيران", "من قبل"
            elif i and ct[i - 1].norm == "بين":
                role = "attacker"  # "اشتباكات بين قوات النظام وفصائل المعارضة": the first side
            elif prefix.startswith("و") and i - prev_end <= 1 and prev_role == "attacker" and \
                    any(ct[x].norm == "بين" for x in range(max(0, i - 8), i)):
                role = "target"  # ... and the second
            elif "attacker" in cue_before or "control" in cue_before or "launch" in cue_before:
                role = "attacker"
            elif "target" in cue_before or "owner" in cue_before:
                role = "target"
            elif any(s in ATTACKER_NOUNS for s in stems(before[-1])) if before else False:
                role = "attacker"
            elif passive and i < main.i:
                role = "target"
            elif any(v > i for v in verb_idx):
                role = "attacker"  # SVO subject
            elif any(0 < i - v <= 2 for v in verb_idx):
                v = max(v for v in verb_idx if v < i)
                subject_before = any(s in SUBJECT_BEFORE_VERB or s in self.lex.triggers
                                     for x in range(max(0, v - 3), v) for s in stems(ct[x].norm))
                role = "target" if subject_before else "attacker"  # VSO subject
            elif 0 < i - main.i <= 1 and main.value.form == "noun":
                role = "attacker"  # genitive after a verbal noun: "استهداف القوات الأميركية لمواقع"
            roles.append((i, role, actor))
            prev_role, prev_end = role, j
        attackers = [a for _, r, a in roles if r == "attacker"]
        targets = [a for _, r, a in roles if r == "target"]
        fall = main.value.form == "fall"
        if not attackers and verb_idx:
            attackers = [a for i, r, a in roles if not r and i < main.i][:1]
        if not targets:
            targets = [a for i, r, a in roles if not r and (i > main.i or fall)
                       and a not in attackers][:1]
        actor1 = attackers[0] if attackers else None
        actor2 = next((t for t in targets if t != actor1), None)
        explicit = set(attackers[:1] + targets[:1])
        spans = [(i, j) for (i, j, *_), (_, r, a) in zip(actors, roles)
                 if r == "attacker" or a == actor1]
        return actor1, actor2, explicit, spans

    # -- places ------------------------------------------------------------
    def _places(self, text, ct, attacker_spans, cue_at, context) -> tuple[list[PlaceRef], bool]:
        if self.gaz is None:
            return [], False
        c0, c1 = ct[0].start, ct[-1].end
        refs: list[PlaceRef] = []
        mentions = self.gaz.mentions(text[c0:c1])
        tok_index = {t.start: k for k, t in enumerate(ct)}
        found = []
        reporter_ends = {m.j for m in self.lex.reporters.find(ct)}
        for pm in mentions:
            start, end = pm.start + c0, pm.end + c0
            if not self._trust(pm, text, start, end):
                continue
            k = self._token_at(ct, start)
            place = self.gaz.resolve(pm, context[-8:]) if hasattr(self.gaz, "resolve") else pm.candidates[0]
            if place is None:
                continue
            context.append(place)
            found.append((k, self._token_at(ct, end - 1), place, text[start:end], start, end))
        found += self._dual_facilities(ct)
        found.sort(key=lambda f: f[0])
        prev = None
        for (k, kend, place, surface, start, end) in found:
            kind = getattr(place, "kind", "town")
            if kind == "country":
                prev = (kend, place)
                continue
            window = [cue_at.get(x) for x in range(max(0, k - 6), k)]
            # a launch cue reaches over the attacker's description, not past a target cue
            back = [cue_at.get(x) for x in range(max(0, k - 14), k)]
            while back and back[-1] not in ("launch", "control", "target"):
                back.pop()
            role = "target"
            if any(0 <= k - j <= 1 for j in reporter_ends) and (
                    ct[k].norm.startswith(("في", "ب")) or (k and ct[k - 1].norm == "في")):
                role = "reporter_base"  # "مصادر محلية في دير الزور"
            elif "launch" in window or "control" in window or (back and back[-1] != "target"):
                role = "launch"
            elif any((0 < k - j <= 2 and (ct[k].norm.startswith(("في", "ب")) or ct[k - 1].norm == "في"
                                           or ct[k - 1].norm in PLACE_CUE_WORDS))
                     or (0 < k - j <= 4 and any(ct[x].norm in STATIONED for x in range(j, k)))
                     for (i, j) in attacker_spans):
                role = "attacker_base"  # "المليشيات الإيرانية المتمركزة في مدينة دير الزور"
            elif prev is not None and 0 < k - prev[0] <= 4 and \
                    KIND_RANK.get(kind, 2) >= KIND_RANK.get(getattr(prev[1], "kind", "town"), 2) and \
                    not ct[k].norm.startswith("و") and place is not prev[1]:
                role = "container"
            precision = self._precision(ct, k, kind)
            refs.append(PlaceRef(place, surface, start, end, precision, role))
            prev = (kend, place)
        anaphoric = any(t.norm in ANAPHORIC_PLACES or
                        any(s in ANAPHORIC_PLACES for s in stems(t.norm)[1:2]) for t in ct)
        return refs, anaphoric

    @staticmethod
    def _trust(pm, text: str, start: int, end: int) -> bool:
        """GeoNames holds many Arabic common words as names of small places
        ("بيان", "المصدر", "مدينة"): such a name counts only after a place cue,
        and a dateline ("دمشق - وكالات") is where the report was filed."""
        place = pm.candidates[0] if pm.candidates else None
        if start and text[start - 1] == "ك" and getattr(place, "source", "") != "curated":
            return False  # "كبانة" is not "ك" + "بانة": a name never takes the simile clitic
        if place is None or normalize_word(pm.surface) in PLACE_CUE_WORDS:
            return False
        if re.match(r"\s*[-–—]\s*(?:\(?\s*وكالات|خاص|[\w ]{0,20}:)", text[end:end + 30]):
            return False
        if getattr(pm, "weak", False) and not getattr(pm, "cue", None):
            return False
        if getattr(place, "source", "curated") == "geonames" and not getattr(pm, "cue", None):
            return getattr(place, "population", 0) >= 100_000 and place.country in ("Syria", "Iraq")
        return True

    def _dual_facilities(self, ct):
        """"حقلي كونيكو والعمر": two facilities named after one dual noun."""
        out = []
        for k, t in enumerate(ct):
            head = next((DUAL_FACILITY[s] for s in stems(t.norm) if s in DUAL_FACILITY), None)
            if not head:
                continue
            for x in range(k + 1, min(k + 4, len(ct))):
                name = ct[x].norm[1:] if ct[x].norm.startswith("و") and x > k + 1 else ct[x].norm
                hits = self.gaz.lookup(f"{head} {name}")
                if hits:
                    out.append((x, x, hits[0], ct[x].text, ct[x].start, ct[x].end))
                elif x > k + 1:
                    break
        return out

    @staticmethod
    def _token_at(ct, offset: int) -> int:
        for k, t in enumerate(ct):
            if t.start <= offset < t.end or offset < t.start:
                return k
        return len(ct) - 1

    @staticmethod
    def _precision(ct, k: int, kind: str) -> int:
        if kind in ("region", "admin1", "governorate"):
            return 3
        before = [ct[x].norm for x in range(max(0, k - 2), k)]
        word = ct[k].norm
        forms = set(before) | set(stems(word)[1:2]) | {w[1:] for w in before if w[:1] in "بو"}
        if "محافظه" in forms and kind == "city":
            return 3
        if forms & PRECISION_TWO_CUES or word.startswith(("بريف",)):
            return 2
        return 1 if kind in PRECISION_ONE_KINDS else 2
