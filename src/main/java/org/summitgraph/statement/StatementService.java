package org.summitgraph.statement;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.summitgraph.data.Batches;
import org.summitgraph.i18n.Language;
import org.summitgraph.i18n.LocalizedText;

@ApplicationScoped
public class StatementService {

    @Inject EntityManager em;

    /** Statements for the given node ids, in the same order; null where unknown. */
    @Transactional(TxType.SUPPORTS)
    public List<StatementView> byNodeIds(List<String> ids) {
        return Batches.valuesInOrder(em,
                "select st.nodeId, " + StatementView.COLUMNS + " from Statement st where key_in(st.nodeId, :keys)",
                ids, r -> (String) r[0], r -> StatementView.of(r, 1));
    }

    @Transactional(TxType.SUPPORTS)
    public List<List<StatementView>> bySummit(List<String> summitIds) {
        return Batches.listsInOrder(em, "select st.summit.id, " + StatementView.COLUMNS
                + " from Statement st where key_in(st.summit.id, :keys) order by st.ordinal",
                summitIds, r -> (String) r[0], r -> StatementView.of(r, 1));
    }

    @Transactional(TxType.SUPPORTS)
    public List<List<StatementView>> bySpeaker(List<String> personIds) {
        return Batches.listsInOrder(em, "select st.speaker.id, " + StatementView.COLUMNS
                + " from Statement st where key_in(st.speaker.id, :keys) order by st.summit.heldOn, st.ordinal",
                personIds, r -> (String) r[0], r -> StatementView.of(r, 1));
    }

    /** Per statement: its quotes in {@code lang} (each falling back to English), in order. */
    @Transactional(TxType.SUPPORTS)
    public List<List<String>> quotes(List<Long> statementIds, Language lang) {
        return texts("StatementQuote", statementIds, lang);
    }

    /** Per statement: its quotes in {@code lang} (each falling back to English), with their language, in order. */
    @Transactional(TxType.SUPPORTS)
    public List<List<QuoteText>> quoteTexts(List<Long> statementIds, Language lang) {
        return Batches.listsInOrder(em,
                "select q.statement.id, q.text, q.originalLanguage from StatementQuote q"
                + " where key_in(q.statement.id, :keys) order by q.ordinal",
                statementIds, r -> (Long) r[0], r -> QuoteText.of((LocalizedText) r[1], (Language) r[2], lang));
    }

    /** Per statement: its proposals in {@code lang} (each falling back to English), in order. */
    @Transactional(TxType.SUPPORTS)
    public List<List<String>> proposals(List<Long> statementIds, Language lang) {
        return texts("StatementProposal", statementIds, lang);
    }

    private List<List<String>> texts(String entity, List<Long> statementIds, Language lang) {
        return Batches.listsInOrder(em, "select t.statement.id, t.text from " + entity
                + " t where key_in(t.statement.id, :keys) order by t.ordinal",
                statementIds, r -> (Long) r[0], r -> ((LocalizedText) r[1]).in(lang));
    }
}
