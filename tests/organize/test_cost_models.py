"""Cost models as real parties pay (O5): stated amounts and a rest shared by a key, a payer other than
the share holder, groups that pay as one, weighted keys, and precise percentages; the difference in
kronor when the shares do not add up. Property tests: the amounts add up, the order of the parties
changes nothing, and a party with weight 0 pays 0."""

from decimal import Decimal
from fractions import Fraction

from hypothesis import assume, given
from hypothesis import strategies as st

from organize import engine
from organize.engine import Group, Key, Party

ORE = Decimal("0.01")
money = st.decimals(min_value=0, max_value=Decimal("100000000"), places=2, allow_nan=False, allow_infinity=False)
percent = st.decimals(min_value=0, max_value=100, places=6, allow_nan=False, allow_infinity=False)
keys = st.sampled_from(["equal", "per_capita", "weighted"])
weight = st.decimals(min_value=0, max_value=100, places=2, allow_nan=False, allow_infinity=False)


@st.composite
def models(draw):
    """A total, some parties with stated amounts (within the total), some with percentages (at most
    100 % together), at least one sharing the rest by a key, and perhaps a group."""
    total = draw(money)
    n_stated = draw(st.integers(0, 3))
    stated = []
    left = total
    for _ in range(n_stated):
        amount = draw(st.decimals(min_value=0, max_value=left, places=2, allow_nan=False, allow_infinity=False))
        stated.append(amount)
        left -= amount
    percents = draw(st.lists(percent, max_size=3))
    assume(sum(percents) <= 100)
    populations = draw(st.lists(st.integers(0, 500_000), min_size=1, max_size=8))
    assume(sum(populations) > 0)
    parties = [Party(i, f"Part {i:02d}", amount=a) for i, a in enumerate(stated)]
    base = len(parties)
    parties += [Party(base + i, f"Part {base + i:02d}", percent=p) for i, p in enumerate(percents)]
    base = len(parties)
    parties += [Party(base + i, f"Part {base + i:02d}", population=p) for i, p in enumerate(populations)]
    key = Key(draw(keys), 2025, draw(weight))
    groups = []
    if draw(st.booleans()):
        members = [Party(100 + i, f"Medlem {i}", population=p) for i, p in enumerate(draw(populations_st))]
        groups.append(Group(99, "Kommunerna gemensamt", members, Key(draw(keys), 2025, draw(weight))))
    return total, parties, key, groups


populations_st = st.lists(st.integers(1, 200_000), min_size=1, max_size=6)


@given(models())
def test_the_amounts_add_up_exactly_to_the_total(model):
    total, parties, key, groups = model
    result = engine.compute(total, parties, key, groups)
    assert result.sum == total and result.difference == 0 and result.balance == ""
    assert all(line.amount >= 0 and line.amount == line.amount.quantize(ORE) for line in result.lines)
    for line in result.lines:
        if line.group is not None:
            assert line.group.sum == line.amount
    assert sum(line.amount for line in result.all_lines()) == total


@given(models(), st.randoms(use_true_random=False))
def test_the_order_of_the_parties_changes_nothing(model, rnd):
    total, parties, key, groups = model
    shuffled = list(parties)
    rnd.shuffle(shuffled)
    before = {line.key: line.amount for line in engine.compute(total, parties, key, groups).all_lines()}
    after = {line.key: line.amount for line in engine.compute(total, shuffled, key, groups).all_lines()}
    assert before == after


@given(money, st.lists(st.integers(1, 100_000), min_size=1, max_size=10), st.integers(1, 3), st.data())
def test_a_party_with_population_0_pays_0(total, pops, zeros, data):
    for _ in range(zeros):
        pops.insert(data.draw(st.integers(0, len(pops))), 0)
    parties = [Party(i, f"K{i}", population=p) for i, p in enumerate(pops)]
    for result in (engine.per_capita(total, parties, 2025), engine.weighted(total, parties, 2025, Decimal(100))):
        assert all(line.amount == 0 for line in result.lines if pops[line.key] == 0)
        assert result.sum == total


@given(money, st.lists(percent, min_size=2, max_size=8))
def test_a_party_with_0_percent_pays_0_and_a_shortfall_is_exact_to_the_ore(total, percents):
    percents = [Decimal(0), *percents]
    assume(sum(percents) <= 100)
    result = engine.fixed_shares(total, [Party(i, f"P{i}", percent=p) for i, p in enumerate(percents)])
    assert result.lines[0].amount == 0
    # the shortfall is what the amounts leave of the total, and within an öre of the missing share
    assert result.sum + (result.shortfall or 0) == total
    missing = Fraction(total) * (100 - Fraction(sum(percents))) / 100
    assert abs(Fraction(result.shortfall or 0) - missing) <= Fraction(1, 200)
    for line in result.lines:
        assert abs(Fraction(line.amount) - line.exact) < Fraction(1, 100)


@given(money, st.integers(1, 20))
def test_a_weighted_key_all_equal_is_the_equal_split(total, n):
    parties = [Party(i, f"K{i:02d}", population=1000 * (i + 1)) for i in range(n)]
    weighted = engine.weighted(total, parties, 2025, Decimal("0"))
    assert [line.amount for line in weighted.lines] == [line.amount for line in engine.equal(total, parties).lines]
    by_population = engine.weighted(total, parties, 2025, Decimal("100"))
    assert [line.amount for line in by_population.lines] == [
        line.amount for line in engine.per_capita(total, parties, 2025).lines
    ]


@given(st.lists(st.decimals(min_value=0, max_value=Decimal("50000000"), places=2), min_size=2, max_size=12))
def test_percentages_with_ten_decimals_reproduce_stated_amounts_to_the_ore(amounts):
    total = sum(amounts, Decimal(0))
    assume(total > 0)
    percents = [(a * 100 / total).quantize(Decimal("1e-10")) for a in amounts]
    percents[-1] = 100 - sum(percents[:-1])
    assume(percents[-1] >= 0)
    result = engine.fixed_shares(total, [Party(i, f"P{i:02d}", percent=p) for i, p in enumerate(percents)])
    assert [line.amount for line in result.lines] == amounts


# Cases from agreements, by hand ------------------------------------------------------------------


def test_region_pays_a_stated_amount_and_the_municipalities_share_the_rest_per_capita():
    parties = [
        Party(0, "Region Kronoberg", amount=Decimal("1200000.00")),
        Party(1, "Växjö kommun", population=97_000),
        Party(2, "Alvesta kommun", population=20_000),
        Party(3, "Ljungby kommun", population=28_000),
    ]
    result = engine.compute(Decimal("2650000.00"), parties, Key("per_capita", 2025))
    # 1 450 000 kr by 97 000 : 20 000 : 28 000 of 145 000 inhabitants: 970 000, 200 000, 280 000
    assert [line.amount for line in result.lines] == [Decimal(x) for x in ["1200000.00", "970000", "200000", "280000"]]
    assert result.lines[0].basis == "1\u00a0200\u00a0000,00 kr (angivet belopp)"
    assert "Först betalar Region Kronoberg sina angivna belopp." in result.rule
    assert "Resten, 1\u00a0450\u00a0000,00 kr, delas mellan övriga parter i proportion till folkmängden" in result.rule


def test_one_party_pays_anothers_share_and_the_summary_adds_it_to_the_payer():
    parties = [
        Party(0, "Karlskrona kommun", population=60_000),
        Party(1, "Ronneby kommun", population=30_000, payer="Blekinge kommunförbund"),
        Party(2, "Blekinge kommunförbund", population=0),
    ]
    result = engine.per_capita(Decimal("900.00"), parties, 2025)
    assert [line.amount for line in result.lines] == [Decimal("600.00"), Decimal("300.00"), Decimal("0")]
    assert "Ronneby kommun betalas av Blekinge kommunförbund." in result.notes
    payments = {p.payer: (p.amount, p.shares) for p in result.payments()}
    assert payments["Blekinge kommunförbund"] == (Decimal("300.00"), ["Ronneby kommun", "Blekinge kommunförbund"])
    assert payments["Karlskrona kommun"] == (Decimal("600.00"), ["Karlskrona kommun"])


def test_municipalities_jointly_pay_half_split_half_per_capita_half_equal():
    members = [Party(1, "A kommun", population=30_000), Party(2, "B kommun", population=10_000)]
    group = Group(9, "Kommunerna gemensamt", members, Key("weighted", 2025, Decimal("50")), percent=Decimal("50"))
    result = engine.compute(Decimal("1000.00"), [Party(0, "Regionen", percent=Decimal("50"))], Key("equal"), [group])
    region, joint = result.lines
    assert (region.amount, joint.amount) == (Decimal("500.00"), Decimal("500.00"))
    # 250 kr by population (3:1) and 250 kr equally: A 187,50 + 125 = 312,50; B 62,50 + 125 = 187,50
    assert [m.amount for m in joint.group.lines] == [Decimal("312.50"), Decimal("187.50")]
    assert "Kommunerna gemensamt betalar som en part" in result.rule
    assert "50\u00a0% av beloppet delas i proportion till folkmängden" in joint.group.rule
    assert [line.name for line in result.all_lines()] == ["Regionen", "A kommun", "B kommun"]


def test_an_unknown_total_still_shows_each_share_in_percent():
    parties = [Party(0, "Regionen", percent=Decimal("50")), Party(1, "A", population=3), Party(2, "B", population=1)]
    result = engine.compute(None, parties, Key("per_capita", 2025))
    assert [line.amount for line in result.lines] == [None, None, None]
    assert [line.share_percent for line in result.lines] == [Decimal("50"), Decimal("37.5"), Decimal("12.5")]
    assert result.sum is None and result.difference is None
    assert "Regionen betalar 50\u00a0% av beloppet." in result.rule


def test_an_unknown_total_with_percentages_that_do_not_add_up_says_so_in_percent():
    parties = [Party(0, "A", percent=Decimal("12.345678")), Party(1, "B", percent=Decimal("80"))]
    result = engine.fixed_shares(None, parties)
    assert result.lines[0].basis == "12,345678\u00a0%"
    assert "7,654322\u00a0% av beloppet betalas inte av någon part" in result.balance


big_percent = st.decimals(min_value=40, max_value=100, places=6, allow_nan=False, allow_infinity=False)


@given(money, st.lists(big_percent, min_size=3, max_size=6))
def test_percentages_above_100_give_a_surplus_exact_to_the_ore_and_nothing_is_rescaled(total, percents):
    result = engine.fixed_shares(total, [Party(i, f"P{i}", percent=p) for i, p in enumerate(percents)])
    assert result.sum - total == result.difference and (result.surplus or 0) == result.difference
    for line, p in zip(result.lines, percents, strict=True):
        assert abs(Fraction(line.amount) - Fraction(total) * Fraction(p) / 100) < Fraction(1, 100)


@given(models())
def test_with_the_total_unknown_the_shares_still_add_up_to_the_whole(model):
    _total, parties, key, groups = model
    parties = [p for p in parties if p.amount is None]  # stated amounts make the shares unknown
    assume(any(p.percent is None for p in parties) or groups)
    result = engine.compute(None, parties, key, groups)
    assert all(line.amount is None for line in result.lines) and result.difference is None
    assert sum(line.share for line in result.lines) == 1
