package org.summitgraph.organization;

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

import org.summitgraph.country.City;
import org.summitgraph.i18n.LocalizedText;
import org.summitgraph.source.Source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An international organization whose members meet at summits. */
@Entity
public class Organization extends PanacheEntityBase {

    @Id
    public String code;
    @Embedded
    public LocalizedText name;
    @Embedded
    public LocalizedText acronym;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "headquarters_city_id")
    public City headquarters;
    @ManyToMany
    @JoinTable(name = "organization_source", joinColumns = @JoinColumn(name = "organization_code"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    public Set<Source> sources = new HashSet<>();
    @Version
    public int version;
}
