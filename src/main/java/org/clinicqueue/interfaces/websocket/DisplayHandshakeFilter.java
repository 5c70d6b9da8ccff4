package org.clinicqueue.interfaces.websocket;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import org.clinicqueue.application.display.DisplayCatalog;
import org.clinicqueue.application.display.DisplayViews;

/**
 * Checks a display's WebSocket handshake before it is upgraded, and refuses it with 403 when:
 * <ul>
 *   <li>the {@code Origin} is not this server's own (cross-site WebSocket hijacking: a page elsewhere opening
 *       a socket with the visitor's network position), unless listed in {@code clinicqueue.allowed-origins};</li>
 *   <li>the device secret is wrong, or the display unknown or deactivated.</li>
 * </ul>
 * Browsers cannot put headers on a WebSocket handshake, so the display page offers its secret as a second
 * subprotocol, {@code key.<secret>}, beside {@value #PROTOCOL}; the server answers with {@value #PROTOCOL}
 * only. The secret never appears in a URL, so never in access logs or browser history.
 */
@WebFilter(urlPatterns = "/ws/displays/*", asyncSupported = true)
public class DisplayHandshakeFilter extends HttpFilter {

    public static final String PROTOCOL = "clinicqueue.v1";
    static final String KEY_PREFIX = "key.";

    @Inject
    private DisplayCatalog catalog;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            chain.doFilter(request, response);
            return;
        }
        if (!SameOrigin.allows(request)) {
            refuse(response, "This page may not connect to the display feed (foreign origin).");
            return;
        }
        String code = request.getPathInfo() == null ? displayCodeFromUri(request) : request.getPathInfo().substring(1);
        Optional<DisplayViews.Screen> screen = catalog.authenticate(code, secretFrom(request.getHeader("Sec-WebSocket-Protocol")));
        if (screen.isEmpty()) {
            refuse(response, "Unknown display or wrong display key.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static String displayCodeFromUri(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static String secretFrom(String protocols) {
        if (protocols == null) {
            return null;
        }
        return Arrays.stream(protocols.split(","))
                .map(String::strip)
                .filter(p -> p.startsWith(KEY_PREFIX))
                .map(p -> p.substring(KEY_PREFIX.length()))
                .findFirst().orElse(null);
    }

    private static void refuse(HttpServletResponse response, String why) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(why);
    }

    /** The Origin rule, shared with the REST fallback. */
    static final class SameOrigin {

        private SameOrigin() {
        }

        /** No Origin (not a browser), the server's own host, or one of {@code clinicqueue.allowed-origins}. */
        static boolean allows(HttpServletRequest request) {
            String origin = request.getHeader("Origin");
            if (origin == null || origin.isBlank()) {
                return true;
            }
            String allowed = System.getProperty("clinicqueue.allowed-origins", "");
            if (Arrays.stream(allowed.split(",")).map(String::strip).anyMatch(origin::equalsIgnoreCase)) {
                return true;
            }
            try {
                URI uri = URI.create(origin.strip());
                String authority = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
                String host = request.getHeader("Host");
                return host != null && authority != null && authority.equalsIgnoreCase(host.strip());
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
