package org.coproduction.sessions.service;

/** A checked page request: page from 0, size 1..200. */
public record PageRequest(int page, int size) {
    public static final int MAX_SIZE = 200;

    public int offset() {
        return page * size;
    }
}
