package org.summitgraph.error;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Each kind of rule the database enforces, broken for real in a transaction that is rolled back, and
 * what a client is told: the rule in words with its code, never CONFLICT, which only a concurrent edit gets.
 */
@QuarkusTest
class DatabaseRulesTest {

    @Inject AgroalDataSource dataSource;

    private SQLException broken(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                return assertThrows(SQLException.class, () -> statement.execute(sql), sql);
            } finally {
                connection.rollback();
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "insert into country (code, name_en) values ('RU', 'Again')|DUPLICATE|A country with the same code already exists",
            "insert into city (id, country_code, name_en) values ('rules-city', 'ZZ', 'Nowhere')|NOT_FOUND|The city refers to a country that does not exist",
            "delete from country where code = 'KG'|BAD_USER_INPUT|The country is still referred to by a city: remove that first",
            "insert into country (code, name_en) values ('zz', 'Lower case')|BAD_USER_INPUT|The country breaks the rule country_code_check of the database",
            "insert into city (id, name_en) values ('rules-city', 'Stateless')|BAD_USER_INPUT|The city needs a country code",
            "insert into country (code, name_en) values ('ABC', 'Too long')|BAD_USER_INPUT|A text is longer than the database can store for it" })
    void aBrokenRuleIsSaidInWordsWithItsCode(String sql, String code, String message) throws SQLException {
        ApiException refusal = DatabaseRules.broken(broken(sql));
        assertNotNull(refusal, sql);
        assertEquals(code, refusal.code().name(), sql);
        assertEquals(message, refusal.getMessage(), sql);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "select 1 / 0", "select * from no_such_table" })
    void otherFailuresAreNoBrokenRule(String sql) throws SQLException {
        assertNull(DatabaseRules.broken(broken(sql)), sql);
    }
}
