package org.urbaninnovation.submissions.domain.deliberation;

/** A place in the ranking and the entry that holds it. */
public record RankedContender(Ranking.Ranked place, Contender contender) {
}
