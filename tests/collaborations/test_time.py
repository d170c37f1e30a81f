"""The one rule for "valid on a day", and reading a `?per=` date."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from collaborations.parts.time import is_active_on, parse_per

DAY = datetime.date(2024, 6, 1)


@pytest.mark.parametrize(
    ("start", "end", "active"),
    [
        (None, None, True),  # both unknown: valid
        (datetime.date(2024, 6, 1), None, True),  # starts that day
        (datetime.date(2024, 6, 2), None, False),  # not yet
        (None, datetime.date(2024, 6, 1), True),  # ends that day
        (None, datetime.date(2024, 5, 31), False),  # already ended
    ],
)
def test_valid_on_a_day(start, end, active):
    assert is_active_on(DAY, start, end) is active


def test_per_is_read_as_an_iso_date():
    assert parse_per("2024-06-01") == DAY
    assert parse_per(None) is None
    assert parse_per("  ") is None


@pytest.mark.parametrize("value", ["1/6 2024", "2024-13-01", "igår", "0001-01-01"])
def test_an_unreadable_per_says_what_is_wrong(value):
    with pytest.raises(ValidationError) as error:
        parse_per(value)
    assert "per" in error.value.messages[0]
