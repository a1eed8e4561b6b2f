"""What an editor pastes or forges into the page editor cannot run script on the public page."""

import json

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest

from home.blocks.text import PARAGRAPH_FEATURES
from home.models import ContentPage
from tests.integration.html_audit import PageAudit

SCRIPT = "<script>alert(1)</script><img src=x onerror=alert(2)>"
LINK = '<a href="javascript:alert(3)" onclick="alert(4)">x</a>'
PASTED_HTML = (
    '<p onclick="alert(5)" style="color:red">Pasted <b onmouseover="alert(6)">bold</b>'
    '<script>alert(7)</script><img src="x" onerror="alert(8)"/>'
    '<a href="javascript:alert(9)">js</a> <a href=" JaVa&#x09;ScRiPt:alert(10)">tab</a> '
    '<a href="data:text/html,&lt;script&gt;alert(11)&lt;/script&gt;">data</a> '
    '<a href="https://example.org/" onclick="alert(12)">fine</a></p>'
    '<iframe src="javascript:alert(13)"></iframe><style>body{display:none}</style>'
    '<svg onload="alert(14)"></svg><object data="x.swf"></object>'
)


def block(key, text, block_type="unstyled", entities=(), styles=(), data=None):
    return {
        "key": key,
        "text": text,
        "type": block_type,
        "depth": 0,
        "inlineStyleRanges": list(styles),
        "entityRanges": list(entities),
        "data": data or {},
    }


def link(url, **extra):
    return {"type": "LINK", "mutability": "MUTABLE", "data": {"url": url, **extra}}


# Draftail's own format, written by hand the way a forged request could send it: hostile text,
# links to script URLs, entity and block types the paragraph does not allow, a made-up style.
FORGED_CONTENTSTATE = json.dumps(
    {
        "blocks": [
            block("a1", SCRIPT, entities=[{"offset": 0, "length": 8, "key": 0}]),
            block("a2", "tab link", entities=[{"offset": 0, "length": 3, "key": 1}]),
            block("a3", "data link", entities=[{"offset": 0, "length": 4, "key": 2}]),
            block("a4", "quoted", entities=[{"offset": 0, "length": 6, "key": 3}]),
            block("a5", "picture", entities=[{"offset": 0, "length": 7, "key": 4}]),
            block("a6", "embed", "atomic", entities=[{"offset": 0, "length": 5, "key": 5}]),
            block("a7", "a script block", "script"),
            block("a8", "styled", styles=[{"offset": 0, "length": 6, "style": "onclick"}]),
            block("a9", "data", data={"onclick": "alert(15)", "style": "x"}),
        ],
        "entityMap": {
            "0": link("javascript:alert(16)"),
            "1": link("\tJaVaScRiPt:alert(17)", onclick="alert(18)"),
            "2": link("data:text/html,<script>alert(19)</script>"),
            "3": link('https://example.org/" onmouseover="alert(20)'),
            "4": {"type": "IMAGE", "mutability": "IMMUTABLE", "data": {"src": "x", "onerror": "1"}},
            "5": {"type": "EMBED", "mutability": "IMMUTABLE", "data": {"html": SCRIPT}},
        },
    }
)


def listblock(values):
    data = {
        str(index): {"value": value, "deleted": "", "order": str(index), "id": ""}
        for index, value in enumerate(values)
    }
    data["count"] = str(len(values))
    return data


@pytest.fixture
def editor_client(client, django_user_model):
    editor = django_user_model.objects.create_superuser("paster", "paster@example.org", "pw")
    client.force_login(editor)
    return client


@pytest.fixture
def document(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return get_document_model().objects.create(
        title="Programme", file=ContentFile(b"%PDF-1.4\n", name="programme.pdf")
    )


def publish_content_page(client, parent, body, title="Xavfsizlik sinovi", slug="xavfsizlik"):
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": SCRIPT + LINK,
            "hero_image": "",
            "body": streamfield(body),
            "comments": inline_formset([]),
        }
    )
    data["action-publish"] = "action-publish"
    response = client.post(f"/admin/pages/add/home/contentpage/{parent.pk}/", data)
    assert response.status_code == 302, response.context["form"].errors
    return ContentPage.objects.get(slug=slug, locale=parent.locale)


def audit_public_page(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    audit = PageAudit(html)
    assert audit.inline_scripts == []
    assert audit.style_elements == []
    assert audit.style_attributes == []
    assert audit.event_handlers == []
    assert audit.script_urls == []
    assert audit.foreign_fetches() == []
    # JSON-LD repeats the title and summary: nothing in it can close its <script> element.
    assert all("<" not in data for data in audit.data_scripts)
    return html


def test_forged_rich_text_loses_script_handlers_and_script_links(editor_client, client, homes):
    page = publish_content_page(
        editor_client, homes["uz"], [("paragraph", FORGED_CONTENTSTATE)], title=SCRIPT
    )

    html = audit_public_page(client, page)

    stored = PageAudit(page.body.raw_data[0]["value"])
    assert stored.inline_scripts == stored.event_handlers == stored.script_urls == []
    assert stored.fetches == []
    # The editor's words stay, shown as text; the quoted URL stays inside its attribute.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'href="https://example.org/&quot; onmouseover=&quot;alert(20)"' in html


def test_pasted_html_keeps_only_the_allowed_formatting(editor_client, client, homes):
    pasted = rich_text(PASTED_HTML, features=PARAGRAPH_FEATURES)

    page = publish_content_page(editor_client, homes["uz"], [("paragraph", pasted)])

    html = audit_public_page(client, page)
    assert "<b>bold</b>" in html
    assert '<a href="https://example.org/">fine</a>' in html
    for element in ("<iframe", "<object", "<svg onload", '<img src="x"'):
        assert element not in html


def test_plain_text_blocks_escape_markup(editor_client, client, homes, document):
    image = get_image_model().objects.first()
    body = [
        ("heading", {"text": SCRIPT, "level": "h2"}),
        ("quote", {"quote": f"{SCRIPT}\n{LINK}", "attribution": LINK}),
        (
            "table",
            {
                "caption": SCRIPT,
                "header": listblock([SCRIPT, LINK]),
                "rows": listblock([{"cells": listblock([SCRIPT, "javascript:alert(21)"])}]),
            },
        ),
        ("key_figures", {"figures": listblock([{"value": "7", "label": SCRIPT}])}),
        ("image", {"image": image.pk, "alt_text": '" onerror="alert(22)', "caption": LINK}),
        ("document", {"document": document.pk, "title": SCRIPT}),
    ]

    page = publish_content_page(editor_client, homes["uz"], body)

    html = audit_public_page(client, page)
    shown = html.count("&lt;script&gt;alert(1)&lt;/script&gt;")
    # Heading, quote, caption, column heading, cell, figure label, document link, summary.
    assert shown >= 8
    assert 'alt="&quot; onerror=&quot;alert(22)"' in html
    assert "&lt;a href=&quot;javascript:alert(3)&quot;" in html


@pytest.mark.parametrize(
    "posted",
    [
        PASTED_HTML,
        "[]",
        '{"blocks": 5}',
        '{"blocks": [{"text": "a", "type": "unstyled", "entityRanges": [{"key": 9}]}]}',
        '{"blocks": [{"text": "a", "type": "unordered-list-item", "depth": 100000}]}',
    ],
)
def test_rich_text_that_is_not_draftail_json_is_a_form_error_not_a_500(
    editor_client, homes, posted
):
    data = nested_form_data(
        {
            "title": "Soxta",
            "slug": "soxta",
            "summary": "",
            "hero_image": "",
            "body": streamfield([("paragraph", posted)]),
            "comments": inline_formset([]),
        }
    )
    data["action-publish"] = "action-publish"

    response = editor_client.post(f"/admin/pages/add/home/contentpage/{homes['uz'].pk}/", data)

    assert response.status_code == 200
    assert response.context["form"].errors["body"]
    assert not ContentPage.objects.filter(slug="soxta").exists()
