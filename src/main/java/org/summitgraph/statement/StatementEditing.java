package org.summitgraph.statement;

import java.util.List;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.summitgraph.data.Lookup;
import org.summitgraph.i18n.LocalizedText;
import org.summitgraph.person.Person;
import org.summitgraph.source.Source;
import org.summitgraph.statement.StatementInputs.AddStatementInput;
import org.summitgraph.summit.Summit;
import org.summitgraph.summit.SummitEditing;
import org.summitgraph.summit.SummitView;

/**
 * Edits of the statements made at summits, as edits of their summit (see {@link SummitEditing}): each
 * method is one transaction, with its change-log entry and its notification.
 */
@ApplicationScoped
public class StatementEditing {

    @Inject SummitEditing summits;
    @Inject StatementService statements;

    @Transactional
    public StatementView add(AddStatementInput input) {
        Summit summit = summits.partsChanging(input.summit());
        Statement statement = new Statement();
        statement.summit = summit;
        statement.speaker = Lookup.require(Person.class, input.speaker(), "person");
        statement.ordinal = summits.nextOrdinal("statement", summit);
        statement.summary = new LocalizedText(input.summary(), input.summaryFr(), null);
        statement.sources.addAll(Lookup.all(Source.class, input.sources(), "source"));
        statement.persist();
        texts(input.quotes(), (ordinal, text) -> {
            StatementQuote quote = new StatementQuote();
            quote.statement = statement;
            quote.ordinal = ordinal;
            quote.text = LocalizedText.english(text);
            quote.persist();
        });
        texts(input.proposals(), (ordinal, text) -> {
            StatementProposal proposal = new StatementProposal();
            proposal.statement = statement;
            proposal.ordinal = ordinal;
            proposal.text = LocalizedText.english(text);
            proposal.persist();
        });
        summits.done("addStatement", input, summit);
        return statements.byNodeIds(List.of(statement.nodeId)).get(0);
    }

    @Transactional
    public SummitView remove(String statementId) {
        Statement statement = Lookup.byNodeId(Statement.class, statementId, "statement");
        return summits.removePart("removeStatement", statementId, statement, statement.summit.id);
    }

    /** Saves each text with its rank, from 1. */
    private static void texts(List<String> texts, BiConsumer<Integer, String> save) {
        if (texts != null) {
            for (int i = 0; i < texts.size(); i++) {
                save.accept(i + 1, texts.get(i));
            }
        }
    }
}
