package org.clinicqueue.application.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one source of "now" in the application, so that no class calls {@code Instant.now()} on its own. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    Clock systemClock() {
        return Clock.systemUTC();
    }
}
