"""A role read into an organisation's name ("Founder of Cirrus Robotics Inc.") is left out of
it. Every text here is written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("role", ["Founder", "Chairman", "Director", "CEO and Founder"])
@pytest.mark.parametrize("org", ["Cirrus Robotics Inc.", "Calder Marine Holdings", "Wexley Labs"])
def test_a_role_is_not_part_of_the_organisation_s_name(analyse, role, org):
    text = (
        "Moon landers\n\n"
        f"“The rover will be ready by spring,” said Mara Lindqvist, {role} of {org}. "
        f"{org.removesuffix(' Inc.')} will build a rover.\n"
    )
    names = [e.name for e in analyse(text).entities]
    assert not any(name.lower().startswith(role.split()[-1].lower() + " of") for name in names)
