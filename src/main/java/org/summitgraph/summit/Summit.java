package org.summitgraph.summit;

import java.time.LocalDate;
import java.util.HashSet;
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
import jakarta.persistence.Version;

import org.summitgraph.country.City;
import org.summitgraph.country.Country;
import org.summitgraph.i18n.LocalizedText;
import org.summitgraph.organization.Organization;
import org.summitgraph.source.Source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A meeting of an organization's leaders, held or planned. */
@Entity
public class Summit extends PanacheEntityBase {

    @Id
    public String id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Organization organization;
    @Embedded
    public LocalizedText title;
    public LocalDate heldOn;
    @Enumerated(EnumType.STRING)
    public SummitStatus status;
    @Enumerated(EnumType.STRING)
    public SummitKind kind;
    @ManyToOne(fetch = FetchType.LAZY)
    public City city;
    @Embedded
    public LocalizedText venue;
    @ManyToOne(fetch = FetchType.LAZY)
    public Country hostCountry;
    @ManyToOne(fetch = FetchType.LAZY)
    public Summit nextMeeting;
    @Embedded
    public LocalizedText note;
    @ManyToMany
    @JoinTable(name = "summit_source", joinColumns = @JoinColumn(name = "summit_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    public Set<Source> sources = new HashSet<>();
    @Version
    public int version;
}
