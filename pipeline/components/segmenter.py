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

import srsly
from spacy.lang.zh import ChineseTokenizer, Segmenter
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import get_words_and_spaces, registry

from ..paths import PROJECT_DIR, pkuseg_model_dir
from ..provision import model_is_provisioned
from .spans import remember_text


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


def _char_class(ch: str) -> str:
    if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf":
        return "H"
    if ch.isascii() and (ch.isalnum() or ch in "./:-_+") or ch in "μµ³²":
        return "A"
    if ch.isspace():
        return "S"
    return "P:" + ch  # each punctuation mark and symbol is a class of its own


def refine_words(words: Iterable[str]) -> list[str]:
    """Split pkuseg words where the script changes (Han | Latin/digits | punctuation).

    pkuseg glues digits to neighbouring characters (``数32``, ``0。2024年``),
    which puts entity boundaries inside tokens; splitting at script changes
    makes almost every DATE/QUANTITY boundary a token boundary.
    """
    out: list[str] = []
    for word in words:
        start = 0
        for i in range(1, len(word)):
            if _char_class(word[i]) != _char_class(word[i - 1]):
                out.append(word[start:i])
                start = i
        out.append(word[start:])
    return out


class EcoieTokenizer(ChineseTokenizer):
    """spaCy's Chinese tokenizer (pkuseg) with :func:`refine_words` applied."""

    def initialize(self, get_examples=None, *, nlp=None, pkuseg_model=None, pkuseg_user_dict=None) -> None:
        """Nothing to initialise: the model comes from the set-up cache (never downloaded)."""

    # Serialisation writes a marker only: the ~170 MB segmenter model is never
    # copied into a trained pipeline; it is re-attached from the set-up cache
    # by the factory when the pipeline is loaded.
    def to_bytes(self, **kwargs) -> bytes:
        return srsly.msgpack_dumps({"segmenter": "pkuseg", "model": "set-up cache"})

    def from_bytes(self, data: bytes, **kwargs) -> "EcoieTokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "cfg", {"segmenter": "pkuseg", "model": "set-up cache"})

    def from_disk(self, path, **kwargs) -> "EcoieTokenizer":
        return self

    def __call__(self, text: str) -> Doc:
        if self.pkuseg_seg is None:
            raise SegmenterModelMissing("segmenter model not loaded: run `ecoie setup` first")
        words = refine_words(w for w in self.pkuseg_seg.cut(text) if w)
        words, spaces = get_words_and_spaces(words, text)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        remember_text(doc, text)  # spaCy rebuilds Doc.text from the tokens on every access
        return doc


@registry.tokenizers("ecoie.pkuseg.v1")
def create_pkuseg_tokenizer(model_dir: str = "", user_dict: str = "") -> Callable[[Language], ChineseTokenizer]:
    """spaCy tokenizer factory: pkuseg from the set-up cache plus a user dictionary."""

    def make(nlp: Language) -> ChineseTokenizer:
        tok = EcoieTokenizer(nlp.vocab, segmenter=Segmenter.pkuseg)
        tok.pkuseg_seg = build_segmenter(model_dir or None, read_user_dict(user_dict))
        return tok

    return make
