package org.clinicqueue.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address for the public endpoints that create things (tickets, later one-time
 * codes), so a script cannot flood a queue. Per node and in memory: a limit is a brake, not an account.
 * Staff requests are not limited. The rate is the system property
 * {@code clinicqueue.rate-limit.tickets-per-minute} (default 30; a shared kiosk or a hospital Wi-Fi NAT
 * behind one address needs headroom).
 */
@ApplicationScoped
public class PublicRequestLimiter {

    private static final int MAX_TRACKED = 50_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int perMinute = Integer.getInteger("clinicqueue.rate-limit.tickets-per-minute", 30);

    /** @return zero when allowed, otherwise how long until the next request would be */
    public Duration tryAcquire(String scope, String clientAddress) {
        return tryAcquire(scope, clientAddress, perMinute);
    }

    /**
     * The same with a rate of its own (e.g. one-time-code requests, whose rate is a setting); a changed rate
     * starts a fresh bucket.
     */
    public Duration tryAcquire(String scope, String clientAddress, int requestsPerMinute) {
        if (buckets.size() > MAX_TRACKED) {
            long now = System.nanoTime();
            buckets.entrySet().removeIf(e -> e.getValue().idleFor(now) > Duration.ofMinutes(5).toNanos());
        }
        String key = requestsPerMinute == perMinute ? scope + "|" + clientAddress : scope + "@" + requestsPerMinute + "|" + clientAddress;
        return buckets.computeIfAbsent(key, k -> new Bucket(requestsPerMinute)).take();
    }

    private static final class Bucket {
        private final double capacity;
        private final double refillPerNano;
        private double tokens;
        private long last = System.nanoTime();

        Bucket(int perMinute) {
            this.capacity = perMinute;
            this.tokens = perMinute;
            this.refillPerNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
        }

        synchronized Duration take() {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (now - last) * refillPerNano);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofNanos((long) Math.ceil((1 - tokens) / refillPerNano));
        }

        synchronized long idleFor(long now) {
            return now - last;
        }
    }
}
