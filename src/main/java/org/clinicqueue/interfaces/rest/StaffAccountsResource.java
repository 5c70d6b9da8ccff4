package org.clinicqueue.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.clinicqueue.application.staff.StaffAccounts;
import org.clinicqueue.domain.staff.Role;
import org.clinicqueue.domain.staff.StaffAccount;

/** {@code GET /api/staff/me} for any staff account; {@code GET /api/staff/accounts} for admins. */
@Path("staff")
@Produces(MediaType.APPLICATION_JSON)
public class StaffAccountsResource {

    /** What the API shows of an account: never the password hash. */
    public record StaffAccountView(String username, String displayName, Set<Role> roles, boolean active, String locale) {
        static StaffAccountView of(StaffAccount account) {
            return new StaffAccountView(account.getUsername(), account.getDisplayName(), account.getRoles(),
                    account.isActive(), account.getLocale());
        }
    }

    @Inject
    private StaffAccounts accounts;

    @GET
    @Path("me")
    public StaffAccountView me() {
        return StaffAccountView.of(accounts.current());
    }

    @GET
    @Path("accounts")
    public List<StaffAccountView> list() {
        return accounts.list().stream().map(StaffAccountView::of).toList();
    }
}
