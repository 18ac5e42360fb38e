package org.summitgraph.http.feeds;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.summitgraph.config.SummitGraphConfig;
import org.summitgraph.error.GraphQLErrors;
import org.summitgraph.http.caching.HttpCache;
import org.summitgraph.i18n.Language;
import org.summitgraph.i18n.RequestLanguage;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves every {@link Feed} at {@code <path>/<name><extension>}, over GET and HEAD (405 otherwise): the document
 * in the language of {@code ?lang=} ({@code en}, {@code fr}, {@code ru}), else of Accept-Language, said in
 * Content-Language; a weak ETag from the data version, as GET queries get ({@link HttpCache#tag}), with 304 for a
 * matching If-None-Match and the Cache-Control of GET queries. A name that names no document gets 404, another
 * {@code lang} 400, both in plain text; 503 when the database cannot be reached.
 */
@ApplicationScoped
public class FeedRoutes {

    private static final Logger LOG = Logger.getLogger(FeedRoutes.class);
    private static final String TEXT = "text/plain; charset=utf-8";
    /** Longer file names name no document: 404 without asking the database. */
    private static final int MAX_NAME_LENGTH = 100;

    @Inject Instance<Feed> feeds;
    @Inject HttpCache cache;
    @Inject SummitGraphConfig config;

    void register(@Observes Router router) {
        for (Feed feed : feeds) {
            router.route(feed.path() + "/:file").handler(rc -> serve(rc, feed));
        }
    }

    private void serve(RoutingContext rc, Feed feed) {
        HttpMethod method = rc.request().method();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            rc.response().putHeader(HttpHeaders.ALLOW, "GET, HEAD");
            text(rc, 405, "Only GET and HEAD are served here");
            return;
        }
        String file = rc.pathParam("file");
        int stem = file.length() - feed.extension().length();
        // a control character is in no name, and PostgreSQL refuses NUL in a text
        if (stem <= 0 || file.length() > MAX_NAME_LENGTH || file.chars().anyMatch(Character::isISOControl)
                || !file.regionMatches(true, stem, feed.extension(), 0, feed.extension().length())) {
            text(rc, 404, feed.unknown());
            return;
        }
        Language language = language(rc);
        if (language == null) {
            text(rc, 400, "lang must be en, fr or ru");
            return;
        }
        String name = file.substring(0, stem).toLowerCase(Locale.ROOT);
        String ifNoneMatch = rc.request().getHeader(HttpHeaders.IF_NONE_MATCH);
        rc.vertx().executeBlocking(() -> answer(feed, name, language, ifNoneMatch), false).onComplete(done -> {
            if (rc.response().closed()) {
                return; // the client hung up
            }
            if (done.failed()) {
                failed(rc, done.cause());
            } else if (done.result().status() == 404) {
                text(rc, 404, feed.unknown());
            } else {
                send(rc, feed, language, done.result());
            }
        });
    }

    /** The language of {@code ?lang=}, else of Accept-Language; null for a {@code lang} that is none of ours. */
    private static Language language(RoutingContext rc) {
        String lang;
        try {
            lang = rc.request().getParam("lang");
        } catch (IllegalArgumentException e) {
            return null; // a query string that does not decode
        }
        if (lang == null) {
            return RequestLanguage.fromAcceptLanguage(rc.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        }
        for (Language language : Language.values()) {
            if (language.name().equalsIgnoreCase(lang)) {
                return language;
            }
        }
        return null;
    }

    /** The data version is read first: a change committed meanwhile makes the tag older than the document, never newer. */
    private Answer answer(Feed feed, String name, Language language, String ifNoneMatch) throws Exception {
        String etag = cache.tag(feed.path(), name, language.name());
        if (HttpCache.matches(ifNoneMatch, etag)) {
            return new Answer(304, etag, null);
        }
        String body = feed.render(name, language);
        return body == null ? new Answer(404, null, null) : new Answer(200, etag, body);
    }

    /** 200 with the document and its tag, 304 with the tag of the client's current copy, or 404. */
    private record Answer(int status, String etag, String body) {
    }

    private void send(RoutingContext rc, Feed feed, Language language, Answer answer) {
        rc.response().putHeader(HttpHeaders.ETAG, answer.etag())
                .putHeader(HttpHeaders.CACHE_CONTROL, config.httpCache().cacheControl())
                .putHeader(HttpHeaders.VARY, "Accept-Language")
                .putHeader("Content-Language", language.name().toLowerCase(Locale.ROOT));
        if (answer.status() == 304) {
            rc.response().setStatusCode(304).end();
        } else {
            rc.response().putHeader(HttpHeaders.CONTENT_TYPE, feed.mediaType()).end(answer.body());
        }
    }

    private static void failed(RoutingContext rc, Throwable failure) {
        if (GraphQLErrors.databaseUnreachable(failure)) {
            LOG.debugf("%s not served: the database cannot be reached (%s)", rc.normalizedPath(), failure.getMessage());
            text(rc, 503, GraphQLErrors.UNAVAILABLE_MESSAGE);
        } else {
            LOG.errorf(failure, "%s could not be served", rc.normalizedPath());
            text(rc, 500, "The document could not be made; the error is logged");
        }
    }

    private static void text(RoutingContext rc, int status, String message) {
        rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, TEXT)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store").end(message + "\n");
    }
}
