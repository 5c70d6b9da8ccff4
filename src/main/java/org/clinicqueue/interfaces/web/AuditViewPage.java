package org.clinicqueue.interfaces.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.clinicqueue.application.audit.AuditFilter;
import org.clinicqueue.application.audit.AuditLine;
import org.clinicqueue.application.audit.AuditQueries;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.domain.audit.AuditAction;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * {@code /console/supervisor/audit.xhtml}: the audit trail, filtered by day, staff, ticket, counter and action,
 * read page by page from {@link AuditQueries} (the table never loads the whole trail), and exported as CSV
 * with the same filter.
 */
@Named
@ViewScoped
public class AuditViewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditQueries audit;

    @Inject
    private HospitalClock clock;

    private LocalDate from;
    private LocalDate to;
    private String actor;
    private String ticketNumber;
    private String counter;
    private AuditAction action;

    private final LazyDataModel<AuditLine> lines = new Lines();

    /** The filter as entered; the table reloads from its first page. */
    public AuditFilter getFilter() {
        return new AuditFilter(from, to, actor, ticketNumber, counter, action);
    }

    public StreamedContent getCsv() {
        List<AuditLine> exported = Feedback.attempt(() -> audit.export(getFilter()), null);
        byte[] csv = AuditCsv.of(exported == null ? List.of() : exported, clock.zone()).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("clinicqueue-audit-" + clock.today() + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) csv.length)
                .stream(() -> new ByteArrayInputStream(csv))
                .build();
    }

    /** Shows the first page of what the new filter matches. */
    public void apply() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent("audit:lines");
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public void clear() {
        from = null;
        to = null;
        actor = null;
        ticketNumber = null;
        counter = null;
        action = null;
        apply();
    }

    /** Pages of the audit trail for the table; each page is one EJB call with the current filter. */
    private final class Lines extends LazyDataModel<AuditLine> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            Long total = Feedback.attempt(() -> audit.count(getFilter()), null);
            return total == null ? 0 : (int) Math.min(Integer.MAX_VALUE, total);
        }

        @Override
        public List<AuditLine> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            List<AuditLine> page = Feedback.attempt(() -> audit.search(getFilter(), first, pageSize), null);
            return page == null ? List.of() : page;
        }

        @Override
        public String getRowKey(AuditLine line) {
            return String.valueOf(line.id());
        }
    }

    public LazyDataModel<AuditLine> getLines() {
        return lines;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public void setTicketNumber(String ticketNumber) {
        this.ticketNumber = ticketNumber;
    }

    public String getCounter() {
        return counter;
    }

    public void setCounter(String counter) {
        this.counter = counter;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }
}
