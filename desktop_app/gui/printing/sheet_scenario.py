"""The pages of one scenario on the sheet: key figures, advice, charts, tables, assumptions."""

from __future__ import annotations

from datetime import date

from desktop_app.core.engine.kernel import TUNED
from desktop_app.core.i18n import translate
from desktop_app.core.prices.presets import preset_warnings
from desktop_app.core.prices.user_catalog import load_catalog
from desktop_app.gui.charts.components_chart import MonthlyComponentsChart
from desktop_app.gui.charts.cumulative_chart import CumulativeCostChart
from desktop_app.gui.charts.hours_chart import MaintenanceHoursChart
from desktop_app.gui.charts.staleness_chart import StalenessChart
from desktop_app.gui.printing.sheet import Block, Sheet
from desktop_app.present.labels import strategy_name
from desktop_app.present.sheet_assumptions import (
    ASSUMPTION_SECTIONS,
    assumptions_html,
    assumptions_intro_html,
    checklist_html,
    notes_html,
)
from desktop_app.present.sheet_content import (
    SheetItem,
    advice_html,
    components_html,
    figures_html,
    scope_html,
    title_html,
)
from desktop_app.present.sheet_events import events_html


def scenario_blocks(sheet: Sheet, item: SheetItem, first: bool) -> list[Block]:
    """Everything the sheet says about one scenario."""
    return [
        sheet.text(title_html(item), new_page=not first),
        sheet.gap(),
        sheet.text(figures_html(item)),
        sheet.gap(4),
        sheet.text(advice_html(item)),
        sheet.gap(4),
        *_chart_blocks(sheet, item),
        *_table_blocks(sheet, item),
    ]


def _chart_blocks(sheet: Sheet, item: SheetItem) -> list[Block]:
    """The cumulative cost, the recommended strategy's components, hours and staleness."""
    evaluation = item.evaluation
    cumulative = CumulativeCostChart(evaluation)
    if item.uncertainty is not None:
        cumulative.show_uncertainty(item.uncertainty)
    recommended = evaluation.advice.recommendation
    components = MonthlyComponentsChart(evaluation, recommended or evaluation.strategies[0])
    if recommended:
        note = translate("Sheet", "(recommended)")
    else:
        note = translate("Sheet", "(none recommended)")
    components.setTitle(
        translate("Sheet", "Monthly cost by component: {0} {1}").format(
            strategy_name(components.strategy), note
        )
    )
    blocks = [
        sheet.chart(cumulative),
        sheet.gap(4),
        sheet.chart(components),
        sheet.gap(4),
        sheet.chart(MaintenanceHoursChart(evaluation)),
    ]
    if any(key in TUNED for key in evaluation.strategies):  # staleness is the tuned model's
        blocks += [sheet.gap(4), sheet.chart(StalenessChart(evaluation), aspect=0.36)]
    return blocks


def _table_blocks(sheet: Sheet, item: SheetItem) -> list[Block]:
    """The cost by component, scope, events, assumptions, checklist and notes."""
    evaluation = item.evaluation
    scenario = item.scenario
    blocks = [
        sheet.gap(4),
        sheet.text(components_html(evaluation)),
        sheet.gap(4),
        sheet.text(scope_html(evaluation)),
        sheet.gap(4),
        sheet.text(events_html(scenario)),
        sheet.gap(4),
        sheet.text(assumptions_intro_html()),
    ]
    for title, prefixes in ASSUMPTION_SECTIONS:
        blocks.append(sheet.text(assumptions_html(scenario, title, prefixes, item.money_rate)))
    warnings = preset_warnings(scenario, load_catalog(), date.today())
    blocks += [
        sheet.text(checklist_html(scenario)),
        sheet.gap(4),
        sheet.text(notes_html(scenario, warnings)),
    ]
    return blocks
