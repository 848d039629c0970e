-- The catalogue: cities and the initiatives they carried out, as published by the award.
create extension if not exists unaccent;

create table cycle (
    code        text primary key,
    name        text not null,
    year        integer
);

create table city (
    id                         uuid primary key,
    slug                       text not null unique,
    name                       text not null,
    country                    text not null,
    population                 bigint check (population >= 0),
    population_text            text,
    area_km2                   numeric check (area_km2 >= 0),
    area_text                  text,
    density_per_km2            numeric check (density_per_km2 >= 0),
    density_text               text,
    gdp_per_capita_usd         numeric check (gdp_per_capita_usd >= 0),
    gdp_per_capita_text        text,
    growth_rate                text,
    main_sources_of_prosperity text,
    data_quality_notes         jsonb not null default '[]',
    version                    bigint not null default 0,
    created_at                 timestamptz not null default now(),
    updated_at                 timestamptz not null default now()
);

create table initiative (
    id               uuid primary key,
    slug             text not null unique,
    title            text not null,
    contents_title   text,
    city_id          uuid not null references city (id),
    cycle_code       text references cycle (code),
    summary          text,
    sections         jsonb not null default '{}',
    innovation_type  text check (innovation_type in
                        ('evolutionary', 'revolutionary', 'incremental', 'evolutionary_and_revolutionary')),
    themes           text[] not null default '{}',
    tags             text[] not null default '{}',
    sdgs             integer[] not null default '{}',
    partners         jsonb not null default '[]',
    provenance       jsonb,
    status           text not null default 'published' check (status in ('published', 'withdrawn')),
    published_at     timestamptz,
    version          bigint not null default 0,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now()
);

create index initiative_city_idx on initiative (city_id);
create index initiative_status_idx on initiative (status);
