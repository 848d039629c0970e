-- Where each feed consumer stands (the award's feed: winners published from it); moved in the same
-- transaction as the effects of the events (platform-commons' FeedConsumer).
create table feed_cursor (
    feed            text primary key,
    last_seq        bigint not null,
    applied_events  bigint not null default 0,
    updated_at      timestamptz not null default now()
);
