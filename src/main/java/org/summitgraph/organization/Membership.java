package org.summitgraph.organization;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.summitgraph.country.Country;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A state's membership of an organization: the dated history of its status. */
@Entity
public class Membership extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Organization organization;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Country country;
    @OneToMany(mappedBy = "membership")
    @OrderBy("effective")
    public List<MembershipChange> changes = new ArrayList<>();
    @Version
    public int version;
}
