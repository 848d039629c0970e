package org.urbaninnovation.submissions.persistence;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.TypedQuery;

/** The where clause of a filtered list: a fixed condition per given filter, its value bound by name. */
final class Conditions {

    private final StringBuilder where = new StringBuilder(" where true");
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** Adds {@code clause} (naming {@code :name}) when {@code value} is given. */
    Conditions and(Object value, String clause, String name) {
        if (value != null) {
            where.append(" and ").append(clause);
            params.put(name, value);
        }
        return this;
    }

    /** Adds a clause with no parameter of its own, or whose parameters are bound with {@code extra}. */
    Conditions and(String clause, Map<String, Object> extra) {
        where.append(" and ").append(clause);
        params.putAll(extra);
        return this;
    }

    String where() {
        return where.toString();
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        params.forEach(query::setParameter);
        return query;
    }
}
