package org.clinicqueue.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.clinicqueue.application.sms.PatientLinks;

/**
 * Gives the links in text messages the server's own address when {@code clinicqueue.public-base-url} is not
 * set: WildFly's HTTP port (with its port offset) on its bind address, plus this WAR's context path. Good
 * enough for the demo; production sets the public URL (a phone cannot reach "localhost").
 */
@WebListener
public class PatientLinksSetup implements ServletContextListener {

    @Inject
    private PatientLinks links;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        int port = Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        links.useServerAddress("http://" + host() + ":" + port + event.getServletContext().getContextPath());
    }

    /** WildFly's own default bind address is 127.0.0.1; "any address" is replaced by the machine's name. */
    private static String host() {
        String bind = System.getProperty("jboss.bind.address", "127.0.0.1");
        if (!"0.0.0.0".equals(bind) && !"::".equals(bind)) {
            return bind;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "127.0.0.1";
        }
    }
}
