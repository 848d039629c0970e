package org.urbaninnovation.gateway.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the browser's chart module draws, as JSON in a {@code data-chart} attribute (escaped by the
 * template like any text): categories and series of values, each value with the text and the
 * source sentence a reader sees on hover. The same figures are in a table beside every chart.
 */
@ApplicationScoped
public class Charts {

    private final ObjectMapper json;
    private final Labels labels;
    private final Messages msg;

    public Charts(ObjectMapper json, Labels labels, Messages msg) {
        this.json = json;
        this.labels = labels;
        this.msg = msg;
    }

    /** An outcome's baseline and result as two bars, each with its figure as reported and its quote. */
    public String outcome(Map<?, ?> outcome) {
        ObjectNode chart = json.createObjectNode().put("type", "bar").put("unit", String.valueOf(outcome.get("unit")));
        ArrayNode categories = chart.putArray("categories");
        ObjectNode series = chart.putArray("series").addObject().put("name", String.valueOf(outcome.get("indicatorName")));
        ArrayNode values = series.putArray("values");
        ArrayNode texts = series.putArray("texts");
        ArrayNode quotes = series.putArray("quotes");
        for (String phase : List.of("baseline", "result")) {
            if (outcome.get(phase) instanceof Map<?, ?> figure) {
                Object period = figure.get("period");
                categories.add(labels.phase(phase) + (period == null ? "" : " (" + period + ")"));
                values.add(number(figure.get("normalizedValue") != null ? figure.get("normalizedValue") : figure.get("value")));
                texts.add(labels.figure(figure));
                quotes.add(String.valueOf(figure.get("quote")));
            }
        }
        return write(chart);
    }

    /** Improved and worse counts per group (theme, SDG), as two series. */
    public String improvement(List<String> categories, List<Long> improved, List<Long> worse) {
        ObjectNode chart = json.createObjectNode().put("type", "bar").put("stacked", true);
        categories.forEach(chart.putArray("categories")::add);
        ObjectNode up = chart.putArray("series").addObject().put("name", msg.dashboard_improved());
        improved.forEach(up.putArray("values")::add);
        ObjectNode down = ((ArrayNode) chart.get("series")).addObject().put("name", msg.dashboard_worse());
        worse.forEach(down.putArray("values")::add);
        return write(chart);
    }

    /** A series answer of the metrics API (one row per series and period) as lines over the periods. */
    public String series(List<?> rows, String unit) {
        TreeSet<String> periods = new TreeSet<>();
        Map<String, Map<String, Object>> bySeries = new java.util.LinkedHashMap<>();
        for (Object row : rows) {
            if (row instanceof Map<?, ?> r) {
                String period = String.valueOf(r.get("period"));
                periods.add(period);
                bySeries.computeIfAbsent(String.valueOf(r.get("series")), k -> new java.util.HashMap<>()).put(period, r.get("value"));
            }
        }
        ObjectNode chart = json.createObjectNode().put("type", periods.size() > 1 ? "line" : "bar").put("unit", unit);
        List<String> ordered = new ArrayList<>(periods);
        ordered.forEach(chart.putArray("categories")::add);
        ArrayNode all = chart.putArray("series");
        bySeries.forEach((name, points) -> {
            ArrayNode values = all.addObject().put("name", name).putArray("values");
            ordered.forEach(p -> values.add(number(points.get(p))));
        });
        return write(chart);
    }

    private com.fasterxml.jackson.databind.JsonNode number(Object value) {
        return value == null ? json.nullNode() : json.getNodeFactory().numberNode(new java.math.BigDecimal(value.toString()));
    }

    private String write(ObjectNode chart) {
        try {
            return json.writeValueAsString(chart);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
