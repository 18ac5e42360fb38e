package org.summitgraph.exercise;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;

import org.summitgraph.i18n.LocalizedText;
import org.summitgraph.organization.Organization;
import org.summitgraph.source.Source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A named joint exercise or operation of an organization, e.g. "Interaction". */
@Entity
public class Exercise extends PanacheEntityBase {

    @Id
    public String id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Organization organization;
    @Enumerated(EnumType.STRING)
    public ExerciseKind kind;
    @Embedded
    public LocalizedText name;
    @Embedded
    public LocalizedText purpose;
    @ManyToMany
    @JoinTable(name = "exercise_source", joinColumns = @JoinColumn(name = "exercise_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    public Set<Source> sources = new HashSet<>();

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Exercise other && id != null && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
