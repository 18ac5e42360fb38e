-- People come from documents too: keep, for each person, the sources that name them.
create table person_source (
    person_id text not null references person on delete cascade,
    source_id text not null references source,
    primary key (person_id, source_id)
);

-- In the shipped dataset, the documents naming a person are those that attest their posts and
-- their presence at summits.
insert into person_source (person_id, source_id)
select p.person_id, ps.source_id from position p join position_source ps on ps.position_id = p.id
union
select pa.person_id, pas.source_id from participation pa join participation_source pas on pas.participation_id = pa.id;
