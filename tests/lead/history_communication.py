"""History scenarios of lead.services.news (tests/core/test_history.py): one per service."""

from core.services import SYSTEM
from lead import services
from tests.factories.lead import NewsPostFactory

SCENARIOS: dict = {
    "create_news_post": lambda: NewsPostFactory(),
    "update_news_post": lambda: services.update_news_post(NewsPostFactory(), actor=SYSTEM, title="Ny rubrik"),
    "delete_news_post": lambda: services.delete_news_post(NewsPostFactory(), actor=SYSTEM),
}
