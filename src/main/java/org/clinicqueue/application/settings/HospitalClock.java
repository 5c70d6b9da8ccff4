package org.clinicqueue.application.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.clinicqueue.domain.settings.SettingKey;

/**
 * "Now" and "today" for the hospital. Instants are stored in UTC; the business day (for token numbering
 * and daily reports) is the date in the hospital's configured time zone, not the server's.
 */
@ApplicationScoped
public class HospitalClock {

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    public Instant now() {
        return clock.instant();
    }

    public ZoneId zone() {
        return settings.get(SettingKey.TIME_ZONE);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone());
    }
}
