package org.coproduction.suite.contract;

import java.util.List;
import java.util.Map;

/** One request and its answer as they crossed the wire; header names are lower case. */
public record Exchange(
        String method,
        String path,
        List<String> queryNames,
        Map<String, String> requestHeaders,
        String requestBody,
        int status,
        Map<String, String> responseHeaders,
        String responseBody) {}
