"""spaCy's attribute ruler, applied through the ``Doc``'s attribute arrays: the same output, for a
fifth of the CPU (10 ms → 2 ms on a news article).

The model's ``attribute_ruler`` (tag → coarse POS and morphology, plus a few word exceptions)
runs spaCy's ``Matcher`` over every token, about a tenth of the pipeline's time on news text.
Its patterns here are all fixed-length token tests (equal, ``IN``, ``NOT_IN``, ``REGEX``, a
flag), so each one is a test of whole columns of ``Doc.to_array``. The rules are applied as the
stock ruler applies them: every match is found on the ``Doc`` as it came in, then the rules'
attributes are set in the order the rules were added (a later rule wins). A ruler with a pattern
outside that subset is left as it is (``use_array_rules`` does nothing).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import IDS
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import normalize_token_attrs

from reader.nlp.token_lookup import FEW_VALUES, is_in

STOCK = "attribute_ruler"
HASHED = {"ORTH", "LOWER", "NORM", "TAG", "DEP", "SHAPE", "PREFIX", "SUFFIX"}
"""Token attributes whose pattern values are strings compared by their hash."""

Test = Callable[[numpy.ndarray], numpy.ndarray]


@dataclass(frozen=True)
class _Pattern:
    tests: tuple[tuple[tuple[int, Test], ...], ...]
    """Per token of the pattern: (column, test) pairs that must all hold."""
    needs: tuple[tuple[int, int], ...]
    """(column, value) of its tests for one exact string: without that value in the ``Doc``,
    the pattern cannot match (most patterns are exceptions for a rare word)."""

    @property
    def length(self) -> int:
        return len(self.tests)


@dataclass(frozen=True)
class _Rule:
    patterns: tuple[_Pattern, ...]
    index: int
    attrs: dict[int, int]


class ArrayRules:
    """Attribute-ruler rules compiled to column tests (``compile_rules`` builds it)."""

    def __init__(self, rules: list[_Rule], columns: list[int]) -> None:
        self.rules = rules
        self.columns = columns
        self.outputs = sorted({attr for rule in rules for attr in rule.attrs})
        self._out = {attr: place for place, attr in enumerate(self.outputs)}
        self._keyed = sorted({c for r in rules for p in r.patterns for c, _ in p.needs})
        self._exact = [_exact_needs(rule) for rule in rules]
        self._steps = _steps(rules, self._exact, self._out)

    def __call__(self, doc: Doc) -> Doc:
        size = len(doc)
        if size == 0 or not self.rules:
            return doc
        seen = doc.to_array(self.columns).reshape(size, len(self.columns))
        out = doc.to_array(self.outputs).reshape(size, len(self.outputs))
        present = {column: set(seen[:, column].tolist()) for column in self._keyed}
        for step in self._steps:
            if isinstance(step, _Table):
                step.apply(seen, out)
                continue
            rule, exact = step
            if exact is None:
                targets = _targets(rule, seen, size, present)
            else:
                targets = _exact_targets(exact, seen, present)
            if targets is None:
                continue
            for attr, value in rule.attrs.items():
                out[targets, self._out[attr]] = value
        doc.from_array(self.outputs, out)
        return doc


@dataclass(frozen=True)
class _Table:
    """A run of consecutive rules that each test one column for one value ("this tag"), the
    same column for all (the model's tag map: 56 rules). Their tokens differ from one value to
    the next, so the run is applied at once: each token's value looked up among the run's."""

    column: int
    keys: numpy.ndarray
    """The run's values, sorted."""
    sets: tuple[tuple[int, numpy.ndarray, numpy.ndarray], ...]
    """Per output column: which keys set it, and to what (aligned with ``keys``)."""

    def apply(self, seen: numpy.ndarray, out: numpy.ndarray) -> None:
        column = seen[:, self.column]
        places = numpy.searchsorted(self.keys, column)
        places[places == len(self.keys)] = 0
        hit = self.keys[places] == column
        for place, setting, values in self.sets:
            tokens = hit & setting[places]
            out[tokens, place] = values[places[tokens]]


def _steps(rules: list[_Rule], exact: list, out: dict[int, int]) -> list:
    """The rules in order, as ``(rule, exact needs)`` or, for runs of one-value tests of one
    column, a ``_Table``; a later rule still wins (a table's rules never share a token, but
    for a repeated value, where they would, the later one's setting is kept)."""
    steps: list = []
    run: list[tuple[_Rule, int, int]] = []

    def close_run() -> None:
        if len(run) > 1:
            steps.append(_table(run, out))
        else:
            steps.extend((rule, ((column, value),)) for rule, column, value in run)
        run.clear()

    for rule, needs in zip(rules, exact, strict=True):
        single = needs is not None and len(needs) == 1
        if not single or (run and run[0][1] != needs[0][0]):
            close_run()
        if single:
            run.append((rule, *needs[0]))
        else:
            steps.append((rule, needs))
    close_run()
    return steps


def _table(run: list[tuple[_Rule, int, int]], out: dict[int, int]) -> _Table:
    by_attr: dict[int, dict[int, int]] = {}
    for rule, _, value in run:
        for attr, setting in rule.attrs.items():
            by_attr.setdefault(out[attr], {})[value] = setting  # a later rule wins
    keys = numpy.unique(numpy.array([value for _, _, value in run], dtype=numpy.uint64))
    sets = []
    for place, settings in sorted(by_attr.items()):
        setting = numpy.array([key in settings for key in keys.tolist()], dtype=bool)
        values = numpy.array([settings.get(key, 0) for key in keys.tolist()], dtype=numpy.uint64)
        sets.append((place, setting, values))
    return _Table(run[0][1], keys, tuple(sets))


def _targets(
    rule: _Rule, seen: numpy.ndarray, size: int, present: dict[int, set[int]]
) -> numpy.ndarray | None:
    """The tokens ``rule`` sets: in each match of one of its patterns, the one at its index."""
    hit = None
    for pattern in rule.patterns:
        starts = size - pattern.length + 1
        if starts <= 0 or any(value not in present[c] for c, value in pattern.needs):
            continue
        matched = numpy.ones(starts, dtype=bool)
        for offset, tests in enumerate(pattern.tests):
            for column, test in tests:
                matched &= test(seen[offset : offset + starts, column])
        if not matched.any():
            continue
        if hit is None:
            hit = numpy.zeros(size, dtype=bool)
        index = rule.index if rule.index >= 0 else pattern.length + rule.index
        hit[numpy.flatnonzero(matched) + index] = True
    return hit


def _exact_needs(rule: _Rule) -> tuple[tuple[int, int], ...] | None:
    """The (column, value) tests of a rule of one single-token pattern made only of tests for
    one exact string ("this tag", "this word with this tag"): most of the model's rules.
    None for any other rule."""
    if len(rule.patterns) != 1 or rule.index not in (0, -1):
        return None
    (pattern,) = rule.patterns
    if pattern.length != 1 or len(pattern.needs) != len(pattern.tests[0]) or not pattern.needs:
        return None
    return pattern.needs


def _exact_targets(
    needs: tuple[tuple[int, int], ...], seen: numpy.ndarray, present: dict[int, set[int]]
) -> numpy.ndarray | None:
    """``_targets`` for a rule ``_exact_needs`` accepts: the tokens holding the first value,
    narrowed by the others (the same tokens, without a test of every token per value)."""
    if any(value not in present[column] for column, value in needs):
        return None
    (column, value), *others = needs
    found = numpy.flatnonzero(seen[:, column] == value)
    for column, value in others:
        found = found[seen[found, column] == value]
    return found if len(found) else None


def compile_rules(patterns: list[dict[str, Any]], vocab) -> ArrayRules | None:
    """``patterns`` as ``AttributeRuler.patterns`` lists them, or None when one is beyond
    plain fixed-length token tests (it is then left to spaCy's ruler)."""
    columns: dict[int, int] = {}
    rules = []
    for entry in patterns:
        if "_" in entry["attrs"]:
            return None
        compiled = []
        for pattern in entry["patterns"]:
            tokens, needs = [], []
            for spec in pattern:
                tests = _token_tests(spec, columns, vocab.strings)
                if tests is None:
                    return None
                tokens.append(tests)
                needs += _exact(spec, columns)
            index = entry.get("index", 0)
            if not tokens or not -len(tokens) <= index < len(tokens):
                return None
            compiled.append(_Pattern(tuple(tokens), tuple(needs)))
        attrs = normalize_token_attrs(vocab, dict(entry["attrs"]))
        rules.append(_Rule(tuple(compiled), entry.get("index", 0), attrs))
    return ArrayRules(rules, sorted(columns, key=columns.__getitem__))


def _token_tests(spec: dict[str, Any], columns: dict[int, int], strings) -> tuple | None:
    tests = []
    for key, wanted in spec.items():
        name = key.upper()
        if name not in HASHED and not name.startswith("IS_"):
            return None  # an operator ("OP"), POS, a length, an extension …
        column = columns.setdefault(IDS[name], len(columns))
        test = _test(name, wanted, strings)
        if test is None:
            return None
        tests.append((column, test))
    return tuple(tests)


def _exact(spec: dict[str, Any], columns: dict[int, int]) -> list[tuple[int, int]]:
    return [
        (columns[IDS[key.upper()]], get_string_id(wanted))
        for key, wanted in spec.items()
        if key.upper() in HASHED and isinstance(wanted, str)
    ]


def _test(name: str, wanted: Any, strings) -> Test | None:
    if name.startswith("IS_"):
        if not isinstance(wanted, bool):
            return None
        return lambda values: values == int(wanted)
    if isinstance(wanted, str):
        value = get_string_id(wanted)
        return lambda values: values == value
    if isinstance(wanted, dict) and len(wanted) == 1:
        ((operator, options),) = wanted.items()
        if operator in {"IN", "NOT_IN"} and all(isinstance(o, str) for o in options):
            return _membership([get_string_id(o) for o in options], operator == "IN")
        if operator == "REGEX" and isinstance(options, str):
            return _regex_test(re.compile(options), strings)
    return None


def _membership(ids: list[int], inside: bool) -> Test:
    if len(ids) > FEW_VALUES:
        wanted = numpy.unique(numpy.array(ids, dtype=numpy.uint64))
        return lambda values: is_in(values, wanted) == inside

    def test(values: numpy.ndarray) -> numpy.ndarray:
        found = numpy.zeros(len(values), dtype=bool)
        for value in ids:
            found |= values == value
        return found if inside else ~found

    return test


REGEX_CACHE = 100_000
"""Verdicts kept per regex test (one per distinct string seen), then forgotten at once."""


def _regex_test(regex: re.Pattern, strings) -> Test:
    """As the ``Matcher``: ``regex.search`` on the attribute's string, each distinct one once."""
    verdicts: dict[int, bool] = {}

    def test(values: numpy.ndarray) -> numpy.ndarray:
        if len(verdicts) > REGEX_CACHE:
            verdicts.clear()
        distinct, where = numpy.unique(values, return_inverse=True)
        found = []
        for value in distinct.tolist():
            if value not in verdicts:
                verdicts[value] = regex.search(strings[value]) is not None
            found.append(verdicts[value])
        return numpy.array(found, dtype=bool)[where.reshape(-1)]

    return test


@Language.factory(
    "reader_attribute_rules",
    assigns=["token.pos", "token.morph", "token.tag", "token.lemma", "token.dep"],
    default_config={"patterns": []},
)
def make_attribute_rules(nlp: Language, name: str, patterns: list[dict[str, Any]]) -> ArrayRules:
    rules = compile_rules(patterns, nlp.vocab)
    if rules is None:
        raise ValueError("reader_attribute_rules: a pattern is beyond fixed-length token tests")
    return rules


def use_array_rules(nlp: Language) -> None:
    """Put ``reader_attribute_rules`` in the place (and under the name) of the model's attribute
    ruler, with its patterns, when they all compile; otherwise leave the pipeline as it is."""
    if STOCK not in nlp.pipe_names:
        return
    patterns = nlp.get_pipe(STOCK).patterns
    if compile_rules(patterns, nlp.vocab) is None:
        return
    nlp.replace_pipe(STOCK, "reader_attribute_rules", config={"patterns": patterns})
