"""The optional HanLP NER backend: a model trained here, loaded through the config.

Runs where the ``ecoie[hanlp]`` extra is installed (``make test-hanlp`` in CI,
with torch 2.13.0 CPU); the error path without a model runs everywhere.
"""

from __future__ import annotations

import pytest

from pipeline.io.readers import Document

SENTENCES = [
    ("聊城市生态环境局局长吕克军介绍全市情况", [("聊城市生态环境局", "ORG"), ("局长", "TITLE"), ("吕克军", "PERSON")]),
    ("廊坊市委宣传部科长吴源生主持发布会", [("廊坊市委宣传部", "ORG"), ("科长", "TITLE"), ("吴源生", "PERSON")]),
    ("济宁市生态环境局副局长张斌举讲话", [("济宁市生态环境局", "ORG"), ("副局长", "TITLE"), ("张斌举", "PERSON")]),
]


def _examples():
    out = []
    for text, ents in SENTENCES:
        out.append((text, [(text.index(s), text.index(s) + len(s), lab) for s, lab in ents]))
    return out


def test_missing_hanlp_model_is_a_clear_error(tmp_path):
    from pipeline.components.hanlp_ner import HanLPUnavailable
    from pipeline.extractor import Extractor

    with pytest.raises(HanLPUnavailable, match="no HanLP model"):
        Extractor.from_config(overrides={"ner.backend": "hanlp", "ner.model": str(tmp_path / "none")})


@pytest.mark.hanlp
def test_hanlp_model_trained_here_runs_in_the_pipeline(tmp_path, extractor):
    pytest.importorskip("hanlp")
    from hanlp.components.ner.rnn_ner import RNNNamedEntityRecognizer

    from pipeline.extractor import Extractor
    from pipeline.training.hanlp_ner import write_bio

    write_bio(tmp_path / "trn.tsv", _examples() * 30)
    write_bio(tmp_path / "dev.tsv", _examples())
    model_dir = tmp_path / "model"
    RNNNamedEntityRecognizer().fit(str(tmp_path / "trn.tsv"), str(tmp_path / "dev.tsv"), str(model_dir), epochs=40,
                                   embed=64, rnn_hidden=128, batch_size=8, lr=0.005, drop=0.1, crf=False,
                                   tagging_scheme="BIO", verbose=False)
    assert (model_dir / "config.json").is_file()
    ex = Extractor.from_config(overrides={"ner.backend": "hanlp", "ner.model": str(model_dir)})
    assert ex.nlp.get_pipe("ner").__class__.__name__ == "HanLPNer"
    rec = ex.process_one(Document("h", SENTENCES[0][0]))
    found = {(e.text, e.label) for e in rec.entities}
    assert ("吕克军", "PERSON") in found and ("聊城市生态环境局", "ORG") in found, found


@pytest.mark.hanlp
def test_train_hanlp_ner_command_path(tmp_path, extractor):
    pytest.importorskip("hanlp")
    from pipeline.training.hanlp_ner import train_hanlp_ner
    from pipeline.training.ner import TrainSettings

    out = train_hanlp_ner(tmp_path / "hanlp_ner", TrainSettings(corpus_sample=50, corpora=(), domain_repeat=1),
                          epochs=1, embed=16, hidden=16, log=lambda s: None)
    assert (out / "config.json").is_file()
