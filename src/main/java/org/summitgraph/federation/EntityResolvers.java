package org.summitgraph.federation;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.summitgraph.error.ApiException;
import org.summitgraph.error.ErrorCode;
import org.summitgraph.error.ErrorMessages;
import org.summitgraph.execution.DirectResolvers;

import graphql.GraphQL;
import graphql.introspection.Introspection;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.schema.model.Argument;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.OperationType;

/**
 * The service as an Apollo Federation 2 subgraph: {@code Query._entities} answers a gateway's representations
 * ({@code {__typename: "Summit", id: "..."}}) through the features' {@code @Resolver} methods, each of which
 * takes the list of one key's values and answers the entities in the same order (null where unknown). The
 * representations of one request are grouped by type and key: one call, so one SQL statement, per group, all on
 * one worker thread. SmallRye's own {@code _entities} (2.17) looks its resolvers up in a code registry that
 * does not hold them and answered null; and its entity type resolver reads {@code @Name}, which the views do
 * not carry ({@code @Type} names them). {@code Query._service}, the subgraph's SDL, is refused with
 * {@code INTROSPECTION_DISABLED} when introspection is off ({@code summit-graph.introspection-enabled}): it shows
 * the schema as introspection does.
 */
@ApplicationScoped
public class EntityResolvers {

    private static final String TYPENAME = "__typename";

    @Inject DirectResolvers direct;

    /** Type name, then its key's field names (sorted, joined by commas). */
    private final Map<String, Map<String, EntityResolver>> resolvers = new ConcurrentHashMap<>();
    /** The GraphQL type of each Java class a resolver answers. */
    private final Map<Class<?>, String> typeNames = new ConcurrentHashMap<>();

    /** A feature's {@code @Resolver} method, taking the values of a key's fields as lists. */
    private record EntityResolver(Method method, List<String> keyFields) {

        /** The entities of the representations, in their order: the method gets one list per key field. */
        List<?> call(List<Map<String, Object>> representations) {
            Object[] arguments = keyFields.stream()
                    .map(field -> representations.stream().map(representation -> representation.get(field)).toList())
                    .toArray();
            Object found = DirectResolvers.call(Arc.container().instance(method.getDeclaringClass()).get(), method,
                    arguments);
            if (!(found instanceof List<?> entities) || entities.size() != representations.size()) {
                throw new IllegalStateException(method + " did not answer one entity per representation");
            }
            return entities;
        }
    }

    void record(@Observes Operation operation) {
        if (operation.getOperationType() != OperationType.RESOLVER) {
            return;
        }
        Method method = method(operation);
        List<String> keyFields = operation.getArguments().stream().map(Argument::getName).toList();
        resolvers.computeIfAbsent(operation.getReference().getName(), type -> new ConcurrentHashMap<>())
                .put(key(keyFields), new EntityResolver(method, keyFields));
        typeNames.put(loaded(operation.getReference().getClassName()), operation.getReference().getName());
    }

    /** The entity types and their keys, e.g. {@code Summit(id)}: for the README and the tests. */
    public Set<String> entityKeys() {
        Set<String> keys = new TreeSet<>();
        resolvers.forEach((type, byKey) -> byKey.keySet().forEach(key -> keys.add(type + "(" + key + ")")));
        return keys;
    }

    /** Replaces SmallRye's {@code _entities}, its entity type resolver and its {@code _service}. */
    void install(@Observes GraphQL.Builder builder) {
        GraphQLSchema schema = builder.build().getGraphQLSchema();
        if (schema.getType("_Entity") == null) {
            return; // federation is off
        }
        GraphQLCodeRegistry code = schema.getCodeRegistry();
        FieldCoordinates service = FieldCoordinates.coordinates("Query", "_service");
        DataFetcher<?> sdl = code.getDataFetcher(service, schema.getQueryType().getFieldDefinition("_service"));
        builder.schema(schema.transformWithoutTypes(b -> b.codeRegistry(code.transform(registry -> registry
                .dataFetcher(FieldCoordinates.coordinates("Query", "_entities"), (DataFetcher<?>) this::entities)
                .dataFetcher(service, (DataFetcher<?>) env -> {
                    if (!Introspection.isEnabledJvmWide()) {
                        throw new ApiException(ErrorCode.INTROSPECTION_DISABLED,
                                "Introspection is disabled on this service, and with it the subgraph's SDL (_service)");
                    }
                    return sdl.get(env);
                })
                .typeResolver("_Entity", env -> env.getSchema().getObjectType(typeNames.get(env.getObject().getClass())))))));
    }

    private Object entities(DataFetchingEnvironment env) {
        // _Any takes any value: a representation that is not an object is refused here
        List<?> given = env.getArgument("representations");
        List<Map<String, Object>> representations = new ArrayList<>(given.size());
        Map<EntityResolver, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < given.size(); i++) {
            if (!(given.get(i) instanceof Map<?, ?> object)) {
                throw ApiException.badInput("Representation " + i + " is not an object with a `__typename`");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> representation = (Map<String, Object>) object;
            representations.add(representation);
            groups.computeIfAbsent(resolverOf(representation, i), r -> new ArrayList<>()).add(i);
        }
        return direct.offload(env, () -> {
            Object[] entities = new Object[representations.size()];
            groups.forEach((resolver, positions) -> {
                List<?> found = resolver.call(positions.stream().map(representations::get).toList());
                for (int i = 0; i < positions.size(); i++) {
                    entities[positions.get(i)] = found.get(i);
                }
            });
            return Arrays.asList(entities);
        });
    }

    private EntityResolver resolverOf(Map<String, Object> representation, int position) {
        if (!(representation.get(TYPENAME) instanceof String type)) {
            throw ApiException.badInput("Representation " + position + " has no `__typename`");
        }
        Set<String> fields = new TreeSet<>(representation.keySet());
        fields.remove(TYPENAME);
        for (String field : fields) {
            if (!(representation.get(field) instanceof String)) {
                throw ApiException.badInput("Representation " + position + ": the key field `"
                        + ErrorMessages.excerpt(field) + "` must be a string");
            }
        }
        EntityResolver resolver = resolvers.getOrDefault(type, Map.of()).get(String.join(",", fields));
        if (resolver == null) {
            throw ApiException.badInput("Representation " + position + ": no entity type `" + ErrorMessages.excerpt(type)
                    + "` with the key (" + ErrorMessages.excerpt(String.join(", ", fields)) + "); the entities are "
                    + String.join(", ", entityKeys()));
        }
        return resolver;
    }

    private static String key(List<String> fields) {
        return String.join(",", new TreeSet<>(fields));
    }

    private static Method method(Operation operation) {
        Class<?> type = loaded(operation.getClassName());
        for (Method method : type.getMethods()) {
            if (method.getName().equals(operation.getMethodName())
                    && method.getParameterCount() == operation.getArguments().size()) {
                return method;
            }
        }
        throw new IllegalStateException("No method " + operation.getMethodName() + " in " + type);
    }

    private static Class<?> loaded(String className) {
        try {
            return Class.forName(className, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
