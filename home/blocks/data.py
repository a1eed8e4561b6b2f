from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class KeyFigureBlock(blocks.StructBlock):
    """One figure: a number that stays the same in every language, and its label."""

    value = blocks.IntegerBlock(label=_("Number"), min_value=0)
    label = blocks.CharBlock(
        label=_("Label"), max_length=80, help_text=_("For example: hours of classes.")
    )

    class Meta:
        icon = "order"
        label = _("Figure")


class KeyFiguresBlock(blocks.StructBlock):
    """A row of key figures, e.g. "36 hours of classes", "9 students"."""

    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Figures"), min_num=1, max_num=6)

    class Meta:
        icon = "table"
        label = _("Key figures")
        template = "blocks/key_figures_block.html"


class TableRowBlock(blocks.StructBlock):
    cells = blocks.ListBlock(blocks.CharBlock(label=_("Cell"), required=False), label=_("Cells"))

    class Meta:
        label = _("Row")


class TableBlock(blocks.StructBlock):
    """A simple data table whose every cell translators can translate."""

    caption = blocks.CharBlock(label=_("Caption"), max_length=200)
    header = blocks.ListBlock(blocks.CharBlock(label=_("Column heading")), label=_("Header"))
    rows = blocks.ListBlock(TableRowBlock(), label=_("Rows"))

    class Meta:
        icon = "table"
        label = _("Table")
        template = "blocks/table_block.html"
