package org.clinicqueue.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.clinicqueue.application.sms.SmsGateways;
import org.clinicqueue.application.sms.SmsMessageView;
import org.clinicqueue.application.sms.StaffSmsOutbox;
import org.clinicqueue.domain.ClinicQueueException;

/** {@code /console/supervisor/sms-outbox.xhtml?phone=&status=}: the latest text messages and how their delivery went. */
@Named
@RequestScoped
public class SmsOutboxBacking {

    @Inject
    private StaffSmsOutbox outbox;

    @Inject
    private SmsGateways gateways;

    private List<SmsMessageView> messages;
    private String error;

    public List<SmsMessageView> getMessages() {
        if (messages == null && error == null) {
            Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
            try {
                messages = outbox.list(params.get("phone"), params.get("status"), 200);
            } catch (ClinicQueueException refused) {
                error = refused.getMessage();
                messages = List.of();
            }
        }
        return messages;
    }

    public String getError() {
        getMessages();
        return error;
    }

    public String getGateway() {
        return gateways.configuredName();
    }
}
