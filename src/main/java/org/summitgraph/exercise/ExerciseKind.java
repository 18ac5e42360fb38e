package org.summitgraph.exercise;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ExerciseKind")
@Description("A joint military EXERCISE, or a standing OPERATION (anti-drug, migration...).")
public enum ExerciseKind {
    EXERCISE, OPERATION
}
