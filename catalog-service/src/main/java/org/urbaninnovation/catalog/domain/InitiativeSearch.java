package org.urbaninnovation.catalog.domain;

/** Finds the published initiatives that match a search, with the facets of what matched. */
public interface InitiativeSearch {

    SearchResult search(SearchCriteria criteria);
}
