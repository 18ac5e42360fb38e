package org.summitgraph.statement;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;

import org.summitgraph.exercise.Exercise;
import org.summitgraph.i18n.LocalizedText;
import org.summitgraph.person.Person;
import org.summitgraph.source.Source;
import org.summitgraph.summit.Summit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What a speaker said at a summit: a summary, verbatim quotes and proposals. */
@Entity
public class Statement extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Summit summit;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    public Person speaker;
    public int ordinal;
    /** Readable id unique across types, made from the summit's id and the rank. */
    public String nodeId;
    @Embedded
    public LocalizedText summary;
    @ManyToMany
    @JoinTable(name = "statement_source", joinColumns = @JoinColumn(name = "statement_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    public Set<Source> sources = new HashSet<>();
    @ManyToMany
    @JoinTable(name = "statement_exercise", joinColumns = @JoinColumn(name = "statement_id"),
            inverseJoinColumns = @JoinColumn(name = "exercise_id"))
    public Set<Exercise> exercises = new HashSet<>();

    @PrePersist
    void assignNodeId() {
        if (nodeId == null) {
            nodeId = summit.id + "-statement-" + ordinal;
        }
    }
}
