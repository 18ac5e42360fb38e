package org.summitgraph.source;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.summitgraph.audit.AuditService;
import org.summitgraph.data.NodeIds;
import org.summitgraph.source.SourceInputs.CreateSourceInput;

/** Recording of sources, one transaction each. */
@ApplicationScoped
public class SourceEditing {

    private final EntityManager em;
    private final SourceService sources;
    private final AuditService audit;

    SourceEditing(EntityManager em, SourceService sources, AuditService audit) {
        this.em = em;
        this.sources = sources;
        this.audit = audit;
    }

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
