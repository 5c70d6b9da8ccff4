package org.clinicqueue.infrastructure.sms;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.clinicqueue.application.settings.ServerProperty;
import org.clinicqueue.application.sms.SmsGateway;
import org.clinicqueue.application.sms.SmsSendResult;

/**
 * A generic HTTP SMS provider, configured entirely by WildFly system properties (see docs/configuration.md):
 * {@code clinicqueue.sms.http.url}, {@code .method}, {@code .content-type}, {@code .body-template},
 * {@code .username}/{@code .password} (HTTP Basic) or {@code .authorization} (a whole header value such as
 * {@code Bearer ...}), {@code .timeout-seconds}. Read at each send, so changing them needs no redeployment.
 *
 * <p>A 2xx answer is a delivery. Network errors, timeouts, 408, 429 and 5xx are worth retrying; other 4xx
 * mean the provider refused the request itself and it is not retried. The text is never logged.
 */
@ApplicationScoped
public class HttpSmsGateway implements SmsGateway {

    public static final String NAME = "http";
    static final String PREFIX = "clinicqueue.sms.http.";

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean keepsCopy() {
        return false;
    }

    @Override
    public SmsSendResult send(long messageId, String phone, String text) {
        String url = ServerProperty.text(PREFIX + "url", null);
        if (url == null) {
            return SmsSendResult.retryLater("clinicqueue.sms.http.url is not set");
        }
        String contentType = ServerProperty.text(PREFIX + "content-type", "application/json");
        String body = HttpSmsRequestTemplate.body(ServerProperty.text(PREFIX + "body-template", HttpSmsRequestTemplate.DEFAULT_BODY),
                contentType, messageId, phone, text);
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(ServerProperty.number(PREFIX + "timeout-seconds", 10)))
                    .header("Content-Type", contentType + (contentType.contains("charset") ? "" : "; charset=UTF-8"))
                    .method(ServerProperty.text(PREFIX + "method", "POST"), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException badUrl) {
            return SmsSendResult.retryLater("clinicqueue.sms.http.url is not a valid URL");
        }
        String authorization = authorization();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            String detail = "HTTP " + status + reference(response.body());
            if (status >= 200 && status < 300) {
                return SmsSendResult.delivered(detail);
            }
            boolean retry = status == 408 || status == 429 || status >= 500;
            return retry ? SmsSendResult.retryLater(detail) : SmsSendResult.refused(detail);
        } catch (IOException e) {
            return SmsSendResult.retryLater(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SmsSendResult.retryLater("interrupted");
        }
    }

    private static String authorization() {
        String header = ServerProperty.text(PREFIX + "authorization", null);
        if (header != null) {
            return header;
        }
        String user = ServerProperty.text(PREFIX + "username", null);
        if (user == null) {
            return null;
        }
        String password = ServerProperty.text(PREFIX + "password", "");
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The start of the provider's answer (usually its message id), for the delivery log. */
    private static String reference(String responseBody) {
        if (responseBody == null || responseBody.isBlank()) {
            return "";
        }
        String oneLine = responseBody.strip().replaceAll("\\s+", " ");
        return ": " + (oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine);
    }
}
