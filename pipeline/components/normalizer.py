"""``ecoie.normalizing.v1``: normalisation inside ``nlp``, keeping the map to the input.

Normalisation (simplified characters, no pinyin glosses, half-width digits,
rejoined page breaks, boilerplate regions) used to run outside spaCy, in the
Extractor; ``nlp(text)`` on a traditional-character page therefore saw other
characters than ``ecoie run`` did and found far fewer entities, and its
offsets were not the input's.  This tokenizer wraps the word segmenter: it
normalises the text, segments the normalised text, and leaves the
:class:`~pipeline.normalize.NormalizedText` on the Doc
(:func:`pipeline.contract.normalized_of`).  ``span._.orig_start`` /
``span._.orig_end`` and ``doc._.original_text`` read it.

The ``Doc``'s own text is the normalised text (the components' rules are
written for it); every offset in the ORIGINAL input is one map lookup away.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Sequence

import srsly
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from ..boilerplate import BoilerplateRules, load_rules
from ..contract import set_doc_meta, set_normalized
from ..normalize import NormalizedText, normalize
from .segmenter import resolve_project_path


@lru_cache(maxsize=4)
def _rules(path: str) -> BoilerplateRules:
    return load_rules(resolve_project_path(path))


@dataclass
class NormalizeSettings:
    """The ``[normalize]`` section of the config: which steps run, which boilerplate rules apply."""

    enabled: bool = True
    steps: tuple[str, ...] = ()
    boilerplate: bool = True
    boilerplate_rules: str = ""

    @classmethod
    def from_config(cls, section: dict[str, Any]) -> "NormalizeSettings":
        return cls(enabled=bool(section.get("enabled", True)), steps=tuple(section.get("steps", ())),
                   boilerplate=bool(section.get("boilerplate", True)),
                   boilerplate_rules=str(section.get("boilerplate_rules", "") or ""))

    def run(self, text: str) -> NormalizedText:
        if not self.enabled:
            return NormalizedText.identity(text)
        rules = _rules(self.boilerplate_rules) if self.boilerplate_rules else None
        return normalize(text, steps=self.steps, boilerplate=self.boilerplate, boilerplate_rules=rules)


class NormalizingTokenizer:
    """Normalise, then segment with the wrapped tokenizer; the Doc keeps the offset map."""

    def __init__(self, segmenter: Callable[[str], Doc], settings: NormalizeSettings):
        self.segmenter = segmenter
        self.settings = settings

    def __call__(self, text: str) -> Doc:
        return self.from_normalized(self.settings.run(text))

    def from_normalized(self, nt: NormalizedText, meta: dict[str, Any] | None = None) -> Doc:
        """The Doc of an already normalised text (the Extractor normalises first to report failures apart)."""
        doc = self.segmenter(nt.text)
        set_normalized(doc, nt)
        set_doc_meta(doc, meta or {}, nt.boilerplate)
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    # the segmenter serialises itself (a marker: its model lives in the set-up cache)
    def to_bytes(self, **kwargs) -> bytes:
        return srsly.msgpack_dumps({"normalize": vars(self.settings) | {"steps": list(self.settings.steps)},
                                    "segmenter": self.segmenter.to_bytes(**kwargs)})

    def from_bytes(self, data: bytes, **kwargs) -> "NormalizingTokenizer":
        self.segmenter.from_bytes(srsly.msgpack_loads(data)["segmenter"], **kwargs)
        return self

    def to_disk(self, path, **kwargs) -> None:
        path = Path(path)
        self.segmenter.to_disk(path, **kwargs)
        srsly.write_json(path / "normalize.json", vars(self.settings) | {"steps": list(self.settings.steps)})

    def from_disk(self, path, **kwargs) -> "NormalizingTokenizer":
        self.segmenter.from_disk(path, **kwargs)
        return self

    def initialize(self, get_examples=None, *, nlp=None, **kwargs) -> None:
        """Nothing to initialise (the segmenter comes from the set-up cache)."""


@registry.tokenizers("ecoie.normalizing.v1")
def create_normalizing_tokenizer(segmenter: Callable[[Language], Callable[[str], Doc]], enabled: bool = True,
                                 steps: Sequence[str] = (), boilerplate: bool = True,
                                 boilerplate_rules: str = "") -> Callable[[Language], NormalizingTokenizer]:
    """spaCy tokenizer factory: the ``[normalize]`` settings around a segmenter (``ecoie.pkuseg.v1``)."""
    settings = NormalizeSettings(enabled, tuple(steps), boilerplate, boilerplate_rules or "")

    def make(nlp: Language) -> NormalizingTokenizer:
        return NormalizingTokenizer(segmenter(nlp), settings)

    return make
