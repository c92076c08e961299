"""Provision the pkuseg segmenter model from PyPI, without unpickling at run time.

spacy-pkuseg downloads its models from a web site this project cannot reach.
The same mixed-domain model ships inside the PyPI source distribution
``pkuseg==0.0.25``; ``ecoie setup`` fetches it with pip, checks its hash,
converts the pickled feature table to msgpack once (the format
spacy-pkuseg itself saves), turns the post-processing dictionary into a plain
word list, and caches the result under :func:`paths.pkuseg_model_dir`.

The one-off conversion reads the pickles with an unpickler that refuses every
global except plain containers, so even the set-up step cannot execute code
from the archive.  At run time only msgpack, npz and text files are read.
"""

from __future__ import annotations

import io
import json
import pickle
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import srsly

from .digest import sha256_file
from .paths import pkuseg_model_dir

PKUSEG_SDIST = "pkuseg==0.0.25"
PKUSEG_SHA256 = "dd012bf93689721c9574bc2b2ba98fb4ac22790cec0af354a78e217828b81e91"
MEMBERS = {
    "features": "pkuseg-0.0.25/pkuseg/models/default/features.pkl",
    "weights": "pkuseg-0.0.25/pkuseg/models/default/weights.npz",
}
#: files a provisioned model directory must hold
MODEL_FILES = ("features.msgpack", "weights.npz", "postprocess_words.txt", "manifest.json")


class ProvisionError(RuntimeError):
    """Set-up could not obtain or convert the segmenter model."""


class _ContainersOnly(pickle.Unpickler):
    """Unpickler that allows plain data only (dict, list, set, str, numbers)."""

    _ALLOWED = {("builtins", "set"), ("builtins", "frozenset")}

    def find_class(self, module: str, name: str):  # noqa: D401 - pickle API
        if (module, name) in self._ALLOWED:
            return getattr(__import__(module), name)
        raise ProvisionError(f"refusing to unpickle {module}.{name}")


def safe_unpickle(data: bytes):
    return _ContainersOnly(io.BytesIO(data)).load()


def model_is_provisioned(model_dir: Path | None = None) -> bool:
    model_dir = model_dir or pkuseg_model_dir()
    return all((model_dir / f).is_file() for f in MODEL_FILES)


def download_sdist(dest: Path) -> Path:
    """Fetch the pkuseg source distribution through pip (PyPI is reachable)."""
    cmd = [
        sys.executable, "-m", "pip", "download", "--no-deps", "--no-build-isolation",
        "--no-binary", ":all:", "--disable-pip-version-check", "-q", PKUSEG_SDIST, "-d", str(dest),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    archives = sorted(dest.glob("pkuseg-0.0.25*.tar.gz"))
    if proc.returncode != 0 or not archives:
        last = (proc.stderr or proc.stdout or "no output").strip().splitlines()[-1:]
        raise ProvisionError(f"pip could not download {PKUSEG_SDIST}: {' '.join(last)}")
    return archives[0]


def _default_dictionary_words() -> list[str]:
    """spacy-pkuseg's post-processing word list, read once from its pickle."""
    import spacy_pkuseg

    pkl = Path(spacy_pkuseg.__file__).parent / "dicts" / "default.pkl"
    words = safe_unpickle(pkl.read_bytes())
    if not isinstance(words, str):
        raise ProvisionError("unexpected content in spacy-pkuseg's default dictionary")
    return [w for w in words.strip().split("\n") if w]


#: version of the cache layout; ``ecoie setup`` rebuilds older caches
CACHE_FORMAT = 2
#: feature rows whose five tag weights are all at most this (in absolute value) are left out of the table
DEFAULT_PRUNE_BELOW = 0.003


def slim_features(data: dict, weights: "np.ndarray", n_tag: int, n_feature: int, prune_below: float) -> dict:
    """The feature table the segmenter needs at run time, and only that.

    * ``bigram`` is read only when spacy-pkuseg builds training features;
      decoding (``get_node_features_idx``) never looks at it, so it is stored
      empty — 1.1 M strings fewer to build at every start.
    * Features whose weights are all within ``prune_below`` of zero hardly
      move a tag score; leaving them out of ``feature_to_idx`` drops 23% of
      the table at 0.003, which changed none of the 103,798 token boundaries
      of the 162 annotated texts (``benchmarks/pkuseg_pruning.py``).
      Indices are kept, so the weight matrix is untouched.
    """
    import numpy as np

    table = data["feature_to_idx"]
    if prune_below > 0:
        strongest = np.abs(np.asarray(weights[: n_feature * n_tag]).reshape(n_feature, n_tag)).max(axis=1)
        table = {k: v for k, v in table.items() if v >= n_feature or strongest[v] > prune_below}
    return {"unigram": sorted(data["unigram"]), "bigram": [], "feature_to_idx": table, "tag_to_idx": data["tag_to_idx"]}


def convert_archive(archive: Path, out_dir: Path, prune_below: float = DEFAULT_PRUNE_BELOW) -> dict:
    """Extract weights and convert features from the verified sdist into ``out_dir``; return facts for the manifest."""
    import numpy as np

    out_dir.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "r:gz") as tar:
        try:
            feat = tar.extractfile(MEMBERS["features"])
            weights = tar.extractfile(MEMBERS["weights"])
        except KeyError as exc:
            raise ProvisionError(f"archive lacks {exc}") from None
        if feat is None or weights is None:
            raise ProvisionError("archive members are not regular files")
        data = safe_unpickle(feat.read())
        (out_dir / "weights.npz").write_bytes(weights.read())
    if not isinstance(data, dict) or not {"unigram", "bigram", "feature_to_idx", "tag_to_idx"} <= set(data):
        raise ProvisionError("unexpected structure in features.pkl")
    with np.load(out_dir / "weights.npz", allow_pickle=False) as npz:
        w, n_tag, n_feature = npz["w"], int(npz["sizes"][0]), int(npz["sizes"][1])
    slim = slim_features(data, w, n_tag, n_feature, prune_below)
    srsly.write_msgpack(out_dir / "features.msgpack", slim)
    (out_dir / "postprocess_words.txt").write_text("\n".join(_default_dictionary_words()) + "\n", encoding="utf-8")
    return {"format": CACHE_FORMAT, "prune_below": prune_below, "features": len(data["feature_to_idx"]),
            "features_kept": len(slim["feature_to_idx"])}


def cache_format(model_dir: Path) -> int:
    try:
        return int(json.loads((model_dir / "manifest.json").read_text(encoding="utf-8")).get("format", 1))
    except (OSError, ValueError):
        return 0


def provision_pkuseg(force: bool = False, archive: Path | None = None) -> Path:
    """Make sure the segmenter model is in the cache; return its directory.

    Idempotent: a provisioned cache is left alone unless ``force``.  The cache
    is filled through a temporary directory renamed into place, so an
    interrupted set-up never leaves a half-written model.
    """
    target = pkuseg_model_dir()
    if model_is_provisioned(target) and cache_format(target) >= CACHE_FORMAT and not force:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        tmp_path = Path(tmp)
        if archive is None:
            archive = download_sdist(tmp_path / "dl")
        digest = sha256_file(archive)
        if digest != PKUSEG_SHA256:
            raise ProvisionError(f"{archive.name}: sha256 {digest} does not match the expected {PKUSEG_SHA256}")
        build = tmp_path / "model"
        facts = convert_archive(archive, build)
        manifest = {"source": PKUSEG_SDIST, "sha256": digest, **facts, "files": sorted(p.name for p in build.iterdir())}
        (build / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        if target.exists():
            shutil.rmtree(target)
        build.rename(target)
    return target
