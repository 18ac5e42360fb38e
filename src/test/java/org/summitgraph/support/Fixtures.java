package org.summitgraph.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.summitgraph.country.City;
import org.summitgraph.country.Country;
import org.summitgraph.document.Document;
import org.summitgraph.document.DocumentAction;
import org.summitgraph.exercise.Exercise;
import org.summitgraph.exercise.ExerciseEdition;
import org.summitgraph.exercise.ExerciseKind;
import org.summitgraph.i18n.LocalizedText;
import org.summitgraph.organization.Chairmanship;
import org.summitgraph.organization.Membership;
import org.summitgraph.organization.MembershipChange;
import org.summitgraph.organization.MembershipStatus;
import org.summitgraph.organization.Organization;
import org.summitgraph.organization.OrganizationMilestone;
import org.summitgraph.person.Person;
import org.summitgraph.person.Position;
import org.summitgraph.source.Source;
import org.summitgraph.statement.Statement;
import org.summitgraph.summit.Participation;
import org.summitgraph.summit.Summit;
import org.summitgraph.summit.SummitKind;
import org.summitgraph.summit.SummitStatus;

/**
 * Creates test data of its own in the real database, under fresh unique keys, so that tests
 * neither depend on each other nor on the shipped dataset when they count things.
 */
@ApplicationScoped
public class Fixtures {

    /** A unique lower-case token for ids of this test's records. */
    public static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A new organization, seated in an existing city. */
    @Transactional
    public String organization(String headquartersCityId) {
        Organization o = new Organization();
        o.code = "T" + unique().toUpperCase();
        o.name = new LocalizedText("Test organization " + o.code, "Organisation de test " + o.code, null);
        o.acronym = LocalizedText.english(o.code);
        o.headquarters = City.findById(headquartersCityId);
        o.persist();
        return o.code;
    }

    /** One summit of the organization with the given status, without participants. */
    @Transactional
    public String summit(String organizationCode, LocalDate date, SummitStatus status) {
        Summit s = new Summit();
        s.id = "test-" + unique();
        s.organization = Organization.findById(organizationCode);
        s.title = LocalizedText.english("Test summit " + s.id);
        s.heldOn = date;
        s.status = status;
        s.kind = SummitKind.REGULAR;
        s.persist();
        return s.id;
    }

    /** Summits of the organization on the given dates, in Bishkek, each with one participant and one statement. */
    @Transactional
    public List<String> summits(String organizationCode, LocalDate... dates) {
        Organization o = Organization.findById(organizationCode);
        Person speaker = new Person();
        speaker.id = "test-" + unique();
        speaker.name = LocalizedText.english("Test speaker " + speaker.id);
        speaker.country = Country.findById("KG");
        speaker.persist();
        List<String> ids = new ArrayList<>();
        for (LocalDate date : dates) {
            Summit s = new Summit();
            s.id = "test-" + unique();
            s.organization = o;
            s.title = LocalizedText.english("Test summit " + s.id);
            s.heldOn = date;
            s.status = SummitStatus.HELD;
            s.kind = SummitKind.REGULAR;
            s.city = City.findById("bishkek");
            s.hostCountry = Country.findById("KG");
            s.persist();
            Participation p = new Participation();
            p.summit = s;
            p.person = speaker;
            p.country = speaker.country;
            p.role = "HEAD_OF_STATE";
            p.persist();
            Statement st = new Statement();
            st.summit = s;
            st.speaker = speaker;
            st.ordinal = 1;
            st.summary = LocalizedText.english("Test statement at " + s.id);
            st.persist();
            ids.add(s.id);
        }
        return ids;
    }

    /** One held summit of the organization in the given city, hosted by the city's state, without participants. */
    @Transactional
    public String summitIn(String organizationCode, LocalDate date, String cityId) {
        City city = City.findById(cityId);
        Summit s = new Summit();
        s.id = "test-" + unique();
        s.organization = Organization.findById(organizationCode);
        s.title = LocalizedText.english("Test summit " + s.id);
        s.heldOn = date;
        s.status = SummitStatus.HELD;
        s.kind = SummitKind.REGULAR;
        s.city = city;
        s.hostCountry = city.country;
        s.persist();
        return s.id;
    }

    /**
     * A new person of the given state (null: an organization's official, of no state) who took part
     * in the summit, representing that state; returns the person's id.
     */
    @Transactional
    public String participant(String summitId, String countryCode) {
        Person person = new Person();
        person.id = "test-" + unique();
        person.name = LocalizedText.english("Test participant " + person.id);
        person.country = countryCode == null ? null : Country.findById(countryCode);
        person.persist();
        Participation p = new Participation();
        p.summit = Summit.findById(summitId);
        p.person = person;
        p.country = person.country;
        p.role = countryCode == null ? "SECRETARY_GENERAL" : "HEAD_OF_STATE";
        p.persist();
        return person.id;
    }

    /** A person under exactly this id, flushed at once so that the database checks the id here. */
    @Transactional
    public void personWithId(String id) {
        Person person = new Person();
        person.id = id;
        person.name = LocalizedText.english("Test person " + id);
        person.persistAndFlush();
    }

    /** A new person of the given state (null: of none), taking part in nothing; returns the id. */
    @Transactional
    public String person(String countryCode) {
        Person person = new Person();
        person.id = "test-" + unique();
        person.name = LocalizedText.english("Test person " + person.id);
        person.country = countryCode == null ? null : Country.findById(countryCode);
        person.persist();
        return person.id;
    }

    /** A new source under a fresh id; returns the id. */
    @Transactional
    public String source() {
        Source source = new Source();
        source.id = "test-source-" + unique();
        source.title = "Test source " + source.id;
        source.url = "https://example.org/" + source.id;
        source.publishedOn = LocalDate.of(2020, 1, 1);
        source.persist();
        return source.id;
    }

    /** A DECLARATION adopted at the summit, ranked after its other documents; returns the document's id. */
    @Transactional
    public String document(String summitId) {
        Summit summit = Summit.findById(summitId);
        Document document = new Document();
        document.summit = summit;
        document.ordinal = (int) Document.count("summit", summit) + 1;
        document.kind = "DECLARATION";
        document.action = DocumentAction.ADOPTED;
        document.title = LocalizedText.english("Test declaration of " + summitId);
        document.persistAndFlush();
        return document.nodeId;
    }

    /** The state joined the organization (ACTIVE) on {@code joined}. */
    @Transactional
    public void member(String organizationCode, String countryCode, LocalDate joined) {
        Membership membership = new Membership();
        membership.organization = Organization.findById(organizationCode);
        membership.country = Country.findById(countryCode);
        membership.persist();
        MembershipChange change = new MembershipChange();
        change.membership = membership;
        change.status = MembershipStatus.ACTIVE;
        change.effective = joined;
        change.persist();
    }

    /** The state chairs the organization from {@code start} to {@code end} (null: open-ended). */
    @Transactional
    public void chairmanship(String organizationCode, String countryCode, LocalDate start, LocalDate end) {
        Chairmanship chairmanship = new Chairmanship();
        chairmanship.organization = Organization.findById(organizationCode);
        chairmanship.country = Country.findById(countryCode);
        chairmanship.startOn = start;
        chairmanship.endOn = end;
        chairmanship.persist();
    }

    /** A new person holding a post of {@code kind} in the organization over the term; returns the person's id. */
    @Transactional
    public String officer(String organizationCode, String kind, LocalDate start, LocalDate end) {
        String personId = person(null);
        Position position = new Position();
        position.person = Person.findById(personId);
        position.kind = kind;
        position.title = LocalizedText.english("Test " + kind);
        position.organization = Organization.findById(organizationCode);
        position.startOn = start;
        position.endOn = end;
        position.persist();
        return personId;
    }

    /** A milestone of the organization on {@code date}, described in English. */
    @Transactional
    public void milestone(String organizationCode, LocalDate date) {
        OrganizationMilestone milestone = new OrganizationMilestone();
        milestone.organization = Organization.findById(organizationCode);
        milestone.kind = "TREATY_SIGNED";
        milestone.occurredOn = date;
        milestone.description = LocalizedText.english("Test treaty of " + organizationCode + " signed");
        milestone.persist();
    }

    /** A new exercise of the organization, staged in {@code year}; returns its id. */
    @Transactional
    public String exercise(String organizationCode, int year) {
        Exercise exercise = new Exercise();
        exercise.id = "test-" + unique();
        exercise.organization = Organization.findById(organizationCode);
        exercise.kind = ExerciseKind.EXERCISE;
        exercise.name = LocalizedText.english("Test exercise " + exercise.id);
        exercise.persist();
        ExerciseEdition edition = new ExerciseEdition();
        edition.exercise = exercise;
        edition.year = year;
        edition.persist();
        return exercise.id;
    }

    /** A two-letter code that no state has yet, found by asking (tests may have created others). */
    public static String unusedCountryCode() {
        Random random = new Random();
        for (int attempt = 0; attempt < 50; attempt++) {
            // X and Q codes are user-assigned in ISO 3166: none is in the dataset
            String code = "X" + (char) ('A' + random.nextInt(26));
            if (attempt >= 26) {
                code = "Q" + (char) ('M' + random.nextInt(14));
            }
            Object found = GraphQL.ok("editedCountry", "code", code).extract().path("data.country");
            if (found == null) {
                return code;
            }
        }
        throw new IllegalStateException("no free country code left to test with");
    }
}
