"""The sidebar: sections, counts, selecting rows, quotes and their reasons."""

from __future__ import annotations

from article_samples import open_article, reader_app, span, storm_analysis

from reader.tui.dialogs.quote_reason import QuoteReasonDialog
from reader.tui.widgets.sidebar import ArticleSidebar, entity_rows


def rows(sidebar: ArticleSidebar, section: str) -> list[str]:
    return [str(node.label) for node in sidebar.sections[section].children]


def test_rows_are_sorted_by_mention_count_then_name():
    analysis = storm_analysis()
    analysis.entities[0].mentions.append((0, 5))  # Moira Dunlop now has 3 mentions
    people = entity_rows(analysis)["people"]
    assert [(p.name, len(p.spans)) for p in people] == [("Moira Dunlop", 3), ("Arjun Patel", 2)]


async def test_sections_list_entities_figures_quotes_and_highlights(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot)
        sidebar = screen.sidebar
        assert rows(sidebar, "people") == ["Arjun Patel 2", "Moira Dunlop 2"]
        assert rows(sidebar, "places") == ["Isle of Brannock 1", "Kelloway 1"]
        assert rows(sidebar, "orgs") == ["Brannock Ferry Company 1"]
        assert rows(sidebar, "figures") == ["14 days 1", "3,400 passengers 1"]
        quotes = rows(sidebar, "quotes")
        assert quotes[0] == "Moira Dunlop: We have never seen waves like …"
        assert quotes[3] == "unknown: Bring back the old boats,"
        assert rows(sidebar, "highlights") == []


async def test_selecting_a_person_marks_every_mention_and_n_steps(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot)
        sidebar = screen.sidebar
        await pilot.press("h")
        sidebar.move_cursor(sidebar.sections["people"].children[0])
        await pilot.press("enter")
        assert screen.targets.spans == [span("Arjun Patel"), span("Patel", 1)]
        assert {c for *_, c in screen.view.mark_layers.targets.marks} == {"article--selected"}
        view = screen.view
        assert view.index.para[view.cursor] == 2
        await pilot.press("n")
        assert view.current == span("Patel", 1)
        assert view.index.para[view.cursor] == 3
        await pilot.press("N")
        assert view.current == span("Arjun Patel")


async def test_filter_shows_only_paragraphs_quoting_the_selected_speaker(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot)
        sidebar = screen.sidebar
        sidebar.move_cursor(sidebar.sections["people"].children[1])  # Moira Dunlop
        sidebar.focus()
        await pilot.press("enter", "f")
        assert screen.view.include == {1}
        await pilot.press("f")
        assert screen.view.include is None


async def test_moving_onto_a_quote_shows_it_enter_jumps_and_w_explains(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot)
        sidebar = screen.sidebar
        await pilot.press("h")
        sidebar.move_cursor(sidebar.sections["quotes"].children[2])  # Patel's quote
        await pilot.pause()
        assert screen.view.index.para[screen.view.cursor] == 3
        await pilot.press("enter")
        assert app.screen is screen and screen.view.has_focus
        assert screen.view.cursor_offset == span("Nobody will")[0]
        await pilot.press("w")
        dialog = app.screen
        assert isinstance(dialog, QuoteReasonDialog)
        body = str(dialog.query_one("#quote-reason-body").render())
        assert "Arjun Patel" in body
        assert "“said”" in body
        assert "resolves to Arjun Patel" in body
        await pilot.press("escape")
        assert app.screen is screen


async def test_w_explains_the_quote_on_the_cursor_line(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot)
        screen.view.go_to(span("Bring back")[0])
        await pilot.press("w")
        assert isinstance(app.screen, QuoteReasonDialog)
        body = str(app.screen.query_one("#quote-reason-body").render())
        assert "unknown" in body and "no speaker named" in body


async def test_h_puts_the_sidebar_cursor_on_the_first_row(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot)
        await pilot.press("h", "j", "enter")  # j: from Arjun Patel to Moira Dunlop
        assert screen.targets.name == "Moira Dunlop"
        assert screen.sidebar.sections["people"].is_expanded


async def test_enter_on_a_quote_line_in_the_text_explains_it(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot)
        await pilot.press("enter")  # the first line has no quote: nothing happens
        assert app.screen is screen
        screen.view.go_to(span("Nobody will")[0])
        await pilot.press("enter")
        assert isinstance(app.screen, QuoteReasonDialog)
