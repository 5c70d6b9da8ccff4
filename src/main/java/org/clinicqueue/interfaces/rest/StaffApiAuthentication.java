package org.clinicqueue.interfaces.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * HTTP Basic for the staff endpoints of the API, against the same Elytron realm as the console's form login.
 *
 * <p>The console uses FORM login, and a WAR has one login-config, so the API cannot declare BASIC in
 * {@code web.xml}; and its public and staff endpoints share paths ({@code /api/tickets} is public,
 * {@code /api/tickets/{id}/transfer} is not). So the credentials are checked here with the standard
 * {@link HttpServletRequest#login}, and whether the caller may act is decided by the EJB's
 * {@code @RolesAllowed} (an anonymous caller is answered 401 by {@link AccessDeniedMapper}).
 * No session is created: each API call carries its credentials.
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
        String[] credentials = decode(header.substring(BASIC.length()).strip());
        try {
            if (credentials == null) {
                throw new ServletException("malformed Basic credentials");
            }
            request.login(credentials[0], credentials[1]);
        } catch (ServletException failed) {
            refuse(response);
            return;
        }
        chain.doFilter(request, response);
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

    private static void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", CHALLENGE);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"code\":\"bad-credentials\",\"detail\":\"The user name or password is not correct, or the account is deactivated.\"}");
    }
}
