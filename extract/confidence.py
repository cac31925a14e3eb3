"""An incident's confidence: the probability that a careful coder agrees.

    signals_of(event, ...) -> Signals         (extract/assemble.py calls it)
    confidence_of(signals) -> float 0..1
    with_genre(incidents, genre) -> incidents  (extract/pipeline.py calls it)
    DEFAULT_MIN_CONFIDENCE                      (the dashboard's default filter)

The text gives evidence for an incident: a known attacker, a target (an
incident without one is most often a misread), the site read in the act's own
clause, a stated day, the means, a casualty count, an act the article dwells
on. What each is read from is a rule set by hand (`evidence`); how much each
weighs is fitted, by maximum likelihood on a logistic curve, to the 1,000-odd
incidents of the dev set and the working check sets (`bench/confidence.py
--fit`), with only non-negative weights, so more evidence never lowers the
confidence. Two readings weighed nothing once fitted and are left out: a cited
source and a second sentence. An act recalled from more than a month before,
the article's genre (extract/genre.py), a condemnation and a background
opener subtract fixed penalties in log-odds.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from .genre import PENALTY
from .record import Incident

# log-odds = CALIBRATION_INTERCEPT + the weights of the evidence read - penalties.
# Fitted by maximum likelihood (`bench/confidence.py --fit`, penalties as a fixed
# offset, a small ridge) on the 1,010 incidents the extractor gave on the dev set
# and the working check sets I-Y on 2026-12-01, each labelled right when
# ../shared/eval/score.py matches it to a gold incident. Out of sample, on the four
# blind sets written that day (S, E, Z, G: 194 incidents), the Brier score fell
# from 0.195 (the earlier curve over evidence points) to 0.173 and the share right
# at or above the default filter rose from 73% to 78%; on the dev set above 0.7:
# 96% right. The target weighs most: an act read with no target is most often a
# misread. Refit when the extractor changes much.
CALIBRATION_INTERCEPT = -4.18
SIGNAL_WEIGHTS = {"attacker": 0.67, "target": 2.84, "place": 1.33, "day": 0.46, "means": 0.53,
                  "casualties": 0.26, "dwelt": 0.16}
# log-odds off an act the text puts more than a month before the report (set by hand:
# such acts are mostly background, and few are left to fit it on)
RECALLED_PENALTY = 0.7
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


def evidence(s: Signals) -> dict[str, bool]:
    """Which of the weighed readings the text gives for the incident."""
    return {"attacker": s.attacker != "unknown",  # named here, or by the same article elsewhere
            "target": s.target != "none",
            "place": s.place_precision <= 2 and not s.place_from_earlier,  # a site or town in its own clause
            "day": s.explicit_day, "means": s.means_read, "casualties": s.casualties,
            "dwelt": s.sentences >= 3}  # an act the article dwells on is its news


def log_odds(s: Signals) -> float:
    return (CALIBRATION_INTERCEPT + sum(SIGNAL_WEIGHTS[k] for k, v in evidence(s).items() if v)
            - (RECALLED_PENALTY if s.recalled else 0.0))


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def _logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def confidence_of(s: Signals) -> float:
    return round(_sigmoid(log_odds(s)), 3)


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
