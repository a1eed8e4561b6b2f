"""Words as the search compares them (search.words): one fold key per Uzbek word in any script,
Uzbek endings, ё = е."""

import pytest

from search.words import crude_stem, index_words, uzbek_stem, words

OZBEKISTON = [
    "Oʻzbekiston",
    "O'zbekiston",
    "O‘zbekiston",
    "O’zbekiston",
    "Oʼzbekiston",
    "O`zbekiston",
    "Ozbekiston",
    "Özbekiston",
    "Ўзбекистон",
    "ЎЗБЕКИСТОН",
    "OʻZBEKISTON",
]


@pytest.mark.parametrize("spelling", OZBEKISTON)
def test_every_spelling_of_an_uzbek_word_has_one_fold_key(spelling):
    assert words(spelling, "uz") == ["ozbekiston"]


@pytest.mark.parametrize(
    ("old_latin", "new_latin", "cyrillic"),
    [
        ("shoshilinch", "şoşilinç", "шошилинч"),
        ("mashgʻulotlari", "maşğulotlari", "машғулотлари"),
        ("ma’ruza", "maʼruza", "маъруза"),
        ("Choʻlpon", "Çölpon", "Чўлпон"),
        ("Sechenov", "Seçenov", "Сеченов"),
        ("yolka", "yolka", "ёлка"),
    ],
)
def test_the_three_scripts_fold_to_the_same_words(old_latin, new_latin, cyrillic):
    assert words(old_latin, "uz") == words(new_latin, "uz") == words(cyrillic, "uz")


def test_a_text_becomes_its_words_without_punctuation():
    assert words("«Iste’dod» jamgʻarmasi, 2023-yil!", "uz") == [
        "istedod",
        "jamgarmasi",
        "2023",
        "yil",
    ]
    assert words("«'’", "uz") == []


@pytest.mark.parametrize("language", ["ru", "en"])
def test_yo_is_ye_and_case_does_not_matter(language):
    assert words("Партнёры ЁЛКА", language) == ["партнеры", "елка"]


@pytest.mark.parametrize(
    ("form", "stem"),
    [
        ("seminarlarda", "seminar"),
        ("seminar", "seminar"),
        ("kafedrasi", "kafedra"),
        ("universitetida", "universitet"),
        ("talabalari", "talaba"),
        ("toskentdagi", "toskent"),
        ("moskvadan", "moskva"),
        ("ozbekistonning", "ozbekiston"),
        # k, q and g alternate before endings: every form gets the same stem.
        ("hamkorligi", "hamkorlik"),
        ("hamkorlik", "hamkorlik"),
        ("qislogida", "qislok"),
        ("qisloq", "qislok"),
        # Too short to lose anything, or an ending that is part of the stem.
        ("ali", "ali"),
        ("ming", "ming"),
    ],
)
def test_uzbek_stems(form, stem):
    assert uzbek_stem(form) == stem


def test_uzbek_index_words_hold_each_word_and_its_stem():
    assert index_words("Seminarlarda ishtirok", "uz") == ["seminarlarda", "istirok", "seminar"]


def test_russian_and_english_keep_their_words_for_the_database_stemmer():
    assert index_words("Сеченовского университета", "ru") == ["сеченовского", "университета"]


@pytest.mark.parametrize(
    ("word", "language", "stem"),
    [
        ("сеченовского", "ru", "сеченовск"),
        ("университета", "ru", "университет"),
        ("москвы", "ru", "москв"),
        ("universities", "en", "universit"),
        ("seminars", "en", "seminar"),
        ("sino", "en", "sino"),
    ],
)
def test_sqlite_cuts_one_common_ending(word, language, stem):
    assert crude_stem(word, language) == stem
