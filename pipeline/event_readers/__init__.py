"""The rules ``ecoie_events`` (``components/events.py``) reads events by, one module a family.

Each module is a set of plain functions.  What the rules share is passed explicitly: the event words
compiled once per pipeline (:class:`~pipeline.event_readers.words.EventWords`) and the document being
read with its once-per-document lists (:class:`~pipeline.event_readers.page.EventPage`).

* ``gatherings``: the reports of a press conference or meeting chosen, one event a day;
* ``reports``: does a sentence report a gathering (a convening verb and the gathering's name);
* ``press_conferences``: the pages that record one (transcript header, moderator's opening turn,
  record headline) and briefings to the press;
* ``meetings``: committee sessions and inspection feedbacks that name their convener, meetings an
  official attends and speaks at;
* ``organisers``: who convened a gathering;
* ``speakers``: who spoke and who chaired, and the convener's name lent to their posts;
* ``dates``: the day a gathering was held and its year;
* ``outcomes``: one enforcement outcome per place and period; ``outcome_figures``: which figures count
  and which is each indicator's headline;
* ``page``: where a document's lead and paragraphs end; ``words``: the compiled word lists.
"""

# The rules use helpers of other components (``components/officials.py``, ``components/spans.py``), and
# importing any module of ``pipeline.components`` registers every component, ``ecoie_events`` among them,
# which imports these rules: the components are loaded first, so that a module of this package imported
# on its own does not meet itself half-initialised.
from .. import components  # noqa: F401  (import order, see above)
