"""The Extractor: configuration -> spaCy pipeline -> records.

``Extractor.from_config()`` builds everything slow once per process (the
pkuseg model, trained weights); ``Extractor.process()`` streams documents
through normalisation and ``nlp.pipe`` in batches and yields exactly one
record per input document, ``ok`` or ``error``.  A document that makes a
component raise is retried alone, so the error record can name the
component and the rest of its batch is unaffected.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, Iterable, Iterator

import spacy
from confection import Config
from spacy.language import Language
from spacy.tokens import Doc

from . import __version__
from . import components  # noqa: F401  (registers factories)
from .components.normalizer import NormalizeSettings, NormalizingTokenizer
from .components.segmenter import resolve_project_path
from .contract import check_pipeline_order, set_doc_meta, set_normalized
from .config import ConfigError, load as load_config
from .digest import update_from_file
from .io.readers import Document
from .normalize import NormalizedText
from .paths import pkuseg_model_dir
from .records import build_record, error_record
from .runtime.budget import DocumentTimeout, time_budget
from .schema import Record


class Extractor:
    """A configured pipeline; load once, process many documents."""

    def __init__(self, nlp: Language, config: Config, with_text: bool = False):
        self.nlp = nlp
        self.config = config
        # the tokenizer's own settings when it normalises (the default), else the [normalize] section
        tokenizer = nlp.tokenizer
        self.normalizer = (tokenizer.settings if isinstance(tokenizer, NormalizingTokenizer)
                           else NormalizeSettings.from_config(config.get("normalize", {})))
        self.batch_size = int(config["nlp"].get("batch_size", 16))
        #: seconds one document may take through the pipeline (0: no limit); see runtime/budget.py
        self.doc_seconds = float(config.get("limits", {}).get("doc_seconds", 0) or 0)
        self.with_text = with_text
        self.model_version = model_version(config)

    @classmethod
    def from_config(cls, path: str | Path | None = None, overrides: dict[str, Any] | None = None,
                    disable: Iterable[str] = (), with_text: bool = False) -> "Extractor":
        config = load_run_config(path, overrides, disable)
        ner_settings = configure_ner_backend(config)
        beam_width = _positive_int("ner.beam_width", ner_settings.get("beam_width", 1))  # checked before the slow load
        nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
        if "ner" in nlp.pipe_names and ner_settings.get("backend", "spacy") == "spacy":
            ner = nlp.get_pipe("ner")
            ner.cfg["beam_width"] = beam_width
            if hasattr(ner, "window_chars"):
                ner.window_chars = int(ner_settings.get("window_chars", ner.window_chars))
        # read.max_bytes bounds a document already (a character is at least one byte); spaCy's own
        # 1,000,000-character limit would turn longer documents into E088 errors
        nlp.max_length = max(nlp.max_length, int(config.get("read", {}).get("max_bytes", 0) or 0))
        try:
            check_pipeline_order(nlp)
        except ValueError as exc:
            raise ConfigError(str(exc)) from None
        return cls(nlp, config, with_text=with_text)

    # --- processing -------------------------------------------------------------

    def process(self, documents: Iterable[Document]) -> Iterator[Record]:
        """One record per document, in input order (error records keep their place)."""
        batch: list[tuple[Document, NormalizedText | None, Record | None]] = []
        pending = 0
        for document in documents:
            if not document.ok:
                batch.append((document, None, error_record(document, document.error or "unreadable", self.model_version)))
            else:
                try:
                    nt = self.normalizer.run(document.text)
                    batch.append((document, nt, None))
                    pending += 1
                except Exception as exc:  # noqa: BLE001 - one bad document never stops a batch
                    reason = f"normalisation failed: {_one_line(exc)}"
                    batch.append((document, None, error_record(document, reason, self.model_version)))
            if pending >= self.batch_size or len(batch) >= 4 * self.batch_size:
                yield from self._run_batch(batch)
                batch, pending = [], 0
        if batch:
            yield from self._run_batch(batch)

    def process_one(self, document: Document) -> Record:
        return next(self.process([document]))

    def analyse(self, document: Document) -> tuple[NormalizedText, Doc]:
        """The normalised text and the processed ``Doc`` of one readable document (raises on failure)."""
        nt = self.normalizer.run(document.text)
        doc = self._make_doc(document, nt)
        for _, proc in self.nlp.pipeline:
            doc = proc(doc)
        return nt, doc

    def _make_doc(self, document: Document, nt: NormalizedText) -> Doc:
        """Tokenise and attach what components need to know: input meta, boilerplate regions, the offset map."""
        tokenizer = self.nlp.tokenizer
        if isinstance(tokenizer, NormalizingTokenizer):
            return tokenizer.from_normalized(nt, document.meta)
        doc = self.nlp.make_doc(nt.text)
        set_normalized(doc, nt)
        set_doc_meta(doc, document.meta, nt.boilerplate)
        return doc

    def _run_batch(self, batch: list[tuple[Document, NormalizedText | None, Record | None]]) -> Iterator[Record]:
        todo = [(document, nt) for document, nt, rec in batch if rec is None]
        if len(todo) == 1:  # alone anyway: run it once, component by component
            document, nt = todo[0]
            results = {id(document): self._run_single(document, nt)}
            for document, _, rec in batch:
                yield rec if rec is not None else results[id(document)]
            return
        try:
            with time_budget(self.doc_seconds * len(todo)):
                docs = iter(list(self.nlp.pipe(self._make_doc(d, nt) for d, nt in todo)))
            results = {id(document): self._record(document, nt, next(docs)) for document, nt in todo}
        except Exception:  # noqa: BLE001 - find the culprit document (a failure, a runaway) one by one
            results = {id(document): self._run_single(document, nt) for document, nt in todo}
        for document, _, rec in batch:
            yield rec if rec is not None else results[id(document)]

    def _run_single(self, document: Document, nt: NormalizedText) -> Record:
        step = "tokenizer"
        try:
            with time_budget(self.doc_seconds):
                doc = self._make_doc(document, nt)
                for step, proc in self.nlp.pipeline:
                    doc = proc(doc)
        except DocumentTimeout:
            reason = (f"component {step} ran over the time budget of {self.doc_seconds:g} s per document "
                      "(limits.doc_seconds)")
            return error_record(document, reason, self.model_version)
        except Exception as exc:  # noqa: BLE001
            return error_record(document, f"component {step} failed: {_one_line(exc)}", self.model_version)
        return self._record(document, nt, doc)

    def _record(self, document: Document, nt: NormalizedText, doc: Doc) -> Record:
        try:
            return build_record(document, nt, doc, self.model_version, with_text=self.with_text)
        except Exception as exc:  # noqa: BLE001
            return error_record(document, f"record building failed: {_one_line(exc)}", self.model_version)


def model_version(config: Config) -> str:
    """``ecoie-<version>+<digest>``: the digest covers the configuration, the segmenter cache's manifest
    and every file of the trained models.

    Records carry it, and ``--resume`` only trusts records of the same
    version, so retraining a model or changing a setting redoes the work.
    """
    # the models folder's location differs by working directory and machine; its files are hashed below
    located = config.copy()
    located.setdefault("paths", {})["models"] = "<models>"
    digest = hashlib.sha256(located.to_str(interpolate=False).encode("utf-8"))
    segmenter = str(config.get("segment", {}).get("model_dir", "") or "") or str(pkuseg_model_dir())
    manifest = Path(segmenter) / "manifest.json"
    if manifest.is_file():  # the segmenter cache's format and pruning change the tokens
        digest.update(manifest.read_bytes())
    models = resolve_project_path(str(config.get("paths", {}).get("models", "models")))
    if models.is_dir():
        for path in sorted(p for p in models.rglob("*") if p.is_file()):
            digest.update(str(path.relative_to(models)).encode("utf-8"))
            update_from_file(digest, path)
    return f"ecoie-{__version__}+{digest.hexdigest()[:12]}"


def load_run_config(path: str | Path | None = None, overrides: dict[str, Any] | None = None,
                    disable: Iterable[str] = ()) -> Config:
    """The interpolated configuration a run uses (cheap: no models are loaded)."""
    return load_config(path, overrides, disable).interpolate()


class ModelMissing(FileNotFoundError):
    """A trained model the configuration asks for is not there."""


def configure_ner_backend(config: Config) -> dict[str, Any]:
    """Point the ``ner`` component at the configured backend; check the model exists."""
    settings = dict(config.get("ner", {}))
    if "ner" not in config["nlp"].get("pipeline", []):
        return settings
    backend = settings.get("backend", "spacy")
    model = Path(str(settings.get("model", "")))
    if backend == "spacy":
        source = Path(str(config["components"]["ner"].get("source", model)))
        if not (source / "config.cfg").is_file():
            raise ModelMissing(f"NER model not found at {source}: run `ecoie train ner` (or set ner.model)")
    elif backend == "hanlp":
        config["components"]["ner"] = {"factory": "ecoie_hanlp_ner", "model_dir": str(model)}
    else:
        raise ConfigError(f"unknown ner.backend {backend!r}: choose 'spacy' or 'hanlp'")
    return settings


def _positive_int(key: str, value: Any) -> int:
    """A setting that must be a whole number >= 1, or a one-line ConfigError naming it."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(f"{key}={value!r}: expected a whole number >= 1")
    return value


def _one_line(exc: BaseException) -> str:
    msg = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {msg[0]}" if msg else type(exc).__name__
