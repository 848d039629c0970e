package org.urbaninnovation.submissions.domain.common;

/** Which slice of a list: page number from 0 and its size. */
public record PageRequest(int page, int size) {

    public int offset() {
        return page * size;
    }
}
