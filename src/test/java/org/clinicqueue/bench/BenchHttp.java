package org.clinicqueue.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Executors;

/**
 * HTTP for the benchmark's clients. Staff sign in once through the console's form login and then use their
 * session, like a browser-based tool would, so the figures measure the queue and not bcrypt (each HTTP Basic
 * request checks the password hash again, on purpose slow: about a tenth of a second of CPU).
 */
final class BenchHttp {

    private final String base;
    private final HttpClient client;
    private String authorization;

    private BenchHttp(String base, HttpClient client) {
        this.base = base;
        this.client = client;
    }

    static BenchHttp anonymous(String base) {
        return new BenchHttp(base, newClient());
    }

    /** A client with its own session, signed in with the console's form login. */
    static BenchHttp signedIn(String base, String username, String password) {
        BenchHttp http = new BenchHttp(base, newClient());
        http.get("console/index.xhtml");
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                        + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))).build());
        if (login.statusCode() != 302) {
            throw new IllegalStateException("login of " + username + " failed: " + login.statusCode());
        }
        return http;
    }

    /** A client that sends HTTP Basic with every request (for the admin set-up calls). */
    static BenchHttp basic(String base, String username, String password) {
        BenchHttp http = new BenchHttp(base, newClient());
        http.authorization = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http;
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newCachedThreadPool(r -> {
                    Thread t = new Thread(r, "bench-http");
                    t.setDaemon(true);
                    return t;
                }))
                .build();
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    HttpResponse<String> get(String path, String header, String value) {
        return send(request(path).header(header, value).GET().build());
    }

    HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonObject json(HttpResponse<String> response) {
        return (JsonObject) structure(response.body());
    }

    static JsonStructure structure(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }

    static JsonObject json(String body) {
        return (JsonObject) structure(body);
    }
}
