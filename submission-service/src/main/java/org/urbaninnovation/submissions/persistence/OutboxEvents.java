package org.urbaninnovation.submissions.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import org.urbaninnovation.commons.outbox.Outbox;
import org.urbaninnovation.submissions.domain.common.Events;

/** The domain's events, written to the transactional outbox in the transaction of the change. */
@ApplicationScoped
public class OutboxEvents implements Events {

    private final Outbox outbox;

    public OutboxEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(String type, String aggregateType, Object aggregateId, Object payload) {
        outbox.append(type, aggregateType, aggregateId, payload);
    }
}
