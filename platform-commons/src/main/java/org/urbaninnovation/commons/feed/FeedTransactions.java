package org.urbaninnovation.commons.feed;

import java.util.function.Supplier;

/** Runs a page's work in a transaction of its own: its effects and the cursor's move commit together or not at all. */
@FunctionalInterface
public interface FeedTransactions {

    <T> T inNewTransaction(Supplier<T> work);
}
