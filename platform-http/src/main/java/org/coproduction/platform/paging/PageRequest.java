package org.coproduction.platform.paging;

/**
 * Which page of a list is asked for. Bounded so no offset can overflow: at most {@link #MAX_PAGE} pages of at most
 * {@link #MAX_SIZE} items (an offset of at most 200 million).
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    public static final int MAX_PAGE = 1_000_000;

    public PageRequest {
        if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page or size out of bounds");
        }
    }

    /** The first item's position, for SQL OFFSET or Panache ranges. */
    public int offset() {
        return page * size;
    }

    /** The last item's position, inclusive, for Panache's {@code range(first, last)}. */
    public int last() {
        return offset() + size - 1;
    }
}
