package org.summitgraph.execution;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.summitgraph.error.ApiException;
import org.summitgraph.error.ErrorCode;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.OperationType;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Resolves query fields by calling their methods directly: their data fetchers in the schema replace
 * SmallRye's.
 * SmallRye's cost per call (CDI events, context capture and restore, a hop to a worker thread and
 * back for every plain method, the selection set of a root field written out as JSON) made each
 * nested field cost tens of microseconds, so answers with thousands of fields took tens of
 * milliseconds of CPU; and Quarkus 3.33 runs the blocking calls of one event loop one after
 * another (quarkusio/quarkus#54361), so slow requests held up fast ones. Here:
 * <ul>
 * <li>a root query method runs on a worker thread, in any order with other requests' work;</li>
 * <li>a method of one parent ({@code name(@Source CountryView, lang)}) runs on the thread resolving
 * the field: such methods only compute, or hand their reads to a batch (CompletionStage);</li>
 * <li>a method of all parents ({@code @Source List}) is a DataLoader of the operation: one call per
 * level on a worker thread.</li>
 * </ul>
 * Work done on a worker thread resumes on the request's Vert.x context, as SmallRye's does. Once the
 * client of an HTTP request has hung up, no root query or batch of its operation starts: a statement
 * already running ends, at the latest, at {@code summit-graph.limits.timeout}.
 * Root queries and batches are timed in SmallRye's {@code mp_graphql} timer; methods of one parent,
 * which only compute, are not. Mutations, subscriptions, and methods this does not know how to call
 * (arguments of other types, annotations that change how they are called, such as
 * {@code @RolesAllowed}) stay with SmallRye: see {@link #fallbacks()}.
 */
@Singleton
public class DirectResolvers {

    /** Annotations of a method or parameter that change nothing in how it is called. */
    private static final Set<Class<? extends Annotation>> PLAIN = Set.of(Source.class, Name.class, NonNull.class,
            Description.class, DefaultValue.class, Id.class, Deprecated.class, Query.class);

    /** GraphQL type name, then field name. */
    private final Map<String, Map<String, Resolver>> resolvers = new ConcurrentHashMap<>();
    private final Set<String> fallbacks = new TreeSet<>();
    private final MeterRegistry meters;
    private final Counter stopped;
    private final ClientPresence clientPresence;

    DirectResolvers(MeterRegistry meters, ClientPresence clientPresence) {
        this.clientPresence = clientPresence;
        this.meters = meters;
        this.stopped = Counter.builder("summit_graph_operations_stopped")
                .description("Work of GraphQL operations not started because their client had hung up").register(meters);
    }

    void record(@Observes Operation operation) {
        String type;
        if (operation.isSourceField() && operation.getSourceFieldOn() != null) {
            type = operation.getSourceFieldOn().getName();
        } else if (operation.getOperationType() == OperationType.QUERY) {
            type = "Query";
        } else {
            return;
        }
        Resolver resolver = resolverOf(operation);
        if (resolver == null) {
            synchronized (fallbacks) {
                fallbacks.add(type + "." + operation.getName());
            }
        } else {
            resolvers.computeIfAbsent(type, t -> new ConcurrentHashMap<>()).put(operation.getName(), resolver);
        }
    }

    /** Query fields that SmallRye resolves: none but what this cannot call. */
    public Set<String> fallbacks() {
        synchronized (fallbacks) {
            return Set.copyOf(fallbacks);
        }
    }

    /** How many fields of types are resolved directly. */
    public int fields() {
        return resolvers.values().stream().mapToInt(Map::size).sum();
    }

    /**
     * Puts the direct resolvers in the schema's code registry, after the other observers have shaped
     * the schema (StrictScalars rebuilds it), so that graphql-java calls them with nothing in between.
     */
    void install(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) GraphQLSchema.Builder builder) {
        GraphQLCodeRegistry registry = builder.build().getCodeRegistry();
        builder.codeRegistry(registry.transform(code -> resolvers.forEach((type, fields) -> fields.forEach(
                (field, resolver) -> code.dataFetcher(FieldCoordinates.coordinates(type, field), resolver)))));
    }

    private Resolver resolverOf(Operation operation) {
        if (operation.getTransformation() != null || operation.isAdaptingTo() || operation.isAdaptingWith()) {
            return null;
        }
        Method method = sourceMethod(operation);
        if (method == null || !plain(method.getAnnotations())) {
            return null;
        }
        Parameter[] parameters = method.getParameters();
        int source = -1;
        String[] names = new String[parameters.length];
        List<Function<Object, Object>> converters = new ArrayList<>();
        for (int i = 0; i < parameters.length; i++) {
            Parameter parameter = parameters[i];
            if (!plain(parameter.getAnnotations())) {
                return null;
            }
            if (parameter.isAnnotationPresent(Source.class)) {
                source = i;
                converters.add(null);
                continue;
            }
            Name name = parameter.getAnnotation(Name.class);
            Function<Object, Object> converter = converter(parameter.getParameterizedType());
            if (name == null || converter == null) {
                return null;
            }
            names[i] = name.value();
            converters.add(converter);
        }
        if (source < 0) {
            return new Root(method, names, converters, timer(operation, false));
        }
        if (List.class.equals(parameters[source].getType())) {
            return parameters.length == 1 && List.class.equals(method.getReturnType())
                    ? new Batch(method, operation.getSourceFieldOn().getName() + "." + operation.getName(),
                            timer(operation, true))
                    : null;
        }
        return new Single(method, source, names, converters);
    }

    /** SmallRye's timer of the operation, so that its metrics stay what they were. */
    private Timer timer(Operation operation, boolean source) {
        return meters.timer("mp_graphql", Tags.of("name", operation.getName(), "type", OperationType.QUERY.name(),
                "source", String.valueOf(source)));
    }

    private static Method sourceMethod(Operation operation) {
        boolean root = !operation.isSourceField();
        Class<?> type;
        try {
            type = Class.forName(operation.getClassName(), false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
        Method found = null;
        for (Method method : type.getMethods()) {
            if (method.getName().equals(operation.getMethodName()) && hasSource(method) != root) {
                if (found != null) {
                    return null; // overloaded: leave the choice to SmallRye
                }
                found = method;
            }
        }
        return found;
    }

    private static boolean hasSource(Method method) {
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(Source.class)) {
                return true;
            }
        }
        return false;
    }

    private static boolean plain(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (!PLAIN.contains(annotation.annotationType())) {
                return false;
            }
        }
        return true;
    }

    /** How an argument's coerced GraphQL value becomes the parameter's Java value; null for types not handled here. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Function<Object, Object> converter(Type declared) {
        if (declared instanceof ParameterizedType list && list.getRawType() == List.class) {
            Function<Object, Object> item = list.getActualTypeArguments()[0] == String.class ? Object::toString
                    : list.getActualTypeArguments()[0] instanceof Class<?> type && type.isEnum() ? converter(type) : null;
            return item == null ? null : v -> v == null ? null : ((List<?>) v).stream().map(item).toList();
        }
        if (!(declared instanceof Class<?> type)) {
            return null;
        }
        if (type == String.class) {
            return v -> v == null ? null : v.toString();
        }
        if (type == Integer.class) {
            return v -> v == null ? null : ((Number) v).intValue();
        }
        if (type == Boolean.class) {
            return v -> v;
        }
        if (type == LocalDate.class) {
            return v -> v == null || v instanceof LocalDate ? v : LocalDate.parse(v.toString());
        }
        if (type.isEnum()) {
            return v -> v == null || type.isInstance(v) ? v : Enum.valueOf((Class) type, v.toString());
        }
        return null;
    }

    /** A field's method, called directly; its bean is looked up once. */
    private abstract static class Resolver implements DataFetcher<Object> {
        final Method method;
        private volatile Object bean;

        Resolver(Method method) {
            this.method = method;
        }

        Object invoke(Object[] arguments) {
            Object target = bean;
            if (target == null) {
                target = Arc.container().instance(method.getDeclaringClass()).get();
                bean = target;
            }
            return call(target, method, arguments);
        }
    }

    /** Calls {@code method} of {@code target}: what it throws is thrown as it is, a checked exception wrapped. */
    public static Object call(Object target, Method method, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new CompletionException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs {@code work} of the operation of {@code env} as {@link #blocking} does, unless its client has
     * hung up by the time a worker thread takes it: then it fails with {@code CLIENT_CLOSED_REQUEST}, counted
     * in {@code summit_graph_operations_stopped}.
     * Only on the thread that resolves the field.
     */
    public <T> CompletableFuture<T> offload(DataFetchingEnvironment env, Callable<T> work) {
        // taken once per operation, by its first root field, while the request's CDI context is current
        BooleanSupplier hungUp = env.getGraphQlContext().computeIfAbsent(ClientPresence.class,
                key -> clientPresence.hangUpOfCurrentRequest());
        return blocking(() -> {
            if (hungUp.getAsBoolean()) {
                stopped.increment();
                throw new ApiException(ErrorCode.CLIENT_CLOSED_REQUEST, "The client hung up: the operation was stopped");
            }
            return work.call();
        });
    }

    /**
     * Runs {@code work} on a worker thread, in no order with other work, and completes on the Vert.x
     * context of the caller (where the request's CDI context is), as SmallRye's blocking calls do.
     */
    private static <T> CompletableFuture<T> blocking(Callable<T> work) {
        Context context = Vertx.currentContext();
        if (context == null) {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    return work.call();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            }, Infrastructure.getDefaultWorkerPool());
        }
        return context.executeBlocking(work, false).toCompletionStage().toCompletableFuture();
    }

    /** The value itself, or the value of a CompletionStage a method answered. */
    @SuppressWarnings("unchecked")
    private static CompletionStage<Object> settled(Object value) {
        return value instanceof CompletionStage<?> stage ? (CompletionStage<Object>) stage
                : CompletableFuture.completedFuture(value);
    }

    /** A method called for one field with its arguments: a root query, or a method of one parent. */
    private abstract static class WithArguments extends Resolver {
        /** Position of the parent among the parameters; -1 for a root query. */
        private final int source;
        private final String[] names;
        private final List<Function<Object, Object>> converters;

        WithArguments(Method method, int source, String[] names, List<Function<Object, Object>> converters) {
            super(method);
            this.source = source;
            this.names = names;
            this.converters = converters;
        }

        final Object[] arguments(DataFetchingEnvironment env) {
            Object[] arguments = new Object[names.length];
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = i == source ? env.getSource() : converters.get(i).apply(env.getArgument(names[i]));
            }
            return arguments;
        }

        /** Calls the method with {@code env} as the current field of this thread. */
        final Object call(DataFetchingEnvironment env, Object[] arguments) {
            DataFetchingEnvironment outer = CurrentField.enter(env);
            try {
                return invoke(arguments);
            } finally {
                CurrentField.leave(outer);
            }
        }
    }

    /** A root query: on a worker thread. */
    private final class Root extends WithArguments {
        private final Timer timer;

        Root(Method method, String[] names, List<Function<Object, Object>> converters, Timer timer) {
            super(method, -1, names, converters);
            this.timer = timer;
        }

        @Override
        public Object get(DataFetchingEnvironment env) {
            Object[] arguments = arguments(env);
            Timer.Sample sample = Timer.start();
            return offload(env, () -> call(env, arguments)).thenCompose(DirectResolvers::settled)
                    .whenComplete((value, failure) -> sample.stop(timer));
        }
    }

    /** A method of one parent: where the field is resolved. */
    private static final class Single extends WithArguments {
        Single(Method method, int source, String[] names, List<Function<Object, Object>> converters) {
            super(method, source, names, converters);
        }

        @Override
        public Object get(DataFetchingEnvironment env) {
            Object value = call(env, arguments(env));
            return value instanceof CompletionStage<?> stage ? stage.toCompletableFuture() : value;
        }
    }

    /** A method of all parents at one level ({@code @Source List}), answering in their order. */
    private final class Batch extends Resolver {
        private final String loaderName;
        private final Timer timer;

        Batch(Method method, String field, Timer timer) {
            super(method);
            this.loaderName = DirectResolvers.class.getName() + ":" + field;
            this.timer = timer;
        }

        @Override
        public Object get(DataFetchingEnvironment env) {
            DataLoader<Object, Object> loader = env.getDataLoaderRegistry().computeIfAbsent(loaderName,
                    name -> DataLoaderFactory.newDataLoader(parents -> offload(env, () -> fetch(parents))));
            return loader.load(env.getSource());
        }

        private List<Object> fetch(List<Object> parents) {
            List<?> values = timer.record(() -> (List<?>) invoke(new Object[] { parents }));
            if (values == null || values.size() != parents.size()) {
                throw new IllegalStateException(method + " answered " + (values == null ? "null" : values.size() + " values")
                        + " for " + parents.size() + " parents");
            }
            return new ArrayList<>(values);
        }
    }
}
