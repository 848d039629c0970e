-- The award: cycles, the cities' entries, the jury's assignments and reviews, the decisions, and
-- the audit trail of every change. Identifiers are UUIDs; entities that clients update carry a
-- version for optimistic locking.

create table cycle (
    id                     uuid primary key,
    number                 integer not null unique check (number > 0),
    code                   text not null unique,
    name                   text not null,
    phase                  text not null check (phase in
                               ('draft', 'open', 'screening', 'review', 'deliberation', 'decided', 'published')),
    -- Null only for a cycle of the award's history whose deadline is not recorded.
    submission_deadline    timestamptz,
    time_zone              text not null,
    criteria               jsonb not null,
    score_min              integer not null,
    score_max              integer not null check (score_max > score_min),
    word_limits            jsonb not null,
    shortlist_size         integer not null check (shortlist_size > 0),
    winners                integer not null check (winners > 0 and winners <= shortlist_size),
    reviews_per_submission integer not null check (reviews_per_submission > 0),
    published_at           timestamptz,
    version                bigint not null default 0,
    created_at             timestamptz not null,
    updated_at             timestamptz not null
);

create table submission (
    id               uuid primary key,
    cycle_id         uuid not null references cycle (id),
    -- The catalogue's id for the initiative once awarded: the entry's own id, or for the award's
    -- history the id the catalogue published it under.
    initiative_id    uuid not null unique,
    city_id          uuid not null,
    status           text not null check (status in ('draft', 'submitted', 'withdrawn', 'eligible', 'ineligible',
                         'shortlisted', 'winner', 'special_mention', 'not_selected')),
    -- The content's title, city name and country code again, for lists, rankings and assignment
    -- plans that read thousands of entries without reading their documents.
    title            text not null,
    city_name        text,
    country_code     text,
    content          jsonb not null,
    eligible         boolean,
    screening_reason text,
    extension_until  timestamptz,
    extension_reason text,
    submitted_at     timestamptz,
    created_by       text not null,
    version          bigint not null default 0,
    created_at       timestamptz not null,
    updated_at       timestamptz not null
);

create index submission_cycle_idx on submission (cycle_id, created_at, id);
create index submission_city_idx on submission (city_id, cycle_id);

create table submission_status_change (
    id            bigint generated always as identity primary key,
    submission_id uuid not null references submission (id),
    status        text not null,
    changed_at    timestamptz not null,
    changed_by    text not null,
    reason        text
);

create index submission_status_change_idx on submission_status_change (submission_id, id);

create table juror (
    id         uuid primary key,
    cycle_id   uuid not null references cycle (id),
    subject    text not null,
    name       text not null,
    country    text not null check (country ~ '^[A-Z]{2}$'),
    city_id    uuid,
    created_at timestamptz not null,
    unique (cycle_id, subject)
);

create index juror_subject_idx on juror (subject);

-- A conflict of interest is declared on its assignment, which stays: the pair is unique, so that
-- juror is never assigned that entry again.
create table assignment (
    id                   uuid primary key,
    cycle_id             uuid not null references cycle (id),
    submission_id        uuid not null references submission (id),
    juror_id             uuid not null references juror (id),
    status               text not null check (status in ('active', 'conflicted')),
    assigned_at          timestamptz not null,
    assigned_by          text not null,
    conflict_reason      text,
    conflict_declared_at timestamptz,
    version              bigint not null default 0,
    unique (submission_id, juror_id)
);

create index assignment_cycle_idx on assignment (cycle_id);
create index assignment_juror_idx on assignment (juror_id);

create table review (
    id            uuid primary key references assignment (id),
    cycle_id      uuid not null references cycle (id),
    submission_id uuid not null references submission (id),
    juror_id      uuid not null references juror (id),
    scores        jsonb not null,
    comment       text,
    status        text not null check (status in ('draft', 'filed')),
    filed_at      timestamptz,
    version       bigint not null default 0,
    created_at    timestamptz not null,
    updated_at    timestamptz not null
);

create index review_submission_idx on review (submission_id);
create index review_cycle_filed_idx on review (cycle_id) where status = 'filed';

create table review_revision (
    id        bigint generated always as identity primary key,
    review_id uuid not null references review (id),
    revision  integer not null,
    status    text not null,
    scores    jsonb not null,
    comment   text,
    saved_at  timestamptz not null,
    saved_by  text not null,
    unique (review_id, revision)
);

create table decision (
    id            uuid primary key,
    cycle_id      uuid not null references cycle (id),
    submission_id uuid not null references submission (id),
    outcome       text not null check (outcome in ('shortlisted', 'winner', 'special_mention', 'not_selected')),
    rationale     text not null,
    decided_by    text not null,
    decided_at    timestamptz not null,
    superseded_at timestamptz
);

-- One standing decision per entry; superseded ones are kept.
create unique index decision_standing_idx on decision (submission_id) where superseded_at is null;
create index decision_cycle_idx on decision (cycle_id) where superseded_at is null;

-- Append-only: who changed what, when, and the state before and after.
create table audit_entry (
    id          bigint generated always as identity primary key,
    at          timestamptz not null,
    actor       text not null,
    action      text not null,
    entity_type text not null,
    entity_id   text not null,
    cycle_id    uuid,
    before      jsonb,
    after       jsonb
);

create index audit_entry_cycle_idx on audit_entry (cycle_id, id);
create index audit_entry_actor_idx on audit_entry (actor, id);
create index audit_entry_entity_idx on audit_entry (entity_id, id);
create index audit_entry_at_idx on audit_entry (at);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only';
end;
$$;

create trigger audit_entry_append_only_trg
    before update or delete on audit_entry
    for each statement execute function audit_entry_is_append_only();

-- Transactional outbox, with the catalogue's columns (the ones a change-data-capture connector's
-- outbox router expects, so a broker can replace polling).
create table outbox_event (
    seq            bigserial primary key,
    id             uuid not null unique,
    type           text not null,
    aggregate_type text not null,
    aggregate_id   text not null,
    occurred_at    timestamptz not null default now(),
    schema_version integer not null default 1,
    payload        jsonb not null
);

-- Creates replayed with the same Idempotency-Key get the first answer again.
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
