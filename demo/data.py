"""Demo content for the department site, as plain data (no Django imports).

Facts come from the department's page on international cooperation; the texts are written
anew in three languages. Every translatable text is a dict {"uz": ..., "ru": ..., "en": ...}
(Uzbek in Latin script with the modifier letter ʻ in oʻ/gʻ and ’ for the tutuq belgisi).
Body texts are lists of plain-text paragraphs. Apart from country and city names, no text is
repeated within a language, so every text can serve as a translation-memory key.

A person's "degree" and a programme's "city" are {"uz": "", "ru": "", "en": ""} when unknown
or not applicable. Partner "kind" is one of university, research_centre, hospital, foundation,
programme; "agreement_kind" one of memorandum, agreement, programme, none. Event "kind" is one
of academic_mobility, seminar, webinar, round_table, master_class, conference,
training_course, other; "format" one of in_person, online, hybrid. A participant's "role" is
free text; "role_kind" is the nearest events.models.ParticipantRole code. English country
names match the labels of home.choices.Country. Keys in "partners", "participants",
"events" and "topics" refer to the "key" of the items in the lists below.
"""

import datetime

TOPICS = [
    {
        "key": "academic-mobility",
        "slug": "academic-mobility",
        "name": {
            "uz": "Akademik mobillik",
            "ru": "Академическая мобильность",
            "en": "Academic mobility",
        },
    },
    {
        "key": "seminar",
        "slug": "seminars",
        "name": {"uz": "Seminarlar", "ru": "Семинары", "en": "Seminars"},
    },
    {
        "key": "webinar",
        "slug": "webinars",
        "name": {"uz": "Vebinarlar", "ru": "Вебинары", "en": "Webinars"},
    },
    {
        "key": "conference",
        "slug": "conferences",
        "name": {"uz": "Konferensiyalar", "ru": "Конференции", "en": "Conferences"},
    },
    {
        "key": "round-table",
        "slug": "round-tables",
        "name": {
            "uz": "Davra suhbatlari",
            "ru": "Круглые столы",
            "en": "Round tables",
        },
    },
    {
        "key": "master-class",
        "slug": "master-classes",
        "name": {
            "uz": "Mahorat darslari",
            "ru": "Мастер-классы",
            "en": "Master classes",
        },
    },
    {
        "key": "international-grants",
        "slug": "international-grants",
        "name": {
            "uz": "Xalqaro grantlar va jamgʻarmalar",
            "ru": "Международные гранты и фонды",
            "en": "International grants and foundations",
        },
    },
    {
        "key": "residents-and-students",
        "slug": "residents-and-students",
        "name": {
            "uz": "Rezidentlar va talabalar",
            "ru": "Резиденты и студенты",
            "en": "Residents and students",
        },
    },
]

PEOPLE = [
    {
        "key": "khudoyarova",
        "name": {
            "uz": "D. R. Xudoyarova",
            "ru": "Д. Р. Худоярова",
            "en": "D. R. Khudoyarova",
        },
        "degree": {
            "uz": "tibbiyot fanlari doktori, dotsent",
            "ru": "доктор медицинских наук, доцент",
            "en": "Doctor of Medical Sciences, Associate Professor",
        },
        "position": {
            "uz": "Kafedra mudiri",
            "ru": "Заведующая кафедрой",
            "en": "Head of the Department",
        },
        "bio": {
            "uz": (
                "Kafedraga rahbarlik qiladi va xalqaro hamkorlik yoʻnalishini "
                "boshqaradi: uning rahbarligida Astana tibbiyot universiteti bilan "
                "qoʻshma ilmiy loyihalar amalga oshirilmoqda, Rossiya tibbiyot "
                "oliygohlari hamkasblari bilan har yili oʻtkaziladigan seminarlarni "
                "esa professor N. I. Zokirova bilan birgalikda tashkil etadi."
            ),
            "ru": (
                "Руководит кафедрой и курирует её международное сотрудничество: под "
                "её руководством ведутся совместные научные проекты с Медицинским "
                "университетом Астана, а ежегодные семинары с коллегами из "
                "российских вузов она проводит вместе с профессором Н. И. Зокировой."
            ),
            "en": (
                "Leads the department and oversees its international work: under her "
                "leadership joint research projects are carried out with Astana "
                "Medical University, and together with Professor N. I. Zokirova she "
                "organises the annual seminars with colleagues from Russian medical "
                "universities."
            ),
        },
        "in_department": True,
    },
    {
        "key": "zokirova",
        "name": {
            "uz": "N. I. Zokirova",
            "ru": "Н. И. Зокирова",
            "en": "N. I. Zokirova",
        },
        "degree": {"uz": "", "ru": "", "en": ""},
        "position": {
            "uz": "Kafedra professori",
            "ru": "Профессор кафедры",
            "en": "Professor of the Department",
        },
        "bio": {
            "uz": (
                "Kafedra mudiri bilan birga Rossiya tibbiyot oliygohlari hamkasblari "
                "ishtirokidagi onlayn va oflayn seminarlar, vebinarlar, davra "
                "suhbatlari hamda mahorat darslarini har yili tashkil etib keladi."
            ),
            "ru": (
                "Вместе с заведующей кафедрой ежегодно организует очные и "
                "онлайн-семинары, вебинары, круглые столы и мастер-классы с участием "
                "коллег из ведущих медицинских вузов России."
            ),
            "en": (
                "Together with the head of the department, she organises the annual "
                "in-person and online seminars, webinars, round tables and master "
                "classes held with colleagues from leading Russian medical "
                "universities."
            ),
        },
        "in_department": True,
    },
    {
        "key": "tilyavova",
        "name": {
            "uz": "S. A. Tilyavova",
            "ru": "С. А. Тилявова",
            "en": "S. A. Tilyavova",
        },
        "degree": {"uz": "", "ru": "", "en": ""},
        "position": {
            "uz": "Kafedra assistenti",
            "ru": "Ассистент кафедры",
            "en": "Assistant of the Department",
        },
        "bio": {
            "uz": (
                "Kafedra assistenti; 2023-yil iyun oyida I. M. Sechenov nomidagi "
                "Birinchi Moskva davlat tibbiyot universitetiga tashrif buyurgan "
                "delegatsiya tarkibida akademik mobillik dasturida qatnashgan."
            ),
            "ru": (
                "Ассистент кафедры. В июне 2023 года в составе делегации кафедры "
                "участвовала в программе академической мобильности в Первом МГМУ им. "
                "И. М. Сеченова."
            ),
            "en": (
                "Assistant of the department. In June 2023 she was part of the "
                "departmental delegation that visited Sechenov University in Moscow "
                "under the academic mobility programme."
            ),
        },
        "in_department": True,
    },
    {
        "key": "shopulotova",
        "name": {
            "uz": "Z. A. Shopulotova",
            "ru": "З. А. Шопулотова",
            "en": "Z. A. Shopulotova",
        },
        "degree": {"uz": "", "ru": "", "en": ""},
        "position": {
            "uz": "Kafedra assistenti (avval kafedra magistranti)",
            "ru": "Ассистент кафедры (ранее магистрантка кафедры)",
            "en": "Assistant of the Department (formerly a master's student)",
        },
        "bio": {
            "uz": (
                "2021–2022 oʻquv yilida kafedra magistranti sifatida akademik "
                "mobillik dasturi asosida Tojikiston davlat tibbiyot universitetida "
                "18 soatlik oʻqishda qatnashgan, 2023-yil iyunida esa assistent "
                "sifatida Sechenov universitetiga borgan delegatsiya tarkibida "
                "boʻlgan."
            ),
            "ru": (
                "В 2021–2022 учебном году, будучи магистранткой кафедры, прошла "
                "18-часовое обучение в Таджикском государственном медицинском "
                "университете по программе академической мобильности, а в июне 2023 "
                "года уже как ассистент вошла в состав делегации в Сеченовский "
                "Университет."
            ),
            "en": (
                "In the 2021–2022 academic year, as a master's student of the "
                "department, she completed an 18-hour training at the Tajik State "
                "Medical University under the academic mobility programme; in June "
                "2023, by then an assistant, she joined the delegation to Sechenov "
                "University."
            ),
        },
        "in_department": True,
    },
    {
        "key": "shopulotov",
        "name": {
            "uz": "Sh. A. Shopulotov",
            "ru": "Ш. А. Шопулотов",
            "en": "Sh. A. Shopulotov",
        },
        "degree": {"uz": "", "ru": "", "en": ""},
        "position": {
            "uz": (
                "Kafedraning klinik (oʻquv) bazalar bilan ishlash boʻyicha yetakchi mutaxassisi"
            ),
            "ru": "Ведущий специалист кафедры по работе с клиническими (учебными) базами",
            "en": "Leading Specialist for Work with Clinical (Educational) Bases",
        },
        "bio": {
            "uz": (
                "Kafedraning klinik (oʻquv) bazalar bilan hamkorligini "
                "muvofiqlashtiradi. 2023-yil iyunida Sechenov universitetiga "
                "akademik mobillik doirasidagi tashrifda ishtirok etgan; delegatsiya "
                "u yerda klinik va oʻquv bazalar faoliyati bilan tanishgan."
            ),
            "ru": (
                "Отвечает за взаимодействие кафедры с клиническими (учебными) "
                "базами. Участвовал в визите по академической мобильности в "
                "Сеченовский Университет в июне 2023 года, где делегация знакомилась "
                "с организацией клинических и учебных баз."
            ),
            "en": (
                "Coordinates the department's work with its clinical (educational) "
                "bases. He took part in the June 2023 academic mobility visit to "
                "Sechenov University, where the delegation studied how the clinical "
                "and training bases are organised."
            ),
        },
        "in_department": True,
    },
    {
        "key": "smailova",
        "name": {
            "uz": "L. K. Smailova",
            "ru": "Л. К. Смаилова",
            "en": "L. K. Smailova",
        },
        "degree": {
            "uz": "tibbiyot fanlari nomzodi, dotsent",
            "ru": "кандидат медицинских наук, доцент",
            "en": "Candidate of Medical Sciences, Associate Professor",
        },
        "position": {
            "uz": "Astana tibbiyot universiteti akusherlik va ginekologiya kafedrasi dotsenti",
            "ru": "Доцент кафедры акушерства и гинекологии Медицинского университета Астана",
            "en": (
                "Associate Professor, Department of Obstetrics and Gynecology, "
                "Astana Medical University"
            ),
        },
        "bio": {
            "uz": (
                "Qozogʻistonlik hamkasb, Astanadagi akusherlik va ginekologiya "
                "kafedrasi dotsenti. Ikki kafedra oʻrtasidagi akademik mobillik "
                "dasturi doirasida kafedramiz uchun 36 soatlik mashgʻulotlar, davra "
                "suhbatlari, seminarlar va vebinarlar oʻtkazgan."
            ),
            "ru": (
                "Коллега из Казахстана, доцент кафедры акушерства и гинекологии в "
                "Астане. По программе академической мобильности между двумя "
                "кафедрами провела для нашей кафедры 36 часов занятий, круглых "
                "столов, семинаров и вебинаров."
            ),
            "en": (
                "A colleague from Kazakhstan and associate professor of obstetrics "
                "and gynecology in Astana. Under the academic mobility programme "
                "between the two departments she conducted 36 hours of classes, "
                "round tables, seminars and webinars for our department."
            ),
        },
        "in_department": False,
    },
    {
        "key": "karachentseva",
        "name": {
            "uz": "Irina Vasilyevna Karachentseva",
            "ru": "Ирина Васильевна Караченцева",
            "en": "Irina Vasilievna Karachentseva",
        },
        "degree": {
            "uz": "tibbiyot fanlari nomzodi (PhD), dotsent",
            "ru": "кандидат медицинских наук (PhD), доцент",
            "en": "PhD, Associate Professor",
        },
        "position": {
            "uz": "Akusherlik va ginekologiya kafedrasi dotsenti (Rossiya Federatsiyasi)",
            "ru": "Доцент кафедры акушерства и гинекологии (Российская Федерация)",
            "en": "Associate Professor of Obstetrics and Gynecology (Russian Federation)",
        },
        "bio": {
            "uz": (
                "Rossiya Federatsiyasidan boʻlgan akusherlik va ginekologiya "
                "dotsenti, kafedraning har yili onlayn va oflayn shaklda "
                "oʻtkaziladigan seminarlari, vebinarlari, davra suhbatlari va "
                "mahorat darslarining doimiy ishtirokchisi."
            ),
            "ru": (
                "Доцент кафедры акушерства и гинекологии из Российской Федерации, "
                "постоянная участница ежегодных семинаров, вебинаров, круглых столов "
                "и мастер-классов кафедры — как в онлайн-, так и в очном формате."
            ),
            "en": (
                "An associate professor of obstetrics and gynecology from the "
                "Russian Federation and a regular guest of the department, taking "
                "part in its annual seminars, webinars, round tables and master "
                "classes both online and in person."
            ),
        },
        "in_department": False,
    },
]

PARTNERS = [
    {
        "key": "sechenov",
        "name": {
            "uz": (
                "I. M. Sechenov nomidagi Birinchi Moskva davlat tibbiyot "
                "universiteti (Sechenov universiteti)"
            ),
            "ru": (
                "Первый Московский государственный медицинский университет имени И. "
                "М. Сеченова (Сеченовский Университет)"
            ),
            "en": "I. M. Sechenov First Moscow State Medical University (Sechenov University)",
        },
        "kind": "university",
        "country": {"uz": "Rossiya", "ru": "Россия", "en": "Russia"},
        "city": {"uz": "Moskva", "ru": "Москва", "en": "Moscow"},
        "website": "https://www.sechenov.ru",
        "cooperating_since": 2023,
        "agreement_kind": "memorandum",
        "agreement_date": None,
        "summary": {
            "uz": (
                "Moskvaning yetakchi tibbiyot oliygohlaridan biri; kafedra u bilan "
                "hamkorlik memorandumiga ega, 2023-yil iyunida universitet akademik "
                "mobillik doirasida toʻrt nafar xodim va 9 nafar talabani qabul "
                "qildi."
            ),
            "ru": (
                "Один из ведущих медицинских вузов Москвы, с которым у кафедры "
                "заключён меморандум о сотрудничестве; в июне 2023 года он принял "
                "четырёх сотрудников и девять студентов по программе академической "
                "мобильности."
            ),
            "en": (
                "A leading Moscow medical university with which the department has a "
                "memorandum of cooperation; in June 2023 it hosted four staff "
                "members and nine students on an academic mobility visit."
            ),
        },
        "body": [
            {
                "uz": (
                    "Sechenov universiteti bilan aloqalar hamkorlik toʻgʻrisidagi "
                    "memorandumga asoslanadi. Uning eng yorqin natijasi 2023-yil "
                    "5–10-iyun kunlaridagi akademik mobillik tashrifi boʻldi: D. R. "
                    "Xudoyarova boshchiligidagi delegatsiya universitetning klinik va "
                    "oʻquv bazalari hamda simulyatsion markazi faoliyati bilan tanishdi."
                ),
                "ru": (
                    "Сотрудничество с Сеченовским Университетом основано на меморандуме "
                    "о сотрудничестве. Самым заметным его результатом стал визит по "
                    "академической мобильности 5–10 июня 2023 года, во время которого "
                    "делегация во главе с Д. Р. Худояровой знакомилась с работой "
                    "клинических и учебных баз и симуляционного центра университета."
                ),
                "en": (
                    "Cooperation with Sechenov University rests on a memorandum of "
                    "cooperation. Its most visible result so far was the academic "
                    "mobility visit of 5–10 June 2023, when a delegation led by D. R. "
                    "Khudoyarova studied the work of the university's clinical bases, "
                    "training bases and simulation centre."
                ),
            },
            {
                "uz": (
                    "Almashinuv oʻzaro boʻldi: samarqandlik xodimlar Moskvada ma’ruzalar "
                    "oʻqib, seminarlar oʻtkazdi. Kafedra bu hamkorlikni kelgusidagi "
                    "oʻqituvchilar almashinuvi va qoʻshma loyihalar uchun asos deb "
                    "biladi."
                ),
                "ru": (
                    "Обмен был взаимным: сотрудники из Самарканда прочитали в Москве "
                    "лекции и провели семинары. Кафедра рассматривает это партнёрство "
                    "как основу для будущих обменов преподавателями и совместных "
                    "проектов."
                ),
                "en": (
                    "The exchange was mutual: staff from Samarkand gave lectures and "
                    "seminars in Moscow. The department sees the partnership as a basis "
                    "for future exchanges of teachers and for joint projects."
                ),
            },
        ],
    },
    {
        "key": "astana",
        "name": {
            "uz": "Astana tibbiyot universiteti",
            "ru": "Медицинский университет Астана",
            "en": "Astana Medical University",
        },
        "kind": "university",
        "country": {"uz": "Qozogʻiston", "ru": "Казахстан", "en": "Kazakhstan"},
        "city": {"uz": "Astana", "ru": "Астана", "en": "Astana"},
        "website": "https://amu.edu.kz",
        "cooperating_since": 2022,
        "agreement_kind": "programme",
        "agreement_date": None,
        "summary": {
            "uz": (
                "Kafedra Astanadagi universitetning akusherlik va ginekologiya "
                "kafedrasi bilan qoʻshma ilmiy loyihalarni amalga oshirmoqda; "
                "akademik mobillik dasturi boʻyicha dotsent L. K. Smailova 36 "
                "soatlik mashgʻulot oʻtkazdi."
            ),
            "ru": (
                "Кафедра ведёт совместные научные проекты с кафедрой акушерства и "
                "гинекологии университета в Астане; по программе академической "
                "мобильности доцент Л. К. Смаилова провела 36 часов занятий."
            ),
            "en": (
                "The department carries out joint research projects with the "
                "Department of Obstetrics and Gynecology in Astana; an academic "
                "mobility programme brought Associate Professor L. K. Smailova to "
                "teach 36 hours."
            ),
        },
        "body": [
            {
                "uz": (
                    "Astanadagi akusherlik va ginekologiya kafedrasi bilan qoʻshma ilmiy "
                    "loyihalar kafedraning eng barqaror xalqaro yoʻnalishlaridan "
                    "biridir. Samarqand tomonidan ularga kafedra mudiri D. R. Xudoyarova "
                    "rahbarlik qiladi."
                ),
                "ru": (
                    "Совместные научные проекты с кафедрой акушерства и гинекологии в "
                    "Астане — одно из самых устойчивых международных направлений "
                    "кафедры. С самаркандской стороны их возглавляет заведующая кафедрой "
                    "Д. Р. Худоярова."
                ),
                "en": (
                    "Scientific projects carried out jointly with the Department of "
                    "Obstetrics and Gynecology in Astana are among the department's most "
                    "established international links. On the Samarkand side they are led "
                    "by the head of the department, D. R. Khudoyarova."
                ),
            },
            {
                "uz": (
                    "Ushbu loyihalar asosida akademik mobillik yoʻlga qoʻyildi: tibbiyot "
                    "fanlari nomzodi, dotsent L. K. Smailova 36 soatlik mashgʻulotlar, "
                    "davra suhbatlari, seminar va vebinarlar oʻtkazdi."
                ),
                "ru": (
                    "На основе этих проектов была организована академическая "
                    "мобильность: кандидат медицинских наук, доцент Л. К. Смаилова "
                    "провела 36 часов занятий, круглых столов, семинаров и вебинаров."
                ),
                "en": (
                    "Building on these projects, the partners organised academic "
                    "mobility: Candidate of Medical Sciences, Associate Professor L. K. "
                    "Smailova conducted 36 hours of classes, round tables, seminars and "
                    "webinars."
                ),
            },
        ],
    },
    {
        "key": "tajik",
        "name": {
            "uz": "Tojikiston davlat tibbiyot universiteti",
            "ru": "Таджикский государственный медицинский университет",
            "en": "Tajik State Medical University",
        },
        "kind": "university",
        "country": {"uz": "Tojikiston", "ru": "Таджикистан", "en": "Tajikistan"},
        "city": {"uz": "Dushanbe", "ru": "Душанбе", "en": "Dushanbe"},
        "website": "https://atsmu.tj",
        "cooperating_since": 2022,
        "agreement_kind": "programme",
        "agreement_date": None,
        "summary": {
            "uz": (
                "Akademik mobillik dasturi asosida 2021–2022 oʻquv yilida kafedra "
                "magistranti va kafedra mudiri Dushanbedagi ushbu universitetda 18 "
                "soatlik oʻqishdan oʻtdi."
            ),
            "ru": (
                "По программе академической мобильности магистрантка и заведующая "
                "кафедрой прошли в этом университете в Душанбе 18-часовое обучение в "
                "2021–2022 учебном году."
            ),
            "en": (
                "Under the academic mobility programme, a master's student and the "
                "head of the department completed an 18-hour training at this "
                "university in Dushanbe during the 2021–2022 academic year."
            ),
        },
        "body": [
            {
                "uz": (
                    "Abuali ibn Sino nomidagi Tojikiston davlat tibbiyot universiteti "
                    "mamlakatning yetakchi tibbiyot oliygohidir. 2021–2022 oʻquv yilida "
                    "u oʻsha paytda kafedra magistranti boʻlgan Z. A. Shopulotova va "
                    "kafedra mudiri D. R. Xudoyarovani 18 soatlik oʻqishga qabul qildi."
                ),
                "ru": (
                    "Таджикский государственный медицинский университет имени Абуали "
                    "ибни Сино — ведущий медицинский вуз страны. В 2021–2022 учебном "
                    "году он принял на 18-часовое обучение З. А. Шопулотову, тогда "
                    "магистрантку кафедры, и заведующую кафедрой Д. Р. Худоярову."
                ),
                "en": (
                    "The Tajik State Medical University, named after Abuali ibni Sino, "
                    "is the country's leading medical university. In the 2021–2022 "
                    "academic year it hosted Z. A. Shopulotova, then a master's student "
                    "of the department, and the head of the department, D. R. "
                    "Khudoyarova, for an 18-hour training."
                ),
            },
        ],
    },
    {
        "key": "istedod",
        "name": {
            "uz": "Oʻzbekiston Respublikasi Prezidentining «Iste’dod» jamgʻarmasi",
            "ru": "Фонд «Истеъдод» при Президенте Республики Узбекистан",
            "en": "Iste’dod Foundation of the President of the Republic of Uzbekistan",
        },
        "kind": "foundation",
        "country": {"uz": "Oʻzbekiston", "ru": "Узбекистан", "en": "Uzbekistan"},
        "city": {"uz": "Toshkent", "ru": "Ташкент", "en": "Tashkent"},
        "website": "",
        "cooperating_since": None,
        "agreement_kind": "none",
        "agreement_date": None,
        "summary": {
            "uz": (
                "Iqtidorli yosh mutaxassislarning kasbiy oʻsishini "
                "qoʻllab-quvvatlovchi milliy jamgʻarma; kafedra oʻqituvchilarga "
                "uning tanlovlariga tayyorgarlik koʻrishda yordam beradi."
            ),
            "ru": (
                "Национальный фонд, поддерживающий профессиональный рост талантливых "
                "молодых специалистов; кафедра помогает преподавателям готовиться к "
                "его конкурсам."
            ),
            "en": (
                "A national foundation supporting the professional growth of "
                "talented young specialists; the department helps its teachers "
                "prepare for its competitions."
            ),
        },
        "body": [
            {
                "uz": (
                    "Kafedra jamgʻarma tanlovlari shartlarini oʻrganib, "
                    "professor-oʻqituvchilarni ularda qatnashishga undaydi: bu xorijiy "
                    "ta’lim muassasalarida malaka oshirgan xodimlar sonini koʻpaytirish "
                    "maqsadiga mos keladi."
                ),
                "ru": (
                    "Кафедра изучает условия конкурсов фонда и поощряет участие в них "
                    "профессоров и преподавателей: это отвечает её цели — увеличить "
                    "число сотрудников, прошедших подготовку в зарубежных учебных "
                    "заведениях."
                ),
                "en": (
                    "The department studies the conditions of the foundation's "
                    "competitions and encourages professors and teachers to take part, "
                    "in line with its aim of increasing the number of staff who have "
                    "trained at institutions abroad."
                ),
            },
        ],
    },
    {
        "key": "erasmus",
        "name": {"uz": "Erasmus+", "ru": "Erasmus+", "en": "Erasmus+"},
        "kind": "programme",
        "country": {
            "uz": "Yevropa Ittifoqi",
            "ru": "Европейский союз",
            "en": "European Union",
        },
        "city": {"uz": "", "ru": "", "en": ""},
        "website": "https://erasmus-plus.ec.europa.eu",
        "cooperating_since": None,
        "agreement_kind": "none",
        "agreement_date": None,
        "summary": {
            "uz": (
                "Yevropa Ittifoqining ta’lim, kasbiy tayyorgarlik, yoshlar va sport "
                "sohasidagi dasturi; u akademik mobillik va oliygohlararo hamkorlik "
                "loyihalarini moliyalashtiradi."
            ),
            "ru": (
                "Программа Европейского союза в сфере образования, профессиональной "
                "подготовки, молодёжи и спорта, финансирующая академическую "
                "мобильность и проекты сотрудничества между вузами."
            ),
            "en": (
                "The European Union's programme for education, training, youth and "
                "sport, which funds academic mobility and cooperation projects "
                "between universities."
            ),
        },
        "body": [
            {
                "uz": (
                    "Kafedra Oʻzbekiston oliygohlari ham qatnasha oladigan Erasmus+ "
                    "dasturining akademik mobillik va salohiyatni oshirish boʻyicha "
                    "tanlovlarini kuzatib boradi hamda ariza topshirmoqchi boʻlgan "
                    "xodimlarni qoʻllab-quvvatlaydi."
                ),
                "ru": (
                    "Кафедра следит за конкурсами Erasmus+ по академической мобильности "
                    "и развитию потенциала вузов, в которых могут участвовать "
                    "университеты Узбекистана, и поддерживает сотрудников, желающих "
                    "подать заявку."
                ),
                "en": (
                    "The department follows Erasmus+ calls for academic mobility and "
                    "capacity-building projects, which are open to universities from "
                    "Uzbekistan, and supports staff who wish to apply."
                ),
            },
        ],
    },
    {
        "key": "giz",
        "name": {
            "uz": "Germaniya xalqaro hamkorlik jamiyati (GIZ)",
            "ru": "Германское общество по международному сотрудничеству (GIZ)",
            "en": "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)",
        },
        "kind": "foundation",
        "country": {"uz": "Germaniya", "ru": "Германия", "en": "Germany"},
        "city": {"uz": "Bonn", "ru": "Бонн", "en": "Bonn"},
        "website": "https://www.giz.de",
        "cooperating_since": None,
        "agreement_kind": "none",
        "agreement_date": None,
        "summary": {
            "uz": (
                "Germaniyaning xalqaro hamkorlik boʻyicha federal agentligi; uning "
                "dasturlari yoʻnalishlari orasida sogʻliqni saqlash va kasbiy ta’lim "
                "ham bor."
            ),
            "ru": (
                "Федеральное агентство Германии по международному сотрудничеству; "
                "среди направлений его программ — здравоохранение и профессиональное "
                "образование."
            ),
            "en": (
                "Germany's federal agency for international cooperation, whose "
                "programmes include health and vocational education."
            ),
        },
        "body": [
            {
                "uz": (
                    "GIZ kafedra tanlovlarini kuzatib boradigan xalqaro tashkilotlardan "
                    "biridir. Ular haqidagi ma’lumotlar sogʻliqni saqlash va tibbiy "
                    "ta’lim sohasidagi loyihalarga qiziquvchi professor-oʻqituvchilarga "
                    "yetkaziladi."
                ),
                "ru": (
                    "GIZ — одна из международных организаций, за конкурсами которых "
                    "следит кафедра. Информация о них передаётся профессорам и "
                    "преподавателям, заинтересованным в проектах в сфере здравоохранения "
                    "и медицинского образования."
                ),
                "en": (
                    "GIZ is one of the international organisations whose calls the "
                    "department monitors. Information about them is passed on to "
                    "professors and teachers interested in projects in health and "
                    "medical education."
                ),
            },
        ],
    },
    {
        "key": "tika",
        "name": {
            "uz": "Turkiya hamkorlik va muvofiqlashtirish agentligi (TIKA)",
            "ru": "Турецкое агентство по сотрудничеству и координации (TIKA)",
            "en": "Turkish Cooperation and Coordination Agency (TIKA)",
        },
        "kind": "foundation",
        "country": {"uz": "Turkiya", "ru": "Турция", "en": "Türkiye"},
        "city": {"uz": "Anqara", "ru": "Анкара", "en": "Ankara"},
        "website": "https://www.tika.gov.tr",
        "cooperating_since": None,
        "agreement_kind": "none",
        "agreement_date": None,
        "summary": {
            "uz": (
                "Turkiyaning rivojlanish yoʻlidagi hamkorlik agentligi; u hamkor "
                "mamlakatlarda, jumladan, Oʻzbekistonda sogʻliqni saqlash va ta’lim "
                "loyihalarini qoʻllab-quvvatlaydi."
            ),
            "ru": (
                "Агентство Турции по сотрудничеству в целях развития, поддерживающее "
                "проекты в здравоохранении и образовании в странах-партнёрах, в том "
                "числе в Узбекистане."
            ),
            "en": (
                "Türkiye's development cooperation agency, which supports healthcare "
                "and education projects in partner countries, including Uzbekistan."
            ),
        },
        "body": [
            {
                "uz": (
                    "Kafedra TIKAning tibbiyot sohasidagi tashabbuslarini kuzatib boradi "
                    "va ularni klinik bazalarni jihozlash hamda xodimlarning kasbiy "
                    "tayyorgarligini qoʻllab-quvvatlash manbai sifatida koʻrib chiqadi."
                ),
                "ru": (
                    "Кафедра отслеживает инициативы TIKA в области медицины и "
                    "рассматривает их как возможный источник поддержки для оснащения "
                    "клинических баз и профессиональной подготовки сотрудников."
                ),
                "en": (
                    "The department keeps track of TIKA's initiatives in medicine and "
                    "sees them as a possible source of support for equipping clinical "
                    "bases and for the professional training of staff."
                ),
            },
        ],
    },
    {
        "key": "jica",
        "name": {
            "uz": "Yaponiya xalqaro hamkorlik agentligi (JICA)",
            "ru": "Японское агентство международного сотрудничества (JICA)",
            "en": "Japan International Cooperation Agency (JICA)",
        },
        "kind": "foundation",
        "country": {"uz": "Yaponiya", "ru": "Япония", "en": "Japan"},
        "city": {"uz": "Tokio", "ru": "Токио", "en": "Tokyo"},
        "website": "https://www.jica.go.jp",
        "cooperating_since": None,
        "agreement_kind": "none",
        "agreement_date": None,
        "summary": {
            "uz": (
                "Yaponiyaning rasmiy taraqqiyot yordami agentligi; u, xususan, "
                "hamkor mamlakatlar mutaxassislarini Yaponiyaga taklif qiluvchi "
                "oʻquv dasturlari bilan tanilgan."
            ),
            "ru": (
                "Японское агентство официальной помощи развитию, известное, в "
                "частности, программами обучения, которые приглашают в Японию "
                "специалистов из стран-партнёров."
            ),
            "en": (
                "Japan's agency for official development assistance, known among "
                "other things for training programmes that bring specialists from "
                "partner countries to Japan."
            ),
        },
        "body": [
            {
                "uz": (
                    "JICA oʻquv dasturlari kafedra xodimlar bilan xorijda malaka "
                    "oshirish masalalarini muhokama qilganda tanishtiradigan "
                    "imkoniyatlar qatoriga kiradi."
                ),
                "ru": (
                    "Программы обучения JICA входят в число возможностей, о которых "
                    "кафедра рассказывает сотрудникам, обсуждая повышение квалификации "
                    "за рубежом."
                ),
                "en": (
                    "JICA's training programmes are among the opportunities the "
                    "department presents to its staff when discussing professional "
                    "development abroad."
                ),
            },
        ],
    },
    {
        "key": "koica",
        "name": {
            "uz": "Koreya xalqaro hamkorlik agentligi (KOICA)",
            "ru": "Корейское агентство международного сотрудничества (KOICA)",
            "en": "Korea International Cooperation Agency (KOICA)",
        },
        "kind": "foundation",
        "country": {
            "uz": "Koreya Respublikasi",
            "ru": "Республика Корея",
            "en": "Republic of Korea",
        },
        "city": {"uz": "Songnam", "ru": "Соннам", "en": "Seongnam"},
        "website": "https://www.koica.go.kr",
        "cooperating_since": None,
        "agreement_kind": "none",
        "agreement_date": None,
        "summary": {
            "uz": (
                "Koreya Respublikasining begʻaraz yordam agentligi; u rivojlanish "
                "loyihalari va stipendiya dasturlarini, jumladan, sogʻliqni saqlash "
                "sohasida amalga oshiradi."
            ),
            "ru": (
                "Агентство Республики Корея по безвозмездной помощи, реализующее "
                "проекты развития и стипендиальные программы, в том числе в сфере "
                "здравоохранения."
            ),
            "en": (
                "The Republic of Korea's grant aid agency, which runs development "
                "projects and fellowship programmes, including in the field of "
                "health."
            ),
        },
        "body": [
            {
                "uz": (
                    "KOICA stipendiyalari va loyihalari kafedraning xalqaro "
                    "tashkilotlarga ariza topshirishni rejalashtirayotgan xodimlar uchun "
                    "toʻplayotgan ma’lumotlariga kiritilgan."
                ),
                "ru": (
                    "Стипендии и проекты KOICA включены в сведения, которые кафедра "
                    "собирает для сотрудников, планирующих подавать заявки в "
                    "международные организации."
                ),
                "en": (
                    "KOICA fellowships and projects are included in the information the "
                    "department collects for staff who plan to apply to international "
                    "organisations."
                ),
            },
        ],
    },
    {
        "key": "kofih",
        "name": {
            "uz": "Koreya xalqaro sogʻliqni saqlash jamgʻarmasi (KOFIH)",
            "ru": "Корейский фонд международного здравоохранения (KOFIH)",
            "en": "Korea Foundation for International Healthcare (KOFIH)",
        },
        "kind": "foundation",
        "country": {
            "uz": "Koreya Respublikasi",
            "ru": "Республика Корея",
            "en": "Republic of Korea",
        },
        "city": {"uz": "Seul", "ru": "Сеул", "en": "Seoul"},
        "website": "https://www.kofih.org",
        "cooperating_since": None,
        "agreement_kind": "none",
        "agreement_date": None,
        "summary": {
            "uz": (
                "Sogʻliqni saqlash sohasidagi xalqaro hamkorlik boʻyicha Koreya "
                "jamgʻarmasi; uning stipendiya dasturi orqali Oʻzbekiston va boshqa "
                "hamkor mamlakatlarning tibbiyot mutaxassislari tahsil olgan."
            ),
            "ru": (
                "Корейский фонд международного сотрудничества в области "
                "здравоохранения, по стипендиальной программе которого проходили "
                "обучение медицинские специалисты из Узбекистана и других "
                "стран-партнёров."
            ),
            "en": (
                "A Korean foundation for international health cooperation whose "
                "fellowship programme has trained health professionals from "
                "Uzbekistan and other partner countries."
            ),
        },
        "body": [
            {
                "uz": (
                    "KOFIH aynan sogʻliqni saqlash sohasida faoliyat yuritgani uchun "
                    "uning dasturlari klinitsistlar uchun ayniqsa dolzarb; kafedra yangi "
                    "tanlovlar e’lon qilinishi bilan oʻqituvchilarga xabar beradi."
                ),
                "ru": (
                    "Поскольку KOFIH работает именно в сфере здравоохранения, его "
                    "программы особенно интересны клиницистам; кафедра сообщает "
                    "преподавателям о новых конкурсах по мере их объявления."
                ),
                "en": (
                    "Because KOFIH works specifically in healthcare, its programmes are "
                    "particularly relevant to clinicians; the department tells its "
                    "teachers about new calls as soon as they are announced."
                ),
            },
        ],
    },
]

EVENTS = [
    {
        "key": "russian-webinar-2021",
        "title": {
            "uz": "Rossiyalik hamkasblar bilan vebinar: homiladorlikdagi gipertenziv holatlar",
            "ru": "Вебинар с российскими коллегами: гипертензивные расстройства при беременности",
            "en": "Webinar with Russian colleagues: hypertensive disorders in pregnancy",
        },
        "kind": "webinar",
        "start_date": datetime.date(2021, 11, 12),
        "end_date": datetime.date(2021, 11, 12),
        "format": "online",
        "city": {"uz": "Samarqand", "ru": "Самарканд", "en": "Samarkand"},
        "country": {"uz": "Oʻzbekiston", "ru": "Узбекистан", "en": "Uzbekistan"},
        "partners": [],
        "participants": [
            {
                "person": "khudoyarova",
                "role": {
                    "uz": "Vebinar tashkilotchisi",
                    "ru": "Организатор вебинара",
                    "en": "Organiser of the webinar",
                },
                "role_kind": "organiser",
            },
            {
                "person": "zokirova",
                "role": {
                    "uz": "Hamkor tashkilotchi va moderator",
                    "ru": "Соорганизатор и модератор",
                    "en": "Co-organiser and moderator",
                },
                "role_kind": "organiser",
            },
            {
                "person": "karachentseva",
                "role": {
                    "uz": "Taklif etilgan ma’ruzachi",
                    "ru": "Приглашённый докладчик",
                    "en": "Invited speaker",
                },
                "role_kind": "speaker",
            },
        ],
        "students": None,
        "contact_hours": None,
        "summary": {
            "uz": (
                "D. R. Xudoyarova va N. I. Zokirova tashkil etgan onlayn vebinar "
                "homiladorlikdagi gipertenziv holatlarga zamonaviy yondashuvlarga "
                "bagʻishlandi; ma’ruzachilar orasida dotsent Irina Vasilyevna "
                "Karachentseva ham bor edi."
            ),
            "ru": (
                "Онлайн-вебинар, организованный Д. Р. Худояровой и Н. И. Зокировой, "
                "был посвящён современным подходам к гипертензивным расстройствам "
                "при беременности; среди докладчиков — доцент Ирина Васильевна "
                "Караченцева."
            ),
            "en": (
                "An online webinar organised by D. R. Khudoyarova and N. I. Zokirova "
                "on current approaches to hypertensive disorders in pregnancy, with "
                "Associate Professor Irina Vasilievna Karachentseva among the "
                "speakers."
            ),
        },
        "body": [
            {
                "uz": (
                    "Vebinar 2021–2022 oʻquv yilida kafedraning Rossiya Federatsiyasi "
                    "tibbiyot oliygohlari hamkasblari bilan muntazam uchrashuvlar "
                    "turkumini boshlab berdi. U toʻliq onlayn tarzda oʻtdi, shu bois "
                    "xodimlar, rezidentlar va talabalar bevosita klinik bazalardan "
                    "qoʻshila oldi."
                ),
                "ru": (
                    "Вебинар открыл цикл регулярных встреч кафедры с коллегами из "
                    "медицинских вузов Российской Федерации в 2021–2022 учебном году. Он "
                    "прошёл полностью в онлайн-формате, поэтому сотрудники, резиденты и "
                    "студенты смогли подключиться прямо с клинических баз."
                ),
                "en": (
                    "The webinar opened the department's series of regular meetings with "
                    "colleagues from medical universities of the Russian Federation for "
                    "the 2021–2022 academic year. It was held entirely online, so staff, "
                    "residents and students could join directly from their clinical "
                    "bases."
                ),
            },
            {
                "uz": (
                    "Irina Vasilyevna Karachentseva homiladorlarda arterial "
                    "gipertenziyani tashxislash va olib borish boʻyicha amaldagi klinik "
                    "tavsiyalar haqida soʻzlab berdi, soʻngra ishtirokchilar oʻz "
                    "amaliyotlaridan misollarni muhokama qildi."
                ),
                "ru": (
                    "Ирина Васильевна Караченцева рассказала о действующих клинических "
                    "рекомендациях по диагностике и ведению артериальной гипертензии у "
                    "беременных, после чего участники обсудили случаи из собственной "
                    "практики."
                ),
                "en": (
                    "Irina Vasilievna Karachentseva spoke about current clinical "
                    "guidelines on the diagnosis and management of hypertension in "
                    "pregnant women, after which participants discussed cases from their "
                    "own practice."
                ),
            },
        ],
        "key_figures": [],
        "topics": ["webinar"],
    },
    {
        "key": "tajik-training-2022",
        "title": {
            "uz": "Tojikiston davlat tibbiyot universitetida 18 soatlik oʻquv kursi",
            "ru": "18-часовое обучение в Таджикском государственном медицинском университете",
            "en": "18-hour training at the Tajik State Medical University",
        },
        "kind": "training_course",
        "start_date": datetime.date(2022, 2, 21),
        "end_date": datetime.date(2022, 2, 23),
        "format": "in_person",
        "city": {"uz": "Dushanbe", "ru": "Душанбе", "en": "Dushanbe"},
        "country": {"uz": "Tojikiston", "ru": "Таджикистан", "en": "Tajikistan"},
        "partners": ["tajik"],
        "participants": [
            {
                "person": "shopulotova",
                "role": {
                    "uz": "Ishtirokchi, kafedra magistranti",
                    "ru": "Участница, магистрантка кафедры",
                    "en": "Participant, master's student of the department",
                },
                "role_kind": "trainee",
            },
            {
                "person": "khudoyarova",
                "role": {
                    "uz": "Ishtirokchi, kafedra mudiri",
                    "ru": "Участница, заведующая кафедрой",
                    "en": "Participant, head of the department",
                },
                "role_kind": "trainee",
            },
        ],
        "students": None,
        "contact_hours": 18,
        "summary": {
            "uz": (
                "2021–2022 oʻquv yilida kafedra magistranti Z. A. Shopulotova va "
                "kafedra mudiri D. R. Xudoyarova akademik mobillik dasturi asosida "
                "Dushanbeda 18 soatlik oʻqishni tamomladi."
            ),
            "ru": (
                "В 2021–2022 учебном году магистрантка З. А. Шопулотова и заведующая "
                "кафедрой Д. Р. Худоярова прошли в Душанбе 18-часовое обучение по "
                "программе академической мобильности."
            ),
            "en": (
                "In the 2021–2022 academic year, master's student Z. A. Shopulotova "
                "and head of department D. R. Khudoyarova completed an 18-hour "
                "training course in Dushanbe under the academic mobility programme."
            ),
        },
        "body": [
            {
                "uz": (
                    "Oʻqish akademik mobillik dasturi asosida Dushanbedagi Tojikiston "
                    "davlat tibbiyot universiteti bazasida tashkil etildi. Unda "
                    "Samarqanddan oʻsha paytda kafedra magistranti boʻlgan Z. A. "
                    "Shopulotova hamda kafedra mudiri D. R. Xudoyarova ishtirok etdi."
                ),
                "ru": (
                    "Обучение было организовано по программе академической мобильности "
                    "на базе Таджикского государственного медицинского университета в "
                    "Душанбе. От Самарканда в нём участвовали З. А. Шопулотова, в то "
                    "время магистрантка кафедры, и заведующая кафедрой Д. Р. Худоярова."
                ),
                "en": (
                    "The training was organised under the academic mobility programme "
                    "and hosted by the Tajik State Medical University in Dushanbe. From "
                    "Samarkand it was attended by Z. A. Shopulotova, then a master's "
                    "student of the department, and by the head of the department, D. R. "
                    "Khudoyarova."
                ),
            },
            {
                "uz": (
                    "18 soatlik kurs magistrantlarning akademik mobillikda qatnashishi "
                    "ularning kasbiy dunyoqarashini qanchalik kengaytirishini koʻrsatdi "
                    "va kafedraning rezidentlar bilan keyingi ishlari uchun namuna "
                    "boʻldi."
                ),
                "ru": (
                    "18-часовой курс показал, как участие магистрантов в академической "
                    "мобильности расширяет их профессиональный кругозор, и стал примером "
                    "для дальнейшей работы кафедры с резидентами."
                ),
                "en": (
                    "The 18-hour course showed how taking part in academic mobility "
                    "widens the professional outlook of master's students, and it became "
                    "an example for the department's further work with residents."
                ),
            },
        ],
        "key_figures": [
            {
                "value": "18",
                "label": {
                    "uz": "soatlik oʻqish",
                    "ru": "часов обучения",
                    "en": "hours of training",
                },
            },
            {
                "value": "2",
                "label": {
                    "uz": "nafar kafedra vakili",
                    "ru": "участницы от кафедры",
                    "en": "participants from the department",
                },
            },
        ],
        "topics": ["academic-mobility", "residents-and-students"],
    },
    {
        "key": "russian-round-table-2022",
        "title": {
            "uz": "Onlayn davra suhbati: akusherlik qon ketishlarining oldini olish",
            "ru": "Онлайн-круглый стол: профилактика акушерских кровотечений",
            "en": "Online round table: prevention of obstetric haemorrhage",
        },
        "kind": "round_table",
        "start_date": datetime.date(2022, 5, 18),
        "end_date": datetime.date(2022, 5, 18),
        "format": "online",
        "city": {"uz": "Samarqand", "ru": "Самарканд", "en": "Samarkand"},
        "country": {"uz": "Oʻzbekiston", "ru": "Узбекистан", "en": "Uzbekistan"},
        "partners": [],
        "participants": [
            {
                "person": "khudoyarova",
                "role": {
                    "uz": "Davra suhbati moderatori",
                    "ru": "Модератор круглого стола",
                    "en": "Moderator of the round table",
                },
                "role_kind": "organiser",
            },
            {
                "person": "zokirova",
                "role": {
                    "uz": "Kafedra tajribasini taqdim etgan ma’ruzachi",
                    "ru": "Докладчик, представивший опыт кафедры",
                    "en": "Speaker presenting the department's experience",
                },
                "role_kind": "speaker",
            },
            {
                "person": "karachentseva",
                "role": {
                    "uz": "Rossiya Federatsiyasidan davra suhbati ishtirokchisi",
                    "ru": "Участница круглого стола от Российской Федерации",
                    "en": "Round-table participant from the Russian Federation",
                },
                "role_kind": "participant",
            },
        ],
        "students": None,
        "contact_hours": None,
        "summary": {
            "uz": (
                "Kafedra xodimlari va Rossiya tibbiyot oliygohlaridagi hamkasblar, "
                "jumladan, Irina Vasilyevna Karachentseva akusherlik qon "
                "ketishlarining oldini olish va davolashdagi yondashuvlarini "
                "qiyosladi."
            ),
            "ru": (
                "Сотрудники кафедры и коллеги из российских медицинских вузов, в том "
                "числе Ирина Васильевна Караченцева, сравнили свои подходы к "
                "профилактике и лечению акушерских кровотечений."
            ),
            "en": (
                "Staff of the department and colleagues from Russian medical "
                "universities, including Irina Vasilievna Karachentseva, compared "
                "their approaches to preventing and managing obstetric haemorrhage."
            ),
        },
        "body": [
            {
                "uz": (
                    "Davra suhbatini kafedra mudiri D. R. Xudoyarova olib bordi, kafedra "
                    "tajribasini professor N. I. Zokirova taqdim etdi. Onlayn shakl bir "
                    "vaqtning oʻzida bir nechta Rossiya oliygohlari vakillarining "
                    "qatnashishiga imkon berdi."
                ),
                "ru": (
                    "Круглый стол вела заведующая кафедрой Д. Р. Худоярова, опыт кафедры "
                    "представила профессор Н. И. Зокирова. Онлайн-формат позволил "
                    "одновременно подключиться представителям нескольких российских "
                    "вузов."
                ),
                "en": (
                    "The round table was moderated by the head of the department, D. R. "
                    "Khudoyarova, and Professor N. I. Zokirova presented the "
                    "department's experience. The online format allowed representatives "
                    "of several Russian universities to take part at once."
                ),
            },
            {
                "uz": (
                    "Muhokama homiladorlik davrida xavflarni baholash, tugʻruqdan "
                    "keyingi qon ketishda jamoaviy harakatlarni mashq qilish hamda bu "
                    "koʻnikmalarni rezidentlarga qanday oʻrgatish masalalariga "
                    "qaratildi. Ishtirokchilar suhbatni navbatdagi yillik uchrashuvda "
                    "davom ettirishga kelishib oldi."
                ),
                "ru": (
                    "Обсуждение касалось оценки рисков во время беременности, командной "
                    "отработки действий при послеродовом кровотечении и того, как "
                    "обучать этим навыкам резидентов. Участники договорились продолжить "
                    "разговор на следующей ежегодной встрече."
                ),
                "en": (
                    "The discussion focused on risk assessment during pregnancy, team "
                    "drills for postpartum haemorrhage and how to teach these skills to "
                    "residents. Participants agreed to continue the conversation at the "
                    "next annual meeting."
                ),
            },
        ],
        "key_figures": [],
        "topics": ["round-table"],
    },
    {
        "key": "astana-mobility-2022",
        "title": {
            "uz": (
                "Astana tibbiyot universiteti bilan akademik mobillik: dotsent L. K. "
                "Smailova mashgʻulotlari"
            ),
            "ru": (
                "Академическая мобильность с Медицинским университетом Астана: "
                "занятия доцента Л. К. Смаиловой"
            ),
            "en": (
                "Academic mobility with Astana Medical University: classes by "
                "Associate Professor L. K. Smailova"
            ),
        },
        "kind": "academic_mobility",
        "start_date": datetime.date(2022, 10, 17),
        "end_date": datetime.date(2022, 10, 22),
        "format": "hybrid",
        "city": {"uz": "Samarqand", "ru": "Самарканд", "en": "Samarkand"},
        "country": {"uz": "Oʻzbekiston", "ru": "Узбекистан", "en": "Uzbekistan"},
        "partners": ["astana"],
        "participants": [
            {
                "person": "smailova",
                "role": {
                    "uz": "Akademik mobillik dasturi boʻyicha taklif etilgan oʻqituvchi",
                    "ru": "Приглашённый преподаватель по программе академической мобильности",
                    "en": "Visiting lecturer under the academic mobility programme",
                },
                "role_kind": "lecturer",
            },
            {
                "person": "khudoyarova",
                "role": {
                    "uz": "Qoʻshma loyihalarning Samarqand tomonidagi muvofiqlashtiruvchisi",
                    "ru": "Координатор совместных проектов с самаркандской стороны",
                    "en": "Coordinator of the joint projects on the Samarkand side",
                },
                "role_kind": "coordinator",
            },
        ],
        "students": None,
        "contact_hours": 36,
        "summary": {
            "uz": (
                "Astana tibbiyot universiteti bilan akademik mobillik dasturi "
                "doirasida tibbiyot fanlari nomzodi, dotsent L. K. Smailova kafedra "
                "uchun 36 soatlik mashgʻulotlar, davra suhbatlari, seminar va "
                "vebinarlar oʻtkazdi."
            ),
            "ru": (
                "По программе академической мобильности с Медицинским университетом "
                "Астана кандидат медицинских наук, доцент Л. К. Смаилова провела для "
                "кафедры 36 часов занятий, круглых столов, семинаров и вебинаров."
            ),
            "en": (
                "Within the academic mobility programme with Astana Medical "
                "University, Candidate of Medical Sciences, Associate Professor L. "
                "K. Smailova conducted 36 hours of classes, round tables, seminars "
                "and webinars for the department."
            ),
        },
        "body": [
            {
                "uz": (
                    "Dastur kafedraning D. R. Xudoyarova rahbarligida Astanadagi "
                    "universitetning akusherlik va ginekologiya kafedrasi bilan olib "
                    "borayotgan qoʻshma ilmiy loyihalarining davomi boʻldi. Akademik "
                    "mobillik bu hamkorlikni oʻquv jarayoniga ham olib kirish imkonini "
                    "berdi."
                ),
                "ru": (
                    "Программа стала продолжением совместных научных проектов, которые "
                    "кафедра под руководством Д. Р. Худояровой ведёт с кафедрой "
                    "акушерства и гинекологии университета в Астане. Академическая "
                    "мобильность позволила перенести это сотрудничество в учебный "
                    "процесс."
                ),
                "en": (
                    "The programme grew out of the joint research projects that the "
                    "department, under D. R. Khudoyarova, carries out with the "
                    "Department of Obstetrics and Gynecology in Astana. Academic "
                    "mobility made it possible to bring this cooperation into the "
                    "classroom."
                ),
            },
            {
                "uz": (
                    "Dastur jami 36 soatni tashkil etdi. U oddiy darslardan tashqari "
                    "auditoriyadagi davra suhbatlari va seminarlarni, shuningdek, "
                    "masofadan turib qoʻshilish mumkin boʻlgan vebinarlarni ham oʻz "
                    "ichiga oldi."
                ),
                "ru": (
                    "Всего программа составила 36 часов. Помимо обычных занятий, в неё "
                    "вошли круглые столы и семинары в аудитории, а также вебинары, к "
                    "которым можно было подключиться дистанционно."
                ),
                "en": (
                    "In total the programme amounted to 36 hours. Besides regular "
                    "classes, it included round tables and seminars in the classroom as "
                    "well as webinars that colleagues could join remotely."
                ),
            },
            {
                "uz": (
                    "Mashgʻulotlarda kafedra xodimlari va magistratura rezidentlari "
                    "qatnashib, Qozogʻistonda akusherlik va ginekologiya qanday "
                    "oʻqitilishini bevosita oʻrganish imkoniga ega boʻldi."
                ),
                "ru": (
                    "В занятиях участвовали сотрудники и резиденты магистратуры кафедры, "
                    "получившие возможность из первых рук узнать, как преподают "
                    "акушерство и гинекологию в Казахстане."
                ),
                "en": (
                    "Staff and master's residents of the department attended the "
                    "sessions and gained first-hand insight into how obstetrics and "
                    "gynecology are taught in Kazakhstan."
                ),
            },
        ],
        "key_figures": [
            {
                "value": "36",
                "label": {
                    "uz": "soatlik mashgʻulotlar",
                    "ru": "часов занятий",
                    "en": "hours of classes",
                },
            },
            {
                "value": "4",
                "label": {
                    "uz": "ish shakli",
                    "ru": "формата работы",
                    "en": "formats of work",
                },
            },
        ],
        "topics": ["academic-mobility", "seminar", "webinar", "round-table"],
    },
    {
        "key": "master-class-2023",
        "title": {
            "uz": "Shoshilinch akusherlik yordamini simulyatsion oʻqitish boʻyicha mahorat darsi",
            "ru": "Мастер-класс по симуляционному обучению неотложной акушерской помощи",
            "en": "Master class on simulation training in emergency obstetric care",
        },
        "kind": "master_class",
        "start_date": datetime.date(2023, 3, 15),
        "end_date": datetime.date(2023, 3, 15),
        "format": "hybrid",
        "city": {"uz": "Samarqand", "ru": "Самарканд", "en": "Samarkand"},
        "country": {"uz": "Oʻzbekiston", "ru": "Узбекистан", "en": "Uzbekistan"},
        "partners": [],
        "participants": [
            {
                "person": "zokirova",
                "role": {
                    "uz": "Mahorat darsi rahbari",
                    "ru": "Ведущая мастер-класса",
                    "en": "Leader of the master class",
                },
                "role_kind": "lecturer",
            },
            {
                "person": "karachentseva",
                "role": {
                    "uz": "Onlayn qoʻshilgan ekspert",
                    "ru": "Эксперт, подключившаяся онлайн",
                    "en": "Expert commentator joining online",
                },
                "role_kind": "speaker",
            },
            {
                "person": "khudoyarova",
                "role": {
                    "uz": "Mahorat darsining hamkor tashkilotchisi",
                    "ru": "Соорганизатор мастер-класса",
                    "en": "Co-organiser of the master class",
                },
                "role_kind": "organiser",
            },
        ],
        "students": None,
        "contact_hours": None,
        "summary": {
            "uz": (
                "Gibrid shakldagi mahorat darsi: professor N. I. Zokirova "
                "Samarqandda amaliy stansiyalarni olib bordi, Irina Vasilyevna "
                "Karachentseva esa onlayn qoʻshilib, ssenariylarga izoh berdi va "
                "Rossiya tajribasi bilan oʻrtoqlashdi."
            ),
            "ru": (
                "Гибридный мастер-класс: профессор Н. И. Зокирова вела практические "
                "станции в Самарканде, а Ирина Васильевна Караченцева подключилась "
                "онлайн, комментировала сценарии и делилась российским опытом."
            ),
            "en": (
                "A hybrid master class: Professor N. I. Zokirova led practical "
                "stations in Samarkand, while Irina Vasilievna Karachentseva joined "
                "online to comment on the scenarios and share Russian experience."
            ),
        },
        "body": [
            {
                "uz": (
                    "Mahorat darsida manekenlarda koʻnikmalarni mashq qilish onlayn "
                    "muhokama bilan uygʻunlashtirildi. Rezidentlar va yuqori kurs "
                    "talabalari tugʻruq zalidagi shoshilinch yordam ssenariylarini "
                    "bajardi, har bir ssenariy qisqa tahlil bilan yakunlandi."
                ),
                "ru": (
                    "Мастер-класс сочетал отработку навыков на манекенах с "
                    "онлайн-обсуждением. Резиденты и студенты старших курсов прошли "
                    "сценарии неотложной помощи в родильном зале, и каждый сценарий "
                    "завершался коротким разбором."
                ),
                "en": (
                    "The master class combined practice on mannequins with an online "
                    "discussion. Residents and senior students worked through scenarios "
                    "of emergency care in the delivery room, and each scenario ended "
                    "with a short debriefing."
                ),
            },
            {
                "uz": (
                    "Tashkilotchilar gibrid shakl amaliy mashgʻulotlar uchun juda qulay "
                    "ekanini qayd etib, undan bundan keyin ham foydalanishni "
                    "rejalashtirmoqda."
                ),
                "ru": (
                    "Организаторы отметили, что гибридный формат хорошо подходит для "
                    "практических занятий, и планируют использовать его и дальше."
                ),
                "en": (
                    "The organisers noted that the hybrid format works well for "
                    "practical sessions and plan to use it again."
                ),
            },
        ],
        "key_figures": [],
        "topics": ["master-class", "residents-and-students"],
    },
    {
        "key": "sechenov-2023",
        "title": {
            "uz": "Sechenov universitetida akademik mobillik: tajriba almashish safari",
            "ru": "Академическая мобильность в Сеченовском Университете",
            "en": "Academic mobility visit to Sechenov University",
        },
        "kind": "academic_mobility",
        "start_date": datetime.date(2023, 6, 5),
        "end_date": datetime.date(2023, 6, 10),
        "format": "in_person",
        "city": {"uz": "Moskva", "ru": "Москва", "en": "Moscow"},
        "country": {"uz": "Rossiya", "ru": "Россия", "en": "Russia"},
        "partners": ["sechenov"],
        "participants": [
            {
                "person": "khudoyarova",
                "role": {
                    "uz": "Delegatsiya rahbari",
                    "ru": "Руководитель делегации",
                    "en": "Head of the delegation",
                },
                "role_kind": "head_of_delegation",
            },
            {
                "person": "tilyavova",
                "role": {
                    "uz": "Delegatsiya a’zosi, kafedra assistenti",
                    "ru": "Член делегации, ассистент кафедры",
                    "en": "Delegation member, assistant of the department",
                },
                "role_kind": "participant",
            },
            {
                "person": "shopulotova",
                "role": {
                    "uz": "Delegatsiya a’zosi, assistent (avval kafedra magistranti)",
                    "ru": "Член делегации, ассистент (ранее магистрантка кафедры)",
                    "en": (
                        "Delegation member, assistant (formerly a master's student of the "
                        "department)"
                    ),
                },
                "role_kind": "participant",
            },
            {
                "person": "shopulotov",
                "role": {
                    "uz": (
                        "Delegatsiya a’zosi, klinik (oʻquv) bazalar bilan ishlash boʻyicha "
                        "yetakchi mutaxassis"
                    ),
                    "ru": (
                        "Член делегации, ведущий специалист по работе с клиническими "
                        "(учебными) базами"
                    ),
                    "en": (
                        "Delegation member, leading specialist for work with clinical "
                        "(educational) bases"
                    ),
                },
                "role_kind": "participant",
            },
        ],
        "students": 9,
        "contact_hours": None,
        "summary": {
            "uz": (
                "Hamkorlik memorandumi doirasida kafedraning toʻrt nafar xodimi va 9 "
                "nafar talaba 2023-yil 5–10-iyun kunlari Moskvada boʻlib, klinik "
                "bazalar va simulyatsion markaz bilan tanishdi; xodimlar ma’ruza va "
                "seminarlar oʻtkazdi."
            ),
            "ru": (
                "В рамках меморандума о сотрудничестве четыре сотрудника кафедры и "
                "девять студентов провели 5–10 июня 2023 года в Москве: знакомились "
                "с клиническими базами и симуляционным центром, а сотрудники читали "
                "лекции и вели семинары."
            ),
            "en": (
                "Under the memorandum of cooperation, four staff members and nine "
                "students spent 5–10 June 2023 in Moscow, visiting clinical bases "
                "and the simulation centre; the staff also gave lectures and "
                "seminars."
            ),
        },
        "body": [
            {
                "uz": (
                    "Safar I. M. Sechenov nomidagi Birinchi Moskva davlat tibbiyot "
                    "universiteti bilan tuzilgan hamkorlik memorandumiga muvofiq tashkil "
                    "etildi. Delegatsiyaga kafedra mudiri, tibbiyot fanlari doktori, "
                    "dotsent D. R. Xudoyarova rahbarlik qildi; uning tarkibida "
                    "assistentlar S. A. Tilyavova va Z. A. Shopulotova, kafedraning "
                    "klinik (oʻquv) bazalar bilan ishlash boʻyicha yetakchi mutaxassisi "
                    "Sh. A. Shopulotov hamda 9 nafar talaba bor edi."
                ),
                "ru": (
                    "Поездка состоялась в соответствии с меморандумом о сотрудничестве с "
                    "Первым МГМУ им. И. М. Сеченова. Делегацию возглавила заведующая "
                    "кафедрой, доктор медицинских наук, доцент Д. Р. Худоярова; в её "
                    "состав вошли ассистенты С. А. Тилявова и З. А. Шопулотова, ведущий "
                    "специалист кафедры по работе с клиническими (учебными) базами Ш. А. "
                    "Шопулотов и девять студентов."
                ),
                "en": (
                    "The visit took place under the memorandum of cooperation with I. M. "
                    "Sechenov First Moscow State Medical University. The delegation was "
                    "led by the head of the department, Doctor of Medical Sciences, "
                    "Associate Professor D. R. Khudoyarova, and included assistants S. "
                    "A. Tilyavova and Z. A. Shopulotova, Sh. A. Shopulotov, the "
                    "department's leading specialist for work with clinical "
                    "(educational) bases, and nine students."
                ),
            },
            {
                "uz": (
                    "Olti kun davomida samarqandlik mehmonlar moskvalik hamkasblar "
                    "klinik va oʻquv bazalarda ishni qanday tashkil etayotgani bilan "
                    "yaqindan tanishdi, universitetning simulyatsion markazida boʻldi."
                ),
                "ru": (
                    "За шесть дней гости из Самарканда подробно познакомились с тем, как "
                    "московские коллеги организуют работу клинических и учебных баз, и "
                    "побывали в симуляционном центре университета."
                ),
                "en": (
                    "Over six days the guests from Samarkand saw in detail how their "
                    "Moscow colleagues organise work at clinical and training bases, and "
                    "they visited the university's simulation centre."
                ),
            },
            {
                "uz": (
                    "Tajriba almashish ikki tomonlama boʻldi: universitetimiz xodimlari "
                    "mezbonlar uchun ma’ruzalar oʻqib, seminarlar oʻtkazdi. Tashrif "
                    "akademik mobillik oʻqituvchilar uchun ham, talabalar uchun ham "
                    "birdek foydali ekanini yana bir bor koʻrsatdi."
                ),
                "ru": (
                    "Обмен опытом был взаимным: сотрудники нашего университета прочитали "
                    "лекции и провели семинары для принимающей стороны. Визит ещё раз "
                    "показал, насколько полезна регулярная академическая мобильность и "
                    "для преподавателей, и для студентов."
                ),
                "en": (
                    "The exchange went both ways: the staff of our university gave "
                    "lectures and held seminars for their hosts. The visit confirmed "
                    "once again that academic mobility is equally valuable for teachers "
                    "and for students."
                ),
            },
        ],
        "key_figures": [
            {
                "value": "9",
                "label": {
                    "uz": "nafar talaba",
                    "ru": "студентов в составе делегации",
                    "en": "students in the delegation",
                },
            },
            {
                "value": "4",
                "label": {
                    "uz": "nafar kafedra xodimi",
                    "ru": "сотрудника кафедры",
                    "en": "staff members of the department",
                },
            },
            {
                "value": "6",
                "label": {
                    "uz": "kunlik safar",
                    "ru": "дней в Москве",
                    "en": "days in Moscow",
                },
            },
        ],
        "topics": ["academic-mobility", "residents-and-students"],
    },
    {
        "key": "russian-seminar-2024",
        "title": {
            "uz": (
                "Rossiya oliygohlari bilan yillik seminar: muddatidan oldingi tugʻruqni olib borish"
            ),
            "ru": "Ежегодный семинар с российскими вузами: ведение преждевременных родов",
            "en": "Annual seminar with Russian universities: management of preterm labour",
        },
        "kind": "seminar",
        "start_date": datetime.date(2024, 4, 17),
        "end_date": datetime.date(2024, 4, 17),
        "format": "hybrid",
        "city": {"uz": "Samarqand", "ru": "Самарканд", "en": "Samarkand"},
        "country": {"uz": "Oʻzbekiston", "ru": "Узбекистан", "en": "Uzbekistan"},
        "partners": [],
        "participants": [
            {
                "person": "khudoyarova",
                "role": {
                    "uz": "Seminar raisi",
                    "ru": "Председатель семинара",
                    "en": "Chair of the seminar",
                },
                "role_kind": "organiser",
            },
            {
                "person": "zokirova",
                "role": {
                    "uz": "Seminar hamraisi",
                    "ru": "Сопредседатель семинара",
                    "en": "Co-chair of the seminar",
                },
                "role_kind": "organiser",
            },
            {
                "person": "karachentseva",
                "role": {
                    "uz": "Taklif etilgan lektor (onlayn)",
                    "ru": "Приглашённый лектор (онлайн)",
                    "en": "Guest lecturer (online)",
                },
                "role_kind": "lecturer",
            },
        ],
        "students": None,
        "contact_hours": None,
        "summary": {
            "uz": (
                "Kafedraning Rossiya tibbiyot oliygohlari hamkasblari bilan yillik "
                "seminari Samarqandda onlayn ulanish bilan oʻtkazildi va muddatidan "
                "oldingi tugʻruqni olib borishga bagʻishlandi."
            ),
            "ru": (
                "Ежегодный семинар кафедры с коллегами из российских медицинских "
                "вузов прошёл в Самарканде с онлайн-подключением и был посвящён "
                "ведению преждевременных родов."
            ),
            "en": (
                "The department's annual seminar with colleagues from Russian "
                "medical universities was held in Samarkand with online "
                "participation and focused on the management of preterm labour."
            ),
        },
        "body": [
            {
                "uz": (
                    "Seminarni D. R. Xudoyarova va N. I. Zokirova olib bordi. Xodimlar, "
                    "rezidentlar va talabalar zalda qatnashdi, Irina Vasilyevna "
                    "Karachentseva va boshqa rossiyalik hamkasblar esa onlayn ma’ruza "
                    "qildi."
                ),
                "ru": (
                    "Семинар провели Д. Р. Худоярова и Н. И. Зокирова. Сотрудники, "
                    "резиденты и студенты присутствовали очно, а Ирина Васильевна "
                    "Караченцева и другие российские коллеги выступили онлайн."
                ),
                "en": (
                    "The seminar was chaired by D. R. Khudoyarova and N. I. Zokirova. "
                    "Staff, residents and students attended in person, while Irina "
                    "Vasilievna Karachentseva and other Russian colleagues gave their "
                    "talks online."
                ),
            },
            {
                "uz": (
                    "Ma’ruzachilar muddatidan oldingi tugʻruqni bashorat qilish, tokoliz "
                    "va antenatal kortikosteroid profilaktikasiga koʻrsatmalar hamda "
                    "chaqaloqqa yordamni tashkil etish masalalarini koʻrib chiqdi. "
                    "Rezidentlarning savollari kunning ikkinchi yarmining katta qismini "
                    "egalladi."
                ),
                "ru": (
                    "Докладчики разобрали прогнозирование преждевременных родов, "
                    "показания к токолизу и антенатальной профилактике "
                    "кортикостероидами, а также организацию помощи новорождённому. "
                    "Вопросы резидентов заняли добрую половину второй части дня."
                ),
                "en": (
                    "Speakers reviewed how to predict preterm birth, when to use "
                    "tocolysis and antenatal corticosteroids, and how to organise care "
                    "for the newborn. Questions from residents took up a good part of "
                    "the afternoon."
                ),
            },
        ],
        "key_figures": [],
        "topics": ["seminar"],
    },
    {
        "key": "russian-webinar-2025",
        "title": {
            "uz": "Vebinar: dalillarga asoslangan antenatal kuzatuv",
            "ru": "Вебинар: антенатальное наблюдение с позиций доказательной медицины",
            "en": "Webinar: evidence-based antenatal care",
        },
        "kind": "webinar",
        "start_date": datetime.date(2025, 3, 12),
        "end_date": datetime.date(2025, 3, 12),
        "format": "online",
        "city": {"uz": "Samarqand", "ru": "Самарканд", "en": "Samarkand"},
        "country": {"uz": "Oʻzbekiston", "ru": "Узбекистан", "en": "Uzbekistan"},
        "partners": [],
        "participants": [
            {
                "person": "karachentseva",
                "role": {
                    "uz": "Vebinarning asosiy ma’ruzachisi",
                    "ru": "Основной докладчик вебинара",
                    "en": "Main speaker of the webinar",
                },
                "role_kind": "speaker",
            },
            {
                "person": "zokirova",
                "role": {
                    "uz": "Vebinar moderatori",
                    "ru": "Модератор вебинара",
                    "en": "Webinar moderator",
                },
                "role_kind": "organiser",
            },
        ],
        "students": None,
        "contact_hours": None,
        "summary": {
            "uz": (
                "Kafedra xodimlar, magistratura rezidentlari va talabalar uchun "
                "tashkil etgan, Irina Vasilyevna Karachentseva ishtirokidagi "
                "dalillarga asoslangan antenatal kuzatuv haqidagi onlayn vebinar."
            ),
            "ru": (
                "Онлайн-вебинар с Ириной Васильевной Караченцевой об антенатальном "
                "наблюдении с позиций доказательной медицины, организованный "
                "кафедрой для сотрудников, резидентов магистратуры и студентов."
            ),
            "en": (
                "An online webinar with Irina Vasilievna Karachentseva on "
                "evidence-based antenatal care, organised by the department for its "
                "staff, master's residents and students."
            ),
        },
        "body": [
            {
                "uz": (
                    "Asosiy ma’ruza antenatal tashriflar jadvali, skrining "
                    "tekshiruvlarining asosliligi va ortiqcha aralashuvlardan qanday "
                    "qochish haqida boʻldi. Muhokamani professor N. I. Zokirova "
                    "boshqarib, uni Samarqand klinikalaridan misollar bilan boyitdi."
                ),
                "ru": (
                    "Основной доклад был посвящён графику антенатальных визитов, "
                    "обоснованности скрининговых исследований и тому, как избежать "
                    "лишних вмешательств. Дискуссию модерировала профессор Н. И. "
                    "Зокирова, дополнившая её примерами из самаркандских клиник."
                ),
                "en": (
                    "The main talk covered the schedule of antenatal visits, which "
                    "screening tests are justified and how to avoid unnecessary "
                    "interventions. Professor N. I. Zokirova moderated the discussion "
                    "and added examples from Samarkand clinics."
                ),
            },
            {
                "uz": (
                    "Jonli efirga ulana olmagan rezidentlarga vebinar yozuvi taqdim "
                    "etildi, undan mashgʻulotlarda ham foydalanish mumkin."
                ),
                "ru": (
                    "Запись вебинара передали резидентам, которые не смогли подключиться "
                    "в прямом эфире, чтобы её можно было использовать на занятиях."
                ),
                "en": (
                    "A recording of the webinar was shared with residents who could not "
                    "join live, so that it can also be used in their classes."
                ),
            },
        ],
        "key_figures": [],
        "topics": ["webinar"],
    },
    {
        "key": "russian-round-table-2026",
        "title": {
            "uz": "Davra suhbati: akusherlik va ginekologiya boʻyicha rezidentlarni tayyorlash",
            "ru": "Круглый стол: подготовка резидентов по акушерству и гинекологии",
            "en": "Round table: training residents in obstetrics and gynecology",
        },
        "kind": "round_table",
        "start_date": datetime.date(2026, 2, 18),
        "end_date": datetime.date(2026, 2, 18),
        "format": "hybrid",
        "city": {"uz": "Samarqand", "ru": "Самарканд", "en": "Samarkand"},
        "country": {"uz": "Oʻzbekiston", "ru": "Узбекистан", "en": "Uzbekistan"},
        "partners": [],
        "participants": [
            {
                "person": "khudoyarova",
                "role": {
                    "uz": "Tashkilotchi; davra suhbatini ochgan",
                    "ru": "Организатор, открывшая круглый стол",
                    "en": "Organiser who opened the round table",
                },
                "role_kind": "organiser",
            },
            {
                "person": "karachentseva",
                "role": {
                    "uz": "Rossiya Federatsiyasidan muhokama ishtirokchisi",
                    "ru": "Участница дискуссии от Российской Федерации",
                    "en": "Discussion participant from the Russian Federation",
                },
                "role_kind": "participant",
            },
            {
                "person": "zokirova",
                "role": {
                    "uz": "Yakuniy soʻz bilan chiqqan ma’ruzachi",
                    "ru": "Докладчик с итоговым словом",
                    "en": "Closing speaker summing up the proposals",
                },
                "role_kind": "speaker",
            },
        ],
        "students": None,
        "contact_hours": None,
        "summary": {
            "uz": (
                "Gibrid davra suhbatida kafedra va Rossiya tibbiyot oliygohlaridagi "
                "hamkasblar rezidentlarni tayyorlash tajribasini — klinik "
                "rotatsiyalardan tortib simulyatsion oʻqitish va baholashgacha — "
                "qiyosladi."
            ),
            "ru": (
                "Гибридный круглый стол, на котором кафедра и коллеги из российских "
                "медицинских вузов сравнили подходы к подготовке резидентов — от "
                "клинических ротаций до симуляционного обучения и оценки."
            ),
            "en": (
                "A hybrid round table at which the department and colleagues from "
                "Russian medical universities compared how they train residents, "
                "from clinical rotations to simulation and assessment."
            ),
        },
        "body": [
            {
                "uz": (
                    "Davra suhbatini ochar ekan, kafedra mudiri D. R. Xudoyarova "
                    "2023-yilda Sechenov universitetining klinik bazalari va "
                    "simulyatsion markazida orttirilgan tajribani eslatib oʻtdi. Soʻngra "
                    "Irina Vasilyevna Karachentseva oʻz kafedrasida rezidentlar qanday "
                    "baholanishi haqida soʻzlab berdi."
                ),
                "ru": (
                    "Открывая круглый стол, заведующая кафедрой Д. Р. Худоярова "
                    "напомнила о том, что кафедра почерпнула на клинических базах и в "
                    "симуляционном центре Сеченовского Университета в 2023 году. Затем "
                    "Ирина Васильевна Караченцева рассказала, как оценивают резидентов "
                    "на её кафедре."
                ),
                "en": (
                    "Opening the round table, the head of the department, D. R. "
                    "Khudoyarova, recalled what the department had learned at the "
                    "clinical bases and simulation centre of Sechenov University in "
                    "2023. Irina Vasilievna Karachentseva then described how residents "
                    "are assessed in her department."
                ),
            },
            {
                "uz": (
                    "Muhokamaga kafedraning magistratura rezidentlari ham qoʻshilib, "
                    "akademik mobillik imkoniyatlari bilan qiziqdi. Professor N. I. "
                    "Zokirova takliflarni umumlashtirdi; ular kafedraning keyingi oʻquv "
                    "yiliga moʻljallangan rejasiga kiritiladi."
                ),
                "ru": (
                    "К обсуждению присоединились резиденты магистратуры кафедры, "
                    "интересовавшиеся возможностями академической мобильности. Профессор "
                    "Н. И. Зокирова подвела итоги: предложения войдут в план кафедры на "
                    "следующий учебный год."
                ),
                "en": (
                    "Master's residents of the department joined the discussion and "
                    "asked about opportunities for academic mobility. Professor N. I. "
                    "Zokirova summed up the proposals, which will feed into the "
                    "department's plan for the next academic year."
                ),
            },
        ],
        "key_figures": [],
        "topics": ["round-table", "residents-and-students"],
    },
    {
        "key": "russian-seminar-2027",
        "title": {
            "uz": (
                "Rossiya oliygohlari bilan 2027-yilgi yillik seminar: kundalik "
                "amaliyotda xavfsiz onalik"
            ),
            "ru": (
                "Ежегодный семинар с российскими вузами — 2027: безопасное "
                "материнство в повседневной практике"
            ),
            "en": (
                "Annual seminar with Russian universities 2027: safe motherhood in "
                "everyday practice"
            ),
        },
        "kind": "seminar",
        "start_date": datetime.date(2027, 4, 14),
        "end_date": datetime.date(2027, 4, 14),
        "format": "hybrid",
        "city": {"uz": "Samarqand", "ru": "Самарканд", "en": "Samarkand"},
        "country": {"uz": "Oʻzbekiston", "ru": "Узбекистан", "en": "Uzbekistan"},
        "partners": [],
        "participants": [
            {
                "person": "khudoyarova",
                "role": {
                    "uz": "Tashkiliy qoʻmita raisi",
                    "ru": "Председатель оргкомитета",
                    "en": "Chair of the organising committee",
                },
                "role_kind": "organiser",
            },
            {
                "person": "zokirova",
                "role": {
                    "uz": "Tashkiliy qoʻmita a’zosi",
                    "ru": "Член оргкомитета",
                    "en": "Member of the organising committee",
                },
                "role_kind": "organiser",
            },
            {
                "person": "karachentseva",
                "role": {
                    "uz": "Taklif etilgan ma’ruzachi (onlayn)",
                    "ru": "Приглашённый докладчик (онлайн)",
                    "en": "Invited speaker (online)",
                },
                "role_kind": "speaker",
            },
        ],
        "students": None,
        "contact_hours": None,
        "summary": {
            "uz": (
                "Kafedraning Rossiya tibbiyot oliygohlari hamkasblari bilan "
                "navbatdagi yillik seminari gibrid shaklda rejalashtirilgan; dastur "
                "sanaga yaqinroq e’lon qilinadi."
            ),
            "ru": (
                "Очередной ежегодный семинар кафедры с коллегами из российских "
                "медицинских вузов запланирован в гибридном формате; программа будет "
                "опубликована ближе к дате проведения."
            ),
            "en": (
                "The department's next annual seminar with colleagues from Russian "
                "medical universities is planned in a hybrid format; the programme "
                "will be published closer to the date."
            ),
        },
        "body": [
            {
                "uz": (
                    "Seminar D. R. Xudoyarova va N. I. Zokirova tashkil etib kelayotgan "
                    "yillik uchrashuvlar an’anasini davom ettiradi. Mashgʻulotlar "
                    "Samarqandda, Irina Vasilyevna Karachentseva va boshqa Rossiya "
                    "oliygohlari hamkasblarining onlayn ishtirokida oʻtkaziladi."
                ),
                "ru": (
                    "Семинар продолжает традицию ежегодных встреч, которые организуют Д. "
                    "Р. Худоярова и Н. И. Зокирова. Заседания пройдут в Самарканде при "
                    "онлайн-участии Ирины Васильевны Караченцевой и коллег из других "
                    "российских вузов."
                ),
                "en": (
                    "The seminar continues the tradition of annual meetings organised by "
                    "D. R. Khudoyarova and N. I. Zokirova. Sessions are planned in "
                    "Samarkand, with Irina Vasilievna Karachentseva and colleagues from "
                    "other Russian universities taking part online."
                ),
            },
            {
                "uz": (
                    "Seminarga xodimlar, magistratura rezidentlari va talabalar taklif "
                    "etiladi. Klinik holat bilan chiqish qilmoqchi boʻlganlar kafedraga "
                    "oldindan murojaat qilishi lozim."
                ),
                "ru": (
                    "Приглашаются сотрудники, резиденты магистратуры и студенты. "
                    "Желающим представить клинический случай следует заранее обратиться "
                    "на кафедру."
                ),
                "en": (
                    "Staff, master's residents and students are welcome to attend. "
                    "Anyone who wishes to present a clinical case should contact the "
                    "department in advance."
                ),
            },
        ],
        "key_figures": [],
        "topics": ["seminar"],
    },
    {
        "key": "residents-master-class-2027",
        "title": {
            "uz": "Rezidentlar uchun amaliy mahorat darsi: akusherlikda shoshilinch koʻnikmalar",
            "ru": "Практический мастер-класс для резидентов: неотложные навыки в акушерстве",
            "en": "Practical master class for residents: emergency skills in obstetrics",
        },
        "kind": "master_class",
        "start_date": datetime.date(2027, 10, 13),
        "end_date": datetime.date(2027, 10, 13),
        "format": "in_person",
        "city": {"uz": "Samarqand", "ru": "Самарканд", "en": "Samarkand"},
        "country": {"uz": "Oʻzbekiston", "ru": "Узбекистан", "en": "Uzbekistan"},
        "partners": [],
        "participants": [
            {
                "person": "zokirova",
                "role": {
                    "uz": "Bosh murabbiy",
                    "ru": "Ведущий тренер",
                    "en": "Lead trainer",
                },
                "role_kind": "lecturer",
            },
            {
                "person": "tilyavova",
                "role": {
                    "uz": "Amaliy stansiyalar muvofiqlashtiruvchisi",
                    "ru": "Координатор практических станций",
                    "en": "Coordinator of the practical stations",
                },
                "role_kind": "coordinator",
            },
            {
                "person": "shopulotov",
                "role": {
                    "uz": "Klinik baza va jihozlarni tayyorlash",
                    "ru": "Подготовка клинической базы и оборудования",
                    "en": "Preparation of the clinical base and equipment",
                },
                "role_kind": "coordinator",
            },
        ],
        "students": None,
        "contact_hours": None,
        "summary": {
            "uz": (
                "Kafedraning klinik bazalaridan birida magistratura rezidentlari "
                "uchun bir kunlik amaliy mahorat darsi; unda akademik mobillik "
                "safarlarida toʻplangan simulyatsion tajribadan foydalaniladi."
            ),
            "ru": (
                "Однодневный практический мастер-класс для резидентов магистратуры "
                "на одной из клинических баз кафедры с опорой на симуляционный опыт, "
                "полученный в поездках по академической мобильности."
            ),
            "en": (
                "A one-day hands-on master class for master's residents at one of "
                "the department's clinical bases, drawing on the simulation "
                "experience gathered during academic mobility visits."
            ),
        },
        "body": [
            {
                "uz": (
                    "Rezidentlar akusherlikdagi shoshilinch holatlarga bagʻishlangan "
                    "amaliy stansiyalardan navbatma-navbat oʻtadi, har biridan soʻng "
                    "murabbiylar bilan tahlil oʻtkaziladi. Mahorat darsini professor N. "
                    "I. Zokirova olib boradi, stansiyalar ishini assistent S. A. "
                    "Tilyavova muvofiqlashtiradi."
                ),
                "ru": (
                    "Резиденты пройдут по практическим станциям, посвящённым неотложным "
                    "состояниям в акушерстве; после каждой станции — разбор с "
                    "преподавателями. Мастер-класс проведёт профессор Н. И. Зокирова, "
                    "работу станций координирует ассистент С. А. Тилявова."
                ),
                "en": (
                    "Residents will rotate through practical stations on obstetric "
                    "emergencies, each followed by a debriefing with the trainers. "
                    "Professor N. I. Zokirova will lead the master class, with assistant "
                    "S. A. Tilyavova coordinating the stations."
                ),
            },
            {
                "uz": (
                    "Oʻtkazish joyi va jihozlarni kafedraning klinik (oʻquv) bazalar "
                    "bilan ishlash boʻyicha yetakchi mutaxassisi Sh. A. Shopulotov "
                    "tayyorlamoqda. Rezidentlarni roʻyxatga olish sanadan bir oy oldin "
                    "boshlanadi."
                ),
                "ru": (
                    "Площадку и оборудование готовит Ш. А. Шопулотов, ведущий специалист "
                    "кафедры по работе с клиническими (учебными) базами. Запись "
                    "резидентов откроется за месяц до даты проведения."
                ),
                "en": (
                    "The venue and equipment are being prepared by Sh. A. Shopulotov, "
                    "the department's leading specialist for work with clinical "
                    "(educational) bases. Registration for residents will open one month "
                    "before the date."
                ),
            },
        ],
        "key_figures": [],
        "topics": ["master-class", "residents-and-students"],
    },
]

NEWS = [
    {
        "key": "international-priorities-2021",
        "title": {
            "uz": (
                "Xalqaro hamkorlik — kafedraning yangi oʻquv yilidagi ustuvor yoʻnalishlaridan biri"
            ),
            "ru": "Международное сотрудничество — среди приоритетов кафедры в новом учебном году",
            "en": (
                "International cooperation among the department's priorities for the "
                "new academic year"
            ),
        },
        "date": datetime.date(2021, 9, 24),
        "summary": {
            "uz": (
                "2021–2022 oʻquv yili boshida kafedra xalqaro ta’limdagi mavqeini "
                "akademik mobillik, qoʻshma loyihalar va grant tanlovlarida ishtirok "
                "etish orqali qanday mustahkamlashini belgilab oldi."
            ),
            "ru": (
                "В начале 2021–2022 учебного года кафедра определила, как намерена "
                "укреплять свои позиции в международном образовании: через "
                "академическую мобильность, совместные проекты и участие в грантовых "
                "конкурсах."
            ),
            "en": (
                "At the start of the 2021–2022 academic year, the department set out "
                "how it intends to strengthen its position in international "
                "education through academic mobility, joint projects and grant "
                "competitions."
            ),
        },
        "body": [
            {
                "uz": (
                    "Xalqaro ta’limda kafedra mavqeini mustahkamlash uning bugungi "
                    "ustuvor vazifalaridan biridir. Oʻquv yilining birinchi yigʻilishida "
                    "kafedra mudiri D. R. Xudoyarova hamkasblarga bu maqsadga faqat "
                    "kafedraning oʻz xalqaro aloqalarini rivojlantirish orqali erishish "
                    "mumkinligini eslatdi."
                ),
                "ru": (
                    "Укрепление позиций кафедры в международном образовании — один из её "
                    "нынешних приоритетов. На первом заседании учебного года заведующая "
                    "кафедрой Д. Р. Худоярова напомнила коллегам, что достичь этой цели "
                    "можно, лишь развивая собственные международные связи кафедры."
                ),
                "en": (
                    "Strengthening the department's position in international education "
                    "is one of its current priorities. At the first meeting of the "
                    "academic year, the head of the department, D. R. Khudoyarova, "
                    "reminded colleagues that this goal can only be reached by "
                    "developing the department's own international relations."
                ),
            },
            {
                "uz": (
                    "Rejada xalqarolashtirishning uchta asosiy afzalligi qayd etilgan: "
                    "akademik almashinuv dasturlari orqali xorijdan keladigan "
                    "oʻqituvchilar sonining ortishi, boshqa davlatlardagi oliygohlar va "
                    "ilmiy markazlar bilan qoʻshma loyihalar hamda xorijda malaka "
                    "oshirgan xodimlar sonining koʻpayishi."
                ),
                "ru": (
                    "В плане названы три главных преимущества интернационализации: "
                    "больше преподавателей из-за рубежа по программам академического "
                    "обмена, совместные проекты с вузами и научными центрами других "
                    "стран и больше сотрудников, повысивших квалификацию в зарубежных "
                    "учебных заведениях."
                ),
                "en": (
                    "The plan highlights three benefits of internationalisation: more "
                    "teachers coming from abroad through academic exchange, joint "
                    "projects with universities and research centres in other countries, "
                    "and more staff who have trained at institutions abroad."
                ),
            },
            {
                "uz": (
                    "Bu ishga xodimlar va magistratura rezidentlari jalb etiladi, "
                    "kafedra esa oʻqituvchilarni respublika va xorijiy jamgʻarmalar "
                    "tanlovlariga tayyorlashni davom ettiradi."
                ),
                "ru": (
                    "К этой работе будут привлечены сотрудники и резиденты магистратуры, "
                    "а преподавателей кафедра продолжит готовить к конкурсам "
                    "республиканских и зарубежных фондов."
                ),
                "en": (
                    "Staff and master's residents will be involved in this work, and the "
                    "department will continue to prepare its teachers for competitions "
                    "of national and foreign foundations."
                ),
            },
        ],
        "topics": ["academic-mobility", "international-grants"],
        "partners": [],
        "events": [],
    },
    {
        "key": "webinar-2021-report",
        "title": {
            "uz": (
                "Homiladorlikdagi gipertenziya haqidagi vebinar samarqandlik va "
                "rossiyalik hamkasblarni birlashtirdi"
            ),
            "ru": (
                "Вебинар о гипертензии при беременности объединил самаркандских и российских коллег"
            ),
            "en": (
                "Webinar on hypertension in pregnancy brings together Samarkand and "
                "Russian colleagues"
            ),
        },
        "date": datetime.date(2021, 11, 15),
        "summary": {
            "uz": (
                "12-noyabr kuni kafedra dotsent Irina Vasilyevna Karachentseva "
                "ishtirokida onlayn vebinar oʻtkazdi; xodimlar, rezidentlar va "
                "talabalar klinik bazalardan ulandi."
            ),
            "ru": (
                "12 ноября кафедра провела онлайн-вебинар с доцентом Ириной "
                "Васильевной Караченцевой; сотрудники, резиденты и студенты "
                "подключились с клинических баз."
            ),
            "en": (
                "On 12 November the department held an online webinar with Associate "
                "Professor Irina Vasilievna Karachentseva; staff, residents and "
                "students joined from the clinical bases."
            ),
        },
        "body": [
            {
                "uz": (
                    "Vebinarni kafedra mudiri D. R. Xudoyarova va professor N. I. "
                    "Zokirova Rossiya Federatsiyasi tibbiyot oliygohlari bilan har yili "
                    "oʻtkaziladigan qoʻshma tadbirlar turkumi doirasida tayyorladi."
                ),
                "ru": (
                    "Вебинар подготовили заведующая кафедрой Д. Р. Худоярова и профессор "
                    "Н. И. Зокирова в рамках ежегодного цикла совместных мероприятий с "
                    "медицинскими вузами Российской Федерации."
                ),
                "en": (
                    "The webinar was prepared by the head of the department, D. R. "
                    "Khudoyarova, and Professor N. I. Zokirova as part of the annual "
                    "series of joint events with medical universities of the Russian "
                    "Federation."
                ),
            },
            {
                "uz": (
                    "Ishtirokchilar koʻplab amaliy savollar berdi, ayniqsa "
                    "homiladorlikda gipotenziv dorilarni tanlash va tugʻruq muddatini "
                    "belgilash haqida. Tashkilotchilar rossiyalik hamkasblarga "
                    "minnatdorchilik bildirib, navbatdagi uchrashuv davra suhbati "
                    "shaklida boʻlishini ma’lum qildi."
                ),
                "ru": (
                    "Участники задали много практических вопросов — особенно о выборе "
                    "антигипертензивных препаратов при беременности и сроках "
                    "родоразрешения. Организаторы поблагодарили российских коллег и "
                    "сообщили, что следующая встреча пройдёт в формате круглого стола."
                ),
                "en": (
                    "Participants asked many practical questions, especially about "
                    "choosing antihypertensive drugs during pregnancy and the timing of "
                    "delivery. The organisers thanked their Russian colleagues and "
                    "announced that the next meeting would take the form of a round "
                    "table."
                ),
            },
        ],
        "topics": ["webinar"],
        "partners": [],
        "events": ["russian-webinar-2021"],
    },
    {
        "key": "foundations-briefing-2021",
        "title": {
            "uz": (
                "Kafedra xodimlari xalqaro jamgʻarmalar va grant tanlovlari bilan tanishtirildi"
            ),
            "ru": (
                "Сотрудников кафедры познакомили с международными фондами и грантовыми конкурсами"
            ),
            "en": "Staff briefed on international foundations and grant competitions",
        },
        "date": datetime.date(2021, 12, 10),
        "summary": {
            "uz": (
                "Kafedra yigʻilishida «Iste’dod» jamgʻarmasi, Erasmus+, GIZ, TIKA, "
                "JICA, KOICA va KOFIH tanlovlari hamda professor-oʻqituvchilarning "
                "ularda qatnashishga qanday tayyorlanishi koʻrib chiqildi."
            ),
            "ru": (
                "На заседании кафедры рассмотрели конкурсы фонда «Истеъдод», "
                "Erasmus+, GIZ, TIKA, JICA, KOICA и KOFIH и то, как профессорам и "
                "преподавателям подготовиться к участию в них."
            ),
            "en": (
                "A department meeting reviewed the competitions of the Iste’dod "
                "Foundation, Erasmus+, GIZ, TIKA, JICA, KOICA and KOFIH and how "
                "professors and teachers can prepare to take part."
            ),
        },
        "body": [
            {
                "uz": (
                    "Kafedra professor-oʻqituvchilarining respublika va xorijiy "
                    "jamgʻarmalar tanlovlarida ishtirok etishini ta’minlash ustida ish "
                    "olib bormoqda. Yigʻilishda Oʻzbekiston Respublikasi Prezidentining "
                    "«Iste’dod» jamgʻarmasi, Erasmus+ dasturi hamda GIZ, TIKA, JICA, "
                    "KOICA va KOFIH xalqaro tashkilotlari muhokama qilindi."
                ),
                "ru": (
                    "Кафедра ведёт работу над тем, чтобы её профессора и преподаватели "
                    "участвовали в конкурсах республиканских и зарубежных фондов. На "
                    "заседании обсуждались фонд «Истеъдод» при Президенте Республики "
                    "Узбекистан, программа Erasmus+ и международные организации GIZ, "
                    "TIKA, JICA, KOICA и KOFIH."
                ),
                "en": (
                    "The department is working to ensure that its professors and "
                    "teachers take part in competitions of national and foreign "
                    "foundations. At the meeting, colleagues reviewed the Iste’dod "
                    "Foundation of the President of the Republic of Uzbekistan, the "
                    "Erasmus+ programme and the international organisations GIZ, TIKA, "
                    "JICA, KOICA and KOFIH."
                ),
            },
            {
                "uz": (
                    "Har bir tashkilot boʻyicha odatiy tanlovlar, muddatlar va zarur "
                    "hujjatlar haqida soʻzlab berildi. Ariza tayyorlashda tajribaga ega "
                    "hamkasblar birinchi marta ariza topshiradiganlarga maslahat "
                    "berishni taklif qildi."
                ),
                "ru": (
                    "По каждой организации рассказали о типичных конкурсах, сроках и "
                    "необходимых документах. Коллеги, уже имеющие опыт подготовки "
                    "заявок, предложили консультировать тех, кто будет подавать их "
                    "впервые."
                ),
                "en": (
                    "For each organisation, the typical calls, deadlines and required "
                    "documents were outlined. Colleagues who already have experience of "
                    "writing applications offered to advise those applying for the first "
                    "time."
                ),
            },
        ],
        "topics": ["international-grants"],
        "partners": ["istedod", "erasmus", "giz", "tika", "jica", "koica", "kofih"],
        "events": [],
    },
    {
        "key": "tajik-training-announcement",
        "title": {
            "uz": "Kafedra vakillari Tojikiston davlat tibbiyot universitetida oʻqishdan oʻtadi",
            "ru": (
                "Представители кафедры пройдут обучение в Таджикском государственном "
                "медицинском университете"
            ),
            "en": "Department members to attend training at the Tajik State Medical University",
        },
        "date": datetime.date(2022, 2, 8),
        "summary": {
            "uz": (
                "Akademik mobillik dasturi asosida kafedra magistranti Z. A. "
                "Shopulotova va kafedra mudiri D. R. Xudoyarova Dushanbedagi 18 "
                "soatlik oʻquv kursida ishtirok etadi."
            ),
            "ru": (
                "По программе академической мобильности магистрантка З. А. "
                "Шопулотова и заведующая кафедрой Д. Р. Худоярова примут участие в "
                "18-часовом учебном курсе в Душанбе."
            ),
            "en": (
                "Under the academic mobility programme, master's student Z. A. "
                "Shopulotova and the head of the department, D. R. Khudoyarova, will "
                "take part in an 18-hour training course in Dushanbe."
            ),
        },
        "body": [
            {
                "uz": (
                    "Oʻqish 2022-yil 21–23-fevral kunlari Tojikiston davlat tibbiyot "
                    "universitetida boʻlib oʻtadi. U kafedra 2021–2022 oʻquv yilida "
                    "rivojlantirayotgan akademik mobillik dasturining bir qismidir."
                ),
                "ru": (
                    "Обучение пройдёт в Таджикском государственном медицинском "
                    "университете с 21 по 23 февраля 2022 года. Оно входит в программу "
                    "академической мобильности, которую кафедра развивает в 2021–2022 "
                    "учебном году."
                ),
                "en": (
                    "The training will be held at the Tajik State Medical University "
                    "from 21 to 23 February 2022. It is part of the academic mobility "
                    "programme that the department is developing in the 2021–2022 "
                    "academic year."
                ),
            },
            {
                "uz": (
                    "Kafedra safarda magistrantning ishtirok etishi boshqa rezidentlarni "
                    "ham xalqaro ishlarga faolroq qoʻshilishga ragʻbatlantirishiga umid "
                    "qiladi."
                ),
                "ru": (
                    "Кафедра надеется, что участие магистрантки в поездке вдохновит и "
                    "других резидентов активнее включаться в международную работу."
                ),
                "en": (
                    "The department hopes that including a master's student in the trip "
                    "will encourage other residents to take a more active part in its "
                    "international work."
                ),
            },
        ],
        "topics": ["academic-mobility"],
        "partners": ["tajik"],
        "events": ["tajik-training-2022"],
    },
    {
        "key": "tajik-training-report",
        "title": {
            "uz": "Dushanbedagi oʻqish yakunlandi: 18 soatlik akademik mobillik",
            "ru": "Обучение в Душанбе завершено: 18 часов академической мобильности",
            "en": "Training in Dushanbe completed: 18 hours of academic mobility",
        },
        "date": datetime.date(2022, 3, 1),
        "summary": {
            "uz": (
                "Z. A. Shopulotova va D. R. Xudoyarova Tojikiston davlat tibbiyot "
                "universitetidan qaytib, 18 soatlik oʻqish haqidagi taassurotlarini "
                "hamkasblari bilan baham koʻrdi."
            ),
            "ru": (
                "З. А. Шопулотова и Д. Р. Худоярова вернулись из Таджикского "
                "государственного медицинского университета и поделились с коллегами "
                "впечатлениями от 18-часового обучения."
            ),
            "en": (
                "Z. A. Shopulotova and D. R. Khudoyarova have returned from the "
                "Tajik State Medical University and shared their impressions of the "
                "18-hour training with colleagues."
            ),
        },
        "body": [
            {
                "uz": (
                    "Kafedra yigʻilishida ishtirokchilar kurs qanday tashkil etilgani va "
                    "tojik hamkasblarning oʻqitishdagi qaysi yondashuvlari Samarqandda "
                    "foydali boʻlishi mumkinligi haqida gapirib berdi."
                ),
                "ru": (
                    "На заседании кафедры участницы рассказали, как был организован курс "
                    "и какие подходы таджикских коллег к преподаванию могут пригодиться "
                    "в Самарканде."
                ),
                "en": (
                    "At a department meeting the participants described how the course "
                    "was organised and which teaching approaches of their Tajik "
                    "colleagues could be useful in Samarkand."
                ),
            },
            {
                "uz": (
                    "Kafedra magistranti Z. A. Shopulotova uchun kurs tajribali "
                    "oʻqituvchilar bilan yonma-yon oʻqish uchun qimmatli imkoniyat "
                    "boʻldi. Kafedra bunday safarlarni rezidentlar ishtirokida davom "
                    "ettirish niyatida."
                ),
                "ru": (
                    "Для магистрантки кафедры З. А. Шопулотовой курс стал ценной "
                    "возможностью учиться рядом с опытными преподавателями. Кафедра "
                    "намерена и дальше организовывать такие поездки с участием "
                    "резидентов."
                ),
                "en": (
                    "For Z. A. Shopulotova, a master's student of the department, the "
                    "course was a valuable opportunity to learn alongside experienced "
                    "teachers. The department intends to continue such trips with the "
                    "participation of residents."
                ),
            },
        ],
        "topics": ["academic-mobility", "residents-and-students"],
        "partners": ["tajik"],
        "events": ["tajik-training-2022"],
    },
    {
        "key": "round-table-2022-report",
        "title": {
            "uz": "Rossiya oliygohlari bilan akusherlik qon ketishlari haqida davra suhbati",
            "ru": "Круглый стол с российскими вузами об акушерских кровотечениях",
            "en": "Round table with Russian universities on obstetric haemorrhage",
        },
        "date": datetime.date(2022, 5, 20),
        "summary": {
            "uz": (
                "18-may kuni kafedra Rossiya tibbiyot oliygohlari hamkasblari bilan "
                "onlayn davra suhbati oʻtkazib, har yilgi qoʻshma tadbirlar "
                "turkumini davom ettirdi."
            ),
            "ru": (
                "18 мая кафедра провела онлайн-круглый стол с коллегами из "
                "российских медицинских вузов, продолжив цикл ежегодных совместных "
                "мероприятий."
            ),
            "en": (
                "On 18 May the department held an online round table with colleagues "
                "from Russian medical universities, continuing its series of annual "
                "joint events."
            ),
        },
        "body": [
            {
                "uz": (
                    "D. R. Xudoyarova boshqargan muhokamada kafedra xodimlari, Irina "
                    "Vasilyevna Karachentseva va bir nechta Rossiya oliygohlari "
                    "vakillari ishtirok etdi. Kafedra tajribasini professor N. I. "
                    "Zokirova taqdim etdi."
                ),
                "ru": (
                    "В дискуссии, которую вела Д. Р. Худоярова, приняли участие "
                    "сотрудники кафедры, Ирина Васильевна Караченцева и представители "
                    "нескольких российских вузов. Опыт кафедры представила профессор Н. "
                    "И. Зокирова."
                ),
                "en": (
                    "The discussion, moderated by D. R. Khudoyarova, brought together "
                    "staff of the department, Irina Vasilievna Karachentseva and "
                    "representatives of several Russian universities. Professor N. I. "
                    "Zokirova presented the department's experience."
                ),
            },
            {
                "uz": (
                    "Magistratura rezidentlari davra suhbatini onlayn kuzatib bordi, "
                    "soʻngra uning xulosalarini amaliy mashgʻulotlarda muhokama qildi."
                ),
                "ru": (
                    "Резиденты магистратуры следили за круглым столом онлайн, а затем "
                    "обсудили его выводы на практических занятиях."
                ),
                "en": (
                    "Master's residents followed the round table online and later "
                    "discussed its conclusions in their practical classes."
                ),
            },
        ],
        "topics": ["round-table", "residents-and-students"],
        "partners": [],
        "events": ["russian-round-table-2022"],
    },
    {
        "key": "astana-mobility-announcement",
        "title": {
            "uz": "Astanalik dotsent L. K. Smailova kafedrada mashgʻulotlar oʻtkazadi",
            "ru": "Доцент Л. К. Смаилова из Астаны проведёт занятия на кафедре",
            "en": "Associate Professor L. K. Smailova from Astana to teach at the department",
        },
        "date": datetime.date(2022, 10, 5),
        "summary": {
            "uz": (
                "17–22-oktabr kunlari Astana tibbiyot universiteti bilan akademik "
                "mobillik dasturi doirasida dotsent L. K. Smailova 36 soatlik "
                "mashgʻulotlar, davra suhbatlari, seminar va vebinarlar oʻtkazadi."
            ),
            "ru": (
                "С 17 по 22 октября по программе академической мобильности с "
                "Медицинским университетом Астана доцент Л. К. Смаилова проведёт 36 "
                "часов занятий, круглых столов, семинаров и вебинаров."
            ),
            "en": (
                "From 17 to 22 October, under the academic mobility programme with "
                "Astana Medical University, Associate Professor L. K. Smailova will "
                "conduct 36 hours of classes, round tables, seminars and webinars."
            ),
        },
        "body": [
            {
                "uz": (
                    "Tashrif kafedraning Astanadagi akusher-ginekolog hamkasblar bilan "
                    "qoʻshma ilmiy loyihalari natijasida yuzaga keldi. Mashgʻulotlar "
                    "kafedrada va onlayn tarzda oʻtadi, shunda klinik bazalardagi "
                    "hamkasblar ham ularga qoʻshila oladi."
                ),
                "ru": (
                    "Визит вырос из совместных научных проектов кафедры с коллегами — "
                    "акушерами-гинекологами из Астаны. Занятия пройдут на кафедре и в "
                    "онлайн-формате, чтобы к ним могли присоединиться и коллеги с "
                    "клинических баз."
                ),
                "en": (
                    "The visit grows out of the department's joint research projects "
                    "with colleagues in obstetrics and gynecology in Astana. Sessions "
                    "will be held at the department and online, so that colleagues at "
                    "the clinical bases can also take part."
                ),
            },
            {
                "uz": (
                    "Mashgʻulotlarga xodimlar, magistratura rezidentlari va talabalar "
                    "taklif etiladi. Mashgʻulotlar jadvalini kafedradan olish mumkin."
                ),
                "ru": (
                    "Приглашаются сотрудники, резиденты магистратуры и студенты. "
                    "Расписание занятий можно получить на кафедре."
                ),
                "en": (
                    "Staff, master's residents and students are invited to attend. The "
                    "timetable of sessions is available from the department office."
                ),
            },
        ],
        "topics": ["academic-mobility"],
        "partners": ["astana"],
        "events": ["astana-mobility-2022"],
    },
    {
        "key": "astana-mobility-report",
        "title": {
            "uz": "Astanalik hamkasb bilan 36 soat: akademik mobillik dasturi yakunlandi",
            "ru": "36 часов с коллегой из Астаны: программа академической мобильности завершена",
            "en": "36 hours with a colleague from Astana: academic mobility programme completed",
        },
        "date": datetime.date(2022, 10, 25),
        "summary": {
            "uz": (
                "Dotsent L. K. Smailova kafedradagi dasturini yakunladi: u jami 36 "
                "soat davomida mashgʻulotlar, davra suhbatlari, seminar va "
                "vebinarlar oʻtkazdi."
            ),
            "ru": (
                "Доцент Л. К. Смаилова завершила свою программу на кафедре: занятия, "
                "круглые столы, семинары и вебинары общим объёмом 36 часов."
            ),
            "en": (
                "Associate Professor L. K. Smailova has completed her programme at "
                "the department: classes, round tables, seminars and webinars "
                "totalling 36 hours."
            ),
        },
        "body": [
            {
                "uz": (
                    "Olti kun davomida qozogʻistonlik mehmon xodimlar, magistratura "
                    "rezidentlari va talabalar bilan ishladi. Ayniqsa davra suhbatlari "
                    "qizgʻin oʻtdi: ular ikki mamlakatdagi klinik yondashuvlarni "
                    "solishtirish imkonini berdi."
                ),
                "ru": (
                    "За шесть дней гостья из Казахстана поработала с сотрудниками, "
                    "резидентами магистратуры и студентами. Особенно оживлёнными "
                    "получились круглые столы, позволившие сравнить клинические подходы "
                    "в двух странах."
                ),
                "en": (
                    "Over six days the guest from Kazakhstan worked with staff, master's "
                    "residents and students. The round tables were especially lively, as "
                    "they allowed participants to compare clinical approaches in the two "
                    "countries."
                ),
            },
            {
                "uz": (
                    "Kafedra mudiri D. R. Xudoyarova L. K. Smailovaga minnatdorchilik "
                    "bildirib, dastur Astana bilan qoʻshma ilmiy loyihalarga yangi "
                    "turtki berganini ta’kidladi."
                ),
                "ru": (
                    "Заведующая кафедрой Д. Р. Худоярова поблагодарила Л. К. Смаилову и "
                    "отметила, что программа придала новый импульс совместным научным "
                    "проектам с Астаной."
                ),
                "en": (
                    "The head of the department, D. R. Khudoyarova, thanked L. K. "
                    "Smailova and noted that the programme has given new momentum to the "
                    "joint research projects with Astana."
                ),
            },
        ],
        "topics": ["academic-mobility", "round-table"],
        "partners": ["astana"],
        "events": ["astana-mobility-2022"],
    },
    {
        "key": "master-class-2023-report",
        "title": {
            "uz": "Gibrid mahorat darsi: simulyatorlarda shoshilinch akusherlik koʻnikmalari",
            "ru": "Гибридный мастер-класс: неотложные акушерские навыки на симуляторах",
            "en": "Hybrid master class: emergency obstetric skills on simulators",
        },
        "date": datetime.date(2023, 3, 17),
        "summary": {
            "uz": (
                "15-mart kuni rezidentlar va yuqori kurs talabalari professor N. I. "
                "Zokirova rahbarligida shoshilinch akusherlik yordami ssenariylarini "
                "mashq qildi, Irina Vasilyevna Karachentseva esa onlayn izoh berib "
                "bordi."
            ),
            "ru": (
                "15 марта резиденты и старшекурсники отработали сценарии неотложной "
                "акушерской помощи под руководством профессора Н. И. Зокировой, а "
                "Ирина Васильевна Караченцева комментировала их онлайн."
            ),
            "en": (
                "On 15 March residents and senior students practised emergency "
                "obstetric scenarios under the guidance of Professor N. I. Zokirova, "
                "with Irina Vasilievna Karachentseva commenting online."
            ),
        },
        "body": [
            {
                "uz": (
                    "Mahorat darsi kafedraning 2023-yildagi rossiyalik hamkasblar bilan "
                    "birinchi qoʻshma tadbiri boʻldi. Kichik jamoalarda ishlagan "
                    "ishtirokchilar tugʻruq zalida bosqichma-bosqich algoritmlar va "
                    "muloqotni mashq qildi."
                ),
                "ru": (
                    "Мастер-класс стал первым в 2023 году совместным мероприятием "
                    "кафедры с российскими коллегами. Работая в небольших командах, "
                    "участники отрабатывали пошаговые алгоритмы и коммуникацию в "
                    "родильном зале."
                ),
                "en": (
                    "The master class was the department's first joint event of 2023 "
                    "with Russian colleagues. Working in small teams, participants "
                    "practised step-by-step algorithms and communication in the delivery "
                    "room."
                ),
            },
            {
                "uz": (
                    "Ishtirokchilarning fikr-mulohazalari ijobiy boʻldi, koʻpchilik "
                    "amaliy shaklni boshqa klinik mavzular boʻyicha ham takrorlashni "
                    "soʻradi."
                ),
                "ru": (
                    "Отзывы участников были положительными, многие попросили повторить "
                    "практический формат и по другим клиническим темам."
                ),
                "en": (
                    "Feedback from participants was positive, and many asked for the "
                    "practical format to be repeated for other clinical topics."
                ),
            },
        ],
        "topics": ["master-class", "residents-and-students"],
        "partners": [],
        "events": ["master-class-2023"],
    },
    {
        "key": "sechenov-announcement",
        "title": {
            "uz": "Kafedra delegatsiyasi Sechenov universitetiga tashrif buyuradi",
            "ru": "Делегация кафедры отправится в Сеченовский Университет",
            "en": "Delegation of the department to visit Sechenov University",
        },
        "date": datetime.date(2023, 5, 26),
        "summary": {
            "uz": (
                "2023-yil 5–10-iyun kunlari toʻrt nafar kafedra xodimi va 9 nafar "
                "talaba Sechenov universiteti bilan tuzilgan memorandum doirasida "
                "akademik mobillik boʻyicha Moskvaga boradi."
            ),
            "ru": (
                "С 5 по 10 июня 2023 года четыре сотрудника кафедры и девять "
                "студентов совершат поездку в Москву по программе академической "
                "мобильности в рамках меморандума с Сеченовским Университетом."
            ),
            "en": (
                "From 5 to 10 June 2023, four staff members and nine students will "
                "travel to Moscow for academic mobility under the memorandum of "
                "cooperation with Sechenov University."
            ),
        },
        "body": [
            {
                "uz": (
                    "Delegatsiyaga D. R. Xudoyarova boshchilik qiladi; uning tarkibida "
                    "assistentlar S. A. Tilyavova va Z. A. Shopulotova hamda kafedraning "
                    "klinik (oʻquv) bazalar bilan ishlash boʻyicha yetakchi mutaxassisi "
                    "Sh. A. Shopulotov boʻladi."
                ),
                "ru": (
                    "Делегацию возглавит Д. Р. Худоярова; в её состав войдут ассистенты "
                    "С. А. Тилявова и З. А. Шопулотова, а также Ш. А. Шопулотов — "
                    "ведущий специалист кафедры по работе с клиническими (учебными) "
                    "базами."
                ),
                "en": (
                    "The delegation will be led by D. R. Khudoyarova and will include "
                    "assistants S. A. Tilyavova and Z. A. Shopulotova and Sh. A. "
                    "Shopulotov, the department's leading specialist for work with "
                    "clinical (educational) bases."
                ),
            },
            {
                "uz": (
                    "Dastur klinik va oʻquv bazalar hamda simulyatsion markazga "
                    "tashriflarni oʻz ichiga oladi. Bundan tashqari, xodimlar moskvalik "
                    "hamkasblar uchun ma’ruza va seminarlar tayyorlamoqda."
                ),
                "ru": (
                    "Программа включает посещение клинических и учебных баз и "
                    "симуляционного центра. Кроме того, сотрудники готовят лекции и "
                    "семинары для московских коллег."
                ),
                "en": (
                    "The programme includes visits to clinical bases, training bases and "
                    "the simulation centre. The staff are also preparing lectures and "
                    "seminars for their Moscow colleagues."
                ),
            },
        ],
        "topics": ["academic-mobility"],
        "partners": ["sechenov"],
        "events": ["sechenov-2023"],
    },
    {
        "key": "sechenov-report",
        "title": {
            "uz": (
                "Moskvadan qaytib: Sechenov universitetiga akademik mobillik tashrifi yakunlari"
            ),
            "ru": (
                "Возвращение из Москвы: итоги визита по академической мобильности в "
                "Сеченовский Университет"
            ),
            "en": (
                "Back from Moscow: results of the academic mobility visit to Sechenov University"
            ),
        },
        "date": datetime.date(2023, 6, 13),
        "summary": {
            "uz": (
                "Kafedra delegatsiyasi Moskvadan qaytdi. Olti kun davomida xodimlar "
                "va 9 nafar talaba universitetning klinik va oʻquv bazalari hamda "
                "simulyatsion markazi bilan tanishdi, oʻqituvchilarimiz esa ma’ruza "
                "va seminarlar oʻtkazdi."
            ),
            "ru": (
                "Делегация кафедры вернулась из Москвы. За шесть дней сотрудники и "
                "девять студентов познакомились с клиническими и учебными базами "
                "университета и его симуляционным центром, а наши преподаватели "
                "прочитали лекции и провели семинары."
            ),
            "en": (
                "The department's delegation has returned from Moscow. Over six days "
                "staff and nine students studied the university's clinical and "
                "training bases and its simulation centre, and our teachers gave "
                "lectures and seminars."
            ),
        },
        "body": [
            {
                "uz": (
                    "2023-yil 5–10-iyun kunlaridagi tashrif I. M. Sechenov nomidagi "
                    "Birinchi Moskva davlat tibbiyot universiteti bilan hamkorlik "
                    "memorandumiga muvofiq tashkil etildi va kafedraning shu kungacha "
                    "boʻlgan eng yirik akademik mobillik loyihasiga aylandi."
                ),
                "ru": (
                    "Визит 5–10 июня 2023 года был организован в соответствии с "
                    "меморандумом о сотрудничестве с Первым МГМУ им. И. М. Сеченова и "
                    "стал самым масштабным на сегодня проектом академической мобильности "
                    "кафедры."
                ),
                "en": (
                    "The visit of 5–10 June 2023 was organised in accordance with the "
                    "memorandum of cooperation with I. M. Sechenov First Moscow State "
                    "Medical University and became the department's largest academic "
                    "mobility project so far."
                ),
            },
            {
                "uz": (
                    "Kafedraning klinik bazalar bilan ishiga mas’ul Sh. A. Shopulotov "
                    "uchun safar moskvalik bazalar qanday tashkil etilganini batafsil "
                    "koʻrish imkoniyati boʻldi. Talabalarda esa simulyatsion markaz "
                    "ayniqsa katta taassurot qoldirdi."
                ),
                "ru": (
                    "Для Ш. А. Шопулотова, отвечающего за работу кафедры с клиническими "
                    "базами, поездка стала возможностью подробно увидеть, как устроены "
                    "московские базы. На студентов особое впечатление произвёл "
                    "симуляционный центр."
                ),
                "en": (
                    "For Sh. A. Shopulotov, who is responsible for the department's work "
                    "with clinical bases, the trip was a chance to see in detail how the "
                    "Moscow bases are organised. The simulation centre made a particular "
                    "impression on the students."
                ),
            },
            {
                "uz": (
                    "Kafedra orttirilgan tajribadan oʻz klinik bazalarida amaliy "
                    "oʻqitishni rivojlantirishda foydalanishni rejalashtirmoqda."
                ),
                "ru": (
                    "Полученный опыт кафедра планирует использовать при развитии "
                    "практического обучения на собственных клинических базах."
                ),
                "en": (
                    "The department plans to use what it has learned when developing "
                    "practical training at its own clinical bases."
                ),
            },
        ],
        "topics": ["academic-mobility"],
        "partners": ["sechenov"],
        "events": ["sechenov-2023"],
    },
    {
        "key": "sechenov-students-impressions",
        "title": {
            "uz": "Talabalar Moskva safaridan olgan taassurotlari bilan oʻrtoqlashdi",
            "ru": "Студенты делятся впечатлениями от поездки в Москву",
            "en": "Students share their impressions of the trip to Moscow",
        },
        "date": datetime.date(2023, 6, 21),
        "summary": {
            "uz": (
                "Sechenov universitetiga akademik mobillik safarida qatnashgan 9 "
                "nafar talaba kafedrada boʻlib oʻtgan uchrashuvda kursdoshlari va "
                "oʻqituvchilarga taassurotlarini soʻzlab berdi."
            ),
            "ru": (
                "Девять студентов, участвовавших в поездке по академической "
                "мобильности в Сеченовский Университет, рассказали о своих "
                "впечатлениях однокурсникам и преподавателям на встрече на кафедре."
            ),
            "en": (
                "The nine students who took part in the academic mobility visit to "
                "Sechenov University presented their impressions to fellow students "
                "and teachers at a meeting held at the department."
            ),
        },
        "body": [
            {
                "uz": (
                    "Talabalar oʻquv bazalari va simulyatsion markaz haqida gapirib "
                    "berdi: u yerda amaliy koʻnikmalar bemorlar bilan ishlashdan oldin "
                    "bosqichma-bosqich oʻrgatiladi. Koʻpchilik safar boʻlajak "
                    "mutaxassisligi haqida oʻylab koʻrishga yordam berganini aytdi."
                ),
                "ru": (
                    "Студенты рассказали об учебных базах и симуляционном центре, где "
                    "практические навыки отрабатывают шаг за шагом ещё до работы с "
                    "пациентами. Многие признались, что поездка помогла им задуматься о "
                    "будущей специальности."
                ),
                "en": (
                    "The students talked about the training bases and the simulation "
                    "centre, where practical skills are taught step by step before any "
                    "work with patients. Many said the trip had helped them think about "
                    "their future specialty."
                ),
            },
            {
                "uz": (
                    "Delegatsiya tarkibida boʻlgan assistent S. A. Tilyavova quyi kurs "
                    "talabalarini boʻlajak akademik mobillik dasturlariga hozirdanoq "
                    "tayyorlanishga chaqirdi."
                ),
                "ru": (
                    "Ассистент С. А. Тилявова, входившая в состав делегации, призвала "
                    "младшекурсников уже сейчас готовиться к будущим программам "
                    "академической мобильности."
                ),
                "en": (
                    "Assistant S. A. Tilyavova, a member of the delegation, encouraged "
                    "younger students to start preparing now for future academic "
                    "mobility programmes."
                ),
            },
        ],
        "topics": ["residents-and-students", "academic-mobility"],
        "partners": ["sechenov"],
        "events": ["sechenov-2023"],
    },
    {
        "key": "residents-international-work",
        "title": {
            "uz": "Magistratura rezidentlari kafedraning xalqaro faoliyatiga qoʻshilmoqda",
            "ru": "Резиденты магистратуры включаются в международную работу кафедры",
            "en": "Master's residents join the department's international work",
        },
        "date": datetime.date(2023, 12, 15),
        "summary": {
            "uz": (
                "Xalqaro hamkorlikni rivojlantirishda oʻqituvchilar bilan bir "
                "qatorda kafedraning magistratura rezidentlari ham ishtirok etmoqda "
                "— rossiyalik hamkasblar bilan onlayn seminarlardan tortib akademik "
                "mobillikkacha."
            ),
            "ru": (
                "Наряду с преподавателями в развитии международного сотрудничества "
                "участвуют и резиденты магистратуры кафедры — от онлайн-семинаров с "
                "российскими коллегами до академической мобильности."
            ),
            "en": (
                "Alongside the teaching staff, the department's master's residents "
                "are helping to develop international cooperation, from online "
                "seminars with Russian colleagues to academic mobility."
            ),
        },
        "body": [
            {
                "uz": (
                    "Soʻnggi ikki yilda rezidentlar kafedraning Rossiya tibbiyot "
                    "oliygohlari bilan oʻtkazgan vebinar va davra suhbatlarida "
                    "qatnashdi, kafedra magistranti esa Dushanbedagi 18 soatlik "
                    "oʻqishdan oʻtdi."
                ),
                "ru": (
                    "За последние два года резиденты участвовали в вебинарах и круглых "
                    "столах кафедры с российскими медицинскими вузами, а магистрантка "
                    "кафедры прошла 18-часовое обучение в Душанбе."
                ),
                "en": (
                    "Over the past two years residents have attended the department's "
                    "webinars and round tables with Russian medical universities, and a "
                    "master's student of the department completed the 18-hour training "
                    "in Dushanbe."
                ),
            },
            {
                "uz": (
                    "Yil yakunidagi yigʻilishda rezidentlar kursdoshlari uchun xorijiy "
                    "klinik tavsiyalarning qisqacha sharhlarini tayyorlashni taklif "
                    "qildi. Kafedra bu gʻoyani qoʻllab-quvvatladi va manbalarni "
                    "tanlashda yordam beradi."
                ),
                "ru": (
                    "На итоговом заседании года резиденты предложили готовить для "
                    "однокурсников краткие обзоры зарубежных клинических рекомендаций. "
                    "Кафедра поддержала идею и поможет с подбором источников."
                ),
                "en": (
                    "At the end-of-year meeting, residents suggested preparing short "
                    "reviews of foreign clinical guidelines for their classmates. The "
                    "department supported the idea and will help them find sources."
                ),
            },
        ],
        "topics": ["residents-and-students"],
        "partners": ["tajik"],
        "events": ["tajik-training-2022", "russian-round-table-2022"],
    },
    {
        "key": "grant-applications-2024",
        "title": {
            "uz": "Xalqaro dasturlarga ariza tayyorlayotgan oʻqituvchilar uchun maslahatlar",
            "ru": "Консультации для преподавателей, готовящих заявки в международные программы",
            "en": "Consultations for teachers preparing applications to international programmes",
        },
        "date": datetime.date(2024, 2, 12),
        "summary": {
            "uz": (
                "Kafedra Erasmus+ dasturi hamda JICA, KOICA va KOFIH oʻquv "
                "dasturlariga qiziquvchi hamkasblar uchun muntazam maslahatlar "
                "oʻtkazishni boshladi."
            ),
            "ru": (
                "Кафедра начала регулярные консультации для коллег, интересующихся "
                "программой Erasmus+ и обучающими программами JICA, KOICA и KOFIH."
            ),
            "en": (
                "The department has started regular consultations for colleagues "
                "interested in Erasmus+ and in the training programmes of JICA, "
                "KOICA and KOFIH."
            ),
        },
        "body": [
            {
                "uz": (
                    "Maslahatlarda mos tanlovni tanlash, motivatsion xat yozish va "
                    "loyiha tavsifini tayyorlash masalalari koʻrib chiqiladi. Ular "
                    "kafedra professor-oʻqituvchilari va magistratura rezidentlari uchun "
                    "ochiq."
                ),
                "ru": (
                    "На консультациях разбирают выбор подходящего конкурса, написание "
                    "мотивационного письма и подготовку описания проекта. Они открыты "
                    "для профессоров, преподавателей и резидентов магистратуры кафедры."
                ),
                "en": (
                    "The consultations cover choosing a suitable call, writing a "
                    "motivation letter and preparing a project description. They are "
                    "open to professors, teachers and master's residents of the "
                    "department."
                ),
            },
            {
                "uz": (
                    "Ushbu tashabbus kafedraning xorijiy ta’lim muassasalarida malaka "
                    "oshirgan tadqiqotchi va oʻqituvchilar sonini koʻpaytirishga "
                    "qaratilgan sa’y-harakatlarining bir qismidir."
                ),
                "ru": (
                    "Эта инициатива — часть усилий кафедры по увеличению числа "
                    "исследователей и преподавателей, прошедших подготовку в зарубежных "
                    "учебных заведениях."
                ),
                "en": (
                    "The initiative is part of the department's effort to increase the "
                    "number of researchers and teachers who have trained at institutions "
                    "abroad."
                ),
            },
        ],
        "topics": ["international-grants"],
        "partners": ["erasmus", "jica", "koica", "kofih"],
        "events": [],
    },
    {
        "key": "seminar-2024-report",
        "title": {
            "uz": (
                "Samarqandda rossiyalik hamkasblar bilan muddatidan oldingi tugʻruq "
                "haqida seminar boʻlib oʻtdi"
            ),
            "ru": "В Самарканде прошёл семинар с российскими коллегами о преждевременных родах",
            "en": "Seminar with Russian colleagues on preterm labour held in Samarkand",
        },
        "date": datetime.date(2024, 4, 19),
        "summary": {
            "uz": (
                "Kafedraning Rossiya tibbiyot oliygohlari bilan yillik seminari "
                "17-aprel kuni gibrid shaklda oʻtdi; Irina Vasilyevna Karachentseva "
                "onlayn ma’ruza qildi."
            ),
            "ru": (
                "Ежегодный семинар кафедры с российскими медицинскими вузами прошёл "
                "17 апреля в гибридном формате; Ирина Васильевна Караченцева "
                "выступила онлайн."
            ),
            "en": (
                "The department's annual seminar with Russian medical universities "
                "took place on 17 April in a hybrid format, with Irina Vasilievna "
                "Karachentseva speaking online."
            ),
        },
        "body": [
            {
                "uz": (
                    "Xodimlar, rezidentlar va talabalar kafedraning ma’ruzalar zalida "
                    "toʻplandi, rossiyalik ma’ruzachilar esa videoaloqa orqali "
                    "qoʻshildi. Seminarni D. R. Xudoyarova va N. I. Zokirova olib bordi."
                ),
                "ru": (
                    "Сотрудники, резиденты и студенты собрались в лекционном зале "
                    "кафедры, а российские докладчики подключились по видеосвязи. "
                    "Семинар вели Д. Р. Худоярова и Н. И. Зокирова."
                ),
                "en": (
                    "Staff, residents and students gathered in the department's lecture "
                    "hall, while the Russian speakers joined by video link. The seminar "
                    "was led by D. R. Khudoyarova and N. I. Zokirova."
                ),
            },
            {
                "uz": (
                    "Ishtirokchilarga sertifikatlar topshirildi; bu kafedra "
                    "oʻqituvchilari har yili xalqaro va mahalliy tadbirlarda qoʻlga "
                    "kiritayotgan sertifikatlar sonini yana oshirdi."
                ),
                "ru": (
                    "Участники получили сертификаты, пополнив собрание сертификатов, "
                    "которые преподаватели кафедры ежегодно получают на международных и "
                    "местных мероприятиях."
                ),
                "en": (
                    "Participants received certificates of attendance, adding to the "
                    "certificates that the department's teachers earn at international "
                    "and local events every year."
                ),
            },
        ],
        "topics": ["seminar", "conference"],
        "partners": [],
        "events": ["russian-seminar-2024"],
    },
    {
        "key": "results-2024",
        "title": {
            "uz": "2024-yilda xalqaro hamkorlik: yakunlar",
            "ru": "Международное сотрудничество в 2024 году: итоги",
            "en": "International cooperation in 2024: a look back",
        },
        "date": datetime.date(2024, 12, 23),
        "summary": {
            "uz": (
                "Yil yakunida kafedra xalqaro faoliyatini sarhisob qildi: Rossiya, "
                "Qozogʻiston va Tojikiston oliygohlari bilan hamkorlik, rossiyalik "
                "hamkasblar bilan yillik tadbirlar va konferensiyalarning 200 dan "
                "ortiq sertifikati."
            ),
            "ru": (
                "В конце года кафедра подвела итоги международной работы: "
                "партнёрство с вузами России, Казахстана и Таджикистана, ежегодные "
                "мероприятия с российскими коллегами и более 200 сертификатов "
                "конференций."
            ),
            "en": (
                "At the end of the year the department reviewed its international "
                "work: partnerships with universities in Russia, Kazakhstan and "
                "Tajikistan, annual events with Russian colleagues and more than 200 "
                "conference certificates."
            ),
        },
        "body": [
            {
                "uz": (
                    "Kafedra hamkorlari orasida hamkorlik memorandumi imzolangan I. M. "
                    "Sechenov nomidagi Birinchi Moskva davlat tibbiyot universiteti, "
                    "qoʻshma ilmiy loyihalar olib borilayotgan Astana tibbiyot "
                    "universiteti hamda Tojikiston davlat tibbiyot universiteti bor."
                ),
                "ru": (
                    "Среди партнёров кафедры — Первый МГМУ им. И. М. Сеченова, с которым "
                    "заключён меморандум о сотрудничестве, Медицинский университет "
                    "Астана, с которым ведутся совместные научные проекты, и Таджикский "
                    "государственный медицинский университет."
                ),
                "en": (
                    "The department's partners include I. M. Sechenov First Moscow State "
                    "Medical University, with which it has a memorandum of cooperation, "
                    "Astana Medical University, with which it carries out joint research "
                    "projects, and the Tajik State Medical University."
                ),
            },
            {
                "uz": (
                    "Kafedra professor-oʻqituvchilari xalqaro va mahalliy ilmiy-amaliy "
                    "konferensiyalarda muntazam qatnashib keladi va jami 200 dan ortiq "
                    "sertifikatga ega."
                ),
                "ru": (
                    "Профессора и преподаватели кафедры регулярно участвуют в "
                    "международных и местных научно-практических конференциях и в общей "
                    "сложности имеют более 200 сертификатов."
                ),
                "en": (
                    "Professors and teachers of the department regularly take part in "
                    "international and local scientific and practical conferences and "
                    "together hold more than 200 certificates."
                ),
            },
            {
                "uz": (
                    "Kelgusi yilda kafedra Rossiya oliygohlari bilan yillik seminarlarni "
                    "davom ettirish hamda «Iste’dod» jamgʻarmasi, Erasmus+ va boshqa "
                    "dasturlarga ariza topshirayotgan xodimlarni qoʻllab-quvvatlash "
                    "niyatida."
                ),
                "ru": (
                    "В наступающем году кафедра намерена продолжить ежегодные семинары с "
                    "российскими вузами и поддерживать сотрудников, подающих заявки в "
                    "фонд «Истеъдод», Erasmus+ и другие программы."
                ),
                "en": (
                    "In the coming year the department intends to continue its annual "
                    "seminars with Russian universities and to support staff applying to "
                    "the Iste’dod Foundation, Erasmus+ and other programmes."
                ),
            },
        ],
        "topics": ["conference", "academic-mobility"],
        "partners": ["sechenov", "astana", "tajik", "istedod", "erasmus"],
        "events": [],
    },
    {
        "key": "webinar-2025-report",
        "title": {
            "uz": "Irina Vasilyevna Karachentseva bilan antenatal kuzatuv haqida vebinar",
            "ru": "Вебинар об антенатальном наблюдении с Ириной Васильевной Караченцевой",
            "en": "Webinar on evidence-based antenatal care with Irina Vasilievna Karachentseva",
        },
        "date": datetime.date(2025, 3, 14),
        "summary": {
            "uz": (
                "12-mart kuni kafedra dalillarga asoslangan antenatal kuzatuv "
                "boʻyicha onlayn vebinar oʻtkazdi; uning yozuvi rezidentlar uchun "
                "ochiq."
            ),
            "ru": (
                "12 марта кафедра провела онлайн-вебинар об антенатальном наблюдении "
                "с позиций доказательной медицины; запись доступна резидентам."
            ),
            "en": (
                "On 12 March the department held an online webinar on evidence-based "
                "antenatal care; a recording has been made available to residents."
            ),
        },
        "body": [
            {
                "uz": (
                    "Vebinar kafedraning Rossiya Federatsiyasi tibbiyot oliygohlari "
                    "bilan yillik hamkorligini davom ettirdi. Uni professor N. I. "
                    "Zokirova boshqardi."
                ),
                "ru": (
                    "Вебинар продолжил ежегодное сотрудничество кафедры с медицинскими "
                    "вузами Российской Федерации. Модератором выступила профессор Н. И. "
                    "Зокирова."
                ),
                "en": (
                    "The webinar continued the department's annual cooperation with "
                    "medical universities of the Russian Federation. It was moderated by "
                    "Professor N. I. Zokirova."
                ),
            },
            {
                "uz": (
                    "Irina Vasilyevna Karachentseva homiladorlik davrida zarur "
                    "skriningni saqlagan holda ortiqcha tekshiruvlardan qanday voz "
                    "kechish haqida soʻzlab, tinglovchilarning savollariga javob berdi."
                ),
                "ru": (
                    "Ирина Васильевна Караченцева рассказала, как отказаться от лишних "
                    "обследований во время беременности, сохранив при этом необходимый "
                    "скрининг, и ответила на вопросы слушателей."
                ),
                "en": (
                    "Irina Vasilievna Karachentseva explained how to cut unnecessary "
                    "examinations during pregnancy while keeping essential screening in "
                    "place, and answered questions from the audience."
                ),
            },
        ],
        "topics": ["webinar"],
        "partners": [],
        "events": ["russian-webinar-2025"],
    },
    {
        "key": "academic-year-2025-2026",
        "title": {
            "uz": "Yangi oʻquv yili: rejada — koʻproq xorijiy oʻqituvchilar va qoʻshma loyihalar",
            "ru": (
                "Новый учебный год: в планах — больше зарубежных преподавателей и "
                "совместных проектов"
            ),
            "en": "New academic year: more visiting teachers and joint projects on the agenda",
        },
        "date": datetime.date(2025, 9, 15),
        "summary": {
            "uz": (
                "Kafedraning 2025–2026 oʻquv yiliga moʻljallangan rejasi akademik "
                "almashinuv orqali koʻproq xorijiy oʻqituvchilarni jalb etish va "
                "chet eldagi oliygohlar hamda ilmiy markazlar bilan qoʻshma "
                "loyihalarni rivojlantirishga qaratilgan."
            ),
            "ru": (
                "План кафедры на 2025–2026 учебный год нацелен на привлечение "
                "большего числа зарубежных преподавателей по программам "
                "академического обмена и развитие совместных проектов с вузами и "
                "научными центрами других стран."
            ),
            "en": (
                "The department's plan for 2025–2026 aims to attract more visiting "
                "teachers through academic exchange and to develop joint projects "
                "with universities and research centres abroad."
            ),
        },
        "body": [
            {
                "uz": (
                    "Tajriba shuni koʻrsatdiki, astanalik L. K. Smailova kabi taklif "
                    "etilgan oʻqituvchilar oʻquv jarayonini boyitadi. Kafedra hamkor "
                    "oliygohlardan hamkasblarni tez-tez taklif qilishni istaydi."
                ),
                "ru": (
                    "Опыт показал, что приглашённые преподаватели — как Л. К. Смаилова "
                    "из Астаны — обогащают учебный процесс. Кафедра хотела бы чаще "
                    "приглашать коллег из вузов-партнёров."
                ),
                "en": (
                    "Experience has shown that visiting teachers such as L. K. Smailova "
                    "from Astana enrich the educational process. The department would "
                    "like to invite colleagues from partner universities more often."
                ),
            },
            {
                "uz": (
                    "Yana bir maqsad — xorijda malaka oshirgan oʻqituvchilar sonini "
                    "koʻpaytirish. Buning uchun kafedra xodimlarga xalqaro jamgʻarma va "
                    "dasturlarga ariza tayyorlashda yordam berishni davom ettiradi."
                ),
                "ru": (
                    "Ещё одна цель — увеличить число преподавателей, прошедших повышение "
                    "квалификации за рубежом. Для этого кафедра продолжит помогать "
                    "сотрудникам с заявками в международные фонды и программы."
                ),
                "en": (
                    "Another goal is to increase the number of teachers who have "
                    "completed advanced training abroad. To this end, the department "
                    "will keep helping staff with applications to international "
                    "foundations and programmes."
                ),
            },
        ],
        "topics": ["academic-mobility", "international-grants"],
        "partners": ["astana"],
        "events": [],
    },
    {
        "key": "foundations-calls-2025",
        "title": {
            "uz": (
                "Kafedra «Iste’dod» jamgʻarmasi, GIZ va TIKA taqdim etayotgan "
                "imkoniyatlarni koʻrib chiqdi"
            ),
            "ru": "Кафедра рассмотрела возможности фонда «Истеъдод», GIZ и TIKA",
            "en": (
                "Department reviews opportunities offered by the Iste’dod Foundation, GIZ and TIKA"
            ),
        },
        "date": datetime.date(2025, 11, 20),
        "summary": {
            "uz": (
                "Uslubiy yigʻilishda kafedra «Iste’dod» jamgʻarmasi, GIZ va TIKA "
                "dasturlaridan qaysilari professor-oʻqituvchilarining qiziqishlariga "
                "koʻproq mos kelishini muhokama qildi."
            ),
            "ru": (
                "На методическом совещании кафедра обсудила, какие программы фонда "
                "«Истеъдод», GIZ и TIKA лучше всего соответствуют интересам её "
                "профессоров и преподавателей."
            ),
            "en": (
                "At a methodological meeting the department discussed which "
                "programmes of the Iste’dod Foundation, GIZ and TIKA best match the "
                "interests of its professors and teachers."
            ),
        },
        "body": [
            {
                "uz": (
                    "Hamkasblar respublika va xorijiy jamgʻarmalar turli imkoniyatlar "
                    "berishini qayd etdi: ba’zilari xorijda oʻqish va stajirovkalarni "
                    "qoʻllab-quvvatlasa, boshqalari sogʻliqni saqlash va tibbiy ta’lim "
                    "sohasidagi loyihalarni moliyalashtiradi."
                ),
                "ru": (
                    "Коллеги отметили, что республиканские и зарубежные фонды дают "
                    "разные возможности: одни поддерживают обучение и стажировки за "
                    "рубежом, другие финансируют проекты в здравоохранении и медицинском "
                    "образовании."
                ),
                "en": (
                    "Colleagues noted that national and foreign foundations offer "
                    "different opportunities: some support study and internships abroad, "
                    "while others fund projects in health and medical education."
                ),
            },
            {
                "uz": (
                    "Qiziqish bildirgan har bir oʻqituvchiga ariza tayyorlashda yordam "
                    "beradigan tajribali hamkasb biriktiriladi. Natijalar ma’lum "
                    "boʻlgach, kafedra ular haqida xabar beradi."
                ),
                "ru": (
                    "Каждому заинтересованному преподавателю назначат опытного коллегу, "
                    "который поможет с заявкой. О результатах кафедра сообщит, когда они "
                    "станут известны."
                ),
                "en": (
                    "Each interested teacher will be paired with an experienced "
                    "colleague who will help with the application. The department will "
                    "report on the outcome once the results are known."
                ),
            },
        ],
        "topics": ["international-grants"],
        "partners": ["istedod", "giz", "tika"],
        "events": [],
    },
    {
        "key": "round-table-2026-report",
        "title": {
            "uz": "Rezidentlar qanday tayyorlanadi: rossiyalik hamkasblar bilan davra suhbati",
            "ru": "Как готовят резидентов: круглый стол с российскими коллегами",
            "en": "How residents are trained: round table with Russian colleagues",
        },
        "date": datetime.date(2026, 2, 20),
        "summary": {
            "uz": (
                "18-fevral kuni kafedra Rossiya tibbiyot oliygohlari hamkasblari "
                "bilan rezidentlarni tayyorlash mavzusida gibrid davra suhbati "
                "oʻtkazdi; takliflar kelgusi yil rejasiga kiritiladi."
            ),
            "ru": (
                "18 февраля кафедра провела гибридный круглый стол о подготовке "
                "резидентов с коллегами из российских медицинских вузов; предложения "
                "войдут в план на следующий год."
            ),
            "en": (
                "On 18 February the department held a hybrid round table on "
                "residency training with colleagues from Russian medical "
                "universities; the proposals will be included in next year's plan."
            ),
        },
        "body": [
            {
                "uz": (
                    "Davra suhbati Samarqanddagi oʻqituvchilar va magistratura "
                    "rezidentlarini hamda onlayn qoʻshilgan rossiyalik hamkasblarni, "
                    "jumladan, Irina Vasilyevna Karachentsevani birlashtirdi. "
                    "Ishtirokchilar klinik rotatsiyalar, simulyatsion oʻqitish va "
                    "rezidentlarni baholashni tashkil etishni qiyosladi."
                ),
                "ru": (
                    "Круглый стол объединил преподавателей и резидентов магистратуры в "
                    "Самарканде и российских коллег, подключившихся онлайн, в том числе "
                    "Ирину Васильевну Караченцеву. Участники сравнили организацию "
                    "клинических ротаций, симуляционного обучения и оценки резидентов."
                ),
                "en": (
                    "The round table brought together teachers and master's residents in "
                    "Samarkand and Russian colleagues online, including Irina Vasilievna "
                    "Karachentseva. Participants compared how clinical rotations, "
                    "simulation training and the assessment of residents are organised."
                ),
            },
            {
                "uz": (
                    "Rezidentlarni ayniqsa akademik mobillik imkoniyatlari qiziqtirdi. "
                    "Kafedra ilgari kafedra magistranti Dushanbeda oʻqishdan oʻtganini, "
                    "talabalar esa Moskva safarida qatnashganini eslatib oʻtdi."
                ),
                "ru": (
                    "Резидентов особенно интересовали возможности академической "
                    "мобильности. Кафедра напомнила, что магистрантка кафедры уже "
                    "проходила обучение в Душанбе, а студенты участвовали в поездке в "
                    "Москву."
                ),
                "en": (
                    "Residents were especially interested in opportunities for academic "
                    "mobility. The department reminded them that a master's student of "
                    "the department had already trained in Dushanbe and that students "
                    "took part in the visit to Moscow."
                ),
            },
        ],
        "topics": ["round-table", "residents-and-students"],
        "partners": [],
        "events": ["russian-round-table-2026"],
    },
    {
        "key": "conferences-2026",
        "title": {
            "uz": "Kafedra oʻqituvchilari bahorgi ilmiy konferensiyalarda",
            "ru": "Преподаватели кафедры на весенних научных конференциях",
            "en": "Teachers of the department at spring scientific conferences",
        },
        "date": datetime.date(2026, 5, 18),
        "summary": {
            "uz": (
                "Bu bahorda kafedra professor-oʻqituvchilari xalqaro va mahalliy "
                "ilmiy-amaliy konferensiyalarda qatnashib, 200 dan ortiq "
                "sertifikatdan iborat toʻplamini yangilari bilan boyitdi."
            ),
            "ru": (
                "Этой весной профессора и преподаватели кафедры участвовали в "
                "международных и местных научно-практических конференциях и "
                "пополнили новыми сертификатами свою коллекцию, насчитывающую более "
                "200."
            ),
            "en": (
                "This spring, professors and teachers of the department took part in "
                "international and local scientific and practical conferences, "
                "adding new certificates to a collection that already numbers more "
                "than 200."
            ),
        },
        "body": [
            {
                "uz": (
                    "Konferensiyalarda muntazam qatnashish kafedra kasbiy madaniyatining "
                    "bir qismidir. Oʻqituvchilar oʻzlarining klinik va ilmiy ishlarini "
                    "taqdim etadi, yangi tavsiyalarni kuzatib boradi va olgan "
                    "bilimlarini mashgʻulotlarga olib kiradi."
                ),
                "ru": (
                    "Регулярное участие в конференциях — часть профессиональной культуры "
                    "кафедры. Преподаватели представляют свои клинические и научные "
                    "работы, следят за новыми рекомендациями и переносят полученные "
                    "знания в учебный процесс."
                ),
                "en": (
                    "Regular participation in conferences is part of the department's "
                    "professional culture. Teachers present their clinical and "
                    "scientific work, follow new guidelines and bring what they learn "
                    "back to their classes."
                ),
            },
            {
                "uz": (
                    "Bir nechta sessiyalarda magistratura rezidentlari ham qatnashdi; "
                    "kafedra ularni kelgusi konferensiyalar uchun oʻz ma’ruzalarini "
                    "tayyorlashga undaydi."
                ),
                "ru": (
                    "Несколько заседаний посетили и резиденты магистратуры; кафедра "
                    "поощряет их готовить собственные доклады к будущим конференциям."
                ),
                "en": (
                    "Master's residents also attended several sessions, and the "
                    "department encourages them to prepare their own presentations for "
                    "future conferences."
                ),
            },
        ],
        "topics": ["conference", "residents-and-students"],
        "partners": [],
        "events": [],
    },
    {
        "key": "plans-2027",
        "title": {
            "uz": "Oldindan rejalashtiring: kafedraning 2027-yildagi xalqaro tadbirlari",
            "ru": "Запланируйте заранее: международные мероприятия кафедры в 2027 году",
            "en": "Save the date: the department's international events in 2027",
        },
        "date": datetime.date(2026, 11, 16),
        "summary": {
            "uz": (
                "Kafedra 2027-yilgi ikki tadbir sanasini belgiladi: Rossiya "
                "oliygohlari bilan yillik seminar 14-aprel kuni, rezidentlar uchun "
                "amaliy mahorat darsi esa 13-oktabr kuni boʻlib oʻtadi."
            ),
            "ru": (
                "Кафедра определила даты двух мероприятий 2027 года: ежегодного "
                "семинара с российскими вузами 14 апреля и практического "
                "мастер-класса для резидентов 13 октября."
            ),
            "en": (
                "The department has set the dates of two events in 2027: the annual "
                "seminar with Russian universities on 14 April and a practical "
                "master class for residents on 13 October."
            ),
        },
        "body": [
            {
                "uz": (
                    "Seminar Irina Vasilyevna Karachentseva va boshqa Rossiya tibbiyot "
                    "oliygohlari hamkasblari bilan yillik uchrashuvlar an’anasini davom "
                    "ettiradi hamda gibrid shaklda oʻtkaziladi."
                ),
                "ru": (
                    "Семинар продолжит традицию ежегодных встреч с Ириной Васильевной "
                    "Караченцевой и коллегами из других российских медицинских вузов и "
                    "пройдёт в гибридном формате."
                ),
                "en": (
                    "The seminar will continue the tradition of annual meetings with "
                    "Irina Vasilievna Karachentseva and colleagues from other Russian "
                    "medical universities and will be held in a hybrid format."
                ),
            },
            {
                "uz": (
                    "Mahorat darsi kafedraning klinik bazalaridan birida oʻtadi va "
                    "magistratura rezidentlari uchun moʻljallangan. Tafsilotlar va "
                    "roʻyxatdan oʻtish tartibi ushbu saytda e’lon qilinadi."
                ),
                "ru": (
                    "Мастер-класс пройдёт на одной из клинических баз кафедры и "
                    "предназначен для резидентов магистратуры. Подробности и порядок "
                    "записи будут объявлены на этом сайте."
                ),
                "en": (
                    "The master class will take place at one of the department's "
                    "clinical bases and is intended for master's residents. Details and "
                    "registration will be announced on this site."
                ),
            },
        ],
        "topics": ["seminar", "master-class"],
        "partners": [],
        "events": ["russian-seminar-2027", "residents-master-class-2027"],
    },
]

PAGES = [
    {
        "key": "about",
        "slug": "about",
        "title": {
            "uz": "Kafedra haqida",
            "ru": "О кафедре",
            "en": "About the Department",
        },
        "summary": {
            "uz": (
                "Samarqand davlat tibbiyot universitetining 1-son akusherlik va "
                "ginekologiya kafedrasi talabalar va magistratura rezidentlarini "
                "tayyorlaydi hamda tibbiy ta’limda xalqaro hamkorlikni "
                "rivojlantiradi."
            ),
            "ru": (
                "Кафедра акушерства и гинекологии № 1 Самаркандского "
                "государственного медицинского университета готовит студентов и "
                "резидентов магистратуры и развивает международное сотрудничество в "
                "медицинском образовании."
            ),
            "en": (
                "The Department of Obstetrics and Gynecology No. 1 of Samarkand "
                "State Medical University teaches students and master's residents "
                "and develops international cooperation in medical education."
            ),
        },
        "body": [
            {
                "uz": (
                    "1-son akusherlik va ginekologiya kafedrasi Samarqand davlat "
                    "tibbiyot universiteti tarkibiga kiradi. Kafedra talabalar va "
                    "magistratura rezidentlariga akusherlik va ginekologiyadan dars "
                    "beradi, auditoriya mashgʻulotlarini klinik (oʻquv) bazalardagi "
                    "amaliy tayyorgarlik bilan uygʻunlashtiradi."
                ),
                "ru": (
                    "Кафедра акушерства и гинекологии № 1 входит в состав Самаркандского "
                    "государственного медицинского университета. Она преподаёт "
                    "акушерство и гинекологию студентам и резидентам магистратуры, "
                    "сочетая аудиторные занятия с практической подготовкой на "
                    "клинических (учебных) базах."
                ),
                "en": (
                    "The Department of Obstetrics and Gynecology No. 1 is part of "
                    "Samarkand State Medical University. It teaches obstetrics and "
                    "gynecology to students and master's residents, combining classroom "
                    "teaching with practical training at clinical (educational) bases."
                ),
            },
            {
                "uz": (
                    "Kafedraga tibbiyot fanlari doktori, dotsent D. R. Xudoyarova "
                    "rahbarlik qiladi. Jamoa tarkibida professor N. I. Zokirova, "
                    "assistentlar S. A. Tilyavova va Z. A. Shopulotova hamda klinik "
                    "(oʻquv) bazalar bilan ishlash boʻyicha yetakchi mutaxassis Sh. A. "
                    "Shopulotov bor."
                ),
                "ru": (
                    "Кафедру возглавляет доктор медицинских наук, доцент Д. Р. "
                    "Худоярова. В коллектив входят профессор Н. И. Зокирова, ассистенты "
                    "С. А. Тилявова и З. А. Шопулотова, а также ведущий специалист по "
                    "работе с клиническими (учебными) базами Ш. А. Шопулотов."
                ),
                "en": (
                    "The department is headed by Doctor of Medical Sciences, Associate "
                    "Professor D. R. Khudoyarova. Its team includes Professor N. I. "
                    "Zokirova, assistants S. A. Tilyavova and Z. A. Shopulotova, and Sh. "
                    "A. Shopulotov, the leading specialist for work with clinical "
                    "(educational) bases."
                ),
            },
            {
                "uz": (
                    "Kafedra professor-oʻqituvchilari xalqaro va mahalliy ilmiy-amaliy "
                    "konferensiyalarda doimiy ishtirok etadi; ularning jami "
                    "sertifikatlari soni 200 dan oshadi."
                ),
                "ru": (
                    "Профессора и преподаватели кафедры постоянно выступают на "
                    "международных и местных научно-практических конференциях; вместе у "
                    "них более 200 сертификатов."
                ),
                "en": (
                    "Professors and teachers of the department are regular participants "
                    "in international and local scientific and practical conferences and "
                    "between them hold more than 200 certificates."
                ),
            },
            {
                "uz": (
                    "Kafedraning bugungi ustuvor yoʻnalishlaridan biri xalqaro "
                    "ta’limdagi mavqeini mustahkamlashdir. Xodimlar va magistratura "
                    "rezidentlari Rossiya, Qozogʻiston va Tojikistondagi hamkorlar bilan "
                    "birgalikda ishlamoqda."
                ),
                "ru": (
                    "Один из нынешних приоритетов кафедры — укрепление позиций в "
                    "международном образовании. Сотрудники и резиденты магистратуры "
                    "работают вместе с партнёрами из России, Казахстана и Таджикистана."
                ),
                "en": (
                    "One of the department's current priorities is to strengthen its "
                    "position in international education. Staff and master's residents "
                    "work together with partners in Russia, Kazakhstan and Tajikistan."
                ),
            },
        ],
    },
    {
        "key": "international-cooperation",
        "slug": "international-cooperation",
        "title": {
            "uz": "Xalqaro hamkorlik",
            "ru": "Международное сотрудничество",
            "en": "International Cooperation",
        },
        "summary": {
            "uz": (
                "Kafedra xalqaro aloqalarini qanday rivojlantirmoqda: akademik "
                "mobillik, qoʻshma ilmiy loyihalar, Rossiya oliygohlari bilan yillik "
                "tadbirlar va jamgʻarmalar tanlovlarida ishtirok."
            ),
            "ru": (
                "Как кафедра развивает международные связи: академическая "
                "мобильность, совместные научные проекты, ежегодные мероприятия с "
                "российскими вузами и участие в конкурсах фондов."
            ),
            "en": (
                "How the department develops its international relations: academic "
                "mobility, joint research projects, annual events with Russian "
                "universities and participation in foundation competitions."
            ),
        },
        "body": [
            {
                "uz": (
                    "Xalqaro aloqalarni rivojlantirish kafedraning xalqaro ta’limdagi "
                    "oʻrnini mustahkamlash yoʻlidagi sa’y-harakatlarining asosidir. D. "
                    "R. Xudoyarova rahbarligida Astana tibbiyot universitetining "
                    "akusherlik va ginekologiya kafedrasi bilan qoʻshma ilmiy loyihalar "
                    "amalga oshirilmoqda; ushbu hamkorlik doirasida dotsent L. K. "
                    "Smailova akademik mobillik dasturi boʻyicha 36 soatlik "
                    "mashgʻulotlar, davra suhbatlari, seminar va vebinarlar oʻtkazdi."
                ),
                "ru": (
                    "Развитие международных связей лежит в основе стремления кафедры "
                    "укрепить своё место в международном образовании. Под руководством "
                    "Д. Р. Худояровой ведутся совместные научные проекты с кафедрой "
                    "акушерства и гинекологии Медицинского университета Астана; в рамках "
                    "этого сотрудничества доцент Л. К. Смаилова по программе "
                    "академической мобильности провела 36 часов занятий, круглых столов, "
                    "семинаров и вебинаров."
                ),
                "en": (
                    "Developing international relations is the basis of the department's "
                    "effort to strengthen its place in international education. Under "
                    "the leadership of D. R. Khudoyarova, research projects are carried "
                    "out jointly with the Department of Obstetrics and Gynecology of "
                    "Astana Medical University, and within this cooperation Associate "
                    "Professor L. K. Smailova conducted 36 hours of classes, round "
                    "tables, seminars and webinars under the academic mobility "
                    "programme."
                ),
            },
            {
                "uz": (
                    "Bu ishga xodimlar va magistratura rezidentlari ham jalb etilgan. "
                    "2021–2022 oʻquv yilida kafedra magistranti Z. A. Shopulotova va "
                    "kafedra mudiri Tojikiston davlat tibbiyot universitetida 18 soatlik "
                    "oʻqishdan oʻtdi. D. R. Xudoyarova va professor N. I. Zokirova har "
                    "yili dotsent Irina Vasilyevna Karachentseva hamda Rossiya "
                    "Federatsiyasining boshqa nufuzli tibbiyot oliygohlari ishtirokida "
                    "onlayn va oflayn seminarlar, vebinarlar, davra suhbatlari va "
                    "mahorat darslarini tashkil etadi."
                ),
                "ru": (
                    "В эту работу вовлечены сотрудники и резиденты магистратуры. В "
                    "2021–2022 учебном году магистрантка З. А. Шопулотова и заведующая "
                    "кафедрой прошли 18-часовое обучение в Таджикском государственном "
                    "медицинском университете. Ежегодно Д. Р. Худоярова и профессор Н. "
                    "И. Зокирова организуют очные и онлайн-семинары, вебинары, круглые "
                    "столы и мастер-классы с участием доцента Ирины Васильевны "
                    "Караченцевой и других ведущих медицинских вузов Российской "
                    "Федерации."
                ),
                "en": (
                    "Staff and master's residents are involved in this work too. In the "
                    "2021–2022 academic year, master's student Z. A. Shopulotova and the "
                    "head of the department completed an 18-hour training at the Tajik "
                    "State Medical University. Every year D. R. Khudoyarova and "
                    "Professor N. I. Zokirova organise online and in-person seminars, "
                    "webinars, round tables and master classes with Associate Professor "
                    "Irina Vasilievna Karachentseva and other leading medical "
                    "universities of the Russian Federation."
                ),
            },
            {
                "uz": (
                    "I. M. Sechenov nomidagi Birinchi Moskva davlat tibbiyot "
                    "universiteti bilan hamkorlik memorandumiga muvofiq D. R. "
                    "Xudoyarova, assistentlar S. A. Tilyavova va Z. A. Shopulotova, "
                    "yetakchi mutaxassis Sh. A. Shopulotov hamda 9 nafar talaba 2023-yil "
                    "5–10-iyun kunlari Moskvada tajriba almashdi. Ular klinik va oʻquv "
                    "bazalar hamda simulyatsion markaz faoliyati bilan tanishdi, "
                    "xodimlarimiz esa ma’ruza va seminarlar oʻtkazdi."
                ),
                "ru": (
                    "В соответствии с меморандумом о сотрудничестве с Первым МГМУ им. И. "
                    "М. Сеченова Д. Р. Худоярова, ассистенты С. А. Тилявова и З. А. "
                    "Шопулотова, ведущий специалист Ш. А. Шопулотов и девять студентов с "
                    "5 по 10 июня 2023 года обменивались опытом в Москве. Они "
                    "познакомились с работой клинических и учебных баз и симуляционного "
                    "центра, а наши сотрудники прочитали лекции и провели семинары."
                ),
                "en": (
                    "Under the memorandum of cooperation with I. M. Sechenov First "
                    "Moscow State Medical University, D. R. Khudoyarova, assistants S. "
                    "A. Tilyavova and Z. A. Shopulotova, leading specialist Sh. A. "
                    "Shopulotov and nine students exchanged experience in Moscow from 5 "
                    "to 10 June 2023. They studied the work of clinical bases, training "
                    "bases and the simulation centre, and our staff gave lectures and "
                    "seminars."
                ),
            },
            {
                "uz": (
                    "Xalqarolashtirishning asosiy afzalliklari — akademik almashinuv "
                    "tufayli xorijiy oʻqituvchilar sonining ortishi, boshqa "
                    "davlatlardagi oliygohlar va ilmiy markazlar bilan qoʻshma loyihalar "
                    "hamda xorijda malaka oshirgan tadqiqotchi va oʻqituvchilar sonining "
                    "koʻpayishi. Shu bois kafedra professor-oʻqituvchilarni respublika "
                    "va xorijiy jamgʻarmalar, jumladan, Oʻzbekiston Respublikasi "
                    "Prezidentining «Iste’dod» jamgʻarmasi, Erasmus+, GIZ, TIKA, JICA, "
                    "KOICA va KOFIH tanlovlariga tayyorlaydi."
                ),
                "ru": (
                    "Главные преимущества интернационализации — рост числа зарубежных "
                    "преподавателей благодаря академическому обмену, совместные проекты "
                    "с вузами и научными центрами других стран и увеличение числа "
                    "исследователей и преподавателей, прошедших подготовку за рубежом. "
                    "Поэтому кафедра готовит профессоров и преподавателей к конкурсам "
                    "республиканских и зарубежных фондов, в том числе фонда «Истеъдод» "
                    "при Президенте Республики Узбекистан, Erasmus+, GIZ, TIKA, JICA, "
                    "KOICA и KOFIH."
                ),
                "en": (
                    "The main benefits of internationalisation are more teachers from "
                    "abroad through academic exchange, joint projects with universities "
                    "and research centres in other countries, and more researchers and "
                    "teachers who have trained at institutions abroad. The department "
                    "therefore prepares its professors and teachers for competitions of "
                    "national and foreign foundations, including the Iste’dod Foundation "
                    "of the President of the Republic of Uzbekistan, Erasmus+, GIZ, "
                    "TIKA, JICA, KOICA and KOFIH."
                ),
            },
            {
                "uz": (
                    "Kafedra professor-oʻqituvchilari xalqaro va mahalliy ilmiy-amaliy "
                    "konferensiyalarda muntazam ma’ruza qiladi, ularning sertifikatlari "
                    "soni esa allaqachon 200 dan oshgan."
                ),
                "ru": (
                    "Профессора и преподаватели кафедры регулярно выступают на "
                    "международных и местных научно-практических конференциях, а число "
                    "их сертификатов уже превышает 200."
                ),
                "en": (
                    "Professors and teachers of the department regularly speak at "
                    "international and local scientific and practical conferences, and "
                    "their certificates now number more than 200."
                ),
            },
        ],
    },
]

SITE = {
    "name": {
        "uz": "1-son akusherlik va ginekologiya kafedrasi",
        "ru": "Кафедра акушерства и гинекологии № 1",
        "en": "Department of Obstetrics and Gynecology No. 1",
    },
    "home_intro": {
        "uz": (
            "Samarqand davlat tibbiyot universiteti 1-son akusherlik va "
            "ginekologiya kafedrasining yangiliklari, tadbirlari va xalqaro "
            "hamkorliklari. Biz xorijiy hamkasblardan oʻrganamiz va ular bilan "
            "oʻz tajribamizni baham koʻramiz."
        ),
        "ru": (
            "Новости, мероприятия и международные партнёрства кафедры акушерства "
            "и гинекологии № 1 Самаркандского государственного медицинского "
            "университета. Мы учимся у зарубежных коллег и делимся с ними своим "
            "опытом."
        ),
        "en": (
            "News, events and international partnerships of the Department of "
            "Obstetrics and Gynecology No. 1 at Samarkand State Medical "
            "University. We learn from colleagues abroad and share our own "
            "experience with them."
        ),
    },
    # The footer (home.models.SiteDetails): address and text per language, contacts shared.
    "details": {
        "footer_text": {
            "uz": (
                "Kafedraning yangiliklari, tadbirlari va xalqaro hamkorligi "
                "oʻzbek, rus va ingliz tillarida."
            ),
            "ru": (
                "Новости, мероприятия и международное сотрудничество кафедры "
                "на узбекском, русском и английском языках."
            ),
            "en": (
                "News, events and international cooperation of the department "
                "in Uzbek, Russian and English."
            ),
        },
        "address": {
            "uz": (
                "Samarqand davlat tibbiyot universiteti\n"
                "Amir Temur koʻchasi, 18\n"
                "Samarqand, 140100, Oʻzbekiston"
            ),
            "ru": (
                "Самаркандский государственный медицинский университет\n"
                "ул. Амира Темура, 18\n"
                "Самарканд, 140100, Узбекистан"
            ),
            "en": (
                "Samarkand State Medical University\n"
                "18 Amir Temur Street\n"
                "Samarkand 140100, Uzbekistan"
            ),
        },
        "phone": "+998 66 233-08-41",
        "email": "info@sammu.uz",
    },
}
