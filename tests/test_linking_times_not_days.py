"""A count of times (次) is never a count of days, whatever day word stands near it (our sentences)."""

from .page_helpers import quantity_links


def test_alerts_and_responses_counted_in_times_are_no_day_counts(nlp):
    text = "今年冬季,全市共发布重污染天气橙色预警5次,启动重污染天气应急响应13次,优良天数为201天。"
    links = quantity_links(nlp, text)
    assert links["5次"][0] not in ("air.heavy_pollution_days", "air.good_days")
    assert links["13次"][0] not in ("air.heavy_pollution_days", "air.good_days")
    assert links["201天"][0] == "air.good_days"


def test_spans_of_hours_and_months_are_no_counts_of_inspections_or_issues(nlp):
    text = ("督察组进驻我市为期2个月,期间共交办群众信访举报件86件;执法人员对重点排污企业实行全天24小时在线监控,"
            "共检查企业310家次。")
    links = quantity_links(nlp, text)
    assert links["2个月"][0] == "other"
    assert links["24小时"][0] == "other"
