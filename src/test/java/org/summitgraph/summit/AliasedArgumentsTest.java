package org.summitgraph.summit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/** One field asked twice under aliases with different arguments answers each with its own arguments. */
@QuarkusTest
class AliasedArgumentsTest {

    @Test
    void eachAliasGetsItsOwnArguments() {
        GraphQL.ok("aliasedArguments", "summit", "csto-2025-11-27-bishkek", "code", "CSTO",
                "earlier", "2000-01-01", "later", "2026-11-12")
                .body("data.summit.statements[0].english[0]", equalTo("Together with our partners in the organization, "
                        + "we will continue working to identify and eliminate international terrorist groups and their "
                        + "cells, and to suppress their financing channels"))
                .body("data.summit.statements[0].french[0]", equalTo("Avec nos partenaires de l’organisation, nous "
                        + "continuerons à travailler à l’identification et à l’élimination des groupes terroristes "
                        + "internationaux et de leurs cellules, ainsi qu’à la suppression de leurs canaux de financement"))
                .body("data.summit.statements[0].englishProposals", hasSize(6))
                .body("data.summit.statements[0].frenchProposals[0]", not(equalTo(
                        "Launch a large-scale programme to equip the Collective Forces with modern Russian weapons and "
                                + "equipment proven in combat.")))
                // 2000: Uzbekistan, Azerbaijan and Georgia had left; the suspended list of 2026 is another one
                .body("data.organization.before.findAll { it.status == 'WITHDRAWN' }.country.code",
                        containsInAnyOrder("AZ", "GE", "UZ"))
                .body("data.organization.after.country.code", containsInAnyOrder("AM", "UZ"))
                .body("data.organization.after.status", everyItem(equalTo("SUSPENDED")))
                .body("data.organization.nextBefore.id", equalTo("csto-2015-09-15-dushanbe"))
                .body("data.organization.nextAfter", nullValue())
                .body("data.organization.firstTwo.nodes", hasSize(2))
                .body("data.organization.firstOne.nodes.id", contains("csto-2015-09-15-dushanbe"));
    }
}
