package org.urbaninnovation.submissions.domain.jury;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
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
        // Jurors by index in id order, so that a lower index is the tie-break; loads and pairs as arrays
        // and bit sets: a cycle of 5,000 entries and 300 jurors is planned in well under a second.
        List<Reviewer> byId = jurors.stream().sorted(Comparator.comparing(Reviewer::jurorId)).toList();
        Map<UUID, Integer> index = new HashMap<>();
        for (int j = 0; j < byId.size(); j++) {
            index.put(byId.get(j).jurorId(), j);
        }
        int[] load = new int[byId.size()];
        Map<UUID, Integer> assigned = new HashMap<>();
        Map<UUID, BitSet> taken = new HashMap<>();
        for (Pair pair : active) {
            Integer j = index.get(pair.jurorId());
            if (j != null) {
                load[j]++;
            }
            assigned.merge(pair.submissionId(), 1, Integer::sum);
        }
        for (Set<Pair> pairs : List.of(active, excluded)) {
            for (Pair pair : pairs) {
                Integer j = index.get(pair.jurorId());
                if (j != null) {
                    taken.computeIfAbsent(pair.submissionId(), s -> new BitSet()).set(j);
                }
            }
        }
        Map<UUID, int[]> candidates = new HashMap<>();
        for (Entry entry : entries) {
            BitSet excludedJurors = taken.computeIfAbsent(entry.submissionId(), s -> new BitSet());
            candidates.put(entry.submissionId(), java.util.stream.IntStream.range(0, byId.size())
                    .filter(j -> !excludedJurors.get(j) && mayReview(byId.get(j), entry)).toArray());
        }
        List<Entry> order = new ArrayList<>(entries);
        order.sort(Comparator.<Entry>comparingInt(e -> candidates.get(e.submissionId()).length)
                .thenComparing(Entry::submissionId));

        List<Entry> plannedEntries = new ArrayList<>();
        List<Integer> plannedJurors = new ArrayList<>();
        List<Shortfall> shortfalls = new ArrayList<>();
        for (Entry entry : order) {
            int has = assigned.getOrDefault(entry.submissionId(), 0);
            int needed = k - has;
            BitSet pairedWith = taken.get(entry.submissionId());
            int chosen = 0;
            for (; chosen < needed; chosen++) {
                int best = leastLoaded(candidates.get(entry.submissionId()), load, pairedWith);
                if (best < 0) {
                    break;
                }
                pairedWith.set(best);
                load[best]++;
                plannedEntries.add(entry);
                plannedJurors.add(best);
            }
            if (needed > 0 && chosen < needed) {
                shortfalls.add(new Shortfall(entry.submissionId(), has + chosen, needed - chosen));
            }
        }
        rebalance(plannedEntries, plannedJurors, load, byId, taken);
        List<Pair> planned = new ArrayList<>();
        for (int i = 0; i < plannedEntries.size(); i++) {
            planned.add(new Pair(plannedEntries.get(i).submissionId(), byId.get(plannedJurors.get(i)).jurorId()));
        }
        Map<UUID, Integer> loads = new HashMap<>();
        for (int j = 0; j < byId.size(); j++) {
            loads.put(byId.get(j).jurorId(), load[j]);
        }
        return new Plan(planned, shortfalls, loads);
    }

    /** The least loaded candidate not paired with the entry yet (the lowest index among equals), or -1. */
    private static int leastLoaded(int[] candidates, int[] load, BitSet pairedWith) {
        int best = -1;
        for (int j : candidates) {
            if (!pairedWith.get(j) && (best < 0 || load[j] < load[best])) {
                best = j;
            }
        }
        return best;
    }

    /**
     * Moves new assignments from a most loaded juror to one with at least two fewer, where that juror
     * may review the entry, until no such move is left. Every move lowers the spread of the loads.
     */
    private static void rebalance(List<Entry> entries, List<Integer> jurorOf, int[] load, List<Reviewer> byId,
            Map<UUID, BitSet> taken) {
        List<List<Integer>> plannedOf = new ArrayList<>();
        for (int j = 0; j < byId.size(); j++) {
            plannedOf.add(new ArrayList<>());
        }
        for (int i = 0; i < jurorOf.size(); i++) {
            plannedOf.get(jurorOf.get(i)).add(i);
        }
        boolean moved = true;
        while (moved) {
            moved = false;
            int max = java.util.Arrays.stream(load).max().orElse(0);
            List<Integer> light = java.util.stream.IntStream.range(0, load.length).filter(j -> load[j] <= max - 2).boxed()
                    .sorted(Comparator.<Integer>comparingInt(j -> load[j]).thenComparing(j -> j)).toList();
            for (int heavy = 0; heavy < load.length && !moved && !light.isEmpty(); heavy++) {
                if (load[heavy] != max) {
                    continue;
                }
                List<Integer> own = plannedOf.get(heavy);
                for (int n = 0; n < own.size() && !moved; n++) {
                    int planned = own.get(n);
                    Entry entry = entries.get(planned);
                    BitSet pairedWith = taken.get(entry.submissionId());
                    for (int target : light) {
                        if (!pairedWith.get(target) && mayReview(byId.get(target), entry)) {
                            pairedWith.clear(heavy);
                            pairedWith.set(target);
                            jurorOf.set(planned, target);
                            own.remove(n);
                            plannedOf.get(target).add(planned);
                            load[heavy]--;
                            load[target]++;
                            moved = true;
                            break;
                        }
                    }
                }
            }
        }
    }
}
