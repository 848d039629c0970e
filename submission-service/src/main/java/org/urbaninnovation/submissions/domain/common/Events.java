package org.urbaninnovation.submissions.domain.common;

/**
 * Where the domain announces what happened to other services. The implementation writes to the
 * transactional outbox, so an event exists exactly when the change that caused it commits.
 */
public interface Events {

    void publish(String type, String aggregateType, Object aggregateId, Object payload);
}
