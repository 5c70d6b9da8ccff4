package org.clinicqueue.application.sms;

import jakarta.enterprise.context.ApplicationScoped;
import org.clinicqueue.application.settings.ServerProperty;

/**
 * The links that go into text messages, built without a web request (messages are written after commit, on
 * another thread). The base is {@code clinicqueue.public-base-url} (what patients' phones reach, e.g.
 * {@code https://queue.hospital.org/clinicqueue}), the same property {@code PublicLinks} uses; without it,
 * the server's own address as the web layer found it at startup (fine for the demo, not for production:
 * docs/configuration.md says so). Never taken from a request's Host header, which a caller could forge.
 */
@ApplicationScoped
public class PatientLinks {

    public static final String PUBLIC_BASE_URL = "clinicqueue.public-base-url";

    /** Set at deployment by the web layer; empty only before that. */
    private volatile String serverBase = "";

    /** Called once by the web layer with the server's own address and the WAR's context path. */
    public void useServerAddress(String base) {
        this.serverBase = strip(base);
    }

    public String base() {
        return strip(ServerProperty.text(PUBLIC_BASE_URL, serverBase));
    }

    public String ticketStatus(String trackingId) {
        return base() + "/t/" + trackingId;
    }

    /** An appointment's own page (details, QR code for check-in, move, cancel): {@code /a/{code}}. */
    public String appointment(String code) {
        return base() + "/a/" + code;
    }

    /** The booking page, optionally with a service chosen: {@code /book?service=OPD}. */
    public String booking(String serviceCode) {
        return base() + "/book" + (serviceCode == null ? "" : "?service=" + serviceCode);
    }

    private static String strip(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
