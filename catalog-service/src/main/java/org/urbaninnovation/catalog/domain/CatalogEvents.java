package org.urbaninnovation.catalog.domain;

/**
 * The events the catalogue publishes about its initiatives and cities, each written in the
 * transaction of the change it announces. Consumers (the metrics projection) read an initiative's
 * city, themes and SDGs, and a city's population, from them.
 */
public interface CatalogEvents {

    void initiativeCreated(Initiative initiative);

    void initiativeUpdated(Initiative initiative);

    void initiativeWithdrawn(Initiative initiative);

    void cityCreated(City city);

    void cityUpdated(City city);
}
