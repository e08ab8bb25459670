"""The config file: TOML sections, bad input reported in one line, defaults kept."""

from pathlib import Path

from click.testing import CliRunner

from reader.cli import cli
from reader.config import DEFAULT_THEME, library_path, load_config


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_missing_file_is_the_defaults(tmp_path):
    config = load_config(tmp_path / "absent.toml")
    assert config.theme == DEFAULT_THEME
    assert config.keymap == {}
    assert config.library_db is None
    assert config.problems == []


def test_every_section_is_read(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    path = write(
        tmp_path,
        '[display]\ntheme = "reader-light"\n'
        '[keymap]\n"article.search" = "ctrl+f"\n"library.delete" = "x, delete"\n'
        '[library]\ndb = "~/news.db"\n',
    )
    config = load_config(path)
    assert config.problems == []
    assert config.theme == "reader-light"
    assert config.keymap == {"article.search": "ctrl+f", "library.delete": "x,delete"}
    assert config.library_db == tmp_path / "news.db"


def test_broken_toml_gives_one_line_and_the_defaults(tmp_path):
    config = load_config(write(tmp_path, '[display]\ntheme = "reader-light\n'))
    assert config.theme == DEFAULT_THEME
    assert len(config.problems) == 1
    assert "\n" not in config.problems[0]
    assert "using defaults" in config.problems[0]


def test_wrong_types_are_reported_and_the_rest_is_kept(tmp_path):
    config = load_config(
        write(
            tmp_path,
            '[display]\ntheme = 3\n[keymap]\n"app.quit" = ["q"]\n"app.help" = "h"\n'
            "[library]\ndb = false\n[colours]\nx = 1\n",
        )
    )
    assert config.theme == DEFAULT_THEME
    assert config.keymap == {"app.help": "h"}
    assert config.library_db is None
    assert len(config.problems) == 4
    assert any("[colours]" in problem for problem in config.problems)


def test_a_non_table_section_is_reported(tmp_path):
    config = load_config(write(tmp_path, 'keymap = "ctrl+f"\n'))
    assert config.keymap == {}
    assert config.problems and "[keymap]" in config.problems[0]


def test_not_utf8_is_reported(tmp_path):
    path = tmp_path / "config.toml"
    path.write_bytes(b"[display]\ntheme = '\xff'\n")
    assert "UTF-8" in load_config(path).problems[0]


def test_library_path_order_is_flag_env_config_default(tmp_path, monkeypatch):
    config = load_config(write(tmp_path, f'[library]\ndb = "{tmp_path / "config.db"}"\n'))
    assert library_path(None, config) == tmp_path / "config.db"
    monkeypatch.setenv("READER_DB", str(tmp_path / "env.db"))
    assert library_path(None, config) == tmp_path / "env.db"
    assert library_path(str(tmp_path / "flag.db"), config) == tmp_path / "flag.db"
    monkeypatch.delenv("READER_DB")
    assert library_path(None, load_config(tmp_path / "none.toml")).name == "library.db"


def test_locate_prints_the_config_and_library_paths(tmp_path, monkeypatch):
    monkeypatch.setenv("READER_CONFIG", str(tmp_path / "mine.toml"))
    runner = CliRunner()
    assert runner.invoke(cli, ["locate", "config"]).output.strip() == str(tmp_path / "mine.toml")
    write(tmp_path, "").rename(tmp_path / "mine.toml")
    (tmp_path / "mine.toml").write_text(f'[library]\ndb = "{tmp_path / "c.db"}"\n')
    assert runner.invoke(cli, ["locate", "db"]).output.strip() == str(tmp_path / "c.db")
    flag = runner.invoke(cli, ["locate", "db", "--db", str(tmp_path / "f.db")])
    assert flag.output.strip() == str(tmp_path / "f.db")
