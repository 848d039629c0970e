package org.urbaninnovation.gateway.domain;

/** What asking another service for a part gave: the part, its absence (a 404), or nothing because the service is unavailable. */
public sealed interface Fetched<T> {

    record Found<T>(T value) implements Fetched<T> {
    }

    record Absent<T>() implements Fetched<T> {
    }

    record Unavailable<T>(String service) implements Fetched<T> {
    }

    static <T> Fetched<T> found(T value) {
        return new Found<>(value);
    }

    static <T> Fetched<T> absent() {
        return new Absent<>();
    }

    static <T> Fetched<T> unavailable(String service) {
        return new Unavailable<>(service);
    }

    /** The part itself, or null when there is none. */
    default T valueOrNull() {
        return this instanceof Found<T> found ? found.value() : null;
    }
}
