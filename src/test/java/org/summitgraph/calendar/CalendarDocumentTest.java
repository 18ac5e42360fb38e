package org.summitgraph.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.summitgraph.calendar.OrganizationCalendar.Meeting;
import org.summitgraph.country.CityView;
import org.summitgraph.country.CountryView;
import org.summitgraph.i18n.Language;
import org.summitgraph.i18n.LocalizedText;
import org.summitgraph.organization.OrganizationView;
import org.summitgraph.summit.SummitKind;
import org.summitgraph.summit.SummitStatus;
import org.summitgraph.summit.SummitView;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** The iCalendar document made from records, read back with ical4j's parser: nothing started. */
class CalendarDocumentTest {

    private static final Instant STAMP = Instant.parse("2030-01-02T03:04:05Z");
    private static final OrganizationView ORGANIZATION = new OrganizationView("org", "ORG",
            new LocalizedText("Test Organization", "Organisation de test", "Тестовая организация"),
            LocalizedText.english("ORG"), null);
    private static final CityView BISHKEK = new CityView("bishkek", "KG", new LocalizedText("Bishkek", "Bichkek", "Бишкек"));
    private static final CountryView KYRGYZSTAN = CountryView.of("KG",
            new LocalizedText("Kyrgyzstan", "Kirghizistan", "Киргизия"));

    @ParameterizedTest
    @EnumSource(SummitStatus.class)
    void everyStatusHasItsICalendarStatus(SummitStatus status) {
        String expected = switch (status) {
            case SCHEDULED, HELD -> "CONFIRMED";
            case POSTPONED -> "TENTATIVE";
            case CANCELLED -> "CANCELLED";
        };
        assertEquals(expected, CalendarDocument.status(status));
    }

    @Test
    void anAllDayEventEndsTheDayAfter() {
        assertEquals(LocalDate.of(2025, 11, 28), CalendarDocument.end(LocalDate.of(2025, 11, 27)));
        assertEquals(LocalDate.of(2025, 1, 1), CalendarDocument.end(LocalDate.of(2024, 12, 31)));
        assertEquals(LocalDate.of(2024, 2, 29), CalendarDocument.end(LocalDate.of(2024, 2, 28)));
    }

    @Test
    void theLocationIsTheCityAndItsStateInTheLanguageOrAVideoconference() {
        Meeting inBishkek = meeting(summit("a", LocalDate.of(2025, 11, 27), SummitStatus.HELD), BISHKEK, KYRGYZSTAN, 0);
        Meeting online = meeting(summit("b", LocalDate.of(2025, 11, 27), SummitStatus.HELD), null, null, 0);
        assertEquals("Bishkek, Kyrgyzstan", CalendarDocument.location(inBishkek, Language.EN));
        assertEquals("Bichkek, Kirghizistan", CalendarDocument.location(inBishkek, Language.FR));
        assertEquals("Бишкек, Киргизия", CalendarDocument.location(inBishkek, Language.RU));
        assertEquals("Visioconférence", CalendarDocument.location(online, Language.FR));
        CityView unnamed = new CityView("x", "KG", LocalizedText.english("Only English"));
        assertEquals("Only English, Киргизия",
                CalendarDocument.location(meeting(inBishkek.summit(), unnamed, KYRGYZSTAN, 0), Language.RU));
    }

    @Test
    void eachSummitIsAnAllDayEventWithItsUidSequenceAndStatus() throws Exception {
        SummitView held = summit("org-2025-11-27-bishkek", LocalDate.of(2025, 11, 27), SummitStatus.HELD);
        SummitView cancelled = summit("org-2026-03-01-videoconference", LocalDate.of(2026, 3, 1), SummitStatus.CANCELLED);
        Calendar calendar = parse(CalendarDocument.write(new OrganizationCalendar(ORGANIZATION, List.of(
                new Meeting(held, BISHKEK, KYRGYZSTAN, "https://example.org/report", 0),
                meeting(cancelled, null, null, 3))), Language.FR, STAMP));

        assertEquals("Organisation de test", value(calendar.getProperty("X-WR-CALNAME")));
        assertEquals("Organisation de test", value(calendar.getProperty("NAME")));
        assertEquals(CalendarDocument.PRODUCT, value(calendar.getProperty("PRODID")));
        assertEquals("2.0", value(calendar.getProperty("VERSION")));
        List<VEvent> events = calendar.<VEvent>getComponents("VEVENT");
        assertEquals(2, events.size());

        VEvent first = events.get(0);
        assertEquals("org-2025-11-27-bishkek@summit-graph", value(first.getProperty("UID")));
        assertEquals("DATE", first.getProperty("DTSTART").get().getParameter("VALUE").get().getValue());
        assertEquals("20251127", value(first.getProperty("DTSTART")));
        assertEquals("20251128", value(first.getProperty("DTEND")));
        assertEquals("20300102T030405Z", value(first.getProperty("DTSTAMP")));
        assertEquals("Titre org-2025-11-27-bishkek", value(first.getProperty("SUMMARY")));
        assertEquals("Bichkek, Kirghizistan", value(first.getProperty("LOCATION")));
        assertEquals("0", value(first.getProperty("SEQUENCE")));
        assertEquals("CONFIRMED", value(first.getProperty("STATUS")));
        assertEquals("https://example.org/report", value(first.getProperty("URL")));

        VEvent second = events.get(1);
        assertEquals("3", value(second.getProperty("SEQUENCE")));
        assertEquals("CANCELLED", value(second.getProperty("STATUS")));
        assertEquals("Visioconférence", value(second.getProperty("LOCATION")));
        assertFalse(second.getProperty("URL").isPresent());
        assertTrue(calendar.validate().getEntries().isEmpty(), () -> calendar.validate().toString());
    }

    @Test
    void textsAreEscapedAndFallBackToEnglish() throws Exception {
        SummitView summit = new SummitView("s", "ORG", LocalizedText.english("Summit; one, \"two\"\\three\r\nfour\rfive\u0007"),
                LocalDate.of(2025, 1, 1), SummitStatus.POSTPONED, SummitKind.REGULAR, null, null, null, null,
                new LocalizedText("Note", null, "Заметка"), 0);
        String text = CalendarDocument.write(new OrganizationCalendar(ORGANIZATION, List.of(meeting(summit, null, null, 0))),
                Language.RU, STAMP);
        VEvent event = parse(text).<VEvent>getComponents("VEVENT").get(0);
        // stored line breaks stay line breaks; a lone CR or another control character would break the lines
        assertEquals("Summit; one, \"two\"\\three\nfour\nfive", value(event.getProperty("SUMMARY")));
        assertEquals("Заметка", value(event.getProperty("DESCRIPTION")));
        assertEquals("TENTATIVE", value(event.getProperty("STATUS")));
    }

    @Test
    void theLastDayItCanWriteEndsWithoutDtend() throws Exception {
        SummitView last = summit("last", LocalDate.of(9999, 12, 31), SummitStatus.SCHEDULED);
        VEvent event = parse(CalendarDocument.write(new OrganizationCalendar(ORGANIZATION,
                List.of(meeting(last, null, null, 0))), Language.EN, STAMP)).<VEvent>getComponents("VEVENT").get(0);
        assertEquals("99991231", value(event.getProperty("DTSTART")));
        assertFalse(event.getProperty("DTEND").isPresent(), "a DATE start without an end lasts one day");
    }

    @Test
    void linesAreFoldedAtSeventyFiveOctetsNeverInsideACharacter() {
        String line = "SUMMARY:" + "Саммит ОДКБ в Бишкеке 🇰🇬 ".repeat(12) + "x".repeat(100);
        String folded = CalendarDocument.fold("BEGIN:VCALENDAR\r\n" + line + "\r\nEND:VCALENDAR\r\n");
        assertTrue(folded.endsWith("\r\n"));
        for (String physical : folded.split("\r\n")) {
            assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= CalendarDocument.MAX_LINE_OCTETS, physical);
            assertFalse(!physical.isEmpty() && Character.isLowSurrogate(physical.charAt(0)), "a surrogate pair split");
        }
        // unfolding (RFC 5545 §3.1) gives the lines back
        assertEquals("BEGIN:VCALENDAR\r\n" + line + "\r\nEND:VCALENDAR\r\n", folded.replace("\r\n ", ""));
        assertEquals("SHORT:x\r\n", CalendarDocument.fold("SHORT:x\r\n"));
    }

    private static SummitView summit(String id, LocalDate date, SummitStatus status) {
        return new SummitView(id, "ORG", new LocalizedText("Title " + id, "Titre " + id, null), date, status,
                SummitKind.REGULAR, null, null, null, null, null, 0);
    }

    private static Meeting meeting(SummitView summit, CityView city, CountryView country, int revisions) {
        return new Meeting(summit, city, country, null, revisions);
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static String value(Optional<? extends Property> property) {
        return property.orElseThrow().getValue();
    }
}
