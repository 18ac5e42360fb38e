package org.summitgraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.summitgraph.support.GraphQL;
import org.summitgraph.support.LoudLog;
import org.summitgraph.support.Tokens;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;

/**
 * Issue 11, second round: what Quarkus and Vert.x refuse before GraphQL runs answers like GraphQL,
 * with a code, in the negotiated media type, never with an empty body or an HTML page.
 */
@QuarkusTest
class HttpRefusalsTest {

    private static final String GRAPHQL_JSON = "application/graphql-response+json";

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void aTokenThatDoesNotVerifyIs401WithACode() {
        GraphQL.send("deleteSummit", Tokens.bearer("not.a-jwt"), "id", "csto-2023-11-23-minsk").statusCode(401)
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .header("Content-Type", startsWith("application/json"))
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].message", containsString("token"));
        GraphQL.ok("editedSummit", "id", "csto-2023-11-23-minsk").body("data.summit.id", equalTo("csto-2023-11-23-minsk"));
    }

    @Test
    void theGraphQLResponseTypeIsKeptFor401() {
        given().contentType(ContentType.JSON).accept(GRAPHQL_JSON).header("Authorization", "Bearer xyz")
                .body(Map.of("query", GraphQL.document("deleteSummit"), "variables", Map.of("id", "x")))
                .when().post("/graphql").then().statusCode(401)
                .header("Content-Type", startsWith(GRAPHQL_JSON))
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "PUT", "DELETE", "PATCH" })
    void otherMethodsAre405WithAllow(String method) {
        given().accept(GRAPHQL_JSON).when().request(method, "/graphql").then().statusCode(405)
                .header("Allow", "GET, POST, OPTIONS")
                .header("Content-Type", startsWith(GRAPHQL_JSON))
                .body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void aBodyOverTheLimitIs413() {
        given().contentType(ContentType.JSON).body("{\"query\":\"" + "a".repeat(110_000) + "\"}")
                .when().post("/graphql").then().statusCode(413)
                .header("Content-Type", startsWith("application/json"))
                .body("errors[0].extensions.code", equalTo("REQUEST_TOO_LARGE"))
                .body("errors[0].message", containsString("102400 bytes"));
    }

    /** Closed while the client still sent its body, the connection was reset and the answer sometimes lost. */
    @Test
    void everyClientSendingABodyOverTheLimitReads413() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String body = new JsonObject().put("query", "{ countries { code } }")
                .put("variables", new JsonObject().put("padding", "x".repeat(240_000))).encode();
        for (int i = 0; i < 40; i++) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(graphql)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(413, answer.statusCode(), answer.body());
            assertEquals("REQUEST_TOO_LARGE", new JsonObject(answer.body()).getJsonArray("errors").getJsonObject(0)
                    .getJsonObject("extensions").getString("code"));
        }
    }

    /** Vert.x decoded form bodies, and logged an ERROR for a field over 2 KB after answering. */
    @ParameterizedTest
    @ValueSource(strings = { "multipart/form-data; boundary=----x", "application/x-www-form-urlencoded" })
    void aFormIs415WithACodeAndNothingLogged(String contentType) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String form = "query=" + "x".repeat(5_000) + "&variables=" + "y".repeat(5_000);
        try (LoudLog log = LoudLog.record()) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(graphql).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(415, answer.statusCode(), answer.body());
            assertEquals("BAD_REQUEST", new JsonObject(answer.body()).getJsonArray("errors").getJsonObject(0)
                    .getJsonObject("extensions").getString("code"));
            GraphQL.ok("limitAliases15");
            assertEquals(List.of(), log.lines());
        }
    }

    @Test
    void aChunkedBodyThatGrowsOverTheLimitIs413() throws IOException {
        StringBuilder request = new StringBuilder("POST /graphql HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        String chunk = "a".repeat(16_384);
        for (int i = 0; i < 8; i++) {
            request.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        request.append("0\r\n\r\n");
        Answer answer = exchange(request.toString());
        assertEquals(413, answer.status(), answer.text());
        assertEquals("REQUEST_TOO_LARGE", answer.code(), answer.text());
    }

    @Test
    void aRequestLineOverTheLimitIs414() throws IOException {
        Answer answer = exchange("GET /graphql?query=" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertEquals(414, answer.status(), answer.text());
        assertEquals("URI_TOO_LONG", answer.code(), answer.text());
        assertTrue(answer.text().contains("content-type: application/json"), answer.text());
    }

    @Test
    void headersOverTheLimitAre431() throws IOException {
        Answer answer = exchange("GET /graphql?query=%7B__typename%7D HTTP/1.1\r\nHost: localhost\r\nX-Padding: "
                + "a".repeat(30_000) + "\r\n\r\n");
        assertEquals(431, answer.status(), answer.text());
        assertEquals("HEADERS_TOO_LARGE", answer.code(), answer.text());
    }

    private record Answer(int status, String text) {
        String code() {
            String body = text.substring(text.indexOf("\r\n\r\n") + 4);
            return new JsonObject(body).getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code");
        }
    }

    /** Sends raw bytes on a new connection, and reads the answer until the server closes it. */
    private Answer exchange(String request) throws IOException {
        try (Socket socket = new Socket(graphql.getHost(), graphql.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0;) {
                    received.write(buffer, 0, n);
                }
            } catch (IOException resetAfterTheAnswer) {
                // the server may close before reading all we sent: what it answered is in
            }
            String text = received.toString(StandardCharsets.UTF_8);
            assertTrue(text.startsWith("HTTP/1."), "no HTTP answer: " + text);
            return new Answer(Integer.parseInt(text.substring(9, 12)), text);
        }
    }
}
