"""The app's help in words: the user guide, the first-run note and "What's this" texts.

Qt-free and in one place, so that a translation step finds every sentence here or in
`resources/help/` (the guide itself, one HTML file per language). The texts are marked for
translation under the context "Help" and translated where they are read; the guide's file is
itself a translated text (`user-guide.de.html` in German).
"""

from __future__ import annotations

from functools import cache

from desktop_app.core.appdata.resources import resource
from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate

GUIDE_FILE = ("help", QT_TRANSLATE_NOOP("Help", "user-guide.html"))
"""The guide's folder and file; the file's name is translated (one guide per language)."""


def user_guide_html() -> str:
    """The user guide as HTML in the user's language (the Help > User Guide window)."""
    folder, name = GUIDE_FILE
    return _guide(folder, translate("Help", name))


@cache
def _guide(folder: str, name: str) -> str:
    path = resource(folder, name)
    if not path.is_file():
        path = resource(*GUIDE_FILE)  # a language without its own guide reads the English one
    return path.read_text(encoding="utf-8")


FIRST_RUN_TITLE = QT_TRANSLATE_NOOP("Help", "This is an example")
FIRST_RUN_TEXT = QT_TRANSLATE_NOOP(
    "Help",
    "The window shows a worked example: “{name}”. Every number on the left can be changed, "
    "and the figures, advice and charts follow at once. To price your own case, choose "
    "File > New (or File > Open Example for a closer one) and save it with File > Save. "
    "Help > User Guide (F1) explains the strategies and charts.",
)
"""The note shown above the example the first time the app starts without a file."""


def first_run_text(example_name: str) -> str:
    """The first-run note for the example shown."""
    return translate("Help", FIRST_RUN_TEXT).format(name=example_name)


def first_run_title() -> str:
    """The first-run note's title, in the user's language."""
    return translate("Help", FIRST_RUN_TITLE)


FIGURES: dict[str, str] = {
    "Total cost": QT_TRANSLATE_NOOP(
        "Help",
        "Everything the strategy costs over the horizon: model calls, embedding and the vector "
        "store, training and evaluation, hosting, the engineering hours at the hourly rate and, "
        "when they are priced, wrong answers.",
    ),
    "Present value": QT_TRANSLATE_NOOP(
        "Help",
        "The total cost with later months discounted at the scenario's discount rate: what "
        "the spending is worth today.",
    ),
    "Cost per 1,000 queries": QT_TRANSLATE_NOOP(
        "Help",
        "The total cost divided by the queries answered over the horizon, per 1,000 queries.",
    ),
    "Maintenance hours": QT_TRANSLATE_NOOP(
        "Help",
        "Engineering hours over the horizon: setup, monitoring, incidents, content updates "
        "and retraining.",
    ),
    "Trainings": QT_TRANSLATE_NOOP(
        "Help",
        "Training runs over the horizon, the first one included (fine-tuning and hybrid only).",
    ),
    "Staleness mean / max": QT_TRANSLATE_NOOP(
        "Help",
        "Share of the content the fine-tuned model has not learned yet, averaged over the "
        "months and at its worst. Retraining brings it back to 0 %.",
    ),
    "Dedicated replicas": QT_TRANSLATE_NOOP(
        "Help",
        "The most replicas (GPU endpoints billed by the hour) the strategy needs in any month, "
        "sized for the busiest hour; 0 when a provider bills tokens.",
    ),
    "Wrong answers": QT_TRANSLATE_NOOP(
        "Help",
        "Answers expected to be wrong over the horizon: the strategy's own error rate, plus "
        "the errors a stale fine-tuned model adds.",
    ),
    "Cost of wrong answers": QT_TRANSLATE_NOOP(
        "Help",
        "The wrong answers over the horizon at the scenario's cost per wrong answer.",
    ),
    "Prompt exceeds window from": QT_TRANSLATE_NOOP(
        "Help",
        "Long context only: the first month in which the corpus and the question no longer fit "
        "the model's context window. From then on the strategy is not feasible.",
    ),
    "Cheaper than embeddings from": QT_TRANSLATE_NOOP(
        "Help",
        "The break-even month: from this month to the end of the horizon, the strategy's "
        "cumulative cost stays at or below that of embeddings. 'never': it is dearer at the end.",
    ),
    "Total cost P10": QT_TRANSLATE_NOOP(
        "Help",
        "From the Monte Carlo run over the inputs' ranges: 10 % of the drawn scenarios cost "
        "less than this.",
    ),
    "Total cost P90": QT_TRANSLATE_NOOP(
        "Help",
        "From the Monte Carlo run over the inputs' ranges: 10 % of the drawn scenarios cost "
        "more than this.",
    ),
    "Chance of being cheapest": QT_TRANSLATE_NOOP(
        "Help",
        "Share of the Monte Carlo samples in which this strategy has the lowest total cost.",
    ),
}
"""What each key figure (a row of the figures table) means, by its label."""

STRATEGIES: dict[str, str] = {
    "embeddings": QT_TRANSLATE_NOOP(
        "Help",
        "Embeddings (retrieval): each query fetches the closest chunks of the content from a "
        "vector store and sends them to the base model. Cheap to keep up to date.",
    ),
    "fine_tuning": QT_TRANSLATE_NOOP(
        "Help",
        "Fine-tuning: the content and behaviour are trained into a model of your own; no "
        "retrieval. It goes stale as the content changes, until it is retrained.",
    ),
    "hybrid": QT_TRANSLATE_NOOP(
        "Help",
        "Hybrid: a fine-tuned model for the behaviour, retrieval for the knowledge. It pays for "
        "both, but retrains rarely.",
    ),
    "long_context": QT_TRANSLATE_NOOP(
        "Help",
        "Long context: the whole corpus is sent with every query as a cached prompt; no index "
        "and no training. Feasible only while the corpus fits the context window.",
    ),
}
"""What each strategy (a column of the figures table) is, by its key."""


def figure_help(label: str) -> str:
    """What a key figure means ('' for a label without a text); `label` may be translated."""
    if label not in FIGURES:
        shown = {translate("Figures", name): name for name in FIGURES}
        for name in ("Total cost P10", "Total cost P90", "Chance of being cheapest"):
            shown[translate("Sheet", name)] = name  # present.tables.UNCERTAIN_ROWS
        label = shown.get(label, label)
    return translate("Help", FIGURES[label]) if label in FIGURES else ""


def strategy_help(key: str) -> str:
    """What a strategy is ('' for an unknown key)."""
    return translate("Help", STRATEGIES[key]) if key in STRATEGIES else ""


FIGURES_TABLE = QT_TRANSLATE_NOOP(
    "Help",
    "Key figures: one column per strategy, the cheapest marked ✓. Choose Help > What's This? "
    "and click a row or a column heading to read what it means.",
)
CHARTS = QT_TRANSLATE_NOOP(
    "Help",
    "The charts of the scenario. Ctrl+Shift+T, or Show as Table in a chart's context menu, "
    "shows the chart's numbers as a table.",
)
ADVICE = QT_TRANSLATE_NOOP(
    "Help", "The recommended strategy, the reasons behind it and the warnings."
)


def panel_help(text: str) -> str:
    """One of the panels' texts above (FIGURES_TABLE, CHARTS, ADVICE) in the user's language."""
    return translate("Help", text)


CHART_HELP: dict[str, str] = {
    "CumulativeCostChart": QT_TRANSLATE_NOOP(
        "Help",
        "What each strategy has cost so far, month by month. A marked month is a break-even: "
        "from there the cheaper strategy stays cheaper to the end. With ranges on inputs, the "
        "shaded band holds the middle 80 % of the Monte Carlo outcomes (P10 to P90) and the "
        "dashed line is the median (P50).",
    ),
    "MonthlyComponentsChart": QT_TRANSLATE_NOOP(
        "Help",
        "One strategy's cost in each month, stacked by what it pays for (embedding, the vector "
        "store, inference, training, hosting, engineering…); pick the strategy above it.",
    ),
    "MaintenanceHoursChart": QT_TRANSLATE_NOOP(
        "Help",
        "Engineering hours each strategy needs per month: setup in the first month, then "
        "monitoring, incidents, content updates and retraining.",
    ),
    "StalenessChart": QT_TRANSLATE_NOOP(
        "Help",
        "Share of the content the fine-tuned model has not learned, month by month; each "
        "triangle is a retraining, which brings it back to 0 %.",
    ),
    "ReplicasChart": QT_TRANSLATE_NOOP(
        "Help",
        "Replicas each strategy keeps running per month when its model is served on dedicated "
        "endpoints: whole replicas, so the line steps up as the busiest hour's load grows.",
    ),
    "TornadoChart": QT_TRANSLATE_NOOP(
        "Help",
        "Each bar moves one input alone to its low (pale) and high (deep) end and shows how far "
        "the difference fine-tuning − embeddings moves. The inputs at the top matter most.",
    ),
    "ComparisonChart": QT_TRANSLATE_NOOP(
        "Help", "Cumulative cost of every strategy of each scenario compared."
    ),
    "DecisionMapView": QT_TRANSLATE_NOOP(
        "Help",
        "Each cell takes the colour of the cheapest strategy for those two inputs; the ring is "
        "your scenario. Near a border, a small change of either input changes the answer.",
    ),
}
"""What's This of each chart, by the class that draws it."""


def chart_help(kind: str) -> str:
    """What a chart shows, by the name of its class ('' for another)."""
    return translate("Help", CHART_HELP[kind]) if kind in CHART_HELP else ""
