package org.urbaninnovation.catalog.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Pins {@code seed/initiatives.json} to the document it was extracted from: "The 6th Guangzhou International Award
 * for Urban Innovation: Collection of Outstanding Initiatives from Chinese Cities" (text rendering in
 * {@code seed-source/}). The expected titles and city figures below were copied from the source by hand, not from
 * the seed. Plain JUnit: no Quarkus, no database.
 */
class SeedFidelityTest {

    private static final String SEED_RESOURCE = "seed/initiatives.json";
    private static final String SOURCE_NAME = "000_5179656e0f3247f5.txt";
    private static final Path SOURCE_FILE = Path.of("..", "seed-source", SOURCE_NAME);

    /** PDF running heads such as "XIANNING, CHINA" or "HONG KONG, CHINA"; they can interrupt a paragraph. */
    private static final Pattern RUNNING_HEAD = Pattern.compile("^\\s*[A-Z][A-Z ]*, CHINA\\s*$");

    /** Printed density may differ from population / area by rounding; beyond this the source contradicts itself. */
    private static final BigDecimal DENSITY_TOLERANCE = new BigDecimal("0.02");

    private static final List<String> EXPECTED_TITLES = List.of(
            "Enhancing Traffic Safety Near Schools Through Child-Friendly Collaborative Construction and Sharing Approach",
            "Century-Old Zhangyuan and Its Journey of Renewal",
            // body heading as printed (the contents page has "System-empowering")
            "Integrated and Smart Neonatal Health Management Systemempowering Mothers, the Family and the Community",
            "Comprehensive Water Environment Management Project",
            "Improving Responsiveness, Accountability and Transparency for Good Urban Governance",
            "Smart Network Project", // no body heading: contents line
            "Intelligent Water Governance System for a Liveable and Resilient City",
            "Protection of Blue-Tailed Bee-Eaters in the Lower Reaches of Haikou's Wuyuan River",
            "Patent Navigation Facilitating Innovation and Development for Enterprises in Northeast China's Old Industrial Bases",
            "Transitional Housing", // no body heading: contents line
            "Xiaosongtao Lane Urban Regeneration Project",
            "Qingdao-Towards a Global Livable, Open and Sustainable Modern Metropolis",
            "The Application of Urban Renewal Strategy", // no body heading: contents line
            "Building Ecological Resilience of an Urban Lagoon Against the Backdrop of Rapid Urbanization");

    /** The "Basic City Data" of each initiative, as printed; null where the source leaves the value blank. */
    record ExpectedCity(String name, long population, String populationText, String areaKm2, String areaText,
            String densityPerKm2, String densityText, String gdpPerCapitaUsd, String gdpPerCapitaText,
            String growthRate, String mainSourcesOfProsperity) {
    }

    private static final List<ExpectedCity> EXPECTED_CITIES = List.of(
            new ExpectedCity("Xianning", 3036100, "3,036,100", "9752", "9,752", "268", "268", "8590", "8,590", null,
                    "Agriculture, tourism, and Public Health related Services"),
            new ExpectedCity("Shanghai", 24894300, "24,894,300", "6340.5", "6340.5", "3926", "3,926", "26900",
                    "26,900", null, "Finance, High-end manufacturing, Wholesale and retail trade, real estate"),
            new ExpectedCity("Guangzhou", 18734000, "18,734,000", "7434.40", "7434.40", "2530", "2530", "20943.8",
                    "20943.8", null, "Advanced Manufacturing Industry, High-technology Industry"),
            new ExpectedCity("Bijie", 1263700, "1,263,700", "2868", "2, 868", "4080", "4, 080", "4080", "4080", null,
                    "Industry, tourism, agriculture"),
            new ExpectedCity("Dalian", 471200, "471,200", "47.41", "47.41", "9939", "9,939", "16725",
                    "16,725 (Dalian)", null, "Equipment manufacturing, petrochemical and electronic information"),
            new ExpectedCity("Dongguan", 10440000, "10,440,000", "2542.67", "2542.67", "4282.6", "4282.6", "14966",
                    "14,966", null, "manufacturing industry"),
            new ExpectedCity("Fuzhou", 3050000, "3,050,000", "333", "333", "9159", "9159", null, null, null,
                    "Electronic information, advanced equipment, petrochemical, modern textile and clothing"),
            new ExpectedCity("Haikou", 2908000, "2.908million", "2296.82", "2296.82", "1280", "1280", "10037.96",
                    "10,037.96", null, "Trade, Tourism"),
            new ExpectedCity("Harbin", 9395000, "9,395,000", "53076", "53,076", "177", "177", "8658.07", "8,658.07",
                    null, "manufacturing industry, new materials industry, biopharmaceutical industry"),
            new ExpectedCity("Hong Kong", 7553000, "7553000", "1107", "1107", "7193.1", "7193.1", "49180.1",
                    "49180.1", "0.80", "Trading and logistics, Financial Services, Professional Services and other "
                            + "Producer Services, Tourism"),
            new ExpectedCity("Nanjing", 9491100, "9491100", "6587.04", "6587.04", "1441", "1441", null, null, "0.72",
                    null),
            new ExpectedCity("Qingdao", 10340000, "10340000", "11293", "11293", "916", "916", "20065", "20,065", null,
                    "Smart home appliances, rail transit equipment, new energy vehicles, high-end chemicals, Marine "
                            + "equipment, food and beverage, textile and garment industries"),
            new ExpectedCity("Shijiazhuang", 11224000, "11,224,000", "14530", "14530", "772.5", "772.5", "7910",
                    "7910", "0.22", "industry, agriculture, finance industry, transportation industry"),
            new ExpectedCity("Xiamen", 5280000, "5,280,000", "1698.78", "1698.78", "3108", "3108", "20342", "20,342",
                    null, "secondary and service industries"));

    /** Innovation type, in seed order, only where the initiative's text says so; null otherwise. */
    private static final List<String> EXPECTED_INNOVATION_TYPES = Arrays.asList(
            null, "evolutionary", "evolutionary_and_revolutionary", null, null, "revolutionary", "revolutionary",
            "incremental", "revolutionary", "revolutionary", "evolutionary_and_revolutionary", "revolutionary", null,
            "revolutionary");

    private static JsonNode seed;
    private static List<String> sourceLines;
    private static String source;

    @BeforeAll
    static void load() throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        try (InputStream in = SeedFidelityTest.class.getClassLoader().getResourceAsStream(SEED_RESOURCE)) {
            assertNotNull(in, "classpath resource " + SEED_RESOURCE + " is missing");
            seed = mapper.readTree(in);
        }
        assertTrue(Files.exists(SOURCE_FILE), "source document not found at " + SOURCE_FILE.toAbsolutePath());
        sourceLines = Files.readAllLines(SOURCE_FILE, StandardCharsets.UTF_8);
        source = collapse(String.join("\n", withoutRunningHeads(sourceLines)));
    }

    @Test
    void fourteenInitiativesInFourteenCities() {
        assertEquals(14, cities().size(), "cities");
        assertEquals(14, initiatives().size(), "initiatives");
        Set<String> citySlugs = new HashSet<>();
        Set<String> initiativeSlugs = new HashSet<>();
        for (int n = 1; n <= 14; n++) {
            JsonNode city = cities().get(n - 1);
            JsonNode initiative = initiatives().get(n - 1);
            String cityId = String.format("22222222-0000-4000-8000-0000000000%02d", n);
            assertEquals(cityId, text(city, "id"), "city #" + n + " id");
            assertEquals(String.format("11111111-0000-4000-8000-0000000000%02d", n), text(initiative, "id"),
                    "initiative #" + n + " id");
            assertEquals(cityId, text(initiative, "cityId"), "initiative #" + n + " belongs to city #" + n);
            assertEquals("gz-award-6", text(initiative, "cycle"), "initiative #" + n + " cycle");
            assertEquals("China", text(city, "country"), "city #" + n + " country");
            assertTrue(citySlugs.add(text(city, "slug")), "duplicate city slug " + text(city, "slug"));
            assertTrue(initiativeSlugs.add(text(initiative, "slug")), "duplicate slug " + text(initiative, "slug"));
        }
        assertEquals(SOURCE_NAME, text(seed.get("source"), "document"), "source document name");
        assertEquals(collapse(sourceLines.get(0)), text(seed.get("source"), "title"), "source title");
    }

    @Test
    void titlesAreExact() {
        assertEquals(EXPECTED_TITLES.size(), initiatives().size(), "number of initiatives");
        for (int i = 0; i < EXPECTED_TITLES.size(); i++) {
            JsonNode initiative = initiatives().get(i);
            String title = text(initiative, "title");
            assertEquals(EXPECTED_TITLES.get(i), title, "initiative #" + (i + 1) + " title");
            assertTrue(source.contains(collapse(title)), "title not printed verbatim in the source: " + title);
            String firstLine = collapse(sourceLines.get(firstLineOf(initiative) - 1));
            if (!firstLine.equals(title)) {
                assertEquals(text(initiative, "contentsTitle"), title, text(initiative, "slug")
                        + ": no body heading (first line is \"" + firstLine + "\"), so the title is the contents line");
            }
        }
    }

    @Test
    void contentsTitlesAreAsPrintedOnTheContentsPage() {
        String contents = collapse(String.join("\n", sourceLines.subList(0, firstLineOf(initiatives().get(0)) - 1)));
        for (JsonNode initiative : initiatives()) {
            String contentsTitle = text(initiative, "contentsTitle");
            if (contentsTitle == null) {
                assertFalse(contents.contains(text(initiative, "title")),
                        text(initiative, "slug") + ": listed in the contents but contentsTitle is null");
            } else {
                assertTrue(contents.contains(": " + contentsTitle),
                        text(initiative, "slug") + ": contentsTitle not on the contents page: " + contentsTitle);
            }
        }
    }

    @Test
    void cityFiguresAreAsPrinted() {
        for (int i = 0; i < EXPECTED_CITIES.size(); i++) {
            ExpectedCity expected = EXPECTED_CITIES.get(i);
            JsonNode city = cities().get(i);
            String who = expected.name() + ": ";
            assertEquals(expected.name(), text(city, "name"), "city #" + (i + 1) + " name");
            assertNumber(String.valueOf(expected.population()), city, "population", who);
            assertEquals(expected.populationText(), text(city, "populationText"), who + "populationText");
            assertNumber(expected.areaKm2(), city, "areaKm2", who);
            assertEquals(expected.areaText(), text(city, "areaText"), who + "areaText");
            assertNumber(expected.densityPerKm2(), city, "densityPerKm2", who);
            assertEquals(expected.densityText(), text(city, "densityText"), who + "densityText");
            assertNumber(expected.gdpPerCapitaUsd(), city, "gdpPerCapitaUsd", who);
            assertEquals(expected.gdpPerCapitaText(), text(city, "gdpPerCapitaText"), who + "gdpPerCapitaText");
            assertEquals(expected.growthRate(), text(city, "growthRate"), who + "growthRate (printed text)");
            assertEquals(expected.mainSourcesOfProsperity(), text(city, "mainSourcesOfProsperity"),
                    who + "mainSourcesOfProsperity");
        }
    }

    @Test
    void printedFiguresAppearInTheSource() {
        for (JsonNode city : cities()) {
            String block = basicCityDataBlock(city);
            String who = text(city, "name") + ": ";
            assertPrinted(block, "Population size:", text(city, "populationText"), who);
            assertPrinted(block, "Population Growth Rate(%):", text(city, "growthRate"), who);
            assertPrinted(block, "Surface Area (sq.km):", text(city, "areaText"), who);
            assertPrinted(block, "Population Density (people/sq.km):", text(city, "densityText"), who);
            assertPrinted(block, "GDP Per Capita (U.S.\\$):", text(city, "gdpPerCapitaText"), who);
            assertPrinted(block, "Main Source of Prosperity:", text(city, "mainSourcesOfProsperity"), who);
        }
    }

    @Test
    void sectionsQuoteTheSource() {
        for (JsonNode initiative : initiatives()) {
            String excerpt = excerptOf(initiative);
            String slug = text(initiative, "slug");
            assertQuoted(excerpt, text(initiative, "summary"), slug + " summary");
            assertTrue(initiative.get("sections").size() > 0, slug + ": no sections");
            initiative.get("sections").properties().forEach(section -> {
                assertTrue(section.getValue().isTextual(), slug + "." + section.getKey() + " is not text");
                assertQuoted(excerpt, section.getValue().asText(), slug + "." + section.getKey());
            });
        }
    }

    @Test
    void sdgsAreValidAndOnlyWhereNamed() {
        Pattern sdgNumber = Pattern.compile("\\bSDG\\s*(\\d{1,2})\\b");
        for (JsonNode initiative : initiatives()) {
            String slug = text(initiative, "slug");
            Set<Integer> sdgs = new TreeSet<>();
            for (JsonNode sdg : initiative.get("sdgs")) {
                assertTrue(sdg.isInt() && sdg.asInt() >= 1 && sdg.asInt() <= 17, slug + ": invalid SDG " + sdg);
                assertTrue(sdgs.add(sdg.asInt()), slug + ": duplicate SDG " + sdg);
            }
            String excerpt = excerptOf(initiative);
            if (!sdgs.isEmpty()) {
                assertTrue(excerpt.contains("SDG"), slug + " has SDGs but its text never mentions \"SDG\"");
            }
            Set<Integer> named = new TreeSet<>();
            Matcher matcher = sdgNumber.matcher(excerpt);
            while (matcher.find()) {
                named.add(Integer.parseInt(matcher.group(1)));
            }
            assertEquals(named, sdgs, slug + ": SDGs must be exactly those the text names by number");
        }
    }

    @Test
    void innovationTypeOnlyWhereStated() {
        for (int i = 0; i < EXPECTED_INNOVATION_TYPES.size(); i++) {
            JsonNode initiative = initiatives().get(i);
            String slug = text(initiative, "slug");
            String actual = text(initiative, "innovationType");
            assertEquals(EXPECTED_INNOVATION_TYPES.get(i), actual, slug + " innovationType");
            String excerpt = excerptOf(initiative).toLowerCase();
            for (String word : List.of("evolutionary", "revolutionary", "incremental")) {
                boolean claimed = actual != null && List.of(actual.split("_and_")).contains(word);
                boolean stated = Pattern.compile("\\b" + word + "\\b").matcher(excerpt).find();
                if (claimed) {
                    assertTrue(stated, slug + " is typed " + actual + " but its text never says \"" + word + "\"");
                }
                if (actual == null) {
                    assertFalse(stated, slug + " has no innovationType although its text says \"" + word + "\"");
                }
            }
        }
    }

    @Test
    void dataQualityNotesFlagContradictions() {
        assertNoteMentions("Xianning", "density 268", "311.3");
        assertNoteMentions("Bijie", "density 4, 080", "440.6");
        assertNoteMentions("Bijie", "\"2, 868\"", "\"4, 080\"");
        assertNoteMentions("Bijie", "GDP per capita (4080)", "density");
        assertNoteMentions("Bijie", "Zhijin County", "county-level");
        assertNoteMentions("Dalian", "Zhongshan District", "(Dalian)");
        assertNoteMentions("Dongguan", "density 4282.6", "4105.9");
        assertNoteMentions("Fuzhou", "GDP per capita", "blank");
        assertNoteMentions("Haikou", "2.908million", "2908000");
        assertNoteMentions("Hong Kong", "density 7193.1", "6822.9");
        assertNoteMentions("Nanjing", "GDP per capita", "blank");
        assertNoteMentions("Nanjing", "Main source of prosperity", "blank");
        assertNoteMentions("Shijiazhuang", "GINI Index", "blank");
        for (JsonNode city : cities()) {
            assertDensityNoteIffContradiction(city);
        }
    }

    @Test
    void missingValuesStayNull() {
        assertNull(text(city("Fuzhou"), "gdpPerCapitaUsd"), "Fuzhou GDP per capita is blank in the source");
        assertNull(text(city("Fuzhou"), "gdpPerCapitaText"), "Fuzhou GDP per capita text");
        assertNull(text(city("Nanjing"), "gdpPerCapitaUsd"), "Nanjing GDP per capita is blank in the source");
        assertNull(text(city("Nanjing"), "gdpPerCapitaText"), "Nanjing GDP per capita text");
        assertNull(text(city("Nanjing"), "mainSourcesOfProsperity"), "Nanjing main source is blank in the source");
        assertTrue(basicCityDataBlock(city("Fuzhou")).contains("GDP Per Capita (U.S.\\$): Main Source"),
                "Fuzhou: the source no longer prints a blank GDP per capita");
        assertTrue(basicCityDataBlock(city("Nanjing")).endsWith("Main Source of Prosperity:"),
                "Nanjing: the source no longer prints a blank main source of prosperity");
        for (JsonNode city : cities()) {
            boolean growthPrinted = basicCityDataBlock(city).contains("Population Growth Rate(%):");
            assertEquals(growthPrinted, text(city, "growthRate") != null,
                    text(city, "name") + ": growthRate must be set exactly where the source prints one");
        }
    }

    // ---- assertions -------------------------------------------------------------------------------------------

    private static void assertNumber(String expected, JsonNode city, String field, String who) {
        JsonNode node = city.get(field);
        assertNotNull(node, who + field + " missing (must be present, null where blank)");
        if (expected == null) {
            assertTrue(node.isNull(), who + field + " must stay null (blank in the source) but is " + node);
            return;
        }
        assertTrue(node.isNumber(), who + field + " must be a number but is " + node);
        assertEquals(0, new BigDecimal(expected).compareTo(node.decimalValue()),
                who + field + " expected " + expected + " but was " + node.decimalValue());
    }

    /** The printed value must follow its label in the city's Basic City Data block ("sq. km" read as "sq.km"). */
    private static void assertPrinted(String block, String label, String value, String who) {
        if (value == null) {
            return;
        }
        String sameSpacing = block.replace("(sq. km)", "(sq.km)");
        Pattern printed = Pattern.compile(Pattern.quote(label + " " + collapse(value)) + "(?=\\s|$)");
        assertTrue(printed.matcher(sameSpacing).find(),
                who + "\"" + label + " " + value + "\" not found in the Basic City Data block: " + block);
    }

    private static void assertQuoted(String excerpt, String text, String where) {
        assertNotNull(text, where + " is null");
        for (String paragraph : text.split("\n\n")) {
            assertFalse(paragraph.isBlank(), where + " has an empty paragraph");
            assertTrue(excerpt.contains(collapse(paragraph)),
                    where + ": paragraph not found verbatim in the initiative's source text: " + paragraph);
        }
    }

    private static void assertNoteMentions(String cityName, String... fragments) {
        List<String> notes = notesOf(city(cityName));
        boolean found = notes.stream().anyMatch(note -> List.of(fragments).stream().allMatch(note::contains));
        assertTrue(found, cityName + ": expected a data-quality note mentioning " + List.of(fragments)
                + " but notes are " + notes);
    }

    private static void assertDensityNoteIffContradiction(JsonNode city) {
        BigDecimal computed = city.get("population").decimalValue()
                .divide(city.get("areaKm2").decimalValue(), 1, RoundingMode.HALF_UP);
        BigDecimal printed = city.get("densityPerKm2").decimalValue();
        boolean contradicts = printed.subtract(computed).abs()
                .compareTo(computed.multiply(DENSITY_TOLERANCE)) > 0;
        String expectedNote = "Printed density " + text(city, "densityText")
                + " does not match population/area (" + computed.toPlainString() + ")";
        assertEquals(contradicts, notesOf(city).contains(expectedNote), text(city, "name") + ": printed density "
                + printed + " vs population/area " + computed + "; expected note \"" + expectedNote + "\" "
                + (contradicts ? "missing" : "unwarranted") + " in " + notesOf(city));
    }

    // ---- seed and source access ---------------------------------------------------------------------------------

    private static List<JsonNode> cities() {
        List<JsonNode> cities = new ArrayList<>();
        seed.get("cities").forEach(cities::add);
        return cities;
    }

    private static List<JsonNode> initiatives() {
        List<JsonNode> initiatives = new ArrayList<>();
        seed.get("initiatives").forEach(initiatives::add);
        return initiatives;
    }

    private static JsonNode city(String name) {
        return cities().stream().filter(c -> name.equals(text(c, "name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no city named " + name));
    }

    private static JsonNode initiativeIn(JsonNode city) {
        return initiatives().stream().filter(i -> text(city, "id").equals(text(i, "cityId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no initiative in " + text(city, "name")));
    }

    private static List<String> notesOf(JsonNode city) {
        List<String> notes = new ArrayList<>();
        city.get("dataQualityNotes").forEach(note -> notes.add(note.asText()));
        return notes;
    }

    /** Null for an absent field or JSON null, the text (or number as text) otherwise. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static int firstLineOf(JsonNode initiative) {
        return initiative.get("provenance").get("firstLine").asInt();
    }

    /** The initiative's lines of the source (provenance, 1-based, inclusive), running heads removed, collapsed. */
    private static String excerptOf(JsonNode initiative) {
        JsonNode provenance = initiative.get("provenance");
        assertEquals(SOURCE_NAME, text(provenance, "document"), text(initiative, "slug") + " provenance document");
        int first = provenance.get("firstLine").asInt();
        int last = provenance.get("lastLine").asInt();
        if (first < 1 || last > sourceLines.size() || first > last) {
            fail(text(initiative, "slug") + ": provenance lines " + first + ".." + last + " out of range");
        }
        return collapse(String.join("\n", withoutRunningHeads(sourceLines.subList(first - 1, last))));
    }

    /** From "Basic City Data" up to the "Abstract" heading in the city's initiative. */
    private static String basicCityDataBlock(JsonNode city) {
        String excerpt = excerptOf(initiativeIn(city));
        int start = excerpt.toLowerCase().indexOf("basic city data");
        assertTrue(start >= 0, text(city, "name") + ": no Basic City Data block in its initiative's text");
        int end = excerpt.indexOf(" Abstract ", start);
        assertTrue(end > start, text(city, "name") + ": Basic City Data block not followed by an Abstract");
        return excerpt.substring(start, end);
    }

    private static List<String> withoutRunningHeads(List<String> lines) {
        return lines.stream().filter(line -> !RUNNING_HEAD.matcher(line).matches()).toList();
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
