package org.urbaninnovation.submissions.domain.deliberation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.urbaninnovation.commons.cache.ShortLivedCache;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Rankings computed once per state of their inputs. A ranking of 5,000 entries costs about 140 ms
 * of CPU (bench/README.md, "The award at scale"); the secretariat's table and its CSV read it again
 * and again while jurors change nothing. The key holds a fingerprint of everything a ranking reads
 * ({@link ScoreSheets#fingerprint}): a filed or edited review, a screening, a withdrawal, a conflict
 * or a change of criteria makes a new key, so a cached ranking is never stale; the short life only
 * bounds the memory of old keys.
 */
@ApplicationScoped
public class RankingCache {

    /** A computed ranking with the entries it ranks. */
    record Computed(List<Ranking.Ranked> ranked, Map<UUID, Contender> contenders) {
    }

    private record Key(UUID cycleId, Ranking.Order order, String inputs) {
    }

    private final ShortLivedCache<Key, Computed> cache;

    public RankingCache(MeterRegistry registry) {
        this.cache = new ShortLivedCache<>("rankings", Duration.ofMinutes(1), 64, registry);
    }

    Computed get(UUID cycleId, Ranking.Order order, String inputs, Supplier<Computed> compute) {
        return cache.get(new Key(cycleId, order, inputs), compute, computed -> true);
    }
}
