"""A count of times (次) is never a count of days, whatever day word stands near it (our sentences)."""


def _links(nlp, text):
    return {e.text: (e._.indicator, e._.role) for e in nlp(text).ents if e.label_ == "QUANTITY"}


def test_alerts_and_responses_counted_in_times_are_no_day_counts(nlp):
    text = "今年冬季,全市共发布重污染天气橙色预警5次,启动重污染天气应急响应13次,优良天数为201天。"
    links = _links(nlp, text)
    assert links["5次"][0] not in ("air.heavy_pollution_days", "air.good_days")
    assert links["13次"][0] not in ("air.heavy_pollution_days", "air.good_days")
    assert links["201天"][0] == "air.good_days"
