package org.summitgraph.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Tests run on a fixed "today", so that nothing depends on the real date. */
public class FixedClockProducer {

    /** The date every test sees as today: before the Moscow session announced for 2026-11-11. */
    public static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Produces
    @Singleton
    Clock fixedClock() {
        return Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }
}
