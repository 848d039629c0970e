package org.urbaninnovation.catalog.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code initiative_card} holds what a search reads of each published initiative, copied by the
 * trigger {@code initiative_card_trg} (V6__initiative_card.sql). A column added to
 * {@code initiative} must either reach the card through that trigger or be named here as
 * deliberately not on it; a search would otherwise read a card that silently lacks it or keeps an
 * old value. Read from the migrated database: {@code information_schema} and the trigger's
 * definition.
 */
@QuarkusTest
class InitiativeCardColumnsTest {

    /** What no search reads from the card: long texts, what only the secretariat sees, the full vectors. */
    private static final Set<String> NOT_ON_CARD = Set.of("contents_title", "summary", "sections", "tags", "partners",
            "provenance", "status", "version", "created_at", "updated_at", "search_vector", "match_vector");

    /** Card columns copied from the city (kept by {@code city_card_refresh_trg}), not from the initiative. */
    private static final Set<String> FROM_THE_CITY = Set.of("city_slug", "city_name", "country");

    /** Card columns the initiative's row trigger computes, and the columns they follow. */
    private static final Map<String, Set<String>> COMPUTED = Map.of("head_vector", Set.of("title", "tags", "city_id"));

    /** Whether a row has a card at all. */
    private static final String DECIDES_PRESENCE = "status";

    @Inject
    DataSource dataSource;

    @Test
    void everyInitiativeColumnIsOnTheCardOrDeliberatelyNot() throws SQLException {
        Set<String> initiative = columnsOf("initiative");
        Set<String> card = columnsOf("initiative_card");
        assertTrue(initiative.containsAll(NOT_ON_CARD), "every column named as not on the card exists: " + initiative);
        assertEquals(minus(initiative, NOT_ON_CARD), minus(card, FROM_THE_CITY),
                "initiative columns on the card (left) and card columns from the initiative (right)");
    }

    @Test
    void theTriggerCopiesEveryCardColumnAndRunsWhenOneOfThemChanges() throws SQLException {
        String function = single("select pg_get_functiondef('initiative_card_refresh'::regproc)");
        Set<String> fromInitiative = minus(columnsOf("initiative_card"), FROM_THE_CITY);
        for (String column : fromInitiative) {
            assertTrue(function.contains("new." + column), "the trigger copies new." + column);
            if (!column.equals("id")) {
                assertTrue(function.contains(column + " = excluded." + column), "the trigger updates " + column);
            }
        }
        Set<String> runsOn = triggerColumns("initiative_card_trg");
        Set<String> expected = new TreeSet<>(minus(fromInitiative, COMPUTED.keySet()));
        expected.remove("id");
        COMPUTED.values().forEach(expected::addAll);
        expected.add(DECIDES_PRESENCE);
        assertEquals(expected, runsOn, "the columns whose update refreshes the card");
    }

    private Set<String> columnsOf(String table) throws SQLException {
        return strings("select column_name from information_schema.columns"
                + " where table_schema = current_schema() and table_name = ?", table);
    }

    private Set<String> triggerColumns(String trigger) throws SQLException {
        return strings("select a.attname from pg_trigger t"
                + " join pg_attribute a on a.attrelid = t.tgrelid and a.attnum = any(t.tgattr)"
                + " where t.tgname = ?", trigger);
    }

    private Set<String> strings(String sql, String parameter) throws SQLException {
        Set<String> values = new TreeSet<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

    private String single(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql);
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static Set<String> minus(Set<String> all, Set<String> removed) {
        Set<String> rest = new TreeSet<>(all);
        rest.removeAll(removed);
        return rest;
    }
}
