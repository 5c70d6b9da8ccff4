package org.clinicqueue.domain.verification;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.random.RandomGenerator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps one-time codes out of the database: only {@code HMAC-SHA256(pepper, salt | phone | code)} is stored,
 * with a fresh random salt per code. The pepper is a server secret kept outside the database (system property
 * {@code clinicqueue.otp.pepper}), so a copy of the database alone does not let anyone try the million
 * possible codes offline. Without a pepper the hash is still salted, and a code lives only 5 minutes.
 */
public final class OtpHasher {

    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] NO_PEPPER = "clinicqueue-otp".getBytes(StandardCharsets.UTF_8);

    private final byte[] pepper;

    public OtpHasher(String pepper) {
        this.pepper = pepper == null || pepper.isBlank() ? NO_PEPPER : pepper.getBytes(StandardCharsets.UTF_8);
    }

    public static String newSalt(RandomGenerator random) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    public String hash(String salt, String phone, String code) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(pepper, ALGORITHM));
            byte[] digest = mac.doFinal((salt + "|" + phone + "|" + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /** Constant-time comparison, so the time taken says nothing about how close a guess was. */
    public boolean matches(String salt, String phone, String typedCode, String storedHash) {
        byte[] expected = storedHash.getBytes(StandardCharsets.US_ASCII);
        byte[] actual = hash(salt, phone, typedCode).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual);
    }
}
