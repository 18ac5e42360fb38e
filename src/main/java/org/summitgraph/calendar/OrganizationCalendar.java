package org.summitgraph.calendar;

import java.util.List;

import org.summitgraph.country.CityView;
import org.summitgraph.country.CountryView;
import org.summitgraph.organization.OrganizationView;
import org.summitgraph.summit.SummitView;

/** What an organization's calendar feed shows: the organization and its summits, oldest first. */
public record OrganizationCalendar(OrganizationView organization, List<Meeting> meetings) {

    /**
     * A summit with what its event shows besides: its city (null for a videoconference) and the city's state, the
     * address of a source that reports it (null when none is online), and how many times it was rescheduled or
     * cancelled.
     */
    public record Meeting(SummitView summit, CityView city, CountryView cityCountry, String url, int revisions) {
    }
}
