package org.clinicqueue.application.appointments;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicqueue.domain.appointment.Appointment;

/**
 * The two keys of an appointment. The code: 128 random bits, URL-safe (22 characters), in the patient's links
 * and QR code; the only key the public API accepts. The reference: 8 characters from an alphabet without
 * look-alikes (no 0/O, 1/I/L), as {@code K7M2-Q9XD}, easy to read out at reception; staff look it up.
 */
@Dependent
public class AppointmentCodes {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final Pattern REFERENCE = Pattern.compile("[A-Z0-9]{4}-?[A-Z0-9]{4}");
    /** A scanned QR code types the whole link: {@code https://…/a/{code}}. */
    private static final Pattern LINK = Pattern.compile(".*/a/([A-Za-z0-9_-]{22})/?(?:[?#].*)?");

    @PersistenceContext
    private EntityManager em;

    public String newCode() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A reference no other appointment has. */
    public String newReference() {
        while (true) {
            StringBuilder ref = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                if (i == 4) {
                    ref.append('-');
                }
                ref.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (byReference(ref.toString()).isEmpty()) {
                return ref.toString();
            }
        }
    }

    /** By the secret code only: what the public may use. */
    public Optional<Appointment> byCode(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return em.createNamedQuery("Appointment.findByCode", Appointment.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** What staff may type or scan: the code, a link containing it, or the reference (with or without its dash). */
    public Optional<Appointment> byAnyKey(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        String text = key.strip();
        Matcher link = LINK.matcher(text);
        if (link.matches()) {
            return byCode(link.group(1));
        }
        if (CODE.matcher(text).matches()) {
            return byCode(text);
        }
        return byReference(text);
    }

    private Optional<Appointment> byReference(String text) {
        String ref = text.toUpperCase(Locale.ROOT);
        if (!REFERENCE.matcher(ref).matches()) {
            return Optional.empty();
        }
        String normalised = ref.contains("-") ? ref : ref.substring(0, 4) + "-" + ref.substring(4);
        return em.createNamedQuery("Appointment.findByReference", Appointment.class).setParameter("reference", normalised)
                .getResultStream().findFirst();
    }
}
