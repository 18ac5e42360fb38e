package org.summitgraph.statement;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import org.summitgraph.i18n.LocalizedText;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A proposal a speaker made in a statement. */
@Entity
public class StatementProposal extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Statement statement;
    public int ordinal;
    @Embedded
    public LocalizedText text;
}
