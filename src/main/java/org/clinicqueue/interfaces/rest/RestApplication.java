package org.clinicqueue.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Every resource and provider in this package is found by scanning; the API lives under {@code /api}. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
