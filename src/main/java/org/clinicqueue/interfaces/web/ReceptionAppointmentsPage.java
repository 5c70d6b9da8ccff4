package org.clinicqueue.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinicqueue.application.appointments.AppointmentBooking;
import org.clinicqueue.application.appointments.AppointmentCheckIn;
import org.clinicqueue.application.appointments.AppointmentQueries;
import org.clinicqueue.application.appointments.AppointmentView;
import org.clinicqueue.application.appointments.BookingRequest;
import org.clinicqueue.application.appointments.CheckedIn;
import org.clinicqueue.application.appointments.DayPlan;
import org.clinicqueue.application.appointments.DoctorCatalog;
import org.clinicqueue.application.appointments.DoctorSlots;
import org.clinicqueue.application.appointments.DoctorView;
import org.clinicqueue.application.appointments.RescheduleRequest;
import org.clinicqueue.application.appointments.SlotView;
import org.clinicqueue.application.settings.HospitalClock;

/**
 * {@code /console/reception/appointments.xhtml}: reception's calendar. One day, every doctor (of one service,
 * if chosen) with their slots: book a free one for a patient, check in, move or cancel a booking; find a
 * booking by phone, reference, scanned QR link or name. Follows the queue live.
 */
@Named
@ViewScoped
public class ReceptionAppointmentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AppointmentQueries queries;

    @Inject
    private AppointmentBooking booking;

    @Inject
    private AppointmentCheckIn checkIn;

    @Inject
    private DoctorCatalog doctors;

    @Inject
    private DoctorSlots slots;

    @Inject
    private HospitalClock clock;

    private LocalDate date;
    private String serviceCode;
    private List<DayPlan> plans = List.of();
    private Map<String, String> services = Map.of();

    private Long bookDoctorId;
    private String bookDoctorName;
    private Instant bookStart;
    private String patientName;
    private String phone;
    private String language = "en";
    private String reason;

    private String moveKey;
    private Long moveDoctorId;
    private LocalDate moveDate;
    private String moveStart;
    private List<SlotView> moveSlots = List.of();

    private String searchText;
    private List<AppointmentView> found = List.of();
    private CheckedIn lastCheckIn;

    @PostConstruct
    void init() {
        date = clock.today();
        Map<String, String> byCode = new LinkedHashMap<>();
        for (DoctorView d : doctors.active(null)) {
            d.services().forEach(s -> byCode.put(s.code(), s.name()));
        }
        services = byCode;
        refresh();
    }

    /** Rereads the day (and a search); also called by the live update. */
    public void refresh() {
        List<DayPlan> read = Feedback.attempt(() -> queries.calendar(date, serviceCode), null);
        plans = read == null ? List.of() : read;
        if (searchText != null && !searchText.isBlank()) {
            find();
        }
    }

    public void previousDay() {
        date = date.minusDays(1);
        refresh();
    }

    public void nextDay() {
        date = date.plusDays(1);
        refresh();
    }

    public void today() {
        date = clock.today();
        refresh();
    }

    public void prepareBooking(DayPlan plan, DayPlan.Row row) {
        bookDoctorId = plan.doctor().id();
        bookDoctorName = plan.doctor().name() + " · " + plan.date() + " " + row.time();
        bookStart = row.start();
        patientName = null;
        phone = null;
        reason = null;
        language = "en";
    }

    public void book() {
        AppointmentView booked = Feedback.attempt(() -> booking.book(new BookingRequest(bookDoctorId, serviceCode, bookStart,
                patientName, phone, language, reason, null)), null);
        if (booked != null) {
            Feedback.info(Messages.text("appointments.booked").replace("{0}", booked.reference()).replace("{1}", booked.time()));
            refresh();
        }
    }

    public void checkIn(String key) {
        CheckedIn done = Feedback.attempt(() -> checkIn.checkIn(key), null);
        if (done != null) {
            lastCheckIn = done;
            Feedback.info(Messages.text("appointments.checkedIn").replace("{0}", done.number()).replace("{1}", done.roomName()));
            refresh();
        }
    }

    public void cancel(String key) {
        if (Feedback.run(() -> booking.cancel(key, Messages.text("appointments.cancelledAtReception")), Messages.text("appointments.cancelled"))) {
            refresh();
        }
    }

    public void prepareMove(AppointmentView appointment) {
        moveKey = appointment.reference();
        moveDoctorId = appointment.doctorId();
        moveDate = appointment.date();
        moveStart = null;
        loadMoveSlots();
    }

    public void loadMoveSlots() {
        var day = Feedback.attempt(() -> slots.freeSlots(moveDoctorId, moveDate), null);
        moveSlots = day == null ? List.of() : day.slots();
    }

    public void move() {
        if (moveStart == null) {
            Feedback.error(Messages.text("appointments.chooseTime"));
            return;
        }
        AppointmentView moved = Feedback.attempt(() -> booking.reschedule(moveKey,
                new RescheduleRequest(Instant.parse(moveStart), null, Messages.text("appointments.movedAtReception"))), null);
        if (moved != null) {
            Feedback.info(Messages.text("appointments.moved").replace("{0}", moved.reference()).replace("{1}", moved.date() + " " + moved.time()));
            refresh();
        }
    }

    /**
     * Digits (and +) search by phone; anything else by reference, scanned link or name on the chosen day. A
     * reference made only of digits ("2345-6789") looks like a phone: when the phone finds nothing, it is
     * tried as a reference too.
     */
    public void find() {
        String text = searchText == null ? "" : searchText.strip();
        boolean isPhone = text.matches("\\+?[0-9 ()-]{7,20}");
        List<AppointmentView> result = isPhone ? Feedback.attempt(() -> queries.search(null, null, text, null), null) : null;
        if (result == null || result.isEmpty()) {
            result = Feedback.attempt(() -> queries.search(date, null, null, text), null);
        }
        found = result == null ? List.of() : result;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date == null ? clock.today() : date;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public Map<String, String> getServices() {
        return services;
    }

    public List<DayPlan> getPlans() {
        return plans;
    }

    public String getBookDoctorName() {
        return bookDoctorName;
    }

    public String getPatientName() {
        return patientName;
    }

    public void setPatientName(String patientName) {
        this.patientName = patientName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<String> getLanguages() {
        return ReceptionPage.PATIENT_LANGUAGES;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getMoveKey() {
        return moveKey;
    }

    public LocalDate getMoveDate() {
        return moveDate;
    }

    public void setMoveDate(LocalDate moveDate) {
        this.moveDate = moveDate;
    }

    public String getMoveStart() {
        return moveStart;
    }

    public void setMoveStart(String moveStart) {
        this.moveStart = moveStart;
    }

    public List<SlotView> getMoveSlots() {
        return moveSlots;
    }

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText;
    }

    public List<AppointmentView> getFound() {
        return found;
    }

    public CheckedIn getLastCheckIn() {
        return lastCheckIn;
    }
}
