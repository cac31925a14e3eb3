"""The stem searches the prefilter, the context test and genre share: literal stems as one
regex anchored at their rarest letters. (Its own module so that genre, which pipeline
imports, can use it without an import circle.)"""
from __future__ import annotations

import itertools
import re


def _expand(pattern: str) -> set[str]:
    """Every literal a small pattern stands for: "[أاإ]" a class of letters,
    "x?" an optional letter ("هجو?م" -> هجم, هجوم)."""
    parts: list[list[str]] = []
    i = 0
    while i < len(pattern):
        if pattern[i] == "[":
            j = pattern.index("]", i)
            opts, i = list(pattern[i + 1:j]), j + 1
        else:
            opts, i = [pattern[i]], i + 1
        if i < len(pattern) and pattern[i] == "?":
            opts, i = opts + [""], i + 1
        parts.append(opts)
    return {"".join(p) for p in itertools.product(*parts)}


def _trie_pattern(patterns: list[str], guarded: dict[str, str] | None = None) -> str:
    """One regex for many literal stems, factored by shared prefixes. Python's
    re tries the branches of a flat alternation one by one at every position;
    with some 150 stems that made the prefilter cost more than the rest of the
    extraction, a trie of them costs a few branch tests per position."""
    trie: dict = {}
    ends = [(w, "") for w in set().union(*map(_expand, patterns))]
    ends += [(w, f"(?![{not_after}])") for w, not_after in (guarded or {}).items()]
    for word, guard in ends:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {"guard": guard} if guard else {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        guard = node.get("", {}).get("guard", "")
        if not alts:
            return guard
        if guard:
            return "(?:" + "|".join(alts + [guard]) + ")"
        body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body
    return emit(trie)


# How often each letter occurs in Arabic news, per 10,000 characters (SaudiNewsNet,
# cleaned text). A character not listed is taken as an anchor only by a stem with
# no listed letter.
_LETTER_SHARE = {
    " ": 1635, "ا": 1223, "ل": 944, "ي": 602, "م": 533, "و": 429, "ن": 400, "ت": 370, "ر": 367,
    "ع": 277, "ب": 274, "ة": 263, "د": 252, "ف": 205, "ه": 194, "س": 190, "ق": 173, "أ": 156,
    "ك": 145, "ح": 143, "ج": 115, "ش": 81, "ط": 77, "ص": 73, "خ": 68, "إ": 67, "ى": 66, "ض": 52,
    "ز": 52, "ذ": 47, "ث": 44, "ئ": 33, "ء": 28, "غ": 27, "ظ": 20, "ؤ": 10, "آ": 8, "ّ": 6}
_UNLISTED_SHARE = 10_000


def _share(ch: str) -> int:
    return _LETTER_SHARE.get(ch, _UNLISTED_SHARE)


def _anchor_letters(words: set[str]) -> set[str]:
    """The letters, fewest in the text, of which every stem holds one (the
    lightest hitting set, by branch-and-bound: 0.03 s, 0.08 s for _CONTEXT). Taking each
    stem's own rarest letter instead gathered 25 letters, a third of the
    characters of news; the prefilter's stems all hold one of 10 letters that
    make a sixth."""
    letter_sets = {frozenset(w) for w in words}
    # a stem holding all the letters of another is hit whenever that one is
    needs = [s for s in letter_sets if not any(o < s for o in letter_sets)]
    best: list = [sum(map(_share, set().union(*needs))) + 1, set()]

    def search(chosen: set[str], cost: int, left: list[frozenset[str]]) -> None:
        if not left:
            if cost < best[0]:
                best[:] = [cost, set(chosen)]
            return
        bound, used = cost, set()
        for s in sorted(left, key=len):
            if used.isdisjoint(s):  # stems sharing no letter need one each, at least its rarest
                bound, used = bound + min(map(_share, s)), used | s
        if bound >= best[0]:
            return
        # one of the letters of the stem with fewest: each in turn, the ones tried
        # before it left out (the sets they begin were searched already)
        first = min(left, key=len)
        for ch in sorted(first, key=_share):
            search(chosen | {ch}, cost + _share(ch), [s for s in left if ch not in s])
            left = [s - {ch} for s in left]
            if not all(left):
                return
    search(set(), 0, needs)
    return best[1]


def _tail_trie(items: list[tuple[str, str]]) -> str:
    """(tail, test) pairs as one pattern: the tails' letters as a trie (re skips
    a branch whose first letter differs at one comparison), each tail's test after it."""
    root: dict = {}
    for tail, test in items:
        node = root
        for ch in tail:
            node = node.setdefault(ch, {})
        node.setdefault("", set()).add(test)

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        alts += sorted(node.get("", ()))
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return emit(root)


def _trie_regex(patterns: list[str], guarded: dict[str, str] | None = None) -> re.Pattern:
    """A regex that matches wherever one of the literal stems occurs. The match
    begins at a letter inside a stem, not at the stem: what a search tells is
    whether a stem is there, and which sentence holds the first one.

    re tries a pattern at each character that can begin it. A trie of the stems
    (_trie_pattern) begins with the stems' first letters, two thirds of the
    characters of Arabic text, and searching every article with it was an
    eighth of the extraction. Here each stem is found from an anchor letter,
    chosen so that the anchors are as few in the text as can be
    (_anchor_letters: a sixth of the characters): that letter, then its tail
    as a trie, then a lookbehind for the whole stem when it has a head. Half
    the characters tried of the stems' own rarest letters, which halved the
    search (1.31 s to 0.59 s over the corpus). (The stems hold none of the
    sentence breaks of frames.sentences, so a match and its stem lie in one
    sentence, and the first match is in the first stem's.) `guarded`: stem ->
    letters that must not follow it ("سيطر" but not the noun "سيطرة", which
    general news uses every day)."""
    ends = [(w, "") for w in set().union(*map(_expand, patterns))]
    ends += [(w, f"(?![{not_after}])") for w, not_after in (guarded or {}).items()]
    anchors = _anchor_letters({w for w, _ in ends})
    by_anchor: dict[str, list[tuple[str, str]]] = {}
    for word, guard in ends:
        k = min((i for i, ch in enumerate(word) if ch in anchors), key=lambda i: _share(word[i]))
        head_test = f"(?<={re.escape(word)})" if k else ""
        by_anchor.setdefault(word[k], []).append((word[k + 1:], head_test + guard))
    return re.compile("|".join(re.escape(anchor) + _tail_trie(items) for anchor, items in sorted(by_anchor.items())))
