package org.coproduction.sample.rest;

import jakarta.transaction.Transactional;

/** A resource that opens a transaction itself: the rule must catch it. */
public class TransactionalResource {
    @Transactional
    public void save() {}
}
