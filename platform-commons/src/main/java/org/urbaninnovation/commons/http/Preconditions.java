package org.urbaninnovation.commons.http;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.ws.rs.core.HttpHeaders;

import org.urbaninnovation.commons.domain.ExpectedVersion;

import org.urbaninnovation.commons.problem.ProblemException;
import org.urbaninnovation.commons.problem.ProblemType;

/**
 * Optimistic locking over HTTP: an update must name the version it read ({@code If-Match}), and a
 * stale one is refused, so two editors never overwrite each other silently.
 */
public final class Preconditions {

    /** Room for a few ETags; longer is not a list of versions this platform issued. */
    public static final int MAX_IF_MATCH_LENGTH = 1000;

    private Preconditions() {
    }

    /**
     * The version an update was based on, from its {@code If-Match}: 428 without one. The domain
     * compares it with the current version (412 when stale). If-Match compares strongly (RFC 9110):
     * a weak tag never matches, so it never authorizes a write.
     */
    public static ExpectedVersion expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "This update needs an If-Match header with the ETag of the version you read; GET the resource first.");
        }
        if (ifMatch.length() > MAX_IF_MATCH_LENGTH) {
            throw ProblemException.invalid(HttpHeaders.IF_MATCH, "must be at most " + MAX_IF_MATCH_LENGTH
                    + " characters: the ETag (or ETags) you read");
        }
        Set<String> versions = new LinkedHashSet<>();
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return ExpectedVersion.ANY;
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                versions.add(tag.substring(1, tag.length() - 1));
            }
        }
        return new ExpectedVersion(versions, false);
    }

    /** The strong ETag of a version as the domain names it. */
    public static String etag(String version) {
        return "\"" + version + "\"";
    }

    /** Whether an If-None-Match header value names the given ETag (weak comparison, as RFC 9110 asks for reads). */
    public static boolean matches(String header, String etag) {
        if (header == null || etag == null) {
            return false;
        }
        String wanted = opaque(etag);
        return Arrays.stream(header.split(","))
                .map(String::trim)
                .anyMatch(candidate -> candidate.equals("*") || opaque(candidate).equals(wanted));
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
