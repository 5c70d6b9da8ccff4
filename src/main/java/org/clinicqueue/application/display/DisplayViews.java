package org.clinicqueue.application.display;

import java.time.Instant;
import java.util.List;
import org.clinicqueue.domain.display.Utterance;

/** What travels to a display screen (JSON over WebSocket, or the REST fallback). Names are already privacy-filtered. */
public final class DisplayViews {

    private DisplayViews() {
    }

    /**
     * A call (or recall) to show and announce.
     *
     * @param name  null when the privacy mode hides names
     * @param speak the sentences to say, in order, once; the display repeats the whole list {@code repeats} times
     */
    public record Call(Long ticketId, String number, String name, String counter, String serviceCode, String serviceName,
                       boolean recall, int recallCount, Instant at, List<Utterance> speak) {
    }

    public record CounterLine(Long id, String name, String status, int lateMinutes, String currentNumber, String currentName,
                              Instant since) {
    }

    public record ServiceLine(String code, String name, long waiting) {
    }

    public record Settings(String privacyMode, int repeats, String announceLanguages, List<String> languages, int recentCalls) {
    }

    /** Everything a screen needs to draw itself from nothing. */
    public record State(String display, String displayName, Settings settings, List<ServiceLine> services,
                        List<CounterLine> counters, List<Call> recentCalls, String message, Instant at) {
    }

    /** The authenticated identity of a screen, as the WebSocket layer keeps it. */
    public record Screen(String code, String name, List<String> serviceCodes, List<String> languages) {
    }
}
