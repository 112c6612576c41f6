"""Where the quotations and sentences of a text are: quoted spans in every common mark style, found in a
same-length view of the text with export mojibake repaired, so that offsets still point into the original.

An unclosed mark runs to the paragraph's end (how multi-paragraph quotations are written), and a straight mark's
neighbours tell an opening one from a closing one, so a stray mark does not flip the rest of the text. Scare quotes
(a word or two in marks that run on into the sentence) are told apart from quotations.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

_PAIRS = {"“": "”", "„": "“”", "«": "»", "‹": "›", '"': '"', "``": "''", "‘": "’"}
_MARKS = re.compile(r"``|''|[“”„«»‹›\"‘’]")
_GLUED_HYPHEN = re.compile(  # each alternative looks back from the hyphen, which the regex engine can skip to
    r"-(?:(?<=\b(?:said|says|told)-)(?=[a-z\d])|(?<=\b(?:said|says|told|Prof|with|from|When)-)(?=[A-Z])"
    r"|(?:(?<=\b(?:added|noted)-)|(?<=\b(?:warned|stated|argued)-)|(?<=\bclaimed-)|(?<=\b(?:insisted|reported)-)"
    r"|(?<=\b(?:confirmed|announced)-))(?=[A-Za-z])(?!value\b)"  # "stated-that", "announced-it" (not "added-value")
    r"|(?<=\b(?:Mrs|Sgt|Gen|the|The|and|for|But|And|Yet|Its|its)-)(?=[A-Z])"
    r"|(?<=\w-)(?=\((?:[RDI]|Rep|Dem)-)|(?<=,-)(?=-[a-z])|(?<=,--)(?=[a-z])"
    r"|(?:(?<=[A-Za-z]{2}-)(?<!\bco-)(?<!\bill-)|(?<=\)-))"
    r"(?=(?:said|says|told|warned|wrote|stated|welcomed|explained)\b)"  # "Paul
    # Bell-said", "the Health Service Executive-welcomed"
    r"|(?<=\b(?:by|as|to|of|Mr|Ms|Dr|at|in|on|So|Or|As|If)-)(?=[A-Z])"
    r"|(?<=[A-Za-z,]-)(?=(?:as|by|and|was|is|has|had|were|who|in|on|at|for|with|to|of|he|she|they) )"
    r"|(?<=[a-z]-)(?=(?:TD|MP|MEP|MSP|MLA) [A-Z])|(?<=\w['’]s-)(?=[A-Za-z])|(?<=,-)(?=call(?:ed|ing)\b)"
    r"|(?<=[A-Za-z,]-)(?=(?:said|says|told|added|quipped|joked|wrote|tweeted|noted|argued|insisted|warned|stressed|"
    r"explained|replied|declared|announced|urged|claimed|complained|described|referred|praised|criticised|"
    r"criticized|slammed|dismissed|denied|confirmed|admitted|acknowledged|responded|suggested|continued|accused|"
    r"vowed|repeated|threatened|spoke|speaks|explains|adds|notes|argues|insists|warns|writes|recalls|continues)\b)"
    r"|(?<=[A-Za-z]-)(?=(?:predicted|predicts|estimated|estimates|reported|reports)(?: that\b|[.,]))"  # "a report
    # by Deloitte-predicted.", not "under-reported"
    r"|(?<=[a-z][.!?]-)(?=\s*[A-Z])|(?<=[,\"”]-)(?=[A-Z])|(?<=\b[A-Z]{2}-)(?= [a-z])|(?<=\b[A-Z]{3}-)(?= [a-z])"
    r"|(?<=[,!?]\"-)(?=(?:he|she|they|said|says|told|added|adds|wrote)\b)"  # `no option,"-he said`, `gold,"-said-X`
    r"|(?<=[a-z]-)(?=[a-z]{3,}ly [a-z]+(?:ed|s)\b)"  # "Faye Dunaway-mistakenly declared"
    r"|(?<=[A-Za-z]-)(?<!\b[Ss]o-)(?=(?:meanwhile|earlier|later|also|called) )"  # "Davis-earlier said"
    r"|(?<=[A-Za-z] -)(?=(?:said|says|told|added)\b)"  # "Stephane Dujarric -said"
    r"|(?<=[a-z]{2}-)(?<!\bvice-)(?<!\bdeputy-)(?<!\bco-)(?<!\bex-)"  # "Fianna Fáil-spokesperson on public
    r"(?=(?:spokesperson|spokesman|spokeswoman|leader|minister)\b))"  # expenditure"
)
_BRACKETED_FIRST_NAME = re.compile(  # within a sentence, not a heading's "[Pew] Divides by partisanship"
    r"(?<=[\w,] )\[(?P<first>[A-Z][a-z]+)\] (?P<last>[A-Z][a-z][\w'’-]*)")
_TWEET_SIGNATURE = re.compile(  # an embedded tweet's "-- Donald J. Trump (@realDonaldTrump) February 7, 2017"
    r"(?:(?:--|[—–]) ?[^()\n]{1,40}? )?\(@\w+\) [A-Z][a-z]{2,8} \d{1,2}, \d{4}(?= [\"“]?[A-Z])"
)
_SHARE_BAR = re.compile(  # DW's share buttons and permalink, left in the text between paragraphs
    r"Send Facebook Twitter Google\+ Whatsapp Tumblr linkedin stumble Digg reddit Newsvine Permalink https?://\S+"
)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_LOST_BROADCASTER = re.compile(r"\bRT\?(?=['’]s\b|\s+(?:News|Radio|One|Two|Morning|Today|Six|Nine|Prime)\b)")  # "RTÉ"
_PRINT_EDITION = re.compile(r"\((?:[A-Z][\w.]*\s+){1,5}\d{1,2}/\d{1,2}/\d{4}\s+page\s*\d+\)")  # "(China Daily European
# Weekly 02/24/2017 page32)", where a printed article appeared
_PHOTO_CREDIT = re.compile(  # "Alipay is available at a hotel. Cecily Liu / China Daily  This ...": a picture's credit
    r"\b[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,2} / (?:For )?[A-Z][\w.]*"
    r"(?: (?!(?:He|She|It|They|We|The|A|An|In|On|At|But|And)\b)[A-Z][\w.]*){0,2}(?=\s)")  # (not "He suggested")
_GALLERY_BYLINE = re.compile(r"\bAuthor: [A-Z]\S* [A-Z]\S*")  # DW's byline under a picture gallery ("Author: Rachel
# Stewart 'Scared of migrants' Turkish President ..."), glued to the next heading and sentence
_BYLINE = re.compile(  # a section's byline glued between its heading and its first sentence ("Reality Check: ... By
    # Jon Ostrower Trump kicked off", "By Ashley Killough and Jeremy Diamond, CNN "The murder rate ...")
    r"(?<=[a-z0-9.?!] )By [A-Z][a-z]+ [A-Z][\w'’-]+(?: and [A-Z][a-z]+ [A-Z][\w'’-]+)?"
    r"(?:, (?:CNN\w*|AP|AFP|Reuters))?(?= [A-Z\"“])")
_TITLE_HYPHEN = re.compile(
    r"\b(Minister|President|Secretary|Chancellor|Senator|Governor|Mayor|Director|Commissioner|Ambassador|Leader|"
    r"Chairman|Chairwoman|Chair|Spokesman|Spokeswoman|Spokesperson|Premier|Envoy|Chief|Judge|Professor|Councillor|"
    r"CEO|TD|MEP)-(?=[A-Z])"
)
_LINK_BEFORE_CAPITAL = re.compile(r"(?:https?://|pic\.twitter\.com/)\S+\s+(?=[A-Z])")
_TEASER_DATE = re.compile(r"\(\d\d\.\d\d\.\d{4}\)(?=\s+[A-Z])")  # "... the auto industry. (13.12.2016) Intel
# said": the date that ends DW's teaser for a related article
_MEDIA_NOTICE = re.compile(  # "Media playback is not supported on this device Cook resigned": a video player's notice
    r"Media playback is (?:not supported|unsupported) on (?:this|your) device(?=\s+[A-Z])"
)
_LOWER_THEN_CAPITAL = re.compile(r"(?<![\w?\ufffd-])([a-z]{3,})-(?=[A-Z][a-z])")  # "expects-Comey", "leader-Kim Jong"
HYPHEN_PREFIXES = {  # lower-case words a hyphen really joins to a name: "anti-Trump", "then-President Obama"
    "anti", "pro", "mid", "post", "then", "non", "intra", "inter", "pan", "trans", "pre", "sub", "neo", "majority",
    "minority", "half", "cross", "self", "multi", "semi", "ultra", "counter", "all", "wal", "mainly", "predominantly",
}
_BODY_HYPHEN = re.compile(  # "Deputy Assistant Commissioner of the Metropolitan Police-Neil Basu (above) told"
    r"\b(Police|Ministry|Department|Office|Council|Commission|Committee|Agency|Party|Foundation|Institute)"
    r"-(?=[A-Z][a-z]+ [A-Z][a-z])")
_PORTFOLIO_HYPHEN = re.compile(  # "Minister for Foreign Affairs-Charlie Flanagan"
    r"\b((?:Minister|Secretary) (?:for|of) (?:the )?(?:[A-Z][\w']+ (?:and |& )?){0,3}[A-Z][\w']+)-(?=[A-Z][a-z])"
)
_GLUED_NAME = re.compile(  # "Sergey-Rudskoi"; not "Israeli-Palestinian", "Abu-Bakar" or "Ex-England"
    r"\b(?!(?:Abu|Al|El|Ben|Bin|Ibn|Ex|Anti|Pro|Non)-)([A-Z][a-z]+)(?<!an|se|sh|li|ni|di|ri|ch|ss)-([A-Z][a-z]{2,})\b"
)
_QUOTE_BETWEEN_LETTERS = re.compile(r'"(?<=[^\W\d_]")(?=[^\W\d_])|"(?<=\d")(?=s\b)')  # "don"t", "G20"s"
_MANGLED_CLOSING = re.compile(  # `sorry,'"?Rep. Hurd`, `in common perhaps"? Mr Trump said`
    r'"(?<=[.,!?;:]")\?|"(?<=[.,!?;:][\'’]")\?|"(?<=[a-z]")\?(?=\s)'
)
_CONTRACTION_END = r"(?:t|s|ll|re|ve|d|m)\b"  # "don't", "we'll"
_MANGLED_DASH = re.compile(  # `Hyperloop "\ufffd\xa0has launched`, `right track"\ufffdparticularly when`: a dash
    rf'(?<= )"\ufffd(?=\s)|(?<=[a-z])"\ufffd(?=[a-z])(?!{_CONTRACTION_END})'
)
_MANGLED_IRISH_NAME = re.compile(r"\b(?P<o>[OD])\"\ufffd(?P<rest>[A-Z][a-z]+)")  # `O"\ufffdNeill`: O'Neill
_MANGLED_CONTRACTION = re.compile(rf'(?<=[a-z])"\ufffd(?={_CONTRACTION_END})')  # `don"\ufffdt`, `we"\ufffdll`
_MANGLED_BETWEEN_LETTERS = re.compile(  # `"Bridgegate"?scandal`, `countries"?leaders`, `ABC News"?Brian Ross`
    r'"(?<=[a-z]")\?(?=[a-z])|"(?<=s")\?(?=[A-Z])'
)
_LINK_IN_PARENTHESES = re.compile(r" \( https?://\S+ \)")  # an agency's link to its source
_TITLE_IN_MARKS = re.compile(r"(?:(?<=\btitled )|(?<=\bentitled ))[\"“][^\"“”]{1,150}[\"”]")  # a work's title
_TITLE_WORD = r"(?:[A-Z0-9][\w'.!?-]*|of|the|and|with|a|in|on|for|to)"
_PROGRAMME_HINT = re.compile(r"(?:\bon|\btold|\w's) [\"“]")  # (a cheap look first: most sentences have none)
_PROGRAMME_IN_MARKS = re.compile(  # a broadcast's title: `said on CNN's "The Situation Room" that`, `told "GMA" she`
    rf"(?:(?<=\bon )|(?<=\btold )|(?<=\w's ))[\"“][A-Z0-9][\w'.!?-]*(?: {_TITLE_WORD}){{0,7}}[\"”](?=[ ,])")
_NAMED_TERM = re.compile(  # a name given in marks: `two sites called "transit zones"`, `a festival dubbed "..."`
    r"(?P<before>(?:[\w'’]+ ){0,3})(?<![\w'’-])(?P<noun>[a-z]+) (?:called|dubbed|named) "
    r"(?P<term>[\"“][^\"“”]{1,60}[\"”])"
)
_CALLED_BEFORE = re.compile(r"(?:called|dubbed|named) $")
_NOT_NOUNS = {"what", "that", "which", "who", "also", "has", "have", "had", "was", "were", "he", "she", "it", "they",
              "we", "and", "i", "you", "once", "then", "publicly", "repeatedly"}  # `what he called "..."`: his words


def named_term_at(text: str, open_at: int) -> bool:
    """Whether the marks opening at `open_at` name something after "a noun called" (`two sites called "transit
    zones"`), rather than quote someone (`what he called "..."`)."""
    if not _CALLED_BEFORE.search(text, max(0, open_at - 8), open_at):
        return False
    return any(match.start("term") == open_at and _names_a_term(match)
               for match in _NAMED_TERM.finditer(text, max(0, open_at - 50), open_at + 64))


def _names_a_term(match: re.Match) -> bool:
    """Whether "X called" is a noun and its participle, not a subject and its verb (`which the agency called`)."""
    return match["noun"] not in _NOT_NOUNS and not _NOT_NOUNS & set(match["before"].lower().split())


def _blank_term(match: re.Match) -> str:
    """The words of a `_NAMED_TERM` match with the term in marks blanked, if it names something."""
    if not _names_a_term(match):
        return match.group()
    return match.group()[:match.start("term") - match.start()] + " " * len(match["term"])


SHORT_QUOTE = 60  # how far back the opening mark of a scare quote or a partial quotation may be
_SHORT_TITLE = 30  # ... and of a title in marks
_TITLE_OPENING = re.compile(r'(?:^|(?<=[ (-]))"(?=\w)')
_EMBEDDED_CUE = re.compile(
    r",\s+(?:the |a |an )?[\w .'’-]{1,60}?\s+(?:said|says|added|wrote|tweeted|noted|explained|stressed|told [A-Z]\w*)"
    r"\.\s*$"
)
SENTENCE_BREAK = re.compile(  # not after an initial or a title's abbreviation: "J. Smith", "Sen. Ben Sasse" (but
    # after a unit: "a target of 2 C. The"); also `ignored."When`, where the export lost the space
    # (the punctuation comes first so that the regex engine can skip to it)
    r"[.!?…](?<!(?<!\d )\b[A-Z].)(?<!\b(?:Mr|Ms|Dr|St|Lt|Jr|Sr|Mt).)"
    r"(?<!\b(?:Mrs|Sen|Rep|Gov|Gen|Col|Sgt|Det|Rev|Maj|Adm).)(?<!\bGovs.)"
    r"(?<!\b(?:Capt|Supt|Insp|Prof|Sept).)(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Ave|Inc|Ltd).)"
    r"(?!(?<=[ap]\.m\.)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[ECMP][SD]?T|GMT|UTC)\b)[.!?…]*"  # "12 p.m.
    # Tuesday, according to X", "at 5 p.m. ET"
    # and `said.- "...` or `said.---- The`, dashes glued on, and `sources. - - - The` or `disease. - But`, dashes
    # between paragraphs:
    r"(?:[\"”’»)\]]?\s+(?=[\"'“„«‘A-Z0-9]|\([\"“A-Z])|[\"”](?=[A-Z][a-z])|[\"”)]?-+\s*(?=[\"“A-Z])"
    r"|\)?\s+(?:-+\s+)+(?=[\"“A-Z])"  # (and `Condoms.)- In fact`, `she said. -- Zakharova`)
    r"|\s+(?=[a-z]{1,4}(?:,\s?[a-z]{1,4})*/[a-z]{1,4}\b))"  # and the editors' initials, "jr/gsw-(Reuters, AFP)"
    r"| (?<=[a-z] )(?=(?:A|An|The) [a-z]|(?:But|And|Yet) [A-Z][a-z])"  # a heading glued to its next sentence: "VX
    # nerve agent A joint statement", "Germany's Merkel targeted But Le Pen spent"
    r"|\.(?<=\b(?:Inc|Ltd)\.)\s+(?=[A-Z][\w'-]+ [A-Z][\w'-]+, |(?:He|She|It|They|We|The|This|Its|His|Her) )"  # "...
    # (Group) Ltd. Bao Zhangjing, director of", "... Holding Ltd. He says", though "Holding Ltd. Chairman Jack Ma"
    # goes on
)


@dataclass
class Span:
    start: int  # offsets of the quoted words in the text
    end: int
    open_at: int  # offset of the opening mark
    close_at: int  # offset just past the closing mark (the paragraph end when unclosed)
    paragraph: int
    closed: bool


def paragraph_spans(text: str) -> list[tuple[int, int]]:
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
    """Spaces where this archive's exports put a hyphen for a non-breaking space ("said-Mariano", "said-the",
    "Herald-as", "Paris.- Police", "President-Jean-Claude Juncker", "Minister for Finance-Michael Noonan",
    "Mohammed VI-announced", "Sergey-Rudskoi" where the text also writes "Rudskoi" alone), and a full stop for the
    signature of an embedded tweet ("-- Donald J. Trump (@realDonaldTrump) February 7, 2017 Mr Trump said"), for
    a share bar ("Send Facebook Twitter ... Permalink http://dw.com/p/2XVeC"), for a gallery's byline, for an
    author's e-mail address, for a printed edition's signature ("(China Daily European Weekly 02/24/2017
    page32)"), for a section's byline ("... By Jon Ostrower Trump kicked off"), for the date ending a related
    article's teaser, for a video player's notice and for a picture's credit ("Cecily Liu / China Daily"); a space for
    the dash between a body and a name ("the Metropolitan Police-Neil Basu"); and a first name an editor put in
    brackets moved into the name ("Foreign Minister [Sigmar] Gabriel said" reads "Minister   Sigmar Gabriel said")."""
    for needle, pattern, replacement in _FURNITURE:
        if needle in text:  # (a cheap test first: most texts have none of it)
            text = pattern.sub(replacement, text)
    text = _PORTFOLIO_HYPHEN.sub(r"\1 ", _TITLE_HYPHEN.sub(r"\1 ", _GLUED_HYPHEN.sub(" ", text)))
    if "[" in text:
        text = _BRACKETED_FIRST_NAME.sub(lambda m: f"  {m['first']} {m['last']}", text)
    text = _BODY_HYPHEN.sub(r"\1 ", text)
    text = _LOWER_THEN_CAPITAL.sub(lambda m: m.group() if m[1] in HYPHEN_PREFIXES else f"{m[1]} ", text)
    return _GLUED_NAME.sub(lambda m: f"{m[1]} {m[2]}" if _first_and_surname(text, m[1], m[2]) else m.group(), text)


def _full_stop(match: re.Match) -> str:
    """A full stop in place of page furniture (a share bar, a tweet's signature), padded to its length."""
    return "." + " " * (len(match.group()) - 1)


def _sentence_gap(match: re.Match) -> str:
    """Spaces in place of furniture between a sentence's end and a capital ("... industry. (13.12.2016) Intel"), so
    that the sentence before keeps its own end; else a full stop."""
    ended = match.string[max(0, match.start() - 3):match.start()].rstrip()[-1:] in tuple('.!?"”')
    return " " * len(match.group()) if ended else _full_stop(match)


_FURNITURE = (  # (a string the furniture holds, its pattern, what takes its place), in the order they are applied
    ("(@", _TWEET_SIGNATURE, _full_stop),
    ("Permalink", _SHARE_BAR, _full_stop),
    ("Author: ", _GALLERY_BYLINE, _full_stop),
    (" By ", _BYLINE, _full_stop),
    ("@", _EMAIL, _full_stop),  # `," says Mitter. andrewmoody@chinadaily.com.cn (China Daily ...)`
    (" page", _PRINT_EDITION, _full_stop),
    (".20", _TEASER_DATE, _sentence_gap),
    (" / ", _PHOTO_CREDIT, _sentence_gap),
    ("Media playback", _MEDIA_NOTICE, _sentence_gap),
    ("RT?", _LOST_BROADCASTER, "RTE"),  # "told RT? News that", no question
)


def _first_and_surname(text: str, first: str, surname: str) -> bool:
    """Whether "First-Surname" is a glued name: the text names the surname alone as a person ("Rudskoi said",
    "according to Rudskoi", "Gere has"), and never the first part alone (as it would "China" in "China-Japan")."""
    acts = [m for m in surname_alone(text, surname)
            if not _word_before(text, m.start()).startswith(first[:2])]  # but "Abul Gheit said" is no sign that
    # "Aboul-Gheit" was glued
    return bool(acts) and re.search(rf"(?<![\w-]){first}\b(?!-)", text) is None


def surname_alone(text: str, surname: str) -> list[re.Match]:
    """Where the text uses a surname alone for a person: "Mr Rudskoi", "Rudskoi said", "according to Rudskoi",
    "Kaczynski, a politician", "Gause, a Gulf expert"."""
    name = re.escape(surname)
    return list(re.finditer(
        rf"\b(?:Mr|Ms|Mrs|Dr)\.? {name}\b|(?<![\w-]){name},? (?:said|says|told|added|noted|stressed|explained|"
        rf"warned|wrote|has|had|is|was|met)\b|\b[Aa]ccording to {name}\b|(?<![\w-]){name}, an? \w", text))


def _word_before(text: str, at: int) -> str:
    """The word just before `at`, or "" at the start."""
    words = text[max(0, at - 30):at].split()
    return words[-1] if words else ""


def _closing_or_apostrophe(view: str, at: int) -> str:
    """What a mangled `"?` between letters was: the closing mark of a short quotation opened just before
    (`the 2013 "Bridgegate"?scandal`), else an apostrophe (`the Normandy format countries"?leaders`). Before a
    capital, a plural's apostrophe (`ABC News"?Brian Ross`) is likelier, unless a title opened very near
    (`"This Is Us"?Season 1`)."""
    if view[at + 2:at + 3].isupper():
        return '" ' if _TITLE_OPENING.search(view, max(0, at - _SHORT_TITLE), at) else "' "
    opening = view.rfind('"', max(0, at - SHORT_QUOTE), at)
    return '" ' if opening >= 0 and view[opening - 1:opening] in ("", " ", "(", "-") else "' "


def marks_view(text: str) -> str:
    """`text` with the same length and offsets, mojibake around quote marks repaired for finding quotations:
    a double quote between letters is an apostrophe ("don"t"); `"?` (a mangled curly quote or dash) closes a
    quotation after punctuation or before a space, closes a short one or is an apostrophe between letters, and is a
    dash elsewhere (after a hyphen, a dash between spaces: "Ashley Graham-"?arguably"); `"\ufffd` opens one, but
    for an editor's mangled ellipsis, `["\ufffd]`, a dash between spaces or letters and an apostrophe before a
    contraction's ending ("don't") or in an Irish name ("O'Neill", with a space after it for the lost character)."""
    if '"' not in text:
        return _glue_fix(text)
    view = _QUOTE_BETWEEN_LETTERS.sub("'", text)
    view = _MANGLED_CLOSING.sub('" ', view)
    view = _MANGLED_BETWEEN_LETTERS.sub(lambda m: _closing_or_apostrophe(view, m.start()), view)
    if '"\ufffd' in view:
        view = _MANGLED_IRISH_NAME.sub(lambda m: f"{m['o']}'{m['rest']} ", view)  # (a space for the lost character)
        view = _MANGLED_CONTRACTION.sub("' ", _MANGLED_DASH.sub("--", view))
    view = view.replace('-"?', " - ").replace('"?', "--").replace('["\ufffd]', "[..]").replace('"\ufffd', '" ')
    return _glue_fix(view)


def without_titles(text: str) -> str:
    """`text` with the same length, a work's title in marks blanked ("an op-ed titled "Why X Will Not Work," Wisor
    argued", `told NBC's "Meet the Press" that`), so that a sentence naming a title still reads as one without
    quotation marks; and a link in parentheses, so that it reads as one without it."""
    if "( http" in text:
        text = _LINK_IN_PARENTHESES.sub(lambda m: " " * len(m.group()), text)  # "The New York Post reports (
        # http://nyp.st/2mzQyYo ) that ..."
    if '"' not in text and "“" not in text:
        return text
    blank = _TITLE_IN_MARKS.sub(lambda m: " " * len(m.group()), text) if "titled" in text else text
    if _PROGRAMME_HINT.search(blank):
        blank = _PROGRAMME_IN_MARKS.sub(lambda m: " " * len(m.group()), blank)
    if "called" in blank or "dubbed" in blank or "named" in blank:
        blank = _NAMED_TERM.sub(_blank_term, blank)
    return blank


_INNER_QUOTE = 80  # characters a quotation inside another runs to at most


def find_spans(text: str, start: int, end: int, number: int) -> list[Span]:
    """Quoted spans inside one paragraph, outermost marks only. A straight quote mark that can only open while a
    quotation is open ends the unclosed one there; one that can only close while none is open is a stray."""
    spans: list[Span] = []
    opener, open_at, expected, inner_until = None, 0, "", -1
    has_double = bool(re.search(r"[“”„«»\"]|``", text[start:end]))
    for match in _MARKS.finditer(text, start, end):
        mark, at = match.group(), match.start()
        if at <= inner_until:
            continue
        if mark == '"':
            role = _straight_role(text, at)
            if opener is None and role == "close":
                continue
            if opener == '"' and role == "open":
                inner_until = _nested_close(text, at, end)
                if inner_until >= 0:
                    continue  # `"The issue of "interference" has been raised," he said`: a quotation inside
                spans.append(_unclosed(text, open_at, 1, at, number))
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
        if mark in expected or (opener == '"' and mark in ('"', "''")):  # `"... worked hard.''`
            if opener == "‘" and at + 1 < len(text) and text[at + 1].isalpha():
                continue  # an apostrophe inside the quotation
            spans.append(Span(open_at + len(opener), at, open_at, at + len(mark), number, True))
            opener = None
    if opener is not None:
        spans.append(_unclosed(text, open_at, len(opener), end, number))
    return spans


def _nested_close(text: str, at: int, end: int) -> int:
    """Where the quotation opening at `at`, inside another in straight marks, closes: the next two straight marks
    both close, the first soon after it (the inner quotation's, then the outer's); else -1 (the outer one was left
    unclosed and a new one opens)."""
    first = text.find('"', at + 1, end)
    second = text.find('"', first + 1, end) if 0 <= first - at <= _INNER_QUOTE else -1
    return first if second >= 0 and _straight_role(text, first) == _straight_role(text, second) == "close" else -1


_PARAGRAPH_DASH = re.compile(r"[.!?]\s+-\s+(?=[A-Z])(?!(?:I|We|Our|My|And|But)\b)")  # (but "... truth. - We want
# to punish ...": the speaker's next paragraph, its opening mark lost)


def _unclosed(text: str, open_at: int, mark_length: int, end: int, number: int) -> Span:
    """A quotation whose closing mark is missing: it runs to `end`, or to the comma before an attribution that
    ends its sentence (`"I am proud of the team, the striker said. "We...`)."""
    cue = _EMBEDDED_CUE.search(text, open_at + mark_length, end)
    stop = cue.start() if cue else end
    dash = _PARAGRAPH_DASH.search(text, open_at + mark_length, stop)  # "... peace process. - German MEP X told": the
    stop = dash.start() + 1 if dash else stop  # export's mark between paragraphs, and no quotation mark goes on
    return Span(open_at + mark_length, stop, open_at, stop, number, False)


def trim(text: str, span: Span) -> Span:
    """Drop spaces and a trailing comma from the quoted words."""
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return Span(start, end, span.open_at, span.close_at, span.paragraph, span.closed)


def is_scare_quote(text: str, span: Span) -> bool:
    """A word or two in marks that the sentence runs on through: `"forcing" Russia into peace`."""
    inner = text[span.start:span.end].rstrip()
    if len(inner.split()) > 3 or not span.closed or inner[-1:] in ".,;:!?":
        return False
    after = text[span.close_at:span.close_at + 2]
    return bool(re.match(r"\s\w", after))


_HE_SAID = re.compile(r" (?:He|She) (?:said|says|added)\b")
_LOWER_WORD_END = re.compile(r"(?<![\w'’-])[a-z]+$")


@functools.lru_cache(maxsize=4)
def _sentence_starts(text: str) -> list[int]:
    """Where the sentences of `text` start (after each break), found once per text: attribution asks often."""
    starts = [match.end() for match in SENTENCE_BREAK.finditer(text)]
    lost = [match.start() + 1 for match in _HE_SAID.finditer(text)
            if _LOWER_WORD_END.search(text, max(0, match.start() - 40), match.start())]
    if lost:  # a full stop lost before "He said", after a word in lower case ("... preservation of life He said"; not
        # a heading's "... true nature of North Estland He said", which refers back past the heading)
        starts = sorted(starts + lost)
    if "://" in text or "pic.twitter.com/" in text:  # an embedded tweet's link ends it: "... https://t.co/r53locW5Zf
        # King landed himself", "... past 4 yrs pic.twitter.com/EufqRaTgV6 Al Jazeera's Natasha Ghoneim"
        starts = sorted(starts + [match.end() for match in _LINK_BEFORE_CAPITAL.finditer(text)])
    return starts


def sentence_starts(text: str, start: int, end: int) -> list[int]:
    """Where the sentences of `text[start:end]` start, `start` first."""
    starts = _sentence_starts(text)
    return [start] + starts[bisect.bisect_right(starts, start):bisect.bisect_right(starts, end)]


def start_of_sentence(text: str, at: int, floor: int) -> int:
    """Where the sentence holding `at` starts, not before `floor`."""
    starts = _sentence_starts(text)
    index = bisect.bisect_right(starts, at) - 1
    return max(floor, starts[index]) if index >= 0 else floor


def end_of_sentence(text: str, at: int, ceiling: int) -> int:
    match = SENTENCE_BREAK.search(text, at, ceiling)
    return match.start() + 1 if match else ceiling
