"""Articles not in English: detected from the text, analysed for nothing an English model would
invent, and said so on the article screen. Every text here is written for these tests."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from article_samples import open_article, reader_app

from reader.language import NOT_ENGLISH, looks_english
from reader.model import Analysis, Article
from reader.tui.widgets.status_line import StatusLine

ELSEWHERE = {
    "de": "Der Hafen von Harwick ist seit Montag geschlossen, und die Fähren fahren nicht. "
    "Die Stadt sagt, dass die Arbeiten bis zum Sommer dauern werden. Für die Pendler ist das "
    "eine schwere Zeit, denn es gibt keine andere Verbindung mit dem Festland. ",
    "fr": "Le port de Harwick est fermé depuis lundi et les ferries ne circulent pas. La ville "
    "dit que les travaux vont durer jusqu'à l'été. Pour les passagers qui travaillent sur le "
    "continent, c'est une période difficile, car il n'y a pas d'autre liaison. ",
    "pt": "O porto de Harwick está fechado desde segunda-feira e as balsas não funcionam. A "
    "cidade diz que as obras vão durar até o verão. Para os moradores que trabalham no "
    "continente, é um período difícil, porque não há outra ligação com a costa. ",
    "it": "Il porto di Harwick è chiuso da lunedì e i traghetti non partono. La città dice che "
    "i lavori dureranno fino all'estate. Per i pendolari che lavorano sul continente è un "
    "periodo difficile, perché non c'è un altro collegamento con la costa. ",
    "ru": "Порт Харвика закрыт с понедельника, и паромы не ходят. Город говорит, что работы "
    "продлятся до лета. Для тех, кто работает на материке, это трудное время, потому что "
    "другого сообщения с берегом нет. ",
    "pl": "Port w Harwick jest zamknięty od poniedziałku i promy nie pływają. Miasto mówi, że "
    "prace potrwają do lata. Dla osób, które pracują na lądzie, jest to trudny czas, ale nie "
    "ma innego połączenia z wybrzeżem. ",
    "sv": "Hamnen i Harwick är stängd sedan måndag och färjorna går inte. Staden säger att "
    "arbetet ska pågå till sommaren. För pendlarna är det en svår tid, eftersom det inte finns "
    "någon annan förbindelse med fastlandet. ",
    "tr": "Harwick limanı pazartesiden beri kapalı ve feribotlar çalışmıyor. Belediye, "
    "çalışmaların yaza kadar süreceğini söylüyor. Anakarada çalışanlar için bu zor bir dönem, "
    "çünkü başka bir bağlantı yok ve yol da çok daha uzun. ",
    "ja": "ハーウィック港は月曜日から閉鎖されており、フェリーは運航していません。"
    "市によると、工事は夏まで続く見込みです。本土で働く人々にとっては厳しい時期です。 ",
}

ENGLISH = {
    "news": "The harbour at Harwick has been closed since Monday and the ferries are not "
    "running. The council said the work would last until the summer. For commuters who work "
    "on the mainland it is a hard time, as there is no other link to the coast. ",
    "results": "Harwick Rovers 3 Dunmore Otters 1. Kessock Town 0 Port Ellen 2. Brannock "
    "United 2 Halsey Athletic 2. Scorers: Vail 12, 67, Osei 40; Finch 88. Attendance 4,210. "
    "Next: Rovers v Town, Saturday. ",
    "quoting": "The mayor of Harwick said the sign on the closed pier, which reads 'Der Hafen "
    'ist geschlossen\', was put up by a visitor from Hamburg. "It made us laugh," she said, '
    "and added that the ferries would run again in the summer. ",
}


@pytest.mark.parametrize("language", sorted(ELSEWHERE))
def test_an_article_in_another_language_is_not_english(language):
    assert not looks_english(ELSEWHERE[language] * 3)


@pytest.mark.parametrize("kind", sorted(ENGLISH))
def test_english_articles_are_english(kind):
    assert looks_english(ENGLISH[kind] * 3)


def test_a_few_words_count_as_english():
    assert looks_english("Fähre geschlossen")


def test_an_article_in_another_language_gets_no_names_or_quotes(analyse):
    text = "Hafen geschlossen\n\n" + ELSEWHERE["de"] * 2 + '"Wir warten", sagte Jana Vogt.'
    analysis = analyse(text)
    assert analysis.entities == []
    assert analysis.quotes == []


async def test_the_article_screen_says_when_an_article_is_not_in_english(tmp_path):
    text = ELSEWHERE["fr"] * 3
    article = Article(text=text, title="Port fermé", source="test", content_hash="f" * 32)
    analysis = Analysis(article=article, model="hand-built", version="test")
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_article(app, pilot, analysis)
        status = str(screen.query_one(StatusLine).render())
        assert NOT_ENGLISH in status
        assert "0 people" not in status


def test_analyze_says_which_article_is_not_in_english(tmp_path):
    german = tmp_path / "hafen.txt"
    german.write_text("Hafen geschlossen\n\n" + ELSEWHERE["de"] * 3, encoding="utf-8")
    english = tmp_path / "harbour.txt"
    english.write_text("Harbour closed\n\n" + ENGLISH["news"] * 3, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "reader", "analyze", str(german), str(english)]
        + ["--db", str(tmp_path / "l.db")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert run.stderr.splitlines() == [f"reader: {german}: {NOT_ENGLISH}"]
    records = [json.loads(line) for line in run.stdout.splitlines()]
    assert [r["entities"] == [] for r in records] == [True, False]
