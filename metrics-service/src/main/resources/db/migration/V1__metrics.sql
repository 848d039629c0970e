-- Indicators: what is measured, in which unit, and which direction is good.
create table indicator (
    code          text primary key check (code ~ '^[a-z0-9_]{1,80}$'),
    name          text not null,
    description   text,
    unit          text not null,
    direction     text not null check (direction in ('higher_is_better', 'lower_is_better', 'neutral')),
    -- Counts, money and areas add up across places and divide by population; shares, ranks,
    -- durations and concentrations do not.
    additive      boolean not null,
    themes        text[] not null default '{}',
    sdg_targets   text[] not null default '{}'
);

-- A figure reported in another unit is accepted only through a declared conversion.
create table unit_conversion (
    from_unit  text not null,
    to_unit    text not null,
    factor     numeric not null check (factor > 0),
    primary key (from_unit, to_unit)
);

create table observation (
    id               uuid primary key,
    initiative_id    uuid not null,
    indicator_code   text not null references indicator (code),
    phase            text not null check (phase in ('baseline', 'result', 'target', 'scale')),
    -- As given (2023, 2023-Q3, 2023-07, 2023-07-14), and as the interval [start, end) it covers.
    period           text,
    period_start     date,
    period_end       date,
    -- Tells apart two figures of one indicator and period ("city-wide" next to a sub-project).
    scope            text not null default '',
    -- Exactly as reported; ranges have low and high instead of a value.
    value            numeric,
    qualifier        text not null check (qualifier in ('exact', 'approximately', 'more_than', 'less_than', 'up_to', 'range')),
    low              numeric,
    high             numeric,
    unit             text not null,
    -- The value in the indicator's unit (through the declared conversion): what aggregates use.
    normalized_value numeric,
    source_document  text,
    source_quote     text,
    note             text,
    version          bigint not null default 1,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    constraint observation_key unique nulls not distinct (initiative_id, indicator_code, phase, period, scope),
    check ((period is null) = (period_start is null) and (period is null) = (period_end is null)),
    check (qualifier <> 'range' or (low is not null and high is not null and low <= high))
);
create index observation_indicator_period on observation (indicator_code, period_start);
create index observation_updated on observation (updated_at);

-- Rollup of the observations at the finest grain dashboards group by (indicator, initiative,
-- phase, year), kept current by the transaction that changes the observations: aggregates read
-- this table and the projection, never the observation table.
create table observation_rollup (
    indicator_code  text not null,
    initiative_id   uuid not null,
    phase           text not null,
    year            integer,
    unit            text not null,
    observations    bigint not null,
    with_value      bigint not null,
    total           numeric,
    minimum         numeric,
    maximum         numeric,
    constraint observation_rollup_key unique nulls not distinct (indicator_code, initiative_id, phase, year)
);
create index observation_rollup_initiative on observation_rollup (initiative_id);

-- The catalogue as this service knows it, from the catalogue's event feed.
create table catalog_city (
    id          uuid primary key,
    slug        text not null,
    name        text not null,
    country     text not null,
    population  bigint,
    version     bigint not null
);

create table catalog_initiative (
    id          uuid primary key,
    slug        text not null,
    title       text not null,
    city_id     uuid not null,
    city_slug   text not null,
    city_name   text not null,
    country     text not null,
    cycle       text,
    themes      text[] not null default '{}',
    sdgs        integer[] not null default '{}',
    status      text not null,
    version     bigint not null
);
create index catalog_initiative_city on catalog_initiative (city_id);

-- Where each feed consumer stands; moved in the same transaction as the effects of the events.
create table feed_cursor (
    feed            text primary key,
    last_seq        bigint not null,
    applied_events  bigint not null default 0,
    updated_at      timestamptz not null default now()
);

create table idempotency_record (
    key           text primary key,
    scope         text not null,
    request_hash  text not null,
    status        integer not null,
    location      text,
    body          text,
    etag          text,
    created_at    timestamptz not null default now()
);
