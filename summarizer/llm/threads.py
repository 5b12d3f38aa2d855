"""How many threads llama.cpp gets: the cores this process may use that other processes leave free.

llama.cpp's worker threads wait for each other at every step, so one thread that shares its core
with a busy process slows all of them: on 2 cores with another process on one, 2 threads take
several times longer than 1. :func:`choose_threads` therefore starts from the CPUs the process
may run on (``os.sched_getaffinity``), takes off the cores other processes keep busy (sampled
from ``/proc/stat`` for about 100 ms, else the 1-minute ``/proc/loadavg``), and never goes below
1 or above the affinity count (nor above :data:`MAX_AUTO_THREADS`). An explicit setting
(``--threads`` / ``SUMMARIZER_THREADS``) is used as given.
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Callable
from pathlib import Path

__all__ = ["MAX_AUTO_THREADS", "busy_cores", "busy_from_stat", "choose_threads", "usable_cores"]

MAX_AUTO_THREADS = 8
"""The most threads chosen automatically (more rarely helps a small model)."""

_BUSY_THRESHOLD = 0.6
"""A core counts as taken when other processes keep it at least this busy."""

_SAMPLE_SECONDS = 0.1


def usable_cores() -> int:
    """The number of CPUs this process may run on (at least 1)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not Linux
        return max(1, os.cpu_count() or 1)


def _cpu_times(stat_text: str, cpus: set[int] | None) -> tuple[int, int]:
    """(total, idle) jiffies summed over ``cpus`` (every CPU when None) from /proc/stat text."""
    total = idle = 0
    for line in stat_text.splitlines():
        name, _, rest = line.partition(" ")
        if not name.startswith("cpu") or name == "cpu":
            continue
        try:
            cpu = int(name[3:])
            fields = [int(v) for v in rest.split()]
        except ValueError:
            continue
        if cpus is not None and cpu not in cpus or len(fields) < 4:
            continue
        # user nice system idle iowait irq softirq steal [guest guest_nice: already in user/nice]
        total += sum(fields[:8])
        idle += fields[3] + (fields[4] if len(fields) > 4 else 0)
    return total, idle


def busy_from_stat(before: str, after: str, cpus: set[int] | None = None) -> float | None:
    """Busy cores between two /proc/stat readings (0.0 to the number of CPUs), or None if unknown."""
    t0, i0 = _cpu_times(before, cpus)
    t1, i1 = _cpu_times(after, cpus)
    total, idle = t1 - t0, i1 - i0
    if total <= 0:
        return None
    n = len(cpus) if cpus else sum(1 for line in after.splitlines() if line[:3] == "cpu" and line[3:4].isdigit())
    return max(0.0, min(1.0, 1.0 - idle / total)) * max(n, 1)


def busy_cores(
    *,
    read: Callable[[str], str] = lambda p: Path(p).read_text(encoding="ascii"),
    sleep: Callable[[float], None] = time.sleep,
) -> float:
    """How many of this process's cores other processes keep busy now (0.0 when it cannot tell).

    Samples ``/proc/stat`` over about 100 ms on the CPUs of this process's affinity; falls back
    to the 1-minute load average of ``/proc/loadavg``. ``read`` and ``sleep`` are injectable.
    """
    try:
        cpus: set[int] | None = set(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cpus = None
    try:
        before = read("/proc/stat")
        sleep(_SAMPLE_SECONDS)
        busy = busy_from_stat(before, read("/proc/stat"), cpus)
        if busy is not None:
            return busy
    except (OSError, ValueError):
        pass
    try:
        return max(0.0, float(read("/proc/loadavg").split()[0]))
    except (OSError, ValueError, IndexError):
        return 0.0


def choose_threads(
    setting: int | None = None,
    *,
    cores: int | None = None,
    busy: float | None = None,
) -> int:
    """The llama.cpp thread count: ``setting`` when given, else the free cores.

    ``cores`` (the affinity count) and ``busy`` (cores other processes keep busy) are read
    from the system when not given; tests inject them.
    """
    if setting is not None:
        if isinstance(setting, bool) or not isinstance(setting, int) or setting < 1:
            raise ValueError(f"threads must be a positive integer, got {setting!r}")
        return setting
    n = usable_cores() if cores is None else max(1, cores)
    load = busy_cores() if busy is None else busy
    if not math.isfinite(load) or load < 0:
        load = 0.0
    taken = math.floor(load + (1.0 - _BUSY_THRESHOLD))
    return max(1, min(n - taken, n, MAX_AUTO_THREADS))
