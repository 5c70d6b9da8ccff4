package org.clinicqueue.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.clinicqueue.application.catalog.ServiceCatalog;
import org.clinicqueue.application.display.AnnouncementTemplates;
import org.clinicqueue.application.display.DisplayCatalog;
import org.clinicqueue.domain.display.AnnouncementTemplate;
import org.clinicqueue.domain.display.DisplayDevice;
import org.clinicqueue.domain.queue.ClinicService;

/**
 * {@code /console/admin/displays.xhtml}: the hall screens (which services each shows, in which languages) and
 * what they say. A new display, or a renewed secret, shows the screen's address and its QR code once: the
 * secret is not stored, only its hash, so it cannot be shown again later.
 */
@Named
@ViewScoped
public class DisplaysAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A display as the list shows it (plain values: the view keeps them between requests). */
    public record DisplayRow(String code, String name, List<String> serviceCodes, String languages, boolean active) implements Serializable {
        static DisplayRow of(DisplayDevice d) {
            return new DisplayRow(d.getCode(), d.getName(), d.getServices().stream().map(ClinicService::getCode).sorted().toList(),
                    String.join(", ", d.getLanguages()), d.isActive());
        }
    }

    /** An announcement template being edited. */
    public static final class TemplateRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String language;
        private String withName;
        private String withoutName;

        TemplateRow(String language, String withName, String withoutName) {
            this.language = language;
            this.withName = withName;
            this.withoutName = withoutName;
        }

        public String getLanguage() {
            return language;
        }

        public void setLanguage(String language) {
            this.language = language;
        }

        public String getWithName() {
            return withName;
        }

        public void setWithName(String withName) {
            this.withName = withName;
        }

        public String getWithoutName() {
            return withoutName;
        }

        public void setWithoutName(String withoutName) {
            this.withoutName = withoutName;
        }
    }

    @Inject
    private DisplayCatalog catalog;

    @Inject
    private ServiceCatalog services;

    @Inject
    private AnnouncementTemplates templates;

    private List<DisplayRow> displays;
    private List<ClinicService> serviceChoices;
    private List<TemplateRow> announcements;

    private String editing;
    private String code;
    private String name;
    private String languages = "en, hi";
    private List<String> serviceCodes = new ArrayList<>();
    private String shownAddressFor;
    private String shownAddress;
    private TemplateRow newLanguage = new TemplateRow("", "", "");

    @PostConstruct
    void init() {
        serviceChoices = services.all();
        reload();
        startNew();
    }

    public void startNew() {
        editing = null;
        code = null;
        name = null;
        languages = "en, hi";
        serviceCodes = new ArrayList<>();
    }

    public void edit(DisplayRow row) {
        editing = row.code();
        code = row.code();
        name = row.name();
        languages = row.languages();
        serviceCodes = new ArrayList<>(row.serviceCodes());
    }

    public void save() {
        if (editing == null) {
            DisplayDevice.Created created = Feedback.attempt(() -> catalog.create(code, name, serviceCodes, languageList()),
                    Messages.text("displays.created"));
            if (created != null) {
                showAddress(created.device().getCode(), created.secret());
                reload();
                startNew();
            }
        } else if (Feedback.attempt(() -> catalog.update(editing, name, serviceCodes, languageList()), Messages.text("admin.saved")) != null) {
            reload();
            startNew();
        }
    }

    public void renewSecret(DisplayRow row) {
        String secret = Feedback.attempt(() -> catalog.renewSecret(row.code()), Messages.text("displays.renewed"));
        if (secret != null) {
            showAddress(row.code(), secret);
        }
    }

    public void setActive(DisplayRow row, boolean active) {
        Feedback.attempt(() -> catalog.setActive(row.code(), active), Messages.text(active ? "admin.activated" : "admin.deactivated"));
        reload();
    }

    public void saveAnnouncement(TemplateRow row) {
        if (Feedback.attempt(() -> templates.save(row.getLanguage(), row.getWithName(), row.getWithoutName()), Messages.text("admin.saved")) != null) {
            reload();
        }
    }

    public void addLanguage() {
        if (Feedback.attempt(() -> templates.save(newLanguage.getLanguage(), newLanguage.getWithName(), newLanguage.getWithoutName()),
                Messages.text("admin.saved")) != null) {
            newLanguage = new TemplateRow("", "", "");
            reload();
        }
    }

    private void showAddress(String displayCode, String secret) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        shownAddressFor = displayCode;
        shownAddress = PublicLinks.base(request) + "/display/?d=" + displayCode + "#key=" + secret;
    }

    private List<String> languageList() {
        return Arrays.stream((languages == null ? "" : languages).split("[,\\s]+"))
                .map(l -> l.strip().toLowerCase(Locale.ROOT)).filter(l -> !l.isEmpty()).distinct().toList();
    }

    private void reload() {
        displays = catalog.all().stream().map(DisplayRow::of).toList();
        announcements = templates.all().stream()
                .map((AnnouncementTemplate t) -> new TemplateRow(t.getLanguage(), t.getWithName(), t.getWithoutName()))
                .toList();
    }

    public String getShownAddressQr() {
        return shownAddress == null ? null : QrCodes.dataUri(shownAddress, 220);
    }

    public List<DisplayRow> getDisplays() {
        return displays;
    }

    public List<ClinicService> getServiceChoices() {
        return serviceChoices;
    }

    public List<TemplateRow> getAnnouncements() {
        return announcements;
    }

    public TemplateRow getNewLanguage() {
        return newLanguage;
    }

    public boolean isEditingExisting() {
        return editing != null;
    }

    public String getShownAddressFor() {
        return shownAddressFor;
    }

    public String getShownAddress() {
        return shownAddress;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public List<String> getServiceCodes() {
        return serviceCodes;
    }

    public void setServiceCodes(List<String> serviceCodes) {
        this.serviceCodes = serviceCodes;
    }
}
