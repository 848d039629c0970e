-- What a search ranks, counts and lists, for published initiatives only, in a narrow table of its own.
-- In initiative, the position-free match_vector (kept in the row so that scans stay cheap) fills
-- the row, so PostgreSQL moved even the small columns (title, themes, sdgs, head_vector, status)
-- out to TOAST: ranking and faceting 300 candidates cost one TOAST lookup per column and row, more
-- than the rest of a search. Here every column stays in its row (about 500 bytes).

-- Writers wait until the copy below and the trigger that keeps it current are both in place.
lock table initiative in share mode;

create table initiative_card (
    id              uuid not null,
    slug            text not null,
    title           text not null,
    city_id         uuid not null,
    city_slug       text not null,
    city_name       text not null,
    country         text not null,
    cycle_code      text,
    innovation_type text,
    themes          text[] not null,
    sdgs            integer[] not null,
    published_at    timestamptz,
    head_vector     tsvector
);

-- Copies values already computed (no text is parsed again), then builds the key and checks the
-- reference in one pass each, which is quicker than row by row: about a minute for a million rows.
insert into initiative_card (id, slug, title, city_id, city_slug, city_name, country, cycle_code, innovation_type,
                             themes, sdgs, published_at, head_vector)
select i.id, i.slug, i.title, i.city_id, c.slug, c.name, c.country, i.cycle_code, i.innovation_type, i.themes, i.sdgs,
       i.published_at, i.head_vector
from initiative i join city c on c.id = i.city_id where i.status = 'published';

alter table initiative_card add primary key (id),
    add foreign key (id) references initiative (id) on delete cascade;

-- After the row trigger that computes head_vector, which follows the title, the tags and the city.
create function initiative_card_refresh() returns trigger language plpgsql as $$
begin
    if new.status = 'published' then
        insert into initiative_card (id, slug, title, city_id, city_slug, city_name, country, cycle_code,
                                     innovation_type, themes, sdgs, published_at, head_vector)
        select new.id, new.slug, new.title, new.city_id, c.slug, c.name, c.country, new.cycle_code,
               new.innovation_type, new.themes, new.sdgs, new.published_at, new.head_vector
        from city c where c.id = new.city_id
        on conflict (id) do update set slug = excluded.slug, title = excluded.title, city_id = excluded.city_id,
            city_slug = excluded.city_slug, city_name = excluded.city_name, country = excluded.country,
            cycle_code = excluded.cycle_code, innovation_type = excluded.innovation_type, themes = excluded.themes,
            sdgs = excluded.sdgs, published_at = excluded.published_at, head_vector = excluded.head_vector;
    else
        delete from initiative_card where id = new.id;
    end if;
    return null;
end;
$$;

create trigger initiative_card_trg
    after insert or update of slug, title, city_id, cycle_code, innovation_type, themes, sdgs, published_at, status,
        tags
    on initiative for each row execute function initiative_card_refresh();

create function city_card_refresh() returns trigger language plpgsql as $$
begin
    update initiative_card set city_slug = new.slug, city_name = new.name, country = new.country where city_id = new.id;
    return null;
end;
$$;

create trigger city_card_refresh_trg
    after update of slug, name, country on city for each row execute function city_card_refresh();

-- A search's few hundred rows are read faster by one process than by starting parallel workers
-- (milliseconds each), and on a small machine the other requests need those cores.
alter table initiative set (parallel_workers = 0);
alter table initiative_card set (parallel_workers = 0);

analyze initiative_card;
