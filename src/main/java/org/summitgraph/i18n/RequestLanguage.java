package org.summitgraph.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.summitgraph.execution.CurrentField;

import graphql.GraphQLContext;

/**
 * The language of texts when a field's {@code lang} is not given: the best of FR, EN, RU in the
 * request's Accept-Language (q-values honoured), else English. It is negotiated once per operation
 * from the headers SmallRye keeps in the GraphQLContext (for a WebSocket, those of its upgrade
 * request), not from the CDI request scope: a client that hangs up ends that scope while resolvers
 * may still run.
 */
@Singleton
public class RequestLanguage {

    /** RFC 4647 basic language range: 1*8ALPHA *("-" 1*8alphanum); "*" names no language of ours. */
    private static final Pattern LANGUAGE_RANGE = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");
    /** RFC 9110 qvalue: 0 to 1 with at most three decimals. */
    private static final Pattern QVALUE = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");
    private static final int MAX_WEIGHT = 1000;
    /** Longer ranges are ignored unread (language tags are meant to fit in 35 characters). */
    private static final int MAX_RANGE_LENGTH = 64;

    private static final String NEGOTIATED = RequestLanguage.class.getName() + ".negotiated";
    /** Where SmallRye puts the request's headers (name as sent to all its values) in the GraphQLContext. */
    private static final String HTTP_HEADERS = "httpHeaders";

    @Inject CurrentField field;

    /**
     * {@code lang}, else the operation's negotiated language. Only on the thread that resolves a
     * field (see {@link CurrentField}), so before handing work to another thread.
     */
    public Language or(Language lang) {
        return lang != null ? lang : negotiated(field.environment().getGraphQlContext());
    }

    static Language negotiated(GraphQLContext graphQLContext) {
        return graphQLContext.computeIfAbsent(NEGOTIATED,
                key -> fromAcceptLanguage(firstValue(graphQLContext.get(HTTP_HEADERS), "Accept-Language")));
    }

    /** The first value of a header, as Vert.x's {@code getHeader} gives it: names are case-insensitive. */
    private static String firstValue(Map<String, List<String>> headers, String name) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (name.equalsIgnoreCase(header.getKey()) && header.getValue() != null && !header.getValue().isEmpty()) {
                return header.getValue().get(0);
            }
        }
        return null;
    }

    /**
     * The best of FR, EN, RU in an Accept-Language header (RFC 9110: language ranges with an optional
     * {@code q} weight), else English. Total: an entry that is not a language range with at most a valid
     * weight is ignored, whatever the header holds. The one parser of the header: Vert.x's
     * {@code parsedHeaders().acceptLanguage()} (Vert.x Web 4.5) keeps two decimals of a weight ({@code q=0.001}
     * is 0) and takes an unparsable one for 1, where {@code AcceptLanguageParserTest} wants otherwise.
     */
    public static Language fromAcceptLanguage(String header) {
        if (header == null) {
            return Language.EN;
        }
        Language best = Language.EN;
        int bestWeight = 0;
        for (String entry : header.split(",", -1)) {
            int semicolon = entry.indexOf(';');
            Language lang = language(semicolon < 0 ? entry : entry.substring(0, semicolon));
            int weight = semicolon < 0 ? MAX_WEIGHT : weight(entry.substring(semicolon + 1));
            if (lang != null && weight > bestWeight) {
                best = lang;
                bestWeight = weight;
            }
        }
        return best;
    }

    /** The language of a range whose primary subtag is fr, en or ru; null for others and for what is no range. */
    private static Language language(String range) {
        String trimmed = range.trim();
        if (trimmed.length() > MAX_RANGE_LENGTH || !LANGUAGE_RANGE.matcher(trimmed).matches()) {
            return null;
        }
        int dash = trimmed.indexOf('-');
        return switch ((dash < 0 ? trimmed : trimmed.substring(0, dash)).toLowerCase(Locale.ROOT)) {
            case "fr" -> Language.FR;
            case "en" -> Language.EN;
            case "ru" -> Language.RU;
            default -> null;
        };
    }

    /** The weight of {@code q=0.5} in thousandths, or -1 when the parameters are not exactly one valid weight. */
    private static int weight(String parameters) {
        String parameter = parameters.trim();
        if (parameter.length() < 3 || parameter.length() > 7 || !parameter.regionMatches(true, 0, "q=", 0, 2)) {
            return -1;
        }
        String value = parameter.substring(2);
        if (!QVALUE.matcher(value).matches()) {
            return -1;
        }
        // "0", "0.5", "1.000": the integer part, then up to three decimals
        String decimals = value.length() > 2 ? value.substring(2) : "";
        return (value.charAt(0) - '0') * MAX_WEIGHT + Integer.parseInt((decimals + "000").substring(0, 3));
    }
}
