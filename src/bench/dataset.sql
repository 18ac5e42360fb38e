-- The benchmark dataset, generated set-based in one transaction (run by src/bench/load-dataset,
-- which checks the database first and passes the sizes as psql variables). Never a migration.
--
-- What keeps the application's invariants, without any trigger switched off:
--   * node registry (V4, V9): the register_node triggers add every summit, statement, document,
--     person, city, source and organization id as the rows go in;
--   * search vectors (V5): generated columns, computed by PostgreSQL on insert;
--   * data version (V7, V10): the deferred triggers move the counter once, at this transaction's commit;
--   * change log (V6): one entry says what was loaded (it is also what marks the database as loaded);
--   * memberships: chronological changes, the first ACTIVE, never twice the same status in a row;
--   * chairmanships and the terms of one post: consecutive, never overlapping;
--   * summits: one per organization, day and city (summit_meeting_key), HELD only up to today,
--     the next meeting always the organization's next summit; statement and document node ids
--     `<summit>-statement-<n>` / `<summit>-document-<n>` with n their ordinal.
--
-- Ids that real data cannot have: organization codes BENCH-01… (the API takes only [A-Z][A-Z0-9]*),
-- the ISO 3166 user-assigned country codes AA, QM–QZ, XA–XZ except XK (used for Kosovo), ZZ, which
-- no state is ever given; every other id starts with `bench-`.

\set ON_ERROR_STOP on
begin;
-- two loads at once queue here; the second one then finds the first one's rows and stops
select pg_advisory_xact_lock(hashtext('summit-graph bench dataset'));
do $$
begin
    if exists (select from change_log where operation = 'loadBenchDataset')
       or exists (select from node where id like 'bench-%') then
        raise exception 'bench dataset: the database already holds bench rows (another load ran meanwhile?)';
    end if;
end $$;

create temp table bench_country on commit drop as
select (row_number() over (order by code) - 1)::int as idx, code
from (select 'AA' as code union all select 'ZZ'
      union all select 'Q' || chr(c) from generate_series(ascii('M'), ascii('Z')) c
      union all select 'X' || chr(c) from generate_series(ascii('A'), ascii('Z')) c where chr(c) <> 'K') codes;

-- sizes and word lists, one row
create temp table bench_param on commit drop as
select :organizations::int as orgs, :summits_per_organization::int as summits, :people::int as people,
       :members_per_organization::int as members, :participants_per_summit::int as participants,
       :statements_per_summit::int as statements, :documents_per_summit::int as documents,
       (select count(*) from bench_country)::int as countries,
       array['security', 'cooperation', 'defence', 'border', 'terrorism', 'drugs', 'trafficking', 'cyber',
             'energy', 'trade', 'health', 'climate', 'migration', 'sanctions', 'peace', 'treaty', 'exercise',
             'aviation', 'forces', 'information', 'biosecurity', 'budget', 'water', 'transport'] as words_en,
       array['sécurité', 'coopération', 'défense', 'frontière', 'terrorisme', 'drogues', 'trafic', 'cyber',
             'énergie', 'commerce', 'santé', 'climat', 'migration', 'sanctions', 'paix', 'traité', 'exercice',
             'aviation', 'forces', 'information', 'biosécurité', 'budget', 'eau', 'transport'] as words_fr,
       array['безопасность', 'сотрудничество', 'оборона', 'граница', 'терроризм', 'наркотики', 'трафик',
             'кибер', 'энергетика', 'торговля', 'здоровье', 'климат', 'миграция', 'санкции', 'мир', 'договор',
             'учения', 'авиация', 'силы', 'информация', 'биобезопасность', 'бюджет', 'вода', 'транспорт'] as words_ru,
       array['Amira', 'Boris', 'Chen', 'Dana', 'Emil', 'Farida', 'Goran', 'Hana', 'Ivan', 'Jana', 'Karim',
             'Lena', 'Marat', 'Nadia', 'Oleg', 'Petra', 'Rustam', 'Sara', 'Timur', 'Vera'] as first_names,
       array['Abdulov', 'Berg', 'Cerny', 'Dostov', 'Erkin', 'Falk', 'Gusev', 'Horvat', 'Ilyin', 'Jurić',
             'Kaya', 'Lind', 'Moroz', 'Novak', 'Orlov', 'Popa', 'Rahimov', 'Sokol', 'Tamm', 'Usenov',
             'Varga', 'Weiss', 'Yusupov', 'Zorin', 'Aliev', 'Bondar', 'Costa', 'Demir', 'Egorov', 'Fomin'] as last_names,
       array['HEAD_OF_STATE', 'HEAD_OF_GOVERNMENT', 'FOREIGN_MINISTER', 'DEFENCE_MINISTER', 'AMBASSADOR'] as posts,
       array['President', 'Prime Minister', 'Minister of Foreign Affairs', 'Minister of Defence', 'Ambassador'] as post_titles,
       array['DECLARATION', 'DECISION', 'APPOINTMENT', 'PLAN', 'STRATEGY', 'PROGRAM'] as document_kinds,
       array['SIGNED', 'ADOPTED', 'APPROVED'] as document_actions;

-- a few words of the lists above, picked by n: texts that search can find, in three languages
create function pg_temp.words(list text[], n bigint, count int) returns text language sql immutable
return (select string_agg(list[1 + ((n * 7 + i * 5) % cardinality(list))], ' ') from generate_series(0, count - 1) i);

insert into country (code, name_en, name_fr, name_ru)
select code, 'Bench state ' || code, 'État de banc ' || code, 'Тестовое государство ' || code from bench_country;

-- three cities per state
create temp table bench_city on commit drop as
select c.idx as country_idx, c.code as country_code, n,
       'bench-city-' || lower(c.code) || '-' || n as id
from bench_country c cross join generate_series(1, 3) n;

insert into city (id, country_code, name_en, name_fr, name_ru)
select id, country_code, 'Bench city ' || country_code || ' ' || n, 'Ville ' || country_code || ' ' || n,
       'Город ' || country_code || ' ' || n
from bench_city;

insert into source (id, title, publisher, url, language, published_on)
select 'bench-source-' || lpad(s::text, 5, '0'), 'Bench source ' || s, 'Bench publisher ' || (s % 20),
       'https://bench.invalid/source/' || s, (array['EN', 'FR', 'RU'])[1 + s % 3], date '2000-01-01' + (s * 11 % 9000)
from generate_series(1, greatest(10, (select orgs * summits / 10 from bench_param))) s;
create temp table bench_source_count on commit drop as select count(*)::int as n from source where id like 'bench-source-%';

-- organizations; member i of organization o is the state (o * 7 + i) mod countries
create temp table bench_org on commit drop as
select o, 'BENCH-' || lpad(o::text, greatest(2, length(p.orgs::text)), '0') as code
from bench_param p cross join generate_series(1, p.orgs) o;

insert into organization (code, name_en, name_fr, name_ru, acronym_en, acronym_fr, acronym_ru, headquarters_city_id)
select g.code, 'Bench organization ' || g.o || ' for ' || pg_temp.words(p.words_en, g.o, 2),
       'Organisation de banc ' || g.o || ' pour ' || pg_temp.words(p.words_fr, g.o, 2),
       'Тестовая организация ' || g.o, g.code, g.code, g.code,
       'bench-city-' || lower(c.code) || '-1'
from bench_org g cross join bench_param p
join bench_country c on c.idx = (g.o * 7) % p.countries;

insert into organization_source (organization_code, source_id)
select g.code, 'bench-source-' || lpad((1 + g.o % s.n)::text, 5, '0') from bench_org g cross join bench_source_count s;

-- people: person p belongs to state (p - 1) mod countries and is the k-th of it, k = (p - 1) div countries
create temp table bench_person on commit drop as
select p, 'bench-person-' || lpad(p::text, 5, '0') as id, (p - 1) % prm.countries as country_idx,
       (p - 1) / prm.countries as k
from bench_param prm cross join generate_series(1, prm.people) p;

insert into person (id, name_en, name_fr, name_ru, country_code)
select b.id, prm.first_names[1 + b.p % 20] || ' ' || prm.last_names[1 + (b.p * 7) % 30] || ' ' || b.p,
       prm.first_names[1 + b.p % 20] || ' ' || prm.last_names[1 + (b.p * 7) % 30] || ' ' || b.p,
       'Персона ' || b.p, c.code
from bench_person b cross join bench_param prm join bench_country c on c.idx = b.country_idx;

insert into person_source (person_id, source_id)
select b.id, 'bench-source-' || lpad((1 + b.p % s.n)::text, 5, '0') from bench_person b cross join bench_source_count s;

-- every person holds one post of their state: the k-th person of a state holds post k mod 5, for
-- the year 1990 + k div 5; the last holder of each post has no end
insert into position (person_id, kind, title_en, title_fr, country_code, start_on, end_on)
select b.id, prm.posts[1 + b.k % 5], prm.post_titles[1 + b.k % 5] || ' of Bench state ' || c.code,
       prm.post_titles[1 + b.k % 5] || ' (' || c.code || ')', c.code,
       make_date(1990 + b.k / 5, 1, 1),
       case when b.p + 5 * prm.countries <= prm.people then make_date(1990 + b.k / 5, 12, 31) end
from bench_person b cross join bench_param prm join bench_country c on c.idx = b.country_idx;

-- eight Secretaries General per organization, three-year terms from 2002, the last open
insert into position (person_id, kind, title_en, title_fr, organization_code, start_on, end_on)
select 'bench-person-' || lpad((1 + ((g.o - 1) * 8 + j) * 13 % prm.people)::text, 5, '0'), 'SECRETARY_GENERAL',
       'Secretary General of ' || g.code, 'Secrétaire général de ' || g.code, g.code,
       make_date(2002 + 3 * j, 1, 1), case when j < 7 then make_date(2004 + 3 * j, 12, 31) end
from bench_org g cross join bench_param prm cross join generate_series(0, 7) j;

insert into membership (organization_code, country_code)
select g.code, c.code
from bench_org g cross join bench_param p cross join generate_series(0, p.members - 1) i
join bench_country c on c.idx = (g.o * 7 + i) % p.countries;

-- 1 to 3 changes: joined (ACTIVE), then SUSPENDED or WITHDRAWN, then ACTIVE again
insert into membership_change (membership_id, status, effective, note_en)
select m.id,
       case when n = 1 then 'ACTIVE' when n = 3 then 'ACTIVE' when m.id % 2 = 0 then 'SUSPENDED' else 'WITHDRAWN' end,
       date '1990-01-01' + (m.id * 97 % 3000)::int + (n - 1) * (2500 + (m.id % 300)::int),
       case when n = 1 then 'Joined.' when n = 3 then 'Returned.' else 'Left or suspended for ' || pg_temp.words(p.words_en, m.id, 1) || '.' end
from membership m join bench_org g on g.code = m.organization_code cross join bench_param p
cross join lateral generate_series(1, 1 + (m.id % 3)::int) n;

-- one chair a year from 1990, in turn among the members; the last term open
insert into chairmanship (organization_code, country_code, start_on, end_on)
select g.code, c.code, make_date(1990 + y, 1, 1), case when y < 40 then make_date(1990 + y, 12, 31) end
from bench_org g cross join bench_param p cross join generate_series(0, 40) y
join bench_country c on c.idx = (g.o * 7 + y % p.members) % p.countries;

-- summits: the n-th of organization o is held 73 days after its (n-1)-th, in a city of one of its
-- members (every 25th by videoconference); HELD up to today, SCHEDULED after
create temp table bench_summit on commit drop as
select g.o, g.code as org, n, d.held_on,
       case when n % 25 = 0 then null else 'bench-city-' || lower(c.code) || '-' || (1 + (n / p.members) % 3) end as city_id,
       c.code as host_country_code, c.idx as host_idx
from bench_org g cross join bench_param p cross join generate_series(1, p.summits) n
join bench_country c on c.idx = (g.o * 7 + n % p.members) % p.countries
cross join lateral (select date '1990-01-01' + ((n - 1) * 73 + g.o % 73)::int as held_on) d;
alter table bench_summit add column id text;
update bench_summit set id = lower(org) || '-' || to_char(held_on, 'YYYY-MM-DD') || '-' || coalesce(city_id, 'videoconference');

insert into summit (id, organization_code, title_en, title_fr, title_ru, held_on, status, kind, city_id, venue_en,
                    host_country_code, next_meeting_id, note_en, note_fr)
select s.id, s.org,
       s.org || ' summit on ' || pg_temp.words(p.words_en, s.o * 1000 + s.n, 2) || ', ' || coalesce(s.city_id, 'videoconference') || ' ' || extract(year from s.held_on),
       'Sommet ' || s.org || ' : ' || pg_temp.words(p.words_fr, s.o * 1000 + s.n, 2),
       'Саммит ' || s.org || ': ' || pg_temp.words(p.words_ru, s.o * 1000 + s.n, 2),
       s.held_on, case when s.held_on <= current_date then 'HELD' else 'SCHEDULED' end,
       case when s.n % 10 = 0 then 'EXTRAORDINARY' when s.n % 17 = 0 then 'INFORMAL' else 'REGULAR' end,
       s.city_id, case when s.n % 4 = 0 and s.city_id is not null then 'Palace of ' || pg_temp.words(p.words_en, s.n, 1) end,
       s.host_country_code, lead(s.id) over (partition by s.org order by s.held_on),
       'Agenda: ' || pg_temp.words(p.words_en, s.o * 31 + s.n, 6) || '.',
       'Ordre du jour : ' || pg_temp.words(p.words_fr, s.o * 31 + s.n, 6) || '.'
from bench_summit s cross join bench_param p;

insert into summit_source (summit_id, source_id)
select s.id, 'bench-source-' || lpad((1 + ((s.o * 1000 + s.n) * 2 + i) % c.n)::text, 5, '0')
from bench_summit s cross join bench_source_count c cross join generate_series(0, 1) i;

-- participants: the j-th is from member (n + j) mod members, each from another state, and is the
-- k-th person of that state, k = (7n + 3j + o) mod (people per state); their role is their post
create temp table bench_participant on commit drop as
select s.id as summit_id, s.o, s.n, j, c.code as country_code,
       'bench-person-' || lpad((1 + c.idx + p.countries * ((7 * s.n + 3 * j + s.o) % (p.people / p.countries)))::text, 5, '0') as person_id,
       p.posts[1 + ((7 * s.n + 3 * j + s.o) % (p.people / p.countries)) % 5] as role
from bench_summit s cross join bench_param p cross join generate_series(0, p.participants - 1) j
join bench_country c on c.idx = (s.o * 7 + (s.n + j) % p.members) % p.countries;

insert into participation (summit_id, person_id, country_code, role)
select summit_id, person_id, country_code, role from bench_participant order by summit_id, j;

-- statements: the first participants speak, in order
insert into statement (summit_id, person_id, ordinal, summary_en, summary_fr, node_id)
select b.summit_id, b.person_id, b.j + 1,
       'Spoke about ' || pg_temp.words(p.words_en, b.o * 1000 + b.n + b.j, 8) || '.',
       'A parlé de ' || pg_temp.words(p.words_fr, b.o * 1000 + b.n + b.j, 8) || '.',
       b.summit_id || '-statement-' || (b.j + 1)
from bench_participant b cross join bench_param p
where b.j < p.statements;

insert into statement_quote (statement_id, ordinal, text_en, text_fr, original_language)
select st.id, 1, 'We will work on ' || pg_temp.words(p.words_en, st.id, 3), 'Nous travaillerons sur ' || pg_temp.words(p.words_fr, st.id, 3), 'FR'
from statement st cross join bench_param p where st.node_id like 'bench-%';

insert into statement_proposal (statement_id, ordinal, text_en, text_fr)
select st.id, 1, 'A programme on ' || pg_temp.words(p.words_en, st.id + 1, 2), 'Un programme sur ' || pg_temp.words(p.words_fr, st.id + 1, 2)
from statement st cross join bench_param p where st.node_id like 'bench-%' and st.ordinal = 1;

insert into statement_source (statement_id, source_id)
select st.id, 'bench-source-' || lpad((1 + st.id % c.n)::text, 5, '0')
from statement st cross join bench_source_count c where st.node_id like 'bench-%';

-- documents; an APPOINTMENT names the summit's last participant
insert into document (summit_id, ordinal, kind, action, title_en, title_fr, appointee_person_id, node_id)
select s.id, d, p.document_kinds[1 + (d - 1) % 6], p.document_actions[1 + (s.n + d) % 3],
       'Decision on ' || pg_temp.words(p.words_en, s.o * 1000 + s.n + d, 3),
       'Décision sur ' || pg_temp.words(p.words_fr, s.o * 1000 + s.n + d, 3),
       case when p.document_kinds[1 + (d - 1) % 6] = 'APPOINTMENT' then last.person_id end,
       s.id || '-document-' || d
from bench_summit s cross join bench_param p cross join generate_series(1, p.documents) d
join bench_participant last on last.summit_id = s.id and last.j = p.participants - 1;

insert into document_source (document_id, source_id)
select d.id, 'bench-source-' || lpad((1 + d.id % c.n)::text, 5, '0')
from document d cross join bench_source_count c where d.node_id like 'bench-%';

insert into change_log (changed_at, subject, operation, input)
select now(), 'src/bench/load-dataset', 'loadBenchDataset',
       jsonb_build_object('organizations', orgs, 'summitsPerOrganization', summits, 'people', people,
                          'membersPerOrganization', members, 'participantsPerSummit', participants,
                          'statementsPerSummit', statements, 'documentsPerSummit', documents)
from bench_param;

commit;
-- fresh planner statistics for the tables written (the database's own tables only)
analyze country, city, source, organization, organization_source, person, person_source, position, membership,
        membership_change, chairmanship, summit, summit_source, participation, statement, statement_quote,
        statement_proposal, statement_source, document, document_source, change_log, node;
