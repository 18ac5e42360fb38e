package org.summitgraph.exercise;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;

import org.summitgraph.country.Country;
import org.summitgraph.source.Source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One staging of an exercise: its year and host state. */
@Entity
public class ExerciseEdition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Exercise exercise;
    public int year;
    @ManyToOne(fetch = FetchType.LAZY)
    public Country hostCountry;
    @ManyToMany
    @JoinTable(name = "exercise_edition_source", joinColumns = @JoinColumn(name = "exercise_edition_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    public Set<Source> sources = new HashSet<>();
}
