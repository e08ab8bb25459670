"""The sidebar: sections, counts, selecting rows, quotes and their reasons."""

from __future__ import annotations

from dataclasses import replace

from article_samples import open_article, reader_app, span, storm_analysis

from reader.tui.dialogs.quote_reason import QuoteReasonDialog
from reader.tui.widgets.sidebar import ArticleSidebar, entity_rows


def rows(sidebar: ArticleSidebar, section: str) -> list[str]:
    return [sidebar.row_text(node) for node in sidebar.sections[section].rows]


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
        assert rows(sidebar, "quotes") == [  # 29 cells: the surname, so the words show
            "Dunlop: We have never seen w…",
            "Dunlop: It will take weeks t…",
            "Patel: Nobody will be left o…",
            "one sign: Bring back the old…",
        ]
        assert rows(sidebar, "highlights") == []


async def test_selecting_a_person_marks_every_mention_and_n_steps(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot)
        sidebar = screen.sidebar
        await pilot.press("h")
        sidebar.move_cursor(sidebar.sections["people"].rows[0])
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
        sidebar.move_cursor(sidebar.sections["people"].rows[1])  # Moira Dunlop
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
        sidebar.move_cursor(sidebar.sections["quotes"].rows[2])  # Patel's quote
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
        assert "Speaker  one sign (unnamed)" in body and "no speaker named" in body
        assert "Named as" not in body


async def test_h_puts_the_sidebar_cursor_on_the_first_row(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot)
        await pilot.press("h", "j", "enter")  # j: from Arjun Patel to Moira Dunlop
        assert screen.targets.name == "Moira Dunlop"
        assert screen.sidebar.sections["people"].expanded


async def test_enter_on_a_quote_line_in_the_text_explains_it(tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(app, pilot)
        await pilot.press("enter")  # the first line has no quote: nothing happens
        assert app.screen is screen
        screen.view.go_to(span("Nobody will")[0])
        await pilot.press("enter")
        assert isinstance(app.screen, QuoteReasonDialog)


HARBOURMASTER = "Deputy Chief Harbourmaster Eleanor Fairweather-Oyelaran"
UNION = "Maritime and Logistics Union of the Northern Isles"


def sidebar_lines(app, sidebar: ArticleSidebar) -> list[str]:
    """The sidebar's cells of every screen line, as the terminal gets them."""
    strips = app.screen._compositor.render_strips()
    return [strip.text[: sidebar.region.right].rstrip() for strip in strips]


async def test_at_80_columns_a_long_name_is_cut_before_its_count(tmp_path):
    """Each entity row on screen ends in its count however long the name (a newcomer saw
    "Maritime and Logistics Unio", its count cut off); a wider screen shows more name."""
    analysis = storm_analysis()
    analysis.entities[1] = replace(analysis.entities[1], name=HARBOURMASTER)
    analysis.entities[4] = replace(analysis.entities[4], name=UNION)
    app = reader_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_article(app, pilot, analysis)
        sidebar = screen.sidebar
        shown = sidebar_lines(app, sidebar)
        for section in ("people", "places", "orgs", "figures"):
            for node in sidebar.sections[section].rows:
                [line] = [line for line in shown if node.name[:12] in line]
                assert line.endswith(f" {len(node.spans)}"), line
        assert "├ Deputy Chief Harbourmast… 2" in shown
        assert not sidebar.show_horizontal_scrollbar
        await pilot.resize_terminal(120, 36)
        await pilot.pause()
        assert "└ Maritime and Logistics Uni… 1" in sidebar_lines(app, sidebar)
