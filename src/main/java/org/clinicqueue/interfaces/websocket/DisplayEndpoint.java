package org.clinicqueue.interfaces.websocket;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clinicqueue.application.display.DisplayCatalog;
import org.clinicqueue.application.display.DisplayViews;

/**
 * {@code /ws/displays/{code}?epoch=…&since=…}: a display screen's live feed. The device proves who it is at the
 * handshake (checked by {@link DisplayHandshakeFilter} before the upgrade); the optional {@code epoch} and
 * {@code since} of the last message it saw let it pick up where it left off.
 */
@ServerEndpoint(value = "/ws/displays/{code}", subprotocols = DisplayHandshakeFilter.PROTOCOL)
public class DisplayEndpoint {

    @Inject
    private DisplayHub hub;

    @Inject
    private DisplayCatalog catalog;

    @OnOpen
    public void open(Session session, @PathParam("code") String code) throws IOException {
        Optional<DisplayViews.Screen> screen = catalog.screen(code);
        if (screen.isEmpty()) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "unknown display"));
            return;
        }
        long pingSeconds = Long.getLong("clinicqueue.websocket.ping-seconds", 25);
        session.setMaxIdleTimeout(pingSeconds * 3 * 1000);
        Map<String, List<String>> query = session.getRequestParameterMap();
        hub.connect(session, screen.get(), first(query, "epoch"), parseLong(first(query, "since")));
    }

    /** Screens only listen; anything they send (a keep-alive) is ignored. */
    @OnMessage
    public void message(String ignored) {
        // nothing to do
    }

    @OnClose
    public void close(Session session) {
        hub.disconnect(session);
    }

    @OnError
    public void error(Session session, Throwable error) {
        hub.disconnect(session);
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static Long parseLong(String text) {
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
