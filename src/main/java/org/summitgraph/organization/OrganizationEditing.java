package org.summitgraph.organization;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.summitgraph.audit.AuditService;
import org.summitgraph.country.City;
import org.summitgraph.country.Country;
import org.summitgraph.data.Batches;
import org.summitgraph.data.Lookup;
import org.summitgraph.data.NodeIds;
import org.summitgraph.error.ApiException;
import org.summitgraph.error.ErrorCode;
import org.summitgraph.i18n.LocalizedText;
import org.summitgraph.live.ChangeEvents;
import org.summitgraph.organization.OrganizationInputs.ChairmanshipInput;
import org.summitgraph.organization.OrganizationInputs.CreateOrganizationInput;
import org.summitgraph.organization.OrganizationInputs.MembershipChangeInput;
import org.summitgraph.source.Source;

/** Edits of organizations, memberships and chairmanships, one transaction each. */
@ApplicationScoped
public class OrganizationEditing {

    @Inject EntityManager em;
    @Inject OrganizationService organizations;
    @Inject AuditService audit;
    @Inject ChangeEvents events;

    /**
     * Records a change of status. Changes are chronological and never repeat the status in force;
     * a state's first change makes it a member, so it is ACTIVE.
     */
    @Transactional
    public MembershipView changeMembershipStatus(MembershipChangeInput input) {
        Organization organization = Lookup.require(Organization.class, input.organization(), "organization");
        Country country = Lookup.require(Country.class, input.country(), "country");
        // memberships of one organization change one at a time: the checks below see every committed change
        em.lock(organization, LockModeType.PESSIMISTIC_WRITE);
        Membership membership = Membership.<Membership>find("organization = ?1 and country = ?2", organization, country)
                .firstResultOptional().orElse(null);
        if (membership == null) {
            if (input.status() != MembershipStatus.ACTIVE) {
                throw new ApiException(ErrorCode.INVALID_CHRONOLOGY,
                        input.country() + " has never been a member of " + input.organization() + ": it must join (ACTIVE) first");
            }
            membership = new Membership();
            membership.organization = organization;
            membership.country = country;
            membership.persist();
        } else {
            if (input.version() != null) {
                Lookup.checkVersion("membership of " + input.country(), input.version(), membership.version);
            }
            MembershipChange latest = MembershipChange.<MembershipChange>find("membership = ?1 order by effective desc",
                    membership).firstResult();
            if (!input.effective().isAfter(latest.effective)) {
                throw new ApiException(ErrorCode.INVALID_CHRONOLOGY, "The change must be later than the latest one ("
                        + latest.effective + ", " + latest.status + ")");
            }
            if (latest.status == input.status()) {
                throw new ApiException(ErrorCode.STATUS_UNCHANGED,
                        input.country() + " is already " + input.status() + " since " + latest.effective);
            }
            // the version returned is the one the next change sends
            em.lock(membership, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        MembershipChange change = new MembershipChange();
        change.membership = membership;
        change.status = input.status();
        change.effective = input.effective();
        change.note = input.note() == null ? null : LocalizedText.english(input.note());
        change.sources.addAll(Lookup.all(Source.class, input.sources(), "source"));
        change.persist();
        em.flush();
        audit.record("changeMembershipStatus", input);
        events.membershipChanged(membership.id);
        long id = membership.id;
        return organizations.membershipsOfOrganizations(List.of(organization.code), input.effective(), null).get(0)
                .stream().filter(m -> m.membershipId() == id).findFirst().orElseThrow();
    }

    /** Sets who chairs an organization over a period, which must not overlap another chairmanship. */
    @Transactional
    public ChairmanshipView setChairmanship(ChairmanshipInput input) {
        if (input.end() != null && input.end().isBefore(input.start())) {
            throw ApiException.badInput("`end` (" + input.end() + ") is before `start` (" + input.start() + ")");
        }
        Organization organization = Lookup.require(Organization.class, input.organization(), "organization");
        Country country = Lookup.require(Country.class, input.country(), "country");
        // chairmanship edits of one organization take turns, so that two overlapping periods cannot both pass
        em.lock(organization, LockModeType.PESSIMISTIC_WRITE);
        long overlapping = input.end() == null
                ? Chairmanship.count("organization = ?1 and (endOn is null or endOn >= ?2)", organization, input.start())
                : Chairmanship.count("organization = ?1 and startOn <= ?2 and (endOn is null or endOn >= ?3)",
                        organization, input.end(), input.start());
        if (overlapping > 0) {
            throw new ApiException(ErrorCode.OVERLAPPING_TERMS,
                    "Another chairmanship of " + input.organization() + " overlaps " + input.start() + " – "
                            + (input.end() == null ? "open end" : input.end()));
        }
        Chairmanship chairmanship = new Chairmanship();
        chairmanship.organization = organization;
        chairmanship.country = country;
        chairmanship.startOn = input.start();
        chairmanship.endOn = input.end();
        chairmanship.sources.addAll(Lookup.all(Source.class, input.sources(), "source"));
        chairmanship.persist();
        em.flush();
        audit.record("setChairmanship", input);
        return Batches.single(em, "select ch.id, " + ChairmanshipView.COLUMNS + " from Chairmanship ch where key_in(ch.id, :keys)",
                List.of(chairmanship.id), r -> (Long) r[0], r -> ChairmanshipView.of(r, 1)).get(chairmanship.id);
    }

    @Transactional
    public OrganizationView create(CreateOrganizationInput input) {
        if (Organization.findById(input.code()) != null) {
            throw new ApiException(ErrorCode.DUPLICATE, "The organization " + input.code() + " already exists");
        }
        NodeIds.free(em, input.code().toLowerCase(Locale.ROOT));
        Organization organization = new Organization();
        organization.code = input.code();
        organization.name = new LocalizedText(input.name(), input.nameFr(), input.nameRu());
        organization.acronym = new LocalizedText(input.acronym(), input.acronymFr(), input.acronymRu());
        organization.headquarters = Lookup.optional(City.class, input.headquarters(), "city");
        organization.sources.addAll(Lookup.all(Source.class, input.sources(), "source"));
        organization.persist();
        em.flush();
        audit.record("createOrganization", input);
        return organizations.byCode(input.code());
    }
}
