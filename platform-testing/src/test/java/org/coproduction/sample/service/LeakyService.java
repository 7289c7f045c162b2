package org.coproduction.sample.service;

import org.coproduction.sample.rest.SampleDto;

/** A service that reaches back into rest: the layer rule must catch it. */
public class LeakyService {
    public SampleDto load() {
        return new SampleDto("x");
    }
}
