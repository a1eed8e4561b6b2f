"""Text alternatives of public pictures.

The description an editor gives an image on upload (Wagtail's image `description`) is its text
alternative wherever a page or block has none of its own: the main picture of a page, listing
cards, image blocks. A picture with no text at all is decorative by design and marked so
(`role="presentation"`); no other public <img> has an empty alt.
"""

from html.parser import HTMLParser

from wagtail.images import get_image_model
from wagtail.models import Page

import pytest

from events.models import EventIndexPage, EventReportPage
from tests.factories import EventReportPageFactory

pytestmark = pytest.mark.django_db

DESCRIPTION = "Kafedra xodimlari Sechenov universiteti simulyatsiya markazida"


class Images(HTMLParser):
    def __init__(self, html):
        super().__init__()
        self.images = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag == "img":
            self.images.append(dict(attrs))


def images(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return Images(response.content.decode()).images


@pytest.fixture
def described_image():
    image = get_image_model().objects.filter(title__startswith="demo: ").first()
    image.description = DESCRIPTION
    image.save()
    return image


def test_the_main_picture_takes_the_image_description(client, described_image, locales):
    index = EventIndexPage.objects.get(locale=locales["uz"])
    report = EventReportPageFactory(parent=index, title="Tavsifli rasm", hero_image=described_image)

    hero = images(client, report.url)[0]
    card = [img for img in images(client, index.url) if img.get("alt") == DESCRIPTION]

    assert hero["alt"] == DESCRIPTION
    assert "role" not in hero
    assert card, "the listing card should describe the picture too"


def test_an_image_block_without_alt_text_takes_the_image_description(
    client, described_image, locales
):
    index = EventIndexPage.objects.get(locale=locales["uz"])
    report = EventReportPageFactory(parent=index, title="Galereya")
    report.body = [("image", {"image": described_image, "alt_text": "", "caption": ""})]
    report.save_revision().publish()

    alts = [img.get("alt") for img in images(client, report.url)]

    assert DESCRIPTION in alts


def test_an_image_block_keeps_its_own_alt_text(client, described_image, locales):
    index = EventIndexPage.objects.get(locale=locales["uz"])
    report = EventReportPageFactory(parent=index, title="Oʻz matni bilan")
    report.body = [("image", {"image": described_image, "alt_text": "Oʻz matni", "caption": ""})]
    report.save_revision().publish()

    alts = [img.get("alt") for img in images(client, report.url)]

    assert "Oʻz matni" in alts and DESCRIPTION not in alts


def test_a_picture_without_any_text_is_marked_decorative(client, sechenov):
    report = sechenov["uz"]
    assert not report.hero_image.description

    hero = images(client, report.url)[0]

    assert hero["alt"] == "" and hero["role"] == "presentation"


def test_no_demo_page_has_an_image_with_an_empty_alt_that_is_not_decorative(client, locales):
    pages = Page.objects.live().public().filter(depth__gt=1).specific()
    checked = 0
    for page in pages:
        url = page.url
        if not url:
            continue
        for img in images(client, url):
            checked += 1
            assert "alt" in img, (url, img)
            if not img["alt"].strip():
                assert img.get("role") == "presentation", (url, img.get("src"))
    assert checked > 10
    assert EventReportPage.objects.live().exists()
