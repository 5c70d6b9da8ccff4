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

/**
 * {@code /ws/tickets/{trackingId}}: the patient's status page follows its ticket live. The server sends
 * {@code {"type":"status","ticket":{...}}} on connect and whenever the ticket or its queue changes (the same
 * fields as {@code GET /api/tickets/{trackingId}}); the page sends {@code ping} every half minute and gets
 * {@code {"type":"pong"}}, which tells it the connection is still alive after the phone slept. An unknown
 * tracking id is closed with code 4404. Nothing the phone sends can name another ticket.
 */
@ServerEndpoint("/ws/tickets/{trackingId}")
public class TicketStatusEndpoint {

    @Inject
    private PhoneConnections phones;

    @OnOpen
    public void open(Session session, @PathParam("trackingId") String trackingId) {
        session.setMaxIdleTimeout(PhoneConnections.IDLE_TIMEOUT.toMillis());
        session.setMaxTextMessageBufferSize(64);
        phones.connect(trackingId, session);
    }

    @OnMessage
    public void message(Session session, String text) {
        if ("ping".equals(text)) {
            phones.pong(session);
        }
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
        phones.disconnect(session);
    }

    @OnError
    public void error(Session session, Throwable failure) {
        // A phone that vanished (sleep, lost network): the close that follows cleans up.
        phones.disconnect(session);
    }
}
