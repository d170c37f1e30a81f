"""Accounts without a shell: invitations by e-mail, the link used once within 7 days, password reset,
the page Användare, deactivation; nothing tells a visitor whether an address has an account."""

import datetime

import pytest
import time_machine
from django.contrib.auth import SESSION_KEY
from django.core import mail
from django.test import Client
from django.utils import timezone

from actors import services
from actors.models import Invitation, User
from collaborations import services as collaboration_services
from core.models import ChangeRecord
from core.services import SYSTEM
from tests.factories.actors import OrganizationFactory, PersonFactory, invitation_for, sent_link, user_for
from tests.factories.collaborations import CollaborationFactory

GOOD_PASSWORD = "Vinterljus-over-Kumla-42"


@pytest.fixture
def admin():
    return user_for(None, email="admin@example.org", admin=True, first_name="Ada", last_name="Admin")


@pytest.fixture
def invited(django_capture_on_commit_callbacks):
    """Stina Svensson, invited by the system; the link from the e-mail."""
    person = PersonFactory(first_name="Stina", last_name="Svensson", email="Stina.Svensson@Kumla.se")
    with django_capture_on_commit_callbacks(execute=True):
        invitation = invitation_for(person)
    return invitation, sent_link(mail.outbox[-1])


def _accept(client, link, password=GOOD_PASSWORD, again=None):
    return client.post(link, {"new_password1": password, "new_password2": again or password})


def _actions(obj):
    return list(
        ChangeRecord.objects.filter(object_id=obj.pk, action__startswith=f"actors.{obj._meta.model_name}.")
        .order_by("pk")
        .values_list("action", flat=True)
    )


# Inviting ----------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_invitation_is_sent_by_email_after_the_commit_with_a_link_valid_for_seven_days(invited):
    invitation, link = invited
    message = mail.outbox[-1]
    assert message.to == ["stina.svensson@kumla.se"]
    assert message.subject == "Inbjudan till Samverkan"
    assert "Hej Stina Svensson!" in message.body
    assert link.startswith("/inbjudan/")
    assert invitation.expires_at == invitation.sent_at + datetime.timedelta(days=7)
    assert link.split("/")[2] not in str(Invitation.objects.values_list().get(pk=invitation.pk))  # only a digest
    assert _actions(invitation) == ["actors.invitation.created"]


@pytest.mark.django_db
def test_nothing_is_sent_when_the_invitation_is_refused(django_capture_on_commit_callbacks):
    user_for(None, email="finns@example.org")
    person = PersonFactory(email="finns@example.org")
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(Exception) as refused:
        invitation_for(person)
    assert "Det finns redan ett konto med e-postadressen finns@example.org" in str(refused.value)
    assert mail.outbox == []
    assert not Invitation.objects.filter(person=person).exists()


@pytest.mark.django_db
def test_the_inviter_is_told_clearly_when_the_address_already_has_an_account(client, admin):
    user_for(None, email="redan@example.org")
    person = PersonFactory(first_name="Rut", last_name="Redan", email="redan@example.org")
    client.force_login(admin)
    response = client.post(f"/personer/{person.pk}/bjud-in/", {"email": "REDAN@example.org"})
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == ["email"]
    assert "Det finns redan ett konto med e-postadressen redan@example.org" in errors["email"][0]
    assert not Invitation.objects.exists()
    assert mail.outbox == []


@pytest.mark.django_db
def test_the_admin_invites_from_the_persons_page(client, admin, django_capture_on_commit_callbacks):
    person = PersonFactory(first_name="Pia", last_name="Persson", email="pia@example.org")
    client.force_login(admin)
    page = client.get(person.get_absolute_url()).content.decode()
    assert "Personen har inget konto." in page
    assert f"/personer/{person.pk}/bjud-in/" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/personer/{person.pk}/bjud-in/", {"email": "pia@example.org"}, follow=True)
    assert "Inbjudan är skickad till pia@example.org. Länken gäller i 7 dagar." in response.content.decode()
    assert mail.outbox[-1].to == ["pia@example.org"]
    assert "Ada Admin bjuder in dig" in mail.outbox[-1].body
    assert Invitation.objects.get(person=person).invited_by == admin


@pytest.mark.django_db
def test_a_second_invitation_while_one_is_open_is_refused_naming_resend(invited):
    invitation, _link = invited
    with pytest.raises(Exception) as refused:
        invitation_for(invitation.person)
    assert "har redan en inbjudan som inte är använd. Skicka den igen eller återkalla den." in str(refused.value)
    assert Invitation.objects.filter(person=invitation.person).count() == 1


# The link ----------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_accepting_sets_the_password_logs_in_and_lands_on_ones_collaborations(client, invited):
    invitation, link = invited
    page = client.get(link).content.decode()
    assert "Du är inbjuden som Stina Svensson" in page
    assert "stina.svensson@kumla.se" in page
    response = _accept(client, link)
    assert response.status_code == 302
    assert response.url == "/"
    user = User.objects.get(email="stina.svensson@kumla.se")
    assert user.person == invitation.person
    assert (user.first_name, user.last_name) == ("Stina", "Svensson")
    assert user.check_password(GOOD_PASSWORD)
    assert client.session[SESSION_KEY] == str(user.pk)
    assert "Välkommen! Ditt konto är klart och du är inloggad." in client.get("/").content.decode()
    invitation.refresh_from_db()
    assert invitation.user == user
    assert invitation.accepted_at is not None
    assert _actions(invitation) == ["actors.invitation.created", "actors.invitation.accepted"]
    assert _actions(user) == ["actors.user.created"]
    assert ChangeRecord.objects.get(action="actors.invitation.accepted").actor == user
    login = Client().post("/logga-in/", {"username": "stina.svensson@kumla.se", "password": GOOD_PASSWORD})
    assert login.status_code == 302


@pytest.mark.django_db
def test_a_used_link_cannot_be_used_again_even_copied(client, invited):
    _invitation, link = invited
    _accept(client, link)
    other = Client()
    assert "Välj ett lösenord" not in other.get(link).content.decode()
    response = _accept(other, link, password="Ett-annat-losenord-99")
    assert response.status_code == 410
    assert "Länken är redan använd och kan bara användas en gång." in response.content.decode()
    assert User.objects.filter(email="stina.svensson@kumla.se").count() == 1
    assert User.objects.get(email="stina.svensson@kumla.se").check_password(GOOD_PASSWORD)
    assert SESSION_KEY not in other.session


@pytest.mark.django_db
def test_an_expired_link_says_so_and_saves_nothing(client, invited):
    _invitation, link = invited
    with time_machine.travel(timezone.now() + datetime.timedelta(days=7, minutes=1)):
        assert "Länken har gått ut: en inbjudan gäller i 7 dagar." in client.get(link).content.decode()
        response = _accept(client, link)
    assert response.status_code == 410
    assert "Länken har gått ut" in response.content.decode()
    assert not User.objects.filter(email="stina.svensson@kumla.se").exists()


@pytest.mark.django_db
def test_a_link_still_works_just_before_the_seventh_day_ends(client, invited):
    _invitation, link = invited
    with time_machine.travel(timezone.now() + datetime.timedelta(days=6, hours=23)):
        assert _accept(client, link).status_code == 302
    assert User.objects.filter(email="stina.svensson@kumla.se").exists()


@pytest.mark.django_db
def test_a_revoked_link_says_so_and_saves_nothing(client, invited):
    invitation, link = invited
    services.revoke_invitation(invitation, actor=SYSTEM)
    response = _accept(client, link)
    assert response.status_code == 410
    assert "Inbjudan är återkallad och länken gäller inte längre." in response.content.decode()
    assert not User.objects.filter(email="stina.svensson@kumla.se").exists()
    assert _actions(invitation) == ["actors.invitation.created", "actors.invitation.revoked"]


@pytest.mark.django_db
def test_resending_gives_a_new_link_and_the_old_one_dies(client, invited, django_capture_on_commit_callbacks):
    invitation, old_link = invited
    with django_capture_on_commit_callbacks(execute=True):
        services.resend_invitation(invitation, actor=SYSTEM)
    new_link = sent_link(mail.outbox[-1])
    assert new_link != old_link
    response = _accept(client, old_link)
    assert response.status_code == 410
    assert "Den kan ha ersatts av en nyare inbjudan" in response.content.decode()
    assert not User.objects.exists() or not User.objects.filter(email="stina.svensson@kumla.se").exists()
    assert _accept(client, new_link).status_code == 302
    assert _actions(invitation) == [
        "actors.invitation.created",
        "actors.invitation.resent",
        "actors.invitation.accepted",
    ]


@pytest.mark.django_db
def test_resending_an_expired_invitation_gives_seven_new_days(invited, django_capture_on_commit_callbacks):
    invitation, _link = invited
    later = timezone.now() + datetime.timedelta(days=10)
    with time_machine.travel(later, tick=False), django_capture_on_commit_callbacks(execute=True):
        services.resend_invitation(invitation, actor=SYSTEM)
        invitation.refresh_from_db()
        assert invitation.status == "pending"
        assert invitation.expires_at == later + datetime.timedelta(days=7)


@pytest.mark.django_db
def test_an_unknown_link_says_it_does_not_hold(client):
    response = client.get("/inbjudan/hittepa/")
    assert response.status_code == 410
    assert "Länken gäller inte." in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "password,again,field,message",
    [
        ("Kort-1", None, "new_password1", "Det här lösenordet är för kort. Det måste innehålla minst 8 tecken."),
        ("31415926535", None, "new_password1", "Detta lösenord är enbart numeriskt."),
        ("stina.svensson", None, "new_password1", "Ditt lösenord är alltför likt"),
        ("password123", None, "new_password1", "Detta lösenord är alldeles för vanligt."),
        (GOOD_PASSWORD, "Nagot-helt-annat-77", "new_password2", "De två lösenordsfälten stämmer inte överens."),
    ],
    ids=["too-short", "numeric", "like-the-address", "common", "mismatch"],
)
def test_a_bad_password_is_refused_naming_the_field_and_nothing_is_saved(
    client, invited, password, again, field, message
):
    invitation, link = invited
    response = _accept(client, link, password=password, again=again)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == [field]
    assert message in " ".join(errors[field])
    assert "Formuläret innehåller fel" in response.content.decode()
    assert not User.objects.filter(email="stina.svensson@kumla.se").exists()
    invitation.refresh_from_db()
    assert invitation.status == "pending"
    assert _accept(client, link).status_code == 302  # the link still works afterwards


# Who may invite ----------------------------------------------------------------------------------------


@pytest.fixture
def collaboration_world():
    region = OrganizationFactory(name="Region Örebro län", sector="region", kind="region")
    kumla = OrganizationFactory(name="Kumla kommun")
    elsewhere = OrganizationFactory(name="Kommun utanför")
    coordinator = user_for(region, email="samordnare@example.org", first_name="Sam", last_name="Ordnare")
    collaboration = CollaborationFactory(
        name="Unga till arbete", coordinating_organization=region, coordinator=coordinator.person
    )
    collaboration_services.add_participation(collaboration, kumla, actor=SYSTEM)
    party_person = PersonFactory(first_name="Karin", last_name="Kumla", email="karin@kumla.se")
    services.add_representation(party_person, kumla, actor=SYSTEM)
    stranger = PersonFactory(first_name="Ulf", last_name="Utanför", email="ulf@utanfor.se")
    services.add_representation(stranger, elsewhere, actor=SYSTEM)
    member = user_for(kumla, email="medlem@kumla.se", first_name="Mats", last_name="Medlem")
    return {
        "collaboration": collaboration,
        "coordinator": coordinator,
        "party_person": party_person,
        "stranger": stranger,
        "member": member,
        "elsewhere": elsewhere,
    }


@pytest.mark.django_db
def test_a_coordinator_invites_a_person_of_a_party_from_the_collaborations_accounts_page(
    client, collaboration_world, django_capture_on_commit_callbacks
):
    w = collaboration_world
    client.force_login(w["coordinator"])
    url = f"/samverkan/{w['collaboration'].slug}/konton/"
    page = client.get(url).content.decode()
    assert "Karin Kumla" in page
    assert "Inget konto" in page
    assert "Mats Medlem" in page and "Har konto" in page
    assert "Ulf Utanför" not in page
    assert f"/personer/{w['party_person'].pk}/bjud-in/?next=" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/personer/{w['party_person'].pk}/bjud-in/", {"email": "karin@kumla.se", "next": url}, follow=True
        )
    assert response.redirect_chain[-1][0] == url
    page = response.content.decode()
    assert "Inbjuden, länken gäller till" in page
    assert mail.outbox[-1].to == ["karin@kumla.se"]
    assert "Sam Ordnare bjuder in dig" in mail.outbox[-1].body


@pytest.mark.django_db
def test_a_coordinator_may_not_invite_a_person_outside_the_parties(client, collaboration_world):
    w = collaboration_world
    client.force_login(w["coordinator"])
    response = client.post(f"/personer/{w['stranger'].pk}/bjud-in/", {"email": "ulf@utanfor.se"})
    assert response.status_code == 403
    assert not Invitation.objects.exists()
    with pytest.raises(Exception) as refused:
        services.invite_person(w["stranger"], actor=w["coordinator"])
    assert "behörighet" in str(refused.value)


@pytest.mark.django_db
def test_a_participant_may_neither_invite_nor_see_the_accounts_page(client, collaboration_world):
    w = collaboration_world
    client.force_login(w["member"])
    assert client.get(f"/samverkan/{w['collaboration'].slug}/konton/").status_code == 403
    assert client.post(f"/personer/{w['party_person'].pk}/bjud-in/", {"email": "k@kumla.se"}).status_code == 403
    assert not Invitation.objects.exists()


@pytest.mark.django_db
def test_a_coordinator_resends_from_the_accounts_page_but_cannot_touch_others_invitations(
    client, collaboration_world, django_capture_on_commit_callbacks
):
    w = collaboration_world
    own = invitation_for(w["party_person"])
    foreign = invitation_for(w["stranger"])
    client.force_login(w["coordinator"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/inbjudningar/{own.pk}/skicka-igen/", follow=True)
    assert "En ny länk är skickad till karin@kumla.se; den förra gäller inte längre." in response.content.decode()
    assert client.post(f"/inbjudningar/{foreign.pk}/aterkalla/").status_code == 404
    foreign.refresh_from_db()
    assert foreign.status == "pending"


# Användare ---------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_users_page_lists_accounts_with_person_organizations_and_last_login(client, admin, collaboration_world):
    w = collaboration_world
    User.objects.filter(pk=w["coordinator"].pk).update(last_login=timezone.now() - datetime.timedelta(days=1))
    client.force_login(admin)
    page = client.get("/anvandare/").content.decode()
    assert "Användare</a>" in page  # in the navigation
    assert "Sam Ordnare" in page and "Region Örebro län" in page
    assert "Mats Medlem" in page and "Kumla kommun" in page
    assert "Aldrig inloggad" in page  # Mats has never logged in
    filtered = client.get("/anvandare/", {"organization": w["member"].person.representations.get().organization_id})
    body = filtered.content.decode()
    assert "Mats Medlem" in body
    assert "Sam Ordnare" not in body


@pytest.mark.django_db
def test_only_administrators_see_the_users_page_and_its_link(client, collaboration_world):
    w = collaboration_world
    client.force_login(w["coordinator"])
    assert client.get("/anvandare/").status_code == 403
    assert "/anvandare/" not in client.get("/").content.decode()
    assert Client().get("/anvandare/").status_code == 302


@pytest.mark.django_db
def test_deactivating_stops_logins_and_keeps_person_roles_and_history(client, admin, collaboration_world):
    w = collaboration_world
    coordinator = w["coordinator"]
    session = Client()
    session.force_login(coordinator)
    client.force_login(admin)
    response = client.post(f"/anvandare/{coordinator.pk}/stang-av/", follow=True)
    assert "Sam Ordnare kan inte längre logga in." in response.content.decode()
    coordinator.refresh_from_db()
    assert coordinator.is_active is False
    assert coordinator.person.collaboration_roles.filter(kind="coordinator").exists()
    assert session.get("/anvandare/").status_code == 302  # the open session ended with it
    answer = Client().post("/logga-in/", {"username": "samordnare@example.org", "password": "pw-for-tests"})
    assert "E-postadressen eller lösenordet stämmer inte." in answer.content.decode()
    client.post(f"/anvandare/{coordinator.pk}/aktivera/")
    coordinator.refresh_from_db()
    assert coordinator.is_active is True
    assert _actions(coordinator) == ["actors.user.created", "actors.user.deactivated", "actors.user.reactivated"]


@pytest.mark.django_db
def test_an_administrator_cannot_deactivate_their_own_account(client, admin):
    client.force_login(admin)
    response = client.post(f"/anvandare/{admin.pk}/stang-av/", follow=True)
    assert "Du kan inte stänga av ditt eget konto." in response.content.decode()
    admin.refresh_from_db()
    assert admin.is_active is True


@pytest.mark.django_db
def test_the_users_page_shows_open_invitations_to_resend_or_revoke(client, admin, invited):
    invitation, link = invited
    client.force_login(admin)
    page = client.get("/anvandare/").content.decode()
    assert "Stina Svensson" in page and "Väntar på svar" in page
    response = client.post(f"/inbjudningar/{invitation.pk}/aterkalla/", follow=True)
    assert "Inbjudan till stina.svensson@kumla.se är återkallad" in response.content.decode()
    assert "Inga inbjudningar väntar på svar." in response.content.decode()
    again = client.post(f"/inbjudningar/{invitation.pk}/aterkalla/", follow=True).content.decode()
    assert "Inbjudan är återkallad. Bjud in personen på nytt." in again


# Password reset and enumeration ------------------------------------------------------------------------


@pytest.mark.django_db
def test_password_reset_by_email_sets_a_new_password_once_and_records_it(client, django_capture_on_commit_callbacks):
    user = user_for(None, email="glomsk@example.org")
    assert "Glömt lösenordet?" in client.get("/logga-in/").content.decode()
    response = client.post("/glomt-losenord/", {"email": "Glomsk@example.org"}, follow=True)
    assert "Kontrollera din e-post" in response.content.decode()
    message = mail.outbox[-1]
    assert message.subject == "Nytt lösenord i Samverkan"
    link = sent_link(message)
    assert link.startswith("/aterstall-losenord/")
    form_page = client.get(link, follow=True)
    assert "Välj nytt lösenord" in form_page.content.decode()
    set_url = form_page.redirect_chain[-1][0]
    bad = client.post(set_url, {"new_password1": "kort", "new_password2": "kort"})
    assert list(bad.context["form"].errors) == ["new_password1"]
    done = client.post(set_url, {"new_password1": GOOD_PASSWORD, "new_password2": GOOD_PASSWORD}, follow=True)
    assert "Lösenordet är bytt" in done.content.decode()
    user.refresh_from_db()
    assert user.check_password(GOOD_PASSWORD)
    assert _actions(user) == ["actors.user.created", "actors.user.password_set"]
    again = Client().get(link, follow=True).content.decode()
    assert "Länken gäller inte" in again


def _strip_tokens(html: str) -> str:
    import re

    return re.sub(r'"X-CSRFToken": "[^"]*"', "", re.sub(r'value="[^"]*"', "", html))


@pytest.mark.django_db
def test_password_reset_answers_the_same_whether_the_address_has_an_account_or_not(client):
    user_for(None, email="finns@example.org")
    known = client.post("/glomt-losenord/", {"email": "finns@example.org"})
    unknown = Client().post("/glomt-losenord/", {"email": "finns-inte@example.org"})
    assert (known.status_code, known.url) == (unknown.status_code, unknown.url) == (302, "/glomt-losenord/skickat/")
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_login_answers_the_same_for_an_unknown_address_a_wrong_password_and_a_deactivated_account(admin):
    user_for(None, email="finns@example.org")
    closed = user_for(None, email="avstangd@example.org")
    services.deactivate_user(closed, actor=SYSTEM)
    answers = [
        Client().post("/logga-in/", {"username": email, "password": password})
        for email, password in [
            ("finns-inte@example.org", "pw-for-tests"),
            ("finns@example.org", "fel-losenord"),
            ("avstangd@example.org", "pw-for-tests"),
        ]
    ]
    assert {a.status_code for a in answers} == {200}
    bodies = {
        _strip_tokens(a.content.decode()).replace(email, "")
        for a, email in zip(
            answers, ["finns-inte@example.org", "finns@example.org", "avstangd@example.org"], strict=True
        )
    }
    assert len(bodies) == 1
    assert "E-postadressen eller lösenordet stämmer inte." in bodies.pop()


@pytest.mark.django_db
def test_login_is_by_email_address_in_any_case(admin):
    response = Client().post("/logga-in/", {"username": "Admin@Example.org", "password": "pw-for-tests"})
    assert response.status_code == 302


# The pages answer with as many queries for many people as for few --------------------------------------


def _queries(client, url) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # the scope and the session are read once, as on any later page
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.django_db
def test_the_accounts_page_and_the_users_page_do_not_grow_with_the_people(admin, collaboration_world):
    w = collaboration_world
    coordinator_client, admin_client = Client(), Client()
    coordinator_client.force_login(w["coordinator"])
    admin_client.force_login(admin)
    accounts = f"/samverkan/{w['collaboration'].slug}/konton/"
    before = (_queries(coordinator_client, accounts), _queries(admin_client, "/anvandare/"))
    for n in range(3):
        org = OrganizationFactory(name=f"Ny part {n}")
        collaboration_services.add_participation(w["collaboration"], org, actor=SYSTEM)
        for m in range(2):
            person = user_for(org, email=f"p{n}{m}@example.org").person
            invitation_for(PersonFactory(email=f"ny{n}{m}@example.org"))
            services.add_representation(PersonFactory(email=f"utan{n}{m}@example.org"), org, actor=SYSTEM)
            assert person is not None
    after = (_queries(coordinator_client, accounts), _queries(admin_client, "/anvandare/"))
    assert after == before
