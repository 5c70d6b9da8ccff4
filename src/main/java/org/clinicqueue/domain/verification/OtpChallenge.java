package org.clinicqueue.domain.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One code sent to one phone. Holds the code's salted hash, never the code. Lives five minutes, dies after
 * five wrong tries, is used once; asking for a new code retires the previous one.
 */
@Entity
@Table(name = "otp_challenge")
@NamedQuery(name = "OtpChallenge.latestForPhone",
        query = "select c from OtpChallenge c where c.phone = :phone order by c.createdAt desc, c.id desc")
@NamedQuery(name = "OtpChallenge.sentSince",
        query = "select c.createdAt from OtpChallenge c where c.phone = :phone and c.createdAt > :since")
public class OtpChallenge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 16)
    private String phone;

    @Column(name = "service_code", length = 10)
    private String serviceCode;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(nullable = false, length = 32)
    private String salt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "wrong_tries", nullable = false)
    private int wrongTries;

    /** When the code was used to join, or retired by a newer code. */
    @Column(name = "used_at")
    private Instant usedAt;

    protected OtpChallenge() {
    }

    public OtpChallenge(String phone, String serviceCode, String salt, String codeHash, Instant now) {
        this.phone = phone;
        this.serviceCode = serviceCode;
        this.salt = salt;
        this.codeHash = codeHash;
        this.createdAt = now;
        this.expiresAt = OtpPolicy.expiryOf(now);
    }

    /**
     * Checks a typed code. A wrong code uses up a try (the caller must commit that even though the request
     * is refused); a right code is not consumed here: joining consumes it in the issuing transaction, so a
     * refused join (a typo in the name) does not waste it.
     */
    public OtpCheck check(String typedCode, OtpHasher hasher, Instant now) {
        if (usedAt != null) {
            return OtpCheck.USED;
        }
        if (wrongTries >= OtpPolicy.MAX_WRONG_TRIES) {
            return OtpCheck.LOCKED;
        }
        if (!now.isBefore(expiresAt)) {
            return OtpCheck.EXPIRED;
        }
        if (matches(typedCode, hasher)) {
            return OtpCheck.ACCEPTED;
        }
        wrongTries++;
        return wrongTries >= OtpPolicy.MAX_WRONG_TRIES ? OtpCheck.LOCKED : OtpCheck.WRONG;
    }

    /** Whether the typed code is this one's, without using up a try (to recognise a replaced code). */
    public boolean matches(String typedCode, OtpHasher hasher) {
        return hasher.matches(salt, phone, typedCode, codeHash);
    }

    /** A newer code was sent: this one no longer works. */
    public void retire(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public int triesLeft() {
        return Math.max(0, OtpPolicy.MAX_WRONG_TRIES - wrongTries);
    }

    public Long getId() {
        return id;
    }

    public String getPhone() {
        return phone;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public int getWrongTries() {
        return wrongTries;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
