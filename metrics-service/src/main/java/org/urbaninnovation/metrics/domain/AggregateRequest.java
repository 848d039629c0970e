package org.urbaninnovation.metrics.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.urbaninnovation.commons.domain.InvalidInput;

/** What an aggregate groups by, which functions it computes and how it normalizes. */
public record AggregateRequest(List<Dimension> groupBy, List<Function> functions, Per per) {

    public static final int MAX_DIMENSIONS = 3;

    public enum Dimension {
        INDICATOR, INITIATIVE, CITY, COUNTRY, THEME, SDG, YEAR, PHASE;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The answer's name for the dimension: initiatives are keyed by id. */
        public String field() {
            return this == INITIATIVE ? "initiativeId" : wire();
        }

        /** The fields of a group's key for the dimension: a city by its name and id, since two cities may share a name. */
        public List<String> keyFields() {
            return this == CITY ? List.of("city", "cityId") : List.of(field());
        }
    }

    public enum Function {
        COUNT, SUM, AVG, MIN, MAX, MEDIAN;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Every function but count reads the values, which must then share one unit. */
        public boolean readsValues() {
            return this != COUNT;
        }
    }

    /** Normalization by the city's population. */
    public enum Per {
        CAPITA("capita", 1, " per capita"), THOUSAND_PEOPLE("1000people", 1000, " per 1000 people");

        public final String wire;
        public final int people;
        public final String unitSuffix;

        Per(String wire, int people, String unitSuffix) {
            this.wire = wire;
            this.people = people;
            this.unitSuffix = unitSuffix;
        }
    }

    public static AggregateRequest parse(String groupBy, String functions, String per) {
        AggregateRequest request = new AggregateRequest(list("groupBy", groupBy, Dimension.values(), MAX_DIMENSIONS),
                functions == null || functions.isBlank() ? List.of(Function.COUNT)
                        : list("fn", functions, Function.values(), Function.values().length),
                per(per));
        if (request.per() != null && request.functions().stream().anyMatch(f -> f != Function.COUNT && f != Function.SUM)) {
            throw InvalidInput.of("fn", "with per, only count and sum: a group's total is divided by the"
                    + " population of the cities it covers");
        }
        return request;
    }

    public boolean readsValues() {
        return functions.stream().anyMatch(Function::readsValues);
    }

    public boolean has(Function function) {
        return functions.contains(function);
    }

    public boolean has(Dimension dimension) {
        return groupBy.contains(dimension);
    }

    private static Per per(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        return Arrays.stream(Per.values()).filter(p -> p.wire.equals(text)).findFirst()
                .orElseThrow(() -> InvalidInput.of("per", "must be capita or 1000people"));
    }

    private static <E extends Enum<E>> List<E> list(String field, String text, E[] values, int max) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<E> chosen = new LinkedHashSet<>();
        for (String part : text.split(",", -1)) {
            String name = part.trim().toUpperCase(Locale.ROOT);
            E match = Arrays.stream(values).filter(v -> v.name().equals(name)).findFirst()
                    .orElseThrow(() -> InvalidInput.of(field, "'" + part.trim() + "' is not one of "
                            + String.join(", ", Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList())));
            if (!chosen.add(match)) {
                throw InvalidInput.of(field, "names '" + part.trim() + "' twice");
            }
        }
        if (chosen.size() > max) {
            throw InvalidInput.of(field, "at most " + max + " values");
        }
        return new ArrayList<>(chosen);
    }
}
