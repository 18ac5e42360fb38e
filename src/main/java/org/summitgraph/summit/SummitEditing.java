package org.summitgraph.summit;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.summitgraph.audit.AuditService;
import org.summitgraph.audit.Deletion;
import org.summitgraph.country.City;
import org.summitgraph.country.Country;
import org.summitgraph.data.Lookup;
import org.summitgraph.data.NodeIds;
import org.summitgraph.error.ApiException;
import org.summitgraph.error.ErrorCode;
import org.summitgraph.i18n.LocalizedText;
import org.summitgraph.live.ChangeEvents;
import org.summitgraph.organization.Organization;
import org.summitgraph.person.Person;
import org.summitgraph.source.Source;
import org.summitgraph.summit.SummitInputs.AddParticipantInput;
import org.summitgraph.summit.SummitInputs.RemoveParticipantInput;
import org.summitgraph.summit.SummitInputs.RescheduleSummitInput;
import org.summitgraph.summit.SummitInputs.ScheduleSummitInput;
import org.summitgraph.summit.SummitInputs.SummitVersionInput;
import org.summitgraph.summit.SummitInputs.UpdateSummitInput;
import org.summitgraph.time.Dates;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Edits of summits and of their participants. Each method is one transaction: the change, its
 * change-log entry and its notification commit together or not at all. The edits of a summit's
 * statements and documents (in their features) lock and end theirs through {@link #partsChanging}
 * and {@link #done}.
 */
@ApplicationScoped
public class SummitEditing {

    @Inject EntityManager em;
    @Inject SummitService summits;
    @Inject AuditService audit;
    @Inject ChangeEvents events;
    @Inject Dates dates;

    @Transactional
    public SummitView schedule(ScheduleSummitInput input) {
        Organization organization = Lookup.require(Organization.class, input.organization(), "organization");
        City city = city(input.city());
        Country host = input.hostCountry() != null ? Lookup.require(Country.class, input.hostCountry(), "country")
                : city == null ? null : city.country;
        requireNoOtherMeeting(organization, input.date(), city, null);
        Summit summit = new Summit();
        summit.id = input.id() != null ? NodeIds.free(em, input.id())
                : NodeIds.freeVariant(em, organization.code + "-" + input.date() + "-"
                        + (city == null ? "videoconference" : city.id));
        summit.organization = organization;
        summit.title = new LocalizedText(input.title(), input.titleFr(), input.titleRu());
        summit.heldOn = input.date();
        summit.status = SummitStatus.SCHEDULED;
        summit.kind = input.kind() == null ? SummitKind.REGULAR : input.kind();
        summit.city = city;
        summit.hostCountry = host;
        summit.sources.addAll(Lookup.all(Source.class, input.sources(), "source"));
        summit.persist();
        return done("scheduleSummit", input, summit);
    }

    @Transactional
    public SummitView update(UpdateSummitInput input) {
        Summit summit = editable(input.id(), input.version());
        if (input.title() != null || input.titleFr() != null || input.titleRu() != null) {
            summit.title = new LocalizedText(or(input.title(), summit.title.en()), or(input.titleFr(), summit.title.fr()),
                    or(input.titleRu(), summit.title.ru()));
        }
        if (input.kind() != null) {
            summit.kind = input.kind();
        }
        if (input.venue() != null) {
            summit.venue = LocalizedText.english(input.venue());
        }
        if (input.nextMeeting() != null) {
            Summit next = Lookup.require(Summit.class, input.nextMeeting(), "summit");
            requireLater(summit.heldOn, next.heldOn);
            summit.nextMeeting = next;
        }
        return done("updateSummit", input, summit);
    }

    @Transactional
    public SummitView reschedule(RescheduleSummitInput input) {
        Summit summit = editable(input.id(), input.version());
        if (summit.status == SummitStatus.HELD || summit.status == SummitStatus.CANCELLED) {
            throw new ApiException(ErrorCode.INVALID_STATUS, "A " + summit.status + " summit cannot be rescheduled");
        }
        if (summit.nextMeeting != null) {
            requireLater(input.date(), summit.nextMeeting.heldOn);
        }
        List<Summit> announcing = Summit.list("nextMeeting", summit);
        for (Summit earlier : announcing) {
            requireLater(earlier.heldOn, input.date());
        }
        City city = input.city() != null ? city(input.city()) : summit.city;
        requireNoOtherMeeting(summit.organization, input.date(), city, summit);
        summit.heldOn = input.date();
        summit.status = SummitStatus.SCHEDULED;
        if (input.city() != null) {
            summit.city = city;
            summit.hostCountry = city.country;
        }
        if (input.hostCountry() != null) {
            summit.hostCountry = Lookup.require(Country.class, input.hostCountry(), "country");
        }
        return done("rescheduleSummit", input, summit);
    }

    @Transactional
    public SummitView cancel(SummitVersionInput input) {
        Summit summit = editable(input.id(), input.version());
        if (summit.status == SummitStatus.HELD || summit.status == SummitStatus.CANCELLED) {
            throw new ApiException(ErrorCode.INVALID_STATUS, "A " + summit.status + " summit cannot be cancelled");
        }
        summit.status = SummitStatus.CANCELLED;
        return done("cancelSummit", input, summit);
    }

    @Transactional
    public SummitView markHeld(SummitVersionInput input) {
        Summit summit = editable(input.id(), input.version());
        if (summit.status == SummitStatus.CANCELLED) {
            throw new ApiException(ErrorCode.INVALID_STATUS, "A cancelled summit cannot be marked held");
        }
        LocalDate today = dates.today();
        if (summit.heldOn.isAfter(today)) {
            throw new ApiException(ErrorCode.HELD_IN_FUTURE,
                    "The summit is dated " + summit.heldOn + ", after today (" + today + "): it cannot have been held");
        }
        summit.status = SummitStatus.HELD;
        return done("markSummitHeld", input, summit);
    }

    /** Deletes a summit with its participants, statements and documents. */
    @Transactional
    public String delete(String id) {
        Summit summit = Lookup.require(Summit.class, id, "summit");
        Summit.update("nextMeeting = null where nextMeeting = ?1", summit);
        summit.delete();
        audit.record("deleteSummit", new Deletion(id));
        events.summitChanged(id);
        return id;
    }

    @Transactional
    public ParticipationView addParticipant(AddParticipantInput input) {
        Summit summit = partsChanging(input.summit());
        Person person = Lookup.require(Person.class, input.person(), "person");
        if (Participation.count("summit = ?1 and person = ?2 and role = ?3", summit, person, input.role()) > 0) {
            throw new ApiException(ErrorCode.DUPLICATE,
                    input.person() + " is already listed at " + input.summit() + " as " + input.role());
        }
        Participation participation = new Participation();
        participation.summit = summit;
        participation.person = person;
        participation.country = Lookup.optional(Country.class, input.country(), "country");
        participation.role = input.role();
        participation.sources.addAll(Lookup.all(Source.class, input.sources(), "source"));
        participation.persist();
        done("addParticipant", input, summit);
        return summits.participationsBySummit(List.of(summit.id)).get(0).stream()
                .filter(p -> p.id() == participation.id).findFirst().orElseThrow();
    }

    @Transactional
    public SummitView removeParticipant(RemoveParticipantInput input) {
        Summit summit = partsChanging(input.summit());
        long removed = Participation.delete("summit.id = ?1 and person.id = ?2 and role = ?3", input.summit(),
                input.person(), input.role());
        if (removed == 0) {
            throw ApiException.notFound("participation of " + input.person() + " as " + input.role() + " at " + input.summit());
        }
        return done("removeParticipant", input, summit);
    }

    /**
     * Ends an edit of the summit or of one of its parts (participants, statements, documents): flushed,
     * recorded in the change log and announced; the summit as it now stands.
     */
    @Transactional(TxType.MANDATORY)
    public SummitView done(String operation, Object input, Summit summit) {
        em.flush();
        audit.record(operation, input);
        events.summitChanged(summit.id);
        return summits.byIds(List.of(summit.id)).get(0);
    }

    /**
     * Removes a part of the summit {@code summitId} (a statement, a document) known to clients by
     * {@code partId}; recorded as {@code operation}. The summit as it now stands.
     */
    @Transactional(TxType.MANDATORY)
    public SummitView removePart(String operation, String partId, PanacheEntityBase part, String summitId) {
        Summit summit = partsChanging(summitId);
        part.delete();
        return done(operation, new Deletion(partId), summit);
    }

    /** The summit to edit, refused when it is no longer at the version the edit is based on. */
    private Summit editable(String id, int version) {
        Summit summit = Lookup.require(Summit.class, id, "summit");
        Lookup.checkVersion("summit " + id, version, summit.version);
        return summit;
    }

    /**
     * A summit whose parts change: locked, so that concurrent edits of its parts take turns and
     * each sees the others' work, and its version goes up at once, so that the version returned
     * is the one to send with the next edit.
     */
    @Transactional(TxType.MANDATORY)
    public Summit partsChanging(String id) {
        Summit summit = Lookup.require(Summit.class, id, "summit");
        em.lock(summit, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        return summit;
    }

    private City city(String nameOrId) {
        if (nameOrId == null) {
            return null;
        }
        return City.<City>find("id = ?1 or lower(name.en) = lower(?1)", nameOrId).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("city " + nameOrId));
    }

    /**
     * Refuses a summit of the organization on a day and in a city (null: by videoconference) where
     * another of its summits already meets: that would be the same meeting. The organization is
     * locked first, so that two such edits at once take turns and the second sees the first
     * (the unique index summit_meeting_key is the database's own guard).
     */
    private void requireNoOtherMeeting(Organization organization, LocalDate date, City city, Summit moved) {
        em.lock(organization, LockModeType.PESSIMISTIC_WRITE);
        TypedQuery<String> same = em.createQuery("select s.id from Summit s where s.organization = :organization"
                + " and s.heldOn = :date and " + (city == null ? "s.city is null" : "s.city = :city"), String.class)
                .setParameter("organization", organization).setParameter("date", date);
        if (city != null) {
            same.setParameter("city", city);
        }
        for (String id : same.getResultList()) {
            if (moved == null || !id.equals(moved.id)) {
                throw new ApiException(ErrorCode.DUPLICATE, "The summit " + id + " is already the meeting of "
                        + organization.code + " on " + date + (city == null ? " by videoconference" : " in " + city.id));
            }
        }
    }

    private static void requireLater(LocalDate summit, LocalDate next) {
        if (!next.isAfter(summit)) {
            throw new ApiException(ErrorCode.NEXT_MEETING_NOT_LATER,
                    "The next meeting (" + next + ") must be later than the summit announcing it (" + summit + ")");
        }
    }

    /**
     * The rank after every rank the summit's statements (or documents, by {@code table}) ever had:
     * the live rows' ranks, and those in the ids, live or retired, that the node registry holds under
     * the summit's prefix, so that a removed one's id is never given again.
     */
    @Transactional(TxType.MANDATORY)
    public int nextOrdinal(String table, Summit summit) {
        String prefix = summit.id + "-" + table + "-";
        Number next = (Number) em.createNativeQuery("""
                select coalesce(max(ordinal), 0) + 1 from (
                    select ordinal from %s where summit_id = :summit
                    union all
                    select cast(substr(id, :start) as integer) from node
                    where id like :prefix and substr(id, :start) ~ '^[1-9][0-9]{0,8}$') used
                """.formatted(table)).setParameter("summit", summit.id).setParameter("start", prefix.length() + 1)
                .setParameter("prefix", prefix + "%").getSingleResult();
        return next.intValue();
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
