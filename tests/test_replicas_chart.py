"""The replicas chart reads like the other month charts: dates, events, whole replicas."""

from __future__ import annotations

import numpy as np

from desktop_app.core.appdata.examples import load_example
from desktop_app.core.engine.evaluation import evaluate
from desktop_app.gui.charts.hours_chart import MaintenanceHoursChart
from desktop_app.gui.charts.replicas_chart import LINE_WIDTH, TIE_BORDER, ReplicasChart


def test_the_month_axis_reads_as_dates_and_marks_the_events_like_the_hours_chart(qtbot) -> None:
    evaluation = evaluate(load_example("support-chatbot"))  # starts 2026-12, an event in month 2
    replicas, hours = ReplicasChart(evaluation), MaintenanceHoursChart(evaluation)
    labels = replicas.x_axis.categoriesLabels()
    assert "Jan 2027" in labels and labels == hours.x_axis.categoriesLabels()
    assert replicas.event_marks.shown and replicas.event_marks.shown == hours.event_marks.shown


def test_the_value_axis_counts_whole_replicas(qtbot) -> None:
    for example in ("support-chatbot", "docs-bot-reranker", "classifier-open-weights"):
        chart = ReplicasChart(evaluate(load_example(example)))
        ticks = [float(label) for label in chart.y_axis.categoriesLabels()]
        assert len(ticks) >= 2 and all(tick.is_integer() for tick in ticks), (example, ticks)


def test_a_line_under_another_with_the_same_replicas_shows_as_its_border(qtbot) -> None:
    evaluation = evaluate(load_example("support-chatbot"))
    tuned, hybrid = (
        np.asarray(evaluation.monthly(key, "replicas")) for key in ("fine_tuning", "hybrid")
    )
    assert np.array_equal(tuned, hybrid) and tuned.max() > 0  # the same tuned model, dedicated
    chart = ReplicasChart(evaluation)
    assert chart.lines["hybrid"].pen().widthF() == LINE_WIDTH  # drawn last, on top
    assert chart.lines["fine_tuning"].pen().widthF() == LINE_WIDTH + TIE_BORDER
    apart = ReplicasChart(evaluate(load_example("classifier-open-weights")))  # 2 against 6-8
    assert {line.pen().widthF() for line in apart.lines.values()} == {LINE_WIDTH}
