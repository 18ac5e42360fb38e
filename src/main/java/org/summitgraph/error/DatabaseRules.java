package org.summitgraph.error;


import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * A rule of the database that a write broke (unique key, reference, check, not null, length), said in
 * words with its code. Only what another edit did at the same moment is {@code CONFLICT} (a serialization
 * failure or deadlock); a broken rule is the request's: {@code DUPLICATE} for a unique key,
 * {@code NOT_FOUND} for a reference to nothing, {@code BAD_USER_INPUT} for the others.
 */
public final class DatabaseRules {

    /** PostgreSQL's SQL states (Appendix A of its manual). */
    private static final String UNIQUE = "23505";
    private static final String FOREIGN_KEY = "23503";
    private static final String CHECK = "23514";
    private static final String NOT_NULL = "23502";
    private static final String EXCLUSION = "23P01";
    private static final String TOO_LONG = "22001";
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK = "40P01";
    /** "Key (organization_code, country_code)=(CSTO, AM) already exists." — the columns, not the values. */
    private static final Pattern KEY_COLUMNS = Pattern.compile("Key \\(([^)]*)\\)=");
    /** 'Key (country_code)=(ZZ) is not present in table "country".' */
    private static final Pattern REFERENCED_TABLE = Pattern.compile("in table \"([^\"]+)\"");
    /** 'update or delete on table "country" violates foreign key constraint … on table "city"' */
    private static final Pattern DELETED_TABLE = Pattern.compile("on table \"([^\"]+)\" violates");

    private DatabaseRules() {
    }

    /** The broken rule that {@code t} or one of its causes reports, or null when it reports none. */
    public static ApiException broken(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException sql && sql.getSQLState() != null) {
                ApiException rule = rule(sql.getSQLState(), c instanceof PSQLException psql ? psql.getServerErrorMessage() : null);
                if (rule != null) {
                    return rule;
                }
            }
        }
        return null;
    }

    static ApiException rule(String state, ServerErrorMessage server) {
        String table = words(server == null ? null : server.getTable());
        String detail = server == null ? null : server.getDetail();
        return switch (state) {
            case UNIQUE -> new ApiException(ErrorCode.DUPLICATE, "A " + or(table, "record") + " with the same "
                    + or(words(group(KEY_COLUMNS, detail)), "key") + " already exists");
            case FOREIGN_KEY -> detail != null && detail.contains("still referenced")
                    ? ApiException.badInput("The " + or(words(group(DELETED_TABLE, server == null ? null : server.getMessage())), "record")
                            + " is still referred to by a " + or(table, "record") + ": remove that first")
                    : new ApiException(ErrorCode.NOT_FOUND, "The " + or(table, "record") + " refers to a "
                            + or(words(group(REFERENCED_TABLE, detail)), "record") + " that does not exist");
            case CHECK -> ApiException.badInput("The " + or(table, "record") + " breaks the rule "
                    + or(server == null ? null : server.getConstraint(), "of its table") + " of the database");
            case NOT_NULL -> ApiException.badInput("The " + or(table, "record") + " needs a "
                    + or(words(server == null ? null : server.getColumn()), "value") + "");
            case EXCLUSION -> ApiException.badInput("The " + or(table, "record") + " overlaps another one");
            case TOO_LONG -> ApiException.badInput("A text is longer than the database can store for it");
            case SERIALIZATION_FAILURE, DEADLOCK -> new ApiException(ErrorCode.CONFLICT,
                    "Another edit changed the same data at the same time; reload it and try again");
            default -> null;
        };
    }

    private static String group(Pattern pattern, String text) {
        if (text == null) {
            return null;
        }
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** {@code organization_code} as "organization code". */
    private static String words(String name) {
        return name == null ? null : name.replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
