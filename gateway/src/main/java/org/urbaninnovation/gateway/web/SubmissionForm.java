package org.urbaninnovation.gateway.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The city's multi-step form and the API's submission, both ways: a step's posted fields become a
 * JSON merge patch of exactly what that step shows, and a submission (or what was posted) becomes
 * the fields' values. Field names are the API's own paths ({@code sections.abstract},
 * {@code outcomeClaims[0].result.value}), so the problem's violations land on their fields. No
 * rule is checked here: the API says what is wrong.
 */
public final class SubmissionForm {

    public static final List<String> STEPS = List.of("description", "classification", "city", "claims", "contacts", "review");
    public static final List<String> CITY_FIELDS = List.of("name", "country", "countryCode", "population", "areaKm2",
            "densityPerKm2", "gdpPerCapitaUsd", "growthRate", "mainSourcesOfProsperity");
    static final List<String> CITY_NUMBERS = List.of("population", "areaKm2", "densityPerKm2", "gdpPerCapitaUsd");
    public static final List<String> CLAIM_FIELDS = List.of("indicator", "unit", "direction", "baseline.value", "baseline.qualifier",
            "baseline.period", "result.value", "result.qualifier", "result.period", "evidence");
    public static final List<String> CONTACT_FIELDS = List.of("name", "role", "email", "phone");
    public static final int CONTACTS = 3;

    private final ObjectMapper json;

    public SubmissionForm(ObjectMapper json) {
        this.json = json;
    }

    /** The merge patch of one step: what that step shows, blanks as null (removed). */
    public ObjectNode patch(String step, MultivaluedMap<String, String> form) {
        ObjectNode patch = json.createObjectNode();
        switch (step) {
            case "description" -> {
                put(patch, "title", form.getFirst("title"));
                put(patch, "summary", form.getFirst("summary"));
                ObjectNode sections = patch.putObject("sections");
                PublicPages.SECTION_ORDER.forEach(s -> put(sections, s, form.getFirst("sections." + s)));
            }
            case "classification" -> {
                ArrayNode themes = patch.putArray("themes");
                list(form, "themes").forEach(themes::add);
                ArrayNode sdgs = patch.putArray("sdgs");
                list(form, "sdgs").forEach(s -> sdgs.add(number(s)));
                put(patch, "innovationType", form.getFirst("innovationType"));
                ArrayNode tags = patch.putArray("tags");
                lines(form.getFirst("tags")).forEach(tags::add);
                ArrayNode partners = patch.putArray("partners");
                for (String line : lines(form.getFirst("partners"))) {
                    int colon = line.indexOf(':');
                    ObjectNode partner = partners.addObject().put("name", (colon < 0 ? line : line.substring(0, colon)).trim());
                    if (colon >= 0 && !line.substring(colon + 1).isBlank()) {
                        partner.put("role", line.substring(colon + 1).trim());
                    }
                }
            }
            case "city" -> {
                ObjectNode city = patch.putObject("city");
                for (String field : CITY_FIELDS) {
                    String value = form.getFirst("city." + field);
                    if (CITY_NUMBERS.contains(field)) {
                        city.set(field, blank(value) ? json.nullNode() : number(value));
                    } else {
                        put(city, field, value);
                    }
                }
            }
            case "claims" -> {
                ArrayNode claims = patch.putArray("outcomeClaims");
                for (int i = 0; i < count(form, "_claims"); i++) {
                    String prefix = "outcomeClaims[" + i + "].";
                    if (form.getFirst(prefix + "remove") != null || CLAIM_FIELDS.stream().allMatch(f -> blank(form.getFirst(prefix + f)))) {
                        continue;
                    }
                    ObjectNode claim = claims.addObject();
                    for (String field : List.of("indicator", "unit", "direction", "evidence")) {
                        putIfGiven(claim, field, form.getFirst(prefix + field));
                    }
                    for (String phase : List.of("baseline", "result")) {
                        String value = form.getFirst(prefix + phase + ".value");
                        String period = form.getFirst(prefix + phase + ".period");
                        if (!blank(value) || !blank(period)) {
                            ObjectNode figure = claim.putObject(phase);
                            if (!blank(value)) {
                                figure.set("value", number(value));
                            }
                            putIfGiven(figure, "qualifier", form.getFirst(prefix + phase + ".qualifier"));
                            putIfGiven(figure, "period", period);
                        }
                    }
                }
            }
            case "contacts" -> {
                ArrayNode contacts = patch.putArray("contacts");
                for (int i = 0; i < CONTACTS; i++) {
                    String prefix = "contacts[" + i + "].";
                    if (CONTACT_FIELDS.stream().allMatch(f -> blank(form.getFirst(prefix + f)))) {
                        continue;
                    }
                    ObjectNode contact = contacts.addObject();
                    CONTACT_FIELDS.forEach(f -> putIfGiven(contact, f, form.getFirst(prefix + f)));
                }
            }
            default -> {
                // The review step shows and saves nothing.
            }
        }
        return patch;
    }

    /** Every field's value as the form shows it, from the API's submission. */
    public Map<String, String> values(JsonNode s) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("title", s.path("title").asText(""));
        v.put("summary", s.path("summary").asText(""));
        PublicPages.SECTION_ORDER.forEach(section -> v.put("sections." + section, s.path("sections").path(section).asText("")));
        v.put("themes", joined(s.path("themes")));
        v.put("sdgs", joined(s.path("sdgs")));
        v.put("innovationType", s.path("innovationType").asText(""));
        v.put("tags", joined(s.path("tags")));
        List<String> partners = new ArrayList<>();
        s.path("partners").forEach(p -> partners.add(p.path("name").asText("") + (p.hasNonNull("role") ? ": " + p.path("role").asText() : "")));
        v.put("partners", String.join("\n", partners));
        CITY_FIELDS.forEach(f -> v.put("city." + f, text(s.path("city").path(f))));
        JsonNode claims = s.path("outcomeClaims");
        v.put("_claims", Integer.toString(claims.size()));
        for (int i = 0; i < claims.size(); i++) {
            for (String field : CLAIM_FIELDS) {
                JsonNode node = claims.get(i);
                for (String part : field.split("\\.")) {
                    node = node.path(part);
                }
                v.put("outcomeClaims[" + i + "]." + field, text(node));
            }
        }
        for (int i = 0; i < CONTACTS; i++) {
            for (String field : CONTACT_FIELDS) {
                v.put("contacts[" + i + "]." + field, text(s.path("contacts").path(i).path(field)));
            }
        }
        return v;
    }

    /** What was posted, in the same shape, so a refused save shows the city's own text again. */
    public Map<String, String> posted(MultivaluedMap<String, String> form, Map<String, String> saved) {
        Map<String, String> v = new LinkedHashMap<>(saved);
        form.forEach((name, values) -> {
            if (!name.startsWith("_") || name.equals("_claims")) {
                v.put(name, String.join("\n", values));
            }
        });
        // Unticked boxes are not posted at all: on their step, no box ticked means none.
        if ("classification".equals(form.getFirst("_step"))) {
            v.put("themes", String.join("\n", list(form, "themes")));
            v.put("sdgs", String.join("\n", list(form, "sdgs")));
        }
        return v;
    }

    static int count(MultivaluedMap<String, String> form, String name) {
        try {
            return Math.min(50, Math.max(0, Integer.parseInt(form.getFirst(name))));
        } catch (NumberFormatException | NullPointerException e) {
            return 0;
        }
    }

    private static List<String> list(MultivaluedMap<String, String> form, String name) {
        List<String> values = form.get(name);
        return values == null ? List.of() : values.stream().filter(v -> !blank(v)).toList();
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    private static String joined(JsonNode array) {
        List<String> items = new ArrayList<>();
        array.forEach(i -> items.add(i.asText()));
        return String.join("\n", items);
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? "" : node.isNumber() ? node.decimalValue().toPlainString() : node.asText();
    }

    private JsonNode number(String value) {
        try {
            return json.getNodeFactory().numberNode(new BigDecimal(value.trim().replace(",", "")));
        } catch (NumberFormatException e) {
            // Not a number: sent as the text it is, so the API names the field that needs one.
            return json.getNodeFactory().textNode(value);
        }
    }

    private static void put(ObjectNode node, String field, String value) {
        if (blank(value)) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private static void putIfGiven(ObjectNode node, String field, String value) {
        if (!blank(value)) {
            node.put(field, value.trim());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
