package org.coproduction.portal.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.coproduction.portal.client.notifications.ApiClient;
import org.coproduction.portal.client.notifications.ApiException;
import org.coproduction.portal.client.notifications.api.SignInLinksApi;
import org.coproduction.portal.client.notifications.api.UnsubscribeApi;
import org.coproduction.portal.client.notifications.model.SignInLinkInput;
import org.coproduction.portal.client.notifications.model.Unsubscribe;
import org.coproduction.portal.config.PortalConfig;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/** notifications-service through its generated client: fresh links by email, unsubscribes, the digest preview. */
@ApplicationScoped
public class NotificationsGateway {

    static final String SERVICE = "notifications-service";

    private final SignInLinksApi signInLinks;
    private final UnsubscribeApi unsubscribes;
    private final HttpClient http;
    private final String base;
    private final Duration timeout;

    public NotificationsGateway(PortalConfig config) {
        ApiClient client = new ApiClient(
                ApiClients.httpClient(config.callTimeout()),
                ApiClient.createDefaultObjectMapper(),
                config.services().notifications());
        client.setReadTimeout(config.callTimeout());
        client.setRequestInterceptor(ApiClients::traced);
        this.signInLinks = new SignInLinksApi(client);
        this.unsubscribes = new UnsubscribeApi(client);
        this.http = client.getHttpClient();
        this.base = client.getBaseUri();
        this.timeout = config.callTimeout();
    }

    /** Asks for a fresh sign-in link to be emailed; needs no token, and answers the same whether or not it is known. */
    @Timeout(6000)
    @Retry(maxRetries = 2, delay = 200, retryOn = UnavailableException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failOn = UnavailableException.class)
    public void requestSignInLink(String email) {
        try {
            signInLinks.requestSignInLink(new SignInLinkInput().email(email));
        } catch (ApiException e) {
            throw UnavailableException.orFailure(SERVICE, e.getCode(), e.getResponseBody(), e);
        }
    }

    /** When the person stopped digests with the one-click unsubscribe, if they did. */
    @Timeout(6000)
    @Retry(maxRetries = 2, delay = 200, retryOn = UnavailableException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failOn = UnavailableException.class)
    public Optional<OffsetDateTime> unsubscribedOn(UUID participantId, String bearer) {
        try {
            Unsubscribe u = unsubscribes.getUnsubscribe(participantId, ApiClients.auth(bearer));
            return Optional.ofNullable(u == null ? null : u.getUnsubscribedAt());
        } catch (ApiException e) {
            if (e.getCode() == 404) {
                return Optional.empty();
            }
            throw UnavailableException.orFailure(SERVICE, e.getCode(), e.getResponseBody(), e);
        }
    }

    /** Undoes a one-click unsubscribe (the person chose a digest frequency again); harmless if there was none. */
    @Timeout(6000)
    @Retry(maxRetries = 2, delay = 200, retryOn = UnavailableException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failOn = UnavailableException.class)
    public void cancelUnsubscribe(UUID participantId, String bearer) {
        try {
            unsubscribes.cancelUnsubscribe(participantId, ApiClients.auth(bearer));
        } catch (ApiException e) {
            throw UnavailableException.orFailure(SERVICE, e.getCode(), e.getResponseBody(), e);
        }
    }

    /** The person's next digest as plain text, as it would be sent now (nothing is sent). */
    @Timeout(10000)
    @CircuitBreaker(requestVolumeThreshold = 10, failOn = UnavailableException.class)
    public String previewText(UUID participantId, String bearer) {
        URI uri = URI.create(base + "/digests/preview/" + participantId + "?format=text");
        return ApiClients.getText(http, SERVICE, uri, bearer, "text/plain", timeout);
    }
}
