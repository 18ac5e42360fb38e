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
 * the API shows as a reviewed diff of that file.
 */
@QuarkusTest
class SchemaSnapshotTest {

    private static final Path COMMITTED = Path.of("src/test/resources/schema.graphql");
    private static final Path SERVED = Path.of("target/served-schema.graphql");

    @Test
    void theServedSchemaIsTheCommittedOne() throws IOException {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        if (!normalized(served).equals(normalized(committed))) {
            Files.createDirectories(SERVED.getParent());
            Files.writeString(SERVED, served, StandardCharsets.UTF_8);
            fail("The served schema differs from " + COMMITTED + ". Review `diff " + COMMITTED + " " + SERVED
                    + "`; if the change is intended, `cp " + SERVED + " " + COMMITTED + "` and commit it.");
        }
    }

    private static String normalized(String schema) {
        return schema.replace("\r\n", "\n").strip();
    }
}
