"""The pkuseg word segmenter as a spaCy tokenizer, loaded without pickles.

spaCy's ``zh`` tokenizer can run pkuseg, but its own initialisation would
download a model and read spacy-pkuseg's pickled dictionaries.  This factory
builds the same ``spacy_pkuseg.pkuseg`` object from the set-up cache
(msgpack features, npz weights, a plain-text post-processing word list) and
the project's user dictionary, then hands it to spaCy's ChineseTokenizer.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

from spacy.lang.zh import ChineseTokenizer, Segmenter
from spacy.language import Language
from spacy.util import registry

from ..paths import PROJECT_DIR, pkuseg_model_dir
from ..provision import model_is_provisioned


class SegmenterModelMissing(RuntimeError):
    """Raised when the pkuseg model has not been provisioned."""


def read_user_dict(path: str | Path | None) -> list[str]:
    """Words of a user dictionary file: one per line, optional tab + tag, '#' comments."""
    if not path:
        return []
    p = resolve_project_path(path)
    if not p.is_file():
        raise FileNotFoundError(f"user dictionary not found: {path}")
    words = []
    for line in p.read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].split("\t", 1)[0].strip()
        if word:
            words.append(word)
    return words


def resolve_project_path(path: str | Path) -> Path:
    """Relative config paths resolve against the working directory, else the project."""
    p = Path(path)
    if p.is_absolute() or p.exists():
        return p
    return PROJECT_DIR / p


@lru_cache(maxsize=4)
def _load_pkuseg(model_dir: str):
    """Load the segmenter once per process (it is ~170 MB on disk)."""
    import spacy_pkuseg

    d = Path(model_dir)
    seg = spacy_pkuseg.pkuseg(str(d), user_dict=None)  # user_dict=None: no pickled dictionaries
    words = (d / "postprocess_words.txt").read_text(encoding="utf-8").split("\n")
    post = spacy_pkuseg.Postprocesser(None, None)
    post.do_process = True
    post.common_words = set()
    post.other_words = {w for w in words if w}
    seg.postprocesser = post
    return seg


def build_segmenter(model_dir: str | Path | None, user_words: Iterable[str]):
    d = Path(model_dir) if model_dir else pkuseg_model_dir()
    if not model_is_provisioned(d):
        raise SegmenterModelMissing(f"segmenter model not found in {d}: run `ecoie setup` first")
    import copy

    import spacy_pkuseg

    seg = copy.copy(_load_pkuseg(str(d)))  # shallow: shares the big weights, own user dictionary
    seg.preprocesser = spacy_pkuseg.Preprocesser(list(user_words))
    return seg


@registry.tokenizers("ecoie.pkuseg.v1")
def create_pkuseg_tokenizer(model_dir: str = "", user_dict: str = "") -> Callable[[Language], ChineseTokenizer]:
    """spaCy tokenizer factory: pkuseg from the set-up cache plus a user dictionary."""

    def make(nlp: Language) -> ChineseTokenizer:
        tok = ChineseTokenizer(nlp.vocab, segmenter=Segmenter.pkuseg)
        tok.pkuseg_seg = build_segmenter(model_dir or None, read_user_dict(user_dict))
        return tok

    return make
