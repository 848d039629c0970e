package org.urbaninnovation.submissions.domain.deliberation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.urbaninnovation.submissions.domain.submission.SubmissionContent.OutcomeClaim;
import org.urbaninnovation.submissions.domain.submission.SubmissionContent.Partner;

/**
 * What the award tells the platform: each decision as it is recorded, and once a cycle is published,
 * each winner and special mention with everything a consumer needs to publish it without calling
 * back: the initiative in the catalogue's request shape, its city's basic data, its outcome claims.
 */
public final class AwardEvents {

    public static final String DECISION_RECORDED = "decision.recorded";
    public static final String INITIATIVE_AWARDED = "initiative.awarded";
    public static final String DECISION = "decision";
    public static final String INITIATIVE = "initiative";

    private AwardEvents() {
    }

    public record DecisionRecorded(UUID decisionId, UUID submissionId, UUID initiativeId, UUID cycleId, String cycleCode,
            String outcome, String rationale, Instant decidedAt) {
    }

    /** The catalogue's {@code InitiativeRequest}: its field names, its limits. */
    public record AwardedInitiative(UUID id, String title, UUID cityId, String cycle, String summary,
            Map<String, String> sections, String innovationType, List<String> themes, List<String> tags, List<Integer> sdgs,
            List<Partner> partners) {
    }

    /** The catalogue's {@code CityRequest} names for the city's basic data. */
    public record AwardedCity(UUID id, String name, String country, Long population, BigDecimal areaKm2,
            BigDecimal densityPerKm2, BigDecimal gdpPerCapitaUsd, String growthRate, String mainSourcesOfProsperity) {
    }

    public record CycleRef(UUID id, String code, String name, int number) {
    }

    public record InitiativeAwarded(UUID initiativeId, UUID submissionId, CycleRef cycle, String outcome, String rationale,
            Instant publishedAt, AwardedInitiative initiative, AwardedCity city, List<OutcomeClaim> outcomeClaims) {
    }
}
