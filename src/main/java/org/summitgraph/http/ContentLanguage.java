package org.summitgraph.http;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.summitgraph.i18n.Language;
import org.summitgraph.i18n.RequestLanguage;

import io.vertx.ext.web.Router;

/**
 * Tells clients which language texts without a `lang` argument came in (Content-Language), and
 * caches that the answer depends on Accept-Language (Vary).
 */
@ApplicationScoped
public class ContentLanguage {

    void register(@Observes Router router) {
        router.route("/graphql").order(-200).handler(rc -> {
            String language = RequestLanguage.fromAcceptLanguage(rc.request().getHeader("Accept-Language"))
                    .name().toLowerCase(Locale.ROOT);
            rc.addHeadersEndHandler(v -> rc.response().headers()
                    .set("Content-Language", language)
                    .add("Vary", "Accept-Language"));
            rc.next();
        });
    }
}
