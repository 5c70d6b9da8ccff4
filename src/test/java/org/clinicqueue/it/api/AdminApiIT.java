package org.clinicqueue.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import org.clinicqueue.it.support.DemoAccounts;
import org.clinicqueue.it.support.Deployments;
import org.clinicqueue.it.support.Http;
import org.clinicqueue.it.support.ItDatabase;
import org.clinicqueue.it.support.QueueFixture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Services, counters and settings through the admin API: validation, conflicts, roles and the audit trail. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blackBox();
    }

    @ArquillianResource
    URL base;

    Http admin;
    Http supervisor;

    @BeforeEach
    void clients() {
        admin = Http.to(base).as(DemoAccounts.ADMIN, DemoAccounts.ADMIN_PASSWORD);
        supervisor = Http.to(base).as(DemoAccounts.SUPERVISOR, DemoAccounts.SUPERVISOR_PASSWORD);
    }

    @Test
    void servicesAreValidatedAndCodesAreUnique() {
        String code = QueueFixture.code("V");
        String body = "{\"code\":\"" + code + "\",\"prefix\":\"VX\",\"name\":\"Vaccination\",\"openDays\":\"MON,TUE\","
                + "\"opensAt\":\"08:00\",\"closesAt\":\"12:30\",\"dailyLimit\":40,\"expectedMinutes\":4}";

        assertThat(admin.postJson("api/admin/services", body).statusCode()).isEqualTo(201);
        assertThat(admin.postJson("api/admin/services", body).statusCode()).isEqualTo(409);
        assertThat(admin.postJson("api/admin/services", body.replace("\"VX\"", "\"V1\"").replace(code, code + "Z")).statusCode())
                .as("prefix must be letters").isEqualTo(400);
        assertThat(admin.postJson("api/admin/services", body.replace("12:30", "25:00").replace(code, code + "Y")).statusCode()).isEqualTo(400);
        assertThat(admin.postJson("api/admin/services", body.replace("MON,TUE", "MON,FUNDAY").replace(code, code + "X")).statusCode()).isEqualTo(400);
        assertThat(supervisor.postJson("api/admin/services", body.replace(code, code + "W")).statusCode()).isEqualTo(403);
        assertThat(ItDatabase.single("SELECT COUNT(*) FROM clinic_service WHERE code LIKE ?", code + "%")).hasToString("1");
        assertThat(ItDatabase.single("SELECT actor FROM audit_event WHERE action = 'SERVICE_CREATED' AND details LIKE ?", "service " + code + "%"))
                .isEqualTo("admin");
    }

    @Test
    void aDeactivatedServiceStopsTakingPatientsButKeepsItsRecord() {
        String code = QueueFixture.code("V");
        admin.postJson("api/admin/services", "{\"code\":\"" + code + "\",\"prefix\":\"D\",\"name\":\"Dental\",\"expectedMinutes\":15}");

        HttpResponse<String> off = admin.putJson("api/admin/services/" + code, "{\"prefix\":\"D\",\"name\":\"Dental\",\"expectedMinutes\":15,\"active\":false}");

        assertThat(Http.json(off).getBoolean("active")).isFalse();
        assertThat(Http.to(base).postJson("api/tickets", "{\"serviceCode\":\"" + code + "\",\"patientName\":\"Ravi\"}").statusCode()).isEqualTo(409);
        assertThat(Http.to(base).get("api/services").body()).doesNotContain(code);
    }

    @Test
    void countersNeedKnownServices() {
        String code = QueueFixture.code("K");

        HttpResponse<String> unknown = admin.postJson("api/admin/counters", "{\"code\":\"" + code + "\",\"name\":\"Desk\",\"serviceCodes\":[\"NOSUCH\"]}");
        HttpResponse<String> none = admin.postJson("api/admin/counters", "{\"code\":\"" + code + "\",\"name\":\"Desk\",\"serviceCodes\":[]}");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(admin.postJson("api/admin/counters", "{\"code\":\"" + code + "\",\"name\":\"Desk\",\"spokenName\":\"Desk nine\",\"serviceCodes\":[\"OPD\"]}")
                .statusCode()).isEqualTo(201);
    }

    @Test
    void settingsAreCheckedAuditedAndAdminOnly() {
        try {
            HttpResponse<String> bad = admin.putJson("api/admin/settings/queue.recall-limit", "{\"value\":\"many\"}");
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(Http.json(bad).getString("detail")).contains("0 to 10");
            assertThat(admin.putJson("api/admin/settings/hospital.time-zone", "{\"value\":\"Mars/Base\"}").statusCode()).isEqualTo(400);
            assertThat(admin.putJson("api/admin/settings/no.such", "{\"value\":\"1\"}").statusCode()).isEqualTo(400);
            assertThat(supervisor.putJson("api/admin/settings/queue.recall-limit", "{\"value\":\"5\"}").statusCode()).isEqualTo(403);
            assertThat(Http.json(admin.get("api/admin/settings")).getString("queue.recall-limit")).isEqualTo("3");

            HttpResponse<String> changed = admin.putJson("api/admin/settings/queue.recall-limit", "{\"value\":\"5\"}");

            assertThat(Http.json(changed).getString("queue.recall-limit")).isEqualTo("5");
            assertThat(ItDatabase.single("SELECT details FROM audit_event WHERE action = 'SETTING_CHANGED' ORDER BY id DESC LIMIT 1"))
                    .asString().contains("queue.recall-limit").contains("→ 5");
        } finally {
            admin.putJson("api/admin/settings/queue.recall-limit", "{\"value\":\"3\"}");
        }
    }
}
