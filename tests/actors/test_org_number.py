import pytest
from django.core.exceptions import ValidationError

from actors.validators import luhn_ok, normalize_org_number


@pytest.mark.parametrize(
    "raw,expected",
    [("212000-1876", "212000-1876"), ("2120001876", "212000-1876"), (" 232100-0164 ", "232100-0164")],
)
def test_valid_org_numbers_are_normalized(raw, expected):
    assert normalize_org_number(raw) == expected


@pytest.mark.parametrize(
    "raw,code",
    [
        ("212000-1877", "checksum"),
        ("21200-1876", "format"),
        ("abc", "format"),
        ("19121212-1212", "format"),
        ("8112189876", "third_digit"),
    ],
)
def test_invalid_org_numbers_say_why(raw, code):
    with pytest.raises(ValidationError) as err:
        normalize_org_number(raw)
    assert err.value.code == code
    assert err.value.messages[0]


def test_luhn_matches_known_public_numbers():
    # Örebro kommun, Region Örebro län, Polismyndigheten (public register facts)
    assert luhn_ok("2120001876") and luhn_ok("2321000164") and luhn_ok("2021000076")
    assert not luhn_ok("2120001875")
