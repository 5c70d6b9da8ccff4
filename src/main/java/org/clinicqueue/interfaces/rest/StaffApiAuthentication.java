package org.clinicqueue.interfaces.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.Base64;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * HTTP Basic for the staff endpoints of the API, against the same Elytron security domain (and so the same
 * jdbc-realm) as the console's form login.
 *
 * <p>Why here and not in {@code web.xml}: the console uses FORM login and a WAR has one login-config; and
 * public and staff endpoints share paths ({@code /api/tickets} is public, {@code /api/tickets/{id}/transfer}
 * is not), which URL patterns cannot tell apart. So the credentials are verified here with the domain's own
 * authentication, the rest of the request runs as that identity (which the EJBs' {@code @RolesAllowed}
 * checks), and whether the caller may act is decided there: an anonymous caller of a staff operation is
 * answered 401 by {@link AccessDeniedMapper}. Nothing is cached in an HTTP session: every API call carries
 * its credentials, and no cookie is set.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class StaffApiAuthentication extends HttpFilter {

    static final String CHALLENGE = "Basic realm=\"ClinicQueue\", charset=\"UTF-8\"";
    private static final String BASIC = "basic ";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String header = request.getHeader("Authorization");
        if (header == null || request.getUserPrincipal() != null
                || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            chain.doFilter(request, response);
            return;
        }
        SecurityIdentity identity;
        try {
            identity = authenticate(header.substring(BASIC.length()).strip());
        } catch (RealmUnavailableException databaseDown) {
            problem(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Service Unavailable", "realm-unavailable",
                    "Credentials cannot be checked right now (the database does not answer); try again shortly.");
            return;
        }
        if (identity == null) {
            response.setHeader("WWW-Authenticate", CHALLENGE);
            problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "bad-credentials",
                    "The user name or password is not correct, or the account is deactivated.");
            return;
        }
        runAs(identity, () -> {
            chain.doFilter(new AuthenticatedRequest(request, identity), response);
            return null;
        });
    }

    private static SecurityIdentity authenticate(String token) throws RealmUnavailableException {
        String[] credentials = decode(token);
        if (credentials == null) {
            return null;
        }
        try {
            return SecurityDomain.getCurrent().authenticate(credentials[0], new PasswordGuessEvidence(credentials[1].toCharArray()));
        } catch (SecurityException failed) {
            return null;
        }
    }

    private static void runAs(SecurityIdentity identity, PrivilegedExceptionAction<Void> work) throws IOException, ServletException {
        try {
            identity.runAs(work);
        } catch (PrivilegedActionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof ServletException servlet) {
                throw servlet;
            }
            throw new ServletException(e.getCause());
        }
    }

    private static String[] decode(String token) {
        try {
            String pair = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 1 ? null : new String[] {pair.substring(0, colon), pair.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void problem(HttpServletResponse response, int status, String title, String code, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Problem.of(status, title, code, detail).build().getEntity().toString());
    }

    /** The request as JAX-RS sees it: signed in as the verified identity, with its roles. */
    private static final class AuthenticatedRequest extends HttpServletRequestWrapper {

        private final SecurityIdentity identity;

        AuthenticatedRequest(HttpServletRequest request, SecurityIdentity identity) {
            super(request);
            this.identity = identity;
        }

        @Override
        public Principal getUserPrincipal() {
            return identity.getPrincipal();
        }

        @Override
        public String getRemoteUser() {
            return identity.getPrincipal().getName();
        }

        @Override
        public boolean isUserInRole(String role) {
            return identity.getRoles().contains(role);
        }

        @Override
        public String getAuthType() {
            return HttpServletRequest.BASIC_AUTH;
        }
    }
}
