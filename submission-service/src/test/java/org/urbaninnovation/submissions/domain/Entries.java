package org.urbaninnovation.submissions.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.urbaninnovation.submissions.domain.submission.SubmissionContent;
import org.urbaninnovation.submissions.domain.submission.SubmissionContent.CityData;
import org.urbaninnovation.submissions.domain.submission.SubmissionContent.Contact;
import org.urbaninnovation.submissions.domain.submission.SubmissionContent.Figure;
import org.urbaninnovation.submissions.domain.submission.SubmissionContent.OutcomeClaim;
import org.urbaninnovation.submissions.domain.submission.SubmissionContent.Partner;

/** Submission contents for rule tests: one complete entry and its variations. */
public final class Entries {

    private Entries() {
    }

    public static Map<String, String> sections() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("abstract", "Walking buses take children to school.");
        sections.put("background", "Parents drove their children to school.");
        sections.put("keyMeasures", "Four walking routes and a school bus.");
        sections.put("innovativeAspects", "Children designed the street furniture.");
        sections.put("outcomes", "Most students now walk.");
        return sections;
    }

    public static OutcomeClaim claim() {
        return new OutcomeClaim("Students walking to school", "%", "higher_is_better",
                new Figure(new BigDecimal("30"), "exact", "2022"), new Figure(new BigDecimal("95"), "exact", "2023"),
                "Parents organized four walking bus routes.");
    }

    public static CityData city() {
        return new CityData("Xianning", "China", "CN", 3_036_100L, new BigDecimal("9752"), new BigDecimal("268"),
                new BigDecimal("8590"), null, "Agriculture, tourism");
    }

    public static SubmissionContent titled(String title) {
        return new SubmissionContent(title, null, null, null, null, null, null, null, null, null, null);
    }

    public static SubmissionContent complete() {
        return new SubmissionContent("Walking school routes", "Safer streets near schools.", sections(),
                List.of("social_cultural"), List.of(11), "incremental", List.of("school"),
                List.of(new Partner("Education Bureau", "co-lead")), city(), List.of(claim()),
                List.of(new Contact("Li Wei", "Project lead", "li.wei@example.org", "+86 715 000 0000")));
    }

    public static SubmissionContent withSections(Map<String, String> sections) {
        SubmissionContent c = complete();
        return new SubmissionContent(c.title(), c.summary(), sections, c.themes(), c.sdgs(), c.innovationType(), c.tags(),
                c.partners(), c.city(), c.outcomeClaims(), c.contacts());
    }

    public static SubmissionContent withClaims(List<OutcomeClaim> claims) {
        SubmissionContent c = complete();
        return new SubmissionContent(c.title(), c.summary(), c.sections(), c.themes(), c.sdgs(), c.innovationType(), c.tags(),
                c.partners(), c.city(), claims, c.contacts());
    }
}
