package org.clinicqueue.interfaces.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The patients' pages at the addresses of {@link PublicLinks}: {@code /join} (optionally {@code ?service=OPD}),
 * {@code /t/{trackingId}}, and for appointments {@code /book} (optionally {@code ?service=OPD}) and {@code /a/{code}}. Plain HTML with a little CSS and script (no framework: they must load fast on a
 * small phone on a weak network), served from {@code WEB-INF/patient}; everything they show comes from the
 * public API and the ticket's WebSocket. The tracking id is not looked up here: an unknown one gets the same
 * page, which then says there is no such ticket, so the page itself reveals nothing.
 */
@WebServlet(urlPatterns = {"/join", "/t/*", "/book", "/a/*"})
public class PatientPagesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern TRACKING_ID = Pattern.compile("/[A-Za-z0-9_-]{10,32}/?");
    /** Changes at each deployment, so phones fetch new script and style files after an upgrade. */
    private static final String VERSION = Long.toString(System.currentTimeMillis(), 36);
    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self' ws: wss:; media-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private final Map<String, String> pages = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String page;
        if ("/join".equals(request.getServletPath())) {
            page = "join.html";
        } else if ("/book".equals(request.getServletPath())) {
            page = "book.html";
        } else if (request.getPathInfo() != null && TRACKING_ID.matcher(request.getPathInfo()).matches()) {
            page = "/a".equals(request.getServletPath()) ? "appointment.html" : "status.html";
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Content-Security-Policy", POLICY);
        // The tracking id is in the address: never send it anywhere as a Referer.
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        response.getWriter().write(page(page, request.getContextPath()));
    }

    private String page(String name, String contextPath) throws IOException {
        String cached = pages.get(name);
        if (cached != null) {
            return cached;
        }
        try (InputStream in = getServletContext().getResourceAsStream("/WEB-INF/patient/" + name)) {
            if (in == null) {
                throw new IOException("Missing page WEB-INF/patient/" + name);
            }
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("{{ctx}}", contextPath)
                    .replace("{{v}}", VERSION);
            pages.put(name, html);
            return html;
        }
    }
}
