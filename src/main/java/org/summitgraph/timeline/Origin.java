package org.summitgraph.timeline;

import org.summitgraph.exercise.ExerciseEdition;
import org.summitgraph.organization.Chairmanship;
import org.summitgraph.organization.MembershipChange;
import org.summitgraph.organization.OrganizationMilestone;
import org.summitgraph.person.Position;
import org.summitgraph.summit.Summit;

/** The entity a timeline entry comes from, whose sources are the entry's. */
enum Origin {
    MILESTONE(OrganizationMilestone.class, DatePrecision.DAY),
    SUMMIT(Summit.class, DatePrecision.DAY),
    MEMBERSHIP_CHANGE(MembershipChange.class, DatePrecision.DAY),
    CHAIRMANSHIP(Chairmanship.class, DatePrecision.DAY),
    POSITION(Position.class, DatePrecision.DAY),
    /** An exercise's staging records its year only. */
    EXERCISE_EDITION(ExerciseEdition.class, DatePrecision.YEAR);

    final Class<?> entity;
    final DatePrecision precision;

    Origin(Class<?> entity, DatePrecision precision) {
        this.entity = entity;
        this.precision = precision;
    }

    static Origin of(TimelineKind kind) {
        return switch (kind) {
            case MILESTONE -> MILESTONE;
            case SUMMIT_HELD, SUMMIT_SCHEDULED, SUMMIT_POSTPONED, SUMMIT_CANCELLED -> SUMMIT;
            case MEMBERSHIP_ACTIVE, MEMBERSHIP_SUSPENDED, MEMBERSHIP_WITHDRAWN -> MEMBERSHIP_CHANGE;
            case CHAIRMANSHIP_STARTED -> CHAIRMANSHIP;
            case SECRETARY_GENERAL_TOOK_OFFICE -> POSITION;
            case EXERCISE_HELD -> EXERCISE_EDITION;
        };
    }

    /** Whether the rows of the table have text keys (a summit's id) rather than numbers. */
    boolean textKeys() {
        return this == SUMMIT;
    }
}
