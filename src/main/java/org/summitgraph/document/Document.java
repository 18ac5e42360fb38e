package org.summitgraph.document;

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
import jakarta.persistence.PrePersist;

import org.summitgraph.i18n.LocalizedText;
import org.summitgraph.person.Person;
import org.summitgraph.source.Source;
import org.summitgraph.summit.Summit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A document signed, adopted or approved at a summit. */
@Entity
public class Document extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Summit summit;
    public int ordinal;
    /** Readable id unique across types, made from the summit's id and the rank. */
    public String nodeId;
    public String kind;
    @Enumerated(EnumType.STRING)
    public DocumentAction action;
    @Embedded
    public LocalizedText title;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "appointee_person_id")
    public Person appointee;
    @ManyToMany
    @JoinTable(name = "document_source", joinColumns = @JoinColumn(name = "document_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    public Set<Source> sources = new HashSet<>();

    @PrePersist
    void assignNodeId() {
        if (nodeId == null) {
            nodeId = summit.id + "-document-" + ordinal;
        }
    }
}
