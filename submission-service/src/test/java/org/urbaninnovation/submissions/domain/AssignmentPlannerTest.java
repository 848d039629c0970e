package org.urbaninnovation.submissions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.submissions.domain.jury.AssignmentPlanner;
import org.urbaninnovation.submissions.domain.jury.AssignmentPlanner.Entry;
import org.urbaninnovation.submissions.domain.jury.AssignmentPlanner.Pair;
import org.urbaninnovation.submissions.domain.jury.AssignmentPlanner.Plan;
import org.urbaninnovation.submissions.domain.jury.AssignmentPlanner.Reviewer;
import org.urbaninnovation.submissions.domain.jury.AssignmentPlanner.Shortfall;

class AssignmentPlannerTest {

    private static UUID id(int n) {
        return new UUID(0, n);
    }

    private static List<Entry> entries(int count, String country) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(new Entry(id(1000 + i), id(5000 + i), country));
        }
        return entries;
    }

    private static List<Reviewer> jurors(String... countries) {
        List<Reviewer> jurors = new ArrayList<>();
        for (int i = 0; i < countries.length; i++) {
            jurors.add(new Reviewer(id(i + 1), null, countries[i]));
        }
        return jurors;
    }

    private static Map<UUID, Long> perEntry(List<Pair> pairs) {
        return pairs.stream().collect(Collectors.groupingBy(Pair::submissionId, Collectors.counting()));
    }

    @Test
    void everyEntryGetsKJurorsAndTheLoadIsEven() {
        Plan plan = AssignmentPlanner.plan(entries(10, "CN"), jurors("KE", "BR", "DE", "FR", "US", "JP"), Set.of(), Set.of(), 3);
        assertEquals(30, plan.assignments().size());
        perEntry(plan.assignments()).values().forEach(n -> assertEquals(3L, n));
        assertEquals(5, plan.minLoad());
        assertEquals(5, plan.maxLoad());
        assertEquals(List.of(), plan.shortfalls());
    }

    @Test
    void loadsStayWithinOneWhenTheyCannotBeEqual() {
        Plan plan = AssignmentPlanner.plan(entries(7, "CN"), jurors("KE", "BR", "DE", "FR", "US"), Set.of(), Set.of(), 3);
        assertEquals(21, plan.assignments().size());
        assertEquals(4, plan.minLoad());
        assertEquals(5, plan.maxLoad());
    }

    @Test
    void noJurorReviewsAnEntryFromTheirOwnCountryOrCity() {
        UUID xianning = id(7001);
        List<Entry> entries = List.of(new Entry(id(1), xianning, "CN"), new Entry(id(2), id(7002), "KE"));
        List<Reviewer> jurors = List.of(new Reviewer(id(11), null, "CN"), new Reviewer(id(12), null, "KE"),
                new Reviewer(id(13), xianning, "FR"), new Reviewer(id(14), null, "BR"), new Reviewer(id(15), null, "DE"));
        Plan plan = AssignmentPlanner.plan(entries, jurors, Set.of(), Set.of(), 2);
        Set<Pair> pairs = Set.copyOf(plan.assignments());
        assertEquals(Set.of(new Pair(id(1), id(12)), new Pair(id(1), id(14)), new Pair(id(2), id(11)), new Pair(id(2), id(13))), pairs);
        for (Pair pair : pairs) {
            Entry entry = entries.stream().filter(e -> e.submissionId().equals(pair.submissionId())).findFirst().orElseThrow();
            Reviewer juror = jurors.stream().filter(j -> j.jurorId().equals(pair.jurorId())).findFirst().orElseThrow();
            assertTrue(AssignmentPlanner.mayReview(juror, entry));
        }
    }

    @Test
    void theCountryRuleIgnoresLetterCase() {
        assertEquals(false, AssignmentPlanner.mayReview(new Reviewer(id(1), null, "cn"), new Entry(id(2), id(3), "CN")));
    }

    @Test
    void aDeclaredConflictIsNeverAssignedAgainAndTheGapIsFilledByAnother() {
        List<Entry> entries = entries(1, "CN");
        UUID entry = entries.get(0).submissionId();
        Set<Pair> active = Set.of(new Pair(entry, id(1)), new Pair(entry, id(2)));
        Set<Pair> conflicts = Set.of(new Pair(entry, id(3)));
        Plan plan = AssignmentPlanner.plan(entries, jurors("KE", "BR", "DE", "FR"), active, conflicts, 3);
        assertEquals(List.of(new Pair(entry, id(4))), plan.assignments());
    }

    @Test
    void existingAssignmentsCountTowardsKAndTheLoads() {
        List<Entry> entries = entries(2, "CN");
        UUID first = entries.get(0).submissionId();
        UUID second = entries.get(1).submissionId();
        Set<Pair> active = Set.of(new Pair(first, id(1)), new Pair(first, id(2)), new Pair(first, id(3)));
        Plan plan = AssignmentPlanner.plan(entries, jurors("KE", "BR", "DE", "FR", "US", "JP"), active, Set.of(), 3);
        assertEquals(Set.of(new Pair(second, id(4)), new Pair(second, id(5)), new Pair(second, id(6))),
                Set.copyOf(plan.assignments()));
        assertEquals(1, plan.minLoad());
        assertEquals(1, plan.maxLoad());
    }

    @Test
    void anEntryWithTooFewPossibleJurorsIsReportedShort() {
        List<Entry> entries = List.of(new Entry(id(1), id(2), "KE"));
        Plan plan = AssignmentPlanner.plan(entries, jurors("KE", "BR", "KE"), Set.of(), Set.of(), 3);
        assertEquals(List.of(new Pair(id(1), id(2))), plan.assignments());
        assertEquals(List.of(new Shortfall(id(1), 1, 2)), plan.shortfalls());
    }

    @Test
    void theMostConstrainedEntryIsServedFirst() {
        // Entry 2 may only be reviewed by the Brazilian juror; served in id order, entry 1 would take
        // them too and leave the Kenyan juror idle.
        List<Entry> entries = List.of(new Entry(id(1), id(10), "CN"), new Entry(id(2), id(20), "KE"));
        List<Reviewer> jurors = List.of(new Reviewer(id(11), null, "BR"), new Reviewer(id(12), null, "KE"));
        Plan plan = AssignmentPlanner.plan(entries, jurors, Set.of(), Set.of(), 1);
        assertEquals(Set.of(new Pair(id(2), id(11)), new Pair(id(1), id(12))), Set.copyOf(plan.assignments()));
        assertEquals(1, plan.minLoad());
        assertEquals(1, plan.maxLoad());
    }

    @Test
    void theSameStateGivesTheSamePlan() {
        List<Entry> entries = entries(40, "CN");
        List<Reviewer> jurors = jurors("KE", "BR", "DE", "FR", "US", "JP", "IN");
        Plan first = AssignmentPlanner.plan(entries, jurors, Set.of(), Set.of(), 3);
        List<Entry> shuffled = new ArrayList<>(entries);
        java.util.Collections.reverse(shuffled);
        Plan second = AssignmentPlanner.plan(shuffled, jurors, Set.of(), Set.of(), 3);
        assertEquals(first.assignments(), second.assignments());
        assertTrue(first.maxLoad() - first.minLoad() <= 1);
    }

    @Test
    void aLargeCycleIsBalancedUnderTheCountryRule() {
        List<Entry> entries = new ArrayList<>();
        String[] countries = { "CN", "KE", "BR", "DE", "FR" };
        for (int i = 0; i < 500; i++) {
            entries.add(new Entry(id(10_000 + i), id(20_000 + i), countries[i % countries.length]));
        }
        List<Reviewer> jurors = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            jurors.add(new Reviewer(id(i + 1), null, countries[i % countries.length]));
        }
        Plan plan = AssignmentPlanner.plan(entries, jurors, Set.of(), Set.of(), 3);
        assertEquals(1500, plan.assignments().size());
        assertTrue(plan.maxLoad() - plan.minLoad() <= 1, plan.minLoad() + " to " + plan.maxLoad());
        Map<UUID, String> jurorCountry = new HashMap<>();
        jurors.forEach(j -> jurorCountry.put(j.jurorId(), j.country()));
        Map<UUID, String> entryCountry = new HashMap<>();
        entries.forEach(e -> entryCountry.put(e.submissionId(), e.countryCode()));
        plan.assignments().forEach(p -> assertTrue(!jurorCountry.get(p.jurorId()).equals(entryCountry.get(p.submissionId()))));
    }
}
