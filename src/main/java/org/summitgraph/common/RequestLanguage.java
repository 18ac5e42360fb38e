package org.summitgraph.common;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * The language of texts when a field's {@code lang} is not given: the best of FR, EN, RU in the
 * request's Accept-Language (q-values honoured), else English.
 */
@RequestScoped
public class RequestLanguage {

    private final CurrentVertxRequest request;
    private Language negotiated;

    RequestLanguage(CurrentVertxRequest request) {
        this.request = request;
    }

    public Language or(Language lang) {
        return lang != null ? lang : negotiated();
    }

    Language negotiated() {
        if (negotiated == null) {
            RoutingContext context = request.getCurrent();
            String header = context == null ? null : context.request().getHeader("Accept-Language");
            negotiated = fromAcceptLanguage(header);
        }
        return negotiated;
    }

    static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Language.EN;
        }
        Language best = Language.EN;
        double bestQ = 0;
        for (String range : header.split(",")) {
            String[] parts = range.trim().split(";");
            Language lang = switch (parts[0].trim().toLowerCase(Locale.ROOT).split("-")[0]) {
                case "fr" -> Language.FR;
                case "en" -> Language.EN;
                case "ru" -> Language.RU;
                default -> null;
            };
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (lang != null && q > bestQ) {
                best = lang;
                bestQ = q;
            }
        }
        return best;
    }
}
