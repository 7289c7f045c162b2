package org.coproduction.notifications.service;

import java.util.List;

/** A page of a list, in the suite's shape. */
public record PageOf<T>(List<T> items, int page, int size, long total) {
}
