"""What a quote's attribution rested on, as the features its confidence is computed from.

The route (a cue of its own, continued, floating, …), where the cue stood, its verb, how the
speaker phrase was turned into a name (a name, a pronoun, a title, …), how clear a pronoun's
choice was, and whether another cue points at someone else. ``confidence.py`` weighs them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

_PLAIN_VERBS = {"say", "tell", "add", "write"}


@dataclass
class Evidence:
    route: str
    """cue, cue_nobody, continued, lost_break, sentence_before, narrative or floating."""
    where: str | None = None
    """after, before, governs, colon, dash or intro (a paragraph ending in a colon)."""
    verb: str | None = None
    """The cue verb's base form ("say"), ":" or "—"."""
    how: str | None = None
    """How the speaker phrase was named: name, pronoun, title, refers_back, org, … (Speaker.how)."""
    margin: float | None = None
    distance: int | None = None
    inherited: str | None = None
    """For a quote that takes another's speaker: how that one was named."""
    partial: bool = False
    alternatives: list[tuple[str | None, str]] = field(default_factory=list)
    """Other readings: (speaker or None, why), best first."""
    named: bool = False
    """Does the quote end up with a named speaker?"""


def where_of(cue_where: str) -> str:
    """ "before the quote (governs it)" → "governs"; "colon before the quote" → "colon"."""
    if "governs" in cue_where:
        return "governs"
    for word in ("colon", "dash", "after"):
        if cue_where.startswith(word):
            return word
    return "before" if cue_where.startswith("before the") else "intro"


def features(evidence: Evidence) -> dict[str, float]:
    """One-hot and numeric features, named as the confidence weights are."""
    out: dict[str, float] = {"bias": 1.0, f"route={evidence.route}": 1.0}
    if evidence.where:
        out[f"where={evidence.where}"] = 1.0
    if evidence.how:
        out[f"how={evidence.how}"] = 1.0
    if evidence.inherited:
        out[f"inherited={evidence.inherited}"] = 1.0
    if evidence.verb:
        out["verb=plain" if evidence.verb in _PLAIN_VERBS else "verb=other"] = 1.0
    if evidence.partial:
        out["partial"] = 1.0
    if evidence.named:
        out["named"] = 1.0
    if evidence.alternatives:
        out["alternative"] = 1.0
    if evidence.margin is not None:
        out["margin<1"] = float(evidence.margin < 1)
        out["margin<2"] = float(evidence.margin < 2)
    elif evidence.how == "pronoun":
        out["sole_candidate"] = 1.0
    if evidence.distance is not None:
        out["distance>=2"] = float(evidence.distance >= 2)
    return out
