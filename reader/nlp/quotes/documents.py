"""Whose words a document speaks: "'…,' the statement said" is its author's quote.

A definite document noun with no owner of its own ("the statement", "the ruling", "the email")
points back at the sentence that introduced it: "Roe Ltd sent a fundraising email …", "the club
said in its statement …", "the appeals court ruled …", "a letter from chief executive Jane Roe".
The author is the owner named in that phrase ("Roe's", "from Roe", "by Roe"), else the subject
of the verb the document hangs on (sent, issued, said in).
"""

from __future__ import annotations

from spacy.tokens import Token

from reader.nlp.quotes.cue import object_of, own_subject, reads
from reader.nlp.quotes.lexicon import SPEECH_NOUNS
from reader.nlp.token_lookup import token_indexes

# Documents that report findings, which an article calls by one another's names.
_REPORTS = {"report", "survey", "study", "poll", "review", "analysis", "audit", "assessment"}
DOCUMENT_NOUNS = SPEECH_NOUNS | {
    "article",
    "ruling",
    "survey",
    "book",
    "study",
    "complaint",
    "lawsuit",
    "suit",
    "indictment",
    "opinion",
    "decision",
    "resolution",
    "document",
    "notice",
    "bill",
    "piece",
    "editorial",
    "column",
    "essay",
    "video",
    "ad",
    "advert",
    *_REPORTS,
}
# A document an earlier verb made: "the court ruled …" then "the ruling said".
_MADE_BY_VERB = {
    "ruling": {"ruled", "rules"},
    "filing": {"filed", "files"},
    "decision": {"decided", "decides"},
    "letter": {"wrote", "written", "writes"},  # "Roe has written to her. '…,' the letter says"
    "note": {"wrote", "written", "writes"},
    "email": {"emailed", "emails"},
    "tweet": {"tweeted", "tweets"},
    "post": {"posted", "posts"},
}
_OWNER_PREPOSITIONS = {"by", "from"}
_AUTHORING = {"sent", "written", "signed", "issued", "released", "posted", "published", "drafted"}
_NOT_AUTHORS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
REACH = 4
"""How many sentences back the document's first mention may be."""


def is_document(head: Token) -> bool:
    """ "the statement", "this ruling" — one document, already introduced."""
    if head.lower_ not in DOCUMENT_NOUNS or head.pos_ != "NOUN" or head.tag_ != "NN":
        return False
    det = [c for c in head.lefts if c.dep_ == "det"]
    return len(det) == 1 and det[0].lower_ in {"the", "this", "that"}


def author_token(head: Token, sentence_of) -> Token | None:
    """The head of the phrase naming who wrote the document ``head`` speaks as, or None."""
    if head.lower_ == "it":
        document = _document_before(head, sentence_of)
        return author_token(document, sentence_of) if document is not None else None
    own = owner_in_phrase(head) or _subject_of_holder(head)
    if own is not None or not is_document(head):
        return own  # "a letter from Roe", "Roe put out a video that said"; "a letter" no more
    doc = head.doc
    here = sentence_of(head.idx)
    made_by = _MADE_BY_VERB.get(head.lower_, set())
    for token in reversed(doc[: head.i]):
        if here - sentence_of(token.idx) > REACH:
            return None
        if token.lower_ == head.lower_ and token.pos_ == "PROPN":
            found = _writer_in_title(token)  # "A Letter to Savers from director Jane Roe"
        elif token.lower_ == head.lower_ and token.pos_ == "NOUN":
            while token.dep_ == "compound" and token.head.i > token.i:
                token = token.head  # "sent out an email appeal": the appeal is the email
            found = owner_in_phrase(token) or _subject_of_holder(token) or _writer_in_title(token)
        elif token.lower_ in made_by and token.pos_ == "VERB":
            found = _subject(token)
        elif _names_a_document(token):
            # "the Board's survey said … the report noted": another word for the same one
            found = owner_in_phrase(token)
            if found is None and is_document(token):
                here = sentence_of(token.idx)  # "the survey" again: the chain goes on
        else:
            continue
        if found is not None:
            return found
    return None


def _document_before(it: Token, sentence_of) -> Token | None:
    """ "Roe published a report in May. '…,' it concluded": the document the sentence before
    names last, as the object of its main verb."""
    here = sentence_of(it.idx)
    for token in reversed(it.doc[: it.i]):
        if here - sentence_of(token.idx) > 1:
            return None
        if token.dep_ == "dobj" and token.head.dep_ == "ROOT" and token.tag_ == "NN":
            return token if token.lower_ in DOCUMENT_NOUNS else None
    return None


def _names_a_document(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lower_ in _REPORTS


def owner_in_phrase(noun: Token) -> Token | None:
    """ "Roe's letter", "a letter from Roe", "the book, by Roe" — a named owner, not "its"."""
    children = list(noun.children)
    if noun.dep_ == "dobj" and reads(noun.head):
        # '"…," read a statement from Roe': the parse hangs "from Roe" on the verb
        children += [c for c in noun.head.rights if c.dep_ == "prep" and c.i > noun.i]
    for child in children:
        if child.ent_type_ in _NOT_AUTHORS:
            continue  # "the Friday editorial"
        named = child.pos_ == "PROPN" or child.ent_type_ in {"PERSON", "ORG"}
        if child.dep_ in {"poss", "compound"} and child.i < noun.i and named:
            return _owner_of_title(child) or child
        if child.dep_ == "prep" and child.lower_ in _OWNER_PREPOSITIONS:
            target = object_of(child)
            if target is not None and target.pos_ in {"PROPN", "NOUN"}:
                return target
        if child.dep_ == "acl" and child.lower_ in _AUTHORING:  # "an email sent out by Roe"
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            target = object_of(agent) if agent is not None else None
            if target is not None and target.pos_ in {"PROPN", "NOUN"}:
                return target
    return None


def _writer_in_title(title: Token) -> Token | None:
    """ "A Letter to Savers from Jane Roe", "A Plea by Roe": the writer a title's "from"/"by" names
    (its capitalised words are the title, not an owner)."""
    doc = title.doc
    after = doc[title.i + 1] if title.i + 1 < len(doc) else None
    preps = [c for c in title.children if c.dep_ == "prep"]
    if after is not None and after.dep_ == "prep":
        preps.append(after)  # the parse often hangs it on the verb that titles the document
    for prep in preps:
        if prep.lower_ in _OWNER_PREPOSITIONS:
            target = object_of(prep)
            if target is not None and target.pos_ != "PROPN":
                # "from director Jane Roe" parsed with the role as the object
                target = next((t for t in target.subtree if t.pos_ == "PROPN"), None)
            if target is not None:
                return target
    return None


def _owner_of_title(title: Token) -> Token | None:
    """ "the Board's Green Book survey": the owner of the document's own name ("Green Book")."""
    if title.dep_ != "compound":
        return None
    return next((c for c in title.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)


def _subject_of_holder(noun: Token) -> Token | None:
    """ "Roe issued a statement", "Roe said in a statement": who issued or said it."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    return _subject(verb) if verb.pos_ in {"VERB", "AUX"} else None


def _subject(verb: Token) -> Token | None:
    subject = own_subject(verb)
    while subject is None and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "Roe runs the yard and has written to her": Roe wrote
        subject = own_subject(verb)
    if subject is None or subject.lower_ in DOCUMENT_NOUNS or subject.ent_type_ in _NOT_AUTHORS:
        return None  # "the report noted …" names no author either
    return subject


def owner_of_named_document(name: Token) -> Token | None:
    """ "the Harbour Authority's Green Book survey said …", later "the Green Book said": a name
    the article first wrote as its owner's document speaks for that owner."""
    if name.pos_ != "PROPN":
        return None
    doc = name.doc
    for i in token_indexes(doc, "LOWER", {name.lower_}):  # not a Token per word of the doc
        earlier = doc[i]
        if i >= name.i:
            break
        if earlier.dep_ != "compound":
            continue
        document = earlier.head
        if document.lower_ not in DOCUMENT_NOUNS:
            continue
        owner = next((c for c in document.children if c.dep_ == "poss"), None)
        if owner is not None and owner.pos_ == "PROPN" and owner.ent_type_ != "PERSON":
            return owner
    return None
