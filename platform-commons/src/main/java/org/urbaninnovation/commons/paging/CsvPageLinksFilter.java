package org.urbaninnovation.commons.paging;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.urbaninnovation.commons.http.Csv;

/**
 * A page answered as CSV has no envelope: its place in the list goes into headers
 * ({@link PageLinks}). Runs before {@code CacheValidationFilter} (response filters run from the
 * highest priority down), which turns the entity into bytes.
 */
public class CsvPageLinksFilter {

    @ServerResponseFilter(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public void addPageLinks(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Paged page && response.getMediaType() != null
                && response.getMediaType().isCompatible(Csv.MEDIA_TYPE_TYPE)) {
            PageLinks.add(response.getHeaders(), request.getUriInfo(), page);
        }
    }
}
