"""Reported speech: sentences without quotation marks that say what someone said, as quotations with
direct=False. Four shapes: "X said (on Tuesday) (that) ...", "..., X said (late on Sunday, citing Y).",
"According to X, ..." / "..., according to X.", and "X did Y, saying (that) ...". Groups and unnamed sources
("Analysts said", "Police said", "they said") are not kept: a reported quotation needs someone to search for; "it"
is kept when it is a body that spoke last or opens a recent sentence ("..., the Coast Guard said. ..., it said.").
"""
from __future__ import annotations

import re

from search.model import Quote

from .names import (
    CAP_WORD, CAPITALISED_RUN, NOT_NAMES, ORG_NOUNS, PEOPLES, PRONOUNS, TRADE_KINDS, TRADE_THEN_NAME, ArticleNames,
    is_role_word, person_named, split_role,
)
from .quotespans import sentence_starts, without_titles
from .referents import (
    NAMED_SUBORDINATE, NATIONAL_BODY_OPENING, OPENING_PHRASE, QUANTIFIERS, Referents, person_after_heading, subject,
)

_ANY_MARK = re.compile(r"[\"“”„«»]")
_NAME_BEFORE_DESCRIPTION = re.compile(rf",\s+(?P<name>{CAP_WORD}(?: {CAP_WORD}){{1,3}})$")
REPORTING_VERBS = (
    "said|says|added|adds|warned|warns|insisted|insists|argued|argues|claimed|claims|alleges|stressed|noted|"
    "explained|acknowledged|admitted|confirmed|announced|reported|reports|predicted|complained|concluded|revealed|"
    "maintained|estimated|estimates|suggested|deadpanned|alleged|wrote|tweeted|told|tells|contends|contended|"
    "acknowledges|admits|explains|predicts|concludes|confirms|announces|writes|stated|reiterated|reiterates|"
    "emphasised|emphasized|declared|asserted|conceded|recalled|indicated"
)
_PROMISED = r"(?:pledged|vowed|promised)(?=(?:\s+[^\s,]+){0,2}[.!?]?\s*$)"  # "..., X pledged on Thursday.": at the
# sentence's end, after its clause (not "promised solid growth", "vowed not to work with")
_PASSIVE_AUXILIARIES = ("was", "were", "be", "been", "is", "are")
_VERDICT = r"(?:ruled(?!\s+out)|found)" + "".join(  # a court's or a study's, reported speech only before "that" or
    rf"(?<!\b{aux} {verb})" for aux in _PASSIVE_AUXILIARIES for verb in ("ruled", "found"))  # ending the sentence (not
# "were found dead", "was ruled by"; the word first, so that the look back runs only where it stands)
_ONLY_BEFORE_THAT = (
    r"(?:vowed|pledged|promised|reiterated|conceded|concedes|notes|replied|responded|stresses|emphasizes|emphasises|"
    r"maintains|declared|"
    r"confessed|agrees|agreed|cautioned|made\s+(?:it\s+)?clear|pointed\s+out|points\s+out|testified|testifies|"
    r"recalled|recalls|disclosed|discloses|accepts|"
    r"accepted(?<!\bwas accepted)(?<!\bwere accepted)(?<!\bis accepted)(?<!\bbeen accepted))"
    # (not "It was accepted in court that")
    r"(?=\s+(?:\w+\s+){0,2}that\b)|proposed(?=\s+that\b)"  # (not "proposed a bill that")
    r"|(?:denied|denies|indicated|indicates)(?=\s+(?:\w+\s+){0,2}that\b|\s+(?:he|she|it|they|we|I)\s+"
    r"(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must)\b)"  # "denied he had condoned"
)
# "he vowed that China will", "Wang Yi reiterated this morning that"; not "vowed to oppose", "conceded defeat",
# "reiterated this position ... when she said that"
_AUXILIARY = (
    r"(?:(?:has|have|had|also|later|then|repeatedly|nevertheless|however|previously|earlier|reportedly|again|meanwhile|"
    r"recently|separately|publicly|already|once|always|consistently|long|often|frequently)\s+)*"
)
_ADJUNCT = (  # what may stand between a reporting verb and its clause: "said late on Sunday", "told TASS"
    r"(?:\s+(?:on\s+the\s+sidelines\s+of\s+[^,]{1,80}?(?=\s+that\b)|"  # "said on the sidelines of the forum that"
    r"(?:in|on)\s+(?:a|an|its|his|her|their|the)\s+[\w-]+(?:\s+[\w-]+)?(?=\s+that\b)|"
    r"(?:on|late|early|last|this|next)\s+\w+(?:\s+\d\d?\b)?|earlier|later|yesterday|today|tonight|afterwards|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|"
    r"in\s+a\s+statement|[a-z][^,]{0,40},(?=\s+that\b)|"  # "estimated, based on 2013 data, that"
    r"(?:his|her|its|their)\s+(?:position|contention|view|belief|claim|stance|assertion|insistence)(?=\s+that\b)|"
    # ("reiterated its position that")
    r"(?:by|over)\s+(?:the\s+)?(?:phone|telephone|e-?mail)(?=\s+that\b)|"  # "told ABC News by phone that"
    r"(?:throughout|during|in|at|on|to|for|after|before|over|since|with|by|of|from|amid|despite|without|ahead\s+of|"
    r"through)"  # ("said through a spokesman that")
    r"\s+[^,]{1,60}?(?=\s+that\b)|"  # (first: "confirmed
    r"to\s+(?:reporters|journalists|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)))*"  # to ABC station WABC that")
)
_TOLD = (  # "told reporters", "told TASS", "told his German counterpart Ursula von der Leyen that"
    r"(?:told|tells)\s+(?:reporters|journalists|(?:me|us|him|her|them)(?!\s+(?:to|about)\b)(?!\s+[a-z]+,\s+[A-Z])|"
    r"(?:the\s+)?(?:\w+\s+)?(?:newspaper|daily|weekly|magazine)\s+[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|am|of))*|"
    r"the\s+(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*"  # "told (German) newspaper Bild am Sonntag", "told the BBC",
    r"(?:\s+(?:daily|newspaper|weekly|magazine|programme|program|show))?|\w+)|"  # "told the White House", "told the
    # BBC's Newsnight programme"
    r"an?\s+(?:news\s+|press\s+)?(?:conference|briefing)(?:\s+(?:on|in)\s+\w+)?|"  # "told a news conference on
    # Tuesday (a council had been set up)"
    r"[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|\d+(?:['’]s)?))*"  # "told Izvestia daily", "told BBC Radio 5 live",
    r"(?:\s+(?:daily|newspaper|weekly|radio|TV|live|programme|program|show)\b)?"  # "told BBC Radio 4's Today programme"
    r"|(?:his|her|their|[a-z]+)\s+[^,;]{1,60}?(?=\s+that\b)"  # "told governors in a private meeting that"
    r"|(?:his|her|their)\s+[a-z]+,\s+[A-Z][^,;]{1,40}(?=,\s+that\b))"  # "told her barrister, Paul Gallagher, that"
)
_NEEDS_THAT = {
    "claimed", "claims", "alleged", "alleges", "reported", "reports", "estimated", "estimates", "revealed", "wrote",
    "tweeted", "writes", "acknowledges", "announces", "confirms", "predicts", "concludes", "explains", "ruled", "found",
    "stated", "reiterated", "reiterates", "emphasised", "emphasized", "declared", "asserted", "conceded", "recalled",
    "maintained",
}
"""Verbs that report speech only with "that" after them ("claimed that ...", not "claimed 230 lives")."""
_SUBJECT_FIRST = re.compile(  # "X said (on Tuesday) (that) ...", "X, the minister, told reporters ..."
    rf"^\s*(?P<who>(?:[^;:()]|\([A-Z]{{2,8}}\)){{2,160}}?)\s+{_AUXILIARY}"  # (an acronym: "Forces (SDF) said")
    rf"(?P<verb>{_TOLD}|{REPORTING_VERBS}|{_ONLY_BEFORE_THAT}|{_VERDICT})\b,?{_ADJUNCT}\s+"
    rf"(?P<that>that,?\s+)?(?P<clause>[^\s,;].*)$",  # ("reported that, out of 921 offenses, 857 were")
    re.S,
)
_GATHERINGS = "meeting|conference|briefing|forum|summit"  # occasions of speech: "said at a conference that ..."
_TAIL = (  # what may follow the speaker when the clause comes first: "..., X said late on Sunday, citing Y.",
    # "..., X said Sunday, on the final day of a visit.", "..., X said addressing the forum, referring to 1943."
    r"(?:\s+(?!that\b)[^,]{1,60}?|\s+(?:on \w+ )?(?:after|following|during|at|in) (?:(?:a|an|the|his|her|its|their) )?"
    rf"(?:[\w-]+ ){{0,3}}(?:talks|interview|visit|{_GATHERINGS})\b[^,]{{0,100}}?"
    r"|\s+(?:\S+\s+){0,2}on the sidelines of [^,]{1,100}?)?"  # ("told reporters (TASS) on the sidelines of X")
    r"(?:,\s+[a-z](?:[^,]|,(?=\d))*){0,2}"  # (a long one only after where it was said: "following his meeting with
    # ..."; "adding that it will create 1,000 jobs")
)
# "..., said X" names the speaker, but "..., told ABC News" names a listener
_SPEAKER_AFTER_VERBS = "|".join(v for v in REPORTING_VERBS.split("|") if v not in ("told", "tells"))
_THE_FIRM = re.compile(rf"the (?:company|firm|{TRADE_KINDS})", re.I)
_TRADE_OPENING = re.compile(rf"(?:{CAP_WORD} )?{TRADE_THEN_NAME.pattern}")  # "Russian mobile operator MegaFon (has)"
_PEOPLE_SAY = re.compile(  # "(Before the revolution,) Lina and Youssef say (that) ...", "De Lima and her supporters
    # say": the first named, as with "said"; a plural "say" after any other subject is mostly people in general ("many
    # Somalis say", "I would say")
    rf"^\s*(?:[^,;:()]{{1,60}},\s+)?(?:Both\s+)?(?P<who>(?:{CAP_WORD}\s){{0,2}}{CAP_WORD})\s+and\s+"
    rf"(?:(?:his|her|their)\s[a-z]+|(?:the\s)?{CAP_WORD}(?:\s{CAP_WORD}){{0,2}})\s+say\s+(?P<that>that\s+)?"
    rf"(?P<clause>[^\s,;].*)$",
    re.S,
)
# "..., on the other hand, may be ..., said X": an aside, not the subject of "said"
_DISCOURSE_ASIDE = r"(?:on the other hand|however|meanwhile|in turn|though|for (?:his|her|its|their) part),"
_AUXILIARY_WORD = re.compile(  # a clause's own verb: "..., the Belt and Road Initiative, will provide ..., says X" has
    # no apposition of a speaker
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|does|did|\w+n['’]t)\b"
)
_MODAL_CLAUSE = r"[^,]*\b(?:will|would|can|could|might|should|must)\s+[a-z]+\s"  # "..., cars will make choices for
# us, without our noticing, says X": a clause's own verb, no speaker
_CLAUSE_FIRST = re.compile(  # "..., X said on Tuesday.", "..., X, a researcher, told Y.", "..., according to X."
    rf"^(?P<clause>.+?),?\s+according\s+to\s+(?P<source>(?:(?!\s[-–—]+\s)[^,])+?)"
    rf"(?:\s[-–—]+\s[^,]*)?(?:,\s+[a-z][^,]*){{0,2}}\s*[.!?]?\s*$"  # (" - toppling Denmark ...": an aside)
    rf"|^(?P<clause2>.+?),\s+(?:(?P<verb_first>{_SPEAKER_AFTER_VERBS})\s+"
    rf"(?P<who_after>[^,]{{1,60}}?|the\s+press\s+(?:service|office)\s+of\s+[^,]{{1,80}}?)"  # (a long body's name)
    rf"(?:,\s+(?P<named_after>{CAP_WORD}(?:\s{CAP_WORD}){{1,3}}))?"  # ("..., said the deputy mayor, Jean Martel")
    rf"(?:,\s+(?:[a-z]|{CAP_WORD} and )[^,]*){{0,2}}"  # ("..., representative of the Ministry for Economy, Trade
    # and Industry")
    rf"|(?P<who>(?!{_DISCOURSE_ASIDE}|{_MODAL_CLAUSE})[^,]+?)"
    rf"(?:,\s+(?!{_AUXILIARY_WORD.pattern}|that\b)(?:[a-z]|(?P<post>(?:[A-Z][a-z]+\s+){{1,3}})of\s)[^,]*,"
    rf"|,\s+(?P<named>{CAP_WORD}(?:\s{CAP_WORD}){{1,3}}),)?"  # (", Head of the General Staff's department,")
    rf"\s+{_AUXILIARY}"  # (", the adventurer's son, Oskar Konyukhov, has told TASS": the name)
    rf"(?P<verb>{REPORTING_VERBS}|{_PROMISED}|went on(?! to)|went on to (?:say|add)"
    rf"|{_VERDICT}(?=(?:\s+[^\s,]+){{0,3}}[.!?]?\s*$))"
    rf"\b{_TAIL})"  # (only after its clause: "..., she went on."; not "went on to abuse")
    rf"\s*[.!?]?\s*$",
    re.S,
)
_QUOTED_AS_SAYING = re.compile(  # "State TV quoted X as saying (that) ...", "X was quoted by Reuters as saying ...",
    # "..., the agency quoted X as saying."
    r"^\s*(?:[^,;]+?\s+quoted\s+(?P<who>(?!by\s)[^,;]{1,80}?)|(?P<quoted>[^,;]+?)\s+(?:was|were|is|has\s+been)\s+"
    r"quoted(?:\s+(?:by|in)\s+[^,;]{1,60}?)?)\s+as\s+saying\s+(?:that\s+)?(?P<clause>[^\s,;].*)$"
    r"|^(?P<first>.+?),\s+[^,;]{1,60}?\s+quoted\s+(?P<who_after>[^,;]{1,60}?)\s+as\s+saying(?:\s+[^\s,]+){0,3}"
    r"[.!?]?\s*$",
    re.S,
)
_ROLE_APPOSITION = re.compile(  # "deputy general manager of CRRC ZELC, ", "a political commentator at Kommersant, "
    r"(?:(?:the|an?)\s+)?(?:[a-z-]+\s+){0,3}?(?P<role>[a-z-]+)\s+(?:of|at|for)\s+[^,]{1,60},\s+")
_EVENT_THAT = re.compile(rf"\b(?:session|event|ceremony|{_GATHERINGS})\s+that\s")
_SIDELINES = re.compile(r"(?:on\s+the\s+)?sidelines\s+of\b")
_PARTICIPLE_NEXT = re.compile(r",\s*[a-z]+ing\b")  # "(..., she said), citing", "(said), adding that"
_SAYS = ("said", "says", "added", "adds", "told", "tells")  # "said the measure was": a clause, not an object
_PAST_VERB_FIRST = re.compile(r"(?:[a-z]+ed|was|were)\s")  # "countered (X's claims)", "was launched (before X)"
_PRONOUN_NEXT = re.compile(r"\s+(?:he|she|it|they|we|I)\b")
_OBJECT_NEXT = re.compile(r"\s+(?:(?:an?|the|its|his|her|their)\s+[a-z]|\d)")
ACCORDING_FIRST = re.compile(
    r"^\s*(?:(?:But|And|Yet|However,?)\s+)?[Aa]ccording\s+to\s+(?P<source>[^,]{2,80}),\s+(?P<clause>\S.*)$", re.S
)
_TAKES_OBJECTS = {
    "confirmed", "announced", "noted", "warned", "warns", "suggested", "acknowledged", "admitted", "told", "tells",
    "contends", "contended", "indicated",
}
"""Verbs as often followed by an object or a phrase ("confirmed the details", "contends with floods") as by a clause:
without "that", the words after them must hold a verb."""
_CHARGES = {"claimed", "claims", "alleged", "alleges", "maintained"}  # (and "maintained ties since the 1970s")
_AUXILIARY_NEXT = re.compile(  # "claimed the gravy had leaked", not "claimed the lives of 23 people", "claimed to have"
    r"(?!to\s)(?:(?!(?:who|which)\s)[^\s,]+\s+){1,6}(?:is|are|was|were|has|have|had|will|would|could|should|can|may"
    r"|might|must)\b"  # (and "claimed the council's handling of the affair was")
)
_PASSIVE_AUXILIARY = rf"\b(?:{'|'.join(_PASSIVE_AUXILIARIES)}|being)"
_PASSIVE_END = re.compile(rf"{_PASSIVE_AUXILIARY}$")  # "the court was (told)"
_PASSIVE_OR_OWNER_END = re.compile(rf"(?:{_PASSIVE_AUXILIARY}|['’]s?)$")  # "X was alleged (to)", "Trump's claims (he
# was wiretapped)", "Medvedev's alleged (corruption)"
_WHERE_SAID = re.compile(  # "(said) on Thursday at a press conference organised by ...": where, not what
    r"(?:on \w+ )?(?:in|during|at) (?:a|an|the|his|her|its|their) (?:[\w-]+ )?"
    rf"(?:interview|statement|speech|address|post|tweet|letter|message|comments|remarks|{_GATHERINGS}|research"
    r"|report|study)\b"
)
_FINITE_VERB = re.compile(  # in the first ten words: a clause ("the tunnel would open"), not an object ("the details")
    r"^(?:\S+\s+){0,9}?(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does|do|"
    r"\w+ed|\w+n['’\"]t|\w+['’](?:ll|re|ve))\b"  # "he'll oppose the bill"
)
_FRONTED_PHRASE = re.compile(  # a phrase of time or place before the subject, not "At least 20 children died"
    r"^(?:(?P<participle>Speaking|Asked|Responding|Commenting|Writing|Addressing)\s[^,]{2,100}"
    r"|(?:At|In|On|During|After|Before|Following|Despite|Since)\s(?!least\b|most\b)[^,]{2,100}"
    r"|(?:A few|Just|Two|Three|Several) (?:hours|days|weeks|months) (?:after|before|later)[^,]{0,80})$"
)
_SUBJECT_AND_VERB = re.compile(  # "In 2009 he voted to ...": a clause of its own
    r"\b(?:he|she|they|we|I|it)\s+\w+|\b(?:is|are|was|were|has|have|had|will|would|could|should|must)\b"
)
_CLAUSE_SUBJECT_BEFORE = re.compile(  # "... but Murphy refused(, insisting)": the last clause's own subject
    r"\b(?:but|yet|whereas) (?P<who>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) [a-z]+ed\b[^,;]*$")
REPORTING_PARTICIPLES = "saying|adding|arguing|insisting|warning|claiming|noting"  # (and "telling", with a listener)
_SAYING = re.compile(  # "..., saying (that) ...", "..., telling reporters that ..."
    rf",\s+(?P<verb>{REPORTING_PARTICIPLES}|telling\s+[^,;]{{1,60}}?(?=\s+that\b))"
    r"\s+(?:that\s+)?(?P<clause>[^\s,;].*)$",
    re.S,
)
_ADDING_VERBS = ("adding", "noting", "stressing", "explaining", "insisting", "arguing", "warning")
_ADDING_TAIL = (  # ", adding (that) ...", ", noting that ..." (not "warning of sanctions", "noting UN warnings"), the
    # clause without marks to the end
    rf",\s+(?P<verb>adding(?:\s+that)?|(?:{'|'.join(_ADDING_VERBS[1:])})\s+that)\s+"
    r"(?P<clause>[^\s\"“”,][^\"“”]*?)\s*[.!?]?\s*$"
)
_ADDING_AFTER_QUOTATION = re.compile(rf"[,.!?]?[\"”][^\"“”.!?]{{1,60}}?{_ADDING_TAIL}")  # `"...," he said, adding`
_ADDING_AFTER_CLAUSE = re.compile(rf"[^\"“”.!?]{{1,60}}?{_ADDING_TAIL}")  # "..., Lavrov said, adding that ..."
_GLUED_VERB = re.compile(r"(?P<name>[A-Z][\w'’]+)-[a-z]+")  # "Merkel-ruled": a name glued to the next word
_PREPOSITION_END = re.compile(r"\b(?:amid|despite|after|following|about|over|of|with|on|to)$")
_INFINITIVE_END = re.compile(r"\bto [a-z]+$")  # "(the commission) to investigate (claims that)"
_PREPOSITION_FIRST = re.compile(r"(?:against|about(?!\s+\d)|of)\b")  # (not "said about 700 customers had")
_VERB_JUST_BEFORE = re.compile(rf"\b(?:{REPORTING_VERBS})\s+$")
_GROUP_PRONOUNS = {"they", "we", "i", "it", "you"}
_SOME_OF_MANY = re.compile(  # "Some Bosnian Serbs (have said)", "Many residents", "(same) as other Social
    # Democrats": a group, nobody named
    rf"(?:(?:the\s+)?(?:same|just)\s+as\s+|as\s+)?(?i:{'|'.join(QUANTIFIERS)})\s+(?:[\w-]+\s+){{0,3}}[\w-]+s")
_QUOTED_HEADING = re.compile(  # "READ MORE: 'Forty percent ...' ", "READ MORE - Syria war: 'Worst ...' "
    r"[A-Z]{2,}(?: [A-Z]{2,})*(?::| -) [^'‘.]{0,60}?['‘].*?['’]\s+(?=[A-Z])"
)
_NAME_THEN_WHICH = re.compile(rf"(?<!\bof )(?P<who>{CAPITALISED_RUN.pattern}),\s+which$")  # not "X of Florida, who"
_JOINED_CLAUSE = re.compile(  # a second clause, with its own subject (without a comma: "... and Lena Varga, the league's
    # secretary general, announced")
    r",\s+(?:and|but|where|while|whereas)\s+(?=[A-Z])"
    r"|\s+and\s+(?=(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),\s+(?:the|an?)\s)"
)
_CONJUNCTION_FIRST = re.compile(r"(?:but|and)\b", re.I)
_CLAUSE_NEXT = re.compile(r",?\s+(?:that\s+)?(?:he|she|it|they|we|I|the|his|her|their|its|[A-Z][\w'’-]*)\s+[a-z]")
_SPOKESPERSON_OPENING = re.compile(
    rf"(?:A|An|The) (?:[a-z]+ ){{0,2}}spokes(?:man|woman|person) (?:for|of|at) (?:the )?"
    rf"{CAPITALISED_RUN.pattern}(?= [a-z])"
)
_SUBJECT_WITH_ROLE = re.compile(  # "White House press secretary Sean Spicer (attempted ..., saying)"
    rf"{CAPITALISED_RUN.pattern}(?P<role>(?: [a-z]+){{1,3}}) {CAPITALISED_RUN.pattern}(?= [a-z])"
)


def reported_speech(text: str, original: str, paragraphs: list[tuple[int, int]], names: ArticleNames,
                     quoted: list[Quote]) -> list[Quote]:
    """Indirect speech, as quotations with direct=False: sentences without quotation marks of the form
    "X said (on Tuesday) (that) ...", "..., X said.", "..., according to X." or "According to X, ...", whose X is a
    named person or body ("Analysts said ..." and "Police said ..." name nobody in particular)."""
    found: list[Quote] = []
    for para_start, para_end in paragraphs:
        starts = sentence_starts(text, para_start, para_end)
        for begin, end in zip(starts, starts[1:] + [para_end]):
            heading = _QUOTED_HEADING.match(text, begin, end)  # "READ MORE: '...' Mativo also said that"
            begin = heading.end() if heading else begin
            person = person_after_heading(text[begin:end], names)  # "READ MORE: X claim ... Al Jazeera's Y, said"
            begin = begin + person if person > 0 else begin
            sentence = without_titles(text[begin:end])
            if _ANY_MARK.search(sentence):
                added = _added_after_quotation(sentence, begin, original)
                found.extend([added] if added else [])
                continue
            last = next((q for q in reversed(quoted) if q.speaker and q.end <= begin), None)
            if found and found[-1].speaker and (last is None or found[-1].end > last.end):
                last = found[-1]  # "ISIL retreated, the Observatory reported. Forces took ..., it said."
            pronoun = Referents(text, para_start, begin, names, last.speaker if last else "", last.end if last else -1)
            reported = _reported(sentence, names, pronoun)
            colon = sentence.rfind(": ") + 2 if reported is None else 0
            if colon > 2 and sentence[colon:colon + 1].isupper():
                reported = _reported(sentence[colon:], names, pronoun)  # "... all aspects of life: Mol said his"
                begin += colon if reported else 0
            joined = [match for match in _JOINED_CLAUSE.finditer(sentence) if not (
                match["who"] and match["who"].split()[-1].lower() in ORG_NOUNS)] if reported is None else []  # (not
            # "the Professionals and Senior Executives Association, an organization")
            if joined:  # "... long investigations into the campaign, and FBI Director James Comey said his agency"
                reported = _reported(sentence[joined[-1].end():], names, pronoun)
                begin += joined[-1].end() if reported else 0
            if reported is None or reported[0].lower() in PRONOUNS | {"it"}:
                continue  # (never "It" as a name)
            speaker, cue, clause_start, clause_end = reported
            speaker = pronoun.fuller(speaker)  # "Kim said" after Kim In-ryong spoke
            added = _ADDING_AFTER_CLAUSE.match(text, begin + clause_end, end)
            clause_start, clause_end = begin + clause_start, begin + clause_end
            found.append(Quote(speaker, original[clause_start:clause_end], clause_start, clause_end, False, cue))
            if added and len(added["clause"].split()) >= 4:  # "..., Lavrov said, adding that ...": his words too
                start, stop = added.span("clause")
                found.append(Quote(speaker, original[start:stop], start, stop, False, added["verb"].split()[0]))
    return found


def _added_after_quotation(sentence: str, begin: int, original: str) -> Quote | None:
    """The clause a quotation's speaker goes on to report after its cue, as indirect speech: `"...," X said, adding
    (that) the company had never been told.`; its speaker comes from the quotation (`follow_quotations`)."""
    added = _ADDING_AFTER_QUOTATION.search(sentence) if any(f", {verb}" in sentence for verb in _ADDING_VERBS) \
        else None
    if not added or len(added["clause"].split()) < 4:
        return None
    start, end = begin + added.start("clause"), begin + added.end("clause")
    return Quote("", original[start:end], start, end, False, added["verb"].split()[0])


def follow_quotations(reported: list[Quote], quotes: list[Quote], text: str) -> list[Quote]:
    """`reported` with each clause added after a quotation's cue (`"...," he said, adding that ...`) given the speaker
    that quotation has in `quotes`, whose pronouns are resolved with reported speech in view; those whose quotation
    has no speaker go."""
    for clause in reported:
        if clause.cue not in _ADDING_VERBS or clause.speaker:
            continue
        quotation = next((q for q in reversed(quotes) if q.end <= clause.start), None)
        if quotation and quotation.speaker and _ADDING_AFTER_QUOTATION.match(text, quotation.end, clause.end):
            clause.speaker = quotation.speaker
    return [clause for clause in reported if clause.speaker]


def _reported(sentence: str, names: ArticleNames, pronoun: "Referents") -> tuple[str, str, int, int] | None:
    """(speaker, cue, clause start, clause end) of one sentence of reported speech, or None."""
    body_end = len(sentence.rstrip(" \t\n-–—").rstrip(".!?"))  # (and a run of dashes after it)
    candidates, firm = [], ""
    match = _SUBJECT_FIRST.match(sentence)
    if match and match["who"].endswith(",") and match["who"].count(",") == 1:
        match = None  # "The deal was signed, said X": the clause comes first
    if match and match["that"] and _EVENT_THAT.search(sentence, match.end("verb"), match.start("that") + 5) \
            and _PAST_VERB_FIRST.match(match["clause"]):
        match = None  # "..., X said at a conference that concluded on Dec 27": the conference's clause, not X's
    if match and _SIDELINES.match(match["clause"]):
        match = None  # "..., X said on the sidelines of the meeting": where, not what
    if match and not match["that"] and _PARTICIPLE_NEXT.match(sentence, match.end("verb")):
        match = None  # "..., she said, citing official statistics": what she did as she said it, not her words
    if match and (_PREPOSITION_END.search(match["who"]) or _INFINITIVE_END.search(match["who"])):
        match = None  # "... postponed four times amid reports that", "to investigate claims that": a noun, not a verb
    if match and _PASSIVE_END.search(match["who"]) and match["clause"].startswith("to "):
        match = None  # "Supt Taylor is said to have implicated ...": what others say of him
    if match and match["verb"] in ("told", "tells") and _PASSIVE_OR_OWNER_END.search(match["who"]):
        match = None  # "The court was told dog bites cannot be stitched": the court listened
    if match and (match["that"] or (match["verb"] not in _NEEDS_THAT and (
            match["verb"] not in _TAKES_OBJECTS or _FINITE_VERB.search(match["clause"])))
            or match["verb"] in _CHARGES and _AUXILIARY_NEXT.match(match["clause"])
            and not _PASSIVE_OR_OWNER_END.search(match["who"])):
        candidates.append((match["who"], match["verb"].split()[0], match.start("clause"), body_end))
    match = _PEOPLE_SAY.match(sentence)
    if match:
        candidates.append((match["who"], "say", match.start("clause"), body_end))
    match = _QUOTED_AS_SAYING.match(sentence) if "quoted" in sentence else None
    if match and (match["clause"] is None or _FINITE_VERB.search(match["clause"])):
        start, end = (match.start("clause"), body_end) if match["clause"] else (0, match.end("first"))
        candidates.insert(0, (match["who"] or match["quoted"] or match["who_after"], "quoted", start, end))
    match = ACCORDING_FIRST.match(sentence)
    if match:
        role = _ROLE_APPOSITION.match(sentence, match.start("clause"))  # "According to X, deputy general manager of
        start = role.end() if role and is_role_word(role["role"]) else match.start("clause")  # Y, the contract ..."
        candidates.append((match["source"], "according to", start, body_end))
    match = _SAYING.search(sentence)
    if match:  # "President Jacob Zuma called for calm, saying that migrants ..."
        opening = sentence.lstrip()
        if not _CONJUNCTION_FIRST.match(opening):  # "Before Kelly spoke, Tillerson made", not "But Wallace, the
            # expert, disagrees": an opening phrase goes, but not a conjunction's whole clause
            opening = OPENING_PHRASE.sub("", opening, count=1)
        later = _CLAUSE_SUBJECT_BEFORE.search(sentence, 0, match.start())  # "X had offered to pay but Murphy
        # refused, insisting"
        subject = (CAPITALISED_RUN.match(sentence, later.start("who")) if later else None) \
            or NATIONAL_BODY_OPENING.match(opening) or _SPOKESPERSON_OPENING.match(opening)
        if not subject:  # "The Obama administration imposed ..., arguing", "A spokesman for X professed ..., arguing"
            subject = _SUBJECT_WITH_ROLE.match(opening)
            if not subject or not is_role_word(subject["role"].split()[-1]):  # not "Merkel met with Putin"
                subject = CAPITALISED_RUN.match(opening)
                if subject and subject.group().startswith(("A ", "An ")) \
                        and re.match(r" [a-z]", opening[subject.end():]):
                    subject = None  # "A Turkish Kurd teenager attacked ..., saying": someone the article does not
                    # name
        if subject:
            candidates.append((subject.group(), match["verb"].split()[0], match.start("clause"), body_end))
    match = _CLAUSE_FIRST.match(sentence.rstrip(" \t\n-–—"))  # (and `she went on.- "...`, a dash glued on)
    if match and match["who"] and _CONJUNCTION_FIRST.match(match["who"]) and (
            _CLAUSE_NEXT.match(sentence, match.end("verb"))
            or _FINITE_VERB.search(sentence[match.end("verb"):].lstrip(" ,"))):
        match = None  # "..., and Iyal said he wants to bring his wife": a clause of its own, reported after the verb
    if match and match["who"] and match["who"].startswith("as ") and re.search(r"\bnot (?:as|so) \w", sentence):
        match = None  # "..., is now not as confident China will ..., as he earlier predicted": a comparison, not
        # what he predicted (unlike "..., as CNN previously reported")
    if match and match["verb"] not in (None, *_SAYS) and _OBJECT_NEXT.match(sentence, match.end("verb")):
        match = None  # "..., and it reported 70% growth", "..., when it claimed 41": the verb has an object
    if match and match["who_after"] and (_AUXILIARY_WORD.search(match["who_after"]) or len(
            match["who_after"].split()) > 1 and match["who_after"].split()[0].lower() in PRONOUNS):
        match = None  # "..., and his wife, Evgenia, claims the Kremlin is to blame", "X, the bishop, said he
        # supported Y": a clause, not "claims X"
    if match and match["named"] and (_CONJUNCTION_FIRST.match(match["who"].lstrip()) or _PRONOUN_NEXT.match(
            sentence, match.end("verb"))):
        match = None  # "..., X, and his counterpart, Lord Y, announced": two people; "..., her father, X, said she
        # reminds him": the clause comes after the verb
    if match and match["post"] and not is_role_word(match["post"].split()[-1].lower()):
        match = None  # "..., Obst, Bank of Harbour, said": a post, not any capitalised phrase with "of"
    if match and match["verb"] in ("told", "tells") and _PASSIVE_END.search(match["who"] or ""):
        match = None  # "..., the court was told": the court listened
    if match and match["who"] and _PAST_VERB_FIRST.match(match["who"]):
        match = None  # "X, an MP, countered Sozeri's claims": a verb and its object, not "Sozeri claims"
    if match and match["clause2"] and NAMED_SUBORDINATE.match(match["clause2"]) and match["who"] \
            and match["who"].strip().lower() in PRONOUNS and _CLAUSE_NEXT.match(sentence, match.end("verb")):
        match = None  # "While Ferris has received criticism, she said she ...": a subordinate clause, not her words
    fronted = match and not match["source"] and _FRONTED_PHRASE.match(sentence[:match.end("clause2")].strip())
    if fronted and (fronted["participle"] or not _SUBJECT_AND_VERB.search(fronted.group())):
        match = None  # "At the launch of her campaign in February, Le Pen said she ...": an opening phrase, no clause
    if match:
        described = match["named_after"] if match["who_after"] and match["who_after"][:1].islower() else None
        who = match["source"] or described or match["who_after"] or match["named"] or match["who"]
        cue = "according to" if match["source"] else match["verb_first"] or match["verb"]
        firm = _firm_opening(sentence, names) if _THE_FIRM.fullmatch(who.strip()) else ""
        who = firm or who  # "Shell has begun consultations ..., the company said": the firm its own clause opens
        # with, though the article names it only at the start of sentences
        clause_end = match.end("clause") if match["source"] else match.end("clause2")
        named = _NAME_BEFORE_DESCRIPTION.search(match["clause2"] or "") if match["who"] and re.match(
            r"\s*(?:the|an?) [a-z]", match["who"]) else None
        if named and person_named(named["name"], names):  # "..., Sergei Ryzhkov, the director of X said": the
            who, clause_end = named["name"], match.start("clause2") + named.start()  # person, whose comma is lost
        clause_first = (who, cue, 0, clause_end)
        # "The talks will resume, Lena Varga said Sunday, on the last day": the words before her name are the clause
        leading = candidates[0][0].split(",")[0] if candidates else ""
        tail = sentence[match.end("verb"):] if match["verb"] else ""
        pronoun_first = leading.split()[:1] and leading.split()[0].lower() in PRONOUNS and len(leading.split()) <= 2
        first = (len(leading.split()) >= 5 or pronoun_first) and (not _FINITE_VERB.search(
            tail.strip(" ,")) or _WHERE_SAID.match(tail.strip(" ,")))  # "She admitted they were paid, the anti-fraud
        # office said": the office reports it; "..., X said in an interview published by Y": where, not what
        first = first or _PARTICIPLE_NEXT.match(tail)  # "..., the ambassador said, adding that": not "Russia ...
        # adding that"
        candidates.insert(0 if first else len(candidates), clause_first)
    for who, cue, start, end in candidates:
        while start < end and sentence[start].isspace():
            start += 1
        if _PREPOSITION_FIRST.match(sentence, start) and _VERB_JUST_BEFORE.search(sentence, 0, start):
            return None  # "has argued against higher wages", "complained about the efforts": an object, no clause
        speaker = who if who == firm else _reported_speaker(who, names, pronoun)
        if speaker and len(sentence[start:end].split()) >= 4:
            return speaker, cue.lower(), start, end
    named_last = _SAID_NAME_LAST.search(sentence) if candidates else None  # "The park will include centers for
    # data, talent, logistics, said Liu Qiang, vice-president of X": a list's commas hid the name at the end
    if named_last and (person := person_named(named_last["who"], names)) \
            and len(sentence[:named_last.start()].split()) >= 4:
        return person, named_last["verb"], len(sentence) - len(sentence.lstrip()), named_last.start()
    return None


_SAID_NAME_LAST = re.compile(rf",\s+(?P<verb>said|says|added)\s+(?P<who>{CAP_WORD}(?:\s{CAP_WORD}){{1,3}})"
                             r"(?:,\s+[^,]+)?[.!?]?\s*$")
_THING_THEN_PRONOUN = re.compile(  # "evocative poetry he (wrote)": what he wrote, not a reporting phrase
    r"(?:[a-z]+ )*(?!(?:and|but|so|as|then|now|also|later|again|too|week|month|year|night|morning|ago)\b)[a-z]{3,}"
    r"(?<!ly) (?:he|she)"
)


_UNNAMED_MINISTRY = re.compile(r"(?!(?:the|a|an|this|that|its|his|her|their) )(?:[a-z-]+ ){1,2}(?:ministry|department)")
_NATION_S_MINISTRY = re.compile(  # "Egypt's interior ministry"
    rf"(?P<owner>{CAP_WORD}(?: {CAP_WORD})?)['’]s (?:[a-z-]+ ){{1,2}}(?:ministry|department)")
_FORCES = {"police", "army", "military", "navy", "government"}  # bodies a place or a people names: "Indonesian police"


def _firm_opening(sentence: str, names: ArticleNames) -> str:
    """The name a sentence opens with when it is the subject of a verb and no person ("Shell has begun", "Russian
    mobile operator MegaFon has closed"), or ""."""
    traded = _TRADE_OPENING.match(sentence.lstrip())
    opening = CAPITALISED_RUN.match(sentence.lstrip(), traded.start("name") if traded else 0)
    name = split_role(opening.group())[0] if opening else ""
    if not name or name.split()[0].lower() in NOT_NAMES or person_named(name, names) \
            or not re.match(r" (?:has|had|is|was|will|would|plans|began|[a-z]+ed)\b", sentence.lstrip()[opening.end():]):
        return ""
    return names.resolve(name)


def _reported_speaker(phrase: str, names: ArticleNames, pronoun: "Referents") -> str:
    """The named person or body a reporting phrase names, or "" for groups ("they", "officials", "Police")."""
    phrase = phrase.lstrip("-–— ")  # "..., -Lavrov said": the export's dash glued to the name
    words = phrase.split()
    if words and len(words) <= 2 and words[-1].lower() == "it":
        return pronoun.body()  # "..., it said.": the body that spoke last or opens a recent sentence
    if phrase.lower() in ("him", "her"):
        return pronoun.of("he" if phrase.lower() == "him" else "she")  # "According to him, ..."
    relative = _NAME_THEN_WHICH.search(phrase)
    if relative:
        return subject(relative["who"], names, pronoun) or ""  # "tensions with China, which says"
    if not words or words[-1].lower() in _GROUP_PRONOUNS | {"that", "which"} or _THING_THEN_PRONOUN.fullmatch(phrase) \
            or _SOME_OF_MANY.fullmatch(phrase.strip()):
        return ""  # "they", or "attacks that have claimed 230 lives", or "the lush, evocative poetry he (wrote)"
    speaker = subject(phrase, names, pronoun) or ""
    glued = _GLUED_VERB.fullmatch(speaker)
    if glued and (person := person_named(glued["name"], names)):
        speaker = person  # "Merkel-ruled out a limit, but said": the export's hyphen for a space
    if " " not in speaker and speaker.lower().endswith(PEOPLES):
        return ""  # "Israelis from survivors to prime ministers have warned": a people, nobody in particular
    first = phrase.split(",")[0].strip()
    if speaker and " " not in speaker and speaker not in names.bodies and not speaker.isupper() \
            and CAPITALISED_RUN.fullmatch(first):
        # "Senator Lamar Alexander, chairman of the Committee on Health, Labor and Pensions, the panel ...": not
        # "Pensions", a word of the apposition
        speaker = person_named(first, names) or speaker
    if words[-1].lower() in PRONOUNS or speaker in names.full or speaker in names.one_name_only \
            or speaker in names.described_in_title:  # ("satirical author Stefanie Sargnagel" of the headline; "Neil
        # Gorsuch Made Up A Legal Standard")
        return speaker if len(speaker.split()) >= 2 or speaker in names.one_name_only or speaker in names.kin_gender \
            else ""  # (and "Her mother Julie told ... She said")
    capitals = [w for w in speaker.split() if w[:1].isupper()]
    if len(capitals) == len(speaker.split()) - 1 and speaker.split()[-1] in _FORCES:
        return speaker  # "Indonesian police said last week that", "New South Wales police said": a force, named
    if speaker in names.bodies and len(capitals) > 2:
        return speaker  # "Royal Bank of Scotland said", though "Royal" only ever opens a sentence
    if not capitals and _UNNAMED_MINISTRY.fullmatch(speaker):
        return speaker  # "the interior ministry said": a body, though the article does not name it in capitals
    owned = _NATION_S_MINISTRY.fullmatch(speaker)
    if owned and not person_named(owned["owner"], names):
        return speaker  # "Egypt's interior ministry said": a nation's ministry, though not in capitals
    governed = re.fullmatch(r"(?P<owner>.+)['’]s (?:administration|government)", speaker)
    if governed and person_named(governed["owner"], names):
        return speaker  # "Gov. Bruce Rauner's administration said"
    if len(words) == 2 and words[0].lower() == "the" and speaker == names.body(words[1].lower()):
        return speaker  # "the bank noted": the "Commerzbank" the article names, though only opening sentences
    if not capitals or not all(names.is_proper(word) for word in capitals) or speaker.lower() in _FORCES:
        return ""  # (nor "Police said", though the article names "Anaheim Police Sgt. X")
    return speaker if " " in speaker or speaker in names.surnames or len(speaker) > 1 else ""
