package org.coproduction.suite;

import java.util.Map;

/** Settings the end-to-end run gives each service beyond the deployment contract, kept in one place. */
final class SuiteSettings {

    private SuiteSettings() {
    }

    static Map<String, String> sessions() {
        return Map.of();
    }

    static Map<String, String> notifications() {
        return Map.of();
    }
}
