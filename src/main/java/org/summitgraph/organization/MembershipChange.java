package org.summitgraph.organization;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;

import org.summitgraph.i18n.LocalizedText;
import org.summitgraph.source.Source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** From {@code effective} on, the membership has {@code status}. */
@Entity
public class MembershipChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Membership membership;
    @Enumerated(EnumType.STRING)
    public MembershipStatus status;
    public LocalDate effective;
    @Embedded
    public LocalizedText note;
    @ManyToMany
    @JoinTable(name = "membership_change_source", joinColumns = @JoinColumn(name = "membership_change_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    public Set<Source> sources = new HashSet<>();
}
