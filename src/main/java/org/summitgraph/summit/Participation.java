package org.summitgraph.summit;

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
import org.summitgraph.person.Person;
import org.summitgraph.source.Source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person took part in a summit, representing a state or in a role of the organization. */
@Entity
public class Participation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Summit summit;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Person person;
    @ManyToOne(fetch = FetchType.LAZY)
    public Country country;
    public String role;
    @ManyToMany
    @JoinTable(name = "participation_source", joinColumns = @JoinColumn(name = "participation_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    public Set<Source> sources = new HashSet<>();
}
