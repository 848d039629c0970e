-- Full-text search: one weighted vector per initiative (title > summary, city, tags > sections),
-- accent-insensitive, maintained by a trigger so that every write path keeps it current.
create text search configuration catalog_search (copy = english);
alter text search configuration catalog_search
    alter mapping for hword, hword_part, word with unaccent, english_stem;

alter table initiative add column search_vector tsvector;

create function initiative_search_vector() returns trigger language plpgsql as $$
declare
    city_text text;
begin
    select coalesce(c.name, '') || ' ' || coalesce(c.country, '') into city_text from city c where c.id = new.city_id;
    new.search_vector :=
        setweight(to_tsvector('catalog_search', coalesce(new.title, '')), 'A') ||
        setweight(to_tsvector('catalog_search', coalesce(new.summary, '') || ' ' || coalesce(city_text, '')
            || ' ' || array_to_string(new.tags, ' ')), 'B') ||
        setweight(jsonb_to_tsvector('catalog_search', new.sections, '["string"]'), 'C');
    return new;
end;
$$;

create trigger initiative_search_vector_trg
    before insert or update of title, summary, sections, tags, city_id on initiative
    for each row execute function initiative_search_vector();

update initiative set title = title;

create index initiative_search_idx on initiative using gin (search_vector);
create index initiative_themes_idx on initiative using gin (themes);
create index initiative_sdgs_idx on initiative using gin (sdgs);
create index initiative_title_idx on initiative (lower(title));
create index initiative_published_at_idx on initiative (published_at desc);

-- A city renamed changes what its initiatives are found by.
create function city_refresh_initiative_search() returns trigger language plpgsql as $$
begin
    if new.name is distinct from old.name or new.country is distinct from old.country then
        update initiative set city_id = city_id where city_id = new.id;
    end if;
    return new;
end;
$$;

create trigger city_refresh_initiative_search_trg
    after update on city for each row execute function city_refresh_initiative_search();

-- Every version of an initiative, so that a withdrawal or an edit never loses what was published.
create table initiative_revision (
    initiative_id uuid not null references initiative (id),
    version       bigint not null,
    status        text not null,
    snapshot      jsonb not null,
    changed_by    text,
    changed_at    timestamptz not null default now(),
    primary key (initiative_id, version)
);

-- Transactional outbox: a state change and its event commit together. The columns are the ones a
-- change-data-capture connector (Debezium's outbox router) expects, so a broker can replace polling.
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
    created_at    timestamptz not null default now()
);
