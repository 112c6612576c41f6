"""Quotation finding and speaker attribution by rules over the text: who said which quoted words.

1. Quoted spans come from `quotespans.py` (every mark style, export mojibake repaired); scare quotes and titles in
   marks are dropped unless a reporting verb introduces them (`Sessions said he "strongly urges"`, `Netanyahu said it
   was "unacceptable"`) or a trailing attribution reports its clause (`The firm is "very optimistic" about it, X
   said.`), though one word right after a determiner or "that" stays a scare quote (`said that "forcing" Russia`),
   and a term or translation (`so-called "..."`, `which means "..."`), a title after a sentence-opening "In" or a
   list of titles each followed by its artist (`"Hello," Adele "Formation," Beyoncé ...`) is none.
2. Names come from `names.py` (the people and bodies the article names, and how it names them), and the speaker a
   subject phrase means from `referents.py`.
3. Each quotation is attributed, in this order of preference: a caption or transcript label before it
   (`Jan Venter: "..."`); the "he" or "she" a sentence goes on with after a speech participle that opens it
   (`Telling his relatives that he had been up to some "mischief", he then drove`); a cue right after it
   (`"...," X said`, `"...," said X`, `"...," according to X`,
   `"...," the office quoted X`, a signature `"..." X, a researcher` or `"...," press secretary X on Monday.`)
   unless the quotation ended its sentence, has its own cue before it (`He told BBC Radio 4: "..."`) or sits in
   the middle of its sentence (`declared that "..." at ...`), and unless
   that cue is only a news agency that "reported" someone's words; a cue before it in its sentence
   (`X told reporters that "..."`, `Said X: "..."`, `X ..., saying "..."`, `X's stance that "..."`, `..., and said`
   taking the sentence's subject, and a participle going on with an earlier quotation's sentence taking that
   quotation's speaker); a cue later in its sentence (`"...", to Y, X told the UN`, `"..." on the district, said X`);
   the subject of a
   sentence that reports no speech (`Warren welcomed the "..."`, but nobody for `Mourners began to shout "..."`
   or `X was charged with "..."`); the speaker of a sentence before it that ends "X said." (a full stop where a colon
   belongs); the previous quotation of its paragraph; the last speaker when a paragraph opens with a quotation, or
   when the quotation opens the sentence after that speaker's reported speech; and, when nothing in the article is
   attributed, the person a headline names in the possessive ("Trump's news conference"; not a place: "Who are
   France's candidates?"). A question put to someone
   (`the Taoiseach is asked "...?"`) and words someone "was told to" say are nobody's in particular; `"No," he
   replied` after a question X put to someone is that someone's; words that call their speaker by name ("What about
   a bit of respect, Michelle?") are not Michelle's, and their speaker is left unknown.
4. Speakers are resolved to the fullest name the article gives: roles, honorifics, affiliations and appositions
   are stripped ("Kremlin spokesman Dmitry Peskov", "Al Jazeera's Andrew Simmons", "Zhang Lei, founder of X,"),
   surnames, first names, acronyms and role words ("the spokesman") map back to the full name or body (a lone name
   several people share to the last speaker, when it is theirs: "Kim said" after Kim In-ryong spoke);
   descriptions with no name of their own ("the 31-year-old striker") go to the person the text is about; "he" or
   "she" goes to a person who opens this sentence or the one before, else to the subject a chain of sentences
   opening with "he" or a description goes back to, else to one in the last two sentences, skipping one the article
   shows to be of the other gender (by a title, the pronouns after their name, or a first name that tells it). A
   body the article never names ("the court said", "a spokesperson for the organizing committee") is nobody a reader
   can search for, and its quotation's speaker is left unknown; "the government" and "the ministry" stay.
5. Sentences without marks that report speech ("X said (that) ...", "..., X said.") are found by `reported.py`
   as quotations with direct=False.
"""
from __future__ import annotations

import re

from search.model import Quote

from .names import (
    CAP_WORD, CAPITALISED_RUN, FUNCTION_WORDS, GENDER_OF, LOST_LETTER, NAMED_ONLY_AS, NOT_NAMES, ORG_NOUNS, PERSON_WORD,
    PRONOUNS, UPPER, ArticleNames, blank_quoted, is_role_word, person_named, split_role, without_party_tags,
)
from .quotespans import (
    Span, end_of_sentence, find_spans, is_scare_quote, marks_view, named_term_at, paragraph_spans, start_of_sentence,
    trim, without_titles,
)
from .referents import (
    ADVERBS, CUE_VERB, OPENING_PHRASE, PARENTHESES, QUOTED_SUBHEADING, REMARKS, STUDIES, TRAILER, UNNAMED_BY_CHOICE,
    UNNAMED_PEOPLE, VERBS, Referents, first_subject, issuer, opening_subject, sentence_subject, subject,
)
from .reported import ACCORDING_FIRST, REPORTING_PARTICIPLES, follow_quotations, reported_speech

_RUN_ON_QUOTE = 150  # characters of an unclosed quotation before the next sentence: its closing mark was lost
_PARTICIPLE = re.compile(  # "..., saying", "and adding", "paid tribute to him saying"
    r"(?:(?:,|\bwhile|\bbefore|\bafter|\band|\bby|\bstatement)\s+|(?<=\w )(?=(?:saying|stating)\b))"
    r"(?P<verb>saying|adding|shouting|writing|noting|warning|insisting|"
    r"declaring|arguing|chanting|vowing|promising|calling|describing|claiming|explaining|telling \w+|condemning|"
    r"accusing|dismissing|criticising|criticizing|praising|branding|likening|tweeting|posting|stating|asserting|"
    r"suggesting|responding|replying|recalling|stressing|urging|pledging|announcing|remarking|joking|quipping|"
    r"lamenting|predicting|asking|admitting|acknowledging|conceding|confirming|denying|boasting|complaining|slamming|"
    r"blasting|rejecting|thanking|assuring|reassuring)\b"
)
_HEADLINE_LABEL = re.compile(rf"^(?P<who>{CAP_WORD}(?: {CAP_WORD}){{0,2}}):\s+(?P<words>.+)$")
_WORD = re.compile(r"[\w'’]+")
_POSSESSIVE = re.compile(rf"(?<![\w-])(?:[{UPPER}]\w*ing )?({CAP_WORD}(?: {CAP_WORD})?)['’]s\b")
_DASH_SIGNATURE = re.compile(  # `"...." - Jane "....": a testimony signed with the name of whoever gave it, then
    # another quotation or the end (not `"...." - Mr Ross said`, the export's dash between paragraphs)
    rf"^[ \t]+[-–—][ \t]+(?P<who>{CAP_WORD}(?: {CAP_WORD})?)(?=[ \t]*[\"“]|\s*$)"
)
_EPIGRAPH_SIGNATURE = re.compile(rf"^\s*(?:--|[—–])\s*(?P<who>{CAP_WORD}(?: {CAP_WORD}){{1,2}}),\s")
_NAME_THEN_COMMA = re.compile(  # "Xue Gang, (a researcher)"; not "Echoing President X, (Trump said)" or a byline's
    # "By Peter Hunt, (BBC royal correspondent)"
    rf"^\s*(?![A-Z][a-z]+ing\b|By\s)(?P<who>{CAP_WORD}(?: {CAP_WORD}){{1,3}}),\s"
)
_APPOSITION_THEN_VERB = re.compile(  # "Ms DeVos, a former chair of the party, never attended"; not a signature's
    # "Donald Trump, US president-elect, said on Jan 9", "Pascal Lamy, former WTO head, in an interview" or "Florian
    # Seiche, president of HMD Global, the parent company of Nokia."
    rf"(?:\d{{1,3}},\s+)?[^,.!?\"“”]{{1,100}}(?:,\s+[A-Z][^,.!?\"“”]{{1,40}})?,\s+"  # (and "X, of Guilford,
    # Connecticut, has worked", "X, 45, the only one of the crew found, was taken")
    rf"(?!(?:{VERBS}|in|on|at|during|when|after|before|while|the|a|an|one|[a-z]+ing)\b)[a-z]"
)  # (nor "X, general manager of Y Corp, one of the largest makers")
_SIGNED_CLAUSE = re.compile(rf",\s+(?P<who>[^,]{{1,60}}?)\s+(?:{VERBS})$")
_SPOKE_MEANWHILE = re.compile(  # "as the Kremlin spoke out"
    rf"\b(?:as|while|when)\s+(?P<who>(?:the\s+)?{CAP_WORD}(?:\s+{CAP_WORD}){{0,3}})\s+(?:{VERBS})\b"
)
_WHO_DID = re.compile(rf"(?P<who>{CAP_WORD}(?: {CAP_WORD}){{0,3}}),\s+who\s+[^,]+$")  # "for Trump, who responded"
_ENDED_OUTSIDE = re.compile(r"[\"”’'»]?[.!?](?:\s|[-–—]|$)")
_WHILE = re.compile(r"\b(?:while|whereas)\s")
_WHICH = re.compile(r"(?:which|what)\s")
_ASKED_SOMEONE = re.compile(r"\s+(?:him|her|them|me|us)\b")
_DASH_BREAK = re.compile(r"\s*--|\s[-–—]\s")
_CLAUSE_CHAR = rf"(?:[^,;:!?\"“”]|{LOST_LETTER})"  # what a speaker's phrase is made of: "Michael Voigtl?nder"
_OWN_OBJECT = re.compile(  # `"...", Nick Clegg described it as`, `"..." X, director of Y, describes this as`
    rf"[\"”’'»]?,?\s+(?:[^\"“”.!?;]|\.(?=\S)){{1,160}}?\s(?:{VERBS})\s+(?:it|them|him|her|this|that|himself|herself)"
    rf"\s+as\b"  # (a full stop inside "U.K.'s" goes on)
)
_SAID_THEN_STOP = re.compile(r"\s*(?P<who>[A-Z][^.!?\"“”]{1,80}?)\s+(?P<verb>said|says|added)\.\s*$")
_SAYS_X_THEN_STOP = re.compile(  # `"It girls" were ubiquitous, says Wendy Holden, ghostwriter of X. "..."`
    rf",\s+(?P<verb>said|says|added|adds)\s+(?P<who>{CAP_WORD}(?: {CAP_WORD}){{1,3}}|[A-Z][^,.!?\"“”]{{1,120}}?)"
    rf"(?:,[^.!?\"“”]{{1,120}})?\.\s*$"
)
_PRONOUN_AFTER = re.compile(r"[\"”’'\s,]*(?:he|she)\s")  # `"...," he explained`
_STOP = re.compile(r"[.!?]")  # between two quotations: they are not one sentence
_SUBJECT_SPOKE = re.compile(  # "Hariri accused the government of ...", "Speaking to DW, he criticized the church",
    # "Meikle believes there's a case to ban ships": what the next quotation goes on with
    rf"\s*(?P<who>[A-Z][^.!?\"“”,;:]{{1,60}}?|he|she)"
    rf"(?:,[^.!?\"“”;:]{{1,160}},|, an? [^.!?\"“”;:,]{{1,80}})?\s+"  # "Kiss, founder of X, thinks", "Kiss, an analyst
    # at X warned" (the apposition's closing comma lost)
    rf"(?:{VERBS}|believes|thinks|feels|fears|hopes|expressed|voiced|(?:dis)?agree[sd](?=\s*[.:]|\s+with\b))\b"
    rf"[^\"“”]*$")  # "X expressed concern over", "X agrees."
_SUBJECT_AND_CUE = re.compile(rf"(?:\b[A-Z][\w'’-]*|\b(?:he|she|they|it))\s+(?:{VERBS})\b")  # "Nunes told"
_AND_BUT_END = re.compile(r"(?:^|[\s,])(?:and|but)\s+$")
_HEADING_TAIL = re.compile(r"\s*[A-Z][^'‘’\"“”]*[^\s'‘’\"“”]['’]\s*")
_MARKS_AND_DASH = " \"“”'‘’-"  # what may stand between a sentence's start and its opening quotation mark
_PASSIVE_END = re.compile(r"\b(?:was|were|is|are|been|being)\s+$")
_SAID_OF_THE_SUBJECT = {  # verbs whose passive is said about the subject, not by it (unlike "was quoted as saying")
    "accused", "described", "criticised", "criticized", "called", "branded", "condemned", "praised", "dismissed",
    "termed", "slammed", "blasted", "lambasted", "likened",
}
_ASKED_BY = re.compile(rf"\s+by\s+(?P<who>(?:{CAP_WORD}\.? ){{0,3}}{CAP_WORD})")
_BY_AGENT = re.compile(  # "accused by President Trump of", "described as "..." by the New York Times."
    rf"\s+by\s+(?:the\s+)?(?P<who>(?:{CAP_WORD}\.? ){{0,3}}{CAP_WORD})(?=\s*(?:of\b|as\b|[.;:]|$))"
)
_SAID_ASIDE = re.compile(r",\s+(?P<pronoun>he|she)\s+(?:said|says|added|adds),")
_OBTAINED_BY = re.compile(r"\b(?:obtained|seen|reviewed|viewed)\s+by\b")
_DOCUMENT_SENT_BY = re.compile(  # "a letter that Israel's Prime Minister Benjamin Netanyahu sent to the court"
    r"(?:an?|the) (?:\w+ )?(?:letter|statement|memo|email|document) (?:that|which) (?P<who>.{3,80}?) "
    r"(?:sent|wrote|issued|signed|released)\b")
_CALLED_ON = re.compile(r"\s+(?:on|upon|for)\b")
_NAME_LIST_NEXT = re.compile(rf"\s*{CAP_WORD} {CAP_WORD}, ")  # "...." Tina Fey, Alec Baldwin, Tom Hanks ... are
_NAME_THEN_BARE_ROLE = re.compile(
    rf"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.? )?(?P<who>{CAP_WORD}(?: {CAP_WORD}){{1,2}}) "
    rf"(?P<role>[a-z]+(?: [a-z]+)?) (?:of|at|for) ")
_KIND_THEN_MARKED_NAME = re.compile(
    r"\b(?P<kind>magazine|newspaper|paper|daily|weekly|website|broadcaster|journal|tabloid) [\"“]"
    r"(?P<name>[A-Z][^\"“”.,]{0,40})(?P<stop>[.,]?)[\"”]?")  # (the quotation's sentence may end inside the marks)
_CAPTION_END = re.compile(r"[^.!?\"“”]{1,80}?\s{2,}[A-Z]")  # "X, Y in Soviet era photographs  The": no full stop
_IN_WHICH_END = re.compile(r",\s+(?:in which|during which|where|when)\s+(?:\w+\s+){1,2}$")  # a relative clause's
# cue: ", in which she (said)"
_SUFFIX_POSSESSIVE = re.compile(r"(?:Jr|Sr)\.?['’]s\b")  # `"...." Martin Luther King, Jr.'s words began`
_VERB_NEXT = re.compile(  # "Imam Ali, said,", "X MP, Chair of the committee, said:", "X, a minister, told Al
    # Jazeera:": the next quotation's cue
    rf"(?:[^,.!?\"“”]{{1,100}},)?\s*(?:{VERBS})\b(?:\s+{CAP_WORD}(?: {CAP_WORD}){{0,2}})?(?:,|\s*:)"
)
_CUE_THEN_MARK = re.compile(  # `X said: "`, `X wrote, "`, `X said last week: "`, `X tweeted about Tsingtao: "`
    rf"\b(?:{VERBS}|saying|adding)(?:\s+(?:last|this|on|late|early) \w+|\s+(?:earlier|later|yesterday|today|in part|"
    rf"simply|only))?\s*[:,]$"  # (and `saying in part: "`)
    rf"|\b(?:{VERBS})\s+(?:about|on|of)\s+[^:,;\"“”]{{1,40}}:$"
)
_TOLD_LISTENER = re.compile(  # `He told the newspaper's journalists "`, `He told BBC Radio 4: "`
    r"\b(?:told|tells|telling)(?: (?:the|his|her|their|[a-z]+['’]s|[a-z]+|[A-Z][\w'’]*|\d+)){1,4}:?$"
)
_ANONYMOUS = re.compile(r"\banonym|\bnot (?:to )?be (?:named|identified)\b")
_VERB_THEN_THAT = re.compile(rf"\b(?:{VERBS}|saying|adding)\s+that$")  # (and "X says, adding that "..."")
_APPOSITION_THEN_REPORT = re.compile(  # "Scott Heidler, reporting from Beijing, said the proposals ...": a new
    # sentence of its own, not a signature's "Donald Trump, US president-elect, said on Jan 9."
    rf"(?:(?:[^,.!?\"“”]|(?<=\b[A-Z])\.){{1,120}},\s+){{1,2}}(?:{VERBS})\b"  # (an initial: "Thomas R. Kline School")
    rf"(?!\s*[.,;]|\s+(?:on|in|at(?! least| most)|after|during|last|this|earlier|late|while|"
    rf"when|before|yesterday|today|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)"
)
_ACCORDING_AFTER = re.compile(  # (also `"...", expecting all-year-round produce, according to X`)
    rf"^[\s,]*(?:[a-z]+ing\b[^,\"“”.]{{0,60}},\s*)?according to (?P<who>{_CLAUSE_CHAR}{{1,80}})")
_LATER_ACCORDING = re.compile(rf",\s*according to (?P<who>{_CLAUSE_CHAR}{{1,80}})$")  # what ends the sentence
_AS_CLAUSE = re.compile(r" (?:as|while|when|because|after) (?=[a-z]+ [a-z]+)")
_CLAUSE_OF_ITS_OWN = re.compile(r"(?:his|her|their|its|our|my)\s+\w+\s+(?:was|is|were|are|had|has|would|will)\b")
_MAINTAINED_THING = re.compile(  # "maintained some contacts", not "maintains its stance that"
    r"\s+(?:some|a|an|its|his|her|their|close|good|strong|regular)\s+\w+\b(?!\s+that\b)"
)
_CUE_AFTER_VERB_FIRST = re.compile(  # (and a stray comma: `"...," says, Rodrigo Medellin, a professor`)
    rf"^[\s,]*(?P<verb>{VERBS})(?:\s+|,\s+(?=[A-Z]))(?P<who>{_CLAUSE_CHAR}{{1,120}})")
_WHAT_X_CALLS = re.compile(  # `The "..." is what X calls the President's agenda`
    rf"^\s*(?:is|was|are|were) what (?P<who>{_CLAUSE_CHAR}{{1,80}}?) (?P<verb>calls|called|dubs|dubbed|terms|termed)\b"
)
_NAME_AFTER_ROLE = re.compile(  # "said Tundey Kababi's owner, Raees Ahmad." or "..., Raees Ahmad, as he (left)", "in"
    rf",\s+(?P<who>{CAP_WORD}(?: {CAP_WORD}){{0,3}})\s*(?:[.;]|$|,\s+(?:as|while|who|adding|when|in|on)\b)"
)
_CUE_AFTER_SUBJECT_FIRST = re.compile(  # not `"...", while X described it as`: a clause of its own
    # "X, a founder, sarcastically told", "X, a scientist at SOAS, University of London, told"; not "posted by"
    rf"^(?![\s,]*(?:while|whereas|where)\b)[\s,]*(?P<who>{_CLAUSE_CHAR}{{1,80}}?)"
    rf"(?:,(?P<appos>{_CLAUSE_CHAR}{{1,160}}(?:,\s*{CAP_WORD}(?: (?:of |the )*{CAP_WORD}){{0,4}}"
    rf"|,\s*(?:{CAP_WORD}['’]s\s+)?[a-z][^,\"“”]{{0,80}})?),)?"  # "X, professor of biology, geological and earth
    # sciences at Y, told", "X, advisor to the HNC, Syria's main opposition umbrella, told"
    rf"(?P<stray>,)?\s+(?:(?:{ADVERBS})\s+)?(?:(?P<passive>was|were|is)\s+(?=quoted\b))?"  # (a stray comma: "X
    rf"(?P<verb>{VERBS})\b(?!\s+by\b)"  # Bayugo, told"; "X, a lawyer at Y, was quoted as saying")
)
_REPORTED_SUBJECT = re.compile(  # the subject of a clause someone reports: "He said Mr Noonan concluded"
    rf"\b(?:said|says|told \w+)\s+(?:that\s+)?(?P<who>(?:Mr|Mrs|Ms|Dr)\.? {CAP_WORD}|{CAP_WORD} {CAP_WORD})\s+[a-z]"
)
_LATER_CUE_VERB_FIRST = re.compile(  # ", said X"; not ", told DW", whose object is the listener
    rf",\s*(?!told\b|tells\b)(?P<verb>{VERBS})\s+(?P<who>(?:[A-Z]|the\b|an?\b){_CLAUSE_CHAR}{{0,80}})"
)
_TRAILING_ADVERB = re.compile(  # "said X recently", "said X a few weeks ago"
    r"(?:\s+[a-z]+ly|\s+(?:a few|several|some|a|one|two|three|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago)+\s*$"
)
_AGE_AFTER_NAME = re.compile(rf"^(?P<name>[\s,]*{CAP_WORD}(?: {CAP_WORD}){{1,3}}),\s*\d{{1,3}}(?=,)")
_OPEN_APPOSITION = re.compile(  # an apposition the writer did not close with a comma
    rf"^[\s,]*(?P<who>{CAP_WORD}(?: {CAP_WORD}){{1,3}}), "
    rf"(?:(?:a|an|the) |[a-z]+(?: [a-z]+){{0,2}} (?:of|at|for) |[A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}} (?:of|at|for) )"
    rf"{_CLAUSE_CHAR}{{1,140}}?(?:,\s+(?:the|a|an)\s{_CLAUSE_CHAR}{{1,100}}?)?\s+(?P<verb>{VERBS})\b"
)  # ("X, president of West Virginia Friends of Coal told", "X, a resident of Vitoria, the capital of Y told", "X,
# chief executive officer of the Happiness Research Institute in Copenhagen told", "X, Chief Scientist of the Y tells")
_REPORTING_FROM = re.compile(  # "...," Al Jazeera's Shihab Rattansi, reporting from Washington, DC, said.
    rf"^[\s,]*(?P<who>{_CLAUSE_CHAR}{{1,80}}?),\s+(?:reporting|speaking|writing)\s+from\s+[^;:!?\"“”]{{1,60}}?,\s+"
    rf"(?P<appos>)(?P<verb>{VERBS})\b"
)
_LINK = re.compile(r"\b(?:pic\.twitter\.com|https?://)")
_LATER_CUE = re.compile(  # not ", while X said ...", a clause of its own, or ", which X says is ..."
    rf",(?!\s*(?:while|whereas|which|what)\b)\s*(?P<who>{_CLAUSE_CHAR}{{1,60}}?)"
    rf"(?:,(?P<appos>{_CLAUSE_CHAR}{{1,80}}),)?\s+"
    rf"(?P<verb>{VERBS})\b"
)
_WORDS_OF = re.compile(  # "Theresa May's stance that", "his remarks in South Korea on Friday that"
    rf"\b(?P<owner>[Hh]is|[Hh]er|{CAP_WORD}(?: (?:of )?{CAP_WORD}){{0,3}}(?:['’]s|(?<=s)['’])) (?:[a-z]+ )?"
    rf"(?:remarks|comments?|words|statement|speech|stance|view|claim|warning|promise|pledge|assessment|response|"
    rf"reply|message|explanation|conclusion|ruling|finding|language|argument|decision|judgment|admonition)"  # "the
    # Court of Appeals' conclusion that", "the Arab League's ominous admonition that"
    rf"(?:\s+of\s*|\b[^.!?\"“”]{{0,80}}?\bthat\b[^.!?]{{0,160}})(?<! as )$"  # not "rejected Sessions's claim
    # that ... as "simply not credible"", the subject's view of that claim
)
_TO_SOCIAL_MEDIA = re.compile(  # "he used Twitter to exclaim,", "took to Facebook on Monday to thank"
    r"\s(?:took|takes|taking|turned|turns|went|used|uses|using)\s+(?:to\s+)?(?:Twitter|Facebook|Instagram|social media)"
    r"\b[^\"“”.]{0,40}?\bto\s+[a-z]+\b[^\"“”.]{0,60}$"
)
_ADJUNCT_TO = re.compile(r"\s+(?:in|during|at)\s+[^\"“”.,;]{0,60}?\b(?:to|on)\s+$")
_WHAT_X_SAID = re.compile(
    rf"\bwhat (?P<who>(?:{CAP_WORD} ){{1,3}})(?:[a-z]+ )?(?:had|has|have) to say\b[^\"“”]{{0,40}}:\s*$"
)
_WITH_SUBJECT = re.compile(  # "..., with (Labour leader) Jeremy Corbyn calling"; not "a picture with X demanding"
    rf",\s+with (?:[a-z]+ )?(?P<who>(?:the )?{CAP_WORD}(?:['’]s)?(?: (?:of |for |and )?{CAP_WORD}(?:['’]s)?){{0,6}})"
    r" (?P<verb>[a-z]+ing)\b"  # ("with the Federation of Small Businesses saying", "with Sinn Fein's X saying")
)
_WITH_SOMEONE = re.compile(r",\s+with (?:a|an|one) (?:[a-z-]+ ){0,2}?(?P<noun>[a-z]+)\b[^,;\"“”]{0,80}$")
_CHARACTERISED = "blasted|rejected|dismissed|denounced|derided|characteri[sz]ed"  # "X rejected (them) as "...""
_REFERRED_TO_AS = re.compile(  # "which US President Barack Obama had previously referred to as a "red line"", "what it
    # referred to as "terrorist groups""
    rf"\b(?:which|what)\s+(?P<who>(?:{CAP_WORD} ){{0,4}}{CAP_WORD}|he|she|it|they)\s+(?:had\s+|has\s+)?(?:[a-z]+ly\s+)?"
    rf"(?P<verb>referred to|described|termed|dubbed|labell?ed|praised|hailed|branded|{_CHARACTERISED})"
    rf"\s+as\s+(?:an?\s+|the\s+)?$"  # (and "which Israel rejected as")
)
_THAT_X_CALLS = re.compile(  # "a concept that Sonia M. Suter, professor of law at X, calls "solo IVG.""
    rf"\b(?:that|which|what)\s+(?P<who>(?:{CAP_WORD}\.? ){{0,3}}{CAP_WORD})(?:,[^,;\"“”]{{1,100}},)?\s+"
    rf"(?P<verb>calls|called|dubs|dubbed|terms|termed)\s+$"
)
_CHARACTERISED_AS = re.compile(  # "the president has repeatedly attacked the network as "fake news""
    rf"\b(?P<verb>{_CHARACTERISED}|attacked|attacks|rejects|dismisses|denounces|derides|characteri[sz]es|defined|"
    r"defines|regarded|regards|portrayed|portrays|mocked|ridiculed)"
    r"\s+(?!as\b)[^\"“”,.;:]{1,80}?\s+as\s+(?:an?\s+|the\s+)?$"
)
_SUBJECT_BEFORE_VERB = re.compile(  # "(even as) the president has repeatedly (attacked)", "(, and) GCHQ (rejected)"
    r"(?<![\w'’-])(?P<who>(?:(?!\b(?:as|while|when|but|and|after|because)\b)[^,;:\"“”]){1,60}?)\s+"
    rf"(?:(?:has|have|had|once|{ADVERBS})\s+)*$"
)
_WHAT_HE_SAID = re.compile(
    rf"(?P<who>{CAP_WORD}(?: {CAP_WORD}){{0,3}}) [a-z]+ what (?:he|she) (?P<verb>said|says|called|calls)\b[^\"“”]*$"
)
_QUOTE_FROM = re.compile(  # "my favourite quotes from activist Maggie Kuhn:", "lines uttered by First Lady X to date,"
    rf"\b(?:quotes?|quotations?|words|motto|lines?|advice)(?: (?:uttered|spoken|written))? (?:from|of|by) (?:the )?"
    rf"(?:[a-z]+ ){{0,3}}(?P<who>{CAP_WORD}(?: {CAP_WORD}){{1,3}})"
    rf"(?: to date|\s+(?:on|last|this) [A-Z]?[a-z]+)?\s*[:,]?\s*$"  # "In the words of X (R-Wis.) on Friday:"
)
_IN_WORDS = re.compile(  # "The goal, in Schumer's words, is to paint this judge as someone who "...""
    rf"\b[Ii]n (?P<who>{CAP_WORD}(?: {CAP_WORD}){{0,2}})['’]s?(?: own)? words\b[^\"“”.!?]{{0,160}}$"
)
_HAILED_BY = re.compile(
    rf"\b(?P<verb>hailed|described|called|branded|praised|dismissed|labelled|labeled) by "
    rf"(?P<who>(?:[\w.-]+ ){{0,3}}?{CAP_WORD}(?: {CAP_WORD}){{1,2}}) as (?:an? |the )?$"
)
_INNER_REPORT = re.compile(  # `Kelly told them he was "...," X said`, `X said Kelly suggested "..."`: Kelly's words
    rf"(?:^|[,.]\s+|\b(?:said|says|told \w+)(?: (?:on|in|to) [A-Z]\w*)?\s+)(?:[A-Z][a-z]+\.? )?"
    rf"(?P<who>{CAP_WORD}(?: {CAP_WORD}){{0,2}}) (?:[a-z]+ly )?"
    rf"(?:(?:told|tells) (?:\w+ ){{0,2}}(?:that )?(?:he|she|it)(?: (?:was|is|had|would|will|has|should))?(?: not)?"
    rf"|suggested|insisted|said (?:that )?(?:he|she|it) (?:was|is|had|would|will|has)(?: not)?(?: an?| the)?"
    rf"|(?:had |has )?described (?:himself|herself) as"  # `X said Webster had described himself as "..."`
    rf"|[-–—]+ who (?:describes|described) (?:himself|herself) as(?: an?)?)\s+$"  # `Jin -- who describes
    # himself as a "..."`
)
_AS_X_SAID = re.compile(
    rf"\bas\s+(?:(?:his|her|their|the)\s+[a-z]+\s+)?(?P<who>{CAP_WORD}(?:\s{CAP_WORD}){{0,3}})"
    r"\s+(?P<verb>said|says|wrote)[\s,:]*$")
_INSERTED_CUE = re.compile(
    rf"(?<=[a-z]),\s+(?P<verb>said|says)\s+(?P<who>{CAP_WORD}(?: {CAP_WORD}){{0,2}}),"
    rf"(?:\s+(?:the|a|an)\s[^,;:\"“”]{{1,60}},)?(?:\s+|-)[^,;:\"“”]{{0,80}}$"  # "said Keith, the Harvard
    # professor,-should": a role between commas, and the export's hyphen for a space
)
_WORDS_BY = re.compile(
    rf"\b(?:remarks|comments|words|statements?|claims?|assertions?|assurances?|promises?|warnings?|accusations?)\b"
    rf"[^.!?\"“”]{{0,30}}?"
    rf"\b(?:by|from) (?P<who>(?:[\w.-]+ ){{0,4}}?{CAP_WORD}(?: {CAP_WORD}){{1,2}})"
    rf"(?: (?:on|last|this) [A-Z]?[a-z]+)? that\b"
    rf"(?:[^.!?\"“”]|[\"“][^\"“”]{{1,40}}[\"”]){{0,160}}$"  # `that the order was "finalized" and was "...`
)
_CAPITALS_LABEL = re.compile(
    r"(?:^|[^\w\s,]\s*)(?P<who>(?:[A-Z][A-Z.'’-]+ ){0,3}[A-Z][A-Z'’-]+)(?:, [^:\"“”]{1,80})?:\s*$"
)
_BODY_LABEL = re.compile(rf"{CAP_WORD}(?: (?:and |of |for |the )*{CAP_WORD}){{1,7}}")  # "Northern Ireland Health
# and Social Care Board"
_NAME_COLON = re.compile(rf"(?:^|[.!?\-]\s|\s-)\s*(?P<who>{CAP_WORD}(?: {CAP_WORD}){{1,3}}):\s*$")
_ROLE_LABEL = re.compile(  # "Sports minister Tracey Crouch:", "Rob Portman (R-Ohio):", "Andrew Bingham, CMS member:"
    r"(?:^|[.!?]\s|\s-)\s*(?P<who>[^.!?:;,()\"“”]{3,80})(?:, (?P<apposition>[^.!?:;,()\"“”]{3,60}))?"
    r"(?:\s*\([^()\"“”]{1,40}\))?:\s*$"
)
_GLUED_LABEL = re.compile(  # a label glued to the sentence before it, whose full stop the export lost
    r"\s(?P<word>[a-z]+)\s(?P<who>[A-Z][^.!?:;,()\"“”]{3,80}):\s*$"
)
_SAID_FIRST = re.compile(  # "Said DNC spokesman Zac Petkanas:", "Says Feng Yunxi, a real estate agent with X:"
    r"^\s*(?P<verb>Said|Says|Added|Wrote|Tweeted|Complained|Explained|Recalled|Warned|Insisted|Noted|Replied|Quipped|"
    r"Declared)\s+(?P<who>[^:,]{2,80}?)(?:,[^:,\"“”]{2,80})?\s*[:,]\s*$"
)
_SAYS_X_BEFORE = re.compile(r",\s+(?P<verb>says|said)\s+(?P<who>[A-Z][^:,\"“”]{1,60}?),\s*$")
_THAT_SUBJECT = re.compile(r"\bthat (?P<who>[^,]+?)\s*$")  # "Police allege that suspect X (shouted)"
_QUOTING_SOMEONE = re.compile(  # "(said) quoting the tournament's director Manolo Santana", "citing Deputy CEO X"
    r",?\s+(?:quoting|citing)\s+(?P<who>[^,.;\"“”]{3,80}?)\s*(?:[,.;]|$)"
)
_PURPOSE_TO = re.compile(r",\s+to\s+$")  # "He overruled X, to warn of": an infinitive of the sentence's subject
_COORDINATED = re.compile(rf"^[^,;:]*,?\s+(?:and|but)\s+(?P<verb>{VERBS})\b")  # "... the Obama years, and said"
_CONTINUED = re.compile(  # a quotation in the middle of its sentence: `"we're very angry" at North Korea's tests`,
    r"^\s*(?:[a-z]+ly\s+)?(?:at|in|on|of|for|to|from|with|by|about|and|but|or|as|than|that|which|because|if|over|"
    r"against|into|during|after|before)\b"
)
_IN_A_QUESTION = re.compile(r"^\s*(?:When |After )?[Aa]sked (?:if|whether|why|how|what|when)\b[^\"“”,;]*$")
_CITED_AS = re.compile(  # "They cited Jim Mattis, now defence secretary, as once saying "...""
    rf"\b(?P<verb>quoted|quoting|cited|citing)\s+(?P<who>(?:{CAP_WORD}\.? ){{0,4}}{CAP_WORD})(?:,[^,\"“”]{{1,80}},)?"
    rf"\s+as\s+(?:[a-z]+\s+)?(?:saying|telling \w+|writing)\b[^\"“”]*$"
)
_OWN_DESCRIPTION = re.compile(  # "President Donald Trump's description of these audiences as "...""
    rf"\b(?P<who>(?:{CAP_WORD} ){{0,3}}{CAP_WORD})['’]s?\s+(?P<verb>description|characteri[sz]ation|portrayal)\s+of\s+"
    rf"[^\"“”,.]{{1,60}}\s+as\s+(?:an?\s+|the\s+)?$"
)
_WHEN_CLAUSE = re.compile(r"\s+(?:when|while|as|because|after|before)\s")
_NEXT_CLAUSE = re.compile(  # `"...", and Mr Starmer said`, `"..." - while X said`: a clause of its own
    r"^[\"”’'»]?\s*(?:,\s*(?:and|but)|(?:,|\s[-–—])\s*(?:while|whereas))\s"
)
_SIGNED = re.compile(  # `"...wrong." Nunes said.`, `"..." Nunes said on Monday.`, `"..." Nunes said, referring to`;
    # not `"..." Fitzpatrick said the letter was an obstacle.` or `"..." X said at least 21 died.`, a new sentence of
    # reported speech
    rf"^(?:{CAP_WORD} ){{1,5}}(?:{VERBS})\b"
    rf"(?:(?:(?!\b(?:that|was|were|is|are|has|had|have|will|would|could|should|can|did|least)\b)"
    rf"[^.!?\"“”]){{0,40}}[.!?]"
    rf"|,?\s+(?!during\b|including\b|according\b|nothing\b|something\b)[a-z]+ing\b)"
)
_SIGNED_WITHOUT_VERB = re.compile(  # (and `"...," Manuel Lafont Rapnouil, head of X, describing her discourse.`)
    rf"^\s*(?!(?:thanks|due|owing|with|by|to|for|from|of|like|including|unlike|than|as|and|but)\b)"  # (not `"...,"
    # thanks to Michelle Obama.`, no speaker)
    rf"(?P<who>(?:[\w'’.-]+ ){{0,5}}{CAP_WORD} {CAP_WORD})(?:\s+(?:on|last|this)\s+\w+)?"
    rf"(?:,[^,.!?\"“”]{{3,100}},\s+[a-z]+ing\b[^.!?\"“”]{{0,80}})?\s*\.(?:\s|$)"
)
_SIGNED_WITH_ANY_VERB = re.compile(  # `"...," the president huffed.`: a subject and one past-tense verb end it
    r"^\s*(?P<who>(?:[Tt]he |[Aa]n? )?(?:[\w'’.-]+ ){0,3}[\w'’.-]+) (?P<verb>[a-z]{3,}ed)\s*[.!](?:\s|$)"
)
_SIGNED_AFTER_EXCLAMATION = re.compile(  # not `"...!" Stephanopoulos asked Ferguson if ...`, a new sentence
    rf"^(?:{CAP_WORD} ){{1,5}}(?:{VERBS})\b(?!\s+(?:{CAP_WORD}|if|whether)\b)"
)
_OWN_VERB = re.compile(  # `"...there?" The mayor's behaviour has no precedent, historians say.`: a sentence with
    # a verb of its own; not `"...?" Trump was asked.`
    rf"^[A-Z][^\"“”.,;:]{{0,60}}?\s(?:is|are|was|were|has|have|had|will|would|can|could)\s"
    rf"(?!(?:{VERBS})\b(?!\s+(?:with|by|in|against)\b))"  # (but "The Orang Asli have responded with legal action")
)
_AGREED = re.compile(  # (a full stop inside "U.S.-led" goes on)
    r"(?:[^.!?\"“”]|\.(?=\S)){0,160}\b(?:agreed|agrees|disagreed|disagrees|concurred|concurs)\s*[.!?]"
)
_NOBODY_KNOWN = re.compile(r"(?:one of (?:the )?|some |many |most )?(?:theories|estimates|reports|rumou?rs|polls)")
_STOP_THEN_LOWER = re.compile(r"(?<=[a-z])\.\s+(?=[^A-Z\"“])")
_ROLE_OF_BODY_THEN_NAME = re.compile(
    rf"[a-z]+(?: [a-z]+)? of the (?:{CAP_WORD} (?:of )?)+?(?P<who>(?:{CAP_WORD} ){{1,3}}{CAP_WORD})\s*\.?$"
)
_POSTED_QUOTING = re.compile(  # a document "posted on" a website that quotes someone: the one it quotes speaks
    r"[\s,]*(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+)?(?:statement|release|post|message)\s+"
    r"(?:posted|published|released)\s+(?:on|in)\s+[^,.\"“”]{1,60}?\s+quoted\s+"
    r"(?P<quoted>[^,.\"“”]{1,80}?\s+as\s+saying)"
)
_DOCUMENT_JUST_BEFORE = re.compile(r"\b(?:statement|letter|post|message|video|tweet|release)\s+$")
_PREPOSITION_NEXT = re.compile(r"\s+(?:on|to|in|at|by|from|online)\b")
_OF_WHAT = re.compile(r"\s+of\s+(?:his|her|their|its|this|that|these|those)\s")
_ANSWER = re.compile(r"[\s,]*(?P<pronoun>he|she)\s+(?:replied|responded|answered)\b")  # `"No," he replied`
_NEXT_CUE = re.compile(  # `"...?" Mr Sessions responded: "...`, `"...?" X responded with the following: "...`
    rf"^(?:{CAP_WORD} ){{1,5}}(?:{VERBS})(?:\s+[a-z]+){{0,4}}\s*:"
)
_CUE_THEN_THAT = re.compile(  # `"...?" The bill's supporters argue that ...`, `"...?" X says it took her years`: a
    # sentence that reports its own words
    rf"^[A-Z][^\"“”.,;:]{{0,60}}?\s(?:{VERBS})\s+(?:that\b|(?:it|he|she|they|we|there)\s+[a-z])"
)
_NOT_OWN_WORDS = re.compile(
    r"\b(?:is|are|was|were) (?:set|expected|due|scheduled|charged|accused|convicted|indicted|sentenced)\b|\bwill\b"
)
_LAST_CLAUSE = re.compile(  # "X did Y, but his spokeswoman Z", "he received the prize; the Swedish Academy cited"
    r"[,;]\s+(?:but|and|while|whereas)\s+(?=(?:his|her|their|the|[A-Z]))|;\s+(?=(?:[Tt]he|[A-Z]))"
)
_LAW_THAT_SAYS = re.compile(  # `a provision in the rule that states "..."`, `a section of law that says`,
    r"\b(?:rule|law|provision|section|clause|statute|regulation)s?\s+(?:(?:that|which)\s+)?"  # `the law states that:`
    r"(?:states|says|reads|stipulates|provides)\b[^\"“”]*$"
    # "Article 9 of the convention says", "The EU's Directive 2000/78 prohibits "..."":
    r"|\b(?:[Dd]irective|[Cc]onvention|[Cc]harter|[Cc]onstitution|Article \d+)\b[^\"“”.,;]{0,40}?"
    r"\b(?:states|says|reads|stipulates|provides|prohibits|guarantees)\b[^\"“”]*$"
)
_WRITTEN_ON = re.compile(  # `holding up signs reading: "..."`, `a banner that said "..."`, `led by the banner "..."`,
    # `signs a one-page form that states: "..."`
    r"\b(?:signs?|banners?|placards?|posters?|t-shirts?|graffiti|slogans?|text messages|leaflets?|forms?|waivers?)\s+"
    r"(?:(?:that|which)\s+)?(?:reading|read|reads|saying|said|says|states|stated|with the words)\s*:?\s*$"
    r"|\b(?:signs?|banners?|placards?|posters?)\s*:?\s*$"
)  # (but "his famous slogan "..."" is his; and "text messages saying: "..."" are nobody's in particular)
_CHARGED_WITH = re.compile(  # a charge's name in marks: `placed under formal investigation for "..."`
    r"\b(?:prosecuted|investigated|investigation|indicted|charged|sentenced|arrested|fined|tried)\b(?:\s+[\w-]+){0,4}?"
    r"\s+(?:for|with)\s*$|\b(?:convicted|found guilty|pleaded guilty to(?:\s+[\w-]+){0,3})\s+of\s*$"
)
_PLURAL_NOUN_AFTER = re.compile(r"\b(?:similar|such|these|those|many|some|no|new|false|repeated|earlier)\s+$")
_AS_A_NOUN = re.compile(r"(?:['’]s|\b(?:the|his|her|their|its|these|those|such|of))\s+$")
_INTRODUCING_VERB = re.compile(rf"(?<![\w-])(?:{VERBS})\b")  # not "so-called"
_REPORTING_PARTICIPLE = re.compile(  # "with X telling the magazine that the team are "much more compact""
    rf"\b(?:{REPORTING_PARTICIPLES}|telling)\b")
_ATTRIBUTED_AFTER = re.compile(  # `The firm is "very optimistic" about the future(, Lena Varga told the council.)`
    r"[^\"“”,]*,\s+(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}|"
    r"(?:the|his|her|its|their)(?:\s+[a-z-]+){1,3}|he|she)"
    r"\s+(?:has\s+|had\s+)?(?:said|says|told|tells|added|insisted|warned|argued|explained|stressed|noted|claimed|"
    r"maintained|acknowledged|admitted|conceded|predicted|confirmed|tweeted|wrote|stated)"
    r"(?:\s+(?:on|late|early|last|this)\s+\w+|"
    r"\s+(?:reporters|journalists|the(?:\s+[a-z]+){1,2}|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*))?"
    r"\s*[.!?]?\s*$"
)
_GOES_ON = re.compile(r"[\s,]*[a-z]")
_MARK_THEN_SPACE_END = re.compile(r"[\w,][\"”]\s+$")  # another title's closing mark right before (not an answer's:
# `"...?" "No," he said`)
_SPACE_THEN_MARK = re.compile(r"\s+[\"“][A-Z0-9]")
_MARKED_NAME_THEN_WORD = re.compile(r"[\"“](?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})[\"”](?= [a-z])")
_SPEECH_PARTICIPLE_OPENING = re.compile(
    r"\s*(?:Telling|Saying|Insisting|Claiming|Arguing|Warning|Calling|Describing|Promising|Vowing)\b[^.;:]*"
)
_SUBJECT_AFTER_CLAUSE = re.compile(r"[^.;:\"“”]{0,60}?,\s+(?P<pronoun>he|she)\s+[a-z]")
_TITLED = re.compile(r"\b(?:titled|entitled)[\s,:]*$")  # `a report titled "France: Police above the law?"`
_NAMED_TERM = re.compile(  # `so-called "last mile"`, `which means "forest of things"`, `translates as "..."`,
    # `the basic meaning is "follow"`, `means "run fast" or "super strong"`
    r"(?:\bso-called|\b(?:which|whose\s+\w+|literally)\s+means|\bmeans|\bmeaning(?:\s+(?:is|of))?,?"
    r"|\btranslates\s+as|\btranslated\s+as|\bstands\s+for|\bmeans\s+[\"“][^\"“”]{1,40}[\"”],?\s+or)\s*$"
)
_WORK_BEFORE = re.compile(  # `the Chinese animated feature "Have a Nice Day"`, `Volker Schlondorff's "Return to ..."`
    r"(?:\b(?:film|movie|documentary|comedy|drama|thriller|biopic|musical|book|novel|memoir|album|song|series|show|"
    r"play|opera|exhibition|programme|program|production|retrospective|feature|section|focus|title)"
    r"(?:\s+(?:called|named|dubbed))?|['’]s)[\s,:]*$",  # (`a new game show called "Ellen's Game of Games"`)
    re.I,
)
_CUE_SOON = re.compile(rf"[\s?\-–—]*(?:[\w'’.,-]+\s+){{0,6}}?(?:{VERBS})\b")  # `"We Will Win," the striker said`
_SENTENCE_WORDS = {"is", "are", "was", "were", "i", "we", "you", "it's", "i'm", "will", "can"}  # "It is over,"
_TITLE_SMALL_WORDS = {"from", "with", "into", "over", "upon", "than", "about", "under"}  # "Warning from Space"
_CREDIT_AFTER = re.compile(r"[\s,]*(?:(?:directed|written|produced) by|by|starring)\s+[A-Z]|\s*\(\d{4}\)")
_AFTER_DETERMINER = re.compile(
    r"(?:['’]s|\b(?:the|an?|his|her|their|its|our|this|that|these|those|some|such))\s+$", re.I
)


def _ends_sentence(text: str, span: Span) -> bool:
    """A quotation that ends its sentence ("... back in.") and is followed by a new capitalised sentence takes no
    cue from that sentence, unlike `"...," he said` or `"...?" asked the surfer`."""
    words = text[span.start:span.end].rstrip()
    after = text[span.close_at:span.close_at + 400].lstrip(" \"”-–—'‘")  # (and a subheading in single quotes)
    if _has_own_cue(text, span):
        return (words[-1:] in ".!?…" or _CUE_THEN_THAT.match(after) is not None) and after[:1].isupper()  # `He
        # told X: "...." Sean Spicer said Mr Trump stood`; `X said: "...in bed" The inspectors wrote that` (the
        # export lost the full stop)
    if _NEXT_CUE.match(after) or words[-1:] in ".!?…" and (_CUE_THEN_THAT.match(after) or _OWN_VERB.match(after)):
        return True  # a question answered: `"...?" Mr Sessions responded: "..."`
    if _SIGNED.match(after) or (words[-1:] in "!?" and _SIGNED_AFTER_EXCLAMATION.match(after)):
        return False  # `"...!" Minority Leader Nancy Pelosi tweeted.`
    return words[-1:] in ".!…" and after[:1].isupper()  # `"...campaign." He said that ...`: a new sentence too


def _anonymous_description(phrase: str, names: ArticleNames) -> bool:
    """Whether a speaker phrase describes someone who asked not to be named ("the Briton, who asked to remain
    anonymous"), rather than naming them."""
    head = phrase.split(",")[0].strip()
    return bool(_ANONYMOUS.search(phrase)) and head.lower().startswith("the ") and not person_named(head, names)


def _has_own_cue(text: str, span: Span) -> bool:
    """Whether a cue and a colon or comma, or a cue and its listener, come right before a quotation (`X said:
    "..."`, `X wrote, "..."`, `He told the journalists "..."`): its words have their speaker."""
    window = text[max(0, span.open_at - 60):span.open_at].rstrip()
    if window.endswith((":", ",")) and _CUE_THEN_MARK.search(window[-40:]):  # ("told reporters last Tuesday:")
        return True
    if window.endswith(" that") and _VERB_THEN_THAT.search(window):
        return True  # `a report also concluded that "...."`
    return ("told" in window or "tell" in window) and _TOLD_LISTENER.search(window) is not None


def _stands_alone(text: str, span: Span) -> bool:
    """Whether a quotation is a sentence of its own, with no words before it that could describe its speaker (as
    "a Russia expert suggested they also "..."" describes the "Clint Watts, a Russia expert, said" after it)."""
    return not text[start_of_sentence(text, span.open_at, 0):span.open_at].strip(_MARKS_AND_DASH)


def _speaker_after(
    text: str, span: Span, stop: int, names: ArticleNames, pronoun: "Referents"
) -> tuple[str | None, str]:
    after = without_titles(text[span.close_at:stop])  # `"...," the report, titled "Police above the law?", said`
    if '"' in after or "“" in after:
        after = _MARKED_NAME_THEN_WORD.sub(r" \g<name> ", after)  # `"...," "Die Welt" newspaper quoted X as saying`
        after = _KIND_THEN_MARKED_NAME.sub(r"\g<kind> \g<name>\g<stop>", after)  # `wrote music magazine "Rolling
        # Stone."`
    epigraph = _EPIGRAPH_SIGNATURE.match(after)
    if epigraph and (author := person_named(epigraph["who"], names)):
        return author, ""  # `"Collective fear stimulates herd instinct ..." -- Bertrand Russell, Unpopular Essays`
    last_mark = text[span.start:span.close_at].rstrip(" \"”’'»")[-1:]  # the quotation's own closing punctuation
    if last_mark == ",":
        after = _AGE_AFTER_NAME.sub(r"\g<name>", after, count=1)  # `"...," Marco Saavedra, 27, a graduate, told`
    if _CONTINUED.match(after) and last_mark not in ",.!?…":
        return None, ""  # `declared that "we're very angry" at North Korea's tests and said`: the sentence goes on
    if _ENDED_OUTSIDE.match(after) or _OWN_OBJECT.match(after) or _NEXT_CLAUSE.match(after):
        return None, ""  # `"...eyebrow".- Mr Kenny insisted`; `"...", Nick Clegg described it as`: a new clause
    signed = _DASH_SIGNATURE.match(after) if last_mark in ".!?…" else None
    if signed and signed["who"].split()[0].lower() not in NOT_NAMES:
        full = names.resolve(signed["who"])  # (not "Harriet Today", the name glued to the next sentence)
        return (signed["who"] if after.startswith(full, signed.start("who")) else full), ""
    if _ends_sentence(text, span):
        if _CUE_THEN_MARK.search(text[max(0, span.open_at - 80):span.open_at].rstrip()):
            return None, ""  # `he responded: "...." Robert Piper, UN assistant secretary-general warned`: a new
            # sentence
        match = _NAME_THEN_COMMA.match(after)  # only a signature: "...history." Xue Gang, a researcher
        if match and (match["who"].split()[0].lower() in NOT_NAMES  # "...job." For Stokes, the elevation
                      or _AGREED.match(after, match.end())  # "...down." Karl Eikenberry, a general, agreed.
                      or _APPOSITION_THEN_VERB.match(after, match.end()) or after.startswith("who ", match.end())
                      or _VERB_NEXT.match(after, match.end()) or _SUFFIX_POSSESSIVE.match(after, match.end())
                      or _APPOSITION_THEN_REPORT.match(after, match.end()) and _stands_alone(text, span)
                      or _has_own_cue(text, span)  # `a report concluded that "...." X, a former envoy, said in`
                      or re.search(r"\s['‘][A-Z]", after[match.end():])
                      or _CAPTION_END.match(after, match.end()) or _NAME_LIST_NEXT.match(after, match.end())):
            match = None  # "...education." Ms DeVos, a former chair of the party, never attended: a new sentence; "...
            # ." X, 20, student 'Headline' "...": X introduced with a heading of their words, which follow; a photo's
            # caption: "...." Grandfather Frost, Russian Santa in Soviet era photographs  The biggest
        person = person_named(match["who"], names) if match else ""
        return (person, "") if person else (None, "")
    match = _ACCORDING_AFTER.match(after)  # "...," according to Merriam-Webster dictionary.
    if match and (source := _according_to(match["who"], names, pronoun)) is not None:
        return source, "according to"
    match = _CUE_AFTER_VERB_FIRST.match(after)
    if match and _CLAUSE_OF_ITS_OWN.match(match["who"]):
        return None, ""  # `called Robart a "so-called judge," said his decision was "..."`: the verb's own clause
    only = NAMED_ONLY_AS.match(after, match.end() + 2) if match and after.startswith(", ", match.end()) else None
    if only:  # `"...," says the manager of the park office, surnamed Shi.`
        return only["name"], match["verb"]
    named = _NAME_AFTER_ROLE.match(after, match.end()) if match else None
    if named and person_named(named["who"], names):  # `"...," said Tundey Kababi's owner, Raees Ahmad.`
        return person_named(named["who"], names), match["verb"]
    if match:
        name, role = split_role(PARENTHESES.sub("", match["who"]).strip())
        if name and role.lower() in ("", "the") and " of the " in name \
                and not person_named(name.split(" of ")[0], names):  # "says the Committee for the Recovery of the
            return names.resolve(name), match["verb"]  # Vaquita (CIRVA)"; not "said X of the New York-based Center"
        if _anonymous_description(match["who"] + after[match.end():], names):
            return "", match["verb"]  # `"...," said the Briton, who asked to remain anonymous`
        who = _verb_first_subject(match["who"], names, pronoun)
        if who is not None:
            return who, match["verb"]
    match = _OPEN_APPOSITION.match(after)
    if match and person_named(match["who"], names):  # `"...," Nayab Haider, a spokesman for the police said`
        return person_named(match["who"], names), match["verb"]
    posted = _POSTED_QUOTING.match(after)
    if posted and (who := _quoted("", posted["quoted"], names, pronoun)):
        return who, "quoted"  # `"...," a statement posted on the IIHF website quoted Fasel as saying`
    match = _REPORTING_FROM.match(after) or _CUE_AFTER_SUBJECT_FIRST.match(after)
    if match and (_WHILE.search(match["who"]) or _WHICH.match(match["who"])):
        match = None  # `"devalued" democracy while fellow MP Paul Flynn criticised`: Flynn's own clause;
        # `"...change", which Sturgeon maintains is exactly what Brexit will bring`: her view of the words
    if match and match.groupdict().get("stray") and not _names_a_person_first(match["who"], names):
        match = None  # `"..." an elephant tranquilizer, said Slovis`, `"Have a Nice Day," by Liu Jian, tells`: only a
        # name stands before a stray comma
    if match and match["verb"] in ("asked", "asks") and _ASKED_SOMEONE.match(after, match.end()) \
            and not text[span.start:span.end].rstrip(" \"”’'»").endswith("?"):
        match = None  # `saying "no, not at all" when ABC News asked him`: an answer, not the asker's question
    if match and match["verb"] == "called" and _CALLED_ON.match(after, match.end()):
        match = None  # `"...?" Putin's spokesman called on Fox News to apologize`: a new sentence
    if match and match["verb"] == "quoted":
        passive = match.groupdict().get("passive")
        who = first_subject([match["who"]], names, pronoun) if passive else _quoted(
            match["who"], after[match.end():], names, pronoun)
        if who is not None:
            return who, "quoted"
    if match and match["verb"] == "asked" and _PASSIVE_END.search(match["who"] + " ") \
            and text[span.start:span.end].rstrip().endswith("?"):
        return "", match["verb"]  # `"...?" the Taoiseach is asked`: not his words
    if match and match["verb"] in ("told", "tells") and _PASSIVE_END.search(match["who"] + " "):
        return "", match["verb"]  # `"...", the court was told`: the court listened
    if match and match["who"].strip() in ("I", "we"):
        return "", match["verb"]  # `"...," I told him`: the reporter, whom the text does not name
    if match and _anonymous_description(f"{match['who']}, {match['appos'] or ''}", names):
        return "", match["verb"]  # `"...," the weightlifter, who wishes to remain anonymous, said`
    quoting = _QUOTING_SOMEONE.match(after, match.end()) if match else None
    if quoting and (person := person_named(quoting["who"], names)):
        return person, match["verb"]  # `"...," the statement said quoting the tournament's director X`: X's words
    if match:
        who = first_subject([match["appos"], match["who"]], names, pronoun)
        if who is not None:
            return who, match["verb"]
    match = _WHAT_X_CALLS.match(after)
    if match and (who := first_subject([match["who"]], names, pronoun)):
        return who, match["verb"]
    match = _SIGNED_WITH_ANY_VERB.match(after)
    if match and last_mark == ",":
        who = first_subject([match["who"]], names, pronoun)
        if who:  # (an unnamed "the official highlighted" leaves it to the speakers before)
            return who, match["verb"]
    match = _SIGNED_WITHOUT_VERB.match(after)
    if match and last_mark == ",":
        who = person_named(match["who"], names)  # `"...," White House press secretary Sean Spicer on Monday.`
        if who:
            return who, ""
    return None, ""


def _names_a_person_first(phrase: str, names: ArticleNames) -> bool:
    """Whether a phrase is or opens with a person's name ("spokesman Steffen Seibert", "Christian Gritzner of the
    German Aerospace Center"), not an author's byline ("by Liu Jian")."""
    phrase = phrase.strip()
    opening = CAPITALISED_RUN.match(phrase)
    return not phrase.startswith("by ") and bool(
        person_named(phrase, names) or opening and person_named(opening.group(), names))


def _quoted(quoter: str, rest: str, names: ArticleNames, pronoun: "Referents") -> str | None:
    """Whose words `"...," X quoted Y as saying` gives: Y ("the press service quoted Deputy Prime Minister Y", "...
    quoted the Belarusian leader", "... quoted him"), or X in the passive ("Tibilov was quoted as saying by Tass")."""
    if re.search(r"\s(?:was|is|were)$", quoter):
        return first_subject([quoter.rsplit(" ", 1)[0]], names, pronoun)
    quoted = re.sub(r"\s+as\s+(?:saying|telling)\b.*", "", rest.strip(" ,"))
    quoted = TRAILER.split(quoted)[0].split(",")[0].strip()
    if quoted.lower() in ("him", "her"):
        return pronoun.of(quoted)
    name, _ = split_role(quoted)
    return names.resolve(name) if name else subject(quoted, names, pronoun)


def _labelled(before: str, names: ArticleNames) -> str | None:
    """The person a caption or a transcript names right before a quotation (`Jan Venter: "..."`, `Sports minister
    Tracey Crouch: "..."`, `Judith Cummins (Labour, Bradford South): "..."`), or None."""
    label = _NAME_COLON.search(before)
    if label:
        return person_named(label["who"], names) or None
    shouted = _CAPITALS_LABEL.search(before) if before.rstrip().endswith(":") else None
    if shouted:  # a fact check's "SEN. CHUCK SCHUMER, Senate Democratic leader:", "TRUMP, at a Cabinet meeting:"
        return person_named(shouted["who"].title(), names) or None
    label = _ROLE_LABEL.search(before) if before.rstrip().endswith(":") else None
    if label and _only_roles(split_role(label["who"])[1]) and _only_roles(label["apposition"] or ""):
        return person_named(label["who"], names) or None
    glued = _GLUED_LABEL.search(before) if before.rstrip().endswith(":") else None
    if glued and glued["word"] not in FUNCTION_WORDS and not CUE_VERB.fullmatch(glued["word"]) \
            and not glued["word"].endswith("ed") and split_role(glued["who"])[1] \
            and _only_roles(split_role(glued["who"])[1]):
        return person_named(glued["who"], names) or None  # "... on this device Leicester City vice-chairman X:"
    body = _BODY_LABEL.fullmatch(before.strip())
    if body and body.group().split()[-1].lower() in ORG_NOUNS | {"government"} and len(body.group().split()) > 1 \
            and not person_named(body.group(), names):
        return names.resolve(body.group())  # `"...." Scottish Government "We recognise ..."`: a statement's label
    return None


def _only_roles(words: str) -> bool:
    """Whether the words beside a label's name only say who the person is ("Ireland head coach", "BBC Radio
    Leicester's", "CMS Committee member"), with no verb or preposition that would make the label a sentence."""
    words = words.split()
    if not words:
        return True
    last = words[-1]
    says_who = is_role_word(last.lower()) or "-" in last or last.endswith(("'s", "’s"))  # "scrum-half", "BBC's"
    if words[0].lower() in NOT_NAMES or not says_who:
        return False
    return all(word[:1].isupper() or word in ("of", "the") or (
        word not in FUNCTION_WORDS and not word.endswith(("ed", "ing"))) for word in words[:-1])


def _speaker_before(
    text: str, begin: int, span: Span, names: ArticleNames, pronoun: "Referents"
) -> tuple[str | None, str]:
    before = text[begin:span.open_at]
    inverted = _SAID_FIRST.match(before) or _SAYS_X_BEFORE.search(before)
    if inverted:  # `Said DNC spokesman Zac Petkanas: "..."`, `... a partial picture, says Jones, "it only applies"`
        who = subject(inverted["who"], names, pronoun)
        if who is not None:
            return who, inverted["verb"].lower()
    if _IN_A_QUESTION.match(before) and not CUE_VERB.search(before, 6):  # `Asked if he was encouraging "lawmakers to
        return "", "asked"  # disregard" it, he said`: the asker's words
    referred = _REFERRED_TO_AS.search(before) or _THAT_X_CALLS.search(before)
    if referred and (who := subject(referred["who"], names, pronoun)) is not None:
        return who, referred["verb"]
    characterised = _CHARACTERISED_AS.search(before)
    doer = _SUBJECT_BEFORE_VERB.search(before, 0, characterised.start()) if characterised else None
    if doer and (who := subject(doer["who"], names, pronoun)):
        return who, characterised["verb"]
    cited = _CITED_AS.search(before)
    if cited and (person := person_named(cited["who"], names)):
        return person, cited["verb"]  # "They cited Jim Mattis as once saying "...""
    own = _OWN_DESCRIPTION.search(before)
    if own and (person := person_named(own["who"], names)):
        return person, own["verb"]  # "Karl, who quoted President Donald Trump's description of them as "...""
    participles = list(_PARTICIPLE.finditer(before))  # the last: not "While praising ..." in "..., saying"
    participle = participles[-1] if participles else None
    with_subject = _WITH_SUBJECT.search(before) if "with " in before else None
    if with_subject and (person := person_named(with_subject["who"], names) or subject(
            with_subject["who"], names, pronoun)) and not CUE_VERB.search(before, with_subject.end()):
        return person, with_subject["verb"]  # "he faces calls to quit, with Jeremy Corbyn calling it a "joke""
    someone = _WITH_SOMEONE.search(before, 0, participle.start()) if participle and "with " in before else None
    if someone and someone["noun"] in UNNAMED_PEOPLE:
        return "", participle["verb"]  # "..., with a witness to a raid on a flat in Edgbaston saying:"
    according = ACCORDING_FIRST.match(before) if participle else None  # "According to Molins, X was ..., adding"
    if according and not CUE_VERB.search(before, according.start("clause")) \
            and (who := subject(according["source"], names, pronoun)) is not None:
        return who, participle["verb"]  # the source's words, not those of the clause's subject ("Belgacem's plans")
    if participle and not CUE_VERB.search(before, participle.end()):
        clause = _LAST_CLAUSE.split(before[: participle.start()])[-1]  # "X did Y, but his spokeswoman Z ..., saying"
        if re.match(r"[\s,-]*[a-z]", clause) and clause.split()[0].lower() not in PRONOUNS:
            earlier = blank_quoted(text[start_of_sentence(text, begin, 0):begin])  # `X signed an "energy" order to
            if earlier and not CUE_VERB.search(earlier + clause):  # review Y's legacy, declaring`: X, not Y (a
                clause = earlier + clause  # quoted term only interrupted the sentence)
        signed = _SIGNED_CLAUSE.search(clause)  # "Plants would work, he adds, noting"
        signer = subject(signed["who"], names, pronoun) if signed else None
        if signer is not None and (signer == "" or signed["who"].split()[0].lower() == "the"):
            return signer, participle["verb"]  # "Bannon is a counterweight, the source said, adding": nobody named;
            # "..., the president noted, promising": the president
        clause = signed["who"] if signed else clause
        reported = _REPORTED_SUBJECT.search(clause)  # "He said Mr Noonan concluded the statement by saying"
        clause = clause[reported.start("who"):] if reported and not signed else clause
        relative = _WHO_DID.search(clause)  # "... a test for Trump, who responded to it by pledging": Trump
        who = person_named(relative["who"], names) if relative else None
        spoke = None
        for spoke in _SPOKE_MEANWHILE.finditer(clause):  # "X appeared in court as the Kremlin spoke out ..., saying"
            pass
        who = who or (subject(spoke["who"], names, pronoun) if spoke else None)
        aside = _SAID_ASIDE.search(clause)  # `Stand Your Ground "modifies" that, he said, by telling ... and "..."`
        who = who or (pronoun.of(aside["pronoun"]) if aside else None)
        who = who or (sentence_subject(clause, names, pronoun) if clause.strip() else None)
        if who is None:
            who = sentence_subject(before[: participle.start()], names, pronoun)  # "X ..., saying "...""
        if who is not None:
            return who, participle["verb"]
    posted = _TO_SOCIAL_MEDIA.search(before) if "to " in before else None
    if posted and not CUE_VERB.search(before, posted.end()):
        who = sentence_subject(_LAST_CLAUSE.split(before[: posted.start()])[-1], names, pronoun)
        if who is not None:
            return who, "posted"  # "While Trump has not commented, he used Twitter to exclaim, "...""
    what = _WHAT_X_SAID.search(before)
    if what and (person := person_named(what["who"], names)):  # "to hear what Angela Merkel had to say: "...""
        return person, "say"
    own = _WHAT_HE_SAID.search(before) if " what he " in before or " what she " in before else None
    if own and (person := person_named(own["who"], names)):  # "MP Paul Flynn criticised what he said was the "...""
        return person, own["verb"]
    quoted_from = _QUOTE_FROM.search(before) or (_IN_WORDS.search(before) if " words" in before else None)
    if quoted_from and (person := person_named(quoted_from["who"], names)):  # "my favourite quotes from activist
        return person, ""  # Maggie Kuhn: "...""
    hailed = _HAILED_BY.search(before) if "by " in before else None
    if hailed and (person := person_named(hailed["who"], names)):  # "an engine hailed by leader Kim Jong-Un as a "...""
        return person, hailed["verb"]
    if person := _words_by(before, names):
        return person, ""
    said_as = _AS_X_SAID.search(before)  # "Bell said ... even if as his mentor Ian Paisley said "the heavens fall""
    if said_as and (person := person_named(said_as["who"], names)):
        return person, said_as["verb"]
    inserted = _INSERTED_CUE.search(before)  # "Renationalization ... was, said Lammert, the path towards the "...""
    if inserted and (person := person_named(inserted["who"], names)):
        return person, inserted["verb"]
    words = _WORDS_OF.search(before)
    opening = start_of_sentence(text, begin, 0)  # before `begin` when a quotation came earlier in the sentence
    for match in reversed(list(CUE_VERB.finditer(before))):
        if words and words.start() > match.end() and not _ADJUNCT_TO.match(before, match.end(), words.start()):
            break  # `as he reported on her explanation of "..."`: her words, not his (but `X said in the response
            # to Mr Trump's speech that "..."` is X's)
        if match["verb"].endswith("s") and _AS_A_NOUN.search(before, 0, match.start()):
            continue  # "Trump's claims were about "..."": a noun, not a verb
        if match["verb"] in ("maintained", "maintains") and _MAINTAINED_THING.match(before, match.end()):
            continue  # "Russia maintained some contacts ... but they were "..."": no speech
        if _IN_WHICH_END.search(before, 0, match.start()) and "," in before[match.end():] \
                and CUE_VERB.search(before, 0, match.start()):
            continue  # "He said the recording of her interview, in which she said ..., was "...": his words
        if match["verb"].lower() == "according to":
            source = before[match.end():].strip(" ,:")  # (`according to Gu: "..."`)
            author = issuer(source.split(",")[0])  # "According to a document posted by U.S. Customs and Border ..."
            name = author if author[:1].isupper() else split_role(author or TRAILER.split(source)[0].split(",")[0])[0]
            # (not the body in "According to X, director of programs for the Institute on Y, "..."")
            parts = source.split(",")
            apposed = person_named(parts[1].strip(), names) if len(parts) > 2 and re.match(
                r"(?:the|an?) ", parts[0].strip()) else ""
            if apposed:
                return apposed, "according to"  # "According to the UN envoy for the peace process, Karl Obst, ..."
            if name:
                return names.resolve(name), "according to"
            described = subject(source.split(",")[0], names, pronoun)  # "According to the diplomat, ..."
            if described:
                return described, "according to"
            if _NOBODY_KNOWN.fullmatch(source.split(",")[0].strip()):
                return "", "according to"  # "According to one of theories, ...": nobody the article names
            continue
        passive = match["verb"] in ("asked", "told") and _PASSIVE_END.search(before, 0, match.start())
        asker = _ASKED_BY.match(before, match.end()) if passive else None
        if asker and split_role(asker["who"])[0]:  # "Sessions was asked by Sen. Al Franken what he would do"
            return names.resolve(split_role(asker["who"])[0]), match["verb"]
        if passive and _put_to_subject(match["verb"], before[match.end():], text[span.start:span.end]):
            return "", match["verb"]
        agent = _BY_AGENT.match(before, match.end()) if match["verb"] in _SAID_OF_THE_SUBJECT else None
        if agent and (who := subject(agent["who"], names, pronoun)):
            return who, match["verb"]  # "X was dismissed and accused by President Trump of "betraying""
        if match["verb"] in _SAID_OF_THE_SUBJECT and _PASSIVE_END.search(before, 0, match.start()):
            # "X was accused of "...": someone else's words about X (but "Y said X was called to" is Y's)
            if CUE_VERB.search(before, 0, match.start()):
                continue
            agent = _BY_AGENT.match(text, span.close_at)  # `X has been described as a "..." by the New York Times`
            return (subject(agent["who"], names, pronoun) or "") if agent else "", match["verb"]
        if opening < begin and _AND_BUT_END.search(before, 0, match.start()) \
                and not _SUBJECT_AND_CUE.search(before, 0, match.start()):  # (not "Trump's wiretap claims and said")
            # `X promised an "orderly withdrawal" for the UK, but said`: X, not the UK
            who = sentence_subject(blank_quoted(text[opening:begin]), names, pronoun)
            if who:
                return who, match["verb"]
        if _PURPOSE_TO.search(before, 0, match.start()):  # "He overruled X, according to an official, to warn of"
            who = sentence_subject(before[: match.start()], names, pronoun.until(begin + match.start()))
            if who:
                return who, match["verb"]
        shouter = _THAT_SUBJECT.search(before, 0, match.start()) if match["verb"] in ("shouted", "exclaimed") else None
        if shouter and (who := subject(shouter["who"], names, pronoun)):
            return who, match["verb"]  # "Police allege that suspect X shouted "..."": X's words, not the police's
        who = subject(before[: match.start()], names, pronoun.until(begin + match.start()))
        if who is not None:
            return who, match["verb"]
    coordinated = _COORDINATED.match(before)
    if coordinated:  # `X pointed to a "break" during the Obama years, and said`: the sentence's subject
        who = sentence_subject(text[start_of_sentence(text, begin, 0):begin], names, pronoun)
        if who:
            return who, coordinated["verb"]
    if words:  # "Theresa May's stance that "...", "his remarks in South Korea that "...""
        owner = re.sub(r"['’]s?$", "", words["owner"])
        who = pronoun.of(owner) if owner.lower() in ("his", "her") else person_named(owner, names) or (
            ORG_NOUNS.intersection(owner.lower().split()) and subject(owner, names, pronoun))
        if who:
            return who, ""
    return None, ""


def _words_by(before: str, names: ArticleNames) -> str:
    """The person whose words a quotation's sentence names before it ("claims last week by press secretary Sean
    Spicer that the order was "..."", "accusations by President X on Sunday that Berlin was using "...""), or whose
    reported speech the quotation completes (`Kelly told them he was "...," Rep. X said`)."""
    by = _WORDS_BY.search(before) or _INNER_REPORT.search(before)
    return person_named(by["who"], names) if by else ""


def _put_to_subject(verb: str, between: str, words: str) -> bool:
    """Whether a passive "asked" or "told" puts the quoted words to its subject, so they are not the subject's:
    `The Taoiseach is asked "When did you ...?"`, `after being told to "Get out of my country."`."""
    between = between.strip(" :")
    return between == "to" if verb == "told" else not between and words.rstrip().endswith("?")


def _according_to(who: str, names: ArticleNames, pronoun: "Referents") -> str | None:
    """The speaker that the words after "according to" name: a person or body, "" for a document no one in the
    article wrote, None when they name neither."""
    who = _DASH_BREAK.split(who)[0]  # "according to press secretary Sean Spicer -- couldn't convince"
    who = _AS_CLAUSE.split(who)[0]  # "according to the Department of Water Resources as photos showed"
    if _OBTAINED_BY.search(who):
        return ""  # "according to court documents obtained by ABC News": not ABC News's words
    sent = _DOCUMENT_SENT_BY.match(who)
    if sent and (sender := subject(sent["who"], names, pronoun)):
        return sender
    if REMARKS.fullmatch(who.rstrip(" .")):
        return subject(who.rstrip(" ."), names, pronoun)  # "according to Sessions' prepared remarks": Sessions
    source = issuer(who.rstrip(" .")) or TRAILER.split(who)[0]
    name = split_role(source)[0] or (CAPITALISED_RUN.match(source) or [""])[0]
    if name:
        return names.resolve(name)
    last = source.split()[-1].lower().rstrip(".")
    body = last in ORG_NOUNS or "spokes" in source or last in STUDIES and source.lower().startswith("the ")
    described = subject(source, names, pronoun) if body else ""  # ("the police report": who issued it)
    return described if described and described[:1].isupper() else None  # "the ministry": the Ministry of Finance


def _speaker_later(
    text: str, span: Span, stop: int, names: ArticleNames, pronoun: "Referents"
) -> tuple[str | None, str]:
    if _ends_sentence(text, span):
        return None, ""
    after = _LINK.split(text[span.close_at:stop])[0]  # a tweet's link ends what the quotation's sentence can say
    for match in _LATER_CUE.finditer(after):  # "..." for older people, Mr Ryan, the top Republican, said
        who = first_subject([match["appos"], match["who"]], names, pronoun)
        if who is not None:
            return who, match["verb"]
    match = _LATER_CUE_VERB_FIRST.search(after)  # "..." on the Jobar district, said Rami Abdel Rahman, head of X
    who = _verb_first_subject(match["who"], names, pronoun) if match else None
    if who is not None:
        return who, match["verb"]
    match = _LATER_ACCORDING.search(after)  # "..." to come between 9 a.m. and noon, according to NWS Boston.
    who = _according_to(match["who"], names, pronoun) if match else None
    return (who, "according to") if who is not None else (None, "")


def _verb_first_subject(words: str, names: ArticleNames, pronoun: "Referents") -> str | None:
    """Who the words after a cue verb name (`said X, head of Y`, "asked Rep. Randy Weber shortly before the vote"):
    their subject without the trailing phrase and adverbs."""
    named_first = _NAME_THEN_BARE_ROLE.match(words)
    if named_first and is_role_word(named_first["role"].split()[-1]) \
            and (named := person_named(named_first["who"], names)):
        return named  # "said Dr Dan Reiden executive director of Save.org": no comma before the role
    role_first = _ROLE_OF_BODY_THEN_NAME.match(_STOP_THEN_LOWER.split(words)[0])
    if role_first and (named := person_named(split_role(role_first["who"])[0], names)):
        return named  # "said chancellor of the Pontifical Academy of Sciences Monsignor Marcelo Sanchez Sorondo"
    author = issuer(words.split(",")[0].rstrip(" ."))  # "says a research note from Ping An Securities" (but "the
    # statement from X" may be the one the article quoted before, and "the militant group" names nobody)
    words = author if re.match(r"an? ", words) and re.match(r"(?:the )?[A-Z]", author) else words
    words = _WHEN_CLAUSE.split(TRAILER.split(words)[0])[0]  # "said director Barry Jenkins when he picked up"
    words = _OF_WHAT.split(words)[0]  # "said Subay of his work"
    words = _STOP_THEN_LOWER.split(words)[0]  # "says Mitter. (China Daily European Weekly ...)": page furniture after
    return first_subject([_TRAILING_ADVERB.sub("", words)], names, pronoun)


def extract_quotes(text: str, title: str = "") -> list[Quote]:
    """Quotations in `text` with their speakers; offsets refer to `text`. `title` helps resolve names.

    Direct quotations are attributed twice: reported speech needs their speakers for its pronouns, and they need
    the speakers of reported speech ("The Pope said ... "...," he said") as the last person who spoke.
    """
    original, text = text, without_party_tags(marks_view(text))
    names = ArticleNames(text, title)
    names.infer_genders(text)
    spans: list[Span] = []
    paragraphs = paragraph_spans(text)
    for number, (start, end) in enumerate(paragraphs):
        found = find_spans(text, start, end, number)
        listed = _listed_titles(text, found)
        spans.extend(trim(text, s) for s in found if s not in listed and _is_speech(text, s, start))
    spans = [s for s in spans if s.end > s.start]
    quotes = _attribute(text, original, spans, paragraphs, names, [])
    reported = reported_speech(text, original, paragraphs, names, quotes)
    if reported:
        quotes = _attribute(text, original, spans, paragraphs, names, reported)
        reported = follow_quotations(reported, quotes, text)
    quotes = _headline_speaker(_headline_label(quotes, title, names), title, names)
    for quote in quotes:
        if _calls_by_name(text[quote.start:quote.end], quote.speaker):
            quote.speaker = ""  # "What about a bit of respect, Michelle?" is no words of Michelle's
    for quote in quotes + reported:
        quote.speaker = _with_generation_stop(quote.speaker, text)
        if quote.speaker.startswith("the ") and quote.speaker not in ("the government", "the ministry"):
            quote.speaker = ""  # "the court", a body the article never names: kept until now for "it" to go back to
    return sorted(quotes + reported, key=lambda q: q.start)


def _calls_by_name(words: str, speaker: str) -> bool:
    """Whether a quotation addresses its speaker by a name of theirs, opening or closing with it ("Ron, stop.",
    "What about a bit of respect, Michelle?")."""
    words = words.strip(" \"“”'")
    return any(words.startswith(f"{part}, ") or words.rstrip("?!.").endswith(f", {part}")
               for part in speaker.split() if len(part) > 2)


def _with_generation_stop(speaker: str, text: str) -> str:
    """The name as the article writes it, "Robert F. Kennedy Jr.": names are read without a word's full stop."""
    return f"{speaker}." if speaker.endswith((" Jr", " Sr")) and f"{speaker}." in text else speaker


def _attribute(text: str, original: str, spans: list[Span], paragraphs: list[tuple[int, int]], names: ArticleNames,
               reported: list[Quote]) -> list[Quote]:
    """The direct quotations of `spans` with their speakers, in order; `reported` speech counts as someone speaking
    for the pronouns that follow it."""
    quotes: list[Quote] = []
    last_speaker, last_end, previous = "", -1, None
    waiting = [q for q in reported if q.speaker]
    previous_guessed = False  # whether no rule found the last quotation's speaker, only earlier speakers
    for index, span in enumerate(spans):
        while waiting and waiting[0].end <= span.open_at:
            if waiting[0].end > last_end:
                last_speaker, last_end = waiting[0].speaker, waiting[0].end
            waiting.pop(0)
        para_start, para_end = paragraphs[span.paragraph]
        following = spans[index + 1] if index + 1 < len(spans) else None
        next_open = following.open_at if following and following.paragraph == span.paragraph else para_end
        sentence_start = start_of_sentence(text, span.open_at, para_start)
        sentence_stop = min(end_of_sentence(text, span.close_at, para_end), next_open)
        prev_in_para = previous is not None and previous[0].paragraph == span.paragraph
        run_on = prev_in_para and not previous[0].closed and sentence_start - previous[0].open_at > _RUN_ON_QUOTE
        before_from = max(sentence_start, previous[0].close_at) if prev_in_para and not run_on else sentence_start
        # (`so-called "hermit culture in ... This is what X calls "..."`, `"a great rebuilding ... Congress. X said
        # that the theme will be "...`: a mark lost long before ends no sentence here)
        opens_paragraph = span.open_at - para_start < 3
        if opens_paragraph and span.paragraph > 0 and text[:para_start].rstrip().endswith(":"):
            before_from = start_of_sentence(text, paragraphs[span.paragraph - 1][1], paragraphs[span.paragraph - 1][0])
        pronoun = Referents(text, para_start, span.open_at, names, last_speaker, last_end)
        speaker, cue = _labelled(text[before_from:span.open_at], names), ""
        subject_next = _SUBJECT_AFTER_CLAUSE.match(text, span.close_at) if speaker is None \
            and _SPEECH_PARTICIPLE_OPENING.fullmatch(text, sentence_start, span.open_at) else None
        if subject_next:  # `Telling his relatives that he had been up to some "mischief", he then drove`: his
            speaker, cue = pronoun.of(subject_next["pronoun"]), ""
        cued_after = False
        if speaker is None and (_WRITTEN_ON.search(text, before_from, span.open_at)
                                or _CHARGED_WITH.search(text, before_from, span.open_at)
                                or _LAW_THAT_SAYS.search(text, before_from, span.open_at)):
            speaker = ""  # `signs reading: "..."`, `prosecuted for "incitement to ..."`, a law's words: nobody's
        reporter = None  # who reports someone else's words: `accusations by X that "...," Merkel said` (X's words)
        if speaker is None:
            speaker = _words_by(text[before_from:span.open_at], names) or None
            if speaker is not None:  # ... but "she" next is Merkel
                reporter = _speaker_after(text, span, sentence_stop, names, pronoun)[0]
        if speaker is None:
            speaker, cue = _speaker_after(text, span, sentence_stop, names, pronoun)
            cued_after = speaker is not None
        if cued_after and _PRONOUN_AFTER.match(text, span.close_at) and _has_own_cue(text, span):
            before, before_cue = _speaker_before(text, before_from, span, names, pronoun)  # `X told Y: "...," he
            if before or before == "" and UNNAMED_BY_CHOICE.search(text, before_from, span.open_at):  # explained`:
                speaker, cue = before, before_cue  # X, whom "he" repeats (and nobody, when X chose not to be named)
        if cue == "reported":  # `X described it as "a witch hunt", the RIA news agency reported`: X's words
            speaker = _speaker_before(text, before_from, span, names, pronoun)[0] or speaker
        if cue == "according to":  # `Gorsuch said he found the attacks "disheartening" and "demoralizing,"
            speaker = _speaker_before(text, sentence_start, span, names, pronoun)[0] or speaker  # according to X`
        if speaker is None and before_from > sentence_start and previous[1].speaker:
            speaker, cue = _continuing_participle(text[before_from:span.open_at], previous[1].speaker)
        if speaker is None:
            speaker, cue = _speaker_before(text, before_from, span, names, pronoun)
        if speaker is None:
            speaker, cue = _speaker_later(text, span, end_of_sentence(text, span.close_at, para_end), names, pronoun)
            cued_after = speaker is not None
        if speaker is None and before_from == sentence_start and _unreported(text[sentence_start:span.open_at]):
            opening = pronoun.until(sentence_start + 1)  # "In his tweet, he accused X of "..."": not X
            speaker, cue = opening_subject(text[sentence_start:span.open_at], names, opening), ""
        opens_sentence = not text[sentence_start:span.open_at].strip(_MARKS_AND_DASH) or bool(
            _HEADING_TAIL.fullmatch(text, sentence_start, span.open_at))  # "X, 67, agent 'I'm pro-life. I was happy
        # to see it' "...": the end of a heading in single marks is no part of the quotation's sentence
        if speaker is None and opens_sentence and sentence_start > para_start:  # `X said. "We are now ..."`
            sentence_before = text[start_of_sentence(text, sentence_start - 2, para_start):sentence_start]
            signed = _SAID_THEN_STOP.match(sentence_before) or _SAYS_X_THEN_STOP.search(sentence_before)
            speaker = first_subject([signed["who"]], names, pronoun) if signed else None
            cue = signed["verb"] if speaker else ""
            spoke = None if signed else _SUBJECT_SPOKE.match(OPENING_PHRASE.sub("", sentence_before.lstrip(), 1))
            if spoke:
                speaker = first_subject([spoke["who"]], names, pronoun) or None
        guessed = speaker is None  # what follows only guesses from earlier speakers
        if speaker is None and opens_sentence and (
                _ends_sentence(text, span) or not CUE_VERB.search(text, span.close_at, sentence_stop)):
            speaker = pronoun.introduced() or None  # `X, 21, is a law student. She lives ... "Last year, ..."` (and
            # `... "...." Hou says that`, where Hou's words are a new sentence)
        if speaker is None and prev_in_para:  # the previous speaker, or reported speech since
            speaker, cue = (last_speaker if last_end > previous[0].close_at else previous[1].speaker), ""
        if speaker is None and opens_paragraph and previous is not None:
            speaker, cue = last_speaker, ""
        if speaker is None and opens_sentence and last_end > start_of_sentence(text, max(sentence_start - 2, 0), 0):
            speaker, cue = last_speaker, ""  # `..., X told TASS. "As for ...`: the sentence after X's speech
        answer = _ANSWER.match(text, span.close_at) if cued_after and previous is not None else None
        if answer and speaker and speaker == previous[1].speaker and previous[1].text.rstrip().endswith("?"):
            speaker = _answerer(text, previous[0], speaker, GENDER_OF[answer["pronoun"]], names) or speaker
        speaker = "" if (speaker or "").lower() in PRONOUNS | {"it"} else pronoun.fuller(speaker or "")  # never "I"
        # or "It" as a name; "Kim" after Kim In-ryong spoke is his
        quote = Quote(speaker or "", original[span.start:span.end], span.start, span.end, True, cue.lower())
        if cued_after and previous_guessed and text[span.start:span.start + 1].islower() \
                and not _STOP.search(text, previous[0].start, span.open_at):
            previous[1].speaker = quote.speaker  # `will "probably be limited" on X, "but ...," Schiff said`
        quotes.append(quote)
        if quote.speaker:
            last_speaker, last_end = reporter or quote.speaker, span.close_at
        previous, previous_guessed = (span, quote), guessed
    return quotes


def _answerer(text: str, question: Span, asker: str, gender: str, names: ArticleNames) -> str:
    """Who "he replied" means after a question X put (`Mr Stewart denied it, and X asked him: "...?" "No," he
    replied`): the last other person the question's sentence names, or ""."""
    start = start_of_sentence(text, question.open_at, 0)
    people = [person_named(run.group(), names) for run in CAPITALISED_RUN.finditer(text, start, question.open_at)]
    return next((person for person in reversed(people) if person and person != asker
                 and names.could_be(person, gender)), "")


def _continuing_participle(between: str, earlier_speaker: str) -> tuple[str | None, str]:
    """A participle that goes on, in lower case, with the sentence of an earlier quotation has that quotation's
    speaker as its subject: `X said he has "total" confidence in Y, adding that "..."` is X's, not Y's; but not
    after a new subject (`..., while Y ..., tweeting`) or a tweet's link."""
    participles = list(_PARTICIPLE.finditer(between))
    if participles and _GOES_ON.match(between) and not (CUE_VERB.search(between) or _LINK.search(between)
                                                         or _LAST_CLAUSE.search(between)):
        return earlier_speaker, participles[-1]["verb"]
    return None, ""


def _documents_verb(before: str, cue: re.Match) -> bool:
    """Whether a cue verb only says how a document came out ("a statement posted on social media")."""
    return bool(_DOCUMENT_JUST_BEFORE.search(before, 0, cue.start()) and _PREPOSITION_NEXT.match(before, cue.end()))


def _unreported(before: str) -> bool:
    """Whether a quotation's sentence says something before it but reports no speech there ("Warren welcomed the
    "..."): then the words quoted are its subject's, unless they name a plan or a charge ("X is set to release a
    book about "...", "X was charged with "..."")."""
    before = QUOTED_SUBHEADING.sub("", before)
    said_something = bool(before.strip(_MARKS_AND_DASH))
    verbs = [m for m in CUE_VERB.finditer(before) if not (  # not "X has repeated similar claims, assuring ..."
        m["verb"].endswith("s") and _PLURAL_NOUN_AFTER.search(before, 0, m.start())) and not _documents_verb(before, m)]
    return said_something and not verbs and not _NOT_OWN_WORDS.search(before)


_NAME_AFTER_TITLE = re.compile(rf",\s*[\"”]\s+{CAP_WORD}")  # `"Hello," Adele`: a title, then its artist


def _listed_titles(text: str, spans: list[Span]) -> list[Span]:
    """The spans of a paragraph that list titles, four or more of a few words each with a name right after the comma
    that ends them and no reporting verb (`Album of the year "25," Adele "Lemonade," Beyoncé ...`): nobody's words."""
    listed = [s for s in spans if len(text[s.start:s.end].split()) <= 6
              and _NAME_AFTER_TITLE.match(text, s.end - (text[s.end - 1] == ","))
              and not CUE_VERB.search(text, s.close_at, s.close_at + 40)]
    return listed if len(listed) >= 4 else []


def _is_speech(text: str, span: Span, para_start: int) -> bool:
    """Whether quoted words are someone's words: not a title or name in marks ("Last Week Tonight", "Nazi", a report
    titled "..."), and not a scare quote (`"forcing" Russia into peace`), unless a reporting verb introduces it
    (`Sessions said he "strongly urges" cities`, `Netanyahu said it was "unacceptable"`) and it is not one word after
    a determiner."""
    if _TITLED.search(text, max(span.open_at - 12, para_start), span.open_at):
        return False  # a work's title
    if named_term_at(text, span.open_at):
        return False  # `two sites called "transit zones"`: a name, not anyone's words
    inner = text[span.start:span.end].rstrip()
    words = inner.strip(" .,;:!?").split()
    sentence_start = start_of_sentence(text, span.open_at, para_start)
    term = _NAMED_TERM.search(text, max(span.open_at - 60, para_start), span.open_at) if len(words) <= 10 else None
    if term and not (term.group().startswith("means") and _INTRODUCING_VERB.search(text, sentence_start, term.start())):
        return False  # a term or a translation, not anyone's words (but "X said the discrepancy means "...""
    # reports X's)
    if text[sentence_start:span.open_at].strip() == "In" and inner[:1].isupper() and len(words) <= 8:
        return False  # `In "Oslo. City of Strangers," Lena Varga takes a look at`: a work's title
    capitalised = [w[:1].isupper() for w in words]
    own_sentence = inner[-1:] == "." and len(words) >= 3 and not text[sentence_start:span.open_at].strip() \
        and text[max(span.open_at - 3, 0):span.open_at].rstrip()[-1:] not in "\"”"  # but not a list of titles,
    # `"Maybellene." "Around and Around."`
    if inner[-1:] not in ",!?" and (any(capitalised) or len(words) <= 2) and len(words) <= 6 and all(
            upper or len(word) <= 3 for upper, word in zip(capitalised, words)) and not own_sentence:
        return False  # `"on way"`, but not `"out to get him"` or `"This is Executive Branch."` standing alone
    title_case = all(upper or len(word) <= 3 or word in _TITLE_SMALL_WORDS for upper, word in zip(capitalised, words))
    if inner[-1:] == "," and title_case and 3 <= len(words) <= 6 \
            and not _SENTENCE_WORDS & {word.lower() for word in words} \
            and not _CUE_SOON.match(text, span.close_at) \
            and not _INTRODUCING_VERB.search(text, sentence_start, span.open_at):
        return False  # `brought "Billy on the Street," the game show, to`: a title, no one's words
    if title_case and any(capitalised) and len(words) <= 12 and (
            _WORK_BEFORE.search(text, max(span.open_at - 40, para_start), span.open_at)
            or _CREDIT_AFTER.match(text, span.close_at)):
        return False  # `the dark comedy "Wild Mouse,"`, `"Have a Nice Day," by Liu Jian`: a work's title
    if _listed_title(text, span, words, para_start):
        return False  # `"Denial" "Fantastic Beasts and Where To Find Them" "I, Daniel Blake"`: a list of titles
    if not is_scare_quote(text, span):
        return True
    if len(words) == 1 and _AFTER_DETERMINER.search(text[max(span.open_at - 12, para_start):span.open_at]):
        return False  # `said the "reform" was overdue`, `said that "forcing" Russia`; not `said it was "unacceptable"`
    if _ATTRIBUTED_AFTER.match(text[span.close_at:end_of_sentence(text, span.close_at, len(text))]):
        return True  # `The firm is "very optimistic" about the future, Lena Varga said.`
    return _INTRODUCING_VERB.search(text, sentence_start, span.open_at) is not None \
        or _REPORTING_PARTICIPLE.search(text, sentence_start, span.open_at) is not None \
        or _REFERRED_TO_AS.search(text, sentence_start, span.open_at) is not None \
        or len(words) >= 3 and ACCORDING_FIRST.match(text[sentence_start:span.open_at]) is not None  # "According
    # to X, the deal was "a win-win accord"" (but not a term: `According to 2118, in the event of "non-compliance"`)


def _listed_title(text: str, span: Span, words: list[str], para_start: int) -> bool:
    """Whether title-case words in marks stand in a list of titles: right after another title's closing mark (not
    an answer's, `"...?" "No," he said`) or right before another opening mark."""
    if not words or len(words) > 12 or not all(
            w[:1].isupper() or w[:1].isdigit() or len(w) <= 3 or w in _TITLE_SMALL_WORDS for w in words):
        return False
    ends_sentence = text[span.start:span.end].rstrip()[-1:] in ".?!"
    return _MARK_THEN_SPACE_END.search(text, max(span.open_at - 5, para_start), span.open_at) is not None \
        or not ends_sentence and _SPACE_THEN_MARK.match(text, span.close_at) is not None


def _headline_label(quotes: list[Quote], title: str, names: ArticleNames) -> list[Quote]:
    """A headline of the form "X: words" names who said the quotation without a speaker that holds most of those
    words ("Neuer: Things aren't working the way we'd like at the moment", "...," he said)."""
    label = _HEADLINE_LABEL.match(title)
    who = names.resolve(label["who"]) if label else ""
    if not who or not (person_named(who, names) or names.lone_surname(who, in_headline=True)):
        return quotes
    words = set(_WORD.findall(label["words"].lower()))
    for quote in quotes:
        if not quote.speaker and len(words & set(_WORD.findall(quote.text.lower()))) >= 0.6 * len(words) >= 3:
            quote.speaker = who
    return quotes


def _headline_speaker(quotes: list[Quote], title: str, names: ArticleNames) -> list[Quote]:
    """Collections of one person's words ("Most memorable lines from Trump's news conference") attribute none of
    their quotations; when none has a speaker, the one person the headline names in the possessive said them."""
    if not quotes or any(q.speaker for q in quotes):
        return quotes
    found = [m for m in _POSSESSIVE.finditer(title) if PERSON_WORD.match(m.group(1).split()[-1])]
    owners = {m.group(1) for m in found}
    if len(owners) != 1 or any(re.match(r"\s*[A-Z]", title[m.end():]) for m in found):
        return quotes  # (not "Ukraine's Dnepr", a place's place)
    owner = names.resolve(owners.pop())
    if not person_named(owner, names) and (owner.lower() in PRONOUNS | {"it", "that", "what"} or re.search(
            rf"\b(?:in|to|from|across) {re.escape(owner)}\b", names.text)):
        return quotes  # "Who are France's presidential candidates?" (the text has "in France"), "It's common sense"
    for quote in quotes:
        quote.speaker = owner
    return quotes
