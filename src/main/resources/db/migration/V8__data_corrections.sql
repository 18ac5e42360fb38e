-- Corrections of the shipped dataset (issue 10, §8). Earlier migrations are never edited: databases
-- have applied them. Rows are found by natural keys; edited rows that carry a version get it bumped,
-- so that an edit based on what they held before is refused as a conflict.

-- 1. Masadykov's first name is written «Таалатбек» in Russian (TASS, RIA Novosti, 24.kg), as in the
--    Latin spelling of the seed article and of Trend ("Taalatbek").
update person
set name_ru = 'Таалатбек Масадыков', version = version + 1
where id = 'taalatbek-masadykov' and name_ru = 'Талатбек Масадыков';

-- 2. The note of Bishkek 2025 cited counts of the documents signed (15 according to 24.kg, 16
--    according to the Kremlin, 19 prepared) that none of the summit's sources give: it now says only
--    what they say. The seed article: « un grand nombre de documents ont été signés ».
update summit
set note_en = 'Summit of the leaders of the CSTO countries and session of the Collective Security Council. Armenia was absent; it said it did not object to the documents. According to the seed article, a large number of documents were signed. Sources disagree on the Secretary General present: the seed article names Taalatbek Masadykov, the official transcript Imangali Tasmagambetov. The chair passes from Kyrgyzstan to Russia on 1 January 2026.',
    note_fr = 'Sommet des dirigeants des pays de l’OTSC et réunion du Conseil de sécurité collective. L’Arménie était absente ; elle a déclaré ne pas s’opposer aux documents. Selon l’article, un grand nombre de documents ont été signés. Les sources divergent sur le secrétaire général présent : l’article cite Taalatbek Masadykov, le compte rendu officiel Imangali Tasmagambetov. La présidence passe du Kirghizstan à la Russie le 1er janvier 2026.',
    version = version + 1
where id = 'csto-2025-11-27-bishkek';

-- 3. Putin's French summary keeps the article's « de toutes les manières possibles » (« aidera de
--    toutes les manières possibles ses partenaires de l’OTSC, en partageant avec eux... »).
update statement
set summary_fr = replace(summary_fr, 'aidera ses partenaires de l’OTSC en partageant',
                         'aidera de toutes les manières possibles ses partenaires de l’OTSC, en partageant')
where summit_id = 'csto-2025-11-27-bishkek' and person_id = 'vladimir-putin';

-- 4. The seed article says only that Rahmon supported the adoption of the military cooperation plan
--    and the approval of the 2026–2030 anti-drug strategy (his statement keeps that); it does not
--    list them among the documents signed. The Kremlin transcript does: "The documents that have
--    been signed include the decisions of the CSTO Collective Security Council ... on the anti-drug
--    strategy of the CSTO member states for 2026–2030, ... on the action plan to develop military
--    cooperation among the CSTO member states in 2026–2030". The two documents now cite it instead
--    of the article.
delete from document_source ds
using document d
where ds.document_id = d.id and ds.source_id = 'seed-article-bishkek-2025'
  and d.summit_id = 'csto-2025-11-27-bishkek' and d.kind in ('PLAN', 'STRATEGY');

insert into document_source (document_id, source_id)
select d.id, 'kremlin-transcript-78565'
from document d
where d.summit_id = 'csto-2025-11-27-bishkek' and d.kind in ('PLAN', 'STRATEGY')
on conflict do nothing;

-- 5. Quotes: the language the source reported them in. Their text in that language is verbatim; the
--    texts in other languages are translations made here. Null: not recorded (quotes added through
--    the API come as typed, in English or as reported).
alter table statement_quote add column original_language varchar(2)
    check (original_language in ('EN', 'FR', 'RU'));

update statement_quote q
set original_language = 'FR'
from statement_source ss
where ss.statement_id = q.statement_id and ss.source_id = 'seed-article-bishkek-2025';

-- 6. The start dates of the heads of state present at Bishkek 2025 (V2 called them "current terms")
--    are the first days of their tenure in the post, ongoing on 27 November 2025, as their sources
--    give them ("assumed office"): not the starts of their current terms of office.
update position
set note_en = 'Start of the tenure in this post that was ongoing on 27 November 2025 (the day the holder took office), not of the current term of office. Earlier periods in the post are not recorded.',
    note_fr = 'Début de l’exercice de cette fonction en cours le 27 novembre 2025 (jour de l’entrée en fonction), et non du mandat en cours. Les périodes antérieures dans cette fonction ne sont pas enregistrées.',
    version = version + 1
where kind = 'HEAD_OF_STATE' and note_en is null
  and (person_id, country_code, start_on) in (
      ('vladimir-putin',        'RU', date '2012-05-07'),
      ('alexander-lukashenko',  'BY', date '1994-07-20'),
      ('kassym-jomart-tokayev', 'KZ', date '2019-03-20'),
      ('sadyr-japarov',         'KG', date '2021-01-28'),
      ('emomali-rahmon',        'TJ', date '1994-11-16'));
