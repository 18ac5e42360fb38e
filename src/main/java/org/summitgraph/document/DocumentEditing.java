package org.summitgraph.document;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.summitgraph.data.Lookup;
import org.summitgraph.document.DocumentInputs.AddDocumentInput;
import org.summitgraph.i18n.LocalizedText;
import org.summitgraph.person.Person;
import org.summitgraph.source.Source;
import org.summitgraph.summit.Summit;
import org.summitgraph.summit.SummitEditing;
import org.summitgraph.summit.SummitView;

/**
 * Edits of the documents of summits, as edits of their summit (see {@link SummitEditing}): each method
 * is one transaction, with its change-log entry and its notification.
 */
@ApplicationScoped
public class DocumentEditing {

    @Inject SummitEditing summits;
    @Inject DocumentService documents;

    @Transactional
    public DocumentView add(AddDocumentInput input) {
        Summit summit = summits.partsChanging(input.summit());
        Document document = new Document();
        document.summit = summit;
        document.ordinal = summits.nextOrdinal("document", summit);
        document.kind = input.kind();
        document.action = input.action();
        document.title = new LocalizedText(input.title(), input.titleFr(), null);
        document.appointee = Lookup.optional(Person.class, input.appointee(), "person");
        document.sources.addAll(Lookup.all(Source.class, input.sources(), "source"));
        document.persist();
        summits.done("addDocument", input, summit);
        return documents.byNodeIds(List.of(document.nodeId)).get(0);
    }

    @Transactional
    public SummitView remove(String documentId) {
        Document document = Lookup.byNodeId(Document.class, documentId, "document");
        return summits.removePart("removeDocument", documentId, document, document.summit.id);
    }
}
