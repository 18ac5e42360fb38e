-- Node ids are never reused: clients cache objects by id (Relay, Apollo) and the change log names
-- deleted objects by id, so an id must name one object forever. An id that goes away stays in the
-- node table, retired: its primary key keeps refusing the id to any new object of any type, and
-- node(id) treats a retired id as unknown.
alter table node add column retired_at timestamp with time zone;

-- The triggers of V4 call this function. A deleted row (also one deleted by a cascade, such as
-- the statements and documents of a deleted summit) or a row whose id changes retires its old id
-- instead of deleting it.
create or replace function register_node() returns trigger language plpgsql as $$
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
            update node set retired_at = now() where id = old_id;
        end if;
        if new_id is not null then
            insert into node (id, type) values (new_id, tg_argv[0]);
        end if;
    end if;
    return null;
end $$;

-- Ids deleted before this migration left no row; the change log names those deleted by a
-- mutation: retire them, unless the id has been given again since.
insert into node (id, type, retired_at)
select distinct on (input ->> 'id') input ->> 'id',
       case operation when 'deleteSummit' then 'Summit' when 'removeStatement' then 'Statement' else 'Document' end,
       changed_at
from change_log
where operation in ('deleteSummit', 'removeStatement', 'removeDocument')
  and input ->> 'id' ~ '^[a-z0-9]+(-[a-z0-9]+)*$'
order by input ->> 'id', changed_at
on conflict (id) do nothing;

-- Statements and documents are numbered past every id their summit's prefix ever had
-- ('<summit>-statement-'): a prefix search over the node table, whatever the collation.
create index node_id_prefix_idx on node (id text_pattern_ops);

-- A second summit of an organization on the same day in the same city (or by videoconference,
-- without a city) would be the same meeting. The service refuses it with DUPLICATE; the index
-- keeps direct SQL from creating one. Existing duplicates stop the migration with their ids.
do $$
declare
    duplicates text;
begin
    select string_agg(ids, '; ') into duplicates
    from (select string_agg(id, ', ' order by id) as ids from summit
          group by organization_code, held_on, coalesce(city_id, '') having count(*) > 1) same_meeting;
    if duplicates is not null then
        raise exception 'Summits of one organization on the same day in the same city: %. Delete or move all but one of each group, then migrate again.', duplicates;
    end if;
end $$;
create unique index summit_meeting_key on summit (organization_code, held_on, coalesce(city_id, ''));
