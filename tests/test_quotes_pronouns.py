"""Who "he" and "she" are when a quote's cue is a pronoun.

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest
from quote_helpers import quote_with, speaker
from spacy.tokens import Doc

from reader.nlp.quotes.mentions import _modifies_a_name


def test_he_after_a_quote_is_the_main_subject_not_a_name_inside_the_clause(analyse):
    text = (
        "Mr Corwin Abt chairs the harbour board.\n\n"
        'But board member Mr Dennis Faraday said he was "astonished" Mr Abt was still '
        'in charge. "We were told he was leaving in the spring," he said.'
    )
    assert speaker(analyse, text, "leaving in the spring") == "Dennis Faraday"


def test_he_after_a_passive_main_clause(analyse):
    text = (
        "Mr Corwin Abt quit the harbour board in May.\n\n"
        "On Monday Mr Lionel Faraday was asked why Mr Abt had been allowed to resign. "
        'He replied: "He decided it was time to move on."'
    )
    assert speaker(analyse, text, "time to move on") == "Lionel Faraday"


def test_he_in_the_next_paragraph_is_the_last_main_subject(analyse):
    text = (
        "Sir Ambrose Kell, who chairs the ferry committee, said that when Mr Corwin Abt "
        'had announced the fare rise, he got the "clear impression" it was temporary.\n\n'
        'He added his committee was "duty bound" to review it.'
    )
    assert speaker(analyse, text, "duty bound") == "Ambrose Kell"


def test_inside_one_sentence_he_is_the_nearer_subject(analyse):
    text = (
        'Retired admiral Petra Lund said Mr Osric Venn was "quite right" when he said '
        'on Tuesday that "the fleet has been neglected for a decade."'
    )
    assert speaker(analyse, text, "fleet has been neglected") == "Osric Venn"


def test_she_after_an_unnamed_spokeswoman_names_nobody(analyse):
    text = (
        'Mr Tarquin Bellweather, the ferry minister, said: "The timetable stands."\n\n'
        "A spokeswoman for the Kestrel Passengers Union said the timetable was unfair. "
        'She added: "Nobody asked the people who use the ferry."'
    )
    quote = quote_with(analyse, text, "Nobody asked")
    assert quote.speaker is None
    assert quote.speaker_text == "She"
    assert "not named" in quote.reason


@pytest.mark.parametrize("role", ["harbour spokesman", "councillor", "councilor"])
def test_he_after_an_unnamed_spokesman_names_nobody(analyse, role):
    text = (
        'Mr Osbert Fenwick said: "We will appeal."\n\n'
        f"A {role} later said the appeal would fail. "
        '"The board has already voted," he said.'
    )
    assert speaker(analyse, text, "already voted") is None


def test_he_and_she_as_surnames_are_not_pronouns(analyse):
    text = (
        'Mr Corwin Abt, the port director, said the levy was "fair".\n\n'
        'He Jianxiong, a former harbour official, said the levy was "a tax on every '
        'fisherman". Mr Abt disagreed with him. "Nobody asked the boats," Mr He said.\n\n'
        'She Meiling, who runs the fish market, said: "We will pay twice."'
    )
    assert speaker(analyse, text, "Nobody asked the boats") == "He Jianxiong"
    assert speaker(analyse, text, "pay twice") == "She Meiling"
    assert speaker(analyse, text, "tax on every") == "He Jianxiong"


# "X, a <role>, said the owner's '…'. '… <another man's name> …,' he said.": the pronoun is
# the speaker of the sentence before, even when NER missed that speaker's name (or typed part
# of it as a nationality), and never a name inside the quote it attributes.
_OWNER = "Mr Osric Venn has run the ferry company since 2009. He has promised cheaper fares before."
_OWNER_F = "Mrs Petra Lund has chaired the museum trust for a decade. She rarely gives interviews."


def _critic(name: str, role: str, partial: str, between: str, quote: str, pronoun: str) -> str:
    return (
        f'{name}, {role}, said the owner\'s "{partial}" had unsettled people.'
        f'{between}"{quote}," {pronoun} said.'
    )


@pytest.mark.parametrize(
    ("owner", "critic", "speaker_name", "words"),
    [
        (  # NER types the given name as a nationality
            _OWNER,
            _critic(
                "Tavish Orrin",
                "a transport lecturer at Kellbridge",
                "restless habit of changing course",
                " ",
                "By promising cheaper fares every winter, Venn makes every timetable less certain",
                "he",
            ),
            "Tavish Orrin",
            "every timetable",
        ),
        (  # the same, the quote in the next paragraph
            _OWNER,
            _critic(
                "Tavish Orrin",
                "a transport lecturer at Kellbridge",
                "restless habit of changing course",
                "\n\n",
                "By promising cheaper fares every winter, Venn makes every timetable less certain",
                "he",
            ),
            "Tavish Orrin",
            "every timetable",
        ),
        (  # NER misses the name; she
            _OWNER_F,
            _critic(
                "Ilse Marrow",
                "a curator at the gallery",
                "appetite for grand plans",
                " ",
                "Every time Lund announces a new wing, the budget shrinks",
                "she",
            ),
            "Ilse Marrow",
            "new wing",
        ),
        (  # NER finds the name: the name inside the quote still does not count
            _OWNER,
            _critic(
                "Oswy Tarrant",
                "an economist at the port authority",
                "restless habit of changing course",
                " ",
                "By promising cheaper fares every winter, Venn makes every timetable less certain",
                "he",
            ),
            "Oswy Tarrant",
            "every timetable",
        ),
        (
            _OWNER_F,
            _critic(
                "Ysolde Quarrie",
                "a curator at the gallery",
                "appetite for grand plans",
                "\n\n",
                "Every time Lund announces a new wing, the budget shrinks",
                "she",
            ),
            "Ysolde Quarrie",
            "new wing",
        ),
    ],
    ids=[
        "he-missed-name",
        "he-next-paragraph",
        "she-missed-name",
        "he-found-name",
        "she-found-name",
    ],
)
def test_pronoun_after_a_quote_is_the_speaker_before_not_a_name_in_the_quote(
    analyse, owner, critic, speaker_name, words
):
    text = f"{owner}\n\n{critic}"
    quote = quote_with(analyse, text, words)
    assert quote.speaker == speaker_name
    partial = quote_with(analyse, text, text.split('"')[1])
    assert partial.speaker == speaker_name


def test_a_name_said_only_inside_the_quote_is_no_candidate(analyse):
    text = (
        "Tavish Orrin, a transport lecturer at Kellbridge, said the timetable was "
        '"a work of fiction". "When Corbin Hale ran the line, the boats left on time," he said.'
    )
    quote = quote_with(analyse, text, "left on time")
    assert quote.speaker == "Tavish Orrin"
    assert quote.runner_up != "Corbin Hale"


def test_he_after_a_quote_is_not_the_man_the_quote_names(analyse):
    text = (
        "Coach Bram Oduya named his side for the final on Friday.\n\n"
        "His captain Teodor Vasko is fit again after a knee injury.\n\n"
        '"Teodor is the best keeper we have. What I must judge is his sharpness," he said.'
    )
    assert speaker(analyse, text, "best keeper we have") == "Bram Oduya"


def test_a_bare_surname_stays_with_its_holder_after_a_relative_named_by_first_name(analyse):
    text = (
        "Folk singer Dex Marlowe has fought off a burglar at his farmhouse.\n\n"
        "Marlowe chased the man across a field. His wife Helen, who called the police, "
        "said her rings were taken.\n\n"
        '"I could have been hurt," Marlowe said.\n\n'
        "Helen Marlowe later listed what was taken."
    )
    assert speaker(analyse, text, "could have been hurt") == "Dex Marlowe"


def test_she_still_finds_a_woman_a_wrong_he_was_once_resolved_to(analyse):
    text = (
        "Veteran comic Ambrose Kell has died aged 91.\n\n"
        "Friends said he loved radio most. Chat show host Dilys Varga said he was "
        '"so kind" and a "joy" to work with. "The thing about Ambrose was that he was a '
        'true gentleman," she said.'
    )
    assert speaker(analyse, text, "true gentleman") == "Dilys Varga"


@pytest.mark.parametrize(
    ("verb", "asked", "about"),
    [
        ("asked", "Tomas Bellweather", "Karl Weissmuller"),
        ("urged", "Piet Olander", "Rufus Kettering"),
        ("pressed", "Anton Mirelli", "Gustav Rainey"),
    ],
)
def test_he_after_one_asked_about_another_is_the_one_asked(analyse, verb, asked, about):
    text = (
        "The radio interview ran long on Tuesday.\n\n"
        f"The host, Ms. Ana Quintero, {verb} {asked} to describe {about} twice in the interview. "
        'He did not do so, and instead argued that the harbour plan was "a fair deal for '
        'every family in the county."'
    )
    assert speaker(analyse, text, "fair deal") == asked


@pytest.mark.parametrize(
    ("name", "pronoun"),
    [("Daniel Okafor", "He"), ("Helen Marsh", "She"), ("Tomas Reyes", "He")],
)
def test_an_article_that_opens_on_a_pronoun_names_its_person_just_after(analyse, name, pronoun):
    """ "He promised … he called her 'a fraud.' ¶ … Daniel Okafor came out fighting": nobody is
    named before the pronoun, so it is the person named first after it."""
    text = (
        "Scorched earth at the harbour debate\n\n"
        f"{pronoun} promised to shut the yard. {pronoun} waved at the crowd. Later, "
        f"{pronoun.lower()} called the chair “a fraud who sold the harbour.”\n\n"
        f"Rather than backing down, council candidate {name} came out fighting in the second "
        "debate on Sunday.\n"
    )
    assert speaker(analyse, text, "sold the harbour") == name


def test_an_opening_pronoun_is_not_someone_of_the_other_gender_named_after(analyse):
    text = (
        "Scorched earth at the harbour debate\n\n"
        "She promised to shut the yard. Later, she called the chair “a fraud who sold "
        "the harbour.”\n\n"
        "Mr. Daniel Okafor, the chair, said he would not step down.\n"
    )
    assert speaker(analyse, text, "sold the harbour") is None


INTRODUCED = [
    ("a 43-year-old man", "The man", "he"),
    ("a retired woman", "The woman", "she"),
    ("a young patient", "The patient", "he"),
]


@pytest.mark.parametrize(("introduction", "description", "pronoun"), INTRODUCED)
def test_the_man_a_man_introduced_is_not_the_last_person_named(
    analyse, introduction, description, pronoun
):
    text = (
        f"Lifeboat crews pulled {introduction} from the harbour on Sunday night, "
        "Captain Oren Halvorsen wrote in the log.\n\n"
        f"{description} had drifted for hours. According to "
        f'{description.lower()}, the water "felt warmer than the air by midnight."\n\n'
        f'The crew reached the quay at dawn. As {pronoun} put it, "the lights kept me awake."'
    )
    assert speaker(analyse, text, "felt warmer") is None
    assert speaker(analyse, text, "lights kept me") is None


@pytest.mark.parametrize("noun", ["manager", "chairman", "spokesman"])
def test_a_description_the_article_gave_a_named_person_is_still_that_person(analyse, noun):
    text = (
        f"Party officials blamed campaign {noun} Ivo Tarrant for the defeat. A new {noun}, "
        "they said, could set a different tone.\n\n"
        f"When reporters asked Tarrant about the vote, the {noun} said he needed time. "
        '"Let me speak to the board before anything else," he said.'
    )
    assert speaker(analyse, text, "speak to the board") == "Ivo Tarrant"


@pytest.mark.parametrize(
    ("name", "pronoun"), [("Benjamin Odum", "His"), ("Margaret Quellington", "Her")]
)
@pytest.mark.parametrize("noun", ["statement", "letter"])
def test_his_or_her_statement_is_theirs(analyse, name, pronoun, noun):
    text = (
        f"{name} was asked about the harbour levy on Monday. "
        f'{pronoun} {noun} said "the harbour cannot pay twice for one berth."'
    )
    assert speaker(analyse, text, "cannot pay twice") == name


@pytest.mark.parametrize(
    ("boss", "role", "name"),
    [
        ("Roe", "adviser", "Kwame Osei"),
        ("Roe", "campaign manager", "Dev Anand Rao"),
        ("Marsh", "chief of staff", "Tomas Brill"),
    ],
)
def test_he_is_not_a_name_that_only_describes_the_subject(analyse, boss, role, name):
    # "Roe adviser Kwame Osei": Roe names whom Osei advises; Osei is the sentence's subject
    text = (
        f'Mayor Jo {boss} won the ferry vote in March. "The harbour belongs to all of us '
        'again," he said that night.\n\n'
        f"{boss} {role} {name}, the longest-serving clerk in the county, made the same point "
        'later. "People can feel the quays coming back to life," he said.'
    )
    assert speaker(analyse, text, "quays coming back") == name


@pytest.mark.parametrize(("boss", "name"), [("Roe", "Kwame Osei"), ("Marsh", "Tomas Brill")])
def test_he_is_not_a_name_inside_the_subjects_appositive(analyse, boss, name):
    text = (
        f'Mayor Jo {boss} spoke at the quay in March. "We will win," he said.\n\n'
        f"Councillor {name} of Leeds, a {boss} supporter, said a truce would suit both sides. "
        '"Nobody wins a feud over a ferry timetable," he said after the meeting.'
    )
    assert speaker(analyse, text, "feud over a ferry") == name


@pytest.mark.parametrize(
    "subject",
    [
        "Some backers of the quay, like {name}, a fellow at the Harwick Institute,",
        "Several councillors, including {name},",
        "Critics such as {name}",
    ],
)
@pytest.mark.parametrize("name", ["Gary Hubert", "Tomas Brill"])
def test_he_is_the_one_named_as_an_example_of_a_plural_subject(analyse, subject, name):
    text = (
        'Professor Dan Autry has studied the quay for years. "The berths are too few," he '
        "said.\n\n"
        f"{subject.format(name=name)} also admit that the new quay has cost fishermen their "
        'berths.\n\nBut the quay will repay its cost "within a decade, with room to spare," he '
        "said."
    )
    assert speaker(analyse, text, "room to spare") == name


@pytest.mark.parametrize(("him", "her"), [("Tom Vail", "Ada Vail"), ("Kwame Osei", "Nia Osei")])
def test_she_after_a_sentence_led_by_another_subject_says_nothing_of_a_name_in_it(
    analyse, him, her
):
    # "They included … knives Tom had given her. She said …": "she" is not Tom, however the
    # parse hangs his clause, so Tom is not counted a woman
    text = (
        f"Chef {him} said he was stunned after thieves broke into his restaurant on Sunday.\n\n"
        f"At a hearing on Tuesday, {her} listed the missing things. They included a silver "
        f"watch and two knives {him.split()[0]} gave her when they opened the place ten years "
        "ago. She said she had meant to lock them in the safe. "
        '"I keep them in the drawer by the till, and that is where they were."'
    )
    assert speaker(analyse, text, "drawer by the till") == her


@pytest.mark.parametrize(
    ("her", "him"), [("Maria Lopez", "Tom Baker"), ("Sarah Jones", "David Miller")]
)
def test_one_wrongly_resolved_he_does_not_rule_a_woman_out(analyse, her, him):
    # "after he criticised": he is the unnamed mayor, but the only name near is hers; that
    # one vote must not stop the "she" two sentences on from being her
    surname, other = her.split()[1], him.split()[1]
    text = (
        f"{her} runs the harbour board in Leeds.\n\n"
        f"{surname}'s board removed the mayor of Leeds in May after he criticised its plans.\n\n"
        f"On Monday, {surname} mocked {other}’s plan to sell the quays. She wrote to members, "
        f'saying that "selling the quays to {other} would be a mistake we cannot undo."'
    )
    assert speaker(analyse, text, "a mistake we cannot undo") == her


@pytest.mark.parametrize(
    ("name", "aside"),
    [
        ("Gov. Ivo Brandt", "who is seen as a likely successor to the chair"),
        ("Gov. Ivo Brandt", "who is seen as the favourite for the party's top job"),
        ("Ada Moreno", "who is seen as the favourite for the party's top job"),
    ],
)
def test_he_after_a_subject_set_off_by_a_relative_clause_is_that_subject(analyse, name, aside):
    pronoun = "she" if name.startswith("Ada") else "he"
    text = (
        'The port committee sat late. "We need the berths," said Dora Klink, who would not '
        "say more.\n\n"
        f"{name} — {aside} — made rebuilding Port Ellen a goal of the second year, but the "
        f"work slowed, and {pronoun} has clashed with Klink over how to pay for it, once calling "
        'the mayor a "dreamer" who was not "serious."'
    )
    assert speaker(analyse, text, "dreamer") == name.removeprefix("Gov. ")


@pytest.mark.parametrize("description", [["a", "delegate", "backing"], ["an", "old", "ally", "of"]])
def test_a_name_inside_the_subjects_description_is_not_the_subject(nlp, description):
    # The parse this class comes from, built by hand: the last name of the description set in
    # apposition to the subject's name, with the description's lower-case words hung on it.
    words = ["Jo", "Roe", ",", *description, "Vail", ",", "said", "he", "won", "."]
    vail = words.index("Vail")
    said = words.index("said")
    heads = [1, said, 1, *[vail] * len(description), 1, 1, said, said + 2, said, said]
    deps = ["compound", "nsubj", "punct", "det", *["amod"] * (len(description) - 1)]
    deps += ["appos", "punct", "ROOT", "nsubj", "ccomp", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", *["ADJ"] * (len(description) - 1), "PROPN"]
    pos += ["PUNCT", "VERB", "PRON", "VERB", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert _modifies_a_name(doc[vail : vail + 1])
    assert not _modifies_a_name(doc[0:2])


@pytest.mark.parametrize(
    ("first", "second"), [("Mara Lind", "Kwame Obi"), ("Tom Reyes", "Ines Varga")]
)
def test_names_joined_by_and_are_both_subjects_for_a_pronoun(analyse, first, second):
    """ "Roe and Doe spoke. She said … He said …": the second name is a subject too, so once
    one pronoun takes one of them the other pronoun takes the other, not the same person."""
    text = (
        "Harbour plan row\n\nThe harbour plan was approved on Monday.\n\n"
        f'{first} and {second} spoke. She said: "We cannot keep paying." '
        'He said: "It is a good plan."\n'
    )
    speakers = [q.speaker for q in analyse(text).quotes]
    assert sorted(speakers) == sorted([first, second])


@pytest.mark.parametrize("role", ["spokesman", "chairman", "congressman", "businessman"])
@pytest.mark.parametrize(
    ("woman", "other"), [("Wren Tallis", "Ada Pell"), ("Noor Hakimi", "Lise Brandt")]
)
def test_she_after_a_woman_called_a_spokesman_is_that_woman(analyse, role, woman, other):
    """News gives women these role words too: alone they do not make a man of the name."""
    text = (
        "Harbour fund row\n\n"
        f"The harbour fund will take no public money, {other} said. Harbour {role} "
        f"{woman} confirmed that the fishermen set the fund up themselves. "
        '"We answer to nobody on the council," she said.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == [woman]


@pytest.mark.parametrize(
    ("first", "second"), [("Jo Roe", "Tom Vail"), ("Kofi Brennan", "Orla Penrose")]
)
@pytest.mark.parametrize("pronouns", [("she", "he"), ("he", "she")])
@pytest.mark.parametrize("meeting", ["clashed with", "met", "debated"])
@pytest.mark.parametrize("reply", ["replied", "said", "shot back"])
def test_the_other_pronoun_in_an_exchange_is_the_other_person(
    analyse, first, second, pronouns, meeting, reply
):
    # Nothing says who is a man: whoever "she" was a line ago is not the next "he".
    text = (
        f"Harbour row\n\n{first} {meeting} {second} on Tuesday.\n\n"
        f'"The plan is dead," {pronouns[0]} said.\n\n'
        f'"It is not," {pronouns[1]} {reply}.\n'
    )
    assert speaker(analyse, text, "plan is dead") == first
    assert speaker(analyse, text, "It is not") == second


@pytest.mark.parametrize(
    ("writer", "other"),
    [("Tom Vail", "Jo Keel"), ("Kofi Brennan", "Piet Halloran"), ("Orla Penrose", "Ruth Adeyemi")],
)
@pytest.mark.parametrize("words", ["letter", "statement", "report"])
def test_the_writer_of_words_that_act_is_the_next_pronoun(analyse, writer, other, words):
    pronoun = "she" if writer == "Orla Penrose" else "he"
    text = (
        f"Harbour row\n\n{writer}'s {words} blamed {other} for the delay.\n\n"
        f'"The harbour has been neglected for years," {pronoun} wrote.\n'
    )
    assert speaker(analyse, text, "neglected") == writer
