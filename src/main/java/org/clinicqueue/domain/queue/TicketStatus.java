package org.clinicqueue.domain.queue;

import java.util.EnumSet;
import java.util.Set;

/** Where a ticket is in its life. DONE, NO_SHOW and CANCELLED are final. */
public enum TicketStatus {
    WAITING, CALLED, IN_SERVICE, DONE, NO_SHOW, CANCELLED;

    public static final Set<TicketStatus> ACTIVE = EnumSet.of(WAITING, CALLED, IN_SERVICE);

    public boolean isFinal() {
        return !ACTIVE.contains(this);
    }
}
