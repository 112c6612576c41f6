"""The query language of DESIGN.md: parsed into a small tree, then compiled into a Whoosh query.

Parsing never fails on syntax: unbalanced quotes and parentheses are closed, stray operators dropped. Only a value
that cannot mean anything (an impossible date) raises QueryError.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from whoosh import query as wq

from . import dates
from .errors import QueryError
from .nested import ArticlesWithQuotes
from .schema import EXACT, KIND_ARTICLE, STEMMED, TITLE_BOOST

FIELDS = ("title", "byline", "source", "speaker", "quote", "date")
QUOTE_LEVEL = ("speaker", "quote")


@dataclass
class Word:
    """A word or phrase, optionally restricted to a field."""

    text: str
    field: str | None = None
    phrase: bool = False
    prefix: bool = False


@dataclass
class DateRange:
    start: dt.date | None
    end: dt.date | None


@dataclass
class Not:
    node: "Node"


@dataclass
class And:
    nodes: list["Node"] = field(default_factory=list)


@dataclass
class Or:
    nodes: list["Node"] = field(default_factory=list)


Node = Word | DateRange | Not | And | Or

_TOKEN = re.compile(
    r'\s*(?:(?P<open>\()|(?P<close>\))|"(?P<phrase>[^"]*)"?|(?P<neg>-)(?=[^\s)])|(?P<word>[^\s()"]+))'
)
_FIELD = re.compile(r"^(?P<field>[A-Za-z]+):(?P<rest>.*)$")


def _tokenize(text: str) -> list[tuple[str, str]]:
    text = text.replace("“", '"').replace("”", '"').replace("„", '"')
    tokens: list[tuple[str, str]] = []
    pos = 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if not match or match.end() == pos:
            break
        pos = match.end()
        kind = match.lastgroup
        if kind is None:
            continue
        value = match.group(kind)
        if kind == "word":
            field_match = _FIELD.match(value)
            if field_match and field_match["field"].lower() in FIELDS:
                tokens.append(("field", field_match["field"].lower()))
                if field_match["rest"]:
                    tokens.append(("word", field_match["rest"]))
                continue
            if value in ("OR", "AND", "NOT"):
                kind = value
        tokens.append((kind, value))
    return tokens


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.tokens = tokens
        self.pos = 0

    def peek(self) -> str | None:
        return self.tokens[self.pos][0] if self.pos < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def parse(self) -> Node | None:
        nodes = []
        while self.peek() is not None:
            node = self.parse_or()
            if node is not None:
                nodes.append(node)
            elif self.peek() == "close":  # a stray ")" at top level
                self.take()
        return _simplify(And(nodes))

    def parse_or(self) -> Node | None:
        options = [self.parse_and()]
        while self.peek() == "OR":
            self.take()
            options.append(self.parse_and())
        return _simplify(Or([o for o in options if o is not None]))

    def parse_and(self) -> Node | None:
        nodes = []
        while self.peek() not in (None, "OR", "close"):
            if self.peek() == "AND":
                self.take()
                continue
            node = self.parse_unary()
            if node is not None:
                nodes.append(node)
        return _simplify(And(nodes))

    def parse_unary(self, field_name: str | None = None) -> Node | None:
        kind = self.peek()
        if kind in ("NOT", "neg"):
            self.take()
            if self.peek() in (None, "OR", "close"):
                return None
            inner = self.parse_unary(field_name)
            return Not(inner) if inner is not None else None
        if kind == "field":
            _, name = self.take()
            if self.peek() in (None, "OR", "close", "AND"):
                return None
            return self.parse_unary(name)
        if kind == "open":
            self.take()
            inner = self.parse_or()
            if self.peek() == "close":
                self.take()
            return _with_field(inner, field_name) if field_name else inner
        _, value = self.take()
        if kind == "phrase":
            return _leaf(value, field_name, phrase=True)
        return _leaf(value, field_name)


def _leaf(text: str, field_name: str | None, phrase: bool = False) -> Node | None:
    if field_name == "date":
        return DateRange(*dates.parse_range(text.strip()))
    if not text.strip():
        return None
    prefix = not phrase and text.endswith("*") and len(text.strip("*")) > 1
    return Word(text.strip("*") if prefix else text, field_name, phrase=phrase, prefix=prefix)


def _with_field(node: Node | None, field_name: str) -> Node | None:
    """Apply `field:` to every unfielded word inside a parenthesised group."""
    if isinstance(node, Word):
        if node.field is None:
            return _leaf(node.text, field_name, node.phrase)
        return node
    if isinstance(node, Not):
        inner = _with_field(node.node, field_name)
        return Not(inner) if inner is not None else None
    if isinstance(node, (And, Or)):
        return _simplify(type(node)([n for n in (_with_field(c, field_name) for c in node.nodes) if n is not None]))
    return node


def _simplify(node: And | Or) -> Node | None:
    if not node.nodes:
        return None
    if len(node.nodes) == 1:
        return node.nodes[0]
    return node


def parse(text: str) -> Node | None:
    """The query tree for `text`, or None when it asks for nothing (an empty query matches every article)."""
    return _Parser(_tokenize(text or "")).parse()


def positive_words(node: Node | None) -> list[Word]:
    """Words the query looks for (not under NOT), for highlighting and spelling suggestions."""
    if isinstance(node, Word):
        return [node]
    if isinstance(node, (And, Or)):
        return [w for child in node.nodes for w in positive_words(child)]
    return []


# --- compiling to Whoosh -------------------------------------------------------------------------------------------

def _terms(analyzer, text: str) -> list[str]:
    return [token.text for token in analyzer(text)]


def _text_query(fieldname: str, exact_field: str | None, word: Word, boost: float = 1.0) -> wq.Query | None:
    """A word or phrase against one field: stemmed field for a single bare word, exact field otherwise."""
    exact_field = exact_field or fieldname
    exact = _terms(EXACT, word.text)
    if not exact:
        return None
    if word.prefix:
        return wq.Prefix(exact_field, exact[-1], boost=boost) if len(exact) == 1 else None
    if len(exact) > 1:
        return wq.Phrase(exact_field, exact, boost=boost)
    if word.phrase or exact_field == fieldname:
        return wq.Term(exact_field, exact[0], boost=boost)
    return wq.Term(fieldname, _terms(STEMMED, word.text)[0], boost=boost)


_NOTHING = wq.NullQuery


def _either(queries: list[wq.Query | None]) -> wq.Query:
    queries = [q for q in queries if q is not None]
    if not queries:
        return _NOTHING
    return queries[0] if len(queries) == 1 else wq.Or(queries)


def _word_query(word: Word) -> wq.Query:
    """An article-level query for a word outside speaker:/quote:."""
    if word.field is None:
        return _either([
            _text_query("title", "title_exact", word, TITLE_BOOST),
            _text_query("body", "body_exact", word),
            _text_query("byline", None, word),
        ])
    if word.field == "title":
        return _either([_text_query("title", "title_exact", word)])
    return _either([_text_query(word.field, None, word)])


def _quote_level(node: Node) -> wq.Query:
    """A query over quotation documents: speaker: and quote: clauses, and dates."""
    if isinstance(node, Word):
        if node.field == "speaker":
            return _either([_text_query("speaker", None, node)])
        if node.field not in (None, "quote"):
            raise QueryError(f"{node.field}: does not apply to quotations; use words, speaker:, quote: or date:")
        return _either([_text_query("quote", "quote_exact", node)])
    if isinstance(node, DateRange):
        return date_query(node.start, node.end)
    if isinstance(node, Not):
        return wq.Not(_quote_level(node.node))
    if isinstance(node, And):
        return wq.And([_quote_level(n) for n in node.nodes])
    if isinstance(node, Or):
        return wq.Or([_quote_level(n) for n in node.nodes])
    raise TypeError(node)


def _leaves(node: Node) -> list[Word | DateRange]:
    """Every word and date range of a tree, negated ones included."""
    if isinstance(node, Not):
        return _leaves(node.node)
    if isinstance(node, (And, Or)):
        return [leaf for child in node.nodes for leaf in _leaves(child)]
    return [node]


def _is_quote_level(node: Node) -> bool:
    return all(isinstance(leaf, Word) and leaf.field in QUOTE_LEVEL for leaf in _leaves(node))


def _mentions_quote(node: Node) -> bool:
    return any(isinstance(leaf, Word) and leaf.field == "quote" for leaf in _leaves(node))


def _articles_with(quote_query: wq.Query) -> wq.Query:
    return ArticlesWithQuotes(wq.Term("kind", KIND_ARTICLE), quote_query)


def date_query(start: dt.date | None, end: dt.date | None) -> wq.Query:
    """Documents dated within [start, end]; either end may be open."""
    return wq.NumericRange(
        "date", dates.to_int(start) if start else None, dates.to_int(end) if end else None
    )


def compile_node(node: Node) -> wq.Query:
    """The Whoosh query for an article search."""
    if isinstance(node, Word):
        if node.field in QUOTE_LEVEL:
            return _articles_with(_quote_level(node))
        return _word_query(node)
    if isinstance(node, DateRange):
        return date_query(node.start, node.end)
    if isinstance(node, Not):
        return wq.Not(compile_node(node.node))
    if isinstance(node, Or):
        return wq.Or([compile_node(n) for n in node.nodes])
    # And: when it asks about a quotation's words, its speaker: and quote: parts must hold for one quotation.
    joined = [n for n in node.nodes if _is_quote_level(n)]
    if joined and any(_mentions_quote(n) for n in joined):
        rest = [n for n in node.nodes if not _is_quote_level(n)]
        return wq.And([_articles_with(wq.And([_quote_level(n) for n in joined]))] + [compile_node(n) for n in rest])
    return wq.And([compile_node(n) for n in node.nodes])


def compile_quote_level(node: Node) -> wq.Query:
    """The Whoosh query for a quotation search: bare words look inside the quotation."""
    return _quote_level(node)


def speaker_word(name: str) -> Word:
    """The `speaker:` clause for a speaker filter given outside the query text."""
    name = name.strip()
    return Word(name, "speaker", phrase=" " in name)
