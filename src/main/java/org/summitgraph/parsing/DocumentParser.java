package org.summitgraph.parsing;

import java.util.Map;

import org.summitgraph.error.ErrorCode;
import org.summitgraph.error.GraphQLErrors;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.InvalidSyntaxError;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;

/**
 * Parses a request's document before SmallRye does, over HTTP and WebSocket alike, so that one that
 * does not parse gets {@code GRAPHQL_PARSE_FAILED} (SmallRye answers "Unparseable input document"
 * without a code) and one over the token limit {@code TOO_MANY_TOKENS}.
 */
public final class DocumentParser {

    /** The document, or the error to answer instead when it does not parse. */
    public record Parsed(Document document, GraphQLError error) {
    }

    private DocumentParser() {
    }

    public static Parsed parse(String query, int maxTokens) {
        try {
            // one token more than allowed, so that an over-long document gets TOO_MANY_TOKENS, not a parse error
            ParserOptions options = ParserOptions.getDefaultOperationParserOptions()
                    .transform(b -> b.maxTokens(maxTokens + 1));
            return new Parsed(new Parser().parseDocument(
                    ParserEnvironment.newParserEnvironment().document(query).parserOptions(options).build()), null);
        } catch (InvalidSyntaxException e) {
            // the exact class is the token limit; its subclasses are other limits (depth, characters)
            GraphQLError error = e.getClass() == ParseCancelledException.class
                    ? GraphqlErrorBuilder.newError()
                            .message("The document has more than " + maxTokens + " tokens, the most allowed")
                            .extensions(Map.of("code", ErrorCode.TOO_MANY_TOKENS.name(), "classification", "InvalidSyntax"))
                            .build()
                    : GraphQLErrors.withCode(new InvalidSyntaxError(e.getLocation(), e.getMessage()), false);
            return new Parsed(null, error);
        }
    }
}
