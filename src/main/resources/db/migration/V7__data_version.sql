-- A counter that moves with every committed change of the data, so that the answer to a GET query
-- can carry an ETag and be answered 304 while nothing changed. The triggers are deferred to the
-- commit, when a transaction takes no further lock: concurrent writers queue on the counter only
-- at their very end, without deadlocks. A later migration that creates a table gives it the same
-- trigger (DataVersionTest checks that every table has one).
create table data_version (
    singleton boolean primary key default true check (singleton),
    version bigint not null
);
insert into data_version (version) values (1);

create function bump_data_version() returns trigger language plpgsql as $$
begin
    update data_version set version = version + 1;
    return null;
end $$;

do $$
declare
    t text;
begin
    for t in select table_name from information_schema.tables
             where table_schema = current_schema() and table_type = 'BASE TABLE'
               and table_name not in ('flyway_schema_history', 'data_version')
    loop
        execute format('create constraint trigger %I after insert or update or delete on %I '
                       'deferrable initially deferred for each row execute function bump_data_version()',
                       t || '_data_version', t);
    end loop;
end $$;
