package org.summitgraph.exercise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class ExerciseService {

    private final EntityManager em;

    ExerciseService(EntityManager em) {
        this.em = em;
    }

    /** Per organization: its exercises and operations, by id. */
    @Transactional
    public List<List<ExerciseView>> byOrganizations(List<String> organizationCodes) {
        Map<String, List<ExerciseView>> groups = new HashMap<>();
        if (!organizationCodes.isEmpty()) {
            em.createQuery("select " + ExerciseView.COLUMNS + " from Exercise e where e.organization.code in :keys"
                    + " order by e.id", Object[].class)
                    .setParameter("keys", new LinkedHashSet<>(organizationCodes))
                    .getResultStream().map(r -> ExerciseView.of(r, 0))
                    .forEach(e -> groups.computeIfAbsent(e.organizationCode(), k -> new ArrayList<>()).add(e));
        }
        return organizationCodes.stream().map(c -> groups.getOrDefault(c, List.of())).toList();
    }

    /** Per statement: the exercises its speaker named, by id. */
    @Transactional
    public List<List<ExerciseView>> byStatements(List<Long> statementIds) {
        Map<Long, List<ExerciseView>> groups = new HashMap<>();
        if (!statementIds.isEmpty()) {
            em.createQuery("select st.id, " + ExerciseView.COLUMNS
                    + " from Statement st join st.exercises e where st.id in :keys order by e.id", Object[].class)
                    .setParameter("keys", new LinkedHashSet<>(statementIds))
                    .getResultStream()
                    .forEach(r -> groups.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(ExerciseView.of(r, 1)));
        }
        return statementIds.stream().map(id -> groups.getOrDefault(id, List.of())).toList();
    }

    /** Per exercise: its editions, oldest first. */
    @Transactional
    public List<List<ExerciseEditionView>> editions(List<String> exerciseIds) {
        Map<String, List<ExerciseEditionView>> groups = new HashMap<>();
        if (!exerciseIds.isEmpty()) {
            em.createQuery("select ed.exercise.id, ed.id, ed.year, ed.hostCountry.code from ExerciseEdition ed"
                    + " where ed.exercise.id in :keys order by ed.year", Object[].class)
                    .setParameter("keys", new LinkedHashSet<>(exerciseIds))
                    .getResultStream()
                    .forEach(r -> groups.computeIfAbsent((String) r[0], k -> new ArrayList<>())
                            .add(new ExerciseEditionView((Long) r[1], (Integer) r[2], (String) r[3])));
        }
        return exerciseIds.stream().map(id -> groups.getOrDefault(id, List.of())).toList();
    }
}
