"""An incident's confidence: the probability that a careful coder agrees.

    signals_of(event, ...) -> Signals         (extract/assemble.py calls it)
    confidence_of(signals) -> float 0..1
    with_genre(incidents, genre) -> incidents  (extract/pipeline.py calls it)
    DEFAULT_MIN_CONFIDENCE                      (the dashboard's default filter)

Each piece of evidence the text gives is one point: a known attacker, a
target (an incident without one is most often a misread, so none costs a
point), the site itself read in the act's own clause, a stated day, the
means, a casualty count, a cited source, more sentences about the act; an
act recalled from more than a month before costs two. The points are reading
rules set by hand, never fitted; only the two constants that turn points
into a probability are fitted (a logistic curve, monotone: more evidence
never lowers the confidence), so 60 dev articles cannot shape the rules.
The article's genre (extract/genre.py) subtracts its penalty in log-odds.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from .genre import PENALTY
from .record import Incident

# log-odds = CALIBRATION_INTERCEPT + CALIBRATION_SLOPE * points - penalties.
# Fitted by maximum likelihood (`bench/confidence.py --fit`, penalties as a
# fixed offset) on the 87 incidents the extractor gave on the dev set
# (../shared/gold/dev) on 2026-11-30 (dev P 0.74 R 0.73), each labelled right
# when ../shared/eval/score.py matches it to a gold incident, required or
# optional. With these constants: above 0.7, 45 incidents, 82% right; at or
# above 0.65 (4 points and more), 67 incidents, 82% right; refitting with one
# article left out each time kept 82% right above 0.65. Refit when the
# extractor changes much.
CALIBRATION_INTERCEPT = -0.56
CALIBRATION_SLOPE = 0.35
# The lowest confidence the dashboard shows by default: the lowest level
# above which dev incidents were right at least 80% of the time, also when
# refitted without the article (see above and bench/confidence.py).
DEFAULT_MIN_CONFIDENCE = 0.65
# log-odds off an act told only inside a condemnation, as for a condemnation's title
STATEMENT_PENALTY = PENALTY["statement"]
# log-odds off an act told only after "يذكر أن", "يشار إلى أن", "تجدر الإشارة إلى أن",
# "الجدير بالذكر أن": the news outlets' marks of background, acts recalled
# rather than reported (the ONTOLOGY: low confidence)
BACKGROUND_PENALTY = 1.0
BACKGROUND_OPENERS = re.compile(r"^\W*و?(?:يذكر|يشار|تجدر الإشارة|الجدير بالذكر|ومن الجدير بالذكر)")


@dataclass(frozen=True)
class Signals:
    """What the text says about one incident, each a general reading rule."""
    attacker: str  # "named" (read in the act's clause), "unknown" (unnamed), "inferred" (from elsewhere)
    target: str  # "named", "inferred", "none"
    place_precision: int  # 1 site, 2 town / near, 3 governorate or region
    place_from_earlier: bool  # "في المنطقة": the place was said in an earlier sentence
    explicit_day: bool  # a day the text states ("أمس", "الأحد"), not the publication date
    means_read: bool  # a weapon or means the text names (rockets, a car bomb, aircraft)
    casualties: bool  # a number of killed or wounded
    sentences: int  # sentences that tell this act
    cited: bool  # a cited source (SOHR, a ministry, Anadolu ...)
    recalled: bool  # the act is more than a month older than the article


def points(s: Signals) -> int:
    p = 0 if s.attacker == "unknown" else 1  # named here, or by the same article elsewhere
    p += -1 if s.target == "none" else 1
    p += -1 if s.place_from_earlier else (1 if s.place_precision == 1 else 0)
    p += int(s.explicit_day) + int(s.means_read) + int(s.casualties) + int(s.cited)
    p += min(2, s.sentences - 1)  # an act the article dwells on is its news
    p -= 2 if s.recalled else 0
    return p


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def _logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def confidence_of(s: Signals) -> float:
    return round(_sigmoid(CALIBRATION_INTERCEPT + CALIBRATION_SLOPE * points(s)), 3)


def signals_of(event, date_precision: str, n_evidence: int, reported: bool, recalled: bool,
               casualties: bool) -> Signals:
    """Signals of an assembled event (extract/assemble.py's Event)."""
    if event.actor1 is None or event.actor1 == "Unknown":
        attacker = "unknown"
    else:
        attacker = "inferred" if event.actor1_inferred else "named"
    if event.actor2 is None or event.actor2 == "Unknown":
        target = "none"
    else:
        target = "inferred" if event.actor2_inferred else "named"
    return Signals(attacker=attacker, target=target, place_precision=event.place.precision if event.place else 4,
                   place_from_earlier=bool(event.anaphoric_place), explicit_day=date_precision == "day",
                   means_read=bool(event.weapons), casualties=casualties, sentences=n_evidence,
                   cited=reported, recalled=recalled)


def shifted(confidence: float, log_odds: float) -> float:
    """A confidence moved by log_odds (negative: less sure)."""
    return round(_sigmoid(_logit(confidence) + log_odds), 3)


def with_genre(incidents: Iterable[Incident], genre, classifier=None) -> list[Incident]:
    """The article's genre penalty (extract/genre.py) on each incident; with
    the classifier, also the statement penalty on an incident every evidence
    sentence of which opens with a condemnation ("أدانت المملكة الجريمة ...")
    in an article whose title did not already say so."""
    out = []
    for i in incidents:
        penalty = penalty_of([e.text for e in i.evidence], genre, classifier)
        out.append(replace(i, confidence=shifted(i.confidence, -penalty)) if penalty else i)
    return out


def penalty_of(evidence: list[str], genre, classifier=None) -> float:
    """Log-odds taken off an incident with these evidence sentences in an
    article of this genre (bench/confidence.py refits with it as an offset)."""
    penalty = genre.penalty
    if (classifier is not None and genre.kind != "statement" and evidence
            and all(classifier.is_statement_sentence(t) for t in evidence)):
        penalty += STATEMENT_PENALTY
    if evidence and all(BACKGROUND_OPENERS.match(t) for t in evidence):
        penalty += BACKGROUND_PENALTY
    return penalty
