package org.summitgraph.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.summitgraph.common.LocalizedText;
import org.summitgraph.country.City;
import org.summitgraph.country.Country;
import org.summitgraph.organization.Organization;
import org.summitgraph.person.Person;
import org.summitgraph.summit.Participation;
import org.summitgraph.summit.Statement;
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
}
