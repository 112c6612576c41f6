"""Quotation finding and speaker attribution, one pattern at a time, on sentences written for these tests."""
import pytest

from indexer import extract_quotes
from indexer.names import split_role


def said(text, title=""):
    """(speaker, words) of the direct quotations in `text`."""
    return [(q.speaker, q.text) for q in extract_quotes(text, title) if q.direct]


def reported(text, title=""):
    """(speaker, words) of the indirect speech in `text`."""
    return [(q.speaker, q.text) for q in extract_quotes(text, title) if not q.direct]


@pytest.mark.parametrize("text,speaker,words", [
    ('"We will rebuild the bridge," Mayor Ana Lopez said.', "Ana Lopez", "We will rebuild the bridge"),
    ('"We will rebuild the bridge," said Mayor Ana Lopez.', "Ana Lopez", "We will rebuild the bridge"),
    ('Mayor Ana Lopez said: "We will rebuild the bridge."', "Ana Lopez", "We will rebuild the bridge."),
    ('Mayor Ana Lopez told reporters that "the bridge will be rebuilt."', "Ana Lopez", "the bridge will be rebuilt."),
    ('"The bridge will be rebuilt," Ana Lopez, the mayor, said.', "Ana Lopez", "The bridge will be rebuilt"),
    ('"The bridge will be rebuilt," the mayor, Ana Lopez, told reporters.', "Ana Lopez", "The bridge will be rebuilt"),
    ('According to Ana Lopez, "the bridge will be rebuilt."', "Ana Lopez", "the bridge will be rebuilt."),
    ('"The bridge will be rebuilt," Ana Lopez said in a statement.', "Ana Lopez", "The bridge will be rebuilt"),
    ('"Not on my watch," Ana Lopez warned.', "Ana Lopez", "Not on my watch"),
    ('"Not on my watch," Ana Lopez tweeted on Monday.', "Ana Lopez", "Not on my watch"),

    ('"Not on my watch," said Dr. Ana Lopez of the city hospital.', "Ana Lopez", "Not on my watch"),
    ('"Rates will stay high," the Central Bank of Westland said.', "Central Bank of Westland", "Rates will stay high"),
    ('The fund "is out of control," Sen. Ben Sasse (R-Neb.) said.', "Ben Sasse", "is out of control"),
    ('"This is the second time," said Nasser al-Hariri in a statement.', "Nasser al-Hariri", "This is the second time"),
    ('His spokesman Hsu Chao-hsin said "there is no case to answer."', "Hsu Chao-hsin", "there is no case to answer."),
    ('"This is one of the biggest inquiries," Chairman Richard Burr, a North Carolina Republican, said.',
     "Richard Burr", "This is one of the biggest inquiries"),
    ('The Syrian Observatory for Human Rights (SOHR) said that the fighting began "with two car bombs".',
     "Syrian Observatory for Human Rights", "with two car bombs"),
    ('Lena Varga said she had assurances that Eastmark would help and called for an end to "mass arrests".',
     "Lena Varga", "mass arrests"),
    ('Karl Obst left a voicemail for the mayor, promising to "fix this town by Friday."', "Karl Obst",
     "fix this town by Friday."),
    ('Karl Obst called the mayor. He shouted at staff when he told the mayor, "I will be back."', "Karl Obst",
     "I will be back."),
    ('Karl Obst and Lena Varga said the plan was flawed, but Varga acknowledged the "real need for new housing."',
     "Lena Varga", "real need for new housing."),
    ('Karl Obst said he "strongly urges" the council to rethink the plan.', "Karl Obst", "strongly urges"),
    ('"The window is short,"-Nigel Tricks, the regional director, said on Wednesday.', "Nigel Tricks",
     "The window is short"),
    ('"It is hard to imagine a worse choice," Sen. Nora Vance, D-Mass., said on Monday.', "Nora Vance",
     "It is hard to imagine a worse choice"),
    ('Billionaire Ivo Sandor blasted the mayor for having "no management skills at all" on Wednesday.', "Ivo Sandor",
     "no management skills at all"),
    ('The Harbour Authority released a statement saying "an employee was the victim of a crime".', "Harbour Authority",
     "an employee was the victim of a crime"),
    ('"The party is back! We are back!" Mr Petrov told around 600 delegates at a meeting in the capital shortly before '
     'he was chosen as leader.', "Petrov", "The party is back! We are back!"),
    ('His rival, Ana Lopez, ran a careful campaign. She mocked him by saying "a man who loses his temper should not '
     'hold office".', "Ana Lopez", "a man who loses his temper should not hold office"),
    ("The top monitor of South Eastmark's peace deal, former Westland President Ivo Sandor, echoed the call, saying the "
     'situation "has steadily deteriorated".', "Ivo Sandor", "has steadily deteriorated"),
    ('"I have no doubt we will pass this," House Speaker Tom Reyes said.', "Tom Reyes",
     "I have no doubt we will pass this"),
    ('WASHINGTON --Ivo Sandor would not confirm the report. "I am not at liberty to say," Sandor said.', "Ivo Sandor",
     "I am not at liberty to say"),
    ('Supt Ivo Sandor from Harbour Valley Police said it was "quite possible" the storm caused it.', "Ivo Sandor",
     "quite possible"),
    ('The plane was held on the runway and Baltic Air said passengers were given "surface transport" to the city.',
     "Baltic Air", "surface transport"),
    ('The launch tested Karl Obst, who pledged "full support" to the region.', "Karl Obst", "full support"),
    ('"Tonight we all wear white!" Minority Leader Nora Vance tweeted.', "Nora Vance", "Tonight we all wear white!"),
    ('Commission President-Jean-Luc Marchand said: "We do not want hard borders."', "Jean-Luc Marchand",
     "We do not want hard borders."),
    ('"The vote was free and fair," the Eastmark Foreign Ministry\'s statement reads.', "Eastmark Foreign Ministry",
     "The vote was free and fair"),
    ('Mayor Ana de la Cruz spoke on Monday. "She is standing up to fear," the mayor said.', "Ana de la Cruz",
     "She is standing up to fear"),
    ('Asked whether talks would resume if parliament rejected the deal, junior trade minister Tom Reyes said: '
     '"I cannot see it."', "Tom Reyes", "I cannot see it."),
    ('"Ten people were hurt," Ivo Sandor, head of the Vienna-based monitoring group tracking developments in the '
     'conflict, told reporters.', "Ivo Sandor", "Ten people were hurt"),
    ('"The vote was rigged," the Russian Foreign Ministry said.', "Russian Foreign Ministry", "The vote was rigged"),
    ('A joint statement by the Veloran government released on Monday said both sides would "resolve all issues" soon.',
     "Veloran government", "resolve all issues"),
    ('Former Veloran President Ivan Petrov spoke on Monday. "First, this was a statement, not a letter," the former '
     'president said.', "Ivan Petrov", "First, this was a statement, not a letter"),
    ('"There is no ledger," Tom Reyes, who served as ambassador under President Ana Lopez, told reporters.', "Tom Reyes",
     "There is no ledger"),
    ('Pope Francis welcomed the leaders. The Pope said problems could be overcome. "They did not lack boldness," he said.',
     "Francis", "They did not lack boldness"),
    ('However, Eastmark\'s foreign ministry said it makes it "clear to all missions" that diplomats must obey the law.',
     "Eastmark's foreign ministry", "clear to all missions"),
    ('In a statement posted online, Karl Obst welcomed the decision but said the complaint had been "vexatious and '
     'political".', "Karl Obst", "vexatious and political"),
    ('The Veloran government this week called for an end to "mass arrests" in the north.', "Veloran government",
     "mass arrests"),
    ('Press secretary Ana Lopez later specified that the attacks were "underreported" in the press.', "Ana Lopez",
     "underreported"),
])
def test_attribution_patterns(text, speaker, words):
    assert said(text) == [(speaker, words)]


@pytest.mark.parametrize("text,words", [
    ("“Curly quotes work,” said Ana Lopez.", "Curly quotes work"),
    ("«Guillemets work», said Ana Lopez.", "Guillemets work"),
    ("„German quotes work“, said Ana Lopez.", "German quotes work"),
    ("‘Single quotes work,’ said Ana Lopez.", "Single quotes work"),
    ("``TeX quotes work,'' said Ana Lopez.", "TeX quotes work"),
    ("‹Single guillemets work›, said Ana Lopez.", "Single guillemets work"),
    ('Ana Lopez said: "He told me \'we will win\' and I believed him."', "He told me 'we will win' and I believed him."),
])
def test_quote_mark_styles(text, words):
    assert said(text) == [("Ana Lopez", words)]


def test_apostrophes_are_not_quote_marks():
    assert said("‘It’s the council’s decision,’ said Ana Lopez.") == [("Ana Lopez", "It’s the council’s decision")]


def test_surnames_and_honorifics_map_to_the_full_name():
    text = ('Finance Minister Karl Obst presented the budget on Monday.\n\n'
            '"It is a budget for growth," Obst said.\n\n"Nobody will pay more tax," Mr Obst added.')
    assert [s for s, _ in said(text)] == ["Karl Obst", "Karl Obst"]


def test_pronouns_refer_to_the_last_speaker():
    text = ('"We are ready," said coach Mia Stone.\n\n'
            '"The players have worked hard all week," she added.')
    assert [s for s, _ in said(text)] == ["Mia Stone", "Mia Stone"]


def test_pronoun_refers_to_the_person_who_speaks_in_the_paragraph():
    text = ('"We are ready," said coach Mia Stone.\n\n'
            'Captain Leo Park said the team had trained twice a day. "I have never felt fitter," he said.')
    assert [s for s, _ in said(text)] == ["Mia Stone", "Leo Park"]


def test_he_after_a_speaker_introduced_with_an_apposition():
    text = ('Lena Varga met the press. Karl Obst, president of the assembly until May, said he was relieved. '
            '"We must keep going!" he added.')
    assert said(text) == [("Karl Obst", "We must keep going!")]


@pytest.mark.parametrize("text,speaker", [
    ('"It was a fairytale week," Tom Reyes said after the match. Reyes won in two sets. He served well. In all, '
     'Reyes hit ten winners. After the final, Ivo Sandor apologized. "I\'m sorry. I\'m just tired," he said.',
     "Ivo Sandor"),
    ('"The army is pursuing them," Karl Obst told reporters. According to local radio, Leo Park, a spokesman for the '
     'border guard, was aware of the fighting. He said troops had not crossed the border.', "Leo Park"),
    ('"The case is closed," Karl Obst said on Sunday. On Monday, President Ivo Sandor called for new structures '
     'to be built, and he told the navy to "go there and tell them this is ours".', "Ivo Sandor"),
    ('"We will appeal," Tom Reyes said. Afterwards Mrs Reyes\'s daughter, Ana Lopez from Westport, thanked the '
     'staff. "She was loved by everyone," she said.', "Ana Lopez"),
])
def test_a_new_subject_takes_the_pronoun_from_an_earlier_speaker(text, speaker):
    assert extract_quotes(text)[-1].speaker == speaker


def test_a_sentence_where_someone_else_speaks_keeps_the_pronoun_open():
    text = ('"We need talks," Karl Obst said. Ivo Sandor called on the minister to act and Mr Obst said the '
            'idea was a distraction. He also said he had no money to offer.')
    assert extract_quotes(text)[-1].speaker == "Karl Obst"


def test_reported_speech_counts_as_the_last_speaker():
    text = ('The Eastmark press service said in a statement that the two leaders spoke by phone. '
            '"They agreed to meet in May," the statement reads.')
    assert said(text) == [("Eastmark", "They agreed to meet in May")]


@pytest.mark.parametrize("text,speakers", [
    ('Thousands gathered in the square, shouting "Resign now, resign now!" as police watched.', [""]),
    ('Joseph Made, Westland\'s agriculture minister, visited the market. However, the minister said he sympathized '
     'with them. "I am very happy with the price," he said.', ["Joseph Made"]),
    ('When reached by phone, Spicer denied that Trump was involved. "That is not accurate," he said. Spicer left.',
     ["Spicer"]),
    ('Responding to Tom Reyes, who said he had no confidence in the minister, Minister Ross said "If you have no '
     'confidence, ask me to stay out".', ["Ross"]),
    ('During a press conference in which President Ana Lopez attacked the media, she discussed drugs in the United '
     'States. "Drugs are cheaper than candy," she said.', ["Ana Lopez"]),
])
def test_who_a_pronoun_or_a_role_refers_to(text, speakers):
    assert [s for s, _ in said(text)] == speakers


@pytest.mark.parametrize("text,speaker,words", [
    ('Syrian President, Bashar al-Assad, gave an interview. "It is still early to judge," Assad said.',
     "Bashar al-Assad", "It is still early to judge"),
    ('"We will not protect anyone," Omar al-Bashir\'s office said in a statement.', "Omar al-Bashir",
     "We will not protect anyone"),
    ('Reacting to the research, Edward Timpson, Minister for Vulnerable Children and Families, said the government '
     'would "transform mental health services".', "Edward Timpson", "transform mental health services"),
    ('Publisher Gallery Books states, the author will recount "the lessons she taught her children".', "Gallery Books",
     "the lessons she taught her children"),
    ('"Gas prices are very concerning," Ivo Sandor said. Lena Varga told reporters that companies were exporting too '
     'much gas. "They are making a killing on it."', "Lena Varga", "They are making a killing on it."),
])
def test_last_of_several_attributions(text, speaker, words):
    assert said(text)[-1] == (speaker, words)


@pytest.mark.parametrize("text,speaker", [
    ('First Kimmel wrote, "Hey, are you up?" The crowd laughed.', "Kimmel"),
    ('Having once called the plan "everybody\'s nightmare," the actor Tom Reyes has praised it.', "Tom Reyes"),
])
def test_sentence_openers_are_not_names(text, speaker):
    assert [s for s, _ in said(text)] == [speaker]


@pytest.mark.parametrize("text,speaker", [
    ('"Danny Jacobs is my favourite fighter," Golovkin said. Karl Obst proved the toughest test yet. The American '
     'thought he had won. "I think I won the fight," the New Yorker said.', "Karl Obst"),
    ('Karl Obst spoke to the press. "Those who lost everything will get help," the National Emergency Operations '
     'Center said.', "National Emergency Operations Center"),
])
def test_a_person_named_by_where_they_are_from(text, speaker):
    assert said(text)[-1][0] == speaker


def test_an_unclosed_quotation_ends_before_the_attribution_inside_it():
    text = ('Lena Varga played her 150th match. "I am proud to have played my 150th match, the 31-year-old striker said. '
            '"It is too bad that we lost."')
    assert [q.text for q in extract_quotes(text)] == ["I am proud to have played my 150th match",
                                                     "It is too bad that we lost."]
    assert said(text)[0][0] == "Lena Varga"


def test_a_headline_verb_inside_a_title_run_is_no_name():
    from indexer.names import ArticleNames

    names = ArticleNames("Ana Lopez spoke.", "Sandor Not a Friend, Activist's Wife Tells Reid")
    assert "Wife Tells Reid" not in names.from_title


@pytest.mark.parametrize("title,text,speaker", [
    ('Former Envoy Slams Karl Obst', 'Lena Varga spoke on radio. Ivo Sandor said Westland has "no evidence of any '
     'kind" that Obst was watched "at any time, any way." pic.twitter.com/0pzP1WWr2t', "Ivo Sandor"),
    ('', 'Karl Obst spoke. "Recent attacks were directed from abroad," Ivo Sandor, WDF spokesperson,-told Reuters.',
     "Ivo Sandor"),
    ('', 'Karl Obst spoke. "The continent becomes a battleground," Ivo Sandor, a-professor at the Royal Institute of '
     'International Affairs,-explains.', "Ivo Sandor"),
    ('', 'Ivo Sandor, emergencies director of the Geneva-based WOM,--said the deaths could have been avoided if "they '
     'could have checked who was in that boat."', "Ivo Sandor"),
    ('', 'Karl Obst spoke first. Said party spokesman Ivo Sandor: "This is clearly a meaningless attempt."',
     "Ivo Sandor"),
    ('', 'The White House issued a response. "Before being elected, Mr. Obst was a businessman," a statement from the '
     'White House said.', "White House"),
    ('', 'Lena Varga met Karl Obst. "The thing is, he did not tell us," Mr Obst said. - The-White House has admitted '
     'it knew.', "Karl Obst"),
    ('', 'Lena Varga asked about it. The German-born Member of Parliament, who gave up her citizenship, said there '
     'are "more people living here who have the right to a passport".', "Lena Varga"),
    ('', 'Karl Obst was surveilled, Ivo Sandor said. WCHQ issued a rare public statement slamming the claim as '
     '"utterly ridiculous and absurd".', "WCHQ"),
])
def test_headlines_glued_dashes_inverted_cues_and_statements(title, text, speaker):
    assert [s for s, _ in said(text, title)][-1] == speaker


@pytest.mark.parametrize("text,speaker", [
    ('US Ambassador to the United Nations Lena Varga denounced the launch. "We are not dealing with a rational '
     'person," said Varga.', "Lena Varga"),
    ('Foreign Minister Ivo Sandor also described the scandal as a "witch hunt", the RIA news agency reported.',
     "Ivo Sandor"),
    ('Vice President Karl Obst used a private account, the Indianapolis Star reported. "As Governor, Mr. Obst fully complied with '
     'the law," his office told the paper.', "Karl Obst"),
    ('Karl Obst spoke to TASS. "By the way, we stumbled across the carcasses of lions," Obst contended.',
     "Karl Obst"),
])
def test_titles_with_the_agency_reports_offices_and_contended(text, speaker):
    assert said(text)[-1][0] == speaker


@pytest.mark.parametrize("text,speaker", [
    ('Law professor Carl Tobis said the hearing would be tough. Tobias added that he expects "members to strongly '
     'support the nominee".', "Carl Tobis"),
    ('Though Lena Varga has stayed silent, press secretary Karl Obst said in a Feb. 23 briefing that he believes the '
     'president "would be welcome to meet with" her, ABC News reported.', "Karl Obst"),
    ('Retired Vice-Admiral Karl Obst was tipped for the post. "It\'s purely a personal issue," added the 60-year-old '
     'former Navy Seal who is based in Abu Dhabi.', "Karl Obst"),
    ('The protesters-gathered on Saturday-in the center of the capital, chanting "Freedom for women" and "Let us '
     'decide," before dispersing.', ""),
])
def test_typos_month_abbreviations_ages_and_glued_prepositions(text, speaker):
    assert said(text)[-1][0] == speaker


@pytest.mark.parametrize("text,speaker", [
    ('"To quote my father ... \'It never hurts to say you\'re sorry,\'"?Rep. Karl Obst told ABC News on Sunday.',
     "Karl Obst"),
    ('The rights group Amnesty International warned that any failure would be a "flagrant violation of the law".',
     "Amnesty International"),
    ('US officials have begun vetting applicants under what President Karl Obst called a "dumb deal" on Twitter.',
     "Karl Obst"),
    ('Karl Obst said the camps were closing. "It was not a normal interview," the Iranian refugee told Reuters.', ""),
    ('Karl Obst visited the camp. One 36-year-old woman told Reuters she was not hopeful. "For me, I really do not '
     'believe anything," she said.', ""),
])
def test_mangled_marks_named_groups_what_x_called_and_unnamed_people(text, speaker):
    assert said(text)[-1][0] == speaker


def test_a_league_or_a_center_is_a_body_the_group_can_mean():
    text = ('The Anti-Defamation League counted the threats. The group warned of a "fifth wave" of threats.')
    assert said(text) == [("Anti-Defamation League", "fifth wave")]


def test_the_group_is_the_body_named_last():
    text = ('The report came from the Arms Control Association on Monday. "The comments show he is ill-informed," '
            'the group said in a statement.')
    assert said(text) == [("Arms Control Association", "The comments show he is ill-informed")]


def test_it_is_the_body_that_spoke_last():
    text = ('The Eastmark embassy said it did not comment on the specifics of the case. It added: "We take any '
            'suggestion of misconduct seriously."')
    assert said(text) == [("Eastmark", "We take any suggestion of misconduct seriously.")]


def test_a_familiar_first_name_is_the_same_person():
    text = ('"I respect Danny Jacobs," Golovkin said. "I think I won the fight," said Daniel Jacobs. '
            '"I won by two rounds," Danny Jacobs said.')
    assert [s for s, _ in said(text)] == ["Golovkin", "Daniel Jacobs", "Daniel Jacobs"]


def test_a_first_name_with_one_more_letter_is_another_person():
    text = ('Mila Obst is writing a book about her children, Milka Obst and Karl Obst. "People ask me how I raised '
            'such great kids," Mila said. "I won by two rounds," Milka Obst said. "I won too," Karl Obst said.')
    assert [s for s, _ in said(text)] == ["Mila Obst", "Milka Obst", "Karl Obst"]


def test_an_organisation_named_with_of_the_after_the_verb():
    text = ('"The porpoise will be extinct by 2022," says the International Committee for the Recovery of the '
            'Vaquita (CIRVA).')
    assert said(text) == [("International Committee for the Recovery of the Vaquita",
                           "The porpoise will be extinct by 2022")]


def test_a_role_word_keeps_the_person_it_introduced():
    text = 'Unite leader Len McCluskey met the minister. The Unite leader called Vauxhall "a jewel in the crown".'
    assert said(text) == [("Len McCluskey", "a jewel in the crown")]


def test_role_mentions_map_to_the_person():
    text = ('Kremlin spokesman Dmitry Peskov spoke on Tuesday.\n\n'
            '"Nothing has changed," the spokesman said.')
    assert said(text) == [("Dmitry Peskov", "Nothing has changed")]


def test_organisations_speak():
    text = '"Inflation is falling," the Kremlin said.\n\nThe ministry said in a statement that "prices are stable."'
    assert [s for s, _ in said(text)] == ["Kremlin", "the ministry"]


@pytest.mark.parametrize("text,speaker", [
    ('"We reject the claims," the Ministry of Defence said in a statement.', "Ministry of Defence"),
    ('The Eastmark Ministry of Foreign Affairs said: "We reject the claims."', "Eastmark Ministry of Foreign Affairs"),
    ('"We reject the claims," the Ministry of Health and Social Affairs said.', "Ministry of Health and Social Affairs"),
    ('"We reject the claims," U.S. Customs and Border Protection said.', "U.S. Customs and Border Protection"),
    ('"Rates will stay low," Bank of Eastmark Governor Karl Obst said.', "Karl Obst"),
    ('"Rates will stay low," Secretary of State Lena Varga said.', "Lena Varga"),
    ('"Rates will stay low," said J.D. Reyes, an adviser.', "J.D. Reyes"),
    ('Flybe said no one was hurt. A spokesman for Flybe said: "The pilot followed all required procedures."', "Flybe"),
    ('A spokeswoman for the Department of Health said: "We are looking at it."', "Department of Health"),
    ('"We will not retreat," the Veloran military said.', "Veloran military"),
    ('"The army is pursuing them," the Syrian army said.', "Syrian army"),
    ('According to a document posted online by U.S. Customs and Border Protection on Friday, the wall should be '
     '"physically imposing."', "U.S. Customs and Border Protection"),
])
def test_bodies_named_in_full(text, speaker):
    assert [s for s, _ in said(text)] == [speaker]


def test_a_title_with_for_is_not_part_of_the_name():
    text = ('Minister for Transport Karl Obst has rejected calls to intervene in the dispute. He said to do so would '
            'mean "cutting across the role of the company". - He said outside help would be "unnecessary and '
            'unhelpful". He said it again later.')
    assert [s for s, _ in said(text)] == ["Karl Obst", "Karl Obst"]


def test_the_agency_is_not_a_capitalised_common_noun():
    text = ('The Eastmark Secret Service released a statement saying "an employee was the victim of a crime in which '
            'our Agency issued laptop was stolen". The agency added that its computers "contain multiple layers of '
            'security".')
    assert [s for s, _ in said(text)] == ["Eastmark Secret Service", "Eastmark Secret Service"]


@pytest.mark.parametrize("text,speaker", [
    ('Labour TD Karl Obst said the news was "heartbreaking".', "Karl Obst"),
    ('Karl Obst said the news was sad. Senator Lena Varga also paid tribute to the former TD saying he was held in '
     'high regard and was "an absolute gentleman".', "Lena Varga"),
    ('Ivo Sandor offered to resign. READ MORE: Westland protests: Voices from the street He defended his record '
     'saying he carried out "all necessary actions to remedy the problems".', "Ivo Sandor"),
    ('President Ivo Sandor welcomed the chancellor. As they sat for photos, Sandor-quipped with journalists, urging '
     'them to "send a good picture back home, please."', "Ivo Sandor"),
])
def test_irish_titles_bare_participles_headings_and_glued_verbs(text, speaker):
    assert [s for s, _ in said(text)][-1] == speaker


@pytest.mark.parametrize("text,speaker", [
    ('"After the drought, the same people now suffer floods," Ivo Sandor, of the United Nations Development '
     'Programme (UNDP), told The Herald.', "Ivo Sandor"),
    ('Wiretapping means tapping into "a telephone or telegram wire in order to get information," according to '
     'Merriam-Webster dictionary.', "Merriam-Webster"),
    ('"Then clearly the president was wrong." Karl Obst said referring to the tweets the president sent on Monday.',
     "Karl Obst"),
    ('"We think we should be offering even more assistance than the bill does" for older people, Mr Obst, the top '
     'Republican in Congress, said of the tax credits.', "Obst"),
    ('"It is regrettable," said Health Minister Lena Varga. The Veloran government on Friday started firing the '
     'strikers. The government withdrew its pay offer and warned it will not "succumb to threats and intimidation".',
     "Veloran government"),
    ('"We will not give in to threats," Veloran PM Karl Obst said.', "Karl Obst"),
    ('Taoiseach Enda Kelly met the party. Karl Obst said he "has no doubt" that as the Taoiseach said, he will '
     'deal with the issue.', "Karl Obst"),
])
def test_appositions_sources_and_subjects_further_from_the_quotation(text, speaker):
    assert [s for s, _ in said(text)][-1] == speaker


@pytest.mark.parametrize("text,speaker", [
    ('The party endorsed Karl Obst on Sunday. The former mayor of Westport, a small town, has made much of his '
     'humble beginnings and recounted how he was born the fifth child of a policeman and a housewife, who he '
     'described as "simple and very decent people".', "Karl Obst"),
    ('Parliament President Lena Varga opened an inquiry into Sandor-Mikke on Thursday, a day after the conservative '
     'Westland lawmaker argued that women "must earn less" than men. Sandor-Mikke left.', "Sandor-Mikke"),
    ('Lord Karl Obst said the committee would meet. "We had something that worked. It now seems to be getting into '
     'rockier waters," the peer said.', "Karl Obst"),
    ('Ivo Sandor was arrested on Monday. "My son was not a terrorist," the father, whose name was not given, told '
     'the radio.', ""),
])
def test_a_description_the_article_gives_no_name_for(text, speaker):
    assert [s for s, _ in said(text)][-1] == speaker


@pytest.mark.parametrize("text,speaker", [
    ('The drills will be defensive, President of Westland Ivo Sandor said on Monday. "We are not hiding anything," '
     'the state news agency WTA quoted the Westland leader as saying. "We will invite all who wish to come," the '
     'Westland president said.', "Ivo Sandor"),
    ('Ivo Sandor was sworn in at the White House. The new attorney general said: "We need to end this lawlessness."',
     "Ivo Sandor"),
    ('Lena Varga demanded a referendum. But Karl Obst is preparing to reject the demand, the Times newspaper '
     'reported. "The prime minister has said this would mean a vote," the Times quoted an unnamed source as saying.',
     ""),
])
def test_descriptions_and_quoted_as_saying(text, speaker):
    assert [s for s, _ in said(text)][-1] == speaker


@pytest.mark.parametrize("text,speaker", [
    ('Prime Minister Theresa May has called on her party to continue "loudly and clearly" putting the case.',
     "Theresa May"),
    ('Theresa May spoke in Glasgow. During a speech to the party conference she said "we are four nations, but at '
     'heart one people".', "Theresa May"),
    ('Nicola Sturgeon spoke first. Theresa May followed. Mrs May said: "For too long the opposition did nothing."',
     "Theresa May"),
    ('Lena Varga and Ivo Sandor made an appeal. On Monday, Ms Varga and Mr Sandor had called on Westland to '
     '"refrain from excessive statements".', "Lena Varga"),
    ('Chancellor Ana Lopez had also rallied to the Netherlands, condemning the analogies as "completely misguided".',
     "Ana Lopez"),
    ('Mr Karl Obst likened the Netherlands to "a banana republic" on Sunday.', "Karl Obst"),
    ('"The government will not pay the ransom," the minister-said, calling for the release of the hostages. Said '
     'Information Minister Ivo Sandor said so on Monday.', "Ivo Sandor"),
    ('But House Minority Leader Lena Varga (D-CA) expressed the opposite view, tweeting that the speech "was '
     'utterly disconnected from reality."', "Lena Varga"),
    ('Republican Speaker of the House Karl Obst called the speech a "home run" in a statement.', "Karl Obst"),
])
def test_may_pairs_participles_and_titles_with_of_the(text, speaker):
    assert [s for s, _ in said(text)][0] == speaker


@pytest.mark.parametrize("text,speaker", [
    ('While praising Ivo Sandor\'s speech in separate remarks, Sen. Karl Obst took to Twitter saying: "We should '
     'honor the promise we made."', "Karl Obst"),
    ('People mocked the photo. pic.twitter.com/Bt62uSxCu3 Karl Obst Jr. decided early on to stay. "If I could, I\'d '
     'live out West," he told the Times.', "Karl Obst Jr."),
])
def test_opening_phrases_and_link_codes_are_not_subjects(text, speaker):
    assert [s for s, _ in said(text)][0] == speaker


def test_a_new_sentence_of_reported_speech_is_no_signature():
    text = ('Fine Gael-TD Peter Fitzpatrick called on the minister to act. "I won\'t get involved at all", Mr Ross said. '
            '"It would be wrong for me to take sides." Mr Fitzpatrick said the letter was an obstacle to progress.')
    quotes = extract_quotes(text)
    assert [(q.speaker, q.direct) for q in quotes] == [("Ross", True), ("Ross", True), ("Peter Fitzpatrick", False)]


@pytest.mark.parametrize("text,expected", [
    # a name and an apposition after a quotation are its signature, unless a new sentence goes on with its own verb
    ('"We had a great meeting." Ivo Sandor, the president-elect, said on Monday after meeting Karl Obst.',
     [("Ivo Sandor", "We had a great meeting.")]),
    ('"Consumers want a clear purpose." Florian Seiche, president of Westland Mobile, the parent company of Nokia.',
     [("Florian Seiche", "Consumers want a clear purpose.")]),
    ('"We run 34 exhibitions here." Ivo Sandor, a board member. "Americans like fireworks." Chen Mei, general manager '
     'of Golden Peak Corp, one of the largest makers in Wanzai, where most factories export.',
     [("Ivo Sandor", "We run 34 exhibitions here."), ("Chen Mei", "Americans like fireworks.")]),
    ('Senator Lena Varga said the hearing "showed how unprepared she is to serve." Ms-Ana Lopez, a former chair of '
     'the party, never attended public school.', [("Lena Varga", "showed how unprepared she is to serve.")]),
    ('Karl Obst later said the man "continued to speak over everyone." Ivo Sandor, who says he was the target of the '
     'remark, tells the paper he was not upset.', [("Karl Obst", "continued to speak over everyone.")]),
])
def test_signatures_after_a_quotation(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text,speaker", [
    ('The statement echoes Prime Minister Lena Varga\'s stance that "no deal is better than a bad deal," and came '
     'as parliament met.', "Lena Varga"),
    ('"We will work together," Ivo Sandor said. Karl Obst\'s Beijing visit followed his remarks in Seoul on Friday '
     'that action might be needed if the threat reaches a level "that we believe requires action."', "Karl Obst"),
    ('Senator Lena Varga was silenced on Tuesday. The Massachusetts Democrat, who was banned from the floor, wrote: '
     '"If he makes even the tiniest attempt, we will hear about it."', "Lena Varga"),
    ('"We will not resign," Ivo Sandor said. Thousands gathered in Victory Square outside the offices, shouting '
     '"Resign now!"', ""),
    ('Oscars host Karl Obst decided to take action. Next, he made it a bit personal, writing, "Are you up at this hour?"',
     "Karl Obst"),
])
def test_possessives_party_descriptions_and_crowds(text, speaker):
    assert [s for s, _ in said(text)][-1] == speaker


@pytest.mark.parametrize("text,speaker", [
    ('Speaking to reporters, Karl Obst pointed to a "certain break in dialogue" during the last administration, and '
     'said both sides now need "an update of information and positions."', "Karl Obst"),
    ('According to the official news agency, WNA, the Ayatollah said: "Presently, too, he is demonstrating the reality."',
     ""),
    ('Nicolas Maduro\'s admission came on Friday. "I have asked the United Nations for help," Westland\'s president '
     'said in a broadcast.', "Nicolas Maduro"),
    ('"We want to stick to the course," Mr Rutte said. Mr Wilders\' lead vanished as the vote drew near. He warned '
     'that Mr Rutte had "not seen the last" of him.', "Wilders"),
    ('Speaking from his desk, Mr Karl Obst declared that "we\'re very angry" at Westland\'s missile tests and said '
     'other options were available.', "Karl Obst"),
    ('"Once again, there is no evidence," Lena Varga concurred.', "Lena Varga"),
    ('Speaking on the radio, Labour peer Lord Obst spoke of his disappointment that the government had "gone back on '
     'their word". The Obst Amendment passed.', "Lord Obst"),
    ('Presidential Envoy for Environmental Protection, Ecology and Transport Ivo Sandor spoke in Sochi. "Experts tell '
     'us to forget about bridges," the presidential envoy pointed out.', "Ivo Sandor"),
])
def test_subjects_of_coordinated_verbs_possessive_nations_and_titles_for(text, speaker):
    assert [s for s, _ in said(text)][-1] == speaker


def test_a_name_after_the_reporting_verb_does_not_take_the_pronoun():
    text = ('"We want to stick to the course," Mr Karl Obst said. Mr Ivo Sandor\'s lead vanished as the vote drew near. '
            'He had pledged to leave the union. He warned that Mr Obst had "not seen the last" of him.')
    assert said(text)[-1] == ("Ivo Sandor", "not seen the last")


def test_named_body_resolves_a_common_noun():
    text = ('The Foreign Ministry summoned the ambassador.\n\n'
            '"This is unacceptable," the ministry said.')
    assert said(text) == [("Foreign Ministry", "This is unacceptable")]


def test_a_quotation_continues_its_speaker_in_the_same_paragraph():
    text = '"We lost," said coach Mia Stone. "But we will be back next season."'
    assert said(text) == [("Mia Stone", "We lost"), ("Mia Stone", "But we will be back next season.")]


def test_multi_paragraph_quotation():
    text = ('Coach Mia Stone said after the match:\n\n'
            '"It was a hard game. We never stopped running.\n\n'
            '"I am proud of every one of them."\n\n'
            'The club plays again on Sunday.')
    quotes = said(text)
    assert quotes == [("Mia Stone", "It was a hard game. We never stopped running."),
                      ("Mia Stone", "I am proud of every one of them.")]


def test_unbalanced_mark_does_not_leak_into_the_next_paragraph():
    text = 'Ana Lopez said: "The vote was rigged.\n\nThe results will be announced on Friday, officials said.'
    quotes = extract_quotes(text)
    assert [q.text for q in quotes] == ["The vote was rigged."]


def test_partial_quotation_in_reported_speech():
    text = 'Opposition leader Tim Berg called the plan "a disgrace," saying it would "ruin the town."'
    assert said(text) == [("Tim Berg", "a disgrace"), ("Tim Berg", "ruin the town.")]


@pytest.mark.parametrize("text", [
    'Karl Obst said on "Morning Report Today." He left soon after.',
    'The so-called "green reform" was debated for hours.',
    'Karl Obst said the "reform" was overdue.',
    'Karl Obst said that "forcing" the town into a merger would fail.',
    'Karl Obst said it ended an "era" for the town.',
])
def test_titles_and_scare_quotes_in_reporting_sentences_are_not_quotations(text):
    assert said(text) == []


@pytest.mark.parametrize("text,expected", [
    ('Mayor Karl Obst said the plan was "unacceptable" and left.', [("Karl Obst", "unacceptable")]),
    ('The Farmers Union said it would "challenge" the rule in court.', [("Farmers Union", "challenge")]),
    ('Nora Vance met the mayor. She said she was not "comfortable" with the plan.', [("Nora Vance", "comfortable")]),
    ('Mayor Nora Vance said she has "total" confidence in Karl Obst, adding that "he did nothing wrong" at all.',
     [("Nora Vance", "total"), ("Nora Vance", "he did nothing wrong")]),
])
def test_one_word_after_a_reporting_verb_is_a_partial_quotation(text, expected):
    assert said(text) == expected


def test_scare_quotes_and_titles_are_not_quotations():
    text = 'The so-called "reform" was debated for hours. The film "Northern Lights" opens on Friday.'
    assert said(text) == []


def test_cue_later_in_the_sentence():
    text = '"We want to talk" to the neighbours, President Eva Holm told the assembly on Tuesday.'
    assert said(text) == [("Eva Holm", "We want to talk")]


def test_unknown_speaker_is_left_empty():
    assert said('"Nobody knows," the sign on the door read.') == [("", "Nobody knows")]


def test_offsets_point_at_the_quoted_words():
    text = 'Intro.\n\n"First words," said Ana Lopez. "Second words."'
    for quote in extract_quotes(text):
        assert text[quote.start:quote.end] == quote.text
    assert all(q.direct for q in extract_quotes(text))


def test_cue_verb_is_recorded():
    quotes = extract_quotes('"Enough," Ana Lopez insisted.')
    assert (quotes[0].cue, quotes[0].direct) == ("insisted", True)


def test_names_in_the_title_do_not_become_speakers():
    quotes = extract_quotes('"We disagree," the Kremlin said.', title="Talks Fail, Kremlin Says")
    assert quotes[0].speaker == "Kremlin"


def test_fixture_speakers(archive):
    """Every quotation in the fixtures has the speaker its article gives it."""
    expected = {
        "Transit Fares to Rise in April, City Says": ["Elena Varga", "Elena Varga", "Elena Varga",
                                                      "Northbridge Riders Association", "Omar Haddad"],
        "Port Strike Would Be 'Costly Error,' Ministry Says": ["Transport Ministry"] + ["Tomas Lindqvist"] * 4
        + ["Hanna Berg"] * 3,
        "Riverside FC Lift the Cup After Late Comeback": ["Sven Aalto", "Sven Aalto", "Luis Moreno", "Peter Lind"],
        "Central Bank Raises Rates to 4.5% to Fight Inflation": ["Central Bank of Eastmark", "Lucas Ferreira",
                                                                 "Lucas Ferreira", "Clara Holm"],
        "Mediator Says Ceasefire Talks Are 'Closer Than Ever'": ["Marta Quintero"] * 3 + ["Adrian Falk"],
        "Trade Fair Returns With Record Exhibitors": ["Anton Keller", "Lotte Brandt"],
        "Vaccination to Begin With Care Homes, Health Agency Says": ["Henrik Sato"],
        "Energy Minister Promises Relief as Gas Bills Soar": ["Karin Holt", "Karin Holt", "Marek Novak"],
        "Eastmark Reactor Sets Fusion Endurance Record": ["Leila Haddad", "Leila Haddad"],
        "Schools to Close for Three Weeks as Virus Spreads": ["Priya Raman", "Priya Raman", "Erik Dahl"],
    }
    for title, speakers in expected.items():
        hit = archive.search(f'title:"{title}"').hits[0]
        assert [q.speaker for q in archive.get(hit.id).quotes if q.direct] == speakers, title


# Archives exported without paragraph breaks and with mangled characters (the shape of real news dumps).

def test_mangled_marks_do_not_derail_pairing():
    text = ('Officials rejected the "repeal and replace"?plan on Monday. "We will not back down,"?Mayor Ana Lopez said. '
            'Her deputy said he didn"t agree. "This is a mistake,"?said deputy mayor Tim Berg.')
    found = said(text)
    assert ("Ana Lopez", "We will not back down") in found and ("Tim Berg", "This is a mistake") in found
    assert not any("didn" in words for _, words in found)  # a mark between letters is an apostrophe
    text = 'Protesters called the G20"s policies "murderous." Ana Lopez said the meeting was "a failure of the G20."'
    assert [words for _, words in said(text)] == ["murderous.", "a failure of the G20."]  # and after a number


def test_stray_closing_mark_is_ignored():
    text = 'The budget was approved" late on Friday. "We are delighted," said Ana Lopez.'
    assert said(text) == [("Ana Lopez", "We are delighted")]


def test_glued_hyphen_before_a_name():
    text = '"The water supply is affected," said-Mariano Fernandez, the interior minister.'
    assert said(text) == [("Mariano Fernandez", "The water supply is affected")]


def test_participle_cue_refers_to_the_sentence_subject():
    text = 'Karl Obst was arrested on Saturday as he ran through the hall while shouting, "I am innocent".'
    assert said(text) == [("Karl Obst", "I am innocent")]


def test_appositive_description_is_not_the_speaker():
    text = 'Zhang Lei, founder and chief executive of Hillhouse Capital, said in a statement: "We look forward to it."'
    assert said(text) == [("Zhang Lei", "We look forward to it.")]


def test_speaker_quoted_by_an_office():
    text = '"We will build the road," the press service quoted Deputy Governor Sergei Novik.'
    assert said(text) == [("Sergei Novik", "We will build the road")]


def test_signed_quotation():
    text = '"Trade will grow next year." Pascal Lamy, former trade official, in an interview.'
    assert said(text) == [("Pascal Lamy", "Trade will grow next year.")]


def test_acronym_and_first_name_resolve_to_the_full_name():
    text = ('The passenger told the Australian Transport Safety Bureau (ATSB) what happened. "Passengers endured the '
            'smell," the ATSB said. Student Nia Mya Reese wrote the book. "I learned a lot," Nia Mya said.')
    assert [s for s, _ in said(text)] == ["Australian Transport Safety Bureau", "Nia Mya Reese"]


def test_pronoun_skips_organisations_and_places():
    text = ('Supt Vince Grey from Thames Valley Police said the hall was closed. '
            'He said: "We will be conducting an investigation."')
    assert said(text) == [("Vince Grey", "We will be conducting an investigation.")]


def test_headline_owner_speaks_a_collection_of_quotations():
    quotes = extract_quotes('On leaks "The leaks are real." On jobs "We will bring them back."',
                            title="Most memorable lines from Trump's news conference")
    assert [q.speaker for q in quotes] == ["Trump", "Trump"]


def test_a_place_in_the_headline_speaks_no_quotation():
    text = 'On leaks "The leaks are real." On jobs "We will bring them back." Voters in Westland choose in May.'
    quotes = extract_quotes(text, title="Who are Westland's candidates?")
    assert [q.speaker for q in quotes] == ["", ""]


def test_reported_speech_is_an_indirect_quotation():
    text = ('Finance Minister Karl Obst said on Tuesday that the budget would be balanced by 2026. '
            'He told reporters that taxes would not rise. Analysts said the plan was optimistic.')
    quotes = [q for q in extract_quotes(text) if not q.direct]
    assert [(q.speaker, q.text, q.cue) for q in quotes] == [
        ("Karl Obst", "the budget would be balanced by 2026", "said"),
        ("Karl Obst", "taxes would not rise", "told"),
    ]
    for quote in quotes:
        assert text[quote.start:quote.end] == quote.text


@pytest.mark.parametrize("text,speaker,words", [
    ("Talks will resume in March, Finance Minister Lena Varga said on Tuesday.", "Lena Varga",
     "Talks will resume in March"),
    ("Three bridges were closed overnight to all traffic, according to the Harbour Authority of Port Ellis.",
     "Harbour Authority of Port Ellis", "Three bridges were closed overnight to all traffic"),
    ("According to Tomas Berg, the paper mill will close in May.", "Tomas Berg", "the paper mill will close in May"),
    ("Westland's UN envoy in Geneva Tom Ruiz said at the council the claims were unverified.", "Tom Ruiz",
     "at the council the claims were unverified"),
    ("Tom Ruiz, senior counsel, instructed by Ana Lopez, solicitor, said they were recommending acceptance of the "
     "offer.", "Tom Ruiz", "they were recommending acceptance of the offer"),
    ("A spokesperson for Sen. Deb Holm, R-Neb., said the senator attended the evening meeting.", "Deb Holm",
     "the senator attended the evening meeting"),
    ("Jason Reid, an attorney for the girl's father, Tom Ruiz, said the abduction came after a chain of events.",
     "Jason Reid", "the abduction came after a chain of events"),
    ("The Westland Observatory for Human Rights has counted the dead. Those who leave will be taken to the north, "
     "according to the Westland Observatory.", "Westland Observatory for Human Rights",
     "Those who leave will be taken to the north"),
    ("Nadia Holm, a lawyer for the families, said the inquiry had ignored key evidence.", "Nadia Holm",
     "the inquiry had ignored key evidence"),
    ("Deputy mayor Ivo Sandor told reporters that the tunnel would open next year.", "Ivo Sandor",
     "the tunnel would open next year"),
    ("The deal will be signed in June, Eastmark's Ambassador to Austrand Pavel Ondra said.", "Pavel Ondra",
     "The deal will be signed in June"),
    ("Rescue crews reached the village at dawn, the Baltic Wire news agency reported, citing local officials.",
     "Baltic Wire", "Rescue crews reached the village at dawn"),
    ("The Regional Water Authority (RWA) cut supplies on Monday. The RWA said supplies would return to normal by "
     "Friday.", "Regional Water Authority", "supplies would return to normal by Friday"),
    ('"We will rebuild," Mayor Petra Lind said. She said the first homes would be ready by spring.', "Petra Lind",
     "the first homes would be ready by spring"),
    ("The two leaders will meet in April, Foreign Minister Lena Varga said Sunday, on the final day of a visit to "
     "Austrand.", "Lena Varga", "The two leaders will meet in April"),
    ("Karl Obst nevertheless said he was opposed to a complete halt to the talks.", "Karl Obst",
     "he was opposed to a complete halt to the talks"),
    ("Tom Reyes repeatedly claimed throughout the campaign that he had never met the envoy.", "Tom Reyes",
     "he had never met the envoy"),
    ("President Ana Lopez called for calm, saying that the protests would not change the law.", "Ana Lopez",
     "the protests would not change the law"),
    ("City Hall press secretary Karl Obst played down the remark, saying that the mayor was speaking loosely.",
     "Karl Obst", "the mayor was speaking loosely"),
    ("Judge Ivo Sandor ruled on Monday. READ MORE: 'Farmers don't have enough water' Sandor also said that the "
     "order was unfair to the town.", "Ivo Sandor", "the order was unfair to the town"),
    ("The court sat. READ MORE - Linden trial: 'Worst day in years' Judge Ivo Sandor spoke to reporters, saying "
     "the guards had tried to stop the man.", "Ivo Sandor", "the guards had tried to stop the man"),
    ('Ivo Sandor said the plan "will work".- Speaking on radio, Sandor said the mood had changed in the town.',
     "Ivo Sandor", "the mood had changed in the town"),
    ("Ben Ruiz of the Farmers Union said the deal was unfair to growers.", "Ben Ruiz", "the deal was unfair to growers"),
    ("The Turkey-backed Westland rebels held the town. The Westland army said it had recaptured the town on Monday.",
     "Westland army", "it had recaptured the town on Monday"),
    ("The vote will divide the country for years, said Ivo Sandor, director of Polaris, a consultancy.", "Ivo Sandor",
     "The vote will divide the country for years"),
    ("The talks will be held by the Organization of Baltic States, OBS, on Tuesday. The OBS said it would hold an "
     "extraordinary meeting next week.", "Organization of Baltic States", "it would hold an extraordinary meeting next week"),
    ("Online donations were 50 times the usual total, Jenny Bertolette, vice president of communications for "
     "Meals on Wheels, told ABC News.", "Jenny Bertolette", "Online donations were 50 times the usual total"),
    ("A Department of Health spokeswoman said extra money was being invested in the hospitals.",
     "Department of Health", "extra money was being invested in the hospitals"),
    ("The news was welcomed by Russell Obst, general secretary of the union NAHT, who said the lessons would "
     "prepare young people.", "Russell Obst", "the lessons would prepare young people"),
    ("One who did was newly elected Rep. Matt Obst of Florida, who said the critics were still grieving.",
     "Matt Obst", "the critics were still grieving"),
    ("President of Westland Ivo Sandor gave an interview. The impact was particularly strong last year, when trade "
     "fell to 800 million euros, the President of Westland said.", "Ivo Sandor",
     "The impact was particularly strong last year, when trade fell to 800 million euros"),
    ("The Kenyan government withdrew its offer. Talks have not borne fruit, however, and on Tuesday the government "
     "said it had terminated those talks.", "Kenyan government", "it had terminated those talks"),
    ("The World Health Organization met on Monday. WHO has previously warned that many antibiotics could become "
     "redundant this century.", "World Health Organization", "many antibiotics could become redundant this century"),
    ("Karl Obst met the ambassador. The Westland Post story reports that Obst also met him at an event in July.",
     "Westland Post", "Obst also met him at an event in July"),
    ("Defence Secretary Tom Reid spoke. During a call last month, Reid told his Eastmark counterpart Ana Lopez that "
     "the alliance was committed to the region.", "Tom Reid", "the alliance was committed to the region"),
    ("Premier Tom Reid spoke. Addressing the assembly in September, he vowed that Westland will open its markets.",
     "Tom Reid", "Westland will open its markets"),
    ("The Right Reverend Karl Obst, the church's lead bishop on education, said he supported age-appropriate SRE.",
     "Karl Obst", "he supported age-appropriate SRE"),
    ("Tom Reid waited in the sun. The fighting has interrupted all of life: Reid said his children had not gone to "
     "school for three years.", "Tom Reid", "his children had not gone to school for three years"),
    ("Senator Karl Obst spoke. Obst, one of the president's harshest critics and a navy officer once detained for a "
     "failed plot against a former president, said he would resign if the president disproves it.", "Karl Obst",
     "he would resign if the president disproves it"),
    ("The ban began. The Westland Telegraph, citing unnamed sources, reported on its website that Tom Reid had "
     "apologised to Eastmark.", "Westland Telegraph", "Tom Reid had apologised to Eastmark"),
    ("The ban began. Reuters reported earlier this week that an unnamed official had denied the claims.",
     "Reuters", "an unnamed official had denied the claims"),
    ("A laptop was stolen from a car on Sunday. - - - - - - The Eastport Daily News, citing police sources, said "
     "officers had been searching for the laptop since Sunday.", "Eastport Daily News",
     "officers had been searching for the laptop since Sunday"),
    ("The Kurdish-led Westland Democratic Forces (WDF) announced on Sunday that they captured the airbase.",
     "Westland Democratic Forces", "they captured the airbase"),
    ("Foreign Minister Tom Reid spoke. Tom Reid reiterated this morning that Westland was committed to the talks.",
     "Tom Reid", "Westland was committed to the talks"),
    ("President Tom Reid spoke. Tom Reid repeatedly told governors in a private meeting last month that his top "
     "priority is to give states more freedom.", "Tom Reid", "his top priority is to give states more freedom"),
    ("The talks were with the head of the Russian development bank Vnesheconombank (VEB). VEB confirmed on Monday "
     "that its executives had held meetings with Tom Reid.", "Vnesheconombank",
     "its executives had held meetings with Tom Reid"),
    ("The Westland Department of Homeland Security was sued. A spokeswoman for Westland Customs Enforcement, Ana "
     "Lopez, said the agency doesn't comment on pending litigation.", "Ana Lopez",
     "the agency doesn't comment on pending litigation"),
    ("Senator Ana Lopez announced in a statement she'll oppose the bridge toll.", "Ana Lopez",
     "she'll oppose the bridge toll"),
    ("Tomas Falk left the meeting early, telling reporters that the vote would be held on Friday.", "Tomas Falk",
     "the vote would be held on Friday"),
    ("Harbour master Tomas Falk said-the western pier would reopen next week.", "Tomas Falk",
     "the western pier would reopen next week"),
    ("There is also fear of deportation. U.S. Customs and Travel Enforcement said 90 travellers were turned back.",
     "U.S. Customs and Travel Enforcement", "90 travellers were turned back"),
    ("Nora Falk and Tomas Falk are hoping for new boats, and Tomas Falk said he wants to sail again in May.",
     "Tomas Falk", "he wants to sail again in May"),
    ("Mayor Ana Lopez conceded that the new bridge would cost more than planned.", "Ana Lopez",
     "the new bridge would cost more than planned"),
    ("The bridge opens today! -- Ana Lopez (@analopez) February 7, 2017 Mayor Ana Lopez has said the toll will be "
     "dropped in May.", "Ana Lopez", "the toll will be dropped in May"),
    ("Senator Ana Lopez, chairman of the Committee on Harbours, Roads and Ferries, the panel that will vet the plan, "
     "said in a statement that the toll was fair.", "Ana Lopez", "the toll was fair"),
    ("The Lopez administration had frozen new harbour leases in 2016, arguing that the scheme must be reformed first.",
     "Lopez administration", "the scheme must be reformed first"),
    ("According to a recent consumer survey by the Harbour Traders Association, 40% of shoppers now buy online.",
     "Harbour Traders Association", "40% of shoppers now buy online"),
    ("Ana Lopez, director of the Port Institute, notes that the pier's progress has been slow.", "Ana Lopez",
     "the pier's progress has been slow"),
    ("Mayor Tomas Falk concedes that the new toll is hard to defend.", "Tomas Falk", "the new toll is hard to defend"),
    ("Mr Falk was asked about the losses. Mr Falk responded that the audited accounts showed a small loss.",
     "Falk", "the audited accounts showed a small loss"),
    ("Crews are held in the lower deck for weeks, Harbour Watch alleges.", "Harbour Watch",
     "Crews are held in the lower deck for weeks"),
    ("Sen. Tomas Falk spoke on Sunday. The Ohio Republican also called for a new pier, but said the port needs more "
     "ferries first.", "Tomas Falk", "the port needs more ferries first"),
    ("Ferry traffic fell by a fifth in the last quarter, according to the Harbour Board's latest figures.",
     "Harbour Board", "Ferry traffic fell by a fifth in the last quarter"),
    ("According to a Harbour Board analysis released in January, ferry traffic fell by a fifth.", "Harbour Board",
     "ferry traffic fell by a fifth"),
])
def test_reported_speech_patterns(text, speaker, words):
    assert reported(text) == [(speaker, words)]


def test_a_person_introduced_by_one_name():
    text = ('A young woman named Nora said she is "afraid of Obst" and believes he would be bad. "His vision is so '
            'wrong," Nora said. An older man named Albert said he thought the centre would win. He said that Karl Obst '
            'did a better job.')
    assert said(text) == [("Nora", "afraid of Obst"), ("Nora", "His vision is so wrong")]
    assert reported(text) == [("Albert", "he thought the centre would win"), ("Albert", "Karl Obst did a better job")]


def test_the_spokesman_speaks_for_whom_a_spokesman_was_introduced_for():
    text = ("Tom Reid said he was owed an apology by Taoiseach Ana Lopez. A spokesman for the Taoiseach said she "
            "rejected the charge. The spokesman also said the report had been removed from government websites.")
    assert reported(text) == [("Tom Reid", "he was owed an apology by Taoiseach Ana Lopez"),
                              ("Ana Lopez", "she rejected the charge"),
                              ("Ana Lopez", "the report had been removed from government websites")]


def test_he_after_a_photo_credit_glued_on_is_a_pronoun():
    text = ("\"Our advice is to cut taxes,\" says Qu Hong, chief economist at Eastbank. - Trains run in Chengdu. "
            "Lyu Jia / For China Daily He suggested the government should boost investments in metros.")
    assert reported(text) == [("Qu Hong", "the government should boost investments in metros")]


def test_the_bureau_is_the_body_the_article_names_in_full():
    text = ("The National Bureau of Statistics said coal use fell by 4.7 percent last year. The use of energy rose by "
            "1.4 percent, the bureau said.")
    assert [speaker for speaker, _ in reported(text)] == ["National Bureau of Statistics"] * 2


def test_a_hyphenated_surname_spelt_another_way_is_kept_whole():
    text = ("Ahmed Aboul-Gheit, secretary-general of the League, said economic issues should take priority. \"It is "
            "not right,\" Abul Gheit said on Monday.")
    assert reported(text) == [("Ahmed Aboul-Gheit", "economic issues should take priority")]


def test_a_surname_stands_for_a_full_name_with_a_numeral():
    text = ("Senator Karl Obst IV told a news conference that he would raise the issue. Obst also revealed that the "
            "family received money from a businessman.")
    assert [speaker for speaker, _ in reported(text)] == ["Karl Obst IV", "Karl Obst IV"]


def test_reported_speech_after_a_glued_heading_is_the_person_s_after_it():
    text = ('"Ground forces launched joint attacks," Tom Reid said. At least nine people were killed on Friday. READ '
            "MORE: Eastmark Brigades claim seizing Westland cities Westland News's Ana Lopez, reporting from Eastport, "
            'said that the brigades confirmed reports that their fighters had come under attack. "The clashes have '
            'erupted again."')
    assert reported(text) == [("Ana Lopez", "the brigades confirmed reports that their fighters had come under attack")]
    assert said(text)[1] == ("Ana Lopez", "The clashes have erupted again.")


def test_a_sentence_after_an_abbreviation_is_no_initial_of_a_name():
    text = ("Karl Obst spoke about his trip to the US. He said he would raise the issue. Whatever his values, he said, "
            "the Government has a duty to work with the administration.")
    assert reported(text) == [("Karl Obst", "he would raise the issue"),
                              ("Karl Obst", "the Government has a duty to work with the administration")]


@pytest.mark.parametrize("text", [
    "Police said the driver had fled the scene on foot. They said the road would stay shut until noon.",
    "Analysts said prices would rise again. Officials said the floods had claimed 12 lives.",
    "The floods have claimed 12 lives since Monday. The storms that have claimed 12 lives are receding.",
    "The Eastmark Foreign Ministry confirmed the details of the agreement on Monday.",
    "The king has named a new prime minister, according to a royal statement published by the MAP state news agency.",
    "The father of Ivan Morozov told French radio on Sunday that drugs had caused it.",
    "A close friend of Nora Vance said she had left the country.",
    "Detectives said the van had been stolen in Eastport. Investigators said the fire was started on purpose.",
])
def test_reported_speech_of_nobody_in_particular_is_not_kept(text):
    assert reported(text) == []


def test_he_with_only_a_body_named_and_no_spokesman_is_nobody_named():
    text = ('EASTPORT, March 29. /TASS/. The helicopter system will be upgraded, the Eastmark Defense Ministry said on '
            'Wednesday. "The ministry has made a decision," the Defense Ministry said. Research will be completed by '
            '2018. "The system has vast room for improvement," he said.')
    assert [speaker for speaker, _ in said(text)] == ["Eastmark Defense Ministry", ""]
    spokesman = text.replace("Research will", "A ministry spokesman confirmed it. Research will")
    assert [speaker for speaker, _ in said(spokesman)] == ["Eastmark Defense Ministry", "Eastmark Defense Ministry"]


def test_a_force_named_after_a_comma_and_of_keeps_its_first_word():
    text = ('Police said the decision was made after a review. Ch Insp Sarah Grahame, of Mersey Valley Police, said the '
            'barriers would help. "The extra protection is in place," the force said.')
    assert reported(text)[0] == ("Mersey Valley Police", "the decision was made after a review")
    assert said(text) == [("Mersey Valley Police", "The extra protection is in place")]


@pytest.mark.parametrize("group", ["Mediators", "Negotiators", "Volunteers", "Paramedics"])
def test_a_plural_role_opening_a_sentence_is_nobody_named(group):
    assert said(f'{group} said "the talks will go on".') == [("", "the talks will go on")]
    assert said('Jon Myers arrived late. Myers said "the talks will go on".') == [("Jon Myers", "the talks will go on")]


def test_her_father_opening_the_sentence_before_is_the_unnamed_he():
    text = ('Ana trains at the gym with her father. The gym has a poster of stuntman Ivo Sandor, a champion who moved '
            'to Eastport. Her father declares his pride in his daughter. "I am really happy that I helped Ana," he '
            'says.')
    assert said(text) == [("", "I am really happy that I helped Ana")]


def test_a_body_named_with_two_of_or_for_phrases_keeps_both():
    text = ('The Agency for the Protection of Rivers for Coastal Regions, which oversees the treaty, expressed its '
            'outrage in a statement, saying "Any pollution is deeply disturbing."')
    agency = "Agency for the Protection of Rivers for Coastal Regions"
    assert said(text) == [(agency, "Any pollution is deeply disturbing.")]


@pytest.mark.parametrize("text", [
    "The wall is designed to stop vehicles storming the site, said the assistant mayor for tourism, Jean-Luc Martel.",
    "The wall is designed to stop vehicles storming the site, said the deputy mayor, Jean-Luc Martel.",
])
def test_said_the_role_then_the_name_after_the_clause(text):
    assert reported(text) == [("Jean-Luc Martel", "The wall is designed to stop vehicles storming the site")]


def test_a_participle_after_said_is_no_clause_of_its_own_but_adding_reports_more():
    text = ("Irina Vass spoke first. In 2015, the number of accidents rose sharply in 32 regions compared to 2014, she "
            "said, citing the committee's statistics.")
    assert reported(text) == [
        ("Irina Vass", "In 2015, the number of accidents rose sharply in 32 regions compared to 2014")]
    adding = ("The lake is being lowered by 4 inches an hour, Mayor Lina Dahl said, adding that the plant will create "
              "1,000 jobs, as well as 300 more.")
    assert reported(adding) == [("Lina Dahl", "The lake is being lowered by 4 inches an hour"),
                                ("Lina Dahl", "the plant will create 1,000 jobs, as well as 300 more")]


def test_the_bulletin_is_the_bodys_that_issued_it():
    text = ('The Eastmark Center for Reconciliation carried out six missions, the Center said in an information '
            'bulletin. "The center carried out five missions in Aleppo," the bulletin reads.')
    assert said(text) == [("Eastmark Center for Reconciliation", "The center carried out five missions in Aleppo")]


@pytest.mark.parametrize("text,expected", [
    ("The road will stay closed until Monday, the local Office of Emergency Management said.",
     [("Office of Emergency Management", "The road will stay closed until Monday")]),
    ("The road will stay closed until Monday, the influential Eastmark Union of Hauliers said.",
     [("Eastmark Union of Hauliers", "The road will stay closed until Monday")]),
])
def test_a_body_after_the_and_an_adjective(text, expected):
    assert reported(text) == expected


def test_the_report_after_according_to_an_outlet_is_the_outlets():
    text = ("Seven students were killed in an avalanche on Monday, according to Eastport News partner EBC. About 62 "
            "students and teachers were in Tochigi when the avalanche hit, the report said.")
    assert reported(text) == [("EBC", "Seven students were killed in an avalanche on Monday"),
                              ("EBC", "About 62 students and teachers were in Tochigi when the avalanche hit")]


@pytest.mark.parametrize("text", [
    "Eastmark may supply two aircraft to Westland in 2018, Industry Minister Ivo Sandor said on the sidelines of the "
    "meeting of the United Eastmark faction on Tuesday.",
    "Ivo Sandor said on the sidelines of the forum that Eastmark may supply two aircraft to Westland in 2018.",
    "Eastmark may supply two aircraft to Westland in 2018, CEO Ivo Sandor told TASS on the sidelines of the Investment "
    "Forum in Sochi on Tuesday.",
])
def test_said_on_the_sidelines_is_where_not_what(text):
    assert reported(text) == [("Ivo Sandor", "Eastmark may supply two aircraft to Westland in 2018")]


def test_the_press_office_of_a_body_described_before_its_name():
    text = ("EASTPORT, February 6. /TASS/. Eastmark will issue 250,000 stamps, the press office of the federal postal "
            'operator Post Office of Eastmark told TASS on Monday. "A postal bloc will be released on February 7," the '
            "press office said.")
    assert reported(text) == [("Post Office of Eastmark", "Eastmark will issue 250,000 stamps")]
    assert said(text) == [("Post Office of Eastmark", "A postal bloc will be released on February 7")]


def test_according_to_a_person_and_a_role_then_the_clause():
    text = ("According to Liao Tao, deputy general manager of CRRC ZELC, the contract includes three units, spare parts "
            "and training services.")
    assert reported(text) == [("Liao Tao", "the contract includes three units, spare parts and training services")]


def test_said_at_a_conference_that_ended_reports_the_clause_before():
    text = ("In 2017 a larger share of capital will go to high-end manufacturing, a key part of the economy, Minister "
            "of Commerce Gao Hu said at a national commerce work conference that concluded on Dec 27.")
    assert reported(text) == [
        ("Gao Hu", "In 2017 a larger share of capital will go to high-end manufacturing, a key part of the economy")]


def test_a_postnominal_after_a_role_and_a_name_goes():
    text = "Barrister for the prosecution Ciaran Moore QC said he was referring it back to the director."
    assert reported(text) == [("Ciaran Moore", "he was referring it back to the director")]


def test_a_nationality_and_firm_word_invent_no_speaker():
    text = ("Westel reported its results. Net profit for 2016 was down 18 percent to 2.6 billion euros, the German "
            'telecommunications firm announced. Its stake fell "mainly as a result of a fall in the share price," the '
            "German group said.")
    assert reported(text) == []
    assert said(text) == [("", "mainly as a result of a fall in the share price")]


def test_a_place_opening_with_northern_is_never_he():
    text = ("A Derry man was found not guilty. The case surrounded interviews Mr Sandor gave to police after he was "
            "arrested in Northern Ireland over images of him posted online. He allegedly told a detective he was "
            "smuggled across the border in a raft.")
    assert [speaker for speaker, _ in reported(text)] in ([], ["Sandor"])  # never "Northern Ireland"


def test_the_press_service_of_a_government_named_by_its_nation():
    text = ("EASTPORT, February 9. /TASS/. Prime Minister Ivo Sandor will meet the president of Westland on February "
            "10, press service of the Eastmark government reported Thursday.")
    assert reported(text) == [
        ("Eastmark government", "Prime Minister Ivo Sandor will meet the president of Westland on February 10")]


def test_the_bank_is_the_one_word_bank_the_article_names():
    text = ("Westbank reported its results on Thursday. However, the 2016 figure beat the forecast by analysts, the "
            "bank noted.")
    assert reported(text) == [("Westbank", "However, the 2016 figure beat the forecast by analysts")]


def test_indicated_reports_speech():
    text = "Westbank CEO Karl Obst indicated the drop in earnings was attributable to the low-interest environment."
    assert reported(text) == [("Karl Obst", "the drop in earnings was attributable to the low-interest environment")]


def test_the_body_s_spokesman_is_the_spokesman_the_article_named():
    text = ("EASTPORT, February 7. /TASS/. The crews repelled a notional strike in drills, Fleet spokesman Ivo Sandor "
            "told TASS on Tuesday. During the drills, the crews destroyed 30 targets. After repelling the attacks, the "
            "missile systems made a march to a new area, the Fleet's spokesman said.")
    assert [speaker for speaker, _ in reported(text)] == ["Ivo Sandor", "Ivo Sandor"]


def test_the_report_after_a_newspaper_said_is_the_newspapers():
    text = ('EASTPORT, March 18. /TASS/. Radicals blocked the entrance to a bank office, the local Teren newspaper '
            'said. "Activists have pasted leaflets on the windows," the report says.')
    assert said(text) == [("Teren", "Activists have pasted leaflets on the windows")]


def test_a_champion_is_a_title_not_a_first_name():
    text = ("Eastmark's two-time Olympic Champion Lena Varga has been chosen as an ambassador. \"It is an honor for "
            'me," Varga said.')
    assert said(text) == [("Lena Varga", "It is an honor for me")]


def test_told_a_news_conference_then_the_clause():
    text = "Foreign Minister Ivo Sandor told a news conference on Tuesday a council for joint projects had been set up."
    assert reported(text) == [("Ivo Sandor", "a council for joint projects had been set up")]


def test_she_after_an_unnamed_employee_told_tass_is_nobody_named():
    text = ("EASTPORT, March 15. /TASS/. An office of Westbank in Dnepr has suspended operations after activists "
            'blocked its work, a bank employee told TASS on Wednesday. "The work of the office has been suspended," she '
            "said.")
    assert said(text, "Westbank office in Eastmark's Dnepr suspends work") == [
        ("", "The work of the office has been suspended")]


def test_the_paper_after_a_name_then_daily():
    text = ("Ivo Sandor confirmed the talks to Izvestia daily. According to the paper's data, the Westland side is "
            "discussing a possible contract.")
    assert reported(text) == [("Izvestia", "the Westland side is discussing a possible contract")]


def test_the_press_service_of_a_body_the_article_does_not_name_is_nobody():
    text = ('EASTPORT, February 23. /TASS/. The border guard have detained a man, press service of the border guard in '
            'Westmark said on Thursday. "An officer identified the man," the press service said.')
    assert said(text) == [("", "An officer identified the man")]


def test_detectives_quoted_in_part_are_nobody_named():
    text = 'Detectives said inquiries were under way to "establish the full circumstances".'
    assert said(text) == [("", "establish the full circumstances")]


@pytest.mark.parametrize("text,kept", [
    ("Republicans argued the bill would lower costs for most families.", []),
    ("Some Democrats said the nominee was out of the mainstream of American law.", []),
    ("Senate Democrats said the nominee was out of the mainstream of American law.",
     [("Senate Democrats", "the nominee was out of the mainstream of American law")]),
])
def test_a_party_speaks_only_when_qualified(text, kept):
    assert reported(text) == kept


def test_a_clause_after_a_reporting_verb_does_not_name_the_speaker():
    text = ("It is the second time that Karl Obst has been taken ill, and his wife, Evgenia, claims the Kremlin is to "
            "blame.")
    assert "Kremlin" not in [speaker for speaker, _ in reported(text)]


def test_a_paper_named_by_its_last_word_is_not_a_document():
    text = ("Karl Obst, the senator, spoke twice last year with the ambassador, the Washington Post reported on "
            "Wednesday, citing officials. One of the meetings was a private conversation between Obst and the "
            "ambassador that took place in September, the Post reported.")
    assert reported(text)[-1] == ("Washington Post", "One of the meetings was a private conversation between Obst "
                                                     "and the ambassador that took place in September")


def test_sentences_with_quotation_marks_are_not_reported_speech():
    assert reported('Ana Lopez said the plan was "a disgrace" and would be dropped.') == []


def test_he_and_she_skip_a_person_of_the_other_gender():
    text = ('Mike Dorn rescued the girl in 2005. He visited LaShay Brown last year. '
            'LaShay said his support inspired her. She said she has not chosen a branch yet. '
            '"I am proud of her," he told People. The girl joined a cadet corps. "It was a challenge," she told People.')
    assert said(text) == [("Mike Dorn", "I am proud of her"), ("LaShay Brown", "It was a challenge")]


@pytest.mark.parametrize("phrase,name", [
    ("Al Jazeera's Andrew Simmons", "Andrew Simmons"),
    ("Russia's Foreign Ministry", "Foreign Ministry"),
    ("Attacking Gaza", "Gaza"),
    ("Foreign Minister Sergey Lavrov", "Sergey Lavrov"),
    ("Bill de Blasio", "Bill de Blasio"),
    ("envoy to China Andrei Denisov", "Andrei Denisov"),
    ("UK-based Wood Mackenzie", "Wood Mackenzie"),
    ("Minister for Foreign Affairs Kieran Dunne", "Kieran Dunne"),
    ("Congratulations Stephen Miller", "Stephen Miller"),
    ("Four Congolese", "Congolese"),
    ("Secretary of Homeland Security Dana Holt", "Dana Holt"),
    ("Migrant Rights Centre Westland", "Migrant Rights Centre Westland"),
    ("Main Operations Department Lieutenant-General Ivo Sandor", "Ivo Sandor"),
    ("Paris Prosecutor Francois Molins", "Francois Molins"),
    ("the Ana Lopez Trust Tom Ruiz", "Tom Ruiz"),
    ("Westland Protection Agency Administrator Eva Stone", "Eva Stone"),
    ("Surgeon at Westland Hospital Tom Reid", "Tom Reid"),
    ("European Network Against Racism", "European Network Against Racism"),
    ("Westland County Public Schools", "Westland County Public Schools"),
    ("Sen. Al Brand", "Al Brand"),
    ("Are Tom Ruiz", "Tom Ruiz"),  # "Are Tom Ruiz's remarks part of a policy?"
    ("Does Eva Stone", "Eva Stone"),
    ("Republican Sen Dan Bishop", "Dan Bishop"),
    ("the Rev. Ana Maria King", "Ana Maria King"),  # a middle name before a surname that is also a title
    ("Then-Sen. Tom Reid", "Tom Reid"),
    ("Westland Mounted Police Corporal Tom Reid", "Tom Reid"),
    ("Organizers Tamika Stone", "Tamika Stone"),  # a plural role opening the sentence
    ("Sometimes Nicole", "Nicole"),
    ("master Man Mohan Reid", "Man Mohan Reid"),  # a first name that is a role word's ending
    ("Accused Tom Reid", "Tom Reid"),  # a headline's "Accused Ian Stewart says ..."
    ("Save the Children", "Save the Children"),  # a name with "the" inside
    ("Peter the Great", "Peter the Great"),
    ("In the Senate", "Senate"),
    ("While the White House", "White House"),
    ("the Standing Rock Sioux Tribe", "Standing Rock Sioux Tribe"),  # a body's name that opens with a participle
])
def test_names_out_of_phrases(phrase, name):
    from indexer.names import split_role

    assert split_role(phrase)[0] == name


@pytest.mark.parametrize("text,expected", [
    # words quoted in a sentence that reports no speech belong to its subject, not to the last speaker
    ('Sen. Dana Holt (D-Mass.) asked for an inquiry. "We will review the decision," inspector Karl Obst wrote. '
     'Holt welcomed the "independent review of the decision" in a tweet.',
     [("Karl Obst", "We will review the decision"), ("Dana Holt", "independent review of the decision")]),
    ('"We will review the decision," inspector Karl Obst wrote. Ana Lopez has repeated her plan to let the scheme '
     '"collapse on its own weight".',
     [("Karl Obst", "We will review the decision"), ("Ana Lopez", "collapse on its own weight")]),
    ('Karl Obst tweets: "If something happens, blame the judge."',
     [("Karl Obst", "If something happens, blame the judge.")]),
    ('"We will review the decision," inspector Karl Obst wrote. He has called for an end to the "reckless spending '
     'of the board".', [("Karl Obst", "We will review the decision"), ("Karl Obst", "reckless spending of the board")]),
    ("UN envoy Karl Dennis spoke on Thursday. Dennis' rebuke was delivered to the mayor, Ana Lopez, on Thursday, "
     'mentioning "a refusal by the council to act". "There is a consensus," he said.',
     [("Karl Dennis", "a refusal by the council to act"), ("Karl Dennis", "There is a consensus")]),
    ('Karl Obst has spoken out against the judge. Over the weekend, he panned the ruling of Judge Ana Lopez as '
     '"a terrible decision for the country."', [("Karl Obst", "a terrible decision for the country.")]),
    ('This came after comments in which Foreign Minister Lena Varga implied the two sides were moving towards a '
     '"head-on collision."', [("Lena Varga", "head-on collision.")]),
    ('Karl Obst is the villain of the film. The trailer for "An Inconvenient Sequel" opens with a clip of Obst on the '
     'trail. "It is freezing here," he jokes.', [("Karl Obst", "It is freezing here")]),
    # a charge or a plan in quotation marks is nobody's words
    ('Ana Lopez was charged with "importing false computer data".', [("", "importing false computer data")]),
    ('Ana Lopez is set to release a book about "her extraordinary life and times".',
     [("", "her extraordinary life and times")]),
])
def test_words_quoted_without_a_reporting_verb(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a heading glued to the sentence ("Eastmark in loop") or a description before the titled name is not the speaker
    ('Eastmark in loop State Department spokesman Karl Obst told reporters that the talks were the "looming '
     'challenge" of the year.', [("Karl Obst", "looming challenge")]),
    ('"We will meet," delegation head Ana Lopez said. In the meantime, another member of the delegation and Special '
     'Representative on Anti-Terrorism Ivo Sandor told reporters that they outlined "the platform for cooperation".',
     [("Ana Lopez", "We will meet"), ("Ivo Sandor", "the platform for cooperation")]),
])
def test_the_titled_person_before_the_verb_speaks(text, expected):
    assert said(text) == expected


def test_places_and_courses_are_not_people():
    text = ('Taoiseach Karl Obst spoke in Boston. After taking part in the parade in New York, he made clear that the '
            'talks come first. "These are priorities that take precedence," he said.')
    assert said(text) == [("Karl Obst", "These are priorities that take precedence")]
    text = ('Obst has visited Obst International Golf Course ten times. "I am not going to have time to play golf," '
            'Obst said in 2016.')
    assert said(text) == [("Obst", "I am not going to have time to play golf")]
    text = ('Actor Tom Reid plays the lead. Reid has been a fixture on the stage, starring in "Debate Club" and the '
            'Eastport Theater\'s production of "Into The Woods" in 2012. "Other Lives" is his first time as a leading '
            'man. "I have been playing teenagers for a decade," he quipped.')
    assert said(text) == [("Tom Reid", "I have been playing teenagers for a decade")]


@pytest.mark.parametrize("text", [
    '"I am a friend," Jonathan Tran told officers. "The response was lacking," sources said.',
    '"I am a friend," Jonathan Tran told officers. "The response was lacking," two senior officials told CNN.',
    '"I am a friend," Jonathan Tran told officers. Detractors say the plan fails. "The response was lacking," '
    'Officials said.',
    '"I am a friend," Jonathan Tran told officers. The boats came back. "The response was lacking," complained one '
    'former Ruritanian official who asked not to be named.',
])
def test_unnamed_groups_are_nobody_in_particular(text):
    assert said(text) == [("Jonathan Tran", "I am a friend"), ("", "The response was lacking")]


def test_names_cut_from_a_portfolio_and_glued_by_hyphens():
    text = ('The minister and Minister for Social Protection Lena Varga have instructed their departments. Lena Varga '
            'spoke first. Speaking on the radio, Martin-Heydon said he expected there would be a discussion soon.')
    from indexer.names import ArticleNames
    names = ArticleNames(text)
    assert names.resolve("Social Protection Lena Varga") == "Lena Varga"
    assert reported(text + " Martin Heydon is the chairman.") == [
        ("Martin Heydon", "he expected there would be a discussion soon")]


def test_a_hyphen_glued_between_a_word_and_a_name():
    text = ('The Minister for Rural Affairs-Lena Varga-said the plan was "overdue". Sirrus CEO-Ben Ruiz was upbeat. '
            '"We will grow," Ruiz said. City Councillor-Eva Stone said she was "delighted". Westland TV\'s-Tom Reid said '
            'the city was "calm".')
    assert said(text) == [("Lena Varga", "overdue"), ("Ben Ruiz", "We will grow"), ("Eva Stone", "delighted"),
                          ("Tom Reid", "calm")]
    text = '"We will win," party leader-Ana Holm said. "We are ready," Holm added. The anti-Holm camp was quiet.'
    assert said(text) == [("Ana Holm", "We will win"), ("Ana Holm", "We are ready")]


def test_a_middle_initial_is_the_same_person():
    text = ('The office said Karl Obst is "supportive of the plan." "Karl J. Obst is determined to protect it," the '
            'office said. "These cases have been settled," Obst said.')
    assert said(text)[-1] == ("Karl Obst", "These cases have been settled")


def test_names_with_letters_the_export_lost():
    lost = "\ufffd\ufffd"  # a letter with an accent, decoded wrongly ("Mich\u00e9al")
    text = (f'Fianna F{lost}il leader Miche{lost}l Martin called the reports "utterly shocking" on Monday. Fine Gael '
            f'MEP Se{lost}n Kelly spoke later. "I would leave that up to whoever succeeds him," Mr Kelly said.')
    assert said(text) == [(f"Miche{lost}l Martin", "utterly shocking"),
                          (f"Se{lost}n Kelly", "I would leave that up to whoever succeeds him")]


def test_the_reply_brief_speaks_for_who_filed_it():
    text = ('The Department of Justice blasted the ruling, citing "national security concerns" as its reason. "The '
            'State argues that the injunction does no harm," the reply brief to the appeals court, filed Monday '
            'evening, says.')
    assert said(text)[-1] == ("Department of Justice", "The State argues that the injunction does no harm")


# Patterns the batches fresh-18 to fresh-29 of bench/gold showed, each rewritten with names of our own.
@pytest.mark.parametrize("text,expected", [
    pytest.param(
        'The news came the day an aide was sentenced for the 2013 "Bridgegate"?scandal. At the event, Ivo Sandor '
        'said his administration wants to "help people who have become so badly addicted." The talks will bring '
        'the foreign ministers of the four countries"?leaders together.',
        [("Ivo Sandor", "help people who have become so badly addicted.")],
        id="a-mangled-mark-between-letters-closes-a-short-quotation-or-is-an-apostrophe"),
    pytest.param(
        '"As far as wiretapping, at least we have something in common perhaps"? Mr Obst said to Ms Lopez, who '
        'looked bewildered.',
        [("Obst", "As far as wiretapping, at least we have something in common perhaps")],
        id="a-mangled-mark-before-a-space-closes-the-quotation"),
    pytest.param(
        'Lena Varga met voters in March. "Everybody said we would lose. We will win," Varga said at the time. '
        'She was seen at a dinner with Tom Reyes. The show got political; Varga often discussed rights. '
        'Her video also took a shot at Attorney General Ivo Sandor. '
        '"I have a message for the bullies," she said. "He lies," Reyes said of him.',
        [("Lena Varga", "Everybody said we would lose. We will win"),
         ("Lena Varga", "I have a message for the bullies"), ("Tom Reyes", "He lies")],
        id="gender-shown-after-a-quotation"),
    pytest.param(
        'In his first appearance before the council as secretary of Homeland Security, Ivo Sandor called the order '
        '"lawful and constitutional" but said he should have delayed its rollout "just a bit".',
        [("Ivo Sandor", "lawful and constitutional"), ("Ivo Sandor", "just a bit")],
        id="a-long-opening-phrase-is-not-the-subject"),
    pytest.param(
        '"Relations can only be friendly," Premier Ivo Sandor said, adding that-he and Obst had pledged in a call '
        'last month "to make joint efforts to advance cooperation."',
        [("Ivo Sandor", "Relations can only be friendly"),
         ("Ivo Sandor", "to make joint efforts to advance cooperation.")],
        id="he-and-someone-pledging-is-he"),
    pytest.param(
        '"We act now," Karl Obst said. "But you don\'t have any proof?" Ana Lopez followed up.',
        [("Karl Obst", "We act now"), ("Ana Lopez", "But you don't have any proof?")],
        id="a-question-followed-up"),
    pytest.param(
        '"This is a great loss to the movement," head of the Ahmed Obst Foundation Lena Varga said in a statement.',
        [("Lena Varga", "This is a great loss to the movement")],
        id="a-body-then-its-person"),
    pytest.param(
        'The delegation has arrived in Geneva, envoy Alexey Varga said on Thursday. "Yesterday, I had a meeting '
        'with the other delegation," the Russian diplomat said.',
        [("Alexey Varga", "Yesterday, I had a meeting with the other delegation")],
        id="the-diplomat-is-the-one-the-text-named"),
    pytest.param(
        'Judge Dana Holt blocked the order. Holt\'s ruling in Hawaii Wednesday noted that the ban "was issued with '
        'a purpose to disfavor a particular religion."',
        [("Dana Holt", "was issued with a purpose to disfavor a particular religion.")],
        id="a-judges-ruling-speaks-for-the-judge"),
    pytest.param(
        'Kremlin spokesman Ivan Petrov declined to comment on the row involving Ambassador Karl Obst and adviser '
        'Ana Lopez. "We would like to give no comments," he said.',
        [("Ivan Petrov", "We would like to give no comments")],
        id="he-is-the-titled-person-opening-the-sentence-before"),
    pytest.param(
        '"Tomorrow Ivo Sandor will take oath as chief minister," Karl Obst said. Most recently, he lauded the ban, '
        'saying the country needed similar action to check "terrorism and crime".',
        [("Karl Obst", "Tomorrow Ivo Sandor will take oath as chief minister"),
         ("Karl Obst", "terrorism and crime")],
        id="a-day-word-is-no-first-name"),
    pytest.param(
        'Maize is vulnerable to the larvae. Jan-Hendrink Venter: "It\'s prone to the prevailing winds and can '
        'migrate large distances" South Africa says it is still assessing the damage.',
        [("Jan-Hendrink Venter", "It's prone to the prevailing winds and can migrate large distances")],
        id="a-caption-names-the-speaker"),
    pytest.param(
        'The Department of Health has said it expects talks to end soon. In a statement, the Department said the '
        'minister "is acutely aware of the stress."',
        [("Department of Health", "is acutely aware of the stress.")],
        id="the-department-is-the-one-named-in-full"),
    pytest.param(
        'A man drove up to the checkpoint. After contact with agents, the Secret Service detained the man and '
        '"declared his vehicle suspicious."',
        [("Secret Service", "declared his vehicle suspicious.")],
        id="a-body-opening-the-sentence-owns-the-words-it-quotes"),
    pytest.param(
        'The council said Karl Obst was acting as an adviser. "He was a conduit to leaders," council press '
        'secretary Ana Lopez on Monday. The bank confirmed the meeting.',
        [("Ana Lopez", "He was a conduit to leaders")],
        id="a-signature-without-a-verb"),
    pytest.param(
        'The bank confirmed the meeting in a statement to CNN. "During 2016 the management met with many '
        'representatives," the VEB statement said.',
        [("VEB", "During 2016 the management met with many representatives")],
        id="the-named-statement-speaks-for-its-issuer"),
    pytest.param(
        'Karl Obst was supportive during the campaign. When asked in April if Ana Lopez would be free to use any '
        'bathroom at Obst Tower, the then-presidential candidate said, "That is correct."',
        [("Karl Obst", "That is correct.")],
        id="a-then-title-describes-the-person"),
    pytest.param(
        'Eastmark has opposed an inquiry. The country\'s rights council ambassador, Ivo Sandor, also called the '
        'move "unacceptable to the government". Lena Varga spoke later.',
        [("Ivo Sandor", "unacceptable to the government")],
        id="an-apposition-then-also"),
    pytest.param(
        '"He found the leadership wanting," Ivo Sandor said. Mourners then began to shout "down with the '
        'president."',
        [("Ivo Sandor", "He found the leadership wanting"), ("", "down with the president.")],
        id="a-crowd-chanting-is-nobody-in-particular"),
    pytest.param(
        'Ana Lopez hired a lawyer. Lopez spokesman Karl Obst confirmed the hiring, and told the paper that the '
        'lawyer will work on "civil and criminal investigations".',
        [("Karl Obst", "civil and criminal investigations")],
        id="the-titled-person-opening-a-coordinated-sentence"),
    pytest.param(
        'It is premature to speak about visa-free travel, Deputy Foreign Minister Grigory Varga said on Tuesday. '
        '"One should not expect lifting visa requirements," said the diplomat, who is holding another meeting.',
        [("Grigory Varga", "One should not expect lifting visa requirements")],
        id="the-diplomat-said"),
    pytest.param(
        'In an interview, Ali Akbar Sandor, foreign-affairs adviser to-Ayatollah Ali Obst, said-"Washington does '
        'not dare to carry out its threats." "They know it very well," he said.',
        [("Ali Akbar Sandor", "Washington does not dare to carry out its threats."),
         ("Ali Akbar Sandor", "They know it very well")],
        id="an-adviser-to-someone-is-the-speaker"),
    pytest.param(
        'Suspicions remain about the group, Foreign Minister Ivan Petrov said in an interview. According to the '
        'diplomat, before Eastmark "moved there with its air force, the coalition was rarely hitting them."',
        [("Ivan Petrov", "moved there with its air force, the coalition was rarely hitting them.")],
        id="according-to-a-description"),
    pytest.param(
        'The list will be compiled, the council\'s secretary Alexander Varga said on Sunday. "The service is to '
        'compile a list of officials," the Council\'s press service quoted him as saying.',
        [("Alexander Varga", "The service is to compile a list of officials")],
        id="quoted-him-as-saying"),
    pytest.param(
        'Timothy Snyder wrote the book. According to The Guardian, Snyder is convinced that hackers were behind the '
        'change. "The slogan appears only on posters in Russia," he said.',
        [("Timothy Snyder", "The slogan appears only on posters in Russia")],
        id="a-newspaper-is-not-he"),
    pytest.param(
        'The Department of Justice appealed on Monday. The DOJ also called the ruling "vastly overbroad and '
        'unworkable".',
        [("Department of Justice", "vastly overbroad and unworkable")],
        id="an-acronym-with-its-connectors"),
    pytest.param(
        'Leonid Varga said the republic would keep its army. "Transfer of some units into the army is at variance '
        'with the law," Varga was quoted as saying by Tass.',
        [("Leonid Varga", "Transfer of some units into the army is at variance with the law")],
        id="was-quoted-as-saying-by-an-agency"),
    pytest.param(
        'The Westlandish government issued a statement condemning the move, saying the decision was "one more '
        'obvious step towards annexation". "We call on the community to act," the statement said.',
        [("Westlandish government", "one more obvious step towards annexation"),
         ("Westlandish government", "We call on the community to act")],
        id="a-national-government-opening-the-sentence"),
    pytest.param(
        'Nancy Obst said it was "really important" that FBI Director Karl Lopez say publicly that there is no '
        'evidence of what she called a "terrible accusation against the former president."',
        [("Nancy Obst", "really important"),
         ("Nancy Obst", "terrible accusation against the former president.")],
        id="what-she-called"),
    pytest.param(
        "Head of Crimea's government Sergei Varga greeted the Crimean residents on the anniversary. \"It is the live "
        'history of the Crimean Spring," he wrote.',
        [("Sergei Varga", "It is the live history of the Crimean Spring")],
        id="a-place-adjective-is-no-first-name"),
    pytest.param(
        'The Kremlin believes the remarks about President Ivo Sandor by Fox host Bill Obst do no credit to the '
        'channel. However, it has no intention of blowing the incident out of proportion, Eastmark Presidential '
        'Spokesman, Dmitry Varga, told reporters. "We do not feel like exaggerating it," the Kremlin spokesman said. '
        '"It is better to get along than not," Sandor said. Eastmark Presidential Spokesman, Dmitry Varga, said '
        'shortly after that the remark was insulting.',
        [("Dmitry Varga", "We do not feel like exaggerating it"), ("Ivo Sandor", "It is better to get along than not")],
        id="a-title-then-a-comma-then-the-name"),
    pytest.param(
        'Republican Sen. Karl Obst of Kalispell said it is "humane and good policy" to act. "The need for this bill '
        'is clear," said Democrat Nora Vance of Missoula.',
        [("Karl Obst", "humane and good policy"), ("Nora Vance", "The need for this bill is clear")],
        id="a-person-of-a-place"),
    pytest.param(
        'Commission spokesman Enrico Varga said it was fine. Criticism came from Westland. "Its repeated abstention '
        'means passing the buck," said Green Party politician and member of Westland parliament Harald Obst.',
        [("Harald Obst", "Its repeated abstention means passing the buck")],
        id="a-member-of-a-body-before-the-name"),
    pytest.param(
        'US President Donald Trump spoke on Thursday. The 70-year-old US president vented frustrations, insisted he '
        'is "not a bad person" and wondered out loud about a "nuclear holocaust", in a long appearance.',
        [("Donald Trump", "not a bad person"), ("Donald Trump", "nuclear holocaust")],
        id="an-aged-description-opening-the-sentence"),
    pytest.param(
        "Mr Karl Obst met the press on Friday. He's referred to the plan as a \"catastrophic mistake.\"",
        [("Karl Obst", "catastrophic mistake.")],
        id="a-contracted-pronoun-opening-the-sentence"),
    pytest.param(
        'President Karl Obst met them. Obst has also urged Westland to stop building in disputed areas and said '
        'the two sides should "decide for themselves what may work best".',
        [("Karl Obst", "decide for themselves what may work best")],
        id="said-after-a-first-verb-and-its-object"),
    pytest.param(
        'Party leader Nora Vance resigned. The PRP is due to host a council meeting on Saturday. On Thursday it '
        'issued a statement in support of Vance. "She is not responsible for the delay," it said.',
        [("PRP", "She is not responsible for the delay")],
        id="it-said-after-a-body-opened-the-sentences"),
    pytest.param(
        'Former prime minister Karl Obst has been summoned by judges. "Obst said it is his right not to go," '
        'reporter Nora Vance said. 62-year-old former prime minister said "I won\'t give in, I will fight to the end."',
        [("Nora Vance", "Obst said it is his right not to go"),
         ("Karl Obst", "I won't give in, I will fight to the end.")],
        id="an-aged-description-without-its-article"),
    pytest.param(
        "Mr Karl Obst spoke first. He's said the plan was \"the most beautiful thing I ever saw.\"",
        [("Karl Obst", "the most beautiful thing I ever saw.")],
        id="a-contracted-pronoun-before-a-reporting-verb"),
    pytest.param(
        'King Karl VI-announced on Wednesday he would replace the prime minister. The king took the decision "in '
        'the absence of signs of a government", the royal statement said.',
        [("Karl VI", "in the absence of signs of a government")],
        id="a-glued-hyphen-after-a-regnal-number"),
    pytest.param(
        'Karl Obst met the envoy twice, but his spokeswoman, Nora Vance, downplayed those meetings, saying on '
        'Wednesday, "There was absolutely nothing misleading about his answer."',
        [("Nora Vance", "There was absolutely nothing misleading about his answer.")],
        id="a-participle-in-the-clause-after-but"),
    pytest.param(
        '"The two sides are like two trains," Foreign Minister Wang Lei said. "Our priority now is to apply the '
        'brakes." Al Jazeera\'s Scott Obst, reporting from Beijing, said the proposals were "very difficult".',
        [("Wang Lei", "The two sides are like two trains"), ("Wang Lei", "Our priority now is to apply the brakes."),
         ("Scott Obst", "very difficult")],
        id="a-name-after-a-quotation-that-starts-a-new-report"),
    pytest.param(
        'Police asked the Foreign Ministry to intervene. A spokesman from the ministry told TVNZ that Wellington had '
        'asked Washington "to withdraw the staff member." In turn, the US embassy told the news outlet: "We take '
        'seriously any suggestion of misconduct." Karl Obst was denied entry over his "ongoing actions", the '
        'immigration authority said.',
        [("Foreign Ministry", "to withdraw the staff member."), ("US embassy", "We take seriously any suggestion of "
                                                                             "misconduct."),
         ("immigration authority", "ongoing actions")],
        id="bodies-named-by-a-common-noun"),
    pytest.param(
        'The driver was jailed for 10 years. Edmund Obst, president of the AA, said too many drivers were addicted '
        'to their phones. "We need to break this addiction," he added. Karl King, of the RAC, agreed: "It is time."',
        [("Edmund Obst", "We need to break this addiction"), ("Karl King", "It is time.")],
        id="a-title-word-as-a-surname"),
    pytest.param(
        '"It is the first time the government has tried this," Al Jazeera\'s Shihab Obst, reporting from '
        'Washington, DC, said. "There have been civil suits."',
        [("Shihab Obst", "It is the first time the government has tried this"),
         ("Shihab Obst", "There have been civil suits.")],
        id="reporting-from-a-place-with-a-comma"),
    pytest.param(
        "President Karl Obst said in tweets that phones had been tapped. Nora Vance said that comments she made "
        "linking the leak of files on phones, cellphones and smart TVs to Obst's claims were about "
        '"surveillance generally". "It is a downward spiral," she said.',
        [("Nora Vance", "surveillance generally"), ("Nora Vance", "It is a downward spiral")],
        id="a-reporting-verb-used-as-a-noun"),
    pytest.param(
        'Karl Obst has resigned from Zuber, the company confirmed. In a brief statement, Zuber did not say why Obst '
        'left. "We want to thank Karl for his six months at the company," it said.',
        [("Zuber", "We want to thank Karl for his six months at the company")],
        id="it-said-after-a-one-word-company-opened-the-sentence"),
    pytest.param(
        'Four people were arrested on Friday. READ MORE: Why we still need Black History Month in the US Karl Obst, '
        'the university president, said the change was not a decision "we take lightly".',
        [("Karl Obst", "we take lightly")],
        id="a-link-heading-glued-before-the-speaker"),
    pytest.param(
        'Nora Vance posted a picture of Karl Obst at a rally with people holding signs reading: "Westland will fall". '
        'In her tweet, she accused Obst of "demonstrating with extremists". Vance\'s taunt prompted an angry reaction '
        'from Obst. "Usually, I laugh at such pictures," he wrote. Last year, Obst sued a supporter over photos. "I '
        'draw the line today," he said.',
        [("", "Westland will fall"), ("Nora Vance", "demonstrating with extremists"),
         ("Karl Obst", "Usually, I laugh at such pictures"), ("Karl Obst", "I draw the line today")],
        id="signs-reactions-and-openings"),
    pytest.param(
        'Chief of Operations Lieutenant-General Sergey-Rudskoi spoke on Tuesday. "A total of 4,608 facilities have '
        'been destroyed," the general said. According to Rudskoi, the bombers flew 36 missions.',
        [("Sergey Rudskoi", "A total of 4,608 facilities have been destroyed")],
        id="a-name-glued-by-a-hyphen-whose-surname-stands-alone"),
    pytest.param(
        '"Among those we can attract, half may be Chinese," Zhang Wei says. "But half may be Americans." Huawei '
        'Technologies, with more than 70,000 employees, has a model for recruiting abroad.',
        [("Zhang Wei", "Among those we can attract, half may be Chinese"), ("Zhang Wei", "But half may be Americans.")],
        id="a-company-is-no-signature"),
    pytest.param(
        'The White House suggested that Congress should look into it. Last Thursday, Sen. Karl Obst sent a letter to '
        'the Justice Department. "We request copies of any warrant applications," the letter read.',
        [("Karl Obst", "We request copies of any warrant applications")],
        id="the-letter-read-after-someone-sent-it"),
    pytest.param(
        'The order runs counter to claims last week by press secretary Karl Obst that the order was "finalized" and '
        'was "awaiting implementation."',
        [("Karl Obst", "finalized"), ("Karl Obst", "awaiting implementation.")],
        id="claims-by-someone-that"),
    pytest.param(
        '"Our research indicates that it is systematic," said Louis Obst of Human Rights Watch. High Commissioner '
        'for Human Rights Zeid Ra\'ad al-Obst spoke. "I therefore urge the Council," Zeid said.',
        [("Louis Obst", "Our research indicates that it is systematic"),
         ("Zeid Ra'ad al-Obst", "I therefore urge the Council")],
        id="names-around-human-rights-bodies"),
    pytest.param(
        'Vice President Karl Obst used private email. In late October, then-candidate Obst lauded the FBI, '
        'according to station WPVI. "The director of the FBI just sent a letter," he said. The European Union '
        'decided not to seek a probe. The EU takes note of "the very serious nature of the allegations". "Several '
        'missiles were launched," an Israeli army statement said.',
        [("Karl Obst", "The director of the FBI just sent a letter"),
         ("European Union", "the very serious nature of the allegations"),
         ("Israeli army", "Several missiles were launched")],
        id="openings-with-a-role-an-acronym-and-a-national-body"),
    pytest.param(
        'Republicans hold a 52-48 majority. Or, as President-elect Karl Obst once put it, "go nuclear." As the head '
        'of one police union put it, "We need more of everything."',
        [("Karl Obst", "go nuclear."), ("", "We need more of everything.")],
        id="as-someone-put-it"),
    pytest.param(
        'In January, President Karl Obst conceded that hackers were behind it. However, the president has repeatedly '
        'pushed back on other reports, calling the news "fabricated." But Prime Minister Nora Vance sparked outrage '
        'in 2015 when she urged supporters to vote because rivals were "voting in droves". Although she did not name '
        'Obst, Vance nonetheless blasted those who "shift the focus" away from the poor.',
        [("Karl Obst", "fabricated."), ("Nora Vance", "voting in droves"), ("Nora Vance", "shift the focus")],
        id="descriptions-and-pronouns-in-subordinate-clauses"),
    pytest.param(
        'Comedy is booming. But-Dave Obst-has a message for comedians: "Trump\'s kind of bad for comedy." Her head of '
        'cabinet has been placed under formal investigation for "the dissemination of violent images". She was '
        'prosecuted in 2015 for "incitement to discrimination".',
        [("Dave Obst", "Trump's kind of bad for comedy."), ("", "the dissemination of violent images"),
         ("", "incitement to discrimination")],
        id="a-glued-conjunction-and-charges-in-marks"),
    pytest.param(
        'Rep. Karl King, R-Iowa, spoke on Tuesday. "The speech was exactly consistent," King said.',
        [("Karl King", "The speech was exactly consistent")],
        id="a-title-word-surname-alone"),
    pytest.param(
        'Prime Minister Nora May has rejected the call. The government must agree to a referendum and May said "now '
        'is not the time."',
        [("Nora May", "now is not the time.")],
        id="and-name-said-after-a-modal-verb"),
    pytest.param(
        'Representative Karl Obst chairs the Select Committee on Intelligence. The committee, which has been probing '
        'contacts between the campaign and Westland, said in a statement that Obst and Vance had agreed on a '
        'document. "We will investigate," it said.',
        [("Select Committee on Intelligence", "We will investigate")],
        id="a-relative-clause-naming-another-country"),
    pytest.param(
        'Karl Obst will travel to Orlando for what the White House has termed "a campaign event." Republican Rep. Nora '
        'Vance ignited loud cheers at a meeting last week when she said, "Obst should release his taxes."',
        [("White House", "a campaign event."), ("Nora Vance", "Obst should release his taxes.")],
        id="termed-and-an-abbreviated-title-before-when-she-said"),
    pytest.param(
        'The International Federation for Human Rights released a report on Tuesday. "Conditions are made worse by '
        'high turnover," said the Paris-based human rights group.',
        [("International Federation for Human Rights", "Conditions are made worse by high turnover")],
        id="a-body-described-with-a-based-adjective"),
    pytest.param(
        'President Karl Obst spoke at the base. Obst went on to defend the alliance while saying members were not '
        'making "full and proper contributions." Echoing President Nora Vance, Obst said the army should be strong. '
        'President of Westland Ivo Sandor gave an interview. The impact was particularly strong last year, when trade '
        'fell to 800 million euros, the President of Westland said.',
        [("Karl Obst", "full and proper contributions.")],
        id="an-opening-participle-is-no-signature"),
    pytest.param(
        'Pope Francis spoke on Wednesday. While never mentioning Obst or his ban, Francis renewed his calls for '
        'bridges. "I appeal not to create walls but to build bridges," he said. President Obst fired Nora Vance. Obst '
        'said that Vance was treated "very unfairly" by the media and called her a "wonderful woman."',
        [("Francis", "I appeal not to create walls but to build bridges"), ("Obst", "very unfairly"),
         ("Obst", "wonderful woman.")],
        id="a-pope-by-one-name-and-the-second-partial-of-a-sentence"),
    pytest.param(
        'Opposition to the nominee grew on Monday while the White House demanded a "fair, up-or-down vote". Press '
        'secretary Karl Obst spoke on Monday. Nora Vance responded to Obst\'s comment that "the US would make sure '
        'that we protect our interests". The Obama administration denied these claims and insisted that the group '
        'was a "reliable American ally".',
        [("White House", "fair, up-or-down vote"), ("Karl Obst", "the US would make sure that we protect our "
                                                                  "interests"),
         ("Obama administration", "reliable American ally")],
        id="a-body-after-while-a-comment-that-and-an-administration"),
    pytest.param(
        'During a rare interview, former President George W. Bush offered his critique. "I think we all need answers," '
        'Bush told the host.',
        [("George W. Bush", "I think we all need answers")],
        id="a-middle-initial-keeps-its-dot"),
    pytest.param(
        '"An individual tried to attack soldiers," Minister of the Interior Bruno Le Obst said. A Navy official spoke '
        'too. "The class will be the premier forward asset," the Navy\'s website says.',
        [("Bruno Le Obst", "An individual tried to attack soldiers"), ("Navy", "The class will be the premier forward "
                                                                            "asset")],
        id="a-particle-after-a-portfolio-and-a-body-s-website"),
    pytest.param(
        'The astronaut Jing Haipeng spoke from orbit. "We are all well up here," Jing Haipeng said. Rabbi Karl Obst, '
        'who co-organized the first "I Am A Neighbour Too" rally in 2010, said the event was "a sign of hope." Obst '
        'spoke again. "We stand together," the rabbi said.',
        [("Jing Haipeng", "We are all well up here"), ("Karl Obst", "a sign of hope."),
         ("Karl Obst", "We stand together")],
        id="a-first-name-ending-in-ing-and-a-rabbi-with-a-quoted-title"),
    pytest.param(
        '"We pray for peace." Imam Karl Obst, said, "Our doors are open to all." "It is a fine day for a fire," Nora '
        'Vance, a founder of the group, sarcastically told reporters. The bill passed. "This is a scandal." Nora '
        'Vance, a researcher at the institute, commenting on the vote.',
        [("", "We pray for peace."), ("Karl Obst", "Our doors are open to all."),
         ("Nora Vance", "It is a fine day for a fire"), ("Nora Vance", "This is a scandal.")],
        id="an-adverb-before-the-verb-a-participle-signature-and-a-name-before-said"),
    pytest.param(
        'Kremlin spokesman Ivan Morozov spoke. "There are a lot of thieves," Obst said. "You think our country is so '
        'innocent?" Morozov\'s office called on the channel to apologize. "Being a former athlete, the games are '
        'special," said Meares. "The coast is waiting to welcome the world." By Peter Hunt, royal correspondent As '
        'she stood on the stage, the Queen smiled. In a message printed in the order of service, the Queen wrote: '
        '"Peace is founded on respect."',
        [("Obst", "There are a lot of thieves"), ("Obst", "You think our country is so innocent?"),
         ("Meares", "Being a former athlete, the games are special"), ("Meares", "The coast is waiting to welcome "
                                                                                   "the world."),
         ("Queen", "Peace is founded on respect.")],
        id="called-on-is-no-signature-a-byline-is-no-speaker-and-the-queen"),
    pytest.param(
        'Karl Obst, 35, is ill, and his wife, Evgenia, spoke to reporters. "He is a patriot," Evgenia said. A channel '
        'spoke to Obst in 2015. "I fell into a coma," he said at the time. In a note, Richard Greenfield of BTIG '
        'research firm said the service had been "thrust into the spotlight". In one instance, Art Briles allegedly '
        'responded: "Those are bad dudes." Breslin ran with Mailer. Their campaign manager described the run as "a '
        'dull campaign".',
        [("Evgenia", "He is a patriot"), ("Karl Obst", "I fell into a coma"),
         ("Richard Greenfield", "thrust into the spotlight"), ("Art Briles", "Those are bad dudes."),
         ("", "a dull campaign")],
        id="a-wife-is-no-he-a-person-of-a-firm-an-adverb-and-a-campaign-manager"),
    pytest.param(
        'Breslin won it. The Pulitzer Prize board pointed to a column: "You have a rare cancer," the doctor said.',
        [("", "You have a rare cancer")],
        id="a-prize-is-nobody"),
    pytest.param(
        '"Is our democracy in danger?" academics Karl Obst and Nora Vance told readers. Both Ivan Morozov and Anna Lee '
        'said they were "concerned". Minister of State for European Affairs Dara Murphy has said it is "vital for both '
        'sides" to stay close. Minister for Communications, Climate Action and Environment Denis Naughten said it was '
        '"urgent".',
        [("Karl Obst", "Is our democracy in danger?"), ("Ivan Morozov", "concerned"),
         ("Dara Murphy", "vital for both sides"), ("Denis Naughten", "urgent")],
        id="two-people-speak-as-the-first-and-a-portfolio-before-a-name"),
    pytest.param(
        'The Archbishop said he was "shocked by it", while Labour\'s Nora Vance described it as "shameful". "What\'s '
        'interesting," said the committee chair Lord Obst, "is that people are not having to strive." Anna Lee said: '
        '"We believe it is a significant one." Karl Obst MP, Chair of the Business Committee, said: "The government '
        'must be mindful of the burden." Rep. Ivan Morozov, D-Miss., the top Democrat on the committee, said the cuts '
        'would "reduce our readiness".',
        [("", "shocked by it"), ("Nora Vance", "shameful"), ("Lord Obst", "What's interesting"),
         ("Lord Obst", "is that people are not having to strive."), ("Anna Lee", "We believe it is a significant one."),
         ("Karl Obst", "The government must be mindful of the burden."), ("Ivan Morozov", "reduce our readiness")],
        id="while-starts-a-clause-a-peer-keeps-the-title-an-mp-and-a-party-tag-before-an-apposition"),
    pytest.param(
        'Nora Vance says the plan is "absolutely right". Home Secretary Anna Lee defended the decision, which she said '
        'had been made after France raised concerns. Speaking in the Commons, she said: "It acts as a draw." Karl '
        'Obst, the mayor of Eastville, released a statement. "Obviously we are angry," the Mayor\'s office said.',
        [("Nora Vance", "absolutely right"), ("Anna Lee", "It acts as a draw."),
         ("Karl Obst", "Obviously we are angry")],
        id="which-she-said-is-the-sentence-subject-and-the-mayor-s-office"),
    pytest.param(
        'Theresa May has objected. A Downing Street spokesperson said the move would cause "huge uncertainty at the '
        'worst time". President Karl Obst met Vice President Ivan Morozov. "We should have kept the oil," the US '
        'President told reporters. The vice president has raised an alarm, saying it cannot be solved "with bullets '
        'alone". Zhao Wei spoke. Plants would work as long as they had licences, he adds, noting, "We can work more '
        'smoothly".',
        [("Downing Street", "huge uncertainty at the worst time"), ("Karl Obst", "We should have kept the oil"),
         ("Ivan Morozov", "with bullets alone"), ("Zhao Wei", "We can work more smoothly")],
        id="downing-street-the-us-president-the-vice-president-and-he-adds-noting"),
    pytest.param(
        'Even so, Eastville University Law School professor and legal scholar Karl Obst says "there is no case for '
        'perjury here." Labour accused the government of "sneaking out more austerity". Labour wants money for shops, '
        'warning that it could leave many High Streets a "wasteland". Nora Vance was asked by Sen. Ivan Morozov what '
        'she would do "if there is any evidence of contacts." Lee Cheol Woo arrived. Lee stated Kim was killed by "two '
        'Asian women." "They tried for years," a legislator, Lee Chul Woo, told reporters.',
        [("Karl Obst", "there is no case for perjury here."), ("Labour", "sneaking out more austerity"),
         ("Labour", "wasteland"), ("Ivan Morozov", "if there is any evidence of contacts."),
         ("Lee Cheol Woo", "two Asian women."), ("Lee Chul Woo", "They tried for years")],
        id="a-scholar-labour-asked-by-and-one-name-spelt-two-ways"),
    pytest.param(
        'Speaking in Beijing, Pak Myong-ho, a diplomat, blamed Eastland. "The incident was a political scheme," Pak '
        'said. WATCH: The diplomatic dispute - THE STREAM Pak made the comments to reporters.',
        [("Pak Myong-ho", "The incident was a political scheme")],
        id="a-heading-in-capitals-glued-to-a-name-is-not-part-of-it"),
    pytest.param(
        'Pressure is mounting on Attorney General Ivan Morozov after it emerged that he met the ambassador. "I did not '
        'meet him," he said. Speaking from Eastville, former attorney general Karl Obst said: "Everyone knows Ivan '
        'Morozov was in on the campaign." He said that the president has made enemies so far, including the press, '
        'that were "out to get him".',
        [("Ivan Morozov", "I did not meet him"), ("Karl Obst", "Everyone knows Ivan Morozov was in on the campaign."),
         ("Karl Obst", "out to get him")],
        id="he-said-that-after-a-quotation-starts-a-new-sentence-and-short-lowercase-words-are-speech"),
    pytest.param(
        'The army is making attempts to recapture the town, Russian ambassador Karl Obst told TASS. "As for the '
        'military aspect, the forces are advancing."',
        [("Karl Obst", "As for the military aspect, the forces are advancing.")],
        id="a-quotation-in-the-sentence-after-reported-speech-continues-its-speaker"),
    pytest.param(
        'Taoiseach Enda Kenny spoke on the radio. The Taoiseach is asked "When did you first hear the rumours?" on the '
        'show. "What did Nora Vance tell you?" the Taoiseach is asked.',
        [("", "When did you first hear the rumours?"), ("", "What did Nora Vance tell you?")],
        id="a-question-put-to-someone-is-not-their-words"),
    pytest.param(
        'Dana Pirelli, 44, was jailed at Eastbury Crown Court. She had been "drinking all day", the court was told. '
        'Miss Pirelli works three days a week as a cleaner, the court was told.',
        [("", "drinking all day")],
        id="what-a-court-or-jury-was-told-is-not-their-words"),
    pytest.param(
        'Carl Ward, 47, was killed in his flat. "It was a grim scene," said Det Insp Lena Ortiz. Mr Ward\'s family '
        'said: "We are devastated." The victim\'s brother added: "He was kind to everyone."',
        [("Lena Ortiz", "It was a grim scene"), ("", "We are devastated."), ("", "He was kind to everyone.")],
        id="a-named-persons-relatives-speak-for-themselves-not-for-the-speaker-before"),
    pytest.param(
        'Mia Dorn, 22, fell from a mast in the town of Port Antonio, Portland. Her mother Sarah is in Leeds, and her '
        'father is at sea. Ms Dorn\'s mother said: "She loved the sea."',
        [("", "She loved the sea.")],
        id="an-apposition-does-not-run-into-the-next-sentence"),
    pytest.param(
        'Two people died at a hostel in Westland. Police in Westland allege that suspect Ivo Marek shouted "Get down" '
        'during the attack.',
        [("Ivo Marek", "Get down")],
        id="words-someone-is-reported-to-have-shouted-are-theirs-not-the-reporters"),
    pytest.param(
        'Air Force Chief of Staff General Karl Obst told reporters at a breakfast. "That is the level of our dialogue," '
        'the US Air Force Chief of Staff added.',
        [("Karl Obst", "That is the level of our dialogue")],
        id="a-capitalised-title-with-of-means-the-person-it-introduced"),
    pytest.param(
        'Board member Gian Franco Rossi apologized on Thursday. "It was an inappropriate comment," Rossi said.',
        [("Gian Franco Rossi", "It was an inappropriate comment")],
        id="a-first-name-ending-like-a-role-stays-in-the-name"),
    pytest.param(
        'Sir Tom Baxter was too frail to attend the funeral of his friend Sir Alan Wood. In an interview last October, '
        'his wife said he was still having "a bit of a problem moving". "He is in incredible shape mentally," she '
        'said.',
        [("", "a bit of a problem moving"), ("", "He is in incredible shape mentally")],
        id="she-after-his-wife-said-is-the-wife-the-article-does-not-name"),
    pytest.param(
        'The Eastland Express (Eex) plane carried 16 passengers. "It was a rare event, like 1991, when a Skyway '
        'Airways plane lost a propeller," the airline said. "We are proud of the crew," the carrier said.',
        [("Eastland Express", "It was a rare event, like 1991, when a Skyway Airways plane lost a propeller"),
         ("Eastland Express", "We are proud of the crew")],
        id="the-airline-is-the-one-whose-flight-or-plane-the-article-named"),
    pytest.param(
        'The Eastland Union is warning Westland that any financial commitment it has taken on as a member "should be '
        'honored in full," even after it leaves.',
        [("Eastland Union", "should be honored in full")],
        id="is-warning-is-a-reporting-verb"),
    pytest.param(
        'The state-run Eastland News Agency is reporting that the first batch of "gunmen and their families" are '
        'leaving the city.',
        [("Eastland News Agency", "gunmen and their families")],
        id="is-reporting-is-a-reporting-verb"),
    pytest.param(
        'The Eastland National Guard denied the report on Thursday. "The information is untrue," the National Guard\'s '
        'press office told TASS. "Other functions ascribed to it are conjecture," the press office said.',
        [("Eastland National Guard", "The information is untrue"),
         ("Eastland National Guard", "Other functions ascribed to it are conjecture")],
        id="the-press-office-is-the-one-of-the-body-named-with-its-possessive"),
    pytest.param(
        'An organization representing the community honored the man. Eastland House Houston, a non-profit '
        'organization based in Houston, Texas, awarded him $100,000. "He is a hero," the organization said.',
        [("Eastland House Houston", "He is a hero")],
        id="the-organization-is-the-one-an-apposition-called-an-organization"),
    pytest.param(
        'Westland plans to send its largest warship on a tour, three sources said. "The aim is to test the ship," said '
        'one of the sources with knowledge of the plan. READ MORE: Westland\'s new Defence White Paper "It will train '
        'with the navy," he added.',
        [("", "The aim is to test the ship"), ("", "It will train with the navy")],
        id="he-after-one-of-the-sources-said-is-that-source"),
    pytest.param(
        'The organizers granted Mia Petrova a wildcard. "She is one of the best players," the statement said quoting '
        'the tournament\'s director Manuel Santos. "Costs will rise," Reuters said, citing banking sources.',
        [("Manuel Santos", "She is one of the best players"), ("Reuters", "Costs will rise")],
        id="said-quoting-a-named-person-gives-that-persons-words"),
    pytest.param(
        'Eight people were hurt, a Westland Interior Ministry spokesman told TV5. A student named as Andreas, '
        'interviewed on TV5, described a scene of chaos. "I heard four shots," he said.',
        [("Andreas", "I heard four shots")],
        id="a-student-named-as-x-is-x-whom-he-then-means"),
    pytest.param(
        'Westfone said on Monday it would merge its Indian arm with rival Idea Cellular. "The combined company would '
        'lead the market," the companies said in a joint statement.',
        [("Westfone", "The combined company would lead the market")],
        id="the-companies-are-the-first-of-them-as-with-two-people"),
    pytest.param(
        'A laptop was stolen from a Secret Service agent\'s car in Eastport City on Thursday. "An employee was the '
        'victim of a criminal act," the agency said in a statement.',
        [("Secret Service", "An employee was the victim of a criminal act")],
        id="the-agency-is-no-city"),
    pytest.param(
        'A light plane crashed into the sea. Tom Barlow, from Eastport said: "One guy was soaked to the skin."',
        [("Tom Barlow", "One guy was soaked to the skin.")],
        id="x-from-a-place-said-is-x-though-the-comma-after-the-place-is-lost"),
    pytest.param(
        'Deputy Foreign Minister Ivan Petrov held talks with the Westland ambassador on Wednesday, the Eastland Foreign '
        'Ministry said after the meeting. "There was an exchange of views," the foreign ministry said.',
        [("Eastland Foreign Ministry", "There was an exchange of views")],
        id="the-foreign-ministry-is-no-foreign-minister"),
    pytest.param(
        'MOSCOW, February 17. /TASS/. A referendum will not settle the conflict, Westland\'s Foreign Ministry said on '
        'Friday. The referendum is on February 20.   "We do not recognize it as a state," the ministry\'s information '
        'and press department said.',
        [("Westland's Foreign Ministry", "We do not recognize it as a state")],
        id="the-ministrys-press-department-is-the-ministry"),
    pytest.param(
        'Cosmetics giant Belleau has confirmed reports that it is looking to sell its chain of stores. The French firm '
        'said in its annual results statement that it had decided "to explore all strategic options".',
        [("Belleau", "to explore all strategic options")],
        id="the-french-firm-is-the-firm-not-a-french-firm"),
    pytest.param(
        'MOSCOW, February 7. /TASS/. The ceasefire was the focus of a call between the two ministers, the Eastland '
        'foreign ministry reported on Tuesday. "The sides exchanged views," the ministry said.',
        [("Eastland foreign ministry", "The sides exchanged views")],
        id="the-ministry-is-the-one-described-in-lower-case-before"),
    pytest.param(
        'Tass reported Ivan Petrov held a call with Karl Obst. An Eastland Ministry of Defense statement said jets were '
        'on a combat mission. "The heads agreed to closer coordination," the statement said.',
        [("Eastland Ministry of Defense", "The heads agreed to closer coordination")],
        id="the-statement-is-the-one-a-body-issued-by-its-name-before-statement"),
    pytest.param(
        'MOSCOW, February 7. /TASS/. Eastland\'s GDP turned positive in the fourth quarter, the Central Bank reported '
        'Tuesday. "In the fourth quarter, the rate of gain was positive," the report said.',
        [("Central Bank", "In the fourth quarter, the rate of gain was positive")],
        id="the-report-is-the-one-a-body-reported"),
    pytest.param(
        'Dana Kerr, 28, was found dead in Goa. In his homily, Fr Tom Bale called her "a free spirit". Family and '
        'friends of the 28-year-old asked mourners to wear bright colours to "celebrate" her life. Ms Kerr\'s friends '
        'said they want to honour her "kind and vibrant" personality.',
        [("Tom Bale", "a free spirit"), ("", "celebrate"), ("", "kind and vibrant")],
        id="friends-and-family-are-nobody-in-particular-not-the-speaker-before"),
    pytest.param(
        'Kati Vance spoke at the town hall. "He kept dodging it," Vance told MSNBC. One viewer of the video posted by '
        'the Eastville Gazette remarked: "He does not care if you die." Another responded: "And we all pay for it, '
        'sadly." A rebel fighter reached by Reuters said he was inside the town where the lines were "collapsing '
        'fast". "Praise God, the progress is fast," he said.',
        [("Kati Vance", "He kept dodging it"), ("", "He does not care if you die."),
         ("", "And we all pay for it, sadly."), ("", "collapsing fast"), ("", "Praise God, the progress is fast")],
        id="one-viewer-another-and-a-fighter-reached-by-an-agency-are-nobody-in-particular"),
    pytest.param(
        'Ivan Morozov kicked a man. "You did nothing," Morozov said. Two men were shot after being told to "Get out of '
        'my country." Prime Minister Nora Vance faces pressure. But her spokesman told reporters the PM would notify '
        'the European Council by the end of March, adding: "I have said it many times."',
        [("Ivan Morozov", "You did nothing"), ("", "Get out of my country."),
         ("Nora Vance", "I have said it many times.")],
        id="words-someone-was-told-and-her-spokesman-adding"),
    pytest.param(
        'The Eastville Foundation published a study. However, the report, called As Time Goes By, adds: "This growth '
        'is not the result of a boom." Karl Obst, Economic Analyst at the Eastville Foundation, said: "The main driver '
        'has been new waves of pensioners."',
        [("", "This growth is not the result of a boom."),
         ("Karl Obst", "The main driver has been new waves of pensioners.")],
        id="a-title-is-no-speaker-and-a-capitalised-role-at-a-body-is-an-apposition"),
    pytest.param(
        'He was joined by Rep. Karl Obst, D-Miss. who called the request "a cheap stunt." "We know it is a money '
        'spinner," said Ivan Morozov, the party\'s general secretary. "Money or no money, we will keep our promise." '
        'Nora Vance, a shop owner in Lucknow, the state capital, said that she has decided to close her shop. "We are '
        'not getting enough meat," said Eastville Grill\'s owner, Raees Ahmad.',
        [("Karl Obst", "a cheap stunt."), ("Ivan Morozov", "We know it is a money spinner"),
         ("Ivan Morozov", "Money or no money, we will keep our promise."),
         ("Raees Ahmad", "We are not getting enough meat")],
        id="a-party-tag-before-who-two-appositions-before-said-that-and-said-a-role-then-a-name"),
    pytest.param(
        'Throughout Obst\'s hour-long town hall, protesters booed. As Karl Obst took the microphone, the crowd began '
        'chanting, "Yes or no! Yes or no!" The Conservative Party has been fined. The Conservatives said they had made '
        '"an administrative error". A Conservative spokesman said it had "complied fully and will pay the fines".',
        [("", "Yes or no! Yes or no!"), ("Conservative Party", "an administrative error"),
         ("Conservative Party", "complied fully and will pay the fines")],
        id="a-crowd-after-an-opening-clause-and-a-party-by-its-adjective"),
    pytest.param(
        'In December, a Eastville Times editorial said the drills would "jeopardize the peace in the region." Karl '
        'Obst arrived later. "We are ready," said Karl Obst. "The Navy does not comment on such movements," a Navy '
        'official said. Today Ms Vance promised an "orderly withdrawal" for the UK, but said it would be no more than '
        'an effort at "damage control".',
        [("Eastville Times", "jeopardize the peace in the region."), ("Karl Obst", "We are ready"),
         ("", "The Navy does not comment on such movements"), ("Vance", "orderly withdrawal"),
         ("Vance", "damage control")],
        id="a-paper-s-editorial-a-capitalised-unnamed-official-and-but-said-after-a-quotation"),
    pytest.param(
        '"Mr. Obst will bring decades of experience," said Sen. Karl Thune, R-S.D., chairman of the Commerce '
        'Committee. Mr Noonan said leaders in Europe would "not raise an eyebrow".- Mr Kenny last night insisted he is '
        'focused. Labour\'s Nora Umunna said the choice was "unacceptable", Lib Dem leader Ivan Clegg described it as a '
        '"symbolic handout". Mr Donohoe said the party will need space.- Minister for Foreign Affairs Charlie Flanagan has also '
        'ruled himself out.- He-said he was "privileged to serve as minister." Chief Constable Suzette Davenport said: '
        '"We need people to understand." The only two "no" votes came from Republican Senators Rand Paul and Mike Lee. '
        '"Most Americans cannot find it on a map," Paul said.',
        [("Karl Thune", "Mr. Obst will bring decades of experience"), ("Noonan", "not raise an eyebrow"),
         ("Nora Umunna", "unacceptable"), ("Ivan Clegg", "symbolic handout"),
         ("Charlie Flanagan", "privileged to serve as minister."),
         ("Suzette Davenport", "We need people to understand."),
         ("Rand Paul", "Most Americans cannot find it on a map")],
        id="a-role-after-a-party-tag-a-full-stop-outside-the-marks-described-it-as-a-title-for-a-portfolio"),
    pytest.param(
        'Nora Vance spoke. "This bill is bad," she said. Coming to their defence was the National Rifle Association, '
        'which called the rule a "federal power grab." Karl Obst arrived. "There is no possible way a bill can be '
        'drafted by a handful of people," a Republican senator told CNN, noting that changes are normal. Few were '
        'present to hear what Angela Merkel finally had to say at around 8:00 p.m.: "There will be a multi-speed EU." '
        'Mr Trump said: "I like Speaker Ryan.\'\' Mr Ryan also told reporters the president had been "really '
        'fantastic\'\'. How bad was it? Bad.',
        [("Nora Vance", "This bill is bad"), ("National Rifle Association", "federal power grab."),
         ("", "There is no possible way a bill can be drafted by a handful of people"),
         ("Angela Merkel", "There will be a multi-speed EU."), ("Trump", "I like Speaker Ryan."),
         ("Ryan", "really fantastic")],
        id="a-body-then-which-an-unnamed-senator-what-x-had-to-say-and-two-apostrophes-closing"),
    pytest.param(
        'Karl Obst spoke. The White House\'s statement took aim at the network. "You know you are desperate for '
        'ratings," they wrote. The fact-checking organization Politifact has rated the claim "Mostly False," citing a '
        'lack of evidence. Brexit Secretary Ivan Davis said. "We are now on the threshold of a negotiation." The votes '
        'came after Brexit minister Lord Bridges of Headley warned that it was not the time to "return to the fray" '
        'now. Senate Democrat Chris Murphy said he was worried. "His history makes him unfit," Murphy said. President '
        'Recep Tayyip Erdogan-continued his attacks by accusing Nora Vance of "supporting terrorists".',
        [("White House", "You know you are desperate for ratings"), ("Politifact", "Mostly False"),
         ("Ivan Davis", "We are now on the threshold of a negotiation."), ("Lord Bridges", "return to the fray"),
         ("Chris Murphy", "His history makes him unfit"), ("Recep Tayyip Erdogan", "supporting terrorists")],
        id="they-for-a-body-a-body-by-its-kind-said-full-stop-a-peer-of-a-place-and-a-party-member-role"),
    pytest.param(
        'The Palestine Liberation Organization (PLO) slammed the law. A PLO statement stressed that the "settlement '
        'enterprise negates peace." Reince Priebus arrived. "We are a united team," Priebus echoed in the interview. '
        'Aries Aruguay, a professor, told Al Jazeera the senator would fight. "She is really using this as her '
        'platform," Aurguay said.',
        [("Palestine Liberation Organization", "settlement enterprise negates peace."),
         ("Reince Priebus", "We are a united team"), ("Aries Aruguay", "She is really using this as her platform")],
        id="a-body-s-statement-by-its-acronym-echoed-and-two-letters-swapped-in-a-surname"),
    pytest.param(
        '"We will not use force," Ben Ruiz said. City Hall press secretary Karl Obst also tried to clean up the remark '
        'later on Thursday. "The mayor was using that as an adjective," he said.',
        [("Ben Ruiz", "We will not use force"), ("Karl Obst", "The mayor was using that as an adjective")],
        id="he-after-a-new-subject-with-a-two-word-role-after-a-body"),
    pytest.param(
        'Governor Ann Lee met Mayor Ben Ruiz. Mr Ruiz said he was "proud" of the city. The Governor agreed with him '
        'and said she did not want "blanket bans" at all.',
        [("Ben Ruiz", "proud"), ("Ann Lee", "blanket bans")],
        id="the-title-alone-of-the-one-person-who-holds-it"),
    pytest.param(
        'The opposition Farmers Party said it would "fight" the rule. Later the opposition Free Democrats said the '
        'rule was "a disgrace" for the town.',
        [("Farmers Party", "fight"), ("Free Democrats", "a disgrace")],
        id="a-party-named-after-a-description-is-no-person-holding-it"),
    pytest.param(
        'Ben Ruiz, a farmer on a supply run in Linden, Vale County, said that "the winters seem upside down now." '
        'The Farmers Union\'s North Vale chief, Nora Vance, hailed the ruling as "historic". Ivo Sandor arrived. '
        'Before Sandor spoke, Karl Obst made a rare statement, saying he and Sandor had productive meetings. '
        '"We discussed the breadth of challenges," he said.',
        [("Ben Ruiz", "the winters seem upside down now."), ("Nora Vance", "historic"),
         ("Karl Obst", "We discussed the breadth of challenges")],
        id="a-place-with-its-region-in-an-apposition-a-role-then-an-apposed-name-and-an-opening-clause"),
    pytest.param(
        'The mayor Karl Obst took to Twitter, writing, in all caps, "SEE YOU IN COURT!" Nora Vance asked Ben Ruiz if '
        'that was wise.',
        [("Karl Obst", "SEE YOU IN COURT!")],
        id="an-exclamation-then-someone-asking-someone-else-is-a-new-sentence"),
    pytest.param(
        'Eastmark State\'s attorney general said he "will use every tool I have," in the challenge. State Attorney '
        'General Ivo Sandor brought the suit.',
        [("Ivo Sandor", "will use every tool I have")],
        id="a-place-s-two-word-role-held-by-the-person-named-next"),
    pytest.param(
        '"We are not building the homes where they are needed," study author Jan Kr?ger said. "That was surprising," '
        'Kr?ger told the paper. "Is it over?" he asked.',
        [("Jan Kr?ger", "We are not building the homes where they are needed"), ("Jan Kr?ger", "That was surprising"),
         ("Jan Kr?ger", "Is it over?")],
        id="a-letter-the-export-lost-to-a-question-mark-inside-a-name"),
    pytest.param(
        '"It was a bomb attack," Nora Vance, a spokeswoman for the Linden city police said. "It was planted."',
        [("Nora Vance", "It was a bomb attack"), ("Nora Vance", "It was planted.")],
        id="an-apposition-after-the-quotation-that-the-writer-did-not-close"),
    pytest.param(
        'Westland ambassador to the United Nations Ivo Sandor said the new government "will not hesitate to act".- '
        'The mood has changed.',
        [("Ivo Sandor", "will not hesitate to act")],
        id="a-role-to-the-body-before-a-name"),
    pytest.param(
        'The Westland Greens backed the vote. A spokesman for the Westland government said a delay would be a '
        '"democratic outrage". Sen. Nora Vance spoke first. But Vance did say that "we need a prosecutor."',
        [("Westland government", "democratic outrage"), ("Nora Vance", "we need a prosecutor.")],
        id="a-spokesman-for-a-national-government-and-an-emphatic-did-say"),
    pytest.param(
        'First Minister Nora Vance has called for a vote. Ana Lopez said: "Now is not the time." The prime minister '
        'added: "My message is clear."',
        [("Ana Lopez", "Now is not the time."), ("Ana Lopez", "My message is clear.")],
        id="the-prime-minister-is-not-the-first-minister"),
    pytest.param(
        'Mayor Ana Lopez spoke to the Record. "Do you know if the hall was bugged?" the interviewer asks Lopez in the '
        'video. In response, Lopez\'s aide says: "There are many ways to listen in." Nora Vance met her grandson. '
        '"Why?" Vance\'s grandson asked.',
        [("", "Do you know if the hall was bugged?"), ("", "There are many ways to listen in."), ("", "Why?")],
        id="someone-asking-a-person-and-a-person-s-aide-or-kin-are-not-that-person"),
    pytest.param(
        '"Why can we not do this?" asked Rep. Ivo Sandor shortly before the vote. Former mayor Ben Ruiz, seeking to '
        'justify his record, once memorably declared: "If the mayor does it, it is fine."',
        [("Ivo Sandor", "Why can we not do this?"), ("Ben Ruiz", "If the mayor does it, it is fine.")],
        id="an-adverb-after-a-verb-first-cue-and-one-before-the-verb"),
    pytest.param(
        'A senior city official told WLNK that the deal was off. "We need time," the official said. "Nobody can fix '
        'this better than Nora Vance," Mayor Ben Ruiz said. "It was a long talk," the official added.',
        [("", "We need time"), ("Ben Ruiz", "Nobody can fix this better than Nora Vance"), ("", "It was a long talk")],
        id="the-official-is-not-the-station-told-nor-someone-named-after-better-than"),
    pytest.param(
        'Kully Samra, UK managing director of Ben Ruiz, said there were "a lot of unknowns" in the plan.',
        [("Kully Samra", "a lot of unknowns")],
        id="an-apposition-opening-with-an-acronym-names-a-company-that-looks-like-a-person"),
    pytest.param(
        'Mayor Ana Lopez called her embattled Police Commissioner, Ivo Sandor -- who has come under scrutiny -- an '
        '"honest man". However, the police commissioner nevertheless pledged to stay out of "any future inquiry".',
        [("Ana Lopez", "honest man"), ("Ivo Sandor", "any future inquiry")],
        id="a-title-then-a-name-before-a-dash"),
    pytest.param(
        'The attack began "with two car bombs" on the market, said Ivo Sandor, head of the Linden monitor. Westland '
        'state television reported that the army was "thwarting an attack" downtown. Ben Ruiz, who said he did not '
        '"speak for anybody else", said to expect more. Westland government envoy Nora Vance walked out, saying the '
        'talks were "a fiasco".',
        [("Ivo Sandor", "with two car bombs"), ("Westland state television", "thwarting an attack"),
         ("Ben Ruiz", "speak for anybody else"), ("Nora Vance", "a fiasco")],
        id="a-cue-verb-first-later-in-the-sentence-and-state-television"),
    pytest.param(
        'The committee met. But Farmers Union\'s Nora Vance accused members of "political manoeuvres". Ben Ruiz '
        'spoke next. He said Mr Sandor ended the meeting by saying "you know that I can stop you".',
        [("Nora Vance", "political manoeuvres"), ("Sandor", "you know that I can stop you")],
        id="a-body-s-member-and-someone-reported-ending-by-saying"),
    pytest.param(
        'New recruits According to Marinette Nyh Sandor, spokesperson for the ministry, tests start in July. '
        '"We see more activity," Nyh Sandor told the paper.',
        [("Marinette Nyh Sandor", "We see more activity")],
        id="according-to-is-no-role-before-a-name"),
    pytest.param(
        '"I think it is significant," Nora Vance, a political scientist at Linden College, University of Westland, '
        'told the paper.',
        [("Nora Vance", "I think it is significant")],
        id="an-apposition-naming-a-college-and-its-university"),
    pytest.param(
        'The "shield" plan threatens Westland, Eastmark\'s ambassador to Linden, Ivo Sandor, told the paper. "The plan '
        'remains our major concern," he said. Linden says it is free to decide. Sandor met Lavrov in Linden.',
        [("Ivo Sandor", "The plan remains our major concern")],
        id="he-after-a-role-then-the-name-in-an-apposition"),
    pytest.param(
        '"We agree," Mayor Ana Lopez said at the White House. "It was a long talk," the White House official said. '
        '"She is not next," said one senior White House official.',
        [("Ana Lopez", "We agree"), ("", "It was a long talk"), ("", "She is not next")],
        id="the-body-official-and-one-body-official-are-nobody-in-particular"),
    pytest.param(
        "The ruling stunned Governor Ana Lopez's Labour cabinet. Lopez said it was \"a dark day\" for the state. A "
        "report by Westland Westland's Coast Guard came later. Westland responded, saying \"the islands are ours\".",
        [("Ana Lopez", "a dark day"), ("Westland", "the islands are ours")],
        id="a-name-given-only-before-a-possessive-that-a-capitalised-word-follows"),
    pytest.param(
        "Westland opposes the plan, Westland's envoy to international representations in Geneva Tom Ruiz said on "
        "Thursday. \"We hope for progress,\" he said, adding that last year the UN envoy on Syria Eva Stone had "
        "published a paper. \"I met them yesterday,\" Westland's envoy said.",
        [("Tom Ruiz", "We hope for progress"), ("Tom Ruiz", "I met them yesterday")],
        id="a-role-carried-over-a-place-phrase-before-the-name"),
    pytest.param(
        "The deadline passed. Ana Lopez, Westland secretary of the United Kingdom, said the failure of the talks was "
        "\"extremely disappointing\".",
        [("Ana Lopez", "extremely disappointing")],
        id="a-name-then-its-role-of-a-place"),
    pytest.param(
        "Ana Lopez spoke first. \"We need a government,\" the Westland branch of the Federation of Small Firms said "
        "after Lopez's statement.",
        [("Federation of Small Firms", "We need a government")],
        id="a-branch-of-a-body-speaks-for-the-body"),
    pytest.param(
        "Ana Lopez called the vote. It drew a furious response from Mrs Lopez who accused the council of \"playing "
        "politics with our future\". Tom Ruiz was accused of \"lying to the public\" last year. Eva Stone said crews "
        "had been called to a house where they found a man with \"serious head injuries\".",
        [("Ana Lopez", "playing politics with our future"), ("", "lying to the public"),
         ("Eva Stone", "serious head injuries")],
        id="accused-of-and-the-passive-said-about-the-subject"),
    pytest.param(
        "\"We will govern,\" Prime Minister Tom Ruiz said. A protester told the agency that many have lost faith. "
        "\"Nothing they do is honest,\" he said.",
        [("Tom Ruiz", "We will govern"), ("", "Nothing they do is honest")],
        id="he-after-an-unnamed-protester"),
    pytest.param(
        "\"We saw nothing,\" Rep. Ana Lopez told reporters. Rep. Tom Ruiz told reporters he would prefer a "
        "commission. A close ally of the mayor, Lopez pushed back on the suggestion. \"How is it compromised?\" she "
        "said.",
        [("Ana Lopez", "We saw nothing"), ("Ana Lopez", "How is it compromised?")],
        id="a-subject-after-a-fronted-description"),
    pytest.param(
        "Ana Lopez banned the park service from tweeting. \"Science has battled politics for years,\" Eva Stone, "
        "professor of biology, geological and earth sciences at Westland University, told the paper.",
        [("Eva Stone", "Science has battled politics for years")],
        id="an-apposition-with-a-comma-of-its-own"),
    pytest.param(
        "Tom Reid, a lecturer in law at the National University of Westland, Eastport, told reporters the report "
        "\"breaks new ground in the debate\".",
        [("Tom Reid", "breaks new ground in the debate")],
        id="an-apposition-ending-in-a-place"),
    pytest.param(
        "Tom Reid won the final. \"His game is beautiful to watch,\" Zhang Wei says. As the darling of fans "
        "worldwide, Reid never hesitates to thank them. \"It gives me unbelievable motivation,\" he says.",
        [("Zhang Wei", "His game is beautiful to watch"), ("Tom Reid", "It gives me unbelievable motivation")],
        id="a-subject-after-an-opening-as-phrase"),
    pytest.param(
        "Prime Minister Ana Lopez will trigger the talks. The PM's official spokesman said: \"There will be a "
        "letter.\" Tom Reid is on a mission. Speaking in London, the former PM claims in a speech that people voted "
        "\"without knowledge of the true terms\".",
        [("Ana Lopez", "There will be a letter."), ("Tom Reid", "without knowledge of the true terms")],
        id="the-pm-s-spokesman-and-the-former-pm"),
    pytest.param(
        "President Ana Lopez attacked the media. Critics say her ban points to chaos. But the president used her "
        "speech to tout her promises, and said her administration was a \"fine-tuned machine\".",
        [("Ana Lopez", "fine-tuned machine")],
        id="but-the-president-did-this-and-said"),
    pytest.param(
        "Westland's Foreign Ministry also spoke out against the test, the first since President Ana Lopez's "
        "inauguration, saying in a statement that it was in \"defiant disregard\" of the resolutions.",
        [("Foreign Ministry", "defiant disregard")],
        id="a-body-that-also-spoke-out-saying"),
    pytest.param(
        "\"The only position she can take is to step down,\" Senator Tom Reid said. Ana Lopez 'would not do it all "
        "again' Sgt Lopez has said if she could turn back time she \"would not do it all again\" after all that.",
        [("Tom Reid", "The only position she can take is to step down"), ("Ana Lopez", "would not do it all again")],
        id="a-quoted-subheading-glued-before-the-subject"),
    pytest.param(
        "\"These bills are bad,\" Ana Lopez, president of the network, said. Just two weeks ago, Justice Tom Reid "
        "gave a speech in which he made a call to conservatives, bragging that he supposedly predicted that critics "
        "would soon \"vilify\" others. He told the faithful to get ready for \"pitched battles in courts\".",
        [("Ana Lopez", "These bills are bad"), ("Tom Reid", "vilify"), ("Tom Reid", "pitched battles in courts")],
        id="just-two-weeks-ago-and-he-supposedly-predicted"),
    pytest.param(
        "It is a new world for President Reid. Reid was unable to dictate an outcome. The opposition is arguing that "
        "the threat is far worse than that. \"Believe me,\" the president told a gathering in Westland.",
        [("Reid", "Believe me")],
        id="a-title-for-a-surname-the-article-never-completes"),
    pytest.param(
        "Republican Sen. Tom Reid, a sponsor of the bill, denounced the deal on the floor. \"This bill is at best a "
        "punt,\" the Eastport-area legislator said.",
        [("Tom Reid", "This bill is at best a punt")],
        id="the-place-area-legislator"),
    pytest.param(
        "Tom Reid spoke. A government spokesman said the Westlandic people had expressed their view very clearly, "
        "adding: \"There will be no second referendum.\"",
        [("the government", "There will be no second referendum.")],
        id="a-body-spokesman-said-adding"),
    pytest.param(
        "President Tom Reid made a claim. Later, the White House distributed a list of the attacks Reid was citing, "
        "saying \"most did not receive adequate attention.\" White House press secretary Ana Lopez criticized the "
        "press, saying, \"Anybody who undermines the mission does a disservice.\"",
        [("White House", "most did not receive adequate attention."),
         ("Ana Lopez", "Anybody who undermines the mission does a disservice.")],
        id="the-white-house-distributed-saying"),
    pytest.param(
        "Earlier, Sinn Fein said its campaign was building momentum across Europe. The party's Eastport leader "
        "Ana Lopez, who attended the protest, dismissed the notion. \"Leaving would be a disaster for us,\" she said.",
        [("Ana Lopez", "Leaving would be a disaster for us")],
        id="the-party-s-leader-x-then-she"),
    pytest.param(
        "\"We will continue our engagement with Eastport,\" a Westland government spokesman said. \"We do not have "
        "such information,\" Kremlin spokesman Tom Reid said. \"We are calm,\" the Kremlin spokesman added.",
        [("Westland government", "We will continue our engagement with Eastport"),
         ("Tom Reid", "We do not have such information"), ("Tom Reid", "We are calm")],
        id="a-national-body-spokesman-speaks-for-the-body"),
    pytest.param(
        "\"Three of our soldiers were killed,\" Tom Reid said. The Kremlin has issued a statement (in Russian) saying "
        "President Ana Lopez had, in a call, \"expressed condolences over a tragic incident\".",
        [("Tom Reid", "Three of our soldiers were killed"),
         ("Kremlin", "expressed condolences over a tragic incident")],
        id="a-body-has-issued-a-statement-saying"),
    pytest.param(
        "The attacker Tom Reid drove a car into a crowd. Reid's mother Ana Lopez issued a statement on Monday saying "
        "she was \"deeply shocked and saddened\" by her son's rampage.",
        [("Ana Lopez", "deeply shocked and saddened")],
        id="a-person-named-as-someone-s-kin"),
    pytest.param(
        "Without naming Eastmark, WNA, Westland's official state news agency, said Thursday a \"neighboring "
        "country\" had taken \"inhumane steps\" to block trade. \"It is over,\" WNA, Westland's state news agency, "
        "said on Friday.",
        [("WNA", "neighboring country"), ("WNA", "inhumane steps"), ("WNA", "It is over")],
        id="a-body-then-what-it-is-to-a-place"),
    pytest.param(
        "\"This country is dancing to the tune of Eastmark,\" the WNA report said. \"It was useful,\" the Kremlin "
        "statement said.",
        [("WNA", "This country is dancing to the tune of Eastmark"), ("Kremlin", "It was useful")],
        id="the-body-s-report-said"),
    pytest.param(
        "\"The charges send a clear message,\" said Ana Lopez a spokeswoman for Westland Health. \"We look forward "
        "to justice being served.\"",
        [("Ana Lopez", "The charges send a clear message"), ("Ana Lopez", "We look forward to justice being served.")],
        id="a-name-then-a-description-without-a-comma"),
    pytest.param(
        "The Westland Foreign Ministry has said that the launch was a test for Tom Reid, who responded to it by "
        "pledging \"100 percent\" support for Eastmark.",
        [("Tom Reid", "100 percent")],
        id="a-relative-clause-s-participle-is-its-antecedent-s"),
    pytest.param(
        "Last month, during the Westland Action Conference, the leader of the movement in Eastmark, Tom Reid, "
        "controversially claimed that the band was \"the official band of the far right.\"",
        [("Tom Reid", "the official band of the far right.")],
        id="fronted-phrases-then-a-description-then-the-name"),
    pytest.param(
        "Former leader Tom Reid said the union was \"simply going to ask us to settle the tab\", and Ms Lopez said the "
        "country had to honour its debts \"otherwise nobody will deal with us\" in future.",
        [("Tom Reid", "simply going to ask us to settle the tab"), ("Lopez", "otherwise nobody will deal with us")],
        id="a-quotation-then-and-someone-else-said"),
    pytest.param(
        "Ana Lopez, now defence secretary, spoke often. They cited Ana Lopez as once saying \"if you do not fund "
        "diplomacy, I need more ammunition\".",
        [("Ana Lopez", "if you do not fund diplomacy, I need more ammunition")],
        id="they-cited-x-as-once-saying"),
    pytest.param(
        "\"This is a hard budget,\" Tom Reid said. More than 120 retired generals and admirals recently signed a "
        "letter warning \"that many crises do not have military solutions\".",
        [("Tom Reid", "This is a hard budget"), ("", "that many crises do not have military solutions")],
        id="a-counted-group-is-nobody-in-particular"),
    pytest.param(
        "The state of Westmark can sue, a judge ruled. \"This order is infected with the same legal problems,\" the "
        "state said in court papers. \"The family is devastated,\" the filing said.",
        [("Westmark", "This order is infected with the same legal problems"), ("Westmark", "The family is devastated")],
        id="the-state-of-x-and-its-filing"),
    pytest.param(
        "Tom Reid accused her of violating a provision in the rule that states \"no member shall impute to another "
        "member any conduct.\" The agency has cited a section of law that says the president can bar \"any class\" "
        "of visitors.",
        [("", "no member shall impute to another member any conduct."), ("", "any class")],
        id="a-law-s-words-are-nobody-s"),
    pytest.param(
        "\"It is fine,\" Tom Reid said. For his part, Karl Obst, the presiding officer whose regular \"shifts\" "
        "include Tuesdays, said his decision had nothing to do with politics. \"We need civilized debate,\" he told "
        "reporters.",
        [("Tom Reid", "It is fine"), ("Karl Obst", "We need civilized debate")],
        id="for-his-part-x-then-he"),
    pytest.param(
        "\"Even in my dreams this cannot be true,\" said director Karl Obst when he picked up the statuette. \"Once "
        "the error occurred, protocols were not followed,\" representatives at Westland Audit said in a statement.",
        [("Karl Obst", "Even in my dreams this cannot be true"),
         ("Westland Audit", "Once the error occurred, protocols were not followed")],
        id="said-x-when-he-and-representatives-at-a-body"),
    pytest.param(
        "After actors Tom Reid and Faye Lopez-mistakenly declared Ana Ruiz's musical \"Westland Story\" winner of the "
        "best picture award, its producers started their speeches. \"Westland Story\" producer Karl Obst was the one "
        "who stopped the celebrations: \"I am sorry, there has been a mistake,\" he declared.",
        [("Karl Obst", "I am sorry, there has been a mistake")],
        id="a-hyphen-for-a-space-before-an-adverb"),
    pytest.param(
        "\"If we do not solve the problems, they will come to us sooner or later,\" said Reid a few weeks ago. "
        "Former Vice President Tom Reid-spoke candidly on Friday. \"I had planned on running,\" he said.",
        [("Tom Reid", "If we do not solve the problems, they will come to us sooner or later"),
         ("Tom Reid", "I had planned on running")],
        id="said-x-a-few-weeks-ago-and-a-hyphen-before-spoke"),
    pytest.param(
        "Westland News's Ana Lopez, reporting from Eastport, said that it was a sad day. He had been a major part of "
        "many South African's memories over decades, Lopez said. \"I think his passing is the ending of an era,\" she "
        "added.",
        [("Ana Lopez", "I think his passing is the ending of an era")],
        id="he-then-x-said-is-no-sign-that-x-is-he"),
    pytest.param(
        "The challenges can be seen in mixed messages about its approach to East Asia. The Westland foreign secretary "
        "said in a recent talk that \"the emerging balance of power in Asia needs friendly countries\", while there "
        "has been some lack of clarity.",
        [("", "the emerging balance of power in Asia needs friendly countries")],
        id="a-region-of-a-continent-is-nobody"),
    pytest.param(
        "Westland News's Tom Reid, reporting from Eastport, said: \"We are told that the death toll is likely to "
        "climb. Hundreds are wounded.\" Karl Obst, the health minister, told Westland News: \"There was a huge "
        "crowd.\"",
        [("Tom Reid", "We are told that the death toll is likely to climb. Hundreds are wounded."),
         ("Karl Obst", "There was a huge crowd.")],
        id="x-said-colon-then-the-next-speaker-s-own-cue"),
    pytest.param(
        "Home Secretary Ana Lopez spoke on Monday. And she said that Westland remained open to citizens living here, "
        "saying: \"Let us not be in any doubt that we will always welcome them.\" Karl Obst, director of the "
        "think-tank Westland Future, said the figures showed the debate will \"have to move on\" now.",
        [("Ana Lopez", "Let us not be in any doubt that we will always welcome them."),
         ("Karl Obst", "have to move on")],
        id="and-she-said-saying-colon-then-a-new-sentence"),
    pytest.param(
        "The money goes to defence spending \"The chief fully subscribes to the need to combat terrorism,\" "
        "spokesman-Ivo Sandor -said.",
        [("Ivo Sandor", "The chief fully subscribes to the need to combat terrorism")],
        id="a-hyphen-for-a-space-before-said"),
    pytest.param(
        "Karl Obst is the new chairman of the Westland Telecom Board. According to the Westland Telecom Board "
        "website, \"The rules protect open access to lawful content.\"",
        [("Westland Telecom Board", "The rules protect open access to lawful content.")],
        id="according-to-a-body-s-website"),
    pytest.param(
        "Mayor Tom Reid said today he had asked the police to look into the leaks. The news comes amid a news "
        "conference where he said that the leaks are \"very serious.\"",
        [("Tom Reid", "very serious.")],
        id="a-conference-where-he-said"),
    pytest.param(
        "Governor Ana Lopez spoke at the port. On Tuesday she signed an \"energy independence\" order to review "
        "some of her predecessor Karl Obst's climate legacy, declaring an end to \"job-killing regulations\".",
        [("Ana Lopez", "job-killing regulations")],
        id="on-tuesday-she-without-a-comma"),
    pytest.param(
        "Health Secretary Tom Reid was not willing to dismiss the office. Asked if he was encouraging \"lawmakers to "
        "disregard the report\" Monday, he had a straightforward answer, saying, \"No. We will read the report.\"",
        [("", "lawmakers to disregard the report"), ("Tom Reid", "No. We will read the report.")],
        id="words-in-a-question-are-the-askers"),
    pytest.param(
        "New antibiotics must be developed, the World Health Organization says. Many of these bacteria have "
        "already evolved into superbugs, the United Nations health agency said on Monday. The bugs \"have "
        "built-in abilities to resist treatment\", it added.",
        [("World Health Organization", "have built-in abilities to resist treatment")],
        id="the-un-health-agency-is-the-health-organization-the-article-names"),
    pytest.param(
        "Leader Tom Reid met Ana Lopez. Following a talk with Lopez, leader of the governing Law and Justice (LJ) "
        "party Karl Obst said there was a \"good atmosphere.\"",
        [("Karl Obst", "good atmosphere.")],
        id="a-party-then-its-leader-s-name"),
    pytest.param(
        "White House spokesman Tom Reid denied it. A spokesman for Mrs Lopez said that the charge was \"ridiculous\". "
        "Prime Minister Ana Lopez was abroad.",
        [("Ana Lopez", "ridiculous")],
        id="a-spokesman-for-someone-not-the-article-s-spokesman"),
    pytest.param(
        "Opposition leader Karl Obst appeared in court today as the Kremlin spoke out for the first time on the "
        "protests, saying they were based on \"provocations and lies.\"",
        [("Kremlin", "provocations and lies.")],
        id="as-x-spoke-out-saying"),
    pytest.param(
        "\"We think it gives us a glimmer of hope,\" said Tom Reid of the Eastport Sports Foundation, which helped "
        "bring the games to Eastport.",
        [("Tom Reid", "We think it gives us a glimmer of hope")],
        id="said-x-of-the-body"),
    pytest.param(
        "Church World Service announced that it let go of 500 people. \"The situation is volatile,\" the CWS "
        "spokeswoman said. State Department spokeswoman Ann Lee declined to comment.",
        [("Church World Service", "The situation is volatile")],
        id="the-acronym-spokeswoman"),
    pytest.param(
        "Committee Chairman Karl Obst said Monday that he has asked the \"appropriate people\" about Tom Reid's "
        "wiretap claims and said their answers have been \"sufficient.\"",
        [("Karl Obst", "appropriate people"), ("Karl Obst", "sufficient.")],
        id="and-said-after-a-quoted-term-and-a-noun-like-claims"),
    pytest.param(
        "Foreign Minister Ana Lopez spoke. The Westland foreign ministry issued a statement claiming there was "
        "\"ongoing harassment\" and \"a group of countries that have formed a minority faction.\" The statement went "
        "on to say, \"Westland rejects the plan.\"",
        [("Westland foreign ministry", "ongoing harassment"),
         ("Westland foreign ministry", "a group of countries that have formed a minority faction."),
         ("Westland foreign ministry", "Westland rejects the plan.")],
        id="a-country-s-foreign-ministry"),
    pytest.param(
        "The army is retaking the area, the Russian ambassador to Syria, Karl Obst told TASS. Jabhat al-Nusra "
        "terrorist group has created a new coalition, Russia's ambassador to Damascus stressed: \"The terrorists made "
        "a new coalition.\"",
        [("Karl Obst", "The terrorists made a new coalition.")],
        id="the-ambassador-to-a-place-comma-name"),
    pytest.param(
        "Amnesty International said the government had a \"policy of extermination\". The rights group wrote that "
        "the prisoners were hanged \"in the middle of the night\".",
        [("Amnesty International", "policy of extermination"), ("Amnesty International", "in the middle of the night")],
        id="the-rights-group-is-amnesty-international"),
    pytest.param(
        "Judge Tom Reid spoke. Former Sen. Ana Lopez of New Hampshire, who is leading the team working to confirm "
        "Reid, 49, said in a statement today, \"Judge Reid has made it very clear.\"",
        [("Ana Lopez", "Judge Reid has made it very clear.")],
        id="x-of-place-who-is-working-for-y-said"),
    pytest.param(
        "\"The odds are long against the plaintiffs,\" said Tom Reid of the University of Westland Law School.",
        [("Tom Reid", "The odds are long against the plaintiffs")],
        id="said-x-of-the-university-of-y"),
    pytest.param(
        "\"The wall design shall be physically imposing in height,\" Customs and Border Protection outlined in the "
        "notice for contractors.",
        [("Customs and Border Protection", "The wall design shall be physically imposing in height")],
        id="x-outlined-in-the-notice"),
    pytest.param(
        "Deputy spokesman Lee Jin-woo spoke. State media reported that leader Kim Jong-un had hailed the test of a new "
        "engine as \"a new birth\" of its rocket industry.",
        [("Kim Jong-un", "a new birth")],
        id="x-hailed-y-as"),
    pytest.param(
        "Secretary of State Tom Reid visited Eastmark. Democratic senators urged Mr Reid to work through tensions on "
        "Thursday. \"We urge you to use your visit to disavow vitriolic rhetoric,\" the senators wrote in a letter.",
        [("", "We urge you to use your visit to disavow vitriolic rhetoric")],
        id="the-senators-are-nobody-in-particular"),
    pytest.param(
        "Senator Ana de Lima was arrested on Friday. \"I am innocent,\" said de Lima outside the Senate.",
        [("Ana de Lima", "I am innocent")],
        id="said-de-x-outside-the-senate"),
    pytest.param(
        "President Tom Reid named Karl Obst. The president of the Westland Bar Association, Ana Lopez, released a "
        "statement congratulating Obst, saying that Obst \"understands that diversity is our strength.\"",
        [("Ana Lopez", "understands that diversity is our strength.")],
        id="the-president-of-a-body-comma-name-saying"),
    pytest.param(
        "Police Superintendent Tom Reid said in a statement that he had not heard from them. \"We have made "
        "requests,\" his statement read. \"We are still waiting.\"",
        [("Tom Reid", "We have made requests"), ("Tom Reid", "We are still waiting.")],
        id="his-statement-read"),
    pytest.param(
        "Press secretary Tom Reid spoke on Monday. \"I love the Westland Post!\" Karl Obst proclaimed on the stump "
        "last year.",
        [("Karl Obst", "I love the Westland Post!")],
        id="x-proclaimed"),
    pytest.param(
        "Rallies were held on Sunday. On February 22, a white gunman killed an Indian man, Tom Reid, at a bar in "
        "Kansas after shouting \"get out of my country\".",
        [("", "get out of my country")],
        id="an-unnamed-subject-after-shouting"),
    pytest.param(
        "One signatory is the filmmaker Karl Obst. Tom Reid, his spokesman, says he would sue. Obst blames the church "
        "for not distancing itself from the self-proclaimed \"protectors of the faith\" who campaign against it.",
        [("Karl Obst", "protectors of the faith")],
        id="self-proclaimed-is-no-cue"),
    pytest.param(
        "President Tom Reid unveiled his budget. Economist Karl Obst offers his take. Reid's proposal is only a "
        "partial picture of the budget, says Obst, \"it only applies to a quarter of spending.\"",
        [("Karl Obst", "it only applies to a quarter of spending.")],
        id="a-clause-then-says-x-comma-then-the-quotation"),
    pytest.param(
        "\"It breaks the rules,\" said Karl Obst. The watchdog group Open Ledger filed a complaint. \"This is a "
        "pattern,\" the group's director, Noah Brenner, said in a press release.",
        [("Karl Obst", "It breaks the rules"), ("Noah Brenner", "This is a pattern")],
        id="a-name-in-apposition-whose-surname-ends-like-a-role"),
    pytest.param(
        "\"We stayed inside,\" said her aunt, Lena Varga. \"It will not happen again,\" said Tom Reid, a minister. "
        "\"If we complain, who knows?\" said Nora's aunt, Lena.",
        [("Lena Varga", "We stayed inside"), ("Tom Reid", "It will not happen again"),
         ("Lena Varga", "If we complain, who knows?")],
        id="said-a-description-then-a-first-name"),
    pytest.param(
        "\"The ring was broken up,\" said Alejandro Vila Cortes, the regional prosecutor. \"They lack training,\" "
        "Vila said. On \"the Nora Reid Show\", Reid said: \"It is a disgrace.\"",
        [("Alejandro Vila Cortes", "The ring was broken up"), ("Alejandro Vila Cortes", "They lack training"),
         ("Reid", "It is a disgrace.")],
        id="the-first-of-two-surnames-alone"),
    pytest.param(
        "Karl Obst suggested the city should wait. Mayor Ana Lopez herself has said she will \"put every option on "
        "the table\".",
        [("Ana Lopez", "put every option on the table")],
        id="a-name-then-herself"),
    pytest.param(
        "US Secretary of State Tomas Falk defended the cuts. In Tokyo, the US secretary of state said the cuts "
        "were \"simply sustainable\".",
        [("Tomas Falk", "simply sustainable")],
        id="the-us-secretary-of-state"),
    pytest.param(
        "A new report by harbour chief Tomas Falk says the pier is unsafe. Further delays \"will only raise the "
        "cost,\" the report says. Another study came out. \"Costs are rising,\" the report said.",
        [("Tomas Falk", "will only raise the cost"), ("", "Costs are rising")],
        id="the-report-says-after-a-report-by-x"),
    pytest.param(
        "Ana Lopez accused the council of a \"shameful U-turn\" - while Tomas Falk said the plan was \"dead\".",
        [("Ana Lopez", "shameful U-turn"), ("Tomas Falk", "dead")],
        id="a-dash-and-while-start-a-clause-of-its-own"),
    pytest.param(
        "Finance Minister Tomas Falk dropped the tax rise. Mr Falk's Budget announcement would have increased the "
        "rate from 9% to 10% in April 2018. He said \"most commentators\" agreed. He would use the Autumn Budget to "
        "find the money, he said.",
        [("Tomas Falk", "most commentators")],
        id="a-budget-is-no-person"),
    pytest.param(
        "\"We will act,\" said Tomas Falk. Send Facebook Twitter Google+ Whatsapp Tumblr linkedin stumble Digg reddit "
        "Newsvine Permalink http://dw.com/p/2XVeC That theme was taken up by the Harbour Times, quoting Ana Lopez, "
        "a former minister, as saying that \"the pier will close\".",
        [("Tomas Falk", "We will act"), ("Ana Lopez", "the pier will close")],
        id="a-share-bar-then-quoting-x-as-saying"),
    pytest.param(
        "\"I can find anything online,\" she says. Young buyers are \"entering their prime spending years\", "
        "according to a Harbour Bank report.",
        [("", "I can find anything online"), ("Harbour Bank", "entering their prime spending years")],
        id="according-to-an-x-report"),
    pytest.param(
        "Mr Falk, who sits on the harbour board, added that the Port Party is convinced the toll is wrong and said "
        "the council has \"got it wrong before.\"",
        [("Falk", "got it wrong before.")],
        id="x-added-that-y-is-convinced-and-said"),
    pytest.param(
        "The Harbour Council's report came out on Monday. The toll rose. The report goes on to say that the pier is "
        "\"beyond repair.\"",
        [("Harbour Council", "beyond repair.")],
        id="the-report-goes-on-to-say"),
    pytest.param(
        "Mayor Ana Lopez -- \"the builder,\" according to harbour spokesman Tomas Falk -- could not save the pier.",
        [("Tomas Falk", "the builder")],
        id="according-to-x-between-dashes"),
    pytest.param(
        "In a recent article, Ana Lopez, director of Policy and Research for US-based Harbour Workers United Together "
        "(HWUT) wrote, \"The pier is simply unsafe.\"",
        [("Ana Lopez", "The pier is simply unsafe.")],
        id="an-apposition-no-comma-closes"),
    pytest.param(
        "Tom Falk, chief executive of the Harbour Association of Great Westland said \"some owners have already "
        "closed their piers.\"",
        [("Tom Falk", "some owners have already closed their piers.")],
        id="an-apposition-no-comma-closes-ending-in-a-place"),
    pytest.param(
        "Ana Lopez wrote, \"The pier is simply unsafe.\" Tom Falk, chief executive of the Harbour Association, said "
        "\"some owners have closed their piers.\"",
        [("Ana Lopez", "The pier is simply unsafe."), ("Tom Falk", "some owners have closed their piers.")],
        id="a-quotation-with-its-own-cue-then-x-apposition-said"),
    pytest.param(
        "\"I do not want to imagine that,\" HSB Undersecretary Ana Lopez, told DW. \"It is not just heroin anymore\" "
        "an elephant tranquilizer, said Reid.",
        [("Ana Lopez", "I do not want to imagine that"), ("Reid", "It is not just heroin anymore")],
        id="a-stray-comma-after-a-name"),
    pytest.param(
        "The festival opens on Friday. \"The Harbour Nights,\" by Tomas Falk, tells a gangster story.",
        [],  # a work's title, no quotation (and not its author's words)
        id="a-title-by-its-author-tells"),
    pytest.param(
        "Mayor Ana Lopez denied any deal, saying \"no, not at all\" when Harbour Radio asked her about it. \"Is it "
        "safe?\" Tom Reid asked her.",
        [("Ana Lopez", "no, not at all"), ("Tom Reid", "Is it safe?")],
        id="an-answer-when-x-asked-her"),
    pytest.param(
        "\"We call on them,\" Nora Reid said. Speaking at the UN, UK Ambassador and Deputy Permanent Representative "
        "Tom Falk responded to the report. \"We have seen the report,\" he said. Prime Minister Ana Lopez and Foreign "
        "Secretary Karl Obst have urged calm. \"We must stay calm,\" she said.",
        [("Nora Reid", "We call on them"), ("Tom Falk", "We have seen the report"), ("Ana Lopez", "We must stay calm")],
        id="he-after-a-title-and-a-title-then-the-name"),
    pytest.param(
        "The Harbour Watch report, Dark Waters, came out on Monday. Most of the ships sunk were \"older than the "
        "rules allow,\" the report finds.",
        [("Harbour Watch", "older than the rules allow")],
        id="the-report-finds"),
    pytest.param(
        "Harbour MP Tom Reid said Ms Lopez was already \"invisible\" and taking the job \"devalued\" the port while "
        "fellow MP Karl Obst criticised what he said was the \"revolving door\" between council and business.",
        [("Tom Reid", "invisible"), ("Tom Reid", "devalued"), ("Karl Obst", "revolving door")],
        id="while-x-criticised-what-he-said-was"),
    pytest.param(
        "Mayor Ana Lopez faces calls to resign, with Tom Reid calling her plan a \"disgrace\". Karl Obst posted a "
        "picture with Nora Reid demanding the pier be opened \"without any delay\".",
        [("Tom Reid", "disgrace"), ("Karl Obst", "without any delay")],
        id="with-x-calling"),
    pytest.param(
        "Editor Ana Lopez spoke on Monday. She told the paper's journalists \"I have to learn from you. There is a lot "
        "to learn.\" Tom Reid, the harbour editor, said that the paper goes to print at noon.",
        [("Ana Lopez", "I have to learn from you. There is a lot to learn.")],
        id="x-told-listeners-then-a-new-sentence-y-said"),
    pytest.param(
        "\"We will talk,\" Mr Falk said. State media said the port had tested an engine hailed by leader Ana Lopez "
        "as a \"new dawn\" for its shipyards.",
        [("Falk", "We will talk"), ("Ana Lopez", "new dawn")],
        id="hailed-by-x-as"),
    pytest.param(
        "His colleague Tom Reid once edited the Harbour Times. The now harbour master - who was endorsed by the paper "
        "when he ran for mayor in 2008 - said the appointment was \"brilliant\" for the city.",
        [("Tom Reid", "brilliant")],
        id="the-now-role-then-a-dashed-who-aside"),
    pytest.param(
        "Mayor Karl Falk met envoy Tom Reid. \"I am confident,\" Mr Falk said. En route to the port, Mr Reid visited "
        "the shipyards where he declared the city would drop its policy of \"strategic patience\" with the union.",
        [("Karl Falk", "I am confident"), ("Tom Reid", "strategic patience")],
        id="en-route-x-visited-where-he-declared"),
    pytest.param(
        "Tom Reid, a former harbour master, said that relations had \"got worse\". He told Harbour Radio 4: \"It was "
        "hoped that things would settle down.\" Karl Obst said Ms Lopez stood by her plan. Nora Falk asked, \"Is the "
        "pier safe?\" Ms Lopez replied that it was.",
        [("Tom Reid", "got worse"), ("Tom Reid", "It was hoped that things would settle down."),
         ("Nora Falk", "Is the pier safe?")],
        id="a-quotation-with-its-own-cue-then-x-said-a-clause"),
    pytest.param(
        "Senator Ana Lopez is fearless. She is an example of one of my favourite quotes from activist Nora Reid: "
        "\"Speak your mind -- even if your voice shakes.\"",
        [("Nora Reid", "Speak your mind -- even if your voice shakes.")],
        id="a-quote-from-x"),
    pytest.param(
        "The harbour master, Tom Reid, whose lawsuit stopped the first toll, tonight praised the ruling as \"fantastic "
        "news\". The state of Westland alleges that the toll \"began life as a tax on fishermen\".",
        [("Tom Reid", "fantastic news"), ("Westland", "began life as a tax on fishermen")],
        id="x-whose-lawsuit-tonight-praised-and-y-alleges"),
    pytest.param(
        "Nora Reid spoke first. In her speech, Ms Ana Falk said: \"There will be a vote.\" Ahead of her speech on "
        "Saturday, Ms Reid spoke to the Harbour Times. She said: \"We have got a disagreement.\"",
        [("Ana Falk", "There will be a vote."), ("Nora Reid", "We have got a disagreement.")],
        id="ahead-of-her-speech-x-spoke"),
    pytest.param(
        "Party leader Ana Falk said she did not believe another election would help. Port Party leader in Westland "
        "Nora Reid, however, claimed the others had failed. \"We are standing firm,\" she said.",
        [("Nora Reid", "We are standing firm")],
        id="party-leader-in-a-place-then-the-name"),
    pytest.param(
        "District Judge Ana Lopez blocked the toll. Westland had argued that the toll would harm trade. The 40-page "
        "ruling argued that a \"reasonable observer\" would see a tax on fishermen.",
        [("Ana Lopez", "reasonable observer")],
        id="the-ruling-is-the-judge-s"),
    pytest.param(
        "\"We are not there yet,\" Tom Reyes said. Earlier in the day, Karl Obst accused the board of stalling. "
        "\"Since the last round, eleven schools have closed.\"",
        [("Tom Reyes", "We are not there yet"), ("Karl Obst", "Since the last round, eleven schools have closed.")],
        id="a-quotation-goes-on-from-the-subject-who-spoke-in-the-sentence-before"),
    pytest.param(
        "Karl Obst said the board knew. The Daily Post reported that Tom Reyes lied. The hearing will \"probably be "
        "the most limited\" on the issue, \"but there's a lot the board can tell us,\" Obst said.",
        [("Karl Obst", "probably be the most limited"), ("Karl Obst", "but there's a lot the board can tell us")],
        id="a-partial-quotation-takes-the-cue-of-the-quotation-going-on-with-its-sentence"),
    pytest.param(
        "\"Reyes lied,\" the Daily Post reported. The hearing will \"probably be the most limited\" on the issue, "
        "\"but there's a lot the board can tell us,\" Karl Obst said.",
        [("Daily Post", "Reyes lied"), ("Karl Obst", "probably be the most limited"),
         ("Karl Obst", "but there's a lot the board can tell us")],
        id="a-partial-quotation-takes-the-cue-of-its-sentence-over-the-last-speaker"),
    pytest.param(
        "Karl Obst fled the city in 1938. Nevertheless Eastmark, the nonagenarian said in a speech years ago, \"has "
        "never ceased being a part of my life.\"",
        [("Karl Obst", "has never ceased being a part of my life.")],
        id="a-sentence-adverb-is-no-first-name"),
    pytest.param(
        "\"It never hurts to say you're sorry,\" a member of the committee, former officer Karl Obst, advised the "
        "mayor today.",
        [("Karl Obst", "It never hurts to say you're sorry")],
        id="advised-is-a-cue"),
    pytest.param(
        "\"I was not aware of it,\" Karl Obst said. Obst was at the time a member of the council. But he was already a "
        "prominent member of Tom Reyes's campaign team. The former Eastmark senator also had meetings with 25 "
        "ambassadors. He insists he did not lie, saying his comments were \"honest and correct\".",
        [("Karl Obst", "I was not aware of it"), ("Karl Obst", "honest and correct")],
        id="he-goes-back-along-sentences-opening-with-he-or-a-description-to-their-subject"),
    pytest.param(
        "Tom Reyes said the judge would start on Tuesday. The inquiry will hear Sergeant Karl Obst, who in an "
        "interview with the Eastmark Herald said he \"probably would not do it all again\".",
        [("Karl Obst", "probably would not do it all again")],
        id="who-then-a-phrase-of-time-or-place-then-said"),
    pytest.param(
        "So-called starter homes, championed by Karl Obst, will be aimed at \"households that need them most\", those "
        "with low incomes.",
        [("", "households that need them most")],
        id="so-called-is-no-cue"),
    pytest.param(
        "\"We saved hard,\" Ana Lopez said. Read how other 20-somethings managed to do it Mr Obst said: \"Walk down "
        "your local high street today.\"",
        [("Ana Lopez", "We saved hard"), ("Obst", "Walk down your local high street today.")],
        id="a-heading-glued-before-mr-x-said"),
    pytest.param(
        "Karl Obst lived there. Ana Lopez, 26, told reporters she had seen Obst often. Obst kept to himself, she said, "
        "adding: \"He was never really talkative with neighbours.\"",
        [("Ana Lopez", "He was never really talkative with neighbours.")],
        id="she-in-a-cue-is-not-the-person-opening-its-sentence"),
    pytest.param(
        "Karl Obst called Mayor Tom Reyes a \"dictator.\" The dispute has grown since. Reyes and senior aides have "
        "called the council \"fascists\".",
        [("Karl Obst", "dictator."), ("Tom Reyes", "fascists")],
        id="a-name-and-a-group-speak-as-the-one-named"),
    pytest.param(
        "MP Karl Obst spoke first. The upper class is \"rich,\" the Eastmark Times wrote. Obst, who has served as an "
        "MP for Westland, Eastmark since 2009, admitted the deep roots of dynasty politics: \"It's going on in every "
        "party.\"",
        [("Eastmark Times", "rich"), ("Karl Obst", "It's going on in every party.")],
        id="a-surname-then-who-with-a-comma-inside"),
    pytest.param(
        "The survey was carried out by Westland Social Research. The Westland findings suggested that the vote had "
        "left a \"legacy of dramatically increased support\" for independence.",
        [("Westland Social Research", "legacy of dramatically increased support")],
        id="the-x-findings-are-x-s"),
    pytest.param(
        "Stocks recovered in the afternoon. Tax cuts could still happen, but even if they don't, the market has "
        "several pillars of support, said Karl Obst, chief strategist at Westland Funds Management. \"Trump lucked out "
        "when he got elected,\" he said.",
        [("Karl Obst", "Trump lucked out when he got elected")],
        id="management-ends-a-firm-s-name"),
    pytest.param(
        "My father, whose youth was shaped by Karl Obst and Tom Reyes, laughed. He patted his hair and said, \"We "
        "may speak Arabic at home, but we are black.\"",
        [("", "We may speak Arabic at home, but we are black.")],
        id="he-after-my-father-is-nobody-named"),
    pytest.param(
        "A senior administration official told WKRN's Karl Obst that the mayor walked in. The briefing was \"the "
        "mayor's idea, 100%\" the official said.",
        [("", "the mayor's idea, 100%")],
        id="a-role-before-told-is-not-the-listener-s"),
    pytest.param(
        "Ana Lopez, a doctor, spoke first. Lopez, who is a board member of the Women's Law Project, a rights group, "
        "dismissed the logic. \"These laws are always couched as safety,\" she said.",
        [("Ana Lopez", "These laws are always couched as safety")],
        id="project-ends-a-body-s-name"),
    pytest.param(
        "Sergeant Karl Obst has rejected the apology. Labour's Tom Reyes said that questions remain. The Obsts sent a "
        "text to the official stating: \"We reject both the statement and the apology.\"",
        [("Karl Obst", "We reject both the statement and the apology.")],
        id="x-sent-a-text-stating"),
    pytest.param(
        "MPs debated the league on Tuesday. Sports minister Ana Lopez: \"The current model does not stand up.\" "
        "Karl Obst (Labour, Leeds North): \"At best they are dragging their feet.\" Tom Reyes, committee member: "
        "\"The game has lost its way.\"",
        [("Ana Lopez", "The current model does not stand up."), ("Karl Obst", "At best they are dragging their feet."),
         ("Tom Reyes", "The game has lost its way.")],
        id="role-name-party-or-apposition-then-colon"),
    pytest.param(
        "Tenants have other needs, agents say. Says Karl Obst, an agent with Harbour Real Estate Co: \"Startups "
        "need a decent space.\"",
        [("Karl Obst", "Startups need a decent space.")],
        id="says-x-apposition-colon"),
    pytest.param(
        "\"That is the worst statement ever made by a president,\" retired Gen. Karl Obst exclaimed on air.",
        [("Karl Obst", "That is the worst statement ever made by a president")],
        id="exclaimed"),
    pytest.param(
        "The interview caused an outcry. Republican Sen. Ben Obst of Nebraska summed up the outrage thus: \"There "
        "is no moral equivalency here.\"",
        [("Ben Obst", "There is no moral equivalency here.")],
        id="ben-is-a-first-name-opening-a-sentence-with-a-colon"),
    pytest.param(
        "\"We need reform,\" Karl Obst said. The cross-party motion stated that its structures make it \"impossible "
        "for the organisation to reform itself\". It passed.",
        [("Karl Obst", "We need reform"), ("", "impossible for the organisation to reform itself")],
        id="a-motion-states-nobody-s-words"),
    pytest.param(
        "Karl Obst led the coalition. It pushed for a target of 1.5 C, not 2 C. The final text, therefore, states "
        "\"pursuing efforts to limit the increase\". It passed.",
        [("", "pursuing efforts to limit the increase")],
        id="a-unit-letter-ends-a-sentence"),
    pytest.param(
        "Karl Obst takes the job with Tom Reyes as his deputy. \"Being a dad, you learn on the job,\" Obst told "
        "the BBC. \"I imagine captaincy is similar. \"I have a lot of experience now.\" For Reyes, the "
        "promotion is a reward.",
        [("Karl Obst", "Being a dad, you learn on the job"), ("Karl Obst", "I imagine captaincy is similar."),
         ("Karl Obst", "I have a lot of experience now.")],
        id="for-x-after-a-quotation-is-no-signature"),
    pytest.param(
        "Karl Obst opened the show. \"This room is insane,\" he said. \"Slay the whole stage!\" Later on, he "
        "sang with Tom Reyes. And he lived a nightmare when he found his father with model Ana Lopez in the "
        "audience. \"Dad, what are you doing?\" he said.",
        [("Karl Obst", "This room is insane"), ("Karl Obst", "Slay the whole stage!"),
         ("Karl Obst", "Dad, what are you doing?")],
        id="he-chain-back-to-a-quotation"),
    pytest.param(
        "Karl Obst grew up in Kent. He later lived in the West Midlands, with a witness to a raid on a flat in "
        "Edgbaston saying: \"The man from London lived here.\"",
        [("", "The man from London lived here.")],
        id="with-an-unnamed-witness-saying"),
    pytest.param(
        "Westland's first minister has said autumn would be a \"common sense\" date for a vote. Ana Lopez continued "
        "to insist that no decision had been made.",
        [("Ana Lopez", "common sense")],
        id="a-lede-description-named-in-the-next-sentence"),
    pytest.param(
        "\"The situation in the east demands condemnation,\" the new ambassador to the United Nations said. \" ... "
        "We stand with the people of Eastmark.\" Obst went on to say that sanctions will stay. Obst's tough talk "
        "surprised many.",
        [("Obst", "The situation in the east demands condemnation"),
         ("Obst", "... We stand with the people of Eastmark.")],
        id="a-lede-description-named-by-surname-later"),
    pytest.param(
        "Like Obst, Tom Reyes plays golf. \"I know he loves the game,\" Obst said. Karl Obst hosts him on Friday.",
        [("Karl Obst", "I know he loves the game")],
        id="like-starts-no-name"),
    pytest.param(
        "\"We have a plan,\" Karl Obst said. Green Party leaders have accused him of \"striking dirty deals\" at any "
        "price. It is a performance which refers to \"a relationship being rebuilt\", Obst said.",
        [("Karl Obst", "We have a plan"), ("", "striking dirty deals"), ("Karl Obst", "a relationship being rebuilt")],
        id="a-plural-role-is-nobody-in-particular"),
    pytest.param(
        "Karl Obst won. But in one of my favourite lines uttered by First Lady Ana Lopez to date, \"when they go low "
        "we go high\". So we go on.",
        [("Ana Lopez", "when they go low we go high")],
        id="lines-uttered-by-x"),
    pytest.param(
        "Ana bint Obst was a poet of 11th-century Cordoba. The daughter of a caliph, Ana inherited a palace. Her "
        "poems mixed worship and longing. She wrote: \"I am made for higher goals.\"",
        [("Ana bint Obst", "I am made for higher goals.")],
        id="bint-joins-a-name"),
    pytest.param(
        "\"We stand together,\" Karl Obst said. A group walked across the bridge, led by the banner \"love for all, "
        "hatred for none\". Earlier, the family of a woman hurt in the attack said they had been overwhelmed by "
        "\"love, support and respect\".",
        [("Karl Obst", "We stand together"), ("", "love for all, hatred for none"),
         ("", "love, support and respect")],
        id="a-banner-and-a-family-are-nobody-named"),
    pytest.param(
        "\"Getting it right matters,\" Karl Obst said. Press secretary Tom Reyes has consistently said that there is "
        "\"no connection\" with Eastmark.",
        [("Karl Obst", "Getting it right matters"), ("Tom Reyes", "no connection")],
        id="has-consistently-said"),
    pytest.param(
        "Karl Obst spoke for an hour. Former governor Tom Reyes said in the opposition's response to Mr Obst's speech "
        "that \"you seem determined to take insurance away from millions\".",
        [("Tom Reyes", "you seem determined to take insurance away from millions")],
        id="said-in-the-response-to-x-s-speech-that"),
    pytest.param(
        "Karl Obst spoke. \"We are chased,\" he said. The press spokesperson for the Eastmark Orthodox Church, Tom "
        "Reyes, has tried to calm the debate. \"First we have to wait for the film,\" he told reporters.",
        [("Karl Obst", "We are chased"), ("Tom Reyes", "First we have to wait for the film")],
        id="the-spokesperson-for-a-church-x-opens-the-sentence"),
    pytest.param(
        "\"The film is art,\" Karl Obst said. In an open letter, over 50 renowned Eastmark film directors have hit "
        "back against censorship: \"We want to live in a democratic country.\" One of the signatories is the "
        "filmmaker Tom Reyes. Speaking to DW, he criticized the church. \"I remember when people were chased out.\"",
        [("Karl Obst", "The film is art"), ("", "We want to live in a democratic country."),
         ("Tom Reyes", "I remember when people were chased out.")],
        id="a-counted-group-then-he-criticized"),
    pytest.param(
        "Karl Obst spoke. Director Tom Reyes wants to hold the letter's writers responsible. For him, the action is "
        "a reminder of the \"real banditry of the chaotic 1990s.\" His colleagues agree.",
        [("Tom Reyes", "real banditry of the chaotic 1990s.")],
        id="for-him-opens-the-sentence"),
    pytest.param(
        "Moscow criticised the policy. Karl Obst, chairman of the committee on foreign affairs, sees it as a failure "
        "and says, \"the lack of results is obvious.\" According to a study conducted by the Texas-based think tank "
        "Stratfor, it is \"just one element of a broader strategy.\"",
        [("Karl Obst", "the lack of results is obvious."), ("Stratfor", "just one element of a broader strategy.")],
        id="apposed-name-verb-and-says-a-study-conducted-by"),
    pytest.param(
        "The prime minister said the election could spread \"the bad kind of populism.\" Voters head to the polls. "
        "Karl Obst's party is running slightly behind Prime Minister Tom Reyes's VVD party.",
        [("Tom Reyes", "the bad kind of populism.")],
        id="a-title-before-a-possessive-is-the-possessor-s"),
    pytest.param(
        "\"It provides almost no new flexibility for states,\" wrote Govs. Karl Obst of Ohio, Tom Reyes of Utah "
        "and Ana Lopez of Idaho. "
        "According to a 2013 Amnesty International report on migrants in Eastmark, \"as many as six out of every 10 "
        "migrant women experience violence\".",
        [("Karl Obst", "It provides almost no new flexibility for states"),
         ("Amnesty International", "as many as six out of every 10 migrant women experience violence")],
        id="govs-and-a-dated-report"),
    pytest.param(
        "\"Even if payment were offered in gold, this would be illegal,\"-said-union secretary Karl Obst in an "
        "interview. \"I really had no option,\"-he said. These are claims Tom Reyes has decried as \"fake news.\"",
        [("Karl Obst", "Even if payment were offered in gold, this would be illegal"),
         ("Karl Obst", "I really had no option"), ("Tom Reyes", "fake news.")],
        id="a-hyphen-glued-after-a-quotation-and-decried"),
    pytest.param(
        "Concerns grew. I am confident the reality of Iran will shape his Middle East policies. Should Tom Reyes scrap "
        "the deal, it will destabilise the region, warned the Iranian diplomat. \"It is in the interest of the "
        "administration to keep the deal alive.\"",
        [("", "It is in the interest of the administration to keep the deal alive.")],
        id="the-middle-east-is-nobody"),
    pytest.param(
        "\"We are ready for talks,\" Karl Obst, adviser to the HNC, Syria's main opposition umbrella, told reporters.",
        [("Karl Obst", "We are ready for talks")],
        id="a-second-apposition-with-a-possessive"),
    pytest.param(
        "The SNP's Ana Lopez has told her party that the vote must prevail. Earlier, former prime minister Karl Obst "
        "set out a plan. The first minister said that to \"stand in defiance\" of the vote would be wrong.",
        [("Ana Lopez", "stand in defiance")],
        id="the-first-minister-is-not-a-former-prime-minister"),
    pytest.param(
        "The SNP's Ana Lopez spoke to her party. Mrs Reyes said \"now is not the time\". But the SNP leader told the "
        "gathering that \"Westland's future must be Westland's choice\".",
        [("Reyes", "now is not the time"), ("Ana Lopez", "Westland's future must be Westland's choice")],
        id="the-party-leader-after-the-party-s-name"),
    pytest.param(
        "\"Don't worry, nothing will happen to you,\" says Tomas's 54-year-old grandmother, Ana Lopez, as she holds "
        "the boy.",
        [("Ana Lopez", "Don't worry, nothing will happen to you")],
        id="a-relative-named-in-apposition-before-as"),
    pytest.param(
        "\"The cells move erratically,\" explains Dr Karl Obst, the director of the institute. \"Carriers should not "
        "marry,\" he says. Clinics are few in the state. - But while admitting the gaps, the state's health minister, "
        "Tom Reyes, stresses that the government is working on it. \"Lots of work is being done,\" he says.",
        [("Karl Obst", "The cells move erratically"), ("Karl Obst", "Carriers should not marry"),
         ("Tom Reyes", "Lots of work is being done")],
        id="stresses-after-a-dash-between-paragraphs"),
    pytest.param(
        "A new vote is possible given \"a material change in circumstances\", which Ana Lopez says is what the treaty "
        "will bring.",
        [("", "a material change in circumstances")],
        id="which-someone-says-is-no-cue"),
    pytest.param(
        "In all, Ana Lopez mentioned security 11 times in the letter. 'Shameful threat' Karl Obst, leader of the "
        "Liberal Democrats, said her link between trade and security was \"shameful\".",
        [("Karl Obst", "shameful")],
        id="a-subheading-in-single-quotes-opens-a-sentence"),
    pytest.param(
        "Maria Garcia was detained. \"She was brave,\" said Ana Lopez, an activist. \"We will appeal,\" Garcia's "
        "attorney said.",
        [("Ana Lopez", "She was brave"), ("", "We will appeal")],
        id="someone-s-attorney-is-not-the-last-speaker"),
    pytest.param(
        "\"She was brave,\" said Ana Lopez, an activist. The protests were mostly peaceful, but police said on "
        "Twitter that \"despite repeated warnings, some\" refused to stop.",
        [("Ana Lopez", "She was brave"), ("", "despite repeated warnings, some")],
        id="but-police-said"),
    pytest.param(
        "\"We are confident,\" Karl Obst said. Pressed later on that point -- whether any change could win them "
        "over -- Obst walked his comment back and said that, if leaders were willing to negotiate \"in good "
        "faith,\" a deal was possible.",
        [("Karl Obst", "We are confident"), ("Karl Obst", "in good faith")],
        id="pressed-opens-no-name"),
    pytest.param(
        "According to Ana Lopez, director of programs for the Institute on Taxation and Economic Policy, "
        "\"immigrants paid more than $11 billion in taxes.\"",
        [("Ana Lopez", "immigrants paid more than $11 billion in taxes.")],
        id="according-to-a-name-then-a-post-at-a-body"),
    pytest.param(
        "Finance Secretary Karl Obst spoke. \"We will look,\" he added. Greenfund Asia's Ana Lopez blamed Westland "
        "for a statement that she said showed a \"lack of attention to climate change\".",
        [("Karl Obst", "We will look"), ("Ana Lopez", "lack of attention to climate change")],
        id="a-statement-that-she-said"),
    pytest.param(
        "Treasury Secretary Karl Obst spoke. IMF chief Ana Lopez said the new government needed time to \"adapt and "
        "learn\". The US treasury chief himself acknowledged that the treaty was \"not in my track\".",
        [("Ana Lopez", "adapt and learn"), ("Karl Obst", "not in my track")],
        id="the-treasury-chief-is-not-the-imf-chief"),
    pytest.param(
        "\"Big budgets do less,\" Karl Obst said at a press conference. A few dozen protesters made their voices "
        "heard outside the centre, calling the summit's policies \"murderous.\"",
        [("Karl Obst", "Big budgets do less"), ("", "murderous.")],
        id="a-few-dozen-protesters"),
    pytest.param(
        "\"I think to err on the side of caution is always worthy,\" Karl Obst, president of Westland Friends of Coal "
        "told ABC News.",
        [("Karl Obst", "I think to err on the side of caution is always worthy")],
        id="an-apposition-of-a-post-left-open"),
    pytest.param(
        "Eva describes her six-month search for a place to live as \"humiliation\". The 33-year-old works part "
        "time. \"I eventually got somewhere,\" she says.",
        [("Eva", "humiliation"), ("Eva", "I eventually got somewhere")],
        id="a-first-name-alone-describes"),
    pytest.param(
        "\"If we did this alone, we would not achieve much,\" admits Tom Reyes. \"Community is everything.\" Ana "
        "Lopez, director of the Fund, describes this as \"the next step.\"",
        [("Tom Reyes", "If we did this alone, we would not achieve much"), ("Tom Reyes", "Community is everything."),
         ("Ana Lopez", "the next step.")],
        id="describes-this-as-signs-no-quotation-before-it"),
    pytest.param(
        "Tomas Varga, a leading climate scientist, called the plan a \"smart approach.\" Anna Kiss, former deputy "
        "director of the Centre for the Study of Ethics at the U.K.'s University of Harbour and a divestment skeptic, "
        "described it as \"a very positive development.\"",
        [("Tomas Varga", "smart approach."), ("Anna Kiss", "a very positive development.")],
        id="described-it-as-after-a-long-apposition-signs-no-quotation-before-it"),
    pytest.param(
        "There is Westnet's Internet Legends, which goes on tour.-Its-Safety Centre gives advice on your \"online "
        "reputation.\" The Westland Department of Justice (DOJ), however, dives right into the detail: \"Children "
        "may come into contact with false information.\"",
        [("Safety Centre", "online reputation."),
         ("Westland Department of Justice", "Children may come into contact with false information.")],
        id="bodies-opening-a-sentence-with-its-and-an-aside"),
    pytest.param(
        "On Saturday at a rally in Charleston, West Virginia, Vice President Karl Obst promised to bring back jobs, "
        "saying, \"We are going to get the capital out of the way.\"",
        [("Karl Obst", "We are going to get the capital out of the way.")],
        id="a-city-and-its-state-before-the-subject"),
    pytest.param(
        "The bill could still be challenged. Defence Minister Karl Obst said last week: \"The chance that it will be "
        "struck down is 100 percent.\" Westnet's Tom Reyes, reporting from the capital, said the owners could sue.",
        [("Karl Obst", "The chance that it will be struck down is 100 percent.")],
        id="said-last-week-colon-is-a-cue-of-its-own"),
    pytest.param(
        "Referring to accusations by President Karl Obst on Sunday that Berlin was using \"Nazi tactics,\" Ana Lopez "
        "said the comments were misplaced. \"It cannot be justified,\" she said.",
        [("Karl Obst", "Nazi tactics"), ("Ana Lopez", "It cannot be justified")],
        id="accusations-by-someone-that-then-the-reporter-speaks"),
    pytest.param(
        "A judge, Tom Reyes, set a hearing. Imam Karl Obst says the ban will keep his mother-in-law from visiting. "
        "Trump's \"executive order inflicts a grave injury on Muslims in Westland,\" Westland's complaint says. The "
        "Eastmark state encouraged it. The state department later said: \"The administration will withhold comment.\"",
        [("Westland", "executive order inflicts a grave injury on Muslims in Westland"),
         ("State Department", "The administration will withhold comment.")],
        id="a-complaint-says-and-the-state-department"),
    pytest.param(
        "Rep. Ana Lopez slammed Rep. Karl King on Monday. These ideas must be condemned. https://t.co/r53locW5Zf King "
        "landed himself in hot water when he retweeted a cartoon and praised its author for understanding \"that "
        "culture is our destiny.\" \"I meant exactly what I said,\" King told CNN's Tom Reyes, adding that he would "
        "like the country to be \"so homogenous that we look the same.\"",
        [("Karl King", "that culture is our destiny."), ("Karl King", "I meant exactly what I said"),
         ("Karl King", "so homogenous that we look the same.")],
        id="a-surname-that-is-a-title-after-a-tweet-s-link"),
    pytest.param(
        "Ana Lopez talked to him on Jan. 28. The Westland House readout of their call states they \"held an "
        "extensive telephone conversation.\" \"I am not feeling the climate right now,\" Karl Obst growled.",
        [("Westland House", "held an extensive telephone conversation."),
         ("Karl Obst", "I am not feeling the climate right now")],
        id="a-readout-states-and-growled"),
    pytest.param(
        "Some 40,000 migrants live here, according to Ivan Martin of the University. \"It is not in the headlines,\" "
        "Mart\ufffd\ufffdn said.",
        [("Ivan Martin", "It is not in the headlines")],
        id="a-surname-with-a-lost-letter"),
    pytest.param(
        "Ana Lopez read in Berlin. The author, who will also lead the Westland PEN Center this year, has made her "
        "views clear, saying on radio: \"It is a catastrophe.\" \"Some of the headlines have been unhelpful,\" admits "
        "Karl Obst, a PR consultant.",
        [("Ana Lopez", "It is a catastrophe."), ("Karl Obst", "Some of the headlines have been unhelpful")],
        id="the-author-who-will-lead-a-body-and-admits"),
    pytest.param(
        "\"There is fear,\" Tom Reyes said. One woman described that experience. She told the committee it took "
        "three years to call the police. \"I was worried that I would be deported,\" she said.",
        [("Tom Reyes", "There is fear"), ("", "I was worried that I would be deported")],
        id="she-after-one-woman-two-sentences-back"),
    pytest.param(
        "The Westland government hopes for a \"fair sharing of the burden\" of refugees. Both pose problems, which "
        "could give Eastmark a chance to \"strengthen its position,\" writes the political scientist, Karl Obst, in "
        "the Westland Weekly. Citing policy differences, Obst concludes that these are \"independent of the party in "
        "power\" and are old.",
        [("Westland government", "fair sharing of the burden"), ("Karl Obst", "strengthen its position"),
         ("Karl Obst", "independent of the party in power")],
        id="a-national-government-hopes-writes-the-scientist-x-in-y-and-concludes"),
    pytest.param(
        "Her friend agreed. Explains Ana Lopez, \"The win mobilized a generation.\" Karl Obst grabs a knife from the "
        "table. \"Is this a game that you've practiced?\" the friend who is recording asks. \"No,\" he responds.",
        [("Ana Lopez", "The win mobilized a generation."), ("", "Is this a game that you've practiced?"),
         ("Karl Obst", "No")],
        id="explains-opening-a-sentence-and-responds"),
    pytest.param(
        "\"Tom Reyes is an honest man,\" Karl Obst said. \"It is a total witch hunt!\" 'Total misinformation' "
        "Speaking at a briefing, Ana Lopez dismissed the reports as \"shameful.\"",
        [("Karl Obst", "Tom Reyes is an honest man"), ("Karl Obst", "It is a total witch hunt!"),
         ("Ana Lopez", "shameful.")],
        id="a-subheading-in-single-quotes-after-a-quotation-begins-a-sentence"),
    pytest.param(
        "Some 52,000 people fled, the UN said. A senior general in Eastmark has resigned over the war, accusing "
        "President Tom Reyes of \"ethnic cleansing.\" I \"have lost patience,\" Lieutenant General Karl Obst wrote.",
        [("Karl Obst", "ethnic cleansing."), ("Karl Obst", "have lost patience")],
        id="a-general-in-a-place-named-next"),
    pytest.param(
        "During the hearing, Tom Reyes was asked by Senator Karl Obst: \"If there is any evidence, what will you "
        "do?\" Mr Reyes responded: \"I am not aware of any of those activities.\" Tom Reyes was also backed by the "
        "White House, which condemned the \"latest attack by partisan Democrats\".",
        [("Karl Obst", "If there is any evidence, what will you do?"),
         ("Tom Reyes", "I am not aware of any of those activities."),
         ("White House", "latest attack by partisan Democrats")],
        id="a-question-answered-and-the-white-house-which"),
    pytest.param(
        "Westland leader Ana Lopez oversaw a test of a new engine, state-run WCNA reported early Sunday, saying the "
        "event had \"historic significance\" for the industry.",
        [("WCNA", "historic significance")],
        id="a-news-agency-reported-saying"),
    pytest.param(
        "A senior Westland general on Wednesday accused Eastmark of deploying a cruise missile in violation of \"the "
        "spirit and intent\" of a treaty. \"We believe that they have deliberately deployed it,\" Gen. Karl Obst "
        "told a hearing.",
        [("Karl Obst", "the spirit and intent"), ("Karl Obst", "We believe that they have deliberately deployed it")],
        id="a-lede-s-indefinite-description-named-next"),
    pytest.param(
        "Tom Reyes spoke. After Reyes's comments, the Westland military, which did not deny the contents of the "
        "article, issued a statement and said the report was \"unfounded and ill-intentioned\". The editor of "
        "Westland's flagship daily newspaper Westpost has been dismissed. \"We saw that this expression could be "
        "misunderstood,\" the newspaper said.",
        [("Westland military", "unfounded and ill-intentioned"),
         ("Westpost", "We saw that this expression could be misunderstood")],
        id="a-body-with-a-relative-clause-and-the-newspaper"),
    pytest.param(
        "Secretary Karl Obst met Democrats. Asked about the programme, Obst told them he was \"not a lawyer,\" Rep. "
        "Ana Lopez said. Rep. Tom Reyes said Obst suggested \"he is the best friend the programme has.\" Reyes said "
        "on Westnet Obst specifically told him he \"should feel free to mention what I said.\"",
        [("Karl Obst", "not a lawyer"), ("Karl Obst", "he is the best friend the programme has."),
         ("Karl Obst", "should feel free to mention what I said.")],
        id="a-quotation-completing-someone-s-reported-speech-inside-another-s"),
    pytest.param(
        "\"The hostility is dangerous,\" Democratic Senator Karl Obst, from the Senate judiciary committee, said. He "
        "spoke with Reyes, a State House official said. The official described the conversation as \"cordial\" "
        "where Tom Reyes described the comment as \"unintentional.\"",
        [("Karl Obst", "The hostility is dangerous"), ("", "cordial"), ("Tom Reyes", "unintentional.")],
        id="a-senator-from-a-committee-and-where-someone-else-described"),
    pytest.param(
        "Norbert Obst spoke in Berlin. Renationalization of the kind some are calling for was, said Obst, the path "
        "towards the \"unplanned but foreseeable irrelevance of Europe.\" Sater did not respond. A White House "
        "spokesman offered this statement in response to a request for comment: \"No one in the White House has "
        "spoken to Mr. Cohen about any proposal.\"",
        [("Norbert Obst", "unplanned but foreseeable irrelevance of Europe."),
         ("White House", "No one in the White House has spoken to Mr. Cohen about any proposal.")],
        id="a-spokesman-s-statement-and-a-cue-inserted-between-commas"),
    pytest.param(
        "Anna Kiss called the plan smart. \"It is fine,\" Tomas Varga said. The long-term climate goal, said Kiss, "
        "the Harvard professor, should be to \"change the laws so as to discourage it,\" but in the meantime, \"we "
        "need supply of fuels.\"",
        [("Tomas Varga", "It is fine"), ("Anna Kiss", "change the laws so as to discourage it"),
         ("Anna Kiss", "we need supply of fuels.")],
        id="a-cue-inserted-between-commas-with-the-speaker-s-role"),
    pytest.param(
        "Key EU figures agreed to enter into talks. German Chancellor Ana Lopez, Mr Reyes and Commission President "
        "Karl Obst said the UK would remain a \"close and committed ally\".",
        [("Ana Lopez", "close and committed ally")],
        id="three-people-speaking-together-are-the-first-named"),
])

def test_attribution_patterns_of_later_batches(text, expected):
    assert said(text) == expected


def test_an_interview_published_by_a_paper_is_no_clause():
    text = ("The government has no plans to sell the state railway company, Deputy Prime Minister Ivan Petrov said "
            "in an interview published by the Eastland Courier.")
    assert reported(text) == [("Ivan Petrov", "The government has no plans to sell the state railway company")]
    text = ("The ceasefire in the east is not respected, Secretary General Ivan Petrov said on Thursday at a press "
            "conference organised by the council. Foreign Minister Karl Obst has said ahead of talks with his "
            "counterpart that Westland fears a new arms race.")
    assert reported(text) == [("Ivan Petrov", "The ceasefire in the east is not respected"),
                              ("Karl Obst", "Westland fears a new arms race")]
    text = ("Hotel prices in the city will not grow this year, Mayor Ivan Petrov said following his meeting with "
            "representatives of big tour operators at the Federal Tourism Agency of Westland.")
    assert reported(text) == [("Ivan Petrov", "Hotel prices in the city will not grow this year")]


def test_a_name_whose_apposition_lost_its_closing_comma_reports_the_clause_before():
    text = ("Eastland experts will inspect a defense facility in Westland on Tuesday, Sergei Ryzhov, the director of "
            "the national center for reducing nuclear threat said on Tuesday.")
    assert reported(text) == [("Sergei Ryzhov", "Eastland experts will inspect a defense facility in Westland on "
                                                "Tuesday")]


def test_stated_reiterated_and_asserted_report_speech_only_before_that():
    text = ("Alexei Navalov has stated that his conviction would not stop him from running for office. Premier Ivan "
            "Petrov reiterated his support for the long-delayed plan. Spokesman Karl Obst asserted that the committee "
            "had already looked into the matter.")
    assert reported(text) == [("Alexei Navalov", "his conviction would not stop him from running for office"),
                              ("Karl Obst", "the committee had already looked into the matter")]
    text = "Premier Ivan Petrov reiterated his contention that the party will pass the bill within a week."
    assert reported(text) == [("Ivan Petrov", "the party will pass the bill within a week")]


def test_a_speaker_after_the_clause_may_have_a_body_with_a_list_in_its_name():
    text = ("Westland hopes to work with Eastland's specialists on the clean-up of the reactors, said Taro Sato, "
            "representative of the Ministry for Economy, Trade and Industry. \"We hope to deepen our collaboration,\" "
            "he noted.")
    assert reported(text) == [("Taro Sato", "Westland hopes to work with Eastland's specialists on the clean-up of the "
                                            "reactors")]
    assert said(text) == [("Taro Sato", "We hope to deepen our collaboration")]


def test_the_russian_national_is_the_russian():
    text = ('Ivan Petrov was detained in Madrid in January. "I am innocent," the Russian national said. The Russian '
            'national earlier denied any wrongdoing and said he had no idea why he was named as a suspect.')
    assert said(text) == [("Ivan Petrov", "I am innocent")]
    assert reported(text) == [("Ivan Petrov", "he had no idea why he was named as a suspect")]


def test_a_spokesperson_for_a_body_of_two_words_and_a_ministry_maintaining():
    text = ("A spokesman for Westland's air force said engineers were checking the hydraulic system. A spokeswoman "
            "for the Westland embassy in Eastmark said that the envoy had left. The Defense Ministry maintains that "
            "it has a good contract.")
    expected = ["Westland's air force", "Westland embassy", "Defense Ministry"]
    assert [speaker for speaker, _ in reported(text)] == expected


def test_a_description_then_a_name_without_a_comma():
    text = ("The vote looms. Tom Reyes spoke. The European Parliament's negotiator on the treaty talks Karl Obst has "
            "said security is too important to be bargained against an economic agreement.")
    assert [speaker for speaker, _ in reported(text)] == ["Karl Obst"]


def test_a_share_of_a_people_names_nobody_and_a_title_adjective_opens_no_name():
    assert reported("Trump spoke. In the poll, 48 percent of Americans said they disapprove of his performance.") == []
    text = "Trump took the podium. The plan, he said, would yield \"a new chapter of greatness.\" Donald Trump left."
    assert said(text, title="Presidential Trump") == [("Donald Trump", "a new chapter of greatness.")]


def test_he_in_a_relative_clause_is_the_person_it_follows():
    text = ("Tom Reyes pledged to shred rules. He filled his Cabinet with allies, including Karl Obst, who ignited a "
            "firestorm when he said on television that he does not believe that emissions cause warming.")
    assert [speaker for speaker, _ in reported(text)] == ["Karl Obst"]


def test_what_he_says_is_the_subject_s():
    text = ("UN ambassador Ana Lopez announced that Westland was boycotting the council session because of bias. "
            "Secretary of State Karl Obst threatened to withdraw from the council, given what he says is unfair "
            "treatment of Eastmark.")
    assert [speaker for speaker, _ in reported(text)] == ["Ana Lopez", "Karl Obst"]


def test_a_college_is_no_person_for_he():
    text = ("Tom Reyes held a news conference. His remarks ignored the Electoral College. Rather than offering "
            "answers, he remarked instead about the \"dishonest media\" that was not giving him credit.")
    assert said(text) == [("Tom Reyes", "dishonest media")]


def test_a_statement_from_someone_in_which_he_said():
    text = ("Accepting the award, director Tom Reyes urged the audience to stand. Reyes read a statement from Rescue "
            "founder Karl Obst in which he thanked the academy and said the group had saved tens of thousands of "
            "lives since it was formed in 2014.")
    assert [speaker for speaker, _ in reported(text)] == ["Karl Obst"]


def test_a_short_first_name_is_the_headline_s_full_name():
    text = ("Xi told the envoy that there are more shared interests, emphasizing the need for coordination on "
            "\"regional hotspots,\" according to a statement.")
    assert said(text, title="Xi Jinping and the envoy pledge cooperation") == [("Xi Jinping", "regional hotspots")]


def test_and_he_after_a_named_subject():
    text = ("Andrii Obst met Michael Reyes. \"It will get huge support,\" Reyes said. Tom Lopez did not respond to a "
            "request for comment. Obst knew the proposal would be controversial as it undercuts the diplomats, and he "
            "says he knows it angered Kiev.")
    assert [speaker for speaker, _ in reported(text)] == ["Andrii Obst"]


def test_a_name_doubled_by_a_glued_caption():
    text = "German Bundestag President Karl Obst Karl Obst (CDU) spoke. \"We must act now,\" Obst said."
    assert said(text) == [("Karl Obst", "We must act now")]


def test_a_bio_box_opens_no_name():
    professor = "\"The law is only a tool,\" says Karl Obst. Bio Karl Obst professor of law, Westland University"
    head = "\"Trade will grow,\" says Karl Obst. Bio Karl Obst Global head of transport, Obst and Partners"
    assert [speaker for speaker, _ in said(professor) + said(head)] == ["Karl Obst", "Karl Obst"]


def test_a_spokesperson_for_an_abbreviated_senator_and_a_post_without_its_holder():
    text = ("The hearing was set. A spokesperson for Westland GOP Sen. Karl Obst, whose committee will hold it, "
            "confirmed that the panel had received the agreement. Earlier, the Minister of State with responsibility "
            "for Disabilities said he would circulate revised terms.")
    assert [speaker for speaker, _ in reported(text)] == ["Karl Obst"]


def test_an_adverb_or_verb_glued_to_a_name_by_the_export():
    text = ("French President Karl Obst-meanwhile has said-the EU would first have to agree the terms. Tom "
            "Reyes-called for calm. Mr Reyes-earlier said that Britain hopes to address the border.")
    assert [speaker for speaker, _ in reported(text)] == ["Karl Obst", "Tom Reyes"]


def test_a_title_in_the_run_is_not_a_portfolio_before_the_name():
    text = ("The economy grew. Minister of State for Justice Karl Obst said the Government had decided not to oppose "
            "the bill. Mr Obst said it should be noted that there is no retirement age.")
    assert [speaker for speaker, _ in reported(text)] == ["Karl Obst", "Karl Obst"]


def test_a_lede_description_is_whoever_signs_the_next_quotation():
    text = ("One of two women suspected in the killing suffered its effects, Westland's police chief said on Friday. "
            "\"She was vomiting,\" Karl Obst said in response to a question.")
    assert reported(text) == [("Karl Obst", "One of two women suspected in the killing suffered its effects")]
    assert said(text) == [("Karl Obst", "She was vomiting")]


def test_a_kin_word_in_a_headline_is_no_first_name():
    text = ("Ten years ago she gave birth to her daughter, Ana Obst. Though Ana never knew her mom, her father, Karl "
            "Obst, said she is fearless. \"She gets on any roller coaster,\" Obst told ABC News.")
    assert said(text, "Daughter 'Is Fearless', Says Dad Karl Obst") == [
        ("Karl Obst", "She gets on any roller coaster")]


def test_a_nationality_in_the_headline_lengthens_no_name():
    text = ("\"Nobody hides anything here,\" MP Karl Obst told reporters. India's partition made two states. The "
            "Indian upper class is rich. He added: \"Families invade this profession.\"")
    assert said(text, "Corruption and Kashmir: Democracy Indian style?") == [
        ("Karl Obst", "Nobody hides anything here"), ("Karl Obst", "Families invade this profession.")]


def test_a_quoted_term_interrupting_a_sentence_leaves_its_subject_for_the_participle():
    text = ("Governor Ana Lopez spoke at the port. Lopez on Tuesday signed-an-\"energy independence\"-executive order "
            "to review some of her predecessor Karl Obst's climate legacy, declaring an end to \"job-killing "
            "regulations\".")
    assert dict((words, who) for who, words in said(text))["job-killing regulations"] == "Ana Lopez"


def test_she_after_a_heading_glued_before_a_person():
    text = ("Tom Reid, a former officer, waited. \"It is not enough,\" Reid said. READ MORE: Famine declared in part "
            "of Unity state Ana Lopez, 30, keeps her children alive with rations. \"Before the war, I lived here,\" "
            "she said.")
    assert said(text)[-1] == ("Ana Lopez", "Before the war, I lived here")


def test_a_place_glued_before_a_name_by_a_heading_is_not_part_of_it():
    text = ("The officials said it. READ MORE: Key facts about the war in Yemen Karl Obst, a Gulf expert at Eastport "
            "University, said that Westland might find less change than it hopes.")
    assert reported(text) == [("Karl Obst", "Westland might find less change than it hopes")]


def test_the_government_is_no_body_with_government_inside_its_name():
    text = ("The Local Government Association met on Monday. \"Sex education is to be made compulsory,\" the "
            "government said.")
    assert said(text) == [("the government", "Sex education is to be made compulsory")]


def test_he_after_a_sentence_opening_with_two_clauses_is_its_subject():
    text = ("Budget Office Director Keith Hall was chosen by Republicans. \"Job losses ahead,\" reads a Tom Reid "
            "tweet from the same month. In 2014, before he joined the office, Hall co-wrote an op-ed opposing the "
            "plan. He said the legislation would shrink the workforce by two million.")
    assert reported(text) == [("Keith Hall", "the legislation would shrink the workforce by two million")]


def test_a_place_s_two_word_role_is_not_someone_holding_only_its_last_word():
    text = ('Westland\'s first minister said a vote would be "common sense" soon. Prime Minister Ana Lopez disagreed.')
    assert said(text) != [("Ana Lopez", "common sense")]


def test_a_title_two_people_hold_names_neither_of_them():
    text = ('Governor Ann Lee met Governor Eve Stone and Mayor Ben Ruiz. Mr Ruiz said he was "proud" of the city. The '
            'Governor agreed with him and said she did not want "blanket bans" at all.')
    speaker = dict((words, who) for who, words in said(text))["blanket bans"]
    assert speaker not in ("Ann Lee", "Eve Stone")


def test_it_said_reports_for_the_body_that_spoke_last():
    text = ("The Harbour Authority said two ferries were held in port on Monday. Three more were turned back at sea, "
            "it said. It said the western pier would reopen next week.")
    assert reported(text) == [("Harbour Authority", "two ferries were held in port on Monday"),
                              ("Harbour Authority", "Three more were turned back at sea"),
                              ("Harbour Authority", "the western pier would reopen next week")]


def test_it_is_no_speaker_when_only_a_person_spoke():
    text = "Marta Quintero said the bridge would reopen. The work took nine months longer than planned, it said."
    assert reported(text) == [("Marta Quintero", "the bridge would reopen")]


@pytest.mark.parametrize("text", [
    "Sales of newspapers fell sharply over the summer, and the Daily Courier reported 40% fewer subscribers.",
    "The Greens won eleven seats in the city council, ten fewer than in 2012, when the Green Party claimed 21.",
    "Most of the harbour was rebuilt after the flood, and the Harbour Authority announced a new ferry line in May.",
    "Tomas Falk left the meeting early, telling reporters to wait for the vote.",
    "Mayor Ana Lopez conceded defeat on the bridge toll late on Sunday.",
])
def test_a_reporting_verb_with_an_object_reports_nothing(text):
    assert reported(text) == []


def test_a_pronoun_in_reported_speech_goes_to_the_last_reported_speaker():
    text = ("The Northern Front withdrew from the valley on Thursday, the Harbour Watch Group said. The army took the "
            "bridges and the old town, it said.")
    assert reported(text) == [("Harbour Watch Group", "The Northern Front withdrew from the valley on Thursday"),
                              ("Harbour Watch Group", "The army took the bridges and the old town")]


def test_a_run_of_dashes_ends_a_sentence_before_a_quotation():
    text = ("Tomas Falk chairs the harbour board. - - - - - - In a statement, Mr Falk said the pier would reopen in "
            "May. - - - - - - \"We acted as soon as we knew,\" he said.")
    assert reported(text) == [("Tomas Falk", "the pier would reopen in May")]
    assert said(text) == [("Tomas Falk", "We acted as soon as we knew")]


def test_the_report_is_the_work_of_whoever_the_article_says_wrote_it():
    text = ("A new report Monday from the Harbour Safety Board found more accidents last year. Trawlers sank. "
            "Fishermen mourned. The mayor visited the port. Ships collided 40 times last year, the report said. "
            "\"Crews are tired and the lights are old,\" the report says.")
    assert [(q.speaker, q.direct) for q in extract_quotes(text)] == [
        ("Harbour Safety Board", False), ("Harbour Safety Board", True)]


def test_the_report_after_an_owner_or_a_statement_in_a_report():
    owned = ("The second page of the Harbour Office's analysis gives the figures. Trawlers sank. Fishermen mourned. "
             "\"Costs would almost surely be lower,\" states the report.")
    stated = ("Sea Watch said on Thursday in a report that the pier is unsafe. Trawlers sank. Fishermen mourned. "
              "The pier was closed twice in May, the report said.")
    assert [q.speaker for q in extract_quotes(owned)] == ["Harbour Office"]
    assert [q.speaker for q in extract_quotes(stated)] == ["Sea Watch", "Sea Watch"]


def test_a_report_the_article_gives_no_author_for_is_nobody_s():
    text = ("A Harbour Television report praised the port. Trawlers sank. Safety rose, according to a report by "
            "port inspectors sent out by the council. The report also noted that the lights were old.")
    assert [q.speaker for q in extract_quotes(text) if "lights" in q.text] == []


def test_the_gunman_is_not_the_victim_named_before():
    text = ("A gunman shot Ana Lopez at the exhibition. \"Remember the harbour!\" the gunman shouted before he was "
            "arrested.")
    assert said(text) == [("", "Remember the harbour!")]
    wounded = "The lone gunman wounded his colleague Tom Falk. The gunman reportedly yelled \"get out of my town\"."
    assert said(wounded) == [("", "get out of my town")]


def test_amid_reports_that_reports_nothing():
    text = ("Also waiting is harbour nominee Tom Falk, whose hearings have been postponed four times amid reports that "
            "he has not sold his boats.")
    assert reported(text) == []


def test_the_father_of_someone_named_is_not_that_person():
    text = ("Tomas Varga fired at the harbour guards. Speaking on Sunday, the father of Varga denied his son was "
            "violent. \"My son was not a violent man,\" the father said.")
    assert said(text) == [("", "My son was not a violent man")]
    mother = ("Anna Kiss, the mother of Peter Kiss, wept in court. Peter Kiss's mother said she was relieved. "
              "\"Justice came late,\" the mother said.")
    assert said(mother) == [("Anna Kiss", "Justice came late")]


def test_he_after_an_unnamed_relative_is_that_relative():
    text = ("The harbour will reopen, Tomas Varga said. The father, who was released by police on Sunday, described "
            "how his son had called him. He described his son as \"very angry\" at the guards.")
    assert said(text) == [("", "very angry")]
    named = ("The harbour will reopen, Tomas Varga said. The boy's father, Peter Kiss, wept. The father described how "
             "his son had called him. He described his son as \"very angry\" at the guards.")
    assert said(named) == [("Peter Kiss", "very angry")]
    described = ("Tomas Varga runs the harbour. The father of three has opposed the pier. He has described himself as "
                 "\"a harbour man\" all his life.")
    assert said(described) == [("Tomas Varga", "a harbour man")]


def test_a_participle_after_according_to_is_the_source_s():
    text = ("Tomas Varga fired at the guards, Peter Kiss said. According to Kiss, Varga's plans were unclear, adding "
            "that an inquiry will decide whether he acted as a \"lone wolf.\"")
    assert said(text) == [("Peter Kiss", "lone wolf.")]
    told = ("Tomas Varga fired at the guards. According to Peter Kiss, Varga said the pier was his, adding that he "
            "was \"a harbour man.\"")
    assert said(told) == [("Tomas Varga", "a harbour man.")]


def test_the_man_after_a_man_is_someone_the_article_does_not_name():
    text = ("At the town hall, a man told Tomas Varga that he hoped the lawmaker would stand firm. \"You are the "
            "checks and balances,\" the man said.")
    assert said(text) == [("", "You are the checks and balances")]
    first = ("Varga heard from a woman whose husband is ill and from a young boy. \"You want us to be calm,\" said the "
             "first woman.")
    assert said(first) == [("", "You want us to be calm")]
    named = "Tomas Varga spoke at the pier. \"The pier is ours,\" the man said."
    assert said(named) == [("Tomas Varga", "The pier is ours")]


def test_someone_s_description_of_a_thing_as_words_is_theirs():
    text = ("Asked by Anna Kiss, who quoted Mayor Tomas Varga's description of the protesters as \"so-called angry "
            "crowds,\" the harbour master smiled.")
    assert said(text) == [("Tomas Varga", "so-called angry crowds")]


def test_a_people_is_no_person():
    text = ("Tomas Varga, the young fisherman, hopes the pier stays open. Younger Estonians, he says, \"want to be in "
            "the future.\"")
    assert said(text) == [("Tomas Varga", "want to be in the future.")]


def test_a_quotation_going_on_after_an_adverb_is_not_signed_by_a_later_name():
    text = ("Harbour master Anna Kiss was silent. Tomas Varga called her \"a disaster\" and \"disgraceful\" mainly for "
            "the two reports Kiss wrote that closed the pier.")
    assert said(text) == [("Tomas Varga", "a disaster"), ("Tomas Varga", "disgraceful")]


def test_words_the_sentence_s_speaker_said_are_theirs_according_to_anyone():
    text = ("Tomas Varga met senators on Wednesday. Varga said he found the attacks on the harbour \"disheartening\" "
            "and \"demoralizing,\" according to Sen. Anna Kiss.")
    assert said(text) == [("Tomas Varga", "disheartening"), ("Tomas Varga", "demoralizing")]
    shouted = ("Tomas Varga was shot at the pier. He shouted \"I am ready to die\", according to prosecutor Peter "
               "Kiss.")
    assert said(shouted) == [("Tomas Varga", "I am ready to die")]


@pytest.mark.parametrize("text", [
    "\"The pier is safe,\" Tomas Varga said. Analysts, however, warn that in this \"war of piers\", boats are at risk.",
    "\"The pier is safe,\" Tomas Varga said. Some argue that the \"no strings attached\" approach works.",
    "\"The pier is safe,\" Tomas Varga said. The bill's supporters contend that old piers are \"inhumane\" and unsafe.",
])
def test_groups_that_warn_argue_or_contend_are_nobody_in_particular(text):
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", ""]


def test_a_question_then_a_sentence_reporting_its_own_words_is_not_signed_by_it():
    text = ("\"It is safe,\" Dr Anna Kiss said. \"Who is a legislator to tell me that she should not?\" The bill's "
            "supporters argue that the procedure is unsafe.")
    assert [speaker for speaker, _ in said(text)] == ["Anna Kiss", "Anna Kiss"]


def test_an_abbreviated_body_keeps_its_last_full_stop():
    text = ("Past U.S. administrations considered force. China opposes the radar. The U.S. says the radar is aimed "
            "only at the North. \"We are ready,\" the U.N. said.")
    assert [q.speaker for q in extract_quotes(text)] == ["U.S.", "U.N."]


def test_a_report_opening_its_sentence_speaks_its_quoted_words():
    text = ("Harbour Watch (HW) today released a report on the pier. The police divided the deaths into two kinds. "
            "However, the HW report \"found no such distinction\" between them.")
    assert said(text) == [("Harbour Watch", "found no such distinction")]


def test_the_report_after_someone_released_one_is_theirs():
    text = ("Harbour Watch (HW) today released a report on the pier. The report looked at 24 deaths. \"Assailants "
            "worked in groups,\" the report said.")
    assert said(text) == [("Harbour Watch", "Assailants worked in groups")]


@pytest.mark.parametrize("text, speaker", [
    ("The Harbour Office report - published on January 24 - said the pier has had \"catastrophic impacts\" on boats.",
     "Harbour Office"),
    ("Tomas Varga - the most senior harbour judge in the land - said: \"We cannot find the pier unsafe.\"",
     "Tomas Varga"),
    ("The report from a group of fishing firms - the Harbour Council - says the pier is \"beyond repair\".",
     "Harbour Council"),
])
def test_an_aside_between_dashes_does_not_hide_the_subject(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker, words", [
    ("That has raised tensions with Estland, which says the radar could peer into its territory.", "Estland",
     "the radar could peer into its territory"),
    ("Former harbour master Tomas Varga has declared that he will not run for mayor.", "Tomas Varga",
     "he will not run for mayor"),
    ("By Harbourside's count, the pier lost money. Rents rose, according to agent Harbourside, which said the "
     "numbers confirmed the trend.", "Harbourside", "the numbers confirmed the trend"),
])
def test_reported_speech_after_which_or_declared(text, speaker, words):
    assert [(q.speaker, q.text) for q in extract_quotes(text) if not q.direct][-1:] == [(speaker, words)]


def test_maintaining_contacts_is_no_speech():
    text = ("Anna Kiss met Tomas Varga. According to Kiss, the harbour maintained some contacts with the old council "
            "but they were \"sporadic\" and lacked trust.")
    assert said(text) == [("Anna Kiss", "sporadic")]
    stance = ("Anna Kiss met Tomas Varga. The harbour office maintains its stance that the ruling was wrong, but cites "
              "the \"unusual circumstances\" of the case.")
    assert [q.cue for q in extract_quotes(stance)] == ["maintains"]  # a stance maintained is still speech


def test_a_verb_taking_its_own_clause_after_a_quotation_does_not_sign_it():
    text = ("Tomas Varga attacked the judge. Online, the mayor called her a \"so-called judge,\" said her decision was "
            "\"ridiculous,\" and added that \"the pier will stand.\"")
    assert [speaker for speaker, _ in said(text)] == ["Tomas Varga"] * 3


def test_an_acronym_spelled_out_in_a_possessive_is_the_body():
    text = ("The panel denied the Department of Harbours's bid for a stay. The DOH said in a statement it is "
            "reviewing the decision.")
    assert [(q.speaker, q.direct) for q in extract_quotes(text)] == [("Department of Harbours", False)]


@pytest.mark.parametrize("text, speaker, words", [
    ("Tomas Varga thanked Anna Kiss, noting that the harbour authorities are making every effort to help.",
     "Tomas Varga", "the harbour authorities are making every effort to help"),
    ("Mayor Tomas Varga spoke. The meeting on the pier will be held in Talvik in mid-February, -Varga said.",
     "Tomas Varga", "The meeting on the pier will be held in Talvik in mid-February"),
    ("The Harbour Society estimated, based on 2013 data, that $3.6 trillion is needed by 2020.", "Harbour Society",
     "$3.6 trillion is needed by 2020"),
    ("Tomas Varga said, however, that he does not expect a statement from the mayor.", "Tomas Varga",
     "he does not expect a statement from the mayor"),
])
def test_reported_speech_after_noting_a_glued_dash_or_an_aside_before_that(text, speaker, words):
    assert [(q.speaker, q.text) for q in extract_quotes(text) if not q.direct] == [(speaker, words)]


def test_the_diplomat_or_he_after_an_unnamed_diplomat_is_nobody_named():
    text = ("Tomas Varga leads the talks. If the harbour refuses, according to a diplomat involved in the talks, the "
            "council would walk away. \"They have an out,\" he said. Varga wants the harbour to \"go along with the "
            "process\" soon, the diplomat said.")
    assert said(text) == [("", "They have an out"), ("", "go along with the process")]
    named = ("Anna Kiss met her Estonian counterpart, Tomas Varga. She believes he is a strong diplomat. \"We will "
             "meet again,\" the diplomat said.")
    assert said(named) == [("Tomas Varga", "We will meet again")]


def test_not_as_confident_as_he_predicted_reports_nothing():
    text = ("\"We are fine,\" Tomas Varga says. The skipper is now not as confident the harbour will find it easy to "
            "grow, as he earlier predicted. The council's own target is high. \"I think the target is a risk.\"")
    assert [(q.speaker, q.direct) for q in extract_quotes(text)] == [("Tomas Varga", True), ("Tomas Varga", True)]


def test_a_sentence_about_no_one_leaves_a_he_chain_whole():
    text = ("\"It has not all been strung together,\" says Tomas Varga. He believes the harbour has benefited, with "
            "a number of skippers - such as Pier Company's Peter Kiss - playing a role. The top 10 skippers control "
            "just 1 percent of the catch. \"The share of skippers is at a manageable level,\" he says.")
    assert [speaker for speaker, _ in said(text)] == ["Tomas Varga", "Tomas Varga"]
    academy = ("In 1981, Tomas Varga won a grant. He published his epic in 1990. The poem draws from The Iliad. In "
               "1992, he received the prize; the Harbour Academy cited his \"melodious\" style, stating, \"In him the "
               "sea sings.\"")
    assert said(academy)[-1] == ("Harbour Academy", "In him the sea sings.")


def test_he_after_a_heading_glued_to_its_sentence_is_not_the_heading_s_person():
    text = ("Mayor Tomas Varga declared his \"total\" confidence in Anna Kiss. OPINION: How Anna Kiss should remind "
            "us of the past He defended Kiss again in a statement calling her an \"honest woman\".")
    assert said(text)[-1] == ("Tomas Varga", "honest woman")


def test_rejecting_someone_s_claim_as_words_is_the_subject_s_view():
    text = ("Mayor Tomas Varga spoke. Anna Kiss, a council member, rejected Varga's claim that his boats were safe as "
            "\"simply not credible\". \"The pier is unsafe,\" she said.")
    assert [speaker for speaker, _ in said(text)] == ["Anna Kiss", "Anna Kiss"]


def test_what_someone_referred_to_as_words_are_theirs():
    text = ("The council used force in 2013, which Mayor Tomas Varga had previously referred to as a \"red line\" for "
            "the harbour. In May, Estland launched a campaign against what it referred to as \"pier pirates\" in "
            "the bay.")
    assert said(text) == [("Tomas Varga", "red line"), ("Estland", "pier pirates")]


def test_a_long_role_before_a_name_signs_a_quotation():
    text = ("Anna Kiss spoke first. \"Ten years ago we said our fleet was aging,\" chief designer of the Talvik "
            "ice-class vessels center Tomas Varga said.")
    assert said(text) == [("Tomas Varga", "Ten years ago we said our fleet was aging")]
    body = ("\"The park has never grown so much,\" Tomas Varga, vice president of advocacy at Harbour Conservation, "
            "told reporters.")
    assert said(body) == [("Tomas Varga", "The park has never grown so much")]


def test_a_hyphenated_modifier_before_a_name_is_not_part_of_it():
    text = ("Tomas Varga stayed home. London-born Anna Kiss, who moved to Estland, said: \"There is no work here.\" "
            "Twenty-nine-year-old Lena Obst said the harbour \"has no future\". Once-staunch Varga supporter Karl "
            "Nagy said: \"I regret it.\"")
    assert [speaker for speaker, _ in said(text)] == ["Anna Kiss", "Lena Obst", "Karl Nagy"]


def test_a_nation_s_forces_are_not_a_group_named_after_the_nation():
    text = ("An armed group claimed the attack. After the bombing, Pakistani security forces said they had "
            "\"eliminated\" 100 fighters. The army targets the Pakistani Taliban and their allies in the north.")
    assert said(text) == [("Pakistani security forces", "eliminated")]


@pytest.mark.parametrize("text, speaker", [
    ("Zhang Wei studies cities. To Zhang, this helps residents \"know their neighbours\".", "Zhang Wei"),
    ("Tomas Varga sells whale meat. A petition is directed at him: \"Tell Tomas Varga to stop hunting.\" \"A whole "
     "generation grew up without it,\" says Tomas Varga.", "Tomas Varga"),
    ("Honson To runs a fund. \"It is talked about so much,\" said Honson To.", "Honson To"),
])
def test_a_word_that_opens_a_sentence_is_not_part_of_the_name_after_it(text, speaker):
    assert said(text)[-1][0] == speaker


def test_a_month_can_be_a_first_name():
    text = ("Mayor Tomas Varga asked April Kiss, a radio correspondent, to set up a meeting. In April Varga signed "
            "the order. Kiss, speaking later, called it odd. \"I could have asked about the budget,\" Kiss said.")
    assert said(text) == [("April Kiss", "I could have asked about the budget")]


def test_a_title_in_marks_is_not_speech_and_does_not_hide_a_signature():
    text = ("In April 2009, Harbour Watch published a-report-denouncing police abuse. \"Abuse continues while "
            "procedures are failing,\" the report, titled \"Estland: Police above the law?\", said. In a 2014 op-ed "
            "titled \"Why Divestment Will Not Work,\" Tomas Varga argued that the campaign would fail.")
    assert [(q.speaker, q.direct) for q in extract_quotes(text)] == [("Harbour Watch", True), ("Tomas Varga", False)]


def test_what_a_law_states_is_nobody_s_words():
    text = ("Mayor Tomas Varga called the assault \"an accident\". Article 22 of the law states that: \"Any act of "
            "penetration, committed through violence, is a rape.\"")
    assert said(text)[-1] == ("", "Any act of penetration, committed through violence, is a rape.")


def test_a_post_on_social_media_is_its_author_s():
    text = ("Anna Kiss insisted that the harbour should close. While Mayor Tomas Varga has not commented on the plan, "
            "he used Twitter to exclaim, \"The harbour is behaving very badly.\"")
    assert said(text)[-1] == ("Tomas Varga", "The harbour is behaving very badly.")


def test_a_claim_that_holds_a_scare_quote_is_still_its_owner_s():
    text = ("Reactions to Mayor Tomas Varga's comments that the policy of \"strategic patience\" towards the port is "
            "over and a strike is an \"option on the table\" have been muted.")
    assert said(text) == [("Tomas Varga", "option on the table")]


def test_a_court_named_with_its_number_keeps_it():
    text = ("In refusing to reinstate the order, the San Francisco-based 9th U.S. Circuit Court of Appeals found "
            "problems with the plan. But the court said Estland might have a valid claim.")
    assert [q.speaker for q in extract_quotes(text)] == ["9th U.S. Circuit Court of Appeals"]


@pytest.mark.parametrize("opening", ["Five days later, ", "The next day, ", "Two weeks later in Estland, "])
def test_a_counted_time_before_the_subject_does_not_hide_it(opening):
    text = (f"Anna Kiss asked a question. {opening}Mayor Tomas Varga finally answered in the harbour. \"The threats "
            "are horrible,\" he said.")
    assert said(text)[-1] == ("Tomas Varga", "The threats are horrible")


def test_the_paper_is_the_newspaper_the_article_named():
    text = ("Mayor Tomas Varga spoke. An editorial in the tabloid the Harbour Courier backed the mayor. Given this, "
            "the paper said, a new vote was inevitable.")
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [("Harbour Courier", "a new vote was inevitable")]


def test_a_signature_with_any_past_tense_verb():
    text = ("Reporter Anna Kiss asked about the threats. \"You see, she said she was going to ask a simple question. "
            "And it's not,\" the mayor huffed. Mayor Tomas Varga then left.")
    assert said(text)[-1] == ("Tomas Varga", "You see, she said she was going to ask a simple question. And it's not")


def test_the_second_verb_of_a_relative_clause_is_its_antecedent_s():
    text = ("That changed when Tomas Varga, who is visibly nervous but describes himself as a \"calm harbour man\", "
            "stood up.")
    assert said(text) == [("Tomas Varga", "calm harbour man")]


def test_a_president_named_after_a_preposition_keeps_all_three_names():
    text = ("Voters decide how much power to invest in President Tomas Varga Kiss. President Kiss responded by calling "
            "the council \"harbour pirates\".")
    assert said(text) == [("Tomas Varga Kiss", "harbour pirates")]


def test_a_headline_question_does_not_lengthen_a_name():
    text = "Mayor Tomas Varga spoke. Varga said the council was \"playing with fire\"."
    assert said(text, title="Is Varga leading Estland into a war?") == [("Tomas Varga", "playing with fire")]


def test_a_possessive_before_a_noun_is_no_speaker():
    text = ("Anna Kiss said the papers follow the mayor. Eva Obst, a council member, countered Kiss's claims. "
            "\"Our papers behave like football fans,\" she said.")
    assert [(q.speaker, q.direct) for q in extract_quotes(text)] == [("Anna Kiss", False), ("Eva Obst", True)]


def test_an_acronym_is_the_body_with_and_in_its_name():
    text = ("The figures come from the National Health and Family Planning Commission. The NHFPC estimates that more "
            "than 3 million women at higher risk will become pregnant every year.")
    assert [q.speaker for q in extract_quotes(text)] == ["National Health and Family Planning Commission"]


def test_according_to_x_before_a_colon_keeps_no_colon_in_the_name():
    text = ("Gu Hong is a pediatrician. Many women are opting to have another child, according to Gu: \"Many of these "
            "patients are seeking treatment.\"")
    assert said(text) == [("Gu Hong", "Many of these patients are seeking treatment.")]


def test_a_discourse_aside_is_not_the_speaker_of_reported_speech():
    text = ("Tomas Varga, an analyst, spoke. Anna Kiss said: \"The port is the main actor.\" A new deal with the "
            "islands, on the other hand, may be a problem for the harbour, said Varga. \"The old border held,\" he "
            "said.")
    assert [(q.speaker, q.direct) for q in extract_quotes(text)] == [
        ("Anna Kiss", True), ("Tomas Varga", False), ("Tomas Varga", True)]


def test_a_question_followed_by_a_clause_of_its_own_keeps_its_speaker():
    text = ("\"I think he enjoys the harbour,\" Tomas Varga said. \"Should he not be allowed to go there?\" "
            "The mayor's behaviour has no precedent, historians say.")
    assert said(text) == [("Tomas Varga", "I think he enjoys the harbour"),
                          ("Tomas Varga", "Should he not be allowed to go there?")]


def test_the_body_described_by_an_adjective_is_the_body_that_spoke_last():
    text = ("Imams of the Estland-Islamic Union for Harbour Affairs (EIUHA) were questioned. EIUHA said on Monday it "
            "regrets the affair. The Islamic association says it did not order imams to spy.")
    assert [q.speaker for q in extract_quotes(text)] == ["Estland-Islamic Union for Harbour Affairs"] * 2


@pytest.mark.parametrize("body", ["NRW interior ministry", "Estland foreign ministry"])
def test_a_spokesman_of_a_body_named_with_several_words_speaks_for_it(body):
    text = (f"The prosecutors said no arrests were made. A {body} spokesman confirmed that the papers were genuine. "
            "\"Further reports cannot be ruled out,\" he said.")
    assert [q.speaker for q in extract_quotes(text)] == [body, body]


def test_reminds_is_a_reporting_verb():
    text = ("The violence is xenophobic because it is - as the scholar Anna Kiss reminds us - \"an explicit targeting "
            "of outsiders\". Back home, Tomas reminds Eva of their first meeting, telling her, \"You were my big "
            "break.\"")
    assert said(text) == [("Anna Kiss", "an explicit targeting of outsiders"), ("Tomas", "You were my big break.")]


def test_a_mangled_mark_between_a_body_and_a_name_parts_them():
    text = ("Tomas Varga is an investigator at the Harbour Works. The Harbour Works\"?Varga said the mayor's behaviour "
            "has disproven predictions. \"The expectation was different,\" Varga said.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Tomas Varga"]


def test_a_mangled_mark_after_a_short_title_closes_it():
    text = "Fans of \"Harbour Lights\"?Season 2 will wait. \"The show is back,\" Tomas Varga said."
    assert said(text) == [("Tomas Varga", "The show is back")]


def test_then_before_a_role_is_no_part_of_the_name():
    text = "Then-candidate Tomas Varga hires a manager. Later, Varga says he will \"look into that.\""
    assert said(text) == [("Tomas Varga", "look into that.")]


def test_a_joint_statement_of_two_bodies_is_the_first_named_s():
    text = ("Mayor Tomas Varga hires a manager. \"Only the port could have done this,\" the EHA and PHB joint "
            "statement reads.")
    assert said(text) == [("EHA", "Only the port could have done this")]


def test_a_body_written_in_lower_case_is_the_body_the_article_names():
    text = ("The Estland Harbour Authority issued a permit. \"The port considered a range of factors,\" the Estland "
            "harbour authority's press release said.")
    assert said(text) == [("Estland Harbour Authority", "The port considered a range of factors")]


def test_a_participle_opening_does_not_hide_the_pronoun_after_it():
    text = ("\"The port cannot be stopped,\" said Anna Kiss. Tomas Varga showed how the mayor has changed the council. "
            "Spelling out a creed of trade, thrift and order, he lauded the deal as \"one of the pivotal moments\".")
    assert said(text) == [("Anna Kiss", "The port cannot be stopped"), ("Tomas Varga", "one of the pivotal moments")]


def test_what_a_group_says_is_nobody_s_in_particular():
    text = ("\"I am not afraid of the mayor,\" says Tomas Varga. The group's 200 members come from war-torn countries, "
            "and are stuck in what human rights groups say is an \"asylum gap,\" barred from work.")
    assert said(text) == [("Tomas Varga", "I am not afraid of the mayor"), ("", "asylum gap")]


@pytest.mark.parametrize("variant", ["Vargian", "Vargyan", "VArgyan"])
def test_a_surname_spelt_another_way_is_the_person_named_in_full(variant):
    text = (f"Tomas Vargyan, the ambassador, spoke to TASS. \"Cooperation proceeds in many fields,\" {variant} said.")
    assert said(text) == [("Tomas Vargyan", "Cooperation proceeds in many fields")]


def test_the_next_speaker_agreeing_does_not_sign_the_quotation_before():
    text = ("\"A cut would hurt,\" said Anna Kiss, the former envoy. \"It would be the manifestation of a port "
            "shutting down.\" Tomas Varga, the general who commanded U.S.-led forces in Estland, agreed. \"It sends "
            "the wrong message,\" said Varga.")
    assert said(text) == [("Anna Kiss", "A cut would hurt"),
                          ("Anna Kiss", "It would be the manifestation of a port shutting down."),
                          ("Tomas Varga", "It sends the wrong message")]


def test_the_one_named_of_some_is_the_subject_a_description_goes_back_to():
    text = ("\"We do not know,\" Anna Kiss said. But some, like Tomas Varga, warned there's a danger even in "
            "bluffing. \"It is terribly demoralizing,\" the retired military commander said.")
    assert said(text) == [("Anna Kiss", "We do not know"), ("Tomas Varga", "It is terribly demoralizing")]


def test_a_role_of_a_country_s_body_is_the_person_given_that_role():
    text = ("Deputy Chairman of Estland's ruling Harbour Party Tomas Varga spoke. \"The matter is settled,\" the "
            "deputy chairman of Estland's ruling party concluded.")
    assert said(text) == [("Tomas Varga", "The matter is settled")]


def test_a_role_in_a_place_before_a_name_signs_reported_speech():
    text = ("The air force will use the harbour base if both capitals deem it necessary, Estland's ambassador in the "
            "Harbour Republic Tomas Varga said in an interview.")
    assert [(q.speaker, q.direct) for q in extract_quotes(text)] == [("Tomas Varga", False)]


def test_a_paper_by_two_authors_for_a_think_tank_is_the_first_author_s():
    text = ("Mayor Tomas Varga spoke. \"Refugee flows are all on the table,\" according to a paper by Anna Kiss and "
            "Eva Obst for the Harbour Europe think tank.")
    assert said(text) == [("Anna Kiss", "Refugee flows are all on the table")]


def test_according_to_one_of_the_theories_is_nobody_s():
    text = ("\"The format is stalled,\" the retired general Tomas Varga said. According to one of theories, the reason "
            "for the pilot's behaviour could have been \"disorientation in space.\"")
    assert said(text) == [("Tomas Varga", "The format is stalled"), ("", "disorientation in space.")]


def test_a_name_and_its_coauthors_after_an_opening_phrase_are_the_name_s():
    text = ("Take the example of Tomas Varga and his colleagues. \"We have been reluctant,\" wrote Anna Kiss. In a "
            "stinging rebuke to Obst, Varga and three coauthors - Eva Bell, Ian Roy and Li Wen - blasted the editorial "
            "as a \"self-indictment of cowardice.\"")
    assert said(text) == [("Anna Kiss", "We have been reluctant"), ("Tomas Varga", "self-indictment of cowardice.")]


def test_he_then_a_verb_with_an_object_and_a_cue_is_the_pronoun_s():
    text = ("\"It was devastating,\" Anna Kiss wrote. Mayor Tomas Varga has called the harbour a hoax. He has flirted "
            "with odd views and declared that polls are \"fake news.\"")
    assert said(text) == [("Anna Kiss", "It was devastating"), ("Tomas Varga", "fake news.")]


def test_a_gallery_byline_glued_to_the_next_sentence_is_no_speaker():
    text = ("Tomas Varga spoke on Monday. Author: Anna Kiss 'Scared of migrants' Mayor Eva Obst responded to the "
            "ban by claiming that a \"spirit of fear\" was sweeping the port.")
    assert said(text) == [("Eva Obst", "spirit of fear")]


def test_he_after_a_subordinate_clause_without_a_comma_is_the_person_it_names():
    text = ("Tomas Varga and Anna Kiss looked tired. It is bound to be frosty. When I interviewed Tomas Varga last "
            "week he told me: \"I do not make deals my members dislike.\"")
    assert said(text) == [("Tomas Varga", "I do not make deals my members dislike.")]


def test_said_x_of_his_work_is_x_s():
    text = "Tomas Varga is a street artist. \"It is three letters only: W-A-R,\" said Varga of his work."
    assert said(text) == [("Tomas Varga", "It is three letters only: W-A-R")]


def test_a_heading_glued_to_the_next_sentence_is_not_part_of_it():
    text = ("\"The spat is over,\" said Tomas Varga, a senior fellow. VX nerve agent A joint statement by the Estland "
            "government released simultaneously said both countries managed to \"resolve issues arising from the "
            "death\".")
    assert said(text) == [("Tomas Varga", "The spat is over"),
                          ("Estland government", "resolve issues arising from the death")]


def test_a_spokesman_for_a_body_speaks_for_it_in_a_participle_clause():
    text = ("\"Those are the integrated ones,\" said Tomas Varga. A spokesman for the Interior Ministry of Estland "
            "professed himself skeptical, arguing that it would be unusual for students to be deported so young. "
            "\"We would have to know more,\" he told DW.")
    assert [(q.speaker, q.direct) for q in extract_quotes(text)] == [
        ("Tomas Varga", True), ("Interior Ministry of Estland", False), ("Interior Ministry of Estland", True)]


def test_the_president_is_the_one_of_two_presidents_who_spoke_last():
    text = ("President Tomas Varga discussed a ban on the ivory trade. \"The ban is in place,\" says Anna Kiss, "
            "president of the Estland Wildlife Foundation (EWF). \"Conservation and growth go together,\" says the "
            "president.")
    assert said(text) == [("Anna Kiss", "The ban is in place"), ("Anna Kiss", "Conservation and growth go together")]


def test_in_his_view_opens_with_the_person_the_pronoun_means():
    text = ("Tomas Varga, a journalist, said the statement was warranted. In his view, the islanders should never "
            "give up their claim because \"the island is not moving anywhere.\"")
    assert said(text) == [("Tomas Varga", "the island is not moving anywhere.")]


def test_the_academic_is_the_scholar_the_article_quotes():
    text = ("\"The union is weak,\" says Tomas Varga, a professor at Estland University. The academic says that "
            "even if the mayor is elected, the port still faces major uphill challenges.")
    assert [(q.speaker, q.direct) for q in extract_quotes(text)] == [("Tomas Varga", True), ("Tomas Varga", False)]


def test_text_messages_saying_something_are_nobody_s():
    text = ("Estonian soldiers, for example, were bombarded with text messages saying: \"You are just meat to your "
            "commanders.\" Later, the mayor spoke with Estonian President Tomas Varga.")
    assert said(text) == [("", "You are just meat to your commanders.")]


def test_only_between_the_subject_and_the_cue_is_an_adverb():
    text = ("Mayor Tomas Varga spoke. Varga only mentioned that the port is willing to help \"restore peace along the "
            "border\".")
    assert said(text) == [("Tomas Varga", "restore peace along the border")]


def test_a_ministry_s_press_service_speaks_for_the_ministry():
    text = ("Over 150 de-miners have arrived in the port to clear it of mines, the Estland Defense Ministry's press "
            "service said on Thursday.")
    assert [(q.speaker, q.direct) for q in extract_quotes(text)] == [("Estland Defense Ministry", False)]


@pytest.mark.parametrize("signature", ["she went on", "she went on to say", "Anna Kiss said"])
def test_a_signature_with_a_dash_glued_after_its_full_stop_ends_reported_speech(signature):
    text = (f"Anna Kiss spoke on Thursday. The refusal of the islanders to attend the talks means refusal to tackle "
            f"the port's problems, {signature}.- \"We regret it,\" the diplomat noted.")
    assert [(q.speaker, q.direct) for q in extract_quotes(text)] == [("Anna Kiss", False), ("Anna Kiss", True)]


def test_went_on_to_do_something_is_no_speech():
    text = "Anna Kiss spoke. His birth name was Adrian Russell Ajao, although he went on to use multiple aliases."
    assert [q for q in extract_quotes(text) if not q.direct] == []


def test_the_ministry_is_the_ministry_named_last_in_a_possessive():
    text = ("Over 150 de-miners have arrived in the port to clear it of mines, the Estland Defense Ministry's press "
            "service said. Besides, 17 units of special equipment have been deployed to the port, the ministry added.")
    assert [q.speaker for q in extract_quotes(text)] == ["Estland Defense Ministry", "Estland Defense Ministry"]


def test_a_person_of_a_long_named_institute_is_the_person():
    text = ("\"Putin cares more about dividing the West,\" Anna Kiss of the Estland Institute for Near East Policy "
            "told CNN. \"He is avoiding a second war,\" Kiss said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Kiss", "Anna Kiss"]


def test_a_work_s_title_in_marks_is_no_quotation():
    text = ("\"We have films about the port,\" said Tomas Varga. There is the dark comedy \"Wild Mouse,\" the Chinese "
            "animated feature \"Have a Nice Day,\" by Liu Jian, Anna Kiss's \"Return to Montauk,\" and \"Warning from "
            "Space\" (1956). This year's focus, \"Courage: Against All Odds,\" will lead the talks.")
    assert said(text) == [("Tomas Varga", "We have films about the port")]


def test_an_author_s_e_mail_address_after_the_last_signature_is_page_furniture():
    text = ("Tomas Varga is an academic. Anna Kiss has already said the mayor will outline his role. \"Harbour "
            "politics is stable,\" says Varga. tomasvarga@harbour.example.com (Harbour Weekly 01/13/2017 page7)")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Kiss", "Tomas Varga"]


def test_an_expert_who_agrees_that_reports_speech():
    text = ("\"The losses will be insignificant,\" Anna Kiss said. Expert of the Estland Rating Agency Tomas Varga "
            "agrees that the new rules will not significantly influence parent banks. \"I think this is an attempt to "
            "force the banks to sell,\" the expert told TASS.")
    assert [(q.speaker, q.direct) for q in extract_quotes(text)] == [
        ("Anna Kiss", True), ("Tomas Varga", False), ("Tomas Varga", True)]


def test_a_degree_after_a_name_is_no_speaker():
    text = "\"We want to start a dialogue,\" the clinic's chief medical officer Tomas Varga, M.D., told the paper."
    assert said(text) == [("Tomas Varga", "We want to start a dialogue")]


def test_the_giant_is_the_company_the_text_is_about():
    text = ("Customers of HarbourTel are set to get 5 euros a month off their bills under plans set out by the "
            "regulator, Ofport. HarbourTel has nearly 80% of the market. The telecoms giant said it took its "
            "responsibilities \"very seriously\".")
    assert said(text) == [("HarbourTel", "very seriously")]


def test_he_who_goes_back_to_an_unnamed_man_is_nobody_the_article_names():
    text = ("\"That is what we need to do,\" Anna Kiss says. Miles away, a Jewish man shows off a spare bedroom in his "
            "home. The man, who asked not to be identified, pictures a family who may find refuge there. The man says "
            "he has never been in trouble before. But he's well educated and understands the Fourth Amendment, which "
            "protects homes. He's pictured the moment. \"I definitely will not let them in,\" he says.")
    assert said(text) == [("Anna Kiss", "That is what we need to do"), ("", "I definitely will not let them in")]


def test_a_participle_clause_before_the_subject_hides_no_speaker():
    text = ("Anna Kiss wears the mayor's merchandise. Taking a page from the old playbook, Tomas Varga has expanded "
            "the epithet: \"A port is more than an economy,\" he is reported to have said.")
    assert said(text) == [("Tomas Varga", "A port is more than an economy")]


def test_a_body_named_in_the_subject_s_relative_clause_is_not_the_speaker():
    text = ("\"I have seen programs go to zero,\" Tomas Varga said. But Anna Kiss, a former campaign surrogate who now "
            "works for The Young Estlanders, a progressive video network, warned against the list. \"The party has to "
            "reinvent itself,\" she said.")
    assert said(text) == [("Tomas Varga", "I have seen programs go to zero"),
                          ("Anna Kiss", "The party has to reinvent itself")]


@pytest.mark.parametrize("view", ["believes", "thinks", "fears"])
def test_a_quotation_after_a_sentence_on_what_someone_believes_is_theirs(view):
    text = ("\"We saw it,\" Tomas Varga told the paper. Anna Kiss, who owns a hotel, said she was away. \"You could "
            f"hear it crush the reef,\" she said. Varga {view} there is a strong case to ban such ships from the "
            "area. \"Quite apart from the risk of accidents, anchoring does damage.\"")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Tomas Varga", "Anna Kiss", "Tomas Varga"]


def test_a_quotation_after_what_someone_described_at_length_believes_is_theirs():
    text = ("\"It is the major uncertainty,\" Tomas Varga said. Anna Kiss, president and founder of the Centre for "
            "Trade in Harbour, the largest independent think tank, believes the rhetoric ignores how supply chains "
            "work. \"We sink or swim together.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "Anna Kiss"]


@pytest.mark.parametrize("view", ["agrees.", "disagreed.", "agrees with him."])
def test_a_quotation_after_a_sentence_on_someone_agreeing_is_theirs(view):
    text = (f"\"It makes me apprehensive,\" Tomas Varga says. Anna Kiss {view} \"We should be afraid of his voters.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "Anna Kiss"]


def test_a_monologue_after_sentences_introducing_someone_is_theirs():
    text = ("Al Jazeera spoke to voters in Harbour. Anna Kiss, 21, is a law student and a volunteer for the Liberal "
            "Party. She lives with her parents in Transvaal. \"Last year, a friend asked me to volunteer. I said no.\" "
            "Tomas Varga is a 68-year-old professor of political science. \"For most people, the differences are "
            "small.\" Eva Bell is 20 years old and is looking for a job. \"I could not afford to study.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Kiss", "Tomas Varga", "Eva Bell"]
    text = ("Anna Kiss spoke first. \"It is fine,\" she said. Philip van Praag is a 68-year-old associate professor. "
            "He studies parties. \"For most people, the differences are small.\" Cindy de Graaf is 20 years old and "
            "is looking for a job. \"I could not afford to study.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Kiss", "Philip van Praag", "Cindy de Graaf"]


def test_mrs_before_a_sentence_opening_with_he_still_means_a_woman():
    text = ("\"It was a unique problem,\" Tomas Varga says. The book charts his career from an advocate to a member of "
            "parliament under Anna Kiss and Eva Bell. Although gifted with an ability to speak without notes, he is "
            "bemused by his reputation as an intellectual. His first cabinet post came under Mrs Kiss when he was made "
            "secretary of state for the port in 1986. He believes public opinion remains firmly against independence. "
            "\"Mrs Bell was a very clever lady.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "Tomas Varga"]


def test_she_is_the_subject_of_a_sentence_glued_to_a_closing_mark():
    text = ("Anna Kiss spoke. Eva Bell said in the meantime, \"we need fuel.\"Kiss agreed. \"I think it is a very "
            "positive development,\" she said.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Eva Bell", "Anna Kiss"]


def test_she_is_never_a_nationality_named_like_a_person():
    text = ("Tomas Varga, 36, says he has ceased to refer to himself as a Dutch Moroccan. \"It is fine,\" he says. "
            "\"It is bad,\" says Anna Kiss. Kiss has never felt a party has represented her before, but now, she is a "
            "member of the party DENK - Dutch for \"Think\". The call resonates with her. \"DENK has been really "
            "illuminating at this dark time,\" she says.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Tomas Varga", "Anna Kiss", "Anna Kiss"]


def test_he_is_never_a_country_opening_the_sentence():
    text = ("But Tomas Varga says it is another alliance that may prove a vulnerability. South Korea does not \"play "
            "nice with Japan on a variety of issues,\" he says.")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "Tomas Varga"]


def test_a_pronoun_after_a_glued_heading_is_no_part_of_a_name():
    text = ("The North will \"foil the racket of the aggressors\", a spokesman for the General Staff of the Estland "
            "People's Army was quoted as saying. OPINION: Kim attack reveals true nature of North Estland He said the "
            "reaction will be the toughest ever. \"Should the puppet forces fire even a single shell, we will "
            "answer,\" he said.")
    assert "Estland He" not in [q.speaker for q in extract_quotes(text)]


def test_he_is_the_person_a_role_at_a_body_introduces():
    text = ("Anna Kiss said requests have doubled. If this trend continues, sales may rise, she said. Chief analyst at "
            "Harbourbank Tomas Varga expects that in 2017 the number of tourists may grow by 20%. \"The current rush "
            "may be linked to the strong ruble,\" he said.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Tomas Varga"]


def test_a_nickname_the_article_gives_is_the_person_named_in_full():
    text = ("Tomas Varga, a 20-year veteran of the crime beat known affectionately as Pepis, calls at dawn. \"There "
            "was a gun battle,\" Varga says. Pepis tells us that six people died. \"This must have been the "
            "marine,\" Pepis says.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Tomas Varga", "Tomas Varga"]


def test_he_is_never_a_place_named_like_a_person():
    text = ("\"We were ready,\" Tomas Varga says. The book charts his career from an advocate to a member of "
            "parliament. He lost his seat in 1997. He held his first meeting with the foreign minister in 1995 and "
            "when he visited Hong Kong the following January he was given a nickname in the local press. Much of "
            "the hard work had already been done by then. \"Because we were approaching the moment of truth, we "
            "worked hard,\" he says.")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "Tomas Varga"]


def test_a_subheading_in_lower_case_glued_before_the_subject_hides_no_speaker():
    text = ("\"I do not see it as a problem,\" says student Anna Kiss, 20. \"Yes, we have a lot of people coming.\" "
            "New arrivals Varga was certainly right about one thing on the subject of the port: \"They took in large "
            "numbers,\" he told the rally in Florida. Tomas Varga is the mayor.")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Kiss", "Anna Kiss", "Tomas Varga"]


def test_he_after_the_man_who_asked_not_to_be_named_is_nobody_the_article_names():
    text = ("Tomas Varga runs the port. But one local resident told the paper he thought Varga's comments were \"spot "
            "on.\" The man, who asked not to be named, is the son of two immigrants who came to Estland before he was "
            "born. But, he argues, immigration has now gone too far. \"It is out of control,\" he says.")
    assert [q.speaker for q in extract_quotes(text)] == ["", ""]


def test_he_is_never_the_last_speaker_shown_to_be_a_woman():
    text = ("Anna Kiss, 25, is a salesperson. She moved back to Estland. \"It's scary here,\" she says. But many "
            "residents remain suspicious. The harbour resident we spoke to says the government is not doing enough. "
            "\"That is the problem,\" he said.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Anna Kiss", ""]


def test_a_photo_credit_glued_before_a_surname_is_not_part_of_the_name():
    text = ("Tomas Varga believes the mayor was pivotal. Eva Bell / For Harbour Daily  Varga, speaking in a cafe near "
            "his home, says the mayor always had a sense of the big picture. \"The mayor understood it,\" he said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "Tomas Varga"]


def test_he_who_says_he_did_something_is_not_the_man_the_sentence_before_is_about():
    text = ("\"I respected him, but did not warm to him,\" says Tomas Varga, who wrote the mayor's biography. Karl "
            "Obst remains a relevant figure in Estland's politics. \"He was Mr Harbour, so the port was always "
            "right,\" he says.")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "Tomas Varga"]


def test_one_unnamed_operative_or_fan_speaks_for_nobody_the_article_names():
    text = ("Tomas Varga runs the port. \"We are ready,\" Varga said. One Democratic operative, who requested "
            "anonymity, said this is \"uncharted territory\" in many ways. \"If they wanted the party to have their "
            "information, they would have given it,\" one such fan wrote.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Tomas Varga", "", ""]


def test_a_person_after_two_phrases_of_place_opens_the_sentence():
    text = ("\"We want justice,\" explains Anna Kiss. Twenty kilometres south of the prison, in a two-bedroom house in "
            "the town of Westport, Tomas Varga still cannot believe that he is a free man. The former tax collector "
            "was arrested in 2011 after he upset a group of businessmen. He spent three years behind bars. He thought "
            "he would die there, he says. \"Two to three people were dying a day.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Kiss", "Tomas Varga", "Tomas Varga"]


def test_a_named_speaker_in_the_second_clause_of_a_long_sentence_reports_speech():
    text = ("The House and Senate Harbour committees are conducting separate investigations on any possible collusion "
            "between the port authority and the mayor's campaign, and Harbour Director Tomas Varga said his agency is "
            "leading its own inquiry into the matter.")
    assert reported(text) == [("Tomas Varga", "his agency is leading its own inquiry into the matter")]


@pytest.mark.parametrize("text", [
    "Anna Kiss ordered lawyers not to enforce the order. Within hours, she was dismissed and accused by President "
    "Tomas Varga of \"betraying\" her department.",
    "Anna Kiss, the former chairman of the website, has been described as a \"rumpled right-wing agitator\" by Tomas "
    "Varga.",
])
def test_a_passive_with_by_names_whose_words_the_quotation_is(text):
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga"]


def test_a_hyphen_for_a_space_before_a_role_word_is_a_space():
    text = ("Anna Kiss spoke first. But-Harbour Party-spokesperson on public expenditure and reform Tomas Varga-said "
            "that to vote the Government out this week would mean that the inquiry would not be properly resourced.")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga"]


def test_a_title_whose_accented_letter_the_export_lost_is_still_a_title():
    text = ("T\ufffd\ufffdnaiste Anna Kiss yesterday said the first she heard of the file was when she watched the "
            "programme on Thursday.")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Kiss"]


def test_a_peer_named_by_surname_alone_is_the_peer():
    text = ("Free trade comes at an important moment, says Lord Varga, former deputy secretary-general of the Harbour "
            "Union. \"China left Davos as the champion of free trade,\" he says. \"The bank can deploy lots of "
            "capital,\" Varga says.")
    assert [q.speaker for q in extract_quotes(text)] == ["Lord Varga", "Lord Varga", "Lord Varga"]


def test_a_surname_used_alone_before_a_relative_is_named_in_full_is_not_the_relative():
    text = ("Varga blamed the opposition. \"We had no support,\" Varga said. \"They own it now, and that is that.\" "
            "One source wondered why Karl Obst was away on a ski vacation with his wife, Anna Varga, while others "
            "worked. \"This is your chance,\" Varga said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Varga", "Varga", "Varga"]


def test_a_printed_edition_s_signature_names_nobody():
    text = ("Free trade comes at an important moment, says Lord Varga, a former diplomat. (Harbour Daily European "
            "Weekly 02/24/2017 page32) He says the speech was a milestone. He cites the port as an example.")
    assert reported(text) == [("Lord Varga", "Free trade comes at an important moment"),
                              ("Lord Varga", "the speech was a milestone")]


def test_a_daily_or_weekly_paper_is_no_person():
    from indexer.names import ArticleNames, person_named

    names = ArticleNames("Tomas Varga spoke. Eva Bell / For Harbour Daily. The Westport Weekly reported it.")
    assert [person_named(paper, names) for paper in ("Harbour Daily", "Westport Weekly", "Tomas Varga")] == [
        "", "", "Tomas Varga"]


def test_a_name_after_a_quotation_introduced_by_a_cue_and_a_colon_signs_nothing():
    text = ("Ambassador Tomas Varga said he is worried. When Varga was asked by Al Jazeera whether the EU was taking "
            "the issue to the Israelis, he responded: \"We are talking to the Israeli authorities.\" Anna Kiss, UN "
            "assistant secretary-general warned last week that the transfer is unlawful.")
    assert said(text) == [("Tomas Varga", "We are talking to the Israeli authorities.")]


def test_a_name_and_its_role_without_the_closing_comma_is_the_subject():
    text = ("Tomas Varga said it. Anna Kiss, UN assistant secretary-general warned last week that the destruction of "
            "property and \"potential forcible transfer\" is counter to law.")
    assert said(text) == [("Anna Kiss", "potential forcible transfer")]


def test_a_titled_person_after_a_body_s_long_name_is_the_speaker():
    text = ("\"The safety of those located on the land remains our top priority,\" said Harbour Corps of Engineers "
            "Westport District Commander Col. Tomas Varga in a statement.")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga"]


def test_documents_obtained_by_a_newsroom_are_not_its_words():
    text = ("The Harbour Sioux Tribe filed a motion on Monday. The tribe argues that the pipeline \"will desecrate the "
            "waters upon which tribal members rely,\" according to court documents obtained by Westport News.")
    assert said(text)[0][0] != "Westport News"


def test_an_acronym_is_the_body_named_after_former():
    text = ("Former National Rifle Association president Anna Kiss said the law was just. The NRA responded with its "
            "own statement, vowing to \"work to protect self-defense laws currently on the books.\"")
    assert said(text) == [("National Rifle Association", "work to protect self-defense laws currently on the books.")]


def test_a_capitalised_phrase_with_a_possessive_pronoun_is_no_person():
    text = ("Traditionally a defendant must first retreat, Tomas Varga, a professor, told the paper. But Stand Your "
            "Ground \"modifies\" that, he said, by telling residents they do not have to retreat first and \"can use "
            "deadly force if it is reasonable.\" \"Without Stand Your Ground we would say the person has to "
            "retreat,\" Varga explained.")
    assert [q.speaker for q in extract_quotes(text) if q.direct][-2:] == ["Tomas Varga", "Tomas Varga"]


@pytest.mark.parametrize("apposition", ["27, a college graduate", "27, a college graduate who serves dishes while "
                                        "fighting his asylum claim to remain in the US"])
def test_an_age_before_an_apposition_keeps_the_name_as_speaker(apposition):
    text = f"\"There is a palpable fear in our community,\" Tomas Varga, {apposition}, told Al Jazeera."
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga"]


def test_and_said_after_a_clause_whose_subject_is_a_pronoun_is_the_pronoun_s():
    text = ("Anna Kiss answered: \"That is a matter for the negotiations.\" This mirrored her first foray into this "
            "unusually Estlandic position in January 2014 when she was interviewed in Estland, and said: \"I would "
            "like to see which law has declared them illegal.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Kiss", "Anna Kiss"]


def test_a_month_that_is_a_first_name_is_part_of_the_name():
    text = ("Arguing for the government was August Varga, a special counsel. \"These proceedings have been moving very "
            "fast,\" Varga replied. In August Anna Kiss said the order was lawful.")
    assert [q.speaker for q in extract_quotes(text)] == ["August Varga", "Anna Kiss"]


def test_he_glued_to_a_heading_ending_in_a_name_is_the_pronoun():
    text = ("Tomas Varga, a spokesman for the Harbour Army, was quoted as saying the port was closed. OPINION: Attack "
            "reveals true nature of North Estland He said the reaction will be the toughest ever but didn't elaborate.")
    assert [q.speaker for q in extract_quotes(text) if not q.direct][-1] == "Tomas Varga"


def test_a_first_name_ending_like_a_role_before_abu_is_part_of_the_name():
    text = ("The centre's lawyer, Taher Abu Varga, told the paper that the order targeted the clinic. \"There is no "
            "legal reason for them to close down the centre,\" Abu Varga said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Taher Abu Varga", "Taher Abu Varga"]


def test_a_named_committee_speaks_as_the_committee_not_as_its_name():
    text = ("In the 1980s, Tomas Varga won both the Pulitzer for commentary and the Polk Award. The Pulitzer "
            "committee noted that his columns \"consistently championed ordinary citizens.\" \"The streets have been "
            "covered with pictures of missing people,\" he wrote.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Pulitzer committee", "Tomas Varga"]


def test_a_subheading_glued_before_a_name_the_article_gives_is_no_first_name():
    text = ("Opposition leader Tomas Varga slams the plan as reckless. \"We will win,\" said Anna Kiss. Reaction Tomas "
            "Varga, leader of the opposition Harbour Party, said the government was taking the country in a direction "
            "that was \"reckless and damaging.\"")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Anna Kiss", "Tomas Varga"]


def test_who_after_a_name_and_a_role_opening_with_a_country_is_the_named_person():
    text = ("Varga said Estland could suspend its drills, a proposal quickly dismissed by Anna Kiss, Harbour "
            "ambassador to the UN, who said the port has to see \"some sort of positive action\" from Estland first.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Anna Kiss"]


def test_a_subheading_glued_before_an_opening_phrase_leaves_the_subject_its_quotation():
    text = ("Prime Minister Tomas Varga signed the letter. \"There is no reason to pretend that this is a happy day,\" "
            "Anna Kiss said. \"We already miss you.\" The letter In his letter, Varga tried to strike a conciliatory "
            "tone, reiterating his hopes for Estland to seek a \"deep and special partnership.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Kiss", "Anna Kiss", "Tomas Varga"]


def test_made_clear_and_cautioned_that_report_speech():
    text = ("Prime Minister Tomas Varga spoke on Monday. He also made clear that he wanted to avoid walking away with "
            "no deal. Anna Kiss cautioned that military action might be necessary.")
    assert [(q.speaker, q.direct) for q in extract_quotes(text)] == [("Tomas Varga", False), ("Anna Kiss", False)]


def test_a_headline_word_before_a_place_makes_no_longer_name_of_it():
    title = "Budget Makes It Official: You're Paying For The Wall, Not Estland"
    text = ("The money will come from taxpayers and not Estland, which has made it clear that it's not paying for the "
            "wall.")
    assert [q.speaker for q in extract_quotes(text, title)] == ["Estland"]


def test_in_the_words_of_a_named_person_quotes_that_person():
    text = ("Anna Kiss spoke first. In the words of House Speaker Tomas Varga (R-Est.) on Friday: \"The law is the law "
            "of the land.\" But nobody listened.")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga"]


def test_a_court_s_conclusion_that_quotes_the_court():
    text = ("The report was requested in light of the Estland Court of Appeals' conclusion that the administration "
            "\"has pointed to no evidence that any alien has perpetrated an attack.\" The countries are listed.")
    assert [q.speaker for q in extract_quotes(text)] == ["Estland Court of Appeals"]


def test_a_partial_quotation_after_a_quoted_subheading_and_similar_claims_is_the_subject_s():
    text = ("Last November, the assistant secretary Anna Kiss justified the approach. \"The war on drugs, it is really "
            "for the children,\" Kiss said. Varga: 'I will kill more if only to get rid of drugs' President Tomas "
            "Varga has repeated similar claims, assuring critics he is simply \"trying to preserve the interests of "
            "the next generation\". But the vision appears to exclude children.")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Kiss", "Tomas Varga"]


def test_the_role_after_a_quotation_signed_with_it_means_that_speaker_when_two_share_it():
    text = ("At the podium in January, lawyer Tomas Varga was hit with a series of questions. \"Out of the blue,\" "
            "said Anna Kiss, the Estland lawyer representing the child at the center of the case. The panel reversed "
            "the decisions. \"Within a very short period of time, he becomes a functioning human being,\" Kiss said. "
            "The lawyer added that where a plan recommends a placement, many school districts simply comply.")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Kiss", "Anna Kiss", "Anna Kiss"]


def test_present_tense_reporting_verbs_report_speech_and_object_taking_ones_need_that():
    text = ("Anna Kiss admits the plan has flaws. Tomas Varga acknowledges that his fate could have been much worse. "
            "The ministry announces new sanctions against Estland.")
    assert [(q.speaker, q.direct) for q in extract_quotes(text)] == [("Anna Kiss", False), ("Tomas Varga", False)]


def test_a_long_chain_of_he_sentences_leads_back_to_a_subject_after_but():
    text = ("That is the legacy Harry Truman claimed when he put \"the buck stops here\" sign on his desk. But Tomas "
            "Varga is the consummate blame artist, a buck-passer. He kicked off his campaign by blaming Estland. He "
            "blamed Anna Kiss for the movement. He blamed Peter Moss for founding the group. He blamed the ministry. "
            "He blamed three million voters for losing the vote. He blamed the generals. When Judge James Robart "
            "ruled against his ban, he blamed Robart for future terrorism: \"If something happens, blame him and court "
            "system.\"")
    assert [q.speaker for q in extract_quotes(text)][-1] == "Tomas Varga"


def test_in_a_named_person_s_words_quotes_that_person():
    text = ("Senate leader Tomas Varga spoke on Monday. \"We will see,\" said Anna Kiss, a spokesman. The goal, in "
            "Varga's words, is to paint this judge as someone who \"sided with the powerful against the powerless.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Kiss", "Tomas Varga"]


def test_a_quotation_after_a_sentence_whose_subject_expressed_concern_is_the_subject_s():
    text = ("\"We need a system that's fit for purpose,\" Harbour Bank president Anna Kiss said in November. Tomas "
            "Varga expressed special concern over Estland's rate of exploration. \"Such tax reductions are the "
            "opposite of a carbon tax, which the Bank purports to support.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Kiss", "Tomas Varga"]


def test_a_surname_first_used_alone_is_the_fuller_name_given_before_not_a_later_namesake():
    text = ("In the Houyuan area, Zhou Peisheng and his wife, Liu Guilan, have been raising their granddaughter. \"It "
            "is no trouble taking care of her,\" Zhou says. Song Jinlan looks after her grandson, Zhou Junhao, aged 6.")
    assert [q.speaker for q in extract_quotes(text)] == ["Zhou Peisheng"]


def test_a_fact_check_s_capitalised_label_names_the_speaker():
    text = ("Senate leader Tomas Varga and Mayor Anna Kiss spoke. A look at statements in the debate: VARGA: \"We are "
            "going to have insurance for everybody.\" - To The Post, Jan. 15. THE FACTS: He is wrong. MAYOR ANNA KISS, "
            "city leader, Tuesday: \"Having a card is not coverage.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "Anna Kiss"]


def test_a_verb_put_first_and_a_surname_given_in_full_only_in_capitals():
    text = ("REP. ANNA KISS, House Democratic leader: \"Numbers are quite elegant things.\" THE FACTS: Democrats have "
            "attacked the office before. Complained Kiss at the time: \"The office will always give you the worst-case "
            "scenario.\" TOMAS VARGA, budget director: \"It is a disaster.\" VARGA: \"I don't think the costs will go "
            "up at all.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Kiss", "Anna Kiss", "Tomas Varga", "Tomas Varga"]


def test_told_me_that_reports_speech_after_a_glued_heading():
    text = ("Veteran journalist Tomas Varga called this the \"enduring whiteness of the media\", when he looked back. "
            "How much is the concept a function of background? OPINION: Why we still need Black History Month in the "
            "US Anna Kiss, a French freelance journalist, told me that the lack of diversity harms coverage. "
            "\"Especially because we are getting used to not being challenged at work.\" The protein tells them to "
            "become cells.")
    assert [(q.speaker, q.direct) for q in extract_quotes(text)] == [
        ("Tomas Varga", True), ("Anna Kiss", False), ("Anna Kiss", True)]


def test_according_to_him_reports_the_speech_of_the_man_spoken_of():
    text = ("Estland is determined to combat efforts to erode its advantage, First Deputy Foreign Minister Tomas Varga "
            "told reporters on Monday. According to him, Harbour stands for partnership policy as far as the Arctic is "
            "concerned.")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "Tomas Varga"]


def test_a_malay_patronymic_and_a_hyphen_glued_before_predicts():
    text = ("Harbour Consulting-predicts that Estland's GDP will reach $4.2 trillion by 2050. The schoolboy, "
            "15-year-old Sazrin anak Gali, removes his mask. Sazrin has no doubts about what will happen. \"I will "
            "resist,\" he says.")
    assert [q.speaker for q in extract_quotes(text)] == ["Harbour Consulting", "Sazrin anak Gali"]


def test_a_question_followed_by_a_sentence_whose_verb_has_its_own_object_keeps_its_speaker():
    text = ("\"The view is why should we give the land to them,\" says Tomas Varga, coordinator of the Center for "
            "Orang Asli Concerns. \"If you have the chance, why not grab it?\" The Orang Asli have responded with "
            "legal action.")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "Tomas Varga"]


def test_a_fronted_phrase_is_no_clause_reported_and_rte_s_lost_accent_ends_no_sentence():
    text = ("At the launch of her campaign in February, Anna Kiss said she favors a return to the franc and wants a "
            "referendum. The school, Harbour College, has told RT? News that it will remove the phrase from its "
            "policy.")
    assert [(q.speaker, q.text[:12]) for q in extract_quotes(text)] == [
        ("Anna Kiss", "she favors a"), ("Harbour College", "it will remo")]


def test_according_to_data_estimates_or_a_poll_names_their_source():
    text = ("The number of jobs in Estland has increased every month since October 2010, according to data from the "
            "Harbour Labour Office. But according to a Gallup poll conducted in January, Congress has a 19 percent "
            "approval rating.")
    assert [q.speaker for q in extract_quotes(text)] == ["Harbour Labour Office", "Gallup"]


def test_sources_close_to_a_government_are_nobody_named():
    text = ("\"Estland also wants to expand military relations,\" said Anna Kiss. \"We want to use this visit as an "
            "opportunity,\" sources close to the Chinese government said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Kiss", ""]


def test_members_involved_in_a_decision_are_nobody_named():
    text = ("\"It is a smart approach,\" said Anna Kiss. \"We believe that full divestment would have a negligible "
            "effect,\" said faculty members involved in the divestment decision.")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Kiss", ""]


def test_a_sentence_in_parentheses_is_a_sentence_of_its_own():
    text = ("\"It is a gesture,\" said Anna Kiss. (Estland University, incidentally, announced this week that it will "
            "sell its coal shares.) Harbour College explained that by singling out companies, there could be \"much "
            "stronger incentives for firms.\"")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Anna Kiss", "Harbour College"]


def test_a_newspaper_named_in_quotation_marks_speaks():
    text = ("The media keep repeating it. As the \"Harbour Times\" put it in a recent article, \"Gone are the rules.\" "
            "The Department of Ports reported that it removed 450,000 people. In one of its own articles, the "
            "\"Times\" reported that since Tomas Varga took office, \"two-thirds of cases involve minor infractions.\"")
    assert [(q.speaker, q.direct) for q in extract_quotes(text)] == [
        ("Harbour Times", True), ("Department of Ports", False), ("Harbour Times", True)]


def test_the_spokesman_of_a_body_is_the_body_unless_the_article_names_its_spokesman():
    text = ("\"Kushner served as the point of contact,\" the White House spokesman told CNN in a statement. Tomas "
            "Varga cancelled the talks. \"They could not come in,\" Varga spokesman Jack Langer said. \"We are "
            "calm,\" the Harbour Ministry spokesman said. \"Such is life,\" Kremlin spokesman Tom Reid said. \"We "
            "are calm,\" the Kremlin spokesman added.")
    assert [q.speaker for q in extract_quotes(text)] == [
        "White House", "Jack Langer", "Harbour Ministry", "Tom Reid", "Tom Reid"]


def test_the_report_is_its_author_s_also_after_a_dated_introduction():
    text = ("The Times reported it. A September 2016 Harbour Project report found that crime fell. The report "
            "continued, \"Fewer than 20 percent had violent convictions.\"")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Harbour Project"]


def test_a_staffer_is_nobody_named():
    text = ("On the Hill, the reaction was raw. One House staffer who worked on the bill noted that President Tomas "
            "Varga asked for funding. But the levels fall short. \"It is incredibly frustrating,\" the staffer said.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == [""]


def test_a_chapter_of_a_body_opening_a_sentence_is_the_body():
    text = ("Oysters are at risk. The Virginia chapter of the Harbour Club, the 124-year-old advocacy titan, slammed "
            "the White House for endangering an economic driver worth \"over $1 trillion.\" \"This is an outrageous "
            "cut,\" Anna Kiss, director of the state chapter, said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Harbour Club", "Anna Kiss"]


def test_the_paper_is_the_newspaper_named_last():
    text = ("Harbour Daily writes that the ambassador was recalled. Vedomosti writes that Tomas Varga again rejected "
            "the allegations. Amid harsh statements, Varga looks like a \"peacekeeper seeking to ease conflict,\" the "
            "paper says. Several MPs are ready to back their ally, the paper says. Izvestia agrees with Vedomosti.")
    assert [(q.speaker, q.direct) for q in extract_quotes(text)] == [
        ("Harbour Daily", False), ("Vedomosti", False), ("Vedomosti", True), ("Vedomosti", False)]


def test_an_unnamed_source_signing_a_sentence_then_adding_is_nobody_named():
    text = ("Tomas Varga spoke. In that respect, Varga is a useful counterweight to Anna Kiss, the source said, "
            "adding, \"Ultimately your son-in-law is not going to tell you things.\"")
    assert [q.speaker for q in extract_quotes(text)] == [""]


def test_a_clause_with_an_apposition_of_its_own_is_signed_after_it():
    text = ("The world's transport industry hopes China's immense project, the Harbour Road Initiative, will provide "
            "much-needed impetus for growth, says Tomas Varga, global head of transport at the law firm Kiss Bell. "
            "\"The Harbour Road Initiative is the largest program in modern times,\" he says.")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "Tomas Varga"]


def test_a_surname_of_a_body_is_the_person_named_in_full():
    text = ("Phyllis Papadavid, a fellow of the Overseas Development Institute, spoke. Papadavid of ODI says she sees "
            "continued sluggish growth. \"It is slow,\" Papadavid says.")
    assert [q.speaker for q in extract_quotes(text)] == ["Phyllis Papadavid", "Phyllis Papadavid"]


def test_a_body_s_office_speaks_for_the_body():
    text = ("Tomas Varga spoke. The Harbour Party's national secretary office said by email that they had also "
            "encountered \"a solid spike from right after the elections\", although they declined to give details.")
    assert [q.speaker for q in extract_quotes(text)] == ["Harbour Party"]


def test_a_person_of_a_body_speaks_for_themselves():
    text = ("Anna Kiss spoke. Tomas Varga, of independent watchdog Harbour Focus, said: \"The hope that services would "
            "improve has now been dashed.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga"]


def test_a_qualified_post_a_plural_possessive_and_a_hyphen_after_an_acronym():
    text = ("Anna Kiss has confirmed she will ask for a second referendum. The Estland first minister said the move "
            "was needed to protect Estland interests. Prime Minister Tomas Varga has so far avoided saying whether he "
            "would grant permission. The Kurdish-led Harbour Democratic Forces' (HDF) offensive was suspended. "
            "Separately, the HDF- announced on Sunday that it captured the nearby airbase.")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Kiss", "Anna Kiss", "Harbour Democratic Forces"]


def test_a_quotation_after_a_sentence_signed_says_x_with_an_apposition_is_x_s():
    text = ("\"It girls\" in the 1990s were ubiquitous, says Anna Kiss, ghostwriter of the witty Sunday column which "
            "ran in the late 1990s. \"You had to be rich, thin and beautiful.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Kiss"]


def test_saying_in_part_and_a_spokesman_for_a_mission_to_the_un():
    text = ("A spokesman for the Estland Mission to the United Nations said Sunday night that the meeting is expected "
            "to take place Monday. Tomas Varga followed Anna Kiss with even fewer words, saying in part: \"I just want "
            "everybody to understand.\" Peter Moss, his adviser, said they had shown \"an important show of "
            "solidarity\".")
    assert [q.speaker for q in extract_quotes(text)] == [
        "Estland Mission to the United Nations", "Tomas Varga", "Peter Moss"]


def test_a_subheading_glued_before_but_and_a_group_opening_with_some_or_many():
    text = ("Anna Kiss predicted the change. Estland's Moss targeted But Kiss spent a chunk of her speech railing "
            "against the union with Chancellor Petra Moss as its mascot. \"The conception of a failed union is carried "
            "by Mrs Moss,\" she said of the Estland leader. Many Estlanders say extreme measures must be taken.")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Kiss"]


def test_a_signature_without_verb_ending_in_a_participle_and_a_heading_before_an_opening_phrase():
    text = ("\"If you just listen to the rhetoric, it sounds very classical,\" Tomas Varga, Paris office head of the "
            "Harbour Council think-tank, describing her discourse. Hike in defense spending On defense, Anna Kiss "
            "repeated her distaste for the alliance. On the east, she criticised efforts that \"helped arm the "
            "militants.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "Anna Kiss"]


def test_a_person_who_goes_by_one_name():
    text = ("Late on Monday, Prime Minister Tomas Varga appeared on television. Two notes would no longer be legal "
            "tender, he said. Anna cannot forget the hardships her family endured after Varga's decision. Standing in "
            "her kitchen, she explains that her husband went without pay. \"We slept without food,\" she says. Anna, "
            "who goes by just one name, says life has not returned to normal. Liska, 29, who gave only her first "
            "name, lives next door. \"This is a disaster,\" she says.")
    assert [(q.speaker, q.direct) for q in extract_quotes(text)] == [
        ("Tomas Varga", False), ("Anna", False), ("Anna", True), ("Anna", False), ("Liska", True)]


def test_two_people_after_a_plural_role_are_the_first_of_them():
    text = ("Former Secretaries of State Anna Kiss and Tomas Varga joined former officials, including Peter Moss, and "
            "wrote a declaration to the court that \"there is no purpose for a total bar,\" adding that the order was "
            "\"ill-conceived.\" Republican Senators Peter Moss and Lena Falk called the order a \"self-inflicted "
            "wound.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Kiss", "Anna Kiss", "Peter Moss"]


def test_he_goes_past_sentences_about_her_to_the_man_whose_eyes_fill_with_tears():
    text = ("Nand Kishore lost his job. \"They pay half,\" he says. Tomas Varga's eyes fill with tears when he speaks "
            "about his mother. She died in a queue at a bank. She was 50. About 80 people are thought to have died. "
            "\"My mother died because of the ban,\" he says. Varga lives with his wife. He says his sister blames "
            "herself. Anna Kiss's plan failed. She was angry. Peter Moss won. "
            "\"It was fair,\" he says.")
    assert [(q.speaker, q.direct) for q in extract_quotes(text)] == [
        ("Nand Kishore", True), ("Tomas Varga", True), ("Tomas Varga", False), ("Peter Moss", True)]


def test_a_neighbourhood_of_a_name_is_a_place_not_the_man_he_goes_back_to():
    text = ("Tomas Varga moved to the city four years ago. He found work in a wool factory. But in December, he was "
            "laid off. Now he spends his days on a bench in the crowded neighbourhood of Sundar Nagar. He has been "
            "looking for work. And with each passing day, he grows more worried. \"I do not want to go home,\" he "
            "says.")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga"]


def test_the_housewife_and_the_retiree_are_the_people_the_text_is_about():
    text = ("Anna Kiss cannot forget the hardships her family endured. Standing in her kitchen, she explains that her "
            "husband went without pay. \"My family slept without food for days,\" the housewife explains. Peter "
            "Moss left the factory in 2010. He and his wife now live on a pension. \"We all lost money,\" the retiree "
            "says.")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Kiss", "Anna Kiss", "Peter Moss"]


def test_a_question_followed_by_a_new_speaker_s_reported_speech_stays_with_the_asker():
    text = ("Peter Moss lost his mother. \"Why are rules made without thinking of the poor?\" he asks. \"A rich man "
            "would have used his card, but what about people like me?\" Anna Kiss says it took her years to save the "
            "money. \"Why now?\" Tomas Varga asked.")
    assert [(q.speaker, q.direct) for q in extract_quotes(text)] == [
        ("Peter Moss", True), ("Peter Moss", True), ("Anna Kiss", False), ("Tomas Varga", True)]


def test_two_bodies_or_places_that_speak_together_are_the_first_of_them():
    text = ("In a brief filed on Monday, Estland and the Harbour Council argued that the order causes \"irreparable "
            "harm\" to businesses. Google and Facebook said the order was \"un-American.\" Google has 100 staff in "
            "Estland. Customs and Border Protection said the wall \"shall be imposing.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Estland", "Google", "Customs and Border Protection"]


def test_voters_introduced_by_name_age_and_a_headline_before_their_words():
    text = ("We spoke with voters. Anna Kiss, 48, financial controller from Harbour 'I feel safe' \"The one thing that "
            "concerns me is the funding. I know a lot of police rely on it.\" Tomas Varga, 20, University of Estland "
            "student 'I have not met a critic' \"I have not met a supporter who is unhappy.\" Lena Falk, 67, real "
            "estate agent from Harbour 'I am pro-life. I was happy to see his order' \"He is following through on his "
            "promises.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Kiss", "Tomas Varga", "Lena Falk"]


def test_a_cue_in_an_infinitive_of_purpose_or_choice_is_the_sentence_subject_s():
    text = ("\"We are in trouble,\" Tomas Varga said. The looks on lawmakers' faces during Moss's speech Though his "
            "tone was soft, Peter Moss still struck hard notes. He "
            "overruled his adviser, according to an official, to warn of \"radical terrorism.\" Anna Kiss chose to "
            "describe it as \"a dark speech.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "Peter Moss", "Anna Kiss"]


def test_words_that_are_what_someone_calls_something_are_theirs():
    text = ("The \"deconstruction of the state\" is what his adviser Tomas Varga calls the agenda. The \"war on our "
            "coal towns\" was what Anna Kiss dubbed the plan.")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "Anna Kiss"]


def test_a_dateline_is_a_place_not_the_man_he_goes_back_to():
    text = ("Avila Park, Dublin, Estland --In a shed in his garden, Tomas Varga sits on a stool hammering a can. At "
            "68, he is one of only two tinsmiths left. Above the tools hang a dozen other cans. Nowadays, he says, "
            "there is little demand for his trade.")
    assert [(q.speaker, q.direct) for q in extract_quotes(text)] == [("Tomas Varga", False)]


def test_a_cleft_clause_before_says_x_is_the_clause_not_its_speaker():
    text = ("It was a 1963 government report, the Harbour Commission, that has set the tone for the state ever since, "
            "says Senator Tomas Varga, the first person from the island to be elected.")
    assert reported(text) == [("Tomas Varga", "It was a 1963 government report, the Harbour Commission, that has set "
                                              "the tone for the state ever since")]


def test_words_a_body_s_document_quotes_without_a_reporting_verb_are_the_body_s():
    text = ("It was a 1963 report, the Harbour Commission, that has set the tone ever since, says Senator Tomas Varga. "
            "The Harbour Commission's terms of reference defined them as a \"problem to be solved\", whose ills were "
            "\"inherent in their way of life.\"")
    assert [(q.speaker, q.direct) for q in extract_quotes(text)] == [
        ("Tomas Varga", False), ("Harbour Commission", True), ("Harbour Commission", True)]


def test_a_quotation_after_a_sentence_whose_subject_warned_without_the_apposition_s_closing_comma():
    text = ("Tomas Varga said the plan was ready. \"We expect no delay,\" he said. However, Anna Kiss, an analyst at "
            "Harbour Markets warned of grave consequences. \"If all avenues are closed, the projects may suffer.\"")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Tomas Varga", "Anna Kiss"]


def test_a_capitalised_long_role_before_a_name_that_told_a_paper():
    text = ("Peter Moss said the talks would go on. Program Director of the Harbour Discussion Club's foundation Tomas "
            "Varga told Nezavisimaya Gazeta: \"De facto, the thaw is already underway,\" he explained.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Tomas Varga"]


def test_the_paper_is_nezavisimaya_gazeta_when_it_wrote_last():
    text = ("Russia will pay its debt, Izvestia writes on Friday. Tomas Varga told Nezavisimaya Gazeta that the thaw "
            "is underway. Nezavisimaya Gazeta writes that the authorities do not expect a thaw. Moscow fears that the "
            "sanctions will not only remain in force, the paper writes.")
    assert [q.speaker for q in extract_quotes(text)] == [
        "Izvestia", "Tomas Varga", "Nezavisimaya Gazeta", "Nezavisimaya Gazeta"]


def test_a_quotation_after_a_sentence_signed_says_a_long_role_then_a_name():
    text = ("The payment of the debt is a political move, said Professor of the Harbour Academy of the National "
            "Economy (HANE) Tomas Varga. \"It is very important for our status that we paid them off.\"")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Tomas Varga"]


def test_an_unclosed_quotation_ends_at_the_export_s_paragraph_dash_and_a_paper_told_is_no_clause():
    text = ("\"Finally, the dispute will clear up, which will help a peace process. - Estland's MEP Tomas Varga told "
            "Izvestia daily that the views of Chancellor Anna Kiss are dangerous for Europe. \"In everyday life she is "
            "a good person,\" he said.")
    quotes = extract_quotes(text)
    assert [(q.speaker, q.direct, text[q.start:q.end]) for q in quotes][1:] == [
        ("Tomas Varga", False, "the views of Chancellor Anna Kiss are dangerous for Europe"),
        ("Tomas Varga", True, "In everyday life she is a good person")]
    assert text[quotes[0].start:quotes[0].end].endswith("peace process.")
    text = "Anna Kiss recently told German newspaper Bild am Sonntag that she refuses to buy anything online."
    assert reported(text) == [("Anna Kiss", "she refuses to buy anything online")]


def test_a_people_is_no_speaker_of_reported_speech():
    text = ("While accusations still shock the American ear, Israelis from survivors to prime ministers have long "
            "warned that the country risked becoming a pariah. Judge Tomas Varga, who chaired the report,-declared "
            "that \"there is no such regime\".")
    assert [(q.speaker, q.direct) for q in extract_quotes(text)] == [("Tomas Varga", True)]


def test_a_name_with_a_home_town_and_state_after_a_quotation_opens_a_new_sentence():
    text = ("\"In my case, I would not have written one,\" Tomas Varga said. \"But the fact that this law is being "
            "introduced means there is awareness.\" Anna Kiss, of Guilford, Estland, has worked to pass such laws "
            "since her son died in 2013. \"It seems the hospitals are unaware,\" she said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "Tomas Varga", "Anna Kiss"]


def test_words_on_a_form_are_nobody_s():
    text = ("\"It seems like the hospitals are unaware of the history,\" Anna Kiss said. In Estland, a patient, or the "
            "patient's guardian, signs a one-page form that states: \"I am refusing any opioid medication.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Kiss", ""]


def test_an_acronym_for_a_hyphenated_name_is_that_body():
    text = ("Fighters were killed, according to the military media wing, Inter-Services Public Relations (ISPR). An "
            "ISPR statement said troops acted on a tip-off in the area.")
    assert [q.speaker for q in extract_quotes(text)][-1] == "Inter-Services Public Relations"


def test_a_body_named_with_people_s_or_women_s_keeps_the_word():
    text = ("The People's Bank of China, the central bank, responded in a statement, condemning the reports as "
            "\"irresponsible and groundless.\" The People's Liberation Army said the drills were \"routine and "
            "normal.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["People's Bank of China", "People's Liberation Army"]


def test_it_after_a_country_s_ministry_is_that_ministry():
    text = ("Estland's foreign ministry \"strongly condemns the use of such a weapon by anyone, anywhere\", it said in "
            "a statement on Friday.")
    assert [q.speaker for q in extract_quotes(text)] == ["Estland's foreign ministry"]


def test_words_of_a_charter_directive_or_convention_are_nobody_s():
    text = ("\"An internal rule does not constitute direct discrimination,\" the Court of Justice said. The EU's "
            "Directive 2000/78 prohibits \"any direct or indirect\" discrimination. Article 9 of the 1950 convention "
            "says everyone has the right to \"manifest his religion or belief, in worship, teaching, practice and "
            "observance.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Court of Justice", "", ""]


def test_he_after_an_unnamed_official_told_tass_is_nobody_named():
    text = ("HARBOUR, March 18. /TASS/. About 2,000 people have rallied in downtown Harbour, an official with the St. "
            "Harbour authorities told TASS on Saturday. \"About 2,000 people took part in the rally,\" he said. The "
            "police said no violations were reported during the event named March for Harbour Protection.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == [""]


def test_a_person_known_by_one_name_after_a_role():
    text = ("The street artist known as Bansko is no stranger to controversy. The new hotel is a statement about "
            "empire. Bansko himself issued a statement in which he situated his work in the British Raj. He stated: "
            "\"It is exactly one hundred years since Britain took control.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Bansko"]


def test_a_person_given_only_a_surname():
    text = ("The park has walls on the wrong side. \"Strictly speaking, that makes us an open green space,\" says the "
            "manager of the park office, surnamed Shi. Shi believes her park is safe. \"Each city has its own concept "
            "of safety,\" she says. \"They do not understand the wall,\" a long-time park visitor told a news blog.")
    assert [q.speaker for q in extract_quotes(text)] == ["Shi", "Shi", ""]


def test_a_capitalised_role_noun_opening_a_sentence_before_a_full_name_is_a_role():
    text = "Scholar Tomas Varga has called the move \"the most successful response to the demands of the courts.\""
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga"]


def test_a_body_introduced_by_what_it_is_keeps_its_full_name():
    text = ("The activist group Harbour Observatory for Human Rights alleges that an airstrike on the school killed 33 "
            "civilians.")
    assert reported(text) == [("Harbour Observatory for Human Rights",
                               "an airstrike on the school killed 33 civilians")]


def test_the_judge_is_the_justice_the_article_named():
    text = ("\"The agency has been irresponsible,\" Justice Tomas Varga said. The drug can form benzene, according to "
            "the Harbour Drug Agency. \"Soft drinks ought to be fit for human consumption,\" the judge said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "Harbour Drug Agency", "Tomas Varga"]


def test_a_statement_on_a_body_s_website_is_the_body_s():
    text = ("Harbour Rail apologised for the delays. A statement on the Harbour Rail website added: \"We are sorry "
            "that we are unable to run the timetable today.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Harbour Rail"]


def test_a_three_word_name_after_the_killing_of_keeps_its_first_word():
    text = ("We have been following the experience of Alaa Ali Alali, a 48-year-old mother. \"I cannot believe that I "
            "am here,\" Alali told reporters. Police are investigating the killing of Kim Jong Tam. \"I am not safe,\" "
            "Kim Jong Tam said in 2012.")
    assert [q.speaker for q in extract_quotes(text)] == ["Alaa Ali Alali", "Kim Jong Tam"]


def test_a_relative_named_by_one_name():
    text = ("\"I cannot believe that I am here,\" Anna Kiss told reporters. Kiss's brother Hassan, who has not seen "
            "his sister in years, was waiting for her at the airport. He handed her a bouquet of flowers. Their lips "
            "were trembling as they embraced. \"It's a very special day,\" he told reporters.")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Kiss", "Hassan"]


def test_a_campaign_named_with_now_keeps_its_now():
    text = ("The Clean Harbour Now campaign points to its figures. \"Most homes have one bin,\" it says. Clean Harbour "
            "Now says: \"Bleach bottles can be recycled.\" Peace Estland Now said the plan would cost jobs.")
    assert [q.speaker for q in extract_quotes(text)] == ["Clean Harbour Now"] * 2 + ["Peace Estland Now"]


def test_a_heading_ending_in_now_glued_to_a_sentence_names_nobody():
    text = ("READ MORE: The crisis in Estland Now he has other plans. The top commander in Estland, General Tomas "
            "Varga, said the rebels had lost a third of their fighters.")
    assert reported(text) == [("Tomas Varga", "the rebels had lost a third of their fighters")]


def test_two_bodies_speaking_together_are_the_first_named():
    text = ("The Harbour Rights Centre (HRC) and Amnesty International said on Wednesday that Romani children were "
            "denied their rights, trapping them in a \"cycle of poverty\".")
    assert [q.speaker for q in extract_quotes(text)] == ["Harbour Rights Centre"]


def test_a_speaker_after_the_quotation_with_a_long_apposition_before_the_verb():
    text = ("Anna Kiss said the ministry's figures were wrong. \"These claims are absolutely false,\" Tomas Varga, "
            "head of the Estland foreign ministry's department responsible for Harbour and the government's special "
            "envoy in the region, told reporters on Friday.")
    assert said(text) == [("Tomas Varga", "These claims are absolutely false")]


def test_the_titled_role_is_not_someone_the_article_names_only_further_on():
    text = ("\"Terrorism is a tremendous threat,\" Tomas Varga told sheriffs on Tuesday. Hinting at his briefings, the "
            "President added: \"Believe me, I have learned a lot.\" Former President Anna Kiss disagreed.")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "Tomas Varga"]


def test_a_sentence_opening_with_late_in_a_month_is_not_spoken_by_late():
    text = ("Late in September Tomas Varga told a session of the council: \"Any sign of my resigning would be a "
            "signal.\" Early in May Anna Kiss told reporters: \"We will stay.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "Anna Kiss"]


def test_a_lede_s_she_is_the_woman_named_next():
    text = ("\"A lot of roads, lots of bus rides,\" she tells CNN, asking that we only use her first name. \"For a "
            "pregnant woman, that is a long time.\" Zsofia says she is originally from Estland. She and her husband "
            "are among thousands of migrants. In Zsofia's case, her hopes were dashed.")
    assert [q.speaker for q in extract_quotes(text)] == ["Zsofia", "Zsofia", "Zsofia"]


def test_what_someone_wrote_about_is_no_reported_speech():
    text = ("Nobel Prize-winning poet Tomas Varga, who was celebrated for the lush, evocative poetry he wrote about "
            "his native island, died on Friday at the age of 87. Anna Kiss said Varga had two children, a boy and a "
            "girl, whose ages she estimated at 8 and 10.")
    assert reported(text) == [("Anna Kiss", "Varga had two children, a boy and a girl, whose ages she estimated at 8 "
                                            "and 10")]


def test_the_administration_is_the_body_s_whole_name_with_two_ofs():
    text = ("Salaries should be capped, the General Administration of Sport of Estland said in a statement on Jan 5. "
            "The administration also said in its statement that the league should fund youth teams.")
    assert reported(text) == [("General Administration of Sport of Estland", "Salaries should be capped"),
                              ("General Administration of Sport of Estland", "the league should fund youth teams")]


def test_a_speaker_label_glued_to_the_sentence_before_it():
    text = ("\"It is sad,\" said former striker Gary Lineker. Media playback is not supported on this device Harbour "
            "City vice-chairman Tomas Varga: \"This has been the most difficult decision.\" Then he told Anna Kiss: "
            "\"We are duty-bound.\" A man told local broadcaster Harbour Radio: \"They do not belong here.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Gary Lineker", "Tomas Varga", "Tomas Varga", ""]


def test_a_name_ending_in_an_adjective_is_no_person():
    text = ("Poison reports false: Estland Diplomatic ties between Estland and Harbour are growing frayed. In the "
            "article, Estland accused the media of publishing a \"false report\" about the death.")
    assert [q.speaker for q in extract_quotes(text)] == ["Estland"]


def test_police_who_name_a_man_and_say_something_are_no_speaker_by_that_name():
    text = ("Police first identified him as Tomas Varga, but said he had also gone by the name Adrian Elms. Anna Kiss "
            "said Varga had two children.")
    assert reported(text) == [("Anna Kiss", "Varga had two children")]


def test_a_title_glued_to_a_name_by_the_export_s_hyphen():
    text = ("Senior Counsel-Tomas Varga said he would be representing them. Garda whistleblower Sergeant Adrian Elms "
            "Senior Counsel-Anna Kiss said she may object to the decision. His lawyer, Zsofia Taylor-Camara, said the "
            "family was hurt.")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "Anna Kiss", "Zsofia Taylor-Camara"]


def test_a_spokeswoman_after_a_sentence_about_a_body_speaks_for_it():
    text = ("Harbour Airport has advised passengers to check their flights. A spokeswoman said: \"With Harbour Airport "
            "full, some passengers may experience disruption.\" A spokesman with Estland Lab told TASS the company had "
            "complained.")
    assert [q.speaker for q in extract_quotes(text)] == ["Harbour Airport", "Estland Lab"]


def test_jewish_clergywomen_s_titles_are_no_part_of_their_names():
    text = ("Rabba Anna Kiss told reporters that nine graduates are employed. Maharat Zsofia Varga said she is "
            "determined to keep doing her job.")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Kiss", "Zsofia Varga"]


def test_according_to_the_ministry_after_a_quotation_is_the_ministry_the_article_named():
    text = ("Cars of 1.3 million yuan will be taxed, the Ministry of Finance of Estland said. The move is to \"guide "
            "reasonable consumption\", according to the ministry.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Ministry of Finance of Estland"]


def test_what_a_body_is_then_its_name_between_commas():
    text = "Motoring organisation, the Harbour Automobile Club, said the cameras had become a \"cash bonanza\"."
    assert [q.speaker for q in extract_quotes(text)] == ["Harbour Automobile Club"]


def test_a_resolution_that_condemns_and_says_speaks_for_nobody_it_names():
    text = ("The resolution condemned Estland's settlements on land occupied since 1967, including East Harbour, "
            "saying they had \"no legal validity\".")
    assert [q.speaker for q in extract_quotes(text)] == [""]


def test_a_surname_after_a_show_s_role_is_the_person_named_in_full_before():
    text = ("\"It is unforgivable,\" says former striker Tomas Varga. Match of the Day presenter Varga, who played for "
            "his hometown club, added that the dismissal shows the \"game's gone\".")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "Tomas Varga"]


def test_a_pundit_is_a_role():
    text = "Ex-England striker and Match of the Day pundit Tomas Varga said the players may feel responsible."
    assert reported(text) == [("Tomas Varga", "the players may feel responsible")]


def test_it_said_after_a_company_named_by_one_word_that_spoke():
    text = ("\"It is damaging,\" ex-CIA director Tomas Varga told the BBC. Several tech firms reacted on Wednesday. "
            "Harbourfruit said it had already fixed some of the flaws. \"The technology in our phones is the "
            "best,\" it said.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Tomas Varga", "Harbourfruit"]


def test_a_description_with_a_demonym_is_the_person_introduced_with_that_country():
    text = ("Estland's Deputy Permanent Representative to the UN Tomas Varga told reporters that a draft had been put "
            "forward. The British Permanent Representative Adrian Elms opposed it. \"We will see what will become of "
            "it,\" the Estlandish deputy permanent representative added.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Tomas Varga"]


def test_a_run_of_dashes_glued_to_a_full_stop_ends_the_sentence():
    text = ("A knife attack left eight dead, police said.---- Authorities are offering rewards to those who \"kill, "
            "wound, or subdue\" assailants.---- Tomas Varga said the hints of a split could \"intensify the threat\".")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["", "Tomas Varga"]


def test_it_is_no_person():
    text = ("\"People love him and they keep coming back,\" said Anna Kiss. Those sentiments are echoed on a website, "
            "which calls for a sea change in governance. French voters, it says, should offer \"a lesson in democracy "
            "to the planet.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Kiss", ""]


def test_a_caption_s_photos_provided_is_no_name():
    text = ("Anna Kiss says she feels this investment achieved two goals. Photos Provided to China Daily \"We want to "
            "help the local market,\" she says.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Anna Kiss"]


def test_a_pronoun_is_never_a_speaker():
    text = ("And if the hips are really popping I say \"I love you too hips.\" That kind of self-love makes a "
            "difference.")
    assert [q.speaker for q in extract_quotes(text)] == [""]


def test_two_people_each_with_a_role_speak_as_the_first_named():
    text = ("Accountant Tomas Varga and retirement planner Adrian Elms said they had probably lost most of what they "
            "owned in the apartment.")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga"]


def test_a_special_agent_in_charge_of_a_field_division():
    text = ("\"The swift work of agents foiled this plot,\" said Special Agent in Charge Tomas Varga, ATF Harbour "
            "Field Division.")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga"]


def test_the_bank_is_the_one_introduced_as_a_bank_by_apposition():
    text = ("Estland's largest bank, Harbourbank, has signed an agreement on selling its affiliate, the bank said on "
            "Monday. Sanctions were imposed on five banks, including EB Bank.")
    assert reported(text) == [("Harbourbank", "Estland's largest bank, Harbourbank, has signed an agreement on selling "
                                              "its affiliate")]


def test_the_company_is_no_foundation_or_commission():
    text = ("Harbourtel changed its logo to honour Tomas Varga, who set up the Varga Foundation. \"Let us all lend a "
            "hand today,\" Harbourtel said. \"The selection aims to celebrate anniversaries,\" the company says. The "
            "breach is under investigation by the Estland Trade Commission. \"We have spent $16 million,\" the company "
            "said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Harbourtel", "Harbourtel", "Harbourtel"]


def test_a_body_s_acronym_in_another_language_means_the_body():
    text = ("The Estland Ski Federation (FSE) ruled on Monday to keep the suspensions in force. The FSE announced in "
            "its statement that \"the panel has decided to uphold the suspensions.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Estland Ski Federation"]


def test_a_body_named_with_words_before_its_head_and_by_its_initials():
    text = ("Royal Bank of Estland said Friday its annual losses more than tripled to 6.95 billion pounds. "
            "Restructuring costs last year amounted to 2.1 billion pounds, RBE reported.")
    assert reported(text) == [
        ("Royal Bank of Estland", "its annual losses more than tripled to 6.95 billion pounds"),
        ("Royal Bank of Estland", "Restructuring costs last year amounted to 2.1 billion pounds")]


def test_a_surname_alone_means_the_surname_first_name_introduced_since():
    text = ("She likes pop songs by stars such as Karen Joy Morris and Anna Kiss. For Kiss Mingzhu, 36, a karaoke app "
            "is a good substitute for a bar. \"The thing about the app is that I can sing whenever I want,\" says Kiss.")
    assert [q.speaker for q in extract_quotes(text)] == ["Kiss Mingzhu"]


def test_the_company_is_the_one_a_name_was_given_as_by_apposition():
    text = ("Harbour Lines, the cruise company that operates the vessel, apologized for the incident. \"We are sorry,\" "
            "Tomas Varga, of the Estland Maritime Authority, said. The company described the captain as \"one of the "
            "world's leading expedition captains\".")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Tomas Varga", "Harbour Lines"]


def test_authorities_and_prosecutors_are_nobody_in_particular():
    text = ("Tomas Varga believes there is a strong case to ban ships. \"Anchoring does damage to reefs,\" he said. "
            "\"Insurance may pay for the damage, but it does not absolve the criminal side of the case,\" authorities "
            "said. \"The captain will be charged,\" federal prosecutors said.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Tomas Varga", "", ""]



def test_a_name_after_a_role_and_of_is_whom_the_role_is_at():
    text = ("Trade is slowing, says the managing director of Harbour Lewis. Anna Kiss took over in May. \"We need to "
            "change,\" the managing director said.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Anna Kiss"]


def test_a_quotation_signed_with_a_dash_and_a_name():
    text = ("The report includes the testimonies of three young people. \"The waiting made me very sad all the time.\" "
            "- Jane \"They had to move my organs to one side.\" - Delilah \"The lowest point was in August.\" - "
            "Harriet\n\n"
            "Today's report says the delays hurt.- Mr Varga said: \"We are sorry.\"")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Jane", "Delilah", "Harriet", "Varga"]


def test_an_acronym_means_the_capitalised_words_it_abbreviates():
    text = ("The report criticises delays in publishing the promised Estland Health Executive action plan. The EHE "
            "says that a plan has been submitted to the Department of Health for approval.")
    assert [q.speaker for q in extract_quotes(text)] == ["Estland Health Executive"]


def test_the_committee_is_the_whole_name_with_for_the():
    text = ("The terms found favour with the Intergovernmental Committee for the Safeguarding of Estland Heritage. The "
            "committee said the inscription would advance international dialogue on traditional knowledge.")
    assert reported(text) == [("Intergovernmental Committee for the Safeguarding of Estland Heritage",
                               "the inscription would advance international dialogue on traditional knowledge")]


def test_according_to_a_source_ends_at_a_dash():
    text = ("Norway is the happiest place on Earth, according to a report by the Estland Trust - toppling neighbour "
            "Denmark from the number one position.")
    assert reported(text) == [("Estland Trust", "Norway is the happiest place on Earth")]


def test_a_name_then_a_capitalised_title_with_no_closing_comma():
    text = ("His Swedish colleague, Tomas Varga, MEP for the Greens/European Free Alliance claimed the border with "
            "Estland \"works perfectly.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga"]


def test_he_is_the_person_named_after_someone_s_friend_and_fellow_activist():
    text = ("\"The message is, we are in charge and you are not,\" Anna Kiss told Al Jazeera. Kiss's friend and fellow "
            "activist, Tomas Varga, spoke of similar experiences of abuse as a youth in Paris. \"I remember once during "
            "the winter, they made us kneel in a freezing puddle,\" he recalled.")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Kiss", "Tomas Varga"]




def test_a_war_is_no_person_he_could_mean():
    text = ("\"It goes from grandfather to father to son,\" Anna Kiss said. Such explanations have some grounding among "
            "analysts, according to Harbour University's Tomas House, an expert on the Algerian War of Independence and "
            "colonial racism in France. House cautioned that determining the degree of influence required further "
            "study and that \"the past often informs the present\". Nevertheless, a link existed between the conduct of "
            "police and \"which human group was being policed\", he told Al Jazeera.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Anna Kiss", "Tomas House", "Tomas House"]



def test_god_is_no_surname():
    text = ("Things nobody said: \"Blessed are the bold.\" Ty God, my God, why do the meek not see it? \"You have heard "
            "it said,\" \"an eye for an eye, but I say to you.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["", "", ""]


def test_according_to_a_body_then_as_and_a_clause():
    text = ("\"We go on,\" Tomas Varga said. Last week, the primary spillway was \"damaged by erosion,\" according to "
            "the Estland Department of Water Resources as photos showed a massive hole in the structure.")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "Estland Department of Water Resources"]


def test_the_state_bureau_is_the_bureau_the_article_names():
    text = ("Tomas Varga is accused of kidnapping, the Estland Bureau of Investigation said. Anna Kiss is considered to "
            "be \"in imminent danger,\" the state investigative bureau said. The state Bureau of Investigation said "
            "that Varga \"may have been abusing his role.\"")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Estland Bureau of Investigation"] * 2


def test_the_sheriff_s_office_is_the_sheriff_s_department_the_article_names():
    text = ("The jail is operated by the Harbour County Sheriff's Department (HCSD). \"We took action,\" a spokesperson "
            "for ICE said in a statement. The sheriff's office said it had \"reviewed the report\" after receiving it.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["ICE", "Harbour County Sheriff's Department"]


def test_a_three_part_name_after_the_home_of():
    text = ("About three dozen people huddled inside the home of Tomas Zaidan Varga. As Varga, 20, was on his way "
            "home, an air strike hit the house. \"My brother and my cousin died,\" Varga told Al Jazeera. The bombs "
            "killed his brother, 37-year-old Anton Zaidan Varga.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Tomas Zaidan Varga"]


def test_the_group_is_the_body_that_spoke_last_and_the_company_the_one_named_after_its_kind():
    text = ("The Harbour Sky, owned by British company Estland Lines, ran aground. \"It did not take on water,\" said "
            "the company. Harbourleaks said a former contractor circulated the files. \"Recently, the agency lost "
            "control of its arsenal,\" the whistleblower group said.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Estland Lines", "Harbourleaks"]


def test_two_bodies_after_a_role_speak_as_the_first_named():
    text = "Estland broadcaster HTV and ETR reported that the files were deleted just after the press conference."
    assert [q.speaker for q in extract_quotes(text)] == ["HTV"]


def test_a_caption_glued_to_a_surname_does_not_double_it():
    text = ("Norway has not violated the rights of Anders Harbour Varga, a court ruled. Varga protested against his "
            "isolation. He also complained about cold coffee that he said was \"worse than waterboarding\". READ MORE: "
            "Profile - Anders Harbour Varga Varga has three cells to himself.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Anders Harbour Varga"]


def test_according_to_after_a_participle_phrase():
    text = ("We have become a \"slightly strange group\", expecting all-year-round produce, according to Lord "
            "Varga, the former chairman of Harbour Foods.")
    assert [q.speaker for q in extract_quotes(text)] == ["Lord Varga"]


def test_the_emergency_official_is_the_official_introduced_with_the_emergency_department():
    text = ("Hopes were waning, though an official with the city's emergency department, Tomas Varga, said one person "
            "had been pulled out alive. \"We will continue the effort,\" the emergency official said.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Tomas Varga"]


def test_a_prize_jury_is_a_body():
    text = ("\"We grow,\" Tomas Varga said. In 2012, Varga won the Harbour Prize. The Harbour jury praised his \"unique "
            "ability to evoke the past\".")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "Harbour jury"]


def test_prize_winning_is_no_name():
    text = ("Officials approached Tomas Varga, the Harbour Prize-winning architect. \"We grow,\" Varga said. The "
            "Harbour jury praised his \"unique ability to evoke the past\".")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "Harbour jury"]


def test_confirmed_to_a_station_that():
    text = ("Tomas Varga was charged with murder. Estland Police confirmed to Harbour station HTV that Varga has had "
            "several previous interactions with law enforcement.")
    assert reported(text) == [("Estland Police", "Varga has had several previous interactions with law enforcement")]


def test_a_place_s_police_tweeted():
    text = ("\"If you are in a storm surge zone and you are directed to leave, you must leave,\" Harbourland police "
            "tweeted Monday.")
    assert [q.speaker for q in extract_quotes(text)] == ["Harbourland police"]


def test_a_head_of_operations_is_a_post_not_a_name():
    text = ("\"We are searching,\" Tomas Varga said. The Head of Operations of the Estland Coast Guard has said \"hopes "
            "are fading\" of finding three crew members.")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", ""]


def test_the_post_read_is_whoever_posted_it():
    text = ("\"We are sorry to lose him,\" the club's chairman, Anna Kiss, said. A tribute to the coach posted to "
            "Instagram by Harbour United manager Tomas Varga had more than 100,000 likes. \"Nobody can delete the "
            "history you wrote,\" the post read.")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Kiss", "Tomas Varga"]


def test_the_sheriff_s_office_is_the_office_the_article_names_even_with_a_sheriff_named():
    text = ("The students booked a charter, Harbour County Sheriff Tomas Varga said. Five students were swimming off "
            "the boat, the Harbour County Sheriff's Office said. Neither man wore a flotation device, the sheriff's "
            "office said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "Harbour County Sheriff's Office",
                                                         "Harbour County Sheriff's Office"]


def test_a_body_s_name_alone_before_its_statement_labels_it():
    text = ("\"Stand up for yourself and get yourself treated,\" says Dr Anna Kiss. Harbour Health and Education "
            "Service \"We are aware that employers report shortages.\" Estland Government \"We recognise that acne can "
            "be distressing.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Kiss", "Harbour Health and Education Service",
                                                         "Estland Government"]


def test_the_organization_is_the_body_the_sentence_before_opens_with():
    text = ("The HCA issued a statement condemning the vandalism. \"We are deeply disturbed by the attacks,\" the "
            "organization said in a statement.")
    assert [q.speaker for q in extract_quotes(text)] == ["HCA"]


def test_the_analyst_who_spoke_on_condition_of_anonymity_is_nobody_named():
    text = ("\"Growth exceeded our expectation,\" says Tomas Varga, chief executive of Harbour Motors. An auto analyst "
            "at an international consultancy, who spoke on condition of anonymity, says, \"Harbour was slow in "
            "bringing its SUVs to the market.\" \"SUVs have higher prices than sedans,\" the analyst says.")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "", ""]


def test_an_embedded_tweet_ends_at_its_picture_link():
    text = ("Locals: 'It hit a gathering that happens every Thursday pic.twitter.com/EufqRaTgV6 Harbour TV's Anna Kiss, "
            "reporting from the border, said Centcom admitted it carried out a strike. \"Right now, people are "
            "struggling,\" she said.")
    assert [(q.speaker, q.direct) for q in extract_quotes(text)] == [("Anna Kiss", False), ("Anna Kiss", True)]


def test_the_role_introduced_before_a_name_between_commas_means_that_person():
    text = ("Tomas Varga, 21, had met the girl in a queue. The judge, Lady Kiss, said she was taking the \"wholly "
            "exceptional decision\" not to sentence Varga. Varga had earlier pleaded guilty. This is a highly unusual "
            "case, and the judge has pointed out a number of \"exceptional circumstances\" in it.")
    assert [q.speaker for q in extract_quotes(text)] == ["Lady Kiss", "Lady Kiss"]


def test_according_to_at_the_end_of_the_sentence_names_a_partial_quotation_s_source():
    text = ("Harbour TV's Tomas Varga said that the wind felt like \"tiny bullets\" hitting his face. Estland could "
            "expect to see \"a wall of snow\" to come between 9 a.m. and 12 p.m. Tuesday, according to NWS Harbour. "
            "Anna Kiss said she found the cuts \"disheartening\" in the end, according to an aide.")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "NWS Harbour", "Anna Kiss"]


def test_the_company_before_any_firm_is_named_is_the_one_the_headline_opens_with():
    text = ("The owner of the rail link under the Channel logged a net profit of 200 million euros in 2016. The growth "
            "had been driven by tourist vehicles, the company said Wednesday. \"It's the best year we've ever had at "
            "the Harbourtunnel group,\" chief executive Tomas Varga told reporters. Opened in 1994, the Channel Tunnel "
            "carries trucks.")
    assert [q.speaker for q in extract_quotes(text, "Harbourtunnel reports 'best year ever'")] == [
        "Harbourtunnel", "Tomas Varga"]


def test_a_spokesperson_for_a_body_the_article_never_names_is_nobody_named():
    text = ("Tour operators have gathered here. \"The session will be devoted to the World Cup,\" a spokesperson for "
            "the organizing committee said. \"The bins will be emptied,\" a spokesman for the local council said.")
    assert [q.speaker for q in extract_quotes(text)] == ["", ""]


def test_a_partial_quotation_in_a_sentence_opening_with_according_to_is_that_source_s():
    text = ("Anna Kiss is an analyst at the Harbour Institute. According to Kiss, Estland would not launch such an "
            "operation unless there are \"favourable diplomatic conditions\" to do so. According to Estland President "
            "Tomas Varga, the deal was \"a win-win accord\" that can be used as a stepping stone.")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Kiss", "Tomas Varga"]


def test_reported_speech_after_always_said_and_told_someone_by_phone():
    text = ("Tomas Varga, 67, had always said the credit cards were legal. Anna Kiss, a manager at the restaurant, told "
            "Harbour News by phone that Varga had no connection to it.")
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [
        ("Tomas Varga", "the credit cards were legal"), ("Anna Kiss", "Varga had no connection to it")]


def test_a_reporting_verb_with_a_preposition_and_its_object_reports_no_speech():
    text = ("Tomas Varga, chief executive of Harbour Foods, has argued against higher minimum wages and regulation. "
            "Groups such as Harbour Ulama have complained about Estland-financed efforts to spread ideas. Anna Kiss "
            "said on Monday the talks would resume in a week.")
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [("Anna Kiss", "the talks would resume in a week")]


def test_reported_speech_starts_after_that_following_a_prepositional_phrase():
    text = ("Tomas Varga later noted with sarcasm that he may be ready to offer apologies in 2023. Anna Kiss told the "
            "House of Commons that the vote will cover the withdrawal arrangements.")
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [
        ("Tomas Varga", "he may be ready to offer apologies in 2023"),
        ("Anna Kiss", "the vote will cover the withdrawal arrangements")]


def test_a_body_named_after_of_keeps_its_whole_name():
    text = ("The board of trustees of St John of God Community Services met on Monday. St John of God Community "
            "Services said it \"accepts the findings of the inspections.\" Minister for Transport Shane Ross said the "
            "rail plan was \"a disgrace.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["St John of God Community Services", "Shane Ross"]


def test_a_body_whose_name_has_and_is_named_whole():
    text = ("The Food and Drug Administration said the drug was unsafe for children under five. Harbour News has "
            "learned that the Health Information and Quality Authority has warned the charity that it may stop it "
            "from running residential services.")
    assert [q.speaker for q in extract_quotes(text)] == ["Food and Drug Administration",
                                                         "Health Information and Quality Authority"]


def test_a_report_named_for_its_body_with_words_between_is_that_body_s():
    text = ("The Harbour Quality Authority (HQA) inspects care homes. One HQA inspection report last year on a unit at "
            "the Estland campus said: \"Two residents could only access their home when this resident was in bed.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Harbour Quality Authority"]


def test_a_quotation_with_its_own_cue_ends_before_a_sentence_that_reports_its_own_words():
    text = ("One HQA inspection report last year said: \"Two residents could only access their home when this "
            "resident was in bed\" The inspectors wrote that this was \"not in any way meeting the needs of "
            "residents.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["HQA", ""]


def test_she_after_a_sentence_ending_with_a_name_and_an_age_is_the_person_just_introduced():
    text = ("Tomas Varga went online for the first time in his life to buy the book. \"Luna is my favorite "
            "character,\" Varga says. That ethos is shared by many fans, among them Anna Kiss, 29. \"After I finished "
            "reading the book I was touched,\" she says.")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "Anna Kiss"]


def test_a_slogan_s_verb_and_place_in_a_quotation_are_no_person():
    text = ("Asked why, Tomas Varga says: \"People believe in something very dynamic. Make China great again, so to "
            "speak.\" Estland has built 17 metro lines since 2000. Washington has built one. The system may never "
            "change. An aging society will naturally become more complacent, but he believes there is so much dynamism "
            "in China that it has time. More "
            "generally, he says, barriers will accumulate in any system.")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "Tomas Varga"]


def test_said_then_a_role_of_a_body_then_the_name_is_that_person():
    text = ("The group Harbour Watch criticized the Vatican, saying the goals would be compromised \"if Estland is "
            "allowed back.\" \"Are they doing any illegal transplantation? We can't say,\" said chancellor of the "
            "Pontifical Academy of Sciences Monsignor Tomas Varga.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Harbour Watch", "Tomas Varga"]


def test_titles_listed_one_after_another_in_marks_are_no_quotations():
    text = ("\"I believe there is a deficiency,\" Anna Kiss said. Outstanding British film \"American Honey\" "
            "\"Denial\" \"Fantastic Beasts and Where To Find Them\" \"Notes on Blindness\" Documentary \"13th\" "
            "\"The Beatles: Eight Days a Week -- The Touring Years\" \"The Eagle Huntress\" Production design "
            "\"Allied\" \"La La Land\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Kiss"]


def test_a_body_shortened_after_its_full_name_with_of_is_named_in_full():
    text = ("The order reaffirmed a deadline set by the U.S. Army Corps of Engineers. \"The land is federally owned,\" "
            "the Army Corps said.")
    assert [q.speaker for q in extract_quotes(text)] == ["U.S. Army Corps of Engineers"]


def test_he_is_no_company():
    text = ("\"See? It stopped,\" Tomas Varga, a 30-year-old volunteer, says as he points to nearby chimneys. Four "
            "companions join him in a sigh of relief. What is getting them excited is the suspension of operations at "
            "Harbour Xianfeng Chemical Industry Co, a state-owned enterprise in Estland county. Inspectors from the "
            "central government declared on Nov 23 that its emissions were severe. \"The suspension should be "
            "credited to the central inspectors,\" he says.")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "Tomas Varga"]


def test_the_place_prosecutor_s_office_is_the_prosecutor_the_article_names():
    text = ("A search of his flat found cocaine, Paris prosecutor Tomas Varga said. The Paris prosecutor's office, "
            "which is in charge of the probe, said Sunday that the father was released from custody overnight.")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "Tomas Varga"]


def test_a_long_apposition_the_writer_did_not_close_still_ends_at_the_verb():
    text = ("\"Whoever is supported by Mr Xanana will be elected,\" Tomas Varga, a former junior minister of defense "
            "and political science lecturer at the National University of Estland told the German press agency DPA.")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga"]


def test_an_epigraph_signed_with_a_dash_name_and_work_is_that_author_s():
    text = ("\"Collective fear stimulates herd instinct, and tends to produce ferocity\"-- Tomas Varga, Unpopular "
            "Essays  I remember as a young boy watching my father. \"Neither a man nor a crowd can be trusted to act "
            "humanely\" --Tomas Varga, Unpopular Essays Propaganda knows no unique time.")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "Tomas Varga"]


def test_someone_s_father_is_the_father_the_article_named():
    text = ("The teen's dad, Tomas Varga, says it is the only cup his son Ben will drink from. \"We need to pay "
            "attention to them,\" user XiwohouLV posted online. Ben's father tweeted last week: \"Cannot believe they "
            "have managed to find the mold.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "XiwohouLV", "Tomas Varga"]


def test_says_a_name_then_a_phrase_with_through_is_that_person():
    text = "\"I used to blame myself,\" says Varga through tears. \"Now I see that I was just a child,\" says Varga."
    assert [q.speaker for q in extract_quotes(text)] == ["Varga", "Varga"]


def test_an_acronym_of_a_name_before_its_for_phrase_means_the_whole_name():
    text = ("Up to 450 worms live in the same area, according to the Harbour Wide Fund for Nature (HWF). Still, the HWF "
            "warns of a \"dangerous chain reaction for humanity,\" and has called for change.")
    assert [q.speaker for q in extract_quotes(text)] == ["Harbour Wide Fund for Nature", "Harbour Wide Fund for Nature"]


def test_a_surname_alone_is_the_full_name_with_its_junior():
    text = ("The DA is Cyrus R. Vance Jr., a lawyer. On Monday, Vance said the charges were warranted because of the "
            "way he chose his victim.")
    assert [q.speaker for q in extract_quotes(text)] == ["Cyrus R. Vance Jr."]


def test_an_open_apposition_with_a_comma_inside_still_ends_at_the_verb():
    text = ("\"The worst seems to be over,\" Tomas Varga, a resident of Vitoria, the capital of Estland state told "
            "Harbour TV. \"We supported the strike the first few days.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "Tomas Varga"]


def test_a_statement_posted_on_a_day_is_no_cue_of_the_sentence():
    text = ("Sheriff Tomas Varga said the orders remained in place. In a statement posted on social media on Sunday, "
            "Mr Varga ordered residents to evacuate, repeating three times that it was \"NOT a drill\".")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "Tomas Varga"]


def test_a_barrister_s_postnominal_is_no_part_of_the_name():
    text = ("Counsel for the DPP Anna Kiss BL had told the court that Mr Maher was crossing at the lights when a car "
            "came out of nowhere. Ms Kiss said the car was travelling at speeds between 72 and 79 km/h.")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Kiss", "Anna Kiss"]


def test_an_acronym_of_a_body_with_and_in_its_name_is_that_body():
    text = ("A woman has been released from U.S. Immigration and Customs Enforcement custody in Texas. A spokesperson "
            "for ICE said that she had been determined to be stable before she was discharged.")
    assert [q.speaker for q in extract_quotes(text)] == ["U.S. Immigration and Customs Enforcement"]


def test_a_quotation_followed_by_shrugs_or_grins_and_a_name_is_that_person_s():
    text = ("\"The flavour is known,\" Tomas Varga says. \"They said 'your project is not going to work,'\" shrugs "
            "Karl Obst, who handles the business side. \"My body is a thermometer!\" Varga grins.")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "Karl Obst", "Tomas Varga"]


def test_before_thanking_the_supporters_in_marks_is_the_subject_s_thanks():
    text = ("In Wednesday's ruling, the judges said: Sgt Varga's wife, Anna, was greeted by cheering supporters and "
            "honking taxi horns on the steps of the court before thanking the \"tens of thousands of supporters who "
            "have stood behind us throughout\". Anna Varga had a tear in her eye.")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Varga"]


def test_the_company_is_the_one_introduced_as_travel_company_x():
    text = ("Families plan to take travel company Harbour Tours to a civil court. The company maintained it was "
            "\"wholly erroneous\" to claim it had been neglectful.")
    assert [q.speaker for q in extract_quotes(text)] == ["Harbour Tours"]


def test_a_participle_opening_then_a_name_and_a_present_tense_verb_is_that_person_s():
    text = ("Calling the venture a \"marriage of equals\", Lin Hao, chairman and chief executive of Harbour Group, "
            "confirms each side will pay half. Asked about rivals, Lin denies they were \"ever a worry\".")
    quotes = extract_quotes(text)
    assert [(q.speaker, q.direct) for q in quotes if q.direct] == [("Lin Hao", True), ("Lin Hao", True)]


def test_a_provost_or_a_surgeon_is_a_role_the_article_gave_a_name():
    text = ("The agreement was signed by the institute's provost, Alexander Kurov, and the hospital's chief surgeon, "
            "Maria Lind. \"We need professionals,\" the provost stressed. \"They will learn "
            "fast,\" the surgeon said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Alexander Kurov", "Maria Lind"]


def test_the_subject_who_met_someone_at_a_place_and_said_is_the_speaker():
    text = ("Harbour chief executive Lena Ostrova met Karl Obst at the Town Hall and said the city would be "
            "\"just fine\" after the move.")
    assert [q.speaker for q in extract_quotes(text)] == ["Lena Ostrova"]


def test_a_body_whose_name_has_of_after_as_the_is_the_speaker():
    text = ("Harbour Tools will open an office in Leeds. The news came as the British Chamber of Trade said firms "
            "had been delaying decisions.")
    assert [q.speaker for q in extract_quotes(text)] == ["British Chamber of Trade"]


def test_a_clause_of_the_passive_before_a_body_announced_something_is_not_its_speech():
    text = ("An exhibition, which will last one month, was launched a day before the Ministry of Culture announced "
            "Lena Varga's visit to Oslo from May 15 to 18.")
    assert extract_quotes(text) == []


@pytest.mark.parametrize("opening", ["Last year", "On Tuesday", "In 2016", "Earlier this month"])
def test_a_time_before_the_subject_without_a_comma_is_no_part_of_it(opening):
    text = f"Harbour Tools Corp is hiring. {opening} the company said it would move 1,600 staff to Leeds in 2021."
    assert [q.speaker for q in extract_quotes(text)] == ["Harbour Tools Corp"]


def test_a_time_before_the_father_of_someone_is_still_nobody_named():
    text = ("Pilot Karl Obst crashed the plane. On Friday the father of Obst claimed his son had not been depressed at "
            "the time of the crash.")
    assert [q.speaker for q in extract_quotes(text)] == []


def test_it_was_announced_after_a_time_is_nobody_s_speech():
    text = ("Harbour Tools Corp was sold, its chief said. On Friday evening it was announced that Lena Varga and Karl "
            "Obst have been appointed to the board.")
    assert extract_quotes(text) == []


@pytest.mark.parametrize("sentence, speaker", [
    ("The city is \"very optimistic\" about the future, Lena Varga told the council.", "Lena Varga"),
    ("The firm is \"very optimistic\" about the future of the region, Lena Varga has said.", "Lena Varga"),
    ("The firm was \"totally blindsided\" by the ruling, Lena Varga said on Monday.", "Lena Varga"),
])
def test_words_in_marks_in_a_clause_attributed_at_its_end_are_the_speaker_s(sentence, speaker):
    text = f"Lena Varga runs Harbour Tools. {sentence}"
    assert [(q.speaker, q.direct) for q in extract_quotes(text)] == [(speaker, True)]


def test_words_in_marks_in_a_clause_with_an_object_after_the_verb_are_no_speech():
    text = "Lena Varga runs Harbour Tools. The tax is \"unfair\" to workers, and the union said it would strike."
    assert not [q for q in extract_quotes(text) if q.text == "unfair"]


def test_a_relative_named_by_first_name_after_his_or_her_is_that_person():
    text = ("Karl Obst has two children, Tom, 19, and Jenny, 17. \"My papa treats all of us the same way,\" said his "
            "daughter Jenny.")
    assert [q.speaker for q in extract_quotes(text)] == ["Jenny"]


def test_he_who_did_several_things_and_said_is_the_person_he_means():
    text = ("Tomas Varga, 39, was shot dead on Saturday. Varga arrived at the airport at noon. He tried to seize a "
            "weapon, put his gun to her head and said: \"I am here to die.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga"]


@pytest.mark.parametrize("office", ["Oslo prosecutor's office", "Oslo prosecutors' office",
                                    "The Oslo County sheriff's office"])
def test_a_place_s_prosecutor_s_office_is_that_office(office):
    text = f"Tomas Varga, 39, was shot dead in Oslo. {office} said tests found traces of cocaine in his blood."
    assert [q.speaker for q in extract_quotes(text)] == [office.removeprefix("The ")]


def test_it_after_a_sentence_that_opens_with_a_named_daily_is_that_paper():
    text = ("Harbour FC lost 6-1 on Wednesday. Influential sports daily L'Arena was quick to highlight the "
            "implications. \"It is the entire project that is threatened,\" it said.")
    assert [q.speaker for q in extract_quotes(text)] == ["L'Arena"]


def test_reported_speech_of_a_second_clause_joined_by_and_without_a_comma():
    text = ("The league had repeatedly rebuked such accusations and Lena Varga, the league's secretary general, "
            "announced during her visit to Oslo that there was no evidence of any violations.")
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [
        ("Lena Varga", "there was no evidence of any violations")]


@pytest.mark.parametrize("introduced, firm", [
    ("Tour operator Harbour Travel has been accused of failing to vet security", "Harbour Travel"),
    ("The technology giant Varga changed its logo on Monday", "Varga"),
])
def test_the_firm_is_the_one_introduced_by_its_trade(introduced, firm):
    text = f"{introduced}, but the firm has argued \"it was not at fault\"."
    assert [q.speaker for q in extract_quotes(text)] == [firm]


def test_a_chinese_surname_ending_in_n_is_no_adjective_of_another_name():
    text = ("\"We should act,\" says Minister of Education Chen Baosheng. Chen says the alliance strives to help "
            "schools. \"I managed to study at two institutions,\" says Che Rui, a recent graduate.")
    assert [q.speaker for q in extract_quotes(text)] == ["Chen Baosheng", "Chen Baosheng", "Che Rui"]


def test_an_acronym_in_another_language_after_a_body_of_or_for_something_is_that_body():
    text = ("A total of 7,370 people applied in 2016, according to the Federal Office for Migration and Refugees "
            "(BAMF). The number rose. According to BAMF's report, people from Syria filed 2,250 of the new "
            "applications.")
    assert [q.speaker for q in extract_quotes(text)] == ["Federal Office for Migration and Refugees"] * 2


@pytest.mark.parametrize("sentence, speaker, words", [
    ("The Harbour Police Office reported that, out of the 921 recorded offenses, 857 had far-right motives.",
     "Harbour Police Office", "out of the 921 recorded offenses, 857 had far-right motives"),
    ("She and co-author Obst proposed that local factors should count for less in the offices.",
     "Lena Varga", "local factors should count for less in the offices"),
    ("She and her co-author Karl Obst proposed that the guidelines should be stricter for every office.",
     "Lena Varga", "the guidelines should be stricter for every office"),
])
def test_reported_speech_after_that_with_a_comma_and_proposed(sentence, speaker, words):
    text = f"Lena Varga wrote the study. {sentence}"
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [(speaker, words)]


def test_recalls_and_remembers_after_a_quotation_are_cues():
    text = ("Karl Obst, head of Harbour Tours, brought a cake for Lena Varga. \"I totally forgot my birthday,\" Varga "
            "recalls. \"The buffaloes would drink the water and die,\" remembers Tomas Berg, 29, a breeder.")
    assert [q.speaker for q in extract_quotes(text)] == ["Lena Varga", "Tomas Berg"]


def test_what_a_body_called_with_a_time_between_is_that_body_s():
    text = ("Half a million people were displaced as a result of what the United Nations in 2001 called a \"major "
            "ecological disaster, comparable to the drying of the Aral Sea.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["United Nations"]


def test_the_operator_is_a_firm_not_a_person_the_article_named():
    text = ("\"I am really shocked,\" one of the teachers told Jiji Press. The ski resort had been closed for the "
            "season, according to the operator's website, with the lift stopped.")
    assert [q.speaker for q in extract_quotes(text)] == [""]


@pytest.mark.parametrize("text", [
    "Lena Varga wrote a series of novels called Harbour, whose name means \"place of refuge\" in Old Norse.",
    "In \"Oslo. City of Strangers,\" Lena Varga takes a look at the city from the outside.",
    "Karl Obst told the paper that improving the so-called \"last mile\" could boost sales.",
    "The word, which translates as \"forest of things,\" is Latin, Lena Varga said.",
])
def test_a_translation_a_so_called_term_and_a_title_after_in_are_no_speech(text):
    assert [q.text for q in extract_quotes(text) if q.direct] == []


def test_a_capitalised_role_at_a_place_whose_closing_comma_is_left_out():
    text = ("Harbour Tools will close its plant. Karl Obst, Plant Manager at Leeds said he is committed to fully "
            "supporting colleagues in Leeds.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst"]


def test_reported_speech_of_a_person_named_in_full_only_in_the_headline():
    title = "Austria to investigate hate speech against satirical author Lena Varga"
    text = ("The saga began when Varga published a satirical diary. The author said she would denounce all the "
            "authors behind the hate posts.")
    assert [q.speaker for q in extract_quotes(text, title)] == ["Lena Varga"]


@pytest.mark.parametrize("text, speaker", [
    ("Karl Obst posted pictures on his blog. The airline mogul said he invited the Varga family \"for a complete "
     "break\".", "Karl Obst"),
    ("Lena Varga spoke. Shortly after the court ruled, Varga appeared on television, assuring Fox News the order would "
     "include only \"minor technical differences.\"", "Lena Varga"),
    ("Oslo passed a law. According to the UN envoy for the peace process, Karl Obst, the law crosses a \"very thick "
     "red line\".", "Karl Obst"),
])
def test_a_mogul_an_assuring_participle_and_according_to_a_role_then_a_name(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


def test_a_name_then_an_address_apposition_is_that_person():
    text = ("Lena Varga told the court that she slipped on gravy. Ms Varga, with an address at Harbour Place, "
            "Stepaside, Dublin, but who now lives in Killarney, Co Kerry, said she fell heavily on her back.")
    assert [q.speaker for q in extract_quotes(text)] == ["Lena Varga", "Lena Varga"]


def test_told_her_barrister_then_his_name_then_that():
    text = ("Lena Varga slipped on gravy. She told her barrister, Karl Obst, that she managed to get up and noticed "
            "that her hair was wet.")
    assert [q.text for q in extract_quotes(text)] == ["she managed to get up and noticed that her hair was wet"]


def test_a_role_in_a_place_then_who_is_that_role_s_holder_not_the_place():
    text = ("Oslo blamed Harbour Land. Karl Obst also slammed the Harbour ambassador in Kuala Lumpur who accused Oslo "
            "of \"trying to conceal something\".")
    assert [q.speaker for q in extract_quotes(text)] == [""]


def test_the_company_is_a_firm_whose_name_ends_in_stores():
    text = ("Lena Varga sued her former employer, Harbour Stores, for negligence. The company alleged that she had not "
            "mentioned the spill after her accident.")
    assert [q.speaker for q in extract_quotes(text)] == ["Harbour Stores"]


@pytest.mark.parametrize("sentence, words", [
    ("Ms Varga claimed the gravy had leaked from a bin bag.", "the gravy had leaked from a bin bag"),
    ("She alleged the bin bags were unfit for purpose.", "the bin bags were unfit for purpose"),
])
def test_claimed_or_alleged_without_that_before_a_clause_with_an_auxiliary(sentence, words):
    text = f"Lena Varga sued her employer. {sentence} The attack claimed the lives of 23 people."
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [("Lena Varga", words)]


def test_he_after_a_time_without_a_comma_opens_a_sentence_quoting_him():
    text = ("The faction said it had carried out the attack. The army chief, General Karl Obst, has lost patience. On "
            "Thursday he issued a veiled threat to some countries that \"each drop of blood shall be avenged.\"")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Karl Obst"]


def test_a_paper_named_in_marks_that_quoted_someone_as_saying():
    text = ("Lena Varga is the town spokesman. \"It's time to exchange the pieces,\" said Karl Obst, who runs the "
            "town hall. \"It is a temporary grace period,\" \"Harbour Post\" newspaper quoted Varga as saying.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst", "Lena Varga"]


def test_a_brigadier_general_s_hyphenated_title_is_no_part_of_the_name():
    text = "\"We are still moving toward the bridge,\" Brigadier-General Karl Obst told Reuters news agency."
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst"]


def test_it_says_after_a_body_introduced_by_its_kind_is_that_body():
    text = ("The travel trade organisation, Harbo, says a cyber attack on its website may have affected 43,000 "
            "people. About 1,000 files may include personal information. It says it is contacting those affected by "
            "the hack.")
    assert [q.speaker for q in extract_quotes(text)] == ["Harbo", "Harbo"]


def test_a_speech_participle_opening_then_he_after_the_quotation_is_his():
    text = ("Karl Obst fired at officers. He then burst into the bar. Telling his relatives by phone that he had been "
            "up to some \"mischief\", he then drove towards the airport.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst"]


def test_a_person_of_a_body_in_a_city_and_state_is_that_person():
    text = ("Harbour Motors spoke. Karl Obst of the Center for Automotive Research in Ann Arbor, Michigan, says that "
            "Harbour is becoming more realistic. \"Their plans were very risky,\" he says.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst", "Karl Obst"]


def test_what_someone_with_an_aside_called_is_theirs():
    text = ("\"There is something special here,\" Karl Obst told the paper. This leads to what Lena Varga, writing for "
            "Paw Culture, called \"a constant cycle of birth, early death, and more birth.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst", "Lena Varga"]


def test_a_three_word_role_between_a_nationality_and_a_name_before_saying():
    text = ("Anton Berg won bronze. Last month, French famous biathlon racer Karl Obst stirred an outcry after leaving "
            "a comment about Berg, saying that the Russian athlete's only achievement was a two-year suspension.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst"]


def test_prepared_remarks_that_say_something_are_the_speaker_s():
    text = ("Attorney General Karl Obst spoke on Tuesday. Crime rates \"remain near historic lows,\" according to "
            "Obst's prepared remarks. \"But this progress is now at risk,\" the prepared speech said. \"These numbers "
            "should trouble all of us,\" Obst's prepared speech said. \"We must act,\" the attorney general's "
            "prepared remarks said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst"] * 4


def test_an_abbot_of_an_abbey_with_the_title_dom():
    text = ("Dom Karl Obst, Abbot of Mount St Joseph Abbey said: \"This is one of the most joyous days.\" \"We have "
            "been truly overwhelmed,\" he said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst", "Karl Obst"]


def test_a_surname_several_people_share_is_the_one_who_spoke_last():
    text = ("Harbour Land has blamed Oslo for the killing of Kim Jong-nam, half-brother of Kim Jong-un. Kim In-ryong, "
            "its deputy envoy, told reporters that \"this case is the product of reckless moves\". Oslo was trying to "
            "tarnish its image, Kim said on Monday.")
    assert [q.speaker for q in extract_quotes(text)] == ["Kim In-ryong", "Kim In-ryong"]


def test_a_lawyer_for_someone_is_not_that_someone():
    text = ("A lawyer for Mary Jones' father said the teacher is armed and \"obviously a man who is not in control.\" "
            "The school said the teacher was fired.")
    assert [q.speaker for q in extract_quotes(text)][0] == ""


def test_father_is_a_priest_s_title_not_part_of_his_name():
    text = ("The charity was founded by priest Karl Obst Varga. In conservative Spain Father Karl, as he is often "
            "called, is a revolutionary. \"In most churches you need to be silent,\" Father Karl says.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst Varga"]


def test_a_nationality_after_a_lowercase_the_is_the_person_just_quoted():
    text = ("The comeback was \"crazy and unbelievable\", according to midfielder Karl Obst. \"It was really "
            "impossible,\" added the Croatian. \"Is it possible?\" The Guardian asked last week.")
    assert [q.speaker for q in extract_quotes(text)][:2] == ["Karl Obst", "Karl Obst"]


def test_he_after_an_informed_source_told_is_that_unnamed_source():
    text = ("Chief Prosecutor Karl Obst said that the investigators had no conclusions. \"The reports are just "
            "assumptions,\" he said. In the meantime, an informed source told TASS that the commission continues its "
            "work. \"The commission has not finished its work yet,\" he said.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Karl Obst", ""]


def test_the_company_after_a_pharma_firm_is_that_firm():
    text = ("Connecticut-based Varga Pharma says the lawsuit paints a flawed picture. \"We look forward to presenting "
            "the facts in court,\" the company said in a statement.")
    assert [q.speaker for q in extract_quotes(text)] == ["Varga Pharma", "Varga Pharma"]


def test_contends_reports_a_claim_with_or_without_that():
    text = ("Harbourton is suing Varga Pharma. Still, Harbourton contends Varga created a market for addicts. Karl Obst "
            "contended that the decline was hastened by the drought. Opposition figures have had to contend with "
            "harassment.")
    quotes = extract_quotes(text)
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Harbourton", "Varga created a market for addicts"),
        ("Karl Obst", "the decline was hastened by the drought")]


def test_a_middle_initial_and_a_first_name_like_a_particle_stay_in_the_name():
    text = ("Dr. Lena A. Varga, assistant professor of neurology, said the drug works. \"These children are now "
            "living,\" Varga said. His physician, Dr. Van Obst, is his classmate. \"These people need care,\" Obst "
            "said. Deputy Prime Minister Alexander De Berg spoke. \"We will act,\" Berg said.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Lena A. Varga", "Van Obst", "Alexander De Berg"]


def test_points_out_that_reports_speech():
    text = ("Karl Obst, vice-president of Harbour Group, spoke on Monday. Lena Varga of Morgan Bank wrote a report. "
            "Obst points out that foreign staff will help identify new markets, but more importantly \"help bridge "
            "the markets\". He also pointed out that the market is growing fast. Varga pointed out the flaws in the "
            "plan.")
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [
        ("Karl Obst", "help bridge the markets"), ("Karl Obst", "the market is growing fast")]


@pytest.mark.parametrize("sentence,clause", [
    ("Obst testified that he had sought to retaliate.", "he had sought to retaliate"),
    ("Obst recalled that the talks began in 1993.", "the talks began in 1993"),
    ("Obst denied he had condoned the killings.", "he had condoned the killings"),
    ("Obst denied that the change would have any impact.", "the change would have any impact"),
    ("Obst indicated he would not announce any plans.", "he would not announce any plans"),
    ("In the end, Obst agreed that the deal was fair.", "the deal was fair"),
])
def test_more_verbs_report_a_clause(sentence, clause):
    text = "Karl Obst is the mayor of Harbourton. " + sentence
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [("Karl Obst", clause)]


@pytest.mark.parametrize("sentence", [
    "Obst denied any wrongdoing in the case.", "Obst denied the allegations.", "Obst indicated his support for it.",
    "Obst recalled the talks fondly.",
])
def test_those_verbs_with_an_object_report_nothing(sentence):
    assert extract_quotes("Karl Obst is the mayor of Harbourton. " + sentence) == []


def test_his_holiness_and_her_majesty_are_the_dalai_lama_and_the_queen():
    text = ("The Dalai Lama smiled at the crowd. \"We are social animals,\" the Dalai Lama replied. \"I had this "
            "experience in 1954,\" His Holiness said. In London, the Queen met the envoy. \"It was a joy,\" Her Majesty "
            "said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Dalai Lama", "Dalai Lama", "Queen"]


def test_a_question_then_a_cue_with_a_colon_before_the_answer():
    text = ("When one of his followers asked \"Where will your tunnel be?\" Karl Obst responded with the following: "
            "\"Starting across from my desk.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["", "Karl Obst"]


def test_as_someone_puts_it():
    text = "As 29-year-old resident Karl Obst puts it: \"Jogging on different sides offers different feelings.\""
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst"]


def test_she_after_a_clause_opening_with_while_and_a_name_is_that_name():
    text = ("Photographer Lena Varga took the pictures of Mary Ferris at the gym. \"The response has been supportive!\" "
            "said the photographer. While Ferris has received some negative feedback, she said she uses it as an "
            "opportunity to educate people.")
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [
        ("Lena Varga", "The response has been supportive!"),
        ("Mary Ferris", "she uses it as an opportunity to educate people")]


def test_an_acronym_of_a_body_s_name_before_its_and():
    text = ("Overdoses doubled, a new report by the Centers for Disease Control and Prevention shows. Opioids killed "
            "more than 33,000 people in 2015, the CDC says.")
    assert [q.speaker for q in extract_quotes(text)] == ["Centers for Disease Control and Prevention"]
    text = text.replace("the Centers", "the U.S. Centers")  # (a nation before the name)
    assert [q.speaker for q in extract_quotes(text)] == ["Centers for Disease Control and Prevention"]


@pytest.mark.parametrize("opening", [
    "36-year-old Lena Varga's satisfaction levels are low.", "The 36-year-old Lena Varga is unhappy.",
    "Thirty six-year-old Lena Varga's satisfaction levels are at the other end of the spectrum.",
])
def test_she_after_a_sentence_opening_with_an_aged_name(opening):
    text = f"\"The NHS has been brilliant,\" says Karl Obst. {opening} She says she has waited 15 months."
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst", "Lena Varga"]


def test_minutes_after_opens_no_name():
    text = ("Minutes after the wrong film was announced, the award went to another film, a moment that had everyone "
            "asking, \"What happened?\"")
    assert [q.speaker for q in extract_quotes(text)] == [""]


def test_echoes_and_repeats_are_cues():
    text = ("\"This is not a joke,\" Karl Obst says. \"This is not a joke,\" producer Lena Varga echoes. \"This is "
            "not a joke,\" Obst repeats.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst", "Lena Varga", "Karl Obst"]


def test_he_replied_to_a_question_is_the_one_asked():
    text = ("Karl Obst, 56, denies murder. Mr Obst denied knowing she had died, and Tom Reid, defending, asked him: "
            "\"Did you have any knowledge of her death?\" \"No,\" he replied. \"We totally clicked,\" he told the "
            "court.")
    assert [q.speaker for q in extract_quotes(text)] == ["Tom Reid", "Karl Obst", "Karl Obst"]


def test_a_cue_about_something_then_a_colon_owns_its_quotation():
    text = ("On Dec 1, Karl Obst, an engineer from Boston, tweeted about Tsingtao: \"I am in love with this beer. It is "
            "amazing.\" Lena Varga, brand director of Tsingtao US, told the media later: \"Yes, sales rose.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst", "Lena Varga"]


def test_texted_is_a_cue_and_a_father_named_x_is_x():
    text = ("Text messages were read aloud. \"Where are you!\" Mary Oyola texted shortly before midnight. \"He is "
            "dead,\" Karl Moreno replied. In the report, one father named Firas recounted how his son had been "
            "affected. \"My son wakes up afraid,\" he said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Mary Oyola", "Karl Moreno", "Firas"]


def test_a_person_of_a_city_and_state_is_that_person():
    text = ("Former Westland Police Chief Karl Obst of Alexandria, Virginia, said he was detained on his return trip "
            "from Paris.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst"]


def test_an_opening_alongside_phrase_goes_before_the_subject():
    text = ("Karl Obst has paid tribute to the singer. Alongside backing singers Pepsi and Shirlie, he made a speech "
            "at the awards last month describing the singer as a \"supernova\".")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst"]


def test_the_report_after_in_its_final_report_the_body():
    text = ("In its final report on the disaster, the Harbour Accidents Branch listed a series of failings. The report "
            "said the risk assessment \"was not suitable and sufficient\".")
    assert [q.speaker for q in extract_quotes(text)] == ["Harbour Accidents Branch"]


def test_an_irish_county_is_no_person():
    from indexer.names import ArticleNames, person_named

    names = ArticleNames("A man accused of murdering a woman in Co Wicklow two years ago told police he was sorry. "
                         "Karl Obst, from Ashford in Co Wicklow, has admitted the manslaughter.")
    assert person_named("Co Wicklow", names) == "" and "Co Wicklow" in names.places


def test_a_passive_quoted_as_saying_after_an_apposition():
    text = ("\"If you are Harbourland, China is the future,\" Karl Obst, a Dubai-based lawyer at Varga Legal "
            "Consultants, was quoted as saying by DealStreetAsia, a news platform.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst"]


@pytest.mark.parametrize("sentence", [
    'The basic meaning is "follow", which is easy to understand.',
    'Though it has another meaning, "temperament", it is rare.',
    'The character means "run fast" or "super strong".',
])
def test_translations_after_means_and_meaning_are_no_speech(sentence):
    assert extract_quotes("Karl Obst teaches Chinese. " + sentence) == []


def test_a_person_described_with_an_age_after_a_quotation_starts_a_sentence():
    text = ("Karl Obst, of the harbour police, said the boat had sunk. \"It went down fast,\" he said. \"The crew "
            "were either strapped in or tethered.\" Captain Vera Lund, 45, the only one of the crew to be found so "
            "far, was taken to hospital on Tuesday.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst"] * 3


def test_a_teaser_dated_in_parentheses_ends_its_sentence():
    text = ("Harbourland will be spinning off its car project into a business of its own. (13.12.2016) Varga Motors "
            "said it expected the purchase to close within the next nine months.")
    assert [(q.speaker, q.text[:11]) for q in extract_quotes(text)] == [("Varga Motors", "it expected")]


def test_a_clause_with_its_own_modal_verb_before_says_x_is_the_clause():
    text = ("If we are not careful, driverless cars will make moral choices for us, without our noticing, says Karl "
            "Obst.")
    assert [(q.speaker, q.direct, q.text[:14]) for q in extract_quotes(text)] == [("Karl Obst", False, "If we are not ")]


def test_a_firm_named_only_with_an_apostrophe_s_keeps_it():
    text = ("A research note from Varga's, which rates 50 developers, calls the outlook stable. Only two of the 50 "
            "developers face pressure in refinancing, says Varga's. Karl Obst's firm disagrees. Obst said the risks "
            "were growing.")
    assert [q.speaker for q in extract_quotes(text)] == ["Varga's", "Karl Obst"]


def test_a_research_note_speaks_for_the_firm_that_wrote_it():
    text = ("\"Concern about debt seems to have found a solution,\" says a research note from Varga Securities. A "
            "research note from Obst Capital says that about 100 million residents will move to the cities. \"We "
            "expect leasing to take 20 percent of the market,\" says the research note.")
    assert [q.speaker for q in extract_quotes(text)] == ["Varga Securities", "Obst Capital", "Obst Capital"]


def test_an_inside_a_firm_s_name_is_part_of_it():
    text = "A research note from Ping An Securities says that sports tourism has grown faster than any other segment."
    assert [q.speaker for q in extract_quotes(text)] == ["Ping An Securities"]


def test_it_after_a_body_opening_the_sentence_before_is_that_body_not_the_last_speaker():
    text = ("The Varga Bank statement added: \"Last night we failed the Academy.\" The Academy also broke its "
            "silence on Monday. In a statement, it said: \"We are sorry to the entire cast and crew.\"")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Varga Bank", "Academy"]


def test_a_media_player_notice_glued_to_a_sentence_ends_before_it():
    text = ("\"Vera is the right woman,\" said director Karl Obst. Media playback is not supported on this device "
            "Ana Lund resigned on 6 February. Before the tour, the 32-year-old opener said she was looking forward to "
            "a rest.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst", "Ana Lund"]


def test_the_body_s_role_is_the_role_the_article_named():
    text = ("A record number of visitors came this winter, director of the Harbour Reserve Karl Obst told TASS. The "
            "biggest attraction is Father Frost. He began receiving guests in 1995. \"Father Frost has been on TV "
            "more than once,\" the reserve's director said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst", "Karl Obst"]


def test_a_caption_after_a_continued_quotation_is_no_signature():
    text = ("\"We found 629 kinds of mosses,\" the director, Karl Obst, said. \"Some species are new to science.\"  "
            "Grandfather Frost, Russian Santa in Soviet era photographs  The biggest attraction for tourists is "
            "Father Frost.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst", "Karl Obst"]


def test_a_person_of_a_described_body_is_the_person():
    text = ("Karl Obst of broadband comparison website Harbour Broadband said that while the cut would be welcome, "
            "\"a lot hinges on who pays for it\".")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst"]


def test_a_role_then_a_name_between_dashes_is_that_person():
    text = ("Veteran critic Karl Obst says the power comes from the villages, \"where our traditions are\". Another "
            "veteran critic - Vera Lund, from the Harbour Academy of Letters - says that while older writers go on "
            "writing, younger writers are gaining ground. \"Every year about 5,000 novels come out.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst", "Vera Lund", "Vera Lund"]


def test_a_chinese_surname_alone_is_the_person_introduced_with_it_first():
    text = ("Lin vera (inset), one of the artists, created the fox Ali. Vera Han, 28, an illustrator, is an editor in "
            "Beijing. For Vera, another problem is the market. Vera has rarely drawn for shops because \"they usually "
            "don't like my style\". College teacher Lin Vera creates stories about Ali.")
    assert [q.speaker for q in extract_quotes(text)] == ["Vera Han"]


def test_a_quotation_ending_its_sentence_after_for_x_is_x_s_though_someone_speaks_next():
    text = ("Vera Han, 28, is an editor. Karl Obst says: \"People know little about art.\" For Han, another problem "
            "is the limited scope for selling their work. \"In China, picture books are mainly for children.\" Obst "
            "says that in Europe, illustrations were made to express ideas.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Karl Obst", "Vera Han"]


def test_an_acronym_is_the_body_named_in_full_after_an_article():
    text = ("A Harbour Information and Safety Authority review of the ferry service has found shortcomings. HISA said "
            "the service has a clear plan, \"aided through a series of reviews\".")
    assert [q.speaker for q in extract_quotes(text)] == ["Harbour Information and Safety Authority"]


@pytest.mark.parametrize("sentence, speaker", [
    ("In a statement, the Harbour Service Executive-welcomed the review. The HSE also said that the service is in "
     "the second year of a five-year plan.", "Harbour Service Executive"),
    ("Union organiser Karl Obst-said that the service needed extra investment in the city.", "Karl Obst"),
])
def test_a_reporting_verb_glued_to_its_subject_by_a_hyphen(sentence, speaker):
    assert [q.speaker for q in extract_quotes(sentence)] == [speaker]


def test_the_report_is_its_author_s_after_a_hyphenated_mention():
    text = ("Their story is told in a HARBOURAID-report published on Monday. \"Verified instances of harm increased "
            "sharply last year,\" the report said.")
    assert [q.speaker for q in extract_quotes(text)] == ["HARBOURAID"]


def test_a_named_child_s_mother_is_nobody_the_article_names():
    text = ("HarbourAid said that reporting remains a challenge. Recalling the day her son was wounded, Majed's mother "
            "said she was at the market when she heard about the explosion.")
    assert [q.speaker for q in extract_quotes(text)] == ["HarbourAid"]  # (reported speech of nobody named is left out)


def test_a_three_word_role_in_an_open_apposition():
    text = ("\"What works here is a sense of community,\" Karl Obst, chief executive officer of the Harbour Research "
            "Institute in Copenhagen told the Associated Press.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst"]


def test_an_open_apposition_with_a_capitalised_title():
    text = ("\"We have indicators of change,\" Karl Obst, Chief Scientist of the Harbour Circumnavigation Expedition "
            "tells me.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst"]


def test_a_quotation_after_someone_s_words_opening_the_sentence_before_is_theirs():
    text = ("The two men were home early. Now, burdened with a memory he is struggling with, Obstani's words are "
            "heartrending. \"I just wish we had not gone there that night.\" Later, Obstani said he was fine.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Obstani"]


def test_a_stray_comma_between_the_verb_and_the_speaker_after_a_quotation():
    text = "\"Harbourland has more kinds of agave than any other country,\" says, Karl Obst, a professor of biology."
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst"]


@pytest.mark.parametrize("name", ["Christopher P. Obst", "Heather A. Lund", "Peter J. Varga"])
def test_a_first_name_ending_like_a_role_before_a_middle_initial_stays(name):
    text = f"{name}, an assistant professor, studies crime. \"Again and again, we see it,\" {name.split()[-1]} said."
    assert [q.speaker for q in extract_quotes(text)] == [name]


@pytest.mark.parametrize("text, speaker", [
    ("In an interview, Harris and Christine Todd Varga, the former agency head, spoke. \"He does not care for the "
     "agency,\" Varga said.", "Christine Todd Varga"),
    ("Fats Obst, Little Karl and Jerry Lee Varga now remain among the living. \"He damn near did, too!\" Varga said.",
     "Jerry Lee Varga"),
    ("Minister for Economy and Transport Sergey Obstov spoke. \"It will pay off,\" Obstov said.", "Sergey Obstov"),
])
def test_a_three_part_name_after_and_is_whole_unless_a_portfolio_goes_before(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


def test_she_is_no_infirmary():
    text = ("Vera Obst's husband Karl died after setting himself on fire at Harbour Royal Infirmary in 2006 when sparks "
            "reacted with the cream he was covered in. \"I got a phone call from the ward sister,\" she said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Vera Obst"]


def test_the_subject_of_the_clause_before_insisting_says_it():
    text = ("The Harbour fly-half had offered to pay for the treatment but Vera Obst refused, insisting she could have "
            "the procedure for free on the NHS, the court heard.")
    assert [q.speaker for q in extract_quotes(text)] == ["Vera Obst"]


@pytest.mark.parametrize("sentence", [
    "The court was told dog bites cannot be stitched or sealed and must be left open.",
    "The Harbour Court was told that the defendant had three previous convictions for theft.",
])
def test_a_court_that_was_told_is_no_speaker(sentence):
    assert extract_quotes("A postman was attacked by a dog. " + sentence) == []


def test_a_list_of_names_after_a_quotation_is_no_signature():
    text = ("Researchers at the Harbour University said in a study that the print was huge. \"Some sites were not "
            "exposed at the time,\" the study says. \"We also know that others were buried by sand.\" Vera Lund, "
            "Karl Obst, Tom Varga and a host of other stars are teaming up for a benefit.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Harbour University"] * 2


def test_the_force_is_the_police_force_the_article_names():
    text = "Harbourshire Police allowed evidence to be thrown away. The force said it had \"let the family down\"."
    assert [q.speaker for q in extract_quotes(text)] == ["Harbourshire Police"]


def test_he_is_no_name_used_after_an_article_as_a_modifier():
    text = ("Karl Obst sued. In his evidence Mr Obst said he was at the nightclub when a person spilled drink on him. "
            "He said it was his neck that \"worries me most\". He had performed as an Elvis Presley impersonator for "
            "many years, but since the assault he was unable to do this anymore. He had also given up his job at the "
            "Harbour Hotel in Dublin. He agreed with counsel that he also suffered from psychological problems.")
    assert [q.speaker for q in extract_quotes(text)][-1] == "Karl Obst"


def test_a_name_then_an_unmarked_role_after_said():
    text = "\"Their efforts give me great hope,\" said Dr Karl Obst executive director of Harbour.org, which helps."
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst"]


def test_nonetheless_opens_a_sentence_whose_subject_he_means():
    text = ("\"It needs work,\" says Vera Lund, an analyst. \"It could do more,\" she adds. Nonetheless, Prof Karl Obst "
            "from Harbour Business School believes there will be plenty of interest. He expects the firm to be sold "
            "with its management team, who he says are likely to have their own ideas for how to improve it.")
    assert [q.speaker for q in extract_quotes(text)] == ["Vera Lund", "Vera Lund", "Karl Obst"]


def test_someone_who_described_himself_as_said_it_though_another_reports_it():
    text = ("Ivan Lund, 40, denies murder. Recalling interviews, Sgt Karl Obst said Mr Lund had described himself as "
            "\"being in a daze\" when he taped her hands.")
    assert [q.speaker for q in extract_quotes(text)] == ["Ivan Lund"]


def test_a_person_of_a_body_whose_name_holds_a_comma():
    text = ("Professor Vera Lund of the University of Harbour, Eastport School of Medicine told reporters that she is "
            "surprised the league was unaware of the habit.")
    assert [q.speaker for q in extract_quotes(text)] == ["Vera Lund"]


def test_a_number_word_opening_the_next_sentence_is_no_speaker():
    text = ("\"Revenge porn is common,\" said the lawyer, Lisa Varga. \"It is scary, even for a celebrity, to stand up "
            "like this.\" Thirty-five states and Washington, D.C., have enacted laws against it.")
    assert [q.speaker for q in extract_quotes(text)] == ["Lisa Varga", "Lisa Varga"]


def test_who_describes_himself_as_names_the_speaker_of_the_words():
    text = ("The choir was founded by conductor Karl Obst. \"Young people are pushing back,\" Eric Varga said. Obst -- "
            "who describes himself as a \"rational optimist\" -- said his work comes from his own experiences.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Eric Varga", "Karl Obst"]


def test_a_publication_named_in_marks_after_its_kind():
    text = ("Before the 2000s, \"some people associated the singer with her contemporaries,\" wrote music magazine "
            "\"Rolling Stone.\" \"But the breadth of her music gave her credibility.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Rolling Stone", "Rolling Stone"]


def test_a_hashtag_is_no_first_name():
    text = ("It is tested by Sgt Karl Obst. Stand up on March 14 -- #MyHarbourDay PortCam's tools read carpets. Putting "
            "PortCam to the test Before the app rolls out, it is tested by Obst. \"We are getting hits,\" he says.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst"]


def test_a_saint_s_name_is_a_place_not_he():
    text = ("Sgt Karl Obst leads the test. It is run by Obst and the St. Harbour County Police Department. \"We test "
            "the St Harbour area,\" he says.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst"]


def test_a_name_only_ever_after_the_is_no_he():
    text = ("Members of the Wir Harbour group want more. Power to the people Karl Obst of the Liberal party, who "
            "represents Harbour in parliament, said he understood the desire. \"Harbour explored it,\" he said.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Karl Obst"]


def test_a_name_going_on_with_and_he_shows_his_gender():
    text = ("\"TV grew up then,\" said Vera Lund, a professor. 4. Karl Obst gets loud When: 1970s What happened: Obst "
            "took on race. Obst was not afraid to make people uneasy by mocking racists, and he was among the first to "
            "do so. Editor's Note: The video contains strong language. Viewers are warned. \"I made it my own,\" he "
            "said of the slur.")
    assert [q.speaker for q in extract_quotes(text)] == ["Vera Lund", "Karl Obst"]


def test_a_time_zone_is_no_speaker():
    text = ("AT&T confirmed the outage about 40 minutes earlier, at 9:49 p.m. ET, tweeting, \"Aware of issue "
            "affecting some calls.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["AT&T"]


def test_the_report_after_a_body_s_review_is_the_body_s():
    text = ("The Harbour Department of Schools review to be published later today outlines a new system. More schools "
            "will get help. The report says the old system was \"quite rigid and inflexible\".")
    assert [q.speaker for q in extract_quotes(text)] == ["Harbour Department of Schools"]


def test_a_name_with_jr_and_a_possessive_after_a_quotation_signs_nothing():
    text = ("\"I was surprised,\" Vera Lund says. \"I saw a little piece of his heart.\" Karl Obst, Jr.'s words began "
            "echoing in her head.")
    assert [q.speaker for q in extract_quotes(text)] == ["Vera Lund", "Vera Lund"]


def test_a_starred_changed_name_is_the_one_she_means():
    text = ("Some victims say they were pressured. Vera* was 15 years old when she says the priest assaulted her. "
            "\"After he kissed me, he hugged me,\" she recalled. * Name changed to protect her identity.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Vera"]


def test_their_report_is_the_body_s_just_named():
    text = ("HarbourSignal tracks the speed of wireless services around the world. Their recent report states: \"The "
            "U.S. ranks 68th in speeds.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["HarbourSignal"]


def test_a_picture_s_credit_names_no_speaker():
    text = ("Payments work at a hotel in Finland. Vera Lund / Harbour Daily  This is what Rita Lund, head of HarbourPay "
            "Europe, calls fin-life. \"We hope to champion it,\" says Lund.")
    assert [q.speaker for q in extract_quotes(text)] == ["Rita Lund"]


def test_greater_china_is_a_place_not_he():
    text = ("Mrs Vera Lund runs Harbour Bank. The bank sees growth in Greater China. \"It is a trade war,\" he says.")
    assert [q.speaker for q in extract_quotes(text)] == [""]


def test_a_name_then_descriptions_up_to_a_body_before_says():
    text = ("Karl Obst, deputy director of the Harbour Pen Association in Eastport, West Harbour's Zhejo province, home "
            "to one of the leading stationery enterprises, Beifa Group, says: \"A pen costs about 0.5 yuan.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst"]


def test_a_cue_inside_an_in_which_clause_is_not_the_quotation_s():
    text = ("Mr Karl Obst spoke today. He said the recording of Ms Vera Lund's interview, in which she said she could "
            "not tell fact from fiction, was \"the most telling evidence about her credibility\".")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Karl Obst"]


def test_a_firm_after_a_role_keeps_its_first_word():
    text = ("The chairman of Karl Obst GmbH, the German conglomerate, said on March 20 that the group would grow. "
            "According to Obst, \"many machines use our drives\".")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst GmbH", "Karl Obst GmbH"]


def test_a_press_release_s_about_heading_is_no_part_of_a_name():
    text = ("HarbourCat today announced that it has received an order from CarSound. \"This is a great achievement,\" "
            "said Chairman Bill Varga. About HarbourCat HarbourCat develops catalyst products.")
    assert [q.speaker for q in extract_quotes(text)] == ["HarbourCat", "Bill Varga"]


def test_a_people_s_police_is_a_named_force():
    text = ("The woman was arrested at the airport on Monday. Harbourian police said last week that the woman had been "
            "paid to take part.")
    assert [(q.speaker, q.direct) for q in extract_quotes(text)] == [("Harbourian police", False)]


def test_a_place_of_several_words_keeps_its_police():
    text = ("The man was held on Monday. North Harbour Wales police said Tuesday that a man had been charged with "
            "mischief.")
    assert [q.speaker for q in extract_quotes(text)] == ["North Harbour Wales police"]


def test_a_profile_s_person_says_the_words_a_few_sentences_later():
    text = ("\"We are busy,\" said Kim Varga. Vera Lund is the head of clinical services at Harbour Hospital. She "
            "oversees the flow of patients. Nobody has time to breathe. \"It has been a hard winter.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Kim Varga", "Vera Lund"]


def test_two_nationalities_are_nobody():
    text = ("The spa has one masseuse who is Chinese Malaysian. \"It is lovely,\" said Karl Obst. Vera Lund, 37, is the "
            "dive coach. A former merchant, she took up diving. Over the years, the job has taken her from Thailand "
            "and Malaysia to the Maldives. \"The Maldives is different.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst", "Vera Lund"]


def test_a_firm_s_ltd_can_end_a_sentence_before_a_name_and_its_role():
    text = ("Demand for gas will grow, said Vera Lund, a manager of Harbour Containers (Group) Ltd. Karl Obst, director "
            "of the Harbour Research Center, said: \"Most of the gas is burned as waste.\"")
    assert [(q.speaker, q.direct) for q in extract_quotes(text)] == [("Vera Lund", False), ("Karl Obst", True)]


def test_the_soldier_the_article_never_names_is_nobody():
    text = ("Leading the group was Karl Obst, a farmer. \"The shelling was violent,\" he told me. Later we crossed the "
            "street. \"Quickly, we need to go,\" said the soldier.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst", ""]


def test_i_after_a_quotation_is_the_unnamed_reporter():
    text = ("Leading the group was Karl Obst, a farmer. \"Thank God for your safety,\" I told him in Arabic. In "
            "response, he kissed my cheeks. Obst had walked for two hours. \"The shelling was violent,\" he told me.")
    assert [q.speaker for q in extract_quotes(text)] == ["", "Karl Obst"]


def test_a_person_of_a_place_s_body_is_the_person():
    text = "\"We are well prepared,\" Dr. Vera Lund of Harbour's Capital Relief Center told the Post."
    assert [q.speaker for q in extract_quotes(text)] == ["Vera Lund"]


def test_a_name_ending_in_st_is_cut_from_a_saint_s_place():
    from indexer.names import person_named, ArticleNames
    text = ("Young Karl grew up in a middle-class African-American St. Harbour neighborhood. The Coast Guard's Sector "
            "St. Harbour sent boats.")
    names = ArticleNames(text)
    assert [person_named(run, names) for run in ("African-American St", "Sector St")] == ["", ""]


def test_a_first_name_only_a_title_case_headline_gives():
    title = "Vera Lund Made Up A Legal Standard That Weakens Promises To Kids"
    text = ("Judge Lund ruled on the case in 2008. \"The act requires only some benefit,\" Lund wrote. Blocks Varga and "
            "others disagreed.")
    assert [q.speaker for q in extract_quotes(text, title)] == ["Vera Lund"]


def test_a_name_before_village_is_a_place():
    text = ("Mrs Vera Lund lives near the coast. Harbour Ba village has had to abandon rice. \"The salt has caused a "
            "lot of damage,\" she said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Vera Lund"]


def test_a_firm_named_short_is_its_whole_name_with_co_ltd():
    text = ("HBT Co Ltd, the listed group, says it sees great chances in battery reuse. In 2003, HBT proposed the idea "
            "of \"digging into the urban mines\" to recycle batteries.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["HBT Co Ltd"]


def test_the_release_is_the_statement_a_body_issued():
    text = ("The Harbour Police Department has issued a statement saying that the chief recommended firing both "
            "sergeants after a thorough Internal Affairs investigation. The release added: \"The actions of these "
            "officers do not reflect our values.\"")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Harbour Police Department"]


def test_a_list_of_names_between_dashes_after_an_apposition_is_not_the_speaker():
    text = ("Karl Obst QC, for Harbourcab and the drivers - Hungarian national Ivan Varga, Bulgarian Petar Lund, and "
            "Omar Khan from Pakistan - told the judge that the language requirement would stop 70,000 applicants.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst"]


def test_a_titled_name_after_a_glued_subheading_is_the_speaker():
    text = ("\"It grows back,\" Vera Lund said. Using drugs in a targeted way Dr. Karl Obst - also from Harbour "
            "University - added: \"It is said by some that it fails.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Vera Lund", "Karl Obst"]


def test_an_academy_is_a_body_and_its_expert_named_after_it_holds_the_role():
    text = ("Misbalance - this is how expert of the Harbour Academy Vera Lund put the problem. Companies working there "
            "- Obst Nickel, Varga Oil and others - run programs. As yet, the Harbour Academy's expert said, "
            "cooperation has been weak.")
    assert [q.speaker for q in extract_quotes(text)] == ["Vera Lund"]


def test_the_academy_is_the_academy_the_article_names():
    text = ("The Academy of Harbour Film Arts apologised after the wrong film was named. The Academy added: \"We have "
            "spent the night investigating.\"")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Academy of Harbour Film Arts"]


def test_a_capital_the_inside_a_sentence_makes_a_demonym_a_publication():
    text = ("He was sent to Harbour Island Correctional Facility, where he stayed. According to The New Yorker, a fight "
            "with another inmate spurred his first stay in solitary. The next day Vera Lund found her son, The New "
            "Yorker reported. According to The Harbour Reporter, he had been held for three years.")
    assert [q.speaker for q in extract_quotes(text)] == ["New Yorker", "New Yorker", "Harbour Reporter"]


def test_two_people_who_say_report_the_first_one_s_words():
    text = ("Vera Lund and Karl Obst met in 2013. Before the war, Lund and Obst say they were busy studying. Many "
            "Harbourians say they have no choice. What Lund and Obst had to say on Monday was no surprise.")
    quotes = extract_quotes(text)
    assert [(q.speaker, text[q.start:q.end]) for q in quotes] == [("Vera Lund", "they were busy studying")]


def test_the_company_after_a_clause_opening_with_a_firm_is_that_firm():
    text = ("MOSCOW, February 8. /TASS/. Harbourgas has begun public consultations on closing the Lund field, the "
            "company said in a press release on Wednesday. Karl Obst has begun talks with the union, the company said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Harbourgas"]


def test_the_police_report_is_the_body_that_wrote_it():
    text = ("Deputy Karl Obst was attacked, according to a Harbour County Sheriff's Office police report. Obst saw a "
            "car driving at a \"high rate of speed,\" according to the police report. Fearing for his life, Ivan Varga "
            "\"fired three rounds, striking the suspect,\" the report states.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Harbour County Sheriff's Office"] * 2


def test_a_verb_glued_to_a_name_by_a_dash_is_no_part_of_it():
    text = ("The Harbour Heritage Trust-attacked the plan on Monday, calling it \"a disgrace\". Vera Lund-said the "
            "plan was \"dead in the water\". The Karl Obst-signed order stands, and Ban Ki-moon said it was "
            "\"a start\".")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Harbour Heritage Trust", "Vera Lund",
                                                                      "Ban Ki-moon"]


def test_a_title_in_marks_that_holds_a_name_is_no_longer_name():
    text = ("Host Karl Obst shared his take during Monday's broadcast of \"Karl Obst Live!.\" The comedian described "
            "the moment as \"the weirdest finale since Lost.\" \"I stood there like an idiot,\" Obst said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst", "Karl Obst"]


def test_the_attorney_is_the_lawyer_the_article_names():
    text = ("Bavarian lawyer Vera Lund filed an injunction for Karl Obst. \"He is no terrorist,\" Lund said. Obst took "
            "a selfie with the chancellor. Now \"Obst is fighting back,\" the attorney said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Vera Lund", "Vera Lund"]


def test_a_clause_then_a_role_and_a_name_between_commas_is_the_name_s():
    text = ("Harbour forces keep moving heavy weapons towards the line, the envoy to the Lund talks, Karl Obst, has "
            "said. The law was passed, Speaker of the House, Vera Lund, and his counterpart in the Senate, Ivan Varga, "
            "announced. Though the girl never knew her mom, her father, Omar Khan, said she reminds him of her. The "
            "visor will have a laser, the deputy commander, Major-General Petar Lund, told the media.")
    assert [(q.speaker, q.direct) for q in extract_quotes(text)] == [
        ("Karl Obst", False), ("Omar Khan", False), ("Petar Lund", False)]


def test_a_demonym_and_a_head_of_state_s_title_without_the_is_that_head():
    text = ("The problems will not affect cooperation, Harbourian President Karl Obst said. Harbourian President also "
            "said that the environment makes one enhance the forces. READ MORE: 'Hope is all I have', Harbourian "
            "journalist says")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst", "Karl Obst"]


def test_an_ampersand_joins_a_body_s_name():
    text = ("The centre was deemed not fit for purpose by the Harbour Information & Quality Authority. HIQA said in a "
            "statement that residents were at risk. \"Prices are rising,\" says Karl Obst, director at Cushman & "
            "Wakefield.")
    assert [q.speaker for q in extract_quotes(text)] == ["Harbour Information & Quality Authority", "Karl Obst"]


def test_the_firm_in_a_lede_is_the_one_a_headline_quotes():
    title = "HBT: 'We failed the Academy' in best picture mess-up"
    text = ("In a statement released Monday evening, the firm confirmed that HBT partner Karl Obst \"mistakenly handed "
            "the back-up envelope to the presenters.\"")
    assert [q.speaker for q in extract_quotes(text, title)] == ["HBT"]


def test_the_us_firm_is_the_firm_not_the_us():
    text = ("Drivers for Harbourcab must take English tests. Harbourcab argued that the test was too hard. The US "
            "firm said it would appeal the \"unfair and disproportionate\" new rule.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Harbourcab"]


def test_a_weekday_after_a_name_is_no_part_of_it():
    text = ("Prime Minister Vera Lund is set to meet with President Karl Obst Friday. \"We will talk about trade,\" "
            "Obst said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst"]


def test_a_byline_glued_between_a_heading_and_its_sentence_is_no_name():
    text = ("Reality Check: Bringing down the price of the jet By Vera Lund Obst kicked off his speech claiming deals. "
            "\"We've saved taxpayers millions,\" Obst said. Reality Check: Is Obst's spending one of the largest? By "
            "Karl Varga, CNN Obst said: \"It is the largest increase.\" Obst said it again.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Obst", "Obst"]


def test_a_name_before_refugee_camp_is_a_place():
    text = ("Two days later, Karl Obst and I sat on a bench. We were at Lund Tepe refugee camp in Mytilini. As he sat "
            "there, he rocked back and forth. \"We escaped from the sides,\" he explained.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst"]


def test_according_to_a_letter_someone_sent_is_the_sender_s():
    text = ("Ivan Varga told the men he would take them north. Revealing the deals \"may harm Harbour's foreign "
            "relations\", according to a letter that Harbour's Prime Minister Karl Obst sent to the court.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Karl Obst"]


def test_a_congress_is_no_person():
    text = ("The biggest loser may be Karl Obst, a partner at the firm. When Congress passed the act, it created a new "
            "credit; Obst was the Treasury official tasked with helping the Republican Congress author the new section "
            "of the tax code. \"I was the Treasury representative then,\" he told reporters.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst"]


def test_a_who_clause_after_a_dash_is_an_aside_about_the_speaker():
    text = ("After Lund cast her vote, Senate Minority Leader Karl Obst - who had previously called Ivan Varga \"the "
            "least qualified nominee in history\" - doubled down on Twitter.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst"]


def test_a_name_with_an_age_in_parentheses_opens_a_sentence_as_its_subject():
    text = ("With a tie-breaking vote by Vice President Karl Lund, the Senate confirmed the pick. \"Every child has a "
            "future,\" Ivan Varga said. Lund (57) is an experienced politician. After working as a lawyer and talk "
            "radio host, he served for 12 years in the House of Representatives before becoming governor of Harbour in "
            "2013. The father of three has strongly opposed abortion rights throughout his career. He has described "
            "himself as \"a Christian, a conservative and a Republican, in that order.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Ivan Varga", "Karl Lund"]


def test_a_conference_is_a_body_that_it_means():
    text = ("The Harbour Security Conference published its annual report on Monday. \"The main threat is that trust "
            "might erode,\" the report said. \"Yet states cannot forbid fake news,\" it added.")
    assert [q.speaker for q in extract_quotes(text)] == ["Harbour Security Conference"] * 2


def test_she_is_never_a_body_named_only_by_a_common_noun():
    text = ("A police official showed up at his home with a document that said he was under investigation for "
            "revealing \"confidential documents or secrets.\" Last September, Vera Lund represented Harbour at the "
            "assembly. Inside the hall, she again ignored the questions. Finally, reporters were able to speak with "
            "her on the sidewalk. As she walked away from the crews, she said, \"You are going to hurt yourself.\"")
    assert extract_quotes(text)[1].speaker in ("", "Vera Lund")  # never "the police"


def test_a_name_after_a_quotation_with_its_own_that_cue_opens_a_new_sentence():
    text = ("\"It is bad,\" Karl Obst said. And a Harbour Department report also concluded that \"travel documents are "
            "easy to obtain.\" Karl Obst, the former ambassador, said in prepared remarks that \"thousands of IDs were "
            "given.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst", "Harbour Department", "Karl Obst"]


def test_as_for_a_name_then_he_makes_that_person_the_subject():
    text = ("Karl Obst fled to Spain in 2015. \"It was very easy,\" Ivan Varga said. As for Karl Obst, he's living "
            "modestly in Spain; he knows he can't go back. With his safety always an issue, he still says he had to "
            "tell his story. \"I did the right thing,\" he said.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Ivan Varga", "Karl Obst"]


def test_a_body_s_list_says_what_the_body_says():
    text = ("Press secretary Karl Obst said there were \"several instances\" of attacks. What happened: The Harbour "
            "Office list says: \"Two citizens wounded in shooting.\" There are no reports of it.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst", "Harbour Office"]


def test_the_head_of_someone_s_office_named_between_commas_is_the_subject():
    text = ("The head of Harbour Chancellor Vera Lund's office, Karl Obst, has congratulated Prime Minister Ivan Varga "
            "on his election victory. \"You are a champion,\" he tweeted.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst"]


def test_an_unnamed_person_described_with_capitals_says_nothing_for_a_named_speaker():
    text = ("What happened: A Turkish Kurd teenager attacked a teacher in Harbour, saying he was acting in the name of "
            "the group. Did we cover it? Yes.")
    assert [q.speaker for q in extract_quotes(text)] in ([], [""])


def test_assured_reports_speech():
    text = ("\"I am not trying to find out your true identity,\" AP journalist Karl Obst assured the teenager in an "
            "online chat. But Karl Obst was no reporter.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst"]


def test_what_it_called_is_the_body_it_means():
    text = ("That might have been the end of it had it not been for Wirer magazine. Two days after Karl Obst was "
            "sentenced, Wirer broke the news that he had been caught, offering what it called \"the first public "
            "glimpse into the spyware.\" The council met on Monday, with Lundia condemning what it called \"serious "
            "threats\".")
    assert [q.speaker for q in extract_quotes(text)] == ["Wirer", "Lundia"]


def test_someone_described_who_asked_to_remain_anonymous_is_nobody_named():
    text = ("\"It is dangerous,\" said Dr Karl Obst. \"It begins in the gym,\" the weightlifter, who wishes to remain "
            "anonymous, said. \"I don't see the point at all,\" said the Briton, who asked to remain anonymous.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst", "", ""]


def test_one_eu_source_is_nobody_named():
    text = ("\"If you define it so, the answer is no,\" Karl Obst told the committee. \"There is no doubt that people "
            "are sympathetic,\" says one well-placed EU source.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst", ""]


def test_the_first_word_of_a_college_s_name_alone_is_the_college():
    text = ("Harbourview College said it would divest from fossil fuel firms. Harbourview explained that there could be "
            "\"no tolerance for climate denial.\"")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Harbourview College"]


def test_a_body_s_admonition_that_is_the_body_s_words():
    text = ("\"What has happened?\" Karl Obst said. Millions marched against the invasion, a street echo of the "
            "Harbour League's ominous admonition that such a move would \"open the gates of hell.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst", "Harbour League"]


def test_multiple_opens_no_name():
    text = ("Multiple South Korean media reports said two women killed Karl Obst with poison. The South Korean "
            "embassy in Lund said it did not have independent confirmation of the reports.")
    assert [q.speaker for q in extract_quotes(text)] == ["South Korean embassy"]


def test_an_acronym_and_a_role_before_a_name_are_no_part_of_it():
    text = ("\"We will not pay,\" said HBT Assemblyman Karl Obst. \"It is a good day,\" the Rt Revd Vera Lund said. "
            "\"We agree,\" said the US Chamber of Commerce.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst", "Vera Lund", "US Chamber of Commerce"]


def test_a_body_glued_to_a_name_by_a_dash_is_no_part_of_it():
    text = ("Deputy Assistant Commissioner of the Metropolitan Police-Karl Obst (above) told reporters that \"the "
            "threat is real.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst"]


def test_a_newspaper_is_a_body_and_its_editor_named_in_apposition_speaks():
    text = ("\"The decision is a progressive step,\" Karl Obst, editor-in-chief of Harbourdaily newspaper, told AFP. "
            "\"We will see,\" said Harbour Newspaper Vera Lund.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst", "Vera Lund"]


def test_a_short_capitalised_sentence_of_its_own_in_marks_is_speech():
    text = ("\"The council has not seen these papers,\" Karl Obst said. \"This is Harbour Board.\" Vera Lund starred "
            "in the camp classic \"Queen of Outer Space.\" Her songs: \"Harbour.\" \"Around and Around.\"")
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [
        ("Karl Obst", "The council has not seen these papers"), ("Karl Obst", "This is Harbour Board.")]


def test_reported_speech_on_a_programme_named_in_marks():
    text = ("Karl Obst said on HBC's \"The Evening Room with Vera Lund\" that he had to view the papers in a secure "
            "room. Vera Lund told \"Good Morning Harbour\" she was keen to go on.")
    assert [(q.speaker, q.text, q.direct) for q in extract_quotes(text)] == [
        ("Karl Obst", "he had to view the papers in a secure room", False),
        ("Vera Lund", "she was keen to go on", False)]


def test_a_court_rules_and_a_study_finds():
    text = ("The Harbour High Court ruled on Tuesday that the port plan was lawful after all. The port may grow once "
            "it mends the flaws in its plan, the Harbour High Court ruled. A survey by the Obst Institute found that "
            "most people in the city back the plan. Police found the body in a field near the harbour. When "
            "Harbourland was ruled by the Obst family, that the port was small did not matter.")
    assert [(q.speaker, q.text, q.direct) for q in extract_quotes(text)] == [
        ("Harbour High Court", "the port plan was lawful after all", False),
        ("Harbour High Court", "The port may grow once it mends the flaws in its plan", False),
        ("Obst Institute", "most people in the city back the plan", False)]


def test_the_official_is_the_named_official_when_the_article_has_no_unnamed_one():
    named = ("Deputy Minister Karl Obst said on Tuesday that the port is a priority. \"We know the port matters,\" "
             "Obst said. \"We are fully aware of the risks,\" the official said.")
    unnamed = ("Deputy Minister Karl Obst said on Tuesday that the port is a priority. A senior official told HBC "
               "that talks had stalled. \"We are fully aware of the risks,\" the official said.")
    assert [q.speaker for q in extract_quotes(named)] == ["Karl Obst", "Karl Obst", "Karl Obst"]
    service = ("The city has banned a rally which activist Karl Obst had planned, the press service of the city "
               "hall told HBC on Saturday. \"The decision is final,\" the official said.")
    assert [q.speaker for q in extract_quotes(unnamed)] == ["Karl Obst", ""]
    assert [q.speaker for q in extract_quotes(service) if q.direct] == [""]


def test_a_parenthesised_quotation_then_a_glued_dash():
    for dash in ("-", " -"):
        text = ("The ring is new. (\"Welcome to the future of wearable technology,\" notes manufacturer Harbour "
                f"Rings.){dash} In fact, the device is a ring.")
        assert [q.speaker for q in extract_quotes(text)] == ["Harbour Rings"]


def test_a_statement_posted_on_a_website_quoted_someone_as_saying():
    text = ("Karl Obst, the head of the federation, spoke on Tuesday. \"Yesterday we held a call with the council,\" a "
            "statement posted on the federation website quoted Obst as saying.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst"]


def test_a_partial_quotation_then_thanks_to_someone_is_the_subject_s():
    text = ("Vera Lund admits that her college application process has been a bit \"surreal,\" thanks to Anna Obst. "
            "During an interview, the star talked about the support.")
    assert [q.speaker for q in extract_quotes(text)] == ["Vera Lund"]


def test_an_arena_is_no_one_to_say_he():
    text = ("The Harbour Cup game is at Obst Arena on Tuesday, and Germany's number 1 admitted that some criticism is "
            "justified. \"Things aren't working the way we'd like at the moment,\" he said.")
    assert "Obst Arena" not in [q.speaker for q in extract_quotes(text)]


def test_a_headline_names_who_said_its_quotation():
    title = "Obst: Things aren't working the way we'd like"
    text = ("The Bavarians were held at home on Saturday. Germany's number 1 admitted that some talk is justified. "
            "\"Things that have always been our trademarks aren't working the way we'd like at the moment,\" he said. "
            "Obst's feelings were echoed by the captain. \"It is what it is,\" said a fan.")
    assert [q.speaker for q in extract_quotes(text, title) if q.direct] == ["Obst", ""]


def test_a_show_called_a_title_is_no_quotation():
    text = ("The talk host will host a new game show called \"Vera's Game of Games,\" HBC announced on Thursday. \"It "
            "will be fun,\" she said.")
    assert [q.text for q in extract_quotes(text)] == ["It will be fun"]


def test_members_of_a_committee_speak_for_it():
    text = ("MPs on the Harbour Committee said she \"fell short of the very high standards\" required. Members of the "
            "Obst Committee said they had \"set aside\" the approval.")
    assert [q.speaker for q in extract_quotes(text)] == ["Harbour Committee", "Obst Committee"]


def test_its_spokesman_and_its_researchers_speak_for_the_body():
    for who in ("its spokesman", "its security researchers"):
        text = ("The attackers demanded money, said security firm Harbourlook in a blog. \"The attack does not encrypt "
                f"any data,\" wrote {who}.")
        assert [q.speaker for q in extract_quotes(text)] == ["Harbourlook", "Harbourlook"]


def test_bodies_named_together_speak_as_the_first():
    texts = ["The Harbour Relief Agency and Doctors Without Borders said refugees are cutting themselves to cope.",
             "The Harbour Rescue Committee (HRC), Obst Refugee Council (ORC) and Oxfam said on Thursday that the deal "
             "exposed refugees to risk."]
    assert [[q.speaker for q in extract_quotes(text)] for text in texts] == [
        ["Harbour Relief Agency"], ["Harbour Rescue Committee"]]
    assert split_role("Doctors Without Borders") == ("Doctors Without Borders", "")


def test_a_plural_acronym_is_a_group_not_a_speaker():
    text = ("The NGOs said mental health was \"rapidly deteriorating due to the conditions\". MPs have denied that aid "
            "is \"wasted\" on the camps. The NGOs said anxiety was on the rise, stressing that health was \"getting "
            "worse\".")
    assert [q.speaker for q in extract_quotes(text)] == ["", "", ""]


def test_accepted_that_and_a_glued_he_said():
    text = ("Chief Supt Karl Obst accepted that armed police on the streets was not normal policing, but it was "
            "necessary for the preservation of life He said checkpoints were in areas where gang targets live.")
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [
        ("Karl Obst", "armed police on the streets was not normal policing, but it was necessary for the preservation "
                      "of life"),
        ("Karl Obst", "checkpoints were in areas where gang targets live")]


def test_a_role_of_two_bodies_before_a_name_opens_a_sentence_with_that_person():
    text = ("\"Claudio has brought outstanding qualities,\" vice chairman Tomas Varga said. Former Harbour and Estland "
            "striker Karl Obst expressed his surprise. \"To sack him now is inexplicable,\" he said on Twitter.")
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Varga", "Karl Obst"]


def test_a_title_in_marks_with_a_comma_and_no_cue_after_is_no_quotation():
    text = ("The comedian brought \"Vera on the Street,\" her game show, to the harbour, then films such as \"Harbour "
            "Wars: Episode II,\" \"the Obsts\" and more. \"We Will Win,\" the striker said. \"It was great,\" she said.")
    assert [q.text for q in extract_quotes(text)] == ["We Will Win", "It was great"]


def test_a_relative_clause_whose_closing_comma_was_lost_keeps_its_subject():
    text = ("Karl Obst, who will represent Estland at the song contest in Harbourland dismissed as \"laughable\" the "
            "threats not to let her cross the border.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst"]


def test_a_clause_after_a_quotation_s_cue_and_adding_is_reported_speech():
    text = ("\"It just did not happen,\" Karl Obst said, adding that the company had never been told about the plan. "
            "\"It is good,\" he said, adding he was sure the meeting would be useful for the talks in Geneva. \"We "
            "agree,\" Vera Lund said, adding that it was \"a good day\" for the town.")
    assert [(q.speaker, q.text, q.direct) for q in extract_quotes(text)] == [
        ("Karl Obst", "It just did not happen", True),
        ("Karl Obst", "the company had never been told about the plan", False),
        ("Karl Obst", "It is good", True),
        ("Karl Obst", "he was sure the meeting would be useful for the talks in Geneva", False),
        ("Vera Lund", "We agree", True), ("Vera Lund", "a good day", True)]


def test_reported_speech_reads_through_a_term_called_in_marks():
    text = ("According to the government, 324 container homes have been installed at two sites called \"transit "
            "zones\" built into a fence along the border. The Harbour Service said earlier that Vera Lund sang at a "
            "festival dubbed \"A World of Kindness\" held in Estland in 2015.")
    assert [(q.speaker, q.direct) for q in extract_quotes(text)] == [("Harbour Service", False)]
    verb = "The report said the Harbour Agency spied on him, which the agency called \"utterly ridiculous.\""
    assert [q.text for q in extract_quotes(verb) if q.direct] == ["utterly ridiculous."]


def test_the_statement_of_an_unnamed_ministry_is_that_ministry_s():
    text = ("The hippo was stabbed, according to a statement by the culture ministry. \"I deeply regret this,\" the "
            "culture minister, Vera Lund, said. The head of the Zoo Foundation, Karl Obst, said \"we find it difficult "
            "to believe.\" \"The park will change,\" the statement said.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Vera Lund", "Karl Obst", "culture ministry"]


def test_reported_speech_of_a_ministry_the_article_does_not_name():
    text = ("The interior ministry said that the border fence would be finished by May this year. The park had stopped "
            "buying exotic species eight years ago, the culture ministry said.")
    assert [q.speaker for q in extract_quotes(text)] == ["interior ministry", "culture ministry"]


def test_a_description_with_a_relative_clause_naming_someone_else_is_the_person_described():
    text = ("In a candid post on Tuesday, Karl Obst revealed that he had completed treatment. The father of three, who "
            "is co-parenting with his estranged wife, Vera Lund, wrote that he decided to seek help for his family.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst", "Karl Obst"]


def test_the_press_service_speaks_for_its_body_and_the_airport_is_the_one_named():
    text = ("The film was sold to 74 countries, the press service of Harbour Studios Motion Pictures International told "
            "TASS. \"The film is out,\" the press service said. The plane landed at Obst Harbour Airport at 4pm. In a "
            "statement, the airport said the landing gear \"collapsed during touchdown\".")
    assert [(q.speaker, q.direct) for q in extract_quotes(text)] == [
        ("Harbour Studios Motion Pictures International", False),
        ("Harbour Studios Motion Pictures International", True), ("Obst Harbour Airport", True)]


def test_the_agency_is_the_one_introduced_as_an_agency():
    text = ("The decision by the international rating agency H&P to raise the outlook outstripped the expectations of "
            "the Harbour Economic Ministry, Minister Karl Obst told reporters. The agency noted that the revision of "
            "the outlook reflects the expectation that the economy will grow.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst", "H&P"]


def test_a_first_name_ending_like_a_role_stays_in_a_three_word_name():
    text = ("Family friend Heather Heaton Obst said the children were \"astounded\". Harbour Council member Victor Lund "
            "Karlsson said: \"We agree.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Heather Heaton Obst", "Victor Lund Karlsson"]


def test_an_unnamed_lawyer_for_people_from_places_is_no_one_named():
    text = ("The amount was not disclosed, but a lawyer for the families from Harbourland, Estland and Obstia called "
            "the amounts offered to date \"insulting.\" A spokesman for the Harbour Ministry said it was \"fair\".")
    assert [q.speaker for q in extract_quotes(text)] == ["", "Harbour Ministry"]


def test_disclosed_that_reports_speech():
    text = ("In an updated entry in the register of interests, Karl Obst disclosed that he would be paid each quarter "
            "and would work 48 days a year. The firm disclosed 230 new jobs.")
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [
        ("Karl Obst", "he would be paid each quarter and would work 48 days a year")]


def test_a_body_named_by_a_list_and_its_acronym_is_the_acronym():
    text = ("The Harbour, Obst and Lund (HOL) union said members will vote on whether to take action over guards. The "
            "union is also in a row with Estland Rail.")
    assert [q.speaker for q in extract_quotes(text)] == ["HOL"]


def test_a_signed_clause_before_a_participle_gives_its_speaker():
    text = ("Harbour President Karl Obst spoke on Thursday. Estland has seen drastic changes in recent years, the "
            "president noted, promising \"we will definitely continue to strengthen the forces.\"")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Karl Obst"]


def test_the_mep_for_a_place_is_the_mep_not_the_place():
    text = ("Speaking on Tuesday, Ms Vera Lund said Karl Obst's \"spirit is broken\". The MEP for Harbourtown called "
            "for help from the government, saying campaigners were \"very fearful that he may not survive\".")
    assert [q.speaker for q in extract_quotes(text)] == ["Vera Lund", "Vera Lund"]


def test_a_sentence_ends_before_a_double_dash_between_paragraphs():
    text = ("\"It is done,\" she said. -- Vera Lund also said two draft documents prepared by Estland have been handed "
            "over.")
    assert [(q.speaker, q.direct) for q in extract_quotes(text)] == [("", True), ("Vera Lund", False)]


def test_a_capitalised_post_between_commas_keeps_the_clause_before_it():
    text = ("Estland's troops have been deployed to the areas held by the militia on March 3, Karl Obst, Head of the "
            "General Staff's Main Operations Department, said on Friday. Estland's sappers will clear the city, Ivan "
            "Lund, Deputy Chief of the Engineering Troops, told the Rossiya 24 TV channel.")
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [
        ("Karl Obst", "Estland's troops have been deployed to the areas held by the militia on March 3"),
        ("Ivan Lund", "Estland's sappers will clear the city")]


def test_a_nations_ministry_keeps_the_possessive_the_article_writes():
    text = ("Estland's finance ministry says the new coin will be \"the most secure of its kind in the world\". "
            "Estland's interior ministry said 12 people were detained over the weekend.")
    assert [q.speaker for q in extract_quotes(text)] == ["Estland's finance ministry", "Estland's interior ministry"]


def test_a_bodys_press_service_is_the_body():
    text = ("Scientists from Harbourtech have come up with a new battery, Harbourtech's press service reported on "
            "Monday.")
    assert [q.speaker for q in extract_quotes(text)] == ["Harbourtech"]


def test_a_body_named_after_a_saint_keeps_its_st():
    text = ("There were no known arrests, the St. Obst County Sheriff's Department said in a statement. Officers were "
            "asked to help control the crowd, the department said.")
    assert [q.speaker for q in extract_quotes(text)] == ["St. Obst County Sheriff's Department"] * 2


def test_a_body_named_after_its_kind_keeps_its_for_phrase():
    text = ("The UK-based activist group Estland Observatory for Human Rights told CNN the commander was killed in a "
            "strike on Sunday.")
    assert [q.speaker for q in extract_quotes(text)] == ["Estland Observatory for Human Rights"]


def test_an_acronym_given_after_or_is_the_body():
    text = ("The Estland Observatory for Human Rights, or EOHR, told CNN the commander was killed. EOHR said the "
            "commander was in a car near the camp.")
    assert [q.speaker for q in extract_quotes(text)] == ["Estland Observatory for Human Rights"] * 2


def test_an_attorney_is_not_the_attorney_the_article_names():
    text = ("The Harbour Attorney's Office is investigating Estland Radio, an attorney told ABC News. A spokeswoman "
            "for U.S. Attorney Karl Obst declined to comment.")
    assert [q.speaker for q in extract_quotes(text)] == []


def test_a_hyphen_for_a_space_before_a_number_after_says():
    text = "Karl Obst says-1,200 of the 14,500 workers were affected. Estland Rail says-1,000 workers were affected."
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [
        ("Karl Obst", "1,200 of the 14,500 workers were affected"), ("Estland Rail", "1,000 workers were affected")]


def test_a_sentence_ending_in_us_does_not_join_the_next_name():
    text = ("Hundreds of groups on Tuesday sent President Obst scientific evidence. Immunization has eradicated "
            "several diseases in the U.S. Obst has repeatedly espoused the theory. An Obst spokeswoman previously said "
            "no decision had been made.")
    assert [q.speaker for q in extract_quotes(text)] == ["Obst"]


def test_some_of_a_people_is_nobody_named():
    text = ("Some Estland Serbs have said they will consider a boycott of central institutions. Many Harbour "
            "residents said they would leave.")
    assert [q.speaker for q in extract_quotes(text)] == []


def test_the_un_court_is_the_court_the_article_names():
    text = ("Estland is to ask the United Nations' top court to review its ruling. The UN court ruled in 2007 that the "
            "massacre was genocide. The International Court of Justice said there was not enough evidence.")
    assert [q.speaker for q in extract_quotes(text)] == ["International Court of Justice"] * 2


def test_a_clause_before_pledged_is_reported_speech():
    text = ("Estland's opposition has completely separated from the militia, Karl Obst, political leader of the "
            "Harbour group, pledged on Thursday.")
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [
        ("Karl Obst", "Estland's opposition has completely separated from the militia")]


def test_a_generation_suffix_keeps_its_full_stop():
    text = ("The suspect is about 30 years old, Harbour District Attorney Karl Obst Jr. said during a news conference. "
            "\"We are narrowing this down,\" Obst said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst Jr."] * 2


def test_an_abbreviated_title_opens_a_subject_with_two_verbs():
    text = ("Sen. Karl Obst is joining with most of his colleagues and says he will vote to filibuster the "
            "nomination of Judge Ivan Lund.")
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [
        ("Karl Obst", "he will vote to filibuster the nomination of Judge Ivan Lund")]


def test_police_in_a_county_and_state_are_not_the_state():
    text = ("Police in Harbour County, South Estland, said Karl Obst was allegedly so drunk during class on Friday "
            "that she fell asleep.")
    assert [q.speaker for q in extract_quotes(text)] == []


def test_a_named_persons_mother_paying_tribute_is_not_that_person():
    text = ("Karl Obst was found dead on Tuesday. Yesterday, Mr Obst's mother paid tribute to her son saying he will be "
            "\"sadly missed\".")
    assert [q.speaker for q in extract_quotes(text)] == [""]


def test_the_operator_is_the_firm_named_after_its_trade():
    text = ("Mobile operator Estcom has closed a deal on acquiring 63.8% of voting shares in Harbour Group from the "
            "structures of Obst Holdings, the operator said in a statement. Karl Obst's Obst Holdings is the main "
            "shareholder of Estcom. \"Estcom announces that it has finalized the deal,\" the statement said. The "
            "operator also said it would pay the remaining 100 million in a year.")
    assert [q.speaker for q in extract_quotes(text)] == ["Estcom", "Estcom", "Estcom"]


def test_claims_after_an_infinitive_and_said_to_are_no_speech():
    text = ("There have been calls for Commissioner Karl Obst to stand aside pending the report of the commission to "
            "investigate claims that senior officers mounted a smear campaign. Supt Ivan Lund is said to have "
            "implicated the commissioner, who has denied knowledge of any campaign.")
    assert [q.speaker for q in extract_quotes(text)] == []


def test_a_link_in_parentheses_does_not_hide_reported_speech():
    text = ("The Harbour Post reports ( http://hp.st/2mzQyYo ) that investor Karl Obst sold the house for 2.14 million "
            "this past week. The Estland Post-Dispatch ( http://bit.ly/2oxyxGF ) reports that the shooting happened "
            "Tuesday evening.")
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [
        ("Harbour Post", "investor Karl Obst sold the house for 2.14 million this past week"),
        ("Estland Post-Dispatch", "the shooting happened Tuesday evening")]


def test_a_named_governors_administration_speaks():
    text = ("The Harbour Department of Employment notified the General Assembly about the hack, Gov. Karl Obst's "
            "administration said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst's administration"]


def test_quoted_as_saying_reports_the_person_quoted():
    text = ("Estland state TV on Monday quoted Harbour's ambassador Karl Obst as saying one of the embassy's buildings "
            "was hit with a shell. Automatic weapons were seized from the four cells, the Estland Press Agency quoted "
            "Ivan Lund as saying on Thursday. The report quoted Estland officials as saying the talks had failed. "
            "Vera Holm was quoted by the Harbour news agency as saying that the offices were vandalised.")
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [
        ("Karl Obst", "one of the embassy's buildings was hit with a shell"),
        ("Ivan Lund", "Automatic weapons were seized from the four cells"),
        ("Vera Holm", "the offices were vandalised")]


def test_she_is_not_the_company_named_before():
    text = ("The march was held a year after the murder of Vera Lund, 45, at her home. Before her death, the activist "
            "had opposed plans by the company Harbour Energeticos to build a dam. She had said she had received death "
            "threats from the firm.")
    assert [q.speaker for q in extract_quotes(text)] == ["Vera Lund"]


def test_the_channel_is_the_broadcaster_that_reported():
    text = ("Karl Obst, one of the pioneers of rock and roll, died at the age of 90 on Saturday, Harbour News "
            "reported. \"Police say they found Obst unresponsive. He could not be revived,\" the channel said.")
    later = "Karl Obst died on Saturday, Harbour News reported. According to the TV channel, he had been ill for years."
    assert [q.speaker for q in extract_quotes(text) + extract_quotes(later)] == ["Harbour News"] * 4


def test_the_nations_ministry_is_the_one_the_article_names():
    text = ("Karl Obst and the opposition discussed the talks in Geneva, the Estlandian Foreign Ministry said. They "
            "\"thoroughly exchanged opinions on the developing situation,\" the Estlandian ministry said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Estlandian Foreign Ministry"] * 2


def test_a_body_said_in_its_research_reports_the_clause_before():
    text = ("Total investments surged 3.5 times to 700 mln rubles in Estland last year, the Estland Virtual Reality "
            "Association said in its research released on Tuesday. Sales of headsets rose by half, the Harbour Media "
            "Union said in its statement on Monday. \"The industry is dynamically monetizing,\" the statement says.")
    assert [(q.speaker, q.text[:16]) for q in extract_quotes(text)] == [
        ("Estland Virtual Reality Association", "Total investment"), ("Harbour Media Union", "Sales of headset"),
        ("Harbour Media Union", "The industry is ")]


def test_hyphens_for_spaces_around_a_possessive_body_and_its_acronym():
    text = "\"The rule is no direct discrimination,\" the EU's-Court of Justice (ECJ)-said in a statement."
    assert [q.speaker for q in extract_quotes(text)] == ["Court of Justice"]


def test_said_at_a_meeting_is_where_not_what():
    text = ("Estland's dependence on imported oil and gas equipment has dropped to 53% today, Industry Minister Karl "
            "Obst said at a meeting of the United Estland faction.")
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [
        ("Karl Obst", "Estland's dependence on imported oil and gas equipment has dropped to 53% today")]


def test_a_named_mother_who_told_is_she_next():
    text = ("Vera is a wheelchair user. Her mother Julie told Estland News that she hopes the garden will help her. She "
            "said her daughter will be able to be a little girl there and enjoy it with her friends.")
    assert [q.speaker for q in extract_quotes(text)] == ["Julie", "Julie"]


def test_a_firm_s_ltd_ends_a_sentence_before_he():
    text = ("Karl Obst met Vera Lund in Harbour. Obst is now running a fashion firm Estland Brands Group Holding Ltd. "
            "He says he likes fashion and wants to make the company a large multinational enterprise.")
    assert [(q.speaker, q.text[:16]) for q in extract_quotes(text)] == [("Karl Obst", "he likes fashion")]


def test_the_harbour_based_airline_is_the_airline():
    text = ("Estland Airways said on Thursday laptops would be lent to its passengers. Business-class passengers would "
            "collect the laptops just prior to boarding, the Harbour-based airline said in a statement.")
    assert [(q.speaker, q.text[:16]) for q in extract_quotes(text)] == [
        ("Estland Airways", "laptops would be"), ("Estland Airways", "Business-class p")]


def test_emirates_alone_is_not_the_united_arab_emirates():
    text = ("The ban covers flights from the United Arab Emirates and Qatar. Emirates said booking rates on its US "
            "flights fell 35 percent after the first travel ban.")
    assert [q.speaker for q in extract_quotes(text)] == ["Emirates"]


def test_an_airline_named_after_a_number_opening_the_article():
    text = ("Five Estland Express Airlines planes were grounded after a propeller fell off an airliner on Monday. The "
            "airline said it had grounded another five of its fleet of 55 planes as a precaution.")
    assert [q.speaker for q in extract_quotes(text)] == ["Estland Express Airlines"]


def test_told_the_white_house_is_a_listener_of_two_words():
    text = "Karl Obst voiced concerns. He told the White House he wanted exemptions to be made for interpreters."
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [
        ("Karl Obst", "he wanted exemptions to be made for interpreters")]


def test_a_sentence_ends_after_a_bracketed_note():
    text = ("[Editor's note: The last vote was held in December.] The Estlandian Foreign Ministry claimed the West was "
            "trying to destabilize the country. \"The goal is obvious,\" it stated at the end of last week.")
    assert [(q.speaker, q.direct) for q in extract_quotes(text)] == [
        ("Estlandian Foreign Ministry", False), ("Estlandian Foreign Ministry", True)]


def test_the_woman_is_no_order_of_nuns():
    text = ("The mother was told her baby had been laid to rest close to a plot where a number of Harbour Mercy sisters "
            "had been buried. However, when she asked to see the location, the woman says there was no sign of the "
            "ground being disturbed.")
    assert [q.speaker for q in extract_quotes(text)] == []


def test_said_the_press_service_of_a_body_with_a_long_name():
    text = ("The law of entropy in closed systems can be broken, said the press service of the Harbour Institute of "
            "Physics and Technology (HIPT).")
    assert [q.speaker for q in extract_quotes(text)] == ["Harbour Institute of Physics and Technology"]


def test_a_name_glued_to_its_verb_by_a_hyphen_is_the_name():
    text = ("Chancellor Vera Lund was nominated on Monday. In a press conference, Lund-ruled out a limit on refugee "
            "numbers, but said both parties had agreed that the influx should not happen again. She also said the two "
            "parties would start working on a joint election platform.")
    assert [q.speaker for q in extract_quotes(text)] == ["Vera Lund", "Vera Lund"]


def test_a_report_released_on_a_date_by_a_body_is_the_body_s():
    text = ("Trade with Estland supports some 2.6 million jobs in Westland, according to a report released on Jan 10 by "
            "the Westland-Estland Business Council. The report said that Westland companies will have opportunities "
            "to tap into a lucrative customer base.")
    assert [q.speaker for q in extract_quotes(text)] == ["Westland-Estland Business Council"] * 2


def test_the_editors_initials_after_the_last_sentence_end_it():
    text = ("Other cases have been filed in Estland, but have not yet been accepted by the courts, said lawyer Karl "
            "Obst, who represents a Harbour firm. jr/gsw-(Reuters, AP, AFP)")
    assert [(q.speaker, q.text[:11]) for q in extract_quotes(text)] == [("Karl Obst", "Other cases")]


def test_told_a_numbered_radio_station_is_a_listener():
    text = ("Dr Karl Obst told BBC Radio 5 live that the amount that could be recovered was between 200m and 500m a "
            "year. Vera Lund told BBC Radio 4's Today programme that the charging system would never work perfectly.")
    assert [(q.speaker, q.text[:10]) for q in extract_quotes(text)] == [
        ("Karl Obst", "the amount"), ("Vera Lund", "the chargi")]


def test_this_report_from_a_body_said_is_the_body_s():
    text = ("This report from the Estland Audit Office said that on current trends the health service would not "
            "manage to recover 500m a year by 2018.")
    assert [q.speaker for q in extract_quotes(text)] == ["Estland Audit Office"]


def test_the_national_coastguard_is_a_body():
    text = ("The inflatable boat was carrying at least 20 people when it sank off the coast, the Estlandian coastguard "
            "said in a statement on Friday.")
    assert [q.speaker for q in extract_quotes(text)] == ["Estlandian coastguard"]


def test_a_partial_quotation_after_a_participle_that_reports_it_is_speech():
    text = ("Kovac is close to sporting director Karl Obst, with Vera Lund telling Estland Sport magazine in November "
            "that the team are \"much more compact\" and willing to work for one another.")
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [("Vera Lund", "much more compact")]


def test_with_a_body_or_a_possessive_name_then_saying_is_that_speaker():
    text = ("The motion was debated on Tuesday, with the Federation of Small Firms saying it \"undermined trust\" in "
            "the plan. The strike was raised in a debate, with Harbour Party's Karl Obst saying it is \"an absolute "
            "disgrace\" that the workers had to go on strike.")
    assert [q.speaker for q in extract_quotes(text)] == ["Federation of Small Firms", "Karl Obst"]


def test_a_first_name_the_editor_added_in_brackets_is_part_of_the_name():
    text = "Harbour, for example, is more than unstable, as Foreign Minister [Karl] Obst said again today."
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [
        ("Karl Obst", "Harbour, for example, is more than unstable")]


def test_as_other_party_members_have_said_is_a_group():
    text = "What Obst is suggesting is neither realistic nor doable, same as other Social Democrats have said."
    assert extract_quotes(text) == []


def test_a_reporting_verb_glued_to_its_clause_by_a_hyphen_reports_it():
    text = ("Estland Rail says-full services are operating on the Dublin and Cork commuter routes. Estland Rail has "
            "confirmed-there will be special late night trains to bring fans back from the stadium.")
    assert [(q.speaker, q.text[:14]) for q in extract_quotes(text)] == [
        ("Estland Rail", "full services "), ("Estland Rail", "there will be ")]


def test_ap_is_the_news_agency_not_a_body_with_its_initials():
    text = ("A bomb caused a massive blast near a military academy. According to the AP news agency, a suicide bomber "
            "triggered the explosion. Afghan police secured the site of the blast.")
    assert [q.speaker for q in extract_quotes(text)] == ["AP"]


def test_as_someone_said_right_before_a_quotation_is_that_person_s():
    text = ("Karl Obst told Vera Lund he was guided by God to tell the truth even if as his mentor Ian Reid said \"the "
            "heavens fall\".")
    assert [q.speaker for q in extract_quotes(text)] == ["Ian Reid"]


def test_said_a_named_person_after_a_list_with_commas():
    text = ("The park will include centers for data innovation, product R&D, talent development, global purchases, "
            "intelligent logistics as well as education facilities, said Karl Obst, vice-president of Harbour Soft.")
    assert [(q.speaker, q.text[:8]) for q in extract_quotes(text)] == [("Karl Obst", "The park")]


def test_a_full_name_misspelt_once_is_the_person_the_article_names_more_often():
    text = ("Karl Obstmann heads Harbour Optics. Karl Obstman says he is a true believer in openness and in precision. "
            "Obstmann says the company is bringing in the right products at the right time.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obstmann", "Karl Obstmann"]


def test_maintained_reports_a_clause_not_ties_or_a_lead():
    text = ("Estland and Westland have maintained ties since the 1970s when former prime minister Karl Obst embraced "
            "the isolated state. Vera Lund has maintained the public has no interest in her taxes.")
    assert [(q.speaker, q.text[:10]) for q in extract_quotes(text)] == [("Vera Lund", "the public")]


def test_the_centers_for_a_thing_and_another_are_one_body():
    text = ("The disease is the third-leading cause of death from foodborne illness, according to the Centers for "
            "Harbour Control and Prevention.")
    assert [q.speaker for q in extract_quotes(text)] == ["Centers for Harbour Control and Prevention"]


def test_police_alone_is_nobody_in_particular_though_a_police_chief_is_named():
    text = ("\"The confrontation began over ongoing issues,\" Harbour Police Sgt. Karl Obst said in a statement. Both "
            "teenagers have since been released. Police said today they knew of a 2015 report in which the officer had "
            "reported youth walking across his lawn.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst"]


def test_said_through_a_spokesman_that_reports_the_clause_after_that():
    text = ("Vera Lund left the palace on Sunday. Lund said through a spokesman that she felt sorry about not being "
            "able to complete her term.")
    assert [(q.speaker, q.text[:10]) for q in extract_quotes(text)] == [("Vera Lund", "she felt s")]


def test_a_quotation_ending_its_sentence_keeps_its_speaker_before_a_new_speakers_at_least_clause():
    text = ("\"Some of the boys lit their mattresses on fire,\" Karl Obst said. \"We accept it, but we cannot get "
            "those lives back.\" Vera Lund, spokeswoman for the prosecutor, said at least 21 children died. \"We "
            "grieve.\" Ian Reid said at least one guard was hurt.")
    assert [(q.speaker, q.text[:6]) for q in extract_quotes(text) if q.direct] == [
        ("Karl Obst", "Some o"), ("Karl Obst", "We acc"), ("Vera Lund", "We gri")]


def test_an_editors_mangled_ellipsis_in_brackets_is_no_quotation_mark():
    text = ("According to Karl Obst, an analyst at the Harbour Centre, the forces have broken the first line. I think "
            "the reluctance was linked to its deal with Estland. Vera Lund, Senior researcher, Harbour Group \"As the "
            "operations go deeper, [\"\ufffd] there will be a nastier defence,\" said Obst. \"We always see this.\"")
    assert [(q.speaker, q.text[:6]) for q in extract_quotes(text) if q.direct] == [
        ("Karl Obst", "As the"), ("Karl Obst", "We alw")]


def test_the_report_published_by_a_body_is_that_bodys_not_a_larger_one_named_before_or_one_in_a_quotation():
    text = ("A new United Nations report accuses Estland of harsh rule. The report - Practices in Westland - was "
            "commissioned and published by the UN Harbour Commission for Western Asia (HCWA) and launched in Beirut. "
            "Karl Obst, a lecturer in law, told us the report \"breaks new ground in the UN's analysis of Estland\". "
            "The report also says Estland is \"guilty of policies that constitute a crime\".")
    assert [(q.speaker, q.text[:6]) for q in extract_quotes(text) if q.direct] == [
        ("Karl Obst", "breaks"), ("Harbour Commission for Western Asia", "guilty")]


def test_a_people_named_in_a_reports_title_is_no_speaker():
    text = ("The report, Practices towards the Westlandian People, was published by the Harbour Commission. Settlers "
            "are governed by \"civil law\", the report said. Westlandian refugees are \"prohibited from returning to "
            "their homes\".")
    assert [q.speaker for q in extract_quotes(text)] == ["Harbour Commission", "Harbour Commission"]


def test_a_panel_from_a_numbered_circuit_court_is_that_court():
    text = ("Trump lashed out against the ruling. \"We hold that the Government has not shown a likelihood of "
            "success,\" the panel, from the 9th Circuit Court of Appeals, wrote in the decision Thursday.")
    assert [q.speaker for q in extract_quotes(text)] == ["9th Circuit Court of Appeals"]


def test_a_participle_opening_the_sentence_is_no_speakers_name():
    text = ("Karl Obst signed the letter. Commenting on the letter to Harbour Radio, an undocumented restaurant "
            "worker, who moved to Estland 15 years ago, said: \"This is not just an issue for us.\"")
    assert [(q.speaker, q.text[:8]) for q in extract_quotes(text)] == [("", "This is ")]


def test_a_relative_clause_without_its_closing_comma_after_an_aside_of_where_someone_is_from():
    text = ("Some fans have not been impressed. Professor Karl Obst, from Harbour College, who led the research says "
            "they only had \"a general idea\" of the man.")
    assert [(q.speaker, q.text) for q in extract_quotes(text) if q.direct] == [("Karl Obst", "a general idea")]


def test_maybe_opening_a_sentence_is_no_part_of_the_name_after_it():
    text = ("Vera Lund relays the US to a public who would never read a newspaper. Maybe Lund had a split personality "
            "from the start. She described herself as \"the one with the highest IQ in 300 years\".")
    assert [(q.speaker, q.text[:7]) for q in extract_quotes(text)] == [("Vera Lund", "the one")]


def test_he_is_no_investigation_branch():
    text = ("The Air Accidents Investigation Branch (AAIB) said the pilot had not trained for it. The AAIB found the "
            "speeds and heights he used for the loop were \"very similar\" to another aircraft that the pilot had "
            "flown during displays in the run up to the Shoreham event, AAIB principal inspector Karl Obst said. He "
            "added that it was possible \"the pilot recalled the wrong numbers\".")
    assert [(q.speaker, q.text[:10]) for q in extract_quotes(text)][-1] == ("Karl Obst", "the pilot ")


def test_a_bodys_local_branch_speaks_for_the_body():
    text = ("The school dropped the plan, and the Estland Freedom Party praised it. Commenting on the move in a "
            "Facebook post, the Estland Freedom Party's Westburg branch called it an \"interesting and sensible\" step.")
    assert [(q.speaker, q.text) for q in extract_quotes(text) if q.direct] == [
        ("Estland Freedom Party", "interesting and sensible")]


def test_the_paper_as_the_subject_of_a_clause_after_a_conjunction_is_the_paper_named_before():
    text = ("Responses have been warm, but an article in the British tabloid the Harbour Mail caused a backlash after "
            "the paper described Syrians living on the island as \"unhappy\" about their location.")
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [("Harbour Mail", "unhappy")]


def test_ranted_and_scoffed_name_the_speaker_after_a_quotation():
    text = ("Karl Obst lashed out at Ian Reid after the mayor complained that Obst was often away. \"The last time Reid "
            "showed up at a crime scene he got beaten,\" Obst ranted in a post. \"Nonsense,\" Reid scoffed.")
    assert [(q.speaker, q.text[:8]) for q in extract_quotes(text) if q.direct] == [
        ("Karl Obst", "The last"), ("Ian Reid", "Nonsense")]


def test_a_first_name_written_twice_is_written_once():
    text = ("Harbour Bank's chief executive Karl Karl Obst said that 2016 was a good year. \"We are ready,\" Mr Obst "
            "said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst", "Karl Obst"]


def test_vp_is_a_title():
    text = "Speaking on Monday, VP Karl Obst said the plan would work. \"It will,\" Obst said."
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst", "Karl Obst"]


def test_a_nickname_in_marks_between_first_name_and_surname_names_the_person():
    text = ("Army Gen. Karl \"Tony\" Obst warned at a symposium on Tuesday that the army was in trouble. \"Our own "
            "government is in unbelievable turmoil,\" Obst said.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Karl Obst"]


def test_a_first_name_ending_in_ing_after_a_title_is_a_name():
    text = ("\"New rail links are urgently needed,\" said Professor Henning Obst from the Harbour Economic Institute. "
            "\"The port is losing ground,\" Obst added.")
    assert [q.speaker for q in extract_quotes(text)] == ["Henning Obst", "Henning Obst"]


def test_a_possessive_glued_to_the_next_word_by_the_exports_hyphen():
    text = ("Ship owners calling the shots Karl Obst's-heart also beats for the port. \"There are alternatives to "
            "Harbour,\" said Obst.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst"]


def test_a_capitalised_role_inside_a_run_leaves_the_name_after_it():
    text = ("Speaking on Harbour Radio, Divisional Organiser Karl Obst said that staff had been let down. As Queens "
            "Councilman Ian Reid put it, \"This is a disgrace.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst", "Ian Reid"]


def test_with_a_long_title_and_name_then_saying():
    text = ("Officials were quick to decry portions of the analysis, with Secretary of Health and Human Services Karl "
            "Obst saying they \"disagree strenuously\" with the report.")
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [("Karl Obst", "disagree strenuously")]


def test_a_party_in_the_plural_before_a_peer_is_no_part_of_her_name():
    text = "For the Liberal Democrats Baroness Obst said: \"There is no danger whatever to EU citizens.\""
    assert [q.speaker for q in extract_quotes(text)] == ["Baroness Obst"]


def test_a_middle_initial_without_its_full_stop_keeps_the_first_name_after_of():
    text = ("The lobby grew in the administration of Harry S Obst. Writing in his memoir, Obst noted, \"I do not think "
            "I ever had as much pressure.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Harry S Obst"]


def test_the_board_is_the_whole_body_whose_name_has_and_inside():
    text = ("The Bulletin's Science and Security Board explained its decision. The Board, in its statement, noted with "
            "alarm: \"The world has grown more dangerous.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Science and Security Board"]


def test_a_led_coalition_is_the_coalition_as_written():
    text = "The Estland-led coalition said the strike on the bridge had been \"precise\"."
    assert [q.speaker for q in extract_quotes(text)] == ["Estland-led coalition"]


def test_a_nickname_in_marks_after_two_first_names():
    text = "\"You call it the gaping wound,\" said Congressman Karl Ian \"Kip\" Obst, the Estland representative."
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Ian Obst"]


def test_a_title_before_a_nickname_in_marks_is_no_part_of_the_name():
    text = ("President Karl \"Kip\" Obst warned at a symposium that the army was in trouble. \"We are not ready,\" "
            "Obst said.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Karl Obst"]


def test_a_person_of_a_body_described_by_where_it_is_based():
    text = ("\"Refugees are above all a security issue,\" said Karl Obst of the New York-based Center for Migration "
            "Studies.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst"]


def test_a_museum_named_before_its_director():
    text = ("Director of Estland's State Historical Museum Karl Obst has told TASS he opposes the move. \"We should not "
            "part with it,\" Obst said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst", "Karl Obst"]


def test_an_official_who_chose_to_remain_anonymous_is_nobody_named():
    text = ("\"Our forces work well,\" Karl Obst told the Harbour Post. Speaking to Harbour Radio, a high-ranking "
            "Estland security official who chose to remain anonymous fearing reprisal, said: \"Since they destroyed "
            "our centres, we have been helpless.\"")
    assert [(q.speaker, q.text[:5]) for q in extract_quotes(text) if q.direct] == [("Karl Obst", "Our f"), ("", "Since")]


def test_words_after_an_unnamed_speakers_quotation_are_not_the_speaker_before_theirs():
    text = ("\"The bill is a disaster,\" said Karl Obst. \"MPs must not be duped by the government,\" said one Green "
            "Party MP. \"The vote they are offering is meaningless.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst", "", ""]


def test_lady_x_is_the_baroness_x_the_article_named_before():
    text = ("During the debate, shadow minister Baroness Obst of Harbour Town warned against using EU nationals as "
            "\"bargaining chips\". Lady Obst said the concerns of EU citizens were \"very real\".")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Baroness Obst", "Baroness Obst"]


def test_a_relative_named_by_first_name_after_a_plural_possessive_is_the_next_he():
    text = ("\"Ryan was part of a successful raid,\" Karl Obst said. Owens' father, Bill, has denounced the operation "
            "and refused to meet Obst. He told the Harbour Herald last week the raid was a \"stupid mission\".")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst", "Bill"]


def test_a_common_noun_glued_before_a_full_name_is_no_part_of_it():
    text = ("At first all the sharks expressed interest. Shark Anna Kiss said she \"did not appreciate\" the pitch. "
            "\"It was a mess,\" Anna Kiss added.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Anna Kiss", "Anna Kiss"]


def test_a_bodys_acronym_before_a_surname_is_the_person_the_article_names():
    text = ("Ambassador Anna Kiss arrived in New York on Monday. UN Kiss told the council the vote was \"a disgrace\". "
            "The UN has not said when the council meets again.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Anna Kiss"]


def test_a_role_capitalised_before_a_surname_is_the_person_who_holds_it():
    text = ("The car's designer, Valery Obst, showed it to reporters. Designer Obst said the shape \"came from the "
            "sea\".")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Valery Obst"]


def test_a_place_ending_a_subheading_glued_before_a_name_is_no_part_of_it():
    text = ("Karl Obst heads a union of farmers. Calls for autonomy in Estland avoid hard questions. OPINION: Autonomy "
            "is key to peace in Estland Obst, whose group aids farmers, argues that a region of their own would help. "
            "\"We are not asking much,\" he told the Harbour Post.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst", "Karl Obst"]


def test_the_ministry_after_a_countrys_ministry_of_something_is_that_ministry():
    text = ("Investment in Estland grew by half, according to a report by Estland's Ministry of Commerce. According to "
            "a report released by the ministry, most of the money went to factories.")
    assert [q.speaker for q in extract_quotes(text) if not q.direct] == ["Ministry of Commerce", "Ministry of Commerce"]


def test_an_office_for_a_district_of_a_state_keeps_its_whole_name():
    text = ("The US Attorney's Office for the Eastern District of Westland said the men face charges. \"They are a "
            "gang,\" the US Attorney's Office said.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == [
        "US Attorney's Office for the Eastern District of Westland"]


def test_a_mangled_dash_between_spaces_opens_no_quotation():
    text = ("The entrepreneur \"?already busy with three firms \"\ufffd\xa0has launched another. Anna Kiss, an insider, "
            "confirmed the news on Monday, describing the startup as \"embryonic.\" The idea is old.")
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [("Anna Kiss", "embryonic.")]



def test_a_quotation_after_adding_that_is_not_signed_by_the_next_sentences_subject():
    text = ("Exports are high, Obst says, adding that \"most trade is fine. It is not competition.\" Anna Kiss, a "
            "vice-president of the academy, says the talks went well.")
    assert [q.speaker for q in extract_quotes(text)] == ["Obst", "Anna Kiss"]


def test_a_new_speaker_whose_role_holds_an_initial_does_not_sign_the_quotation_before():
    text = ("\"The law is clear,\" said Obst. \"The intent has not changed.\" Anna Kiss, a law professor at the Karl R. "
            "Lund School of Law, echoed that sentiment. \"The standard is clear,\" she said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Obst", "Obst", "Anna Kiss"]


def test_what_a_named_person_calls_something_is_their_quotation():
    text = ("This can \"help men,\" said Karl Obst, a scientist. In theory, a woman could also conceive on her own, a "
            "concept that Anna Kiss, professor of law at Harbour University, calls \"solo IVG.\" She points out that it "
            "comes with some risk.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst", "Anna Kiss", "Anna Kiss"]


@pytest.mark.parametrize("text,speaker", [
    ("President Karl Obst spoke on Monday. The paper stood by its staff, even as the president has repeatedly attacked "
     "the network as \"fake news.\"", "Karl Obst"),
    ("Karl Obst spoke on Monday. Obst characterized his plan to raise the budget as \"one of the largest.\"",
     "Karl Obst"),
    ("The claims angered the government of Estland, and the Harbour Agency rejected the allegations as \"utterly "
     "ridiculous\".", "Harbour Agency"),
])
def test_who_characterises_something_as_a_quotation_is_its_speaker(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


def test_who_rejected_something_in_a_relative_clause_is_the_quotations_speaker():
    text = ("Estland claims its missiles downed one jet, which Westland rejected as \"completely untrue\".")
    assert [q.speaker for q in extract_quotes(text)] == ["Westland"]


@pytest.mark.parametrize("text,speaker", [
    ("Garda Karl Obst has spent years on his complaint. \"It was a long and difficult battle,\" Obst said.",
     "Karl Obst"),
    ("Cdr Karl Obst, the officer in charge, said the drill went well. \"We were ready,\" he said.", "Karl Obst"),
])
def test_a_police_or_naval_rank_before_a_name_is_no_part_of_it(text, speaker):
    assert {q.speaker for q in extract_quotes(text)} == {speaker}


def test_a_quotation_calling_someone_by_name_is_not_their_own_words():
    text = ("Anna Kiss reacted strongly when Vera Lund interjected. \"What about a bit of respect, Vera?\" she said. "
            "Ms Lund responded: \"What about some respect for the public, Anna?\"")
    assert [q.speaker for q in extract_quotes(text)] == ["", "Vera Lund"]  # "she" is not Vera; whom it is, unsure


def test_a_name_only_ever_written_after_of_is_the_body_it_ends():
    text = ("Firms were angry. There has also been a backlash from business with the Federation of Small Traders "
            "saying it \"lacked any detail\".")
    assert [q.speaker for q in extract_quotes(text)] == ["Federation of Small Traders"]


def test_a_mangled_dash_between_words_inside_a_quotation_does_not_end_it():
    text = ("\"We tested our message, and the feedback confirmed we were on the right track\"\ufffdparticularly when "
            "people told us they wear it on t-shirts. We don\"\ufffdt stop,\" Karl Obst said.")
    assert [(q.speaker, q.text[:9], q.text[-4:]) for q in extract_quotes(text)] == [("Karl Obst", "We tested", "stop")]


def test_a_quotation_inside_one_in_straight_marks_does_not_split_it():
    text = "\"The issue of \"interference in the elections\" has been raised,\" Karl Obst said."
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [
        ("Karl Obst", "The issue of \"interference in the elections\" has been raised")]


def test_a_hyphen_the_export_put_before_of_is_a_space():
    text = ("Care is dear in Westland, according to the World Bank. \"My second day, I was shocked,\" said Karl Obst-of "
            "his residency.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Karl Obst"]


def test_a_quotation_that_lost_its_closing_mark_long_before_does_not_hide_the_next_ones_speaker():
    text = ("\"We tried,\" said Vera Lund. The parks were shaped by the so-called \"hermit culture of the old "
            "dynasties. Under this culture, educated men were encouraged to retreat from political life and to "
            "cultivate their moral qualities in quiet gardens far from the city. Screened behind walls and fences, "
            "recreation takes place out of the sight of passersby, instead of being part of the city. This is a mode "
            "of life that Karl Obst calls \"participatory\". It was the aim of the city.")
    assert [q.speaker for q in extract_quotes(text)][-1] == "Karl Obst"


def test_a_sentence_after_a_quotation_that_lost_its_closing_mark_keeps_its_own_cue():
    text = ("Topics include working parents, \"a great rebuilding of the military and commitments to veterans are "
            "listed as topics that Obst is expected to discuss, noting that they are areas in which he wants to work "
            "with the assembly. Spokeswoman Vera Lund said Monday that the theme of the speech will be \"the renewal "
            "of the spirit.\"")
    assert [q.speaker for q in extract_quotes(text)][-1] == "Vera Lund"


def test_statements_from_someone_that_something_is_so_are_their_words():
    text = ("The order was delayed, despite repeated statements from press secretary Karl Obst that the two orders "
            "would co-exist on a \"dual track\".")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst"]


def test_a_tv_channel_named_before_its_journalist_is_no_part_of_the_name():
    text = "\"The documents were waved on the screen,\" says Harbour TV Karl Obst. \"Nobody read them.\""
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst", "Karl Obst"]


def test_a_surname_is_not_lengthened_by_a_papers_name_glued_before_it():
    text = ("\"He is calm,\" said journalist Karl Obst, who writes for the weekly Harbour & Guardian Obst. Vera Lund "
            "seeks a new term. \"He wants to open the books,\" Obst added.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst", "Karl Obst"]


def test_a_role_the_export_joined_to_a_first_name_with_a_hyphen_is_no_part_of_the_name():
    text = ("Photographer-Vera Lund shot the series at home. \"They love their stories,\" she said. Lund said her "
            "favourite photo is \"the one of them asleep\".")
    assert {q.speaker for q in extract_quotes(text) if q.direct} == {"Vera Lund"}


def test_the_acronym_of_a_party_before_a_role_names_the_leader_introduced_with_the_partys_full_name():
    text = ("Harbour Unionist Party leader Anna Kiss and Estland Party leader Vera Lund clashed. \"What about some "
            "respect for the public, Anna?\" Ms Lund said. The HUP leader and former first minister said the furore "
            "had centred on \"smears and allegations\".")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Vera Lund", "Anna Kiss"]


def test_a_magazine_keeps_the_first_word_of_its_name():
    text = ("Online grocery sales alone will grow annually at an average of 21.1 per cent in the coming years, "
            "according to Packaging World Magazine. Offline sales are expected to rise by a mere 3.1 per cent.")
    assert [q.speaker for q in extract_quotes(text)] == ["Packaging World Magazine"]


def test_a_hyphen_the_export_put_after_a_comma_before_called_is_a_space():
    text = ("Karl Obst tweeted about a \"new chapter\" for the union, while Estland's foreign minister, Vera "
            "Lund,-called it a \"dark day\".")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Obst", "Vera Lund"]


def test_a_body_named_with_and_keeps_the_words_before_it():
    text = ("The Forest and River Lands Commission of Inquiry began digging on Monday. The commission said it had "
            "found \"significant quantities\" of waste. The Health and Human Services Department's inspector general's "
            "office said it has begun a \"review\".")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == [
        "Forest and River Lands Commission of Inquiry", "Health and Human Services Department"]


def test_a_first_name_that_tells_a_mans_gender_outweighs_the_she_of_the_sentences_after_his_name():
    text = ("Gymnasts came to Tom Berg with back pain. She would be asked to lie down. In 1998 the girls went to Tom "
            "Berg again. She would lie down once more. Vera Lund, 36, lives near the club. It appears she was among "
            "the first of Berg's patients. When she heard the news about Berg, she was in denial. \"I got sick,\" she "
            "said.")
    titled = text.replace("Tom Berg", "Mr Tom Berg")
    assert [q.speaker for q in extract_quotes(text)] == [q.speaker for q in extract_quotes(titled)] == [""]


def test_words_only_ever_written_at_the_end_of_a_bodys_name_are_that_body():
    text = ("Harbour signed the Chemical Weapons Convention in 2000. Binary weapons are not lethal until two compounds "
            "are mixed, according to the Organisation for the Prohibition of Chemical Weapons (OPCW). The increase is "
            "one of the biggest, according to the Committee for a Responsible Federal Budget.")
    assert [q.speaker for q in extract_quotes(text)] == [
        "Organisation for the Prohibition of Chemical Weapons", "Committee for a Responsible Federal Budget"]


def test_a_bodys_acronym_keeps_the_nationality_that_opens_its_name():
    text = ("The Australian Grid Market Operator (AGMO) said Thursday a projected decline in gas production could "
            "result in a shortfall in South Australia.")
    assert [q.speaker for q in extract_quotes(text)] == ["Australian Grid Market Operator"]


def test_a_paper_whose_name_opens_with_the_after_to_keeps_its_first_word():
    text = ("Karl Obst first spoke to The New Harbour Times about his worries. He would receive $3,500 a year in tax "
            "credits, according to the Times.")
    assert [q.speaker for q in extract_quotes(text)] == ["New Harbour Times"]


@pytest.mark.parametrize("text, speaker", [
    ("The cops posted a photo of the drone. \"Are you missing a drone?\" the police asked in their post.", ""),
    ("\"As soon as possible,\" the court said.", ""),
    ("\"The plenary session will assess the venues,\" a spokesperson for the organizing committee said.", ""),
    ("\"The plan will go ahead,\" the government said.", "the government"),
])
def test_a_body_the_article_never_names_is_nobody_but_the_government_or_the_ministry(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


def test_a_charge_without_that_reports_a_clause_whose_verb_comes_after_a_long_subject():
    text = ("Karl Obst spoke on Monday. Harbour Unity has claimed the council's handling of the affair was the reason "
            "it left. Eastland, which claims the sea virtually in its entirety, has been building islands.")
    assert reported(text) == [("Harbour Unity", "the council's handling of the affair was the reason it left")]


def test_emphasizes_that_reports_speech():
    text = ("Karl Obst, chairman of the Harbour Initiative, spoke first. Obst emphasizes that more and more foreign "
            "companies are taking a keen interest in the region.")
    assert reported(text) == [
        ("Karl Obst", "more and more foreign companies are taking a keen interest in the region")]


def test_a_persons_official_spokesman_speaks_for_them_not_for_the_body_named_next():
    text = ("Anna Kiss's official spokesman said the prime minister was \"disappointed\". Harbour Rail North proposes "
            "to modernise the network.")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Kiss"]


def test_a_place_a_sentence_opens_with_is_no_part_of_the_first_name_after_it():
    text = ("Anas Obst lived in a camp in Westport. He traveled on to Eastland. From Eastland Anas traveled by foot to "
            "Northland. Anas says the boat was overcrowded and eventually capsized.")
    assert reported(text) == [("Anas Obst", "the boat was overcrowded and eventually capsized")]


def test_the_first_of_two_first_names_before_one_surname_shares_it():
    text = ("Jennifer and Keith Obst say the new law has hurt their family. Jennifer works part-time for a charity. "
            "\"It was about $12,000 a year,\" Jennifer said.")
    assert [q.speaker for q in extract_quotes(text) if q.direct] == ["Jennifer Obst"]


def test_a_mangled_dash_after_a_name_is_no_part_of_it():
    text = ("In a new interview with a magazine, Anna Kiss-\"?arguably the best-known model in the country-\"?opened "
            "up. \"Every kid is going to go through the same thing,\" Kiss said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Kiss"]


def test_an_apostrophe_of_an_irish_name_the_export_mangled_is_an_apostrophe():
    text = ("City Police Commissioner Karl O\"\ufffdNeill told officers in a memo that \"officers must not stop "
            "people\". O\"\ufffdNeill wrote: \"Help us now, please.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Karl O'Neill", "Karl O'Neill"]


def test_a_list_of_titles_each_followed_by_its_artist_holds_no_quotations():
    text = ("Winners are marked with an asterisk. Album of the year \"25,\" Ana Lopez *WINNER \"Lemonade,\" Vera Lund "
            "\"Purpose,\" Karl Obst \"Views,\" Drake Record of the year \"Hello,\" Ana Lopez *WINNER \"Formation,\" "
            "Vera Lund. \"It is a great night for music,\" Lopez said.")
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [("Ana Lopez", "It is a great night for music")]


@pytest.mark.parametrize("text, speaker", [
    ("A bag in the bathroom might help, says Business in the Harbour. \"It can seem off-putting,\" says Business in "
     "the Harbour.", "Business in the Harbour"),
    ("The rights group Women on Boats hopes to help. Women on Boats fired back, saying that the navy was "
     "\"obstructing\" it.", "Women on Boats"),
])
def test_a_name_the_text_always_writes_with_the_same_lower_case_tail_keeps_it(text, speaker):
    assert {q.speaker for q in extract_quotes(text)} == {speaker}
