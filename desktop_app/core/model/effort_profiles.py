"""Effort profiles: sets of engineering-hour estimates with their ranges, for one-step use.

Engineering hours are most of the total in most cases, and a single number hides how unsure
it is. A profile fills every hour estimate of `effort` (setup, monitoring, content updates,
retraining, incidents and their hours; not the hourly rate, which is the user's own pay level
and currency) and gives each a range (a triangular uncertainty entry around it), so Monte
Carlo and the tornado show what the estimate is worth. The basis of each default is written in
docs/model.md ("Effort defaults and profiles"). `apply_profile` returns one new scenario (one
undo step in the window); `matching_profile` says which profile a scenario's hours are, or
"custom".
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.model.fields import value_at, with_values
from desktop_app.core.model.scenario import STRATEGY_KEYS, Scenario

CUSTOM = "custom"
CUSTOM_TITLE = "Custom hour estimates"
"""The title of hours that match no profile."""
PER_STRATEGY = (
    "setup_hours",
    "monitoring_hours_per_month",
    "incidents_per_month",
    "hours_per_incident",
)


@dataclass(frozen=True)
class EffortProfile:
    """Hour estimates for every effort field, and how far each may be off (low, high factors)."""

    name: str
    title: str
    description: str
    per_strategy: dict[str, tuple[float, float, float, float]]  # field: values in STRATEGY_KEYS
    shared: dict[str, float]
    low: float  # the range's low end as a share of the value
    high: float  # the range's high end as a share of the value

    def values(self) -> dict[str, float]:
        """Every effort field the profile sets, by dotted path."""
        found = {
            f"effort.{field}.{key}": value
            for field, values in self.per_strategy.items()
            for key, value in zip(STRATEGY_KEYS, values, strict=True)
        }
        found.update({f"effort.{field}": value for field, value in self.shared.items()})
        return found

    def ranges(self, strategies: tuple[str, ...] = STRATEGY_KEYS) -> list[dict[str, object]]:
        """Triangular uncertainty entries around each value (only the compared strategies)."""
        entries = []
        for path, value in self.values().items():
            key = path.rsplit(".", 1)[-1]
            if key in STRATEGY_KEYS and key not in strategies:
                continue
            entries.append(
                {
                    "field": path,
                    "low": round(value * self.low, 3),
                    "high": round(value * self.high, 3),
                    "distribution": "triangular",
                }
            )
        return entries


PROFILES: dict[str, EffortProfile] = {
    profile.name: profile
    for profile in (
        EffortProfile(
            name="standard",
            title="Standard (the defaults)",
            description="A team that has shipped software but not this kind of system; the "
            "model's defaults.",
            per_strategy={
                "setup_hours": (80, 120, 160, 40),
                "monitoring_hours_per_month": (4, 6, 8, 3),
                "incidents_per_month": (2, 2, 2, 2),
                "hours_per_incident": (1.5, 6, 3, 1.5),
            },
            shared={"hours_per_content_update": 0.25, "hours_per_retrain": 24},
            low=0.7,
            high=1.8,
        ),
        EffortProfile(
            name="small-team-existing-platform",
            title="Small team, existing platform",
            description="Two or three engineers with an LLM platform in place: ingestion, a "
            "vector store, an evaluation harness and a deployment pipeline already exist.",
            per_strategy={
                "setup_hours": (40, 64, 88, 20),
                "monitoring_hours_per_month": (2, 4, 5, 1.5),
                "incidents_per_month": (1, 1.5, 1.5, 1),
                "hours_per_incident": (1, 4, 2, 1),
            },
            shared={"hours_per_content_update": 0.1, "hours_per_retrain": 12},
            low=0.7,
            high=1.6,
        ),
        EffortProfile(
            name="first-build",
            title="First build",
            description="The first system of its kind: the pipeline, the evaluation set and "
            "the deployment are built from nothing, and the team learns on the way.",
            per_strategy={
                "setup_hours": (160, 240, 320, 80),
                "monitoring_hours_per_month": (6, 10, 12, 4),
                "incidents_per_month": (3, 3, 3, 3),
                "hours_per_incident": (2, 8, 4, 2),
            },
            shared={"hours_per_content_update": 0.5, "hours_per_retrain": 40},
            low=0.6,
            high=2.0,
        ),
        EffortProfile(
            name="regulated-enterprise",
            title="Regulated enterprise",
            description="Security and privacy review, an approved evaluation protocol, change "
            "management and audit records for every model version and content release.",
            per_strategy={
                "setup_hours": (320, 480, 600, 200),
                "monitoring_hours_per_month": (12, 16, 20, 10),
                "incidents_per_month": (2, 2, 2, 2),
                "hours_per_incident": (4, 12, 6, 4),
            },
            shared={"hours_per_content_update": 1.0, "hours_per_retrain": 80},
            low=0.75,
            high=1.75,
        ),
    )
}


def profile(name: str) -> EffortProfile:
    """The profile called `name` (KeyError lists the names)."""
    if name not in PROFILES:
        raise KeyError(f"no effort profile {name!r}; the profiles are {', '.join(PROFILES)}")
    return PROFILES[name]


def apply_profile(scenario: Scenario, name: str) -> Scenario:
    """The scenario with the profile's hours and their ranges, as one new scenario.

    Existing uncertainty entries of the fields the profile sets are replaced (so is one on the
    group `effort.incidents_per_month`, which the per-strategy ranges take over); every other
    entry is kept.
    """
    chosen = profile(name)
    values: dict[str, object] = dict(chosen.values())
    ranges = chosen.ranges(scenario.strategies)
    taken = set(values) | {"effort.incidents_per_month"}
    kept = [entry.model_dump() for entry in scenario.uncertainty if entry.field not in taken]
    values["uncertainty"] = kept + ranges
    return with_values(scenario, values)


def matching_profile(scenario: Scenario) -> str:
    """The name of the profile whose hours the scenario has, or "custom"."""
    for name, candidate in PROFILES.items():
        if all(value_at(scenario, path) == value for path, value in candidate.values().items()):
            return name
    return CUSTOM


def profile_title(scenario: Scenario) -> str:
    """What the sheet and the window call the scenario's effort: a profile's title or custom."""
    name = matching_profile(scenario)
    return CUSTOM_TITLE if name == CUSTOM else PROFILES[name].title
