package org.summitgraph.common;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

/** Resolves an optional {@code asOf} argument against the injected clock. */
@ApplicationScoped
public class Dates {

    private final Clock clock;

    Dates(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDate orToday(LocalDate asOf) {
        return asOf != null ? asOf : today();
    }
}
