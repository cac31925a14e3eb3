"""An incident's confidence: the probability that a careful coder agrees.

    signals_of(event, ...) -> Signals         (extract/assemble.py calls it)
    confidence_of(signals) -> float 0..1
    with_genre(incidents, genre) -> incidents  (extract/pipeline.py calls it)
    DEFAULT_MIN_CONFIDENCE                      (the dashboard's default filter)

Each piece of evidence the text itself gives is one point; what the extractor
had to infer or what marks old news takes points away. The points are
general reading rules, set by hand, never fitted; only the two constants
that turn points into a probability are fitted (a logistic curve, monotone:
more evidence never lowers the confidence), so 60 dev articles cannot shape
the rules. The article's genre (extract/genre.py) subtracts its penalty in
log-odds after the fit.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Iterable

from .record import Incident

# points = CALIBRATION.intercept + CALIBRATION.slope * points -> log-odds.
# Fitted by maximum likelihood (bench/confidence.py --fit) on the dev set
# (../shared/gold/dev, incidents labelled right when score.py matches them to
# a gold incident, optional or not); see that bench for the reliability table.
CALIBRATION_INTERCEPT = -2.0
CALIBRATION_SLOPE = 0.5
# The lowest confidence the dashboard shows by default: on the dev set,
# incidents above it were right at least 80% of the time (bench/confidence.py).
DEFAULT_MIN_CONFIDENCE = 0.7
LEAD_SENTENCES = 2  # the title (when the text repeats it) and the first sentence


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
    lead: bool  # told in the title or the first two sentences: the article's own news


def points(s: Signals) -> int:
    p = {"named": 1, "unknown": 0, "inferred": -1}[s.attacker]
    p += 1 if s.target == "named" else 0
    p += -1 if s.place_from_earlier else (1 if s.place_precision <= 2 else 0)
    p += int(s.explicit_day) + int(s.means_read) + int(s.casualties) + int(s.cited)
    p += min(2, s.sentences - 1)  # an act the article dwells on is its news
    p += 1 if s.lead else 0  # news puts its act first (the inverted pyramid)
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
                   cited=reported, recalled=recalled,
                   lead=min(m.order for m in event.mentions) <= LEAD_SENTENCES - 1)


def shifted(confidence: float, log_odds: float) -> float:
    """A confidence moved by log_odds (negative: less sure)."""
    return round(_sigmoid(_logit(confidence) + log_odds), 3)


def with_genre(incidents: Iterable[Incident], genre) -> list[Incident]:
    """The article's genre penalty (extract/genre.py) on each incident."""
    if not genre.penalty:
        return list(incidents)
    return [replace(i, confidence=shifted(i.confidence, -genre.penalty)) for i in incidents]
