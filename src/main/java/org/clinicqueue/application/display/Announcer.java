package org.clinicqueue.application.display;

import java.util.List;
import java.util.Map;
import org.clinicqueue.application.history.QueueChange;
import org.clinicqueue.domain.audit.AuditAction;
import org.clinicqueue.domain.display.AnnounceLanguages;
import org.clinicqueue.domain.display.AnnouncementTemplate;
import org.clinicqueue.domain.display.CallAnnouncement;
import org.clinicqueue.domain.display.PrivacyMode;
import org.clinicqueue.domain.display.Utterance;

/**
 * Turns a committed call into what one screen shows and says, with the templates and settings read once
 * per call (not once per screen).
 */
public record Announcer(Map<String, AnnouncementTemplate> templates, PrivacyMode privacy, AnnounceLanguages mode) {

    public DisplayViews.Call call(QueueChange change, DisplayViews.Screen screen) {
        return new DisplayViews.Call(change.ticketId(), change.ticketNumber(), privacy.apply(change.patientName()),
                change.counterName(), change.serviceCode(), change.serviceName(), change.kind() == AuditAction.TICKET_RECALLED,
                change.recallCount(), change.at(),
                speak(change.spokenNumber(), change.patientName(), change.language(), change.counterSpokenName(), change.serviceName(), screen));
    }

    /** The sentences for a call to this screen; the full name goes in and comes out as the privacy mode allows. */
    public List<Utterance> speak(String spokenNumber, String fullName, String patientLanguage, String counterSpokenName,
                                 String serviceName, DisplayViews.Screen screen) {
        return CallAnnouncement.sentences(templates, screen.languages(), patientLanguage, mode, spokenNumber,
                privacy.apply(fullName), counterSpokenName, serviceName);
    }
}
