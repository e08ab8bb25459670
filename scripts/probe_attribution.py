"""Invented-name probe: attribution templates × names the statistical model may not know.

Every name and sentence here is invented. Each template is filled with each name (and, for
two-person templates, each ordered pair); a case is right when every quote's speaker is the
expected person. Prints the failures and accuracy per template and per name, so a change can be
checked for the classes it fixes and the ones it breaks. Not a test: the figures are for notes.

    python scripts/probe_attribution.py [--names common|unusual|all] [--only TEMPLATE ...]
"""

from __future__ import annotations

import argparse
import itertools
from collections import Counter

from reader.ingest import article_from_text
from reader.nlp.pipeline import analyze

# full name, surname as written alone, pronoun, honorific
UNUSUAL = [
    ("Nguyen Thi Hoa", "Nguyen", "she", "Ms"),
    ("Oluwaseun Adebayo", "Adebayo", "he", "Mr"),
    ("Siobhan O'Driscoll", "O'Driscoll", "she", "Ms"),
    ("Aisha Al-Farsi", "Al-Farsi", "she", "Ms"),
    ("Giulia De Santis", "De Santis", "she", "Ms"),
    ("Lars van der Berg", "van der Berg", "he", "Mr"),
    ("Priya Raghunathan", "Raghunathan", "she", "Ms"),
    ("Kofi Mensah-Boateng", "Mensah-Boateng", "he", "Mr"),
    ("Ines van der Roon", "van der Roon", "she", "Ms"),
    ("Tomas de la Vell", "de la Vell", "he", "Mr"),
    ("Rangi Parata", "Parata", "he", "Mr"),
    ("Ewa Kowalczyk", "Kowalczyk", "she", "Ms"),
]
COMMON = [
    ("Hope Winter", "Winter", "she", "Ms"),
    ("Rose Long", "Long", "she", "Ms"),
    ("Summer Field", "Field", "she", "Ms"),
    ("Ana P. Lind", "Lind", "she", "Ms"),
    ("Mary-Kate Dunmore", "Dunmore", "she", "Ms"),
    ("Miles Young", "Young", "he", "Mr"),
    ("Tom Reyes", "Reyes", "he", "Mr"),
    ("Mara Quell", "Quell", "she", "Ms"),
]
OTHER = ("Gareth Pullman", "Pullman", "he", "Mr")
HEAD = "Harbour plan row\n\nThe harbour plan was approved on Monday after a long debate.\n\n"
Q1, Q2 = "We cannot keep paying for repairs", "Nobody asked us"
ONE = {
    "said_after": '"{Q1}," said {A}, a fisheries economist. "{Q2}."',
    "colon": '{A}, a fisheries economist, said: "{Q1}."',
    "surname_said": '{A}, a fisheries economist, has criticised the plan.\n\n"{Q1}," {As} said.',
    "surname_spoke_first": '{A} runs a cafe on the quay.\n\n"{Q1}," {As} said, "and {Q2}."',
    "honorific": '{A} has criticised the plan.\n\n"{Q1}," {Ah} {As} said.',
    "pronoun_next": '{A}, a fisheries economist, spoke at the meeting.\n\n{Ap} said: "{Q1}."',
    "dash_credit": '"{Q1}." - {A}, fisheries economist',
    "headline": '{As}: "{Q1}"\n\nThe plan was approved on Monday by {A}, a fisheries economist.',
    "who_partial": '{A}, who has lived on the quay for years, said the plan was "a disgrace".',
    "age_back": '{A} has run the cafe on the quay for 20 years.\n\n"{Q1}," says the 61-year-old.',
}
TWO = {
    "alternate": '{A}, a fisheries economist, said: "{Q1}."\n\nBut {B}, a local shopkeeper, '
    'disagreed. "It is a good plan," {Bp} said.\n\n"{Q2}," {As} added.',
    "replied": '{A} said: "{Q1}." {B} replied: "It is a good plan."',
    "two_inverted": '"{Q1}," said {A}. "It is a good plan," said {B}.',
}
EXPECTED = {"alternate": "ABA", "replied": "AB", "two_inverted": "AB"}


def fill(template: str, a, b=OTHER) -> str:
    return HEAD + template.format(
        Q1=Q1,
        Q2=Q2,
        A=a[0],
        As=a[1],
        Ap=a[2].capitalize(),
        Ah=a[3],
        B=b[0],
        Bs=b[1],
        Bp=b[2],
        Bh=b[3],
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", choices=["common", "unusual", "all"], default="all")
    parser.add_argument("--only", nargs="*", default=[])
    args = parser.parse_args(argv)
    names = {"common": COMMON, "unusual": UNUSUAL, "all": UNUSUAL + COMMON}[args.names]
    cases = [(t, a, None) for t in ONE for a in names]
    cases += [(t, a, b) for t in TWO for a, b in itertools.permutations(names, 2)]
    right, total, wrong_by_name = Counter(), Counter(), Counter()
    for template, a, b in cases:
        if args.only and template not in args.only:
            continue
        text = fill(ONE.get(template) or TWO[template], a, b or OTHER)
        got = [
            q.speaker for q in analyze(article_from_text(text, kind="text", source="probe")).quotes
        ]
        want = [a[0] if who == "A" else b[0] for who in EXPECTED[template]] if b else None
        ok = got == want if want else bool(got) and set(got) == {a[0]}
        total[template] += 1
        right[template] += ok
        if not ok:
            wrong_by_name[a[0]] += 1
            print(f"{template}: {a[0]}{' / ' + b[0] if b else ''} → {got}")
    for template in total:
        print(f"{template:22} {right[template]:4} / {total[template]}")
    print("wrong by name:", dict(wrong_by_name.most_common()))
    print(f"all: {sum(right.values())} / {sum(total.values())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
