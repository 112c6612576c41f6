"""Quotation finding and speaker attribution by rules over the text: who said which quoted words.

0. Marks are found in a same-length view of the text with export mojibake repaired (`"?` for a curly quote or
   dash, `"` for an apostrophe, `-` for a non-breaking space), so offsets still point into the original.
1. Quoted spans are found per paragraph in every common mark style; an unclosed mark runs to the paragraph's end
   (how multi-paragraph quotations are written), and a straight mark's neighbours tell an opening one from a
   closing one, so a stray mark does not flip the rest of the text.
2. Scare quotes (a word or two in marks that run on into the sentence) are dropped.
3. Each quotation is attributed, in this order of preference: a cue right after it (`"...," X said`,
   `"...," said X`, `"...," the office quoted X`, a signature `"..." X, a researcher`) unless the quotation ended its
   sentence; a cue before it in its sentence (`X told reporters that "..."`, `X said: "..."`, `X ..., saying "..."`);
   a cue later in its sentence (`"...", to Y, X told the UN`); the previous quotation of its paragraph; the last
   speaker when a paragraph opens with a quotation; and, when nothing in the article is attributed, the person a
   headline names in the possessive ("Trump's news conference").
4. Speakers are resolved to the fullest name the article gives: roles, honorifics, affiliations and appositions
   are stripped ("Kremlin spokesman Dmitry Peskov", "Al Jazeera's Andrew Simmons", "Zhang Lei, founder of X,"),
   surnames, first names, acronyms and role words ("the spokesman") map back to the full name or body, and "he"
   or "she" to a person in the last two sentences, skipping one the article shows to be of the other gender.
5. Sentences without marks of the form "X said (that) ..." are reported speech: quotations with direct=False.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from search.model import Quote

UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽА-ЯЁ"
CAP_WORD = rf"(?:[{UPPER}](?:[\w'’-]*\w|\.)?)"
VERBS = (
    "said|says|say|told|tells|added|adds|warned|warns|insisted|insists|wrote|writes|tweeted|posted|acknowledged|"
    "stated|explained|explains|noted|notes|argued|argues|asked|asks|replied|responded|declared|announced|"
    "claimed|claims|stressed|emphasi[sz]ed|continued|recalled|admitted|conceded|complained|suggested|predicted|"
    "vowed|urged|called|commented|remarked|confirmed|denied|countered|observed|concluded|maintained|reiterated|"
    "testified|shouted|joked|quipped|pointed out|went on|promised|pledged|cautioned|boasted|demanded|estimated|"
    "recounted|wondered|criticised|criticized|described|dismissed|branded|condemned|praised|defended|reported|"
    "quoted|told reporters"
)
PRONOUNS = {"he", "she", "they", "i", "we"}
PLACE_NOUNS = {  # last words that make a capitalised phrase a place or a title, not a person (not surnames)
    "district", "region", "province", "square", "airport", "station", "island", "islands", "river", "sea", "ocean",
    "mountains", "stadium", "hotel", "centre", "center", "valley", "coast", "peninsula", "gulf", "strait", "straits",
    "avenue", "road", "times", "herald", "journal", "magazine", "television", "radio", "storm", "cup", "league",
}
FUNCTION_WORDS = {
    "the", "a", "an", "and", "or", "but", "in", "on", "at", "of", "by", "with", "to", "for", "from", "as", "that",
    "this", "said", "says", "told", "was", "is", "were", "are", "has", "had", "have", "be", "been", "his", "her",
    "its", "their", "our", "into", "over", "after", "before", "than", "then", "also", "not", "no", "new", "former",
}
ROLE_SUFFIXES = ("ian", "ese", "ish", "or", "er", "ist", "ant", "ent", "man", "woman", "person")
"""A sentence-initial word like "Exhibitor" before a two-part name is a role ("Exhibitor Lotte Brandt")."""
CONNECTORS = {"of", "for", "de", "van", "von", "der", "al", "bin"}
ORG_NOUNS = {
    "ministry", "government", "court", "agency", "council", "company", "police", "union", "bank", "army",
    "embassy", "committee", "commission", "party", "department", "office", "kremlin", "campaign", "group",
    "association", "federation", "university", "hospital", "club", "board", "authority", "service", "firm",
    "organisation", "organization", "administration", "cabinet", "parliament", "senate", "presidency", "military",
    "prosecutor", "prosecutors", "lab",
    "laboratory", "institute", "foundation", "regulator", "watchdog", "city", "state", "county", "municipality",
    "bureau", "corps", "force", "forces", "navy", "guard", "network", "channel", "airlines", "airways", "school",
}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "mx"}
TITLE_WORDS = {
    "president", "vice", "prime", "minister", "secretary", "chancellor", "spokesman", "spokeswoman", "spokesperson",
    "senator", "sen", "rep", "representative", "gov", "governor", "mayor", "general", "gen", "chief", "director",
    "ambassador", "foreign", "defence", "defense", "deputy", "head", "leader", "chairman", "chairwoman", "chair",
    "commissioner", "judge", "justice", "king", "queen", "prince", "princess", "pope", "archbishop", "bishop",
    "captain", "capt", "colonel", "col", "lieutenant", "lt", "sergeant", "officer", "inspector", "detective",
    "professor", "coach", "manager", "ceo", "founder", "economist", "analyst", "lawmaker", "mp", "councillor",
    "councilor", "premier", "superintendent", "sheriff", "attorney", "state", "former", "acting", "interim",
    "executive", "official", "the", "a", "an", "opposition", "party", "dr", "mr", "mrs", "ms", "det", "sgt", "supt",
    "insp", "cpl", "maj", "brig", "adm", "cmdr", "rev", "fr", "hon", "amb", "gov", "pres", "sir", "lord", "lady",
}
NOT_NAMES = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "however", "but",
    "and", "then", "later", "earlier", "meanwhile", "asked", "speaking", "in", "on", "at", "it", "this", "that",
    "there", "when", "while", "after", "before", "if", "as", "so", "yet", "for", "with", "since", "although",
    "though", "because", "once", "unless", "until", "where", "what", "how", "why", "who", "these", "those", "here",
    "now", "also", "even", "only", "just", "still", "according", "despite", "during", "under", "over", "from",
}

_PAIRS = {"“": "”", "„": "“”", "«": "»", "‹": "›", '"': '"', "``": "''", "‘": "’"}
_MARKS = re.compile(r"``|''|[“”„«»‹›\"‘’]")
_GLUED_HYPHEN = re.compile(r"\b(said|says|told|by|as|to|of|Prof|Mr|Ms|Mrs|Dr|Sgt|Gen)-(?=[A-Z])|(?<=[a-z])(-)(?=(?:as|by|and|said|says|told|was|is|has|had|were|who) )")
_QUOTE_BETWEEN_LETTERS = re.compile(r'(?<=[^\W\d_])"(?=[^\W\d_])')
_MANGLED_AFTER_PUNCT = re.compile(r'(?<=[.,!?;:])"\?')
PRONOUN_SENTENCES = 2  # how far back "he" and "she" look for their person
GENDER_SENTENCES = 4  # and further back for a person of the right gender
_PARTICLE = r"(?:de|van|von|der|den|da|di|du|la|le|bin|ibn|al|el|ben|dos|das|del)"
_CAPITALISED_RUN = re.compile(rf"(?<![\w'’-]){CAP_WORD}(?: (?:{_PARTICLE} )?{CAP_WORD}){{0,6}}")
_ROLE_PREFIX = re.compile(r"(?:[a-z][\w-]+ ){1,2}$")
_PERSON_WORD = re.compile(  # "Maroney", "LaShay", "O'Brien", "Rojas-Bracho", "J."; not "NATO" or "Shanghai-based"
    rf"^(?:[{UPPER}](?=\S*[^\W\d_A-Z])[^\W\d_'’-]*(?:['’][{UPPER}][^\W\d_]*)?(?:-[{UPPER}][^\W\d_]*)?|[{UPPER}]\.)$"
)
_NAME_BEFORE_VERB = re.compile(
    rf"(?P<who>(?:[a-z]+ ){{0,2}}{CAP_WORD}(?: (?:{_PARTICLE} )?{CAP_WORD}){{0,3}})\s+(?:{VERBS})\b"
)
_PARTICIPLE = re.compile(
    r"(?:,|\bwhile|\bbefore|\bafter|\band)\s+(?P<verb>saying|adding|shouting|writing|noting|warning|insisting|"
    r"declaring|arguing|chanting|vowing|telling \w+)\b"
)
_POSSESSIVE = re.compile(rf"(?<![\w-])(?:[{UPPER}]\w*ing )?({CAP_WORD}(?: {CAP_WORD})?)['’]s\b")
_SPOKESPERSON_FOR = re.compile(r"\bspokes(?:man|woman|person)\s+(?:for|of|at)\s+the\s+(?P<body>[a-z]+)\b", re.I)
_ANY_MARK = re.compile(r"[\"“”„«»]")
_REPORTED = re.compile(
    r"^\s*(?P<who>[^,;:()]{2,80}?)\s+(?:has\s+|had\s+|also\s+)?"
    r"(?P<verb>said|says|added|warned|insisted|argued|claimed|stressed|noted|explained|acknowledged|admitted|told\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?=\s+that\b))"
    r"(?:\s+(?:on\s+\w+|last\s+\w+|this\s+\w+|earlier|later|yesterday|today|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|in\s+(?:a|an|its|his|her|their)\s+\w+))*"
    r"\s+(?:that\s+)?(?P<clause>\S.*)$",
    re.I | re.S,
)
_NAME_THEN_COMMA = re.compile(rf"^\s*(?P<who>{CAP_WORD}(?: {CAP_WORD}){{1,3}}),\s")
_NAME_FROM_BODY = re.compile(
    rf"(?P<who>{CAP_WORD}(?: {CAP_WORD}){{0,3}}),?\s+(?:from|of|at|with)\s+(?:the\s+)?{CAP_WORD}(?: {CAP_WORD}){{0,4}},?"
    rf"\s+(?:{VERBS})\b$"
)
_HONORIFIC_NAME = re.compile(rf"\b(?P<title>Mr|Mrs|Ms|Miss)\.? (?P<name>{CAP_WORD}(?: {CAP_WORD})?)")
_CUE_AFTER_VERB_FIRST = re.compile(rf"^[\s,]*(?P<verb>{VERBS})\s+(?P<who>[^,;:!?\"“”]{{1,80}})")
_CUE_AFTER_SUBJECT_FIRST = re.compile(
    rf"^[\s,]*(?P<who>[^,;:!?\"“”]{{1,80}}?)(?:,(?P<appos>[^,;:!?\"“”]{{1,80}}),)?\s+"
    rf"(?:also\s+|later\s+|then\s+)?(?P<verb>{VERBS})\b"
)
_AUXILIARIES = re.compile(
    r"(?:\s+(?:has|have|had|was|were|is|are|will|would|also|later|then|repeatedly|reportedly|again|once|"
    r"previously|earlier|has also|had also))+\s*$",
    re.I,
)
_TRAILER = re.compile(r"[.]?\s+(?:of the|from the|at the|who|which|in a|in an|on|at|in|during|after|before|to)\s|\.$")
_VERB = re.compile(rf"\b(?P<verb>{VERBS}|[Aa]ccording to)\b")
_SENTENCE_BREAK = re.compile(r"(?<!\b[A-Z])(?<!\bM[rs])(?<!\bMrs)(?<!\bDr)(?<!\bSt)[.!?…]+[\"”’»]?\s+(?=[\"“„«‘A-Z0-9])")
_CLAUSE_BREAK = re.compile(r"[,;:(—–]\s*")
_DAY_PHRASE = re.compile(
    r"\s+(?:on|late|early|last|this|earlier|later)?\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|week|month|year|night|morning|afternoon|evening|today|yesterday)\s*$",
    re.I,
)


@dataclass
class _Span:
    start: int  # offsets of the quoted words in the text
    end: int
    open_at: int  # offset of the opening mark
    close_at: int  # offset just past the closing mark (the paragraph end when unclosed)
    paragraph: int
    closed: bool


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for match in re.finditer(r"\n\s*\n", text):
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _is_opening_single(text: str, at: int) -> bool:
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return not before.isalnum() and (after.isalnum() or after in "“\"")


def _straight_role(text: str, at: int) -> str:
    """Whether a straight double quote opens ("open"), closes ("close") or could do either ("")."""
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    opens = (before.isspace() or before in "([{—–-/") and not after.isspace()
    closes = not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-" or at + 1 == len(text))
    return "open" if opens and not closes else "close" if closes and not opens else ""


def _glue_fix(text: str) -> str:
    """Spaces where this archive's exports put a hyphen for a non-breaking space ("said-Mariano", "Herald-as")."""
    return _GLUED_HYPHEN.sub(lambda m: (m.group(1) + " ") if m.group(1) else " ", text)


def marks_view(text: str) -> str:
    """`text` with the same length and offsets, mojibake around quote marks repaired for finding quotations:
    a double quote between letters is an apostrophe ("don"t"); `"?` (a mangled curly quote or dash) closes a
    quotation after punctuation and is a dash elsewhere; `"\ufffd` opens one."""
    if '"' not in text:
        return _glue_fix(text)
    view = _QUOTE_BETWEEN_LETTERS.sub("'", text)
    view = _MANGLED_AFTER_PUNCT.sub('" ', view)
    view = view.replace('"?', "--").replace('"\ufffd', '" ')
    return _glue_fix(view)


def _spans_in(text: str, start: int, end: int, number: int) -> list[_Span]:
    """Quoted spans inside one paragraph, outermost marks only. A straight quote mark that can only open while a
    quotation is open ends the unclosed one there; one that can only close while none is open is a stray."""
    spans: list[_Span] = []
    opener, open_at, expected = None, 0, ""
    has_double = bool(re.search(r"[“”„«»\"]|``", text[start:end]))
    for match in _MARKS.finditer(text, start, end):
        mark, at = match.group(), match.start()
        if mark == '"':
            role = _straight_role(text, at)
            if opener is None and role == "close":
                continue
            if opener == '"' and role == "open":
                spans.append(_Span(open_at + 1, at, open_at, at, number, False))
                open_at = at
                continue
        if opener is None:
            if mark in ("'", "’"):
                continue
            if mark == "‘" and (has_double or not _is_opening_single(text, at)):
                continue
            if mark in _PAIRS:
                opener, open_at, expected = mark, at, _PAIRS[mark]
            continue
        if mark in expected or (opener == '"' and mark == '"'):
            if opener == "‘" and at + 1 < len(text) and text[at + 1].isalpha():
                continue  # an apostrophe inside the quotation
            spans.append(_Span(open_at + len(opener), at, open_at, at + len(mark), number, True))
            opener = None
    if opener is not None:
        spans.append(_Span(open_at + len(opener), end, open_at, end, number, False))
    return spans


def _trim(text: str, span: _Span) -> _Span:
    """Drop spaces and a trailing comma from the quoted words."""
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return _Span(start, end, span.open_at, span.close_at, span.paragraph, span.closed)


def _is_scare_quote(text: str, span: _Span) -> bool:
    """A word or two in marks that the sentence runs on through: `"forcing" Russia into peace`."""
    inner = text[span.start:span.end].rstrip()
    if len(inner.split()) > 3 or not span.closed or inner[-1:] in ".,;:!?":
        return False
    after = text[span.close_at:span.close_at + 2]
    return bool(re.match(r"\s\w", after))


def _sentence_start(text: str, at: int, floor: int) -> int:
    start = floor
    for match in _SENTENCE_BREAK.finditer(text, floor, at + 1):
        if match.end() <= at:
            start = match.end()
    return start


def _sentence_end(text: str, at: int, ceiling: int) -> int:
    match = _SENTENCE_BREAK.search(text, at, ceiling)
    return match.start() + 1 if match else ceiling


class _Names:
    """The people and bodies an article names, for mapping surnames, roles and pronouns to the fullest name."""

    def __init__(self, text: str, title: str = "") -> None:
        self.full: list[str] = []
        self.roles: dict[str, str] = {}
        self.bodies: list[str] = []
        self.gender: dict[str, str] = {}
        # A headline's capitalised runs are mostly not names ("Kremlin Says"); only two- or three-word runs of
        # name-like words count, and only to lengthen a surname the body uses ("Woods" -> "Tiger Woods").
        self.from_title = [name for name in (split_role(m.group())[0] for m in _CAPITALISED_RUN.finditer(title))
                           if 2 <= len(name.split()) <= 3 and all(_PERSON_WORD.match(w) for w in name.split())]
        for match in _CAPITALISED_RUN.finditer(text):
            capitals = [w for w in match.group().split() if w.lower() != "the"]
            prefix = _ROLE_PREFIX.search(text, max(0, match.start() - 40), match.start())
            if len(capitals) < 2 and prefix is None:
                continue  # a lone capitalised word names nobody new
            if len(capitals) >= 2 and capitals[-1].lower() in ORG_NOUNS:
                self.bodies.append(" ".join(capitals))  # "Foreign Ministry", kept whole with its title word
            name, role = split_role((prefix.group() if prefix else "") + match.group())
            if name and len(name.split()) >= 2 and name not in self.full and name.split()[0].lower() not in TITLE_WORDS:
                self.full.append(name)
            if name and role:
                for word in role.lower().split():
                    if word.isalpha() and word not in FUNCTION_WORDS:
                        self.roles[word] = name

    def infer_genders(self, text: str) -> None:
        """Genders the article itself shows: "Mr/Mrs/Ms X", or a sentence about X followed by one opening with
        "He" or "She". Used only to keep "he" and "she" from landing on the wrong person."""
        votes: dict[str, list[str]] = {}
        for match in _HONORIFIC_NAME.finditer(text):
            votes.setdefault(self.resolve(match["name"]), []).append("m" if match["title"].lower() == "mr" else "f")
        sentences = _SENTENCE_BREAK.split(text)
        for sentence, following in zip(sentences, sentences[1:]):
            first = following.split(" ", 1)[0].strip("\"“").lower()
            if first not in ("he", "she"):
                continue
            for match in _CAPITALISED_RUN.finditer(sentence):
                name, _ = split_role(match.group())
                if name and name.lower() not in NOT_NAMES:
                    resolved = self.resolve(name)
                    if len(resolved.split()) >= 2:
                        votes.setdefault(resolved, []).append(GENDER_OF[first])
                    break
        for name, seen in votes.items():
            if seen.count("m") != seen.count("f"):
                self.gender[name] = "m" if seen.count("m") > seen.count("f") else "f"

    @property
    def surnames(self) -> set[str]:
        """Last words of the article's full names and bodies."""
        return {name.split()[-1] for name in self.full + self.bodies}

    def resolve(self, name: str) -> str:
        """The fullest form of `name` the article gives."""
        parts = name.split()
        if not parts:
            return ""
        best = name
        for candidate in self.full:
            cparts = candidate.split()
            if len(cparts) > len(best.split()) and cparts[-len(parts):] == parts:
                best = candidate
        for candidate in self.from_title:
            cparts = candidate.split()
            if len(parts) == 1 and len(cparts) > 1 and cparts[-1] == parts[0]:
                return candidate  # the headline's "Tiger Woods" over a body's run-on "Torrey Pines Woods"
        if name.isupper() and 2 <= len(name) <= 6:  # "ATSB" for "Australian Transport Safety Bureau"
            for candidate in self.bodies + self.full:
                initials = "".join(w[0] for w in candidate.split() if w.lower() not in CONNECTORS | {"the", "and"})
                if initials == name:
                    return candidate
        if best == name:  # a first name ("LaShay", "Nia Mya") for the one full name that starts with it
            starting = [c for c in self.full if len(c.split()) > len(parts) and c.split()[: len(parts)] == parts]
            if len(starting) == 1:
                best = starting[0]
        return best

    def by_role(self, role: str) -> str:
        """The person the article introduced with this role word ("spokesman"), or ""."""
        return self.roles.get(role.lower(), "")

    def body(self, head: str) -> str:
        """The named body the article gives for a common noun ("ministry" -> "Transport Ministry"), or ""."""
        for candidate in self.bodies + self.full:
            if head in candidate.lower().split():
                return candidate
        return ""


@functools.lru_cache(maxsize=50_000)
def split_role(phrase: str) -> tuple[str, str]:
    """("Dmitry Peskov", "Kremlin spokesman") from "Kremlin spokesman Dmitry Peskov"; roles and honorifics go.

    "of" joins capitalised words into one name ("Central Bank of Eastmark").
    """
    words = phrase.split()
    run: list[str] = []
    body = bool(words) and words[-1].strip(".,").lower() in ORG_NOUNS  # "Foreign Ministry" keeps its "Foreign"
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if "(" in word or ")" in word or "-based" in word:
            break
        if run and word.endswith(("'s", "’s")):
            break  # "Al Jazeera's Andrew Simmons": the possessive is an affiliation
        bare = word.strip(".,'’").lower()
        if body and run and bare in TITLE_WORDS and bare not in ("the", "a", "an") and re.match(rf"[{UPPER}]", word):
            run.insert(0, word)
            continue
        if bare in CONNECTORS and run and index > 0 and re.match(rf"[{UPPER}]", words[index - 1]):
            run.insert(0, word)
            continue
        if bare == "the" and run and index > 1 and words[index - 1].lower() in ("of", "for") \
                and re.match(rf"[{UPPER}]", words[index - 2]):
            run.insert(0, word)  # "International Committee for the Recovery of the Vaquita"
            continue
        if not re.match(rf"[{UPPER}]", word) or bare in TITLE_WORDS or bare in NOT_NAMES:
            break
        run.insert(0, word.rstrip(".,"))
    while run and (run[0].lower().rstrip(".") in HONORIFICS or run[0].lower() in CONNECTORS
                   or (len(run) > 2 and run[0].lower().endswith(ROLE_SUFFIXES))
                   or (len(run) > 1 and run[0].lower().endswith("ing"))):  # "Attacking Gaza"
        run.pop(0)
    before = words[: len(words) - len(run)]
    if len(run) >= 3 and before and before[-1].lower() in ("to", "of", "for", "at", "from", "in"):
        run = run[-2:]  # "envoy to China Andrei Denisov", "director of Strategic Communications Hope Hicks"
    name = " ".join(run)
    role = " ".join(words[: len(words) - len(run)]).strip()
    return (name[:-2] if name.endswith(("'s", "’s")) else name), role


def _description(words: list[str], names: _Names) -> str | None:
    """The speaker meant by "the spokesman", "the ministry", "the Republican president", "the envoy leading talks
    ...", or None when the words are a name ("the Central Bank of Eastmark")."""
    if len(words) < 2 or words[0].lower() not in ("the", "a", "an", "its", "his", "her", "their"):
        return None
    head = words[1].strip(",.")
    if not head.isalpha():
        return None
    if not head.islower():
        last = words[-1].strip(",.")
        if len(words) > 2 and last.isalpha() and last.islower() and names.by_role(last):
            return names.by_role(last)  # "the Republican president"
        return None
    person = names.by_role(head)
    if person:
        return person
    if head in ORG_NOUNS:
        return names.body(head) or f"the {head}"
    body = _SPOKESPERSON_FOR.search(" ".join(words))
    if body:  # "a spokesperson for the school"
        return names.body(body["body"].lower()) or f"the {body['body'].lower()}"
    return ""


def _subject(phrase: str, names: _Names, pronoun: "_Referents") -> str | None:
    """The speaker a subject phrase refers to; None when it names nobody (so attribution looks elsewhere)."""
    phrase = _DAY_PHRASE.sub("", phrase.strip(" ,"))
    clauses = [c.strip() for c in _CLAUSE_BREAK.split(phrase) if c.strip()]
    while len(clauses) > 1 and clauses[-1][:1].islower() and clauses[-1].split()[0] not in PRONOUNS:
        clauses.pop()  # "Zhang Lei, founder of Hillhouse Capital, said": the description is not the speaker
    phrase = clauses[-1] if clauses else ""
    phrase = _TRAILER.split(phrase)[0]
    phrase = _AUXILIARIES.sub("", phrase)
    words = phrase.split()
    if not words or len(words) > 9:
        return None
    if words[-1].lower() in PRONOUNS and len(words) <= 3:
        return pronoun.of(words[-1])
    described = _description(words, names)
    if described is not None:
        return described
    name, _ = split_role(" ".join(words[-6:]))
    if name:
        return names.resolve(name)
    if words[-1].lower() in ORG_NOUNS | {"agency", "service", "office", "spokesman", "spokeswoman", "spokesperson"}:
        capitals = re.findall(rf"{CAP_WORD}(?: {CAP_WORD})*", " ".join(words[:-1]))
        if capitals and capitals[-1].lower().endswith(("ian", "ese", "ish", "an")) and " " not in capitals[-1]:
            tail = " ".join(words[words.index(capitals[-1].split()[0]):])  # "the Russian foreign ministry"
            return tail.title() if tail.split()[-1].lower() in ORG_NOUNS else names.resolve(capitals[-1])
        if capitals:  # "the state-run KCNA news agency", "the Kremlin press service", "an Essex police spokesman"
            name = names.resolve(split_role(capitals[-1])[0] or capitals[-1])
            if len(words) > 1 and words[-2].lower() in ("police", "army", "ministry", "council") and \
                    words[-2].lower() not in name.lower():
                name = f"{name} {words[-2].title()}"
            return name
    return None


def _first_subject(candidates: list[str | None], names: _Names, pronoun: "_Referents") -> str | None:
    """The first candidate phrase that names a speaker (a named person wins over an empty description)."""
    found = None
    for phrase in candidates:
        if not phrase:
            continue
        who = _subject(phrase, names, pronoun)
        if who:
            return who
        if who == "" and found is None:
            found = who
    return found


def _ends_sentence(text: str, span: _Span) -> bool:
    """A quotation that ends its sentence ("... back in.") and is followed by a new capitalised sentence takes no
    cue from that sentence, unlike `"...," he said` or `"...?" asked the surfer`."""
    words = text[span.start:span.end].rstrip()
    after = text[span.close_at:span.close_at + 40].lstrip(" \"”")
    return words[-1:] in ".!…" and after[:1].isupper() and after.split(" ", 1)[0].lower() not in PRONOUNS


def _speaker_after(text: str, span: _Span, stop: int, names: _Names, pronoun: "_Referents") -> tuple[str | None, str]:
    after = text[span.close_at:stop]
    if _ends_sentence(text, span):
        match = _NAME_THEN_COMMA.match(after)  # only a signature: "...history." Xue Gang, a researcher
        person = _person(match["who"], names) if match else ""
        return (person, "") if person else (None, "")
    match = _CUE_AFTER_VERB_FIRST.match(after)
    if match:
        who = _first_subject([_TRAILER.split(match["who"])[0]], names, pronoun)
        if who is not None:
            return who, match["verb"]
    match = _CUE_AFTER_SUBJECT_FIRST.match(after)
    if match and match["verb"] == "quoted":  # "...," the press service quoted Deputy Prime Minister X
        name, _ = split_role(_TRAILER.split(after[match.end():].strip(" ,"))[0].split(",")[0])
        if name:
            return names.resolve(name), "quoted"
    if match:
        who = _first_subject([match["appos"], match["who"]], names, pronoun)
        if who is not None:
            return who, match["verb"]
    return None, ""


def _sentence_subject(clause: str, names: _Names, pronoun: "_Referents") -> str | None:
    """Who a clause is about: a leading pronoun, else its first name."""
    words = clause.split()
    if words and words[0].lower() in PRONOUNS:
        return pronoun.of(words[0])
    for match in _CAPITALISED_RUN.finditer(clause):
        name, _ = split_role(match.group())
        if name and name.lower() not in NOT_NAMES:
            return names.resolve(name)
    return None


def _speaker_before(text: str, begin: int, span: _Span, names: _Names, pronoun: "_Referents") -> tuple[str | None, str]:
    before = text[begin:span.open_at]
    participle = _PARTICIPLE.search(before)
    if participle and not _VERB.search(before, participle.end()):
        who = _sentence_subject(before[: participle.start()], names, pronoun)  # "X ..., saying "...""
        if who is not None:
            return who, participle["verb"]
    for match in reversed(list(_VERB.finditer(before))):
        if match["verb"].lower() == "according to":
            name, _ = split_role(_TRAILER.split(before[match.end():].strip(" ,"))[0])
            if name:
                return names.resolve(name), "according to"
            continue
        who = _subject(before[: match.start()], names, pronoun)
        if who is not None:
            return who, match["verb"]
    return None, ""


def _speaker_later(text: str, span: _Span, stop: int, names: _Names, pronoun: "_Referents") -> tuple[str | None, str]:
    if _ends_sentence(text, span):
        return None, ""
    after = text[span.close_at:stop]
    for match in re.finditer(rf",\s*(?P<who>[^,;:!?\"“”]{{1,60}}?)\s+(?P<verb>{VERBS})\b", after):
        who = _subject(match["who"], names, pronoun)
        if who is not None:
            return who, match["verb"]
    return None, ""


def _person(phrase: str, names: _Names) -> str:
    """The person a capitalised phrase names, or "" for bodies, acronyms, pronouns and lone unknown words."""
    name, _ = split_role(phrase)
    words = name.split()
    while words and not _PERSON_WORD.match(words[0]):
        words.pop(0)  # "NATO Alexander Grushko"
    if not words or words[-1].lower() in ORG_NOUNS | PLACE_NOUNS or not all(_PERSON_WORD.match(w) for w in words):
        return ""
    name = " ".join(words)
    resolved = names.resolve(name)
    return resolved if len(resolved.split()) >= 2 else ""


GENDER_OF = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


def _pronoun_target(text: str, begin: int, end: int, names: _Names, last_speaker: str, last_end: int,
                    gender: str | None = None) -> str:
    """Who "he" or "she" most likely is at `end`, looking back two sentences: the last speaker if they were quoted
    there, else the last person said to speak there, else the last person named there, else the last speaker.
    A person the article has shown to be of the other gender is passed over."""
    def fits(person: str) -> bool:
        return bool(person) and names.gender.get(person, gender) == gender

    window = _sentence_start(text, end, begin)
    for _ in range(PRONOUN_SENTENCES):
        window = _sentence_start(text, max(begin, window - 2), begin)
    if last_speaker and last_end >= window and (gender is None or names.gender.get(last_speaker, gender) == gender):
        return last_speaker
    segment = text[window:end]
    for match in reversed(list(_NAME_BEFORE_VERB.finditer(segment))):
        person = _person(match["who"], names)
        if fits(person) or (person and gender is None):
            return person
        affiliated = _NAME_FROM_BODY.search(segment, 0, match.end())  # "Vince Grey from Thames Valley Police said"
        if affiliated and _person(affiliated["who"], names):
            return _person(affiliated["who"], names)
    mentioned = [_person(m.group(), names) for m in reversed(list(_CAPITALISED_RUN.finditer(segment)))]
    for person in mentioned:  # someone the article has shown to be "he" (or "she") first
        if person and gender is not None and names.gender.get(person) == gender:
            return person
    for person in mentioned:
        if fits(person) or (person and gender is None):
            return person
    if gender is not None:  # further back, someone the article has shown to be "he" (or "she")
        wider = window
        for _ in range(GENDER_SENTENCES):
            wider = _sentence_start(text, max(begin, wider - 2), begin)
        for match in reversed(list(_CAPITALISED_RUN.finditer(text, wider, window))):
            person = _person(match.group(), names)
            if person and names.gender.get(person) == gender:
                return person
    return last_speaker


class _Referents:
    """Who a pronoun at one place in the text refers to, worked out only when a pronoun is met."""

    def __init__(self, text: str, begin: int, end: int, names: _Names, last_speaker: str, last_end: int) -> None:
        self._args = (text, begin, end, names, last_speaker, last_end)
        self._found: dict[str | None, str] = {}

    def of(self, pronoun: str) -> str:
        gender = GENDER_OF.get(pronoun.lower())
        if gender not in self._found:
            self._found[gender] = _pronoun_target(*self._args, gender=gender)
        return self._found[gender]


def extract_quotes(text: str, title: str = "") -> list[Quote]:
    """Quotations in `text` with their speakers; offsets refer to `text`. `title` helps resolve names."""
    original, text = text, marks_view(text)
    names = _Names(text, title)
    names.infer_genders(text)
    spans: list[_Span] = []
    paragraphs = _paragraphs(text)
    for number, (start, end) in enumerate(paragraphs):
        spans.extend(_trim(text, s) for s in _spans_in(text, start, end, number) if not _is_scare_quote(text, s))
    spans = [s for s in spans if s.end > s.start]
    quotes: list[Quote] = []
    last_speaker, last_end, previous = "", -1, None
    for index, span in enumerate(spans):
        para_start, para_end = paragraphs[span.paragraph]
        following = spans[index + 1] if index + 1 < len(spans) else None
        next_open = following.open_at if following and following.paragraph == span.paragraph else para_end
        sentence_start = _sentence_start(text, span.open_at, para_start)
        sentence_stop = min(_sentence_end(text, span.close_at, para_end), next_open)
        prev_in_para = previous is not None and previous[0].paragraph == span.paragraph
        before_from = max(sentence_start, previous[0].close_at) if prev_in_para else sentence_start
        opens_paragraph = span.open_at - para_start < 3
        if opens_paragraph and span.paragraph > 0 and text[:para_start].rstrip().endswith(":"):
            before_from = _sentence_start(text, paragraphs[span.paragraph - 1][1], paragraphs[span.paragraph - 1][0])
        pronoun = _Referents(text, para_start, span.open_at, names, last_speaker, last_end)
        speaker, cue = _speaker_after(text, span, sentence_stop, names, pronoun)
        if speaker is None:
            speaker, cue = _speaker_before(text, before_from, span, names, pronoun)
        if speaker is None:
            speaker, cue = _speaker_later(text, span, _sentence_end(text, span.close_at, para_end), names, pronoun)
        if speaker is None and prev_in_para:
            speaker, cue = previous[1].speaker, ""
        if speaker is None and opens_paragraph and previous is not None:
            speaker, cue = last_speaker, ""
        quote = Quote(speaker or "", original[span.start:span.end], span.start, span.end, True, cue.lower())
        quotes.append(quote)
        if quote.speaker:
            last_speaker, last_end = quote.speaker, span.close_at
        previous = (span, quote)
    quotes = _headline_speaker(quotes, title, names)
    reported = _reported_speech(text, original, paragraphs, names)
    return sorted(quotes + reported, key=lambda q: q.start)


def _reported_speech(text: str, original: str, paragraphs: list[tuple[int, int]], names: _Names) -> list[Quote]:
    """Indirect speech, as quotations with direct=False: sentences without quotation marks of the form
    "X said (on Tuesday) (that) ...", "X told reporters that ...", whose X names a person or body."""
    found: list[Quote] = []
    for para_start, para_end in paragraphs:
        starts = [para_start] + [m.end() for m in _SENTENCE_BREAK.finditer(text, para_start, para_end)]
        for begin, end in zip(starts, starts[1:] + [para_end]):
            sentence = text[begin:end]
            if _ANY_MARK.search(sentence):
                continue
            match = _REPORTED.match(sentence)
            if not match:
                continue
            pronoun = _Referents(text, para_start, begin, names, "", -1)
            speaker = _subject(match["who"], names, pronoun)
            if not speaker or (" " not in speaker and speaker not in names.surnames):
                continue  # "Analysts said ...", "Farmers warned ...": nobody in particular
            clause_start = begin + match.start("clause")
            clause_end = begin + len(sentence.rstrip().rstrip(".!?"))
            if clause_end > clause_start and len(text[clause_start:clause_end].split()) >= 4:
                found.append(Quote(speaker, original[clause_start:clause_end], clause_start, clause_end, False,
                                   match["verb"].split()[0].lower()))
    return found


def _headline_speaker(quotes: list[Quote], title: str, names: _Names) -> list[Quote]:
    """Collections of one person's words ("Most memorable lines from Trump's news conference") attribute none of
    their quotations; when none has a speaker, the one person the headline names in the possessive said them."""
    if not quotes or any(q.speaker for q in quotes):
        return quotes
    owners = {m.group(1) for m in _POSSESSIVE.finditer(title) if _PERSON_WORD.match(m.group(1).split()[-1])}
    if len(owners) != 1:
        return quotes
    owner = names.resolve(owners.pop())
    for quote in quotes:
        quote.speaker = owner
    return quotes
