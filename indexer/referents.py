"""Who a phrase refers to: the speaker meant by the subject of a reporting verb ("Kremlin spokesman Dmitry
Peskov", "Zhang Lei, founder of X,", "the ministry", "the statement", "he"), resolved against the names the article
gives. Shared by direct attribution (`quotes.py`) and reported speech (`reported.py`).
"""
from __future__ import annotations

import re

from .names import (
    CAP_WORD, CAPITALISED_RUN, CONNECTED_NAME, CONNECTORS, DATELINE, DEMONYM, FIRM_SUFFIXES, FUNCTION_WORDS, GENDER_OF,
    NAMED_PERSON, NAMES_ENDING_IN_ING, NEWS_AGENCIES, NOT_NAMES, ORG_NOUNS, PARTICLE, PARTY_MEMBERS, PERSON_TITLES,
    PERSON_WORD, PLACE_NOUNS, PLACES_LIKE_NAMES, PRONOUNS, ROLE_NOUNS, SPEAKS_NEXT, SURNAME_TITLES, TITLE_WORDS,
    TRADE_THEN_NAME,
    ArticleNames, blank_quoted, is_plural_role, is_role_word, looks_like_a_person, person_named, split_role,
    surname_after_name, unmangled_title,
)
from .quotespans import end_of_sentence, start_of_sentence, surname_alone

VERBS = (
    "said|says|say|told|tells|added|adds|warned|warns|insisted|insists|wrote|writes|tweeted|posted|acknowledged|"
    "stated|explained|explains|noted|notes|argued|argues|asked|asks|replied|responded|declared|announced|claimed|"
    "claims|alleges|stressed|emphasi[sz]ed|continued|recalled|admitted|conceded|complained|suggested|predicted|vowed|"
    "urged|called|commented|remarked|confirmed|denied|countered|observed|concluded|maintained|reiterated|finds|"
    "testified|shouted|joked|quipped|pointed out|points out|went on|promised|pledged|cautioned|boasted|demanded|"
    "estimated|texted|recounted|wondered|criticised|criticized|described|dismissed|branded|condemned|praised|"
    "defended|reported|quoted|"
    "told reporters|mentioned|reads|read|blasted|slammed|lambasted|states|likened|indicated|concurred|spoke|"
    "reaffirmed|affirmed|asserted|contended|followed up|shot back|fired back|hit back|chimed in|interjected|retorted|"
    "snapped|jokes|quips|implied|hinted|put it|puts it|termed|echoed|echoes|repeats|repeated|accused|specified|"
    "outlined|hailed|proclaimed|advised|assured|assures|"
    "exclaimed|decried|stresses|emphasi[sz]es|maintains|describes|growled|admits|concludes|responds|warn|argue|"
    "contend|reminded|reminds|shrugs|shrugged|grins|grinned|smiles|smiled|laughs|laughed|sighs|sighed|exclaims|"
    "confirms|acknowledges|concedes|observes|reiterates|recalls|remembers|remembered|ranted|scoffed|lamented|mused|"
    "fumed|speculated"
)
SOVEREIGNS = {"queen", "king", "pope"}
OPENING_PREPOSITIONS = {"during", "in", "at", "on", "after", "before", "speaking", "addressing", "with", "for"}
CONJUNCTIONS = {"but", "and", "while", "when", "as", "after", "before", "because", "although", "though", "so"}
UNNAMED_GROUPS = {
    "sources", "officials", "analysts", "experts", "critics", "witnesses", "residents", "officers", "aides",
    "diplomats", "insiders", "observers", "activists", "protesters", "people", "others", "detractors", "opponents",
    "lawmakers", "legislators", "authorities", "prosecutors", "detectives", "investigators",
}
PARTY_PLURALS = {"republicans", "democrats", "conservatives"}  # nobody in particular, unless qualified ("House
# Republicans", "Social Democrats")
QUANTIFIERS = {"some", "many", "several", "most", "few", "other", "two", "three"}
CROWDS = {"mourners", "demonstrators", "crowds", "supporters", "marchers", "fans", "students", "voters", "crowd",
          "audience", "protesters"}
UNNAMED_PEOPLE = {
    "official", "source", "officer", "aide", "diplomat", "insider", "person", "witness", "resident", "staffer"}
UNNAMED_EVEN_DEFINITE = UNNAMED_PEOPLE - {"diplomat"} | {"interviewer"}  # "the (Russian) diplomat" was named
BYSTANDERS = {  # "the Iranian refugee told Reuters": people the article rarely names
    "witness", "resident", "refugee", "migrant", "protester", "demonstrator", "passenger", "student", "worker",
    "voter", "supporter", "detainee", "fighter", "soldier", "policeman", "policewoman",
}
KIN = {  # "the father said": someone the article may never name
    "father", "mother", "son", "daughter", "brother", "sister", "wife", "husband", "uncle", "aunt", "cousin",
    "friend", "neighbour", "neighbor", "parent", "grandmother", "grandfather", "victim", "survivor", "partner",
    "family",
}
PERPETRATORS = {"gunman", "attacker", "assailant", "shooter", "killer", "bomber", "hijacker", "suspect"}
SPEAKS_FOR = {"office", "spokesman", "spokeswoman", "spokesperson", "campaign"}  # "his office", "Bashir's office"
ANY_BODY = {"group", "agency", "organisation", "organization", "company", "firm", "body", "association", "charity"}
COMPANY_WORDS = {"company", "firm"}
COMPANY_ENDINGS = {  # the last words of a body that "the company" can mean; not "Foundation", "Trade Commission"
    "company", "firm", "bank", "group", "airlines", "airways", "technologies", "industries", "holdings", "enterprises",
    "electronics", "corporation", "corp", "inc", "ltd", "plc", "llc", "systems", "solutions", "pharmaceuticals",
    "motors", "management", "partners", "investments", "network", "channel", "lab", "laboratory", "stores",
    "supermarkets", "pharma",
}
UMBRELLA_BODIES = {"UN", "U.N.", "United Nations", "EU", "European Union", "African Union"}  # "the UN health agency"
LOOK_BACK_CHARS = 1500  # how far back "the group" looks for the body it means
PRONOUN_SENTENCES = 2  # how far back "he" and "she" look for their person
GENDER_SENTENCES = 4  # and further back for a person of the right gender
CHAIN_SENTENCES = 8  # and how far a chain of sentences opening with "he" or a description leads back
LATER_SENTENCES = 4  # how far after a lede a description's person may be named
QUALIFIERS = {"prime", "vice", "first", "foreign", "supreme"}  # what makes a post another post ("first minister")
_POSTS = PERSON_TITLES | QUALIFIERS
_INSTITUTION_ENDS = {"college", "university", "center", "centre", "institute", "city", "airlines"}  # "Barnard College"
_STATE_TITLES = {"president", "premier", "chancellor", "ambassador", "king", "queen", "leader"}  # one per nation
_PERSON_NOUNS = TITLE_WORDS | ROLE_NOUNS  # what "ministers", "envoys" are several of
_NOT_BEFORE_A_PLURAL_ROLE = FUNCTION_WORDS | PRONOUNS | {"which", "who", "it"}  # "which refers" is no group
_POST_WITHOUT_HOLDER = TITLE_WORDS | {"of", "for", "and"}  # "Minister of State"
_NO_LONE_NAMES = NOT_NAMES | FUNCTION_WORDS | ORG_NOUNS | PLACE_NOUNS | CROWDS | UNNAMED_GROUPS  # "Police said"
_CHAIN_OPENING = re.compile(  # "But he was", "The former Alabama senator (also had)", not "The president's plan"
    r"(?:(?:But|And|Yet|So)\s+)?"
    r"(?:(?P<pronoun>[Hh]e|[Ss]he)\b|[Tt]he (?P<words>(?:[\w-]+ ){0,3}?[a-z]+)(?= [a-z]+\b(?<! of)))"
)
_NAME_BEFORE_VERB = re.compile(  # "Kremlin spokesman Dmitry Peskov said", "Martin Schulz, president of X, said"
    rf"(?<![\w'’])(?P<who>(?:[a-z]+ ){{0,2}}{CAP_WORD}(?: (?:{PARTICLE} )?{CAP_WORD}){{0,3}})"  # not "(U)S. He"
    rf"(?<!['’]s)(?:,(?P<appos>[^,;:\"“”]{{1,80}}),)?\s+(?:{VERBS})\b"  # (not "countered Sozeri's claims")
)
_PREPOSITION_OBJECT = re.compile(r"(?:[a-z]+ )?(?:for|of|at|with|from|by|to|in|on|about) [A-Z]")
_LEADING_CONJUNCTION = re.compile(r"^(?:But|And|Yet|Still|So) (?=[A-Z])")  # "But (Trump is the consummate ...)"
_QUALIFIED_GROUP = re.compile(  # "sources close to the Chinese government", "officials familiar with the matter"
    r"^(?:\w+\s+){0,3}?(?:sources|officials|people|diplomats|aides|insiders|members|staff|experts|analysts)\s+"
    r"(?:close(?: to)?|familiar(?: with)?|with knowledge of|briefed(?: on)?|involved(?: in)?|inside|within)\b", re.I
)
_GROUP_IN_PLACES = re.compile(  # "Police in Lexington County, South Carolina,": a group, then where it is
    r"(?:police|officials|authorities|officers|residents|witnesses|investigators)\s+(?:in|from|at)\s+[^,]+"
    r"(?:,\s+[A-Z][^,]*)+,?", re.I)
_NAME_S_KIN = re.compile(rf"(?:{CAP_WORD} )*{CAP_WORD}['’]s (?P<kin>[a-z]+)\b")  # "Ms McLaughlin's mother"
_PRONOUN_CUE = re.compile(r",\s+(?:he|she)\s+(?:said|says|added|adds|told|tells)\b")  # "X kept to himself, she said"
_IT_OPENING = re.compile(r"(?:(?:On|In|At|Earlier|Later|Then|Also)(?: [A-Z]?\w+)?,? )?it\b", re.I)
OPENING_PHRASE = re.compile(  # "After the final, ", "According to AP news agency, ", "On Monday, ", "Last year, "
    r"^(?:after|according|on|in|at|earlier|later|however|but|meanwhile|then|also|speaking|asked|when|while|during|as|"
    r"though|although|alongside|besides|unlike|like|amid|beyond|under|since|until|without|by|from|among|"
    r"following|despite|with|before|next|first|finally|now|today|yesterday|instead|still|separately|again|over|"
    r"nonetheless|nevertheless|"
    r"most|recently|last|commenting|responding|reacting|replying|writing|addressing|referring|just|en route|ahead|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"  # `"..." Monday, he had an answer, saying`
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+) (?:hours?|days?|weeks?|months?|years?)|"
    r"the (?:next|following|same|previous) (?:morning|day|evening|night|week|month|year)|"  # "Five days later, "
    r"for(?! [A-Z]\w*['’]s part))\b"  # "For his part, X said"; but "For Ratajkowski's part, she" names her
    r"[^,\"“”]{0,100},\s+",
    re.I,
)
_HEADING_BEFORE_OPENING = re.compile(  # "The letter (In her letter, May tried to seek a "...")": a subheading glued
    r"^(?:The |A |An )?[A-Z]?[a-z]+(?: [a-z]+){0,3} "  # before its sentence's opening phrase; "The looks on
    r"(?:(?:[a-z]+|[A-Z][a-z]+['’]s?|[a-z]+['’]s?) ){0,5}"  # lawmakers' faces during Trump's speech Though ..."
    r"(?=(?:In|On|At|After|Before|During|Following|Despite|With|Since|For|According to|Though|Although) "
    r"[^,\"“”]{1,100}, [A-Z])"
)
_SUBORDINATE_OPENING = re.compile(
    r"^(?:before|after|when|while|since|although|though|because|once|until)\s+(?:he|she|they|it)\s[^,\"“”]{0,80},\s+"
)
_GROUP_LIKE = re.compile(  # "But some, like (Karl Eikenberry, warned)": the one named of them
    r"^\s*(?:(?:But|And|Yet) )?(?:[Ss]ome|[Oo]thers|[Mm]any|[Cc]ritics|[Ee]xperts), (?:like|including|such as) "
    r"(?=[A-Z])"
)
_GLUED_SUBHEADING = re.compile(  # "New arrivals (Trump was certainly right)": a subheading glued to its sentence
    r"^\s*(?!(?:He|She|It|They|We|You|I|The|An?|His|Her|Its|Their|Our|My|This|That|And|But|Or|So|Yet|After|Before|"
    r"When|While|As|In|On|At|During|Following|Despite|With|Since|Until|Now|Then|Last|Next|Earlier|Later|For|From|Of|"
    r"To|By|If|Because|Although|Though|Unlike|Like|Among|Amid|Under|Over|Meanwhile|Asked)\b)"
    r"[A-Z][a-z]+(?<!ing)(?P<words>(?: [a-z]{3,}){1,3}) "
    r"(?=[A-Z][\w-]+(?: [A-Z][\w-]+)* [a-z])"  # (the subject no owner: not "Speaking after Mr Lytton's identity")
)
_NOT_IN_SUBHEADINGS = re.compile(  # (not "Police believe (Varga was killed)", "Critics of (Trump say)")
    rf"\b(?:{VERBS}|for|with|from|about|against|like|and|than|the|that|this|believe|think|know|hope|fear|expect|"
    r"want|while|when|after|before|because|although|though|since|until|unless|where|believes|thinks|knows|hopes|"
    r"fears|wants|expects|are|were|was|has|have|had|will|would|can|could|may|might|must|should|\w+ed|\w+ly)\b"
)
_FRONTED_PLACES = re.compile(  # "Twenty kilometres south of the prison, in a house in the town of Brikama, (Musa Jobe"
    r"^\s*(?:(?:(?:[A-Z]?[a-z]+|\d+) (?:kilometres|kilometers|miles|metres|meters|km|blocks|minutes|hours) |"
    r"[Ii]n |[Aa]t |[Nn]ear |[Oo]utside |[Ii]nside |[Aa]cross |[Dd]own |[Uu]p )[^,\"“”.;:]{1,80}, ){1,2}(?=[A-Z])"
)
_FRONTED_DESCRIPTION = re.compile(  # "A Trump ally who advised the transition, (Nunes pushed back)"
    r"^\s*(?:A|An) [^,\"“”]{3,80}, (?=[A-Z])"
)
_OWNER_OF_ROLE = re.compile(  # "The party's Stormont leader (Michelle O'Neill)"
    r"^\s*(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir) [a-z]+['’]s (?=[A-Z]\w* [a-z]+ [A-Z])"
)
_SPOKESPERSON_FOR = re.compile(  # "a spokesperson for the school", "a spokesman for Flybe", "from the ministry",
    # "with Kaspersky Lab"
    rf"\bspokes(?:man|woman|person)\s+(?:for|of|at|from|with)\s+(?:the\s+(?P<body>[a-z]+)\b|(?:the\s+)?"
    rf"(?:(?:{CAP_WORD} ){{0,3}}(?:Sen|Rep|Gov|Dr|Mr|Mrs|Ms)\.\s+)?(?P<name>{CAP_WORD}"  # "for Tennessee GOP Sen. X"
    rf"(?: (?:of |for |and |to |the )*{CAP_WORD})*))"  # "for the U.S. Mission to the United Nations"
)
_SPOKES_WORDS = SPEAKS_FOR - {"office", "campaign"}
_SPOKES_WORD = re.compile(rf"\b(?:{'|'.join(sorted(_SPOKES_WORDS))}|representative|press officer)", re.I)
_NAME_FROM_BODY = re.compile(
    rf"(?P<who>{CAP_WORD}(?: {CAP_WORD}){{0,3}}),?\s+(?:from|of|at|with)\s+(?:the\s+)?"
    rf"{CAP_WORD}(?: {CAP_WORD}){{0,4}},?"
    rf"\s+(?:{VERBS})\b$"
)
_PROGRESSIVE_CUE = (  # "The EU is warning Britain that ... "..."": the auxiliary makes the "-ing" word a verb
    r"(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere ))"
    r"(?:warning|saying|telling|insisting|arguing|claiming|urging|reporting)"
)
ADVERBS = (  # before a reporting verb: "X, a founder, sarcastically told", "Briles allegedly responded:"
    "allegedly|sarcastically|angrily|bluntly|openly|flatly|curtly|emphatically|firmly|tearfully|proudly|candidly|"
    "jokingly|famously|quietly|calmly|defiantly|bitterly|cheerfully|cautiously|reportedly|repeatedly|previously|"
    "recently|initially|subsequently|separately|simply|quickly|immediately|publicly|privately|personally|finally|"
    "memorably|notably|pointedly|tersely|frankly|succinctly|forcefully|passionately|wryly|dryly|also|later|then|"
    "supposedly|apparently|controversially|consistently|frequently|often|again|already|regularly|swiftly|sharply|"
    "vehemently"
)
_AUXILIARIES = re.compile(
    rf"(?:\s+(?:{ADVERBS}|has|have|had|was|were|is|are|will|would|did|does|again|once|earlier|has also|had also|"
    r"just|now|(?:goes|went|gone|go) on to|(?:continues|continued|was quick|were quick) to|"  # "goes on to (say)"
    r"further|first|since|already|nonetheless|nevertheless|however|instead|even|still|only|merely|simply))+\s*$"
)  # lower case only: "Recycle Now (says)" is a campaign's name
TRAILER = re.compile(  # what follows a subject; a sentence's full stop, but not an abbreviation's ("the U.S."); not
    # the "in Charge" of a title ("Special Agent in Charge X")
    r"[.]?\s+(?:of the|from|with|at the|who|which|in a|in an|on|at|in(?! Charge\b)|during|after|before|to|outside|"
    r"inside|through)\s"
    r"|(?<![A-Z]\.[A-Z])\.$"
)
DOCUMENTS = {"statement", "document", "release", "letter", "post", "tweet", "communique", "brief", "filing", "lawsuit",
             "bulletin"}
OWNED_DOCUMENTS = DOCUMENTS - {"post", "tweet"} | {
    "report", "website", "story", "findings", "survey", "study", "analysis"}
_BODY_DOCUMENT = re.compile(
    rf"(?:[Aa]n?|[Oo]ne|[Aa]nother) (?P<owner>[A-Z]{{2,}}) (?:(?P<kind>[a-z]+) )?"
    rf"(?:{'|'.join(sorted(OWNED_DOCUMENTS))})\b"
)
TEXTS_OF_LAW = {"motion", "resolution", "bill", "amendment", "treaty", "agreement", "accord", "constitution", "law"}
# "the KCNA report", "the FCC website", "The Washington Post story", "The ScotCen findings": the body's words (but a
# "Facebook post" is not Facebook's)
_AUTHOR_END = re.compile(r" (?:and|for|at|of) (?=(?:the )?[A-Z])")
_RELEASED_WHEN = r"(?: (?:on|in|last|this|earlier) \w+(?: \d{1,2})?)?"  # "a report released on Jan 10 (by X)"
_ISSUED_BY = re.compile(  # "the ministry's statement", "a joint statement by the government released on Monday",
    # "one document posted online by U.S. Customs and Border Protection Friday night"
    r"^(?P<owner>.+?)['’]s (?:[a-z]+ )?(?:statement|press release|letter|report|communique|ruling|opinion|judgment|"
    r"website|research|analysis|study|survey|poll|figures|data|estimates?|example|calculations|findings|assessment|"
    r"complaint|lawsuit)$"  # "Hawaii's complaint (says)"
    r"|^(?:(?:[Aa]n?|[Tt]he|[Tt]his|[Oo]ne) (?:\w+ ){0,2})?(?:statement|press release|letter|communique|complaint|"
    r"document|report|study|survey|analysis|note|paper|data|figures|estimates|statistics|research|forecast) "
    # ("data from the BLS", "This report from the National Audit Office")
    rf"(?:(?:released|issued|published|posted|sent|filed|conducted|commissioned)(?: online)?{_RELEASED_WHEN} )?"
    r"(?:by|from) (?P<author>.+?)"
    r"(?: (?:released|issued|published|posted|sent|penned|written|signed|on|late|early|last|this|"
    r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b.*)?$"
    r"|^(?:[Tt]he|[Aa]n?) (?:\d{4} )?(?P<named>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}) "
    r"(?:statement|press release|letter|communique|report|study|survey|analysis|readout|poll|list)"
    r"(?: (?:released|published|issued|conducted|out|on|into|of) [^,]*)?$"  # "an Energy Department analysis released in
    # January", "a Gallup poll conducted in January",
    # "a 2013 Amnesty International report on US-bound migrants"
    r"|^(?:[Aa]n?|[Tt]he) (?P<body>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,2} [a-z]+) "
    r"(?:statement|press release|letter|communique)$"
    r"|^(?:[Aa]n?|[Tt]he) (?P<paper>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}) (?:editorial|commentary|op-ed)$"
    r"|^(?:[Aa]n?|[Tt]he) (?:statement|notice|message) on (?:the |its )?"  # "A statement on the Merseyrail website"
    r"(?P<site>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}) (?:website|site|page)$"
)
_NATION_INITIALS = re.compile(r"U\.?S\.?|U\.?K\.?|EU|UN")  # "the US embassy", "the UK government"
_PUBLISHER = re.compile(r"\b(?:news agency|newspaper|broadcaster|television|TV|website|state media)$")
_POSSESSOR = re.compile(  # "Tillerson's Beijing visit followed", "Mr Wilders' lead vanished"
    rf"(?P<owner>{CAP_WORD}(?: {CAP_WORD}){{0,2}})(?:['’]s|(?<=s)['’]) (?P<named>(?:[A-Z]\w* )*)"
    r"(?P<head>[a-z]+) [a-z]"
)
_OWNER_KIN_NAME = re.compile(  # "Masood's mother Janet Ajao", "Seck's friend and fellow activist, Youcef Brakni,",
    # "Owens' father, Bill,"
    rf"\s*{CAP_WORD}(?:['’]s|(?<=s)['’]) (?:[a-z-]+ (?:and )?){{0,3}}(?P<kin>[a-z]+),? "
    rf"(?P<who>{CAP_WORD}(?: {CAP_WORD}){{1,2}}\b|{CAP_WORD}(?=,))")
_AFTER_PREPOSITION = re.compile(rf"(?:^|\s)(?:of|for|at|from|with|to|in)(?: the)?(?: {CAP_WORD})*$")
NATIONAL_BODY_OPENING = re.compile(  # "The Georgian government", "The Obama administration", "Syrian state television"
    rf"(?:[Tt]he )?(?P<body>(?!\S+['’]s |(?:A|An|The) ){CAP_WORD} "
    rf"(?:(?:foreign|defen[cs]e|interior|finance|health|justice|economy|trade) (?=ministry))?"  # "Venezuela foreign
    rf"(?:government|ministry|military|army|parliament"  # ministry"
    rf"|administration|campaign|state (?:television|TV|media|news agency)))\b"
    r"(?!\s+(?:officials?|envoy|spokes(?:man|woman|person)|sources?|aides?|minister|adviser)\b)"  # not "... envoy X"
)
_TIME_PREFIX = re.compile(r"^(?:then|now|ex)-(?=[a-z])")
_BORN = re.compile(r"[A-Z][a-z]+-born")
_ROLE_IN_BODY = re.compile(  # "member of German parliament ", "head of the presidential administration "
    r"\b(?P<role>[a-z]+) (?:of|in|at) (?:the )?(?:[\w-]+ ){0,2}(?P<body>[a-z]+) $"
)
_REACTION_FROM = re.compile(  # "X's taunt prompted an angry reaction from Y": Y speaks next
    rf"\b(?:reaction|response|reply|rebuke|retort) from (?P<who>{CAP_WORD}(?: {CAP_WORD}){{0,3}})"
)
_SENT_DOCUMENT = re.compile(  # "sent a letter", "issued a joint statement"
    r"\b(?:sent|issued|released|wrote|published|posted|signed|filed)\s+(?:a|an|the|their|his|her|its)\s+(?:\w+\s+)?"
    r"(?P<document>statement|document|release|letter|post|tweet|communique|brief)\b"
)
_STATEMENTS = {"statement", "release", "communique"}  # "issued a statement ... The release added"
_DOCUMENT_BY = re.compile(  # "a statement from the ministry", "a letter by Sen. X" (reports: _STUDY_MENTIONS)
    rf"\b(?:[Aa]n?|[Tt]he) (?:\w+ )?(?P<document>statement|letter|document)s? (?:by|from) "
    rf"(?P<author>(?:the )?(?:[\w.'’-]+ ){{0,2}}{CAP_WORD}(?: (?:of |for |and )?{CAP_WORD}){{0,5}})"
)
_BODY_S_DOCUMENT = re.compile(  # "A Russian Ministry of Defense statement said"
    rf"\b(?:[Aa]n?|[Tt]he) (?P<author>{CAP_WORD}(?: (?:of |for |and )?{CAP_WORD}){{0,5}}) "
    rf"(?P<document>statement|letter)\b"
)
_DOCUMENT_OF_UNNAMED = re.compile(  # "a statement by the culture ministry": a body the article does not name
    r"\b(?:[Aa]n?|[Tt]he) (?:\w+ )?(?P<document>statement|letter)s? (?:by|from) the (?P<body>(?:[a-z-]+ ){0,2}"
    r"(?:ministry|department|office|agency|council|committee|embassy|government|company|firm))\b"
)
_POSTED_BY = re.compile(  # "A tribute to Ranieri posted to Instagram by Manchester United manager Jose Mourinho"
    rf"\bposted (?:to|on) {CAP_WORD} by (?P<author>(?:[\w.'’-]+ ){{0,3}}{CAP_WORD}(?: {CAP_WORD}){{0,3}})"
)
STUDIES = {"report": "report", "analysis": "report", "review": "report", "study": "study", "survey": "survey",
           "note": "note"}  # ("the report" may mean what "the CBO's analysis" introduced)
_STUDY = r"(?P<document>report|study|survey|analysis|review|note)"  # (and an analyst's "research note")
_AUTHOR = (  # the whole name (and "a UNICEF-report")
    rf"(?P<author>{CAP_WORD}(?: (?:of |for |and )?{CAP_WORD}){{0,6}})(?!\w|-(?!(?:report|study|survey)\b)| [A-Z])")
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_CALENDAR_WORD = re.compile(rf"{_WEEKDAY}|{_MONTH}|Today|Yesterday|Last|This|Next")
_OUTLET_SAID = re.compile(  # "the local Teren newspaper said", "Yonhap news agency reported"
    rf"\b{_AUTHOR} (?:newspaper|daily|weekly|news agency|agency|broadcaster|channel|TV) "
    r"(?:said|says|reported|reports)\b")
_ACCORDING_TO_OUTLET = re.compile(  # "according to ABC News partner NHK", "according to Reuters"
    rf"\baccording to (?P<outlet>(?:[\w'’.-]+ ){{0,4}}(?:partner|agency|broadcaster|newspaper|channel) )?{_AUTHOR}")
_BODY_REPORTED = re.compile(rf"\b[Tt]he {_AUTHOR} (?:has |have )?reported\b")  # "the Central Bank reported"
_STUDY_MENTIONS = (  # ways an article introduces a report and its author; "the report said" later means that author
    re.compile(  # "a new report Monday from the UN Assistance Mission", "the study released by the Tom Reid Institute"
        rf"\b(?:[Aa]n?|[Tt]he) (?:\w+ ){{0,2}}{_STUDY} (?:(?:released|published|issued|prepared|compiled|produced|"
        rf"commissioned|written|{_WEEKDAY}){_RELEASED_WHEN} )?(?:by|from) (?:the )?"
        rf"(?:(?:[a-z][\w'’-]*|(?:[A-Z]\.)+|[A-Z]+['’]s) ){{0,2}}"
        rf"{_AUTHOR}(?! (?!(?:in|on|at|of|for|and|to|as|with|that|which|who|released|published|issued|said|says|"
        rf"shows|showed|found|was|is|has|had|last|this|earlier|also)\b)[a-z])"  # not "a London accountancy"
    ),
    re.compile(rf"{_AUTHOR}['’]s (?:\w+ )?{_STUDY}\b"),  # "the CBO's analysis", "Shapira's report"
    re.compile(  # "A new United Nations report", "a UNICEF-report"
        rf"\b(?:[Aa]n?|[Tt]he) (?:new |latest |annual |recent )?(?:(?:{_CALENDAR_WORD.pattern}) )?(?:\d{{4}} )?"
        rf"{_AUTHOR}[ -](?:police )?{_STUDY}\b"  # and "A September 2016 Marshall Project report", "a Lee County
        # Sheriff's Office police report"
    ),
    re.compile(  # "Human Rights Watch said on Thursday in a report", "X (SPLC) said in its annual report"
        rf"{_AUTHOR}(?: \([A-Z]+\))? (?:also )?(?:said|says|wrote|warned|found|concluded)(?:[ -]on \w+)?[ -]in "
        rf"(?:a|an|its|their) (?:\w+ ){{0,2}}{_STUDY}\b"
    ),
    re.compile(  # "In its final report on the disaster, the Air Accidents Investigation Branch (listed)"
        rf"\b[Ii]n (?:its|their) (?:\w+ ){{0,2}}{_STUDY}(?: [^,]{{0,60}})?, (?:the )?{_AUTHOR}"
    ),
    re.compile(  # "The report - Practices in Westland - was commissioned and published by the UN X Commission"
        rf"\b[Tt]he {_STUDY}\b[^.]{{0,120}}? (?:was|were|had been|has been) (?:\w+ and )?"
        rf"(?:released|published|issued|prepared|compiled|produced|commissioned|written|conducted){_RELEASED_WHEN} "
        rf"by (?:the )?(?:(?:[a-z][\w'’-]*|(?:[A-Z]\.)+|[A-Z]{{2,}}) ){{0,2}}{_AUTHOR}"
    ),
    re.compile(  # "Human Rights Watch (HRW) today released a report showing", "X published a-report-denouncing"
        rf"{_AUTHOR}(?: \([A-Z]+\))? (?:\w+ )?(?:released|published|issued|unveiled)[ -](?:a|an|its|their)[ -]"
        rf"(?:\w+ ){{0,2}}{_STUDY}\b"
    ),
)
_NEW_STUDY = re.compile(rf"\b(?:[Aa]n?|[Aa]nother) (?:[\w-]+ ){{0,2}}{_STUDY}\b")  # "a report by law enforcement
# teams", "another study": a document whose author the mentions above may not name
_WHOSE_CLAUSE = re.compile(r",\s+whose\s[^,]*,?\s*$")
_REPORTED_THEN_AND = re.compile(rf",\s+(?:{VERBS})\s+that\b.*\band\s*$")  # the subject of "added" says the rest
_PARTY_MEMBER_SUBJECT = re.compile(  # "The Arkansas Republican (also called)", "the New York Democrat"
    rf"[Tt]he (?:{CAP_WORD} ){{1,2}}(?:Democrat|Republican|Conservative|Tory|Socialist|Liberal)(?= [a-z])"
)
_OBJECT_OF = re.compile(r"\b(?:of|for|at|from|in|to)(?: the)? $")
_ROLE_IN_PLACE_THEN_NAME = re.compile(
    rf"(?:{CAP_WORD} ){{0,3}}(?P<role>[a-z]+) (?:in|for|at) (?:the )?(?:{CAP_WORD} ){{1,3}}"  # "Chief analyst at"
    rf"(?P<who>{CAP_WORD}(?: {CAP_WORD}){{1,2}})(?=,| [a-z]|$)"
)
_ROLE_OF = re.compile(  # "director of Policy ...", "MEP for the Greens"
    r"(?:the |a |an )?(?:[a-z-]+ ){0,2}(?P<role>[a-z]+|[A-Z]{2,4}) (?:of|for|at)\b")
_ABBREVIATED_TITLE = re.compile(r"\b(Rep|Sen|Gov|Gen|Lt|Col|Sgt|Capt|Dr|Mr|Mrs|Ms|Prof)\. (?=[A-Z])")
_LEADING_DAY = re.compile(  # "on Tuesday (the government said)", "Late in September (X told)", "in 2016 (the firm)"
    rf"^(?:(?:on|last|this|early|late)\s+(?:{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?|week|month|year)|"
    rf"(?i:early|late|earlier|later) in {_MONTH}|"
    rf"in (?:{_MONTH} )?(?:19|20)\d\d|(?:earlier|later) (?:this|that|last) (?:week|month|year))\s+"
)
_PLACE_ROLE_S_OFFICE = re.compile(  # "The Paris prosecutor's office", "Bergen County prosecutors' office"
    rf"(?:[Tt]he )?(?P<body>(?P<place>(?!The\b){CAP_WORD}(?: {CAP_WORD}){{0,2}}) "
    rf"(?P<role>[a-z]+?)(?:['’]s|s['’]) [Oo]ffice)"
)
_ROLE_IN_PLACE_WHO = re.compile(
    rf"\b(?:the|an?) (?:[A-Z][\w-]* ){{0,3}}(?P<role>[a-z]+) (?:in|to|at) (?:the )?{CAP_WORD}(?: {CAP_WORD}){{0,2}} who$"
)
_NAME_WITH_ADDRESS = re.compile(  # a court report's "Ms X, with an address at Y, Dublin," before "said"
    rf"(?P<who>(?:(?:Mr|Ms|Mrs|Dr)\.? )?{CAP_WORD}(?: {CAP_WORD}){{0,2}}), (?:with an address (?:at|in)|who (?:now )?"
    rf"lives (?:at|in))\b[^\"“”]*,"
)
_PERSON_FROM_PLACE = re.compile(  # "Jim Barrow, from Worthing (said)": the apposition's closing comma lost
    rf"(?P<who>{CAP_WORD}(?: {CAP_WORD}){{1,2}}), from {CAP_WORD}(?: {CAP_WORD}){{0,2}}"
)
_PERSON_OF_BODY_IN_PLACE = re.compile(  # "X of the Center for Automotive Research in Ann Arbor, Michigan,", "Police
    # Chief X of Alexandria, Virginia,"
    rf"(?:[^,]*\s)?(?P<who>{CAP_WORD}(?: {CAP_WORD}){{1,2}}) of (?:(?:the )?{CAP_WORD}[^,]*? in )?{CAP_WORD}"
    rf"(?: {CAP_WORD})?, {CAP_WORD}(?: {CAP_WORD})?,"
)
REMARKS = re.compile(  # "Sessions' prepared speech", "the attorney general's remarks", "the prepared speech"
    r"(?:(?P<owner>.+?)['’]s?|[Tt]he) (?:prepared |written )?(?:remarks|speech)"
)
_OWNED_REMARKS = re.compile(
    rf"(?P<owner>{CAP_WORD}(?: {CAP_WORD})?)['’]s? (?:prepared |written )?(?:remarks|speech)\b"
)
_IMPERSONAL_IT = re.compile(r"[Ii]t (?:was|is|has been|had been)")
_LOWERCASE_ROLE = re.compile(r"(?:(?:then|ex)-)?(?P<role>[a-z]+) (?=[A-Z])")  # "then-candidate Pence"
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_WHO_THEN_PRONOUN = re.compile(
    rf"(?P<who>{CAP_WORD}(?: {CAP_WORD}){{0,3}}), who\b[^,\"“”]*\b(?:when|as|after|because|before|while)"
    rf"\s+(?:he|she)\s*$"
)
_PRONOUN_AFTER_AND = re.compile(r"\s(?:and|but)\s+(?P<pronoun>he|she)\s*$")
_PRONOUN_AFTER_CONJUNCTION = re.compile(r"\b(?:when|as|after|before|because|while|since|if|until)\s+(?:he|she)\s*$")
_DESCRIPTION_THEN_NAME_END = re.compile(
    rf"(?:^|,\s)(?:a|an|the) (?:[a-z]+ ){{1,3}}(?P<who>{CAP_WORD}(?: {CAP_WORD})?)(?: has| had| have)?\s*$"
)
_RELATIVES = re.compile(
    r"(?:(?:\S+ ){0,2}\S+['’]s? |(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he) )?(?:(?:[Ff]amily|[Rr]elatives) and )?"
    r"(?:[Ff]riends|[Rr]elatives|[Pp]arents|[Ff]amily members|[Ll]oved ones)(?: of .+)?"
)
_DOCUMENT_OPENING = re.compile(  # "the HRW report "found no such distinction"", "The Kremlin statement "
    rf"^(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w.-]+\s+){{0,2}}(?:{'|'.join(sorted(OWNED_DOCUMENTS))})$"
)
_DASHED_ASIDE = re.compile(  # not "An critic - Bai Ye, from the Academy - (says)" or "a group - the Green Building
    # Council - (says)", whose aside names who speaks
    r"(?:-{2,3}|\s[-–—])\s*(?:who|whose|which|[a-z]+\b(?!\s+[A-Z]))[^\"“”\-–—]{0,120}?\s(?:-{1,3}|[–—])\s*$"
)
_LIST_ASIDE = re.compile(  # ", for Uber and the drivers - Hungarian national X, Bulgarian Y, and Z from Pakistan -": an
    # apposition, then a list of names between dashes
    r",[^,\-–—\"“”]{3,80}\s-\s[^\-–—\"“”]{3,200}?,[^\-–—\"“”]{3,120}\s-\s*$")
_ROLE_THEN_DASHED_NAME = re.compile(  # "Another veteran critic - Bai Ye, from the Chinese Academy of Social Sciences -"
    rf"(?P<role>[^-–—]*[a-z])\s[-–—]\s(?P<who>{CAP_WORD}(?: {CAP_WORD}){{1,3}})(?:,[^-–—]*)?\s[-–—]\s*$"
)
_LONG_ROLE_THEN_NAME = re.compile(  # "chief designer of the Krylov ice-class vessels center Valery Belyashov"
    rf"(?:(?:[A-Z]\S* )+(?=[a-z]+ on ))?"  # and "Fianna Fáil spokesperson on public expenditure Dara Calleary"
    rf"(?:[A-Za-z]+ )?(?P<role>[A-Za-z]+) (?:of|at|for|on) (?:[\w.'’-]+ ){{1,8}}(?<!\bat )(?<!\bof )(?<!\bfor )"
    rf"(?<!\bin )(?<!\bon )(?P<name>{CAP_WORD} {CAP_WORD}(?: {CAP_WORD})?)"  # (not "vice president ... at Tompkins
    # Conservation")
)
_NAME_THEN_OPEN_ROLE = re.compile(rf"(?P<who>{CAP_WORD}(?: {CAP_WORD}){{1,2}}), (?P<role>[^,;:\"“”]{{1,60}})")
_PRONOUN_CLAUSE_THEN_AND = re.compile(
    r"\b(?:when|after|as|while|before|because|since|where)\s+(?P<pronoun>he|she)\s[^;:\"“”,]*,\s*(?:and|but)\s*$"
)
_PRONOUN_GLUED_TO_NAME = re.compile(r"\b(?P<word>[A-Z][a-z]+) (?P<pronoun>He|She)$")  # a heading's last word, then
# the sentence's pronoun (but "Mr He", the Chinese surname)
_BODIES_OF_THEIR_OWN = {"committee", "commission", "panel", "jury"}  # "the Pulitzer committee": a body, not Pulitzer
_PLURAL_POSSESSIVE = re.compile(r"(?<=[a-z])s['’] (?=[A-Z])")
_PRONOUN_THEN_AND = re.compile(  # "He has flirted with X and", "He tried to seize a gun, put it to her head and"
    r"\s*(?P<pronoun>He|She)\s(?:[^,;:\"“”]|,\s+(?=[a-z]))*\s(?:and|but)\s*$"
)
_SUBORDINATORS = {"when", "after", "before", "while", "as", "since", "once", "because", "although", "though"}
NAMED_SUBORDINATE = re.compile(  # "While Ferris has (received some negative feedback, she said)"; "As" is left out
    rf"\s*(?:{'|'.join(sorted(word.title() for word in _SUBORDINATORS - {'as'}))})\s+"
    rf"(?P<who>{CAP_WORD}(?: {CAP_WORD}){{0,2}})\s+[a-z]"
)
_SUBORDINATE_SUBJECT = re.compile(rf"{NAMED_SUBORDINATE.pattern}[^,\"“”]*,\s*(?P<pronoun>he|she)$")
_NAMING_ASIDE = re.compile(  # a description, then between dashes who it is
    r"^\s*(?:[Aa]n?|[Tt]he)\s+[a-z][^\"“”\-–—A-Z]{0,80}?\s[-–—]\s*(?P<name>(?:the\s+)?[A-Z][^\"“”\-–—]{0,80}?)"
    r"\s[-–—]\s*$"
)
_KIND_THEN_NAME = re.compile(  # a body introduced by what it is: "the fact-checking organization Politifact"
    rf"^[Tt]he (?:[a-z-]+ ){{0,4}}(?:organi[sz]ation|group|company|agency|firm|network|website|newspaper|charity) "
    rf"(?P<name>{CAP_WORD}(?: {CAP_WORD}){{0,3}}) [a-z]"
)
_KIND_BEFORE_NAME = re.compile(
    r"^(?:[Tt]he|[Aa]n?) (?:[a-z-]+ ){0,3}(?:organi[sz]ation|group|company|agency|firm|charity|"
    r"watchdog|monitor) (?=[A-Z]\w+ [A-Z])"
)
_BODY_THEN_WHICH = re.compile(rf"(?P<who>(?:{CAP_WORD} )(?:(?:of|for) )?(?:{CAP_WORD} ){{0,4}}{CAP_WORD}),\s+which\s*$")
_PART_OF_BODY = re.compile(  # "the Northern Ireland branch of the Confederation of British Industry"
    rf"^\s*(?:[Tt]he|[Aa]|[Ii]ts) (?:[\w'’-]+ ){{0,3}}(?:branch|arm|wing|chapter|division|unit) of (?:the )?"
    rf"(?P<body>{CAP_WORD}(?: (?:of|for|and|the) )?(?: ?{CAP_WORD}){{0,5}})(?:, (?:the|a|an) [^,]{{1,80}},?)?\s*$"
)  # (and "The Virginia chapter of the Sierra Club, the 124-year-old advocacy titan,")
QUOTED_SUBHEADING = re.compile(  # a glued subheading: "Duterte: 'I will kill more ...' (Duterte has repeated)"
    r"^(?:[A-Z][a-z][\w-]*(?: [A-Z][a-z][\w-]*){0,2}: )?[^'‘’\"“”:,]*['‘][^'’]*\s[^'’]*['’]\s+(?=[A-Z])"
)
_REFLEXIVE = re.compile(r"(?<=[A-Za-z]) (?:himself|herself|itself|themselves)\b")
_NAME_IN_MARKS = re.compile(r"(?<=\b[Tt]he )[\"“] ?(?P<name>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4})[\"”]")
_SURNAME_OF_BODY = re.compile(  # "Papadavid of ODI", "Chan at Credit Suisse"
    rf"(?P<who>{CAP_WORD}) (?:of|at|from) (?:the )?{CAP_WORD}(?: (?:of |for |and )?{CAP_WORD}){{0,4}}")
_PERSON_OF_COMMA_BODY = re.compile(rf"(?P<who>[^,]+?) of (?:the )?{CAP_WORD}[^,]*(?:, {CAP_WORD}[^,]*)+")
_PERSON_OF_DESCRIBED_BODY = re.compile(  # "Andrew Ferguson of broadband comparison website Think Broadband"
    rf"(?P<who>{CAP_WORD}(?: {CAP_WORD}){{1,2}}) (?:of|at|from) (?:the )?(?:[a-z][\w-]* ){{1,4}}{CAP_WORD}"
    rf"(?: {CAP_WORD}){{0,4}}")
_REACHED_BY = re.compile(r",?\s+(?:reached|contacted|interviewed)\s+by\s[^,]*,?\s*$")
_PARTICIPLE_WORD = re.compile(r"(?!including)[a-z]+ing")  # "Cavusoglu, standing alongside Tillerson, (warned)"
_TITLE_OF_WORK = re.compile(r"(?:called|titled|entitled|dubbed)\s")
_KIN_OF = re.compile(  # "The father of Ziyed Ben Belgacem (told)", "a close friend of the senator": not that person
    rf"^(?:the|an?)\s+(?:[a-z-]+\s+)?(?:{'|'.join(sorted(KIN))})s?\s+of\s", re.I
)
_PERSON_OF_OWNED_BODY = re.compile(  # "Dr. X of Sacramento's Capital Sikh Center"
    rf"(?:(?:Dr|Prof|Professor)\.? )?(?P<who>{CAP_WORD}(?: {CAP_WORD}){{1,2}}) of {CAP_WORD}['’]s"
    rf"(?: {CAP_WORD}){{1,5}}")
_PERSON_OF_BODY = re.compile(rf"^(?P<who>{CAP_WORD}(?: {CAP_WORD}){{1,2}}) (?:of|at|from) (?:the )?{CAP_WORD}")
_TITLE_OF_PLACE = re.compile(rf"(?P<title>[A-Z][a-z]+ of {CAP_WORD}),? (?P<who>{CAP_WORD} {CAP_WORD})")
_SUBORDINATOR = r"(?:while|whereas|when|after|before|because|since|although|though)"
_NAME_AFTER_CONJUNCTION = re.compile(
    rf"\b(?:as|{_SUBORDINATOR})\s+(?P<the>the\s+)?(?P<who>{CAP_WORD}(?: (?:of |for )?{CAP_WORD}){{1,3}})\s*$"
)
_KIND_AFTER_CONJUNCTION = re.compile(  # "... caused a backlash after the paper (described)"
    rf"\b{_SUBORDINATOR}\s+the\s+(?P<noun>[a-z]+)\s*$")
_HEADING = re.compile(r"\b[A-Z]{2,}(?: [A-Z]{2,})*: ")  # "READ MORE: ", "OPINION: "
_CONTRACTION = re.compile(r"['’](?:s|d|ll|ve|re)$")
_AGE = re.compile(r"\d+-year-old")
_REPRESENTATIVES_OF = re.compile(  # "representatives at PwC (said)": the body speaks, as through a spokesperson
    rf"(?:[Tt]he )?[Rr]epresentatives (?:at|of|for|from) (?:the )?(?P<body>{CAP_WORD}(?: (?:of |for )?{CAP_WORD})*)"
)
_NAME_THEN_DESCRIPTION = re.compile(rf"(?P<who>{CAP_WORD}(?: {CAP_WORD}){{1,3}}) an? [a-z]")  # a comma left out
_DESCRIPTION_THEN_BARE_NAME = re.compile(  # a comma left out: "The European Parliament's interlocutor on the Brexit
    rf"^(?:[Tt]he|[Aa]n?) [^,\"“”]{{3,80}}? (?P<last>[a-z]+) (?P<who>{CAP_WORD} {CAP_WORD}(?: {CAP_WORD})?)$"
)  # negotiations Guy Verhofstadt (has said)"; not "The Syrian Observatory for Human Rights", "The principal for
# management consultants Roland Berger"
_BEFORE_A_FIRM_NAME = {"consultants", "consultancy", "firm", "company", "brand", "bank"}
_PARTICIPLE_CLAUSE = re.compile(  # "Taking a page from the playbook, (Bannon has ...)", "(Now,) burdened with a
    # memory he is struggling with, (Madasani's words are)"
    r"^[A-Za-z][a-z]{2,}(?:ing|ed)\b[^\"“”.;:]{0,120}?,\s+(?=[A-Z])"
)
_PARTICIPLE_OPENING = re.compile(  # "Spelling out a creed of strong national defense, (he lauded)"
    r"^[A-Z][a-z]{2,}ing\b[^\"“”.;:]{0,160}?,\s+(?=(?:he|she)\b)"
)
_FOR_WHOM = re.compile(r"(?:(?:For|To) (?P<pronoun>him|her)|In (?P<owner>his|her) (?:view|opinion|mind)), ")
_COUNTED_GROUP = re.compile(  # "More than 120 retired generals and admirals (signed a letter)", "Some 300 doctors",
    # "over 50 renowned Russian film directors (have)"
    r"(?:(?:[Mm]ore|[Ff]ewer|[Ll]ess) than |[Oo]ver |[Aa]bout |[Nn]early |[Aa]lmost |[Ss]ome |[Aa]t least )?"
    r"\d[\d,]*\s+(?:[\w-]+\s+){0,3}[a-z]+s\b|\d[\d.]*\s*(?:percent|per cent|%) of (?:the )?[A-Za-z]+s\b"
)  # "48 percent of Americans (said)"
_COUNTED_CROWD = re.compile(
    rf"(?:[Aa] few (?:dozen |hundred )?|(?:[Dd]ozens|[Hh]undreds|[Tt]housands) of |[Ss]everal |[Mm]any |\d[\d,]* )"
    rf"(?:[a-z-]+ )?(?:{'|'.join(sorted(CROWDS))})\b"
)
_OWNER_DESCRIPTION = re.compile(rf"{CAP_WORD}(?: {CAP_WORD})*['’]s(?: [a-z][\w-]*)+")  # "North Korea's news agency"
_INHABITANT = re.compile(r"(?:[^i]an|er|ese|man|woman)$")  # "American", "New Yorker"; not "the Guardian"
_NATIONALS = ("national", "citizen")  # "the Russian national": the Russian
_DESCRIBED_SUBJECT = re.compile(  # "The Unite leader (called)", "The 70-year-old US president (vented)"
    r"[Tt]he (?:\d+-year-old )?(?:[A-Z][\w-]* )*(?:vice )?(?P<role>[a-z]+|MEP|MP|MSP|TD)"
    r"(?: (?:for|of) [A-Z][\w-]*(?: [A-Z][\w-]*)*)?(?: (?=[a-z])|(?=, who\b))"
    # "The vice president (said)", "The author, who will also lead the PEN center, (has made)", "The MEP for Dublin"
)
_BODY_SPOKESPERSON = re.compile(  # "A government spokesman", "A White House spokesman"
    r"(?:A|An) (?:[a-z]+|(?:[A-Z]\w+ ){0,2}[A-Z]\w+) spokes(?:man|woman|person)\b"
)
_LEADING_CUE = re.compile(r"^(?:said|says|added|adds)\s+")  # `"...," said X`
_LONE_NAME_OPENING = re.compile(rf"(?P<name>{CAP_WORD}) [a-z]")
_PLACE_S_ROLE = re.compile(rf"(?:{CAP_WORD} ){{0,2}}{CAP_WORD}['’]s (?P<role>[a-z]+ [a-z]+)")
_DESCRIPTION_FIRST = re.compile(r"[a-z]|[A-Z]{2,} [a-z]")  # "founder of X", "UK managing director of Charles Schwab"
_IN_A_PLACE = re.compile(rf"\b(?:in|at|from|near) {CAP_WORD}$")
_TITLE_SUBJECT = re.compile(r"[Tt]he (?P<role>[A-Z][a-z]+) (?!of\b)(?=[a-z])")  # "The Taoiseach (agreed)"
_NAME_AFTER_DESCRIPTION = re.compile(  # "the rights group Amnesty International", "the UK-based activist group X"
    rf"^\S+ (?:\w+-based )?[a-z][\w-]*(?: [a-z][\w-]*){{0,2}} (?P<name>{CAP_WORD}(?: (?:for |of )?{CAP_WORD}){{0,4}})$"
)
_DESCRIPTION_THEN_NAME = re.compile(r"^(?:[Tt]he|[Aa]n?) [a-z][^,]{0,80}, (?P<who>(?!who)[^,]{3,80}),")  # not "who'll"
_NAMED_NEWSPAPER = re.compile(  # "daily newspaper Hurriyet", "the British tabloid the Daily Mail", "Kommersant writes"
    rf"\b(?:daily|newspaper|tabloid) (?:the )?(?P<name>{CAP_WORD}(?: {CAP_WORD}){{0,3}})"
    rf"|\b(?P<writer>{CAP_WORD}(?: {CAP_WORD}){{0,2}})(?: (?:business|daily|newspaper))* (?:writes|wrote)\b"
    rf"|\btold (?P<told>{CAP_WORD}(?: {CAP_WORD}){{0,2}})\b(?!['’])"  # "an MP told Izvestia. ..., the paper says"
    rf"|\b(?:to|in|by) (?P<kind_after>{CAP_WORD}(?: {CAP_WORD}){{0,2}})(?<!['’]s) (?:daily|newspaper)\b"
    r"(?! [A-Z])"  # "to Izvestia daily"; not "to Moscow newspaper Moskovskij Komsomolets"
)
_LISTED_PEOPLE = re.compile(
    rf"(?P<first>(?:{CAP_WORD} ){{0,3}}{CAP_WORD}), (?:(?:{CAP_WORD} ){{0,3}}{CAP_WORD}, )*"
    rf"(?:{CAP_WORD} ){{0,3}}{CAP_WORD},? and (?P<last>(?:{CAP_WORD} ){{0,4}}{CAP_WORD})"
)
_LISTED_BODIES = re.compile(
    rf"(?:[Tt]he\s+)?(?P<first>{CAPITALISED_RUN.pattern})\s*,\s+(?:(?:the\s+)?{CAPITALISED_RUN.pattern}\s*,\s+)*"
    rf"(?:the\s+)?{CAPITALISED_RUN.pattern}\s*,?\s+and\s+(?:the\s+)?{CAPITALISED_RUN.pattern}"
)
_DOCUMENT_IN_WHICH = re.compile(
    r"\b(?:statement|letter|message|video) (?:from|by) (?P<who>[^,\"“”]{3,80}?) in which (?:he|she)\b"
)
_REPORTER_AFTER = re.compile(
    rf",\s+(?P<who>(?:[a-z-]+ )?(?:the )?{CAP_WORD}(?: {CAP_WORD}){{0,3}})\s+(?:reported|said|announced)"
    rf"(?:\s+(?:on|early|late|last|this)?\s*[A-Z]?[a-z]+){{0,2}}\s*$"
)
_IN_A_CITY = re.compile(r"\bin [A-Z][\w.]*(?: [A-Z]\w*)?,\s+$")
_STATE_AFTER_CITY = re.compile(rf"^{CAP_WORD}(?: {CAP_WORD})?,\s+(?=[A-Z])")
_NAME_AT_END = re.compile(rf"{CAP_WORD}(?: {CAP_WORD}){{0,3}}$")
_INDEFINITE_ROLE = re.compile(r"(?:A|An) (?:[a-z][\w-]* ){0,3}(?P<role>[a-z]+)(?= (?:in|from|of|at|with) [A-Z])")
_SUBJECT_ASIDE = re.compile(r"\s*\([^()]{1,30}\)|,\s*(?:however|meanwhile|though|too|in turn|for its part),")
_BODY_OPENING = re.compile(  # (and "Its Safety Centre gives")
    rf"(?:[Tt]he |[Ii]ts )?(?P<body>{CAP_WORD}(?: {CAP_WORD}){{0,4}}(?P<of> of(?: {CAP_WORD}){{1,3}})?) "
    rf"(?:[a-z]+ly |also )?"
    r"(?:(?!(?:is|has|was|does)\b)[a-z]+(?:ed|s)|spoke|took|gave|made|(?:has|had) [a-z]+ed)\b"  # "Russia's Foreign
    # Ministry also spoke", "The Kremlin has issued"
)
_OWNER_S_BODY = re.compile(rf"{CAP_WORD}(?: {CAP_WORD}){{0,2}}['’]s (?:[a-z]+ )?(?P<head>[a-z]+)\b")  # "Malaysia's
# foreign ministry"
_BODY_S_THING_OPENING = re.compile(
    rf"(?:[Tt]he )?(?P<body>{CAP_WORD}(?: {CAP_WORD}){{0,4}}(?P<of> (?:of|on|for)(?: {CAP_WORD}){{1,3}})?)['’]s "
    r"(?:[a-z]+ ){1,3}(?!(?:is|has|was|does)\b)[a-z]+(?:ed|s)\b"
)
_APPOSED_THEN_VERB = re.compile(rf"(?P<who>{CAP_WORD}(?: {CAP_WORD}){{1,2}}), [^,\"“”]{{3,80}}, [a-z]+(?:s|ed)\b")
_ROLE_OF_BODY_THEN_NAME = re.compile(  # "The press spokesperson for the Russian Orthodox Church, Wachtag Kipshidze,"
    rf"(?:[Tt]he )?(?:[a-z-]+ ){{0,2}}(?P<role>[a-z]+) (?:for|of|at) (?:the )?(?:(?:{CAP_WORD} ){{0,4}}{CAP_WORD}|"
    rf"(?:{CAP_WORD} ){{1,4}}{CAP_WORD}['’]s [a-z]+), "  # ("The head of German Chancellor Angela Merkel's office, X,")
    rf"(?P<who>{CAP_WORD}(?: {CAP_WORD}){{1,2}}),"
)
_ROLE_THEN_APPOSED = re.compile(rf"\s+(?P<role>[a-z]+(?: [a-z]+)?), (?P<who>{CAP_WORD}(?: {CAP_WORD}){{1,3}}),")
_ROLE_THEN_NAME = re.compile(rf"\s+(?P<role>[a-z]+(?: [a-z]+)?) (?={CAP_WORD} {CAP_WORD})")
_UNNAMED_SUBJECT = re.compile(  # not "A young woman named Cindy", nor "A prominent refugee, she"
    r"(?:One|A|An|My|Our)\s+(?:[\w-]+\s+){0,2}(?P<noun>woman|girl|mother|man|boy|father|fighter|soldier|commander|"
    r"protester|protestor|demonstrator|resident|witness|official|voter|supporter|student|worker|farmer|villager|"
    r"refugee|migrant|bystander|shopkeeper)\b"
    r"(?!\s+(?:named|called)\s|,(?!\s+whose?\s))"  # ("My father, whose adolescence ..., laughed")
)
_UNNAMED_RELATIVE = re.compile(  # "The father, who was released by police Sunday, described", "Her father declares":
    # a relative, unnamed
    r"(?:The|His|Her|Their)\s+(?:[\w-]+\s+)?(?P<noun>father|mother|son|daughter|brother|sister|wife|husband|widow)\b"
    r"(?!\s+(?:named|called|and)\s|,(?!\s+who(?:se)?\s)|\s+of\s+(?:two|three|four|five|six|seven|\d))"  # not
    # "The father of three" or "Her father and party founder, X,", a named person's description
)
_PRONOUN_AFTER_HEADING = re.compile(r"[a-z] (?P<pronoun>He|She) [a-z]")
_UNNAMED_SOURCE = re.compile(  # "according to a senior official", "an official with the city authorities told TASS"
    r"\baccording to an? (?:[\w-]+ ){0,2}(?:diplomat|official|source|aide|insider)\b"
    r"|\ban? (?:[\w-]+ ){0,2}(?:diplomat|official|source|aide|insider|employee|worker|staffer) "
    r"(?:(?:with|at|in|from)\b[^,\"“”]{0,80}\b)?told\b"  # ("a bank employee told TASS")
    r"|\bsaid (?:one of the|an?) (?:[\w-]+ ){0,2}(?:diplomats?|officials?|sources?|aides?|insiders?)\b"  # "said one of
    r"|\bone of the (?:[\w-]+ ){0,2}(?:diplomats|officials|sources|aides|insiders) (?:said|told)\b"  # the sources"
)
_OFFICIAL_WORD = re.compile(r"\bofficials?\b", re.I)
_PLURAL_ACRONYM = re.compile(r"(?:[Tt]he\s+|[Mm]any\s+|[Ss]ome\s+)?[A-Z]{2,}s(?:\s+(?:have|had|also|have\s+also))?")
_ACRONYM_THEN_KIND = re.compile(r"\((?P<acronym>[A-Z]{2,8})\)\s+(?P<kind>[a-z]+)$")
_NAME_WORDS_ONLY = re.compile(r"(?:[Tt]he )?[A-Z][\w'’-]*(?:,? (?:(?:and|of|for|the) )*[A-Z][\w'’-]*)*")  # (not "The
# leader of the Social Democrats (PSD) coalition", a person)
_UNNAMED_ROLE_FOR = re.compile(  # "(The amount was not disclosed, but) a lawyer for the families from ..."
    r"(?:^|,\s+(?:but|and|while)\s+)(?:(?:[Bb]ut|[Aa]nd) )?(?:[Aa]n?|[Oo]ne) (?:[\w-]+ ){0,2}?(?P<role>[a-z]+) "
    r"(?:for|representing) [^,]*(?:,[^,]*){0,3}$"
)
_COUNSEL = {"lawyer", "attorney", "solicitor", "barrister", "advocate", "friend", "relative"}  # for whom they speak
_SPEAK_FOR_A_BODY = SPEAKS_FOR | {"researchers", "analysts", "experts"}  # "its spokesman", "its researchers"
_FIRM_WORDS = COMPANY_WORDS | {"group", "corporation", "conglomerate", "giant"}
_PRESS_SERVICE_OF = re.compile(  # "the press service of (the federal postal operator) Post Office of Russia"; not "the
    # press service of the holding said on Thursday"
    r"(?:[Tt]he )?press (?:service|office) (?:of|for) (?:the )?(?:(?!(?:said|says|told|tells|added|on|in|at)\b)"
    rf"[a-z][\w-]* ){{0,3}}(?P<body>{CONNECTED_NAME}"
    r"(?: (?:government|ministry|army|military|parliament|administration))?)"  # ("of the Russian government")
    r"(?: \([A-Z]{2,}\))?"  # ("of the Moscow Institute of Physics and Technology (MIPT)")
)
_BODY_S_DEPARTMENT = re.compile(
    r"[Tt]he (?P<body>[a-z]+)['’]s (?:[\w-]+ ){0,4}(?:department|service|office|section|directorate)"
)
_BODY_S_BRANCH = re.compile(  # "the AfD's Wuppertal branch": a local branch speaks for its body
    rf"(?:\b[Tt]he )?\b(?P<body>{CAP_WORD}(?: (?:of |for )?{CAP_WORD}){{0,4}})['’]s (?:{CAP_WORD} ){{1,2}}"
    rf"(?:branch|chapter)$"
)
_BODY_S_PRESS_SERVICE = re.compile(rf"(?P<body>{CAPITALISED_RUN.pattern})['’]s press (?:service|office)\b")
_MEMBERS_OF_BODY = re.compile(
    rf"(?:[Tt]he\s+)?(?:MPs|MEPs|[Mm]embers|[Ll]awmakers|[Ll]egislators|[Ss]enators|[Cc]ouncill?ors)\s+(?:on|of|from)\s+"
    rf"(?:the\s+)?(?P<body>{CAPITALISED_RUN.pattern})"
)
_ADJECTIVE_THEN_BODY = re.compile(  # "the local Office of Emergency Management"
    rf"[Tt]he (?P<adjectives>(?:[a-z][\w-]* ){{1,2}})(?P<body>{CONNECTED_NAME})"
)
_WOULD_NOT_BE_NAMED = r"(?:on condition of anonymity|(?:asked|declined|refused) (?:not )?to be (?:named|identified))"
_PLAIN_PEOPLE = {"man", "woman", "boy", "girl", "diplomat"}
_GENDER_OF_UNNAMED = {"woman": "f", "girl": "f", "mother": "f", "man": "m", "boy": "m", "father": "m", "fighter": "m",
                      "soldier": "m", "commander": "m", "son": "m", "daughter": "f", "brother": "m", "sister": "f",
                      "wife": "f", "husband": "m", "widow": "f"}  # the others are "he" or "she"
_UNNAMED_KIN_SPOKE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?P<noun>wife|husband|mother|father|son|daughter|brother|sister|widow)\s+"
    r"(?:said|says|told|added|wrote)\b"
)
_BEFORE_AIRCRAFT = re.compile(r"\s*(?:\([A-Z][A-Za-z]{1,5}\)\s*)?(?:plane|flight|jet|aircraft|airliner)s?\b")
_PLAIN_PERSON_OPENING = re.compile(
    r"(?:(?P<a>An?)|The)\s+(?:[\w-]+\s+){0,2}?(?P<noun>man|woman)\b(?!\s+(?:named|called)\s)"
)
_WHO_WOULD_NOT_BE_NAMED = (  # "who asked not to be named", "who chose to remain anonymous"
    r"who\s+(?:asked|requested|declined|spoke|did not want|refused|chose|wished|wishes|wanted)\b[^,.]{0,40}?"
    r"\b(?:named|identified|anonymity|anonymous|name)\b"
)
_ANONYMOUS = re.compile(rf",\s+{_WHO_WOULD_NOT_BE_NAMED}")  # "The man, who asked not to be named, is": someone the
# article keeps unnamed
UNNAMED_BY_CHOICE = re.compile(  # "a high-ranking security official who chose to remain anonymous (said)"
    rf"\b(?:an?|one)\s+(?:[\w-]+\s+){{0,5}}?[a-z]+,?\s+{_WHO_WOULD_NOT_BE_NAMED}")
_PAIR = re.compile(  # "Ms Mogherini and Mr Hahn", "academics X Y and Z W", "Former Secretaries of State X Y and Z W":
    # two people the article named in full
    r"^(?:[a-z]+ |Both |(?P<roles>(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+s(?: of (?:the )?[A-Z][a-z]+)? ))?"
    rf"(?P<first>(?:{CAP_WORD} ){{0,2}}{CAP_WORD}) and (?P<second>(?:{CAP_WORD} ){{0,2}}{CAP_WORD})$"
)
_TWO_DESCRIBED_PEOPLE = re.compile(  # "Accountant Brent Williams and retirement planner Robert Devay"
    rf"(?:[A-Za-z-]+ ){{0,3}}?(?P<first>{CAP_WORD} {CAP_WORD}) and (?:[a-z-]+ ){{1,3}}(?P<second>{CAP_WORD} {CAP_WORD})"
)
_TWO_NAMES = re.compile(  # "Google and Facebook", "Estland and the Harbour Council"
    rf"(?:[Tt]he )?(?P<first>{CAPITALISED_RUN.pattern}) and (?:the )?(?P<second>{CAPITALISED_RUN.pattern})"
)
_ROLE_THEN_TWO_NAMES = re.compile(  # "German broadcaster NDR and WDR", "Senators John Doe and Jane Roe"
    rf"(?:{CAP_WORD} )?(?:[a-z]+ )?(?P<role>[a-z]+) (?P<first>{CAP_WORD}(?: {CAP_WORD}){{0,2}}) and (?:the )?"
    rf"(?P<second>{CAP_WORD}(?: {CAP_WORD}){{0,2}})"
)
_MEDIA_WORDS = {"broadcaster", "broadcasters", "newspaper", "newspapers", "channel", "channels", "outlets", "dailies"}
_GROUP_WORDS = "|".join(sorted(UNNAMED_GROUPS | {"ministers", "allies", "advisers", "supporters", "colleagues",
                                                  "coauthors", "co-authors"}))
_NAME_AND_GROUP = re.compile(  # "Erdogan and senior ministers", "Edwards and three coauthors - A, B and C -"
    rf"^(?P<who>(?:{CAP_WORD} ){{0,2}}{CAP_WORD}) and (?:[a-z]+ ){{0,2}}(?:{_GROUP_WORDS})"
    rf"(?:\s[-–—][^-–—\"“”]{{1,120}}[-–—])?$"
)
_PRONOUN_AND_NAME = re.compile(  # "he and Trump", "He and co-author Riedel", "She and her co-author Karl Obst"
    rf"(?:^|[\s-])(?P<pronoun>[Hh]e|[Ss]he) and (?:(?:his|her) )?(?:[a-z-]+ ){{0,2}}(?:{CAP_WORD} ){{0,2}}{CAP_WORD}$"
)
_WHAT_IT = re.compile(rf"(?:(?P<who>{CAP_WORD}(?: {CAP_WORD}){{0,3}}) [a-z]+(?:ing|ed) )?\b(?:what|which)\s+it$")
_RELATIVE_PRONOUN = re.compile(r"\b(?:who|whom|which|that|how|what|where)\s+(?P<pronoun>he|she)$")
_INDEFINITE_SUBJECT = re.compile(r"(?:[Aa]n?|[Oo]ne) (?:[a-z][\w-]* ){0,3}?(?:[a-z]+ed|shot|hit|struck)\b")
_NAME_THEN_WHO = re.compile(  # (the clause's closing comma may be lost: "X, who will represent Russia in Ukraine
    # dismissed", "Professor X, from University College London, who led the research says")
    rf"^\s*(?:(?:[Ff]ormer|Sen\.|Rep\.|Gov\.|Dr\.|Mr\.?|Mrs\.?|Ms\.?)\s+)*"
    rf"(?P<who>{CAP_WORD}(?: {CAP_WORD}){{0,3}})(?:,? (?:of|from) [^,]+)?, (?:who|whose)\b"
    rf"(?:[^\"“”]*,|[^\"“”,]*)\s*$"
)
_PARTICIPLE_PHRASE = re.compile(r" (?:on|about|to|at|in|for|with|after|before|from|during|the|his|her|its)\b[^,]*,")
_DESCRIPTION_THEN_WHO = re.compile(r"[Tt]he (?:[\w-]+ ){0,2}?(?P<noun>[a-z]+)(?: of [^,]+)?, who\b[^\"“”]*,")
_AS_FOR = re.compile(rf"\s*As for (?P<who>{CAP_WORD}(?: {CAP_WORD}){{1,3}}), (?:he|she)\b")
_DASH_BEFORE_WHO = re.compile(r"\s+[-–—]\s+(?=who\s[^-–—]*$)")  # (one dash: "--" may be a broken quotation mark)
_APPOSITIVE_CLAUSE = re.compile(r",\s+(?:who|which)\s")  # ", who co-organized ...,": an aside about the subject
_RELATIVE_NAME = re.compile(  # "what X called", "what the White House has (termed)", "what the UN in 2001 (called)"
    rf"\b(?:what|which|whom)\s+(?P<the>the\s+)?(?P<who>(?:{CAP_WORD} ){{0,4}}{CAP_WORD})"
    rf"(?:, [a-z][^,\"“”]{{1,60}},)?(?:\s+(?:has|had|have))?"  # ("what Shaw, writing for Paw Culture, (called)")
    rf"(?:\s+(?:in (?:19|20)\d\d|on {_WEEKDAY}|last (?:week|month|year)))?$"
)
_WHAT_A_GROUP = re.compile(rf"\bwhat\s+(?:[a-z]+\s+){{0,3}}(?:groups|{'|'.join(sorted(UNNAMED_GROUPS))})$")
_SUBORDINATE = re.compile(  # "The votes came after (X warned)"; not "who had served since 2009 as ..."
    r"^(?!who\b|which\b)(?:\w+ ){2,3}(?:after|before|when|because|since|until)\s+(?P<rest>\S.*)$"
)
_RELATIVE_END = re.compile(  # ", who", ", who in an interview with the Anglo Celt newspaper (said)"
    r",?\s+who(?:\s+(?:in|on|at|during|after|earlier|later|last|this)"
    r"(?:\s+(?!(?:was|were|is|are|had|has|have|will|would)\b)[^,\"“”\s]+){1,12}"
    r"|\s[^,\"“”]{1,60}?\s(?:but|and))?\s*$")  # (no verb of its own, or a second verb: "who is X but (describes)")
_APPOSED_BEFORE_WHO = re.compile(  # "Russell Hobby, general secretary of NAHT, (who)", "Matt Gaetz of Florida, (who)",
    rf"(?P<name>{CAP_WORD}(?: {CAP_WORD}){{1,3}})"  # "Nikki Haley, US ambassador to the UN, (who)"
    rf"(?:, (?!according\b)(?:the |a |an )?(?P<capital>(?:{CAP_WORD} ){{0,2}})[a-z][^,]{{2,80}}"
    rf"| of {CAP_WORD}(?: {CAP_WORD})?)$"
)
_LAST_CONJUNCT = re.compile(  # a clause with its own verb, then the speaker: "The plane was held and PIA said"
    rf"^(?=.*\b(?:was|were|is|are|has|had|have|will|would|must|can|could|should|might|did|does)\b)"
    rf".*\s(?:and|but|while)\s+(?P<rest>{CAP_WORD}[^,]*)$"
)
_SAID = re.compile(r"\b(?:said|says|told)\b")
PARENTHESES = re.compile(r"\s*\([^()]*\)")  # "the Syrian Observatory for Human Rights (SOHR)"
_ROLE_OF_TWO_THEN_NAME = re.compile(
    rf"(?:(?:Former|Ex-)\s*)?(?:{CAP_WORD} )+and (?:{CAP_WORD} )+(?:[a-z-]+ )?(?P<role>[a-z]+) "
    rf"(?P<who>{CAP_WORD}(?: {CAP_WORD}){{1,2}})(?= [a-z])"
)
_TITLE_THEN_PERSON = re.compile(  # "Minister for Foreign Affairs Charlie Flanagan (has)", "UK Ambassador and Deputy
    # Permanent Representative Peter Wilson (responded)"
    rf"(?P<title>(?:{CAP_WORD} )+(?:for|of|to|and) (?:the )?(?:{CAP_WORD} )+?)(?P<who>{CAP_WORD} {CAP_WORD})"
    r"(?<![’']s)(?= [a-z])"
)
_TITLED_NAME = re.compile(  # capitalised titles joined by "to", "of", "and": "Permanent Representative to NATO X Y"
    rf"^(?:[\w’'-]+['’]s )?(?:{CAP_WORD} )+(?:(?:to|of|for|and|the|on) (?:the )?(?:{CAP_WORD} )+)+{CAP_WORD}$"
)
CUE_VERB = re.compile(  # not "self-proclaimed", "so-called"
    rf"\b(?<!self-)(?<![Ss]o-)(?P<verb>{VERBS}|[Aa]ccording to|{_PROGRESSIVE_CUE})\b")
_SECOND_CLAUSE = re.compile(  # "The protests were mostly peaceful, but police (said)": not "A, B and C (said)"
    r"\b(?:is|are|was|were|has|have|had)\b[^,]*,\s+(?:but|and|yet)\s+(?P<rest>[^,\"“”]{1,60})$"
)
_CLAUSE_BREAK = re.compile(r"[,;:(—–]\s*")
_DAY_PHRASE = re.compile(
    r"\s+(?:on|late|early|last|this|earlier|later)?\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|week|month|year|night|morning|afternoon|evening|today|yesterday|tonight)\s*$",
    re.I,
)


def _titled_name(phrase: str, names: ArticleNames) -> bool:
    """Whether a phrase is a person's name with nothing before it but titles ("Mr Hahn", "Sen. John McCain"; not
    "Environment Denis Naughten", the end of a minister's portfolio)."""
    return bool(person_named(phrase, names)) and all(
        word.lower().strip(".") in TITLE_WORDS for word in split_role(phrase)[1].split())


def _modifier_only(word: str, last: bool, before_name: bool) -> bool:
    """A word of a description that says nothing of who is meant ("the Paris-based human rights group", "the
    Charlotte-area legislator", "a long-time park visitor"); but a hyphenated word stays before a name ("The
    ride-sharing company Uber") and in "the vice-foreign minister", who is not the minister."""
    if word.endswith(("-based", "-area")) or word in ("now", "then"):
        return True
    return not last and not before_name and re.fullmatch(r"(?!vice-)[a-z]+-[a-z]+", word) is not None


def _press_body(body: str, names: ArticleNames) -> str:
    """The body a press service speaks for, named in full ("Walt Disney Studios Motion Pictures International"), or
    as the article names it after a nation's possessive ("Russia's Defense Ministry")."""
    owned = re.match(r"\S+['’]s (?P<rest>.+)", body)
    return names.resolve(owned["rest"]) if owned else body


def _introduced_by_title(words: list[str], names: ArticleNames) -> str:
    """The person the article first names after the capitalised title a description gives ("the US Air Force Chief
    of Staff" after "Air Force Chief of Staff General David Goldfein"), with or without a nation before it; or ""."""
    if words[0].lower() != "the" or "of" not in words[2:]:
        return ""
    office = words[words.index("of", 2) - 1].lower()
    if not is_role_word(office) or office in ORG_NOUNS:
        return ""  # "the Department of Homeland Security": a body, not a title
    for start in (1, 2):
        title = " ".join(words[start:]).strip(",.")
        introduced = re.search(rf"\b{re.escape(title)},? (?P<who>{CAP_WORD}(?: {CAP_WORD}){{1,3}})", names.text)
        if introduced and (person := person_named(introduced["who"], names)):
            return person
    return ""


def _description(words: list[str], names: ArticleNames, pronoun: "Referents") -> str | None:
    """The speaker meant by "the spokesman", "the ministry", "the Republican president", "the envoy leading talks
    ...", or None when the words are a name ("the Central Bank of Eastmark")."""
    words = [unmangled_title(w.lower()).capitalize() if "\ufffd" in w else w for w in words]  # "The T??naiste"
    if words and _AGE.fullmatch(words[0]) and all(word.islower() for word in words[1:]):
        words = ["the", *words]  # "62-year-old former prime minister said", the article dropped
    plain = " ".join(words).lower()
    if len(words) > 1 and words[0] == "one" and is_role_word(words[-1].strip(",.").lower()):
        return ""  # "said one Green Party MP", "one official told": someone the article does not name
    if plain in ("the press service", "the press office") and (owner := pronoun.press_service_owner()):
        return owner  # "the press service said" after "the press service of Walt Disney Studios told TASS"
    if plain == "the airport":
        return pronoun.last_named("airport") or None  # "the airport said": the "Amsterdam Schiphol Airport" named
    if plain in ("the companies", "the two companies", "both companies", "the firms", "the two firms"):
        return pronoun.body() or ""  # "the companies said in a joint statement" after "Vodafone said it would merge
        # ... with Idea": the first named, as with two people
    if re.fullmatch(r"the (?:\S+ )?(?:airline|carrier)", plain) and all(
            _modifier_only(word, False, False) for word in words[1:-1]):
        return pronoun.airline() or None  # "the (Doha-based) airline said" after "a Flybe flight", "Qantas Airways"
    if len(words) in (3, 4) and words[-1].lower() in KIN and words[-2].endswith(("'s", "’s")):
        return names.by_role(words[-1].lower())  # "Mr Ward's family", "the victim's brother": the relative the article
        # named by that word, else nobody (not the speaker before)
    qualified = len(words) > 2 and words[0].lower() == "the" and words[1][:1].isupper() \
        and names.by_role(f"{words[1].lower()} {words[2].strip(',.').lower()}")
    if qualified:
        return qualified  # "the DUP leader (and former first minister)" after "Democratic Unionist Party leader X"
    vice = len(words) > 2 and words[0].lower() == "the" and words[-2].lower() == "vice"
    if vice and (person := names.by_role(f"vice {words[-1].strip(',.').lower()}")):
        return person  # "the vice president": not the president
    owner = len(words) in (3, 4) and words[0].lower() == "the" and re.fullmatch(r"(?P<role>[A-Za-z]+)['’]s", words[1])
    if owner and len(words) == 3 and (office := _role_s_body(owner["role"], names, words[-1])):
        return office  # "the sheriff's office" where the article names the "Pinellas County Sheriff's Office"
    if owner and words[-1].lower() in SPEAKS_FOR and (person := names.by_role(owner["role"].lower())):
        return person  # "the Mayor's office" after "X, the mayor of Y", "the PM's official spokesman"
    spokes = owner and words[-1].lower() in _SPOKES_WORDS and names.sole_holder(words[-1].lower())
    if spokes and owner["role"].lower() not in PRONOUNS:
        return spokes  # "the Fleet's spokesman said" after "Fleet spokesman Roman Martov": him
    office = _role_s_office(" ".join(words), names)
    if office:
        return office
    if len(words) == 2 and words[0].lower() in ("his", "her") and words[1].lower() in ("holiness", "majesty"):
        return _styled(words, names)  # "His Holiness said": the Dalai Lama (or the Pope)
    if len(words) == 2 and words[0].istitle() and DEMONYM.search(words[0]) and words[1].lower() in _STATE_TITLES:
        return _description(["the", *words], names, pronoun)  # "Belarusian President also said": the article left out
        # (not a linked headline's "..., Syrian journalist says")
    if len(words) > 2 and words[-1].lower() in _SPOKES_WORDS and words[-2].islower() and words[0].lower() != "the" \
            and re.fullmatch(rf"{CAP_WORD}['’]s", words[-3]):
        return subject(" ".join([*words[:-2], words[-1]]), names, pronoun)  # "Theresa May's official spokesman":
        # her spokesman
    if len(words) < 2 or words[0].lower() not in ("the", "a", "an", "its", "his", "her", "their"):
        if len(words) == 2 and re.fullmatch(rf"{CAP_WORD}['’]s", words[0]) and is_role_word(words[1].lower()):
            owner = words[0][:-2]
            someone_s = len(names.resolve(owner).split()) > 1 and person_named(names.resolve(owner), names)
            found = names.by_role(words[1].lower()) or (
                "" if someone_s or words[1].lower() in KIN else pronoun.described(words[1]))
            # "Venezuela's president"; not a guess for "Garcia's attorney" or "Majed's mother", whom the article does
            # not name
            own = owner in found.split() and words[1].lower() not in SPEAKS_FOR  # "May's spokeswoman": May
            return "" if own else found  # not Trump for "Trump's counselor"
        owner = _PLACE_S_ROLE.fullmatch(" ".join(words))
        holders = {names.by_role(word) for word in owner["role"].split()} if owner else set()
        if len(holders) == 1 and "" not in holders:  # "Washington State's attorney general" after "State Attorney
            return holders.pop()  # General Bob Ferguson"; not "Scotland's first minister" after "Prime Minister X"
        person_role = owner and is_role_word(owner["role"].split()[-1]) and owner["role"].split()[-1] not in ORG_NOUNS
        return (pronoun.named_next(owner["role"]) or None) if person_role and pronoun.in_lede() else None
    before_name = words[-1][:1].isupper()
    words = [words[0]] + [_TIME_PREFIX.sub("", w) for index, w in enumerate(words[1:], 1)
                          if not _modifier_only(w, index == len(words) - 1, before_name)]
    # "the then-presidential candidate"
    aged = [w for w in words[1:] if _AGE.fullmatch(w.strip(",."))]
    words = [words[0]] + [w for w in words[1:] if w not in aged]  # "the 31-year-old striker"
    if len(words) < 2 or aged and words[0].lower() == "the" and not names.by_role(words[-1].strip(",.").lower()):
        return pronoun.described() if words[0].lower() == "the" else None  # "the 60-year-old former Navy Seal"
    if words[0].lower() == "the" and words[-1].strip(",.").lower() in _PLAIN_PEOPLE \
            and pronoun.met_unnamed(words[-1].strip(",.").lower()):
        return ""  # "the man said" after "a man told Reed that he hoped ...": someone the article does not name
    if words[0].lower() == "the" and pronoun.met_anonymous(words[-1].strip(",.").lower()):
        return ""  # "the analyst says" after "An auto analyst ..., who spoke on condition of anonymity, says"
    if owner and words[1].islower() and not is_role_word(owner["role"]) and is_role_word(words[-1].lower()) \
            and words[-1].lower() not in KIN:
        return _description(["the", *words[2:]], names, pronoun)  # "the reserve's director": the director; not "the
        # actress's solicitor", a person's own
    head = words[1].strip(",.")
    if words[0].lower() == "the" and words[-1].strip(",.") == "giant":
        return pronoun.body() or None  # "the South Korean electronics giant" after "Samsung offered a response"
    if not head.isalpha() and not _BORN.fullmatch(head):  # "the German-born Member of Parliament"
        return None
    of = words.index("of") if "of" in words[2:-1] else 0
    owned = [w for w in words[of + 1:] if re.fullmatch(rf"{CAP_WORD}['’]s", w)] if of else []
    if of and is_role_word(words[of - 1]) and (owned or not head.islower()) and all(
            w.isalpha() and w.islower() or w in owned for w in words[of + 1:]):
        words = words[:of]  # "the US secretary of state": the US secretary; "the deputy chairman of Turkey's ruling
        # party": the deputy chairman
    if words[0].lower() == "the" and words[-1].lower() in ("channel", "broadcaster", "network") \
            and all(word.lower() in ("tv", "television", "state") for word in words[1:-1]) and (body := pronoun.body()):
        return body  # `"...," the channel said` after "FOX News reported"; "According to the TV channel"
    if not head.islower():
        if words[0].lower() in ("a", "an") and len(words) in (3, 4, 5) and words[-1].lower() in SPEAKS_FOR \
                and (words[-2].lower() in ORG_NOUNS or words[1:-1] == ["White", "House"]) \
                and (len(words) < 5 or words[2].islower()):
            return names.resolve(" ".join(words[1:-1]))  # "a British government spokesman": the British government;
            # "a NRW interior ministry spokesman": the NRW interior ministry
        if len(words) == 3 and head.isupper() and len(head) > 1 and words[-1].lower() in SPEAKS_FOR:
            return names.resolve(head)  # "the CWS spokeswoman": Church World Service
        if words[0].lower() == "the" and len(words) in (3, 4) and words[-1].lower().startswith("spokes") \
                and (words[-2].lower() in ORG_NOUNS or words[1:-1] == ["White", "House"]):
            return _body_spokesperson(" ".join(words[1:-1]), words[-1].lower(), names)
        if len(words) == 2 and names.by_role(head.lower()):  # "the Pope" after "Pope Francis"; "the president"
            holder = pronoun.holder_spoke_last(head.lower()) or names.by_role(head.lower())  # who spoke last, of two
            return holder if pronoun.named_before(holder) else pronoun.described(head.lower()) or holder
        if len(words) == 2 and words[0].lower() == "the" and head.lower() in SOVEREIGNS:
            return head  # "the Queen", whom a British article need not name
        fuller = names.resolve(head).split()
        if len(words) == 2 and words[0].lower() == "the" and len(fuller) > 1 and fuller[0].lower() not in TITLE_WORDS:
            return " ".join(fuller)  # "the Post" after "the Washington Post"
        titled = _introduced_by_title(words, names) if len(words) > 3 and words[-1].istitle() else ""
        if titled:
            return titled  # "the US Air Force Chief of Staff" after "Air Force Chief of Staff General X Y"
        introduced = _TITLE_OF_PLACE.search(names.text) if len(words) == 4 and words[2] == "of" else None
        if introduced and introduced["title"] == " ".join(words[1:]).strip(",."):
            return person_named(introduced["who"], names) or None  # "the President of Slovenia" after "President
            # of Slovenia Borut Pahor"
        body = len(words) == 2 and head.lower() in ORG_NOUNS and (
            names.body(head.lower()) or pronoun.last_body(head.lower()))
        if body:
            return body  # "the Department" after "the Department of Health"
        if len(words) == 3 and words[0].lower() == "the" and head.endswith("ic") and names.resolve(head) == head \
                and words[2].lower() in ORG_NOUNS - SPEAKS_FOR:
            return pronoun.body() or None  # "The Islamic association says" after "DITIB said": the body that spoke last
        last = words[-1].strip(",.")
        if words[0].lower() == "the" and len(words) == 3 and last in COMPANY_WORDS \
                and (head.isupper() or DEMONYM.search(head)):
            return _description(["the", last], names, pronoun)  # "The US firm said": the firm, as "the firm"
        if words[0].lower() == "the" and len(words) == 3 and last in _NATIONALS and DEMONYM.search(head):
            return _description(["the", head], names, pronoun)  # "the Russian national": the Russian
        if words[0].lower() in ("the", "one") and last.lower() in UNNAMED_EVEN_DEFINITE:
            return ""  # "the White House official", "one senior White House official": still nobody named
        if words[0].lower() in ("a", "an") and (last.lower() in UNNAMED_PEOPLE or is_role_word(last.lower())
                                                 and last.lower() not in SPEAKS_FOR and not pronoun.in_lede()):
            return ""  # "a Navy official", "a White House aide", "a Republican senator" (not a lede's "A Republican
            # congressman from Texas told", whom the article names later)
        if len(words) == 3 and words[0].lower() == "the" and (head.isupper() or DEMONYM.search(head)) \
                and last.istitle() and is_role_word(last.lower()):
            last = last.lower()  # "the US President" is "the US president"; not "the Indianapolis Star"
        if len(words) > 2 and last.isalpha() and last.islower() and names.by_role(last):
            if words[-2].lower() in QUALIFIERS:  # "The Scottish first minister" is not "Prime Minister Theresa May"
                return _holder_of(last, words[-2].lower(), names) or pronoun.described(last) or None
            return _titled_by(words[-2], last, names) or _holder_from(words, last, names) or names.by_role(last)
            # "the Republican president", "the Russian deputy permanent representative"
        if last.lower() in BYSTANDERS | KIN:
            return ""  # "the Iranian refugee told Reuters": someone the article does not name
        if words[0].lower() == "the" and {"Member", "MP", "MEP"} & set(words):
            return pronoun.described()  # "the German-born Member of Parliament"
        owned = re.search(rf"\b{re.escape(head)}['’]s (?P<who>{CAP_WORD} {CAP_WORD})", names.text) \
            if len(words) == 3 and words[0].lower() == "the" and last.islower() and is_role_word(last) else None
        if owned and (person := person_named(owned["who"], names)):
            return person  # "the SNP leader" after "The SNP's Nicola Sturgeon"
        if len(words) > 2 and words[0].lower() == "the" and (last.islower() and is_role_word(last) and last not in
                                                              UNNAMED_EVEN_DEFINITE or last.lower() in PARTY_MEMBERS):
            return pronoun.described(last)  # "the Belarusian leader", "the Massachusetts Democrat"
        inhabitant = _INHABITANT.search(last) or words[0] == "the" and last.endswith("ian")  # "added the Croatian";
        # not "The Guardian asked", a paper
        if words[0].lower() == "the" and inhabitant and last.lower() not in ORG_NOUNS | PLACE_NOUNS \
                and all(w[:1].isupper() for w in words[1:]):
            if _titled_mid_sentence(words, names.text):
                return names.resolve(" ".join(words[1:]).strip(",."))  # "According to The New Yorker": the magazine
            return pronoun.described() or None  # "the New Yorker", "the American": a person by where they are from
        return None
    if words[0].lower() in ("a", "an") and words[-1].strip(",.").lower() in UNNAMED_PEOPLE:
        return ""  # "an administration official", "a police source": someone the article does not name
    if len(words) == 2 and words[0].lower() == "the" and head.endswith("s") and is_role_word(head[:-1]):
        return ""  # "the senators wrote": several people, none in particular
    spoken_for = _SPOKESPERSON_FOR.fullmatch(" ".join(words[1:]))
    if spoken_for and spoken_for["name"]:  # "a spokesman for Mrs May", though the article has "spokesman Sean Spicer"
        who = spoken_for["name"]
        return person_named(who, names) or is_role_word(who.lower()) and names.by_role(who.lower()) or names.resolve(
            who)
    last = words[-1].strip(",.").lower()
    person = pronoun.holder_spoke_last(head) or names.by_role(head) or _holder_of(
        last, words[-2].lower() if len(words) > 2 else "", names) if last not in ORG_NOUNS or last == head else ""
    if person and words[0].lower() in ("a", "an") and len(words) == 2 and last not in SPEAKS_FOR:
        return ""  # "an attorney told ABC News": someone new, not "U.S. Attorney X" the article names
    if person:
        return person  # "the former president" (but "the foreign ministry" is no "Foreign Minister X")
    if last in PERPETRATORS:
        return ""  # "The gunman yelled": not the victim the sentence before named; by role when introduced so
    if words[0].lower() in ("a", "an") and is_role_word(last) and last not in SPEAKS_FOR | UNNAMED_PEOPLE | KIN \
            and pronoun.in_lede() and (named := pronoun.named_next(last)):
        return named  # a lede's "A senior U.S. general on Wednesday accused", then "..., Gen. Paul Selva told"
    if words[0].lower() == "the" and last in BYSTANDERS:
        return ""  # "said the soldier", when the article gives that role to nobody
    if len(words) == 2 and words[0].lower() == "the" and last == "official" and (named := pronoun.named_official()):
        return named  # `"...," the official said` after Minister X spoke, in an article with no unnamed official
    if words[0].lower() == "the" and is_role_word(last) and last not in UNNAMED_EVEN_DEFINITE | KIN:
        found = pronoun.described(last)  # "the conservative Polish lawmaker", "the actor": the person the text is about
        if last.startswith("spokes") and found not in names.full:
            return pronoun.spoken_for() or found  # "The spokesman also said" after "a spokesman for the Taoiseach"
        return found
    if words[0].lower() in ("his", "her") and (last in SPEAKS_FOR or last in DOCUMENTS and len(words) == 2):
        return pronoun.of(words[0])  # "his office told the paper", "her campaign spokesman", "his statement read"
    if words[0].lower() == "its" and last in _SPEAK_FOR_A_BODY and (body := pronoun.it()) and body.lower() != "it":
        return body  # "wrote its security researchers" after "said security firm Lookout in a blog"
    if words[0].lower() in ("his", "her", "their", "its") and len(words) > 2 and is_role_word(last):
        return ""  # "Their campaign manager described": someone the article does not name
    if " ".join(words[1:]).lower() == "state department":
        return names.resolve("State Department")  # not "the state" of the article
    if len(words) == 2 and words[0].lower() == "the" and head in ("newspaper", "daily", "paper", "tabloid") \
            and (paper := pronoun.paper()):
        return paper  # "the newspaper said" after "Turkey's flagship daily newspaper Hurriyet"
    if head in COMPANY_WORDS:  # "the company": a firm named last, else the body that spoke last ("Google said")
        named = names.body(head)
        if re.fullmatch(rf"\S+ {head}", named, re.I) and DEMONYM.search(named.split()[0]):
            named = ""  # "The French firm said" names no "French firm"
        return named or pronoun.last_body(head) or pronoun.last_firm() or _a_company(
            pronoun.body(), names) or _a_company(names.headline_subject, names) or _a_company(
            pronoun.it(), names) or f"the {head}"  # (the body that spoke
        # or opens a recent sentence, else the one the headline is about: "Eurotunnel reports 'best year ever'")
    if len(words) == 2 and words[0].lower() == "the" and (firm := pronoun.last_firm(head)):
        return firm  # "the operator said" after "mobile operator MegaFon"
    rest = " ".join(words[2:])
    named_rest = next((body for body in names.bodies if body.endswith(f" {rest}")), "") \
        if head in ("state", "federal", "city", "county") and rest[:1].isupper() else ""
    if named_rest:
        return named_rest  # "The state Bureau of Investigation": the Tennessee Bureau of Investigation
    if head in ORG_NOUNS and not (len(words) > 2 and last in ORG_NOUNS - {head}):  # "the ministry", "the group": the
        # body the article names, or named last (not "the state" of "the state investigative bureau")
        return names.body(head) or names.place_of.get(head) or pronoun.introduced_as(head) \
            or pronoun.last_body(head) or (
            pronoun.last_body("police") if head == "force" else "") or (  # "the force": the police force
            _a_body(pronoun.it(), names) if head in ANY_BODY else "") or pronoun.last_described_body(head) \
            or f"the {head}"  # ("the organization said"
        # after "The Ahmadiyya Muslim Community center issued a statement")
    if words[0].lower() == "the" and 3 <= len(words) <= 5 and last in ORG_NOUNS - SPEAKS_FOR \
            and all(w.isalpha() and w.islower() for w in words[1:]) and "news" not in words:
        # "the immigration authority", "the human rights group"; not "the official news agency", a reporter
        return names.body(last) or pronoun.last_body(last) or (
            _a_body(pronoun.it(), names) if last in ANY_BODY else "") or (
            "" if words[-2] == "press" else " ".join(words[1:]))  # "the whistleblower group said" after "WikiLeaks
        # said"; but "the press service" of a body the article does not name is nobody's
    phrase = " ".join(words)
    body = _SPOKESPERSON_FOR.search(phrase)
    if body and body["name"]:
        kind = re.match(r" ([a-z]+)(?: ([a-z]+))?", phrase[body.end():])  # "for the Scottish government"
        kind = kind and (kind[1] if kind[1] in ORG_NOUNS else " ".join(kind.groups()) if kind[2] in ORG_NOUNS else "")
        return names.resolve(body["name"] + (f" {kind}" if kind else ""))  # "for Germany's air force"
    if body:  # "for the ministry", "for the organizing committee"
        run = [body["body"].lower(), *re.match(r"(?: [a-z]+){0,2}", phrase[body.end():])[0].split()]
        run = run[:max((i for i, word in enumerate(run) if word in ORG_NOUNS), default=0) + 1]
        return names.body(run[-1]) or f"the {' '.join(run)}"
    if len(words) == 3 and words[0].lower() in ("his", "her", "their") and words[1].lower() in KIN \
            and words[2].istitle() and words[2].isalpha():
        return names.resolve(words[2])  # "(said) his daughter Jenny": a relative the article names by first name
    named = _NAME_AFTER_DESCRIPTION.search(" ".join(words))
    if named and (len(named["name"].split()) > 1 or named["name"].isupper()):  # a name, not "the top Republican"
        return names.resolve(split_role(named["name"])[0] or named["name"])
    if len(words) == 3 and words[0].lower() == "the" and last in UNNAMED_PEOPLE:
        introduced = re.search(rf"\ban? {last} (?:with|at|from|of|in) [^,.]{{0,60}}\b{re.escape(words[1])}\b"
                               rf"[^,.]{{0,30}}, (?P<who>{CAP_WORD}(?: {CAP_WORD}){{1,2}}),", names.text)
        return person_named(introduced["who"], names) if introduced else ""  # "the emergency official" after "an
        # official with the city's emergency department, Nigatu Mamo,"
    return ""


def _styled(words: list[str], names: ArticleNames) -> str:
    """Whom "His Holiness" or "Her Majesty" means: the article's pope or Dalai Lama, its king or queen (a sovereign
    a British article need not name)."""
    if words[1].lower() == "holiness":
        return names.by_role("pope") or ("Dalai Lama" if "Dalai Lama" in names.text else "")
    sovereign = "king" if words[0].lower() == "his" else "queen"
    return names.by_role(sovereign) or (sovereign.title() if sovereign.title() in names.text else "")


def _a_body(body: str, names: ArticleNames) -> str:
    """The body, unless it is a person or a place ("MOSCOW" of a dateline)."""
    if not body or body in names.places or person_named(body, names) or '"' in body:  # ("O\" Leary", a name the
        return ""  # export broke)
    return body


def _a_company(body: str, names: ArticleNames) -> str:
    """The body, unless its name says it is no firm ("Estland Trade Commission", "Varga Foundation") or it is a
    person or a place."""
    last = body.split()[-1].lower() if body else ""
    return "" if last in ORG_NOUNS and last not in COMPANY_ENDINGS else _a_body(body, names)


def _last_clause_subject(phrase: str, names: ArticleNames, pronoun: "Referents") -> str | None:
    """Who the last clause of a phrase ending in "and"/"but" is about; for a relative clause ("when Turx, who is
    visibly Jewish but (describes)"), the person it follows, or None when the phrase has lost them."""
    clauses = _CLAUSE_BREAK.split(phrase)
    if not clauses[-1].startswith("who "):
        return sentence_subject(clauses[-1], names, pronoun)
    named = _NAME_AT_END.search(clauses[-2]) if len(clauses) > 1 else None
    return named and (person_named(named[0], names) or (named[0] if names.lone_surname(named[0]) else "")) or None


def subject(phrase: str, names: ArticleNames, pronoun: "Referents") -> str | None:
    """The speaker a subject phrase refers to; None when it names nobody (so attribution looks elsewhere)."""
    if _QUALIFIED_GROUP.match(phrase.strip()) or _GROUP_IN_PLACES.fullmatch(phrase.strip()):
        return ""  # "sources close to the Chinese government (said)": people the article does not name
    phrase = _REACHED_BY.sub("", phrase)  # "A rebel fighter reached by Reuters": not Reuters
    if " who " in phrase and UNNAMED_BY_CHOICE.search(phrase):
        return ""  # "Speaking to Al Jazeera, a security official who chose to remain anonymous (said)": not named
    acronym = _ACRONYM_THEN_KIND.search(phrase.rstrip())
    if acronym and acronym["kind"] in ORG_NOUNS \
            and _NAME_WORDS_ONLY.fullmatch(phrase.rstrip()[:acronym.start()].strip()):
        return acronym["acronym"]  # "The Rail, Maritime and Transport (RMT) union (said)": the RMT, not a name cut
        # at its commas
    unnamed = _UNNAMED_ROLE_FOR.search(phrase.strip())
    if unnamed and unnamed["role"] in _COUNSEL and not any(
            person_named(run.group(), names) for run in CAPITALISED_RUN.finditer(phrase.strip(), unnamed.start())):
        return ""  # "a lawyer for the families from Spain, Paraguay and Britain (called)": not Britain
    part = _BODY_S_DEPARTMENT.fullmatch(phrase.strip())
    body = _description(["the", part["body"]], names, pronoun) if part and part["body"] in ORG_NOUNS else ""
    if body and body[:1].isupper():
        return body  # "the ministry's information and press department (said)": the ministry the article names
    branch = _BODY_S_BRANCH.search(phrase.rstrip()) if phrase.rstrip().endswith(("branch", "chapter")) else None
    if branch:
        return names.resolve(branch["body"])
    press = _PRESS_SERVICE_OF.fullmatch(phrase.strip())
    if press:
        return _press_body(press["body"], names)  # "the press service of Walt Disney Studios (told TASS)"
    if _PLURAL_ACRONYM.fullmatch(phrase.strip()):
        return ""  # "The NGOs said", "MPs have denied": a group, nobody in particular
    members = _MEMBERS_OF_BODY.fullmatch(phrase.strip())
    if members and members["body"].split()[-1].lower() in ORG_NOUNS:
        return names.resolve(members["body"])  # "MPs on the Treasury Committee (said)": the committee
    dashed = _ROLE_THEN_DASHED_NAME.fullmatch(phrase.strip())
    if dashed and dashed["role"].split()[-1].isalpha() and " and " not in phrase \
            and (person := person_named(dashed["who"], names)):  # (not "X and three coauthors - Y, Z and W -")
        return person  # "Another veteran critic - Bai Ye, from the Chinese Academy of Social Sciences - (says)"
    phrase = _DASHED_ASIDE.sub(" ", phrase)  # "The UN report---published on January 24 - (said)"
    phrase = _DASH_BEFORE_WHO.sub(", ", phrase)  # "Leader Chuck Schumer - who had previously (called)": an aside
    phrase = _PLURAL_POSSESSIVE.sub("s's ", phrase)  # "The New York Times' Michael Paulson" as "Times's"
    if '"' in phrase or "“" in phrase:
        phrase = _NAME_IN_MARKS.sub(r"\g<name>", phrase)  # `the "New York Times" (put it)`
    timed = phrase
    phrase = _without_leading_time(phrase)  # "Last year the company (said)"
    if phrase != timed and _KIN_OF.match(phrase):
        return ""  # "On Friday the father of Lubitz (claimed)": not Lubitz
    if _IMPERSONAL_IT.fullmatch(phrase.strip()):
        return ""  # "On Friday it was (announced that)": nobody in particular
    office = _role_s_office(phrase, names)
    if office:
        return office
    remarks = REMARKS.fullmatch(phrase.strip())
    if remarks:  # "Sessions' prepared speech (said)", "the attorney general's prepared remarks", "the prepared speech"
        owner = remarks["owner"] or pronoun.remarks_owner()
        return (person_named(owner, names) or subject(owner, names, pronoun) or "") if owner else ""
    placed = _PERSON_OF_BODY_IN_PLACE.fullmatch(phrase.strip()) or _PERSON_OF_OWNED_BODY.fullmatch(phrase.strip()) \
        or _PERSON_FROM_PLACE.fullmatch(phrase.strip())
    if placed and (person := person_named(placed["who"], names)):
        return person  # "X of the Center for Automotive Research in Ann Arbor, Michigan, (says)": not Michigan; "Dr.
        # X of Sacramento's Capital Sikh Center (told)": not the center
    posted = _ROLE_IN_PLACE_WHO.search(phrase.rstrip())
    if posted and is_role_word(posted["role"]):
        return names.by_role(posted["role"])  # "(slammed) the North Korean ambassador in Kuala Lumpur who
        # (accused)": the ambassador, if the article names one, not Kuala Lumpur
    housed = _NAME_WITH_ADDRESS.fullmatch(phrase.strip())
    if housed and (person := person_named(housed["who"], names)):
        return person  # "Ms Biskupova, with an address at ..., Dublin, but who now lives in Killarney, Co Kerry,"
    phrase = _KIND_BEFORE_NAME.sub("", phrase.lstrip(), count=1)  # "The activist group Syrian Observatory for Human
    # Rights (alleges)": the body's whole name
    affiliated = _SURNAME_OF_BODY.fullmatch(phrase.strip())
    if affiliated and len(names.resolve(affiliated["who"]).split()) > 1 \
            and (person := person_named(affiliated["who"], names)):
        return person  # "Papadavid of ODI (says)" after "Phyllis Papadavid": not a body "of ODI"
    affiliated = _PERSON_OF_COMMA_BODY.fullmatch(phrase.strip())
    named = person_named(split_role(affiliated["who"])[0], names) if affiliated else ""
    if len(named.split()) > 1:
        return named  # "Professor Laura Schmidt of the University of California, San Francisco School of Medicine"
    affiliated = _PERSON_OF_DESCRIBED_BODY.fullmatch(phrase.strip())
    if affiliated and (person := person_named(affiliated["who"], names)) and len(person.split()) > 1:
        return person  # "Andrew Ferguson of broadband comparison website Think Broadband (said)"
    named_last = _LONG_ROLE_THEN_NAME.fullmatch(phrase.strip())
    if named_last and is_role_word(named_last["role"].lower()) and named_last["role"].lower() not in KIN \
            and looks_like_a_person(named_last["name"]) \
            and (person := person_named(named_last["name"], names)):
        return person  # "chief designer of the Krylov ice-class vessels center Valery Belyashov"
    apposed = _NAME_THEN_OPEN_ROLE.fullmatch(phrase.strip())
    held = apposed and re.split(r" (?:at|of|for) ", apposed["role"])  # "Plant Manager (at Nenagh)"
    if apposed and (re.search(r"\b[a-z]", apposed["role"]) and is_role_word(re.split(r"[\s-]", apposed["role"])[-1])
                    or len(held) > 1 and is_role_word(held[0].split()[-1].lower())
                    and not (len(held[-1].split()) > 1 and person_named(" ".join(held[-1].split()[-2:]), names))) \
            and (person := person_named(apposed["who"], names)):
        return person  # "Robert Piper, UN assistant secretary-general (warned)", "X, Plant Manager at Nenagh
        # (said)": the apposition's comma left out
    placed = _ROLE_IN_PLACE_THEN_NAME.fullmatch(phrase.strip())
    if placed and is_role_word(placed["role"]) and (person := person_named(placed["who"], names)):
        return person  # "Russian ambassador in the Islamic Republic Levan Dzhagaryan"
    named = _NAMING_ASIDE.search(phrase)
    if named and (who := subject(named["name"], names, pronoun)):
        return who  # "The report from a group of firms - the Green Building Council - (says)"
    if "sel" in phrase:
        phrase = _REFLEXIVE.sub("", phrase)  # "Enrique Pena Nieto himself has (said)"
    phrase = QUOTED_SUBHEADING.sub("", phrase)  # "X 'probably would not do it again' Sgt McCabe has (said)"
    part = _PART_OF_BODY.match(phrase)
    if part:
        return names.resolve(part["body"])
    second = _SECOND_CLAUSE.search(phrase)
    if second:
        return subject(second["rest"], names, pronoun)
    listed = _LISTED_PEOPLE.fullmatch(phrase.strip())
    if listed and person_named(listed["last"], names) and (first := person_named(listed["first"], names)):
        return first  # "Angela Merkel, Mr Tusk and Jean-Claude Juncker (said)": the first named, as with two
    bodies = _LISTED_BODIES.fullmatch(PARENTHESES.sub("", phrase).strip()) if " and " in phrase else None
    if bodies and bodies["first"].split()[-1].lower() in ORG_NOUNS:
        return names.resolve(bodies["first"])  # "The International Rescue Committee (IRC), Norwegian Refugee Council
        # (NRC) and Oxfam (said)": the first named, as with people
    sender = _DOCUMENT_IN_WHICH.search(phrase)
    if sender and (who := person_named(sender["who"], names)):
        return who  # "X read a statement from White Helmets founder Raed al-Saleh in which he (thanked ... and said)"
    antecedent = _BODY_THEN_WHICH.search(phrase)
    if antecedent and (antecedent["who"].split()[-1].lower() in ORG_NOUNS or antecedent["who"] == "White House"):
        return names.resolve(antecedent["who"])  # "... was the National Rifle Association, which (called)"
    named_last = _DESCRIPTION_THEN_NAME_END.search(phrase)
    if named_last and person_named(named_last["who"], names):
        return person_named(named_last["who"], names)  # "..., a story line Trump has (called)"
    described = _DESCRIPTION_THEN_WHO.fullmatch(phrase.strip())
    gender = _GENDER_OF_UNNAMED.get(described["noun"], "") if described else ""
    if gender in ("m", "f"):  # "The father of three, who is co-parenting with his estranged wife, Jennifer Garner,
        return pronoun.of({"m": "he", "f": "she"}[gender])  # (wrote)": him, not her
    if described and is_role_word(described["noun"]) \
            and (who := _description(["the", described["noun"]], names, pronoun)) is not None:
        return who  # "The Essex batsman, who was left upset by the collapse, (said)"; "The shooter, who was a police
        # officer, (shouted)": nobody named
    aside = _NAME_THEN_WHO.match(phrase)
    if aside and person_named(aside["who"], names):  # "Kelly Ayotte of New Hampshire, who is leading the team
        return person_named(aside["who"], names)  # working to confirm Gorsuch, 49,": not Gorsuch
    introduced = NAMED_PERSON.search(phrase)
    if introduced and not phrase[introduced.end():].strip(" ,"):
        return names.resolve(introduced["name"])  # "A young woman named Cindy (said)"
    if _APPOSITIVE_CLAUSE.search(phrase):  # "Rabbi Schneier, who co-organized the first "I Am A Muslim Too" in 2010,"
        phrase = blank_quoted(phrase)  # (not "newspapers like "Die Zeit" in Germany")
    if _SAID.search(_CLAUSE_BREAK.split(phrase)[-1]):
        return None  # "X said he had assurances and": a clause, whose own verb has its own subject
    what_it = _WHAT_IT.search(phrase.rstrip())
    if what_it and what_it["who"]:
        return names.resolve(what_it["who"])  # "with Seoul condemning what it (called)"
    if what_it and (body := pronoun.it()):
        return body  # "Wired broke the news ..., offering what it (called)": the body "it" means
    relative = _RELATIVE_PRONOUN.search(phrase.rstrip())
    opener = _person_opening(phrase, names) if relative and relative.group().startswith(("which", "that", "what")) \
        else ""
    if opener and names.could_be(opener, GENDER_OF[relative["pronoun"]]):
        return opener  # "Amber Rudd defended the decision, which she (said)", "X blamed Washington for a statement
        # that he (said showed ...)", "X threatened to withdraw, given what he (says is ...)": the sentence's subject
    if relative:  # "... the child of a policeman and a housewife, who he (described as)": someone else
        return pronoun.of(relative["pronoun"])
    if _WHAT_A_GROUP.search(phrase.rstrip()):
        return ""  # "stuck in what human rights groups (say is an "asylum gap")": people the article does not name
    relative = _RELATIVE_NAME.search(phrase.rstrip())
    if relative and person_named(relative["who"], names):  # "in what US President Donald Trump (called)"
        return person_named(relative["who"], names)
    if relative and relative["the"] and relative["who"].split()[-1].lower() in ORG_NOUNS | PLACE_NOUNS:
        return names.resolve(relative["who"])  # "for what the White House has (termed)"
    whole = phrase
    pair = _PAIR.match(_AUXILIARIES.sub("", _CLAUSE_BREAK.split(phrase)[-1].strip()))
    if pair and pair["roles"] and not is_plural_role(pair["roles"].split(" of ")[0].split()[-1]):
        pair = None  # not "Kiss", a name that ends in "s"
    people = (pair["first"], pair["second"]) if pair else ()
    if pair and all(_titled_name(part, names) for part in people) and len(
            {len(split_role(part)[0].split()) for part in people}) == 1:  # named alike
        return person_named(pair["first"], names)  # "Ms Mogherini and Mr Hahn": the first
    joint = _TWO_NAMES.fullmatch(OPENING_PHRASE.sub("", _AUXILIARIES.sub("", PARENTHESES.sub("", phrase).strip()),
                                                    count=1))  # "X Centre (XC) and Y"
    one_body = joint and " the " not in joint.group() and (  # "Customs and Border Protection": one body
        joint["second"].split()[-1].lower().rstrip("s") in ORG_NOUNS
        or names.text.count(joint["first"]) == names.text.count(f"{joint['first']} and {joint['second']}")
        and joint["first"].split()[-1].lower() not in ORG_NOUNS)  # but "X Rights Centre and Amnesty International"
    if joint and not one_body and not person_named(joint["first"], names) \
            and split_role(joint["second"])[0] == joint["second"]:
        return names.resolve(joint["first"])  # "Google and Facebook (said)", "Estland and the Harbour Council": the
        # first, as with two people
    led = _NAME_AND_GROUP.match(OPENING_PHRASE.sub("", _AUXILIARIES.sub("", phrase.strip()), count=1)) \
        if " and " in phrase else None
    if led and (person := person_named(led["who"], names)):
        return person  # "Erdogan and senior ministers (have called)": the one named
    after = _NAME_AFTER_CONJUNCTION.search(whole)
    if after and (person_named(after["who"], names) or after["the"] and split_role(after["who"])[0] == after["who"]):
        return person_named(after["who"], names) or names.resolve(after["who"])  # "... grew on Monday while the White
        # House (demanded)"
    after = _KIND_AFTER_CONJUNCTION.search(whole) if " the " in whole else None
    if after and (described := _description(["the", after["noun"]], names, pronoun)) and described[:1].isupper():
        return described  # (a name, not "the company" of a firm the article leaves unnamed)
    relative = _WHO_THEN_PRONOUN.search(whole)
    who = relative and (person_named(relative["who"], names)
                        or (relative["who"] if names.lone_surname(relative["who"]) else ""))
    if who:
        return who  # "including Pruitt, who ignited a firestorm when he (said)": Pruitt, not the sentence's "He"
    coordinated = _PRONOUN_AFTER_AND.search(whole)  # "Sessions was asked about Russia and he (responded)"
    opener = _person_opening(whole, names) if coordinated else ""
    if opener and names.could_be(opener, GENDER_OF[coordinated["pronoun"]]):
        return opener
    opener = _person_opening(whole, names) if _PRONOUN_AFTER_CONJUNCTION.search(whole) else ""
    if opener:  # "Prime Minister Benjamin Netanyahu sparked outrage during a 2015 election when he (urged)"
        return opener
    joint = _PRONOUN_AND_NAME.search(_AUXILIARIES.sub("", whole.strip()))
    if joint:  # "adding that he and Trump had (pledged)": he, who speaks
        return pronoun.of(joint["pronoun"])
    headed = _person_after_heading(phrase, names)
    if headed:
        return headed
    apposed = _APPOSED_THEN_VERB.match(phrase) if phrase.rstrip().endswith((" and", " but")) else None
    if apposed and (person := person_named(apposed["who"], names)):
        return person  # "Leonid Slutsky, chairman of X, sees them as a failure and (says)"
    phrase = _main_clause(phrase, names)
    if _KIN_OF.match(phrase.strip()):
        return ""
    glued = _PRONOUN_GLUED_TO_NAME.search(phrase.rstrip())
    if glued and glued["word"].lower() not in TITLE_WORDS:
        return pronoun.of(glued["pronoun"].lower())  # "OPINION: ... reveals true nature of North Korea He (said)"
    two = _TWO_DESCRIBED_PEOPLE.fullmatch(phrase.strip())
    if two and (first := person_named(two["first"], names)) and person_named(two["second"], names):
        return first  # "Accountant Brent Williams and retirement planner Robert Devay (said)": the first, as with two
    titled = _titled_person_at_end(phrase, names)
    if titled:
        return titled
    if _TITLED_NAME.match(phrase) and person_named(phrase, names):
        return person_named(phrase, names)  # "Ambassador to China Andrei Denisov": not cut at "to"
    opening = phrase.split()
    if len(opening) > 1 and opening[0].lower() in OPENING_PREPOSITIONS and opening[-1].lower() in PRONOUNS:
        return pronoun.of(opening[-1])  # "During a speech to the party conference she"
    # "the Russian Foreign Ministry's statement", "a statement from the White House", "Watson's ruling in Hawaii"
    phrase = issuer(phrase) or issuer(TRAILER.split(phrase)[0]) or phrase
    bare = re.sub(r"^(?:the|an?) ", "", phrase.strip(), flags=re.I)
    body = next((body for body in names.bodies if body.lower() == bare.lower() and body != bare), "")
    if body:
        return body  # "the State department('s press release)": the State Department the article names
    if re.search(r"\s(?:and|but)$", _AUXILIARIES.sub("", phrase)) and _opens_with_name(phrase, names):
        # "Trump has urged Israel to stop settlement expansions ... and (said)": the subject of the first verb
        return _last_clause_subject(TRAILER.split(phrase)[0], names, pronoun)
    represented = _REPRESENTATIVES_OF.fullmatch(phrase.strip())
    if represented:
        return names.resolve(represented["body"])
    described = _NAME_THEN_DESCRIPTION.match(phrase.strip())
    if described and person_named(described["who"], names):
        return person_named(described["who"], names)  # "Mary Alice Carter a spokeswoman for Planned Parenthood"
    described = _DESCRIPTION_THEN_BARE_NAME.match(phrase.strip())
    if described and described["last"] not in FUNCTION_WORDS | CONNECTORS | _BEFORE_A_FIRM_NAME \
            and len(person_named(described["who"], names).split()) > 1:
        return person_named(described["who"], names)
    spokesperson = _SPOKESPERSON_FOR.search(phrase)
    if spokesperson and phrase.split()[0].lower() in ("a", "an", "the"):  # "A spokesman from the ministry (told)"
        described = _description(phrase.split(), names, pronoun)
        if described:
            return described
    pronoun_first = _PRONOUN_THEN_AND.match(phrase) or _PRONOUN_THEN_AND.match(whole)
    if pronoun_first:
        return pronoun.of(pronoun_first["pronoun"].lower())  # "He has flirted with X and (declared)"
    cut_short = re.search(r"\s(?:and|but)$", _AUXILIARIES.sub("", phrase))  # "X met Y at the Town Hall and"
    phrase = TRAILER.split(phrase)[0]
    phrase = _AUXILIARIES.sub("", phrase)
    if re.search(r"\s(?:and|but)$", phrase) and not phrase.lstrip().startswith(('"', "“", "”")):
        # "Mr Quince welcomed the decision but (said)"; not `" by the media and (called)`, the rest of a sentence
        found = _last_clause_subject(phrase, names, pronoun)
        verb = phrase.split()[0]
        if found is None and verb.islower() and verb not in _NO_LONE_NAMES | PRONOUNS:
            return sentence_subject(whole, names, pronoun) or None  # "the Turkish military, which ..., issued a
            # statement and (said)"
        return found
    if re.search(r",\s*(?:and|but)\s*$", whole):  # "Peskov pointed to a "break" during the Obama years, and (said)"
        clause = _PRONOUN_CLAUSE_THEN_AND.search(whole)  # "... in 2014 when she was interviewed in Israel, and (said)"
        return pronoun.of(clause["pronoun"]) if clause else sentence_subject(whole, names, pronoun)
    words = phrase.split()
    if len(words) > 9:
        if not (words[-1][:1].isupper() and words[-2][:1].isupper()):
            return None
        name, role = split_role(phrase)  # "U.S. Army Corps of Engineers Omaha District Commander Col. John Henderson"
        titled = role and role.split()[-1].strip(".").lower() in TITLE_WORDS and looks_like_a_person(name) and all(
            word[:1].isupper() or word in ("of", "for", "the", "and") for word in role.split())  # a title, no clause
        return names.resolve(name) if titled else None
    if not words:
        return None
    if len(words) == 1 and words[0] in ORG_NOUNS and not words[0].endswith("s"):
        return _description(["the", *words], names, pronoun)  # "..., but police (said)"
    if _RELATIVES.fullmatch(" ".join(words)):
        return ""  # "Ms Kerr's friends", "Family and friends of the 28-year-old": people the article does not name
    if _COUNTED_GROUP.fullmatch(" ".join(words)):
        return ""  # "over 50 renowned Russian film directors (have hit back)": people the article does not name
    if words[-1].lower() in UNNAMED_GROUPS and words[-1] != "People" and words[0].lower() not in (
            "the", "his", "her", "their"):  # ("People", capitalised, is the magazine)
        return ""  # "sources told CNN", "two senior officials said": people the article does not name
    if len(words) <= 3 and _plural_role(words[-1]) and not any(  # (not "which refers")
            word.lower() in _NOT_BEFORE_A_PLURAL_ROLE or word.endswith(("'s", "’s"))
            for word in words[:-1]):
        return ""  # "Scottish ministers (have accused)", "local reporters": several people, none in particular
    if words[-1].lower() in CROWDS and (words[0] == "The" or words[0].islower()) \
            and all(word.islower() for word in words[1:]):
        return ""  # "the crowd began screaming", "The legislation's supporters argue"
    if words[0].lower() in ("one", "another") and (len(words) == 1 or words[-1].islower()) and all(
            word.islower() or DEMONYM.search(word) or word.lower().removesuffix("ic") in PARTY_MEMBERS
            or word.isupper() and words[-1].lower() in UNNAMED_PEOPLE
            for word in words[1:]):  # "one former Somali official", "One Democratic operative", "one EU source"
        return ""  # "One viewer (remarked)", "Another (responded)": someone the article does not name
    if len(words) == 1 and words[0].lower() in QUANTIFIERS:
        return ""  # "Some argue that", "Many say": people the article does not name
    if words[-1].lower() in PARTY_PLURALS and (len(words) == 1 or words[-2].lower() in QUANTIFIERS):
        return ""  # "Republicans argued", "some Democrats said"
    if (len(words) == 2 or len(words) == 3 and words[1].islower()) and words[0].lower() == "the" \
            and words[-1] in DOCUMENTS:  # not "the Post", a paper
        return pronoun.sender(words[-1].lower())  # "the statement said", "the reply brief says": who issued it
    if words[0].lower() == "the" and words[-1].lower() in TEXTS_OF_LAW and words[-2].lower() not in PLACE_NOUNS:
        return ""  # "The cross-party motion stated", "The Paris Agreement states": words nobody in particular said (but
        # "The Atlanta Journal Constitution" is a paper)
    if words[0].lower() == "the" and words[-1] in ("ruling", "judgment", "judgement") and names.by_role("judge"):
        return names.by_role("judge")  # "The 43-page ruling argued" after "US District Judge Derrick Watson"
    if len(words) in (2, 3) and words[0].lower() in ("its", "their") and words[-1] in OWNED_DOCUMENTS \
            and (len(words) == 2 or words[1].islower()):
        return pronoun.it()  # "OpenSignal tracks the speed ... Their recent report states:"
    if len(words) in (2, 3) and words[0].lower() == "the" and words[-1] in STUDIES \
            and (len(words) == 2 or words[1].islower()):
        author = pronoun.author(words[-1])  # "the report says" after "a new report by U.N. chief Antonio Guterres";
        if author or len(words) == 2:       # "the research note says" after "A research note from CICC"
            return author                   # (but "the police report" may be the police's)
    document = _BODY_DOCUMENT.match(" ".join(words))
    if document and document["kind"] not in ORG_NOUNS | {"intelligence"}:  # "One HIQA inspection report last year
        # on a unit (said)": the body's words; but "A UN agency report" is the agency's
        return person_named(document["owner"], names) or names.resolve(document["owner"])
    owner = " ".join(words[1:-1])
    if words[-2:-1] == ["joint"] and " and " in owner:
        owner = owner.split(" and ")[0]  # "the DHS and DNI joint statement": the first named, as with two people
    if len(words) > 2 and words[0].lower() == "the" and words[-1] in OWNED_DOCUMENTS \
            and CAPITALISED_RUN.fullmatch(owner):  # (a "Facebook post" is not Facebook's)
        return person_named(owner, names) or names.resolve(owner)  # "the KCNA report said", "the Kremlin statement"
    if words[-1].lower() == "it" and len(words) <= 2:
        return pronoun.it()  # "It added:": the body that spoke last
    if _uncontracted(words[-1]) in PRONOUNS and (len(words) <= 3 or words[-2].lower() in CONJUNCTIONS
                                                 or words[-1] in ("He", "She")
                                                 or whole.split()[0].lower() in _SUBORDINATORS):
        subordinate = _SUBORDINATE_SUBJECT.fullmatch(whole)
        person = (person_named(subordinate["who"], names) or names.resolve(subordinate["who"])) if subordinate else ""
        if person and names.could_be(person, GENDER_OF[subordinate["pronoun"]]):
            return person  # "While Ferris has received some criticism, she (said)": the clause's subject
        return pronoun.of(_uncontracted(words[-1]))  # "he", "But he", "... the KKK when he", "For China Daily He",
        # "When I interviewed X last week he"
    surname = words[-1].strip(",.")
    if surname.lower() in SURNAME_TITLES and surname[:1].isupper() and names.resolve(surname) != surname:
        return names.resolve(surname)  # "King said" after "Rep. Steve King"
    described = _description(words, names, pronoun)
    described_body = _ADJECTIVE_THEN_BODY.fullmatch(" ".join(words)) if not described else None
    if described_body and any(word.lower() in ORG_NOUNS for word in described_body["body"].split()) and not any(
            word in FUNCTION_WORDS | CONNECTORS or is_role_word(word) for word in described_body["adjectives"].split()):
        return names.resolve(described_body["body"])  # "the local Office of Emergency Management (said)"; not "the
        # head of Eastport Police"
    if described == "" and len(words) == 2 and words[0].lower() in ("a", "an") and words[1].startswith("spokes"):
        return pronoun.body()  # "Heathrow has advised passengers ... A spokeswoman said": Heathrow's
    if described is not None:
        return described
    national = NATIONAL_BODY_OPENING.fullmatch(" ".join(words))
    if national:
        return _named_in_full(national["body"], names)  # "The Syrian army (said)"
    affiliated = _PERSON_OF_BODY.match(" ".join(words))
    if affiliated and person_named(affiliated["who"], names) and (
            not words[-1][:1].isupper() or words[-1].lower() in ORG_NOUNS):  # not "St John of God"
        return person_named(affiliated["who"], names)  # "Richard Greenfield of BTIG research firm", "Will Webb of
        # the Charlotte Sports Foundation"
    glued = surname_after_name(" ".join(words[-6:]), names)
    if glued:
        return glued
    pair = _ROLE_THEN_TWO_NAMES.fullmatch(" ".join(words))
    if pair and (is_role_word(pair["role"]) or pair["role"] in _MEDIA_WORDS) and not any(
            part.split()[-1].lower().removesuffix("s") in ORG_NOUNS for part in (pair["first"], pair["second"])):
        return person_named(pair["first"], names) or names.resolve(pair["first"])  # "German broadcaster NDR and
        # WDR": the first named, as with two people
    post = [word for word in words if word.lower() != "the"]
    if len(post) == 3 and post[0].istitle() and post[0].lower() in TITLE_WORDS and post[1] in ("of", "for") \
            and post[2].istitle():
        return ""  # "The Head of Operations (of the Irish Coast Guard) has said": a post, its holder unnamed
    name, _ = split_role(" ".join(words[-6:]))
    if name and all(word.lower() in _POST_WITHOUT_HOLDER for word in name.split()):
        return None  # "the Minister of State": a post, without its holder
    if name and cut_short and (opener := _person_opening(phrase, names)) and opener != names.resolve(name):
        return opener  # "X met Y (at the Town Hall and said)": X, the subject, not the person met
    if name and " " not in name and names.resolve(name) == name and name not in names.surnames \
            and not name.isupper() and not DEMONYM.search(name):
        named = [body for body in names.bodies if body.startswith(f"{name} ") and len(body.split()) == 2
                 and body.split()[-1].lower() in _INSTITUTION_ENDS]
        if len(set(named)) == 1:
            return named[0]  # "Barnard explained" after "Barnard College": the college
    if name and " " not in name and name[1:].islower() and names.resolve(name) == name \
            and name not in names.surnames | NEWS_AGENCIES and _plural_role(name.lower()):
        return ""  # "Mediators said": people the article does not name
    unindented = whole.lstrip()
    if name and name.endswith("ing") and name.lower() not in NAMES_ENDING_IN_ING and unindented.startswith(name) \
            and _PARTICIPLE_PHRASE.match(unindented, len(name)):
        return None  # "Commenting on the letter, a worker, who ..., (said)": a participle, whose subject comes later
        # (but "Beijing on Monday said")
    if name:
        return names.resolve(name)
    if words[-1].lower() in ORG_NOUNS | _BODIES_OF_THEIR_OWN | {"agency", "service", "office", "spokesman",
                                                                "spokeswoman", "spokesperson"}:
        return _body_speaker(words, names)
    return None


def _titled_person_at_end(phrase: str, names: ArticleNames) -> str:
    """The person a subject phrase ends with when a title or role introduces them ("China in loop State Department
    spokesman Mark Toner", "another member of the delegation and Special Representative on X Nikolay Kovalev", or
    "Mr Javid" after a glued heading), so that words before them ("China in", "another member of") do not count; ""
    otherwise."""
    runs = list(CAPITALISED_RUN.finditer(phrase))
    if not runs or runs[-1].end() != len(phrase.rstrip(" ,")):
        return ""
    name, role = split_role(runs[-1].group())
    inside = role.split()[-1:] and role.split()[-1].lower() in ORG_NOUNS  # "the Ahmed Kathrada Foundation Neeshan
    # Balton": the body, then its person
    before = [w.lower() for w in phrase[:runs[-1].start()].split()]
    introduced = before[-2:-1] if before[-1:] == ["the"] else before[-1:]  # "ambassador to the United Nations X"
    titled = bool(inside) or any(is_role_word(word.lower()) for word in role.split()) or introduced and (is_role_word(
        introduced[0]) or introduced[0] == "party") or _member_of_body(phrase[:runs[-1].start()])  # "leader of the
    # Law and Justice (PiS) party Jaroslaw Kaczynski"
    if introduced == ["of"] and len(runs) > 1 and phrase[runs[-2].end():runs[-1].start()] in (" of ", " of the ") \
            and person_named(runs[-2].group(), names):
        return ""  # "Louis Obst of (the) Human Rights Watch": the person comes before the body
    affiliated = _PERSON_OF_BODY.match(phrase.strip())
    if affiliated and person_named(affiliated["who"], names) \
            and surname_alone(names.text, affiliated["who"].split()[-1]):
        return ""  # ... also "Anna Borshchevskaya of the Washington Institute for Near East Policy", where the text
        # writes "Borshchevskaya said" (not "Orthopaedic Surgeon at Mayo General Hospital Derek Bennett")
    if len(name.split()) >= 3 and introduced and introduced[0] in ("on", "of", "for", "to"):
        name, titled = " ".join(name.split()[-2:]), True  # "Special Representative on Anti-Terrorism Nikolay Kovalev"
    elif len(name.split()) == 3 and introduced == ["in"] and any(map(is_role_word, before[-6:-1])):
        name, titled = " ".join(name.split()[-2:]), True  # "envoy to international representations in Geneva X Y"
    honorific = (role.split() or before or [""])[-1].rstrip(".").lower()  # "Dr Karl Obst" or "Dr." then "Karl Obst"
    if honorific in ("mr", "mrs", "ms", "dr", "prof") and len(before) - (not role) > 2:
        return names.resolve(name) if len(name.split()) == 1 else person_named(name, names)  # "Read how other
        # 20-somethings managed to do it Mr Javid (said)", "Using antibiotics in a targeted way Dr. X (added)": a heading
    return person_named(name, names) if titled and (len(name.split()) >= 2 or " " in names.resolve(name)) else ""
    # (and "Match of the Day presenter Lineker" after "Gary Lineker")


def _titled_mid_sentence(words: list[str], text: str) -> bool:
    """Whether the text writes these words with a capital "The" inside a sentence ("According to The New Yorker"):
    a publication's title, not a person by where they are from."""
    return bool(re.search(rf"(?:[a-z,] )The {re.escape(' '.join(words[1:]))}\b", text))


def _member_of_body(words: str) -> bool:
    """Whether words end with someone's place in a body, which introduces a name ("member of German parliament")."""
    match = _ROLE_IN_BODY.search(words)
    return bool(match) and is_role_word(match["role"]) and match["body"] in ORG_NOUNS


def issuer(phrase: str) -> str:
    """Who issued the document a phrase names ("the ministry's statement", "a report by the UN", "the VEB
    statement"), or ""."""
    owner = _ISSUED_BY.match(phrase)
    if owner and owner["author"] and _PUBLISHER.search(owner["author"]):
        return ""  # "a royal statement published by the MAP state news agency": the agency only carried it
    if owner and owner["body"]:  # "an Israeli army statement"
        return owner["body"] if owner["body"].split()[-1] in ORG_NOUNS else ""
    author = (owner["author"] or "") if owner else ""
    first = _AUTHOR_END.split(author)[0]
    if first != author and looks_like_a_person(first):
        return first  # "a paper by X and Y for the Carnegie Europe think tank": X
    return (owner["owner"] or owner["author"] or owner["named"] or owner["paper"] or owner["site"]) if owner else ""


_KIND_COMMA_NAME = re.compile(  # "Motoring organisation, the RAC": what a body is, then its name
    rf"(?:[A-Z][a-z]+ )?[a-z ]*\b(?P<kind>[a-z]+), the {CAP_WORD}(?: {CAP_WORD}){{0,4}}"
)


def _kind_then_name(phrase: str) -> bool:
    """Whether a phrase is what a body is, then its name ("Motoring organisation, the RAC")."""
    kind = _KIND_COMMA_NAME.fullmatch(phrase)
    return bool(kind) and kind["kind"] in ORG_NOUNS


def _main_clause(phrase: str, names: ArticleNames) -> str:
    """The part of a subject phrase that names the speaker: without parentheses, a trailing day, a relative clause,
    an earlier clause with its own verb, or appositions after the name."""
    given = _AUXILIARIES.sub("", phrase)  # "The ambassador, Htin Lynn, also (called)"
    aside = _DASHED_ASIDE.sub("", given) if " who" in given or " which" in given else given  # "The foreign
    # secretary - who was endorsed by the Standard in 2008 - (said)"
    listed = _LIST_ASIDE.search(aside) if " - " in aside else None
    if listed and person_named(aside[:listed.start()].split(",")[0], names):
        aside = aside[:listed.start()] + ","  # "Tom de la Mare QC, for Uber and the drivers - X, Y, and Z - (told)"
    phrase = _DAY_PHRASE.sub("", PARENTHESES.sub("", aside).strip(" ,"))
    if "whose" in phrase:
        phrase = _WHOSE_CLAUSE.sub("", phrase)  # "Bob Ferguson, whose lawsuit resulted in the injunction, (praised)"
    reported = _REPORTED_THEN_AND.search(phrase) if phrase.endswith("and") else None
    if reported:  # "Mr O'Dea, who sits on the committee, added that Fianna Fail is convinced ... and (said)"
        phrase = phrase[: reported.start()]
    relative = _RELATIVE_END.search(phrase)
    if relative:  # "a test of the response from Mr Trump, who pledged": the name right before "who"
        phrase = phrase[: relative.start()]
        antecedent = list(CAPITALISED_RUN.finditer(phrase))
        apposed = _APPOSED_BEFORE_WHO.search(phrase)
        if apposed and person_named(apposed["name"], names) and not (
                apposed["capital"] and antecedent and person_named(antecedent[-1].group(), names)):
            phrase = apposed["name"]  # (not "Sarah Palin, Palin appeared alongside Alec Baldwin, (who)")
        elif antecedent and antecedent[-1].end() == len(phrase):
            phrase = antecedent[-1].group()
    joined = _LAST_CONJUNCT.search(phrase)
    if joined and CAPITALISED_RUN.search(joined["rest"]) and not re.search(r",\s+(?:which|who|whose)\b", phrase):
        phrase = joined["rest"]  # "The plane was held and PIA said"; not "The committee, which probed X and Y, said"
    ends_with_comma = bool(re.search(r",\s*$", given))  # "Zhang Lei, founder of X, (said)", not "..., the Ayatollah"
    clauses = [c.strip() for c in _CLAUSE_BREAK.split(phrase) if c.strip()]
    if clauses and len(clauses[-1].split()) > 1 and clauses[-1].split()[0].lower() in CONJUNCTIONS:
        clauses[-1] = clauses[-1].split(" ", 1)[1]  # "..., but Nunes acknowledged", "As the head of a union put it"
    if clauses:
        clauses[-1] = _without_leading_time(clauses[-1])  # "and on Tuesday the government (said)"
    subordinate = _SUBORDINATE.search(clauses[-1]) if clauses else None
    if subordinate:  # "..., a day after the conservative lawmaker (argued)"
        clauses[-1] = subordinate["rest"]
    if ends_with_comma and len(clauses) > 2 and clauses[1][:1].islower() and CAPITALISED_RUN.fullmatch(clauses[0]) \
            and looks_like_a_person(person_named(clauses[0], names)):
        return clauses[0]  # "Kui Weiliang, deputy director of X in Ningbo, East China's Zhejiang province, home to one
        # of the leading ... enterprises, Beifa Group, (says)": all after the name describes him
    while len(clauses) > 1 and ends_with_comma and clauses[-1].split()[0].lower() not in PRONOUNS \
            and not _kind_then_name(f"{clauses[-2]}, {clauses[-1]}") and (
            (_DESCRIPTION_FIRST.match(clauses[-1]) and (not _introduces_a_person(clauses[-1], names)
                                                        or _PARTICIPLE_WORD.fullmatch(clauses[-1].split()[0])))
            or _TITLE_OF_WORK.match(clauses[-1])  # "the report, called As Time Goes By, (adds)"
            or ((not split_role(clauses[-1])[0] or clauses[-1].split()[0].lower() in TITLE_WORDS
                 or _role_at_body(clauses[-1])) and person_named(clauses[-2], names))  # "Edward Timpson, Minister
            # for Children and Families,", "Adam Corlett, Economic Analyst at the Resolution Foundation,"
            or _IN_A_PLACE.search(clauses[-2]) and not person_named(clauses[-1], names)  # "in Albany, New York,"
            or clauses[-1].startswith("of ") and person_named(clauses[-2], names)  # "X, of watchdog Transport Focus,"
            or _OWNER_DESCRIPTION.fullmatch(clauses[-1]) and (
                person_named(clauses[-2], names) or clauses[-2] in names.bodies or _ACRONYM.fullmatch(clauses[-2]))
            # "KCNA, North Korea's official state news agency,"
            or len(clauses) > 2 and (clauses[-1][:1].islower() or CAPITALISED_RUN.fullmatch(clauses[-1])
                                     and len(clauses[-1].split()) <= 3)
            and clauses[-2][:1].islower() and clauses[-3][:1].isupper()
            and person_named(clauses[-3], names)):  # "X, professor of biology,
        # geological and earth sciences at Y,", "X, a lecturer at the National University of Ireland, Maynooth,",
        # "X, a resident of Monroe, North Carolina,"
        clauses.pop()  # "Zhang Lei, founder of X, said", "Charles Swift, Ms Salman's lawyer, said"
    unclosed = _ROLE_OF.match(clauses[-1]) if len(clauses) > 1 and not ends_with_comma else None
    if unclosed and is_role_word(unclosed["role"].lower()) and person_named(clauses[-2], names) \
            and not _ends_with_person(clauses[-1], names):  # not "Molloy, chair of the bench Michael Evans"
        clauses.pop()  # "Lakshmi Sridaran, director of Policy for South Asian Americans (wrote)": no comma closes it
    return clauses[-1] if clauses else ""


def _ends_with_person(clause: str, names: ArticleNames) -> bool:
    """Whether a phrase ends with a person's name: "chair of the bench Michael Evans", but not "chief executive of
    the Proprietary Association of Great Britain" or "for South Asian Americans Leading Together"."""
    clause = clause.rstrip(" -")  # "Brigid Quilligan-(said)"
    runs = list(CAPITALISED_RUN.finditer(clause))
    if not runs or runs[-1].end() != len(clause):
        return False
    run = runs[-1].group()
    name = person_named(run, names) or (run if run in names.surnames else "")
    return bool(name) and len(name.split()) <= 3 and not _OBJECT_OF.search(clause, 0, len(clause) - len(name))


def _holder_of(role: str, qualifier: str, names: ArticleNames) -> str:
    """The person the article gives a role, unless the article's own title for them qualifies it otherwise: "the
    prime minister" is not "First Minister Nicola Sturgeon"."""
    holder = names.by_role(role)
    if not holder:
        return ""
    if qualifier == "former":  # "the former PM" is not the prime minister the article names, unless it says former
        return holder if re.search(rf"\bformer {role} {re.escape(holder)}\b", names.text, re.I) else ""
    titled = re.search(rf"\b(\w+) {role} {re.escape(holder)}\b", names.text, re.I)
    if qualifier in QUALIFIERS and titled and titled[1].lower() in QUALIFIERS - {qualifier}:
        return ""  # "the first minister" is not "former prime minister Gordon Brown"
    if qualifier not in TITLE_WORDS:
        return holder
    return "" if titled and titled[1].istitle() and titled[1].lower() not in (qualifier, "the", "a", "an") else holder


def _body_spokesperson(body: str, role: str, names: ArticleNames) -> str:
    """Whom "the Kremlin spokesman" means: the spokesman the article names with that body ("Kremlin spokesman
    Dmitry Peskov"), or the one spokesman it names, unless he speaks for a person ("Nunes spokesman Jack Langer");
    else the body itself."""
    named = re.search(rf"\b{re.escape(body)} {re.escape(role)},? (?P<who>{CAP_WORD}(?: {CAP_WORD}){{1,3}})", names.text)
    if named and (person := person_named(named["who"], names)):
        return person
    holder = names.by_role(role)
    owner = re.search(rf"\b(?P<owner>{CAP_WORD})(?:['’]s)? (?i:{re.escape(role)}),? {re.escape(holder)}", names.text) \
        if holder else None
    if holder and not (owner and person_named(owner["owner"], names)):
        return holder
    return names.resolve(body)


def _titled_by(modifier: str, role: str, names: ArticleNames) -> str:
    """The person whose title holds a description's lower-case modifier, when the holder of its role has another:
    "the US treasury chief" is "Treasury Secretary Steven Mnuchin", not "IMF chief Christine Lagarde"."""
    holder = names.by_role(role)
    if not modifier.isalpha() or not modifier.islower() or modifier in TITLE_WORDS \
            or re.search(rf"\b{modifier} {role} {re.escape(holder)}", names.text, re.I):
        return ""
    for titled in re.finditer(rf"\b(?i:{modifier}) (?P<who>{CAP_WORD}(?: {CAP_WORD}){{1,3}})", names.text):
        person = person_named(titled["who"], names)
        if person and person != holder:
            return person
    return ""


def _holder_from(words: list[str], role: str, names: ArticleNames) -> str:
    """Of several people the article gives a role, the one whose introduction names the country a description's
    demonym stands for: "the Russian deputy permanent representative" is "Russia's Deputy Permanent Representative
    to the UN X", not "British Permanent Representative Y"; "" when the description has no demonym."""
    nations = [word for word in words[1:-1] if word[:1].isupper() and DEMONYM.search(word)
               and word.lower() not in PARTY_MEMBERS]  # (not "Republican")
    if not nations or words[0].lower() != "the":
        return ""
    stem = nations[0][:4].lower()  # "Russ" for "Russian" and "Russia's"
    found = []
    for person in names.full:
        introduction = names.text[max(0, names.text.find(person) - 80):names.text.find(person)].lower()
        if role in introduction and stem in introduction and looks_like_a_person(person):
            found.append(person)
    return found[0] if len(found) == 1 else ""


def _sole_title_holder(phrase: str, names: ArticleNames) -> str:
    """The person a phrase opening with a title alone stands for ("The Taoiseach agreed"), when the article gives
    that title to one person; "" otherwise."""
    titled = _TITLE_SUBJECT.match(phrase)
    role = titled["role"].lower() if titled else ""
    return names.sole_holder(role) if role in TITLE_WORDS else ""


def _opens_with_name(phrase: str, names: ArticleNames) -> bool:
    """Whether a phrase opens with a person or a body the article names ("Trump has also urged Israel ..."), or with
    the title of a person it names ("The Taoiseach agreed with him and")."""
    if _sole_title_holder(phrase.lstrip(), names):
        return True
    run = CAPITALISED_RUN.match(_ABBREVIATED_TITLE.sub(r"\1 ", OPENING_PHRASE.sub("", phrase.lstrip(), count=1)))
    # ("Sen. Tim Kaine is joining ... and (says)")
    name = split_role(run.group())[0] or person_named(run.group(), names) if run else ""  # (a surname "King")
    if not name or run.group().startswith("The "):
        return name in names.bodies  # "The White House ...", not "The South Korean firm ..."
    return bool(person_named(name, names)) or name in names.bodies


def _named_in_full(body: str, names: ArticleNames) -> str:
    """The one body the article names that a nation's body in lower case means ("the Russian ministry": the
    "Russian Foreign Ministry"), else the body as written."""
    nation, _, kind = body.partition(" ")
    named = {full for full in names.bodies if full.startswith(f"{nation} ") and full.lower().endswith(f" {kind}")
             and full != body}
    return named.pop() if kind.islower() and " " not in kind and len(named) == 1 else body


def _body_speaker(words: list[str], names: ArticleNames) -> str | None:
    """The body a phrase ending in an organisation word names: "a Department of Health spokeswoman", "the Russian
    foreign ministry", "New Zealand's foreign ministry", "the Kremlin press service", "an Essex police spokesman",
    "the US-led coalition"."""
    owner = split_role(" ".join(words[:-1]))[0]
    if " of " in owner:
        return names.resolve(owner)
    capitals = re.findall(rf"{CAP_WORD}(?: {CAP_WORD})*", " ".join(w for w in words[:-1] if w.lower() != "the"))
    if capitals and (DEMONYM.search(capitals[-1]) or _NATION_INITIALS.fullmatch(capitals[-1])
                     or capitals[-1].endswith(("-led", "-backed"))) \
            and len(capitals[-1].split()) <= 2 and \
            (names.resolve(capitals[-1]) == capitals[-1] or " " not in capitals[-1] and DEMONYM.search(capitals[-1])):
        # (a lone demonym: "Pakistani security forces" are not the "Pakistani Taliban" the article names)
        tail = " ".join(words[words.index(capitals[-1].split()[0]):])
        if tail.split()[-1].lower() in _FIRM_WORDS:
            return names.kinds.get(tail.split()[-1].lower(), "")  # "the German telecommunications firm": a firm the
            # article names elsewhere, not one called "German telecommunications firm"
        return tail if tail.split()[-1].lower() in ORG_NOUNS else names.resolve(capitals[-1])
    if capitals and re.search(r"['’]s$", capitals[-1]) and words[-1].lower() in ORG_NOUNS:
        owner = split_role(capitals[-1])[0]
        body = capitals[-1][:-2]
        if words[-1].lower() == "service" and (body.split()[-1].lower() in ORG_NOUNS or words[-2] == "press"):
            return names.resolve(body)  # "the Russian Defense Ministry's press service", "Skoltech's press service"
        if words[-1].lower() in SPEAKS_FOR and person_named(owner, names):
            return person_named(owner, names)  # "Bashir's office" speaks for Omar al-Bashir
        if words[-1].lower() in SPEAKS_FOR:
            return names.resolve(body)  # "The Socialist Party USA's national secretary office": the party
        return f"{capitals[-1]} {' '.join(words[words.index(capitals[-1].split()[-1]) + 1:])}"  # as written
    umbrella = capitals and capitals[-1] in UMBRELLA_BODIES and words[-1].islower()
    field = "" if not umbrella else words[-2] if len(words) > 2 and words[-2].islower() and words[-1] in ANY_BODY \
        else words[-1] if words[-2] == capitals[-1] else ""
    named = {body for body in names.bodies if re.search(rf"\b{re.escape(field.title())}", body)} if field else set()
    named -= {body for body in named if any(other.startswith(f"{body} ") for other in named)}  # "International Court
    # (of Justice)"
    if len(named) == 1:
        return named.pop()  # "the United Nations health agency": the World Health Organization the article names;
        # "the UN court": the International Court of Justice
    if capitals and words[-1].lower() in _BODIES_OF_THEIR_OWN and words[-2] == capitals[-1] \
            and capitals[-1] not in names.bodies and names.resolve(capitals[-1]) == capitals[-1]:
        return f"{capitals[-1]} {words[-1].lower()}"  # "The Pulitzer committee (noted)": not "Pulitzer"
    if capitals:
        name = names.resolve(split_role(capitals[-1])[0] or capitals[-1])
        if len(words) > 1 and words[-2].lower() in ("police", "army", "ministry", "council") and \
                words[-2].lower() not in name.lower():
            name = f"{name} {words[-2].title()}"
        elif words[-1] == "police" and " ".join(words[:-1]).endswith(capitals[-1]) and name == capitals[-1]:
            name = f"{name} police"  # "Queensland police tweeted", "New South Wales police said"
        return name
    owner = re.fullmatch(r"(?P<role>[a-z]+)['’]s", words[-2]) if len(words) > 1 and words[-1].lower() in SPEAKS_FOR \
        else None
    return (_role_s_body(owner["role"], names) or None) if owner else None  # "the sheriff's office": the "Orange
    # County Sheriff's Department"


def _role_s_office(phrase: str, names: ArticleNames) -> str:
    """For "The Paris prosecutor's office", the prosecutor the article names ("Paris prosecutor Francois Molins"),
    else the office itself (not "Paris"); "" when the phrase is no such office."""
    placed = _PLACE_ROLE_S_OFFICE.fullmatch(phrase.strip())
    if not placed or not (placed["role"] in TITLE_WORDS or is_role_word(placed["role"])):
        return ""
    titled = re.search(rf"\b{re.escape(placed['place'])} {placed['role']} (?P<who>{CAP_WORD} {CAP_WORD})", names.text)
    return (person_named(titled["who"], names) if titled else "") or placed["body"]


def _role_s_body(role: str, names: ArticleNames, kind: str = "") -> str:
    """The one body the article names after a role's holder ("X County Sheriff's Office" for "sheriff"), ending in
    `kind` when given, or ""."""
    pattern = rf"\b{re.escape(role.title())}['’]s " + (rf"{re.escape(kind.title())}$" if kind else "")
    named = {body for body in names.bodies if re.search(pattern, body)}
    return named.pop() if len(named) == 1 else ""


def _role_at_body(clause: str) -> bool:
    """Whether a clause is a role at a body or a place ("Economic Analyst at the Resolution Foundation", "Northern
    Ireland secretary of the United Kingdom")."""
    body, role = split_role(clause)
    return bool(role) and bool(body) and (body.split()[-1].lower() in ORG_NOUNS or (
        any(map(is_role_word, role.lower().split())) and not looks_like_a_person(body)))


def _introduces_a_person(clause: str, names: ArticleNames) -> bool:
    """ "junior Brexit minister David Jones" (role words, then a person), unlike "founder of Hillhouse Capital"."""
    _, role = split_role(clause)  # not "adviser to Ayatollah Ali Khamenei" either: titles after the preposition
    return bool(person_named(clause, names)) and not _AFTER_PREPOSITION.search(role)


def first_subject(candidates: list[str | None], names: ArticleNames, pronoun: "Referents") -> str | None:
    """The first candidate phrase that names a speaker (a named person wins over an empty description)."""
    found = None
    for phrase in candidates:
        if not phrase or (phrase is not candidates[-1] and phrase.strip() not in names.full and (
                phrase.split()[0] in ("a", "an", "who", "which", "of") or is_role_word(phrase.split()[-1].lower())
                or re.match(r"[a-z]+(?:-[a-z]+)* (?:of|at|for) ", phrase.strip())
                and is_role_word(phrase.split()[0].split("-")[0])  # "X, editor-in-chief of Assayha newspaper, told"
                or person_named(candidates[-1] or "", names) and (any(is_role_word(w.lower()) for w in phrase.split())
                                                                  or phrase.split()[0] in ("from", "at", "with"))
                or _OWNER_DESCRIPTION.fullmatch(phrase.strip()))):
            continue  # "Richard Burr, a North Carolina Republican, said", "X, of the UNDP, told", "X, WDF spokesman,",
            # "Senator X, from the Senate judiciary committee, said"
            # "KCNA, North Korea's official state news agency, said"
        who = subject(phrase, names, pronoun)
        if who:
            return who
        if who == "" and found is None:
            found = who
    return found


def _person_after_heading(clause: str, names: ArticleNames) -> str:
    """The person a sentence opens with after a link's heading glued before it ("READ MORE: Why we still need Black
    History Month in the US Peter Salovey, Yale president, said"): the person named last before the first comma."""
    start = person_after_heading(clause, names)
    return person_named(CAPITALISED_RUN.match(clause, start).group(), names) if start >= 0 else ""


def person_after_heading(clause: str, names: ArticleNames) -> int:
    """Where the person a sentence opens with after a glued heading starts (see `_person_after_heading`), or -1."""
    heading = _HEADING.match(clause, len(clause) - len(clause.lstrip()))
    rest = clause[heading.end():] if heading else ""
    if "," not in rest or not re.match(r"\s*[^\s,]", rest.split(",", 1)[1]) \
            or re.match(r"\s*(?:says|said)\b", rest.split(",", 1)[1]):
        return -1  # the person is followed by an apposition, not by the headline's own "..., says Erdogan"
    head = rest.split(",", 1)[0].rstrip()
    runs = list(CAPITALISED_RUN.finditer(head))
    cue = CUE_VERB.search(head, 0, runs[-1].start()) if runs else None  # "... Officials said Sessions ... Kislyak,
    # according"; but not a headline's "Famine declared in part of Unity state Nyangen Chuol, 30, keeps"
    if not runs or runs[-1].end() != len(head) or not person_named(runs[-1].group(), names) \
            or cue and not re.match(r"\s+(?:in|on|at|by|for|as)\b", head[cue.end():]):
        return -1
    person = person_named(runs[-1].group(), names)  # "Karl Obst" in "the war in Yemen Karl Obst"
    return heading.end() + (runs[-1].end() - len(person) if runs[-1].group().endswith(person) else runs[-1].start())


def _uncontracted(word: str) -> str:
    """A word without a contracted verb, lower-cased: "he" for "He's", "she" for "She'd"."""
    return _CONTRACTION.sub("", word.lower())


def sentence_subject(clause: str, names: ArticleNames, pronoun: "Referents") -> str | None:
    """Who a clause is about: a leading pronoun, else its first name (after a heading like "READ MORE: ...:")."""
    headed = _person_after_heading(clause, names)
    if headed:
        return headed
    reporter = _REPORTER_AFTER.search(clause)  # "X oversaw a test, state-run KCNA reported early Sunday, (saying)"
    if reporter and (who := subject(reporter["who"], names, pronoun)):
        return who
    clause = QUOTED_SUBHEADING.sub("", clause)  # "'Planet Earth First' A few dozen protesters (made)"
    whole = clause.rsplit(": ", 1)[-1].lstrip()
    glued = _PRONOUN_AFTER_HEADING.search(whole) if ": " in clause else None
    whole = whole[glued.start("pronoun"):] if glued else whole  # "OPINION: How Jeff Sessions should remind
    # Americans of the past He defended Sessions": the heading's words are not the sentence's
    clause = OPENING_PHRASE.sub("", whole, count=1)  # "While praising X's speech, "
    if _IN_A_CITY.search(whole, 0, len(whole) - len(clause)):
        clause = _STATE_AFTER_CITY.sub("", clause, count=1)  # "At a rally in Charleston, West Virginia, Pence"
    if clause.strip() in ("", "and", "but"):
        clause = whole  # "But the president used his speech to ..., and (said)": the opening was the clause
    clause = re.sub(r"^(?:And|But|Yet)\s+", "", clause)  # "And she said that ..., saying", "But her spokesman told"
    clause = _without_leading_time(clause)  # "On Tuesday she signed ..., declaring"
    words = clause.split()
    if words and _uncontracted(words[0]) in PRONOUNS:
        return pronoun.of(_uncontracted(words[0]))
    if _crowd_in_main_clause(clause) or _INDEFINITE_SUBJECT.match(clause):
        return ""  # "the crowd began ..., shouting", "a white gunman killed X ... after shouting": nobody named
    if len(words) > 2 and words[0].lower() == "the" and words[1] in TEXTS_OF_LAW and words[2].islower():
        return ""  # "The resolution condemned Israel's settlements ..., including East Jerusalem, saying": its text
    if len(words) > 1 and words[0].lower() in ("his", "her") and words[1].lower() in SPEAKS_FOR:
        return pronoun.of(words[0])  # "(But) her spokesman told reporters ..., adding"; not "his spokeswoman, X,"
    if len(words) > 2 and words[0].lower() == "the" and words[1].lower() in ORG_NOUNS and words[2].islower() \
            and words[2] not in CONJUNCTIONS:
        return _description(words[:2], names, pronoun)  # "The government withdrew its offer and warned"
    national = NATIONAL_BODY_OPENING.match(clause)
    if national:
        return national["body"]  # "The Georgian government issued a statement ..., saying"
    named = _DESCRIPTION_THEN_NAME.match(clause)
    if named and person_named(named["who"], names):
        return person_named(named["who"], names)  # "The top monitor of the deal, former President X Y, echoed"
    described = _DESCRIBED_SUBJECT.match(clause)
    if described and (is_role_word(described["role"].lower()) or described["role"] in _NATIONALS):
        return _description(described.group().split(), names, pronoun)  # "(But) the Unite leader called"
    spokesperson = _BODY_SPOKESPERSON.match(clause)
    if spokesperson:
        return _description(spokesperson.group().split(), names, pronoun)  # "A government spokesman said ..., adding"
    titled = _sole_title_holder(clause, names)
    if titled:
        return titled  # "The Taoiseach agreed with him and"
    member = _PARTY_MEMBER_SUBJECT.match(clause)
    if member:
        return _description(member.group().split(), names, pronoun)  # "The Arkansas Republican also called ..., but"
    body = _BODY_OPENING.match(clause)
    head = body["body"].removesuffix(body["of"] or "").split()[-1].lower() if body else ""
    if head in ORG_NOUNS or head == "house" and " " in body["body"] and body.group().endswith("ed"):
        # "Labour wants ..., warning", "the White House distributed ..., saying" (not "White House press secretary")
        return names.resolve(split_role(body["body"])[0] or body["body"])
    opening = _person_opening(clause, names)
    if opening:
        return opening  # "Schneiderman spokesman Eric Soufer confirmed ..., and told"
    indefinite = _INDEFINITE_ROLE.match(clause)
    if indefinite and is_role_word(indefinite["role"]):  # "A senior general in South Sudan has resigned ..., accusing"
        return _description(indefinite.group().split(), names, pronoun)
    if len(words) > 1 and words[0].lower() in UNNAMED_GROUPS | {"police"} and words[1].islower():
        return ""  # "Police first identified him as X, but (said)": a group, not the X it names
    kin = _NAME_S_KIN.match(clause)
    if kin and kin["kin"] in KIN:
        return names.by_role(kin["kin"])  # "Ms McLaughlin's mother paid tribute ..., saying": the mother, not her
    found, inside = None, 0
    for match in CAPITALISED_RUN.finditer(clause):
        if match.start() < inside:
            continue  # the rest of a body named in full: "Small Traders" of "the Federation of Small Traders"
        whole = next((b for b in names.bodies if len(b) > len(match.group()) and clause.startswith(b, match.start())
                      and " of " in b), "")
        if whole:
            found, inside = found or names.resolve(whole), match.start() + len(whole)
            continue
        name, role = split_role(match.group())
        if name.lower() in PRONOUNS:
            return pronoun.of(name)  # "Voices from the street He defended his record"
        if _PLURAL_ACRONYM.fullmatch(name):
            break  # "The NGOs said ..., stressing": a group, not a name; nor is any later in the clause
        if name and name.lower() not in NOT_NAMES and not is_plural_role(name):  # not "Former Secretaries (of State)"
            person = person_named(match.group(), names)
            if person:  # "But Shadow chancellor John McDonnell": the person, not a capitalised word; but "Trump said
                return found if found and _speaks(found, names) else person  # that Flynn ...": Trump
            if found is None and (role.split()[-1:] and role.split()[-1].lower().strip(".") in TITLE_WORDS
                                  or name in names.surnames):
                return names.resolve(name)  # "President Trump ... claiming"
            if names.is_proper(name.split()[0]) and name.split()[-1].lower() not in PLACE_NOUNS:
                found = found or names.resolve(name)  # not "Thousands gathered in Victory Square, shouting"
    first = words[0].strip(",.") if words else ""
    if found is None and first[:1].isupper() and first.lower() not in NOT_NAMES | TITLE_WORDS \
            and not names.is_proper(first):
        return ""  # "Thousands gathered ..., shouting": a crowd, nobody in particular
    return found


def _speaks(word: str, names: ArticleNames) -> bool:
    """Whether the article uses a lone capitalised word as a speaker ("Trump said"), as it would a surname."""
    return names.lone_surname(word) and re.search(rf"\b{re.escape(word)} (?:{VERBS})\b", names.text) is not None


_ONE_NAMED = re.compile(rf"(?:[Oo]ne|[Aa]n?) (?:[\w-]+ ){{1,3}}named (?P<who>{CAP_WORD}(?: {CAP_WORD})?) [a-z]")
_AGE_FIRST = re.compile(r"(?:The |A )?(?:[A-Z][a-z]+[ -])?\d*-?[a-z]*-year-old ")  # "Thirty six-year-old Nikki Alldis"


def _person_opening(sentence: str, names: ArticleNames) -> str:
    """The person a sentence opens with as its subject ("After the final, Wawrinka apologized.", "Mrs Lawlor's
    daughter, Geraldine Eaton, said", "In late October, then-candidate Pence lauded"), or "" when there is none or
    another person in it speaks."""
    dateline = DATELINE.match(sentence)  # "Avila Park, Dublin, Ireland --In a shed, James Collins sits"
    sentence = sentence[dateline.end():] if dateline else sentence
    sentence = _ABBREVIATED_TITLE.sub(r"\1 ", sentence)  # "Rep. David Young" reads as one run of capitals
    kin = _OWNER_KIN_NAME.match(sentence)
    if kin and (kin["kin"] in KIN or is_role_word(kin["kin"])) and person_named(kin["who"], names):
        return person_named(kin["who"], names)  # "Masood's mother Janet Ajao issued a statement"
    if kin and kin["kin"] in KIN and " " not in kin["who"]:
        return names.resolve(kin["who"])  # "Owens' father, Bill, has denounced": a relative by his first name
    placed = _ROLE_IN_PLACE_THEN_NAME.match(sentence)
    if placed and is_role_word(placed["role"]) and placed["role"] not in SPEAKS_FOR \
            and (person := person_named(placed["who"], names)):
        return person  # "Sinn Fein leader in Northern Ireland Michelle O'Neill, however, claimed"
    shared = _ROLE_OF_TWO_THEN_NAME.match(sentence)
    if shared and is_role_word(shared["role"]) and (person := person_named(shared["who"], names)):
        return person  # "Former Leicester and England striker Gary Lineker expressed"
    apposed = _ROLE_OF_BODY_THEN_NAME.match(sentence)
    if apposed and is_role_word(apposed["role"]) and (person := person_named(apposed["who"], names)):
        return person  # "The press spokesperson for the Russian Orthodox Church, Wachtag Kipshidze, has tried"
    topic = _AS_FOR.match(sentence)
    if topic and (person := person_named(topic["who"], names)):
        return person  # "As for Misael Lopez, he's living modestly in Spain"
    opened = OPENING_PHRASE.sub("", sentence, count=1)
    named = _ONE_NAMED.match(opened)
    if named and (person := person_named(named["who"], names) or names.resolve(named["who"])):
        return person  # "In the report, one father named Firas recounted"
    opened = _SUBORDINATE_OPENING.sub("", opened, count=1)  # "In 2014, before he joined the CBO, Hall co-wrote"
    for opening in dict.fromkeys((sentence, _without_role(opened), _GROUP_LIKE.sub("", sentence, count=1),
                                  _PARTICIPLE_CLAUSE.sub("", sentence, count=1),
                                  _PARTICIPLE_CLAUSE.sub("", opened, count=1),
                                  _FRONTED_DESCRIPTION.sub("", sentence, count=1),
                                  _FRONTED_PLACES.sub("", sentence, count=1), _AGE_FIRST.sub("", sentence, count=1),
                                  _OWNER_OF_ROLE.sub("", sentence, count=1))):  # (each different opening once)
        titled = _TITLE_THEN_PERSON.match(opening)
        joined = titled["title"].split(" and ")[0] if titled and " and " in titled["title"] else ""
        if joined and not is_role_word(joined.split()[-1].lower()):
            titled = None  # "Prime Minister Theresa May and Foreign Secretary Boris Johnson": two people
        if titled and any(is_role_word(word.lower()) for word in titled["title"].split()) \
                and person_named(titled["who"], names):
            return person_named(titled["who"], names)  # "Minister for Foreign Affairs Charlie Flanagan has"
        run = CAPITALISED_RUN.match(opening)
        owner = _POSSESSOR.match(opening)
        named = owner["named"].split() if owner and re.fullmatch(rf"(?:{VERBS})|\w+ed", owner["head"]) else []
        member = len(named) > 1 and person_named(" ".join(named), names)  # not "Mr Tillerson's East Asian tour"
        if member:
            return member  # "Fine Gael's Josepha Madigan accused": the person, not her party
        if owner and not is_role_word(owner["head"]):
            titled = re.fullmatch(r"(?:Mr|Mrs|Ms|Dr)\.? (?P<surname>\S+)", owner["owner"])
            spoken = owner["head"] in ("words", "voice", "account") and names.lone_surname(owner["owner"])
            person = person_named(owner["owner"], names) or (titled["surname"] if titled else "") or (
                owner["owner"] if spoken else "")  # "Madasani's words are heartrending" (but "Japan's top diplomat")
            if person:
                return person  # "Tillerson's Beijing visit followed his remarks", "Mr Wilders' lead vanished"
        if run and re.search(r"['’]s$", run.group()):
            apposition = re.match(r"[^,]{0,60}, ", opening[run.end():])
            run = apposition and CAPITALISED_RUN.match(opening, run.end() + apposition.end())
        apposed = run and _ROLE_THEN_APPOSED.match(opening, run.end())
        if apposed and is_role_word(apposed["role"].split()[-1]) and person_named(apposed["who"], names):
            return person_named(apposed["who"], names)  # "Amnesty International's East Africa chief, Muthoni Wanyeki,"
        role = run and _ROLE_THEN_NAME.match(opening, run.end())
        if role and is_role_word(role["role"].split()[-1]):  # "press secretary", "chief negotiator"
            run = CAPITALISED_RUN.match(opening, role.end())  # "Kremlin spokesman Dmitry Peskov declined"
        if run and re.match(r"(?:,|\s+[a-z]|\s+[-–—]\s|\s+\(\d{1,3}\)\s+[a-z])", opening[run.end():]):  # "Isabel dos
            # Santos - reported to be", "Pence (57) is"
            person = person_named(run.group(), names)
            if person:
                speakers = {person_named(m["who"], names) for m in _NAME_BEFORE_VERB.finditer(sentence)
                            if not _PREPOSITION_OBJECT.match(m["who"])}  # not "who works for The Young Turks, a
                # network, warned": an object is no subject
                return person if speakers <= {person, ""} else ""
    return ""


def _without_subheading(sentence: str) -> str:
    """A sentence without a lower-case subheading glued before its subject ("New arrivals Trump was right") or
    before its opening phrase ("Hike in defense spending On defense, Le Pen reiterated")."""
    before_opening = _HEADING_BEFORE_OPENING.match(sentence.lstrip())
    if before_opening:
        return sentence.lstrip()[before_opening.end():]
    heading = _GLUED_SUBHEADING.match(sentence)
    if not heading or _NOT_IN_SUBHEADINGS.search(heading["words"]) or any(map(is_role_word, heading["words"].split())):
        return sentence  # (not "Former chief White House ethics lawyer Richard Painter")
    return sentence[heading.end():]


def _crowd_in_main_clause(sentence: str) -> bool:
    """Whether a crowd is the subject after an opening clause ("As Gaetz took the microphone, the crowd began")."""
    main = sentence.rsplit(", ", 1)[-1].split()
    if len(main) > 1 and main[0].lower() == "the" and main[1].lower() in CROWDS:
        return True
    return bool(_COUNTED_CROWD.match(sentence))  # "A few dozen protesters made their voices heard, calling ..."


def opening_subject(sentence: str, names: ArticleNames, pronoun: "Referents") -> str | None:
    """The speaker a sentence opens with as its subject, for words it quotes without a reporting verb
    ("Warren welcomed the "...", "He has called for an end to the "..."", "The UN chief was sceptical of ..."),
    "" when that subject is a group nobody can search for ("Mourners began to shout "...""), or None when it opens
    with no one."""
    headed = _person_after_heading(sentence, names)
    if headed:
        return headed
    sentence = QUOTED_SUBHEADING.sub("", sentence)
    after_colon = sentence.rsplit(": ", 1)[-1].strip()  # not a heading's "Trump's new travel ban blocked: What"
    sentence = _HEADING_BEFORE_OPENING.sub("", after_colon or sentence.lstrip())  # but "Trump tweets: "
    for_whom = _FOR_WHOM.match(sentence)
    if for_whom:
        male = for_whom["pronoun"] == "him" or for_whom["owner"] == "his"  # "For him, the action is a reminder of",
        return pronoun.of("he" if male else "she")  # "In his view, Palestinians should never ... because "...""
    opened = _PARTICIPLE_OPENING.sub("", OPENING_PHRASE.sub("", sentence, count=1), count=1)
    words = _without_leading_time(opened).split()  # ("On Thursday he issued a threat that "..."")
    if words and _uncontracted(words[0]) in ("he", "she"):
        return pronoun.of(_uncontracted(words[0]))
    if words and words[0].lower() in UNNAMED_GROUPS | CROWDS or _crowd_in_main_clause(sentence) \
            or _COUNTED_GROUP.match(" ".join(words)):
        return ""
    opening = _SUBJECT_ASIDE.sub("", " ".join(words))  # "The Department of Justice (DOJ), however, dives"
    described = _DESCRIBED_SUBJECT.match(opening)
    if described and is_role_word(described["role"].lower()):
        return _description(described.group().split(), names, pronoun) or None
    spokesperson = _BODY_SPOKESPERSON.match(opening)
    if spokesperson:  # "A White House spokesman offered this statement ...: "...""
        return subject(spokesperson.group(), names, pronoun) or None
    document = _DOCUMENT_OPENING.match(opening.strip())
    if document:
        return subject(document.group(), names, pronoun) or None
    kind = _KIND_THEN_NAME.match(opening)
    if kind:
        return names.resolve(kind["name"])  # "The non-partisan fact-checking organization Politifact has rated"
    national = NATIONAL_BODY_OPENING.match(opening)
    if national:
        return national["body"]  # "The German government hopes for a "...""
    body = _BODY_S_THING_OPENING.match(opening) or _BODY_OPENING.match(opening)  # ("The X Commission's terms of
    # reference defined them as a "..."")
    head = body and body["body"].removesuffix(body["of"] or "").split()[-1]  # "Department of Justice": Department
    if body and (head.lower() in ORG_NOUNS or _ACRONYM.fullmatch(body["body"])):
        return names.resolve(body["body"])  # "the Secret Service detained the man and "...", "The EU takes note"
    return _person_opening(sentence, names) or None


def _without_leading_time(phrase: str) -> str:
    """A phrase without the time that opens it without a comma ("Last year the company", "On Thursday he")."""
    day = _LEADING_DAY.match(phrase[:1].lower() + phrase[1:])
    return phrase[day.end():] if day else phrase


def _without_role(opening: str) -> str:
    """An opening without the lowercase role before its name: "Pence lauded" for "then-candidate Pence lauded"."""
    role = _LOWERCASE_ROLE.match(opening)
    return opening[role.end():] if role and is_role_word(role["role"]) else opening


def _sentence_before(text: str, start: int, begin: int) -> int:
    """Where the sentence before the one starting at `start` starts, not before `begin`."""
    return start_of_sentence(text, max(begin, start - 2), begin)


def _recent_subject(text: str, begin: int, end: int, names: ArticleNames, last_end: int) -> str:
    """The person opening the sentence that holds `end`, or else the sentence before it, when the last speaker was
    not quoted since: a new subject takes "he" from an earlier speaker."""
    here = start_of_sentence(text, end, begin)
    for start, stop in ((here, end), (_sentence_before(text, here, begin), here)):
        if start == here and _PRONOUN_CUE.search(text, start, stop):
            continue  # "Masood kept to himself, she said, adding:": "she" is not Masood
        if start < stop and last_end <= start:
            reaction = _REACTION_FROM.search(text, start, stop)  # "X's taunt prompted an angry reaction from Y."
            person = person_named(reaction["who"], names) if reaction else _person_opening(
                text[start:stop], names) or _person_after_heading(text[start:stop], names) or _person_opening(
                _without_subheading(text[start:stop]), names)  # "READ MORE: Famine declared in part of Unity state
            # Nyangen Chuol, 30, keeps", "New arrivals Trump was right", "Hike in defense spending On defense, Le Pen"
            if person:
                return person
    return ""


def _subject_chain(text: str, here: int, begin: int, names: ArticleNames, gender: str,
                   quoted: tuple[str, int]) -> str:
    """The person named as the subject of the sentence that the sentences before `here` go on about, when each of
    them opens with "he" or "she" or a description ("Mr Sessions was ... But he was ... The former Alabama senator
    also had ... He insists"), or the `quoted` speaker whose quotation ends the sentence they go back to (`"...!"
    Later on, he performed ... And he lived ...`); else ""."""
    (last_speaker, last_end), start, links = quoted, here, 0
    for _ in range(CHAIN_SENTENCES):
        if start <= begin:
            break
        start, stop = _sentence_before(text, start, begin), start
        sentence = OPENING_PHRASE.sub("", _LEADING_CONJUNCTION.sub("", text[start:stop].lstrip()), count=1)
        person = _person_opening(sentence, names)
        if person:  # (not "Mr Rutte's victory was ...": the subject is no person; but "X's eyes fill with tears
            # when he speaks")
            owned = re.match(rf"(?:[\w.]+ ){{0,3}}{re.escape(person.split()[-1])}['’]s?\s", sentence)
            own_pronoun = re.search(rf"\b(?:when|whenever|as|while) {'she' if gender == 'f' else 'he'}\b", sentence)
            linked = links and not owned or owned and own_pronoun
            return person if linked and names.could_be(person, gender) else ""
        opening = _CHAIN_OPENING.match(sentence)
        if opening and opening["pronoun"] and GENDER_OF[opening["pronoun"].lower()] != gender:
            continue  # "X's eyes fill with tears when he speaks about his mother. She died ...": about someone else
        described = opening and not opening["pronoun"] and any(
            word in TITLE_WORDS or word in names.roles for word in opening["words"].split())
        if not (opening and opening["pronoun"]) and not described and not start <= last_end <= stop \
                and not _names_someone(sentence, names):
            continue  # "He believes ... The top 10 Chinese tycoons control 1 percent. "...," he says": a sentence about
            # no one leaves the chain whole
        if not opening or (GENDER_OF[opening["pronoun"].lower()] != gender if opening["pronoun"] else not described):
            spoke_last = links and last_speaker and start <= last_end <= stop and _a_person(last_speaker, names)
            return last_speaker if spoke_last and names.could_be(last_speaker, gender) else ""
        links += 1
    return ""


def _unnamed_at_chain_start(text: str, start: int, begin: int, gender: str) -> bool:
    """Whether the sentences before `start` that open with "he" or "she" go back to one opening with a man or woman
    the article does not name ("A Jewish man shows off ... The man says ... But he's well educated ...")."""
    for _ in range(CHAIN_SENTENCES):
        raw = text[start:end_of_sentence(text, start + 1, len(text))].lstrip()
        sentence = OPENING_PHRASE.sub("", raw, count=1)
        plain = _PLAIN_PERSON_OPENING.match(sentence)
        if plain and _GENDER_OF_UNNAMED.get(plain["noun"]) == gender:
            return plain["a"] is not None or _ANONYMOUS.match(sentence, plain.end()) is not None or _introduces_unnamed(
                text, max(begin, start - LOOK_BACK_CHARS), start, plain["noun"])
        if not (_opens_with_pronoun(raw) or _opens_with_pronoun(sentence)) or start <= begin:
            return False
        start = _sentence_before(text, start, begin)
    return False


def _opens_with_pronoun(sentence: str) -> bool:
    """Whether a sentence opens with "he" or "she" ("But he was")."""
    opening = _CHAIN_OPENING.match(sentence)
    return bool(opening and opening["pronoun"])


def _introduces_unnamed(text: str, start: int, end: int, noun: str) -> bool:
    """Whether the text between `start` and `end` brings in someone by this noun and no name ("a man told Reed",
    "Cotton heard from a woman whose husband ..."), whom "the man" then means."""
    return re.search(rf"(?<!\bis )(?<!\bwas )(?<!\bas )(?<!\bbe )\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){{0,2}}{noun}\b"
                     rf"(?!,?\s+(?:named\b|called\b|[A-Z]))", text[start:end]) is not None  # (not "He is a strong
    # diplomat" or "believes to be a strong diplomat", a named person's description)


def _names_someone(sentence: str, names: ArticleNames) -> bool:
    """Whether a sentence names a person the article knows."""
    return any(person_named(match.group(), names) for match in CAPITALISED_RUN.finditer(sentence))


def _plural_role(word: str) -> bool:
    """Whether a word names several people by what they are ("ministers", "reporters"; not "comments")."""
    single = word[:-1]
    return word.islower() and word.endswith("s") and is_role_word(single) and (
        single in _PERSON_NOUNS or single.endswith(("er", "or", "ist", "ian")))


def _speaking_name(word: str, sentence: str, names: ArticleNames) -> bool:
    """Whether a word that only ever opens sentences is still a name: one the article repeats, opening a sentence
    where it speaks ("Haley went on to say"), and no group, body or place word ("Officials said", "Police said")."""
    return bool(CUE_VERB.match(sentence, len(word) + 1)) and names.text.count(word) >= 2 \
        and PERSON_WORD.match(word) is not None and word.lower() not in _NO_LONE_NAMES


def _spokes_of(gender: str | None, introduced: re.Match | None) -> bool:
    """Whether "a spokesman (spokeswoman) for X" introduced someone "he" ("she") can mean."""
    return bool(introduced) and f" {'spokeswoman' if gender == 'f' else 'spokesman'} " in f" {introduced.group()} "


def _a_person(name: str, names: ArticleNames) -> bool:
    """Whether a speaker's name is a person's ("Karl Obst", "Spicer"), not a body's ("Indianapolis Star", "AMISOM")."""
    return not (name.isupper() or name.split()[-1].lower() in ORG_NOUNS | PLACE_NOUNS or name in names.bodies
                or "&" in name
                or " " not in name and name in names.kinds.values())  # (a lone word named as a body: "The travel
    # trade organisation, Abta,")


def _pronoun_target(text: str, begin: int, end: int, names: ArticleNames, last_speaker: str, last_end: int,
                    gender: str | None = None) -> str:
    """Who "he" or "she" most likely is at `end`: a person who opens this sentence or the one before, when the last
    speaker was not quoted since; else, looking back two sentences, the last speaker if they were quoted there; else
    the subject that sentences opening with "he" or a description go back to; else the last person said to speak in
    the two sentences, the last person named there, or else the last speaker. A person the article
    has shown to be of the other gender is passed over."""
    bodies = set(names.bodies)  # "the company Desarrollos Energeticos" is never "she"

    def fits(person: str) -> bool:
        return bool(person) and names.could_be(person, gender) and person not in PLACES_LIKE_NAMES \
            and person not in bodies \
            and person.split()[-1].lower() not in FIRM_SUFFIXES and not names.only_after_the(person)  # "he" is not
        # "Hong Kong", nor "X Chemical Industry Co", nor "the Golden Globes"

    # "he" after "..., according to station WPVI" is still the person the sentence opened with
    quoted_since = -1 if gender and last_speaker and not _a_person(last_speaker, names) else last_end
    recent = _recent_subject(text, begin, end, names, quoted_since)
    here = start_of_sentence(text, end, begin)
    before = _sentence_before(text, here, begin)
    if recent and gender and re.match(rf"[\"“]\s*{'She' if gender == 'f' else 'He'}\b", text[end:end + 8]):
        opener = CAPITALISED_RUN.match(text[before:here].lstrip())
        if opener and person_named(opener.group(), names) == recent:
            recent = ""  # not `X remains a figure. "He was Mr Europe," he says`: X is talked about, not the speaker
    if recent and recent not in PLACES_LIKE_NAMES and (gender is None or names.could_be(recent, gender)):
        return recent  # (not "South Korea does not "...," he says")
    aged = _NAME_AND_AGE_END.search(text, before, here) if gender else None
    if aged and fits(person := person_named(aged["who"], names)):
        return person  # `..., among them Yin Pingping, 29. "After I finished ...," she says`: the one just introduced
    if gender and re.match(rf"\s*{'She' if gender == 'f' else 'He'}\s", text[before:here]):
        before = _sentence_before(text, before, begin)  # "One woman described it. She told the committee ..."
    relative = _UNNAMED_RELATIVE.match(text, before, here)
    unnamed = _UNNAMED_SUBJECT.match(text, before, here) or (  # (not "Nie's father, Nie Xuesheng, ... The father")
        relative if relative and relative["noun"] not in names.named_kin else None)
    if unnamed and gender and gender in _GENDER_OF_UNNAMED.get(unnamed["noun"], "fm"):
        return ""  # "One 36-year-old woman told Reuters ... "...," she said": nobody the article names
    kin = _UNNAMED_KIN_SPOKE.search(text, before, here) if gender else None
    if kin and kin["noun"] not in names.named_kin and _GENDER_OF_UNNAMED[kin["noun"]] == gender:
        return ""  # "In an interview, his wife said he was "...". "He's ...," she said": the wife, whom the article
        # does not name
    if gender and _unnamed_at_chain_start(text, before, begin, gender):
        return ""  # "The man, who asked not to be identified, ... He's pictured the moment ... "...," he says"
    source = _UNNAMED_SOURCE.search(text, before, here)
    if source and gender and not any(person_named(m.group(), names) for m in CAPITALISED_RUN.finditer(
            text, source.end(), here)):  # (a person named before it, "X will go, an official told TASS", is not "he")
        return ""  # "..., according to a diplomat involved in the talks, ... "...," he said": that diplomat
    window = here
    for _ in range(PRONOUN_SENTENCES):
        window = _sentence_before(text, window, begin)
    if last_speaker and last_end >= window and (gender is None or names.could_be(last_speaker, gender) and (
            _a_person(last_speaker, names) or _spokes_of(gender, _SPOKESPERSON_FOR.search(text, window, here)))):
        return last_speaker  # "he" is not the newspaper that reported last, but may be a body's spokesman
    chained = _subject_chain(text, here, begin, names, gender, (last_speaker, last_end)) if gender else ""
    if chained:
        return chained
    segment = text[window:end]
    for match in reversed(list(_NAME_BEFORE_VERB.finditer(segment))):
        words = match["who"].split()
        appos = (match["appos"] or "").strip()  # "Russia's ambassador to Seoul, Aleksandr Timonin, told"
        apposed = person_named(appos, names) if CAPITALISED_RUN.fullmatch(appos) else ""
        person = apposed or person_named(match["who"], names) or (  # "The Pope said" after "Pope Francis"
            names.by_role(words[-1].lower()) if words[0].lower() == "the" else "") or (
            words[-1] if names.lone_surname(words[-1]) else "")  # "Spicer denied", in an article without "Sean"
        if fits(person) or (person and gender is None):
            return person
        affiliated = _NAME_FROM_BODY.search(segment, 0, match.end())  # "Vince Grey from Thames Valley Police said"
        if affiliated and person_named(affiliated["who"], names):
            return person_named(affiliated["who"], names)
    unquoted = segment if segment.count('"') % 2 else blank_quoted(segment)  # not "he" the title "An Inconvenient ..."
    mentioned = [person_named(m.group(), names) for m in reversed(list(CAPITALISED_RUN.finditer(unquoted)))
                 if not _ARTICLE_END.search(unquoted, max(0, m.start() - 4), m.start())]  # (not "an Elvis Presley
    # impersonator")
    for person in mentioned:  # someone the article has shown to be "he" (or "she") first
        if person and gender is not None and names.gender.get(person) == gender:
            return person
    for person in mentioned:
        if fits(person) or (person and gender is None):
            return person
    if gender is not None:  # further back, someone the article has shown to be "he" (or "she")
        wider = window
        for _ in range(GENDER_SENTENCES):
            wider = _sentence_before(text, wider, begin)
        for match in reversed(list(CAPITALISED_RUN.finditer(text, wider, window))):
            person = person_named(match.group(), names)
            if person and names.gender.get(person) == gender:
                return person
    if gender is not None and _unvoiced_body(last_speaker, names) and not _SPOKES_WORD.search(text, begin, end):
        return ""  # "..., the Defense Ministry said. "...," he said": someone the article does not name
    return last_speaker if gender is None or names.could_be(last_speaker, gender) and last_speaker[:1].isupper() \
        else ""  # not "the police" for "she"


def _unvoiced_body(name: str, names: ArticleNames) -> bool:
    """Whether `name` is a body ("Eastmark Defense Ministry"), which "he" or "she" can mean only through a spokesman."""
    return name in names.bodies or name.rpartition(" ")[2].lower() in ORG_NOUNS


def _profiled_before(text: str, here: int, names: ArticleNames, last_end: int) -> str:
    """The person a profile introduces a few sentences before `here` ("Fan Qianyi, 37, is the dive center coach. A
    former merchandiser, she ... Over the past few years, the job has taken her ..."), when the sentences between
    name nobody else and report no speech; else ""."""
    start = here
    for _ in range(PROFILE_SENTENCES):
        before = _sentence_before(text, start, 0)
        if before >= start or last_end > before:
            break
        sentence = text[before:start].lstrip()
        intro = _PROFILE_INTRO.match(sentence)
        if intro:
            return person_named(intro["who"], names)
        if CUE_VERB.search(sentence) or any(person_named(m.group(), names) for m in CAPITALISED_RUN.finditer(sentence)):
            break
        start = before
    return ""


_PROFILE_INTRO = re.compile(rf"(?P<who>{CAP_WORD}(?: {CAP_WORD}){{1,3}})(?:, \d{{1,3}},)? is (?:a|an|the) ")
PROFILE_SENTENCES = 4
_ARTICLE_END = re.compile(r"\b(?:a|an)\s+$")
_NAME_AND_AGE_END = re.compile(rf"\b(?P<who>{CAP_WORD}(?: {CAP_WORD}){{1,2}}), \d{{1,3}}\.\s*$")


class Referents:
    """Who a pronoun at one place in the text refers to, worked out only when a pronoun is met."""

    def __init__(self, text: str, begin: int, end: int, names: ArticleNames, last_speaker: str, last_end: int) -> None:
        self._args = (text, begin, end, names, last_speaker, last_end)
        self._found: dict[str | None, str] = {}

    def last_body(self, head: str) -> str:
        """The body named last before this place, of the kind `head` says ("the ministry"), or of any kind for a
        word that fits every body ("the group", "the agency")."""
        text, begin, end, names = self._args[:4]
        for match in reversed(list(CAPITALISED_RUN.finditer(text, max(0, end - LOOK_BACK_CHARS), end))):
            run = re.sub(r"['’]s$", "", match.group())  # "the Russian Defense Ministry's press service said"
            words = run.split()
            last = words[-1].lower()
            if len(words) == 1 and (last == head or last in ANY_BODY | COMPANY_ENDINGS):
                continue  # "our Agency issued laptop", "under the Channel": the word alone, capitalised, names no body
            if head in COMPANY_WORDS and last not in COMPANY_ENDINGS:
                continue
            if head != last and last in ("city", "county", "municipality"):
                continue  # "the agency" is not the "New York City" named since the "Secret Service"
            if (last in ORG_NOUNS or last == "international" and len(words) > 1 or head in COMPANY_WORDS) \
                    and (last == head or head in ANY_BODY):  # (the firm's own endings: "Dunnes Stores", "X Airways")
                return names.resolve(split_role(run)[0] or run)  # (also "Amnesty International")
        return ""

    def last_described_body(self, head: str) -> str:
        """The body last described in lower case after a capitalised word before this place ("the Russian foreign
        ministry reported") that "the ministry" means, or ""."""
        text, _, end = self._args[:3]
        pattern = re.compile(rf"\b[Tt]he ([A-Z][\w-]+ (?:(?!the\b)[a-z-]+ ){{0,2}}{head})\b")  # not "the Lords
        found = list(pattern.finditer(text, max(0, end - LOOK_BACK_CHARS), end))  # requires the government"
        return found[-1][1] if found else ""

    def last_firm(self, kind: str = "") -> str:
        """The firm named last before this place after its trade ("Tour operator TUI", "technology giant Google"),
        of this kind if one is given ("the operator"), within the distance "the company" looks back, or ""."""
        text, _, end = self._args[:3]
        found = [match for match in TRADE_THEN_NAME.finditer(text, max(0, end - LOOK_BACK_CHARS), end)
                 if match["kind"] == kind or not kind]
        return found[-1]["name"] if found else ""

    def holder_spoke_last(self, role: str) -> str:
        """The last speaker, when the article gives them this role among others ("says the president" after
        "says Kaddu Sebunya, president of the AWF", where the article also names "President Xi Jinping"), or ""."""
        names, last_speaker = self._args[3], self._args[4]
        holders = names.holders.get(role, set())
        return last_speaker if last_speaker in holders and len(holders) > 1 else ""

    def named_before(self, person: str) -> bool:
        """Whether the article names this person before this place: "the diplomat said" seldom means "Algerian
        diplomat Lakhdar Brahimi", named only further on."""
        return person.split()[-1] in self._args[0][:self._args[2]]

    def spoken_for(self) -> str:
        """Whom "the spokesman" speaks for: the person or body of the last "a spokesman for X" before this place."""
        text, _, end, names = self._args[:4]
        introduced = None
        for introduced in _SPOKESPERSON_FOR.finditer(text, max(0, end - LOOK_BACK_CHARS), end):
            pass
        who = _description(["a", *introduced.group().split()], names, self) if introduced else ""
        return who if who and who[:1].isupper() else ""  # not "the local" for "a spokesman for the local services"

    def until(self, end: int) -> "Referents":
        """The referents for a pronoun earlier in the sentence, before `end` ("He warned that Mr Rutte ...": not
        Rutte)."""
        text, begin, own_end, names, last_speaker, last_end = self._args
        return self if end >= own_end else Referents(text, begin, end, names, last_speaker, last_end)

    def met_unnamed(self, noun: str) -> bool:
        """Whether one of the last few sentences brought in someone by this noun and no name ("a man told Reed",
        "Cotton heard from a woman whose husband ..."), whom "the man" or "the first woman" then means."""
        text, _, end = self._args[:3]
        start = start_of_sentence(text, end, 0)
        for _ in range(GENDER_SENTENCES):
            start = _sentence_before(text, start, 0)
        return _introduces_unnamed(text, start, end, noun)

    def met_anonymous(self, noun: str) -> bool:
        """Whether the article brought in someone by this noun who would not be named ("An auto analyst ..., who
        spoke on condition of anonymity,"), whom "the analyst" then means."""
        text, _, end = self._args[:3]
        if "anonymity" not in text and "to be named" not in text and "to be identified" not in text:
            return False  # (a quick look first: the pattern below is slow on long articles)
        introduced = rf"\b[Aa]n? (?:[\w-]+ ){{0,3}}{re.escape(noun)}\b[^.\"“”]{{0,80}}"
        return re.search(introduced + _WOULD_NOT_BE_NAMED, text[:end]) is not None

    def named_official(self) -> str:
        """The person who spoke last, when the article before this place introduces no unnamed official ("a senior
        official", "officials said": every "official" in it is "the official"); else ""."""
        text, _, end, names, last_speaker = self._args[:5]
        if last_speaker not in names.full:
            return ""
        return last_speaker if all(
            match.group().lower() == "official" and text[max(0, match.start() - 4):match.start()].lower() == "the "
            for match in _OFFICIAL_WORD.finditer(text, 0, end)) else ""

    def introduced_as(self, noun: str) -> str:
        """The name the article last gave right after a kind of body ("the international rating agency S&P") before
        this place: what "the agency" means, rather than the last body of any kind."""
        if noun not in ANY_BODY:
            return ""
        text, _, end, names = self._args[:4]
        found = None
        for found in re.finditer(rf"\b{noun} (?P<name>[A-Z][\w&.'’-]*(?:(?: | & | of | to | for )[A-Z][\w&.'’-]*)*)",
                                 text[:end]):  # ("Standard & Poor's", "Say NO to KHTO")
            pass
        return names.resolve(found["name"].rstrip(".")) if found else ""

    def press_service_owner(self) -> str:
        """The body of the last "press service of X" before this place, whose words "the press service" gives."""
        text, _, end, names = self._args[:4]
        found = None
        for found in _PRESS_SERVICE_OF.finditer(text, 0, end):
            pass
        owned = None
        for owned in _BODY_S_PRESS_SERVICE.finditer(text, found.end() if found else 0, end):
            pass  # "the National Guard's press office told TASS"
        if owned:
            return names.resolve(owned["body"])
        return _press_body(found["body"], names) if found else ""

    def last_named(self, noun: str) -> str:
        """The last name of two words or more ending in `noun` before this place ("Amsterdam Schiphol Airport" for
        "the airport"), or ""."""
        text, _, end = self._args[:3]
        named = [match.group() for match in CAPITALISED_RUN.finditer(text, max(0, end - LOOK_BACK_CHARS), end)
                 if len(match.group().split()) > 1 and match.group().split()[-1].lower() == noun]
        return named[-1] if named else ""

    def airline(self) -> str:
        """The airline the article names first before this place (the one it is about, not "a Comair Airways plane"
        it recalls later): a name ending in "Airlines", "Airways" or "Air", or one before "plane", "flight" or "jet"
        ("the Regional Express (Rex) plane"), or ""."""
        text, _, end = self._args[:3]
        named = next((match.group() for match in CAPITALISED_RUN.finditer(text, 0, end)
                      if match.group().split()[-1] in ("Airlines", "Airways", "Air", "Airline")
                      or _BEFORE_AIRCRAFT.match(text, match.end())), "")
        words = named.split()
        while len(words) > 1 and words[0].lower() in _NO_LONE_NAMES:
            words.pop(0)  # "A", "The", "Five Regional Express Airlines planes"
        return self._args[3].resolve(" ".join(words)) if named else ""

    def in_lede(self) -> bool:
        """Whether this place is in the article's first sentence, where a description often stands for a person
        the article names later ("A Republican congressman from Texas told ...")."""
        text, _, end = self._args[:3]
        return start_of_sentence(text, end, 0) == 0

    def named_next(self, role: str) -> str:
        """The person who opens one of the few sentences after this one, or signs its quotation: whom a lede's
        description by `role` means when the article names nobody before it ("Scotland's first minister has said
        ... Nicola Sturgeon continued", "..., Malaysia's police chief said. "...," Khalid Abu Bakar said"); but not
        one the article gives another role ("Prime Minister X disagreed")."""
        text, _, end, names = self._args[:4]
        start, seen = end_of_sentence(text, end, len(text)), 0
        while seen < LATER_SENTENCES and start < len(text):
            stop = end_of_sentence(text, start + 1, len(text))
            sentence = text[start:stop].lstrip(".…\"”’'").lstrip()  # (the last one's closing mark)
            seen += len(sentence) > 1
            sentence = _LEADING_CUE.sub("", blank_quoted(sentence).lstrip(" ,?"))  # `"...," (said) Khalid Abu Bakar`
            opening = _LONE_NAME_OPENING.match(sentence)  # "Haley went on to say", in an article without "Nikki"
            opening = opening if opening and opening["name"].lower() not in _NO_LONE_NAMES else None  # not "The"
            person = _person_opening(sentence, names) or (opening["name"] if opening and (
                names.lone_surname(opening["name"]) or _speaking_name(opening["name"], sentence, names)) else "")
            if person:  # (not "Prime Minister X" for "Westland's first minister")
                posts = {word for word, holder in names.roles.items() if holder == person}
                return "" if posts & _POSTS - set(role.lower().split()) else person
            start = stop
        return ""

    def described(self, role: str = "") -> str:
        """Who a description without a name of its own ("the actor", "the 31-year-old striker") most likely is:
        whom "they" would be, unless that is the subject of this very sentence ("X opened an inquiry into Y, a day
        after the lawmaker argued"), then the person named last before it; in a lede that names nobody before it,
        the person named next for the description's `role` ("..., the new US ambassador said. ... Haley went on")."""
        text, begin, end, names = self._args[:4]
        here = start_of_sentence(text, end, begin)
        subject = _person_opening(text[here:end], names)
        gender = _GENDER_OF_UNNAMED.get(role, "")  # "the woman says": "she", never the "Bon Secours" order
        found = self.of({"f": "she", "m": "he"}.get(gender, "")) or (self.named_next(role) if self.in_lede() else "")
        if found and found == subject:
            for match in reversed(list(CAPITALISED_RUN.finditer(text, here, end))):
                word = match.group()
                person = person_named(word, names) or (
                    word if names.lone_surname(word) and not DEMONYM.search(word) else "")  # not "Polish"
                if person and person != subject:
                    return person
        return found

    def sender(self, document: str) -> str:
        """Who issued the document "the letter read" means: the subject of a recent sentence that says they sent
        one ("Sen. Lindsey Graham and Sen. X sent a letter to ..."), else whoever "it" is."""
        text, begin, _, names = self._args[:4]
        sent = self._last_recent(_SENT_DOCUMENT)
        if sent and (sent["document"].lower() == document or {sent["document"].lower(), document} <= _STATEMENTS):
            who = sentence_subject(text[start_of_sentence(text, sent.start(), begin):sent.start()], names, self)
            if who:
                return who
        author = self.author(document)
        if author:
            return author
        unnamed = None
        for unnamed in _DOCUMENT_OF_UNNAMED.finditer(text, 0, self._args[2]):
            pass
        if unnamed and unnamed["document"].lower() == document:
            return unnamed["body"]  # "the statement said" after "according to a statement by the culture ministry"
        last_speaker, last_end = self._args[4:6]
        if last_speaker and re.match(rf"[^.]{{0,120}}\bin (?:an?|its|his|her|their) {document}\b",
                                     text[last_end:self._args[2]]):
            return last_speaker  # "..., the operator said in a statement. ... "...," the statement said."
        return self.of("it")

    def author(self, document: str) -> str:
        """Who wrote the document "the statement says" means, when a recent sentence names them ("a statement from
        the ministry"), or ""; for a report or study ("the report says"), the author of the last one the article
        introduced before here ("the new report by U.N. chief Antonio Guterres")."""
        if document in STUDIES:
            return self._study_author(STUDIES[document])
        authored = self._last_recent(_DOCUMENT_BY) or self._last_recent(_BODY_S_DOCUMENT)
        if authored and authored["document"].lower() == document:
            return subject(authored["author"], self._args[3], self) or ""
        posted = self._last_recent(_POSTED_BY) if document in ("post", "tweet") else None
        return (subject(posted["author"], self._args[3], self) or "") if posted else ""

    def _study_author(self, kind: str) -> str:
        """The author of the last report (or study, or survey: `kind`) the article introduces before here, outside
        quotations (a speaker's "the UN's analysis of the situation" introduces no report)."""
        text, _, end, names = self._args[:4]
        unquoted = blank_quoted(text[:end]) if text.count('"', 0, end) % 2 == 0 else text
        last = None
        for pattern in _STUDY_MENTIONS:
            for found in pattern.finditer(unquoted, 0, end):
                if STUDIES[found["document"]] != kind or _CALENDAR_WORD.fullmatch(found["author"].split()[0]):
                    continue  # "Monday's report", "The January report"
                if last is None or found.start() > last.start():
                    last = found
        for found in _BODY_REPORTED.finditer(text, 0, end) if kind == "report" else ():
            if last is None or found.start() > last.start():
                last = found  # "the Central Bank reported Tuesday. ... the report said": the bank's report
        for found in _OUTLET_SAID.finditer(text, 0, end) if kind == "report" and last is None else ():
            last = found  # "..., the local Teren newspaper said. ... the report says": the paper's report
        for found in _ACCORDING_TO_OUTLET.finditer(text, 0, end) if kind == "report" and last is None else ():
            if (found["outlet"] or found["author"] in NEWS_AGENCIES) and not looks_like_a_person(found["author"]):
                last = found  # "..., according to ABC News partner NHK. ..., the report said": NHK's report
        if last is None or _NEW_STUDY.search(text, last.end(), end):
            return ""  # "... a report by law enforcement teams. The report also noted": another report
        author = re.sub(r"^(?:The|An?) |^.*['’]s ", "", last["author"])  # "The UN Commission of Inquiry's report";
        # "South Korea's Yonhap (news agency reported)"
        person = person_named(author, names)
        if person and (person == names.resolve(author) or looks_like_a_person(author)):
            return person
        return names.resolve(author)  # one name, whole: "UN Assistance Mission", "Economic and Social Commission"

    def _last_recent(self, pattern: re.Pattern) -> re.Match | None:
        """The last match of `pattern` in this sentence, up to here, and the two sentences before it."""
        text, begin, end = self._args[:3]
        window = start_of_sentence(text, end, begin)
        for _ in range(PRONOUN_SENTENCES):
            window = _sentence_before(text, window, begin)
        found = None
        for found in pattern.finditer(text, window, end):
            pass
        return found

    def paper(self) -> str:
        """The newspaper named last before this place ("daily newspaper Hurriyet", "Vedomosti writes"), or the
        first the article names after it; "the paper" means it. A person who writes is no paper."""
        text, _, end, names = self._args[:4]
        found = []
        for match in _NAMED_NEWSPAPER.finditer(text):
            paper = match["name"] or match["writer"] or match["told"] or match["kind_after"]
            if match["name"] or not person_named(paper, names) and paper.lower() not in PRONOUNS:
                found.append((match.start(), paper))
        before = [paper for start, paper in found if start < end]
        return before[-1] if before else found[0][1] if found else ""

    def _recent_paper(self) -> str:
        """The newspaper a recent sentence names after its kind ("Sports daily L'Equipe was quick to ..."), or ""."""
        named = self._last_recent(_NAMED_NEWSPAPER)
        return named["name"] if named and named["name"] else ""

    def fuller(self, name: str) -> str:
        """A lone name left unresolved because several people share it ("Kim" beside Kim In-ryong and Kim Jong-un)
        as the last speaker, when it is a name of theirs; else the name."""
        names, last = self._args[3], self._args[4]
        if name and " " not in name and last and name in (last.split()[0], last.split()[-1]) and name != last \
                and _a_person(last, names) and looks_like_a_person(last) and name not in names.places \
                and not re.search(rf"\b(?:in|of|from) {re.escape(name)}\b(?! [A-Z])", names.text):  # (not "Hawaii")
            return last
        return name

    def remarks_owner(self) -> str:
        """Whose remarks "the prepared remarks" are: the owner of the remarks a recent sentence names ("according to
        Sessions' prepared remarks"), or ""."""
        owned = self._last_recent(_OWNED_REMARKS)
        return owned["owner"] if owned else ""

    def introduced(self) -> str:
        """Whom a quotation without a cue that opens its sentence belongs to, when nobody was quoted since the
        sentence before it: the person that sentence opens with, or the one a chain of "he" or "she" sentences
        goes back to (a profile's "X, 21, is a law student. She lives with her parents. "Last year, ...""); "" for
        the last speaker, whom the rules after this one find."""
        text, _, end, names, last_speaker, last_end = self._args
        here = start_of_sentence(text, end, 0)
        before = _sentence_before(text, here, 0)
        if last_end > before or CUE_VERB.search(text, before, here):
            return ""  # (a sentence that reports speech has its speaker: "..., warned the diplomat. "...."")
        opening = re.match(r"\s*(He|She)\s+[a-z]", text[before:here])  # (not "He Lifeng", a surname)
        person = _subject_chain(text, here, 0, names, GENDER_OF[opening[1].lower()], (last_speaker, last_end)) \
            if opening else _recent_subject(text, 0, end, names, last_end)
        person = person or _profiled_before(text, here, names, last_end)
        return person if person != last_speaker else ""

    def it(self) -> str:
        """What "it" is in "it said": `body()`, else whoever "he" or "she" without a gender would be."""
        found = self.body() or self._recent_paper() or self.of("it")
        return "" if found and " " in found and _a_person(found, self._args[3]) \
            and looks_like_a_person(found) else found

    def body(self) -> str:
        """The body "it" means: the last speaker when that is a body that spoke in the last two sentences, else a
        body, acronym or place opening this sentence or the one before ("The PJD is due to ... On Thursday it issued
        a statement"); "" when there is none."""
        text, begin, end, names, last_speaker, last_end = self._args
        here = start_of_sentence(text, end, begin)
        window = _sentence_before(text, _sentence_before(text, here, begin), begin)
        opening, opened_at = self._opening_body(here)
        if last_speaker and last_end >= window and not _a_person(last_speaker, names):
            return opening if opening and opened_at > last_end else last_speaker  # "The Academy also broke its
            # silence. In a statement, it apologized" after PwC's words: the Academy
        return opening

    def _opening_body(self, here: int) -> tuple[str, int]:
        """The body opening the sentence at `here` or the one before, and where that sentence starts; ("", -1)."""
        text, begin, end, names = self._args[:4]
        start = here
        for _ in range(PRONOUN_SENTENCES + 1):
            sentence = text[start:end].rsplit(": ", 1)[-1].lstrip()  # not a heading's "READ MORE: ..."
            sentence = OPENING_PHRASE.sub("", sentence.removeprefix("The "), count=1)
            owned = _OWNER_S_BODY.match(sentence) if start == here else None
            if owned and owned["head"] in ORG_NOUNS:
                return owned.group(), start  # "Malaysia's foreign ministry "strongly condemns ...", it said"
            if not _IT_OPENING.match(sentence):  # "On Thursday it issued a statement": "it" goes further back
                opening = CAPITALISED_RUN.match(sentence)
                name = split_role(opening.group())[0] if opening else ""
                if name and sentence.startswith((" firm", " company"), opening.end()):
                    name = ""  # "The US firm said": where the firm is from, not the firm
                if name and name.split()[0].lower() not in NOT_NAMES and not person_named(name, names) \
                        and (len(name.split()) > 1 or (names.is_proper(name) or SPEAKS_NEXT.match(sentence, len(name))
                                                       and name.lower() not in PRONOUNS)
                             and not DEMONYM.search(name)):  # ("Apple said it had ...")
                    # not "Benkirane", a person named in full elsewhere, nor "The British weekly"
                    return names.resolve(name), start
                if start != here:
                    break
            start = _sentence_before(text, start, begin)
        return "", -1

    def of(self, pronoun: str) -> str:
        if pronoun.lower() == "they":  # "they wrote" after "The White House's statement ...": a body, or nobody
            body = self.it()
            return body if body and body.lower() != "it" and not _a_person(body, self._args[3]) else ""
        gender = GENDER_OF.get(pronoun.lower())
        if gender not in self._found:
            self._found[gender] = _pronoun_target(*self._args, gender=gender)
        if not self._found[gender] and pronoun.lower() in ("he", "she"):
            return self._named_after_lede(gender)
        return self._found[gender]

    def _named_after_lede(self, gender: str | None) -> str:
        """Whom a lede's "he" or "she" means when the article names nobody before it: the person named next
        (`"...," she tells CNN, asking that we only use her first name. ... Yolanda says`)."""
        person = self.named_next("") if gender in ("m", "f") and self.in_lede() else ""
        return person if person and self._args[3].could_be(person, gender) else ""
