-- The data version moves once per committed transaction instead of once per written row: every
-- update of the single counter row adds a version of it that the next update must walk past, so
-- one transaction writing 32,000 rows took 15.7 s to commit. The triggers of V7 stay as they are,
-- deferred to the commit, so that the counter row is locked only then and direct SQL writes move
-- it too. The first of them to fire in a transaction moves the counter and marks the transaction;
-- the others return at once. The mark is a setting local to the transaction: it ends with it, and
-- a savepoint rolled back undoes it along with the move it marked. It holds the transaction's id,
-- so that no value set for a whole session can pass for it.
create or replace function bump_data_version() returns trigger language plpgsql as $$
begin
    if current_setting('summit_graph.data_version_xact', true) is distinct from pg_current_xact_id()::text then
        perform set_config('summit_graph.data_version_xact', pg_current_xact_id()::text, true);
        update data_version set version = version + 1;
    end if;
    return null;
end $$;
