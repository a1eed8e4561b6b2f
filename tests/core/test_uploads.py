"""Uploads through the admin: only images we render, within size and pixel limits; documents
only with allowed extensions, and always downloaded, never shown inline."""

import io
import struct
import zlib

from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils import translation

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

import pytest
from PIL import Image as PILImage

SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(document.cookie)</script><rect width='10' height='10'/></svg>"
)
HTML = b"<!doctype html><html><body><script>alert(document.cookie)</script></body></html>"


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def in_english(message, **values):
    with translation.override("en"):
        return translation.gettext(message) % values if values else translation.gettext(message)


def png(width=32, height=24):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (200, 30, 90)).save(buffer, "PNG")
    return buffer.getvalue()


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_claiming(width, height):
    """A few hundred bytes that say they are a width × height picture: a decompression bomb."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 1024))
        + chunk(b"IEND", b"")
    )


def upload_image(admin_client, name, content):
    """The admin's (multiple) image uploader, as the editor's browser calls it."""
    response = admin_client.post(
        "/admin/images/multiple/add/",
        {"files[]": SimpleUploadedFile(name, content)},
        headers={"accept-language": "en"},
    )
    assert response.status_code == 200
    return response.json()


def upload_document(admin_client, name, content, content_type="application/octet-stream"):
    response = admin_client.post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile(name, content, content_type=content_type)},
        headers={"accept-language": "en"},
    )
    assert response.status_code == 200
    return response.json()


def test_a_png_is_accepted(admin_client):
    before = get_image_model().objects.count()

    result = upload_image(admin_client, "poster.png", png())

    assert result["success"] is True
    assert get_image_model().objects.count() == before + 1


def test_an_svg_image_is_refused_with_the_supported_formats(admin_client):
    before = get_image_model().objects.count()

    result = upload_image(admin_client, "logo.svg", SVG)

    assert result["success"] is False
    assert result["error_message"] == in_english(
        "Not a supported image format. Supported formats: %(supported_formats)s.",
        supported_formats="JPG, JPEG, PNG, WEBP, AVIF",
    )
    assert get_image_model().objects.count() == before


def test_the_single_image_form_refuses_an_svg_too(admin_client):
    before = get_image_model().objects.count()

    response = admin_client.post(
        "/admin/images/add/",
        {"title": "Logo", "file": SimpleUploadedFile("logo.svg", SVG)},
        headers={"accept-language": "en"},
    )

    assert response.status_code == 200
    assert "Not a supported image format" in response.context["form"].errors["file"][0]
    assert get_image_model().objects.count() == before


@pytest.mark.parametrize(
    ("name", "content"),
    [("logo.png", SVG), ("page.jpg", HTML), ("empty.webp", b"")],
)
def test_a_file_that_only_pretends_to_be_an_image_is_refused(admin_client, name, content):
    before = get_image_model().objects.count()

    result = upload_image(admin_client, name, content)

    assert result["success"] is False
    assert result["error_message"]
    assert get_image_model().objects.count() == before


def test_an_image_over_the_size_limit_is_refused(admin_client, settings):
    limit = settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    assert limit == 10 * 1024 * 1024
    content = png()
    content += b"\x00" * (limit + 1 - len(content))

    result = upload_image(admin_client, "huge.png", content)

    assert result["success"] is False
    assert result["error_message"] == in_english(
        "This file is too big (%(file_size)s). Maximum filesize %(max_filesize)s.",
        file_size=filesizeformat(limit + 1),
        max_filesize=filesizeformat(limit),
    )


def test_an_image_with_more_pixels_than_allowed_is_refused(admin_client, settings):
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000
    before = get_image_model().objects.count()

    result = upload_image(admin_client, "wide.png", png_claiming(8000, 6000))

    assert result["success"] is False
    assert result["error_message"] == in_english(
        "This file has too many pixels (%(num_pixels)s). Maximum pixels %(max_pixels_count)s.",
        num_pixels=48_000_000,
        max_pixels_count=40_000_000,
    )
    assert get_image_model().objects.count() == before


def test_a_decompression_bomb_is_refused_with_a_message_not_a_500(admin_client):
    bomb = png_claiming(100_000, 100_000)
    assert len(bomb) < 1000

    result = upload_image(admin_client, "bomb.png", bomb)

    assert result["success"] is False
    assert "too many pixels" in result["error_message"]


def test_a_bomb_just_over_pillows_own_limit_is_refused_before_it_is_decoded(admin_client):
    result = upload_image(admin_client, "bomb.png", png_claiming(9500, 9500))

    assert result["success"] is False
    assert "too many pixels" in result["error_message"]


def test_a_truncated_image_is_refused_as_not_an_image(admin_client):
    before = get_image_model().objects.count()

    result = upload_image(admin_client, "cut.png", png_claiming(300, 200))

    assert result["success"] is False
    assert result["error_message"] == in_english(
        "Upload a valid image. The file you uploaded was either not an image or a corrupted image."
    )
    assert get_image_model().objects.count() == before


def test_a_pdf_document_is_accepted_and_downloaded_as_an_attachment(admin_client, client):
    result = upload_document(admin_client, "programme.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf")
    assert result["success"] is True
    document = get_document_model().objects.get(pk=result["doc_id"])

    response = client.get(document.url)

    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/pdf"
    assert response.headers["Content-Disposition"].startswith("attachment;")
    assert "programme.pdf" in response.headers["Content-Disposition"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Content-Security-Policy"] == "default-src 'none'"


def test_html_in_a_text_document_is_downloaded_as_plain_text(admin_client, client):
    result = upload_document(admin_client, "notes.txt", HTML, "text/html")
    document = get_document_model().objects.get(pk=result["doc_id"])

    response = client.get(document.url)

    assert response.headers["Content-Type"].startswith("text/plain")
    assert response.headers["Content-Disposition"].startswith("attachment;")
    assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("page.html", HTML),
        ("page.htm", HTML),
        ("page.xhtml", HTML),
        ("logo.svg", SVG),
        ("script.js", b"alert(1)"),
        ("setup.exe", b"MZ"),
        ("no-extension", HTML),
    ],
)
def test_a_document_with_another_extension_is_refused(admin_client, name, content):
    before = get_document_model().objects.count()

    result = upload_document(admin_client, name, content)

    assert result["success"] is False
    assert "is not allowed" in result["error_message"]
    assert "pdf, docx" in result["error_message"]
    assert get_document_model().objects.count() == before


def test_the_single_document_form_refuses_html_too(admin_client):
    before = get_document_model().objects.count()

    response = admin_client.post(
        "/admin/documents/add/",
        {"title": "Page", "file": SimpleUploadedFile("page.html", HTML)},
        headers={"accept-language": "en"},
    )

    assert response.status_code == 200
    assert "is not allowed" in response.context["form"].errors["file"][0]
    assert get_document_model().objects.count() == before


def test_a_document_over_the_size_limit_is_refused(admin_client, settings):
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 20 * 1024 * 1024
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024

    result = upload_document(admin_client, "big.pdf", b"%PDF-1.4\n" + b"0" * 2048)

    assert result["success"] is False
    assert "too big" in result["error_message"]
