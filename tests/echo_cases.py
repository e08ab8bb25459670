"""Quotes written for measuring the echo threshold (none from any real article or eval set).

``GROUPS``: an original quote, then ways outlets reproduce it: trimmed, re-punctuated, partly
paraphrased, and these mixed. Each (original, variant) pair is an echo. Variants of one group
may not overlap (two ends of one quote), so they are not compared with each other.

``DIFFERENT``: pairs that share words, a formula or an idiom but are different statements.
Every cross-group pair of ``GROUPS`` is also a different statement.
"""

from __future__ import annotations

GROUPS: list[list[str]] = [
    [
        "We will not let another summer pass with empty taps in this valley. The reservoir is "
        "the answer, and we will build it.",
        "We will not let another summer pass with empty taps in this valley",
        "we will not let another summer pass with empty taps in this valley - the reservoir is "
        "the answer and we will build it",
        "We won't let another summer pass with empty taps in this valley",
        "The reservoir is the answer, and we will build it",
    ],
    [
        "This is a dark day for every family who trusted the bank with their savings, and we "
        "will fight for every penny they have lost.",
        "a dark day for every family who trusted the bank with their savings",
        "This is a dark day for every family that trusted the bank with their savings and we "
        "will fight for every penny they've lost",
        "We will fight for every penny they have lost.",
    ],
    [
        "The evidence is clear: the drug cut hospital admissions by half, and it did so without "
        "serious side effects.",
        "the drug cut hospital admissions by half",
        "The evidence is clear - the drug cut hospital admissions by half and it did so without "
        "any serious side effects",
        "The evidence is clear. The drug halved hospital admissions, and it did so without "
        "serious side effects.",
    ],
    [
        "Nobody in this building believed the match would be played, but the groundstaff worked "
        "through the night to make it happen.",
        "Nobody in this building believed the match would be played",
        "nobody in this building thought the game would be played, but the groundstaff worked "
        "through the night to make it happen",
    ],
    [
        "I have never seen water come up this fast. Within an hour the whole street was a river.",
        "Within an hour the whole street was a river",
        "I've never seen water come up this fast; within an hour, the whole street was a river.",
    ],
    [
        "We are not going to negotiate through the newspapers, and we are not going to accept a "
        "deal that leaves our members worse off.",
        "we are not going to accept a deal that leaves our members worse off",
        "We're not going to negotiate through the newspapers",
        "We are not going to negotiate through the papers and we are not going to accept a deal "
        "which leaves our members worse off",
    ],
    [
        "The court has made its decision and my client respects it, but we will be studying the "
        "judgment carefully before deciding on an appeal.",
        "my client respects it",
        "we will be studying the judgment carefully before deciding on an appeal",
        "The court has made its decision, and my client respects it.",
    ],
    [
        "Prices in the shops will keep rising until the end of the year, and households on the "
        "lowest incomes will feel it first.",
        "households on the lowest incomes will feel it first",
        "Prices in the shops will keep on rising until the end of the year and households on the "
        "lowest incomes will feel it first",
        "prices will keep rising until the end of the year",
    ],
    [
        "If we lose this forest, we lose the river, and if we lose the river, we lose the town.",
        "If we lose this forest we lose the river and if we lose the river we lose the town",
        "if we lose the river, we lose the town",
    ],
    [
        "The ceasefire is holding, but it is fragile, and one incident on the border could bring "
        "the whole thing down.",
        "The ceasefire is holding but it is fragile",
        "one incident on the border could bring the whole thing down",
        "the ceasefire is holding, but it's fragile and a single incident on the border could "
        "bring the whole thing down",
    ],
    [
        "Our pilots have been flying these aircraft for twenty years and they know their faults "
        "better than any engineer.",
        "they know their faults better than any engineer",
        "Our pilots have flown these aircraft for 20 years and they know their faults better "
        "than any engineer",
    ],
    [
        "There is no plan B. If the vote fails, the hospital closes in March.",
        "If the vote fails, the hospital closes in March",
        "There is no Plan B: if the vote fails the hospital closes in March",
    ],
    [
        "Every teacher I spoke to said the same thing: the children are arriving hungry, and you "
        "cannot teach a hungry child.",
        "you cannot teach a hungry child",
        "the children are arriving hungry and you can't teach a hungry child",
        "Every teacher I spoke to said the same thing - the children arrive hungry, and you "
        "cannot teach a hungry child",
    ],
    [
        "We were told the bridge was safe. Three weeks later it was in the river.",
        "We were told the bridge was safe",
        "we were told that the bridge was safe. Three weeks later, it was in the river",
    ],
    [
        "This government has spent fourteen months promising a housing plan, and it has not "
        "laid a single brick.",
        "it has not laid a single brick",
        "This government has spent 14 months promising a housing plan and has not laid a single "
        "brick",
    ],
    [
        "The data shows that the new timetable has made most trains later, not earlier, and "
        "passengers are right to be angry.",
        "passengers are right to be angry",
        "the new timetable has made most trains later, not earlier",
        "The figures show that the new timetable has made most trains later, not earlier, and "
        "passengers are right to be furious",
    ],
    [
        "I came here with nothing, and this country gave me a chance. Now I want to give "
        "something back.",
        "this country gave me a chance",
        "I came here with nothing and this country gave me a chance; now I want to give "
        "something back",
    ],
    [
        "We have seen no evidence of any wrongdoing, and we will cooperate fully with the "
        "regulator's inquiry.",
        "we will cooperate fully with the regulator’s inquiry",
        "We have seen no evidence of wrongdoing and we will co-operate fully with the regulator's "
        "inquiry",
    ],
    [
        "The fire moved faster than any model predicted. By the time the order came, the road "
        "out was already closed.",
        "By the time the order came, the road out was already closed",
        "the fire moved faster than any of our models predicted",
    ],
    [
        "What happened on that pitch on Saturday was not football, it was a disgrace, and the "
        "players know it.",
        "it was a disgrace, and the players know it",
        "What happened on that pitch on Saturday wasn't football. It was a disgrace and the "
        "players know it.",
    ],
    [
        "Ninety per cent of the coral on this reef is bleached. I have been diving here for "
        "thirty years and I have never seen anything like it.",
        "Ninety per cent of the coral on this reef is bleached",
        "90 per cent of the coral on this reef is bleached",
        "I have been diving here for 30 years and have never seen anything like it",
    ],
    [
        "The minister should resign. Not next week, not after the inquiry, today.",
        "The minister should resign",
        "the minister should resign - not next week, not after the inquiry, but today",
    ],
    [
        "Landlords are selling up because the rules change every six months and nobody can plan "
        "a business like that.",
        "nobody can plan a business like that",
        "Landlords are selling up because the rules change every six months, and no one can "
        "plan a business like that",
    ],
    [
        "We are asking people to stay at home tonight unless their journey is absolutely "
        "essential.",
        "stay at home tonight unless their journey is absolutely essential",
        "We are asking people to stay home tonight unless their journey is absolutely essential",
        "we're asking people to stay at home tonight unless the journey is essential",
    ],
    [
        "The strike will go ahead on Monday. The company has had six months to make a serious "
        "offer and it has chosen not to.",
        "The strike will go ahead on Monday",
        "The company has had six months to make a serious offer, and it has chosen not to.",
        "the company has had half a year to make a serious offer and has chosen not to",
    ],
]

DIFFERENT: list[tuple[str, str]] = [
    (
        "We are aware of the reports and are looking into them urgently.",
        "We are aware of the incident and are working with police.",
    ),
    ("We will build the new dam on time and within its budget.", GROUPS[0][0]),
    ("The minister should apologise to the families today.", GROUPS[21][0]),
    ("This is a dark day for British football.", GROUPS[1][0]),
    ("We are not going to comment on an ongoing investigation.", GROUPS[5][2]),
    (
        "Prices will keep falling until the spring, according to the forecast.",
        GROUPS[7][3],
    ),
    ("The evidence is clear that the policy has failed.", GROUPS[2][0]),
    ("I have never seen anything like it in my life.", GROUPS[20][0]),
    ("The court has made its decision and we will appeal.", GROUPS[6][0]),
    ("We have seen no evidence that the vaccine causes harm.", GROUPS[17][0]),
    ("Nobody can plan a holiday like that.", GROUPS[22][1]),
    ("If we lose this game, we lose the league.", GROUPS[8][0]),
    ("Within an hour the whole town knew.", GROUPS[4][0]),
    ("They know their customers better than any bank.", GROUPS[10][1]),
    ("We are asking people to be patient while the repairs go on.", GROUPS[23][0]),
    ("The company has had every chance to make this right.", GROUPS[24][2]),
    ("We will fight this decision in every court in the land.", GROUPS[1][3]),
    ("The children are the ones who will pay for this.", GROUPS[12][0]),
    ("It was a mistake, and the players know it.", GROUPS[19][1]),
    ("There is no plan for the hospital after March.", GROUPS[11][0]),
]
