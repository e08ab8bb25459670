"""``--engine dask``: the same output as one process, and a killed worker's partition redone."""

from __future__ import annotations

import json
import os
import signal

import pytest
from click.testing import CliRunner
from invented import write_folder

pytest.importorskip("distributed")

from reader.cli import cli  # noqa: E402
from reader.tables import TABLES  # noqa: E402


def tables(folder):
    """Every table's rows, sorted, without the times they were written."""
    import pyarrow.parquet as pq

    def written(row):
        return {k: v for k, v in row.items() if k not in {"added_at", "created_at"}}

    return {
        table: sorted(
            json.dumps(written(row), sort_keys=True)
            for row in pq.read_table(folder / table).to_pylist()
        )
        for table in TABLES
    }


def analyze(*args: str):
    result = CliRunner().invoke(cli, ["analyze", *args])
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as running:
        yield running


def test_two_workers_write_what_one_process_writes(nlp, tmp_path, cluster):
    corpus = write_folder(tmp_path / "corpus", 24)
    one, dask = tmp_path / "one", tmp_path / "dask"
    analyze(str(corpus), "--out", str(one), "--format", "parquet")
    to_dask = ["--out", str(dask), "--format", "parquet", "--scheduler", cluster.scheduler_address]
    result = analyze(str(corpus), *to_dask)
    assert "Dask dashboard: http://" in result.stderr
    assert "wrote 24 articles" in result.stderr
    assert tables(dask) == tables(one)
    again = analyze(str(corpus), *to_dask)
    assert "skipped 24 articles" in again.stderr
    assert tables(dask) == tables(one)


def test_a_killed_workers_partition_is_redone_and_nothing_is_written_twice(
    nlp, tmp_path, monkeypatch
):
    from invented import texts

    from reader.dask_runner import DaskRunner
    from reader.dataset import DatasetWriter
    from reader.ingest import article_from_text
    from reader.nlp.pipeline import analyze_many
    from reader.nlp.versions import pipeline_version, resolve_model

    model = resolve_model()
    articles = [article_from_text(t, kind="text", source=f"s{i}") for i, t in enumerate(texts(32))]
    expected = [a.to_json() for a, _ in analyze_many((a, None) for a in articles)]
    writer = DatasetWriter(tmp_path / "out", "jsonl", model, pipeline_version())
    # (a cluster started earlier in this process leaves Dask's setting in os.environ)
    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)
    killed = []
    with DaskRunner(workers=2, partition=4) as runner:
        parents = runner.client.run(os.getppid)
        # forked from the fork server that loaded the model, not spawned by this process
        assert len(parents) == 2 and os.getpid() not in parents.values()
        for index, (result, context) in enumerate(
            runner.run(((a, i) for i, a in enumerate(articles)), model)
        ):
            assert context == index
            writer.write(result)
            if not killed:
                busy = {w: keys for w, keys in runner.client.processing().items() if keys}
                victim = next(iter(busy))
                pid = runner.client.run(os.getpid, workers=[victim])[victim]
                os.kill(pid, signal.SIGKILL)
                killed.append((victim, busy[victim]))
        workers_after = set(runner.client.scheduler_info()["workers"])
        settings = runner.client.run(_housekeeping)  # the restarted worker too
        # the messages that carried the partitions are not kept (memory flat as the corpus grows)
        streams = [runner.client.scheduler_comm, *runner._cluster.scheduler.stream_comms.values()]
        kept = [len(stream.recent_message_log) for stream in streams]
    writer.close()
    assert settings and set(settings.values()) == {(False, "1s", None)}
    assert len(kept) >= 2 and not any(kept)
    assert index == len(articles) - 1  # one result per input: none lost, none twice
    ((victim, lost_tasks),) = killed
    assert lost_tasks and victim not in workers_after
    (part,) = (tmp_path / "out" / "analyses").glob("part-*.jsonl")
    written = [json.loads(line) for line in part.read_text().splitlines()]
    assert sorted(json.dumps(r, sort_keys=True) for r in written) == sorted(
        json.dumps(r, sort_keys=True) for r in expected
    )


def _housekeeping() -> tuple:
    """On a worker: whether it samples its task's stack for the dashboard, how often it checks
    its event loop, and its malloc trim threshold. A local cluster's workers share the
    machine's cores with the client: no profile, a check a second, glibc's own threshold."""
    import dask

    return (
        dask.config.get("distributed.worker.profile.enabled"),
        dask.config.get("distributed.admin.tick.interval"),
        os.environ.get("MALLOC_TRIM_THRESHOLD_"),
    )


def test_the_last_articles_go_out_in_small_partitions():
    from reader.dask_runner import partitions

    for count in (0, 1, 5, 47, 48, 100, 1000):
        sent = list(partitions(iter(range(count)), 16, 32, 4))
        assert [item for part in sent for item in part] == list(range(count))
        sizes = [len(part) for part in sent]
        whole = sizes.count(16)  # first, then only small ones, covering at least the last 32
        assert sizes[:whole] == [16] * whole and all(size <= 4 for size in sizes[whole:])
        assert count - 16 * whole >= min(count, 32)


def test_dask_still_reads_the_flag_reader_sets_for_its_fork_server():
    """``dask_runner._start_fork_server`` sets Dask's private ``_forkserver_preload_set`` so
    that Dask does not import every optional package to give the fork server its own list:
    this fails loudly on a Dask upgrade that no longer reads it."""
    import inspect

    import distributed.utils

    assert hasattr(distributed.utils, "_forkserver_preload_set")
    assert "not _forkserver_preload_set" in inspect.getsource(distributed.utils.get_mp_context)
