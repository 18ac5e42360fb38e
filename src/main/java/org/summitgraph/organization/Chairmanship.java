package org.summitgraph.organization;

import java.time.LocalDate;
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
import jakarta.persistence.Version;

import org.summitgraph.country.Country;
import org.summitgraph.i18n.LocalizedText;
import org.summitgraph.source.Source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A state chairs an organization from {@code startOn} to {@code endOn} (open when null), both inclusive. */
@Entity
public class Chairmanship extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Organization organization;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Country country;
    public LocalDate startOn;
    public LocalDate endOn;
    @Embedded
    public LocalizedText note;
    @ManyToMany
    @JoinTable(name = "chairmanship_source", joinColumns = @JoinColumn(name = "chairmanship_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    public Set<Source> sources = new HashSet<>();
    @Version
    public int version;
}
