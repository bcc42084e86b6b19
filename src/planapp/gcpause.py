"""Pausing Python's cyclic garbage collector for the length of one job.

Loading a 10,000-recommendation plan, or reading or writing its workbook, makes hundreds of
thousands of objects that hold no reference cycles worth collecting; yet their sheer number
sets off collection after collection, each walking every live object, which costs 15–30% of
the job and grows faster than the plan. Pausing the collector for the job (it is switched
back on after, and the memory peak stays the same) keeps those jobs linear in the plan's size.

The pause is taken where a job starts and ends, never inside the library functions the job
calls (which would change the interpreter for every other caller): the window's job runner
(:func:`planapp.ui.jobs.run_job`) and its plan loading, and each command-line command.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic collection inside the block; nests safely."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
