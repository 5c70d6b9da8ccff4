package org.clinicqueue.it.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A fake SMS provider on loopback (the JDK's own HTTP server): answers with the statuses it is told to, in
 * order (then the last one again), optionally slowly, and records every request it received.
 */
public final class StubSmsProvider implements AutoCloseable {

    /** One request as the provider saw it. */
    public record Received(String authorization, String contentType, String body) {
    }

    private final HttpServer server;
    private final ConcurrentLinkedDeque<Integer> answers = new ConcurrentLinkedDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int lastAnswer = 200;
    private volatile long delayMillis;

    public StubSmsProvider() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/sms", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body));
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Integer next = answers.pollFirst();
            int status = next == null ? lastAnswer : next;
            lastAnswer = status;
            byte[] reply = ("{\"messageId\":\"stub-" + received.size() + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
    }

    /** The statuses to answer with, in order; the last one repeats. */
    public StubSmsProvider answering(Integer... statuses) {
        answers.clear();
        answers.addAll(List.of(statuses));
        lastAnswer = statuses[statuses.length - 1];
        return this;
    }

    public StubSmsProvider slow(long millis) {
        this.delayMillis = millis;
        return this;
    }

    public List<Received> received() {
        return received;
    }

    public List<Received> receivedFor(String phone) {
        return received.stream().filter(r -> r.body().contains(phone)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
