package org.clinicqueue.interfaces.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Signs out: ends the container login and the session, then shows the login page with a note. POST only.
 * The console signs an idle person out with {@code expired=true}, so the login page says the session ended.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        boolean idle = "true".equals(request.getParameter("expired"));
        response.sendRedirect(request.getContextPath() + (idle ? "/login.xhtml?expired=true" : "/login.xhtml?out=true"));
    }
}
