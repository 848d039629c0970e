package org.urbaninnovation.submissions.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.urbaninnovation.commons.http.Columns;
import org.urbaninnovation.submissions.domain.submission.SubmissionSummary;

/** An entry in a list of entries. */
public record SubmissionSummaryView(UUID id, UUID cycleId, UUID initiativeId, UUID cityId, String title, String status,
        Instant submittedAt, Instant updatedAt) {

    static SubmissionSummaryView of(SubmissionSummary s) {
        return new SubmissionSummaryView(s.id(), s.cycleId(), s.initiativeId(), s.cityId(), s.title(), s.status(),
                s.submittedAt(), s.updatedAt());
    }

    static final Columns<SubmissionSummaryView> COLUMNS = new Columns<>(
            List.of("id", "cycleId", "initiativeId", "cityId", "title", "status", "submittedAt", "updatedAt"),
            s -> java.util.Arrays.asList(s.id, s.cycleId, s.initiativeId, s.cityId, s.title, s.status, s.submittedAt,
                    s.updatedAt));
}
