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
