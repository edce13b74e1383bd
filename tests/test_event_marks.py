"""Events marked on the month charts, and month axes that read as dates with a start month."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QSize

from desktop_app.core.appdata.examples import load_example
from desktop_app.core.engine.evaluation import evaluate
from desktop_app.core.model.scenario import Event
from desktop_app.gui.charts.components_chart import MonthlyComponentsChart
from desktop_app.gui.charts.cumulative_chart import CumulativeCostChart
from desktop_app.gui.charts.export import _chart_in_scene
from desktop_app.gui.charts.hours_chart import MaintenanceHoursChart
from desktop_app.gui.charts.staleness_chart import StalenessChart
from desktop_app.present.timeline import event_problem, month_axis_labels, month_date

MARKED = (CumulativeCostChart, MonthlyComponentsChart, MaintenanceHoursChart)


def test_month_numbers_without_a_start_month() -> None:
    assert month_axis_labels(36, None) == [(m, str(m)) for m in (6, 12, 18, 24, 30, 36)]
    assert month_axis_labels(12, None) == [(m, str(m)) for m in range(2, 13, 2)]
    assert month_axis_labels(10, None) == [(m, str(m)) for m in range(1, 11)]
    assert month_axis_labels(1, None) == [(1, "1")]


def test_dates_from_a_start_month_are_calendar_aligned_and_thinned() -> None:
    # month 1 is Dec 2026; 36 months at a step of 6: every January and July, years on January
    assert month_axis_labels(36, "2026-12") == [
        (2, "Jan 2027"), (8, "Jul"), (14, "Jan 2028"), (20, "Jul"), (26, "Jan 2029"), (32, "Jul"),
    ]  # fmt: skip
    labels = month_axis_labels(120, "2027-03")
    assert len(labels) <= 8
    assert labels[:2] == [(11, "Jan 2028"), (35, "Jan 2030")]  # step 24: even years only
    assert month_axis_labels(6, "2027-05")[0] == (1, "May 2027")  # the first label has its year
    assert month_date("2027-11", 3) == "Jan 2028"


def test_event_problems_name_the_event_and_the_field_by_label() -> None:
    assert event_problem("events[2].set.base_model.input_per_1m: must be >= 0, got -1") == (
        "Event 3, Base model: input per 1M: must be >= 0, got -1"
    )
    assert event_problem("events[0].month: must be >= 1, got 0") == (
        "Event 1, Month: must be >= 1, got 0"
    )
    assert event_problem("events[1].hours.fine_tuning: must be >= 0, got -2") == (
        "Event 2, Migration hours (fine-tuning): must be >= 0, got -2"
    )
    assert event_problem("horizon_months: must be >= 1") == "horizon_months: must be >= 1"


WINDOW_SIZE = QSize(900, 480)


def laid_out(chart_class: type, scenario, size: QSize = WINDOW_SIZE):
    chart = chart_class(evaluate(scenario))
    return chart, _chart_in_scene(chart, size)


@pytest.mark.parametrize("chart_class", MARKED)
def test_the_example_event_is_marked_at_its_month_with_its_name(qtbot, chart_class) -> None:
    scenario = load_example("ticket-classifier")
    chart, scene = laid_out(chart_class, scenario)
    with scene:
        marks = chart.event_marks
        [(month, text, tip)] = marks.shown
        assert month == 2
        assert text.startswith("1. OpenAI closes") and text.endswith("…")
        assert tip == f"Event 1 · Month 2 (Jan 2027): {scenario.events[0].name}"
        mark = marks.marks[0]
        x = chart.mapToPosition(QPointF(2, 0), chart.series()[0]).x()
        assert mark.rule.line().x1() == pytest.approx(x)
        plot = chart.plotArea()
        assert mark.rule.line().y1() == pytest.approx(plot.top())
        assert mark.rule.line().y2() == pytest.approx(plot.bottom())
        box = mark.box.sceneBoundingRect()
        assert plot.contains(box)
        # the value axis keeps the strip of names free of data
        strip = marks.strip_height()
        assert strip >= box.bottom() - plot.top()
        free_top = chart.y_axis.max() * (1 - strip / plot.height())
        assert free_top == pytest.approx(marks.data_top, rel=1e-6)


def test_the_staleness_chart_has_no_marks_but_dates(qtbot) -> None:
    chart, scene = laid_out(StalenessChart, load_example("ticket-classifier"))
    with scene:
        assert chart.event_marks.shown == []
        assert chart.x_axis.categoriesLabels()[0] == "Jan 2027"


@pytest.mark.parametrize("chart_class", MARKED)
def test_month_axes_read_as_dates_with_a_start_month(qtbot, chart_class) -> None:
    scenario = load_example("ticket-classifier")
    chart, scene = laid_out(chart_class, scenario)
    with scene:
        labels = [text.strip() for text in chart.x_axis.categoriesLabels()]
        assert labels == ["Jan 2027", "Jul", "Jan 2028", "Jul", "Jan 2029", "Jul"]
        assert chart.x_axis.endValue(chart.x_axis.categoriesLabels()[1]) == 8
        chart.show_evaluation(evaluate(scenario.model_copy(update={"start_month": None})))
        assert chart.x_axis.categoriesLabels() == ["6", "12", "18", "24", "30", "36"]


def crowded(scenario):
    events = [
        Event(month=month, name=f"Event with a rather long name number {index + 1}")
        for index, month in enumerate((2, 3, 3, 4, 5, 20, 36, 40))
    ]
    return scenario.model_copy(update={"events": tuple(events)})


@pytest.mark.parametrize("chart_class", MARKED)
def test_crowded_names_never_overlap_and_stay_in_the_plot(qtbot, chart_class) -> None:
    scenario = crowded(load_example("ticket-classifier"))
    for size in (WINDOW_SIZE, QSize(420, 300)):
        chart, scene = laid_out(chart_class, scenario, size)
        with scene:
            shown = chart.event_marks.shown
            assert [month for month, _, _ in shown] == [2, 3, 3, 4, 5, 20, 36]  # 40: past 36
            boxes = [m.box.sceneBoundingRect() for m in chart.event_marks.marks[: len(shown)]]
            plot = chart.plotArea()
            for index, box in enumerate(boxes):
                assert box.left() >= plot.left() - 0.5 and box.right() <= plot.right() + 0.5
                for other in boxes[index + 1 :]:
                    assert not box.intersects(other)
            assert all(tip.startswith("Event ") for _, _, tip in shown)


def test_marks_follow_edits_and_go_when_events_go(qtbot) -> None:
    scenario = load_example("ticket-classifier")
    chart, scene = laid_out(CumulativeCostChart, scenario)
    with scene:
        assert chart.event_marks.strip_height() > 0
        moved = scenario.events[0].model_copy(update={"month": 30, "name": "Moved"})
        chart.show_evaluation(evaluate(scenario.model_copy(update={"events": (moved,)})))
        assert [(m, t) for m, t, _ in chart.event_marks.shown] == [(30, "1. Moved")]
        chart.show_evaluation(evaluate(scenario.model_copy(update={"events": ()})))
        assert chart.event_marks.shown == []
        assert chart.event_marks.strip_height() == 0
        assert chart.y_axis.max() == chart.event_marks.data_top
