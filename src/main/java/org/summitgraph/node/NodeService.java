package org.summitgraph.node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.summitgraph.country.CountryService;
import org.summitgraph.data.Batches;
import org.summitgraph.document.DocumentService;
import org.summitgraph.exercise.ExerciseService;
import org.summitgraph.organization.OrganizationService;
import org.summitgraph.person.PersonService;
import org.summitgraph.source.SourceService;
import org.summitgraph.statement.StatementService;
import org.summitgraph.summit.SummitService;
import org.summitgraph.time.Dates;

/** Finds objects of any type by node id: one lookup of the types, then one query per type asked. */
@ApplicationScoped
public class NodeService {

    private final EntityManager em;
    private final Map<String, Function<List<String>, List<? extends Node>>> loaders = new HashMap<>();

    NodeService(EntityManager em, OrganizationService organizations, PersonService people, SummitService summits,
            StatementService statements, DocumentService documents, CountryService countries, SourceService sources,
            ExerciseService exercises, Dates dates) {
        this.em = em;
        loaders.put("Organization", organizations::byNodeIds);
        loaders.put("Person", people::byIds);
        loaders.put("Summit", summits::byIds);
        loaders.put("Statement", statements::byNodeIds);
        loaders.put("Document", documents::byNodeIds);
        loaders.put("City", countries::citiesByIds);
        loaders.put("Source", sources::byIds);
        loaders.put("Exercise", exercises::byIds);
        loaders.put("Country", countries::byNodeIds);
        // a membership refetched by id has its status as of today, as in lists asked without `asOf`
        loaders.put("Membership", ids -> organizations.membershipsByNodeIds(ids, dates.today()));
    }

    /** The objects with these ids, in the same order; null where an id is unknown or retired. */
    @Transactional(TxType.SUPPORTS)
    public List<Node> byIds(List<String> ids) {
        Map<String, String> types = Batches.single(em,
                "select n.id, n.type from NodeEntry n where key_in(n.id, :keys) and n.retiredAt is null", ids,
                r -> (String) r[0], r -> (String) r[1]);
        Map<String, List<String>> idsByType = new LinkedHashMap<>();
        for (String id : ids) {
            String type = types.get(id);
            if (type != null) {
                idsByType.computeIfAbsent(type, t -> new ArrayList<>()).add(id);
            }
        }
        Map<String, Node> found = new HashMap<>();
        idsByType.forEach((type, ofType) -> loaders.get(type).apply(ofType).forEach(node -> {
            if (node != null) {
                found.put(node.id(), node);
            }
        }));
        return Batches.inOrder(ids, found, null);
    }
}
