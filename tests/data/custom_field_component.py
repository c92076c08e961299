"""A custom component that adds output fields: the contract test loads it with --code.

It is what README "Extending" shows: a factory that declares what it
requires and assigns, and two ``register_output_field`` calls; no change
to ``pipeline/records.py`` or the schema.
"""

from spacy.language import Language

from pipeline.contract import register_output_field

register_output_field("quantity", "digits")           # span._.digits on every QUANTITY
register_output_field("record", "sentence_count")     # doc._.sentence_count on the record


@Language.factory("test_digit_counter", requires=["doc.ents", "token.is_sent_start"],
                  assigns=["span._.digits", "doc._.sentence_count"])
def create_digit_counter(nlp: Language, name: str):
    def count(doc):
        for ent in doc.ents:
            if ent.label_ == "QUANTITY":
                ent._.digits = sum(ch.isdigit() for ch in ent.text)
        doc._.sentence_count = len(list(doc.sents))
        return doc

    return count
