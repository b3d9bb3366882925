"""Reader shortcuts read exactly what the plain parses read.

The front matter's YAML tree is composed once for detection and reading: the data built from it
equals a whole safe load by the same parser (errors included), and reading after scoring gives
the same document as reading alone, merge keys included (building data from them rewrites the
tree). The parser is libyaml's where PyYAML has it: its trees equal the pure Python parser's, node
for node and offset for offset, and it rejects what that one rejects but a stray tab.
"""
from __future__ import annotations

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from warfile.readers import markdown_frontmatter as md

_YAML_PIECES = ["a: 1\n", "- x\n", "!foo 3\n", "tags:\n", "  - Ukraine\n", "  - * Azov\n", "b: [1,\n", "&x ",
                "*x\n", "<<: *x\n", "!!set {a, b}\n", "d: 2001-13-45\n", "'q\n", "\t", "c: {k: v}\n", ": \n",
                "subject: Operation X\n", "date: 4 August 2013\n", "é: ü\n"]
_yaml_text = st.lists(st.sampled_from(_YAML_PIECES), max_size=8).map("".join)


def _outcome(fn, text):
    try:
        return "ok", fn(text)
    except yaml.YAMLError as e:
        return "yaml error", type(e).__name__, str(e)
    except Exception as e:  # noqa: BLE001 - a constructor's ValueError must match too
        return "error", type(e).__name__, str(e)


@settings(max_examples=200, deadline=None)
@given(_yaml_text)
def test_data_built_from_the_kept_tree_equals_safe_load(text):
    md._kept_tree.cache_clear()
    assert _outcome(md._load, text) == _outcome(lambda t: yaml.load(t, Loader=md._PARSER), text)


def _nodes(node):
    """Every node of a tree as (kind, tag, value of a scalar, start and end offset, line, column)."""
    if node is None:
        return []
    out = [(type(node).__name__, node.tag, node.value if isinstance(node, yaml.ScalarNode) else None,
            node.start_mark.index, node.end_mark.index, node.start_mark.line, node.start_mark.column)]
    if isinstance(node, yaml.SequenceNode):
        out += [n for item in node.value for n in _nodes(item)]
    elif isinstance(node, yaml.MappingNode):
        out += [n for k, v in node.value for n in _nodes(k) + _nodes(v)]
    return out


def _tree(text, loader):
    try:
        return _nodes(yaml.compose(text, Loader=loader))
    except yaml.YAMLError as e:
        return type(e).__name__


@settings(max_examples=300, deadline=None)
@given(_yaml_text)
def test_the_fast_parser_composes_the_tree_the_python_parser_does(text):
    fast, python = _tree(text, md._PARSER), _tree(text, yaml.SafeLoader)
    if isinstance(python, str) and "\t" in text:
        return  # libyaml reads a tab where no indentation is needed; the Python parser stops at it
    assert fast == python


@settings(max_examples=100, deadline=None)
@given(_yaml_text, st.sampled_from(["Body text.\n", "The offensive began on 4 August 2013.\n\nMore.\n"]))
def test_reading_after_scoring_gives_the_document_reading_alone_gives(front, body):
    text = f"---\n{front}---\n{body}"
    md._kept_tree.cache_clear()
    try:
        alone = md.read(text)
    except Exception as e:  # noqa: BLE001 - whatever reading alone does, reading after a score does
        alone = type(e)
    md._kept_tree.cache_clear()
    try:
        md.score(text)
    except Exception:  # noqa: BLE001
        pass
    try:
        after = md.read(text)
    except Exception as e:  # noqa: BLE001
        after = type(e)
    assert after == alone


def test_merge_keys_are_read_the_same_after_scoring():
    text = "---\nbase: &b {x: 1}\nsubject: &s Operation Y\nother:\n  <<: *b\n  y: 2\n---\nProse.\n"
    md._kept_tree.cache_clear()
    alone = md.read(text)
    md.score(text)
    assert md.read(text) == alone
