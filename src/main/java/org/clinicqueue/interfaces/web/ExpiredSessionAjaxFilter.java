package org.clinicqueue.interfaces.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * When a console session has ended (timeout), the container answers the page's next request with the login
 * page. For an ordinary request that is right; for a Faces ajax request (a button, a live update) the page
 * would receive HTML where it expects a partial response and nothing would visibly happen. This filter sees
 * the container serve the login page to an ajax request and answers with a Faces ajax redirect instead, so
 * the browser goes to the login page, which says that the session ended.
 */
@WebFilter(urlPatterns = "/login.xhtml", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class ExpiredSessionAjaxFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            chain.doFilter(request, response);
            return;
        }
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + request.getContextPath() + "/login.xhtml?expired=true\"/></partial-response>");
    }
}
