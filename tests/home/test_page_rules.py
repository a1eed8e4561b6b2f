"""Parent/child rules: editors can only create each page type where it belongs."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from events.models import EventIndexPage, EventReportPage
from home.models import ContentPage, HomePage
from news.models import NewsArticlePage, NewsIndexPage
from partners.models import PartnerIndexPage, PartnerProfilePage


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_holds_the_sections_and_content_pages(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {ContentPage, NewsIndexPage, EventIndexPage, PartnerIndexPage},
        )

    def test_each_leaf_lives_only_under_its_index(self):
        self.assertAllowedParentPageTypes(NewsArticlePage, {NewsIndexPage})
        self.assertAllowedParentPageTypes(EventReportPage, {EventIndexPage})
        self.assertAllowedParentPageTypes(PartnerProfilePage, {PartnerIndexPage})

    def test_leaves_have_no_children(self):
        for leaf in (NewsArticlePage, EventReportPage, PartnerProfilePage):
            self.assertAllowedSubpageTypes(leaf, set())

    def test_indexes_hold_only_their_own_pages(self):
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsArticlePage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventReportPage})
        self.assertAllowedSubpageTypes(PartnerIndexPage, {PartnerProfilePage})

    def test_content_pages_nest_only_under_home_or_content_pages(self):
        self.assertAllowedParentPageTypes(ContentPage, {HomePage, ContentPage})
        self.assertCanNotCreateAt(NewsIndexPage, ContentPage)

    def test_one_index_of_each_kind_per_language_home(self):
        for home in HomePage.objects.all():
            for index_model in (NewsIndexPage, EventIndexPage, PartnerIndexPage):
                self.assertFalse(index_model.can_create_at(home), f"{index_model} under {home}")

    def test_a_new_language_home_gets_its_own_indexes(self):
        root = Page.get_first_root_node()
        bare_home = root.add_child(instance=ContentPage(title="Scratch", slug="scratch"))
        # A content page is no home, but the per-parent limit is what is being tested.
        self.assertTrue(ContentPage.can_create_at(bare_home))
        self.assertFalse(NewsIndexPage.can_create_at(bare_home))

    def test_no_second_home_page_by_hand(self):
        self.assertFalse(HomePage.can_create_at(Page.get_first_root_node()))
