package org.urbaninnovation.submissions.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.urbaninnovation.submissions.domain.submission.StatusChange;
import org.urbaninnovation.submissions.domain.submission.Submission;
import org.urbaninnovation.submissions.domain.submission.SubmissionContent;
import org.urbaninnovation.submissions.domain.submission.SubmissionContent.CityData;
import org.urbaninnovation.submissions.domain.submission.SubmissionContent.Contact;
import org.urbaninnovation.submissions.domain.submission.SubmissionContent.OutcomeClaim;
import org.urbaninnovation.submissions.domain.submission.SubmissionContent.Partner;
import org.urbaninnovation.submissions.domain.submission.SubmissionRead;
import org.urbaninnovation.submissions.domain.submission.WordCount.SectionWords;

/**
 * An entry: its content at the top level (the document a merge patch changes), then what the
 * service adds: word counts against the cycle's limits, the deadline that applies to it, screening,
 * and its status history. A juror sees the content without contacts and without the rest.
 */
public record SubmissionView(UUID id, UUID cycleId, String cycleCode, UUID initiativeId, UUID cityId, String status,
        String title, String summary, Map<String, String> sections, List<String> themes, List<Integer> sdgs,
        String innovationType, List<String> tags, List<Partner> partners, CityData city, List<OutcomeClaim> outcomeClaims,
        List<Contact> contacts, Map<String, SectionWords> wordCounts, Instant deadline, Extension extension,
        Screening screening, Instant submittedAt, List<Step> statusHistory, String version, Instant createdAt,
        Instant updatedAt) {

    public record Extension(Instant until, String reason) {
    }

    public record Screening(Boolean eligible, String reason) {
    }

    public record Step(String status, Instant at, String by, String reason) {
    }

    static SubmissionView of(SubmissionRead read) {
        Submission s = read.submission();
        SubmissionContent c = s.content();
        boolean everything = read.audience().seesEverything();
        return new SubmissionView(s.id(), s.cycleId(), read.cycle().code(), s.initiativeId(), s.cityId(), s.status().wire(),
                c.title(), c.summary(), c.sections(), c.themes(), c.sdgs(), c.innovationType(), c.tags(), c.partners(),
                c.city(), c.outcomeClaims(), everything ? c.contacts() : null, read.wordCounts(),
                everything ? read.deadline() : null,
                everything && s.extensionUntil() != null ? new Extension(s.extensionUntil(), s.extensionReason()) : null,
                everything && s.eligible() != null ? new Screening(s.eligible(), s.screeningReason()) : null,
                s.submittedAt(), everything ? read.history().stream().map(SubmissionView::step).toList() : null,
                s.version(), s.createdAt(), s.updatedAt());
    }

    private static Step step(StatusChange change) {
        return new Step(change.status().wire(), change.changedAt(), change.changedBy(), change.reason());
    }
}
