package org.urbaninnovation.submissions.domain.submission;

import java.util.UUID;

/**
 * Which entries a list holds: the client's filters ({@code cycleId}, {@code status}) and who may see
 * them: all (the secretariat), one city's, or the eligible ones assigned to one juror in cycles under review or later.
 */
public record SubmissionFilter(UUID cycleId, SubmissionStatus status, UUID cityId, String jurorSubject) {

    public SubmissionFilter ofCity(UUID city) {
        return new SubmissionFilter(cycleId, status, city, null);
    }

    public SubmissionFilter assignedTo(String subject) {
        return new SubmissionFilter(cycleId, status, null, subject);
    }
}
