"""Reader for a Texinfo source (``.texi``): a page pandoc wrote out (``pandoc -t texinfo -s``), or a
manual a person typed, its fact box a ``@multitable``.

The markup is written out as the HTML it stands for and read by the HTML reader. Comments (``@c``,
``@comment``), the ``\\input`` line, the title page (its ``@title`` kept as the page's title),
menus, ``@copying``, ``@ignore``, ``@iftex`` and other formats' raw blocks are dropped; the branch an
HTML build keeps of each conditional (``@ifnottex``, ``@ifhtml``, ``@ifset`` of a ``@set`` flag) is
read. ``@chapter`` / ``@section`` … and their unnumbered and heading forms are headings (the top
level used an ``<h2>``), blank lines end paragraphs, ``@itemize`` / ``@enumerate`` are lists,
``@table`` items "term: text" (a definition list when its terms are the box's labels), ``@example``
and its kin lines of text. A ``@multitable``'s rows open at ``@item`` / ``@headitem`` and its cells
at ``@tab``; a cell's lists are its lines, and a table nested in a cell (pandoc's infobox) gives its
rows to the box. The first table whose rows are labelled with the fact box's labels is written as the
infobox. Brace commands keep their content (``@strong`` bold, ``@emph`` italic), ``@uref`` /
``@url`` their text or else the URL (a Wikipedia note's back-link nothing), ``@ref`` and kin their
label, ``@sup{[1]}`` the citation mark "[1]"; ``@image``, ``@footnote`` (a note's body is a
reference) and ``@anchor`` nothing. ``@@`` ``@{`` ``@}``, accents, ``--`` / ``---`` dashes and the
doubled quotes (two backquotes, two apostrophes) are read as the characters they stand for, ``@*`` a
line break. A page pandoc wrote from Wikipedia keeps its short description and hatnotes as lines over
the box: they are marked so the HTML reader drops them.
"""
from __future__ import annotations

import html as html_escape
import re
import unicodedata

from warfile.model import Document
from warfile.readers import _text, html
from warfile.readers.labels import field_for_label

SHAPE = "texinfo"

# ---------------------------------------------------------------- detection

_INPUT = re.compile(r"\A\ufeff?\s*\\input\s+texinfo\b")
_CUES = re.compile(r"^@(?:node|top|chapter|section|subsection|subsubsection|unnumbered\w*|appendix\w*|setfilename|"
                   r"settitle|documentencoding|titlepage|bye|itemize|enumerate|multitable|menu|ifnottex|iftex|"
                   r"example|quotation|noindent|cindex|c|comment|end\s+(?:itemize|enumerate|multitable|titlepage|"
                   r"example|quotation|table|ifnottex|iftex|menu))(?![\w{])|"
                   r"@(?:uref|url|emph|strong|code|xref|pxref|ref|footnote|var|samp|dots|tie|sup|image|anchor|"
                   r"sc|cite|file|kbd)\{", re.MULTILINE)
_SCORE_PER_CUE = 0.15
_MIN_CUES = 3
_MAX_SCORE = 0.94


def score(text: str) -> float:
    head = text[:_text.SCORE_WINDOW]
    if "@" not in head:  # every cue holds one (asked of every document: no pattern before this)
        return 0.0
    if "\\input" in head and _INPUT.match(head):
        return _MAX_SCORE
    if head.lstrip("\ufeff \t\r\n").startswith(("<", "{", "[")):
        return 0.0  # HTML, XML or JSON holding some Texinfo
    cues = len(_CUES.findall(head))
    return 0.0 if cues < _MIN_CUES else min(_MAX_SCORE, _SCORE_PER_CUE * cues)


# ---------------------------------------------------------------- lines

# Blocks whose content is not the page's (a raw format's, a menu, the title page); conditionals
# an HTML build leaves out.
_DROPPED = frozenset({"ignore", "tex", "html", "docbook", "xml", "latex", "titlepage", "menu", "detailmenu",
                      "direntry", "copying", "documentdescription", "macro", "rmacro", "linemacro", "iftex",
                      "ifinfo", "ifplaintext", "ifdocbook", "ifxml", "iflatex", "ifnothtml", "displaymath",
                      "nodedescriptionblock"})
_KEPT_CONDITIONALS = frozenset({"ifnottex", "ifhtml", "ifnotinfo", "ifnotplaintext", "ifnotdocbook", "ifnotxml",
                                "ifnotlatex"})
_BLOCK_LINE = re.compile(r"^\s*@(\w+)(?![\w{])\s*(.*?)\s*$")
_END = re.compile(r"^\s*@end\s+(\w+)")
# "@c note" and "@comment note" to the line's end (not "@@c", a literal "@c")
_COMMENT = re.compile(r"(?<!@)((?:@@)*)@c(?:omment)?(?=[\s]|$).*$")
_TAB = re.compile(r"(?<!@)((?:@@)*)@tab(?![\w{])")
# an "@item" whose text opens a block ("@item @itemize"): the block on a line of its own
_ITEM_BLOCK = re.compile(r"^(\s*@(?:item|itemx|headitem))\s+(@(?:itemize|enumerate|multitable|table|quotation|"
                         r"example|display|format)(?![\w{]).*)$")
_SET = re.compile(r"^\s*@set\s+([\w-]+)\s*(.*?)\s*$")
_CLEAR = re.compile(r"^\s*@clear\s+([\w-]+)")
_TITLE = re.compile(r"^\s*@title\s+(.+?)\s*$", re.MULTILINE)
_SETTITLE = re.compile(r"^\s*@settitle\s+(.+?)\s*$", re.MULTILINE)


def _lines(text: str, flags: dict[str, str]) -> list[str]:
    """The document's lines an HTML build reads: comments, dropped blocks and the lines after
    ``@bye`` left out, kept conditionals unwrapped, each ``@tab`` opening a line of its own."""
    out: list[str] = []
    skipping: list[str] = []  # the dropped blocks open around this line
    kept: list[str] = []  # the kept conditionals open
    verbatim = False
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if verbatim:
            if (end := _END.match(line)) is not None and end.group(1) == "verbatim":
                verbatim = False
            if not skipping:
                out.append(line)
            continue
        stripped = line.lstrip()
        if stripped.startswith("\\input") and not out:
            continue
        if stripped.startswith("@"):
            if end := _END.match(line):
                name = end.group(1)
                if skipping:
                    if name == skipping[-1]:
                        skipping.pop()
                    continue
                if kept and name == kept[-1]:
                    kept.pop()
                    continue
            elif block := _BLOCK_LINE.match(line):
                name, rest = block.group(1), block.group(2)
                if name in _DROPPED or skipping and name.startswith("if"):  # (a conditional in a dropped one)
                    skipping.append(name)
                    continue
                if skipping:
                    continue
                if name in ("ifset", "ifclear"):
                    flag = rest.split()[0] if rest.split() else ""
                    if (flag in flags) == (name == "ifset"):
                        kept.append(name)
                    else:
                        skipping.append(name)
                    continue
                if name in _KEPT_CONDITIONALS:
                    kept.append(name)
                    continue
                if name == "bye":
                    break
                if name == "verbatim":
                    verbatim = True
                    out.append(line)
                    continue
        if skipping:
            continue
        if set_line := _SET.match(line):
            flags[set_line.group(1)] = set_line.group(2)
            continue
        if clear := _CLEAR.match(line):
            flags.pop(clear.group(1), None)
            continue
        if "@c" in line:
            line = _COMMENT.sub(r"\1", line)
            if not line.strip() and stripped.startswith("@c"):
                continue  # a comment line is no blank line: it ends no paragraph
        if "@tab" in line:
            parts = _TAB.split(line)  # text, its escaped "@@"s, text, …: a cell's text after each @tab
            pieces = [parts[0]]
            for k in range(1, len(parts), 2):
                pieces[-1] += parts[k]
                pieces.append(parts[k + 1])
            if pieces[0].strip():
                out.append(pieces[0])
            for piece in pieces[1:]:
                out.append("@tab")
                if piece.strip():
                    out.append(piece)
            continue
        if (item := _ITEM_BLOCK.match(line)) is not None:
            out += [item.group(1), item.group(2)]
            continue
        out.append(line)
    return out


# Blocks with an "@end": their extent is found once, for every opening line, before reading.
_ENVIRONMENTS = frozenset({"itemize", "enumerate", "multitable", "table", "vtable", "ftable", "quotation",
                           "smallquotation", "example", "smallexample", "lisp", "smalllisp", "display",
                           "smalldisplay", "format", "smallformat", "verbatim", "flushleft", "flushright",
                           "raggedright", "cartouche", "group", "float", "indentedblock", "smallindentedblock",
                           "center", "sidebar"})
_DEFINITION = re.compile(r"def\w+")


def _is_environment(name: str) -> bool:
    return name in _ENVIRONMENTS or bool(_DEFINITION.fullmatch(name)) and not name.endswith("x") \
        and name not in ("definfoenclose", "defindex", "defcodeindex")


def _ends(lines: list[str]) -> dict[int, int]:
    """For each line opening a block, the line of its ``@end`` (the text's end when it has none)."""
    ends: dict[int, int] = {}
    stack: list[tuple[str, int]] = []
    open_names: dict[str, int] = {}
    for n, line in enumerate(lines):
        if stack and stack[-1][0] == "verbatim" and not (_END.match(line) and "verbatim" in line):
            continue
        if not line.lstrip().startswith("@"):
            continue
        if end := _END.match(line):
            name = end.group(1)
            if open_names.get(name):
                while stack:
                    opened, start = stack.pop()
                    open_names[opened] -= 1
                    ends[start] = n
                    if opened == name:
                        break
            continue
        if (block := _BLOCK_LINE.match(line)) and _is_environment(block.group(1)) \
                and not (block.group(1) == "center" and block.group(2)):  # "@center text" is a line
            stack.append((block.group(1), n))
            open_names[block.group(1)] = open_names.get(block.group(1), 0) + 1
    for _, start in stack:
        ends[start] = len(lines)
    return ends


# ---------------------------------------------------------------- inline commands

_SYMBOLS = {
    "dots": "…", "enddots": "...", "tie": " ", "TeX": "TeX", "LaTeX": "LaTeX", "copyright": "©",
    "registeredsymbol": "®", "bullet": "•", "minus": "−", "result": "⇒", "expansion": "→", "print": "-|",
    "error": "error→", "equiv": "≡", "point": "∗", "euro": "€", "pounds": "£", "textdegree": "°", "geq": "≥",
    "leq": "≤", "arrow": "→", "exclamdown": "¡", "questiondown": "¿", "ss": "ß", "aa": "å", "AA": "Å", "ae": "æ",
    "AE": "Æ", "oe": "œ", "OE": "Œ", "o": "ø", "O": "Ø", "l": "ł", "L": "Ł", "dh": "ð", "DH": "Ð", "th": "þ",
    "TH": "Þ", "ordf": "ª", "ordm": "º", "quotedblleft": "“", "quotedblright": "”", "quoteleft": "‘",
    "quoteright": "’", "quotedblbase": "„", "quotesinglbase": "‚", "guillemetleft": "«", "guillemetright": "»",
    "guillemotleft": "«", "guillemotright": "»", "guilsinglleft": "‹", "guilsinglright": "›", "comma": ",",
    "atchar": "@", "lbracechar": "{", "rbracechar": "}", "backslashchar": "\\", "hashchar": "#", "today": "",
    "click": "→", "dotless": "",
}
_ACCENTS = {"'": "\u0301", '"': "\u0308", "`": "\u0300", "^": "\u0302", "~": "\u0303", "=": "\u0304",
            ",": "\u0327", "H": "\u030b", "v": "\u030c", "u": "\u0306", "dotaccent": "\u0307",
            "ringaccent": "\u030a", "ogonek": "\u0328", "ubaraccent": "\u0331", "udotaccent": "\u0323",
            "tieaccent": "\u0361"}
_PUNCTUATION = {"@": "@", "{": "{", "}": "}", ".": ".", "!": "!", "?": "?", ":": "", "/": "", "-": "", "&": "&",
                " ": " ", "\t": " ", "\n": " ", "\\": "\\", "|": "", "#": "#", "%": "%"}
_NOTHING = frozenset({"image", "footnote", "anchor", "errormsg", "sortas", "seeentry", "seealso", "shortcaption",
                      "inlineraw", "inlinefmt", "inlinefmtifelse", "inlineifset", "inlineifclear", "indexterm"})
_BOLD = frozenset({"strong", "b"})
_ITALIC = frozenset({"emph", "i", "dfn", "cite", "slanted"})
_LINKS = frozenset({"uref", "url"})
_REFS = frozenset({"ref", "xref", "pxref", "inforef", "link"})
_FIRST_ARGUMENT = frozenset({"abbr", "acronym", "email"})
_CODE = frozenset({"code", "samp", "kbd", "key", "env", "file", "command", "option", "verb", "indicateurl", "t"})
_CITATION_MARK = re.compile(r"\[[^\]\[]{1,20}\]")
_WORD = re.compile(r"[A-Za-z]+")
_DASHES_QUOTES = re.compile(r"---|--|``|''")
_DASHES = {"---": "—", "--": "–", "``": "“", "''": "”"}
_MAX_NESTING = 40
_ANY_COMMAND = re.compile(r"@(?:[A-Za-z]+\{?|.)|[{}]")


def _arguments(text: str) -> list[str]:
    """A brace command's arguments, split at its top-level commas."""
    out, depth, start, j = [], 0, 0, 0
    while j < len(text):
        c = text[j]
        if c == "@":
            j += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        elif c == "," and depth == 0:
            out.append(text[start:j].strip())
            start = j + 1
        j += 1
    out.append(text[start:].strip())
    return out


class _Writer:
    def __init__(self, flags: dict[str, str]) -> None:
        self.flags = flags
        self.depth = 0  # commands open around the text being read

    def inline(self, text: str, code: bool = False) -> str:
        """Running text with its commands as HTML."""
        if self.depth > _MAX_NESTING:  # (braces left open, each command inside the last: read once, as words)
            return html_escape.escape(_ANY_COMMAND.sub("", text), quote=False)
        self.depth += 1
        try:
            return self._inline(text, code)
        finally:
            self.depth -= 1

    def _inline(self, text: str, code: bool) -> str:
        out: list[str] = []
        i, n = 0, len(text)
        while i < n:
            at = text.find("@", i)
            if at < 0:
                at = n
            if at > i:
                out.append(self.words(text[i:at], code))
            if at >= n:
                break
            i = at + 1
            if i >= n:
                break
            c = text[i]
            word = _WORD.match(text, i)
            if word is None:
                i += 1
                if c in _ACCENTS:
                    letter, i = self.accent_argument(text, i)
                    out.append(self.accented(c, letter))
                elif c == "*":
                    out.append("<br>")
                else:
                    out.append(html_escape.escape(_PUNCTUATION.get(c, c), quote=False))
                continue
            name = word.group(0)
            i = word.end()
            if i < n and text[i] == "{":
                end = _text.closing_brace(text, i, "@")
                body = text[i + 1:end]
                i = end + 1
                out.append(self.command(name, body))
            elif name in _ACCENTS or name == "dotless":  # "@v c": an accent on the next letter
                letter, i = self.accent_argument(text, i)
                out.append(self.accented(name, letter))
            elif name in _SYMBOLS:
                out.append(_SYMBOLS[name])
            # any other command without braces carries no text ("@noindent", "@refill")
        return "".join(out)

    @staticmethod
    def accent_argument(text: str, i: int) -> tuple[str, int]:
        if i < len(text) and text[i] == "{":
            end = _text.closing_brace(text, i, "@")
            return text[i + 1:end].strip().lstrip("@"), end + 1
        while i < len(text) and text[i] == " ":
            i += 1
        return (text[i], i + 1) if i < len(text) else ("", i)

    @staticmethod
    def accented(accent: str, letter: str) -> str:
        if accent == "dotless":
            return {"i": "ı", "j": "ȷ"}.get(letter, letter)
        if not letter:
            return ""
        return html_escape.escape(unicodedata.normalize("NFC", letter[0] + _ACCENTS[accent] + letter[1:]),
                                  quote=False)

    @staticmethod
    def words(text: str, code: bool) -> str:
        text = html_escape.escape(text, quote=False)
        return text if code else _DASHES_QUOTES.sub(lambda m: _DASHES[m.group(0)], text)

    def command(self, name: str, body: str) -> str:
        if name in _NOTHING:
            return ""
        if name in _SYMBOLS and not body.strip():
            return _SYMBOLS[name]
        if name in _ACCENTS or name == "dotless":
            return self.accented(name, body.strip().lstrip("@"))
        if name == "value":
            return html_escape.escape(self.flags.get(body.strip(), ""), quote=False)
        if name == "verb":
            inner = body[1:-1] if len(body) >= 2 and body[0] == body[-1] else body
            return html_escape.escape(inner, quote=False)
        if name == "U":
            try:
                return html_escape.escape(chr(int(body.strip(), 16)), quote=False)
            except (ValueError, OverflowError):
                return ""
        if name in _LINKS:
            args = _arguments(body)
            if "#cite_ref" in args[0]:
                return ""  # a note's link back to its mark ("↑", "1.0"): Wikipedia's back-link
            shown = next((a for a in reversed(args[1:3]) if a), args[0])
            return self.inline(shown, code=shown is args[0])
        if name in _REFS:
            args = _arguments(body)
            shown = next((a for a in (args[1:2] + args[2:3]) if a), args[0])
            return self.inline(shown)
        if name in _FIRST_ARGUMENT:
            args = _arguments(body)
            shown = args[1] if name == "email" and len(args) > 1 and args[1] else args[0]
            return self.inline(shown)
        if name == "sup":
            inner = self.inline(body)
            return inner if _CITATION_MARK.fullmatch(inner.strip()) else f"<sup>{inner}</sup>"
        if name == "sub":
            return f"<sub>{self.inline(body)}</sub>"
        inner = self.inline(body, code=name in _CODE)
        if name in _BOLD:
            return f"<b>{inner}</b>"
        if name in _ITALIC:
            return f"<i>{inner}</i>"
        return inner  # @code, @var, @w, @sc, @caption, a macro: their content


# ---------------------------------------------------------------- blocks

_HEADING_LEVELS = {
    "chapter": 1, "unnumbered": 1, "appendix": 1, "majorheading": 1, "chapheading": 1, "centerchap": 1,
    "section": 2, "unnumberedsec": 2, "appendixsec": 2, "appendixsection": 2, "heading": 2,
    "subsection": 3, "unnumberedsubsec": 3, "appendixsubsec": 3, "subheading": 3,
    "subsubsection": 4, "unnumberedsubsubsec": 4, "appendixsubsubsec": 4, "subsubheading": 4,
}
_LISTS = frozenset({"itemize", "enumerate"})
_DEFINITIONS = frozenset({"table", "vtable", "ftable"})
_LITERAL = frozenset({"example", "smallexample", "lisp", "smalllisp", "display", "smalldisplay", "format",
                      "smallformat", "verbatim", "flushleft", "flushright"})
_QUOTES = frozenset({"quotation", "smallquotation", "indentedblock", "smallindentedblock"})
_LINE_TEXT = frozenset({"center", "exdent", "caption"})  # line commands whose text is the page's
_ITEM = re.compile(r"^\s*@(item|itemx|headitem)(?![\w{])\s?(.*)$")
_PARAGRAPH_BREAK = frozenset({"node", "page", "sp", "need", "vskip", "top", "contents",
                              "shortcontents", "summarycontents", "printindex", "insertcopying"})
_TAGS = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"\s+")
_BREAK_SPACE = re.compile(r"\s*<br>\s*")
# Wikipedia's hatnotes, as pandoc leaves them: a line of their own over the page or a section
_HATNOTE = re.compile(r"(?:Not to be confused with|This article is about|For other uses\b|Main articles?:|"
                      r"Further information:|See also:|For (?:the|other) .{0,120}?, see\b|"
                      r"[\"“`'][^\"”']{2,80}[\"”'] redirects here\b)")
_SENTENCE_END = re.compile(r"[.!?]\W{0,3}$")
_SHORT_DESCRIPTION = 80  # characters: the page's one-line description over its box
_MAX_LABEL = 30
_BOX_LABELS = 2  # rows a table must open with a box's label to be the box
_MAX_BLOCK_NESTING = 30
_BRACE_LINES = 60  # lines a paragraph runs on past a blank line while a brace is open (a note's body)


def _brace_depth(line: str) -> int:
    line = line.replace("@@", "").replace("@{", "").replace("@}", "")
    return line.count("{") - line.count("}")


class _Reader:
    """The document's lines read into blocks: ("h", level, html), ("p", html), ("list", items),
    ("dl", [(term, blocks)]), ("table", rows), ("quote", blocks); a row (head, cells), a cell and
    a list item each a list of blocks."""

    def __init__(self, lines: list[str], writer: _Writer) -> None:
        self.lines = lines
        self.ends = _ends(lines)
        self.writer = writer
        self.top: str | None = None
        self.nesting = 0  # blocks open around the one being read

    def blocks(self, lo: int, hi: int) -> list[tuple]:
        out: list[tuple] = []
        para: list[str] = []
        depth = 0

        hatnote = False  # the open paragraph is a hatnote ("Not to be confused with …"), to its sentence's end

        def flush() -> None:
            nonlocal depth, hatnote
            if para:
                words = _BREAK_SPACE.sub("<br>", _SPACES.sub(" ", self.writer.inline(" ".join(para)))).strip()
                if words:
                    out.append(("note" if hatnote else "p", words))
                para.clear()
            depth, hatnote = 0, False

        i = lo
        while i < hi:
            line = self.lines[i]
            stripped = line.strip()
            if not stripped:
                if depth <= 0 or len(para) > _BRACE_LINES:
                    flush()
                i += 1
                continue
            block = _BLOCK_LINE.match(line) if stripped.startswith("@") else None
            name = block.group(1) if block else ""
            if block and name in ("item", "itemx", "headitem", "tab", "noindent", "indent"):
                line = block.group(2)  # an item outside any list, a paragraph's first line: their text
                block = None
            if not block or name in _SYMBOLS:
                if depth <= 0 and _HATNOTE.match(stripped):
                    flush()
                    hatnote = True
                para.append(line)
                depth += _brace_depth(line)
                if hatnote and depth <= 0 and _SENTENCE_END.search(stripped):
                    flush()
                i += 1
                continue
            rest = block.group(2)
            if name in _HEADING_LEVELS:
                flush()
                words = self.writer.inline(rest).strip()
                if words:
                    out.append(("h", _HEADING_LEVELS[name], words))
            elif name == "top":
                flush()
                self.top = self.top or self.writer.inline(rest).strip() or None
            elif name == "end":
                flush()
            elif _is_environment(name) and not (name == "center" and rest):
                flush()
                end = self.ends.get(i, hi)
                out += self.environment(name, rest, i + 1, min(end, hi))
                i = end + 1
                continue
            elif name in _LINE_TEXT:
                flush()
                words = self.writer.inline(rest).strip()
                if words:
                    out.append(("p", words))
            elif name in _PARAGRAPH_BREAK or name.endswith("index") or depth <= 0:
                flush()  # a line command (@node, @cindex, @setfilename …): no text
            else:
                para.append(line)  # a line opening with a command inside an open brace
                depth += _brace_depth(line)
            i += 1
        flush()
        return out

    def environment(self, name: str, rest: str, lo: int, hi: int) -> list[tuple]:
        if self.nesting >= _MAX_BLOCK_NESTING:  # (blocks opened and never closed): their lines as words
            words = " ".join(_ANY_COMMAND.sub("", line) for line in self.lines[lo:hi])
            return [("p", html_escape.escape(" ".join(words.split()), quote=False))] if words.strip() else []
        self.nesting += 1
        try:
            return self._environment(name, rest, lo, hi)
        finally:
            self.nesting -= 1

    def _environment(self, name: str, rest: str, lo: int, hi: int) -> list[tuple]:
        if name in _LISTS:
            return [("list", [self.blocks(a, b) for a, b in self.items(lo, hi)])]
        if name in _DEFINITIONS:
            entries = []
            for a, b in self.items(lo, hi, terms=True):
                term = self.writer.inline(self.lines[a]).strip() if a < b else ""
                entries.append((term, self.blocks(a + 1, b)))
            return [("dl", entries)]
        if name == "multitable":
            return [("table", self.rows(lo, hi))]
        if name in _LITERAL:
            writer = self.writer
            texts = [html_escape.escape(line, quote=False) if name == "verbatim" else writer.inline(line)
                     for line in self.lines[lo:hi]]
            texts = [t.strip() for t in texts]
            return [("p", "<br>".join(t for t in texts if t))] if any(texts) else []
        if name in _QUOTES:
            return [("quote", self.blocks(lo, hi))]
        if _DEFINITION.fullmatch(name):  # "@deffn Command forward-word": its name, then its text
            head = self.writer.inline(rest).strip()
            return ([("p", f"<b>{head}</b>")] if head else []) + self.blocks(lo, hi)
        return self.blocks(lo, hi)  # @cartouche, @group, @float …: their content

    def items(self, lo: int, hi: int, terms: bool = False) -> list[tuple[int, int]]:
        """The line ranges of a list's items: each ``@item`` line rewritten as its text (in a
        ``@table``, the term, its first line); nested blocks skipped whole."""
        starts: list[int] = []
        i = lo
        while i < hi:
            line = self.lines[i]
            if line.lstrip().startswith("@"):
                if item := _ITEM.match(line):
                    if item.group(1) == "itemx" and terms and starts:  # a second term for the same text
                        self.lines[starts[-1]] += ", " + item.group(2)
                        self.lines[i] = ""
                        i += 1
                        continue
                    starts.append(i)
                    self.lines[i] = item.group(2)
                elif i in self.ends:
                    i = self.ends[i] + 1
                    continue
            i += 1
        return [(s, starts[k + 1] if k + 1 < len(starts) else hi) for k, s in enumerate(starts)]

    def rows(self, lo: int, hi: int) -> list[tuple[bool, list[list[tuple]]]]:
        """A multitable's rows, each cell's blocks."""
        rows: list[tuple[bool, list[tuple[int, int]]]] = []
        cell_start: int | None = None
        i = lo
        while i < hi:
            line = self.lines[i]
            if line.lstrip().startswith("@"):
                if item := _ITEM.match(line):
                    if rows and cell_start is not None:
                        rows[-1][1].append((cell_start, i))
                    rows.append((item.group(1) == "headitem", []))
                    self.lines[i] = item.group(2)
                    cell_start = i
                elif line.strip() == "@tab":
                    if rows and cell_start is not None:
                        rows[-1][1].append((cell_start, i))
                    cell_start = i + 1
                elif i in self.ends:
                    i = self.ends[i] + 1
                    continue
            i += 1
        if rows and cell_start is not None:
            rows[-1][1].append((cell_start, hi))
        return [(head, [self.blocks(a, b) for a, b in cells]) for head, cells in rows]


# ---------------------------------------------------------------- HTML

def _plain(markup: str) -> str:
    return " ".join(html_escape.unescape(_TAGS.sub(" ", markup)).split())


def _cell_html(blocks: list[tuple]) -> str:
    """A cell's blocks as one cell's HTML: paragraphs, list items and a term's text each a line."""
    lines: list[str] = []
    for block in blocks:
        kind = block[0]
        if kind in ("p", "h"):
            lines.append(block[-1])
        elif kind == "list":
            lines += [_cell_html(item) for item in block[1]]
        elif kind == "dl":
            lines += [f"{term}: {_cell_html(body)}" if body else term for term, body in block[1]]
        elif kind == "quote":
            lines.append(_cell_html(block[1]))
        elif kind == "table":
            lines += [" ".join(_cell_html(cell) for cell in cells) for _, cells in block[1]]
    return "<br>".join(line for line in lines if line.strip())


def _flat_rows(rows: list[tuple[bool, list[list[tuple]]]]) -> list[tuple[bool, list[str]]]:
    """A table's rows as cells' HTML, the rows of a table nested in a cell taking that row's place
    (after the row's own text, when it has any)."""
    out: list[tuple[bool, list[str]]] = []
    for head, cells in rows:
        nested = [block for cell in cells for block in cell if block[0] == "table"]
        if not nested:
            out.append((head, [_cell_html(cell) for cell in cells]))
            continue
        own = [_cell_html([b for b in cell if b[0] != "table"]) for cell in cells]
        if any(_plain(c) for c in own):
            out.append((head, own))
        for table in nested:
            out += _flat_rows(table[1])
    return out


def _is_label(cell: str) -> bool:
    text = _plain(cell)
    return 0 < len(text) <= _MAX_LABEL and field_for_label(text) is not None


def _box_rows(rows: list[tuple[bool, list[str]]]) -> list[str]:
    """The fact box's rows: a lone cell a header over the sides (``<th colspan>``), a label and its
    values a ``<th>`` and ``<td>``s, a row of the sides' values ``<td>``s."""
    width = max(2, max((len(cells) for _, cells in rows), default=2))
    out: list[str] = []
    section = False  # a section's header seen: a lone cell after it is one side's value
    for _, cells in rows:
        filled = [n for n, cell in enumerate(cells) if _plain(cell)]
        if not filled:
            continue
        first = cells[0]
        if filled == [0] and (_is_label(first) or not section or re.match(r"\s*part of\b", _plain(first), re.I)):
            section = section or _is_label(first)
            out.append(f'<tr><th colspan="{width}">{first}</th></tr>')
        elif _is_label(first) and len(cells) > 1:
            out.append(f"<tr><th>{first}</th>{''.join(f'<td>{c}</td>' for c in cells[1:])}</tr>")
        else:
            out.append(f"<tr>{''.join(f'<td>{c}</td>' for c in cells)}</tr>")
    return out


def _table_html(rows: list[tuple[bool, list[str]]], box: bool) -> str:
    if box:
        return f'<table class="infobox">{"".join(_box_rows(rows))}</table>'
    body = "".join("<tr>" + "".join(f"<{'th' if head else 'td'}>{c}</{'th' if head else 'td'}>" for c in cells)
                   + "</tr>" for head, cells in rows if any(_plain(c) for c in cells))
    return f"<table>{body}</table>" if body else ""


def _html_blocks(blocks: list[tuple], shift: int, box: list[bool]) -> list[str]:
    out: list[str] = []
    for block in blocks:
        kind = block[0]
        if kind == "h":
            level = min(6, max(2, block[1] + shift))
            out.append(f"<h{level}>{block[2]}</h{level}>")
        elif kind == "p":
            out.append(f"<p>{block[1]}</p>")
        elif kind in ("note", "short"):  # page chrome, left for the HTML reader to drop (a redirect's name kept)
            out.append(f'<div class="{"hatnote" if kind == "note" else "shortdescription"}">{block[1]}</div>')
        elif kind == "list":
            items = ["<li>" + (item[0][1] if len(item) == 1 and item[0][0] == "p" else  # a line's item: no <p>
                               "".join(_html_blocks(item, shift, box))) + "</li>" for item in block[1]]
            out.append(f"<ul>{''.join(items)}</ul>")
        elif kind == "dl" and sum(1 for term, _ in block[1] if _is_label(term)) >= _BOX_LABELS:
            # terms naming the box's labels ("Date", "Result"): a box without a table, for the HTML reader
            entries = [f"<dt>{term}</dt><dd>{_cell_html(body)}</dd>" for term, body in block[1]]
            out.append(f"<dl>{''.join(entries)}</dl>")
        elif kind == "dl":  # "9 May 1944: Tarsenian troops entered Karsk": an item of its term and text
            items = [f"<li>{term}: {_cell_html(body)}</li>" if body else f"<li>{term}</li>" for term, body in block[1]]
            out.append(f"<ul>{''.join(items)}</ul>")
        elif kind == "quote":
            out.append(f"<blockquote>{''.join(_html_blocks(block[1], shift, box))}</blockquote>")
        elif kind == "table":
            rows = _flat_rows(block[1])
            is_box = not box[0] and sum(1 for _, cells in rows if cells and _is_label(cells[0])) >= _BOX_LABELS
            box[0] = box[0] or is_box
            out.append(_table_html(rows, is_box))
    return out


def _headings(blocks: list[tuple]) -> list[int]:
    levels: list[int] = []
    for block in blocks:
        if block[0] == "h":
            levels.append(block[1])
        elif block[0] in ("list", "dl"):
            for item in block[1]:
                levels += _headings(item[1] if block[0] == "dl" else item)
        elif block[0] == "quote":
            levels += _headings(block[1])
    return levels


def html_page(text: str) -> str:
    """The document as the HTML its markup stands for."""
    flags: dict[str, str] = {}
    lines = _lines(text, flags)
    writer = _Writer(flags)
    reader = _Reader(lines, writer)
    blocks = reader.blocks(0, len(lines))
    if len(blocks) > 1 and blocks[0][0] == "p" and blocks[1][0] in ("note", "table") \
            and len(_plain(blocks[0][1])) < _SHORT_DESCRIPTION and not _SENTENCE_END.search(_plain(blocks[0][1])):
        blocks[0] = ("short", blocks[0][1])  # "1560 battle in Japan" over the hatnote and the box
    levels = _headings(blocks)
    shift = 2 - min(levels) if levels else 0  # the top level used is <h2>
    body = _html_blocks(blocks, shift, [False])
    title_line = _TITLE.search(text) or _SETTITLE.search(text)
    title = writer.inline(title_line.group(1)).strip() if title_line else None
    if not title and reader.top and reader.top.lower() != "top":
        title = reader.top
    if not title:
        title = next((b[2] for b in blocks if b[0] == "h"), None)
    if title:
        plain = html_escape.escape(_plain(title), quote=False)
        return html.page(plain, [f"<h1>{title}</h1>", *body])
    return html.page(None, body)


def _read(text: str) -> Document:
    return html.read_as(html_page(text), SHAPE)


read = _text.never_raising(SHAPE, _read)
