"""Wide tables scroll inside their own box: a named region that takes keyboard focus (core/templatetags/tables.py)."""

import re
from pathlib import Path

import pytest
from django.template import engines

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = [p for d in [ROOT / "templates", *ROOT.glob("*/templates")] for p in d.rglob("*.html")]


def render(source: str, **context) -> str:
    return engines["django"].from_string(source).render(context)


def test_the_box_is_named_after_the_caption_without_its_markup():
    html = render(
        "{% scrolltable %}<table><caption>Folkmängd <em>{{ year }}</em></caption></table>{% /scrolltable %}", year=2024
    )

    assert html.startswith('<div class="table-scroll" role="region" tabindex="0" aria-label="Folkmängd 2024">')
    assert html.endswith("</table></div>")


def test_a_table_without_caption_gets_the_label_given():
    html = render("{% scrolltable label %}<table></table>{% /scrolltable %}", label="Värden")

    assert 'aria-label="Värden"' in html


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_table_of_every_template_scrolls_in_its_own_box(path):
    source = path.read_text()
    tables = len(re.findall(r"<table\b", source))
    boxed = source.count("{% scrolltable") + source.count('class="table-scroll"')

    assert boxed == tables
