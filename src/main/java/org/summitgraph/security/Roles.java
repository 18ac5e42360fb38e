package org.summitgraph.security;

/** Roles a bearer token may carry (its groups claim). */
public final class Roles {

    /** May create and change data. */
    public static final String EDITOR = "editor";
    /** May also delete. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
