package org.clinicqueue.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ResourceBundle;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.domain.queue.ServiceDayFigures;

/**
 * Times as the console shows them: clock times in the hospital's time zone (not the server's, not the
 * browser's) and "minutes since" for waiting times. Read once per request.
 */
@Named
@RequestScoped
public class ConsoleFormat {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    private HospitalClock clock;

    private ZoneId zone;
    private Instant now;

    public String time(Instant instant) {
        return instant == null ? "" : CLOCK.format(instant.atZone(zone()));
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(instant.atZone(zone()));
    }

    public String dateTimeSeconds(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(instant.atZone(zone()));
    }

    public long minutesSince(Instant instant) {
        return instant == null ? 0 : ServiceDayFigures.minutesBetween(instant, now());
    }

    /**
     * The label of an audit action in the person's language, or its name when the bundle has none yet (an
     * action added by another feature shows up readable rather than as "???key???").
     */
    public String action(String name) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", FacesContext.getCurrentInstance().getViewRoot().getLocale());
        String key = "auditAction." + name;
        return bundle.containsKey(key) ? bundle.getString(key) : name;
    }

    public long minutesBetween(Instant from, Instant to) {
        return from == null || to == null ? 0 : ServiceDayFigures.minutesBetween(from, to);
    }

    public boolean isFuture(Instant instant) {
        return instant != null && instant.isAfter(now());
    }

    private ZoneId zone() {
        if (zone == null) {
            zone = clock.zone();
        }
        return zone;
    }

    private Instant now() {
        if (now == null) {
            now = clock.now();
        }
        return now;
    }
}
