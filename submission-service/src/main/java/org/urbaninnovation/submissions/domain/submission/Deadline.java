package org.urbaninnovation.submissions.domain.submission;

import java.time.Instant;

/**
 * Until when an entry may be submitted: the cycle's deadline, or the extension the secretariat
 * granted this entry if it ends later. The deadline itself is too late: an entry submitted at the
 * deadline's instant is refused.
 */
public final class Deadline {

    private Deadline() {
    }

    /** The last instant is excluded; null when the cycle has no deadline (the award's history). */
    public static Instant effective(Instant cycleDeadline, Instant extensionUntil) {
        if (cycleDeadline == null) {
            return extensionUntil;
        }
        return extensionUntil != null && extensionUntil.isAfter(cycleDeadline) ? extensionUntil : cycleDeadline;
    }

    public static boolean accepts(Instant now, Instant cycleDeadline, Instant extensionUntil) {
        Instant until = effective(cycleDeadline, extensionUntil);
        return until != null && now.isBefore(until);
    }
}
