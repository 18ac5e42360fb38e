package org.summitgraph.statement;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import org.summitgraph.i18n.Language;
import org.summitgraph.i18n.LocalizedText;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A verbatim quote of a statement, in the language it was reported in and in translation: only its
 * text in {@link #originalLanguage} is verbatim.
 */
@Entity
public class StatementQuote extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Statement statement;
    public int ordinal;
    @Embedded
    public LocalizedText text;
    /** The language the source reported the quote in; null when not recorded. */
    @Enumerated(EnumType.STRING)
    public Language originalLanguage;
}
