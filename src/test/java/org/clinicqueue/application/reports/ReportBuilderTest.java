package org.clinicqueue.application.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportBuilderTest {

    @Test
    void totalsAndBreakdownsAreHandChecked() {
        Report r = SampleReports.small();
        Figures t = r.totals();

        assertThat(t.arrivals()).isEqualTo(6);
        assertThat(t.served()).isEqualTo(3);
        assertThat(t.noShows()).isEqualTo(1);
        assertThat(t.cancelled()).isEqualTo(1);
        assertThat(t.transferredOut()).isEqualTo(1);
        assertThat(t.called()).isEqualTo(5);
        // waits 5, 10, 20, 40, 60: average 27, median (rank 3) 20, p90 (rank 5) 60
        assertThat(t.waiting().averageMinutes()).isEqualTo(27.0);
        assertThat(t.waiting().medianMinutes()).isEqualTo(20.0);
        assertThat(t.waiting().p90Minutes()).isEqualTo(60.0);
        assertThat(t.waiting().maxMinutes()).isEqualTo(60.0);
        assertThat(t.withinTarget()).isEqualTo(3);
        assertThat(t.withinTargetPercent()).isEqualTo(60.0);
        // service times 5, 10, 2 minutes
        assertThat(t.service().averageMinutes()).isEqualTo(5.7);
        assertThat(t.service().medianMinutes()).isEqualTo(5.0);
        assertThat(t.feedback().count()).isEqualTo(2);
        assertThat(t.feedback().average()).isEqualTo(4.0);

        assertThat(r.services()).extracting(GroupFigures::key).containsExactly("OPD", "LAB");
        assertThat(r.service("LAB").figures().arrivals()).isEqualTo(3);
        assertThat(r.counters()).extracting(GroupFigures::key).containsExactly("R1", "R2", null);
        assertThat(r.counters().get(0).figures().served()).isEqualTo(2);
        assertThat(r.staff()).as("by name: \"=Dr Rao\" before \"Clerk One\"").extracting(GroupFigures::key).containsExactly("doctor", "clerk", null);
        assertThat(r.days()).hasSize(1);
        assertThat(r.hours().get(9).arrivals()).isEqualTo(2);
        assertThat(r.hours().get(9).averageWaitMinutes()).isEqualTo(7.5);
        assertThat(r.hours().get(10).calls()).isEqualTo(2);
        assertThat(r.hours().get(12).calls()).as("arrived at 11, called at 12").isEqualTo(1);
        assertThat(r.waitDistribution().get(0).count()).as("0-5 min").isEqualTo(1);
        assertThat(r.waitDistribution().stream().mapToLong(b -> b.count()).sum()).isEqualTo(5);
    }
}
