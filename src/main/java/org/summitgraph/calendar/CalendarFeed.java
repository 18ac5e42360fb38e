package org.summitgraph.calendar;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.summitgraph.http.feeds.Feed;
import org.summitgraph.i18n.Language;

/**
 * {@code GET /calendar/{organization}.ics}: an organization's summits as an iCalendar feed that calendar programs
 * subscribe to, the organization named by its code in any case ({@code /calendar/csto.ics}). Served, tagged and
 * negotiated by the HTTP layer's feed routes.
 */
@ApplicationScoped
public class CalendarFeed implements Feed {

    @Inject CalendarService calendars;
    @Inject Clock clock;

    @Override
    public String path() {
        return "/calendar";
    }

    @Override
    public String extension() {
        return ".ics";
    }

    @Override
    public String mediaType() {
        return "text/calendar; charset=utf-8";
    }

    @Override
    public String unknown() {
        return "No organization has this code (the CSTO's calendar is /calendar/csto.ics)";
    }

    @Override
    public String render(String name, Language language) {
        OrganizationCalendar calendar = calendars.calendar(name);
        return calendar == null ? null : CalendarDocument.write(calendar, language, clock.instant());
    }
}
