import re

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_the_home_page_describes_itself_for_search_engines(client, homes, language):
    """Without a summary or search description of its own, the home page offers its intro."""
    home = homes[language]
    assert not home.search_description and not home.summary and home.intro

    html = client.get(f"/{language}/").content.decode()

    description = re.search(r'<meta name="description" content="([^"]+)">', html)
    assert description and description.group(1) == home.intro
