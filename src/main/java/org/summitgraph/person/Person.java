package org.summitgraph.person;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.summitgraph.country.Country;
import org.summitgraph.i18n.LocalizedText;
import org.summitgraph.source.Source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person, under a stable readable id such as {@code vladimir-putin}. */
@Entity
public class Person extends PanacheEntityBase {

    @Id
    public String id;
    @Embedded
    public LocalizedText name;
    @ManyToOne(fetch = FetchType.LAZY)
    public Country country;
    @ManyToMany
    @JoinTable(name = "person_source", joinColumns = @JoinColumn(name = "person_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    public Set<Source> sources = new HashSet<>();
    @Version
    public int version;
}
