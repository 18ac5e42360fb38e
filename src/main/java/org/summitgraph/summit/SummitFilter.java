package org.summitgraph.summit;

import java.time.LocalDate;

import org.summitgraph.data.Where;
import org.summitgraph.error.ApiException;

/** What a list of summits is filtered by (null: not filtered), all combined with AND, and its order. */
public record SummitFilter(String organization, Integer year, SummitStatus status, LocalDate from, LocalDate to,
        String city, String hostCountry, String participant, String participantCountry, SummitOrder order) {

    Where toWhere() {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badInput("`from` (" + from + ") is after `to` (" + to + ")");
        }
        Where filter = new Where();
        if (organization != null) {
            filter.and("s.organization.code = :organization", "organization", organization);
        }
        if (year != null) {
            // four digits, as in dates: LocalDate fails on the extremes of an Int
            if (year < 1 || year > 9999) {
                throw ApiException.badInput("`year` must be between 1 and 9999 (got " + year + ")");
            }
            filter.and("s.heldOn >= :yearStart and s.heldOn < :nextYearStart",
                    "yearStart", LocalDate.of(year, 1, 1), "nextYearStart", LocalDate.of(year + 1, 1, 1));
        }
        if (status != null) {
            filter.and("s.status = :status", "status", status);
        }
        if (from != null) {
            filter.and("s.heldOn >= :from", "from", from);
        }
        if (to != null) {
            filter.and("s.heldOn <= :to", "to", to);
        }
        if (city != null) {
            // a city by id or by any of its names, whatever the case
            filter.and("""
                    exists (select 1 from City c where c = s.city and (c.id = lower(:city) or lower(c.name.en) = lower(:city)
                    or lower(c.name.fr) = lower(:city) or lower(c.name.ru) = lower(:city)))""", "city", city);
        }
        if (hostCountry != null) {
            filter.and("s.hostCountry.code = :hostCountry", "hostCountry", hostCountry);
        }
        if (participant != null) {
            filter.and("exists (select 1 from Participation p where p.summit = s and p.person.id = :participant)",
                    "participant", participant);
        }
        if (participantCountry != null) {
            filter.and("exists (select 1 from Participation p where p.summit = s and p.country.code = :participantCountry)",
                    "participantCountry", participantCountry);
        }
        return filter;
    }
}
