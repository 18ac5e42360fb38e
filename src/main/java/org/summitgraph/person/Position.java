package org.summitgraph.person;

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
import org.summitgraph.organization.Organization;
import org.summitgraph.source.Source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A post held from {@code startOn} to {@code endOn} (inclusive; open or unknown when null). */
@Entity
public class Position extends PanacheEntityBase {

    public static final String HEAD_OF_STATE = "HEAD_OF_STATE";
    public static final String SECRETARY_GENERAL = "SECRETARY_GENERAL";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Person person;
    public String kind;
    public boolean acting;
    @Embedded
    public LocalizedText title;
    @ManyToOne(fetch = FetchType.LAZY)
    public Organization organization;
    @ManyToOne(fetch = FetchType.LAZY)
    public Country country;
    public LocalDate startOn;
    public LocalDate endOn;
    @Embedded
    public LocalizedText note;
    @ManyToMany
    @JoinTable(name = "position_source", joinColumns = @JoinColumn(name = "position_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    public Set<Source> sources = new HashSet<>();
    @Version
    public int version;
}
