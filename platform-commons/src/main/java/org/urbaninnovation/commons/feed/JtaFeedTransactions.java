package org.urbaninnovation.commons.feed;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.arc.properties.IfBuildProperty;

/** A page's transaction: the service's own (JTA), begun for the page whatever the caller had. */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql", enableIfMissing = false)
public class JtaFeedTransactions implements FeedTransactions {

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T inNewTransaction(Supplier<T> work) {
        return work.get();
    }
}
