package org.summitgraph.country;

import java.util.Collections;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.summitgraph.data.Batches;
import org.summitgraph.i18n.LocalizedText;

@ApplicationScoped
public class CountryService {

    @Inject EntityManager em;

    @Transactional
    public List<CountryView> all() {
        return em.createQuery("select c.code, c.name from Country c order by c.code", Object[].class)
                .getResultStream().map(CountryService::country).toList();
    }

    @Transactional
    public CountryView byCode(String code) {
        return byCodes(Collections.singletonList(code)).get(0);
    }

    /** Countries for the given codes, in the same order; null where a code is null or unknown. */
    @Transactional(TxType.SUPPORTS)
    public List<CountryView> byCodes(List<String> codes) {
        return Batches.valuesInOrder(em, "select c.code, c.name from Country c where key_in(c.code, :keys)",
                codes, r -> (String) r[0], CountryService::country);
    }

    /** Countries for the given node ids (e.g. "country-kg"), in the same order; null where unknown. */
    @Transactional(TxType.SUPPORTS)
    public List<CountryView> byNodeIds(List<String> ids) {
        return Batches.valuesInOrder(em, "select c.nodeId, c.code, c.name from Country c where key_in(c.nodeId, :keys)",
                ids, r -> (String) r[0], r -> CountryView.of((String) r[1], (LocalizedText) r[2]));
    }

    /** Cities for the given ids, in the same order; null where an id is null or unknown. */
    @Transactional(TxType.SUPPORTS)
    public List<CityView> citiesByIds(List<String> ids) {
        return Batches.valuesInOrder(em,
                "select c.id, c.country.code, c.name from City c where key_in(c.id, :keys)", ids,
                r -> (String) r[0], r -> new CityView((String) r[0], (String) r[1], (LocalizedText) r[2]));
    }

    private static CountryView country(Object[] r) {
        return CountryView.of((String) r[0], (LocalizedText) r[1]);
    }
}
