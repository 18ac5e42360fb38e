package org.summitgraph.timeline;

/** The table a timeline entry comes from, and the table that links that table's rows to their sources. */
enum Origin {
    MILESTONE("organization_milestone_source", "milestone_id", DatePrecision.DAY),
    SUMMIT("summit_source", "summit_id", DatePrecision.DAY),
    MEMBERSHIP_CHANGE("membership_change_source", "membership_change_id", DatePrecision.DAY),
    CHAIRMANSHIP("chairmanship_source", "chairmanship_id", DatePrecision.DAY),
    POSITION("position_source", "position_id", DatePrecision.DAY),
    /** An exercise's staging records its year only. */
    EXERCISE_EDITION("exercise_edition_source", "exercise_edition_id", DatePrecision.YEAR);

    final String sourceTable;
    final String sourceColumn;
    final DatePrecision precision;

    Origin(String sourceTable, String sourceColumn, DatePrecision precision) {
        this.sourceTable = sourceTable;
        this.sourceColumn = sourceColumn;
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
