package org.summitgraph.live;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.summitgraph.organization.MembershipView;
import org.summitgraph.organization.OrganizationService;
import org.summitgraph.summit.SummitService;
import org.summitgraph.summit.SummitView;
import org.summitgraph.time.Dates;

/**
 * Loads the current view of changed objects for a whole batch of notifications, through the
 * same services as the queries, so that an event shows an object exactly as a query would.
 * Blocking (JDBC): called on a worker thread only.
 */
@ApplicationScoped
public class LiveViews {

    @Inject EntityManager em;
    @Inject SummitService summits;
    @Inject OrganizationService organizations;
    @Inject Dates dates;

    /** The summits that exist, in the order of {@code ids}; unknown (deleted) ones are left out. */
    public List<SummitView> summits(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return summits.byIds(ids).stream().filter(Objects::nonNull).toList();
    }

    /**
     * The memberships with their status as of today, as {@code Organization.memberships} lists
     * them, in the order of {@code ids}. Left out: unknown (deleted) memberships, and those whose
     * first status takes effect after today, which no list of today's memberships shows either.
     * Two statements: the memberships' organizations, then their memberships as of today.
     */
    @Transactional
    public List<MembershipView> memberships(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> codes = em.createQuery(
                "select distinct m.organization.code from Membership m where m.id in :ids", String.class)
                .setParameter("ids", ids)
                .getResultList();
        if (codes.isEmpty()) {
            return List.of();
        }
        Map<Long, MembershipView> byId = new HashMap<>();
        organizations.membershipsOfOrganizations(codes, dates.today(), null)
                .forEach(memberships -> memberships.forEach(m -> byId.put(m.membershipId(), m)));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
