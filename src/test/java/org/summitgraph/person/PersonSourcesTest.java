package org.summitgraph.person;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;
import org.summitgraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/** People keep the documents that name them. */
@QuarkusTest
class PersonSourcesTest {

    @Test
    void theSecretaryGeneralOfBishkekIsNamedByTheArticleAndByTheAppointmentReport() {
        GraphQL.ok("personSources", "id", "taalatbek-masadykov")
                .body("data.person.sources.id", hasItems("seed-article-bishkek-2025", "trend-az-4122760"));
    }

    @Test
    void theOutgoingSecretaryGeneralIsNamedByTheKremlinTranscript() {
        GraphQL.ok("personSources", "id", "imangali-tasmagambetov")
                .body("data.person.sources.id", hasItem("kremlin-transcript-78565"))
                .body("data.person.sources.url", hasItem("http://www.en.special.kremlin.ru/events/president/transcripts/78565"));
    }
}
