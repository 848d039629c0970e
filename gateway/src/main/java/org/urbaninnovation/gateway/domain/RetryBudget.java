package org.urbaninnovation.gateway.domain;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Retries of one upstream as a share of its traffic: each request earns a tenth of a retry (up to
 * a reserve of ten), each retry spends a whole one. When a service is failing, retries stop at
 * about 10 % extra load instead of doubling it (what a fixed "retry once" does to a struggling
 * service).
 */
public final class RetryBudget {

    private static final long UNIT = 1_000;

    private final long earnedPerRequest;
    private final long reserve;
    private final AtomicLong balance;

    public RetryBudget(double ratio, int reserve) {
        this.earnedPerRequest = Math.round(ratio * UNIT);
        this.reserve = reserve * UNIT;
        this.balance = new AtomicLong(this.reserve);
    }

    public static RetryBudget tenPercent() {
        return new RetryBudget(0.1, 10);
    }

    public void requested() {
        balance.getAndUpdate(b -> Math.min(reserve, b + earnedPerRequest));
    }

    /** Takes one retry from the budget; false when there is none left. */
    public boolean tryRetry() {
        long before = balance.getAndUpdate(b -> b >= UNIT ? b - UNIT : b);
        return before >= UNIT;
    }
}
