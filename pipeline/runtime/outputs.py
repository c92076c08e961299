"""Where a run may write: refuse output paths that would destroy input or special files.

A run writes ``OUT.part`` and renames it over ``OUT`` at the end.  That
rename replaces whatever ``OUT`` was, so before anything is opened the
output paths are checked (all refusals are usage errors, exit 2):

* ``--out``/``--errors`` must not be an input file, nor lie inside an input
  folder (the next run would read the old output as input), nor be each other;
* an existing ``OUT`` (or ``OUT.part``) must be a regular file: devices,
  FIFOs, sockets and directories are refused, so ``--out /dev/null`` as root
  cannot replace ``/dev/null`` (write to stdout with ``--out -`` instead);
* a symlink is written *through*: :func:`resolve_output` returns its target,
  so the journal sits beside the target and the link stays a link.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Iterable, Optional


class OutputRefused(ValueError):
    """An output path that would overwrite input, a special file, or the other output."""


def resolve_output(path: str | Path) -> Path:
    """The file a run really writes: symlinks followed (even dangling ones), made absolute."""
    return Path(os.path.realpath(os.path.expanduser(str(path))))


def check_outputs(inputs: Iterable[str], out: str, errors: Optional[str | Path]) -> None:
    """Raise :class:`OutputRefused` (one line) if ``out``/``errors`` may not be written."""
    if out is None or str(out).strip() == "":
        raise OutputRefused("--out is empty: give a file name, or '-' for stdout")
    if errors is not None and str(errors).strip() in ("", "."):
        raise OutputRefused("--errors is empty: give a file name")
    targets: list[tuple[str, Path]] = []
    if out != "-":
        targets.append(("--out", resolve_output(out)))
    if errors is not None:
        if str(errors) == "-":
            raise OutputRefused("--errors needs a file: error records already go to --out")
        targets.append(("--errors", resolve_output(errors)))
    if len(targets) == 2 and targets[0][1] == targets[1][1]:
        raise OutputRefused(f"--errors and --out are the same file ({targets[0][1]}): give them different names")
    input_paths = [(item, resolve_output(item)) for item in inputs if item != "-"]
    for option, target in targets:
        _check_kind(option, target)
        _check_kind(option, target.with_name(target.name + ".part"))
        for item, source in input_paths:
            if source == target or _same_file(source, target):
                raise OutputRefused(f"{option} {target} is an input of this run: it would be overwritten")
            if source.is_dir() and _inside(target, source):
                raise OutputRefused(f"{option} {target} is inside the input folder {item}: "
                                    "the next run would read it as input; write it elsewhere")


def _check_kind(option: str, path: Path) -> None:
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OutputRefused(f"{option} {path}: {exc.strerror or exc}") from None
    if stat.S_ISREG(mode):
        return
    kind = ("a directory" if stat.S_ISDIR(mode) else "a FIFO" if stat.S_ISFIFO(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "not a regular file")
    raise OutputRefused(f"{option} {path} is {kind}, not a regular file: ecoie writes regular files only "
                        "(use --out - for stdout)")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True
