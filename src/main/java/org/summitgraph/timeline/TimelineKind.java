package org.summitgraph.timeline;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("TimelineKind")
@Description("What a timeline entry records. Entries of one day are ordered by this name, then by their subject's id.")
public enum TimelineKind {
    @Description("A dated landmark of the organization (treaty signed or in force, charter, observer status...), as "
            + "`Organization.milestones` lists it; its subject is the organization.")
    MILESTONE,
    @Description("A summit whose status is HELD, on its day; its subject is the summit.")
    SUMMIT_HELD,
    @Description("A summit whose status is SCHEDULED, on the day it is scheduled for; its subject is the summit.")
    SUMMIT_SCHEDULED,
    @Description("A summit whose status is POSTPONED, on the day it was to be held; its subject is the summit.")
    SUMMIT_POSTPONED,
    @Description("A summit whose status is CANCELLED, on the day it was to be held; its subject is the summit.")
    SUMMIT_CANCELLED,
    @Description("A state's membership became ACTIVE (it joined, rejoined or resumed its participation), as the "
            + "membership's history records it; its subject is the membership.")
    MEMBERSHIP_ACTIVE,
    @Description("A state's membership became SUSPENDED, as the membership's history records it; its subject is the "
            + "membership.")
    MEMBERSHIP_SUSPENDED,
    @Description("A state's membership became WITHDRAWN, as the membership's history records it; its subject is the "
            + "membership.")
    MEMBERSHIP_WITHDRAWN,
    @Description("A state's chairmanship began, on its first day; its subject is the chairing state.")
    CHAIRMANSHIP_STARTED,
    @Description("A Secretary General, or an acting one, took office, on the first day in the post (posts whose first "
            + "day is unknown are left out); its subject is the person.")
    SECRETARY_GENERAL_TOOK_OFFICE,
    @Description("A staging of one of the organization's joint exercises or operations, known by its year only; its "
            + "subject is the exercise.")
    EXERCISE_HELD
}
