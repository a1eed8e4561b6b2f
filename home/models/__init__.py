from .base import BasePage, hero_image_field
from .links import TopicLink
from .pages import ContentPage, HomePage
from .site_details import SiteDetails
from .snippets import Person, Topic

__all__ = [
    "BasePage",
    "ContentPage",
    "HomePage",
    "Person",
    "SiteDetails",
    "Topic",
    "TopicLink",
    "hero_image_field",
]
