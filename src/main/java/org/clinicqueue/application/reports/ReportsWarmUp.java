package org.clinicqueue.application.reports;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.domain.staff.Role;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * A few seconds after the application starts, computes yesterday's report once (from the nightly summary:
 * cheap), so the classes, queries and code paths of reports are loaded and compiled before the first manager
 * asks, instead of during their request. Failing changes nothing: the first real report pays instead.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
@RunAs(Role.Names.ADMIN)
@RunAsPrincipal("reports-warm-up")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReportsWarmUp {

    private static final Logger LOG = Logger.getLogger(ReportsWarmUp.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private ReportQueries reports;

    @Inject
    private HospitalClock clock;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(5_000, new TimerConfig(null, false));
    }

    @Timeout
    @PermitAll
    void warmUp() {
        try {
            LocalDate yesterday = clock.today().minusDays(1);
            reports.report(new ReportRequest(yesterday, yesterday, null, null, null, null));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Reports warm-up skipped", e);
        }
    }
}
