"""Word lists as regex alternations the engine tries quickly, matching exactly as the plain ones.

The lexicons are lists of words; the patterns try them as ``longest|…|shortest``. Python's regex
engine tries every alternative in turn at every position it reaches, so a list of eighty words
costs eighty tests per position. :func:`word_alternation` writes the same list as a prefix tree
("captur(?:ed|e)" style): at a position only the branch of the next character is followed.

It matches the same strings in the same order of preference. At one position the words that
match are prefixes of one another; the plain form tries them longest first (the list is sorted
by length), and the tree does too: it follows a longer branch before stopping at a shorter word
(``(?:…)?`` is greedy). Under IGNORECASE, words that differ only in case could sit in different
branches and be tried in another order; such a list, or one with non-ASCII words, keeps the plain
form.
"""
from __future__ import annotations

import re


def plain_alternation(words) -> str:
    """``longest|…|shortest``: the form the tree replaces (and the fallback)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _case_safe(words: list[str]) -> bool:
    """No word extends another when case is ignored unless it extends it as written (ASCII only)."""
    if not all(w.isascii() for w in words):
        return False
    lowered = [(w.lower(), w) for w in words]
    return all(b.startswith(a) for la, a in lowered for lb, b in lowered
               if a != b and lb.startswith(la))


def _tree_pattern(node: dict) -> str:
    ends_here = "" in node
    branches = [re.escape(ch) + _tree_pattern(node[ch]) for ch in sorted(k for k in node if k)]
    if not branches:
        return ""
    if len(branches) == 1 and not ends_here:
        return branches[0]
    return f"(?:{'|'.join(branches)})" + ("?" if ends_here else "")


def word_alternation(words) -> str:
    """A regex source matching exactly what ``plain_alternation(words)`` matches, as a prefix tree.

    Empty words and case conflicts (see the module docstring) keep the plain form.
    """
    unique = sorted(set(words))
    if not unique or "" in unique or not _case_safe(unique):
        return plain_alternation(words)
    tree: dict = {}
    for word in unique:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _tree_pattern(tree)
