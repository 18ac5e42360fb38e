package org.summitgraph.source;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.summitgraph.audit.AuditService;
import org.summitgraph.data.NodeIds;
import org.summitgraph.source.SourceInputs.CreateSourceInput;

/** Recording of sources, one transaction each. */
@ApplicationScoped
public class SourceEditing {

    @Inject EntityManager em;
    @Inject SourceService sources;
    @Inject AuditService audit;

    @Transactional
    public SourceView create(CreateSourceInput input) {
        Source source = new Source();
        source.id = input.id() != null ? NodeIds.free(em, input.id()) : NodeIds.freeVariant(em, input.title());
        source.title = input.title();
        source.publisher = input.publisher();
        source.url = input.url();
        source.language = input.language();
        source.publishedOn = input.publishedOn();
        source.persist();
        em.flush();
        audit.record("createSource", input);
        return sources.byIds(List.of(source.id)).get(0);
    }
}
