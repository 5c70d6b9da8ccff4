package org.clinicqueue.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.clinicqueue.application.posters.PosterTarget;
import org.clinicqueue.application.posters.Posters;

/**
 * {@code /console/admin/posters.xhtml} (every poster with its QR code) and {@code /console/admin/poster.xhtml?service=OPD}
 * (one poster, ready to print; without {@code service}: the whole hospital's). The QR images are inline, so
 * the page prints without further requests.
 */
@Named
@RequestScoped
public class PostersBacking {

    /** A poster as the page shows it. */
    public record Poster(String serviceCode, String title, String openingHours, String joinUrl, String qr, String pngPath) {
    }

    @Inject
    private Posters posters;

    private List<Poster> all;

    public List<Poster> getAll() {
        if (all == null) {
            all = posters.all().stream().map(p -> poster(p, 220)).toList();
        }
        return all;
    }

    public Poster getSelected() {
        String service = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("service");
        return poster(posters.target(service), 720);
    }

    private static Poster poster(PosterTarget target, int size) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String url = PublicLinks.join(request, target.serviceCode());
        String png = request.getContextPath() + "/api/admin/posters/" + (target.serviceCode() == null ? "hospital" : target.serviceCode()) + ".png";
        return new Poster(target.serviceCode(), target.title(), target.openingHours(), url, QrCodes.dataUri(url, size), png);
    }
}
