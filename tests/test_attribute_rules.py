"""The attribute ruler applied through attribute arrays sets exactly what spaCy's own ruler sets:
on the model's rules over texts built to hit its exceptions, and on rules written here to hit
each kind of pattern (sets, regexes, several tokens, a negative index, a later rule winning)."""

from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from reader.nlp.attribute_rules import ArrayRules, _Table, compile_rules, use_array_rules
from reader.nlp.versions import resolve_model
from tests.conftest import SAMPLES

SET = [POS, MORPH, TAG, LEMMA, DEP, HEAD]

EXCEPTIONS = [
    "There is a plan, and there were two before it; there's no third.",
    "We ain't gonna wait. Y'all don't know nothin' about it, she said.",
    "He gets what he got:  a  fine.\n\n\nTwo  spaces,\ttabs and\n lines .",
    "I wanna go, you gotta stay, and they'd've stayed if they couldn't leave.",
    "Whaddya mean it 's not there ? N'T is odd , y' know .",
    "  Leading spaces, then words.\n",
    "“Quoted,” said Lena Moor — and ‘single’ too… 3.5% of £20m.",
]


@pytest.fixture(scope="module")
def stock():
    return spacy.load(resolve_model(), exclude=["lemmatizer"])


def _attrs(doc) -> tuple:
    return doc.to_array(SET).tolist(), [str(t.morph) for t in doc], [t.pos_ for t in doc]


def test_reader_pipeline_runs_the_array_rules_in_the_ruler_place(nlp, stock):
    statistical = [name for name in nlp.pipe_names if not name.startswith("reader_")]
    assert statistical == stock.pipe_names
    assert isinstance(nlp.get_pipe("attribute_ruler"), ArrayRules)


def test_the_model_rules_set_what_spacy_ruler_sets(nlp, stock):
    texts = EXCEPTIONS + [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.iterdir())]
    skipped = ["attribute_ruler", *(n for n in nlp.pipe_names if n.startswith("reader_"))]
    skipped.remove("reader_paragraph_breaks")
    for text in texts:
        with nlp.select_pipes(disable=skipped):
            doc = nlp(text)
        expected = stock.get_pipe("attribute_ruler")(doc.copy())
        assert _attrs(nlp.get_pipe("attribute_ruler")(doc)) == _attrs(expected), text[:60]


RULES = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "X"}},
    # a run of one-value tests of one column (applied as a table), a value twice in it
    {"patterns": [[{"TAG": "DT"}]], "attrs": {"POS": "SYM", "LEMMA": "dt"}},
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "PROPN"}},  # wins over the 1st
    {"patterns": [[{"LOWER": {"IN": ["plan", "fine"]}, "TAG": "NN"}]], "attrs": {"POS": "SYM"}},
    {"patterns": [[{"LOWER": {"NOT_IN": ["a", "the"]}, "TAG": "DT"}]], "attrs": {"LEMMA": "det"}},
    {"patterns": [[{"LOWER": {"REGEX": "^n'?t$"}}]], "attrs": {"MORPH": "Polarity=Neg"}},
    {
        "patterns": [[{"LOWER": "there"}, {"LOWER": {"IN": ["is", "are"]}}, {}]],
        "attrs": {"TAG": "EX", "DEP": "expl"},
        "index": -2,
    },
    {"patterns": [[{"IS_SPACE": True}], [{"ORTH": "!"}]], "attrs": {"TAG": "_SP", "POS": "SPACE"}},
    {"patterns": [[{"TAG": "NN", "IS_TITLE": False}]], "attrs": {"POS": "NOUN"}},  # wins over 1st
]


def test_each_kind_of_pattern_matches_as_in_spacy(stock):
    ruler = stock.add_pipe("attribute_ruler", name="hand_rules", last=True)
    ruler.add_patterns(RULES)
    rules = compile_rules(RULES, stock.vocab)
    assert rules is not None
    for text in [*EXCEPTIONS, "There are plans!  Fine, the plan is a fine plan. Plan it!"]:
        with stock.select_pipes(disable=["hand_rules"]):
            doc = stock(text)
        assert _attrs(rules(doc.copy())) == _attrs(ruler(doc.copy())), text
    stock.remove_pipe("hand_rules")


def test_the_array_rules_change_what_spacy_ruler_changes(nlp, stock):
    """Not a no-op: the comparison above would pass on doing nothing if the ruler did nothing."""
    doc = stock.make_doc("There is a plan.")
    for name in ("tok2vec", "tagger", "parser"):
        doc = stock.get_pipe(name)(doc)
    before = _attrs(doc)
    assert _attrs(nlp.get_pipe("attribute_ruler")(doc.copy())) != before


def test_rules_beyond_fixed_token_tests_stay_with_spacy():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a", "OP": "+"}]], {"TAG": "DT"})
    assert compile_rules(ruler.patterns, nlp.vocab) is None
    use_array_rules(nlp)
    assert not isinstance(nlp.get_pipe("attribute_ruler"), ArrayRules)


def test_an_empty_doc_is_left_alone(nlp):
    doc = nlp.make_doc("")
    assert len(nlp.get_pipe("attribute_ruler")(doc)) == 0
    assert numpy.array_equal(doc.to_array(SET), numpy.zeros((0, len(SET))))


def test_most_model_rules_take_the_exact_value_paths(nlp):
    """The comparisons with spaCy's ruler above cover every path: most of the model's rules
    are exact-value tests of one token, its tag map is applied as a table, the others go
    through the general column tests; the hand-written rules hold a table too."""
    ruler = nlp.get_pipe("attribute_ruler")
    assert 100 < sum(needs is not None for needs in ruler._exact) < len(ruler._exact)
    tables = [step for step in ruler._steps if isinstance(step, _Table)]
    assert sum(len(table.keys) for table in tables) > 40
    assert any(exact is None for _, exact in (s for s in ruler._steps if s not in tables))
    hand = compile_rules(RULES, spacy.blank("en").vocab)
    assert [len(s.keys) for s in hand._steps if isinstance(s, _Table)] == [2]
