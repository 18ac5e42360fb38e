package org.summitgraph.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.summitgraph.audit.AuditService;
import org.summitgraph.calendar.OrganizationCalendar.Meeting;
import org.summitgraph.country.CityView;
import org.summitgraph.country.CountryService;
import org.summitgraph.country.CountryView;
import org.summitgraph.organization.OrganizationService;
import org.summitgraph.organization.OrganizationView;
import org.summitgraph.source.SourceService;
import org.summitgraph.source.SourceView;
import org.summitgraph.summit.Summit;
import org.summitgraph.summit.SummitService;
import org.summitgraph.summit.SummitView;

@ApplicationScoped
public class CalendarService {

    /**
     * The mutations that move a summit (another day, another city) or call it off, as the change log names them
     * (see SummitEditing): each one is a revision of its event that calendar programs must take over.
     */
    static final List<String> REVISIONS = List.of("rescheduleSummit", "cancelSummit");

    @Inject OrganizationService organizations;
    @Inject SummitService summits;
    @Inject CountryService countries;
    @Inject SourceService sources;
    @Inject AuditService audit;

    /** The calendar of the organization whose code is {@code code} in any case; null when there is none. */
    @Transactional
    public OrganizationCalendar calendar(String code) {
        // an organization's node id is its code in lower case
        OrganizationView organization = organizations.byNodeIds(List.of(code.toLowerCase(Locale.ROOT))).get(0);
        if (organization == null) {
            return null;
        }
        List<SummitView> all = summits.ofOrganization(organization.code());
        List<String> ids = all.stream().map(SummitView::id).toList();
        List<CityView> cities = countries.citiesByIds(all.stream().map(SummitView::cityId).toList());
        List<CountryView> states = countries.byCodes(cities.stream().map(c -> c == null ? null : c.countryCode()).toList());
        List<List<SourceView>> reports = sources.sourcesOf(Summit.class, ids);
        Map<String, Integer> revisions = audit.countsById(REVISIONS, ids);
        List<Meeting> meetings = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            String url = reports.get(i).stream().map(SourceView::url).filter(Objects::nonNull).findFirst().orElse(null);
            meetings.add(new Meeting(all.get(i), cities.get(i), states.get(i), url, revisions.getOrDefault(ids.get(i), 0)));
        }
        return new OrganizationCalendar(organization, meetings);
    }
}
