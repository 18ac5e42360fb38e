package org.summitgraph.http.graphiql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** GraphiQL's page, the files it loads, what it is told of the server, and the addresses that lead to it. */
@QuarkusTest
class GraphiQLPageTest {

    /** What the page loads itself: scripts, styles, its icon. */
    private static final Pattern LOADED = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

    @Test
    void thePageLoadsNothingButThisServersFiles() {
        String page = given().when().get("/graphiql/")
                .then().statusCode(200)
                .header("Content-Security-Policy", GraphiQLPage.CONTENT_SECURITY_POLICY)
                .header("Cache-Control", "no-cache")
                .body(containsString("GraphiQL"))
                .extract().asString();
        List<String> files = LOADED.matcher(page).results().map(m -> m.group(1)).toList();
        assertTrue(files.containsAll(List.of("page.js", "builder.js", "examples.js")), () -> "the files the page loads: " + files);
        for (String file : files) {
            // relative to the page, so that they come from this server only
            given().when().get("/graphiql/" + file).then().statusCode(200).body(not(emptyString()));
        }
        given().when().get("/graphiql/examples.json").then().statusCode(200).body("name", hasItem("BishkekSummit"));
    }

    @Test
    void thePageIsToldWhatTheServerAllows() {
        given().when().get("/graphiql/settings.json")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("introspection", equalTo(true))
                .body("safelist", equalTo(false));
    }

    @Test
    void oldAddressesLeadToThePage() {
        for (String address : new String[] { "/graphiql", "/q/graphql-ui", "/q/graphql-ui/", "/q/graphql-ui/index.html" }) {
            given().redirects().follow(false).when().get(address)
                    .then().statusCode(302).header("Location", endsWith("/graphiql/"));
        }
    }
}
