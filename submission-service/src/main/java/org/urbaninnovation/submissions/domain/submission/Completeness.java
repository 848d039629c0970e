package org.urbaninnovation.submissions.domain.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.urbaninnovation.commons.domain.Violation;
import org.urbaninnovation.submissions.domain.cycle.Sections;
import org.urbaninnovation.submissions.domain.submission.SubmissionContent.CityData;
import org.urbaninnovation.submissions.domain.submission.SubmissionContent.Figure;
import org.urbaninnovation.submissions.domain.submission.SubmissionContent.OutcomeClaim;

/**
 * What an entry needs before it is submitted: a summary, the required sections within the cycle's
 * word limits, at least one theme, the city's basic data, at least one complete outcome claim, and
 * someone to contact. Each gap is named by the field to fill, so a city can fix them all at once.
 */
public final class Completeness {

    private static final String MISSING = "must be given";

    private Completeness() {
    }

    public static List<Violation> gaps(SubmissionContent content, Map<String, Integer> wordLimits) {
        List<Violation> gaps = new ArrayList<>();
        if (isBlank(content.summary())) {
            gaps.add(new Violation("summary", MISSING));
        }
        Map<String, String> sections = content.sectionsOrEmpty();
        for (String section : Sections.REQUIRED) {
            if (isBlank(sections.get(section))) {
                gaps.add(new Violation("sections." + section, "must be written"));
            }
        }
        WordCount.perSection(sections, wordLimits).forEach((section, count) -> {
            if (count.over()) {
                gaps.add(new Violation("sections." + section, "has " + count.words() + " words; the limit is " + count.limit()));
            }
        });
        if (content.themes() == null || content.themes().isEmpty()) {
            gaps.add(new Violation("themes", "must name at least one theme"));
        }
        cityGaps(content.city(), gaps);
        claimGaps(content.outcomeClaims(), gaps);
        List<SubmissionContent.Partner> partners = content.partners() == null ? List.of() : content.partners();
        for (int i = 0; i < partners.size(); i++) {
            if (isBlank(partners.get(i).name())) {
                gaps.add(new Violation("partners[" + i + "].name", MISSING));
            }
        }
        boolean reachable = content.contacts() != null
                && content.contacts().stream().anyMatch(c -> !isBlank(c.name()) && !isBlank(c.email()));
        if (!reachable) {
            gaps.add(new Violation("contacts", "must name at least one contact with a name and an email"));
        }
        return gaps;
    }

    private static void cityGaps(CityData city, List<Violation> gaps) {
        if (city == null) {
            gaps.add(new Violation("city", "must give the city's basic data (name, country, countryCode, population, areaKm2)"));
            return;
        }
        if (isBlank(city.name())) {
            gaps.add(new Violation("city.name", MISSING));
        }
        if (isBlank(city.country())) {
            gaps.add(new Violation("city.country", MISSING));
        }
        if (isBlank(city.countryCode())) {
            gaps.add(new Violation("city.countryCode", MISSING));
        }
        if (city.population() == null) {
            gaps.add(new Violation("city.population", MISSING));
        }
        if (city.areaKm2() == null) {
            gaps.add(new Violation("city.areaKm2", MISSING));
        }
    }

    private static void claimGaps(List<OutcomeClaim> claims, List<Violation> gaps) {
        if (claims == null || claims.isEmpty()) {
            gaps.add(new Violation("outcomeClaims", "must hold at least one outcome claim"));
            return;
        }
        for (int i = 0; i < claims.size(); i++) {
            OutcomeClaim claim = claims.get(i);
            String at = "outcomeClaims[" + i + "]";
            if (isBlank(claim.indicator())) {
                gaps.add(new Violation(at + ".indicator", MISSING));
            }
            if (isBlank(claim.unit())) {
                gaps.add(new Violation(at + ".unit", MISSING));
            }
            if (isBlank(claim.direction())) {
                gaps.add(new Violation(at + ".direction", MISSING));
            }
            if (claim.result() == null) {
                gaps.add(new Violation(at + ".result", MISSING));
            } else {
                figureGaps(claim.result(), at + ".result", gaps);
            }
            if (claim.baseline() != null) {
                figureGaps(claim.baseline(), at + ".baseline", gaps);
            }
        }
    }

    private static void figureGaps(Figure figure, String at, List<Violation> gaps) {
        if (figure.value() == null) {
            gaps.add(new Violation(at + ".value", MISSING));
        }
        if (isBlank(figure.period())) {
            gaps.add(new Violation(at + ".period", MISSING));
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
