package org.summitgraph.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.summitgraph.country.CountryView;
import org.summitgraph.data.Batches;
import org.summitgraph.i18n.LocalizedText;

@ApplicationScoped
public class OrganizationService {

    @Inject EntityManager em;

    @Transactional
    public List<OrganizationView> all() {
        return em.createQuery("select " + OrganizationView.COLUMNS + " from Organization o order by o.code", Object[].class)
                .getResultStream().map(r -> OrganizationView.of(r, 0)).toList();
    }

    @Transactional
    public OrganizationView byCode(String code) {
        return byCodes(Collections.singletonList(code)).get(0);
    }

    /** Organizations for the given codes, in the same order; null where unknown. */
    @Transactional(TxType.SUPPORTS)
    public List<OrganizationView> byCodes(List<String> codes) {
        return Batches.valuesInOrder(em, "select o.code, " + OrganizationView.COLUMNS
                + " from Organization o where key_in(o.code, :keys)", codes, r -> (String) r[0], r -> OrganizationView.of(r, 1));
    }

    /** Organizations for the given node ids (lower-case codes), in the same order; null where unknown. */
    @Transactional(TxType.SUPPORTS)
    public List<OrganizationView> byNodeIds(List<String> ids) {
        return Batches.valuesInOrder(em, "select lower(o.code), " + OrganizationView.COLUMNS
                + " from Organization o where key_in(lower(o.code), :keys)", ids,
                r -> (String) r[0], r -> OrganizationView.of(r, 1));
    }

    /** Per organization: one membership per state that had joined by {@code asOf}, by country code. */
    @Transactional
    public List<List<MembershipView>> membershipsOfOrganizations(List<String> codes, LocalDate asOf,
            MembershipStatus status) {
        return membershipsBy("m.organization.code", codes, asOf, status, MembershipView::organizationCode);
    }

    /** Per country: its memberships as of {@code asOf}, by organization code. */
    @Transactional
    public List<List<MembershipView>> membershipsOfCountries(List<String> codes, LocalDate asOf) {
        return membershipsBy("m.country.code", codes, asOf, null, MembershipView::countryCode);
    }

    private List<List<MembershipView>> membershipsBy(String path, List<String> keys, LocalDate asOf,
            MembershipStatus status, Function<MembershipView, String> owner) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("""
                select m.id, m.organization.code, m.country.code, c.status, c.effective, m.version
                from MembershipChange c join c.membership m
                where key_in(%s, :keys) and c.effective <= :asOf
                order by m.organization.code, m.country.code, c.effective""".formatted(path), Object[].class)
                .setParameter("keys", Batches.array(Batches.distinct(keys)))
                .setParameter("asOf", asOf)
                .getResultList();
        // rows are in date order per membership, so the last one seen is the status as of the date
        Map<Long, MembershipView> latest = new LinkedHashMap<>();
        for (Object[] r : rows) {
            latest.put((Long) r[0], MembershipView.of((Long) r[0], (String) r[1], (String) r[2],
                    (MembershipStatus) r[3], (LocalDate) r[4], (Integer) r[5]));
        }
        Map<String, List<MembershipView>> byOwner = new HashMap<>();
        for (MembershipView m : latest.values()) {
            if (status == null || status == m.status()) {
                byOwner.computeIfAbsent(owner.apply(m), k -> new ArrayList<>()).add(m);
            }
        }
        return Batches.inOrder(keys, byOwner, List.of());
    }

    /**
     * Memberships for the given node ids, with their status as of {@code asOf}, in the same order; null where
     * an id is unknown or the membership had not begun by then.
     */
    @Transactional(TxType.SUPPORTS)
    public List<MembershipView> membershipsByNodeIds(List<String> ids, LocalDate asOf) {
        return membershipsBy("m.nodeId", ids, asOf, null, MembershipView::id).stream()
                .map(memberships -> memberships.isEmpty() ? null : memberships.get(0)).toList();
    }

    /**
     * Memberships for the given ids of changes of their status, in the same order: each as of its change's
     * day, with that change's status since then; null where an id is unknown.
     */
    @Transactional(TxType.SUPPORTS)
    public List<MembershipView> membershipsAtChanges(List<Long> changeIds) {
        return Batches.valuesInOrder(em, """
                select c.id, m.id, m.organization.code, m.country.code, c.status, c.effective, m.version
                from MembershipChange c join c.membership m where key_in(c.id, :keys)""", changeIds, r -> (Long) r[0],
                r -> MembershipView.of((Long) r[1], (String) r[2], (String) r[3], (MembershipStatus) r[4],
                        (LocalDate) r[5], (Integer) r[6]));
    }

    /** Per organization: how many states had each status on {@code asOf}, every status listed. */
    @Transactional
    public List<List<StatusCount>> membersByStatus(List<String> codes, LocalDate asOf) {
        return membershipsOfOrganizations(codes, asOf, null).stream()
                .map(memberships -> Arrays.stream(MembershipStatus.values())
                        .map(status -> new StatusCount(status,
                                (int) memberships.stream().filter(m -> m.status() == status).count()))
                        .toList())
                .toList();
    }

    /** Per membership: its changes, oldest first. */
    @Transactional(TxType.SUPPORTS)
    public List<List<MembershipChangeView>> histories(List<Long> membershipIds) {
        return Batches.listsInOrder(em, """
                select c.membership.id, c.id, c.status, c.effective, c.note
                from MembershipChange c where key_in(c.membership.id, :keys) order by c.effective""", membershipIds,
                r -> (Long) r[0],
                r -> new MembershipChangeView((Long) r[1], (MembershipStatus) r[2], (LocalDate) r[3], (LocalizedText) r[4]));
    }

    /** Per organization: the state chairing it on {@code asOf}, or null (see {@link #chairOn}). */
    @Transactional(TxType.SUPPORTS)
    public List<CountryView> chairs(List<String> organizationCodes, LocalDate asOf) {
        return chairsAt(organizationCodes, Collections.nCopies(organizationCodes.size(), asOf));
    }

    /** The chairing state of each (organization, date) pair, in input order; null where none is known. */
    @Transactional(TxType.SUPPORTS)
    public List<CountryView> chairsAt(List<String> organizationCodes, List<LocalDate> dates) {
        Map<String, List<ChairTerm>> terms = Batches.grouped(em, """
                select ch.organization.code, ch.startOn, ch.endOn, co.code, co.name
                from Chairmanship ch join ch.country co
                where key_in(ch.organization.code, :keys)""", organizationCodes, r -> (String) r[0],
                r -> new ChairTerm((LocalDate) r[1], (LocalDate) r[2], CountryView.of((String) r[3], (LocalizedText) r[4])));
        List<CountryView> result = new ArrayList<>(organizationCodes.size());
        for (int i = 0; i < organizationCodes.size(); i++) {
            result.add(chairOn(terms.getOrDefault(organizationCodes.get(i), List.of()), dates.get(i)));
        }
        return result;
    }

    /** A chairmanship's term, both ends inclusive ({@code end} null: open). */
    record ChairTerm(LocalDate start, LocalDate end, CountryView country) {
    }

    /**
     * The one rule for who chairs on a date: among the terms that cover it, the one that began last, so
     * that a handover day, where one term ends and the next begins, belongs to the incoming chair.
     */
    static CountryView chairOn(List<ChairTerm> terms, LocalDate date) {
        return terms.stream()
                .filter(t -> !t.start().isAfter(date) && (t.end() == null || !t.end().isBefore(date)))
                .max(Comparator.comparing(ChairTerm::start))
                .map(ChairTerm::country).orElse(null);
    }

    /** Per organization: its chairmanships, oldest first. */
    @Transactional(TxType.SUPPORTS)
    public List<List<ChairmanshipView>> chairmanships(List<String> codes) {
        return Batches.listsInOrder(em,
                "select ch.organization.code, " + ChairmanshipView.COLUMNS
                + " from Chairmanship ch where key_in(ch.organization.code, :keys) order by ch.startOn", codes,
                r -> (String) r[0], r -> ChairmanshipView.of(r, 1));
    }

    /** Per organization: its milestones, oldest first. */
    @Transactional(TxType.SUPPORTS)
    public List<List<MilestoneView>> milestones(List<String> organizationCodes) {
        return Batches.listsInOrder(em, """
                select m.organization.code, m.id, m.kind, m.occurredOn, m.city.id, m.description
                from OrganizationMilestone m where key_in(m.organization.code, :keys) order by m.occurredOn, m.id""",
                organizationCodes, r -> (String) r[0],
                r -> new MilestoneView((Long) r[1], (String) r[2], (LocalDate) r[3], (String) r[4], (LocalizedText) r[5]));
    }
}
