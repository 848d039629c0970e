package org.urbaninnovation.submissions.domain.jury;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Gives every eligible entry its jurors: {@code k} each, never a juror of the entry's own city or
 * country, never one who declared a conflict with it or was assigned to it before, and the load
 * spread evenly over the jurors. The most constrained entries (fewest possible jurors) are served
 * first, each by the least loaded jurors; then new assignments move from the most loaded jurors to
 * ones with at least two fewer while the rules allow it, so the loads end within one of each other
 * unless the conflict rules forbid it. Ties go by id, so the same state always gives the same plan.
 */
public final class AssignmentPlanner {

    private AssignmentPlanner() {
    }

    /** An entry to review: who submitted it. */
    public record Entry(UUID submissionId, UUID cityId, String countryCode) {
    }

    /** A juror who may review: where they come from. */
    public record Reviewer(UUID jurorId, UUID cityId, String country) {
    }

    public record Pair(UUID submissionId, UUID jurorId) {
    }

    /** An entry that could not get all its jurors: how many it has and how many are missing. */
    public record Shortfall(UUID submissionId, int assigned, int missing) {
    }

    /** The new assignments, the entries left short, and each juror's load after the plan. */
    public record Plan(List<Pair> assignments, List<Shortfall> shortfalls, Map<UUID, Integer> loads) {

        public int minLoad() {
            return loads.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        }

        public int maxLoad() {
            return loads.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }
    }

    /** Whether this juror may review this entry at all: not from its city, not from its country. */
    public static boolean mayReview(Reviewer juror, Entry entry) {
        boolean sameCity = juror.cityId() != null && juror.cityId().equals(entry.cityId());
        boolean sameCountry = juror.country() != null && juror.country().equalsIgnoreCase(entry.countryCode());
        return !sameCity && !sameCountry;
    }

    /**
     * @param active the assignments that stand (they count towards {@code k} and the loads)
     * @param excluded pairs never to assign: declared conflicts and earlier assignments
     */
    public static Plan plan(List<Entry> entries, List<Reviewer> jurors, Set<Pair> active, Set<Pair> excluded, int k) {
        Map<UUID, Integer> loads = new HashMap<>();
        jurors.forEach(j -> loads.put(j.jurorId(), 0));
        Map<UUID, Integer> assigned = new HashMap<>();
        for (Pair pair : active) {
            loads.computeIfPresent(pair.jurorId(), (id, load) -> load + 1);
            assigned.merge(pair.submissionId(), 1, Integer::sum);
        }
        Set<Pair> taken = new HashSet<>(active);
        taken.addAll(excluded);

        Map<UUID, List<Reviewer>> candidates = new HashMap<>();
        for (Entry entry : entries) {
            candidates.put(entry.submissionId(), jurors.stream()
                    .filter(j -> mayReview(j, entry) && !taken.contains(new Pair(entry.submissionId(), j.jurorId())))
                    .toList());
        }
        List<Entry> order = new ArrayList<>(entries);
        order.sort(Comparator.<Entry>comparingInt(e -> candidates.get(e.submissionId()).size())
                .thenComparing(Entry::submissionId));

        List<Pair> planned = new ArrayList<>();
        List<Shortfall> shortfalls = new ArrayList<>();
        Comparator<Reviewer> leastLoaded = Comparator.<Reviewer>comparingInt(j -> loads.get(j.jurorId()))
                .thenComparing(Reviewer::jurorId);
        for (Entry entry : order) {
            int has = assigned.getOrDefault(entry.submissionId(), 0);
            int needed = k - has;
            if (needed <= 0) {
                continue;
            }
            List<Reviewer> chosen = candidates.get(entry.submissionId()).stream().sorted(leastLoaded).limit(needed).toList();
            for (Reviewer juror : chosen) {
                Pair pair = new Pair(entry.submissionId(), juror.jurorId());
                planned.add(pair);
                taken.add(pair);
                loads.merge(juror.jurorId(), 1, Integer::sum);
            }
            if (chosen.size() < needed) {
                shortfalls.add(new Shortfall(entry.submissionId(), has + chosen.size(), needed - chosen.size()));
            }
        }
        rebalance(planned, loads, jurors, entries, taken);
        return new Plan(planned, shortfalls, loads);
    }

    /**
     * Moves new assignments from a most loaded juror to one with at least two fewer, where that juror
     * may review the entry, until no such move is left. Every move lowers the spread of the loads.
     */
    private static void rebalance(List<Pair> planned, Map<UUID, Integer> loads, List<Reviewer> jurors, List<Entry> entries,
            Set<Pair> taken) {
        Map<UUID, Entry> entryById = new HashMap<>();
        entries.forEach(e -> entryById.put(e.submissionId(), e));
        Map<UUID, List<Integer>> plannedOf = new HashMap<>();
        for (int i = 0; i < planned.size(); i++) {
            plannedOf.computeIfAbsent(planned.get(i).jurorId(), j -> new ArrayList<>()).add(i);
        }
        List<Reviewer> byId = jurors.stream().sorted(Comparator.comparing(Reviewer::jurorId)).toList();
        boolean moved = true;
        while (moved) {
            moved = false;
            int max = loads.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            List<Reviewer> light = byId.stream().filter(j -> loads.get(j.jurorId()) <= max - 2)
                    .sorted(Comparator.<Reviewer>comparingInt(j -> loads.get(j.jurorId())).thenComparing(Reviewer::jurorId))
                    .toList();
            for (Reviewer heavy : byId) {
                if (moved || light.isEmpty()) {
                    break;
                }
                if (loads.get(heavy.jurorId()) != max) {
                    continue;
                }
                List<Integer> own = plannedOf.getOrDefault(heavy.jurorId(), List.of());
                for (int n = 0; n < own.size() && !moved; n++) {
                    int index = own.get(n);
                    Entry entry = entryById.get(planned.get(index).submissionId());
                    for (Reviewer target : light) {
                        Pair replacement = new Pair(entry.submissionId(), target.jurorId());
                        if (mayReview(target, entry) && !taken.contains(replacement)) {
                            taken.remove(planned.get(index));
                            taken.add(replacement);
                            planned.set(index, replacement);
                            own.remove(n);
                            plannedOf.computeIfAbsent(target.jurorId(), j -> new ArrayList<>()).add(index);
                            loads.merge(heavy.jurorId(), -1, Integer::sum);
                            loads.merge(target.jurorId(), 1, Integer::sum);
                            moved = true;
                            break;
                        }
                    }
                }
            }
        }
    }
}
