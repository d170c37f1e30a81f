"""The cost-sharing engine: amounts are non-negative, add up exactly to the total, grow with the
population, and match hand computations to the öre."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from organize import engine
from organize.engine import CostSharingError, Party

ORE = Decimal("0.01")
totals = st.decimals(min_value=0, max_value=Decimal("1000000000"), places=2, allow_nan=False, allow_infinity=False)
populations = st.lists(st.integers(min_value=1, max_value=1_000_000), min_size=1, max_size=30)


def _parties(pops):
    return [Party(i, f"Kommun {i}", population=p) for i, p in enumerate(pops)]


@given(total=totals, pops=populations)
def test_per_capita_amounts_are_non_negative_and_sum_exactly_to_the_total(total, pops):
    result = engine.per_capita(total, _parties(pops), 2025)
    assert all(line.amount >= 0 for line in result.lines)
    assert sum(line.amount for line in result.lines) == total
    assert all(line.amount == line.amount.quantize(ORE) for line in result.lines)


@given(total=totals, pops=populations)
def test_per_capita_is_monotone_in_population(total, pops):
    lines = engine.per_capita(total, _parties(pops), 2025).lines
    for a in lines:
        for b in lines:
            if pops[a.key] > pops[b.key]:
                assert a.amount >= b.amount


@given(total=totals, pops=populations)
def test_no_party_is_more_than_one_ore_from_its_exact_amount(total, pops):
    for line in engine.per_capita(total, _parties(pops), 2025).lines:
        assert abs(line.amount - line.exact_display) < ORE


@given(total=totals, n=st.integers(min_value=1, max_value=40))
def test_equal_split_differs_by_at_most_one_ore(total, n):
    amounts = [line.amount for line in engine.equal(total, _parties([1] * n)).lines]
    assert sum(amounts) == total
    assert max(amounts) - min(amounts) <= ORE


@given(
    total=totals,
    percent=st.decimals(min_value=0, max_value=100, places=2, allow_nan=False, allow_infinity=False),
    pops=populations,
)
def test_anchor_pays_its_percentage_and_the_rest_adds_up(total, percent, pops):
    anchor = Party(-1, "Regionen")
    result = engine.anchor_then_population(total, anchor, percent, _parties(pops), 2025)
    assert sum(line.amount for line in result.lines) == total
    assert abs(result.lines[0].amount - total * percent / 100) <= ORE / 2
    assert all(line.amount >= 0 for line in result.lines)


def test_equal_split_of_100_kronor_in_three_by_hand():
    lines = engine.equal(Decimal("100.00"), _parties([1, 1, 1])).lines
    assert [line.amount for line in lines] == [Decimal("33.34"), Decimal("33.33"), Decimal("33.33")]
    assert [line.got_extra_ore for line in lines] == [True, False, False]


def test_fixed_shares_by_hand():
    parties = [
        Party(1, "A", percent=Decimal("50")),
        Party(2, "B", percent=Decimal("33.3333")),
        Party(3, "C", percent=Decimal("16.6667")),
    ]
    lines = engine.fixed_shares(Decimal("1000.00"), parties).lines
    assert [line.amount for line in lines] == [Decimal("500.00"), Decimal("333.33"), Decimal("166.67")]


# Business Region Örebro, hand computation: the region pays half of 14 000 000 kr; the other
# 7 000 000 kr are shared by the population on 31 December 2025 (SCB, via Kolada N01951), in all
# 308 362 inhabitants: 7 000 000 × population ÷ 308 362, rounded to the nearest öre.
OREBRO_2025 = {
    "Askersund": (11382, "258378.14"),
    "Degerfors": (9237, "209685.37"),
    "Hallsberg": (16082, "365070.92"),
    "Hällefors": (6269, "142310.01"),
    "Karlskoga": (30128, "683923.44"),
    "Kumla": (22665, "514508.92"),
    "Laxå": (5397, "122515.10"),
    "Lekeberg": (8608, "195406.70"),
    "Lindesberg": (23014, "522431.43"),
    "Ljusnarsberg": (4290, "97385.54"),
    "Nora": (10603, "240694.38"),
    "Örebro": (160687, "3647690.05"),
}


def test_business_region_orebro_by_hand():
    parties = [Party(i, name, population=pop) for i, (name, (pop, _)) in enumerate(OREBRO_2025.items())]
    result = engine.anchor_then_population(
        Decimal("14000000.00"), Party(-1, "Region Örebro län"), Decimal("50"), parties, 2025
    )
    assert result.lines[0].amount == Decimal("7000000.00")
    assert {line.name: line.amount for line in result.lines[1:]} == {
        name: Decimal(amount) for name, (_, amount) in OREBRO_2025.items()
    }
    assert result.sum == Decimal("14000000.00")
    assert "308\u00a0362" in result.rule and "2025" in result.rule


@pytest.mark.parametrize(
    "call,field",
    [
        (lambda: engine.fixed_shares(Decimal("10"), [Party(1, "A", percent=Decimal("60")), Party(2, "B")]), "shares"),
        (lambda: engine.weighted(Decimal("10"), [Party(1, "A", population=5)], 2025, None), "population_weight"),
        (lambda: engine.equal(Decimal("10"), [Party(1, "A", amount=Decimal("-1"))]), "shares"),
        (lambda: engine.equal(Decimal("10"), [Party(1, "A", percent=Decimal("1.00000000001"))]), "shares"),
        (lambda: engine.per_capita(Decimal("10"), [Party(1, "A", population=None)], 2025), "population_year"),
        (lambda: engine.per_capita(Decimal("10"), [Party(1, "A", population=5)], None), "population_year"),
        (lambda: engine.equal(Decimal("-1"), [Party(1, "A")]), "total"),
        (lambda: engine.equal(Decimal("1.005"), [Party(1, "A")]), "total"),
        (lambda: engine.equal(Decimal("1"), []), "shares"),
        (
            lambda: engine.anchor_then_population(
                Decimal("1"), Party(1, "A"), None, [Party(2, "B", population=1)], 2025
            ),
            "anchor_percent",
        ),
    ],
)
def test_bad_input_names_the_field(call, field):
    with pytest.raises(CostSharingError) as exc:
        call()
    assert exc.value.field == field and exc.value.message


def test_shares_that_do_not_add_up_say_what_they_add_up_to_and_are_not_rescaled():
    result = engine.fixed_shares(
        Decimal("10"), [Party(1, "A", percent=Decimal("60")), Party(2, "B", percent=Decimal("30"))]
    )
    assert "90\u00a0%" in result.balance and "1,00 kr" in result.balance
    assert [line.amount for line in result.lines] == [Decimal("6.00"), Decimal("3.00")]


def test_a_missing_population_names_the_party_and_the_year():
    with pytest.raises(CostSharingError, match="Nora.*|.*2031"):
        engine.per_capita(Decimal("10"), [Party(1, "Nora", population=None)], 2031)
