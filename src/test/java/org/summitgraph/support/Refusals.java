package org.summitgraph.support;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.ValidatableResponse;

/** Checks of refused operations: one GraphQL error with its code, and no data. */
public final class Refusals {

    private Refusals() {
    }

    /** The answer is HTTP 200 with exactly one error, of {@code code}, and no data. */
    public static ValidatableResponse refused(ValidatableResponse response, String code) {
        return response.statusCode(200)
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo(code))
                .body("data", nullValue());
    }
}
