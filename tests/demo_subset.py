"""A small slice of the demo data around the Sechenov exchange, for fast database tests."""

from types import SimpleNamespace

from demo import data

SECHENOV_EVENT = "sechenov-2023"


def sechenov_subset():
    event = next(item for item in data.EVENTS if item["key"] == SECHENOV_EVENT)
    astana = next(item for item in data.EVENTS if item["key"] == "astana-mobility-2022")
    events = [event, astana]
    partner_keys = {key for item in events for key in item["partners"]}
    person_keys = {entry["person"] for item in events for entry in item["participants"]}
    news = [
        item
        for item in data.NEWS
        if set(item["events"]) <= {e["key"] for e in events}
        and set(item["partners"]) <= partner_keys
    ][:3]
    topic_keys = {key for item in events + news for key in item["topics"]}
    return SimpleNamespace(
        SITE=data.SITE,
        TOPICS=[item for item in data.TOPICS if item["key"] in topic_keys],
        PEOPLE=[item for item in data.PEOPLE if item["key"] in person_keys],
        PARTNERS=[item for item in data.PARTNERS if item["key"] in partner_keys],
        EVENTS=events,
        NEWS=news,
        PAGES=data.PAGES[:1],
    )
