package org.clinicqueue.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** A phone following its ticket over {@code /ws/tickets/{trackingId}}, with the JDK's own WebSocket client. */
public final class PhoneSocket implements AutoCloseable {

    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket socket;

    public PhoneSocket(URI httpBase, String trackingId) {
        URI ws = URI.create(httpBase.toString().replaceFirst("^http", "ws") + "ws/tickets/" + trackingId);
        socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(ws, new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            messages.add(partial.toString());
                            partial.setLength(0);
                        }
                        webSocket.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                        closed.complete(statusCode);
                        return null;
                    }
                }).join();
    }

    public List<String> messages() {
        return messages;
    }

    public void send(String text) {
        socket.sendText(text, true).join();
    }

    /** Waits up to ten seconds for a status message whose ticket matches. */
    public JsonObject awaitStatus(Predicate<JsonObject> wanted) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            for (String message : messages) {
                JsonObject json = Json.createReader(new StringReader(message)).readObject();
                if ("status".equals(json.getString("type")) && wanted.test(json.getJsonObject("ticket"))) {
                    return json.getJsonObject("ticket");
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No such status among " + messages);
    }

    /** The close code the server sent, waiting up to five seconds. */
    public int awaitClose() throws Exception {
        return closed.get(5, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
    }
}
