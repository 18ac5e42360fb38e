package org.summitgraph.country;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import org.summitgraph.i18n.LocalizedText;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
public class City extends PanacheEntityBase {

    @Id
    public String id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Country country;
    @Embedded
    public LocalizedText name;
}
