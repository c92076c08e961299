"""The rule passes of ``ecoie_entities``, one module per family of entities.

Each pass is a plain function over the candidates chosen so far (:data:`.placing.Candidate`) that
returns the new list; ``EntityMerger.__call__`` runs them in a fixed order.  What the passes share
about places is one :class:`.knowledge.PlaceKnowledge`, passed to the passes that read it.

* :mod:`.places` — places in lists, by short names, in slogans and zones; joining places written together
* :mod:`.natural_features` — rivers, lakes, mountains and regions (LOC)
* :mod:`.towns` — towns, villages and hamlets, and chains of them
* :mod:`.bodies` — organisations as written, with their place, level or section; task forces, plants
* :mod:`.body_lists` — bodies read from the lists they stand in, outlets of media lists
* :mod:`.persons` — names after titles, listed, named again; hidden names
* :mod:`.titles` — whole posts, committees with their position, titles only beside a person
* :mod:`.placing` — how a new place or feature is put among the candidates
"""
