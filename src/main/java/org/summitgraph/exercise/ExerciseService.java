package org.summitgraph.exercise;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.summitgraph.data.Batches;

@ApplicationScoped
public class ExerciseService {

    @Inject EntityManager em;

    /** Exercises for the given ids, in the same order; null where unknown. */
    @Transactional(TxType.SUPPORTS)
    public List<ExerciseView> byIds(List<String> ids) {
        return Batches.valuesInOrder(em, "select e.id, " + ExerciseView.COLUMNS
                + " from Exercise e where key_in(e.id, :keys)", ids, r -> (String) r[0], r -> ExerciseView.of(r, 1));
    }

    /** Per organization: its exercises and operations, by id. */
    @Transactional(TxType.SUPPORTS)
    public List<List<ExerciseView>> byOrganizations(List<String> organizationCodes) {
        return Batches.listsInOrder(em, "select e.organization.code, "
                + ExerciseView.COLUMNS + " from Exercise e where key_in(e.organization.code, :keys) order by e.id",
                organizationCodes, r -> (String) r[0], r -> ExerciseView.of(r, 1));
    }

    /** Per statement: the exercises its speaker named, by id. */
    @Transactional(TxType.SUPPORTS)
    public List<List<ExerciseView>> byStatements(List<Long> statementIds) {
        return Batches.listsInOrder(em, "select st.id, " + ExerciseView.COLUMNS
                + " from Statement st join st.exercises e where key_in(st.id, :keys) order by e.id",
                statementIds, r -> (Long) r[0], r -> ExerciseView.of(r, 1));
    }

    /** Per exercise: its editions, oldest first. */
    @Transactional(TxType.SUPPORTS)
    public List<List<ExerciseEditionView>> editions(List<String> exerciseIds) {
        return Batches.listsInOrder(em,
                "select ed.exercise.id, ed.id, ed.year, ed.hostCountry.code from ExerciseEdition ed"
                + " where key_in(ed.exercise.id, :keys) order by ed.year",
                exerciseIds, r -> (String) r[0], r -> new ExerciseEditionView((Long) r[1], (Integer) r[2], (String) r[3]));
    }
}
