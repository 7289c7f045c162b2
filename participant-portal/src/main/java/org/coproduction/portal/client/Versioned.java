package org.coproduction.portal.client;

/** A record as read, with the ETag to send back in {@code If-Match} so a change never overwrites a newer one. */
public record Versioned<T>(T value, String etag) {}
