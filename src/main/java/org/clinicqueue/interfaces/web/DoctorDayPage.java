package org.clinicqueue.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.clinicqueue.application.appointments.AppointmentQueries;
import org.clinicqueue.application.appointments.DayPlan;
import org.clinicqueue.application.settings.HospitalClock;

/**
 * {@code /console/desk/appointments.xhtml}: a doctor's own day, slot by slot: who is booked, checked in and
 * waiting, with them, done or missed, and the free slots. Follows the queue live; calling is done on the desk.
 */
@Named
@ViewScoped
public class DoctorDayPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AppointmentQueries queries;

    @Inject
    private HospitalClock clock;

    private LocalDate date;
    private DayPlan plan;

    @PostConstruct
    void init() {
        date = clock.today();
        refresh();
    }

    public void refresh() {
        plan = Feedback.attempt(() -> queries.myDay(date), null);
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

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date == null ? clock.today() : date;
    }

    public DayPlan getPlan() {
        return plan;
    }
}
