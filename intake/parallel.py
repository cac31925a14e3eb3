"""run / ingest over a Dask cluster: the extractor is pure, so this is a map
over partitions of the input files, not a new pipeline.

Each partition (one archive, or a group of small files) is read and
extracted on a worker, which loads the Extractor once and returns a pyarrow
table: one row per article (its metadata, cleaned text and its incidents as
ONTOLOGY JSON) plus one row per read problem. The client writes each table
as a Parquet part file as it arrives; `ingest` then hands the parts to the
store in one transaction (Store.ingest with an extractor that replays the
workers' results and one batch for the whole run), `run` writes JSON Lines.

`--workers N` starts a local cluster of N single-threaded processes;
`--dask tcp://HOST:PORT` uses a running scheduler, whose workers must see
the same input paths and have this project importable.
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from extract.readers import count_articles, iter_articles
from extract.record import Article, Extraction
from extract.serialize import incident_from_dict, incident_to_dict

FILES_PER_PARTITION = 200  # small files travel in groups; an archive is a partition of its own
SCHEMA = pa.schema([("article_id", pa.string()), ("text", pa.string()), ("title", pa.string()),
                    ("published", pa.string()), ("outlet", pa.string()), ("url", pa.string()),
                    ("path", pa.string()), ("cleaned_text", pa.string()), ("incidents", pa.string()),
                    ("problem", pa.string())])
_EXTRACTOR = None  # one per worker process, loaded by its first partition


def partitions(paths: Sequence[str | Path]) -> list[list[str]]:
    files: list[str] = []
    for p in map(Path, paths):
        if p.is_dir():
            files += [str(f) for f in sorted(p.rglob("*")) if f.is_file()
                      and not any(part.startswith(".") for part in f.relative_to(p).parts)]
        else:
            files.append(str(p))
    big = [[f] for f in files if f.lower().endswith((".zip", ".jsonl", ".jsonl.gz"))]
    small = [f for f in files if [f] not in big]
    return big + [small[i:i + FILES_PER_PARTITION] for i in range(0, len(small), FILES_PER_PARTITION)]


def extract_partition(files: list[str], metadata: str | None) -> pa.Table:
    """On a worker: read and extract one partition."""
    global _EXTRACTOR
    if _EXTRACTOR is None:
        from extract.pipeline import Extractor
        _EXTRACTOR = Extractor()
    rows = []
    for item in iter_articles(files, metadata=metadata):
        if not isinstance(item, Article):
            rows.append({"problem": str(item)})
            continue
        try:
            ex = _EXTRACTOR.extract(item)
        except Exception as e:  # one article's failure must not end the run
            rows.append({"problem": f"{item.path or item.article_id}: extraction failed: "
                                    f"{type(e).__name__}: {e}".splitlines()[0]})
            continue
        rows.append({"article_id": item.article_id, "text": item.text, "title": item.title,
                     "published": item.published, "outlet": item.outlet, "url": item.url,
                     "path": item.path, "cleaned_text": ex.cleaned_text,
                     "incidents": json.dumps([incident_to_dict(i) for i in ex.incidents], ensure_ascii=False)})
    return pa.Table.from_pylist(rows, schema=SCHEMA)


@dataclass(frozen=True)
class ParallelRun:
    parts: tuple[Path, ...]
    articles: int
    incidents: int
    problems: tuple[str, ...]
    seconds: float


def client_for(address: str | None = None, workers: int | None = None):
    from distributed import Client, LocalCluster
    if address:
        return Client(address, timeout="20s")
    cluster = LocalCluster(n_workers=workers or 1, threads_per_worker=1, processes=True,
                           dashboard_address="127.0.0.1:0", silence_logs=40)
    return Client(cluster)


def extract_parallel(paths: Sequence[str | Path], out_dir: str | Path, metadata: str | None = None, *,
                     client=None, address: str | None = None, workers: int | None = None,
                     progress: Callable[[int, int | None], None] | None = None) -> ParallelRun:
    """Map extract_partition over the partitions; write part-NNNNN.parquet as
    each finishes (in the order they finish; article order is restored on load)."""
    from distributed import as_completed
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    own = client is None
    client = client or client_for(address, workers)
    started = time.monotonic()
    try:
        parts = partitions(paths)
        futures = {client.submit(extract_partition, files, metadata, pure=False): n
                   for n, files in enumerate(parts)}
        written, articles, incidents, problems = [], 0, 0, []
        for future in as_completed(futures):
            table = future.result()
            path = out_dir / f"part-{futures[future]:05d}.parquet"
            pq.write_table(table, path)
            written.append(path)
            cols = table.to_pydict()
            problems += [p for p in cols["problem"] if p]
            articles += sum(1 for a in cols["article_id"] if a)
            incidents += sum(len(json.loads(i)) for i in cols["incidents"] if i)
            if progress:
                progress(articles + len(problems), None)
            future.release()
    finally:
        if own:
            cluster = getattr(client, "cluster", None)
            client.close()
            if cluster is not None:
                cluster.close()
    return ParallelRun(tuple(sorted(written)), articles, incidents, tuple(problems),
                       time.monotonic() - started)


def read_parts(parts: Sequence[Path]) -> Iterator[tuple[Article | str, Extraction | None]]:
    """(article, extraction) or (problem line, None), in input order."""
    seen: set[str] = set()
    for path in sorted(parts):
        for row in pq.read_table(path).to_pylist():
            if row["problem"]:
                yield row["problem"], None
                continue
            if row["article_id"] in seen:  # two partitions with one id: the first wins, as in iter_articles
                yield f"{row['path']}: skipped: duplicate article id {row['article_id']!r}", None
                continue
            seen.add(row["article_id"])
            article = Article(row["article_id"], row["text"], row["title"], row["published"],
                              row["outlet"], row["url"], row["path"])
            incidents = tuple(incident_from_dict(d) for d in json.loads(row["incidents"] or "[]"))
            yield article, Extraction(article, row["cleaned_text"] or "", incidents)


class Replay:
    """The workers' extractions, handed to Store.ingest as its extractor."""

    def __init__(self, done: dict[str, Extraction]):
        self.done = done

    def extract(self, article: Article) -> Extraction:
        return self.done[article.article_id]


def load_parts(store, parts: Sequence[Path], wait: float = 60.0, progress=None):
    """Everything the workers extracted into the store, in one transaction."""
    done: dict[str, Extraction] = {}
    items: list = []
    for first, extraction in read_parts(parts):
        if extraction is None:
            items.append(first)  # a problem line: the store reports any non-Article as one
        else:
            done[first.article_id] = extraction
            items.append(first)
    return store.ingest(items, progress=progress, extractor=Replay(done), wait=wait,
                        batch_size=len(items) + 1, batch_seconds=float("inf"),
                        refresh_every=float("inf"))


def total_articles(paths: Sequence[str | Path]) -> int:
    return count_articles(paths)
