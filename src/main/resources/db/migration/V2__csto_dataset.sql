-- Default dataset of Summit Graph: the Collective Security Treaty Organization (CSTO / OTSC / ОДКБ).
--
-- Inputs: the French press article on the Bishkek summit of 27 November 2025 (source
-- 'seed-article-bishkek-2025') and the sourced reference facts (confidence H and M only;
-- L facts are not loaded as facts). Every record derived from a document is linked to at
-- least one row of its *_source join table. Identity ids are never hard-coded: rows that
-- reference them are inserted through joins on natural keys.

-- =====================================================================================
-- Sources
-- =====================================================================================

insert into source (id, title, publisher, url, language, published_on) values
    -- the seed article (title, publisher, URL and date unknown)
    ('seed-article-bishkek-2025', 'Article de presse : sommet de l’OTSC à Bichkek (27 novembre 2025)', null, null, 'FR', null),

    -- organization
    ('wikipedia-en-csto', 'Wikipedia: Collective Security Treaty Organization', 'Wikipedia',
     'https://en.wikipedia.org/wiki/Collective_Security_Treaty_Organization', 'EN', null),
    ('geoconfluences-otsc', 'Géoconfluences glossary: Organisation du traité de sécurité collective (OTSC)', 'Géoconfluences (ENS de Lyon)',
     'https://geoconfluences.ens-lyon.fr/glossaire/organisation-du-traite-de-securite-collective-otsc', 'FR', null),
    ('mfa-am-csto', 'Ministry of Foreign Affairs of Armenia: CSTO', 'Ministry of Foreign Affairs of Armenia',
     'http://www.mfa.am/en/international-organisations/CSTO/', 'EN', null),
    ('tass-archive-678014', 'TASS: CSTO history (archive 678014)', 'TASS',
     'http://tass.com/archive/678014', 'EN', null),
    ('vestikavkaza-152141', 'Vestnik Kavkaza: CSTO (material 152141)', 'Vestnik Kavkaza',
     'https://en.vestikavkaza.ru/material/152141', 'EN', null),

    -- membership history
    ('alliansfriheten-lukashenko-call', 'Telephone conversation with President of Belarus Alexander Lukashenko (Kremlin text, reposted)', 'Alliansfriheten',
     'https://www.alliansfriheten.se/telephone-conversation-with-president-of-belarus-alexander-lukashenko-en-kremlin-ru/', 'EN', null),
    ('jamestown-cst-shrinks', 'Jamestown Foundation: Collective Security Treaty shrinks, GUAM set to grow', 'Jamestown Foundation',
     'https://jamestown.org/program/collective-security-treaty-shrinks-guam-set-to-grow', 'EN', null),
    ('panarmenian-18523', 'PanARMENIAN.Net: Uzbekistan rejoins the CSTO (news 18523)', 'PanARMENIAN.Net',
     'https://panarmenian.net/m/eng/news/18523', 'EN', null),
    ('tass-russia-687141', 'TASS: Uzbekistan''s CSTO membership suspended (687141)', 'TASS',
     'http://tass.com/russia/687141', 'EN', null),
    ('asbarez-armenia-frozen', 'Asbarez: Armenia has frozen participation in CSTO, angering Moscow', 'Asbarez',
     'https://asbarez.com/armenia-has-frozen-participation-in-csto-angering-moscow/', 'EN', null),
    ('novayagazeta-eu-armenia-suspends', 'Novaya Gazeta Europe: Armenia suspends participation in the CSTO', 'Novaya Gazeta Europe',
     'https://novayagazeta.eu/articles/2024/02/23/armenia-suspends-participation-in-russian-led-collective-security-treaty-organisation-en-news', 'EN', '2024-02-23'),
    ('unn-armenia-refuses-finance', 'UNN: Armenia refuses to finance the CSTO in 2024', 'UNN',
     'https://unn.ua/en/news/armenia-refuses-to-finance-the-csto-in-2024', 'EN', null),
    ('almayadeen-armenia-stops-financing', 'Al Mayadeen English: Armenia stops financing CSTO amid growing rift', 'Al Mayadeen English',
     'https://english.almayadeen.net/news/politics/armenia-stops-financing-csto-amid-growing-rift', 'EN', null),

    -- Secretaries General
    ('tass-politics-923635', 'TASS: CSTO Secretaries General (politics 923635)', 'TASS',
     'http://tass.com/politics/923635', 'EN', null),
    ('armenpress-953859', 'Armenpress: Yuri Khachaturov and the post of CSTO Secretary General (news 953859)', 'Armenpress',
     'https://armenpress.am/eng/news/953859/', 'EN', null),
    ('belsat-belarusian-general-csto-sg', 'Belsat: Belarusian general to take post of CSTO Secretary General in January', 'Belsat',
     'https://naviny.belsat.eu/en/news/belarusian-general-to-take-post-of-csto-secretary-general-in-january/', 'EN', null),
    ('belta-126273', 'BelTA: CSTO leaders extend greetings to new CSTO Secretary General', 'BelTA',
     'https://eng.belta.by/politics/view/csto-leaders-extend-greetings-to-new-csto-secretary-general-126273-2019', 'EN', null),
    ('tass-politics-2058773', 'TASS: Imangali Tasmagambetov, CSTO Secretary General (politics 2058773)', 'TASS',
     'https://tass.com/politics/2058773', 'EN', null),
    ('trend-az-4122760', 'Trend: Taalatbek Masadykov appointed CSTO Secretary General (4122760)', 'Trend',
     'https://www.trend.az/casia/kyrgyzstan/4122760.html', 'EN', null),

    -- Collective Security Council sessions
    ('odkb-csto-session-2015-09', 'CSTO: Collective Security Council session, Dushanbe, September 2015', 'CSTO',
     'https://en.odkb-csto.org/session/2015/session201509/', 'EN', null),
    ('president-am-2015-12-21', 'President of Armenia: working visit of Serzh Sargsyan to Russia, 21 December 2015', 'President of Armenia',
     'https://president.am/en/foreign-visits/item/2015/12/21/Working-visit-of-President-Serzh-Sargsyan-to-Russia-December-21', 'EN', '2015-12-21'),
    ('tass-world-906600', 'TASS: CSTO summit in Yerevan (world 906600)', 'TASS',
     'https://tass.com/world/906600/amp', 'EN', null),
    ('asbarez-158474', 'Asbarez: Sarkisian participates in CSTO session in St. Petersburg', 'Asbarez',
     'http://asbarez.com/158474/sarkisian-participates-in-csto-session-in-st-petersburg/', 'EN', null),
    ('naviny-by-1492172757', 'Naviny.by: Armenian Chief of General Staff Yuri Khachaturov to head the CSTO', 'Naviny.by',
     'https://naviny.by/new/20170414/1492172757-nachalnik-genshtaba-vooruzhennyh-sil-armenii-yuriy-hachaturov-vozglavit-odkb', 'RU', '2017-04-14'),
    ('tass-politics-978172', 'TASS: CSTO summit in Minsk (politics 978172)', 'TASS',
     'https://tass.com/politics/978172/amp', 'EN', null),
    ('astanatimes-2018-11-csto-summit', 'The Astana Times: Astana hosts CSTO Collective Security Council summit', 'The Astana Times',
     'https://astanatimes.com/2018/11/astana-hosts-csto-collective-security-council-summit', 'EN', null),
    ('kremlin-event-62146', 'Kremlin: CSTO Collective Security Council session, Bishkek 2019 (event 62146)', 'Kremlin',
     'http://en.special.kremlin.ru/catalog/keywords/18/events/62146', 'EN', null),
    ('tass-politics-1230317', 'TASS: CSTO Collective Security Council session by videoconference (politics 1230317)', 'TASS',
     'https://tass.com/politics/1230317', 'EN', null),
    ('asiaplustj-2021-08-24-csto-extraordinary', 'Asia-Plus: situation in Afghanistan was the topic of an extraordinary session of the CSTO Collective Security Council', 'Asia-Plus',
     'https://www.asiaplustj.info/en/news/tajikistan/politics/20210824/situation-in-afghanistan-was-the-topic-of-an-extraordinary-session-of-the-csto-collective-security-council', 'EN', '2021-08-24'),
    ('kremlin-transcript-66701', 'Kremlin: transcript of the CSTO Collective Security Council session, Dushanbe 2021 (66701)', 'Kremlin',
     'http://en.kremlin.ru/events/president/transcripts/deliberations/66701', 'EN', null),
    ('primeminister-am-2022-01-10', 'Prime Minister of Armenia: Nikol Pashinyan chairs the extraordinary CSTO session, 10 January 2022', 'Prime Minister of Armenia',
     'https://www.primeminister.am/en/press-release/item/2022/01/10/Nikol-Pashinyan-CSTO/', 'EN', '2022-01-10'),
    ('telesur-csto-summit-moscow-2022', 'teleSUR: CSTO summit in Moscow on military cooperation and biosecurity', 'teleSUR',
     'https://www.telesurenglish.net/news/CSTO-Summit-in-Moscow-on-Military-Cooperation-and-Biosecurity-20220516-0025.html', 'EN', '2022-05-16'),
    ('pacsto-leaders-yerevan-2022', 'CSTO Parliamentary Assembly: CSTO leaders met in Yerevan', 'CSTO Parliamentary Assembly',
     'https://pacsto.org/events/lidery-stran-odkb-vstretilis-v-erevane', 'RU', null),
    ('rferl-32697282', 'RFE/RL: Armenia skips CSTO summit in Minsk (32697282)', 'RFE/RL',
     'https://rferl.org/amp/armenia-csto-summit-belarus-russia/32697282.html', 'EN', null),
    ('astanatimes-2024-11-tokayev-chairmanship', 'The Astana Times: Tokayev reviews outcomes of Kazakhstan''s chairmanship in CSTO during Astana session', 'The Astana Times',
     'https://astanatimes.com/2024/11/tokayev-reviews-outcomes-of-kazakhstans-chairmanship-in-csto-during-astana-session/', 'EN', null),
    ('kremlin-transcript-78565', 'Kremlin: transcript of the CSTO Collective Security Council session, Bishkek 2025 (78565)', 'Kremlin',
     'http://www.en.special.kremlin.ru/events/president/transcripts/78565', 'EN', null),
    ('qazinform-csto-next-session-moscow', 'Qazinform: CSTO Collective Security Council to hold next session in Moscow', 'Kazinform',
     'https://qazinform.com/news/csto-collective-security-council-to-hold-next-session-in-moscow-4d721a', 'EN', null),
    ('tass-ru-politika-25713997', 'TASS (Russian): Armenia and the CSTO session in Bishkek (politika 25713997)', 'TASS',
     'https://tass.ru/politika/25713997', 'RU', null),

    -- joint exercises
    ('24kg-obschestvo-354812', '24.kg: CSTO sums up how many joint exercises and operations were held over three years', '24.kg',
     'https://24.kg/obschestvo/354812_odkb_podvela_itogi_skolko_sovmestnyih_ucheniy_ioperatsiy_provedeno_zatri_goda/', 'RU', null),
    ('inform-kz-a3782895', 'Kazinform: seven CSTO exercises scheduled for 2021', 'Kazinform',
     'https://www.inform.kz/en/seven-csto-exercises-scheduled-for-2021_a3782895/amp', 'EN', null),
    ('24kg-english-352506', '24.kg: CSTO summit — Japarov summarizes results, Putin announces Russia''s priorities', '24.kg',
     'https://24.kg/english/352506_CSTO_Summit_Japarov_summarizes_results_Putin_announces_Russias_priorities/', 'EN', null),

    -- heads of state (start dates of their current terms)
    ('wikipedia-en-vladimir-putin', 'Wikipedia: Vladimir Putin', 'Wikipedia',
     'https://en.wikipedia.org/wiki/Vladimir_Putin', 'EN', null),
    ('wikipedia-en-alexander-lukashenko', 'Wikipedia: Alexander Lukashenko', 'Wikipedia',
     'https://en.wikipedia.org/wiki/Alexander_Lukashenko', 'EN', null),
    ('wikipedia-en-kassym-jomart-tokayev', 'Wikipedia: Kassym-Jomart Tokayev', 'Wikipedia',
     'https://en.wikipedia.org/wiki/Kassym-Jomart_Tokayev', 'EN', null),
    ('wikipedia-en-sadyr-japarov', 'Wikipedia: Sadyr Japarov', 'Wikipedia',
     'https://en.wikipedia.org/wiki/Sadyr_Japarov', 'EN', null),
    ('wikipedia-en-emomali-rahmon', 'Wikipedia: Emomali Rahmon', 'Wikipedia',
     'https://en.wikipedia.org/wiki/Emomali_Rahmon', 'EN', null);

-- =====================================================================================
-- Countries and cities
-- =====================================================================================

insert into country (code, name_en, name_fr, name_ru) values
    ('RU', 'Russia',     'Russie',       'Россия'),
    ('BY', 'Belarus',    'Biélorussie',  'Беларусь'),
    ('KZ', 'Kazakhstan', 'Kazakhstan',   'Казахстан'),
    ('KG', 'Kyrgyzstan', 'Kirghizstan',  'Киргизия'),
    ('TJ', 'Tajikistan', 'Tadjikistan',  'Таджикистан'),
    ('AM', 'Armenia',    'Arménie',      'Армения'),
    ('UZ', 'Uzbekistan', 'Ouzbékistan',  'Узбекистан'),
    ('AZ', 'Azerbaijan', 'Azerbaïdjan',  'Азербайджан'),
    ('GE', 'Georgia',    'Géorgie',      'Грузия'),
    ('MD', 'Moldova',    'Moldavie',     'Молдова');

insert into city (id, country_code, name_en, name_fr, name_ru) values
    ('moscow',           'RU', 'Moscow',           'Moscou',            'Москва'),
    ('bishkek',          'KG', 'Bishkek',          'Bichkek',           'Бишкек'),
    ('dushanbe',         'TJ', 'Dushanbe',         'Douchanbé',         'Душанбе'),
    ('yerevan',          'AM', 'Yerevan',          'Erevan',            'Ереван'),
    ('minsk',            'BY', 'Minsk',            'Minsk',             'Минск'),
    ('astana',           'KZ', 'Astana',           'Astana',            'Астана'),
    ('saint-petersburg', 'RU', 'Saint Petersburg', 'Saint-Pétersbourg', 'Санкт-Петербург'),
    ('tashkent',         'UZ', 'Tashkent',         'Tachkent',          'Ташкент'),
    ('chisinau',         'MD', 'Chișinău',         'Chișinău',          'Кишинёв');

-- =====================================================================================
-- Organization and its milestones
-- =====================================================================================

insert into organization (code, name_en, name_fr, name_ru, acronym_en, acronym_fr, acronym_ru, headquarters_city_id) values
    ('CSTO', 'Collective Security Treaty Organization', 'Organisation du traité de sécurité collective',
     'Организация Договора о коллективной безопасности', 'CSTO', 'OTSC', 'ОДКБ', 'moscow');

insert into organization_source (organization_code, source_id) values
    ('CSTO', 'wikipedia-en-csto'),
    ('CSTO', 'geoconfluences-otsc'),
    ('CSTO', 'seed-article-bishkek-2025');

insert into organization_milestone (organization_code, kind, occurred_on, city_id, description_en, description_fr) values
    ('CSTO', 'TREATY_SIGNED', '1992-05-15', 'tashkent',
     'Collective Security Treaty signed in Tashkent.',
     'Signature du traité de sécurité collective à Tachkent.'),
    ('CSTO', 'TREATY_IN_FORCE', '1994-04-20', null,
     'Collective Security Treaty enters into force.',
     'Entrée en vigueur du traité de sécurité collective.'),
    ('CSTO', 'DECISION_TO_BECOME_ORGANIZATION', '2002-05-14', 'moscow',
     'Decision in Moscow to transform the Collective Security Treaty into an international organization.',
     'Décision, à Moscou, de transformer le traité de sécurité collective en organisation internationale.'),
    ('CSTO', 'CHARTER_SIGNED', '2002-10-07', 'chisinau',
     'Charter of the Collective Security Treaty Organization signed in Chișinău.',
     'Signature de la Charte de l’Organisation du traité de sécurité collective à Chișinău.'),
    ('CSTO', 'CHARTER_IN_FORCE', '2003-09-18', null,
     'Charter of the Collective Security Treaty Organization enters into force.',
     'Entrée en vigueur de la Charte de l’Organisation du traité de sécurité collective.'),
    ('CSTO', 'UN_GA_OBSERVER', '2004-12-02', null,
     'The CSTO obtains observer status in the United Nations General Assembly.',
     'L’OTSC obtient le statut d’observateur auprès de l’Assemblée générale des Nations unies.');

insert into organization_milestone_source (milestone_id, source_id)
select m.id, v.source_id
from (values
    ('TREATY_SIGNED',                   'mfa-am-csto'),
    ('TREATY_IN_FORCE',                 'mfa-am-csto'),
    ('DECISION_TO_BECOME_ORGANIZATION', 'tass-archive-678014'),
    ('CHARTER_SIGNED',                  'tass-archive-678014'),
    ('CHARTER_IN_FORCE',                'vestikavkaza-152141'),
    ('UN_GA_OBSERVER',                  'mfa-am-csto')
) as v(kind, source_id)
join organization_milestone m on m.organization_code = 'CSTO' and m.kind = v.kind;

-- =====================================================================================
-- Membership history
-- Active at 2025-11-27: BY, KZ, KG, RU, TJ (Armenia suspended, Uzbekistan suspended since 2012,
-- Azerbaijan and Georgia withdrawn in 1999).
-- =====================================================================================

insert into membership (organization_code, country_code) values
    ('CSTO', 'AM'), ('CSTO', 'KZ'), ('CSTO', 'KG'), ('CSTO', 'RU'), ('CSTO', 'TJ'),
    ('CSTO', 'UZ'), ('CSTO', 'AZ'), ('CSTO', 'GE'), ('CSTO', 'BY');

insert into membership_change (membership_id, status, effective, note_en, note_fr)
select m.id, v.status, v.effective::date, v.note_en, v.note_fr
from (values
    -- founding signatories of the treaty (Tashkent)
    ('AM', 'ACTIVE', '1992-05-15', 'Signed the Collective Security Treaty in Tashkent.', 'Signature du traité de sécurité collective à Tachkent.'),
    ('KZ', 'ACTIVE', '1992-05-15', 'Signed the Collective Security Treaty in Tashkent.', 'Signature du traité de sécurité collective à Tachkent.'),
    ('KG', 'ACTIVE', '1992-05-15', 'Signed the Collective Security Treaty in Tashkent.', 'Signature du traité de sécurité collective à Tachkent.'),
    ('RU', 'ACTIVE', '1992-05-15', 'Signed the Collective Security Treaty in Tashkent.', 'Signature du traité de sécurité collective à Tachkent.'),
    ('TJ', 'ACTIVE', '1992-05-15', 'Signed the Collective Security Treaty in Tashkent.', 'Signature du traité de sécurité collective à Tachkent.'),
    ('UZ', 'ACTIVE', '1992-05-15', 'Signed the Collective Security Treaty in Tashkent.', 'Signature du traité de sécurité collective à Tachkent.'),
    -- later accessions
    ('AZ', 'ACTIVE', '1993-09-24', 'Joined the Collective Security Treaty.', 'Adhésion au traité de sécurité collective.'),
    ('GE', 'ACTIVE', '1993-12-09',
     'Joined the Collective Security Treaty in 1993; the day is disputed (9 September or 9 December 1993). The later date is recorded so that no status is claimed before it is certain.',
     'Adhésion au traité de sécurité collective en 1993 ; le jour est contesté (9 septembre ou 9 décembre 1993). La date la plus tardive est retenue afin de ne revendiquer aucun statut avant qu’il soit certain.'),
    ('BY', 'ACTIVE', '1993-12-31', 'Joined the Collective Security Treaty.', 'Adhésion au traité de sécurité collective.'),
    -- did not renew the treaty when its first period ended
    ('AZ', 'WITHDRAWN', '1999-04-20', 'Did not renew the treaty; left when the treaty period ended.', 'N’a pas renouvelé le traité ; départ à l’expiration de la période du traité.'),
    ('GE', 'WITHDRAWN', '1999-04-20', 'Did not renew the treaty; left when the treaty period ended.', 'N’a pas renouvelé le traité ; départ à l’expiration de la période du traité.'),
    ('UZ', 'WITHDRAWN', '1999-04-20', 'Did not renew the treaty; left when the treaty period ended.', 'N’a pas renouvelé le traité ; départ à l’expiration de la période du traité.'),
    -- Uzbekistan's return and suspension
    ('UZ', 'ACTIVE', '2006-06-23', 'Rejoined the organization at the Minsk summit.', 'Retour dans l’organisation lors du sommet de Minsk.'),
    ('UZ', 'SUSPENDED', '2012-12-19',
     'Membership suspended by the Collective Security Council, following Uzbekistan''s note of 28 June 2012 suspending its membership.',
     'Adhésion suspendue par le Conseil de sécurité collective, à la suite de la note de l’Ouzbékistan du 28 juin 2012 suspendant son adhésion.'),
    -- Armenia's freeze
    ('AM', 'SUSPENDED', '2024-02-22',
     'Participation frozen, as announced by the prime minister of Armenia (Nikol Pashinyan) on 22 February 2024. No formal act of the organization (the Kremlin said no official action had been taken). Armenia stopped financing the CSTO (it refused the 2024 budget, 8 May 2024). It formally remains a member.',
     'Participation gelée, comme l’a annoncé le Premier ministre arménien (Nikol Pachinian) le 22 février 2024. Aucun acte formel de l’organisation (le Kremlin a déclaré qu’aucune démarche officielle n’avait été engagée). L’Arménie a cessé de financer l’OTSC (refus du budget 2024, 8 mai 2024). Elle reste formellement membre.')
) as v(country_code, status, effective, note_en, note_fr)
join membership m on m.organization_code = 'CSTO' and m.country_code = v.country_code;

insert into membership_change_source (membership_change_id, source_id)
select mc.id, v.source_id
from (values
    ('AM', '1992-05-15', 'mfa-am-csto'),
    ('KZ', '1992-05-15', 'mfa-am-csto'),
    ('KG', '1992-05-15', 'mfa-am-csto'),
    ('RU', '1992-05-15', 'mfa-am-csto'),
    ('TJ', '1992-05-15', 'mfa-am-csto'),
    ('UZ', '1992-05-15', 'mfa-am-csto'),
    ('AZ', '1993-09-24', 'alliansfriheten-lukashenko-call'),
    ('GE', '1993-12-09', 'alliansfriheten-lukashenko-call'),
    ('BY', '1993-12-31', 'alliansfriheten-lukashenko-call'),
    ('AZ', '1999-04-20', 'jamestown-cst-shrinks'),
    ('GE', '1999-04-20', 'jamestown-cst-shrinks'),
    ('UZ', '1999-04-20', 'jamestown-cst-shrinks'),
    ('UZ', '2006-06-23', 'panarmenian-18523'),
    ('UZ', '2012-12-19', 'tass-russia-687141'),
    ('UZ', '2012-12-19', 'tass-archive-678014'),
    ('AM', '2024-02-22', 'asbarez-armenia-frozen'),
    ('AM', '2024-02-22', 'novayagazeta-eu-armenia-suspends'),
    ('AM', '2024-02-22', 'unn-armenia-refuses-finance'),
    ('AM', '2024-02-22', 'almayadeen-armenia-stops-financing'),
    ('AM', '2024-02-22', 'seed-article-bishkek-2025')
) as v(country_code, effective, source_id)
join membership m on m.organization_code = 'CSTO' and m.country_code = v.country_code
join membership_change mc on mc.membership_id = m.id and mc.effective = v.effective::date;

-- =====================================================================================
-- People
-- =====================================================================================

insert into person (id, name_en, name_fr, name_ru, country_code) values
    ('vladimir-putin',          'Vladimir Putin',          'Vladimir Poutine',        'Владимир Путин',          'RU'),
    ('alexander-lukashenko',    'Alexander Lukashenko',    'Alexandre Loukachenko',   'Александр Лукашенко',     'BY'),
    ('kassym-jomart-tokayev',   'Kassym-Jomart Tokayev',   'Kassym-Jomart Tokaïev',   'Касым-Жомарт Токаев',     'KZ'),
    ('sadyr-japarov',           'Sadyr Japarov',           'Sadyr Japarov',           'Садыр Жапаров',           'KG'),
    ('emomali-rahmon',          'Emomali Rahmon',          'Emomali Rahmon',          'Эмомали Рахмон',          'TJ'),
    ('taalatbek-masadykov',     'Taalatbek Masadykov',     'Taalatbek Masadykov',     'Талатбек Масадыков',      'KG'),
    ('imangali-tasmagambetov',  'Imangali Tasmagambetov',  'Imangali Tasmagambetov',  'Имангали Тасмагамбетов',  'KZ'),
    ('nikolai-bordyuzha',       'Nikolai Bordyuzha',       'Nikolaï Bordiouja',       'Николай Бордюжа',         'RU'),
    ('valery-semerikov',        'Valery Semerikov',        'Valeri Semerikov',        'Валерий Семериков',       'RU'),
    ('yuri-khachaturov',        'Yuri Khachaturov',        'Iouri Khatchatourov',     'Юрий Хачатуров',          'AM'),
    ('stanislav-zas',           'Stanislav Zas',           'Stanislav Zas',           'Станислав Зась',          'BY');

-- =====================================================================================
-- Positions: Secretaries General of the CSTO, heads of state present at Bishkek 2025
-- =====================================================================================

insert into position (person_id, kind, acting, title_en, title_fr, title_ru, organization_code, country_code, start_on, end_on, note_en, note_fr) values
    ('nikolai-bordyuzha', 'SECRETARY_GENERAL', false,
     'Secretary General of the CSTO', 'Secrétaire général de l’OTSC', 'Генеральный секретарь ОДКБ',
     'CSTO', null, '2003-04-28', '2016-12-31', null, null),
    ('valery-semerikov', 'SECRETARY_GENERAL', true,
     'Acting Secretary General of the CSTO', 'Secrétaire général par intérim de l’OTSC', 'Исполняющий обязанности Генерального секретаря ОДКБ',
     'CSTO', null, '2017-01-01', '2017-05-01', null, null),
    ('yuri-khachaturov', 'SECRETARY_GENERAL', false,
     'Secretary General of the CSTO', 'Secrétaire général de l’OTSC', 'Генеральный секретарь ОДКБ',
     'CSTO', null, '2017-05-02', '2018-11-02', null, null),
    ('valery-semerikov', 'SECRETARY_GENERAL', true,
     'Acting Secretary General of the CSTO', 'Secrétaire général par intérim de l’OTSC', 'Исполняющий обязанности Генерального секретаря ОДКБ',
     'CSTO', null, '2018-11-03', '2019-12-31',
     'The source gives only the month of the start (November 2018); 2018-11-03 is the day after Yuri Khachaturov''s term ended.',
     'La source ne donne que le mois du début (novembre 2018) ; le 3 novembre 2018 est le lendemain de la fin du mandat de Iouri Khatchatourov.'),
    ('stanislav-zas', 'SECRETARY_GENERAL', false,
     'Secretary General of the CSTO', 'Secrétaire général de l’OTSC', 'Генеральный секретарь ОДКБ',
     'CSTO', null, '2020-01-01', '2022-12-31', null, null),
    ('imangali-tasmagambetov', 'SECRETARY_GENERAL', false,
     'Secretary General of the CSTO', 'Secrétaire général de l’OTSC', 'Генеральный секретарь ОДКБ',
     'CSTO', null, '2023-01-01', '2025-12-31', null, null),
    ('taalatbek-masadykov', 'SECRETARY_GENERAL', false,
     'Secretary General of the CSTO', 'Secrétaire général de l’OTSC', 'Генеральный секретарь ОДКБ',
     'CSTO', null, '2026-01-01', '2028-12-31',
     'Appointed at the Bishkek session of 27 November 2025 (the seed article reports the change of Secretary General there); three-year term from 1 January 2026. One outlet wrote "2026–2029".',
     'Nommé lors de la session de Bichkek du 27 novembre 2025 (l’article y rapporte le changement de secrétaire général) ; mandat de trois ans à compter du 1er janvier 2026. Un média a écrit « 2026-2029 ».'),
    -- heads of state (current terms; in office on 2025-11-27 per the seed article)
    ('vladimir-putin', 'HEAD_OF_STATE', false,
     'President of Russia', 'Président de la Russie', 'Президент России',
     null, 'RU', '2012-05-07', null, null, null),
    ('alexander-lukashenko', 'HEAD_OF_STATE', false,
     'President of Belarus', 'Président de la Biélorussie', 'Президент Беларуси',
     null, 'BY', '1994-07-20', null, null, null),
    ('kassym-jomart-tokayev', 'HEAD_OF_STATE', false,
     'President of Kazakhstan', 'Président du Kazakhstan', 'Президент Казахстана',
     null, 'KZ', '2019-03-20', null, null, null),
    ('sadyr-japarov', 'HEAD_OF_STATE', false,
     'President of Kyrgyzstan', 'Président du Kirghizstan', 'Президент Киргизии',
     null, 'KG', '2021-01-28', null, null, null),
    ('emomali-rahmon', 'HEAD_OF_STATE', false,
     'President of Tajikistan', 'Président du Tadjikistan', 'Президент Таджикистана',
     null, 'TJ', '1994-11-16', null, null, null);

insert into position_source (position_id, source_id)
select p.id, v.source_id
from (values
    ('nikolai-bordyuzha',      'SECRETARY_GENERAL', '2003-04-28', 'tass-politics-923635'),
    ('valery-semerikov',       'SECRETARY_GENERAL', '2017-01-01', 'tass-politics-923635'),
    ('yuri-khachaturov',       'SECRETARY_GENERAL', '2017-05-02', 'armenpress-953859'),
    ('valery-semerikov',       'SECRETARY_GENERAL', '2018-11-03', 'belsat-belarusian-general-csto-sg'),
    ('stanislav-zas',          'SECRETARY_GENERAL', '2020-01-01', 'belta-126273'),
    ('imangali-tasmagambetov', 'SECRETARY_GENERAL', '2023-01-01', 'tass-politics-2058773'),
    ('imangali-tasmagambetov', 'SECRETARY_GENERAL', '2023-01-01', 'seed-article-bishkek-2025'),
    ('taalatbek-masadykov',    'SECRETARY_GENERAL', '2026-01-01', 'trend-az-4122760'),
    ('taalatbek-masadykov',    'SECRETARY_GENERAL', '2026-01-01', 'seed-article-bishkek-2025'),
    ('vladimir-putin',         'HEAD_OF_STATE',     '2012-05-07', 'wikipedia-en-vladimir-putin'),
    ('vladimir-putin',         'HEAD_OF_STATE',     '2012-05-07', 'seed-article-bishkek-2025'),
    ('alexander-lukashenko',   'HEAD_OF_STATE',     '1994-07-20', 'wikipedia-en-alexander-lukashenko'),
    ('alexander-lukashenko',   'HEAD_OF_STATE',     '1994-07-20', 'seed-article-bishkek-2025'),
    ('kassym-jomart-tokayev',  'HEAD_OF_STATE',     '2019-03-20', 'wikipedia-en-kassym-jomart-tokayev'),
    ('kassym-jomart-tokayev',  'HEAD_OF_STATE',     '2019-03-20', 'seed-article-bishkek-2025'),
    ('sadyr-japarov',          'HEAD_OF_STATE',     '2021-01-28', 'wikipedia-en-sadyr-japarov'),
    ('sadyr-japarov',          'HEAD_OF_STATE',     '2021-01-28', 'seed-article-bishkek-2025'),
    ('emomali-rahmon',         'HEAD_OF_STATE',     '1994-11-16', 'wikipedia-en-emomali-rahmon'),
    ('emomali-rahmon',         'HEAD_OF_STATE',     '1994-11-16', 'seed-article-bishkek-2025')
) as v(person_id, kind, start_on, source_id)
join position p on p.person_id = v.person_id and p.kind = v.kind and p.start_on = v.start_on::date;

-- =====================================================================================
-- Chairmanship of the CSTO
-- A chair keeps the chair on the day of the session; a hand-over at a session takes effect
-- the day after, except from the 2023 session on, when it takes effect on 1 January.
-- =====================================================================================

insert into chairmanship (organization_code, country_code, start_on, end_on, note_en, note_fr) values
    ('CSTO', 'TJ', '2015-09-15', '2015-09-15',
     'Earliest attested date (chair during the Dushanbe session of 15 September 2015); start of the term unknown.',
     'Date la plus ancienne attestée (présidence lors de la session de Douchanbé du 15 septembre 2015) ; début du mandat inconnu.'),
    ('CSTO', 'AM', '2015-09-16', '2016-10-14', null, null),
    ('CSTO', 'BY', '2016-10-15', '2017-11-30', null, null),
    ('CSTO', 'KZ', '2017-12-01', '2018-11-08', null, null),
    ('CSTO', 'KG', '2018-11-09', '2019-11-28', null, null),
    ('CSTO', 'RU', '2019-11-29', '2020-12-02', null, null),
    ('CSTO', 'TJ', '2020-12-03', '2021-09-16', null, null),
    ('CSTO', 'AM', '2021-09-17', '2022-11-23', null, null),
    ('CSTO', 'BY', '2022-11-24', '2023-12-31',
     'The hand-over to Kazakhstan decided at the Minsk session of 23 November 2023 took effect on 1 January 2024.',
     'La passation à la présidence kazakhstanaise, décidée lors de la session de Minsk du 23 novembre 2023, a pris effet le 1er janvier 2024.'),
    ('CSTO', 'KZ', '2024-01-01', '2024-12-31', null, null),
    ('CSTO', 'KG', '2025-01-01', '2025-12-31', null, null),
    ('CSTO', 'RU', '2026-01-01', null,
     'Russia succeeds Kyrgyzstan. Motto of the Russian chairmanship for 2026: "Collective Security in a Multipolar World: One Goal — Shared Responsibility".',
     'La Russie succède au Kirghizstan. Devise de la présidence russe pour 2026 : « La sécurité collective dans un monde multipolaire : un objectif — une responsabilité partagée ».');

insert into chairmanship_source (chairmanship_id, source_id)
select c.id, v.source_id
from (values
    ('2015-09-15', 'odkb-csto-session-2015-09'),
    ('2015-09-16', 'odkb-csto-session-2015-09'),
    ('2015-09-16', 'president-am-2015-12-21'),
    ('2015-09-16', 'tass-world-906600'),
    ('2016-10-15', 'tass-world-906600'),
    ('2016-10-15', 'asbarez-158474'),
    ('2016-10-15', 'naviny-by-1492172757'),
    ('2016-10-15', 'tass-politics-978172'),
    ('2017-12-01', 'tass-politics-978172'),
    ('2017-12-01', 'astanatimes-2018-11-csto-summit'),
    ('2018-11-09', 'astanatimes-2018-11-csto-summit'),
    ('2018-11-09', 'kremlin-event-62146'),
    ('2019-11-29', 'kremlin-event-62146'),
    ('2019-11-29', 'tass-politics-1230317'),
    ('2020-12-03', 'tass-politics-1230317'),
    ('2020-12-03', 'asiaplustj-2021-08-24-csto-extraordinary'),
    ('2020-12-03', 'kremlin-transcript-66701'),
    ('2021-09-17', 'kremlin-transcript-66701'),
    ('2021-09-17', 'primeminister-am-2022-01-10'),
    ('2021-09-17', 'telesur-csto-summit-moscow-2022'),
    ('2021-09-17', 'pacsto-leaders-yerevan-2022'),
    ('2022-11-24', 'pacsto-leaders-yerevan-2022'),
    ('2022-11-24', 'rferl-32697282'),
    ('2024-01-01', 'rferl-32697282'),
    ('2024-01-01', 'astanatimes-2024-11-tokayev-chairmanship'),
    ('2025-01-01', 'astanatimes-2024-11-tokayev-chairmanship'),
    ('2025-01-01', 'kremlin-transcript-78565'),
    ('2025-01-01', 'seed-article-bishkek-2025'),
    ('2026-01-01', 'kremlin-transcript-78565'),
    ('2026-01-01', 'qazinform-csto-next-session-moscow'),
    ('2026-01-01', 'seed-article-bishkek-2025')
) as v(start_on, source_id)
join chairmanship c on c.organization_code = 'CSTO' and c.start_on = v.start_on::date;

-- =====================================================================================
-- Collective Security Council sessions (summits)
-- =====================================================================================

-- the announced 2026 session first, so that Bishkek 2025 can point to it
insert into summit (id, organization_code, title_en, title_fr, held_on, status, kind, city_id, venue_en, venue_fr, venue_ru, host_country_code, next_meeting_id, note_en, note_fr) values
    ('csto-2026-11-11-moscow', 'CSTO',
     'CSTO Collective Security Council session, Moscow 2026', 'Session du Conseil de sécurité collective de l’OTSC, Moscou 2026',
     '2026-11-11', 'SCHEDULED', 'REGULAR', 'moscow', null, null, null, 'RU', null,
     'Announced at the Bishkek session of 27 November 2025; no report found of it taking place.',
     'Annoncée lors de la session de Bichkek du 27 novembre 2025 ; aucun compte rendu de sa tenue n’a été trouvé.');

insert into summit (id, organization_code, title_en, title_fr, held_on, status, kind, city_id, venue_en, venue_fr, venue_ru, host_country_code, next_meeting_id, note_en, note_fr) values
    ('csto-2015-09-15-dushanbe', 'CSTO',
     'CSTO Collective Security Council session, Dushanbe 2015', 'Session du Conseil de sécurité collective de l’OTSC, Douchanbé 2015',
     '2015-09-15', 'HELD', 'REGULAR', 'dushanbe', null, null, null, 'TJ', null, null, null),
    ('csto-2015-12-21-moscow', 'CSTO',
     'CSTO Collective Security Council session, Moscow 2015', 'Session du Conseil de sécurité collective de l’OTSC, Moscou 2015',
     '2015-12-21', 'HELD', 'REGULAR', 'moscow', null, null, null, 'RU', null, null, null),
    ('csto-2016-10-14-yerevan', 'CSTO',
     'CSTO Collective Security Council session, Yerevan 2016', 'Session du Conseil de sécurité collective de l’OTSC, Erevan 2016',
     '2016-10-14', 'HELD', 'REGULAR', 'yerevan', null, null, null, 'AM', null, null, null),
    ('csto-2016-12-26-saint-petersburg', 'CSTO',
     'CSTO Collective Security Council session, Saint Petersburg 2016', 'Session du Conseil de sécurité collective de l’OTSC, Saint-Pétersbourg 2016',
     '2016-12-26', 'HELD', 'REGULAR', 'saint-petersburg', null, null, null, 'RU', null,
     'No quorum: Belarus was absent.',
     'Pas de quorum : la Biélorussie était absente.'),
    ('csto-2017-04-14-bishkek', 'CSTO',
     'Informal CSTO Collective Security Council session, Bishkek 2017', 'Session informelle du Conseil de sécurité collective de l’OTSC, Bichkek 2017',
     '2017-04-14', 'HELD', 'INFORMAL', 'bishkek', null, null, null, 'KG', null, null, null),
    ('csto-2017-11-30-minsk', 'CSTO',
     'CSTO Collective Security Council session, Minsk 2017', 'Session du Conseil de sécurité collective de l’OTSC, Minsk 2017',
     '2017-11-30', 'HELD', 'REGULAR', 'minsk', null, null, null, 'BY', null, null, null),
    ('csto-2018-11-08-astana', 'CSTO',
     'CSTO Collective Security Council session, Astana 2018', 'Session du Conseil de sécurité collective de l’OTSC, Astana 2018',
     '2018-11-08', 'HELD', 'REGULAR', 'astana', null, null, null, 'KZ', null, null, null),
    ('csto-2019-11-28-bishkek', 'CSTO',
     'CSTO Collective Security Council session, Bishkek 2019', 'Session du Conseil de sécurité collective de l’OTSC, Bichkek 2019',
     '2019-11-28', 'HELD', 'REGULAR', 'bishkek', null, null, null, 'KG', null, null, null),
    ('csto-2020-12-02-videoconference', 'CSTO',
     'CSTO Collective Security Council session (videoconference), 2020', 'Session du Conseil de sécurité collective de l’OTSC (visioconférence), 2020',
     '2020-12-02', 'HELD', 'REGULAR', null, null, null, null, 'RU', null,
     'Held by videoconference, chaired by Russia.',
     'Tenue par visioconférence, sous la présidence de la Russie.'),
    ('csto-2021-08-23-videoconference', 'CSTO',
     'Extraordinary CSTO Collective Security Council session (videoconference), 2021', 'Session extraordinaire du Conseil de sécurité collective de l’OTSC (visioconférence), 2021',
     '2021-08-23', 'HELD', 'EXTRAORDINARY', null, null, null, null, 'TJ', null,
     'Extraordinary session by videoconference on the situation in Afghanistan, chaired by Tajikistan; Uzbekistan took part as a guest.',
     'Session extraordinaire par visioconférence consacrée à la situation en Afghanistan, sous la présidence du Tadjikistan ; l’Ouzbékistan y a participé en tant qu’invité.'),
    ('csto-2021-09-16-dushanbe', 'CSTO',
     'CSTO Collective Security Council session, Dushanbe 2021', 'Session du Conseil de sécurité collective de l’OTSC, Douchanbé 2021',
     '2021-09-16', 'HELD', 'REGULAR', 'dushanbe', null, null, null, 'TJ', null, null, null),
    ('csto-2022-01-10-videoconference', 'CSTO',
     'Extraordinary CSTO Collective Security Council session (videoconference), 2022', 'Session extraordinaire du Conseil de sécurité collective de l’OTSC (visioconférence), 2022',
     '2022-01-10', 'HELD', 'EXTRAORDINARY', null, null, null, null, 'AM', null,
     'Extraordinary session by videoconference on the situation in Kazakhstan, chaired by Armenia.',
     'Session extraordinaire par visioconférence consacrée à la situation au Kazakhstan, sous la présidence de l’Arménie.'),
    ('csto-2022-05-16-moscow', 'CSTO',
     'CSTO Collective Security Council anniversary session, Moscow 2022', 'Session anniversaire du Conseil de sécurité collective de l’OTSC, Moscou 2022',
     '2022-05-16', 'HELD', 'ANNIVERSARY', 'moscow', null, null, null, 'RU', null, null, null),
    ('csto-2022-11-23-yerevan', 'CSTO',
     'CSTO Collective Security Council session, Yerevan 2022', 'Session du Conseil de sécurité collective de l’OTSC, Erevan 2022',
     '2022-11-23', 'HELD', 'REGULAR', 'yerevan', null, null, null, 'AM', null, null, null),
    ('csto-2023-11-23-minsk', 'CSTO',
     'CSTO Collective Security Council session, Minsk 2023', 'Session du Conseil de sécurité collective de l’OTSC, Minsk 2023',
     '2023-11-23', 'HELD', 'REGULAR', 'minsk', null, null, null, 'BY', null,
     'Armenia was absent. The chair passed from Belarus to Kazakhstan with effect from 1 January 2024.',
     'L’Arménie était absente. La présidence est passée de la Biélorussie au Kazakhstan à compter du 1er janvier 2024.'),
    ('csto-2024-11-28-astana', 'CSTO',
     'CSTO Collective Security Council session, Astana 2024', 'Session du Conseil de sécurité collective de l’OTSC, Astana 2024',
     '2024-11-28', 'HELD', 'REGULAR', 'astana', null, null, null, 'KZ', null,
     'Armenia was absent.',
     'L’Arménie était absente.'),
    ('csto-2025-11-27-bishkek', 'CSTO',
     'CSTO Collective Security Council session, Bishkek 2025', 'Session du Conseil de sécurité collective de l’OTSC, Bichkek 2025',
     '2025-11-27', 'HELD', 'REGULAR', 'bishkek',
     'Yntymak Ordo residence', 'résidence Yntymak Ordo', 'резиденция «Ынтымак Ордо»',
     'KG', 'csto-2026-11-11-moscow',
     'Summit of the leaders of the CSTO countries and session of the Collective Security Council. Armenia was absent; it said it did not object to the documents. The number of documents signed differs by source: 15 according to 24.kg, 16 according to the Kremlin, 19 prepared. Sources also disagree on the Secretary General present: the seed article names Taalatbek Masadykov, the official transcript Imangali Tasmagambetov. The chair passes from Kyrgyzstan to Russia on 1 January 2026.',
     'Sommet des dirigeants des pays de l’OTSC et réunion du Conseil de sécurité collective. L’Arménie était absente ; elle a déclaré ne pas s’opposer aux documents. Le nombre de documents signés diffère selon les sources : 15 selon 24.kg, 16 selon le Kremlin, 19 préparés. Les sources divergent aussi sur le secrétaire général présent : l’article cite Taalatbek Masadykov, le compte rendu officiel Imangali Tasmagambetov. La présidence passe du Kirghizstan à la Russie le 1er janvier 2026.');

insert into summit_source (summit_id, source_id) values
    ('csto-2015-09-15-dushanbe',         'odkb-csto-session-2015-09'),
    ('csto-2015-12-21-moscow',           'president-am-2015-12-21'),
    ('csto-2016-10-14-yerevan',          'tass-world-906600'),
    ('csto-2016-12-26-saint-petersburg', 'asbarez-158474'),
    ('csto-2017-04-14-bishkek',          'naviny-by-1492172757'),
    ('csto-2017-11-30-minsk',            'tass-politics-978172'),
    ('csto-2018-11-08-astana',           'astanatimes-2018-11-csto-summit'),
    ('csto-2019-11-28-bishkek',          'kremlin-event-62146'),
    ('csto-2020-12-02-videoconference',  'tass-politics-1230317'),
    ('csto-2021-08-23-videoconference',  'asiaplustj-2021-08-24-csto-extraordinary'),
    ('csto-2021-09-16-dushanbe',         'kremlin-transcript-66701'),
    ('csto-2022-01-10-videoconference',  'primeminister-am-2022-01-10'),
    ('csto-2022-05-16-moscow',           'telesur-csto-summit-moscow-2022'),
    ('csto-2022-11-23-yerevan',          'pacsto-leaders-yerevan-2022'),
    ('csto-2023-11-23-minsk',            'rferl-32697282'),
    ('csto-2024-11-28-astana',           'astanatimes-2024-11-tokayev-chairmanship'),
    ('csto-2025-11-27-bishkek',          'seed-article-bishkek-2025'),
    ('csto-2025-11-27-bishkek',          'kremlin-transcript-78565'),
    ('csto-2025-11-27-bishkek',          'tass-ru-politika-25713997'),
    ('csto-2026-11-11-moscow',           'qazinform-csto-next-session-moscow'),
    ('csto-2026-11-11-moscow',           'seed-article-bishkek-2025');

-- =====================================================================================
-- Participation at Bishkek 2025
-- Both Secretaries General are kept on purpose: the seed article lists Masadykov as the
-- Secretary General present, the official transcript lists Tasmagambetov.
-- =====================================================================================

insert into participation (summit_id, person_id, country_code, role) values
    ('csto-2025-11-27-bishkek', 'alexander-lukashenko',   'BY', 'HEAD_OF_STATE'),
    ('csto-2025-11-27-bishkek', 'kassym-jomart-tokayev',  'KZ', 'HEAD_OF_STATE'),
    ('csto-2025-11-27-bishkek', 'sadyr-japarov',          'KG', 'HEAD_OF_STATE'),
    ('csto-2025-11-27-bishkek', 'vladimir-putin',         'RU', 'HEAD_OF_STATE'),
    ('csto-2025-11-27-bishkek', 'emomali-rahmon',         'TJ', 'HEAD_OF_STATE'),
    ('csto-2025-11-27-bishkek', 'taalatbek-masadykov',    null, 'SECRETARY_GENERAL'),
    ('csto-2025-11-27-bishkek', 'imangali-tasmagambetov', null, 'SECRETARY_GENERAL');

insert into participation_source (participation_id, source_id)
select p.id, v.source_id
from (values
    ('alexander-lukashenko',   'HEAD_OF_STATE',     'seed-article-bishkek-2025'),
    ('kassym-jomart-tokayev',  'HEAD_OF_STATE',     'seed-article-bishkek-2025'),
    ('sadyr-japarov',          'HEAD_OF_STATE',     'seed-article-bishkek-2025'),
    ('vladimir-putin',         'HEAD_OF_STATE',     'seed-article-bishkek-2025'),
    ('emomali-rahmon',         'HEAD_OF_STATE',     'seed-article-bishkek-2025'),
    ('taalatbek-masadykov',    'SECRETARY_GENERAL', 'seed-article-bishkek-2025'),
    ('imangali-tasmagambetov', 'SECRETARY_GENERAL', 'kremlin-transcript-78565')
) as v(person_id, role, source_id)
join participation p on p.summit_id = 'csto-2025-11-27-bishkek' and p.person_id = v.person_id and p.role = v.role;

-- =====================================================================================
-- Statements at Bishkek 2025 (in the order of the seed article)
-- =====================================================================================

insert into statement (summit_id, person_id, ordinal, summary_en, summary_fr) values
    ('csto-2025-11-27-bishkek', 'vladimir-putin', 1,
     'Putin proposed launching a large-scale programme to equip the Collective Forces with modern Russian weapons and equipment proven in combat. Within this initiative he announced a series of joint activities to train military units and special services: the next stages of the regular exercises Interaction, Echelon and Search. Particular attention should be paid to developing the air forces and the air-defence system. Russia counts on a more effective Coordination Council on biosecurity and will help its CSTO partners in every possible way by sharing its advances in military medicine. Russia, which succeeds Kyrgyzstan as chair of the organization, intends to start drafting a new anti-terrorism strategy; with its partners it will keep working to identify and eliminate international terrorist groups and their cells and to suppress their financing channels. Strengthening information security and continuing cooperation against drug trafficking, including with international actors, are also among the priorities. His speech was published by his press service.',
     'Vladimir Poutine a proposé de lancer un vaste programme d’équipement des Forces collectives avec des armements et équipements russes modernes ayant prouvé leur efficacité au combat. Dans ce cadre, il a annoncé une série d’activités conjointes pour la formation des unités militaires et des services spéciaux : les prochaines étapes des exercices réguliers « Interaction », « Échelon » et « Recherche ». Il convient d’accorder une attention particulière au développement des forces aériennes et du système de défense antiaérienne. La Russie compte sur une amélioration de l’efficacité du Conseil de coordination pour la biosécurité et aidera ses partenaires de l’OTSC en partageant avec eux les avancées en matière de médecine militaire. La Russie, qui succédera au Kirghizstan à la présidence de l’organisation, a l’intention de commencer à élaborer une nouvelle stratégie antiterroriste et continuera, avec ses partenaires, à identifier et éliminer les groupes terroristes internationaux et leurs cellules et à supprimer leurs canaux de financement. Le renforcement de la sécurité de l’information et la poursuite de la coopération dans la lutte contre le trafic de drogue, notamment avec la participation d’acteurs internationaux, figurent également parmi les priorités. Son discours a été publié par son service de presse.'),
    ('csto-2025-11-27-bishkek', 'sadyr-japarov', 2,
     'Japarov reviewed the activities of the organization under the chairmanship of Kyrgyzstan. He stressed that concrete measures had been taken to counter current security challenges and threats and that the international authority of the organization had grown. In 2025, practical measures were implemented in military, military-economic and military-technical cooperation, and a series of large-scale exercises was held; these measures ensured the coordination of the actions of the units of the member states'' armed forces and improved their capability to accomplish their assigned tasks.',
     'Sadyr Japarov a dressé un bilan des activités de l’organisation sous la présidence de sa république. Il a souligné que des mesures concrètes avaient été prises pour contrer les défis et les menaces actuels à la sécurité, et que l’autorité internationale de la structure s’était renforcée. En 2025, des mesures pratiques ont été mises en œuvre dans le domaine de la coopération militaire, militaro-économique et militaro-technique, et une série d’exercices à grande échelle ont été organisés ; ces mesures ont permis d’assurer la coordination des actions des unités des forces armées des États membres et d’améliorer leur capacité à accomplir les tâches qui leur sont assignées.'),
    ('csto-2025-11-27-bishkek', 'emomali-rahmon', 3,
     'Rahmon described the international situation as "complex and difficult to predict" and stressed the importance of partnership within the CSTO. He supported the adoption of the Plan for the development of military cooperation of the member states and the approval of the Anti-drug Strategy for 2026–2030, and expressed the hope that the CSTO interstate programme to strengthen the Tajik–Afghan border would be implemented on time. He proposed creating a CSTO humanitarian response centre in Tajikistan and stressed the need for rapid exchange of information and for developing new technologies, especially artificial intelligence, in the fight against terrorism and extremism.',
     'Emomali Rahmon a qualifié la situation internationale de « complexe et difficile à prévoir », soulignant l’importance du partenariat dans le cadre de l’OTSC. Il a soutenu l’adoption du Plan de développement de la coopération militaire des États membres de l’organisation et l’approbation de la Stratégie antidrogue pour la période 2026-2030, et a exprimé l’espoir que le programme interétatique de l’OTSC visant à renforcer la frontière entre le Tadjikistan et l’Afghanistan soit mis en œuvre en temps voulu. Il a proposé de créer au Tadjikistan un centre d’intervention humanitaire de l’organisation et a souligné la nécessité d’échanger rapidement des informations et de développer de nouvelles technologies, en particulier l’intelligence artificielle, dans la lutte contre le terrorisme et l’extrémisme.');

insert into statement_source (statement_id, source_id)
select s.id, 'seed-article-bishkek-2025'
from statement s
where s.summit_id = 'csto-2025-11-27-bishkek';

-- quotes: text_fr verbatim from the seed article
insert into statement_quote (statement_id, ordinal, text_en, text_fr)
select s.id, v.ordinal, v.text_en, v.text_fr
from (values
    (1, 1,
     'Together with our partners in the organization, we will continue working to identify and eliminate international terrorist groups and their cells, and to suppress their financing channels',
     'Avec nos partenaires de l’organisation, nous continuerons à travailler à l’identification et à l’élimination des groupes terroristes internationaux et de leurs cellules, ainsi qu’à la suppression de leurs canaux de financement'),
    (2, 1,
     'These measures, among others, made it possible to ensure the coordination of the actions of the units of the armed forces of the member states and to improve their capability to accomplish the tasks assigned to them',
     'Ces mesures, parmi d’autres, ont permis d’assurer la coordination des actions des unités des forces armées des États membres et d’améliorer leur capacité à accomplir les tâches qui leur sont assignées'),
    (3, 1,
     'complex and difficult to predict',
     'complexe et difficile à prévoir')
) as v(statement_ordinal, ordinal, text_en, text_fr)
join statement s on s.summit_id = 'csto-2025-11-27-bishkek' and s.ordinal = v.statement_ordinal;

-- proposals (Japarov made none: he reviewed the Kyrgyz chairmanship)
insert into statement_proposal (statement_id, ordinal, text_en, text_fr)
select s.id, v.ordinal, v.text_en, v.text_fr
from (values
    (1, 1,
     'Launch a large-scale programme to equip the Collective Forces with modern Russian weapons and equipment proven in combat.',
     'Lancer un vaste programme d’équipement des Forces collectives avec des armements et équipements russes modernes ayant prouvé leur efficacité au combat.'),
    (1, 2,
     'Organize a series of joint activities to train military units and special services: the next stages of the regular exercises Interaction, Echelon and Search.',
     'Organiser une série d’activités conjointes pour la formation des unités militaires et des services spéciaux : les prochaines étapes des exercices réguliers « Interaction », « Échelon » et « Recherche ».'),
    (1, 3,
     'Pay particular attention to developing the air forces and the air-defence system.',
     'Accorder une attention particulière au développement des forces aériennes et du système de défense antiaérienne.'),
    (1, 4,
     'Make the Coordination Council on biosecurity more effective, with Russia sharing its advances in military medicine with its CSTO partners.',
     'Améliorer l’efficacité du Conseil de coordination pour la biosécurité, la Russie partageant avec ses partenaires de l’OTSC ses avancées en matière de médecine militaire.'),
    (1, 5,
     'As incoming chair, Russia to start drafting a new anti-terrorism strategy.',
     'En tant que future présidence, la Russie commencera à élaborer une nouvelle stratégie antiterroriste.'),
    (1, 6,
     'Strengthen information security and continue cooperation against drug trafficking, including with the participation of international actors.',
     'Renforcer la sécurité de l’information et poursuivre la coopération dans la lutte contre le trafic de drogue, notamment avec la participation d’acteurs internationaux.'),
    (3, 1,
     'Create in Tajikistan a CSTO humanitarian response centre.',
     'Créer au Tadjikistan un centre d’intervention humanitaire de l’organisation.'),
    (3, 2,
     'Rapidly exchange information and develop new technologies, especially artificial intelligence, to fight terrorism and extremism.',
     'Échanger rapidement des informations et développer de nouvelles technologies, en particulier l’intelligence artificielle, dans la lutte contre le terrorisme et l’extrémisme.')
) as v(statement_ordinal, ordinal, text_en, text_fr)
join statement s on s.summit_id = 'csto-2025-11-27-bishkek' and s.ordinal = v.statement_ordinal;

-- =====================================================================================
-- Documents of Bishkek 2025
-- =====================================================================================

insert into document (summit_id, ordinal, kind, action, title_en, title_fr, appointee_person_id) values
    ('csto-2025-11-27-bishkek', 1, 'DECLARATION', 'SIGNED',
     'Declaration of the Collective Security Council of the Collective Security Treaty Organization',
     'Déclaration du Conseil de sécurité collective de l’Organisation du Traité de sécurité collective', null),
    ('csto-2025-11-27-bishkek', 2, 'DECISION', 'SIGNED',
     'On measures to form a positive image of the CSTO and its member states in the information space',
     'Sur les mesures visant à former une image positive de l’OTSC et de ses États membres dans l’espace informationnel', null),
    ('csto-2025-11-27-bishkek', 3, 'DECISION', 'SIGNED',
     'On the CSTO budget for 2026',
     'Sur le budget de l’OTSC pour 2026', null),
    ('csto-2025-11-27-bishkek', 4, 'PLAN', 'ADOPTED',
     'Plan for the development of military cooperation of the CSTO member states',
     'Plan de développement de la coopération militaire des États membres de l’organisation', null),
    ('csto-2025-11-27-bishkek', 5, 'STRATEGY', 'APPROVED',
     'Anti-drug Strategy for 2026–2030',
     'Stratégie antidrogue pour la période 2026-2030', null),
    ('csto-2025-11-27-bishkek', 6, 'APPOINTMENT', 'ADOPTED',
     'Appointment of Taalatbek Masadykov as Secretary General of the CSTO',
     'Nomination de Taalatbek Masadykov au poste de secrétaire général de l’OTSC', 'taalatbek-masadykov');

insert into document_source (document_id, source_id)
select d.id, 'seed-article-bishkek-2025'
from document d
where d.summit_id = 'csto-2025-11-27-bishkek';

insert into document_source (document_id, source_id)
select d.id, 'trend-az-4122760'
from document d
where d.summit_id = 'csto-2025-11-27-bishkek' and d.ordinal = 6;

-- =====================================================================================
-- Joint exercises and operations
-- =====================================================================================

insert into exercise (id, organization_code, kind, name_en, name_fr, name_ru, purpose_en, purpose_fr) values
    ('interaction', 'CSTO', 'EXERCISE', 'Interaction', 'Interaction', 'Взаимодействие',
     'Exercise of the rapid-reaction forces', 'Exercice des forces de réaction rapide'),
    ('search', 'CSTO', 'EXERCISE', 'Search', 'Recherche', 'Поиск',
     'Reconnaissance exercise', 'Exercice de reconnaissance'),
    ('echelon', 'CSTO', 'EXERCISE', 'Echelon', 'Échelon', 'Эшелон',
     'Logistics exercise', 'Exercice de soutien logistique'),
    ('cobalt', 'CSTO', 'EXERCISE', 'Cobalt', 'Cobalt', 'Кобальт',
     'Special forces exercise', 'Exercice des forces spéciales'),
    ('rubezh', 'CSTO', 'EXERCISE', 'Rubezh (Frontier)', 'Roubej (Frontière)', 'Рубеж',
     null, null),
    ('indestructible-brotherhood', 'CSTO', 'EXERCISE', 'Indestructible Brotherhood', 'Fraternité indestructible', 'Нерушимое братство',
     'Peacekeeping exercise', 'Exercice de maintien de la paix'),
    ('barrier', 'CSTO', 'EXERCISE', 'Barrier', 'Barrière', 'Барьер',
     'Radiation, chemical and biological (RCB) protection exercise', 'Exercice de protection radiologique, chimique et biologique'),
    ('rock', 'CSTO', 'EXERCISE', 'Rock', 'Rocher', 'Скала',
     'Rescue exercise', 'Exercice de sauvetage'),
    ('thunder', 'CSTO', 'EXERCISE', 'Thunder', 'Tonnerre', 'Гром',
     'Anti-drug exercise', 'Exercice antidrogue'),
    ('combat-brotherhood', 'CSTO', 'EXERCISE', 'Combat Brotherhood', 'Fraternité de combat', 'Боевое братство',
     'Umbrella name of joint exercises', 'Nom générique d’exercices conjoints'),
    ('channel', 'CSTO', 'OPERATION', 'Channel', 'Canal', 'Канал',
     'Anti-drug operation', 'Opération antidrogue'),
    ('illegal', 'CSTO', 'OPERATION', 'Illegal', 'Illégal', 'Нелегал',
     'Operation against illegal migration', 'Opération contre la migration illégale'),
    ('mercenary', 'CSTO', 'OPERATION', 'Mercenary', 'Mercenaire', 'Наемник',
     null, null);

insert into exercise_source (exercise_id, source_id)
select e.id, s.source_id
from exercise e
cross join (values ('24kg-obschestvo-354812'), ('inform-kz-a3782895')) as s(source_id)
where e.organization_code = 'CSTO';

insert into exercise_source (exercise_id, source_id) values
    ('interaction', 'seed-article-bishkek-2025'),
    ('search',      'seed-article-bishkek-2025'),
    ('echelon',     'seed-article-bishkek-2025');

insert into exercise_edition (exercise_id, year, host_country_code) values
    ('interaction',                2025, 'BY'),
    ('search',                     2025, 'BY'),
    ('echelon',                    2025, 'BY'),
    ('rubezh',                     2025, 'KG'),
    ('indestructible-brotherhood', 2025, 'TJ');

insert into exercise_edition_source (exercise_edition_id, source_id)
select ee.id, '24kg-english-352506'
from exercise_edition ee
where ee.year = 2025;

-- exercises named by Putin at Bishkek 2025
insert into statement_exercise (statement_id, exercise_id)
select s.id, v.exercise_id
from (values ('interaction'), ('echelon'), ('search')) as v(exercise_id)
join statement s on s.summit_id = 'csto-2025-11-27-bishkek' and s.ordinal = 1;
