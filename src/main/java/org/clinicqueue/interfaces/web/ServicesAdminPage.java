package org.clinicqueue.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.clinicqueue.application.catalog.ServiceCatalog;
import org.clinicqueue.application.catalog.ServiceDefinition;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.queue.ClinicService;
import org.clinicqueue.domain.queue.OpeningHours;

/**
 * {@code /console/admin/index.xhtml}: the services (departments) patients take tickets for. Create, edit,
 * deactivate and reactivate through {@link ServiceCatalog}, which validates and audits; nothing is deleted.
 */
@Named
@ViewScoped
public class ServicesAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ServiceCatalog catalog;

    private List<ClinicService> services;

    /** The code of the service being edited; null while creating a new one. */
    private String editing;
    private String code;
    private String prefix;
    private String name;
    private String spokenName;
    private List<String> openDays = new ArrayList<>();
    private String opensAt;
    private String closesAt;
    private Integer dailyLimit;
    private Integer expectedMinutes = 10;

    @PostConstruct
    void init() {
        reload();
        startNew();
    }

    public void startNew() {
        editing = null;
        code = null;
        prefix = null;
        name = null;
        spokenName = null;
        openDays = EnumSet.allOf(DayOfWeek.class).stream().map(DayOfWeek::name).collect(Collectors.toCollection(ArrayList::new));
        opensAt = null;
        closesAt = null;
        dailyLimit = null;
        expectedMinutes = 10;
    }

    public void edit(ClinicService s) {
        editing = s.getCode();
        code = s.getCode();
        prefix = s.getPrefix();
        name = s.getName();
        spokenName = s.getSpokenName();
        OpeningHours hours = s.hours();
        openDays = hours.days().stream().map(DayOfWeek::name).collect(Collectors.toCollection(ArrayList::new));
        opensAt = hours.opensAt() == null ? null : hours.opensAt().toString();
        closesAt = hours.closesAt() == null ? null : hours.closesAt().toString();
        dailyLimit = s.getDailyLimit();
        expectedMinutes = s.getExpectedMinutes();
    }

    public void save() {
        boolean creating = editing == null;
        boolean saved = Feedback.attempt(() -> {
            ServiceDefinition definition = new ServiceDefinition(code, prefix, name, spokenName, String.join(",", openDays),
                    time(opensAt), time(closesAt), dailyLimit, expectedMinutes == null ? 0 : expectedMinutes);
            return creating ? catalog.create(definition) : catalog.update(editing, definition);
        }, Messages.text("admin.saved")) != null;
        if (saved) {
            reload();
            startNew();
        }
    }

    public void deactivate(ClinicService s) {
        Feedback.attempt(() -> catalog.deactivate(s.getCode()), Messages.text("admin.deactivated"));
        reload();
    }

    public void activate(ClinicService s) {
        Feedback.attempt(() -> catalog.activate(s.getCode()), Messages.text("admin.activated"));
        reload();
    }

    private void reload() {
        services = catalog.all();
    }

    /** "08:30" as typed; blank for none. A typo is refused like any other invalid input. */
    private static LocalTime time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("invalid-time", "'" + text.strip() + "' is not a time; write it as 08:30.");
        }
    }

    public List<String> getWeekDays() {
        return EnumSet.allOf(DayOfWeek.class).stream().map(DayOfWeek::name).toList();
    }

    public List<ClinicService> getServices() {
        return services;
    }

    public boolean isEditingExisting() {
        return editing != null;
    }

    public String getEditing() {
        return editing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
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

    public List<String> getOpenDays() {
        return openDays;
    }

    public void setOpenDays(List<String> openDays) {
        this.openDays = openDays == null ? new ArrayList<>() : new ArrayList<>(openDays);
    }

    public String getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(String opensAt) {
        this.opensAt = opensAt;
    }

    public String getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(String closesAt) {
        this.closesAt = closesAt;
    }

    public Integer getDailyLimit() {
        return dailyLimit;
    }

    public void setDailyLimit(Integer dailyLimit) {
        this.dailyLimit = dailyLimit;
    }

    public Integer getExpectedMinutes() {
        return expectedMinutes;
    }

    public void setExpectedMinutes(Integer expectedMinutes) {
        this.expectedMinutes = expectedMinutes;
    }
}
