from .base import BasePage, hero_image_field
from .links import EventLink, PartnerLink, TopicLink
from .pages import ContentPage, HomePage
from .site_details import SiteDetails
from .snippets import Person, Topic

__all__ = [
    "BasePage",
    "ContentPage",
    "EventLink",
    "HomePage",
    "PartnerLink",
    "Person",
    "SiteDetails",
    "Topic",
    "TopicLink",
    "hero_image_field",
]
