package org.summitgraph.execution;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLNamedType;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Resolves the fields of types ({@code @Source} methods) by calling their methods directly, in place
 * of SmallRye's data fetchers. SmallRye's cost per call (CDI events, context capture and restore,
 * a hop to a worker thread and back for every plain method, its own batch loaders) made each
 * nested field cost tens of microseconds, so answers with thousands of fields took tens of
 * milliseconds of CPU. Here:
 * <ul>
 * <li>a method of one parent ({@code name(@Source CountryView, lang)}) runs on the thread resolving
 * the field: such methods only compute, or hand their reads to a batch (CompletionStage);</li>
 * <li>a method of all parents ({@code @Source List}) is a DataLoader of the operation: one call per
 * level on a worker thread, in any order with other requests' work.</li>
 * </ul>
 * Root operations, subscriptions, and methods this does not know how to call (arguments of other
 * types, annotations that change how SmallRye calls them) stay with SmallRye: see {@link #fallbacks()}.
 */
@ApplicationScoped
public class DirectResolvers extends SimplePerformantInstrumentation {

    /** Annotations of a method or parameter that change nothing in how it is called. */
    private static final Set<Class<? extends Annotation>> PLAIN = Set.of(Source.class, Name.class, NonNull.class,
            Description.class, DefaultValue.class, Id.class, Deprecated.class);

    /** GraphQL type name, then field name. */
    private final Map<String, Map<String, Resolver>> resolvers = new ConcurrentHashMap<>();
    private final Set<String> fallbacks = new TreeSet<>();

    void record(@Observes Operation operation) {
        if (!operation.isSourceField() || operation.getSourceFieldOn() == null) {
            return;
        }
        String type = operation.getSourceFieldOn().getName();
        Resolver resolver = resolverOf(operation);
        if (resolver == null) {
            synchronized (fallbacks) {
                fallbacks.add(type + "." + operation.getName());
            }
        } else {
            resolvers.computeIfAbsent(type, t -> new ConcurrentHashMap<>()).put(operation.getName(), resolver);
        }
    }

    /** Fields of types that SmallRye resolves: none but what this cannot call. */
    public Set<String> fallbacks() {
        synchronized (fallbacks) {
            return Set.copyOf(fallbacks);
        }
    }

    /** How many fields of types are resolved directly. */
    public int fields() {
        return resolvers.values().stream().mapToInt(Map::size).sum();
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (parameters.isTrivialDataFetcher() || parameters.getExecutionContext().getOperationDefinition()
                .getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
            return fetcher;
        }
        DataFetchingEnvironment env = parameters.getEnvironment();
        if (!(env.getParentType() instanceof GraphQLNamedType parent)) {
            return fetcher;
        }
        Map<String, Resolver> fields = resolvers.get(parent.getName());
        Resolver resolver = fields == null ? null : fields.get(env.getFieldDefinition().getName());
        return resolver == null ? fetcher : resolver;
    }

    private static Resolver resolverOf(Operation operation) {
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
            Function<Object, Object> converter = converter(parameter.getType());
            if (name == null || converter == null) {
                return null;
            }
            names[i] = name.value();
            converters.add(converter);
        }
        boolean batch = List.class.equals(parameters[source].getType());
        if (batch) {
            return parameters.length == 1 && List.class.equals(method.getReturnType())
                    ? new Batch(method, operation.getSourceFieldOn().getName() + "." + operation.getName())
                    : null;
        }
        return new Single(method, source, names, converters);
    }

    private static Method sourceMethod(Operation operation) {
        Class<?> type;
        try {
            type = Class.forName(operation.getClassName(), false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
        Method found = null;
        for (Method method : type.getMethods()) {
            if (method.getName().equals(operation.getMethodName()) && hasSource(method)) {
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
    private static Function<Object, Object> converter(Class<?> type) {
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
    }

    /** A method of one parent and its arguments. */
    private static final class Single extends Resolver {
        private final int source;
        private final String[] names;
        private final List<Function<Object, Object>> converters;

        Single(Method method, int source, String[] names, List<Function<Object, Object>> converters) {
            super(method);
            this.source = source;
            this.names = names;
            this.converters = converters;
        }

        @Override
        public Object get(DataFetchingEnvironment env) {
            Object[] arguments = new Object[names.length];
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = i == source ? env.getSource() : converters.get(i).apply(env.getArgument(names[i]));
            }
            DataFetchingEnvironment outer = CurrentField.enter(env);
            try {
                Object value = invoke(arguments);
                return value instanceof CompletionStage<?> stage ? stage.toCompletableFuture() : value;
            } finally {
                CurrentField.leave(outer);
            }
        }
    }

    /** A method of all parents at one level ({@code @Source List}), answering in their order. */
    private static final class Batch extends Resolver {
        private final String loaderName;

        Batch(Method method, String field) {
            super(method);
            this.loaderName = DirectResolvers.class.getName() + ":" + field;
        }

        @Override
        public Object get(DataFetchingEnvironment env) {
            DataLoader<Object, Object> loader = env.getDataLoaderRegistry().computeIfAbsent(loaderName,
                    name -> DataLoaderFactory.newDataLoader(parents -> CompletableFuture.supplyAsync(
                            () -> fetch(parents), Infrastructure.getDefaultWorkerPool())));
            return loader.load(env.getSource());
        }

        private List<Object> fetch(List<Object> parents) {
            List<?> values = (List<?>) invoke(new Object[] { parents });
            if (values == null || values.size() != parents.size()) {
                throw new IllegalStateException(method + " answered " + (values == null ? "null" : values.size() + " values")
                        + " for " + parents.size() + " parents");
            }
            return new ArrayList<>(values);
        }
    }
}
