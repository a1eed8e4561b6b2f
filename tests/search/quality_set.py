"""The search-quality set: queries a reader would type, with the demo stories (by key, which is
their slug in every language) that must come first.

A query passes when its first three results are stories it expects, as many as it lists (up to
three); its reciprocal rank is 1 / the rank of the first story it expects. `typo=True` marks
queries only PostgreSQL's trigram similarity can answer.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Query:
    text: str
    expected: tuple
    typo: bool = False


def q(text, *expected, typo=False):
    return Query(text, expected, typo)


SECHENOV_TITLES = ("sechenov", "sechenov-2023", "sechenov-announcement", "sechenov-report")
TAJIK_TITLES = ("tajik", "tajik-training-2022", "tajik-training-announcement")
ASTANA_TITLES = (
    "astana",
    "astana-mobility-2022",
    "astana-mobility-announcement",
    "astana-mobility-report",
)
ASTANA_SMAILOVA = ("astana-mobility-2022", "astana-mobility-announcement")
HAEMORRHAGE = ("russian-round-table-2022", "round-table-2022-report")
PRETERM = ("russian-seminar-2024", "seminar-2024-report")
ANTENATAL = ("russian-webinar-2025", "webinar-2025-report")
MASTER_CLASSES = ("master-class-2023", "master-class-2023-report", "residents-master-class-2027")
ANNUAL_SEMINARS = ("russian-seminar-2024", "russian-seminar-2027")
ISTEDOD = ("istedod", "foundations-calls-2025")
# Named in the body text only.
TILYAVOVA = (
    "sechenov-2023",
    "sechenov-announcement",
    "sechenov-students-impressions",
    "residents-master-class-2027",
)

# Uzbek: old Latin with every apostrophe, new Latin (ö ğ ş ç), Cyrillic; endings.
UZBEK = [
    q("Smailova mashgʻulotlari", "astana-mobility-2022"),
    q("Smailova mashg'ulotlari", "astana-mobility-2022"),
    q("Smailova mashg‘ulotlari", "astana-mobility-2022"),
    q("Smailova mashg’ulotlari", "astana-mobility-2022"),
    q("Smailova maşğulotlari", "astana-mobility-2022"),
    q("Смаилова машғулотлари", "astana-mobility-2022"),
    q("Oʻzbekiston Respublikasi Prezidenti", "istedod"),
    q("O`zbekiston Respublikasi", "istedod"),
    q("Özbekiston Respublikasi Prezidenti", "istedod"),
    q("Ўзбекистон Республикаси Президенти", "istedod"),
    q("Iste’dod jamgʻarmasi", *ISTEDOD),
    q("Истеъдод", *ISTEDOD),
    q("yillik seminarlar", *ANNUAL_SEMINARS),
    q("Samarqandda seminar", "seminar-2024-report"),
    q("Самарқанддаги семинар", "seminar-2024-report"),
    q("Sechenov universitetiga tashrif", "sechenov-announcement", "sechenov-report"),
    q("Сеченов университетига ташриф", "sechenov-announcement", "sechenov-report"),
    q("Moskvadan qaytib", "sechenov-report"),
    q("Москвадан қайтиб", "sechenov-report"),
    q("talabalarning taassurotlari", "sechenov-students-impressions"),
    q("Dushanbedagi oʻqish", "tajik-training-report"),
    q("Tojikiston davlat tibbiyot universiteti", *TAJIK_TITLES),
    q("Karachentseva vebinari", "webinar-2025-report"),
    q("Караченцева", "webinar-2025-report"),
    q("antenatal kuzatuv", *ANTENATAL),
    q("homiladorlikdagi gipertenziya", "webinar-2021-report"),
    q("akusherlik qon ketishlari", *HAEMORRHAGE),
    q("qon ketishining oldini olish", "russian-round-table-2022"),
    q("muddatidan oldingi tugʻruq", *PRETERM),
    q("mahorat darslari", *MASTER_CLASSES),
    q("simulyatorlarda", "master-class-2023-report"),
    q("rezidentlarni tayyorlash", "russian-round-table-2026", "round-table-2026-report"),
    q("GIZ va TIKA", "foundations-calls-2025"),
    q("Erasmus+", "erasmus"),
    q("Yaponiya agentligi", "jica"),
    q("Koreya jamgʻarmasi", "kofih"),
    q("Astana tibbiyot universiteti", "astana", "astana-mobility-2022"),
    q("grant tanlovlari", "foundations-briefing-2021"),
    q("ilmiy konferensiyalar", "conferences-2026"),
    q("2027-yildagi tadbirlar", "plans-2027"),
    q("ariza maslahatlari", "grant-applications-2024"),
    q("Abuali ibn Sino", "tajik"),
    q("Tilyavova", *TILYAVOVA),
    q("Тилявова", *TILYAVOVA),
    q("Sechenv universiteti", *SECHENOV_TITLES, typo=True),
]

# Russian: inflected forms (the reader's case is rarely the title's), ё = е.
RUSSIAN = [
    q("Сеченовского университета", *SECHENOV_TITLES),
    q("Сеченовский университет", *SECHENOV_TITLES),
    q("итоги визита в Сеченовский университет", "sechenov-report"),
    q("Москвы", "sechenov-report", "sechenov-students-impressions"),
    q("поездка в Москву", "sechenov-students-impressions"),
    q("Смаиловой", *ASTANA_SMAILOVA),
    q("доцент Смаилова", *ASTANA_SMAILOVA),
    q("Астаны", *ASTANA_TITLES),
    q("обучение в Душанбе", "tajik-training-report"),
    q("таджикский медицинский университет", *TAJIK_TITLES),
    q("кровотечения", *HAEMORRHAGE),
    q("акушерское кровотечение", *HAEMORRHAGE),
    q("преждевременные роды", *PRETERM),
    q("о преждевременных родах", *PRETERM),
    q("гипертензия беременных", "webinar-2021-report", "russian-webinar-2021"),
    q("антенатальное наблюдение", *ANTENATAL),
    q("Караченцевой", "webinar-2025-report"),
    q("Ирина Караченцева вебинар", "webinar-2025-report"),
    q("мастер-классы", *MASTER_CLASSES),
    q("симуляторы", "master-class-2023-report"),
    q("подготовка резидентов", "russian-round-table-2026"),
    q("резидентов магистратуры", "residents-international-work"),
    q("грантовых конкурсов", "foundations-briefing-2021"),
    q("фонд Истеъдод", *ISTEDOD),
    q("японского агентства", "jica"),
    q("корейский фонд", "kofih"),
    q("KOICA", "koica"),
    q("Erasmus", "erasmus"),
    q("итоги 2024 года", "results-2024"),
    q("научных конференций", "conferences-2026"),
    q("зарубежные преподаватели", "academic-year-2025-2026"),
    q("ежегодные семинары", *ANNUAL_SEMINARS),
    q("проведет занятия", "astana-mobility-announcement"),
    q("объемом 36 часов", "astana-mobility-report"),
    q("заявки в международные программы", "grant-applications-2024"),
    q("Абуали ибни Сино", "tajik"),
    q("Тилявовой", *TILYAVOVA),
    q("Сеченвский университет", *SECHENOV_TITLES, typo=True),
]

ENGLISH = [
    q("Sechenov University", *SECHENOV_TITLES),
    q("visit to Sechenov University", "sechenov-2023", "sechenov-announcement", "sechenov-report"),
    q("trip to Moscow", "sechenov-students-impressions"),
    q("back from Moscow", "sechenov-report"),
    q("Smailova", *ASTANA_SMAILOVA),
    q("Astana Medical University", "astana", "astana-mobility-2022"),
    q("training in Dushanbe", "tajik-training-report"),
    q("Tajik State Medical University", *TAJIK_TITLES),
    q("obstetric haemorrhage", *HAEMORRHAGE),
    q("preterm labour", *PRETERM),
    q("hypertension in pregnancy", "webinar-2021-report", "russian-webinar-2021"),
    q("antenatal care", *ANTENATAL),
    q("Karachentseva webinar", "webinar-2025-report"),
    q("master classes", *MASTER_CLASSES),
    q("simulators", "master-class-2023-report"),
    q("emergency obstetric skills", "master-class-2023-report", "residents-master-class-2027"),
    q("training residents", "russian-round-table-2026", "round-table-2026-report"),
    q("master's residents", "residents-international-work"),
    q("grant competitions", "foundations-briefing-2021"),
    q("Iste'dod Foundation", *ISTEDOD),
    q("Istedod", *ISTEDOD),
    q("Japan", "jica"),
    q("Korea agency", "koica"),
    q("Korean healthcare foundation", "kofih"),
    q("Turkish agency", "tika"),
    q("GIZ", "giz", "foundations-calls-2025"),
    q("Erasmus+", "erasmus"),
    q("applications to international programmes", "grant-applications-2024"),
    q("spring conferences", "conferences-2026"),
    q("new academic year", "academic-year-2025-2026", "international-priorities-2021"),
    q("2024 look back", "results-2024"),
    q("save the date 2027", "plans-2027"),
    q("annual seminars with Russian universities", *ANNUAL_SEMINARS),
    q("Abuali ibni Sino", "tajik"),
    q("Tilyavova", *TILYAVOVA),
    q("Sechnov University", *SECHENOV_TITLES, typo=True),
]

QUALITY_SET = {"uz": UZBEK, "ru": RUSSIAN, "en": ENGLISH}

# What SQLite must get right too (it matches word beginnings without a real stemmer): names,
# the Uzbek scripts and apostrophes, endings.
SQLITE_BASICS = {
    "uz": UZBEK[:10] + [UZBEK[12], UZBEK[17], UZBEK[18], UZBEK[23]],
    "ru": RUSSIAN[:2] + [RUSSIAN[5], RUSSIAN[16], RUSSIAN[26], RUSSIAN[33]],
    "en": ENGLISH[:2] + [ENGLISH[4], ENGLISH[8], ENGLISH[20], ENGLISH[21]],
}
