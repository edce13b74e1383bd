"""Retirements and closings of a scenario's presets become events to offer, at the right month."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.appdata.scenario_files import save_scenario
from desktop_app.core.engine.evaluation import evaluate
from desktop_app.core.model.events import calendar_month
from desktop_app.core.model.fields import with_values
from desktop_app.core.model.scenario import Scenario
from desktop_app.core.prices.presets import apply_preset, find
from desktop_app.core.prices.retirement_events import event_offers, month_of
from desktop_app.core.prices.user_catalog import load_catalog
from desktop_app.launch import main


def with_presets(start_month: str | None, horizon: int = 36, **roles: str) -> Scenario:
    entries = load_catalog()
    scenario = with_values(Scenario(), {"start_month": start_month, "horizon_months": horizon})
    for role, entry_id in roles.items():
        scenario, _ = apply_preset(scenario, role, find(entries, entry_id))
    return scenario


def test_month_of_counts_from_start_month() -> None:
    assert month_of("2026-12", date(2026, 12, 31)) == 1
    assert month_of("2026-12", date(2027, 1, 14)) == 2  # gpt-4.1-mini's retirement
    assert month_of("2026-12", date(2028, 1, 1)) == 14
    assert month_of("2026-12", date(2026, 10, 23)) == -1  # before month 1


def test_a_retiring_base_model_moves_to_its_successor_in_the_month_of_the_date() -> None:
    scenario = with_presets("2026-12", base_model="openai/gpt-4.1-mini")
    found = event_offers(scenario, load_catalog())
    assert found.warnings == ()
    (offer,) = found.offers
    assert offer.role == "base_model" and offer.dates == (("retires", date(2027, 1, 14)),)
    event = offer.event
    # month 1 is 2026-12, so 2027-01-14 falls in month 2: the switch is made at its start
    assert event.month == 2 and not event.retrain and not event.re_embed
    # gpt-6-luna (the replacement OpenAI names): 0.10 in, 0.01 cached, 0.50 out per 1M
    assert event.set == {
        "base_model.input_per_1m": 0.1,
        "base_model.cached_input_per_1m": 0.01,
        "base_model.output_per_1m": 0.5,
    }
    assert offer.line.startswith("gpt-4.1-mini retires 2027-01-14 (month 2, 2027-01): add an event")


def test_a_fine_tune_that_closes_and_retires_in_one_month_gets_one_retrain() -> None:
    scenario = with_presets("2026-12", fine_tuned_model="openai/ft:gpt-4.1-mini-2025-04-14")
    (offer,) = event_offers(scenario, load_catalog()).offers
    assert offer.event.month == 2 and offer.event.retrain and offer.event.set == {}
    assert [what for what, _ in offer.dates] == ["closes", "retires"]  # 2027-01-06, 2027-01-14
    assert "no successor named" in offer.line


def test_dates_apart_give_events_apart_and_after_the_horizon_none() -> None:
    azure = "azure-openai/ft:gpt-4.1-nano-2025-04-14-global-standard"
    # closes 2027-04-14 (month 5 from 2026-12), retires 2027-10-14 (month 11)
    scenario = with_presets("2026-12", horizon=12, fine_tuned_model=azure)
    found = event_offers(scenario, load_catalog())
    assert [offer.event.month for offer in found.offers] == [5, 11]
    assert all(offer.event.retrain for offer in found.offers)
    # its base retired on 2026-10-14, before month 1: no event, a warning
    assert any("before month 1 (2026-12)" in line for line in found.warnings)
    shorter = with_values(scenario, {"horizon_months": 10})
    assert [o.event.month for o in event_offers(shorter, load_catalog()).offers] == [5]


def test_an_event_the_scenario_already_has_is_not_offered_again() -> None:
    scenario = with_presets("2026-12", fine_tuned_model="openai/ft:gpt-4.1-mini-2025-04-14")
    (offer,) = event_offers(scenario, load_catalog()).offers
    added = with_values(scenario, {"events": [offer.event.model_dump()]})
    assert event_offers(added, load_catalog()).offers == ()
    # the offered event validates and changes the result: a training in month 2
    before = evaluate(scenario).result.strategies["fine_tuning"].trainings[0]
    after = evaluate(added).result.strategies["fine_tuning"].trainings[0]
    assert before[1] == 0 and after[1] == 1


def test_without_start_month_the_dates_cannot_be_placed() -> None:
    scenario = with_presets(None, base_model="openai/gpt-4.1-mini")
    found = event_offers(scenario, load_catalog())
    assert found.offers == ()
    assert found.warnings == (
        "Base model: gpt-4.1-mini retires 2027-01-14; set the scenario's start month to place "
        "it as an event",
    )


def test_presets_without_dates_offer_nothing() -> None:
    scenario = with_presets(
        "2026-12", embedding_model="openai/text-embedding-3-small", reranker="cohere/rerank-v3.5"
    )
    assert event_offers(scenario, load_catalog()) == event_offers(Scenario(), load_catalog())


def test_validate_lists_the_events_to_add(tmp_path: Path, capsys) -> None:
    scenario = with_presets("2026-12", base_model="openai/gpt-4.1-mini")
    path = tmp_path / "s.json"
    save_scenario(scenario, path)
    assert main(["validate", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{path}: ok"
    assert out[1].startswith("  gpt-4.1-mini retires 2027-01-14 (month 2, 2027-01): add an event")


def test_a_model_shut_down_before_month_1_is_a_warning_not_an_event() -> None:
    scenario = with_presets("2026-12", base_model="openai/gpt-3.5-turbo-0125")
    found = event_offers(scenario, load_catalog())
    assert found.offers == ()
    assert found.warnings == (
        "Base model: gpt-3.5-turbo-0125 stopped serving on 2026-10-23, before month 1 "
        "(2026-12): choose another preset",
    )


DATED = [
    ("base_model", "openai/gpt-4.1-mini"),
    ("fine_tuned_model", "openai/ft:gpt-4.1-mini-2025-04-14"),
    ("fine_tuned_model", "azure-openai/ft:o4-mini-2025-04-16-rft"),
]


@settings(max_examples=60, deadline=None)
@given(
    st.integers(2025, 2028),
    st.integers(1, 12),
    st.integers(1, 60),
    st.sampled_from(DATED),
)
def test_every_offer_sits_in_the_month_that_holds_its_date(
    year: int, month: int, horizon: int, preset: tuple[str, str]
) -> None:
    role, entry_id = preset
    start = f"{year:04d}-{month:02d}"
    scenario = with_presets(start, horizon=horizon, **{role: entry_id})
    found = event_offers(scenario, load_catalog())
    entry = find(load_catalog(), entry_id)
    days = [d for d in (entry.retires, entry.closes, entry.base_retires) if d]
    inside = {month_of(start, d) for d in days if 1 <= month_of(start, d) <= horizon}
    assert {offer.event.month for offer in found.offers} == inside
    for offer in found.offers:
        assert 1 <= offer.event.month <= horizon
        for _, day in offer.dates:
            assert calendar_month(start, offer.event.month) == f"{day.year:04d}-{day.month:02d}"
        added = with_values(scenario, {"events": [offer.event.model_dump()]})  # validates
        assert offer not in event_offers(added, load_catalog()).offers
    before = sum(1 for d in days if month_of(start, d) < 1)
    assert sum("before month 1" in w for w in found.warnings) == before


def test_an_offer_ignores_ranges_the_successors_prices_fall_outside() -> None:
    # ticket-classifier's base model (gpt-4o-mini, input 0.15 per 1M) retires 2027-01-14 and
    # names a successor with other prices. A triangular range of 0.14-0.16 around 0.15 cannot
    # hold the successor's price; the offer still names the successor's prices (an event's
    # values are never drawn), instead of failing the whole preset row.
    from desktop_app.core.appdata.examples import load_example
    from desktop_app.core.model.scenario import UncertainInput
    from desktop_app.core.prices.user_catalog import load_catalog

    scenario = load_example("ticket-classifier")
    narrow = UncertainInput(
        field="base_model.input_per_1m", low=0.14, high=0.16, distribution="triangular"
    )
    scenario = scenario.model_copy(
        update={"events": (), "uncertainty": (*scenario.uncertainty, narrow)}
    )
    lines = event_offers(scenario, load_catalog()).lines()
    assert any("retires 2027-01-14" in line and "set gpt-6-luna's prices" in line for line in lines)
