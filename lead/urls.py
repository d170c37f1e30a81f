"""Pages of leading. Under the collaboration, /samverkan/<slug>/ledning/… (`urlpatterns`, namespace
"lead"); the person's own pages and the calendar feeds at the top, /mina-uppdrag/, /kalender/…
(`personal_patterns`, namespace "personal")."""

from typing import Any

from collaborations.parts.views import part_urls
from lead.views import base

app_name = "lead"
urlpatterns = [
    # meetings, agenda, attendance, minutes
    # rendered kallelse and protokoll
    # decisions and the register
    # assignments
    # news, wins
    # continuity, handover, after the project
    *part_urls(base.LeadHistoryView, base.LeadDeleteView),
]

personal_patterns: list[Any] = [
    # my assignments, reminder preferences
    # calendar feeds
    # handover receipts
]
