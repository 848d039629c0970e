package org.urbaninnovation.commons.paging;

/** A page of a list: which page, of what size, out of how many items in all. */
public interface Paged {

    int page();

    int size();

    long total();
}
