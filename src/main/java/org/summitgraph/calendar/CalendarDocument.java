package org.summitgraph.calendar;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;

import org.summitgraph.calendar.OrganizationCalendar.Meeting;
import org.summitgraph.i18n.Language;
import org.summitgraph.i18n.LocalizedText;
import org.summitgraph.summit.SummitStatus;
import org.summitgraph.summit.SummitView;
import org.summitgraph.time.Dates;

import io.quarkus.runtime.annotations.RegisterForReflection;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.DefaultCalendarValidatorFactory;

/**
 * An organization's summits as an iCalendar document (RFC 5545), built with ical4j: one all-day event per summit,
 * its texts in one language (English where a text has none in it).
 *
 * <p>A Calendar finds its validator through ServiceLoader, which a native image does not do for libraries by
 * itself: the factory is registered here, its service file in application.properties.
 */
@RegisterForReflection(targets = DefaultCalendarValidatorFactory.class)
final class CalendarDocument {

    static final String PRODUCT = "-//Summit Graph//Calendar feed//EN";
    /** Right of the @ in every UID: a summit's id is never reused, so its event's UID names it for good. */
    static final String UID_DOMAIN = "summit-graph";
    /** Where a summit without a city met. */
    static final LocalizedText VIDEOCONFERENCE = new LocalizedText("Videoconference", "Visioconférence",
            "Видеоконференция");
    /** RFC 5545 §3.1: content lines should be at most 75 octets long, the line break excluded. */
    static final int MAX_LINE_OCTETS = 75;

    private CalendarDocument() {
    }

    /** The document, its events stamped {@code stamp} (DTSTAMP: when the document was made). */
    static String write(OrganizationCalendar calendar, Language language, Instant stamp) {
        Calendar document = new Calendar();
        document.add(new ProdId(PRODUCT));
        document.add(ImmutableVersion.VERSION_2_0);
        document.add(ImmutableCalScale.GREGORIAN);
        String name = text(calendar.organization().names().in(language));
        // NAME is RFC 7986's; Apple's and Google's programs read X-WR-CALNAME
        document.add(new Name(name));
        document.add(new XProperty("X-WR-CALNAME", name));
        for (Meeting meeting : calendar.meetings()) {
            document.add(event(meeting, language, stamp));
        }
        // ical4j folds lines at 75 characters, which Cyrillic makes 150 octets: folded here instead
        return fold(document.toString());
    }

    private static VEvent event(Meeting meeting, Language language, Instant stamp) {
        SummitView summit = meeting.summit();
        // without the DTSTAMP the library would take from the system clock
        VEvent event = new VEvent(false);
        event.add(new Uid(uid(summit.id())));
        event.add(new DtStamp(stamp));
        event.add(new DtStart<>(summit.date()));
        LocalDate end = end(summit.date());
        if (Dates.inRange(end)) {
            // past the last day a DATE can write, the default of one day says the same
            event.add(new DtEnd<>(end));
        }
        event.add(new Summary(text(summit.titles().in(language))));
        event.add(new Location(text(location(meeting, language))));
        event.add(new Sequence(meeting.revisions()));
        event.add(new Status(status(summit.status())));
        // a summit does not make its subscribers busy
        event.add(ImmutableTransp.TRANSPARENT);
        if (summit.notes() != null) {
            event.add(new Description(text(summit.notes().in(language))));
        }
        URI url = uri(meeting.url());
        if (url != null) {
            event.add(new Url(url));
        }
        return event;
    }

    static String uid(String summitId) {
        return summitId + "@" + UID_DOMAIN;
    }

    /** DTEND of an all-day event is exclusive: the day after the summit's (last) day. */
    static LocalDate end(LocalDate day) {
        return day.plusDays(1);
    }

    /**
     * A postponed summit is TENTATIVE: its date no longer holds, and no new one is known. Held and scheduled ones are
     * CONFIRMED.
     */
    static String status(SummitStatus status) {
        return switch (status) {
            case SCHEDULED, HELD -> Status.VALUE_CONFIRMED;
            case POSTPONED -> Status.VALUE_TENTATIVE;
            case CANCELLED -> Status.VALUE_CANCELLED;
        };
    }

    /** The city and its state, e.g. "Bishkek, Kyrgyzstan"; for a summit without a city, a videoconference. */
    static String location(Meeting meeting, Language language) {
        if (meeting.city() == null) {
            return VIDEOCONFERENCE.in(language);
        }
        String city = meeting.city().names().in(language);
        return meeting.cityCountry() == null ? city : city + ", " + meeting.cityCountry().names().in(language);
    }

    /**
     * A stored text as a TEXT value may hold it: line breaks as LF, which ical4j escapes; no other control
     * character (RFC 5545 §3.3.11), which would break the document's lines.
     */
    static String text(String stored) {
        return stored.replaceAll("\r\n?", "\n").replaceAll("[\\p{Cntrl}&&[^\n\t]]", "");
    }

    /** A source's address, which is free text: null when it is no URI. */
    private static URI uri(String url) {
        if (url == null) {
            return null;
        }
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * Folds content lines (RFC 5545 §3.1) at {@link #MAX_LINE_OCTETS} octets of UTF-8, each continuation starting
     * with a space, never inside a character.
     */
    static String fold(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 32);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); i += Character.charCount(line.codePointAt(i))) {
                int codePoint = line.codePointAt(i);
                int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
                if (octets + size > MAX_LINE_OCTETS) {
                    folded.append("\r\n ");
                    octets = 1;
                }
                folded.appendCodePoint(codePoint);
                octets += size;
            }
            folded.append("\r\n");
        }
        return folded.toString();
    }
}
