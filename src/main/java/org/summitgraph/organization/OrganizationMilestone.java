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

import org.summitgraph.country.City;
import org.summitgraph.i18n.LocalizedText;
import org.summitgraph.source.Source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A dated landmark in an organization's founding or history (treaty signed, charter in force...). */
@Entity
public class OrganizationMilestone extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Organization organization;
    public String kind;
    public LocalDate occurredOn;
    @ManyToOne(fetch = FetchType.LAZY)
    public City city;
    @Embedded
    public LocalizedText description;
    @ManyToMany
    @JoinTable(name = "organization_milestone_source", joinColumns = @JoinColumn(name = "milestone_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    public Set<Source> sources = new HashSet<>();
}
