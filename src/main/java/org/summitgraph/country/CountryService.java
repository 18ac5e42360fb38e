package org.summitgraph.country;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CountryService {

    @Transactional
    public List<CountryView> all() {
        return Country.<Country>listAll(Sort.by("code")).stream().map(CountryView::of).toList();
    }

    @Transactional
    public CountryView byCode(String code) {
        Country c = Country.findById(code);
        return c == null ? null : CountryView.of(c);
    }

    /** Countries for the given codes, in the same order; null where a code is null or unknown. */
    @Transactional
    public List<CountryView> byCodes(List<String> codes) {
        Map<String, CountryView> found = load(codes);
        return codes.stream().map(c -> c == null ? null : found.get(c)).toList();
    }

    @Transactional
    public List<CityView> citiesByIds(List<String> ids) {
        Collection<String> wanted = new LinkedHashSet<>(ids);
        wanted.remove(null);
        Map<String, CityView> found = wanted.isEmpty() ? Map.of()
                : City.<City>list("id in ?1", wanted).stream()
                        .collect(Collectors.toMap(c -> c.id, CityView::of));
        return ids.stream().map(id -> id == null ? null : found.get(id)).toList();
    }

    private Map<String, CountryView> load(List<String> codes) {
        Collection<String> wanted = new LinkedHashSet<>(codes);
        wanted.remove(null);
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return Country.<Country>list("code in ?1", wanted).stream()
                .collect(Collectors.toMap(c -> c.code, CountryView::of, (a, b) -> a));
    }
}
