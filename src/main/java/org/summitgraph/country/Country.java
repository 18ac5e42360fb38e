package org.summitgraph.country;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.summitgraph.i18n.LocalizedText;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A state, keyed by its ISO 3166-1 alpha-2 code. */
@Entity
public class Country extends PanacheEntityBase {

    @Id
    public String code;
    @Embedded
    public LocalizedText name;
    @Version
    public int version;
}
