from django.contrib.auth import views as auth_views
from django.urls import include, path

from actors import views as actor_views
from collaborations import views as collaboration_views
from lead import urls as lead_urls

urlpatterns = [
    path("", collaboration_views.HomeView.as_view(), name="home"),
    path("logga-in/", auth_views.LoginView.as_view(template_name="registration/login.html"), name="login"),
    path("logga-ut/", auth_views.LogoutView.as_view(), name="logout"),
    # Password reset by e-mail (Django's views; the same answer whether an account has the address or not)
    path(
        "glomt-losenord/",
        auth_views.PasswordResetView.as_view(
            template_name="registration/password_reset_form.html",
            email_template_name="registration/password_reset_email.txt",
            subject_template_name="registration/password_reset_subject.txt",
        ),
        name="password_reset",
    ),
    path(
        "glomt-losenord/skickat/",
        auth_views.PasswordResetDoneView.as_view(template_name="registration/password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        "aterstall-losenord/<uidb64>/<token>/",
        actor_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "aterstall-losenord/klart/",
        auth_views.PasswordResetCompleteView.as_view(template_name="registration/password_reset_complete.html"),
        name="password_reset_complete",
    ),
    path("inbjudan/<str:token>/", actor_views.InvitationAcceptView.as_view(), name="accept_invitation"),
    path("i18n/", include("django.conf.urls.i18n")),
    # Sign-in with the organization's own identity provider (not found unless configured; actors.oidc). The
    # names are mozilla-django-oidc's; the callback is the redirect URI registered at the provider.
    path("oidc/authenticate/", actor_views.OrganizationSignInView.as_view(), name="oidc_authentication_init"),
    path("oidc/callback/", actor_views.OrganizationSignInCallbackView.as_view(), name="oidc_authentication_callback"),
    path("", include("core.urls")),
    path("", include("actors.urls")),
    path("samverkan/", include("collaborations.urls")),
    path("samverkan/<slug:slug>/organisering/", include("organize.urls")),
    path("samverkan/<slug:slug>/styrning/", include("steer.urls")),
    path("samverkan/<slug:slug>/ledning/", include("lead.urls")),
    path("samverkan/<slug:slug>/arbete/", include("work.urls")),
    path("", include((lead_urls.personal_patterns, "personal"))),
    path("statistik/", include("stats.urls")),
    path("api/", include("api.urls")),
]
# Uploaded files are never served directly: each is sent by a view that reaches its object through
# the permission gateway (organize.views.base.serve_attachment).
