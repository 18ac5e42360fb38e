package org.summitgraph.security;

/**
 * Whether the current request sent credentials that this instance had to ignore, having no key to verify
 * them (see {@link TokenKey}). The HTTP layer removes them before Quarkus reads them, and answers this.
 */
public interface IgnoredCredentials {

    /** Whether the current request's credentials were ignored; false outside a request. */
    boolean inCurrentRequest();
}
