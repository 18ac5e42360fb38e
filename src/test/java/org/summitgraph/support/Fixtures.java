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
}
