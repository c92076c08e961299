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
from spacy.errors import Errors
from spacy.util import registry

from ..paths import pkuseg_model_dir, resolve_data_path
from ..provision import MODEL_FILES
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
    """Relative config paths resolve against the working directory, else the project's (or the wheel's) data."""
    return resolve_data_path(path)


@lru_cache(maxsize=4)
def _load_pkuseg(model_dir: str):
    """Load the segmenter once per process (it is ~170 MB on disk), from the set-up cache only.

    ``spacy_pkuseg.pkuseg(...)`` is never called: its constructor redirects a
    directory named like one of its models (``mixed``, ``news`` …) to
    ``$PKUSEG_HOME/<name>``, may download there, and falls back to
    ``pickle.load(features.pkl)`` when ``features.msgpack`` is missing.  The
    object is assembled here from the three cache files instead: msgpack
    features, npz weights (``allow_pickle=False``) and a plain word list.
    """
    import numpy as np
    import spacy_pkuseg
    from spacy_pkuseg.feature_extractor import FeatureExtractor
    from spacy_pkuseg.model import Model

    d = Path(model_dir)
    try:
        data = srsly.read_msgpack(d / "features.msgpack")
        extractor = FeatureExtractor.__new__(FeatureExtractor)
        extractor.unigram = set(data["unigram"])
        extractor.bigram = set(data["bigram"])
        extractor.feature_to_idx = data["feature_to_idx"]
        extractor.tag_to_idx = data["tag_to_idx"]
        with np.load(d / "weights.npz", allow_pickle=False) as npz:
            sizes, w = npz["sizes"], npz["w"]
        model = Model.__new__(Model)
        model.n_tag, model.n_feature = int(sizes[0]), int(sizes[1])
        model.n_transition_feature = model.n_tag * (model.n_feature + model.n_tag)
        model.w = w
        if w.shape[0] != model.n_transition_feature:
            raise ValueError(f"weights.npz holds {w.shape[0]} weights, expected {model.n_transition_feature}")
        words = (d / "postprocess_words.txt").read_text(encoding="utf-8").split("\n")
    except Exception as exc:  # noqa: BLE001 - a damaged cache is one line, not a traceback
        detail = str(exc).strip().splitlines()
        raise SegmenterModelMissing(
            f"segmenter cache in {d} is damaged ({type(exc).__name__}: {detail[0] if detail else ''}): "
            "run `ecoie setup --force`") from None
    seg = spacy_pkuseg.pkuseg.__new__(spacy_pkuseg.pkuseg)
    seg.postag = False
    seg.feature_extractor = extractor
    seg.model = model
    seg.idx_to_tag = {idx: tag for tag, idx in extractor.tag_to_idx.items()}
    seg.n_feature = len(extractor.feature_to_idx)
    seg.n_tag = len(extractor.tag_to_idx)
    seg.preprocesser = spacy_pkuseg.Preprocesser(None)
    post = spacy_pkuseg.Postprocesser(None, None)
    post.do_process = True
    post.common_words = set()
    post.other_words = {w for w in words if w}
    seg.postprocesser = post
    return seg


def build_segmenter(model_dir: str | Path | None, user_words: Iterable[str]):
    """The cached segmenter with its own user dictionary; the model directory is made absolute first."""
    d = (Path(model_dir) if model_dir else pkuseg_model_dir()).expanduser().resolve()
    missing = [name for name in MODEL_FILES if not (d / name).is_file()]
    if missing:
        raise SegmenterModelMissing(f"segmenter model not found in {d} (no {', '.join(missing)}): "
                                    "run `ecoie setup` first")
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
    makes almost every DATE/QUANTITY boundary a token boundary.  A chief's post written with its water in
    brackets is closed at a word's edge too (:func:`_chief_post_ends`).
    """
    out: list[str] = []
    for word in words:
        start = 0
        for i in range(1, len(word)):
            if _char_class(word[i]) != _char_class(word[i - 1]):
                out.append(word[start:i])
                start = i
        out.append(word[start:])
    return _chief_post_ends(out)


#: the bracketed water of a chief's post (总河(湖)长, 河（湖）长): the 长 after it closes the post
_BRACKETED_WATER = (("(", "湖", ")"), ("（", "湖", "）"), ("(", "河", ")"), ("（", "河", "）"))


def _chief_post_ends(words: list[str]) -> list[str]:
    """pkuseg glues the 长 that closes a post written with its water in brackets (县级总河(湖)|长许|某) to the name
    after it; the post ends at a word's edge only when 长 is a word of its own.  The system's name (河(湖)|长制) stays."""
    out: list[str] = []
    for word in words:
        if len(word) > 1 and word[0] == "长" and not word.startswith("长制") and tuple(out[-3:]) in _BRACKETED_WATER:
            out += ["长", word[1:]]
        else:
            out.append(word)
    return out


def words_and_spaces(words: Iterable[str], text: str) -> tuple[list[str], list[bool]]:
    """spaCy's ``get_words_and_spaces``, in time linear in the text's length, with the same result.

    spaCy's version looks each word up in ``text[text_pos:]``, a copy of the
    whole rest of the text per word: quadratic, and at a million characters
    (about 600,000 words) the largest part of the tokenizer's time.  Searching
    from ``text_pos`` in place finds the same first occurrence without the copy.
    """
    words = list(words)
    if "".join("".join(words).split()) != "".join(text.split()):
        raise ValueError(Errors.E194.format(text=text, words=words))
    text_words: list[str] = []
    text_spaces: list[bool] = []
    text_pos = 0
    for word in words:
        if word.isspace():
            continue
        try:
            word_start = text.index(word, text_pos)
        except ValueError:
            raise ValueError(Errors.E194.format(text=text, words=words)) from None
        if word_start > text_pos:
            text_words.append(text[text_pos:word_start])
            text_spaces.append(False)
            text_pos = word_start
        text_words.append(word)
        text_spaces.append(False)
        text_pos += len(word)
        if text_pos < len(text) and text[text_pos] == " ":
            text_spaces[-1] = True
            text_pos += 1
    if text_pos < len(text):
        text_words.append(text[text_pos:])
        text_spaces.append(False)
    return text_words, text_spaces


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
        words, spaces = words_and_spaces(words, text)
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
