"""Write a file whole or not at all, keeping the permissions a plain write would give.

:func:`write_atomic` (all the data at once) and :func:`atomic_writer` (a file object to stream
into) write a temporary file in the destination's folder, flush it to disk and rename it over
the destination, so a reader sees the old file or the new one, never half of one; when the
writing fails, the temporary file is removed and the destination is left as it was. The new
file gets the mode a plain ``open(path, "w")`` would give: the existing file's mode when it
replaces one, else ``0o666`` less the umask. The temporary file is named ``<prefix>XXXXXXXX.tmp``
(8 random characters); the prefix is ``.<destination name>.`` unless the caller picks one.
:func:`check_writable` checks a destination before any work is spent on what goes into it;
:func:`append_line` adds one line to a file and flushes it to disk. Every error of the writing
is an :class:`OSError` that names the destination, never the temporary file.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Literal

__all__ = ["append_line", "atomic_writer", "check_writable", "current_umask", "write_atomic"]


def current_umask() -> int:
    """The process umask, read without changing it where Linux allows (``/proc/self/status``)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)  # elsewhere: set and restore (not thread-safe, hence the fallback only)
    os.umask(mask)
    return mask


def _error(exc: OSError, path: Path, what: str | None = None) -> OSError:
    """``exc`` again, naming ``path`` (not a temporary file) and keeping its errno."""
    code = exc.errno if exc.errno is not None else errno.EIO
    err = OSError(code, what or exc.strerror or str(exc), str(path))
    return err


def _target(path: Path) -> Path:
    """The file to write: ``path`` with ``~`` expanded, or what it links to when it is a symlink."""
    path = path.expanduser()
    if path.is_symlink():
        return Path(os.path.realpath(path))
    return path


def _is_read_only(st: os.stat_result, path: Path) -> bool:
    # No write bit at all means read-only on purpose, even for root (whom os.access lets write).
    return not (st.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)) or not os.access(path, os.W_OK)


def check_writable(path: Path, *, role: str = "output") -> Path:
    """Check that ``path`` can be written (created or replaced); return the file that will be written.

    Raises :class:`FileNotFoundError` when its folder is missing, :class:`NotADirectoryError`
    when the folder is not one, :class:`IsADirectoryError` when ``path`` is a folder, and
    :class:`PermissionError` when the folder or an existing file is read-only; each names ``path``.
    ``role`` names the destination in messages ("output folder does not exist").
    """
    target = _target(Path(path))
    folder = target.parent
    try:
        st = target.stat()
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise _error(exc, target) from exc
    if st is not None:
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(errno.EISDIR, f"{role} is a folder, not a file", str(target))
        if _is_read_only(st, target):
            raise PermissionError(errno.EACCES, f"{role} file is read-only", str(target))
        if not stat.S_ISREG(st.st_mode):
            return target  # a device or a pipe (/dev/null, /dev/stdout): written in place
    if not folder.exists():
        raise FileNotFoundError(errno.ENOENT, f"{role} folder does not exist", str(target))
    if not folder.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, f"{role} folder is not a folder", str(target))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise PermissionError(errno.EACCES, f"{role} folder is not writable", str(target))
    return target


def write_atomic(path: Path | str, data: str | bytes, *, temp_prefix: str | None = None,
                 role: str = "output") -> None:
    """Write ``data`` (text as UTF-8) to ``path`` whole or not at all.

    The destination is checked first (:func:`check_writable`): a read-only file is refused,
    not replaced. A destination that exists and is not a regular file (``/dev/null``, a pipe)
    is written in place. Errors are :class:`OSError` naming ``path``. ``temp_prefix`` and
    ``role`` are those of :func:`atomic_writer`.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with atomic_writer(path, "wb", temp_prefix=temp_prefix, role=role) as fh:
        fh.write(payload)


@contextmanager
def atomic_writer(
    path: Path | str, mode: Literal["wb", "w"] = "wb", *, temp_prefix: str | None = None, role: str = "output"
) -> Iterator[IO[Any]]:
    """A file object (binary, or UTF-8 text for ``mode="w"``) whose content replaces ``path`` on exit.

    For content streamed in pieces (a 1 GB model): the destination is checked first
    (:func:`check_writable`), the pieces go to a temporary file named ``<temp_prefix>XXXXXXXX.tmp``
    (default prefix ``.<name>.``) in the same folder, and only a ``with`` block that ends without
    an exception renames it over ``path``; one that raises leaves ``path`` as it was and removes the
    temporary file. A destination that is not a regular file (``/dev/null``, a pipe) is written in
    place. Errors of the writing are :class:`OSError` naming ``path`` (``role`` names it in
    messages); an error the block raises about another file is passed on as it is.
    """
    target = check_writable(Path(path), role=role)
    try:
        st: os.stat_result | None = target.stat()
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise _error(exc, target) from exc
    encoding = "utf-8" if mode == "w" else None
    if st is not None and not stat.S_ISREG(st.st_mode):
        try:
            with open(target, mode, encoding=encoding) as fh:
                yield fh
        except OSError as exc:
            if _is_about(exc, target, str(target)):
                raise _error(exc, target) from exc
            raise
        return
    file_mode = stat.S_IMODE(st.st_mode) if st is not None else 0o666 & ~current_umask()
    prefix = temp_prefix if temp_prefix is not None else f".{target.name}."
    try:
        fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=target.parent)
    except OSError as exc:
        what = f"cannot create a file in the {role} folder: {exc.strerror or exc}"
        raise _error(exc, target, what) from exc
    try:
        with os.fdopen(fd, mode, encoding=encoding) as fh:
            yield fh
            fh.flush()
            os.fchmod(fh.fileno(), file_mode)
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError) and _is_about(exc, target, tmp):
            raise _error(exc, target) from exc
        raise
    _sync_folder(target.parent)


def _is_about(exc: OSError, target: Path, written: str) -> bool:
    """Whether ``exc`` is about the file written (or names no file): then it is reported as ``target``'s."""
    return exc.filename is None or str(exc.filename) in (written, str(target))


def append_line(path: Path | str, line: str) -> None:
    """Append ``line`` and a newline to ``path`` in one write, then flush it to disk.

    A new file gets the umask's mode. An interrupted write can leave at most an unterminated
    last line, which a reader can recognise (no final newline) and drop.
    """
    target = _target(Path(path))
    created = not target.exists()
    try:
        with open(target, "ab") as fh:
            fh.write((line.rstrip("\n") + "\n").encode("utf-8"))
            fh.flush()
            _fsync(fh.fileno())
    except OSError as exc:
        raise _error(exc, target) from exc
    if created:
        _sync_folder(target.parent)


def _fsync(fd: int) -> None:
    """``os.fsync``, except where the file cannot be synced (a pipe, /dev/null)."""
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EROFS):
            raise


def _sync_folder(folder: Path) -> None:
    """Flush a folder's entries (the rename or the new name) to disk; best effort."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
