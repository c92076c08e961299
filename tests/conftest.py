"""Shared fixtures.  The segmenter model must be provisioned (`make test` does it)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="session")
def extractor():
    from pipeline.extractor import Extractor
    from pipeline.provision import model_is_provisioned

    if not model_is_provisioned():
        pytest.fail("segmenter model not provisioned: run `make test` (it runs `ecoie setup` first)")
    return Extractor.from_config(with_text=True)


@pytest.fixture(scope="session")
def nlp(extractor):
    return extractor.nlp


@pytest.fixture
def seed_texts() -> dict[str, str]:
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="session")
def rule_lists():
    """The entity rule lists as configured (rules, organisation suffixes, surnames), for tests of single passes."""
    from pipeline.components.entity_rules import load_rule_lists

    return load_rule_lists("configs/gazetteers/entity_rules.json", "configs/gazetteers/org_suffixes.txt",
                           "configs/gazetteers/surnames.txt")


@pytest.fixture(scope="session")
def entity_repair(rule_lists):
    """An entity repairer over those lists that knows three bureau posts as titles."""
    from pipeline.components.entity_rules import EntityRepair

    return EntityRepair(rule_lists, {"局长": "TITLE", "副局长": "TITLE", "科长": "TITLE"})


def pytest_terminal_summary(terminalreporter):
    """One line when the browser tests could not run (no Chromium), so nobody mistakes a skip for a pass."""
    reasons = {getattr(r, "longrepr", None) and str(r.longrepr[-1]) for r in terminalreporter.stats.get("skipped", [])
               if isinstance(getattr(r, "longrepr", None), tuple)}
    for reason in sorted(r for r in reasons if r and "browser tests skipped" in r):
        terminalreporter.write_line(reason.removeprefix("Skipped: "))


# Property tests: one fixed, derandomised profile so CI sees the same examples on every run
# (no example database either, which would replay earlier failures only on one machine).
# Each test still sets its own max_examples; this profile is the parent of those settings.
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("ecoie", derandomize=True, deadline=None, database=None,
                                      print_blob=True)
_hypothesis_settings.load_profile("ecoie")


@pytest.fixture(scope="session")
def knowledge(extractor):
    """The entity component's place knowledge and repairer (gazetteers, rule lists), for tests of single passes."""
    return extractor.nlp.get_pipe("entities").knowledge
