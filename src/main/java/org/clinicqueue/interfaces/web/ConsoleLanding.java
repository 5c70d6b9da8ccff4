package org.clinicqueue.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** {@code /console/index.xhtml}: sends the signed-in person on to their role's page (see {@link LandingPages}). */
@Named
@RequestScoped
public class ConsoleLanding {

    public String land() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return LandingPages.forUser(external::isUserInRole) + "?faces-redirect=true";
    }
}
