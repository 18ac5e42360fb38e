package org.summitgraph.config;

import java.nio.file.Path;
import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The service's own settings, {@code summit-graph.*}, each with its one default. Set from the environment by
 * the full name ({@code SUMMIT_GRAPH_ANSWER_CACHE_MAX_SIZE}) or, for the limits and the Cache-Control, the
 * short one ({@code SUMMIT_GRAPH_MAX_COST}; see {@link ShortNames}).
 */
@ConfigMapping(prefix = "summit-graph")
public interface SummitGraphConfig {

    /** Largest {@code first} a list connection accepts. */
    @WithDefault("100")
    int maxPageSize();

    /** Whether clients may introspect the schema (and fetch it at /graphql/schema.graphql). */
    @WithDefault("true")
    boolean introspectionEnabled();

    /**
     * Whether GraphiQL is served at /graphiql/ (and /q/graphql-ui/ leads there). Without introspection it still
     * runs queries, but has no schema: no docs, completion or query builder.
     */
    @WithDefault("true")
    boolean graphiqlEnabled();

    /** Limits that protect the service from hostile or careless queries (see QueryLimits). */
    Limits limits();

    interface Limits {
        /**
         * Operations over HTTP executed at once; the next ones wait their turn, first come first served.
         * More would not finish sooner on the service's cores, and would each hold their memory meanwhile.
         */
        @WithDefault("8")
        int maxConcurrentOperations();

        /** Operations over HTTP that may wait for their turn; one more gets SERVICE_UNAVAILABLE (HTTP 503). */
        @WithDefault("1000")
        int maxWaitingOperations();

        /** Deepest nesting of fields an operation may have. */
        @WithDefault("12")
        int maxDepth();

        /**
         * Highest estimated cost of an operation: each field costs 1, and the fields under a list
         * cost as many times as the list may have items: {@code first}, else the default page size (20),
         * for a page; the ids asked for, for {@code nodes(ids:)}; {@link #unpagedListSize()} for other lists.
         */
        @WithDefault("5000")
        int maxCost();

        /**
         * Items assumed for a list that takes no {@code first} (participants, memberships, posts,
         * sources...): more than most summits, organizations or people have.
         */
        @WithDefault("10")
        int unpagedListSize();

        /**
         * Cost points one client may spend per minute, over HTTP: the token's subject when it sends one, else
         * its address (the forwarded one when {@code quarkus.http.proxy.proxy-address-forwarding} is on). A
         * bucket of this many points, refilled continuously; an operation costing more than is left gets
         * RATE_LIMITED (HTTP 429 with Retry-After under graphql-response+json). Counted per instance.
         */
        @WithDefault("100000")
        int costPerMinute();

        /** Most aliases a document may hold. */
        @WithDefault("15")
        int maxAliases();

        /** Most directives a document may hold. */
        @WithDefault("50")
        int maxDirectives();

        /** Most tokens (names, punctuation, values) a document may hold. */
        @WithDefault("2000")
        int maxTokens();

        /**
         * Most items a list argument ({@code nodes(ids:)}, a list in an input) may hold; a longer one gets
         * BAD_USER_INPUT. Each item counts 1 in the cost.
         */
        @WithDefault("100")
        int maxListArgument();

        /** Longest search text, in characters: PostgreSQL's text search takes time quadratic in repeated words. */
        @WithDefault("200")
        int maxSearchLength();

        /** Most words (terms, operators and quoted words included) a search text may hold. */
        @WithDefault("20")
        int maxSearchTerms();

        /**
         * Most operations (subscriptions mostly) running at once on one GraphQL WebSocket; one more gets an
         * {@code error} message (TOO_MANY_SUBSCRIPTIONS).
         */
        @WithDefault("20")
        int maxSubscriptionsPerSocket();

        /**
         * Most GraphQL WebSockets open at once from one client address; one more is closed with 4429. Behind a
         * proxy the address is the proxy's unless quarkus.http.proxy.proxy-address-forwarding is on.
         */
        @WithDefault("10")
        int maxWebsocketsPerAddress();

        /**
         * Longest time an operation may run; also each SQL statement's statement_timeout. Written with a unit
         * both PostgreSQL and Quarkus read: ms, s or h (10s, 1500ms), not ISO-8601 (PT10S) nor minutes.
         */
        @WithDefault("10s")
        Duration timeout();
    }

    /** Automatic persisted queries: clients send a query's SHA-256 instead of its text. */
    PersistedQueries persistedQueries();

    interface PersistedQueries {
        /** Whether a client may register a query by sending it with its hash. */
        @WithDefault("true")
        boolean enabled();

        /** Most queries one instance remembers; the least recently used go first. */
        @WithDefault("1000")
        int cacheSize();
    }

    /** Parsed and validated documents kept for repeated queries (see DocumentCache). */
    DocumentCache documentCache();

    interface DocumentCache {
        /** Read before the mapping exists too (see parsing.DocumentCache#sizeSmallRyeCache). */
        String DEFAULT_SIZE = "100";

        /**
         * Most documents one instance keeps; the least recently used go first. A document of the most tokens
         * allowed takes about 150 KB of heap, one of a few hundred characters about 5 KB.
         */
        @WithDefault(DEFAULT_SIZE)
        int size();
    }

    /** Safelist mode: only the operations of the registered documents run. */
    Safelist safelist();

    interface Safelist {
        /** Whether only the documents of the directory run; read at start, so a changed list takes a restart. */
        @WithDefault("false")
        boolean enabled();

        /** Directory of {@code .graphql} files, one document each (e.g. a mounted ConfigMap). */
        @WithDefault("/etc/summit-graph/operations")
        Path directory();
    }

    /** What bearer tokens must satisfy beyond their signature and issuer (see VerifiedTokens). */
    Jwt jwt();

    interface Jwt {
        /**
         * How far the clocks of the token's issuer and of this instance may disagree: a token is refused when
         * issued ({@code iat}) further ahead of now, and accepted this long past its expiry ({@code exp}).
         */
        @WithDefault("60s")
        Duration clockSkew();

        /** Longest validity of a token, from issue to expiry ({@code exp - iat}). */
        @WithDefault("24h")
        Duration maxLifetime();
    }

    /** HTTP caching of the answers to GET queries. */
    HttpCache httpCache();

    interface HttpCache {
        /** The Cache-Control of a successful GET query's answer (answers with errors get no-store). */
        @WithDefault("public, max-age=60")
        String cacheControl();
    }

    /** Answers kept in memory, to answer a query asked again before the data changes without running it. */
    AnswerCache answerCache();

    interface AnswerCache {
        /**
         * Memory the kept answers may take (bytes, or with a suffix: 32M); the least recently used go first.
         * 0 keeps no answer.
         */
        @WithDefault("32M")
        MemorySize maxSize();
    }
}
