package org.urbaninnovation.submissions.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.urbaninnovation.commons.http.Columns;
import org.urbaninnovation.submissions.domain.cycle.Criterion;
import org.urbaninnovation.submissions.domain.cycle.Cycle;
import org.urbaninnovation.submissions.domain.cycle.ScoreScale;

/**
 * A cycle as everyone may read it. {@code submissionDeadlineLocal} is the deadline in the cycle's
 * own time zone, as the award announces it.
 */
public record CycleView(UUID id, int number, String code, String name, String phase, Instant submissionDeadline,
        OffsetDateTime submissionDeadlineLocal, String timeZone, List<Criterion> criteria, ScoreScale scoreScale,
        Map<String, Integer> wordLimits, int shortlistSize, int winners, int reviewsPerSubmission, Instant publishedAt,
        String version, Instant createdAt, Instant updatedAt) {

    static CycleView of(Cycle c) {
        OffsetDateTime local = c.submissionDeadline() == null ? null
                : c.submissionDeadline().atZone(ZoneId.of(c.timeZone())).toOffsetDateTime();
        return new CycleView(c.id(), c.number(), c.code(), c.name(), c.phase().wire(), c.submissionDeadline(), local,
                c.timeZone(), c.criteria(), c.scoreScale(), c.wordLimits(), c.shortlistSize(), c.winners(),
                c.reviewsPerSubmission(), c.publishedAt(), c.version(), c.createdAt(), c.updatedAt());
    }

    static final Columns<CycleView> COLUMNS = new Columns<>(List.of("id", "number", "code", "name", "phase",
            "submissionDeadline", "timeZone", "shortlistSize", "winners", "reviewsPerSubmission", "publishedAt"),
            c -> java.util.Arrays.asList(c.id, c.number, c.code, c.name, c.phase, c.submissionDeadline, c.timeZone,
                    c.shortlistSize, c.winners, c.reviewsPerSubmission, c.publishedAt));
}
