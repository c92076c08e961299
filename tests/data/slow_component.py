"""A component that runs away on a marker: the time-budget test loads it with --code."""

import time

from spacy.language import Language

MARKER = "TAKE-FOREVER"
#: gives up after this long, so that without a budget the test fails instead of hanging
GIVE_UP_SECONDS = 30


@Language.component("ecoie_test_slow")
def slow_on_marker(doc):
    if MARKER in doc.text:
        started = time.monotonic()
        while time.monotonic() - started < GIVE_UP_SECONDS:  # pure Python, interruptible like the real components
            time.sleep(0.01)
    return doc
