package org.clinicqueue.domain.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicqueue.domain.audit.AuditAction.SERVICE_STARTED;
import static org.clinicqueue.domain.audit.AuditAction.TICKET_CALLED;
import static org.clinicqueue.domain.audit.AuditAction.TICKET_CALLED_OUT_OF_ORDER;
import static org.clinicqueue.domain.audit.AuditAction.TICKET_CANCELLED;
import static org.clinicqueue.domain.audit.AuditAction.TICKET_COMPLETED;
import static org.clinicqueue.domain.audit.AuditAction.TICKET_HELD;
import static org.clinicqueue.domain.audit.AuditAction.TICKET_ISSUED;
import static org.clinicqueue.domain.audit.AuditAction.TICKET_NO_SHOW;
import static org.clinicqueue.domain.audit.AuditAction.TICKET_RECALLED;
import static org.clinicqueue.domain.audit.AuditAction.TICKET_REQUEUED_AFTER_NO_SHOW;
import static org.clinicqueue.domain.audit.AuditAction.TICKET_RESUMED;
import static org.clinicqueue.domain.audit.AuditAction.TICKET_TRANSFERRED;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.clinicqueue.domain.audit.AuditAction;
import org.junit.jupiter.api.Test;

class VisitTimelineTest {

    static final long OPD = 1;
    static final long LAB = 2;
    static final Instant T0 = Instant.parse("2026-03-02T04:00:00Z");

    private final List<TicketEvent> trail = new ArrayList<>();

    private VisitTimelineTest at(int minute, AuditAction action, long service, Long counter, String actor) {
        trail.add(new TicketEvent(7, T0.plusSeconds(minute * 60L), trail.size() + 1, action, service, counter, actor));
        return this;
    }

    private VisitTimelineTest at(int minute, AuditAction action, long service) {
        return at(minute, action, service, null, "reception");
    }

    @Test
    void aServedVisitWaitsFromIssueToCallAndIsServedFromStartToCompletion() {
        at(0, TICKET_ISSUED, OPD).at(12, TICKET_CALLED, OPD, 10L, "clerk").at(13, TICKET_RECALLED, OPD, 10L, "clerk")
                .at(14, SERVICE_STARTED, OPD, 10L, "clerk").at(20, TICKET_COMPLETED, OPD, 10L, "clerk");

        List<ServiceVisit> visits = VisitTimeline.visitsOf(trail);

        assertThat(visits).hasSize(1);
        ServiceVisit v = visits.get(0);
        assertThat(v.outcome()).isEqualTo(VisitOutcome.SERVED);
        assertThat(v.arrival()).isEqualTo(ArrivalKind.ISSUED);
        assertThat(v.waitSeconds()).isEqualTo(12 * 60);
        assertThat(v.serviceSeconds()).isEqualTo(6 * 60);
        assertThat(v.counterId()).isEqualTo(10L);
        assertThat(v.staff()).isEqualTo("clerk");
    }

    @Test
    void completingWithoutStartCountsFromTheCall() {
        at(0, TICKET_ISSUED, OPD).at(5, TICKET_CALLED, OPD, 10L, "clerk").at(8, TICKET_COMPLETED, OPD, 10L, "clerk");

        assertThat(VisitTimeline.visitsOf(trail).get(0).serviceSeconds()).isEqualTo(3 * 60);
    }

    @Test
    void aTransferMakesOneVisitInEachServiceWithTheWaitFromArrivalThere() {
        at(0, TICKET_ISSUED, OPD).at(10, TICKET_CALLED, OPD, 10L, "doctor").at(11, SERVICE_STARTED, OPD, 10L, "doctor")
                .at(21, TICKET_TRANSFERRED, LAB, 10L, "doctor")
                .at(51, TICKET_CALLED, LAB, 20L, "tech").at(52, SERVICE_STARTED, LAB, 20L, "tech").at(55, TICKET_COMPLETED, LAB, 20L, "tech");

        List<ServiceVisit> visits = VisitTimeline.visitsOf(trail);

        assertThat(visits).extracting(ServiceVisit::serviceId).containsExactly(OPD, LAB);
        ServiceVisit opd = visits.get(0);
        ServiceVisit lab = visits.get(1);
        assertThat(opd.outcome()).isEqualTo(VisitOutcome.TRANSFERRED_OUT);
        assertThat(opd.waitSeconds()).isEqualTo(10 * 60);
        assertThat(opd.serviceSeconds()).isNull();
        assertThat(lab.arrival()).isEqualTo(ArrivalKind.TRANSFERRED_IN);
        assertThat(lab.arrivedAt()).isEqualTo(T0.plusSeconds(21 * 60));
        assertThat(lab.waitSeconds()).isEqualTo(30 * 60);
        assertThat(lab.serviceSeconds()).isEqualTo(3 * 60);
        assertThat(lab.outcome()).isEqualTo(VisitOutcome.SERVED);
    }

    @Test
    void comingBackToAServiceReopensItsVisitInsteadOfCountingItTwice() {
        at(0, TICKET_ISSUED, OPD).at(10, TICKET_CALLED, OPD, 10L, "doctor").at(11, SERVICE_STARTED, OPD, 10L, "doctor")
                .at(15, TICKET_TRANSFERRED, LAB, 10L, "doctor")
                .at(25, TICKET_CALLED, LAB, 20L, "tech").at(30, TICKET_TRANSFERRED, OPD, 20L, "tech")
                .at(40, TICKET_CALLED, OPD, 11L, "doctor2").at(41, SERVICE_STARTED, OPD, 11L, "doctor2").at(43, TICKET_COMPLETED, OPD, 11L, "doctor2");

        List<ServiceVisit> visits = VisitTimeline.visitsOf(trail);

        assertThat(visits).hasSize(2);
        ServiceVisit opd = visits.get(0);
        assertThat(opd.serviceId()).isEqualTo(OPD);
        assertThat(opd.outcome()).isEqualTo(VisitOutcome.SERVED);
        assertThat(opd.waitSeconds()).as("first arrival to first call in OPD").isEqualTo(10 * 60);
        assertThat(opd.serviceSeconds()).as("4 min before the lab, 2 after").isEqualTo(6 * 60);
        assertThat(opd.counterId()).isEqualTo(11L);
        assertThat(opd.staff()).isEqualTo("doctor2");
        assertThat(visits.get(1).outcome()).isEqualTo(VisitOutcome.TRANSFERRED_OUT);
        assertThat(visits.get(1).serviceSeconds()).isNull();
    }

    @Test
    void aTransferToACounterOfTheSameServiceIsNoNewVisit() {
        at(0, TICKET_ISSUED, OPD).at(5, TICKET_CALLED, OPD, 10L, "clerk").at(6, TICKET_TRANSFERRED, OPD, 10L, "clerk")
                .at(20, TICKET_CALLED, OPD, 11L, "doctor").at(30, TICKET_COMPLETED, OPD, 11L, "doctor");

        List<ServiceVisit> visits = VisitTimeline.visitsOf(trail);

        assertThat(visits).hasSize(1);
        assertThat(visits.get(0).arrival()).isEqualTo(ArrivalKind.ISSUED);
        assertThat(visits.get(0).waitSeconds()).isEqualTo(5 * 60);
        assertThat(visits.get(0).serviceSeconds()).as("1 min at the clerk, 10 at the doctor").isEqualTo(11 * 60);
    }

    @Test
    void aMissedCallThatIsCalledAgainKeepsTheFirstWaitAndCountsNoServiceForTheMissedAttendance() {
        at(0, TICKET_ISSUED, OPD).at(10, TICKET_CALLED, OPD, 10L, "clerk").at(12, TICKET_REQUEUED_AFTER_NO_SHOW, OPD, 10L, "clerk")
                .at(30, TICKET_CALLED, OPD, 11L, "other").at(31, SERVICE_STARTED, OPD, 11L, "other").at(35, TICKET_COMPLETED, OPD, 11L, "other");

        ServiceVisit v = VisitTimeline.visitsOf(trail).get(0);

        assertThat(v.waitSeconds()).isEqualTo(10 * 60);
        assertThat(v.serviceSeconds()).isEqualTo(4 * 60);
        assertThat(v.counterId()).as("the last call's counter").isEqualTo(11L);
        assertThat(v.outcome()).isEqualTo(VisitOutcome.SERVED);
    }

    @Test
    void aFinalNoShowIsANoShow() {
        at(0, TICKET_ISSUED, OPD).at(10, TICKET_CALLED_OUT_OF_ORDER, OPD, 10L, "clerk").at(12, TICKET_NO_SHOW, OPD, 10L, "clerk");

        ServiceVisit v = VisitTimeline.visitsOf(trail).get(0);

        assertThat(v.outcome()).isEqualTo(VisitOutcome.NO_SHOW);
        assertThat(v.waitSeconds()).isEqualTo(10 * 60);
        assertThat(v.serviceSeconds()).isNull();
        assertThat(v.endedAt()).isEqualTo(T0.plusSeconds(12 * 60));
    }

    @Test
    void holdAndBringBackAddTheServedParts() {
        at(0, TICKET_ISSUED, OPD).at(5, TICKET_CALLED, OPD, 10L, "doctor").at(6, SERVICE_STARTED, OPD, 10L, "doctor")
                .at(9, TICKET_HELD, OPD, 10L, "doctor").at(40, TICKET_RESUMED, OPD, 10L, "doctor").at(40, TICKET_CALLED, OPD, 10L, "doctor")
                .at(41, SERVICE_STARTED, OPD, 10L, "doctor").at(43, TICKET_COMPLETED, OPD, 10L, "doctor");

        ServiceVisit v = VisitTimeline.visitsOf(trail).get(0);

        assertThat(v.serviceSeconds()).isEqualTo(5 * 60);
        assertThat(v.waitSeconds()).isEqualTo(5 * 60);
    }

    @Test
    void cancelledWhileWaitingHasNoWaitAndOpenTicketsStayOpen() {
        at(0, TICKET_ISSUED, OPD).at(50, TICKET_CANCELLED, OPD);
        ServiceVisit cancelled = VisitTimeline.visitsOf(trail).get(0);
        assertThat(cancelled.outcome()).isEqualTo(VisitOutcome.CANCELLED);
        assertThat(cancelled.waitSeconds()).isNull();

        trail.clear();
        at(0, TICKET_ISSUED, OPD).at(3, TICKET_CALLED, OPD, 10L, "clerk");
        ServiceVisit open = VisitTimeline.visitsOf(trail).get(0);
        assertThat(open.outcome()).isEqualTo(VisitOutcome.OPEN);
        assertThat(open.waitSeconds()).isEqualTo(180);
        assertThat(open.serviceSeconds()).isNull();
    }
}
