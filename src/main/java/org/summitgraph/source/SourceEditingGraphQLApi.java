package org.summitgraph.source;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.summitgraph.audit.AuditService;
import org.summitgraph.time.DayInRange;
import org.summitgraph.i18n.Language;
import org.summitgraph.data.NodeIds;
import org.summitgraph.security.Roles;

/** The mutation that records a new source, for editors and admins. */
@GraphQLApi
public class SourceEditingGraphQLApi {

    private final EntityManager em;
    private final SourceService sources;
    private final AuditService audit;

    SourceEditingGraphQLApi(EntityManager em, SourceService sources, AuditService audit) {
        this.em = em;
        this.sources = sources;
        this.audit = audit;
    }

    @Input("CreateSourceInput")
    @Description("A document that records will cite.")
    public record CreateSourceInput(
            @NonNull @NotBlank @Size(max = 500) @Description("Title of the document.") String title,
            @Size(max = 200) @Description("Who published it.") String publisher,
            @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$") @Description("Where it can be read.") String url,
            @Description("Its language.") Language language,
            @DayInRange @Description("Its publication date.") LocalDate publishedOn,
            @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$") @Size(max = 100)
            @Description("Readable id to give it; by default made from the title.") String id) {
    }

    @Mutation("createSource")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Transactional
    @Description("Records a source; its id can then be given in the `sources` of other edits.")
    public @NonNull SourceView createSource(@Name("input") @NonNull @Valid CreateSourceInput input) {
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
