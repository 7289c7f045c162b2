package org.coproduction.sample.rest;

/** Something a resource shapes. */
public record SampleDto(String name) {}
