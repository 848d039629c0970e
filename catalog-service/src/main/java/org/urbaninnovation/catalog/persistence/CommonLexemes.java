package org.urbaninnovation.catalog.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.urbaninnovation.catalog.domain.SearchSettings;

/**
 * The search lexemes found in at least {@code catalog.search.scan-share} of the initiatives, from
 * the statistics PostgreSQL keeps on {@code match_vector} ({@code pg_stats.most_common_elems},
 * refreshed by autovacuum's ANALYZE). The search statement is planned once for every query, so the
 * planner cannot tell a word in 40% of rows from a rare one; these shares let the statement itself
 * choose how to find candidates. The statistics change only when ANALYZE runs, so the list is kept
 * here rather than read by every search, and read again when older than
 * {@code catalog.search.statistics-max-age}.
 */
@ApplicationScoped
public class CommonLexemes {

    /** Lexemes and their shares of rows, each list space-separated in the same order, as the statement reads them. */
    public record Shares(String lexemes, String shares, Instant readAt) {

        static final Shares NONE = new Shares("", "", Instant.EPOCH);
    }

    /** Native: {@code pg_stats} is PostgreSQL's catalogue of column statistics, which no entity maps. */
    private static final String COMMON = """
            select e.lexeme, e.share
            from pg_stats s,
                 unnest(cast(cast(s.most_common_elems as text) as text[]), s.most_common_elem_freqs) e(lexeme, share)
            where s.schemaname = current_schema() and s.tablename = 'initiative' and s.attname = 'match_vector'
              and e.share >= :minShare and e.lexeme <> ''""";

    private final EntityManager em;
    private final double minShare;
    private final Duration maxAge;
    private volatile Shares current = Shares.NONE;

    public CommonLexemes(EntityManager em, SearchSettings settings) {
        this.em = em;
        this.minShare = settings.scanShare();
        this.maxAge = settings.statisticsMaxAge();
    }

    /** The share above which a query's words make a search read the table in order rather than the index. */
    public double minShare() {
        return minShare;
    }

    public Shares current() {
        Shares shares = current;
        if (isStale(shares)) {
            synchronized (this) {
                shares = current;
                if (isStale(shares)) {
                    shares = read();
                    current = shares;
                }
            }
        }
        return shares;
    }

    private boolean isStale(Shares shares) {
        return !shares.readAt().plus(maxAge).isAfter(Instant.now());
    }

    private Shares read() {
        List<?> rows = em.createNativeQuery(COMMON).setParameter("minShare", minShare).getResultList();
        List<String> lexemes = new ArrayList<>();
        List<String> shares = new ArrayList<>();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            lexemes.add((String) cells[0]);
            shares.add(cells[1].toString());
        }
        return new Shares(String.join(" ", lexemes), String.join(" ", shares), Instant.now());
    }
}
