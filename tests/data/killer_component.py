"""A component that kills its process on a marker: the worker-death fault test loads it with --code."""

import os

from spacy.language import Language

MARKER = "KILL-THE-WORKER"


@Language.component("ecoie_test_killer")
def kill_on_marker(doc):
    if MARKER in doc.text:
        os._exit(3)  # a hard crash: no exception, no cleanup, like a segfault or the OOM killer
    return doc
