package org.summitgraph.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.summitgraph.support.Tokens.EDITOR;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.summitgraph.i18n.Language;
import org.summitgraph.summit.SummitStatus;
import org.summitgraph.support.Fixtures;
import org.summitgraph.support.GraphQL;
import org.summitgraph.support.Inputs;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * GET /calendar/{organization}.ics over HTTP, read back with ical4j's parser and checked against what GraphQL
 * answers about the same summits: one all-day event per summit, in the request's language, its SEQUENCE raised by
 * a rescheduling; ETag and 304; 404, 405 and 400 in plain text.
 */
@QuarkusTest
class CalendarFeedTest {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    @Inject Fixtures fixtures;
    @Inject Clock clock;
    @TestHTTPResource("/")
    URI base;

    @ParameterizedTest
    @ValueSource(strings = { "EN", "FR", "RU" })
    void eachSummitIsAnEventAsGraphQLDescribesIt(String lang) throws Exception {
        String organization = organizationWithSummits();
        for (String code : List.of(organization, "CSTO")) {
            Calendar calendar = parse(given().queryParam("lang", lang.toLowerCase(Locale.ROOT))
                    .get("/calendar/" + code + ".ics").then().statusCode(200)
                    .header("Content-Type", "text/calendar; charset=utf-8")
                    .header("Content-Language", lang.toLowerCase(Locale.ROOT)).extract().asString());
            Map<String, Object> data = GraphQL.ok("calendarSummits", "organization", code, "lang", lang).extract()
                    .path("data");
            assertEquals(path(data, "organization.name"), value(calendar, "X-WR-CALNAME"));
            List<Map<String, Object>> summits = path(data, "summits.nodes");
            assertEquals(summits.size(), (int) path(data, "summits.totalCount"), "all summits on one page");
            Map<String, VEvent> events = calendar.<VEvent>getComponents("VEVENT").stream()
                    .collect(Collectors.toMap(e -> value(e, "UID"), Function.identity()));
            assertEquals(summits.size(), events.size(), "one event per summit of " + code);
            for (Map<String, Object> summit : summits) {
                VEvent event = events.get(summit.get("id") + "@summit-graph");
                assertNotNull(event, "no event for " + summit.get("id"));
                assertEvent(summit, event, Language.valueOf(lang));
                if (code.equals(organization)) {
                    // of this organization's summits, only the cancelled one was revised, once
                    assertEquals(summit.get("status").equals("CANCELLED") ? "1" : "0", value(event, "SEQUENCE"));
                }
            }
        }
        assertEquals(Stream.of(SummitStatus.values()).map(Enum::name).collect(Collectors.toSet()),
                GraphQL.ok("calendarSummits", "organization", organization, "lang", lang).extract()
                        .<List<String>>path("data.summits.nodes.status").stream().collect(Collectors.toSet()),
                "the organization has a summit of every status");
    }

    private void assertEvent(Map<String, Object> summit, VEvent event, Language language) {
        LocalDate date = LocalDate.parse((String) summit.get("date"));
        assertEquals("DATE", event.getProperty("DTSTART").orElseThrow().getParameter("VALUE").orElseThrow().getValue());
        assertEquals(date.format(DATE), value(event, "DTSTART"));
        assertEquals(date.plusDays(1).format(DATE), value(event, "DTEND"));
        assertEquals(summit.get("title"), value(event, "SUMMARY"));
        assertEquals(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
                .format(Instant.now(clock)), value(event, "DTSTAMP"));
        Map<String, Object> city = path(summit, "city");
        assertEquals(city == null ? CalendarDocument.VIDEOCONFERENCE.in(language)
                : city.get("name") + ", " + path(city, "country.name"), value(event, "LOCATION"));
        String status = switch (SummitStatus.valueOf((String) summit.get("status"))) {
            case SCHEDULED, HELD -> "CONFIRMED";
            case POSTPONED -> "TENTATIVE";
            case CANCELLED -> "CANCELLED";
        };
        assertEquals(status, value(event, "STATUS"));
        assertEquals(summit.get("note"), event.getProperty("DESCRIPTION").map(Property::getValue).orElse(null));
        List<Map<String, Object>> sources = path(summit, "sources");
        assertEquals(sources.stream().map(s -> s.get("url")).filter(u -> u != null).findFirst().orElse(null),
                event.getProperty("URL").map(Property::getValue).orElse(null));
    }

    @Test
    void reschedulingRaisesTheSequenceAndMovesTheEvent() throws Exception {
        String organization = fixtures.organization("moscow");
        String moved = schedule(organization, "2027-05-20", "Moscow");
        String untouched = schedule(organization, "2027-09-09", "Minsk");
        String feed = "/calendar/" + organization + ".ics";
        Calendar before = parse(given().get(feed).then().statusCode(200).extract().asString());
        int sequence = Integer.parseInt(value(event(before, moved), "SEQUENCE"));

        GraphQL.okWithHeaders("rescheduleSummit", EDITOR, "input", Inputs.of("id", moved, "version", version(moved),
                "date", "2027-06-03", "city", "Astana"));
        Calendar after = parse(given().get(feed).then().statusCode(200).extract().asString());
        assertEquals(sequence + 1, Integer.parseInt(value(event(after, moved), "SEQUENCE")));
        assertEquals("20270603", value(event(after, moved), "DTSTART"));
        assertEquals("Astana, Kazakhstan", value(event(after, moved), "LOCATION"));
        assertEquals(value(event(before, untouched), "SEQUENCE"), value(event(after, untouched), "SEQUENCE"));

        GraphQL.okWithHeaders("cancelSummit", EDITOR, "input", Inputs.of("id", moved, "version", version(moved)));
        VEvent cancelled = event(parse(given().get(feed).then().statusCode(200).extract().asString()), moved);
        assertEquals(sequence + 2, Integer.parseInt(value(cancelled, "SEQUENCE")));
        assertEquals("CANCELLED", value(cancelled, "STATUS"));
        assertEquals("20270603", value(cancelled, "DTSTART"), "a cancelled summit keeps its day");
    }

    @Test
    void aCurrentCopyIsAnswered304UntilTheDataChanges() {
        String organization = fixtures.organization("moscow");
        fixtures.summitIn(organization, LocalDate.of(2024, 11, 28), "bishkek");
        String feed = "/calendar/" + organization + ".ics";
        String etag = given().get(feed).then().statusCode(200)
                .header("ETag", startsWith("W/\""))
                .header("Cache-Control", "public, max-age=60")
                .header("Vary", containsString("Accept-Language")).extract().header("ETag");

        given().header("If-None-Match", etag).get(feed).then().statusCode(304)
                .header("ETag", etag).body(emptyString());
        // the code in any case names the same feed
        given().header("If-None-Match", etag).get("/calendar/" + organization.toLowerCase(Locale.ROOT) + ".ics")
                .then().statusCode(304);
        // another language, another document
        String french = given().header("Accept-Language", "fr").get(feed).then().statusCode(200)
                .header("Content-Language", "fr").extract().header("ETag");
        assertNotEquals(etag, french);
        given().header("If-None-Match", french).queryParam("lang", "fr").get(feed).then().statusCode(304);

        fixtures.summitIn(organization, LocalDate.of(2025, 11, 27), "bishkek");
        String changed = given().header("If-None-Match", etag).get(feed).then().statusCode(200)
                .extract().header("ETag");
        assertNotEquals(etag, changed);
    }

    @Test
    void theLangParameterWinsOverAcceptLanguage() throws Exception {
        String organization = fixtures.organization("moscow");
        String summit = schedule(organization, "2027-05-20", "Moscow");
        Response response = given().header("Accept-Language", "fr").queryParam("lang", "RU")
                .get("/calendar/" + organization + ".ics");
        response.then().statusCode(200).header("Content-Language", "ru");
        assertEquals("Москва, Россия", value(event(parse(response.asString()), summit), "LOCATION"));
        Response french = given().header("Accept-Language", "de, fr;q=0.8").get("/calendar/" + organization + ".ics");
        assertEquals("Moscou, Russie", value(event(parse(french.asString()), summit), "LOCATION"));
    }

    @Test
    void headAnswersTheHeadersAlone() {
        given().head("/calendar/CSTO.ics").then().statusCode(200)
                .header("Content-Type", "text/calendar; charset=utf-8")
                .header("ETag", startsWith("W/\"")).body(emptyString());
    }

    @Test
    void anUnknownOrganizationIs404InPlainText() {
        given().get("/calendar/nothing-" + Fixtures.unique() + ".ics").then().statusCode(404)
                .header("Content-Type", "text/plain; charset=utf-8")
                .body(containsString("No organization has this code"), not(containsString("Exception")));
    }

    @Test
    void otherMethodsAre405() {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            given().request(method, "/calendar/CSTO.ics").then().statusCode(405)
                    .header("Allow", "GET, HEAD").header("Content-Type", "text/plain; charset=utf-8");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "/calendar/CSTO", "/calendar/CSTO.ical", "/calendar/.ics", "/calendar/", "/calendar",
            "/calendar/CSTO.ics/more", "/calendar/a%2Fb.ics", "/calendar/%zz.ics", "/calendar/%FF%FE.ics",
            "/calendar/%ED%A0%80.ics", "/calendar/CSTO.ics?lang=de", "/calendar/CSTO.ics?lang=%zz",
            "/calendar/CSTO.ics?lang=", "/calendar/CSTO%00.ics", "/calendar/CSTO%0D%0A.ics", "/calendar/../graphql.ics",
            "/calendar/%25.ics", "/calendar/' or 1=1 --.ics" })
    void badPathsAndParametersAre4xx(String target) throws IOException {
        int status = rawStatus(target);
        assertTrue(status >= 400 && status < 500, target + " answered " + status);
    }

    /** The status of a GET of {@code target} sent as it is: HTTP clients refuse to send what is not a URI. */
    private int rawStatus(String target) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    @Test
    void longNamesAre4xx() {
        given().get("/calendar/" + "x".repeat(200) + ".ics").then().statusCode(404)
                .body(not(containsString("Exception")));
        int status = given().get("/calendar/" + "x".repeat(5_000) + ".ics").then().extract().statusCode();
        assertEquals(414, status);
    }

    /** A scheduled summit of the organization, through the mutation; its id. */
    private static String schedule(String organization, String date, String city) {
        return GraphQL.okWithHeaders("scheduleSummit", EDITOR, "input", Inputs.of("organization", organization,
                "date", date, "title", "Session in " + city, "titleFr", "Session à " + city, "city", city))
                .extract().path("data.scheduleSummit.id");
    }

    /**
     * An organization with a scheduled summit reported by a source, a cancelled one, a held one titled in English
     * alone and a postponed videoconference.
     */
    private String organizationWithSummits() {
        String organization = fixtures.organization("moscow");
        GraphQL.okWithHeaders("scheduleSummit", EDITOR, "input", Inputs.of("organization", organization,
                "date", "2027-05-20", "title", "Session in Moscow", "titleFr", "Session à Moscou",
                "titleRu", "Сессия в Москве", "city", "Moscow", "sources", List.of(fixtures.source())));
        String cancelled = schedule(organization, "2027-09-09", "Minsk");
        GraphQL.okWithHeaders("cancelSummit", EDITOR, "input", Inputs.of("id", cancelled, "version", version(cancelled)));
        fixtures.summitIn(organization, LocalDate.of(2024, 11, 28), "bishkek");
        fixtures.summit(organization, LocalDate.of(2026, 10, 1), SummitStatus.POSTPONED);
        return organization;
    }

    private static int version(String summit) {
        return GraphQL.ok("editedSummit", "id", summit).extract().path("data.summit.version");
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static VEvent event(Calendar calendar, String summit) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> value(e, "UID").equals(summit + "@summit-graph")).findFirst().orElseThrow();
    }

    private static String value(PropertyContainer container, String name) {
        return container.getProperty(name).map(Property::getValue).orElseThrow(() -> new AssertionError("no " + name));
    }

    @SuppressWarnings("unchecked")
    private static <T> T path(Map<String, Object> map, String path) {
        Object value = map;
        for (String key : path.split("\\.")) {
            value = value == null ? null : ((Map<String, Object>) value).get(key);
        }
        return (T) value;
    }
}
