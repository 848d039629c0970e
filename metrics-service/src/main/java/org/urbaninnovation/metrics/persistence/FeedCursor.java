package org.urbaninnovation.metrics.persistence;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How far a feed has been applied; saved by the transaction that applies the events. */
@Entity
@Table(name = "feed_cursor")
public class FeedCursor {

    @Id
    public String feed;
    @Column(name = "last_seq")
    public long lastSeq;
    @Column(name = "applied_events")
    public long appliedEvents;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
