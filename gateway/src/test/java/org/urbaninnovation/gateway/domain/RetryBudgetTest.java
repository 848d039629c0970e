package org.urbaninnovation.gateway.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RetryBudgetTest {

    @Test
    void aFullReserveAllowsTenRetriesInARow() {
        RetryBudget budget = RetryBudget.tenPercent();
        int allowed = 0;
        for (int i = 0; i < 50; i++) {
            allowed += budget.tryRetry() ? 1 : 0;
        }
        assertEquals(10, allowed);
    }

    @Test
    void onceSpentRetriesComeBackAtOneInTenRequests() {
        RetryBudget budget = RetryBudget.tenPercent();
        while (budget.tryRetry()) {
            // spend the reserve
        }
        int allowed = 0;
        for (int request = 0; request < 100; request++) {
            budget.requested();
            allowed += budget.tryRetry() ? 1 : 0;
        }
        assertEquals(10, allowed);
    }
}
