package org.urbaninnovation.submissions.domain.submission;

/**
 * Who reads an entry, which decides what of it they see: the city that wrote it and the secretariat
 * see everything; a juror sees what is judged, without the city's contacts, its history or its
 * dealings with the secretariat.
 */
public enum Audience {
    OWNER, SECRETARIAT, JUROR;

    public boolean seesEverything() {
        return this != JUROR;
    }
}
