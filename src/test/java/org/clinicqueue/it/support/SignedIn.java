package org.clinicqueue.it.support;

import java.util.concurrent.Callable;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Runs code in the container as a real account of the jdbc-realm (the demo accounts of the test server),
 * so in-container tests go through the same password check and role mapping as the console and the API.
 */
public final class SignedIn {

    private SignedIn() {
    }

    public static <T> T as(String username, String password, Callable<T> work) throws Exception {
        SecurityIdentity identity = SecurityDomain.getCurrent()
                .authenticate(username, new PasswordGuessEvidence(password.toCharArray()));
        return identity.runAs(work);
    }

    public static void as(String username, String password, ThrowingRunnable work) throws Exception {
        as(username, password, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T asAdmin(Callable<T> work) throws Exception {
        return as(DemoAccounts.ADMIN, DemoAccounts.ADMIN_PASSWORD, work);
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
