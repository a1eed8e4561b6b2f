from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from .data import KeyFiguresBlock, TableBlock
from .media import DocumentLinkBlock, GalleryBlock, ImageBlock
from .text import HeadingBlock, ParagraphBlock, QuoteBlock


class BodyStreamBlock(blocks.StreamBlock):
    """The body of every content page."""

    paragraph = ParagraphBlock()
    heading = HeadingBlock()
    image = ImageBlock()
    gallery = GalleryBlock()
    quote = QuoteBlock()
    document = DocumentLinkBlock()
    key_figures = KeyFiguresBlock()
    table = TableBlock()

    class Meta:
        label = _("Body")


class GalleryStreamBlock(blocks.StreamBlock):
    """Photos of an event, in order."""

    image = ImageBlock()

    class Meta:
        label = _("Gallery")
