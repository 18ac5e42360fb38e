package org.summitgraph.person;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.summitgraph.audit.AuditService;
import org.summitgraph.country.Country;
import org.summitgraph.data.Batches;
import org.summitgraph.data.Lookup;
import org.summitgraph.data.NodeIds;
import org.summitgraph.error.ApiException;
import org.summitgraph.error.ErrorCode;
import org.summitgraph.i18n.LocalizedText;
import org.summitgraph.organization.Organization;
import org.summitgraph.person.PersonInputs.AppointHolderInput;
import org.summitgraph.person.PersonInputs.CreatePersonInput;
import org.summitgraph.source.Source;

/** Edits of people and their posts, one transaction each. */
@ApplicationScoped
public class PersonEditing {

    @Inject EntityManager em;
    @Inject PersonService people;
    @Inject AuditService audit;

    @Transactional
    public PersonView create(CreatePersonInput input) {
        Person person = new Person();
        person.id = input.id() != null ? NodeIds.free(em, input.id()) : NodeIds.freeVariant(em, input.name());
        person.name = new LocalizedText(input.name(), input.nameFr(), input.nameRu());
        person.country = Lookup.optional(Country.class, input.country(), "country");
        person.sources.addAll(Lookup.all(Source.class, input.sources(), "source"));
        person.persist();
        em.flush();
        audit.record("createPerson", input);
        return people.byId(person.id);
    }

    /** Appoints a person to a post, in an organization or of a state, for a tenure no other tenure of the post overlaps. */
    @Transactional
    public PositionView appointHolder(AppointHolderInput input) {
        if ((input.organization() == null) == (input.country() == null)) {
            throw ApiException.badInput("A post is either in an organization or of a state: give exactly one of "
                    + "`organization` and `country`");
        }
        if (input.end() != null && input.end().isBefore(input.start())) {
            throw ApiException.badInput("`end` (" + input.end() + ") is before `start` (" + input.start() + ")");
        }
        Position position = new Position();
        position.person = Lookup.require(Person.class, input.person(), "person");
        position.kind = input.kind();
        position.acting = Boolean.TRUE.equals(input.acting());
        position.title = new LocalizedText(input.title(), input.titleFr(), null);
        position.organization = Lookup.optional(Organization.class, input.organization(), "organization");
        position.country = Lookup.optional(Country.class, input.country(), "country");
        position.startOn = input.start();
        position.endOn = input.end();
        // appointments to posts of one owner take turns, so that two overlapping tenures cannot both pass the check
        Object owner = position.organization != null ? position.organization : position.country;
        em.lock(owner, LockModeType.PESSIMISTIC_WRITE);
        String samePost = "kind = ?1 and " + (position.organization != null ? "organization" : "country") + " = ?2"
                + " and (endOn is null or endOn >= ?3)";
        long overlapping = input.end() == null ? Position.count(samePost, input.kind(), owner, input.start())
                : Position.count(samePost + " and (startOn is null or startOn <= ?4)", input.kind(), owner, input.start(),
                        input.end());
        if (overlapping > 0) {
            throw new ApiException(ErrorCode.OVERLAPPING_TERMS,
                    "Another tenure of this post overlaps " + input.start() + " – " + (input.end() == null ? "open end" : input.end()));
        }
        position.sources.addAll(Lookup.all(Source.class, input.sources(), "source"));
        position.persist();
        em.flush();
        audit.record("appointHolder", input);
        return Batches.single(em, "select p.id, " + PositionView.COLUMNS + " from Position p where key_in(p.id, :keys)",
                List.of(position.id), r -> (Long) r[0], r -> PositionView.of(r, 1)).get(position.id);
    }
}
