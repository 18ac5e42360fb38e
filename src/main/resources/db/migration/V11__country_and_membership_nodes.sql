-- Countries and memberships become Relay nodes, so that clients can refetch them by id. Their
-- ids are readable and unique across types: 'country-' and the ISO code in lower case (a bare
-- code such as 'au' could be an organization's), and for a membership the organization's node id,
-- '-membership-' and the state's code ('csto-membership-kg'). Both are derived from the row's
-- keys, as an organization's is, and registered in the node table by the triggers of V4/V9.
alter table country add column node_id text generated always as ('country-' || lower(code)) stored;
alter table country add constraint country_node_id_key unique (node_id);

alter table membership add column node_id text
    generated always as (lower(organization_code) || '-membership-' || lower(country_code)) stored;
alter table membership add constraint membership_node_id_key unique (node_id);

insert into node (id, type)
select node_id, 'Country' from country
union all select node_id, 'Membership' from membership;

create trigger country_node after insert or update or delete on country
    for each row execute function register_node('Country', 'node_id');
create trigger membership_node after insert or update or delete on membership
    for each row execute function register_node('Membership', 'node_id');
