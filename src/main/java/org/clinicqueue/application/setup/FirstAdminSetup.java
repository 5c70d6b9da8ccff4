package org.clinicqueue.application.setup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.logging.Logger;
import org.clinicqueue.application.staff.StaffAccounts;
import org.clinicqueue.domain.ConflictException;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.staff.Role;
import org.clinicqueue.domain.staff.StaffAccount;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Lets hospital IT create the first administrator of a new installation through the {@code /setup} page,
 * and locks itself as soon as an active administrator exists.
 *
 * <p>Being first to reach a new server must not be enough to own it: the page asks for a one-time setup
 * token that only someone with access to the server can read (it is written to the server log and to
 * {@code <jboss.server.data.dir>/clinicqueue/first-admin-token.txt}). A node writes its own token.
 */
@Startup
@Singleton
/* After the demo seed, so a demo server (which has an admin) never announces a setup token. */
@DependsOn({"SchemaMigrator", "DemoDataSeeder"})
@RunAs(Role.Names.ADMIN)
@RunAsPrincipal("first-admin-setup")
public class FirstAdminSetup {

    private static final Logger LOG = Logger.getLogger(FirstAdminSetup.class.getName());

    @Inject
    private StaffAccounts accounts;

    private String token;

    @PostConstruct
    void announceIfNeeded() {
        isOpen();
    }

    /** Open while no active administrator exists; a token is issued the first time it is found open. */
    @PermitAll
    public boolean isOpen() {
        boolean open = !accounts.hasActiveAdmin();
        if (open && token == null) {
            issueToken();
        }
        return open;
    }

    @PermitAll
    public StaffAccount createFirstAdmin(String setupToken, String username, String displayName, String password) {
        if (!isOpen()) {
            throw new ConflictException("setup-closed", "This installation already has an administrator; sign in instead.");
        }
        if (setupToken == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                setupToken.strip().getBytes(StandardCharsets.UTF_8))) {
            throw new InvalidInputException("wrong-setup-token",
                    "The setup token is not correct. It is in the server log and in " + tokenFile() + ".");
        }
        StaffAccount admin = accounts.create(username, displayName, password, EnumSet.of(Role.ADMIN));
        token = null;
        deleteTokenFile();
        LOG.info(() -> "First administrator '" + admin.getUsername() + "' created; the setup page is now closed.");
        return admin;
    }

    private void issueToken() {
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        token = HexFormat.of().formatHex(random);
        Path file = tokenFile();
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, token + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the setup token to " + file, e);
        }
        LOG.warning(() -> "ClinicQueue has no administrator yet. Open /clinicqueue/setup.xhtml and enter the setup token "
                + token + " (also in " + file + ").");
    }

    static Path tokenFile() {
        String dataDir = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        return Path.of(dataDir, "clinicqueue", "first-admin-token.txt");
    }

    private static void deleteTokenFile() {
        try {
            Files.deleteIfExists(tokenFile());
        } catch (IOException e) {
            LOG.warning(() -> "Could not delete " + tokenFile() + ": " + e.getMessage());
        }
    }
}
