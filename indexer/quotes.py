"""Quotation finding and speaker attribution by rules over the text: who said which quoted words.

1. Quoted spans come from `quotespans.py` (every mark style, export mojibake repaired, scare quotes dropped).
2. Names come from `names.py` (the people and bodies the article names, and how it names them).
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

import re

from search.model import Quote

from .names import (
    CAP_WORD, CAPITALISED_RUN, GENDER_OF, NOT_NAMES, ORG_NOUNS, PARTICLE, PERSON_WORD, PRONOUNS, UPPER,
    ArticleNames, person_named, split_role, without_party_tags,
)
from .quotespans import (
    SENTENCE_BREAK, Span, end_of_sentence, find_spans, is_scare_quote, marks_view, paragraph_spans, start_of_sentence,
    trim,
)

VERBS = (
    "said|says|say|told|tells|added|adds|warned|warns|insisted|insists|wrote|writes|tweeted|posted|acknowledged|"
    "stated|explained|explains|noted|notes|argued|argues|asked|asks|replied|responded|declared|announced|"
    "claimed|claims|stressed|emphasi[sz]ed|continued|recalled|admitted|conceded|complained|suggested|predicted|"
    "vowed|urged|called|commented|remarked|confirmed|denied|countered|observed|concluded|maintained|reiterated|"
    "testified|shouted|joked|quipped|pointed out|went on|promised|pledged|cautioned|boasted|demanded|estimated|"
    "recounted|wondered|criticised|criticized|described|dismissed|branded|condemned|praised|defended|reported|"
    "quoted|told reporters|mentioned|reads"
)
CONJUNCTIONS = {"but", "and", "while", "when", "as", "after", "before", "because", "although", "though", "so"}
UNNAMED_PEOPLE = {"official", "source", "officer", "aide", "diplomat", "insider", "person", "witness", "resident"}
PRONOUN_SENTENCES = 2  # how far back "he" and "she" look for their person
GENDER_SENTENCES = 4  # and further back for a person of the right gender
_NAME_BEFORE_VERB = re.compile(
    rf"(?P<who>(?:[a-z]+ ){{0,2}}{CAP_WORD}(?: (?:{PARTICLE} )?{CAP_WORD}){{0,3}})\s+(?:{VERBS})\b"
)
_PARTICIPLE = re.compile(
    r"(?:,|\bwhile|\bbefore|\bafter|\band)\s+(?P<verb>saying|adding|shouting|writing|noting|warning|insisting|"
    r"declaring|arguing|chanting|vowing|promising|calling|describing|claiming|explaining|telling \w+)\b"
)
_POSSESSIVE = re.compile(rf"(?<![\w-])(?:[{UPPER}]\w*ing )?({CAP_WORD}(?: {CAP_WORD})?)['’]s\b")
_SPOKESPERSON_FOR = re.compile(r"\bspokes(?:man|woman|person)\s+(?:for|of|at)\s+the\s+(?P<body>[a-z]+)\b", re.I)
_ANY_MARK = re.compile(r"[\"“”„«»]")
REPORTING_VERBS = (
    "said|says|added|adds|warned|warns|insisted|insists|argued|argues|claimed|claims|stressed|noted|explained|"
    "acknowledged|admitted|confirmed|announced|reported|reports|predicted|complained|concluded|revealed|maintained|"
    "estimated|estimates|suggested|deadpanned|alleged|wrote|tweeted|told|tells"
)
_AUXILIARY = (
    r"(?:(?:has|have|had|also|later|then|repeatedly|nevertheless|however|previously|earlier|reportedly|again|"
    r"recently|separately|publicly|already|once)\s+)*"
)
_ADJUNCT = (  # what may stand between a reporting verb and its clause: "said late on Sunday", "told TASS"
    r"(?:\s+(?:(?:on|late|early|last|this|next)\s+\w+(?:\s+\d\d?\b)?|earlier|later|yesterday|today|tonight|afterwards|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|"
    r"in\s+(?:a|an|its|his|her|their|the)\s+[\w-]+(?:\s+[\w-]+)?(?=\s+that\b)|in\s+a\s+statement|"
    r"to\s+(?:reporters|journalists|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)|"
    r"(?:throughout|during|in|at|on|to|for|after|before|over|since)\s+[^,]{1,60}?(?=\s+that\b)))*"
)
_TOLD = r"(?:told|tells)\s+(?:reporters|journalists|the\s+\w+|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)"
_NEEDS_THAT = {
    "claimed", "claims", "alleged", "reported", "reports", "estimated", "estimates", "revealed", "wrote", "tweeted",
}
"""Verbs that report speech only with "that" after them ("claimed that ...", not "claimed 230 lives")."""
_SUBJECT_FIRST = re.compile(  # "X said (on Tuesday) (that) ...", "X, the minister, told reporters ..."
    rf"^\s*(?P<who>[^;:()]{{2,120}}?)\s+{_AUXILIARY}(?P<verb>{_TOLD}|{REPORTING_VERBS})\b,?{_ADJUNCT}\s+"
    rf"(?P<that>that\s+)?(?P<clause>[^\s,;].*)$",
    re.S,
)
_TAIL = (  # what may follow the speaker when the clause comes first: "..., X said late on Sunday, citing Y.",
    # "..., X said Sunday, on the final day of a visit.", "..., X said addressing the forum, referring to 1943."
    r"(?:\s+(?!that\b)[^,]{1,60}?)?(?:,\s+[a-z][^,]*){0,2}"
)
_CLAUSE_FIRST = re.compile(  # "..., X said on Tuesday.", "..., said X, a researcher.", "..., according to X."
    rf"^(?P<clause>.+?),?\s+according\s+to\s+(?P<source>[^,]+?)(?:,\s+[a-z][^,]*){{0,2}}\s*[.!?]?\s*$"
    rf"|^(?P<clause2>.+?),\s+(?:(?P<verb_first>{REPORTING_VERBS})\s+(?P<who_after>[^,]+?)(?:,\s+[a-z][^,]*){{0,2}}"
    rf"|(?P<who>[^,]+?)\s+{_AUXILIARY}(?P<verb>{REPORTING_VERBS})\b{_TAIL})\s*[.!?]?\s*$",
    re.S,
)
_ACCORDING_FIRST = re.compile(r"^\s*According\s+to\s+(?P<source>[^,]{2,80}),\s+(?P<clause>\S.*)$", re.S)
_TAKES_OBJECTS = {"confirmed", "announced", "noted", "warned", "warns", "suggested", "acknowledged", "admitted"}
"""Verbs as often followed by an object ("confirmed the details") as by a clause: without "that", the words after
them must hold a verb."""
_FINITE_VERB = re.compile(  # in the first ten words: a clause ("the tunnel would open"), not an object ("the details")
    r"^(?:\S+\s+){0,9}?(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does|do|"
    r"\w+ed|\w+n['’\"]t)\b"
)
_SAYING = re.compile(r",\s+(?P<verb>saying|adding|arguing|insisting|warning|claiming)\s+(?:that\s+)?(?P<clause>[^\s,;].*)$", re.S)
_GROUP_PRONOUNS = {"they", "we", "i", "it", "you"}
_NAME_THEN_COMMA = re.compile(rf"^\s*(?P<who>{CAP_WORD}(?: {CAP_WORD}){{1,3}}),\s")
_NAME_FROM_BODY = re.compile(
    rf"(?P<who>{CAP_WORD}(?: {CAP_WORD}){{0,3}}),?\s+(?:from|of|at|with)\s+(?:the\s+)?{CAP_WORD}(?: {CAP_WORD}){{0,4}},?"
    rf"\s+(?:{VERBS})\b$"
)
_CUE_AFTER_VERB_FIRST = re.compile(rf"^[\s,]*(?P<verb>{VERBS})\s+(?P<who>[^,;:!?\"“”]{{1,80}})")
_CUE_AFTER_SUBJECT_FIRST = re.compile(
    rf"^[\s,]*(?P<who>[^,;:!?\"“”]{{1,80}}?)(?:,(?P<appos>[^,;:!?\"“”]{{1,120}}),)?\s+"
    rf"(?:also\s+|later\s+|then\s+)?(?P<verb>{VERBS})\b"
)
_AUXILIARIES = re.compile(
    r"(?:\s+(?:has|have|had|was|were|is|are|will|would|also|later|then|repeatedly|reportedly|again|once|"
    r"previously|earlier|has also|had also))+\s*$",
    re.I,
)
_TRAILER = re.compile(r"[.]?\s+(?:of the|from|with|at the|who|which|in a|in an|on|at|in|during|after|before|to)\s|\.$")
DOCUMENTS = {"statement", "document", "release", "letter", "post", "tweet", "communique"}
_ISSUED_BY = re.compile(r"^(?P<owner>.+?)['’]s (?:statement|press release|letter|report|communique)$")
_SIGNED = re.compile(rf"^(?:{CAP_WORD} ){{1,5}}(?:{VERBS})\b[^.!?\"“”]{{0,40}}[.!?]")
_INTRODUCING_VERB = re.compile(rf"(?<![\w-])(?:{VERBS})\b")  # not "so-called"
_RELATIVE_END = re.compile(r",?\s+who$")
_LAST_CONJUNCT = re.compile(  # a clause with its own verb, then the speaker: "The plane was held and PIA said"
    rf"^(?=.*\b(?:was|were|is|are|has|had|have|will|would)\b).*\s(?:and|but|while)\s+(?P<rest>{CAP_WORD}[^,]*)$"
)
_SAID = re.compile(r"\b(?:said|says|told)\b")
_PARENTHESES = re.compile(r"\s*\([^()]*\)")  # "the Syrian Observatory for Human Rights (SOHR)"
_TITLED_NAME = re.compile(  # capitalised titles joined by "to", "of", "and": "Permanent Representative to NATO X Y"
    rf"^(?:[\w’'-]+['’]s )?(?:{CAP_WORD} )+(?:(?:to|of|for|and|the) (?:{CAP_WORD} )+)+{CAP_WORD}$"
)
_VERB = re.compile(rf"\b(?P<verb>{VERBS}|[Aa]ccording to)\b")
_CLAUSE_BREAK = re.compile(r"[,;:(—–]\s*")
_DAY_PHRASE = re.compile(
    r"\s+(?:on|late|early|last|this|earlier|later)?\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|week|month|year|night|morning|afternoon|evening|today|yesterday)\s*$",
    re.I,
)


def _description(words: list[str], names: ArticleNames) -> str | None:
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
    if words[0].lower() in ("a", "an") and words[-1].strip(",.").lower() in UNNAMED_PEOPLE:
        return ""  # "an administration official", "a police source": someone the article does not name
    person = names.by_role(head)
    if person:
        return person
    if head in ORG_NOUNS:
        return names.body(head) or f"the {head}"
    body = _SPOKESPERSON_FOR.search(" ".join(words))
    if body:  # "a spokesperson for the school"
        return names.body(body["body"].lower()) or f"the {body['body'].lower()}"
    return ""


def _subject(phrase: str, names: ArticleNames, pronoun: "_Referents") -> str | None:
    """The speaker a subject phrase refers to; None when it names nobody (so attribution looks elsewhere)."""
    if _SAID.search(phrase):
        return None  # "X said he had assurances and": a clause, whose own verb has its own subject
    phrase = _DAY_PHRASE.sub("", _PARENTHESES.sub("", phrase).strip(" ,"))
    relative = _RELATIVE_END.search(phrase)
    if relative:  # "a test of the response from Mr Trump, who pledged": the name right before "who"
        phrase = phrase[: relative.start()]
        antecedent = list(CAPITALISED_RUN.finditer(phrase))
        if antecedent and antecedent[-1].end() == len(phrase):
            phrase = antecedent[-1].group()
    joined = _LAST_CONJUNCT.search(phrase)
    if joined and CAPITALISED_RUN.search(joined["rest"]):
        phrase = joined["rest"]  # "The plane was held and Pakistan International Airlines said"
    clauses = [c.strip() for c in _CLAUSE_BREAK.split(phrase) if c.strip()]
    if clauses and len(clauses[-1].split()) > 1 and clauses[-1].split()[0] in CONJUNCTIONS:
        clauses[-1] = clauses[-1].split(" ", 1)[1]  # "..., but Nunes acknowledged"
    while len(clauses) > 1 and clauses[-1].split()[0].lower() not in PRONOUNS and (
            (clauses[-1][:1].islower() and not _introduces_a_person(clauses[-1], names))
            or (not split_role(clauses[-1])[0] and person_named(clauses[-2], names))):
        clauses.pop()  # "Zhang Lei, founder of X, said", "Charles Swift, Ms Salman's lawyer, said"
    phrase = clauses[-1] if clauses else ""
    if _TITLED_NAME.match(phrase) and person_named(phrase, names):
        return person_named(phrase, names)  # "Ambassador to China Andrei Denisov": not cut at "to"
    phrase = _TRAILER.split(phrase)[0]
    phrase = _AUXILIARIES.sub("", phrase)
    owner = _ISSUED_BY.match(phrase)
    if owner:  # "the Russian Foreign Ministry's statement reads"
        phrase = owner["owner"]
    words = phrase.split()
    if not words or len(words) > 9:
        return None
    if len(words) == 2 and words[0].lower() == "the" and words[1].lower() in DOCUMENTS:
        return pronoun.of("it")  # "the statement said": whoever issued the statement just quoted
    if words[-1].lower() in PRONOUNS and (len(words) <= 3 or words[-2].lower() in CONJUNCTIONS):
        return pronoun.of(words[-1])  # "he", "But he", "... the KKK when he"
    described = _description(words, names)
    if described is not None:
        return described
    name, _ = split_role(" ".join(words[-6:]))
    if name:
        return names.resolve(name)
    if words[-1].lower() in ORG_NOUNS | {"agency", "service", "office", "spokesman", "spokeswoman", "spokesperson"}:
        capitals = re.findall(rf"{CAP_WORD}(?: {CAP_WORD})*", " ".join(w for w in words[:-1] if w.lower() != "the"))
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


def _introduces_a_person(clause: str, names: ArticleNames) -> bool:
    """ "junior Brexit minister David Jones" (role words, then a person), unlike "founder of Hillhouse Capital"."""
    _, role = split_role(clause)
    return bool(person_named(clause, names)) and role.split()[-1:] not in (["of"], ["for"], ["at"], ["from"],
                                                                             ["with"], ["to"], ["in"])


def _first_subject(candidates: list[str | None], names: ArticleNames, pronoun: "_Referents") -> str | None:
    """The first candidate phrase that names a speaker (a named person wins over an empty description)."""
    found = None
    for phrase in candidates:
        if not phrase or (len(candidates) > 1 and phrase.split()[0] in ("a", "an")):
            continue  # "Richard Burr, a North Carolina Republican, said": an indefinite description is no speaker
        who = _subject(phrase, names, pronoun)
        if who:
            return who
        if who == "" and found is None:
            found = who
    return found


def _ends_sentence(text: str, span: Span) -> bool:
    """A quotation that ends its sentence ("... back in.") and is followed by a new capitalised sentence takes no
    cue from that sentence, unlike `"...," he said` or `"...?" asked the surfer`."""
    words = text[span.start:span.end].rstrip()
    after = text[span.close_at:span.close_at + 80].lstrip(" \"”")
    if _SIGNED.match(after):
        return False  # `"...!" Minority Leader Nancy Pelosi tweeted.`
    return words[-1:] in ".!…" and after[:1].isupper() and after.split(" ", 1)[0].lower() not in PRONOUNS


def _speaker_after(text: str, span: Span, stop: int, names: ArticleNames, pronoun: "_Referents") -> tuple[str | None, str]:
    after = text[span.close_at:stop]
    if _ends_sentence(text, span):
        match = _NAME_THEN_COMMA.match(after)  # only a signature: "...history." Xue Gang, a researcher
        person = person_named(match["who"], names) if match else ""
        return (person, "") if person else (None, "")
    match = _CUE_AFTER_VERB_FIRST.match(after)
    if match:
        name, role = split_role(_PARENTHESES.sub("", match["who"]).strip())
        if name and role.lower() in ("", "the") and " of the " in name:  # "says the Committee for the Recovery of
            return names.resolve(name), match["verb"]                      # the Vaquita (CIRVA)"
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


def _sentence_subject(clause: str, names: ArticleNames, pronoun: "_Referents") -> str | None:
    """Who a clause is about: a leading pronoun, else its first name."""
    words = clause.split()
    if words and words[0].lower() in PRONOUNS:
        return pronoun.of(words[0])
    found = None
    for match in CAPITALISED_RUN.finditer(clause):
        name, _ = split_role(match.group())
        if name and name.lower() not in NOT_NAMES:
            person = person_named(match.group(), names)
            if person:
                return person  # "But Shadow chancellor John McDonnell": the person, not a capitalised word
            found = found or names.resolve(name)
    return found


def _speaker_before(text: str, begin: int, span: Span, names: ArticleNames, pronoun: "_Referents") -> tuple[str | None, str]:
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


def _speaker_later(text: str, span: Span, stop: int, names: ArticleNames, pronoun: "_Referents") -> tuple[str | None, str]:
    if _ends_sentence(text, span):
        return None, ""
    after = text[span.close_at:stop]
    for match in re.finditer(rf",\s*(?P<who>[^,;:!?\"“”]{{1,60}}?)\s+(?P<verb>{VERBS})\b", after):
        who = _subject(match["who"], names, pronoun)
        if who is not None:
            return who, match["verb"]
    return None, ""




def _pronoun_target(text: str, begin: int, end: int, names: ArticleNames, last_speaker: str, last_end: int,
                    gender: str | None = None) -> str:
    """Who "he" or "she" most likely is at `end`, looking back two sentences: the last speaker if they were quoted
    there, else the last person said to speak there, else the last person named there, else the last speaker.
    A person the article has shown to be of the other gender is passed over."""
    def fits(person: str) -> bool:
        return bool(person) and names.gender.get(person, gender) == gender

    window = start_of_sentence(text, end, begin)
    for _ in range(PRONOUN_SENTENCES):
        window = start_of_sentence(text, max(begin, window - 2), begin)
    if last_speaker and last_end >= window and (gender is None or names.gender.get(last_speaker, gender) == gender):
        return last_speaker
    segment = text[window:end]
    for match in reversed(list(_NAME_BEFORE_VERB.finditer(segment))):
        person = person_named(match["who"], names)
        if fits(person) or (person and gender is None):
            return person
        affiliated = _NAME_FROM_BODY.search(segment, 0, match.end())  # "Vince Grey from Thames Valley Police said"
        if affiliated and person_named(affiliated["who"], names):
            return person_named(affiliated["who"], names)
    mentioned = [person_named(m.group(), names) for m in reversed(list(CAPITALISED_RUN.finditer(segment)))]
    for person in mentioned:  # someone the article has shown to be "he" (or "she") first
        if person and gender is not None and names.gender.get(person) == gender:
            return person
    for person in mentioned:
        if fits(person) or (person and gender is None):
            return person
    if gender is not None:  # further back, someone the article has shown to be "he" (or "she")
        wider = window
        for _ in range(GENDER_SENTENCES):
            wider = start_of_sentence(text, max(begin, wider - 2), begin)
        for match in reversed(list(CAPITALISED_RUN.finditer(text, wider, window))):
            person = person_named(match.group(), names)
            if person and names.gender.get(person) == gender:
                return person
    return last_speaker


class _Referents:
    """Who a pronoun at one place in the text refers to, worked out only when a pronoun is met."""

    def __init__(self, text: str, begin: int, end: int, names: ArticleNames, last_speaker: str, last_end: int) -> None:
        self._args = (text, begin, end, names, last_speaker, last_end)
        self._found: dict[str | None, str] = {}

    def of(self, pronoun: str) -> str:
        gender = GENDER_OF.get(pronoun.lower())
        if gender not in self._found:
            self._found[gender] = _pronoun_target(*self._args, gender=gender)
        return self._found[gender]


def extract_quotes(text: str, title: str = "") -> list[Quote]:
    """Quotations in `text` with their speakers; offsets refer to `text`. `title` helps resolve names."""
    original, text = text, without_party_tags(marks_view(text))
    names = ArticleNames(text, title)
    names.infer_genders(text)
    spans: list[Span] = []
    paragraphs = paragraph_spans(text)
    for number, (start, end) in enumerate(paragraphs):
        spans.extend(trim(text, s) for s in find_spans(text, start, end, number) if _is_speech(text, s, start))
    spans = [s for s in spans if s.end > s.start]
    quotes: list[Quote] = []
    last_speaker, last_end, previous = "", -1, None
    for index, span in enumerate(spans):
        para_start, para_end = paragraphs[span.paragraph]
        following = spans[index + 1] if index + 1 < len(spans) else None
        next_open = following.open_at if following and following.paragraph == span.paragraph else para_end
        sentence_start = start_of_sentence(text, span.open_at, para_start)
        sentence_stop = min(end_of_sentence(text, span.close_at, para_end), next_open)
        prev_in_para = previous is not None and previous[0].paragraph == span.paragraph
        before_from = max(sentence_start, previous[0].close_at) if prev_in_para else sentence_start
        opens_paragraph = span.open_at - para_start < 3
        if opens_paragraph and span.paragraph > 0 and text[:para_start].rstrip().endswith(":"):
            before_from = start_of_sentence(text, paragraphs[span.paragraph - 1][1], paragraphs[span.paragraph - 1][0])
        pronoun = _Referents(text, para_start, span.open_at, names, last_speaker, last_end)
        speaker, cue = _speaker_after(text, span, sentence_stop, names, pronoun)
        if speaker is None:
            speaker, cue = _speaker_before(text, before_from, span, names, pronoun)
        if speaker is None:
            speaker, cue = _speaker_later(text, span, end_of_sentence(text, span.close_at, para_end), names, pronoun)
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
    reported = _reported_speech(text, original, paragraphs, names, quotes)
    return sorted(quotes + reported, key=lambda q: q.start)


def _is_speech(text: str, span: Span, para_start: int) -> bool:
    """Whether quoted words are someone's words: not a title or name in marks ("Last Week Tonight", "Nazi"), and
    not a scare quote (`"forcing" Russia into peace`), unless a reporting verb introduces two words or more
    (`Sessions said he "strongly urges" cities`)."""
    inner = text[span.start:span.end].rstrip()
    words = inner.strip(" .,;:!?").split()
    if inner[-1:] not in ",!?" and words and len(words) <= 6 and all(w[:1].isupper() or len(w) <= 3 for w in words):
        return False
    if not is_scare_quote(text, span):
        return True
    return len(words) > 1 and _INTRODUCING_VERB.search(text, start_of_sentence(text, span.open_at, para_start), span.open_at) is not None


def _reported_speech(text: str, original: str, paragraphs: list[tuple[int, int]], names: ArticleNames,
                     quoted: list[Quote]) -> list[Quote]:
    """Indirect speech, as quotations with direct=False: sentences without quotation marks of the form
    "X said (on Tuesday) (that) ...", "..., X said.", "..., according to X." or "According to X, ...", whose X is a
    named person or body ("Analysts said ..." and "Police said ..." name nobody in particular)."""
    found: list[Quote] = []
    for para_start, para_end in paragraphs:
        starts = [para_start] + [m.end() for m in SENTENCE_BREAK.finditer(text, para_start, para_end)]
        for begin, end in zip(starts, starts[1:] + [para_end]):
            sentence = text[begin:end]
            if _ANY_MARK.search(sentence):
                continue
            last = next((q for q in reversed(quoted) if q.speaker and q.end <= begin), None)
            pronoun = _Referents(text, para_start, begin, names, last.speaker if last else "", last.end if last else -1)
            reported = _reported(sentence, text, names, pronoun)
            if reported is None:
                continue
            speaker, cue, clause_start, clause_end = reported
            clause_start, clause_end = begin + clause_start, begin + clause_end
            found.append(Quote(speaker, original[clause_start:clause_end], clause_start, clause_end, False, cue))
    return found


def _reported(sentence: str, text: str, names: ArticleNames, pronoun: "_Referents") -> tuple[str, str, int, int] | None:
    """(speaker, cue, clause start, clause end) of one sentence of reported speech, or None."""
    body_end = len(sentence.rstrip().rstrip(".!?"))
    candidates = []
    match = _SUBJECT_FIRST.match(sentence)
    if match and (match["that"] or (match["verb"] not in _NEEDS_THAT and (
            match["verb"] not in _TAKES_OBJECTS or _FINITE_VERB.search(match["clause"])))):
        candidates.append((match["who"], match["verb"].split()[0], match.start("clause"), body_end))
    match = _ACCORDING_FIRST.match(sentence)
    if match:
        candidates.append((match["source"], "according to", match.start("clause"), body_end))
    match = _SAYING.search(sentence)
    if match:  # "President Jacob Zuma called for calm, saying that migrants ..."
        subject = CAPITALISED_RUN.match(sentence.lstrip())
        if subject:
            candidates.append((subject.group(), match["verb"], match.start("clause"), body_end))
    match = _CLAUSE_FIRST.match(sentence)
    if match:
        who = match["source"] or match["who_after"] or match["who"]
        cue = "according to" if match["source"] else match["verb_first"] or match["verb"]
        clause_first = (who, cue, 0, match.end("clause") if match["source"] else match.end("clause2"))
        # "The talks will resume, Lena Varga said Sunday, on the last day": the words before her name are the clause
        leading = candidates[0][0].split(",")[0] if candidates else ""
        tail = sentence[match.end("verb"):] if match["verb"] else ""
        first = len(leading.split()) >= 5 and not _FINITE_VERB.search(tail.strip(" ,"))
        candidates.insert(0 if first else len(candidates), clause_first)
    for who, cue, start, end in candidates:
        while start < end and sentence[start].isspace():
            start += 1
        speaker = _reported_speaker(who, text, names, pronoun)
        if speaker and len(sentence[start:end].split()) >= 4:
            return speaker, cue.lower(), start, end
    return None


def _reported_speaker(phrase: str, text: str, names: ArticleNames, pronoun: "_Referents") -> str:
    """The named person or body a reporting phrase names, or "" for groups ("they", "officials", "Police")."""
    words = phrase.split()
    if not words or words[-1].lower() in _GROUP_PRONOUNS | {"that", "which", "who"}:
        return ""  # "they", or "attacks that have claimed 230 lives"
    speaker = _subject(phrase, names, pronoun) or ""
    if words[-1].lower() in PRONOUNS or speaker in names.full:
        return speaker if len(speaker.split()) >= 2 else ""
    capitals = [w for w in speaker.split() if w[:1].isupper()]
    if not capitals or not all(_named_as_such(word, text) for word in capitals):
        return ""
    return speaker if " " in speaker or speaker in names.surnames or len(speaker) > 1 else ""


def _named_as_such(word: str, text: str) -> bool:
    """Whether the text capitalises this word where capitals are not owed to a sentence start (a name, not
    "Authorities said"), or it is an acronym."""
    if word.isupper() or any(c.isupper() for c in word[1:]):
        return True
    return re.search(rf"(?<=[\w,] ){re.escape(word)}\b", text) is not None


def _headline_speaker(quotes: list[Quote], title: str, names: ArticleNames) -> list[Quote]:
    """Collections of one person's words ("Most memorable lines from Trump's news conference") attribute none of
    their quotations; when none has a speaker, the one person the headline names in the possessive said them."""
    if not quotes or any(q.speaker for q in quotes):
        return quotes
    owners = {m.group(1) for m in _POSSESSIVE.finditer(title) if PERSON_WORD.match(m.group(1).split()[-1])}
    if len(owners) != 1:
        return quotes
    owner = names.resolve(owners.pop())
    for quote in quotes:
        quote.speaker = owner
    return quotes
