package org.clinicqueue.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/** Creates fresh services and counters through the admin API, for black-box tests. */
public final class ApiFixture {

    private final Http admin;

    public ApiFixture(Http http) {
        this.admin = http.as(DemoAccounts.ADMIN, DemoAccounts.ADMIN_PASSWORD);
    }

    public String service(String prefix) {
        String code = QueueFixture.code("A");
        HttpResponse<String> created = admin.postJson("api/admin/services",
                "{\"code\":\"" + code + "\",\"prefix\":\"" + prefix + "\",\"name\":\"API " + code + "\",\"expectedMinutes\":6}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return code;
    }

    /** @return the new counter's id */
    public long counter(String... serviceCodes) {
        String code = QueueFixture.code("K");
        StringBuilder services = new StringBuilder();
        for (String s : serviceCodes) {
            services.append(services.length() == 0 ? "" : ",").append('"').append(s).append('"');
        }
        HttpResponse<String> created = admin.postJson("api/admin/counters",
                "{\"code\":\"" + code + "\",\"name\":\"Desk " + code + "\",\"serviceCodes\":[" + services + "]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject counter = Http.json(created);
        return counter.getJsonNumber("id").longValue();
    }
}
