package org.summitgraph.schema;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The served schema is committed in src/test/resources/schema.graphql, so that every change of
 * the API shows as a reviewed diff of that file. It is the schema with federation on, as built by default;
 * {@link SchemaWithoutFederationSnapshotTest} covers it off.
 */
@QuarkusTest
class SchemaSnapshotTest {

    private static final Path COMMITTED = Path.of("src/test/resources/schema.graphql");
    private static final Path SERVED = Path.of("target/served-schema.graphql");

    @Test
    void theServedSchemaIsTheCommittedOne() throws IOException {
        assertServedSchemaIs(COMMITTED, SERVED);
    }

    /** Fails, writing the served schema to {@code served}, when it differs from the file {@code committed}. */
    static void assertServedSchemaIs(Path committed, Path served) throws IOException {
        String schema = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        String expected = Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "";
        if (!normalized(schema).equals(normalized(expected))) {
            Files.createDirectories(served.getParent());
            Files.writeString(served, schema, StandardCharsets.UTF_8);
            fail("The served schema differs from " + committed + ". Review `diff " + committed + " " + served
                    + "`; if the change is intended, `cp " + served + " " + committed + "` and commit it.");
        }
    }

    private static String normalized(String schema) {
        return schema.replace("\r\n", "\n").strip();
    }
}
