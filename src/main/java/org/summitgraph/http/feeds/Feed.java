package org.summitgraph.http.feeds;

import org.summitgraph.i18n.Language;

/**
 * Documents a feature publishes over HTTP beside GraphQL, one per name: {@code GET /calendar/csto.ics} asks the
 * feed at {@code /calendar} with the extension {@code .ics} for its document {@code csto}. Features implement it
 * as CDI beans and {@link FeedRoutes} serves them all, so that the HTTP layer never refers to a feature.
 */
public interface Feed {

    /** Where the documents are, e.g. {@code /calendar}. */
    String path();

    /** The extension of their file names, e.g. {@code .ics}; matched ignoring case. */
    String extension();

    /** Their Content-Type. */
    String mediaType();

    /** The plain-text body of a 404: what the name should have named. */
    String unknown();

    /**
     * The document of {@code name} (in lower case, without the extension) in {@code language}; null when there
     * is none. Called on a worker thread.
     */
    String render(String name, Language language);
}
