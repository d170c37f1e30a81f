"""The first administrator of a new installation, created by a command instead of a shell."""

import pytest
from django.core.management import CommandError, call_command

from actors.models import User
from core.models import ChangeRecord

pytestmark = pytest.mark.django_db


def test_the_first_administrator_is_created_with_a_person_and_recorded(monkeypatch, client):
    monkeypatch.setenv("FIRST_ADMIN_PASSWORD", "Kommunhuset-2027!")

    call_command(
        "create_admin", "Alva@Kommun.se", first_name="Alva", last_name="Admin", password_from_env="FIRST_ADMIN_PASSWORD"
    )

    user = User.objects.get()
    assert user.email == "alva@kommun.se" and user.is_superuser and user.person.last_name == "Admin"
    assert ChangeRecord.objects.filter(action="actors.user.created").count() == 1
    signed_in = client.post("/logga-in/", {"username": "alva@kommun.se", "password": "Kommunhuset-2027!"}, follow=True)
    assert 'href="/anvandare/"' in signed_in.content.decode()  # the administrator's page Användare is in the menu


def test_a_weak_password_or_a_taken_address_creates_nothing(monkeypatch):
    monkeypatch.setenv("WEAK", "12345678")
    with pytest.raises(CommandError, match="password was refused"):
        call_command("create_admin", "a@kommun.se", first_name="A", last_name="B", password_from_env="WEAK")
    assert not User.objects.exists()

    monkeypatch.setenv("GOOD", "Kommunhuset-2027!")
    call_command("create_admin", "a@kommun.se", first_name="A", last_name="B", password_from_env="GOOD")
    with pytest.raises(CommandError, match="already an account"):
        call_command("create_admin", "A@kommun.se", first_name="C", last_name="D", password_from_env="GOOD")
    assert User.objects.count() == 1
