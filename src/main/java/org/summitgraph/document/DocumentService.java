package org.summitgraph.document;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.summitgraph.data.Batches;
import org.summitgraph.data.Page;
import org.summitgraph.data.PageArguments;
import org.summitgraph.data.PageRequest;
import org.summitgraph.data.Paging;
import org.summitgraph.data.Where;
import org.summitgraph.error.ApiException;

@ApplicationScoped
public class DocumentService {

    private static final String CURSOR_KIND = "document";

    @Inject EntityManager em;
    @Inject Paging paging;

    /** Documents for the given node ids, in the same order; null where unknown. */
    @Transactional(TxType.SUPPORTS)
    public List<DocumentView> byNodeIds(List<String> ids) {
        return Batches.valuesInOrder(em,
                "select d.nodeId, " + DocumentView.COLUMNS + " from Document d where key_in(d.nodeId, :keys)",
                ids, r -> (String) r[0], r -> DocumentView.of(r, 1));
    }

    /** Per summit: its documents, of {@code kind} only when it is given, in order. */
    @Transactional(TxType.SUPPORTS)
    public List<List<DocumentView>> bySummit(List<String> summitIds, String kind) {
        String jpql = "select d.summit.id, " + DocumentView.COLUMNS + " from Document d where key_in(d.summit.id, :keys)"
                + (kind == null ? "" : " and d.kind = :kind") + " order by d.ordinal";
        return Batches.inOrder(summitIds, kind == null
                ? Batches.grouped(em, jpql, summitIds, r -> (String) r[0], r -> DocumentView.of(r, 1))
                : Batches.grouped(em, jpql, summitIds, r -> (String) r[0], r -> DocumentView.of(r, 1), "kind", kind),
                List.of());
    }

    /** A page of documents, by summit date then rank within the summit. */
    @Transactional
    public DocumentConnection page(String organization, String kind, PageArguments arguments) {
        PageRequest request = paging.request(arguments, CURSOR_KIND, 3);
        Where where = new Where();
        if (organization != null) {
            where.and("d.summit.organization.code = :organization", "organization", organization);
        }
        if (kind != null) {
            where.and("d.kind = :kind", "kind", kind);
        }
        // every key checked before any SQL runs
        Where bounds = new Where();
        request.bounds(false, (operator, keys, argument) -> bounds.and("""
                (d.summit.heldOn %1$s :%2$sDate or (d.summit.heldOn = :%2$sDate and (d.summit.id %1$s :%2$sSummit
                 or (d.summit.id = :%2$sSummit and d.ordinal %1$s :%2$sOrdinal))))""".formatted(operator, argument),
                argument + "Date", Paging.date(keys.get(0), argument), argument + "Summit", keys.get(1),
                argument + "Ordinal", ordinal(keys.get(2), argument)));
        int total = where.count(em, "Document d");
        where.and(bounds);
        String direction = request.direction(false);
        // the summit's date and the rank follow the document's columns, for its cursor
        List<Object[]> rows = where.rows(em, DocumentView.COLUMNS + ", d.summit.heldOn, d.ordinal", "Document d",
                "d.summit.heldOn" + direction + ", d.summit.id" + direction + ", d.ordinal" + direction, request.limit());
        Page<DocumentView> page = Paging.page(rows, request,
                r -> Paging.encode(CURSOR_KIND, r[7].toString(), (String) r[2], r[8].toString()))
                .map(r -> DocumentView.of(r, 0));
        return new DocumentConnection(total, page.items(), page.edges(DocumentEdge::new), page.pageInfo());
    }

    private static int ordinal(String key, String argument) {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            throw ApiException.badInput("`" + argument + "` is not a valid cursor for this list");
        }
    }
}
