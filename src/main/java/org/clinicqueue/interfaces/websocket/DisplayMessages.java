package org.clinicqueue.interfaces.websocket;

import java.util.Map;
import org.clinicqueue.application.display.DisplayViews;

/**
 * The JSON messages a display receives. Every message carries the node's {@code epoch} and a sequence
 * number; a display that reconnects tells both, and gets what it missed (or a fresh snapshot when the
 * server restarted or the gap is too old).
 */
public final class DisplayMessages {

    private DisplayMessages() {
    }

    /** The whole picture: sent first on every connection. */
    public record Snapshot(String type, String epoch, long seq, DisplayViews.State state) {
        Snapshot(String epoch, long seq, DisplayViews.State state) {
            this("snapshot", epoch, seq, state);
        }
    }

    /**
     * One committed change, as it concerns this display. Fields that do not apply are left out.
     *
     * @param call           a call or recall to show and announce
     * @param counter        a counter whose status or current patient changed
     * @param waiting        new waiting counts of this display's services
     * @param messageChanged true when the supervisor's message changed ({@code message} null: cleared)
     */
    public record Update(String type, String epoch, long seq, String kind, DisplayViews.Call call, CounterChange counter,
                  Map<String, Long> waiting, Boolean messageChanged, String message) {
    }

    /** @param currentNumber null when nobody is at the counter any more */
    public record CounterChange(Long id, String name, String status, String currentNumber, String currentName) {
    }
}
