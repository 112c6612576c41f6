"""The people and bodies an article names: resolving "Peskov", "the spokesman" or "ATSB" to the fullest name the
article gives, stripping roles and honorifics from names, and telling persons from bodies and places.
"""
from __future__ import annotations

import functools
import pathlib
import re
from collections.abc import Iterator
from itertools import chain

from .quotespans import SENTENCE_BREAK, surname_alone
from .textutil import folded

UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽА-ЯЁ"
ARABIC_ARTICLE = r"(?:al|el|ad|ash|as|at|az|ul)-"  # "Nasser al-Hariri", "Bashar al-Assad"
LOST_LETTER = r"\?(?=[a-z])"  # a letter the export could not encode: "Voigtl?nder", "J?rg"
# "U.S.", "Smith", "J.", "Miche\ufffd\ufffdl" (\ufffd: a letter the export lost)
_WORD_CHARS = r"[\w'’\ufffd-]*"
ABBREVIATED_PLACE_WORD = r"(?:St|Ste|Mt|Ft)\."  # "St. Louis", "Mt. Everest": one word with the next
CAP_WORD = (  # the lost letters unrolled from the character class, which keeps the common case fast
    rf"(?:(?:[{UPPER}]\.){{2,}}|{ABBREVIATED_PLACE_WORD}(?= [{UPPER}])|(?:{ARABIC_ARTICLE})?[{UPPER}]"
    rf"(?:{_WORD_CHARS}(?:{LOST_LETTER}{_WORD_CHARS})*[\w\ufffd]|\.)?)"
)
PRONOUNS = {"he", "she", "they", "i", "we"}
PLACE_NOUNS = {  # last words that make a capitalised phrase a place or a title, not a person (not surnames)
    "district", "region", "province", "square", "airport", "station", "island", "islands", "river", "sea", "ocean",
    "mountains", "stadium", "arena", "hotel", "centre", "center", "valley", "coast", "peninsula", "gulf", "strait",
    "straits", "avenue", "road", "times", "herald", "journal", "magazine", "television", "radio", "storm", "cup",
    "league", "house", "tower", "hill", "hall", "palace", "building", "street", "chapel", "cathedral", "mosque",
    "museum", "states", "kingdom", "emirates", "republic", "nations", "report", "amendment", "bill", "act", "treaty",
    "accord", "programme", "program", "plan", "deal", "agreement", "convention", "code", "law", "star", "news",
    "tribune", "gazette", "gazeta", "telegraph", "mail", "express", "observer", "chronicle", "record", "course", "club",
    "resort", "beach", "bay", "lake", "gardens", "guardian", "post", "mirror", "economist", "globe", "year", "day",
    "festival", "war", "prize", "award", "awards", "medal", "trophy", "theater", "theatre", "asia", "europe", "africa",
    "america", "americas", "oceania", "east", "european", "asian", "african", "american",  # "Middle East", "East
    # European"
    "global",  # China Daily's "Bio Harry Theochari Global head of transport" box
    "protection",  # "March for St. Petersburg Protection"
}
SURNAMES_LIKE_PLACES = {"hall", "hill", "house", "day", "street", "bay", "lake", "post", "star"}  # "Keith Hall", when a
# title introduces him ("CBO Director Keith Hall"); else "Carnegie Hall"
PLACES_LIKE_NAMES = {  # places named like a first name and a surname
    "White House", "Capitol Hill", "Downing Street", "Wall Street", "City Hall", "Town Hall", "Hong Kong",
    "North Korea", "South Korea", "Sri Lanka", "Saudi Arabia", "Costa Rica", "Puerto Rico", "South Africa",
    "South Sudan", "Sierra Leone", "Burkina Faso", "El Salvador", "Kuala Lumpur", "Abu Dhabi", "Tel Aviv",
    "Buenos Aires", "Addis Ababa", "Cape Town", "Phnom Penh", "Sao Paulo", "San Francisco", "San Diego",
    "East Jerusalem", "West Bank", "Gaza Strip"}
_PLACE_ENDINGS = {"Emirates", "States", "Kingdom", "Republic", "Islands"}  # the common noun ending a nation's name
PLACE_FIRST_WORDS = {"new", "los", "las", "st", "st.", "greater", "northern", "southern", "eastern", "western"}
"""First words that make a capitalised run a place, however it ends ("New York", "Los Angeles", "St Louis", "Greater
China", "Northern Ireland")."""
FUNCTION_WORDS = {
    "the", "a", "an", "and", "or", "but", "in", "on", "at", "of", "by", "with", "to", "for", "from", "as", "that",
    "this", "said", "says", "told", "was", "is", "were", "are", "has", "had", "have", "be", "been", "his", "her",
    "its", "their", "our", "into", "over", "after", "before", "than", "then", "also", "not", "no", "new", "former",
    "against",
}
NAMES_ENDING_LIKE_ROLES = {  # "Human Rights Watch" keeps its "Human"; "Heather Heaton Gallagher" her "Heather"
    "human", "german", "roman", "heather", "jennifer", "peter", "christopher", "alexander", "walter", "oliver",
    "esther", "roger", "jasper", "tyler", "spencer", "hunter", "amber", "piper", "harper", "javier", "victor",
    "trevor", "taylor", "connor", "eleanor", "igor", "hector", "brian", "adrian", "julian", "vivian", "lillian",
    "damian", "sebastian", "gillian", "jillian", "vincent", "brent", "laurent", "herman", "norman", "gian", "fabian",
    "christian", "cristian", "florian", "kilian", "killian", "maximilian", "marian", "dorian",
    "foster", "walker", "baker", "carter", "parker", "turner", "fisher", "porter", "palmer", "warner", "cooper",
    "butler", "fowler", "archer", "sawyer", "webster", "miller", "guardian",  # ("Alix Foster Vander Elst", "The
    # Guardian")
}
ROLE_SUFFIXES = ("ian", "ese", "ish", "or", "er", "ist", "ant", "ent", "man", "woman", "person")
"""A sentence-initial word like "Exhibitor" before a two-part name is a role ("Exhibitor Lotte Brandt")."""
CONNECTORS = {"of", "for", "de", "van", "von", "der", "al", "bin"}
ORG_NOUNS = {
    "ministry", "government", "court", "agency", "council", "company", "police", "union", "bank", "army", "embassy",
    "committee", "commission", "party", "department", "office", "kremlin", "campaign", "group", "caucus", "association",
    "federation", "university", "hospital", "infirmary", "club", "board", "authority", "service", "firm",
    "organisation", "organization", "administration", "cabinet", "parliament", "senate", "presidency", "military",
    "prosecutor", "prosecutors", "lab", "labour", "hamas", "hezbollah", "likud", "laboratory", "institute",
    "foundation", "regulator", "watchdog", "city", "state", "county", "municipality", "bureau", "corps", "force",
    "forces", "navy", "guard", "coastguard", "network", "channel", "airlines", "airways", "school", "league",
    "coalition", "alliance", "fund", "trust", "society", "movement", "center", "centre", "technologies", "industries",
    "holdings", "enterprises", "electronics", "corporation", "corp", "inc", "ltd", "plc", "llc", "systems", "solutions",
    "pharmaceuticals", "motors", "command", "management", "partners", "investments", "project",
    "tribe", "church", "college", "division", "abbey", "monastery", "academy", "conference", "newspaper", "branch",
    "unit", "museum", "tv", "magazine",
    # "the Russian Orthodox Church", "the Electoral College", "ATF Tampa Field Division", "Mount St Joseph Abbey", "the
    # Presidential Academy", "the Munich Security Conference", "Sabah Newspaper", "the Air Accidents Investigation
    # Branch", "the Air Accident Investigation Unit", "the State Historical Museum", "Geo TV", "Packaging World
    # Magazine" are no person
}
INSTITUTIONS = {"academy", "college", "chamber", "institutes", "chiefs"}  # heads of "X Y of Z" bodies
TITLE_GENDER = {"king": "m", "prince": "m", "pope": "m", "queen": "f", "princess": "f"}
ONE_NAME_TITLES = {"pope", "king", "queen", "prince", "princess", "sheikh", "emir", "ayatollah"}  # "Pope Francis"
SURNAME_TITLES = {"king", "judge", "bishop", "marshal"}  # titles that are also surnames ("Edmund King")
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "mx"}
TITLE_WORDS = {
    "president", "vice", "prime", "minister", "secretary", "undersecretary", "chancellor", "spokesman", "spokeswoman",
    "spokesperson", "senator", "sen", "rep", "representative", "gov", "governor", "mayor", "general", "gen", "chief",
    "director", "ambassador", "foreign", "defence", "defense", "deputy", "head", "leader", "chairman", "chairwoman",
    "chair", "commissioner", "judge", "justice", "king", "queen", "prince", "princess", "pope", "archbishop", "bishop",
    "captain", "capt", "colonel", "col", "lieutenant", "lt", "sergeant", "officer", "inspector", "detective",
    "professor", "prosecutor", "coach", "manager", "ceo", "founder", "economist", "analyst", "lawmaker", "mp",
    "councillor", "councilor", "premier", "superintendent", "sheriff", "attorney", "state", "former", "acting",
    "interim", "executive", "official", "the", "a", "an", "opposition", "party", "dr", "mr", "mrs", "ms", "det", "sgt",
    "govs", "sens", "reps",  # plural titles: "wrote Govs. John Kasich of Ohio, Rick Snyder of Michigan"
    "supt", "insp", "cpl", "corporal", "maj", "brig", "brigadier", "adm", "cmdr", "rev", "revd", "fr", "dom", "hon",
    "amb", "vp",
    "gov", "pres", "sir", "lord", "lady", "speaker", "adviser", "advisor", "counselor", "counsellor", "strategist",
    "whip", "envoy", "congressman", "champion",
    "chairs", "congresswoman", "ayatollah", "billionaire", "businessman", "businesswoman", "tycoon", "actor", "actress",
    "comedian", "singer", "constable", "senators", "author", "novelist", "journalist", "reporter", "filmmaker",
    "producer", "activist", "campaigner", "td", "pm", "taoiseach", "tanaiste", "admiral", "marshal", "commander",
    "retired", "mep", "msp", "mla", "rabbi", "rabba", "maharat", "imam", "pastor", "reverend", "counsel", "solicitor",
    "father", "cdr",
}
NEWS_AGENCIES = {  # names even where only a sentence start capitalises them ("Reuters reported that")
    "Reuters", "Interfax", "Xinhua", "Yonhap", "Bloomberg", "Kyodo", "Bernama", "Anadolu", "Sputnik",
}
AGENCY_ACRONYMS = {"AP", "AFP", "DPA", "UPI", "ANSA", "EFE", "TASS", "PTI", "IANS", "KCNA", "IRNA", "SANA"}
POSTNOMINALS = {"MP", "MEP", "MSP", "QC", "KC", "BL", "SC"}  # "Eilis Brennan BL", a barrister
NAMES_ENDING_IN_ING = {"downing", "reading", "sterling", "irving", "ewing", "manning", "browning", "fleming",
                       "harding", "golding", "cushing", "redding", "darling", "keating", "whiting", "spalding",
                       "rolling"}  # ("Rolling Stone")


def _first_names() -> dict[str, str]:
    """First names that tell a person's gender ("larry": "m"), from `data/first_names.txt` (see its header)."""
    lines = (pathlib.Path(__file__).parent / "data" / "first_names.txt").read_text().splitlines()
    return dict(line.split() for line in lines if line and not line.startswith("#"))


FIRST_NAME_GENDER = _first_names()


PEERS = {"Lord": "m", "Lady": "f", "Baroness": "f", "Baron": "m"}  # a peer's title before one name is part of how
# they are known ("Lord Deben"), and says "he" or "she"
HEADLINE_VERBS = {  # what a headline's capitalised verb can be, before a name ("Ambassador Slams Donald Trump")
    "says", "slams", "blasts", "calls", "urges", "warns", "hits", "backs", "rejects", "denies", "wants", "seeks",
    "tells", "asks", "praises", "accuses", "defends", "vows", "admits", "meets", "visits", "names", "picks", "fires",
    "sues", "joins", "thanks", "mocks", "attacks", "criticises", "criticizes", "questions", "invites", "welcomes",
    "is", "was", "will", "can", "should",  # a headline's question: "Is Trump leading the US on a warpath with Iran?"
}
PARTY_MEMBERS = {"democrat", "republican", "conservative", "tory", "socialist", "liberal"}  # "the Ohio Republican"
PERSON_TITLES = {  # title words that name a person's post, not a body's field ("Foreign", "Defence", "State")
    "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "governor", "chairman",
    "chairwoman", "chair", "director", "head", "chief", "ambassador", "commissioner", "leader", "deputy", "envoy",
    "adviser", "advisor", "representative", "mayor", "judge", "officer", "inspector", "superintendent", "ceo",
}
PAPERS = {  # what a name ending in one of these words names is no person: "Autumn Budget", "Brexit Bill"
    "budget", "bill", "act", "plan", "report", "statement", "treaty", "agreement", "deal", "review", "strategy",
    "programme", "program", "scheme",
}
NOT_SURNAMES = PLACE_NOUNS | ORG_NOUNS | PAPERS | {  # "China Daily", "Peace Now", "(My) God", "Community Services",
    "daily", "weekly", "now", "god", "services", "industries", "holdings", "enterprises", "solutions", "systems",
    "technologies", "investments", "st", "st.", "congress", "people", "peoples",  # ("Republican Congress")
}  # "Palestinian People": no people (nor "African-American St", cut from "St. Louis")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_NUMBER_WORDS = {  # "Thirty-five states (have enacted laws)": a number opening a sentence, no name
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", *_TENS,
    *(f"{tens}-{unit}" for tens in _TENS
      for unit in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")),
}  # (not "Thousands", a crowd that shouts)
FIRM_SUFFIXES = {"co", "corp", "inc", "ltd", "llc", "plc", "gmbh"}  # what ends a firm's name: "X Chemical Industry Co"
NOT_NAMES = {
    "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest",  # "at 9:49 p.m. ET"
    "congratulations", "thanks", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "today", "tomorrow", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march",
    "june", "july", "august", "september", "october", "november", "december", "however", "but", "sometimes",
    "seconds", "minutes", "hours", "days", "weeks", "months", "years", "moments", "accused",
    "and", "then", "later", "earlier", "meanwhile", "asked", "speaking", "in", "on", "at", "it", "this", "that",
    "there", "when", "while", "after", "before", "if", "as", "so", "yet", "for", "with", "since", "although",
    "though", "because", "once", "unless", "until", "where", "what", "how", "why", "who", "these", "those", "here",
    "now", "also", "even", "only", "just", "still", "according", "despite", "during", "under", "over", "from",
    "whether", "whoever", "whatever", "let", "read", "his", "her", "their", "its", "our", "my", "first", "next",
    "finally", "second", "having", "being", "both", "throughout", "amid", "among", "within", "more", "opinion",
    "are", "was", "were", "does", "did", "do", "has", "have", "had",  # "Are Tillerson's remarks ...?"; not "is" (IS)
    "nevertheless", "nonetheless", "instead", "indeed", "moreover", "furthermore", "therefore", "thus", "perhaps",
    "maybe", "multiple", "numerous", "various",  # "Multiple South Korean media reports", "Maybe Luo had"
    "says", "dad", "mom", "mum", "like", "unlike",  # "Says Feng Yunxi:" (not "said": "Edward Said"), "Says Dad X"
    "should", "would", "could", "must", "might",  # "Should Trump make good on ..."
    "complained", "explained", "recalled", "insisted", "replied", "quipped", "declared", "added",  # "Complained
    # Pelosi at the time:", a verb put first
    "explains", "adds", "notes", "writes",  # "Explains Amanda Mahlman, "...""
    "bio", "pressed", "presidential", "past", "by",  # China Daily's "Bio He Jiahong ..." box; "Pressed later, X said";
    # "Past U.S. administrations", "By Savills' calculation"
    "another", "most", "behind", "we", "tell", "no",  # "Another German film", "We Muslims", "Tell Gunnar Jonsson to"
    "provided",  # a caption's "Photos Provided to China Daily"
    "make", "keep", "get", "take", "give", "stop", "build", "put", "drain", "send",  # a slogan's verb: "Make
    # China great again"
} | _NUMBER_WORDS

PARTICLES = {
    "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "bin", "bint", "ibn", "al", "el", "ben", "dos",
    "das", "del", "anak",  # "Sazrin anak Gali", a Malay and Iban "child of"
    "&",  # "Health Information & Quality Authority"
}
FIRST_NAME_PARTICLES = {"Ben", "Van"}
PARTICLE = rf"(?:{'|'.join(sorted(PARTICLES))})"
CAPITALISED_RUN = re.compile(  # not inside a hyphenated word ("Shanghai-based"), but after a dash ("--Sean Spicer");
    # not a hashtag ("#MyFreedomDay TraffickCam's tools")
    rf"(?<![\w'’#])(?<!\w-){CAP_WORD}(?: (?:{PARTICLE} ){{0,2}}{CAP_WORD}){{0,6}}"
)
_NOT_IN_NAMES = {"your", "our", "my", "their", "its", "without", "we", "you"}
_MONTH_NAMES = {"April", "May", "June", "August"}  # months that are also first names
_BEFORE_A_DATE = re.compile(  # "In August (Trump said)", "since May (Smith has)"
    r"\b(?i:in|on|since|by|until|till|last|this|next|early|late|mid|of|from|through|during|before|after)\s+$"
)
_NAME_PARTS_AFTER_A_FIRST_NAME = {"Abu", "Abd", "Abdul", "Abdel", "Bin", "Ibn", "Ben"}
_PLURAL_APOSTROPHE = re.compile(r"(?<=s)['’]$")  # a plural possessive's apostrophe: "Forces'"
_POSSESSIVE_END = re.compile(r"['’]s$")  # "Department of Justice's", "Human Services Department's"
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "my", "some", "many", "most", "all"}
_PORTFOLIO_BEFORE_AND = re.compile(  # "Minister for Economy and ", "Council on Arctic and "
    r"\b(?:of|for|on) (?:the )?(?:[A-Z][\w-]*,? )+and $")
_ROLE_PREFIX = re.compile(r"(?<![\w-])(?:[a-z][\w-]+ ){1,2}$")  # "Kremlin spokesman "
_LONG_ROLE_PREFIX = re.compile(r"(?<![\w-])(?P<role>[a-z]+) (?:to|for|at|of|on) (?:[a-z]+ ){0,2}(?:to|in|at|on) $")
_TITLE_OF_PREFIX = re.compile(r"(?<![\w-])(?P<title>[A-Z][a-z]+) (?:of|for) (?:the )?$")  # "President of "
PERSON_WORD = re.compile(  # "Maroney", "LaShay", "O'Brien", "Ra'ad", "Rojas-Bracho", "Ying-jeou", "al-Hariri",
    # "J."; not "NATO", "Trump's" or "Shanghai-based"
    rf"^(?:(?:{ARABIC_ARTICLE})?[{UPPER}](?=\S*[^\W\d_A-Z])(?:[^\W\d_'’-]|\ufffd|{LOST_LETTER})*"
    rf"(?:['’][{UPPER}][^\W\d_]*|['’][a-z]{{2,}})?"
    rf"(?:-(?!(?:based|born|led|backed|owned|run|style|era|year|old|made|funded|controlled|speaking|winning)$)"
    rf"[^\W\d_]+)?"
    rf"|[{UPPER}]\.)$"
)
DEMONYM = re.compile(r"(?:ian|ese|ish|an|ine|[lqndr]i|ch|ek|ss)$")  # "Syrian", "Philippine", "Israeli", "Swiss"
_NATIONAL_BODY = re.compile(rf"(?<![\w-])(?P<nation>{CAP_WORD}) (?P<body>[a-z]+)\b")  # "Kenyan government"
_LINK_CODE = re.compile(r"\d.*[a-z]|[a-z].*\d")  # "Bt62uSxCu3", a link's code
_HYPHENATED_MODIFIER = re.compile(  # "Kurdish-led", "London-born", "Twenty-nine-year-old", "Obama-era": no name part
    r".-(?:[a-z]+-)*(?:based|led|backed|linked|affiliated|listed|headquartered|owned|funded|born|old|era|majority"
    r"|winning|profile|staunch)$"
)
_HONORIFIC_BEFORE = re.compile(rf"\b(?:{'|'.join(h.title() for h in HONORIFICS)})\.? $")
_INITIAL = re.compile(rf"[{UPPER}]\.")  # a middle initial
_FOR_PHRASE = re.compile(rf" for (?:the )?{CAP_WORD}")
_OWNER_S = re.compile(r"['’]s\b(?P<end>[,.;]| (?:said|says|told)\b)?")  # "Moody's", "says Moody's."
_BODY_TAIL = re.compile(  # what follows a body's head: "for Human Rights", "for the Eastern District of New York"
    rf"(?:for|of) (?:the )?{CAP_WORD}(?: {CAP_WORD}){{0,3}}(?: of (?:the )?{CAP_WORD}(?: {CAP_WORD}){{0,2}})?\b"
    rf"(?! (?:of|and|for|the)\b)"
)
_CAPITALS_END = re.compile(rf"(?<![\w'’-])(?:[{UPPER}][\w'’-]*\s){{0,3}}[{UPPER}][\w'’-]*$")
_OF_PHRASE = re.compile(rf" (?:of|for) (?:the )?[{UPPER}]")
_DOTTED = re.compile(rf"(?:[{UPPER}]\.){{2,}}|{ABBREVIATED_PLACE_WORD}")  # "U.S.", "J.D.", "St. (Louis)"
_ARABIC_ARTICLE = re.compile(rf"^{ARABIC_ARTICLE}")
_STARTS_NAME = re.compile(rf"(?:{ARABIC_ARTICLE})?[{UPPER}]")
_APPOSITION = re.compile(  # (not "X, and the hospital's surgeon, Y,": another person's role; not "Port Antonio,
    # Portland. Her mother Sarah is in Leeds,": the next sentence)
    rf"(?P<name>{CAP_WORD}(?: (?:{PARTICLE} )?{CAP_WORD}){{1,3}}), "
    rf"(?P<role>(?!(?:and|or|but|while) )(?:the |a |an )?(?:(?![a-z]{{3}}\. [A-Z])[^,;:\"“”()]){{3,60}}),"
)
_APPOSITION_ENDING = re.compile(  # an apposition ending its sentence
    r", (?P<role>(?:the|a|an) [^,;:\"“”()]{3,40}?)(?: (?:[a-z]+ing|for|with|at|of|in|from)\b[^,;:\"“”()]{0,60})?"
    r"\.(?=\s|$)"
)
_COLON_THEN_QUOTE = re.compile(r":\s*[\"“]")
_CAPITALISED_NAME_LABEL = re.compile(  # "REP. NANCY PELOSI, House Democratic leader", a fact check's label
    r"(?<![A-Z'’] )\b(?P<name>[A-Z][A-Z.]+(?: [A-Z][A-Z'’-]+){1,2})(?:, [^:\"“”]{1,80})?$"
)
_PARTY_TAG = re.compile(  # "Sen. Ben Sasse (R-Neb.)", "Sen. Elizabeth Warren, D-Mass.,", "Rep. X, D-Miss. who"
    r"\s\((?:[RDI]|Rep|Dem|Ind)\.?-[A-Z][\w.]*(?: [A-Z][\w.]*)?\)"
    r"|, (?:[RDI])-[A-Z][\w.]*(?: [A-Z][\w.]*)?(?:,|(?= who\b))"
    r"|, (?:M\.D\.|Ph\.D\.|MD|PhD),"  # and a degree: "Robert Bolan, M.D., told"
)
_APPOSITION_NEXT = re.compile(r" (?:the|a|an) | (?P<role>[a-z]+) ")  # "the top Democrat", "chairman of the panel"
_HEADING_WORD = re.compile(r"[A-Z]{3,}")
_POSSESSIVE_HEAD = re.compile(r"\S+(?: \S+)*?['’]s(?= )")  # "President Donald Trump's" of a longer run
_TITLE_THEN_NAME = re.compile(  # "Russian Presidential Spokesman, Dmitry Peskov,", "Attorney General, Jeff Sessions --"
    rf"(?P<title>(?:{CAP_WORD} ){{0,3}}{CAP_WORD}), (?P<name>{CAP_WORD}(?: {CAP_WORD}){{1,2}})(?:,| --? )"
)
_THE_ROLE_THEN_NAME = re.compile(  # "The judge, Lady Scott,", "the prosecutor, Kath Harper,", "The teen's dad, X,"
    rf"\b[Tt]he (?:[a-z]+['’]s )?(?P<title>[a-z]+(?: [a-z]+)?), (?P<name>{CAP_WORD}(?: {CAP_WORD}){{1,2}})(?:,|\.\s)"
)  # (or ending the sentence: "... and the hospital's chief surgeon, Maria Lind.")
_HEADLINE_SUBJECT = re.compile(  # "Eurotunnel reports ...", "PwC: 'We failed the Academy'"
    rf"(?P<name>{CAP_WORD}(?: {CAP_WORD}){{0,2}})(?: (?:[a-z]+s|to|will|has)\b|: )")
_ROLE_OF_AFTER_COMMA = re.compile(r", (?:the )?(?P<role>[a-z]+) of ")  # (searched first: the name pattern is slow)
_NAME_BEFORE_ROLE = re.compile(rf"(?<![\w'’-])(?P<name>{CAP_WORD}(?: {CAP_WORD}){{1,2}})$")
_ROLE_TO_PLACE_THEN_NAME = re.compile(
    rf"\b[Tt]he (?:{CAP_WORD} )?(?P<role>[a-z]+) (?:to|in|of|for) (?:the )?{CAP_WORD}(?: {CAP_WORD})?, "
    rf"(?P<name>{CAP_WORD}(?: {CAP_WORD}){{1,2}})\b"
)
_ROLE_OF_BODY_THEN_NAME = re.compile(  # "expert of the Presidential Academy Vera Smorchkova"
    rf"\b(?P<role>[a-z]+) (?:of|at|for) the (?P<run>{CAP_WORD}(?: {CAP_WORD}){{2,5}})\b")
_ACRONYM_IN_PARENTHESES = re.compile(  # "... (UNHCR)", ", OAS,", ", or SOHR,"
    r"\((?P<short>[A-Z]{2,8})\)|, (?:or )?(?P<shorter>[A-Z]{2,8}),")
_BODY_OF = re.compile(  # "Department of Health", "Ministry of Foreign Affairs", "Committee on Climate Change",
    # "General Administration of Sport of China"
    rf"\b(?P<prefix>(?:[{UPPER}][a-z]+ ){{1,2}})?(?P<head>{CAP_WORD}) (?:of|for|on) "
    rf"(?:the |an? )?{CAP_WORD}(?: (?:and )?{CAP_WORD}){{0,3}}"
    rf"(?: (?:of|for) (?:the )?{CAP_WORD}(?: {CAP_WORD}){{0,2}}){{0,2}}"  # ("Court of Appeals for the District of
    # Columbia Circuit")
)
_KIND_THEN_NAME = re.compile(  # "Russia's largest bank, Sberbank, (has signed)": what a body is, then its name
    rf"\b(?P<kind>[a-z]+), (?P<name>{CAP_WORD}(?: {CAP_WORD}){{0,3}}),"
)
_THEN_KIND = re.compile(  # "(Noble Caledonia), the cruise company that operates the vessel,": what a body named
    # just before is (searched first: a name before every comma is slow to look for)
    r", (?:the (?:[a-z-]+ ){0,2}(?=(?:company|firm|bank|group|organi[sz]ation|charity)\b)"
    r"|an? (?:[a-z-]+ ){0,2}(?=(?:organi[sz]ation|charity)\b))(?P<kind>[a-z]+)"
    r"(?= (?:that|which|based)\b|,)"  # ("India House Houston, a non-profit organization based in Houston,")
)
_TRADES = (  # what a firm does, before "company" or "firm": "travel company TUI"
    "travel|tour|oil|energy|tech|technology|mining|media|shipping|insurance|investment|chemical|pharmaceutical|"
    "construction|consulting|security|software|logistics|retail|telecom|telecoms|engineering|airline|drinks|food|"
    "mobile"
)
_NATIONAL_KIND_THEN_NAME = re.compile(  # "owned by British company Noble Caledonia", "travel company TUI": a firm,
    rf"\b(?:[{UPPER}][a-z]+|{_TRADES}|the) (?P<kind>company|firm|bank|group) (?P<name>{CAP_WORD}(?: {CAP_WORD}){{0,3}})"
)  # named after its kind
TRADE_KINDS = "operator|maker|retailer|carrier|provider|producer|manufacturer"  # a firm by what it does
TRADE_THEN_NAME = re.compile(  # "Tour operator TUI", "technology giant Google": a firm, which "the company" means
    rf"\b(?i:{_TRADES}) (?P<kind>giant|conglomerate|{TRADE_KINDS}) "
    rf"(?P<name>{CAP_WORD}(?: {CAP_WORD}){{0,3}})"
)
_GENERATIONS = {"II", "III", "IV", "Jr", "Jr.", "Sr", "Sr."}
_NATION_PREFIX = re.compile(r"^(?:U\.S\.|US|U\.K\.|UK|EU) ")
_OWN_BODY_ENDINGS = FIRM_SUFFIXES | {"airways", "airlines", "group"}  # "Qatar Airways (and Etihad Airways)"
_ARTICLE_OR_OWNER = re.compile(r"^(?:An?|The) |^[A-Z]\w*['’]s ")  # (not "Bulletin's Science and Security Board")
_TAIL_WORDS = ("in", "on", "for", "of", "to")  # the small words inside a name: "Business in the Community"
_LOWER_CASE_TAIL = re.compile(rf" (?:{'|'.join(_TAIL_WORDS)}) (?:the |a )?{CAP_WORD}(?: {CAP_WORD})*")
_COUPLE = re.compile(  # first names as the first-name list has them: plain letters, which keeps the pattern fast
    rf"(?<![\w'’-])(?P<first>[A-Z][a-z]+) and (?P<second>[A-Z][a-z]+) (?P<surname>{CAP_WORD})\b(?! {CAP_WORD})")
_AND_BODY = re.compile(  # "National Health and Family Planning Commission": a body's name with "and" inside it
    rf"\b(?:{CAP_WORD} ){{1,3}}and (?:{CAP_WORD} ){{0,3}}(?P<head>{CAP_WORD})\b"
)
CONNECTED_NAME = rf"{CAP_WORD}(?: (?:(?:for|of|on|and) )?{CAP_WORD})*"  # "Centers for Disease Control and Prevention",
# "Office of Emergency Management": capitalised words joined by the small words of a body's name
_CONNECTED_RUN = re.compile(rf"{CAP_WORD} (?:(?:for|of|on|and) )?{CONNECTED_NAME}")  # at least two words
_ORDINAL_COURT = re.compile(  # "the 9th U.S. Circuit Court of Appeals": a court named with its number
    r"\d+(?:st|nd|rd|th) (?:U\.S\. )?Circuit(?: Court(?: of Appeals)?)?"
)
_IN_MARKS = re.compile(r"[\"“][^\"“”]*[\"”]")
_HONORIFIC_NAME = re.compile(rf"\b(?P<title>Mr|Mrs|Ms|Miss)\.? (?P<name>{CAP_WORD}(?: {CAP_WORD})?)")

_NICKNAME = r"[\"“](?P<nick>[A-Z][\w .]{1,20}?)[\"”]\??"  # '"Tony"', the export's '"Tony"?'
_QUOTED_NICKNAME = re.compile(  # 'Gen. Raymond "Tony" Thomas', 'Joaquin "El Chapo" Guzman', 'Jose Luis "Lou" Correa'
    rf"\b(?P<first>{CAP_WORD}(?: {CAP_WORD})?) {_NICKNAME} (?P<last>{CAP_WORD})\b")
_NICKNAME_IN_MARKS = re.compile(rf"\w {_NICKNAME} [A-Z]")  # (a quick test for the pattern above)
_KIN_WORDS = "wife|husband|widow|widower|mother|father|daughter|son|sister|brother"
_KIN_NAME = re.compile(rf"\b(?P<kin>{_KIN_WORDS}),?\s+(?P<name>{CAP_WORD}(?: {CAP_WORD})?)")  # "his wife, Evgenia",
# "her son Adam"
SPEAKS_NEXT = re.compile(r" (?:said|says|told|tells|added|adds)\b")  # "Her mother Julie told", "Apple said"
_KIN_BEFORE = re.compile(rf"\b(?:{_KIN_WORDS}),?\s+$")  # "with his wife, (Ivanka Trump)"
NAMED_PERSON = re.compile(  # "a young woman named Cindy": a person the article names by one name only
    rf"\b(?P<noun>man|woman|boy|girl|student|pupil|teenager|resident|witness) (?:named|called|named as|identified as) "
    rf"(?P<name>{CAP_WORD})(?![\w'’-]| {CAP_WORD})"  # ("A student named as Andreas")
)
_ONE_NAME_GIVEN = re.compile(  # "Monika, who goes by just one name", "Lubna, 27, who asked that only her first name"
    rf"\b(?P<name>{CAP_WORD}), (?:\d+, )?who (?:goes by|uses|gave|asked|did not|didn't|declined|would|wanted|preferred)"
    r"\b[^.]{0,60}?\b(?:one name|first name|last name|surname|family name|full name)"
)
_KIN_ONE_NAME = re.compile(
    rf"['’]s (?P<kin>brother|sister|son|daughter|mother|father|wife|husband) "
    rf"(?P<name>{CAP_WORD})(?![\w'’-]| {CAP_WORD})"
)
NAMED_ONLY_AS = re.compile(
    rf"\b(?:surnamed|identified only as|named only as) (?P<name>{CAP_WORD})(?![\w'’-]| {CAP_WORD})"
)
_ROLE_KNOWN_AS = re.compile(  # "The British street artist known as Banksy"
    rf"\b(?P<role>[a-z]+) known (?:simply |only )?as (?P<name>{CAP_WORD})(?![\w'’-]| {CAP_WORD})"
)
KIN_GENDER = {"wife": "f", "widow": "f", "mother": "f", "daughter": "f", "sister": "f", "husband": "m", "widower": "m",
              "father": "m", "son": "m", "brother": "m"}
_NAME_THEN_OWN_PRONOUN = re.compile(  # a sentence opening with a name that goes on with "he" in a clause of its own
    rf"(?P<name>{CAP_WORD}(?: {CAP_WORD}){{0,2}}) [^\"“”A-Z]*?, (?:and|but) (?P<pronoun>he|she) ")
GENDER_OF = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


_NOT_BEFORE_A_TITLED_NAME = {"asks", "said", "says", "told", "than", "that", "like", "shot", "met", "beat", "hit"}


def _role_keys(role: str) -> list[str]:
    """The words by which "the ..." can refer to someone introduced with `role`: each role word ("Unite leader"),
    but "vice president" for a "Vice President" (who is not "the president")."""
    words = [unmangled_title(w) for w in re.split(r"[\s-]+", role.lower()) if w]  # "Lieutenant-General"
    if not words or re.search(r"['’]s$", words[-1]) or words[-2:-1] in [[kin] for kin in KIN_GENDER] \
            and words[-1] == "of":
        return []  # "Prime Minister Mark Rutte's (VVD)": the possessor's role, not the party's; "the father of
        # (Belgacem)": a relative of the one named
    verbs = [i for i, word in enumerate(words[:-1]) if word in _NOT_BEFORE_A_TITLED_NAME]
    words = words[verbs[-1] + 1:] if verbs else words  # "official told CNN's Jeremy Diamond": CNN's, not an official
    if words[-1] in _NOT_BEFORE_A_TITLED_NAME or words[-1].endswith("ed") and not is_role_word(words[-1]):
        return []  # "the interviewer asks Conway", "better than Katie Walsh", "a gunman shot Ana Lopez", "the
        # attacker wounded X": a clause before the name, not a title
    if "vice" in words[:-1]:
        return [f"vice {words[-1]}"]
    abbreviated = ["pm"] if words[-2:] == ["prime", "minister"] else []  # "the PM's spokesman"
    return [word for word in words if is_role_word(word)] + abbreviated


def _body_before_role(text: str, start: int, role: str) -> str:
    """The capitalised words right before a lower-case role that introduces the name at `start` ("Democratic
    Unionist Party " of "Democratic Unionist Party leader Arlene Foster"), or ""."""
    if not role or not role[:1].islower():
        return ""
    end = start - len(role) - 1
    body = _CAPITALS_END.search(text[max(0, end - 60):end].rstrip())
    return body.group() + " " if body else ""


def _qualified_role(role: str) -> list[str]:
    """A role word with the body or place before it, as "the DUP leader" or "the Stormont leader" may name it
    ("Democratic Unionist Party leader": "dup leader"; "Stormont leader": "stormont leader"), else nothing."""
    *qualifiers, last = role.split()
    if not qualifiers or not is_role_word(last.lower()) or not all(w[:1].isupper() for w in qualifiers):
        return []
    qualifier = qualifiers[0] if len(qualifiers) == 1 else "".join(w[0] for w in qualifiers)
    return [f"{qualifier.lower()} {last.lower()}"]


def without_party_tags(text: str) -> str:
    """`text` with the same length, party-and-state tags (and degrees) after names blanked ("Ben Sasse (R-Neb.) said",
    "Robert Bolan, M.D., told"); a comma stays before an apposition ("Bennie Thompson, D-Miss., the top Democrat on the
    panel, said")."""
    def blank(match: re.Match) -> str:
        next_words = _APPOSITION_NEXT.match(text, match.end())
        apposition = match.group().startswith(",") and next_words and (
            not next_words["role"] or is_role_word(next_words["role"]))
        return ("," if apposition else " ") + " " * (len(match.group()) - 1)
    return _PARTY_TAG.sub(blank, text)


_PLACE_OF = re.compile(  # "The state of Hawaii"
    rf"\b[Tt]he (?P<kind>state|city|province|county|town|island) of (?P<place>{CAP_WORD}(?: {CAP_WORD})*)"
)
DATELINE = re.compile(  # "Avila Park, Dublin, Ireland --In a wooden shed": where the article was written
    rf"\s*(?P<place>{CAP_WORD}(?: {CAP_WORD}){{0,2}})(?:, {CAP_WORD}(?: {CAP_WORD}){{0,2}}){{0,2}}\s*(?:--|—|–)"
)
AGENCY_DATELINE = re.compile(  # "MOSCOW, February 8. /TASS/.": where a news agency's article was written
    r"\s*(?P<place>[A-Z][A-Z .'-]*[A-Z]), [A-Z][a-z]+ \d{1,2}\. /[A-Z]+/\."
)
_NAME_ENDING = re.compile(  # a name that ends where the search ends, but for a space: "Education and Science Labor
    # Union (GEW)", "Noble Caledonia, the cruise company"
    rf"(?P<name>{CAP_WORD}(?: (?:of |for |and |on )?{CAP_WORD}){{0,6}})(?= ?$)")
_STARRED_NAME = re.compile(r"\b(?P<name>[A-Z][a-z]+)\*")  # "Imelda* was 15 when", the asterisk of a changed name
_CHANGED_NAME_NOTE = re.compile(r"\*\s*(?:[Nn]ames? (?:has been |have been )?changed|[Nn]ot (?:his|her|their) real name)"
                                r"(?:[^.*]*?\b(?P<pronoun>his|her)\b)?")  # "* Name changed to protect her identity"
_NAME_THEN_PLACE_KIND = re.compile(  # "Sadio Ba village has had to", "at Kara Tepe refugee camp in Mytilini"
    rf"(?P<place>{CAP_WORD} {CAP_WORD}) (?:village|(?:refugee )?camp)\b")
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_TITLE_IN_MARKS = re.compile(rf"[\"“]{CAP_WORD}(?: {CAP_WORD})*[!?.,]*[\"”]")  # a show's or film's title, whole
_OF_NAME = re.compile(rf" of (?P<place>{CAP_WORD}(?: {CAP_WORD})*)")  # (a literal first: quick to scan for)
_PLACE_KINDS = {  # "the crowded neighbourhood of Sundar Nagar": a place, though named like a person
    "neighbourhood", "neighborhood", "district", "village", "suburb", "township", "area", "region", "province", "town",
    "city"}


def _named_by_one_name(text: str) -> dict[str, str]:
    """People the article names by one name only, each with the word that shows their gender ("man", "woman", or ""
    when nothing does): "a young woman named Cindy", "Alali's brother Hassan", "the manager of the park office,
    surnamed Shi", "the street artist known as Banksy", "Monika, who goes by just one name". Each pattern but the
    first two runs only where a cheap test finds its words."""
    found = {match["name"]: match["noun"] for match in NAMED_PERSON.finditer(text)}
    for match in _KIN_ONE_NAME.finditer(text):
        found.setdefault(match["name"], "man" if KIN_GENDER[match["kin"]] == "m" else "woman")
    for match in NAMED_ONLY_AS.finditer(text) if "named" in text or " only as " in text else ():
        found.setdefault(match["name"], "")
    for match in _ROLE_KNOWN_AS.finditer(text) if " known " in text else ():
        if is_role_word(match["role"]):  # (not "the group known as Daesh")
            found.setdefault(match["name"], "")
    for match in _ONE_NAME_GIVEN.finditer(text) if ", who " in text and "name" in text else ():
        pronoun = re.search(r"\b(his|her)\b", match.group())
        found.setdefault(match["name"], {"his": "man", "her": "woman"}[pronoun[1]] if pronoun else "")
    note = _CHANGED_NAME_NOTE.search(text) if "*" in text else None
    for match in _STARRED_NAME.finditer(text) if note else ():
        found.setdefault(match["name"], {"his": "man", "her": "woman"}.get(note["pronoun"] or "", ""))
    return found


class ArticleNames:
    """The people and bodies an article names, for mapping surnames, roles and pronouns to the fullest name."""

    def __init__(self, text: str, title: str = "") -> None:
        self.full: list[str] = []
        self.roles: dict[str, str] = {}
        self.shared_roles: set[str] = set()  # roles the article gives to more than one person
        self.holders: dict[str, set[str]] = {}  # everyone the article gives each role, also "X, president of Y"
        self.bodies: list[str] = []
        self.gender: dict[str, str] = {}
        self.told_by_first_name: dict[str, str] = {}  # "m" for "Larry Nassar"; only ruling out "she"
        self.titled_people: set[str] = set()  # "Keith Hall" after "CBO Director": a person, though named like a place
        self.kin_gender: dict[str, str] = {}
        self.named_kin: set[str] = set()  # the relatives the article names: "father" for "Nie's father, Nie Xuesheng"
        self.acronyms: dict[str, str] = {}
        for match in _ACRONYM_IN_PARENTHESES.finditer(text):
            short = match["short"] or match["shorter"]
            before = text[max(0, match.start() - 120):match.start()]
            spelled = _spelled_out(before, short) or _body_before(before)
            if spelled:
                self.acronyms[short] = spelled
        # A headline's capitalised runs are mostly not names ("Kremlin Says"); only two- or three-word runs of
        # name-like words count, and only to lengthen a surname the body uses ("Woods" -> "Tiger Woods").
        self.from_title = [name for name in (split_role(m.group())[0] for m in CAPITALISED_RUN.finditer(title))
                           if 2 <= len(name.split()) <= 3 and all(PERSON_WORD.match(w) for w in name.split())
                           and name.split()[0].lower() not in FUNCTION_WORDS  # not "Not Mexico"
                           and not HEADLINE_VERBS & {w.lower() for w in name.split()}]  # not "Slams Donald Trump",
        # "Wife Tells Trump"
        self.described_in_title = {name for name in self.from_title if re.search(
            rf"\b[a-z][\w-]* {re.escape(name)}\b", title)}  # "satirical author Stefanie Sargnagel", not "Early Trump"
        in_title_case = _names_in_title_case(title, text)
        self.from_title += in_title_case
        self.described_in_title.update(in_title_case)
        opening = _HEADLINE_SUBJECT.match(title)  # "Eurotunnel reports 'best year ever'": what the article is about
        self.headline_subject = opening["name"] if opening and opening["name"] in text else ""
        self.text = text
        self.one_name_only = _named_by_one_name(text)  # "Cindy" -> "woman"
        self._bare: list[tuple[str, list[str]]] = []
        self._resolved: dict[tuple[str, int], str] = {}
        self._after_the: dict[str, bool] = {}
        self.aliases: dict[str, str] = {}
        later: list[tuple[str, str]] = []
        unglued: dict[str, str] = {}  # "Reaction Jeremy Corbyn": a subheading, then the name
        said_then_named: list[tuple[int, str]] = []
        counties: set[str] = set()
        without_glued: dict[str, str] = {}  # each name looked at once: "UN Haley" -> "Haley", "Will Hurd" -> ""
        for start, run in _runs_with_possessive_heads(text):
            if text.endswith(("said ", "says ", "added ", "adds "), max(0, start - 6), start):
                said_then_named.append((start, run))
            court = _ORDINAL_COURT.search(text, max(0, start - 6), start + 40) \
                if run.startswith(("Circuit", "U.S. Circuit")) else None
            if court and court.start() < start:
                self.bodies.append(court.group())  # "the 9th U.S. Circuit Court of Appeals", not "U.S. Circuit Court"
                continue
            capitals = [w for w in run.split() if w.lower() not in _DETERMINERS]  # "A Navy official", "Its Centre"
            if len(capitals) > 2 and capitals[0].lower() in ("former", "then", "late", "ex"):
                capitals = capitals[1:]  # "Former National Rifle Association president Marion Hammer"
            prefix = _role_prefix(text, start)
            if len(capitals) < 2 and not prefix:
                continue  # a lone capitalised word names nobody new
            if len(capitals) >= 2 and capitals[-1].lower() in ORG_NOUNS \
                    and not (_OF_PHRASE.match(text, start + len(run)) and _owned_by_a_place(run, text)):
                # not "China's Ministry" (of Commerce)
                self.bodies.append(" ".join(capitals))  # "Foreign Ministry", kept whole with its title word
            honorific = _HONORIFIC_BEFORE.search(text, max(0, start - 6), start) if not prefix else None
            name, role = split_role((honorific.group() if honorific else prefix) + run)  # ("Dr. Van Breeding")
            month = role.split()[-1] if role else ""
            if month in _MONTH_NAMES and len(name.split()) == 1 and run.startswith(month) \
                    and not _BEFORE_A_DATE.search(text, max(0, start - 8), start):
                name, role = f"{month} {name}", role.removesuffix(month).strip()  # "was August Flentje"; not "In
                # August Trump said"
            half = name.split()[:len(name.split()) // 2]
            if len(half) >= 2 and name == " ".join(half + half):
                name = " ".join(half)  # "Norbert Lammert Norbert Lammert", a caption glued to the text
            if len(name.split()) >= 3 and name.split()[-1] == name.split()[-2]:
                name = name.rsplit(" ", 1)[0]  # "Anders Behring Breivik Breivik has", a caption glued to the text
            if len(name.split()) == 3 and name.split()[0] == name.split()[1]:
                name = name.split(" ", 1)[1]  # "chief executive Bernard Bernard Byrne", the export's slip
            if len(name.split()) == 3 and run.startswith(name) and _heading_before_name(text, start, name):
                unglued[name] = name = name.split(" ", 1)[1]
            elif len(name.split()) >= 2:
                if name not in without_glued:
                    without_glued[name] = _name_after_glued_word(text, name)
                if without_glued[name]:
                    unglued[name] = name = without_glued[name]
            if name.startswith("Co ") and len(name.split()) == 2:
                counties.add(name)  # "Co Wicklow", an Irish county
                continue
            nation, _, rest = name.partition(" ")
            if nation in ("U.S.", "U.K.") and rest.isalpha() and rest.lower() not in ORG_NOUNS \
                    and re.search(rf"(?<!{re.escape(nation)} )\b{rest}\b", text):
                continue  # "in the U.S. Trump has": a sentence ends after "U.S."; "Trump" stands alone elsewhere
            if name and len(name.split()) >= 2 and name not in self.full and (
                    name.split()[0].lower() not in TITLE_WORDS or name.split()[0] in PEERS) \
                    and not _NOT_IN_NAMES.intersection(name.lower().split()) \
                    and not (_TITLE_IN_MARKS.match(text, start - 1) and any(f in name for f in self.full)):
                # not "Without Stand Your Ground", nor a title in marks that holds a name (`"Jimmy Kimmel Live!"`)
                self.full.append(name)  # (and "Lord Malloch-Brown", whom "Malloch-Brown" means)
            if role and len(name.split()) == 2 and name.split()[-1].lower() in SURNAMES_LIKE_PLACES \
                    and is_role_word(role.split()[-1].lower().strip(".")) and name not in PLACES_LIKE_NAMES \
                    and all(map(PERSON_WORD.match, name.split())):  # not "chief White House ethics lawyer"
                self.titled_people.add(name)
            if name.split()[:1] and name.split()[0] in PEERS:
                self.gender.setdefault(name, PEERS[name.split()[0]])
            body_head = _FOR_PHRASE.match(text, start + len(run))  # "activist group Syrian Observatory (for Human
            # Rights)": a body cut at its "for", not a person with a role
            if name and role and not body_head and (name.isupper() or looks_like_a_person(name) or (
                    role.split()[-1].lower() in ONE_NAME_TITLES and PERSON_WORD.match(name))):
                for word in _role_keys(role) + _qualified_role(_body_before_role(text, start, role) + role):
                    self._give_role(word, name)  # the first introduction: "Unite leader Len McCluskey"
                if role.split()[-1].lower() in TITLE_GENDER:
                    self.gender.setdefault(name, TITLE_GENDER[role.split()[-1].lower()])  # "King Kong" is no "she"
            elif name and role and PERSON_WORD.match(name):
                later.append((role, name))  # "President Trump": a role for the full name the article gives
        for colon in _COLON_THEN_QUOTE.finditer(text):  # a fact check's "REP. NANCY PELOSI, House leader: "...""
            label = _CAPITALISED_NAME_LABEL.search(text, max(0, colon.start() - 120), colon.start())
            name = split_role(label["name"].title())[0] if label else ""
            if len(name.split()) >= 2 and name not in self.full and looks_like_a_person(name):
                self.full.append(name)
        self.bodies += [m.group() for m in _NATIONAL_BODY.finditer(text)
                        if m["body"] in ORG_NOUNS and DEMONYM.search(m["nation"])]
        self.bodies += [_POSSESSIVE_END.sub("", m.group().removeprefix("The ")) for m in _AND_BODY.finditer(text)
                        if _POSSESSIVE_END.sub("", m["head"]).lower() in ORG_NOUNS]  # ("Human Services Department's")
        self.bodies += [_POSSESSIVE_END.sub("", _without_opening_words(m)) for m in _BODY_OF.finditer(text)
                        if m["head"].lower() in ORG_NOUNS]  # not "Department of Justice's (bid)"
        self.kinds: dict[str, str] = {}  # "bank" -> "Sberbank", from "Russia's largest bank, Sberbank,"
        for match in _KIND_THEN_NAME.finditer(text):
            if match["kind"] in ORG_NOUNS:
                self.kinds.setdefault(match["kind"], match["name"])
        for kind in _THEN_KIND.finditer(text):  # (not "agency": "X, the state agency that" is seldom what "the
            named = _NAME_ENDING.search(text, max(0, kind.start() - 120), kind.start())  # agency" means further on)
            if named:
                self.kinds.setdefault(kind["kind"], named["name"])
        for match in _NATIONAL_KIND_THEN_NAME.finditer(text):
            self.kinds.setdefault(match["kind"], match["name"])
            self.bodies.append(match["name"])  # "the company Desarrollos Energeticos": a body, never "she"
        self.places = {_POSSESSIVE_END.sub("", match["place"]) for match in _OF_NAME.finditer(text)
                       if text[max(0, match.start() - 14):match.start()].rsplit(" ", 1)[-1] in _PLACE_KINDS}
        self.places |= counties
        if " village" in text or " camp" in text:
            self.places |= {match["place"] for match in _NAME_THEN_PLACE_KIND.finditer(text)}
        dateline = DATELINE.match(text) or AGENCY_DATELINE.match(text)
        if dateline:
            self.places.add(dateline["place"])
        self.place_of: dict[str, str] = {}  # "the state" after "The state of Hawaii"
        for match in _PLACE_OF.finditer(text):
            self.place_of.setdefault(match["kind"].lower(), _POSSESSIVE_END.sub("", match["place"]))
        for couple in _COUPLE.finditer(text):  # "Jennifer and Keith Gibbs": Jennifer Gibbs too
            name = f"{couple['first']} {couple['surname']}"
            firsts = all(folded(couple[k]) in FIRST_NAME_GENDER for k in ("first", "second"))
            if firsts and name not in self.full and folded(couple["surname"]) not in FIRST_NAME_GENDER \
                    and couple["second"].lower() not in TITLE_WORDS:
                self.full.append(name)  # (not "William and Princess Kate")
        nicknamed = _named_around_nickname(text)
        self.full += [name for name in nicknamed.values() if name not in self.full]
        self.aliases = _familiar_forms(self.full) | unglued | self._nicknames(text) | nicknamed
        self._resolved.clear()  # names resolved so far did not know the familiar forms
        for glued, rest in unglued.items():
            self.aliases[glued] = self.resolve(rest)  # "UN Haley": the "Nikki Haley" the article names
        for match in _APPOSITION.finditer(text):  # "Joseph Made, Zimbabwe's agriculture minister, said"
            opener, rest = match["name"].split(" ", 1)  # not "Nevertheless Germany, the nonagenarian"
            later.append((match["role"], rest if opener.lower() in NOT_NAMES else match["name"]))
        for start, name in said_then_named:  # `"...," said Jack Robinson, the Colorado lawyer (for X).`: one of
            ending = _APPOSITION_ENDING.match(text, start + len(name))  # those "the lawyer" may mean, when Robinson
            for word in _role_keys(ending["role"]) if ending else []:  # spoke last
                self.holders.setdefault(word, set()).add(self.resolve(name))
        for match in chain(_TITLE_THEN_NAME.finditer(text), _THE_ROLE_THEN_NAME.finditer(text)):
            if is_role_word(match["title"].split()[-1].lower()):  # "Russian Presidential Spokesman, Dmitry Peskov,"
                later.append((match["title"], match["name"]))
        for match in _ROLE_OF_AFTER_COMMA.finditer(text):  # "Kaddu Sebunya, president of the AWF" beside "President Xi"
            name = _NAME_BEFORE_ROLE.search(text, max(0, match.start() - 60), match.start()) \
                if is_role_word(match["role"]) else None
            if name:
                self.holders.setdefault(match["role"], set()).add(self.resolve(name["name"]))
        for match in _ROLE_TO_PLACE_THEN_NAME.finditer(text):  # "the Russian ambassador to Syria, Alexander Kinshchak"
            if is_role_word(match["role"]):
                later.append((match["role"], match["name"]))
        for match in _ROLE_OF_BODY_THEN_NAME.finditer(text):
            name, body = split_role(match["run"])
            if body and body.split()[-1].lower() in ORG_NOUNS and len(name.split()) == 2 and is_role_word(match["role"]):
                later.append((match["role"], name))
        for role, name in later:
            resolved = self.resolve(name)
            if looks_like_a_person(resolved) or (  # "President Trump" in an article that never says "Donald"
                    role.split()[-1].istitle() and role.split()[-1].lower() in PERSON_TITLES | {"senator", "governor"}
                    and self.lone_surname(resolved) and resolved not in {full.split()[0] for full in self.full}):
                for word in _role_keys(role):
                    self._give_role(word, resolved)

    def _give_role(self, word: str, name: str) -> None:
        self.holders.setdefault(word, set()).add(name)
        if self.roles.setdefault(word, name) != name:
            self.shared_roles.add(word)

    def infer_genders(self, text: str) -> None:
        """Genders the article itself shows: "Mr/Mrs/Ms X", or a sentence about X followed by one opening with
        "He" or "She"; and, in `kin_gender`, "his wife, X" (which only rules X out for "he": a relative is seldom
        the one a pronoun means). Used only to keep "he" and "she" from landing on the wrong person."""
        votes: dict[str, list[str]] = {}
        titled: dict[str, set[str]] = {}
        for match in _HONORIFIC_NAME.finditer(text):
            gender = "m" if match["title"].lower() == "mr" else "f"
            votes.setdefault(self.resolve(match["name"]), []).append(gender)
            titled.setdefault(self.resolve(match["name"]), set()).add(gender)
        for name, noun in self.one_name_only.items():
            if noun in ("man", "boy", "woman", "girl"):
                votes.setdefault(name, []).append("m" if noun in ("man", "boy") else "f")
        for match in _KIN_NAME.finditer(text):
            name, _ = split_role(match["name"])
            if name and name.lower() not in NOT_NAMES:
                self.kin_gender.setdefault(self.resolve(name), KIN_GENDER[match["kin"]])
                if text[match.end():match.end() + 1] in (",", ")") or SPEAKS_NEXT.match(text, match.end()):
                    self.named_kin.add(match["kin"])  # (not "a call to his father, Ben Belgacem took"; but "Her
                    # mother Julie told RTE")
        sentences = SENTENCE_BREAK.split(text)
        for sentence in sentences:  # "Pryor wasn't afraid to ..., and he was one of the first"
            opening = _NAME_THEN_OWN_PRONOUN.match(sentence)
            if opening and (resolved := self.resolve(split_role(opening["name"])[0])) in self.full:
                votes.setdefault(resolved, []).append(GENDER_OF[opening["pronoun"]])
        for sentence, following in zip(sentences, sentences[1:]):
            first = following.split(" ", 1)[0].lower()  # not `"He lies," she said`
            if first not in ("he", "she"):
                continue
            for match in CAPITALISED_RUN.finditer(_outside_marks(sentence)):  # not `"Everybody ...," X said`
                name, _ = split_role(match.group())
                if name and name.lower() not in NOT_NAMES:
                    resolved = self.resolve(name)
                    if resolved in self.bodies:
                        break  # "... plans by the company Desarrollos Energeticos. She had said": not the firm
                    surname = re.escape(resolved.split()[-1])  # "He had been ..., Page said": "he" is not Page
                    spoken = re.search(rf"\b{surname} (?:said|says|added)\b", following)
                    if len(resolved.split()) >= 2 and resolved not in PLACES_LIKE_NAMES and not spoken:
                        votes.setdefault(resolved, []).append(GENDER_OF[first])
                    break
        for name, seen in votes.items():
            if seen.count("m") != seen.count("f"):
                self.gender[name] = "m" if seen.count("m") > seen.count("f") else "f"
        for name, genders in titled.items():  # "Mrs Thatcher", even in "... under Mrs Thatcher when he was made
            if len(genders) == 1:  # secretary of state. He believes": a title outweighs a guess from the next sentence
                self.gender[name] = genders.pop()
        for name in self.full:  # "Larry X" is no "she", whatever "She" opens the sentences after his name
            told = FIRST_NAME_GENDER.get(folded(name.split()[0]))
            if told and name not in titled and looks_like_a_person(name):
                self.told_by_first_name[name] = told
                if self.gender.get(name, told) != told:
                    del self.gender[name]  # a guess from the next sentence, which the name contradicts

    def could_be(self, person: str, gender: str) -> bool:
        """Whether nothing in the article shows `person` to be of the other gender: a first name that tells it, a
        title, the pronouns after their name."""
        shown = self.told_by_first_name.get(person) or self.gender.get(person, self.kin_gender.get(person, gender))
        return shown == gender

    def only_after_the(self, name: str) -> bool:
        """Whether the text names `name` only after "the" ("at the Golden Globes"): an event or a body, not "he"."""
        if name not in self._after_the:
            at, seen = self.text.find(name), False
            while at >= 0 and self.text.endswith(("the ", "The "), 0, at):
                at, seen = self.text.find(name, at + len(name)), True
            self._after_the[name] = seen and at < 0
        return self._after_the[name]

    @property
    def surnames(self) -> set[str]:
        """Last words of the article's full names and bodies."""
        return {name.split()[-1] for name in self.full + self.bodies}

    def _relative_named_late(self, full: str) -> bool:
        """Whether `full` is first named as someone's relative after its surname was used alone twice ("Trump said
        ... with his wife, Ivanka Trump"): the surname alone means someone else."""
        first = self.text.find(full)
        kin = first > 0 and _KIN_BEFORE.search(self.text, max(0, first - 20), first)
        return bool(kin) and len(re.findall(rf"\b{re.escape(full.split()[-1])}\b", self.text[:first])) >= 2

    def _bare_full(self) -> list[tuple[str, list[str]]]:
        """The full names with their words, Arabic articles and numerals ("IV") dropped; kept until another name is
        added."""
        if len(self._bare) != len(self.full):
            self._bare = [(name, [_ARABIC_ARTICLE.sub("", p) for p in name.split() if p not in _GENERATIONS])
                          for name in self.full]  # "Trillanes" for "Antonio Trillanes IV", "Vance" for "Cyrus Vance Jr"
        return self._bare

    def _nicknames(self, text: str) -> dict[str, str]:
        """One-word names the article says a person it names in full is known by ("Ernesto Martinez, a veteran of the
        crime beat known affectionately as Pepis"), for the later "Pepis says"; not "known as China's father of ..."."""
        found: dict[str, str] = {}
        if " known " not in text and "nicknamed" not in text:
            return found  # (the pattern opens with a capitalised word, tried at every one)
        for match in _KNOWN_AS.finditer(text):
            if match["full"] in self.full and looks_like_a_person(match["full"]) and match["alias"] not in self.full:
                found[match["alias"]] = match["full"]
        return found

    def _only_with_apostrophe_s(self, name: str) -> bool:
        """Whether every mention of `name` is "name's", one of them ending a phrase ("..., says Moody's.")."""
        if f"{name}'s" not in self.text and f"{name}’s" not in self.text:
            return False  # (the common case, without compiling a pattern for the name)
        mentions = []  # (with "'s", ending a phrase) for each mention; found with `str.find`, as a pattern for each
        at = self.text.find(name)  # name would be compiled at every call
        while at >= 0:
            after = at + len(name)
            if not _word_char_at(self.text, at - 1) and not _word_char_at(self.text, after):
                owner = _OWNER_S.match(self.text, after)
                mentions.append((owner is not None, owner is not None and owner["end"] is not None))
            at = self.text.find(name, at + 1)
        return all(owner for owner, _ in mentions) and any(end for _, end in mentions)

    def resolve(self, name: str) -> str:
        """The fullest form of `name` the article gives (remembered until another full name is added)."""
        key = (name, len(self.full))
        if key not in self._resolved:
            self._resolved[key] = self._resolve(name)
        return self._resolved[key]

    def _resolve(self, name: str) -> str:
        parts = name.split()
        if not parts:
            return ""
        if name in _PLACE_ENDINGS:
            return name  # "Emirates said": the airline, not the "United Arab Emirates" the article names
        if len(parts) == 2 and parts[0] in ("Lady", "Lord") \
                and (peer := f"{'Baroness' if parts[0] == 'Lady' else 'Baron'} {parts[1]}") in self.full:
            return peer  # "Lady Hayter" after "Baroness Hayter of Kentish Town": one peer
        if len(parts) == 1 and self._only_with_apostrophe_s(name):
            return f"{name}'s"  # "says Moody's": a firm named for its founder, never "Moody" alone
        best = name
        bare = [_ARABIC_ARTICLE.sub("", p) for p in parts]  # "Assad" for "Bashar al-Assad"
        for candidate, cparts in self._bare_full():
            glued = _HEADING_WORD.fullmatch(cparts[0]) and not cparts[-1].isupper() or "&" in cparts  # "STREAM Pak": a
            # heading, then a name; "Mail & Guardian Kwenaite": a paper, then a name
            if len(cparts) > len(best.split()) and cparts[-len(parts):] == bare and not glued \
                    and not (len(parts) == 1 and self._relative_named_late(candidate)):
                best = candidate
        if len(parts) == 1 and best != name:
            best = self._surname_first_named_since(name, best)
        if len(parts) == 1 and best == name:
            best = next((firm for firm in self.full if firm.startswith(f"{name} ") and all(
                word.lower().strip(".") in FIRM_SUFFIXES for word in firm.split()[1:])), name)  # "GEM" for "GEM Co Ltd"
        for candidate in self.from_title:
            cparts = candidate.split()
            first = cparts[0] if len(name) <= 3 and not any(f.split()[0] == name for f in self.full) else ""
            if len(parts) == 1 and len(cparts) > 1 and parts[0] in (cparts[-1], first) \
                    and not self._names_a_place(name):  # (and "Xi" for the headline's "Xi Jinping", not "Kim" for
                # "Kim Jong-nam" where the text also names "Kim In-ryong")
                # (not "Democracy Indian" for "Indian" where the text names India)
                return candidate  # the headline's "Tiger Woods" over a body's run-on "Torrey Pines Woods"
        if name.startswith(("Circuit ", "U.S. Circuit ")):  # "the panel, from the 9th Circuit Court of Appeals"
            best = next((b for b in self.bodies if b.endswith(f" {name}") and _ORDINAL_COURT.match(b)), best)
        if name in self.acronyms:
            return self.acronyms[name]
        if len(parts) >= 2:  # "Energy Market Operator" for the "Australian Energy Market Operator (AEMO)"
            best = next((_ARTICLE_OR_OWNER.sub("", full) for full in self.acronyms.values()
                         if full.endswith(f" {best}")), best)  # (not "EU's Court of Justice")
        if best == name and len(parts) >= 2:
            best = self._body_ending_with(name) or best  # "Small Businesses", only ever written in "the Federation
            # of Small Businesses"; "Chemical Weapons" beside the "Chemical Weapons Convention"
        joined = self._opened_with_and(best)
        if joined:
            return joined
        if name.isupper() and 2 <= len(name) <= 6:  # "ATSB" for "Australian Transport Safety Bureau"
            for candidate in self.bodies + self.full:
                candidate = re.sub(r"^(?:An?|The) ", "", candidate)  # "A Health Information and Quality Authority
                # review": "HIQA"; and "DOJ"
                spelled_out = name in (_initials(candidate), _initials(candidate, connectors=True))
                if spelled_out and not (name in AGENCY_ACRONYMS and candidate.split()[-1].islower()):
                    return candidate  # (but "AP" is the agency, not "Afghan police")
            spelled = next((run.group() for run in CAPITALISED_RUN.finditer(self.text) if len(name) > 2
                            and len(run.group().split()) == len(name) and _initials(run.group()) == name
                            and not run.group().startswith(name)), "")  # (not "US Secretary" for "US")
            spelled = spelled or next((run.group() for run in _AND_BODY.finditer(self.text) if len(name) > 2
                                       and _initials(_NATION_PREFIX.sub("", run.group())) == name), "")
            connected = (_NATION_PREFIX.sub("", run.group()) for run in _CONNECTED_RUN.finditer(self.text))
            spelled = spelled or next((body for body in connected if len(name) > 2 and " and " in body
                                       and _initials(body.rsplit(" and ", 1)[0]) == name), "")  # "CDC" for "(U.S.)
            # Centers for Disease Control and Prevention"
            if spelled:
                return spelled  # "HSE" for the "Health Service Executive (action plan)" the article names in passing;
                # "ICE" for "U.S. Immigration and Customs Enforcement"
        if best == name and len(parts) >= 3 and name not in self.full \
                and re.search(rf"\b(?:for|of) {re.escape(name)}", self.text):
            # "Transport Shane Ross", "Social Protection Leo Varadkar", cut from "Minister for ... X Y"
            best = next((" ".join(parts[k:]) for k in range(1, len(parts) - 1) if " ".join(parts[k:]) in self.full
                         and looks_like_a_person(" ".join(parts[k:]))), best)  # (not "Community Services" for "St
            # John of God Community Services")
        if len(best.split()) >= 2 and (f"{best} for " in self.text or f"{best} of " in self.text) \
                and re.search(rf"\b[Tt]he {re.escape(name)}\b", self.text):
            # "the Syrian Observatory", a body, for the "Syrian Observatory for Human Rights" the article names; "the
            # Army Corps" for the "U.S. Army Corps of Engineers"
            best = self._introduced_in_full(best)
        if best == name and len(parts) == 1 and "\ufffd" in name:  # "Mart\ufffd\ufffdn" for "Ivan Martin"
            lost = re.compile(re.sub("\ufffd+", r"[^\\W\\d_]{1,2}", re.escape(name)))
            best = next((c for c, cparts in self._bare_full() if len(cparts) > 1 and lost.fullmatch(cparts[-1])), best)
        if "-" in best and best.replace("-", " ") in self.full:
            best = best.replace("-", " ")  # "Martin-Heydon", the export's hyphen for a space
        if best == name and not name.isupper() and not self._names_a_place(name):
            # a first name ("LaShay") for the one full name that starts with it; not "Crimean" where "Crimea" is named
            starting = [c for c in self.full if len(c.split()) > len(parts) and c.split()[: len(parts)] == parts
                        and looks_like_a_person(c)]
            if len(starting) > 1:
                starting = self._given_before_alone(name, starting)  # "Zhou says" after "Zhou Peisheng", not the
                # "Zhou Junhao" named later
            if len(starting) == 1 or starting and len({c.split()[-1] for c in starting}) == 1:
                best = starting[0]  # (one person spelt two ways: "Lee Cheol Woo", "Lee Chul Woo")
        if best == name and len(parts) == 1:
            middle = [c for c in self.full if len(c.split()) == 3 and c.split()[1] == name and looks_like_a_person(c)]
            if len(middle) == 1 and surname_alone(self.text, name) \
                    and f"the {middle[0].lower()}" not in self.text.lower():  # not "the Rachel Maddow Show"
                best = middle[0]  # "Vila insisted" after "Alejandro Vila Chavez": the first of two surnames
        if best == name and len(parts) == 1 and len(name) >= 5 and name[:1].isupper() \
                and not (DEMONYM.search(name) and self._names_a_place(name)):  # ("Dzhagarian" may end like "Syrian")
            misspelt = [c for c in self.full if (c.split()[-1].lower() == name.lower() or _one_edit_apart(
                c.split()[-1].lower(), name.lower())) and looks_like_a_person(c) and not self._relative_named_late(c)]
            # (also "TIllerson", "Maguire")
            if len(misspelt) == 1:
                best = misspelt[0]  # "Tobias added" after "Carl Tobis said": the article's own typo
        if best == name and len(parts) == 2 and len(parts[1]) >= 5 and self._mentions(parts[1]) == 1:  # (not
            # "Abu Adi" for the "Abu Ali" of the next camp)
            misspelt = [c for c in self.full if c.split()[:1] == parts[:1] and len(c.split()) == 2
                        and _one_edit_apart(c.split()[1], parts[1]) and self._mentions(c.split()[1]) > 1]
            best = misspelt[0] if len(misspelt) == 1 else best  # "Michael Kaschk" once, for the "Michael Kaschke"
            # the article names throughout
        if best == name and name[:1].isupper() and not looks_like_a_person(name):  # ("Sen. Ben Sasse of Nebraska")
            best = self._always_with_tail(name) or best  # "Business" for the "Business in the Community" the text
            # writes each time
        party = f"{name[:-1] if name.endswith('s') else name} Party"
        if best == name and len(parts) == 1 and party in self.bodies:
            best = party  # "the Conservatives", "a Conservative spokesman": the Conservative Party the article names
        return self.aliases.get(best, best)

    def _with_body_tail(self, head: str) -> list[tuple[int, str]]:
        """Where the text gives `head` with a "for" or "of" phrase, and the whole name there: not cut short
        ("Islamic State of Iraq (and the Levant)"), and "Office for the Eastern District of New York", not "Office for
        the Eastern". (The tail's pattern is compiled once: a pattern for each head would be costly.)"""
        found, at = [], self.text.find(f"{head} ")
        while at >= 0:
            tail = _BODY_TAIL.match(self.text, at + len(head) + 1)
            if tail and not _word_char_at(self.text, at - 1):
                found.append((at, self.text[at:tail.end()]))
            at = self.text.find(f"{head} ", at + 1)
        return found

    def _body_ending_with(self, name: str) -> str:
        """The body whose name ends in "of", "for" or "on" (and "the" or "a") and `name`, when the text never writes
        `name` as a name of its own but there, or ""."""
        endings = tuple(f" {word} {name}" for word in ("of", "for", "on", "the", "a", "an"))
        bodies = [body for body in self.bodies if body.endswith(endings)]
        if not bodies:
            return ""
        openings = tuple(body[: -len(name)] for body in bodies)
        alone = [at for at in _standing_at(self.text, name)  # (not "Chemical Weapons Convention")
                 if not (self.text.startswith(" ", at + len(name)) and self.text[at + len(name) + 1:][:1].isupper())]
        return bodies[0] if all(self.text.endswith(openings, 0, at) for at in alone) else ""

    def _always_with_tail(self, name: str) -> str:
        """`name` with the lower-case word and capitalised words the text writes after it each time, at least twice
        ("Business in the Community", "Women on Waves"), or ""."""
        if self.text.count(f"{name} ") < 2 or not any(f"{name} {word} " in self.text for word in _TAIL_WORDS):
            return ""  # (the common case)
        tails = {(tail := _LOWER_CASE_TAIL.match(self.text, at + len(name))) and tail.group()
                 for at in _standing_at(self.text, name)}
        return f"{name}{tails.pop()}" if len(tails) == 1 and None not in tails else ""

    def _introduced_in_full(self, name: str) -> str:
        """The one name with a "for" or "of" phrase that the text gives `name` before it uses `name` alone, or
        `name`: introduced in full first, then shortened."""
        longer = self._with_body_tail(name)
        alone = re.search(rf"\b{re.escape(name)}\b(?! (?:for|of) )", self.text)
        if len({full for _, full in longer}) == 1 and (not alone or longer[0][0] < alone.start()):
            return longer[0][1]
        return name

    def _mentions(self, word: str) -> int:
        """How often the text has `word` as a word of its own."""
        return len(re.findall(rf"\b{re.escape(word)}\b", self.text))

    def _surname_first_named_since(self, name: str, ending: str) -> str:
        """A full name opening with `name` that the text gives after `ending` and before it first uses `name` alone
        ("says Liu" after "For Liu Xingtong, 36," where the singer "Rene Liu" was named earlier), else `ending`."""
        opening = [c for c in self.full if c.split()[0] == name and len(c.split()) > 1 and looks_like_a_person(c)]
        if not opening:
            return ending
        rests = "|".join(re.escape(full[len(name):].strip()) for full in opening)
        since = self.text.lower().find(ending.lower())  # (the first mention may lose a capital: "Xu han (inset)")
        alone = re.compile(rf"(?<![{UPPER}]\w )(?<![{UPPER}]\w\w )\b{re.escape(name)}\b(?! (?:{rests})\b)").search(
            self.text, since + len(ending))
        given = alone.start() if alone else since + len(ending)
        later = [c for c in opening if since < self.text.find(c) < given
                 and re.search(rf"\b{re.escape(c)}, (?:\d{{1,3}}|an?|the)\b", self.text)]  # introduced as a person
        return later[0] if len(later) == 1 else ending

    def _given_before_alone(self, name: str, fuller: list[str]) -> list[str]:
        """Those of the fuller names that the text gives before it first uses `name` alone."""
        rests = "|".join(re.escape(full[len(name):].strip()) for full in fuller)
        alone = re.search(rf"\b{re.escape(name)}\b(?! (?:{rests})\b)", self.text)
        return [full for full in fuller if alone and 0 <= self.text.find(full) < alone.start()]

    def _one_body_before(self, before_and: str) -> bool:
        """Whether the words before "and" open the same body's name ("Food" of "Food and Drug Administration"), not
        name a body or place of their own ("FBI and Justice Department", "Qatar Airways and Etihad Airways")."""
        last = before_and.split()[-1]
        return not (last.isupper() or last.lower() in ORG_NOUNS | _OWN_BODY_ENDINGS or self._names_a_place(last))

    def _opened_with_and(self, name: str) -> str:
        """The body named with "and" that `name` was cut from ("Drug Administration" from the "Food and Drug
        Administration" the article names; "Board" from its "Science and Security Board"), or ""."""
        joined = next((body for body in self.bodies if body.endswith(f" and {name}")
                       and self._one_body_before(body[: -len(name) - 5])), "")
        return _ARTICLE_OR_OWNER.sub("", joined)

    def _names_a_place(self, word: str) -> bool:
        """Whether a word is the adjective of a place the text names ("Crimean" beside "Crimea's", "Russian")."""
        return word.endswith("an") and _has_word(self.text, word[:-1])

    def is_proper(self, word: str) -> bool:
        """Whether the text capitalises this word where capitals are not owed to a sentence start (a name, not
        "Thousands gathered"), or it is an acronym."""
        if word.isupper() or any(c.isupper() for c in word[1:]) or word in NEWS_AGENCIES:
            return True
        after = r"(?:(?<=[\w,'’] )|(?<=\b[A-Z]\.[A-Z]\. ))"  # a word, a comma or an abbreviation ("U.S. Customs")
        return re.search(rf"{after}{re.escape(word)}\b", self.text) is not None

    def lone_surname(self, word: str, in_headline: bool = False) -> bool:
        """A one-word name the article uses for a person it never names in full ("Spicer", "Comey"); when the headline
        names them too (`in_headline`), once in the text will do, even opening a sentence ("Neuer's feelings")."""
        if word in self.one_name_only:
            return True
        return (bool(PERSON_WORD.match(word)) and word.lower() not in NOT_NAMES | PLACE_NOUNS | ORG_NOUNS | PRONOUNS
                | GENDER_OF.keys()
                and self.text.count(word) >= (1 if in_headline else 2) and (in_headline or self.is_proper(word)))

    def by_role(self, role: str) -> str:
        """The person the article introduced with this role word ("spokesman"), or ""."""
        role = unmangled_title(role.lower())
        return self.roles.get(role, "") or self.roles.get(_SAME_ROLE.get(role, ""), "")  # "the judge": "Justice X"

    def sole_holder(self, role: str) -> str:
        """The one person the article gives this role ("Taoiseach"), or "" when it gives it to none or to several
        ("President Barack Obama", "President Donald Trump")."""
        return "" if role.lower() in self.shared_roles else self.by_role(role)

    def body(self, head: str) -> str:
        """The named body the article gives for a common noun ("ministry" -> "Transport Ministry", "bank" ->
        "Sberbank" after "Russia's largest bank, Sberbank,"), or ""."""
        if head in self.kinds:
            return self.kinds[head]
        for candidate in self.bodies + self.full:
            words = candidate.lower().split()
            if head in words and (head != "government" or words[words.index(head) + 1:][:1] in ([], ["of"])):
                if len(words) == 2:  # "the bureau": "National Bureau" in full ("of Statistics"); "the
                    # administration": "General Administration of Sport of China"
                    longer = tuple(f"{candidate} {word} " for word in ("of", "for", "on"))  # ("Intergovernmental
                    # Committee for the Safeguarding of ...")
                    return next((body for body in self.bodies if body.startswith(longer)), self.resolve(candidate))
                candidate = self._opened_with_and(candidate) or candidate  # "the police": "Santa Fe Police
                # Department"; but "the government" is no "Local Government Association"
                return self._introduced_in_full(candidate) if " and " in candidate else candidate
        glued = set(re.findall(rf"\b[{UPPER}][a-z]+{re.escape(head)}\b", self.text)) if len(head) >= 4 else set()
        return glued.pop() if len(glued) == 1 else ""  # "the bank": "Commerzbank", "Sberbank"


ROLE_NOUNS = {  # what people are, beyond titles and the -er/-ist/-ian words
    "envoy", "aide", "diplomat", "candidate", "nominee", "expert", "boss", "star", "witness", "nurse", "pilot",
    "widow", "wife", "husband", "son", "victim", "veteran", "delegate", "chef", "host", "anchor", "scholar", "fellow",
    "academic", "operative", "housewife", "homemaker", "retiree", "refugee", "grandmother", "grandfather", "pundit",
    "dad", "mum", "mom", "provost", "registrar", "headmistress", "vicar", "priest", "chaplain", "warden", "surgeon",
    "paramedic", "architect", "mogul", "magnate", "abbot", "abbess", "monk", "nun", "garda",
}


NOT_ROLES = {  # words ending like roles that are not
    "senior", "junior", "major", "minor", "interior", "exterior", "prior", "other", "another", "under", "never",
    "ever", "later", "whether", "either", "neither", "together", "further", "rather", "number", "order", "power",
    "border", "center", "centre", "water", "paper", "letter", "quarter", "corner", "matter", "winter", "summer",
    "recent", "current", "present", "percent", "different", "important", "significant", "most", "first", "last",
    "newspaper", "broadcaster", "tabloid", "newsletter", "computer", "monitor", "register", "operator",
} | NAMES_ENDING_LIKE_ROLES


def is_role_word(word: str) -> bool:
    """A word that names what someone is ("spokesman", "leader", "envoy"), not what they did ("called")."""
    return word.isalpha() and word not in FUNCTION_WORDS | NOT_ROLES | ORG_NOUNS and (
        word in TITLE_WORDS or word in ROLE_NOUNS
        or (word.endswith(ROLE_SUFFIXES) and not word.endswith(("ed", "ing"))))


def is_plural_role(word: str) -> bool:
    """A plural of a role word ("Secretaries", "Senators"): people the sentence goes on to name, never a name."""
    word = word.lower()  # (the titles only: "Wilders" is no plural of a "wilder")
    return word.endswith("s") and (word[:-3] + "y" if word.endswith("ies") else word[:-1]) in TITLE_WORDS | ROLE_NOUNS


def _named_around_nickname(text: str) -> dict[str, str]:
    """The full names written around a nickname in marks, by the nickname and surname: 'William "Ryan" Owens' is
    William Owens, whom "Ryan Owens" also means (and 'Gen. Raymond "Tony" Thomas' is Raymond Thomas)."""
    if not _NICKNAME_IN_MARKS.search(text):
        return {}  # (a quick test first: the name pattern is slow to try at every word)
    found = {f"{m['nick']} {m['last']}": split_role(f"{m['first']} {m['last']}")[0]
             for m in _QUOTED_NICKNAME.finditer(text)}
    return {nick: name for nick, name in found.items() if len(name.split()) > 1}


def _familiar_forms(full_names: list[str]) -> dict[str, str]:
    """"Danny Jacobs" -> "Daniel Jacobs": two names of one article with the same surname whose first names begin
    alike (three letters) are one person, under the longer first name, unless one letter inside makes the other name
    ("Ivana" and "Ivanka"; but "Mohamed" and "Mohammed"); "Donald J. Trump" -> "Donald Trump", the same name without
    its middle initial."""
    aliases: dict[str, str] = {}
    for name in full_names:
        plain = re.sub(r" [A-Z]\.?(?= )", "", name)
        if plain != name and plain in full_names:
            aliases[name] = plain
            continue
        first, _, last = name.partition(" ")
        for other in full_names:
            other_first, _, other_last = other.partition(" ")
            if (other_last == last and other_first != first and len(other_first) > len(first)
                    and other_first[:3].lower() == first[:3].lower() and len(first) >= 3
                    and not _one_letter_more(first, other_first)):
                aliases[name] = other
    return aliases


_KNOWN_AS = re.compile(  # "X, 20-year veteran of the crime beat known affectionately as Pepis (peh-peace)"
    rf"\b(?P<full>{CAP_WORD} {CAP_WORD}),[^.\"“”]{{0,120}}?\b(?:also |better |widely |popularly )?"
    rf"(?:known(?: [a-z]+ly)? as|nicknamed) [\"“]?(?P<alias>{CAP_WORD})\b[\"”]?(?!['’]| {CAP_WORD}| of\b)"
)
PEOPLES = ("ians", "eans", "icans", "anis", "elis", "germans")  # "Syrians", "Israelis": a people, no person
_NATIONALITIES = {  # "a Dutch Moroccan", "a Syrian Muslim", "a Mexican American": who someone is, not a name
    "dutch", "british", "irish", "english", "scottish", "welsh", "french", "german", "turkish", "kurdish", "danish",
    "polish", "spanish", "swedish", "greek", "swiss", "chinese", "japanese", "korean", "lebanese", "sudanese",
    "moroccan", "algerian", "tunisian", "egyptian", "libyan", "syrian", "iraqi", "iranian", "afghan", "pakistani",
    "indian", "american", "mexican", "african", "asian", "european", "arab", "palestinian", "israeli", "russian",
    "ukrainian", "somali", "nigerian", "muslim", "jewish", "kurd", "uighur", "sunni", "shia", "shiite",
    "malaysian", "indonesian", "thai", "vietnamese", "filipino", "singaporean", "taiwanese", "australian", "canadian",
    "brazilian", "italian", "portuguese", "belgian", "austrian", "hungarian", "romanian", "norwegian", "finnish",
    "kenyan", "ethiopian", "saudi", "bangladeshi", "cuban", "colombian", "venezuelan", "argentine", "haitian",
}  # (every word of the phrase: "Chinese Malaysian", but not "Mark Cuban")


def looks_like_a_person(name: str) -> bool:
    """Two or more name-shaped words, not ending like a place, a body or a party ("White House", "Foreign Ministry",
    "Liberal Democrats")."""
    words = [w for index, w in enumerate(name.split())  # "Bill de Blasio"; "Ben Sasse" and "Van Jones" open with a
             if w.lower() not in PARTICLES or (index == 0 and w in FIRST_NAME_PARTICLES)]  # first name
    last = words[-1].lower() if words else ""
    return len(words) >= 2 and "&" not in name.split() and all(map(PERSON_WORD.match, words)) \
        and last not in NOT_SURNAMES \
        and words[0].lower() not in PLACE_FIRST_WORDS and not (last.endswith("s") and last[:-1] in PARTY_MEMBERS) \
        and not last.endswith(PEOPLES) and not last.endswith(("atic", "ical")) \
        and not _NOT_IN_NAMES.intersection(w.lower() for w in words) \
        and not all(w.lower() in _NATIONALITIES for w in words) and words[-1] not in ("He", "She", "It", "They")
    # (not "Younger Russians", a people, nor "Stand Your Ground", a phrase, nor "Dutch Moroccan", a nationality, nor
    # "North Korea He", a heading glued to a sentence; but "He Yafei" is)


def blank_quoted(text: str) -> str:
    """`text` with the same length, the words inside each pair of quotation marks blanked: a title in marks ("An
    Inconvenient Sequel") or a quoted "Everybody" names nobody."""
    return _IN_MARKS.sub(lambda m: " " * len(m.group()), text)


def _outside_marks(sentence: str) -> str:
    """A sentence without its quoted words: `"...," X said` keeps ` X said`, also when the quotation opened in an
    earlier sentence, and `X said: "...` keeps `X said: ` when it closes in a later one."""
    sentence = blank_quoted(sentence)
    mark = re.search(r"[\"“”]", sentence)
    if not mark:
        return sentence
    opening = mark.group() == "“" or (mark.group() == '"' and sentence[mark.start() - 1:mark.start()] in ("", " "))
    return sentence[:mark.start()] if opening else sentence[mark.end():]


def _one_letter_more(shorter: str, longer: str) -> bool:
    """Whether `longer` is `shorter` with one letter added inside it that does not double its neighbour ("Ivanka"
    for "Ivana"; not "Mohammed" for "Mohamed", nor "Lukas" for an article's slip "Luka")."""
    return len(longer) == len(shorter) + 1 and any(
        longer[:i] + longer[i + 1:] == shorter and longer[i] not in longer[i - 1] + longer[i + 1]
        for i in range(1, len(longer) - 1))


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether two words differ by one inserted, dropped or changed letter, or two neighbours swapped ("Aurguay" for
    "Aruguay"), not in the first letter."""
    if a[:1] != b[:1] or a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        differ = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        return len(differ) == 1 or (len(differ) == 2 and differ[1] == differ[0] + 1
                                    and a[differ[0]] == b[differ[1]] and a[differ[1]] == b[differ[0]])
    shorter, longer = sorted((a, b), key=len)
    return any(longer[:i] + longer[i + 1:] == shorter for i in range(len(longer)))


def _initials(name: str, connectors: bool = False) -> str:
    """"UNHCR" for "United Nations High Commission for Refugees"; "DOJ" for "Department of Justice" when the
    connectors count."""
    skipped = {"the", "&"} if connectors else CONNECTORS | {"the", "and", "on", "&"}  # ("Health Information & Quality")
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w and w.lower() not in skipped).upper()  # (and "ISPR"
    # for "Inter-Services Public Relations")


def _spelled_out(words: str, acronym: str) -> str:
    """The last words of `words` whose initials spell `acronym` ("the UNHCR and the International Organization for
    Migration", "IOM"), or ""."""
    parts = _PLURAL_APOSTROPHE.sub("", words.rstrip()).split()[-2 * len(acronym) - 2:]  # "Forces' (SDF)"
    for start in range(len(parts)):
        name = " ".join(parts[start:])
        if parts[start][:1].isupper() and parts[start] != "The" and acronym in (
                _initials(name), _initials(_before_of(name))):  # ("World Wide Fund for Nature (WWF)")
            return name
    last = parts[-1] if parts else ""
    one_word = last[:1] == acronym[:1] and last.isalpha() and not last.isupper() and len(last) > 2 * len(acronym) \
        and last.lower() not in ORG_NOUNS  # (not "International Ski Federation (FIS)")
    return last if one_word else ""  # "Vnesheconombank (VEB)"


def _without_opening_words(match: re.Match) -> str:
    """A body "of" something with the capitalised words before its head that belong to its name ("Royal Bank of
    Scotland", "Federal Bureau of Investigation"), not those that open a sentence or a title ("On Tuesday Department
    of ...", "Minister Department")."""
    prefix = (match["prefix"] or "").split()
    while prefix and (prefix[0].lower() in NOT_NAMES | FUNCTION_WORDS | _WEEKDAYS):
        prefix.pop(0)
    return " ".join(prefix + [match.group()[match.start("head") - match.start():]])


def _body_before(words: str) -> str:
    """The body named right before an acronym its initials do not spell, a name in another language ("International
    Ski Federation (FIS)", "Federal Security Service (FSB)"), or ""."""
    run = _NAME_ENDING.search(words)
    name = re.sub(r"^(?:The|A|An) |^.*['’]s ", "", run.group()) if run else ""  # "Mexico's National Hydrocarbons
    # Commission (CNH)"
    head = _before_of(name).split()[-1] if name else ""  # "Federal Office (for Migration ...)"
    return name if len(name.split()) > 1 and head.lower() in ORG_NOUNS else ""


def _before_of(name: str) -> str:
    """A body's name up to its "for", "of" or "on" phrase: "World Wide Fund" of "World Wide Fund for Nature"."""
    return re.split(r" (?:for|of|on) ", name)[0]


def _trailing_body(words: list[str]) -> int | None:
    """Where a body name ending the phrase starts, when its head is followed by "of", "for" or "and" ("Ministry of
    Defence", "U.S. Customs and Border Protection"); None when a person's title follows ("Bank of England Governor
    Mark Carney") or there is no such name."""
    start = len(words)
    while start > 0 and not words[start - 1].endswith(("'s", "’s")) and (_STARTS_NAME.match(words[start - 1]) or (
            start < len(words) and words[start - 1].lower() in ("of", "for", "and", "the", "on"))):
        start -= 1
    while start < len(words) and (not _STARTS_NAME.match(words[start]) or words[start].lower() in ("the", "a", "an")):
        start += 1
    run = [w.strip(".,").lower() for w in words[start:]]
    heads = [i for i, w in enumerate(run[:-2]) if w in ORG_NOUNS | {"customs", "centers", "centres"}
             and run[i + 1] in ("of", "for", "and")]  # (and "Centers for Disease Control and Prevention")
    if not heads or PERSON_TITLES.intersection(run[heads[0]:]) or run[0] in PERSON_TITLES:  # "Minister of State for"
        return None
    tail = [w.strip(".,") for w in words[-2:]]
    if looks_like_a_person(" ".join(tail)) and not TITLE_WORDS.intersection(w.lower() for w in tail) \
            and TITLE_WORDS.intersection(run[heads[0] + 2:-2]):
        return None  # "Corps of Engineers Omaha District Commander Col. John Henderson": a titled person
    lead = words[start:start + heads[0]]
    if len(lead) > 2 and [w.lower() for w in lead[-2:]] == ["of", "the"] and looks_like_a_person(" ".join(lead[:-2])):
        return None  # "David Martin of the University of Virginia": a person, then where they work
    return start


def _titled_surname(first: str, last: str) -> bool:
    """Whether a title word is a surname after a first name ("Edmund King", "Dan Bishop"), not a title after a
    nationality or a body ("Saudi King", "Supreme Court Judge")."""
    return last.lower() in SURNAME_TITLES and _name_word(first)


def _name_word(word: str) -> bool:
    """Whether a capitalised word can be a first or middle name: not a title, a body, a place or a nationality."""
    nationality = DEMONYM.search(word) and len(word) > 3  # "Dan" only ends like one
    return bool(PERSON_WORD.match(word)) and not nationality \
        and word.lower() not in TITLE_WORDS | NOT_NAMES | ORG_NOUNS | PLACE_NOUNS | FUNCTION_WORDS


def _names_in_title_case(title: str, text: str) -> list[str]:
    """Two-word names inside a headline written in title case ("Neil Gorsuch Made Up A Legal Standard That ..."),
    whose second word the text uses as a surname: a first name the text itself may never give."""
    found = []
    for run in CAPITALISED_RUN.finditer(title):
        words = run.group().split()
        for first, last in zip(words, words[1:]) if len(words) > 3 else ():
            not_first = first.lower() in FUNCTION_WORDS | HEADLINE_VERBS | NOT_NAMES | TITLE_WORDS \
                or first.endswith("ing") or is_role_word(first.lower())  # not "Probing Trump", "Justice Breyer"
            if not_first or last.lower() in FUNCTION_WORDS | HEADLINE_VERBS \
                    or not looks_like_a_person(f"{first} {last}"):
                continue
            alone = re.compile(rf"\b{re.escape(first)}\b(?! {re.escape(last)}\b)", re.I)  # ("Perfect", "Store")
            named = any(m[1] != first and looks_like_a_person(m.group()) and m[1].lower() not in TITLE_WORDS
                        | FUNCTION_WORDS for m in re.finditer(rf"\b([A-Z][\w'-]+) {re.escape(last)}\b", text))
            # (the text's own "Donald Trump" for the headline's "Blocks Trump")
            if re.search(rf"(?<!{re.escape(first)} )\b{re.escape(last)}\b", text) and not alone.search(text) \
                    and not named:
                found.append(f"{first} {last}")
    return found


def _runs_with_possessive_heads(text: str) -> Iterator[tuple[str, str]]:
    """Each capitalised run with where it starts; a run going on past a possessive ("President Donald Trump's
    Republican") also yields its head up to it, when that is a person's name."""
    for match in CAPITALISED_RUN.finditer(text):
        run = match.group()
        yield match.start(), run
        head = _POSSESSIVE_HEAD.match(run) if "s " in run else None
        if head and _first_name_of(split_role(head.group())[0], text):
            yield match.start(), head.group()


def _heading_before_name(text: str, start: int, name: str) -> bool:
    """Whether the first word of a three-word name opening a sentence is a subheading glued to a name the article has
    already given after a role ("Reaction Jeremy Corbyn, leader of ..." after "Opposition leader Jeremy Corbyn"): a
    word the text uses nowhere else. (A first name comes at the first mention: "Rami Abdel Rahman" and later "Syrian
    opposition Abdel Rahman".)"""
    first, rest = name.split(" ", 1)
    opens = start == 0 or text[max(0, start - 4):start].rstrip().endswith((".", "!", "?", '"', "”"))
    return opens and len(re.findall(rf"\b{re.escape(first)}\b", text)) == 1 and any(
        is_role_word(match[1]) for match in re.finditer(rf"\b([a-z]+) {re.escape(rest)}\b", text[:start]))


def _name_after_glued_word(text: str, name: str) -> str:
    """`name` without its first word when that word is glued on, not a first name, and the text uses the rest
    alone: an acronym the text also uses alone ("AAIB Julian Firth", "UN Haley" where "Nikki Haley" is named), a
    common noun before two or more names ("Shark Mark Cuban" where the text has "sharks" and "Mark Cuban" alone;
    "Will Hurd" keeps its "Will"), a role ("Designer Belyashov" where the text has "designer"), or a place or thing
    the text has after "in" or "the", ending a subheading glued to a sentence ("... in Iraq Beyati, whose group ..."),
    or after "to", opening a sentence with "From" ("From Greece Anas traveled"); else ""."""
    first, _, rest = name.partition(" ")
    several = " " in rest
    once = text.count(name) == 1
    acronym = len(first) >= 2 and first.isupper()
    common = first[1:].islower() and f" {first.lower()}" in text and (several or is_role_word(first.lower()))
    hyphen = several and "-" in first
    fronted = f"From {name}" in text  # "From Greece Anas traveled": a place opening the sentence
    place = once and (f"in {first}" in text or f"the {first}" in text or fronted)
    if not (acronym or common or hyphen or place) or text.count(rest) == text.count(name):
        return ""  # (the common case, without compiling patterns for the name)
    if several and not looks_like_a_person(rest):
        return ""
    if not several and (not PERSON_WORD.match(rest) or rest.lower() in NOT_SURNAMES
                        or _NATIONALITIES & {first.lower(), rest.lower()}):
        return ""  # no surname: "Foreign Ministry", "American Muslims"
    acronym = acronym and re.search(rf"\b{re.escape(first)}\b(?! {re.escape(rest)})", text) is not None
    common = common and re.search(rf"\b{re.escape(first.lower())}s?\b", text) is not None
    before = "in|the|to" if fronted else "in|the"
    place = place and re.search(rf"\b(?:{before}) {re.escape(first)}\b(?! [{UPPER}])", text) is not None
    if several:
        return rest if acronym or common or place or hyphen else ""
    if re.search(rf"\b(?:in|at|from|to) {re.escape(rest)}\b|\b{re.escape(rest.lower())}\b", text):
        return ""  # a place ("RB Leipzig" where the text has "in Leipzig") or a common noun ("CREDO Action")
    if common:
        return rest
    speaks = place and re.search(rf"\b{re.escape(rest)} (?:said|says|told|added)\b", text)
    # a person the text names with the rest as surname: "Nikki Haley"; not "Political Action" of a "Conference"
    return rest if (acronym or place) and (speaks or any(looks_like_a_person(m.group()) for m in re.finditer(
        rf"\b(?!{re.escape(first)}\b)[{UPPER}][\w'’-]+ {re.escape(rest)}\b(?! [{UPPER}])", text))) else ""


def _owned_by_a_place(run: str, text: str) -> bool:
    """Whether a capitalised run opens with the possessive of a place the text has after "in", "from" or "to"
    ("China's Ministry", "New Zealand's Department"), not of a word of a body's name ("People's Bank")."""
    owner = re.match(r"(.+?)['’]s ", run)
    return owner is not None and re.search(rf"\b(?:in|from|to) {re.escape(owner[1])}\b", text) is not None


def _has_word(text: str, word: str) -> bool:
    """Whether `word` stands in the text as a word of its own (as `\bword\b`, without compiling a pattern)."""
    at = text.find(word)
    while at >= 0:
        if not _word_char_at(text, at - 1) and not _word_char_at(text, at + len(word)):
            return True
        at = text.find(word, at + 1)
    return False


def _standing_at(text: str, name: str) -> list[int]:
    """Where `name` stands in the text as words of their own, not inside a hyphenated or longer word (as a pattern
    with a look-behind would find it, without compiling one)."""
    found, at = [], text.find(name)
    while at >= 0:
        if not (_word_char_at(text, at - 1) or text[at - 1:at] in ("'", "’", "-")) \
                and not _word_char_at(text, at + len(name)):
            found.append(at)
        at = text.find(name, at + 1)
    return found


def _word_char_at(text: str, at: int) -> bool:
    """Whether a letter, digit or underscore stands at `at` (nothing does outside the text), as for `\b`."""
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_")


def _first_name_of(name: str, text: str) -> bool:
    """Whether `name` looks like a person's and its first word appears only before its second: a first name
    ("Donald" of "Donald Trump"), not a place or an adjective ("Hebei High People", "Catholic Church")."""
    words = name.split()
    return looks_like_a_person(name) and text.count(words[0]) == text.count(f"{words[0]} {words[1]}")


def _role_prefix(text: str, start: int) -> str:
    """The role words right before a capitalised run: "Kremlin spokesman " or "President of ", else ""."""
    window = max(0, start - 40)
    title = _TITLE_OF_PREFIX.search(text, window, start)
    run = CAPITALISED_RUN.match(text, start).group().split() if title else []
    if title and title["title"].lower() in TITLE_WORDS and len(run) >= 3 and run[0].lower() not in TITLE_WORDS:
        # "President of Belarus Alexander Lukashenko"; not "Envoy for Environmental Protection", nor "(Minister of)
        # State for Justice David Stanton", whose run holds its own title
        return title.group()
    lower = _ROLE_PREFIX.search(text, window, start)
    if lower and lower.group() == "to " and text[max(0, start - 13):start].lower() == "according to ":
        return ""  # "According to Marinette Nyh Radebo": no role, unlike "Ambassador to Cyprus Stanislav Osadchy"
    if lower and lower.group().split()[-1] in ("in", "from", "at", "near") \
            and len(CAPITALISED_RUN.match(text, start).group().split()) < 3:
        return ""  # "a senior general in (South Sudan)": where the general is, not their name
    role = lower.group() if lower else ""
    if role in ("of ", "for ") and text[max(0, start - 5):start - 3] == ", ":
        return ""  # "Sarah Grahame, of (Thames Valley Police)": where she works, not a title of "Valley Police"
    if role == "and " and not _PORTFOLIO_BEFORE_AND.search(text, max(0, start - 80), start) and not any(
            word.lower() in CONNECTORS for word in CAPITALISED_RUN.match(text, start).group().split()):
        return ""  # "McCarthy and (Christine Todd Whitman)": a list's next person; not "Minister for Economy and
        # (Transport Sergey Ivanov)" or a heading's "and (Rwanda For Mesgen)"
    works_for = role.endswith(" of ") or role.endswith(" for ") and not role.startswith(("spokes", "representative"))
    if works_for and len(CAPITALISED_RUN.match(text, start).group().split()) < 3:  # (a spokesman for Mrs May speaks as
        # her)
        return ""  # "the new boss of (John Lewis)", "a lawyer for (Mary Jones')": whom they work for, not them
    longer = _LONG_ROLE_PREFIX.search(text, max(0, start - 70), start) if text.endswith(
        (" to ", " in ", " at ", " on "), 0, start) else None
    if longer and is_role_word(longer["role"]) and (not lower or not any(map(is_role_word, lower.group().split()))):
        return longer.group()  # "envoy to international representations in (Geneva Alexei Borodavkin)"
    return lower.group() if lower else ""


def unmangled_title(word: str) -> str:
    """The title word whose accented letter the export lost ("t\ufffd\ufffdnaiste" for "tánaiste"), or `word`."""
    if "\ufffd" not in word:
        return word
    pattern = re.compile(".".join(map(re.escape, re.split("\ufffd+", word))))
    return next((title for title in TITLE_WORDS if pattern.fullmatch(title)), word)


_OF_A_PERSON = {"experience", "story", "case", "death", "killing", "murder", "assassination", "arrest", "detention",
                "release", "trial", "funeral", "body", "family", "life", "legacy", "wife", "husband", "widow", "son",
                "daughter", "mother", "father", "brother", "sister", "home", "house", "friend", "cousin", "relatives",
                "parents", "children", "lawyer"}  # "the home of Seif Zaidan Khalaf"
_SAME_ROLE = {"judge": "justice", "justice": "judge", "father": "dad", "dad": "father", "mother": "mum", "mum": "mother",
              "mom": "mother", "attorney": "lawyer"}  # role words one person holds both of
_OFFICE_HOLDERS = {"sheriff", "attorney", "governor", "mayor", "coroner", "examiner", "prosecutor", "commissioner"}
# "Pinellas County Sheriff's Office", "Manhattan District Attorney's Office": a body
_NAME_POSSESSIVES = {"people", "women", "children"}  # "People's Liberation Army", "Women's Aid": part of a name


_GLUED_WORD = re.compile(  # a verb or function word glued to a name by a dash ("Kimmel-shared", "Sturgeon-said"); not
    # a modifier ("US-led") nor a syllable of a Korean or Chinese given name ("Ki-moon", "Jae-in")
    r"(?<=[a-z])-(?:said|says|is|was|has|had|for|and|that|may|will|gave|told|also|are)$")
_GLUED_PAST = re.compile(  # "Jimmy Kimmel-shared his take"; not a modifier ("Trump-signed", "US-led")
    r"(?<=[a-z])-(?!(?:based|led|owned|backed|controlled|funded|sponsored|linked|affiliated|related|inspired|focused|"
    r"brokered|imposed|branded|ruled|styled|registered|listed|flagged|armed|educated|trained|signed)$)[a-z]{3,}ed$")


@functools.lru_cache(maxsize=50_000)
def split_role(phrase: str) -> tuple[str, str]:
    """("Dmitry Peskov", "Kremlin spokesman") from "Kremlin spokesman Dmitry Peskov"; roles and honorifics go.

    "of" joins capitalised words into one name ("Central Bank of Eastmark").
    """
    split = phrase.split()
    several = len(split) > 1
    words = [part for index, word in enumerate(split) for part in _unglued_title(word, index == 0 and several)]
    if len(words) > 2 and words[-1].rstrip(".,").lower() in _WEEKDAYS:
        words = words[:-1]  # "(meet with) President Donald Trump Friday": a day, in the American way, without "on"
    if words and "-" in words[-1]:
        words[-1] = _GLUED_WORD.sub("", words[-1])  # "Nicola Sturgeon-said": the export's dash for a space
        words[-1] = _GLUED_PAST.sub("", words[-1]) if len(words) > 1 else words[-1]
    if len(words) > 2 and words[-1].strip(".,") in POSTNOMINALS and (
            words[0][:1].isupper() and words[0].lower() not in ("the", "a", "an")
            or all(PERSON_WORD.match(word) for word in words[-3:-1]) and words[-2].lower() not in ORG_NOUNS):
        words = words[:-1]  # "Iain Wright MP", "for the prosecution Ciaran Murphy QC"; not "the Labour MP", "one Green
        # Party MP"
    if len(words) > 1 and words[0] == "Is":
        words = words[1:]  # a question's verb ("Is Trump's increase one of the largest?"); "IS" stays (NOT_NAMES)
    if len(words) > 1 and words[0] == "About":  # a press release's heading, "About SDCmaterials", or "About Trump, he
        words = words[1:]  # said"
        if len(words) == 2 and words[0] == words[1]:
            words = words[:1]  # "About SDCmaterials SDCmaterials develops": the heading, then a sentence opening
    firm = len(words) if words and words[-1].strip(".,").lower() in FIRM_SUFFIXES else 0
    while firm > 0 and _STARTS_NAME.match(words[firm - 1]) and not words[firm - 1].endswith(("'s", "’s")):
        firm -= 1
    if 0 < firm < len(words) - 1 and words[firm - 1].islower():  # "chairman of Robert Bosch GmbH": the firm, whole
        return " ".join(words[firm:]).rstrip(".,"), " ".join(words[:firm])
    linked = next((i for i in range(1, len(words) - 1) if words[i] in ("Without", "Against")
                   and words[i - 1][:1].isupper() and words[i + 1][:1].isupper()), None)
    if linked is not None:  # "Doctors Without Borders", "Mothers Against Drunk Driving": a body, "Doctors" no title
        start = linked - 1
        while start > 0 and words[start - 1][:1].isupper():
            start -= 1
        return " ".join(words[start:]).rstrip(".,"), " ".join(words[:start])
    body_start = _trailing_body(words)
    if body_start is not None:  # "the Russian Ministry of Foreign Affairs": its title words are part of the name
        return " ".join(words[body_start:]).rstrip(".,"), " ".join(words[:body_start])
    run: list[str] = []
    last = words[-1].strip(".,").lower() if words else ""
    body = last in ORG_NOUNS or (  # "Foreign Ministry" keeps "Foreign", "Migrant Rights Centre Ireland" "Migrant"
        len(words) > 2 and words[-2].lower() in ORG_NOUNS - TITLE_WORDS and words[-1].istitle()
        and not TITLE_WORDS & set(re.split(r"[-.,]", last))) or (
        last == "executive" and len(words) > 2 and words[-2].istitle() and words[-2].lower() not in TITLE_WORDS)
    # ("Health Service Executive", "Dublin Region Homeless Executive"; not "Chief Executive")
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if "(" in word or ")" in word or _HYPHENATED_MODIFIER.search(word) or _LINK_CODE.search(word):
            break  # "pic.twitter.com/Bt62uSxCu3 Donald Trump Jr." (but "CBS2 News"), "Kurdish-led Syrian Democratic"
        if run and word.endswith(("'s", "’s")) and not (word[:-2].lower() in _NAME_POSSESSIVES and any(
                w.lower().strip(".,") in ORG_NOUNS for w in run)) and not (
                word[:-2].lower() in _OFFICE_HOLDERS and run[0].lower().strip(".,") in ("office", "department")):
            break  # "Al Jazeera's Andrew Simmons": the possessive is an affiliation (but "People's Bank of China", not
            # "Save the Children's Sacha Myers")
        bare = unmangled_title(word.strip(".,'’").lower())
        if "-" in bare and (all(part in TITLE_WORDS | {"elect", "designate", "then", "ex", "major"}
                                for part in bare.split("-"))
                            or bare.startswith(("then-", "ex-"))):
            bare = "vice"  # "Vice-Admiral", "Major-General", "President-elect", "Then-Sen.", "Then-candidate": a
            # title
        if body and (run or index == len(words) - 1) and bare in TITLE_WORDS and bare not in ("the", "a", "an") \
                and re.match(rf"[{UPPER}]", word):  # "Scottish National Party" keeps its "Party"
            run.insert(0, word)
            continue
        if bare in CONNECTORS | PARTICLES and run and index > 0 and (
                re.match(rf"[{UPPER}]", words[index - 1]) or words[index - 1].lower() in PARTICLES):  # "de la"
            run.insert(0, word)
            continue
        if bare == "the" and run and index > 1 and words[index - 1].lower() in ("of", "for") \
                and re.match(rf"[{UPPER}]", words[index - 2]):
            run.insert(0, word)  # "International Committee for the Recovery of the Vaquita"
            continue
        if bare == "the" and len(run) == 1 and index == 1 and re.match(rf"[{UPPER}][a-z]", words[0]) \
                and words[0].lower() not in FUNCTION_WORDS | NOT_NAMES | TITLE_WORDS | CONNECTORS:
            run.insert(0, word)  # "Save the Children", "Peter the Great": a name with "the" inside; not "In the
            continue  # Senate"
        if word == "Now" and index == len(words) - 1 and index > 0 and words[index - 1][:1].isupper():
            run.insert(0, word)  # "Peace Now", "Democracy Now": a campaign's name
            continue
        if word == "An" and run and index > 0 and _name_word(words[index - 1]):
            run.insert(0, word)  # "Ping An Securities": a name's own "An"
            continue
        if run and _INITIAL.fullmatch(word):
            run.insert(0, word)  # a middle initial: "George W. Bush", "Heather A. Lau" (not the title word "a")
            continue
        if not _STARTS_NAME.match(word) or bare in TITLE_WORDS or bare in NOT_NAMES and word != "WHO" \
                or bare == "to" and run:
            break  # (but "WHO", the World Health Organization, is no "who"; "To Zhang, this is", but "Honson To")
        run.insert(0, word.rstrip(",") if _DOTTED.fullmatch(word.rstrip(",")) else word.rstrip(".,"))  # "U.S."
    run = _person_after_body(run)
    titled = len(words) > len(run) and words[-len(run) - 1].lower().rstrip(".") in HONORIFICS  # after "Dr." or
    # "Mr", what follows is the name: "Dr. Van Breeding", "Dr. Heather A. Lau"
    ing_name = bool(run) and len(words) > len(run) and run[0].endswith("ing") \
        and words[-len(run) - 1].lower().strip(".,") in TITLE_WORDS - _DETERMINERS  # "Professor Henning Vöpel": a
    # first name after a title, no participle
    while run:
        if run[0].lower().rstrip(".") in HONORIFICS:
            titled = True
        elif titled or ing_name or not _leading_non_name(run, body):
            break
        run.pop(0)  # "Senate Democrat Chris Murphy"
    if not run and len(words) >= 2 and _titled_surname(words[-2], words[-1].strip(".,")):
        run = [words[-2], words[-1].strip(".,")]  # "Edmund King", "Larry King": a surname, not a title
        if len(words) >= 3 and _name_word(words[-3]):
            run.insert(0, words[-3])  # "Coretta Scott King"
    before = words[: len(words) - len(run)]
    joined_by = [w.lower() for w in before[-2:] if w.lower() != "the"]  # "Ambassador to the United Nations X Y"
    if len(run) >= 3 and joined_by[-1:] and joined_by[-1] in TITLE_WORDS - PERSON_TITLES \
            and re.match(rf"[{UPPER}]", before[-1]):  # "Minister for Foreign Affairs X Y", where "Foreign" is a title
        joined_by = joined_by[:-1]  # word; but "in President Recep Tayyip Erdogan" is the president's whole name
    of_person = joined_by[-1:] == ["of"] and len(before) > 1 and before[-2].lower() in _OF_A_PERSON  # "the killing
    # of Kim Jong Nam", "the experience of Alaa Ali Alali": a person's three-part name
    named_the = before[-1:] == ["The"] and len(before) > 1  # "spoke to The New York Times": a name opening with "The"
    if len(run) >= 3 and joined_by[-1:] and joined_by[-1] in ("to", "of", "for", "at", "from", "in", "with", "on",
                                                              "and") and not of_person and not named_the:
        # "envoy to China Andrei Denisov", "director of Strategic Communications Hope Hicks", "High Commissioner for
        # Human Rights Zeid Ra'ad al-Hussein" (an Arabic name has three parts or more), "Interior Bruno Le Roux"
        # (but "in Mosul Al Jazeera" is no name)
        run = run[-3:] if _ARABIC_ARTICLE.match(run[-1]) or run[-2].lower() in PARTICLES - {"al", "el"} \
            or len(run[-2].rstrip(".")) == 1 else run[-2:]  # (and "of Harry S Truman", with his middle initial)
    if "Affairs" in run[:-2]:  # "European Affairs Dara Murphy": a portfolio, then the person
        run = run[run.index("Affairs") + 1:]
    role = " ".join(words[: len(words) - len(run)]).strip()
    if "of" in run[2:-1] and (len(run) - run.index("of") <= 4 or run[run.index("of") + 1] == "the") \
            and _person_from(run[:run.index("of")]):
        run = run[:run.index("of")]  # "Sen. Keith Regier of Kalispell", "Will Webb of the Charlotte Sports
        # Foundation": a person and where they are from or work
    before = words[: len(words) - len(run)]
    if len(run) >= 3 and run[1] == "of" and before and before[-1] in PEERS:
        run = run[:1]  # "Lord Bridges of Headley", "Baroness Hayter of Kentish Town": the peer is "Lord Bridges"
    if len(run) == 1 and before and before[-1] in PEERS:  # "Lord Deben", "Baroness Scotland": a peer's name
        run, role = [before[-1], *run], " ".join(before[:-1]).strip()
    name = _PLURAL_APOSTROPHE.sub("", " ".join(run))  # "Syrian Democratic Forces' (offensive)"
    return (name[:-2] if name.endswith(("'s", "’s")) else name), role


def _unglued_title(word: str, opening: bool) -> list[str]:
    """A title and a name the export joined with a hyphen ("Counsel-Conor", "Solicitor-Michael", and a role opening
    a phrase of several words, "Photographer-Ivette Ivens") as two words; but "Vice-Admiral", "Rojas-Bracho" and
    "Coutant-Peyre" stay whole."""
    title, _, rest = word.partition("-")
    if rest[:1].isupper() and (title.lower() in TITLE_WORDS | ROLE_NOUNS or opening and _role_like(title.lower())
                               and title.lower() not in NAMES_ENDING_LIKE_ROLES | _NATIONALITIES) \
            and rest.split("-")[0].lower().strip(".,") not in TITLE_WORDS:
        return [title, rest]
    return [word]


_JOINING_WORDS = CONNECTORS | {"the", "&"}


def _leading_non_name(run: list[str], body: bool) -> bool:
    """Whether the first word of a capitalised run is no part of the name: a connector ("of"), a role ("Exhibitor
    Lotte Brandt"), a participle ("Attacking Gaza") or a party ("Democrat Patrick Leahy", "Senate Democrat X")."""
    first = run[0].lower()
    unjoined = _JOINING_WORDS.isdisjoint(map(str.lower, run))  # no "of", "the" or "&" joining a body's words
    return (first in CONNECTORS and run[0] != "Al"
            or len(run) > 3 and run[0].isupper() and _role_like(run[1].lower())  # "GOP Assemblyman Jay Webber"
            and (CONNECTORS | {"the"}).isdisjoint(map(str.lower, run))  # (not "US Chamber of Commerce")
            or (len(run) > 3 and not body and unjoined
                and any(_role_like(word.lower()) and word.lower() not in NAMES_ENDING_LIKE_ROLES | _NATIONALITIES
                        for word in run[1:-2]) and looks_like_a_person(" ".join(run[-2:])))
            # "Queens Councilman Rory Lancman", "Divisional Organiser Willie Noone": what comes before the role
            or (len(run) > 2 and (_role_like(first) or first in ROLE_NOUNS)
                and first not in NAMES_ENDING_LIKE_ROLES and unjoined
                and run[1] not in _NAME_PARTS_AFTER_A_FIRST_NAME and not _INITIAL.fullmatch(run[1])
                and not body)  # not "Taher Abu al-Nasr", "Christopher P. Salas-Wright"
            or (len(run) > 2 and len(first) > 8 and first.endswith("s") and _role_like(first[:-1])
                and looks_like_a_person(" ".join(run[1:])))  # "Organizers Tamika Mallory"; not "Anders Behring
            # Breivik", "Doctors Against Forced Organ Harvesting"
            or (len(run) > 1 and first.endswith("ing") and len(run[0]) > 5  # "Attacking Gaza";
                and first not in NAMES_ENDING_IN_ING and not (body and run[-1].lower() in ORG_NOUNS))
            # not "Jing Haipeng", "Downing Street", "Standing Rock Sioux Tribe"
            or (len(run) > 2 and first.removesuffix("s") in PARTY_MEMBERS)  # ("Liberal Democrats Baroness Ludford")
            or (len(run) > 3 and first in ORG_NOUNS | {"house"} and run[1].lower() in PARTY_MEMBERS))


def _role_like(word: str) -> bool:
    """Whether a lowercased word ends like a role ("exhibitor", "chairman"), and is not just the ending ("Man")."""
    return word.endswith(ROLE_SUFFIXES) and word not in ROLE_SUFFIXES


def _person_after_body(run: list[str]) -> list[str]:
    """The person at the end of a run that names a body first ("Peter McVerry Trust Pat Doyle", "Environmental
    Protection Agency Administrator Scott Pruitt"), else the run."""
    inside = [i for i, word in enumerate(run[:-2]) if word.lower() in ORG_NOUNS]
    rest = run[inside[-1] + 1:] if inside else []
    if rest and looks_like_a_person(" ".join(rest)) and rest[0].lower() not in FUNCTION_WORDS | NOT_NAMES \
            and rest[-1].lower().removesuffix("s") not in ORG_NOUNS:  # not "Against Racism", "Public Schools"
        return rest
    return run


def _person_from(words: list[str]) -> bool:
    """Whether the words before "of" in a name are a person's ("Keith Regier of Kalispell"), not the head of a
    body's name ("St John of God", "American Academy of Pediatrics", "Joint Chiefs of Staff")."""
    return len(words[0].rstrip(".")) > 2 and words[-1].lower() not in INSTITUTIONS and looks_like_a_person(
        " ".join(words))


def surname_after_name(phrase: str, names: ArticleNames) -> str:
    """The person whose surname ends `phrase` right after another name the article gives ("Nick Moore / For China
    Daily  McManus": a photo credit glued to "McManus"), or ""."""
    glued = re.fullmatch(r"(?:\S+\s+)*?(?P<head>\S+\s+\S+)\s+(?P<surname>\S+)", phrase)
    person = names.resolve(glued["surname"]) if glued and glued["head"] in names.full else ""
    return person if len(person.split()) >= 2 and looks_like_a_person(person) and glued["head"] not in person \
        and glued["surname"].lower() not in NOT_SURNAMES and PERSON_WORD.match(glued["surname"]) \
        and not glued["surname"].isupper() else ""


def person_named(phrase: str, names: ArticleNames) -> str:
    """The person a capitalised phrase names, or "" for bodies, acronyms, pronouns and lone unknown words."""
    glued = surname_after_name(phrase, names)
    if glued:
        return glued
    name, _ = split_role(phrase)
    if not name and phrase.lower() in SURNAME_TITLES and phrase.istitle():
        name = phrase  # "King told CNN" after "Rep. Steve King"
    words = _PLURAL_APOSTROPHE.sub("", name).split()  # "Mr Wilders' lead"
    while words and not PERSON_WORD.match(words[0]):
        words.pop(0)  # "NATO Alexander Grushko"
    name = " ".join(words)
    resolved = names.resolve(name)
    if resolved in names.titled_people:
        return resolved
    if resolved in names.places:
        return ""
    if not words or words[-1].lower() in ORG_NOUNS | PLACE_NOUNS | PARTY_MEMBERS or not all(
            PERSON_WORD.match(w) or w in PARTICLES and 0 < index < len(words) - 1 for index, w in enumerate(words)):
        return ""
    if len(resolved.split()) == 1 and resolved in names.roles.values() and PERSON_WORD.match(resolved):
        return resolved  # "Francis" after "Pope Francis": one name with a title
    if resolved in names.one_name_only:
        return resolved  # "Monika, who goes by just one name"
    if len(words) >= 3 and resolved not in names.full:
        shorter = next((full for full in names.full if resolved.endswith(f" {full}") and len(full.split()) >= 2
                        and surname_alone(names.text, full.split()[-1])
                        and not re.search(rf"\b{re.escape(full.split()[0].lower())}\b", names.text)), "")  # a first
        # name, never a lower-case word ("Clean Water Rule" is no "Water Rule")
        resolved = shorter or resolved  # "war in Yemen Gregory Gause", a heading glued to the name the article gives
    return resolved if len(resolved.split()) >= 2 and looks_like_a_person(resolved) else ""
