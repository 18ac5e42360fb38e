-- Relay Node ids: every object with an id has one that is readable (e.g. 'vladimir-putin',
-- 'csto-2025-11-27-bishkek') and unique across all types. The node table holds them all, so
-- that node(id) finds an object's type in one lookup, and its primary key refuses an id that
-- another type already uses.
create table node (
    id   text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    type varchar(32) not null
);

-- Statements and documents are numbered within their summit: their node id says so.
alter table statement add column node_id text;
update statement set node_id = summit_id || '-statement-' || ordinal;
alter table statement alter column node_id set not null, add constraint statement_node_id_key unique (node_id);

alter table document add column node_id text;
update document set node_id = summit_id || '-document-' || ordinal;
alter table document alter column node_id set not null, add constraint document_node_id_key unique (node_id);

-- Organizations keep their code; their node id is the code in lower case.
alter table organization add column node_id text generated always as (lower(code)) stored;
alter table organization add constraint organization_node_id_key unique (node_id);

insert into node (id, type)
select lower(code), 'Organization' from organization
union all select id, 'Person' from person
union all select id, 'Summit' from summit
union all select node_id, 'Statement' from statement
union all select node_id, 'Document' from document
union all select id, 'City' from city
union all select id, 'Source' from source
union all select id, 'Exercise' from exercise;

-- Keeps the node table in step with the tables it indexes. TG_ARGV: the GraphQL type and the
-- column that holds the node id.
create function register_node() returns trigger language plpgsql as $$
declare
    old_id text;
    new_id text;
begin
    if tg_op in ('UPDATE', 'DELETE') then
        old_id := to_jsonb(old) ->> tg_argv[1];
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        new_id := to_jsonb(new) ->> tg_argv[1];
    end if;
    if old_id is distinct from new_id then
        if old_id is not null then
            delete from node where id = old_id;
        end if;
        if new_id is not null then
            insert into node (id, type) values (new_id, tg_argv[0]);
        end if;
    end if;
    return null;
end $$;

create trigger organization_node after insert or update or delete on organization
    for each row execute function register_node('Organization', 'node_id');
create trigger person_node after insert or update or delete on person
    for each row execute function register_node('Person', 'id');
create trigger summit_node after insert or update or delete on summit
    for each row execute function register_node('Summit', 'id');
create trigger statement_node after insert or update or delete on statement
    for each row execute function register_node('Statement', 'node_id');
create trigger document_node after insert or update or delete on document
    for each row execute function register_node('Document', 'node_id');
create trigger city_node after insert or update or delete on city
    for each row execute function register_node('City', 'id');
create trigger source_node after insert or update or delete on source
    for each row execute function register_node('Source', 'id');
create trigger exercise_node after insert or update or delete on exercise
    for each row execute function register_node('Exercise', 'id');
