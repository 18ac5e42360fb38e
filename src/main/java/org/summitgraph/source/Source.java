package org.summitgraph.source;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.summitgraph.i18n.Language;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A document that records come from: an article, a transcript, a reference page. */
@Entity
public class Source extends PanacheEntityBase {

    @Id
    public String id;
    public String title;
    public String publisher;
    public String url;
    @Enumerated(EnumType.STRING)
    public Language language;
    public LocalDate publishedOn;

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Source other && id != null && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
