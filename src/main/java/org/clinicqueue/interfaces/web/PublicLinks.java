package org.clinicqueue.interfaces.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The addresses patients open from a QR code or an SMS. They must work from the patient's phone, which may
 * reach the server under another name than the console does, so the base can be fixed with the system
 * property {@code clinicqueue.public-base-url} (e.g. {@code https://queue.hospital.org/clinicqueue});
 * otherwise it is taken from the current request.
 *
 * <ul>
 *   <li>{@code /t/{trackingId}}: the patient's live ticket status page;</li>
 *   <li>{@code /join} and {@code /join?service=OPD}: the join page, for the whole hospital or one service;</li>
 *   <li>{@code /book} and {@code /a/{code}}: booking an appointment, and one appointment's own page.</li>
 * </ul>
 */
public final class PublicLinks {

    public static final String PUBLIC_BASE_URL = "clinicqueue.public-base-url";

    private PublicLinks() {
    }

    public static String base(HttpServletRequest request) {
        String configured = System.getProperty(PUBLIC_BASE_URL);
        if (configured != null && !configured.isBlank()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }

    public static String ticketStatus(HttpServletRequest request, String trackingId) {
        return base(request) + "/t/" + trackingId;
    }

    public static String appointment(HttpServletRequest request, String code) {
        return base(request) + "/a/" + code;
    }

    public static String join(HttpServletRequest request, String serviceCode) {
        return base(request) + "/join" + (serviceCode == null ? "" : "?service=" + serviceCode);
    }
}
