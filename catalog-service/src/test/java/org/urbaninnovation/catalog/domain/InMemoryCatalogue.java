package org.urbaninnovation.catalog.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The domain's ports over plain collections, for tests of its rules and use cases without Quarkus
 * or a database. Stored entities get versions as the database gives them: 0 when added, one more at
 * every update. Events are kept as "type id" lines, revisions as the snapshots recorded.
 */
final class InMemoryCatalogue {

    final Map<UUID, City> storedCities = new LinkedHashMap<>();
    final Map<UUID, Initiative> storedInitiatives = new LinkedHashMap<>();
    /** Known cycles: code to name and year. */
    final Map<String, List<Object>> storedCycles = new LinkedHashMap<>(Map.of("gz-award-6",
            Arrays.asList("6th Guangzhou International Award for Urban Innovation", null)));
    final List<String> published = new ArrayList<>();
    final List<InitiativeSnapshot> recorded = new ArrayList<>();
    final List<String> revisionAuthors = new ArrayList<>();

    final Initiatives initiatives = new Initiatives() {

        @Override
        public Optional<Initiative> byIdOrSlug(String idOrSlug) {
            return storedInitiatives.values().stream()
                    .filter(i -> i.id.toString().equals(idOrSlug) || i.slug.equals(idOrSlug)).findFirst();
        }

        @Override
        public Optional<Initiative> byId(UUID id) {
            return Optional.ofNullable(storedInitiatives.get(id));
        }

        @Override
        public Optional<String> publishedVersion(String idOrSlug) {
            return byIdOrSlug(idOrSlug).filter(Initiative::isPublished).map(Initiative::currentVersion);
        }

        @Override
        public boolean exists(UUID id) {
            return storedInitiatives.containsKey(id);
        }

        @Override
        public boolean slugTakenByOther(String slug, UUID self) {
            return storedInitiatives.values().stream().anyMatch(i -> i.slug.equals(slug) && !i.id.equals(self));
        }

        @Override
        public List<Initiative> similarTo(Initiative source, int limit) {
            throw new UnsupportedOperationException("ranked by PostgreSQL");
        }

        @Override
        public List<Initiative> all() {
            return storedInitiatives.values().stream().sorted(Comparator.comparing(i -> i.title.toLowerCase())).toList();
        }

        @Override
        public List<Initiative> publishedIn(City city) {
            return all().stream().filter(i -> i.city.id.equals(city.id) && i.isPublished()).toList();
        }

        @Override
        public long latestChange() {
            // Every change publishes an event, as every change appends to the outbox.
            return published.size();
        }

        @Override
        public Map<String, Long> publishedPerTheme() {
            return storedInitiatives.values().stream().filter(Initiative::isPublished).flatMap(i -> List.of(i.themes).stream())
                    .collect(Collectors.groupingBy(theme -> theme, Collectors.counting()));
        }

        @Override
        public void add(Initiative initiative) {
            initiative.version = 0;
            storedInitiatives.put(initiative.id, initiative);
        }

        @Override
        public void update(Initiative initiative) {
            initiative.version++;
        }
    };

    final Cities cities = new Cities() {

        @Override
        public Optional<City> byIdOrSlug(String idOrSlug) {
            return storedCities.values().stream().filter(c -> c.id.toString().equals(idOrSlug) || c.slug.equals(idOrSlug))
                    .findFirst();
        }

        @Override
        public Optional<City> byId(UUID id) {
            return Optional.ofNullable(storedCities.get(id));
        }

        @Override
        public List<City> page(int page, int size) {
            return storedCities.values().stream().sorted(Comparator.comparing(c -> c.name)).skip((long) page * size)
                    .limit(size).toList();
        }

        @Override
        public long total() {
            return storedCities.size();
        }

        @Override
        public boolean slugTakenByOther(String slug, UUID self) {
            return storedCities.values().stream().anyMatch(c -> c.slug.equals(slug) && !c.id.equals(self));
        }

        @Override
        public Map<UUID, Long> publishedInitiativeCounts(List<UUID> cityIds) {
            return storedInitiatives.values().stream().filter(i -> i.isPublished() && cityIds.contains(i.city.id))
                    .collect(Collectors.groupingBy(i -> i.city.id, Collectors.counting()));
        }

        @Override
        public Optional<String> currentVersion(String idOrSlug) {
            return byIdOrSlug(idOrSlug).map(city -> city.currentVersion(publishedVersions(city.id)));
        }

        @Override
        public PublishedVersions publishedVersions(UUID cityId) {
            List<Initiative> published = storedInitiatives.values().stream()
                    .filter(i -> i.isPublished() && i.city.id.equals(cityId)).toList();
            return new PublishedVersions(published.size(), published.stream().mapToLong(i -> i.version).sum());
        }

        @Override
        public void add(City city) {
            city.version = 0;
            storedCities.put(city.id, city);
        }

        @Override
        public void update(City city) {
            city.version++;
        }
    };

    final AwardCycles cycles = new AwardCycles() {

        @Override
        public boolean exists(String code) {
            return storedCycles.containsKey(code);
        }

        @Override
        public void addIfMissing(String code, String name, Integer year) {
            storedCycles.putIfAbsent(code, Arrays.asList(name, year));
        }
    };

    final Revisions revisions = new Revisions() {

        @Override
        public void record(InitiativeSnapshot snapshot, String changedBy) {
            recorded.add(snapshot);
            revisionAuthors.add(changedBy);
        }

        @Override
        public List<Revision> of(UUID initiativeId) {
            throw new UnsupportedOperationException("read back by the revision store");
        }
    };

    final CatalogEvents events = new CatalogEvents() {

        @Override
        public void initiativeCreated(Initiative initiative) {
            published.add("initiative.created " + initiative.id);
        }

        @Override
        public void initiativeUpdated(Initiative initiative) {
            published.add("initiative.updated " + initiative.id);
        }

        @Override
        public void initiativeWithdrawn(Initiative initiative) {
            published.add("initiative.withdrawn " + initiative.id);
        }

        @Override
        public void cityCreated(City city) {
            published.add("city.created " + city.id);
        }

        @Override
        public void cityUpdated(City city) {
            published.add("city.updated " + city.id);
        }
    };

    /** A search that must not run: the tests that use it prove that nothing was asked. */
    final InitiativeSearch noSearch = criteria -> {
        throw new AssertionError("no search should run for " + criteria);
    };

    /** Search settings with the answer cache off. */
    static final SearchSettings UNCACHED = searchSettings(Duration.ZERO);

    /** Search settings whose answers are kept for {@code ttl}. */
    static SearchSettings searchSettings(Duration ttl) {
        return new SearchSettings() {
            @Override
            public int candidateCap() {
                return 300;
            }

            @Override
            public Duration cacheTtl() {
                return ttl;
            }

            @Override
            public long cacheSize() {
                return 100;
            }

            @Override
            public double scanShare() {
                return 0.1;
            }

            @Override
            public Duration statisticsMaxAge() {
                return Duration.ZERO;
            }
        };
    }

    InitiativeChecks checks() {
        return new InitiativeChecks(initiatives, cities, cycles);
    }

    InitiativeService initiativeService() {
        return new InitiativeService(initiatives, checks(), noSearch, new SearchCache(UNCACHED, new SimpleMeterRegistry()),
                revisions, events);
    }

    CityService cityService() {
        return new CityService(cities, initiatives, events);
    }

    /** A stored city. */
    City city(String slug, String name) {
        City city = new City();
        city.id = UUID.randomUUID();
        city.slug = slug;
        city.name = name;
        city.country = "China";
        cities.add(city);
        return city;
    }

    /** A stored, published initiative. */
    Initiative initiative(City city, String slug, String title) {
        Initiative initiative = new Initiative();
        initiative.id = UUID.randomUUID();
        initiative.apply(draft(title, city.id), city, slug);
        initiatives.add(initiative);
        return initiative;
    }

    static InitiativeDraft draft(String title, UUID cityId) {
        return new InitiativeDraft(null, null, title, null, cityId, null, "A summary.", Map.of("abstract", "An abstract."),
                null, List.of("environmental"), List.of("rain garden"), List.of(11, 6), List.of(), null);
    }
}
