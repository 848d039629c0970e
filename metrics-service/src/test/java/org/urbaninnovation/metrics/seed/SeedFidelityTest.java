package org.urbaninnovation.metrics.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Fidelity of the metrics seed to its source document: every figure is quoted verbatim, printed in its quote,
 * attached to the right initiative, and described with closed vocabularies. Plain JUnit, no Quarkus start-up.
 */
class SeedFidelityTest {

    private static final String SEED_RESOURCE = "seed/metrics.json";
    private static final Path SOURCE = Path.of("../seed-source/000_5179656e0f3247f5.txt");
    private static final Path CATALOG = Path.of("../catalog-service/src/main/resources/seed/initiatives.json");

    private static final String INITIATIVE_ID_PREFIX = "11111111-0000-4000-8000-";
    /** Initiatives in document body order: initiativeIndex NN is the NN-th city of this list. */
    private static final List<String> CITIES_IN_BODY_ORDER = List.of(
            "Xianning", "Shanghai", "Guangzhou", "Bijie", "Dalian", "Dongguan", "Fuzhou",
            "Haikou", "Harbin", "Hong Kong", "Nanjing", "Qingdao", "Shijiazhuang", "Xiamen");

    /** Observations per initiative: an accidental deletion (or duplication) fails here. */
    private static final Map<Integer, Integer> OBSERVATIONS_PER_INITIATIVE = Map.ofEntries(
            Map.entry(1, 16), Map.entry(2, 6), Map.entry(3, 13), Map.entry(4, 13), Map.entry(5, 10),
            Map.entry(6, 20), Map.entry(7, 24), Map.entry(8, 6), Map.entry(9, 5), Map.entry(10, 24),
            Map.entry(11, 7), Map.entry(12, 8), Map.entry(13, 36), Map.entry(14, 8));
    private static final int INDICATOR_COUNT = 173;

    private static final Set<String> PHASES = Set.of("baseline", "result", "target", "scale", "context");
    /** Money is in currency codes (ISO 4217); the printed unit ("million yuan", "billion HK$") converts to one. */
    private static final Set<String> CURRENCIES = Set.of("CNY", "HKD", "USD");
    /** A unit that names money: a currency as printed or as a code. */
    private static final Pattern MONEY_UNIT = Pattern.compile("(?i)\\b(?:yuan|rmb|cny|hkd|usd|dollars?)\\b|\\$");
    /** In a quote: an amount in a local currency, and one in US dollars ("HK$11.6 (US$1.49)", "around USD ..."). */
    private static final Pattern LOCAL_CURRENCY = Pattern.compile("\\b(?:yuan|RMB)|\\bHK\\\\?\\$");
    private static final Pattern US_DOLLARS = Pattern.compile("\\bUSD\\b|\\bUS\\\\?\\$");
    private static final Set<String> QUALIFIERS =
            Set.of("exact", "approximately", "more_than", "less_than", "up_to", "range");
    private static final Set<String> DIRECTIONS = Set.of("higher_is_better", "lower_is_better", "neutral");
    private static final Set<String> THEMES =
            Set.of("social_cultural", "economic", "environmental", "governance", "technology");

    private static final List<String> OBSERVATION_FIELDS = List.of("initiativeId", "initiativeIndex", "city",
            "indicator", "phase", "period", "scope", "value", "qualifier", "low", "high", "unit", "quote", "note");
    private static final List<String> INDICATOR_FIELDS =
            List.of("code", "name", "description", "unit", "direction", "additive", "themes", "sdgTargets");

    /**
     * The PDF-to-text conversion repeats a running head ("XIAMEN, CHINA") on its own line at page breaks, sometimes
     * in the middle of a sentence. Those lines are the only artifact removed; line wraps are handled by collapsing
     * whitespace.
     */
    private static final Pattern RUNNING_HEAD = Pattern.compile("(?m)^\\p{Lu}[\\p{Lu} ]*, CHINA[ \\t]*$");
    /** The by-line under each initiative's title ("🥏 Bijie, China") opens that initiative's section. */
    private static final String BYLINE = "(?m)^(?:\\S+[ \\t]+)?%s[ \\t]*, China[ \\t]*$";

    /** A numeral with thousands separators as printed ("30,000", "30, 000", "8 000"), or a plain one ("7.5"). */
    private static final Pattern GROUPED_NUMERAL =
            Pattern.compile("(?<![\\d.])\\d{1,3}(?:(?:, ?| )\\d{3})+(?:\\.\\d+)?(?![\\d])");
    private static final Pattern PLAIN_NUMERAL = Pattern.compile("(?<![\\d.])\\d+(?:\\.\\d+)?(?![\\d])");
    private static final Map<String, Integer> NUMBER_WORDS = numberWords();

    private static final Pattern PERIOD = Pattern.compile("\\d{4}|\\d{4}-Q[1-4]|\\d{4}-(0[1-9]|1[0-2])|\\d{4}-\\d{2}-\\d{2}");

    private static JsonNode seed;
    private static String source;
    private static JsonNode catalog;

    @BeforeAll
    static void load() throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        try (InputStream in = SeedFidelityTest.class.getClassLoader().getResourceAsStream(SEED_RESOURCE)) {
            assertNotNull(in, "classpath resource " + SEED_RESOURCE);
            seed = mapper.readTree(in);
        }
        source = Files.readString(SOURCE);
        catalog = mapper.readTree(CATALOG.toFile());
    }

    // ---------------------------------------------------------------- keys and units

    @Test
    void everyObservationHasItsOwnKey() {
        Set<String> keys = new HashSet<>();
        assertNoViolations("key (initiative, indicator, phase, period, scope) used twice", each((o, where) ->
                keys.add(o.get("initiativeId").asText() + "|" + o.get("indicator").asText() + "|" + o.get("phase").asText()
                        + "|" + o.get("period").asText() + "|" + o.get("scope").asText()) ? null : where));
    }

    @Test
    void everyUnitAsPrintedIsTheIndicatorsOrADeclaredConversion() {
        Map<String, String> units = new HashMap<>();
        seed.get("indicators").forEach(i -> units.put(i.get("code").asText(), i.get("unit").asText()));
        Set<String> conversions = new HashSet<>();
        seed.get("conversions").forEach(c -> conversions.add(c.get("fromUnit").asText() + "->" + c.get("toUnit").asText()));
        assertNoViolations("unit neither the indicator's nor declared", each((o, where) -> {
            String unit = o.get("unit").asText();
            String indicatorUnit = units.get(o.get("indicator").asText());
            return unit.equals(indicatorUnit) || conversions.contains(unit + "->" + indicatorUnit) ? null : where;
        }));
    }

    // ---------------------------------------------------------------- quotes and printed values

    @Test
    void everyObservationQuotesTheSource() {
        String text = collapse(withoutRunningHeads(source));
        assertNoViolations("quote not found verbatim in the source", each((o, where) ->
                text.contains(collapse(o.get("quote").asText())) ? null : where));
    }

    @Test
    void everyQuoteComesFromItsOwnInitiativeSection() {
        List<String> sections = initiativeSections();
        assertNoViolations("quote not in the section of its initiative", each((o, where) -> {
            String section = sections.get(o.get("initiativeIndex").asInt() - 1);
            return section.contains(collapse(o.get("quote").asText())) ? null : where;
        }));
    }

    @Test
    void everyValueIsPrintedInItsQuote() {
        assertNoViolations("figure not printed in its quote", each((o, where) -> {
            Set<BigDecimal> printed = numbersPrintedIn(o.get("quote").asText());
            List<String> fields = isRange(o) ? List.of("low", "high") : List.of("value");
            for (String field : fields) {
                if (!o.get(field).isNumber() || !printed.contains(normalized(o.get(field).decimalValue()))) {
                    return where + " " + field + "=" + o.get(field) + " not among " + plain(printed);
                }
            }
            return null;
        }));
    }

    // ---------------------------------------------------------------- initiatives

    @Test
    void observationsBelongToCatalogInitiatives() {
        Map<String, String> cityNameById = new HashMap<>();
        catalog.get("cities").forEach(c -> cityNameById.put(c.get("id").asText(), c.get("name").asText()));
        Map<String, String> cityOfInitiative = new HashMap<>();
        catalog.get("initiatives").forEach(i ->
                cityOfInitiative.put(i.get("id").asText(), cityNameById.get(i.get("cityId").asText())));

        assertNoViolations("observation not attached to its catalog initiative", each((o, where) -> {
            String id = o.get("initiativeId").asText();
            int index = o.get("initiativeIndex").asInt();
            String city = o.get("city").asText();
            if (!cityOfInitiative.containsKey(id)) {
                return where + " unknown initiativeId " + id;
            }
            if (!city.equals(cityOfInitiative.get(id))) {
                return where + " catalog city of " + id + " is " + cityOfInitiative.get(id);
            }
            if (!id.equals(initiativeId(index))) {
                return where + " initiativeIndex " + index + " does not match " + id;
            }
            return city.equals(CITIES_IN_BODY_ORDER.get(index - 1)) ? null : where + " out of body order";
        }));
    }

    @Test
    void observationsPerInitiativeArePinned() {
        Map<Integer, Integer> actual = new TreeMap<>();
        seed.get("observations").forEach(o -> actual.merge(o.get("initiativeIndex").asInt(), 1, Integer::sum));
        assertEquals(new TreeMap<>(OBSERVATIONS_PER_INITIATIVE), actual, "observations per initiative");
        assertEquals(INDICATOR_COUNT, seed.get("indicators").size(), "indicators");
    }

    // ---------------------------------------------------------------- the figures everybody quotes

    record Figure(String value, String qualifier, String period) {
    }

    record ExpectedPair(int initiative, String indicator, String unit, String direction, Figure before,
            Figure after) {
    }

    private static final List<ExpectedPair> FAMOUS_PAIRS = List.of(
            new ExpectedPair(1, "students_walking_to_school_share", "%", "higher_is_better",
                    new Figure("30", "exact", null), new Figure("95", "exact", null)),
            new ExpectedPair(1, "private_cars_school_dropoff_per_hour", "cars per hour", "lower_is_better",
                    new Figure("120", "exact", null), new Figure("8", "exact", null)),
            new ExpectedPair(1, "traffic_accidents_near_school_per_year", "incidents per year", "lower_is_better",
                    new Figure("50", "exact", null), new Figure("1", "exact", null)),
            new ExpectedPair(3, "hospitalized_bilirubin_encephalopathy_cases", "cases", "lower_is_better",
                    new Figure("30", "exact", "2020"), new Figure("0", "exact", "2022")),
            new ExpectedPair(8, "bee_eater_population", "birds", "higher_is_better",
                    new Figure("26", "exact", "2018"), new Figure("80", "more_than", null)),
            new ExpectedPair(10, "construction_time_months", "months", "lower_is_better",
                    new Figure("40", "approximately", null), new Figure("12", "approximately", null)));

    @Test
    void exactValuesOfTheFamousPairs() {
        for (ExpectedPair pair : FAMOUS_PAIRS) {
            assertEquals(pair.direction(), indicator(pair.indicator()).get("direction").asText(),
                    pair.indicator() + " direction");
            assertFigure(pair, "baseline", pair.before());
            assertFigure(pair, "result", pair.after());
        }
    }

    private static void assertFigure(ExpectedPair pair, String phase, Figure expected) {
        List<JsonNode> matches = new ArrayList<>();
        seed.get("observations").forEach(o -> {
            if (o.get("initiativeIndex").asInt() == pair.initiative()
                    && o.get("indicator").asText().equals(pair.indicator())
                    && o.get("phase").asText().equals(phase)) {
                matches.add(o);
            }
        });
        String what = pair.initiative() + "/" + pair.indicator() + "/" + phase;
        assertEquals(1, matches.size(), what + " observations");
        JsonNode o = matches.get(0);
        assertEquals(expected.value(), normalized(o.get("value").decimalValue()).toPlainString(), what + " value");
        assertEquals(expected.qualifier(), o.get("qualifier").asText(), what + " qualifier");
        assertEquals(pair.unit(), o.get("unit").asText(), what + " unit");
        assertEquals(expected.period(), o.get("period").isNull() ? null : o.get("period").asText(), what + " period");
    }

    // ---------------------------------------------------------------- money

    record Money(int initiative, String indicator, String phase, String value, String qualifier, String printedUnit,
            String currency) {
    }

    /** Every amount of money in the source, as printed: a local amount and its US dollars are two figures. */
    private static final List<Money> MONEY = List.of(
            new Money(4, "flood_direct_economic_losses", "context", "100", "more_than", "million yuan", "CNY"),
            new Money(4, "flood_direct_economic_losses_usd", "context", "13772207", "approximately", "USD", "USD"),
            new Money(9, "patent_navigation_funding", "scale", "500000", "exact", "RMB", "CNY"),
            new Money(10, "transitional_housing_funding", "scale", "11.6", "exact", "billion HK$", "HKD"),
            new Money(10, "transitional_housing_funding_usd", "scale", "1.49", "exact", "billion US$", "USD"),
            new Money(11, "government_subsidies", "scale", "10000000", "exact", "RMB", "CNY"),
            new Money(11, "government_subsidies_usd", "scale", "1370000", "approximately", "USD", "USD"),
            new Money(13, "per_capita_disposable_income", "baseline", "35000", "exact", "yuan", "CNY"),
            new Money(13, "per_capita_disposable_income", "target", "50000", "exact", "yuan", "CNY"),
            new Money(13, "construction_funding", "scale", "2.2", "approximately", "billion dollars", "USD"));

    @Test
    void moneyIsSeededAsPrintedInCurrencyCodes() {
        List<Money> seeded = new ArrayList<>();
        seed.get("observations").forEach(o -> {
            JsonNode indicator = indicator(o.get("indicator").asText());
            String currency = indicator.get("unit").asText();
            if (CURRENCIES.contains(currency) || MONEY_UNIT.matcher(o.get("unit").asText()).find()) {
                seeded.add(new Money(o.get("initiativeIndex").asInt(), o.get("indicator").asText(),
                        o.get("phase").asText(), normalized(o.get("value").decimalValue()).toPlainString(),
                        o.get("qualifier").asText(), o.get("unit").asText(), currency));
            }
        });
        assertEquals(MONEY, seeded, "money observations (in seed order)");
        assertNoViolations("an indicator of money not in a currency code", eachIndicator(i ->
                !MONEY_UNIT.matcher(i.get("unit").asText()).find() || CURRENCIES.contains(i.get("unit").asText())
                        ? null
                        : i.get("code").asText() + " in " + i.get("unit")));
    }

    @Test
    void aLocalAmountAndItsUsDollarsAreBothSeeded() {
        Map<String, Set<String>> currenciesByQuote = new HashMap<>();
        seed.get("observations").forEach(o -> currenciesByQuote.computeIfAbsent(collapse(o.get("quote").asText()),
                q -> new HashSet<>()).add(indicator(o.get("indicator").asText()).get("unit").asText()));
        List<String> violations = new ArrayList<>();
        currenciesByQuote.forEach((quote, currencies) -> {
            if (LOCAL_CURRENCY.matcher(quote).find() && US_DOLLARS.matcher(quote).find()
                    && !(currencies.contains("USD") && currencies.stream().anyMatch(c -> CURRENCIES.contains(c) && !c.equals("USD")))) {
                violations.add(currencies + " for: " + quote);
            }
        });
        assertNoViolations("a quote printing a local amount and US dollars without a figure in each currency", violations);
    }

    // ---------------------------------------------------------------- context

    /**
     * Background figures have indicators of their own: an aggregate, a series or a pair of one
     * indicator never mixes a disaster's losses or a city's population share with an outcome.
     */
    @Test
    void contextFiguresHaveIndicatorsOfTheirOwn() {
        Map<String, Set<String>> phasesByIndicator = new TreeMap<>();
        seed.get("observations").forEach(o -> phasesByIndicator.computeIfAbsent(o.get("indicator").asText(),
                c -> new HashSet<>()).add(o.get("phase").asText()));
        List<String> violations = new ArrayList<>();
        phasesByIndicator.forEach((code, phases) -> {
            if (phases.contains("context") && phases.size() > 1) {
                violations.add(code + " " + phases);
            }
        });
        assertNoViolations("indicator with context and other phases", violations);
    }

    // ---------------------------------------------------------------- shape and vocabularies

    @Test
    void recordsHaveTheDocumentedFields() {
        assertNoViolations("indicator fields", eachIndicator(i ->
                fieldNames(i).equals(INDICATOR_FIELDS) ? null : i.get("code") + " has " + fieldNames(i)));
        assertNoViolations("observation fields", each((o, where) ->
                fieldNames(o).equals(OBSERVATION_FIELDS) ? null : where + " has " + fieldNames(o)));
    }

    @Test
    void vocabulariesAreClosed() {
        Set<String> codes = new HashSet<>();
        assertNoViolations("indicator vocabulary", eachIndicator(i -> {
            String code = i.get("code").asText();
            if (!codes.add(code) || !code.matches("[a-z0-9]+(_[a-z0-9]+)*")) {
                return code + " duplicate or not snake_case";
            }
            if (!DIRECTIONS.contains(i.get("direction").asText())) {
                return code + " direction " + i.get("direction");
            }
            if (i.get("themes").isEmpty() || !textValues(i.get("themes")).stream().allMatch(THEMES::contains)) {
                return code + " themes " + i.get("themes");
            }
            return textValues(i.get("sdgTargets")).stream().allMatch(t -> t.matches("\\d{1,2}\\.(\\d{1,2}|[a-c])"))
                    ? null
                    : code + " sdgTargets " + i.get("sdgTargets");
        }));
        assertNoViolations("observation vocabulary", each((o, where) -> {
            if (!PHASES.contains(o.get("phase").asText())) {
                return where + " phase " + o.get("phase");
            }
            if (!QUALIFIERS.contains(o.get("qualifier").asText())) {
                return where + " qualifier " + o.get("qualifier");
            }
            if (isRange(o)) {
                boolean bounded = o.get("value").isNull() && o.get("low").isNumber() && o.get("high").isNumber()
                        && o.get("low").decimalValue().compareTo(o.get("high").decimalValue()) <= 0;
                return bounded ? null : where + " range needs value null and low <= high";
            }
            boolean single = o.get("value").isNumber() && o.get("low").isNull() && o.get("high").isNull();
            return single ? null : where + " non-range needs a value and no low/high";
        }));
    }

    @Test
    void indicatorsAreUsedAndUnitsAgree() {
        Set<String> used = new HashSet<>();
        assertNoViolations("observation unit differs from its indicator's without a note", each((o, where) -> {
            JsonNode indicator = indicator(o.get("indicator").asText());
            if (indicator == null) {
                return where + " unknown indicator";
            }
            used.add(o.get("indicator").asText());
            String unit = o.get("unit").asText();
            String note = o.get("note").isNull() ? "" : o.get("note").asText();
            boolean explained = note.toLowerCase().contains("unit") && note.contains(unit);
            return unit.equals(indicator.get("unit").asText()) || explained
                    ? null
                    : where + " unit '" + unit + "' vs indicator '" + indicator.get("unit").asText() + "'";
        }));
        assertNoViolations("indicator without observations", eachIndicator(i ->
                used.contains(i.get("code").asText()) ? null : i.get("code").asText()));
    }

    @Test
    void periodsAreIso8601() {
        assertNoViolations("period not ISO 8601 (yyyy, yyyy-Qn, yyyy-MM, yyyy-MM-dd) or null", each((o, where) -> {
            JsonNode period = o.get("period");
            if (period.isNull()) {
                return null;
            }
            String p = period.asText();
            if (!PERIOD.matcher(p).matches()) {
                return where + " " + p;
            }
            return p.length() == 10 && !isDate(p) ? where + " " + p : null;
        }));
    }

    @Test
    void everyPeriodIsStatedInTheQuoteOrExplainedInTheNote() {
        assertNoViolations("period year printed neither in quote nor note", each((o, where) -> {
            if (o.get("period").isNull()) {
                return null;
            }
            String year = o.get("period").asText().substring(0, 4);
            String note = o.get("note").isNull() ? "" : o.get("note").asText();
            return o.get("quote").asText().contains(year) || note.contains(year) ? null : where;
        }));
    }

    // ---------------------------------------------------------------- helpers

    @FunctionalInterface
    private interface ObservationRule {
        /** Returns null when the observation complies, otherwise a short description of the violation. */
        String check(JsonNode observation, String where);
    }

    private static List<String> each(ObservationRule rule) {
        List<String> violations = new ArrayList<>();
        JsonNode observations = seed.get("observations");
        for (int i = 0; i < observations.size(); i++) {
            JsonNode o = observations.get(i);
            String where = "#" + i + " " + o.path("city").asText() + "/" + o.path("indicator").asText() + "/"
                    + o.path("phase").asText();
            String violation = rule.check(o, where);
            if (violation != null) {
                violations.add(violation);
            }
        }
        return violations;
    }

    private static List<String> eachIndicator(Function<JsonNode, String> rule) {
        List<String> violations = new ArrayList<>();
        seed.get("indicators").forEach(i -> {
            String violation = rule.apply(i);
            if (violation != null) {
                violations.add(violation);
            }
        });
        return violations;
    }

    private static void assertNoViolations(String rule, List<String> violations) {
        assertTrue(violations.isEmpty(), rule + ":\n  " + String.join("\n  ", violations));
    }

    private static JsonNode indicator(String code) {
        for (JsonNode i : seed.get("indicators")) {
            if (i.get("code").asText().equals(code)) {
                return i;
            }
        }
        return null;
    }

    private static String initiativeId(int index) {
        return INITIATIVE_ID_PREFIX + String.format("%012d", index);
    }

    private static boolean isRange(JsonNode o) {
        return "range".equals(o.get("qualifier").asText());
    }

    private static String collapse(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ").trim();
    }

    private static String withoutRunningHeads(String text) {
        return RUNNING_HEAD.matcher(text).replaceAll("");
    }

    /** The collapsed body text of each initiative, from its by-line to the next initiative's by-line. */
    private static List<String> initiativeSections() {
        String text = withoutRunningHeads(source);
        List<Integer> starts = new ArrayList<>();
        int from = 0;
        for (String city : CITIES_IN_BODY_ORDER) {
            Matcher byline = Pattern.compile(String.format(BYLINE, Pattern.quote(city))).matcher(text);
            assertTrue(byline.find(from), "by-line of " + city + " after offset " + from);
            starts.add(byline.start());
            from = byline.end();
        }
        starts.add(text.length());
        List<String> sections = new ArrayList<>();
        for (int i = 0; i < CITIES_IN_BODY_ORDER.size(); i++) {
            sections.add(collapse(text.substring(starts.get(i), starts.get(i + 1))));
        }
        return sections;
    }

    /** Every number printed in a text: numerals (with or without thousands separators) and number words. */
    private static Set<BigDecimal> numbersPrintedIn(String text) {
        Set<BigDecimal> numbers = new HashSet<>();
        for (Pattern numeral : List.of(GROUPED_NUMERAL, PLAIN_NUMERAL)) {
            Matcher m = numeral.matcher(text);
            while (m.find()) {
                numbers.add(normalized(new BigDecimal(m.group().replaceAll("[, ]", ""))));
            }
        }
        Matcher words = Pattern.compile("\\b\\p{L}+\\b").matcher(text.toLowerCase());
        while (words.find()) {
            Integer n = NUMBER_WORDS.get(words.group());
            if (n != null) {
                numbers.add(normalized(BigDecimal.valueOf(n)));
            }
        }
        return numbers;
    }

    private static Map<String, Integer> numberWords() {
        List<String> units = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                "nineteen", "twenty");
        Map<String, Integer> words = new LinkedHashMap<>();
        for (int i = 0; i < units.size(); i++) {
            words.put(units.get(i), i);
        }
        List<String> tens = List.of("thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
        for (int i = 0; i < tens.size(); i++) {
            words.put(tens.get(i), 30 + 10 * i);
        }
        return words;
    }

    private static BigDecimal normalized(BigDecimal number) {
        return number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
    }

    private static List<String> plain(Set<BigDecimal> numbers) {
        return numbers.stream().sorted().map(BigDecimal::toPlainString).toList();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> textValues(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
