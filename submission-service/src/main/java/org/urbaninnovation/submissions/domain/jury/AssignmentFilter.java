package org.urbaninnovation.submissions.domain.jury;

import java.util.UUID;

/** Which assignments a list holds; a juror's list is always only their own ({@code jurorSubject}). */
public record AssignmentFilter(UUID cycleId, UUID submissionId, UUID jurorId, AssignmentStatus status, String jurorSubject) {

    public AssignmentFilter ownedBy(String subject) {
        return new AssignmentFilter(cycleId, submissionId, jurorId, status, subject);
    }
}
