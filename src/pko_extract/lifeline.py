"""Worker processes that end when the run that started them is gone (issue 11).

A run killed with SIGKILL cannot stop its :class:`~pko_extract.batches.ExtractorPool`, so
each worker watches its parent itself: :func:`end_with_parent` is the pool's initializer.
It lives in this module, which imports nothing but the standard library, because a spawned
worker imports the initializer's module before it runs it: from ``pko_extract.batches`` (which
imports spaCy, some seconds on a busy machine) a run killed while its workers start would
leave them alive until that import ends. From here, the watch runs before the worker imports
spaCy or loads the model (it imports ``pko_extract.batches`` when it unpickles its first batch).

Not ``prctl(PR_SET_PDEATHSIG)``: Linux sends that signal when the *thread* that started the
process ends, and the pool starts its workers from the thread of whichever task submits a
batch, which may end long before the run does.
"""

from __future__ import annotations

import os
import threading
import time

__all__ = ["PARENT_CHECK_SECONDS", "end_with_parent"]

#: How often a worker process checks that the run that started it is still alive (s).
PARENT_CHECK_SECONDS = 0.5


def end_with_parent(parent: int) -> None:
    """Start a watcher thread that ends this process once process ``parent`` is gone.

    The dead parent's children are re-parented (to init or a subreaper), so the parent pid
    changes: a parent that died before this call is seen at the first check. Ends the process
    with ``os._exit`` (status 1): nothing of the run is left to clean up or report to.
    """

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="pko-parent-watch", daemon=True).start()
