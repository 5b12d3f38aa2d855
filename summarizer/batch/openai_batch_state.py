"""What a Batch API run remembers between runs: the batches it sent, and the requests that failed for good.

It lives in a folder next to the database (``<db>.openai-batch/``): ``state.json`` (written atomically
after every change) and, for each batch not yet collected, the local copy of its input file
(``requests-<n>.jsonl``: each uploaded line plus the article and question it belongs to). A run that
stops (Ctrl-C, kill -9, a closed laptop) is resumed by running the same command: batches already sent
are polled and collected by their id, never sent again.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from summarizer.errors import ConfigError
from summarizer.util.atomic import write_atomic

__all__ = ["BatchState", "SentBatch", "state_dir"]

STATE_VERSION = 1


def state_dir(db: Path) -> Path:
    """The folder that keeps a Batch API run's state for the database ``db``."""
    return db.with_name(db.name + ".openai-batch")


@dataclass
class SentBatch:
    """One batch: its local input file, the uploaded file's id, the batch id, and whether it was collected."""

    number: int
    requests: int
    input_path: str
    file_id: str | None = None
    id: str | None = None
    status: str = "prepared"
    collected: bool = False


@dataclass
class BatchState:
    """The state of a Batch API run (see the module's docstring)."""

    folder: Path
    model: str
    batches: list[SentBatch] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    tries: dict[str, int] = field(default_factory=dict)

    @property
    def path(self) -> Path:
        """The state file."""
        return self.folder / "state.json"

    @classmethod
    def load(cls, folder: Path, model: str) -> BatchState:
        """The state in ``folder`` (a fresh one when there is none); ConfigError when it is not ours."""
        state = cls(folder, model)
        if not state.path.is_file():
            return state
        try:
            data = json.loads(state.path.read_text(encoding="utf-8"))
            if data.get("version") != STATE_VERSION:
                raise ValueError(f"version {data.get('version')!r}")
            state.model = str(data["model"])
            state.batches = [SentBatch(**b) for b in data["batches"]]
            state.failed = {str(k): str(v) for k, v in data["failed"].items()}
            state.tries = {str(k): int(v) for k, v in data["tries"].items()}
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ConfigError(f"{state.path} is not a Batch API state file ({exc}); move it away to start over") from None
        if state.model != model and state.open_batches():
            raise ConfigError(
                f"{folder} holds batches sent for model {state.model}, still to be collected: "
                f"run again with --model {state.model}, or move the folder away to abandon them"
            )
        state.model = model
        return state

    def save(self) -> None:
        """Write the state file atomically (creating the folder)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        data: dict[str, Any] = {
            "version": STATE_VERSION,
            "model": self.model,
            "batches": [asdict(b) for b in self.batches],
            "failed": self.failed,
            "tries": self.tries,
        }
        write_atomic(self.path, json.dumps(data, indent=1, ensure_ascii=False) + "\n", role="batch state")

    def open_batches(self) -> list[SentBatch]:
        """Batches sent or prepared and not yet collected, oldest first."""
        return [b for b in self.batches if not b.collected]

    def new_batch(self, requests: int) -> SentBatch:
        """A new batch record with the next number (not saved yet)."""
        number = max((b.number for b in self.batches), default=0) + 1
        batch = SentBatch(number=number, requests=requests, input_path=f"requests-{number}.jsonl")
        self.batches.append(batch)
        return batch

    def retry(self, key: str, why: str, max_tries: int) -> None:
        """A request that got no reply (expired, cancelled, a server error): send it again, up to ``max_tries``."""
        self.tries[key] = self.tries.get(key, 0) + 1
        if self.tries[key] >= max_tries:
            self.failed[key] = f"{why} (sent {self.tries[key]} times)"

    def fail(self, key: str, why: str) -> None:
        """A request that failed for good: the article that needs it ends with this reason."""
        self.failed[key] = why
