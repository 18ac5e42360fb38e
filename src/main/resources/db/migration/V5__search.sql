-- Full-text search over summits, statements (summaries, quotes, proposals), documents, people and
-- organizations, in English, French and Russian, ignoring case and accents ("securite" finds
-- "sécurité", "Poutine" finds "Vladimir Poutine").

-- unaccent is a trusted extension: the owner of the database may create it.
create extension if not exists unaccent;

-- One configuration per language: the built-in one, with accents stripped before stemming.
-- ASCII-only token types have no accents and keep their mapping. Flyway's clean (tests start
-- with it) drops configurations only along with an extension it owns: drop any left behind.
drop text search configuration if exists en_unaccent, fr_unaccent, ru_unaccent;
create text search configuration en_unaccent (copy = english);
alter text search configuration en_unaccent
    alter mapping for hword, hword_part, word with unaccent, english_stem;
create text search configuration fr_unaccent (copy = french);
alter text search configuration fr_unaccent
    alter mapping for hword, hword_part, word with unaccent, french_stem;
create text search configuration ru_unaccent (copy = russian);
alter text search configuration ru_unaccent
    alter mapping for hword, hword_part, word with unaccent, russian_stem;

-- The three languages of a text in one vector, each parsed with its own configuration, so that
-- one GIN index answers a query in any language. Weights rank fields: A for what names a thing
-- (title, name, acronym), B for what it says (summary, quote, proposal), C for a venue.
create function search_vector(en text, fr text, ru text, weight "char") returns tsvector
    language sql immutable parallel safe
    return setweight(to_tsvector('en_unaccent', coalesce(en, ''))
                     || to_tsvector('fr_unaccent', coalesce(fr, ''))
                     || to_tsvector('ru_unaccent', coalesce(ru, '')), weight);

-- Stored generated columns: PostgreSQL keeps them, and the indexes on them, right on every
-- insert and update, with no trigger or refresh step. Hibernate does not map them.
alter table summit add column search tsvector generated always as
    (search_vector(title_en, title_fr, title_ru, 'A') || search_vector(venue_en, venue_fr, venue_ru, 'C')) stored;
alter table statement add column search tsvector generated always as
    (search_vector(summary_en, summary_fr, summary_ru, 'B')) stored;
alter table statement_quote add column search tsvector generated always as
    (search_vector(text_en, text_fr, text_ru, 'B')) stored;
alter table statement_proposal add column search tsvector generated always as
    (search_vector(text_en, text_fr, text_ru, 'B')) stored;
alter table document add column search tsvector generated always as
    (search_vector(title_en, title_fr, title_ru, 'A')) stored;
alter table person add column search tsvector generated always as
    (search_vector(name_en, name_fr, name_ru, 'A')) stored;
alter table organization add column search tsvector generated always as
    (search_vector(name_en, name_fr, name_ru, 'A') || search_vector(acronym_en, acronym_fr, acronym_ru, 'A')) stored;

create index summit_search_idx on summit using gin (search);
create index statement_search_idx on statement using gin (search);
create index statement_quote_search_idx on statement_quote using gin (search);
create index statement_proposal_search_idx on statement_proposal using gin (search);
create index document_search_idx on document using gin (search);
create index person_search_idx on person using gin (search);
create index organization_search_idx on organization using gin (search);
