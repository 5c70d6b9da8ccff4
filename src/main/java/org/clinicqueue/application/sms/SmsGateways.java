package org.clinicqueue.application.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import org.clinicqueue.application.settings.ServerProperty;

/**
 * Picks the gateway named by {@code clinicqueue.sms.gateway} (default {@code outbox}: messages stay in the
 * outbox for staff to read, so a demo or a test needs no network). Read at each send, so switching the
 * system property in a running server takes effect for the next message.
 */
@ApplicationScoped
public class SmsGateways {

    public static final String PROPERTY = "clinicqueue.sms.gateway";
    public static final String DEFAULT = "outbox";

    @Inject
    @Any
    private Instance<SmsGateway> gateways;

    public String configuredName() {
        return ServerProperty.text(PROPERTY, DEFAULT);
    }

    /** Empty when the configured name matches no gateway: messages then wait (and are retried) until it is fixed. */
    public Optional<SmsGateway> current() {
        String wanted = configuredName();
        return gateways.stream().filter(g -> g.name().equalsIgnoreCase(wanted)).findFirst();
    }
}
