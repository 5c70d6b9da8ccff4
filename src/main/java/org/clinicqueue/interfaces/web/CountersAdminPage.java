package org.clinicqueue.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.clinicqueue.application.catalog.CounterCatalog;
import org.clinicqueue.application.catalog.ServiceCatalog;
import org.clinicqueue.application.queries.CounterView;
import org.clinicqueue.application.queries.QueueQueries;
import org.clinicqueue.domain.queue.ClinicService;

/**
 * {@code /console/admin/counters.xhtml}: counters and doctors' rooms, the services each serves and the name
 * the hall's speakers say. Through {@link CounterCatalog}, which validates and audits; deactivating keeps
 * the counter's history (and refuses while a patient is at it).
 */
@Named
@ViewScoped
public class CountersAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CounterCatalog catalog;

    @Inject
    private ServiceCatalog services;

    @Inject
    private QueueQueries queries;

    private List<CounterView> counters;
    private List<ClinicService> serviceChoices;

    private String editing;
    private String code;
    private String name;
    private String spokenName;
    private List<String> serviceCodes = new ArrayList<>();

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
        spokenName = null;
        serviceCodes = new ArrayList<>();
    }

    public void edit(CounterView c) {
        editing = c.code();
        code = c.code();
        name = c.name();
        spokenName = c.spokenName();
        serviceCodes = new ArrayList<>(c.serviceCodes());
    }

    public void save() {
        boolean creating = editing == null;
        boolean saved = Feedback.attempt(() -> creating
                ? catalog.create(code, name, spokenName, serviceCodes)
                : catalog.update(editing, name, spokenName, serviceCodes), Messages.text("admin.saved")) != null;
        if (saved) {
            reload();
            startNew();
        }
    }

    public void deactivate(CounterView c) {
        Feedback.attempt(() -> catalog.deactivate(c.code()), Messages.text("admin.deactivated"));
        reload();
    }

    public void activate(CounterView c) {
        Feedback.attempt(() -> catalog.activate(c.code()), Messages.text("admin.activated"));
        reload();
    }

    private void reload() {
        counters = queries.counters();
    }

    public List<CounterView> getCounters() {
        return counters;
    }

    public List<ClinicService> getServiceChoices() {
        return serviceChoices;
    }

    public boolean isEditingExisting() {
        return editing != null;
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

    public String getSpokenName() {
        return spokenName;
    }

    public void setSpokenName(String spokenName) {
        this.spokenName = spokenName;
    }

    public List<String> getServiceCodes() {
        return serviceCodes;
    }

    public void setServiceCodes(List<String> serviceCodes) {
        this.serviceCodes = serviceCodes == null ? new ArrayList<>() : new ArrayList<>(serviceCodes);
    }
}
