package org.urbaninnovation.metrics.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The indicator an outcome claim is measured on: one of the claim's name (letter case and
 * surrounding spaces aside) in the claim's unit, else one in a unit the claim's converts into by a
 * declared conversion, else a new indicator made of the claim (not additive: whether a claimed
 * figure adds up across places is not known, so sums and per-capita figures are refused for it).
 */
@ApplicationScoped
public class ClaimedIndicators {

    static final int MAX_CODE_LENGTH = 80;

    private final IndicatorStore indicators;

    public ClaimedIndicators(IndicatorStore indicators) {
        this.indicators = indicators;
    }

    /** The claim's indicator, created when none matches; {@code themes} are the initiative's. */
    public Indicator of(Award.Claim claim, List<String> themes) {
        List<Indicator> named = indicators.named(claim.indicator());
        return named.stream().filter(i -> i.unit.equals(claim.unit())).findFirst()
                .or(() -> named.stream().filter(i -> indicators.conversionsTo(i.unit).containsKey(claim.unit())).findFirst())
                .orElseGet(() -> created(claim, themes));
    }

    private Indicator created(Award.Claim claim, List<String> themes) {
        Indicator indicator = new Indicator();
        indicator.code = freeCode(claim);
        indicator.name = claim.indicator().trim();
        indicator.description = "As claimed in the submissions of awarded initiatives";
        indicator.unit = claim.unit();
        indicator.direction = Direction.of(claim.direction()).orElse(Direction.NEUTRAL).wire();
        indicator.additive = false;
        indicator.themes = themes.toArray(String[]::new);
        indicators.add(indicator);
        return indicator;
    }

    /** The name as a code; when another unit's indicator has it, with the unit; then numbered. */
    private String freeCode(Award.Claim claim) {
        String name = code(claim.indicator(), MAX_CODE_LENGTH);
        String unit = words(claim.unit(), 20);
        List<String> candidates = unit.isEmpty() ? List.of(name)
                : List.of(name, code(claim.indicator(), MAX_CODE_LENGTH - unit.length() - 1) + "_" + unit);
        Optional<String> free = candidates.stream().filter(c -> indicators.withCode(c).isEmpty()).findFirst();
        if (free.isPresent()) {
            return free.get();
        }
        String base = code(claim.indicator(), MAX_CODE_LENGTH - 4);
        for (int n = 2;; n++) {
            String numbered = base + "_" + n;
            if (indicators.withCode(numbered).isEmpty()) {
                return numbered;
            }
        }
    }

    /** Lowercase letters and digits joined by underscores, at most {@code max} long; "indicator" when nothing is left. */
    static String code(String text, int max) {
        String code = words(text, max);
        return code.isEmpty() ? "indicator" : code;
    }

    private static String words(String text, int max) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String words = ascii.toLowerCase(Locale.ROOT).replace("%", " percent ").replaceAll("[^a-z0-9]+", "_")
                .replaceAll("(^_+|_+$)", "");
        return words.length() > max ? words.substring(0, max).replaceAll("_+$", "") : words;
    }
}
