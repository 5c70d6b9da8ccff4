package org.clinicqueue.application.staff;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * Hashes passwords with WildFly's own Elytron password API (bcrypt, random salt) into the modular-crypt text
 * that the server's jdbc-realm verifies at login, so the application and the server agree on one format and
 * the application never needs its own crypto library.
 */
@ApplicationScoped
public class PasswordHasher {

    /** 2^10 rounds: about a tenth of a second per check on a small server, slow enough for an attacker. */
    static final int BCRYPT_COST = 10;

    private final SecureRandom random = new SecureRandom();

    public String hash(String password) {
        try {
            byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
            random.nextBytes(salt);
            Password hashed = factory().generatePassword(
                    new EncryptablePasswordSpec(password.toCharArray(), new IteratedSaltedPasswordAlgorithmSpec(BCRYPT_COST, salt)));
            return ModularCrypt.encodeAsString(hashed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    public boolean matches(String password, String storedHash) {
        try {
            PasswordFactory factory = factory();
            Password stored = factory.translate(ModularCrypt.decode(storedHash));
            return factory.verify(stored, password.toCharArray());
        } catch (InvalidKeySpecException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    private static PasswordFactory factory() throws GeneralSecurityException {
        return PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, WildFlyElytronPasswordProvider.getInstance());
    }
}
