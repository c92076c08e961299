"""Set-up of the segmenter model: hash check, safe conversion, cache layout."""

from __future__ import annotations

import io
import pickle
import tarfile

import pytest

from pipeline.provision import MODEL_FILES, ProvisionError, model_is_provisioned, provision_pkuseg, safe_unpickle


class Evil:
    def __reduce__(self):
        return (print, ("owned",))


def test_safe_unpickle_allows_plain_data():
    data = {"unigram": {"a", "b"}, "feature_to_idx": {"x": 1}, "tag_to_idx": {"B": 0}}
    assert safe_unpickle(pickle.dumps(data)) == data


def test_safe_unpickle_refuses_code():
    with pytest.raises(ProvisionError, match="refusing"):
        safe_unpickle(pickle.dumps(Evil()))


def test_hash_mismatch_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("ECOIE_HOME", str(tmp_path / "cache"))
    fake = tmp_path / "pkuseg-0.0.25.tar.gz"
    with tarfile.open(fake, "w:gz") as tar:
        info = tarfile.TarInfo("pkuseg-0.0.25/README")
        info.size = 2
        tar.addfile(info, io.BytesIO(b"hi"))
    with pytest.raises(ProvisionError, match="sha256"):
        provision_pkuseg(archive=fake)
    assert not model_is_provisioned(tmp_path / "cache" / "pkuseg" / "mixed")


def test_provisioned_cache_is_complete(extractor):
    from pipeline.paths import pkuseg_model_dir

    d = pkuseg_model_dir()
    assert all((d / f).is_file() for f in MODEL_FILES)
    assert not list(d.glob("*.pkl"))


def test_slim_features_drops_training_only_data_and_weak_rows():
    import numpy as np

    from pipeline.provision import slim_features

    data = {"unigram": {"b", "a"}, "bigram": {"a*b"}, "feature_to_idx": {"strong": 0, "weak": 1, "zero": 2},
            "tag_to_idx": {"B": 0, "I": 1}}
    n_tag, n_feature = 2, 3
    weights = np.array([0.5, -0.2, 0.002, -0.001, 0.0, 0.0] + [0.1] * (n_tag * n_tag))  # rows, then transitions
    slim = slim_features(data, weights, n_tag, n_feature, prune_below=0.003)
    assert slim["bigram"] == [] and slim["unigram"] == ["a", "b"]
    assert slim["feature_to_idx"] == {"strong": 0}  # indices unchanged: the weight matrix still fits
    assert slim_features(data, weights, n_tag, n_feature, prune_below=0)["feature_to_idx"] == data["feature_to_idx"]


def test_provisioned_cache_is_the_current_format(extractor):
    import json

    from pipeline.paths import pkuseg_model_dir
    from pipeline.provision import CACHE_FORMAT, cache_format

    assert cache_format(pkuseg_model_dir()) == CACHE_FORMAT
    manifest = json.loads((pkuseg_model_dir() / "manifest.json").read_text(encoding="utf-8"))
    assert 0 < manifest["features_kept"] < manifest["features"]
