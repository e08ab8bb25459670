"""``Analysis.to_spacy``: entities, quotes and figures on a spaCy Doc that survives a DocBin."""

from __future__ import annotations

from reader.model import Analysis, Article, Entity, Figure, Quote

TEXT = 'Ana Lima met Bo Chan in Oslo. "We agree," Lima said. It cost 4 million euros.'


def made_up() -> Analysis:
    """An analysis written by hand, with one mention claimed by two entities."""
    at = TEXT.index
    lima, chan, oslo = at("Ana Lima"), at("Bo Chan"), at("Oslo")
    second_lima = at("Lima said")
    quote = at("We agree,")
    figure = at("4 million euros")
    return Analysis(
        article=Article(TEXT, title="A meeting", content_hash="abc", source="test"),
        model="m",
        version="v",
        entities=[
            Entity("e1", "PERSON", "Ana Lima", [(lima, lima + 8), (second_lima, second_lima + 4)]),
            Entity("e2", "PERSON", "Lima", [(second_lima, second_lima + 4)]),
            Entity("e3", "PERSON", "Bo Chan", [(chan, chan + 7)]),
            Entity("e4", "GPE", "Oslo", [(oslo, oslo + 4)]),
        ],
        quotes=[
            Quote(
                quote,
                quote + 9,
                speaker="Ana Lima",
                speaker_entity="e1",
                speaker_text="Lima",
                speaker_start=second_lima,
                speaker_end=second_lima + 4,
                cue="said",
                kind="direct",
                reason="'said' after the quote",
                confidence=0.82,
                runner_up="Bo Chan",
                runner_up_reason="the other person named before the quote",
            )
        ],
        figures=[
            Figure(figure, figure + 15, "4 million euros", 4e6, "EUR", "money", (56, len(TEXT)))
        ],
    )


def described(doc) -> dict:
    """Everything reader put on the Doc, as plain values."""
    from reader.nlp.to_spacy import FIGURE_ATTRIBUTES, QUOTE_ATTRIBUTES

    return {
        "article": doc._.reader_article,
        "ents": [(e.start_char, e.end_char, e.label_, e.kb_id_, e._.entity_name) for e in doc.ents],
        "quotes": [
            (s.start_char, s.end_char, s.label_, s.kb_id_, *(s._.get(n) for n in QUOTE_ATTRIBUTES))
            for s in doc.spans["quotes"]
        ],
        "figures": [
            (s.start_char, s.end_char, s.label_, *(s._.get(n) for n in FIGURE_ATTRIBUTES))
            for s in doc.spans["figures"]
        ],
    }


def test_each_mention_belongs_to_one_entity_only():
    doc = made_up().to_spacy()
    assert [(e.text, e.kb_id_, e._.entity_name) for e in doc.ents] == [
        ("Ana Lima", "e1", "Ana Lima"),
        ("Bo Chan", "e3", "Bo Chan"),
        ("Oslo", "e4", "Oslo"),
        ("Lima", "e1", "Ana Lima"),  # claimed by e1 and e2: the entity with more mentions
    ]


def test_quotes_and_figures_carry_their_attributes():
    doc = made_up().to_spacy()
    (quote,) = doc.spans["quotes"]
    assert (quote.text, quote.label_, quote.kb_id_) == ("We agree,", "Ana Lima", "e1")
    assert (quote._.cue, quote._.quote_kind, quote._.speaker_text) == ("said", "direct", "Lima")
    assert (quote._.confidence, quote._.runner_up) == (0.82, "Bo Chan")
    assert quote._.runner_up_reason == "the other person named before the quote"
    (figure,) = doc.spans["figures"]
    assert (figure.text, figure.label_, figure._.value, figure._.unit) == (
        "4 million euros",
        "money",
        4e6,
        "EUR",
    )


def test_a_docbin_round_trip_keeps_everything():
    import spacy
    from spacy.tokens import DocBin

    doc = made_up().to_spacy()
    stored = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    (back,) = DocBin().from_bytes(stored).get_docs(spacy.blank("en").vocab)
    assert back.text == TEXT
    assert described(back) == described(doc)
    assert described(back)["article"]["title"] == "A meeting"


def test_offsets_inside_a_token_widen_to_the_whole_token():
    analysis = made_up()
    analysis.quotes[0].start += 1  # "e agree,": inside the token "We"
    doc = analysis.to_spacy()
    (quote,) = doc.spans["quotes"]
    assert quote.text == "We agree,"


def test_displacy_shows_entities_and_speakers():
    from spacy import displacy

    doc = made_up().to_spacy()
    entities = displacy.render(doc, style="ent")
    quotes = displacy.render(doc, style="span", options={"spans_key": "quotes"})
    assert "Bo Chan" in entities and "PERSON" in entities
    assert "Ana Lima" in quotes and "We" in quotes


def test_a_real_analysis_on_the_models_own_parse(analyse, nlp):
    analysis = analyse('"The talks are over," said Amira Khalid in Geneva on Monday.')
    doc = analysis.to_spacy(nlp)
    assert doc.has_annotation("DEP") and doc.has_annotation("TAG")
    assert {(e.text, e.label_) for e in doc.ents} >= {("Amira Khalid", "PERSON")}
    assert [s._.speaker for s in doc.spans["quotes"]] == ["Amira Khalid"]
