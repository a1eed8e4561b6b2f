"""StreamField blocks shared by every page type. One module per block family."""

from .data import KeyFigureBlock, KeyFiguresBlock, TableBlock
from .media import DocumentLinkBlock, GalleryBlock, ImageBlock
from .streams import BodyStreamBlock, GalleryStreamBlock
from .text import HeadingBlock, ParagraphBlock, QuoteBlock

__all__ = [
    "BodyStreamBlock",
    "DocumentLinkBlock",
    "GalleryBlock",
    "GalleryStreamBlock",
    "HeadingBlock",
    "ImageBlock",
    "KeyFigureBlock",
    "KeyFiguresBlock",
    "ParagraphBlock",
    "QuoteBlock",
    "TableBlock",
]
