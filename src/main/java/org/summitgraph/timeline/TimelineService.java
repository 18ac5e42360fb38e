package org.summitgraph.timeline;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;

import org.summitgraph.country.CountryService;
import org.summitgraph.data.Batches;
import org.summitgraph.data.PageArguments;
import org.summitgraph.data.PageRequest;
import org.summitgraph.data.Paging;
import org.summitgraph.error.ApiException;
import org.summitgraph.exercise.ExerciseService;
import org.summitgraph.i18n.LocalizedText;
import org.summitgraph.node.Node;
import org.summitgraph.organization.OrganizationService;
import org.summitgraph.person.PersonService;
import org.summitgraph.source.SourceService;
import org.summitgraph.source.SourceView;
import org.summitgraph.summit.SummitService;

/**
 * Organizations' timelines, read from the tables that record each kind of event (no table of their own): one
 * UNION ALL over milestones, summits, membership changes, chairmanships, Secretaries General's posts and
 * exercise stagings, for all the organizations of a batch at once.
 */
@ApplicationScoped
public class TimelineService {

    private static final String CURSOR_KIND = "timeline";

    /**
     * Every entry of the organizations in {@code :codes}, one row per record. {@code detail} tells texts of
     * one kind apart (see {@link TimelineTexts}); a membership change's is the status before it, read over the
     * whole history before any filter. Exercise years outside 1 to 9999 would be no day of the service's.
     */
    private static final String ENTRIES = """
            with entry as (
                select m.organization_code as organization, m.occurred_on as day, 'MILESTONE' as kind,
                       lower(m.organization_code) as subject_id, m.organization_code as subject_key,
                       cast(m.id as text) as record_key, m.id as row_id,
                       m.description_en as name_en, m.description_fr as name_fr, m.description_ru as name_ru,
                       cast(null as text) as detail
                from organization_milestone m
                where m.organization_code in (:codes)
                union all
                select s.organization_code, s.held_on, 'SUMMIT_' || s.status, s.id, s.id, s.id, 0,
                       s.title_en, s.title_fr, s.title_ru, null
                from summit s
                where s.organization_code in (:codes)
                union all
                select m.organization_code, c.effective, 'MEMBERSHIP_' || c.status, m.node_id, cast(c.id as text),
                       cast(c.id as text), c.id, co.name_en, co.name_fr, co.name_ru,
                       lag(c.status) over (partition by c.membership_id order by c.effective)
                from membership_change c
                join membership m on m.id = c.membership_id
                join country co on co.code = m.country_code
                where m.organization_code in (:codes)
                union all
                select ch.organization_code, ch.start_on, 'CHAIRMANSHIP_STARTED', co.node_id, co.code,
                       cast(ch.id as text), ch.id, co.name_en, co.name_fr, co.name_ru, null
                from chairmanship ch
                join country co on co.code = ch.country_code
                where ch.organization_code in (:codes)
                union all
                select p.organization_code, p.start_on, 'SECRETARY_GENERAL_TOOK_OFFICE', pe.id, pe.id,
                       cast(p.id as text), p.id, pe.name_en, pe.name_fr, pe.name_ru, case when p.acting then 'ACTING' end
                from position p
                join person pe on pe.id = p.person_id
                where p.organization_code in (:codes) and p.kind = 'SECRETARY_GENERAL' and p.start_on is not null
                union all
                select e.organization_code, make_date(ed.year, 1, 1), 'EXERCISE_HELD', e.id, e.id,
                       cast(ed.id as text), ed.id, e.name_en, e.name_fr, e.name_ru, e.kind
                from exercise_edition ed
                join exercise e on e.id = ed.exercise_id
                where e.organization_code in (:codes) and ed.year between 1 and 9999
            )
            """;
    /** The order of a timeline: ids compared byte by byte, whatever the database's collation. */
    private static final String ORDER = "day%1$s, kind collate \"C\"%1$s, subject_id collate \"C\"%1$s, row_id%1$s";

    @Inject EntityManager em;
    @Inject Paging paging;
    @Inject OrganizationService organizations;
    @Inject SummitService summits;
    @Inject CountryService countries;
    @Inject PersonService people;
    @Inject ExerciseService exercises;
    @Inject SourceService sources;

    /**
     * Per organization: one page of its timeline between {@code from} and {@code to} (both included, null:
     * open), of the {@code kinds} given (null: all), in two statements whatever the number of organizations.
     */
    @Transactional
    public List<TimelineConnection> pagesOfOrganizations(List<String> organizationCodes, LocalDate from, LocalDate to,
            Set<TimelineKind> kinds, PageArguments arguments) {
        PageRequest request = paging.request(arguments, CURSOR_KIND, 4);
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badInput("`from` (" + from + ") is after `to` (" + to + ")");
        }
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder filter = new StringBuilder("true");
        if (from != null) {
            filter.append(" and day >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            filter.append(" and day <= :to");
            parameters.put("to", to);
        }
        if (kinds != null) {
            filter.append(" and kind in (:kinds)");
            parameters.put("kinds", kinds.stream().map(TimelineKind::name).toList());
        }
        // the cursors' keys checked before any SQL runs
        StringBuilder bounds = new StringBuilder();
        Map<String, Object> boundKeys = new HashMap<>();
        request.bounds(false, (operator, keys, argument) -> {
            bounds.append(" and (day, kind collate \"C\", subject_id collate \"C\", row_id) " + operator + " (:"
                    + argument + "Day, :" + argument + "Kind, :" + argument + "Subject, :" + argument + "RowId)");
            boundKeys.put(argument + "Day", Paging.date(keys.get(0), argument));
            boundKeys.put(argument + "Kind", keys.get(1));
            boundKeys.put(argument + "Subject", keys.get(2));
            boundKeys.put(argument + "RowId", Paging.number(keys.get(3), argument));
        });
        Collection<String> codes = Batches.distinct(organizationCodes);
        Map<String, Integer> counts = new HashMap<>();
        Map<String, List<TimelineEntryView>> rows = new HashMap<>();
        if (!codes.isEmpty() && (kinds == null || !kinds.isEmpty())) {
            parameters.put("codes", codes);
            for (Object[] r : rows(ENTRIES + "select organization, count(*) from entry where " + filter
                    + " group by organization", parameters)) {
                counts.put((String) r[0], ((Number) r[1]).intValue());
            }
            parameters.putAll(boundKeys);
            parameters.put("limit", request.limit());
            // the first size + 1 entries of each organization between the cursors in the order read, in one statement
            String order = ORDER.formatted(request.direction(false));
            for (Object[] r : rows(ENTRIES + """
                    select organization, day, kind, subject_id, subject_key, record_key, row_id, name_en, name_fr,
                           name_ru, detail
                    from (select entry.*, row_number() over (partition by organization order by %1$s) as rank
                          from entry where %2$s%3$s) ranked
                    where rank <= :limit
                    order by organization, %1$s""".formatted(order, filter, bounds), parameters)) {
                TimelineEntryView entry = entry(r);
                rows.computeIfAbsent(entry.organizationCode(), k -> new ArrayList<>()).add(entry);
            }
        }
        return organizationCodes.stream()
                .map(code -> TimelineConnection.of(Paging.page(rows.getOrDefault(code, List.of()), request,
                        TimelineService::cursor), counts.getOrDefault(code, 0)))
                .toList();
    }

    /**
     * The subject of each entry, in their order: the node its feature gives for it, one query per kind of
     * subject; a membership is given with its status as of the entry's change. Null where the subject was
     * deleted since the entry was read.
     */
    @Transactional(TxType.SUPPORTS)
    public List<Node> subjects(List<TimelineEntryView> entries) {
        Map<Origin, List<String>> keys = new EnumMap<>(Origin.class);
        for (TimelineEntryView entry : entries) {
            keys.computeIfAbsent(entry.origin(), o -> new ArrayList<>()).add(entry.subjectKey());
        }
        Map<Origin, Map<String, Node>> found = new EnumMap<>(Origin.class);
        keys.forEach((origin, ofOrigin) -> {
            List<String> distinct = List.copyOf(Batches.distinct(ofOrigin));
            List<? extends Node> nodes = loader(origin).apply(distinct);
            Map<String, Node> byKey = new HashMap<>();
            for (int i = 0; i < distinct.size(); i++) {
                byKey.put(distinct.get(i), nodes.get(i));
            }
            found.put(origin, byKey);
        });
        return entries.stream().map(entry -> found.get(entry.origin()).get(entry.subjectKey())).toList();
    }

    private Function<List<String>, List<? extends Node>> loader(Origin origin) {
        return switch (origin) {
            case MILESTONE -> organizations::byCodes;
            case SUMMIT -> summits::byIds;
            case MEMBERSHIP_CHANGE -> ids -> organizations.membershipsAtChanges(ids.stream().map(Long::valueOf).toList());
            case CHAIRMANSHIP -> countries::byCodes;
            case POSITION -> people::byIds;
            case EXERCISE_EDITION -> exercises::byIds;
        };
    }

    /**
     * The sources of each entry, in their order: those of the row it comes from, read per kind of row through
     * {@link SourceService#sourcesOf} (one statement per origin among the entries).
     */
    @Transactional(TxType.SUPPORTS)
    public List<List<SourceView>> sources(List<TimelineEntryView> entries) {
        Map<Origin, List<Object>> keys = new EnumMap<>(Origin.class);
        for (TimelineEntryView entry : entries) {
            keys.computeIfAbsent(entry.origin(), o -> new ArrayList<>()).add(recordId(entry));
        }
        Map<Origin, Map<Object, List<SourceView>>> found = new EnumMap<>(Origin.class);
        keys.forEach((origin, ofOrigin) -> {
            List<Object> distinct = List.copyOf(Batches.distinct(ofOrigin));
            List<List<SourceView>> lists = sources.sourcesOf(origin.entity, distinct);
            Map<Object, List<SourceView>> byRecord = new HashMap<>();
            for (int i = 0; i < distinct.size(); i++) {
                byRecord.put(distinct.get(i), lists.get(i));
            }
            found.put(origin, byRecord);
        });
        return entries.stream().map(entry -> found.get(entry.origin()).get(recordId(entry))).toList();
    }

    /** The id of the row an entry comes from, typed as its entity's. */
    private static Object recordId(TimelineEntryView entry) {
        return entry.origin().textKeys() ? entry.recordKey() : Long.valueOf(entry.recordKey());
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, Object> parameters) {
        Query query = em.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private static TimelineEntryView entry(Object[] r) {
        TimelineKind kind = TimelineKind.valueOf((String) r[2]);
        LocalizedText name = new LocalizedText((String) r[7], (String) r[8], (String) r[9]);
        return new TimelineEntryView((String) r[0], day(r[1]), Origin.of(kind).precision, kind, (String) r[3],
                (String) r[4], (String) r[5], ((Number) r[6]).longValue(), TimelineTexts.of(kind, (String) r[10], name));
    }

    /** A date column of a native query, as the JDBC driver gives it. */
    private static LocalDate day(Object value) {
        return value == null ? null : value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static String cursor(TimelineEntryView entry) {
        return Paging.encode(CURSOR_KIND, entry.date().toString(), entry.kind().name(), entry.subjectId(),
                Long.toString(entry.sequence()));
    }
}
