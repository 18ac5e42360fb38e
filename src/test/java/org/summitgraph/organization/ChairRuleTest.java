package org.summitgraph.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.summitgraph.country.CountryView;
import org.summitgraph.organization.OrganizationService.ChairTerm;

/** The rule for who chairs on a date, without starting anything. */
class ChairRuleTest {

    private static final CountryView ARMENIA = CountryView.of("AM", null);
    private static final CountryView BELARUS = CountryView.of("BY", null);
    private static final LocalDate HANDOVER = LocalDate.of(2023, 1, 1);

    /** Given in either order, so that no query order can decide. */
    private static final List<List<ChairTerm>> HANDOVER_TERMS = List.of(
            List.of(new ChairTerm(LocalDate.of(2022, 1, 1), HANDOVER, ARMENIA), new ChairTerm(HANDOVER, null, BELARUS)),
            List.of(new ChairTerm(HANDOVER, null, BELARUS), new ChairTerm(LocalDate.of(2022, 1, 1), HANDOVER, ARMENIA)));

    @Test
    void theHandoverDayBelongsToTheIncomingChair() {
        for (List<ChairTerm> terms : HANDOVER_TERMS) {
            assertEquals(BELARUS, OrganizationService.chairOn(terms, HANDOVER));
            assertEquals(ARMENIA, OrganizationService.chairOn(terms, HANDOVER.minusDays(1)));
            assertEquals(BELARUS, OrganizationService.chairOn(terms, HANDOVER.plusYears(5)));
        }
    }

    @Test
    void noTermCoveringTheDateIsNoChair() {
        assertNull(OrganizationService.chairOn(HANDOVER_TERMS.get(0), LocalDate.of(2021, 12, 31)));
        assertNull(OrganizationService.chairOn(List.of(), HANDOVER));
    }
}
