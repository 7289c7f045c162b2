package org.coproduction.portal.page;

import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Remembers a language someone chose with {@code ?lang=} for the pages they open next. */
public class LanguageCookieFilter {

    private final Pages pages;

    public LanguageCookieFilter(Pages pages) {
        this.pages = pages;
    }

    @ServerResponseFilter
    public void remember(ContainerResponseContext response) {
        pages.languageCookie().ifPresent(c -> response.getHeaders().add("Set-Cookie", c));
    }
}
