package org.summitgraph.person;

import java.util.Objects;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.summitgraph.common.LocalizedText;
import org.summitgraph.country.Country;

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
    @Version
    public int version;

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Person other && id != null && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
