"""Files the bot keeps (the SQLite database, images): readable by its own user only.

Directories are created 0700 and files 0600 whatever the umask, since they hold users'
conversations and pictures."""

from __future__ import annotations

import os
from pathlib import Path

DIR_MODE = 0o700
FILE_MODE = 0o600


def private_dir(path: Path) -> None:
    """Create `path` and any missing parents with mode 0700 (existing ones are left as they are:
    they may be shared directories the operator chose)."""
    missing = []
    current = path
    while not current.exists():
        missing.append(current)
        current = current.parent
    for directory in reversed(missing):
        directory.mkdir(mode=DIR_MODE, exist_ok=True)
        os.chmod(directory, DIR_MODE)  # mkdir's mode is filtered by the umask


def private_file(path: Path) -> None:
    """Make sure `path` exists with mode 0600 (created empty if missing)."""
    private_dir(path.parent)
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, FILE_MODE))
    os.chmod(path, FILE_MODE)


def write_private(target: Path, data: bytes) -> None:
    """Write `data` to `target` atomically (a partial file, then a rename), mode 0600."""
    private_dir(target.parent)
    partial = target.with_suffix(".part")
    fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, FILE_MODE)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.chmod(partial, FILE_MODE)
    partial.replace(target)
