package org.summitgraph.exercise;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.summitgraph.data.Batches;

@ApplicationScoped
public class ExerciseService {

    private final EntityManager em;

    ExerciseService(EntityManager em) {
        this.em = em;
    }

    /** Exercises for the given ids, in the same order; null where unknown. */
    @Transactional(TxType.SUPPORTS)
    public List<ExerciseView> byIds(List<String> ids) {
        Map<String, ExerciseView> byId = Batches.single(em, "select e.id, " + ExerciseView.COLUMNS
                + " from Exercise e where key_in(e.id, :keys)", ids, r -> (String) r[0], r -> ExerciseView.of(r, 1));
        return Batches.inOrder(ids, byId, null);
    }

    /** Per organization: its exercises and operations, by id. */
    @Transactional(TxType.SUPPORTS)
    public List<List<ExerciseView>> byOrganizations(List<String> organizationCodes) {
        Map<String, List<ExerciseView>> byOrganization = Batches.grouped(em, "select e.organization.code, "
                + ExerciseView.COLUMNS + " from Exercise e where key_in(e.organization.code, :keys) order by e.id",
                organizationCodes, r -> (String) r[0], r -> ExerciseView.of(r, 1));
        return Batches.inOrder(organizationCodes, byOrganization, List.of());
    }

    /** Per statement: the exercises its speaker named, by id. */
    @Transactional(TxType.SUPPORTS)
    public List<List<ExerciseView>> byStatements(List<Long> statementIds) {
        Map<Long, List<ExerciseView>> byStatement = Batches.grouped(em, "select st.id, " + ExerciseView.COLUMNS
                + " from Statement st join st.exercises e where key_in(st.id, :keys) order by e.id",
                statementIds, r -> (Long) r[0], r -> ExerciseView.of(r, 1));
        return Batches.inOrder(statementIds, byStatement, List.of());
    }

    /** Per exercise: its editions, oldest first. */
    @Transactional(TxType.SUPPORTS)
    public List<List<ExerciseEditionView>> editions(List<String> exerciseIds) {
        Map<String, List<ExerciseEditionView>> byExercise = Batches.grouped(em,
                "select ed.exercise.id, ed.id, ed.year, ed.hostCountry.code from ExerciseEdition ed"
                + " where key_in(ed.exercise.id, :keys) order by ed.year",
                exerciseIds, r -> (String) r[0], r -> new ExerciseEditionView((Long) r[1], (Integer) r[2], (String) r[3]));
        return Batches.inOrder(exerciseIds, byExercise, List.of());
    }
}
