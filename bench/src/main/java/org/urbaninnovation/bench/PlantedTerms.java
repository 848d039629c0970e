package org.urbaninnovation.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words the loader plants with a controlled share of rows, so that each query kind of the
 * benchmark has a known selectivity. None of them (nor any word sharing their stem) appears in the
 * Zipf vocabulary: a planted word is only where the loader put it.
 */
final class PlantedTerms {

    /** A planted word and the share of initiatives that contain it. */
    record Term(String word, double share) {
    }

    /** The very common term: about 40% of rows. */
    static final Term COMMON = new Term("resilience", 0.40);

    /** Rare terms, 0.01% to 0.05% of rows each (100 to 500 rows of a million). */
    static final List<Term> RARE = List.of(
            new Term("aquifer", 0.00010),
            new Term("geothermal", 0.00015),
            new Term("beekeeping", 0.00020),
            new Term("microgrid", 0.00025),
            new Term("desalination", 0.00030),
            new Term("wayfinding", 0.00035),
            new Term("lighthouse", 0.00040),
            new Term("mangrove", 0.00050));

    /**
     * Pairs for the AND query: each word 1% to 5% of rows, planted independently, so a pair matches
     * about the product of the shares (0.05% to 0.09%) while each posting list is large.
     */
    static final List<Term[]> AND_PAIRS = List.of(
            new Term[] {new Term("bicycle", 0.040), new Term("ferry", 0.020)},
            new Term[] {new Term("rooftop", 0.030), new Term("orchard", 0.015)},
            new Term[] {new Term("lantern", 0.025), new Term("harbour", 0.035)},
            new Term[] {new Term("kiosk", 0.012), new Term("apprentice", 0.045)});

    private PlantedTerms() {
    }

    /** Every planted term once, common first. */
    static List<Term> all() {
        List<Term> all = new ArrayList<>();
        all.add(COMMON);
        all.addAll(RARE);
        AND_PAIRS.forEach(p -> all.addAll(List.of(p)));
        return all;
    }

    /** The driver's default query kinds: kind to the queries it rotates through. */
    static Map<String, List<String>> defaultQueries() {
        Map<String, List<String>> queries = new LinkedHashMap<>();
        queries.put("rare", RARE.stream().map(Term::word).toList());
        queries.put("and", AND_PAIRS.stream().map(p -> p[0].word() + " " + p[1].word()).toList());
        queries.put("common", List.of(COMMON.word()));
        return queries;
    }

    /** The requirement's p95 targets in milliseconds, per default kind. */
    static Map<String, Double> defaultTargets() {
        Map<String, Double> targets = new LinkedHashMap<>();
        targets.put("rare", 20.0);
        targets.put("and", 20.0);
        targets.put("common", 100.0);
        return targets;
    }

    static void print(PrintStream out) {
        out.println("kind    query                  intended share of rows   rows at 100k / 1M");
        line(out, "common", COMMON.word(), COMMON.share());
        for (Term t : RARE) {
            line(out, "rare", t.word(), t.share());
        }
        for (Term[] p : AND_PAIRS) {
            line(out, "and", p[0].word() + " " + p[1].word(), p[0].share() * p[1].share());
            out.printf(Locale.ROOT, "          (%s %.1f%%, %s %.1f%% on their own)%n",
                    p[0].word(), p[0].share() * 100, p[1].word(), p[1].share() * 100);
        }
    }

    private static void line(PrintStream out, String kind, String query, double share) {
        out.printf(Locale.ROOT, "%-7s %-22s %8.3f%%                 %,7.0f / %,9.0f%n",
                kind, query, share * 100, share * 100_000, share * 1_000_000);
    }
}
