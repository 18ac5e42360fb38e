package org.summitgraph.http;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.RoutingContext;

/**
 * Content negotiation of GraphQL over HTTP: which of the two JSON media types an Accept header
 * allows, and which one the answer uses; and which media type a request's Content-Type names.
 */
final class MediaTypes {

    static final String JSON = "application/json";
    static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";
    /** name=token or name="quoted string" (RFC 9110), spaces around allowed. */
    private static final Pattern PARAMETER = Pattern.compile(
            "\\s*([!#$%&'*+.^_`|~\\w-]+)=([!#$%&'*+.^_`|~\\w-]+|\"(?:[^\"\\\\]|\\\\.)*\")\\s*");

    /** Commas that separate the values of a header, not those inside a quoted parameter value. */
    private static final Pattern VALUE_SEPARATOR = Pattern.compile(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");

    private MediaTypes() {
    }

    /**
     * The one Content-Type a request header names, or {@code null} when it names different media types
     * or has a malformed or non-UTF-8 parameter.
     * Browsers join a Content-Type set twice into one value ({@code application/json, application/json}:
     * GraphiQL's fetcher adds the header SmallRye's page already sets), so a media type repeated, with
     * whatever case and parameters, is that media type; the first value is returned, as sent.
     * Not Vert.x's {@code parsedHeaders().contentType()}: it takes the whole header for one media type, the
     * values after the first inside its last parameter ({@code charset=utf-8, application/json}).
     */
    static String single(String contentType) {
        if (contentType == null) {
            return null;
        }
        String[] values = VALUE_SEPARATOR.split(contentType);
        String first = values[0].trim();
        for (String value : values) {
            if (!base(value).equals(base(first)) || !hasUtf8Parameters(value)) {
                return null;
            }
        }
        return first;
    }

    private static String base(String mediaType) {
        return mediaType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    }

    /** The media type to answer a request with, or {@code null} (406): see {@link #negotiate(List)}. */
    static String negotiate(RoutingContext rc) {
        return negotiate(() -> rc.parsedHeaders().accept());
    }

    /**
     * {@link #negotiate(List)} over the ranges {@code parsed} gives. Vert.x Web 4.5 parses a header lazily and
     * fails on a parameter whose quote is not closed ({@code application/json; x="}: a
     * StringIndexOutOfBoundsException in its HeaderParser): such an Accept is ignored, as an absent one is.
     */
    static String negotiate(Supplier<List<MIMEHeader>> parsed) {
        try {
            return negotiate(parsed.get());
        } catch (RuntimeException unparsable) {
            return JSON;
        }
    }

    /**
     * The media type to answer with, given the media ranges of an Accept header as Vert.x parses them
     * ({@code RoutingContext.parsedHeaders().accept()}), or {@code null} when they allow neither
     * {@code application/json} nor {@code application/graphql-response+json} (406).
     * No range (no Accept, or commas alone), and wildcards alone, give {@code application/json}; the GraphQL
     * response type is chosen when the client names it at least as strongly as {@code application/json}.
     * The q-values are Vert.x Web 4.5's: cut to two decimals ({@code q=0.005} is 0: refused), clamped to 0..1,
     * and 1 when unparsable.
     */
    static String negotiate(List<MIMEHeader> ranges) {
        if (ranges.isEmpty()) {
            return JSON;
        }
        float json = -1;
        float wildcard = -1;
        float graphql = -1;
        for (MIMEHeader range : ranges) {
            // the range as sent, before its parameters: Vert.x lower-cases component() but subComponent() only
            // when parameters follow
            switch (range.value().trim().toLowerCase(Locale.ROOT)) {
                case JSON -> json = Math.max(json, range.weight());
                case GRAPHQL_RESPONSE_JSON -> graphql = Math.max(graphql, range.weight());
                case "*/*", "application/*" -> wildcard = Math.max(wildcard, range.weight());
                default -> {
                }
            }
        }
        if (graphql > 0 && graphql >= json) {
            return GRAPHQL_RESPONSE_JSON;
        }
        if (json > 0 || (json < 0 && wildcard > 0)) {
            return JSON;
        }
        return null;
    }

    /** Whether every parameter of a Content-Type is well-formed, and its charset, if any, UTF-8. */
    static boolean hasUtf8Parameters(String contentType) {
        String[] parts = contentType.split(";");
        for (int i = 1; i < parts.length; i++) {
            Matcher parameter = PARAMETER.matcher(parts[i]);
            if (parameter.matches()) {
                String value = parameter.group(2).replaceAll("^\"|\"$", "");
                if (parameter.group(1).equalsIgnoreCase("charset") && !value.equalsIgnoreCase("utf-8")) {
                    return false;
                }
            } else if (!parts[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Whether a request Content-Type is the given media type, whatever its parameters. */
    static boolean is(String contentType, String mediaType) {
        return contentType != null && base(contentType).equals(mediaType);
    }
}
