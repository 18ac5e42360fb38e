package org.summitgraph.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.summitgraph.data.Page;
import org.summitgraph.data.PageArguments;
import org.summitgraph.data.PageRequest;
import org.summitgraph.data.Paging;
import org.summitgraph.data.Where;

import io.quarkus.security.identity.SecurityIdentity;

@ApplicationScoped
public class AuditService {

    private static final String CURSOR_KIND = "change";
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject EntityManager em;
    @Inject SecurityIdentity identity;
    @Inject Clock clock;
    @Inject Paging paging;

    /** Logs a mutation; called inside its transaction, so that the log and the change commit together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String operation, Object input) {
        ChangeLogEntry entry = new ChangeLogEntry();
        entry.changedAt = OffsetDateTime.now(clock);
        // the token's sub, which names its holder for good (the principal's name is the upn when there is one);
        // only a bearer token grants the roles that mutations need
        entry.subject = ((JsonWebToken) identity.getPrincipal()).getSubject();
        entry.operation = operation;
        entry.input = JSON.toJson(input);
        entry.persist();
    }

    /**
     * Per id: how many recorded mutations among {@code operations} had it as their input's {@code id} (ids are
     * never reused, so each count is one object's); an id without any is absent.
     */
    @Transactional
    public Map<String, Integer> countsById(Collection<String> operations, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select input ->> 'id', count(*) from change_log"
                + " where operation in (:operations) and input ->> 'id' in (:ids) group by 1", Object[].class)
                .setParameter("operations", operations)
                .setParameter("ids", ids)
                .getResultList();
        Map<String, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).intValue()));
        return counts;
    }

    /** Changes since {@code since} (all when null), in {@code order} of recording (the log's id). */
    @Transactional
    public ChangeConnection changes(OffsetDateTime since, PageArguments arguments, ChangeOrder order) {
        boolean newestFirst = order != ChangeOrder.OLDEST_FIRST;
        // the order is part of the cursor's kind: a cursor of one order means nothing in the other
        String cursorKind = CURSOR_KIND + "-" + order;
        PageRequest request = paging.request(arguments, cursorKind, 1);
        // checked before any SQL runs
        Where bounds = new Where();
        request.bounds(newestFirst, (operator, keys, argument) ->
                bounds.and("c.id " + operator + " :" + argument, argument, Paging.number(keys.get(0), argument)));
        Where where = new Where();
        if (since != null) {
            where.and("c.changedAt >= :since", "since", since);
        }
        int total = where.count(em, "ChangeLogEntry c");
        where.and(bounds);
        List<Object[]> rows = where.rows(em, "c.id, c.changedAt, c.subject, c.operation, c.input", "ChangeLogEntry c",
                "c.id" + request.direction(newestFirst), request.limit());
        Page<ChangeView> page = Paging.page(rows, request, r -> Paging.encode(cursorKind, r[0].toString()))
                .map(r -> new ChangeView((OffsetDateTime) r[1], (String) r[2], (String) r[3], (String) r[4]));
        return new ChangeConnection(total, page.items(), page.pageInfo());
    }
}
