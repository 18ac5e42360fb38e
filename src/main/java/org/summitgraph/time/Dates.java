package org.summitgraph.time;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Resolves an optional {@code asOf} argument against the injected clock, and says which days the service
 * records: years 1 to 9999, written with four digits (as `summits(year:)` accepts them), well inside
 * PostgreSQL's range.
 */
@ApplicationScoped
public class Dates {

    public static final String FIRST_DAY_TEXT = "0001-01-01";
    public static final String LAST_DAY_TEXT = "9999-12-31";
    public static final LocalDate FIRST_DAY = LocalDate.parse(FIRST_DAY_TEXT);
    public static final LocalDate LAST_DAY = LocalDate.parse(LAST_DAY_TEXT);

    @Inject Clock clock;

    /** Whether {@code day} is one the service records: between {@link #FIRST_DAY} and {@link #LAST_DAY}. */
    public static boolean inRange(LocalDate day) {
        return !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDate orToday(LocalDate asOf) {
        return asOf != null ? asOf : today();
    }
}
