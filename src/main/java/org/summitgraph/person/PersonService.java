package org.summitgraph.person;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.summitgraph.data.Batches;
import org.summitgraph.data.Page;
import org.summitgraph.data.PageArguments;
import org.summitgraph.data.PageRequest;
import org.summitgraph.data.Paging;
import org.summitgraph.data.Where;

@ApplicationScoped
public class PersonService {

    private static final String CURSOR_KIND = "person";
    /** A post held on :asOf; an unknown start or end leaves that side open. */
    private static final String HELD_ON = "(p.startOn is null or p.startOn <= :asOf) and (p.endOn is null or p.endOn >= :asOf)";

    @Inject EntityManager em;
    @Inject Paging paging;

    @Transactional
    public PersonView byId(String id) {
        return byIds(Collections.singletonList(id)).get(0);
    }

    /** People for the given ids, in the same order; null where an id is null or unknown. */
    @Transactional(TxType.SUPPORTS)
    public List<PersonView> byIds(List<String> ids) {
        return Batches.valuesInOrder(em, "select pe.id, " + PersonView.COLUMNS
                + " from Person pe where key_in(pe.id, :keys)", ids, r -> (String) r[0], r -> PersonView.of(r, 1));
    }

    /**
     * A page of people ordered by id, filtered by the arguments that are not null: their state,
     * a kind of post they held (e.g. SECRETARY_GENERAL) and an organization (a post in it, or a
     * seat at one of its summits; with {@code position}, that post in that organization).
     */
    @Transactional
    public PersonConnection page(String countryCode, String position, String organization, PageArguments arguments) {
        PageRequest request = paging.request(arguments, CURSOR_KIND, 1);
        Where where = new Where();
        if (countryCode != null) {
            where.and("pe.country.code = :country", "country", countryCode);
        }
        if (position != null && organization != null) {
            where.and("""
                    exists (select 1 from Position p where p.person = pe and p.kind = :position
                            and p.organization.code = :organization)""", "position", position, "organization", organization);
        } else if (position != null) {
            where.and("exists (select 1 from Position p where p.person = pe and p.kind = :position)", "position", position);
        } else if (organization != null) {
            where.and("""
                    (exists (select 1 from Position p where p.person = pe and p.organization.code = :organization)
                     or exists (select 1 from Participation pa where pa.person = pe
                                and pa.summit.organization.code = :organization))""", "organization", organization);
        }
        int total = where.count(em, "Person pe");
        request.bounds(false, (operator, keys, argument) ->
                where.and("pe.id " + operator + " :" + argument, argument, keys.get(0)));
        List<PersonView> rows = where.rows(em, PersonView.COLUMNS, "Person pe", "pe.id" + request.direction(false),
                request.limit()).stream().map(r -> PersonView.of(r, 0)).toList();
        Page<PersonView> page = Paging.page(rows, request, p -> Paging.encode(CURSOR_KIND, p.id()));
        return new PersonConnection(total, page.items(), page.edges(PersonEdge::new), page.pageInfo());
    }

    /** Per person: every post held (only those held on {@code asOf} when it is given), oldest first. */
    @Transactional(TxType.SUPPORTS)
    public List<List<PositionView>> positions(List<String> personIds, LocalDate asOf) {
        String jpql = "select p.person.id, " + PositionView.COLUMNS + " from Position p where key_in(p.person.id, :keys)"
                + (asOf == null ? "" : " and " + HELD_ON)
                + " order by p.startOn nulls first, p.id";
        Map<String, List<PositionView>> byPerson = asOf == null
                ? Batches.grouped(em, jpql, personIds, r -> (String) r[0], r -> PositionView.of(r, 1))
                : Batches.grouped(em, jpql, personIds, r -> (String) r[0], r -> PositionView.of(r, 1), "asOf", asOf);
        return Batches.inOrder(personIds, byPerson, List.of());
    }

    /**
     * Per organization: who held the post of {@code kind} in it on {@code asOf}; a full holder is
     * preferred to an acting one.
     */
    @Transactional(TxType.SUPPORTS)
    public List<PersonView> holdersInOrganizations(List<String> organizationCodes, String kind, LocalDate asOf) {
        return holders("p.organization.code", organizationCodes, kind, asOf);
    }

    /** Per state: who held the post of {@code kind} of it (e.g. head of state) on {@code asOf}. */
    @Transactional(TxType.SUPPORTS)
    public List<PersonView> holdersInCountries(List<String> countryCodes, String kind, LocalDate asOf) {
        return holders("p.country.code", countryCodes, kind, asOf);
    }

    private List<PersonView> holders(String owner, List<String> owners, String kind, LocalDate asOf) {
        // acting holders first, so that a full holder of the same day comes last and wins
        return Batches.valuesInOrder(em, "select " + owner + ", " + PersonView.COLUMNS
                + " from Position p join p.person pe where key_in(" + owner + ", :keys) and p.kind = :kind and " + HELD_ON
                + " order by p.acting desc, p.startOn nulls first", owners, r -> (String) r[0], r -> PersonView.of(r, 1),
                "kind", kind, "asOf", asOf);
    }
}
