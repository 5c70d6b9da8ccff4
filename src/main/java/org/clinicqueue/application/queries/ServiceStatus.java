package org.clinicqueue.application.queries;

/** A service as the public join page and the API list it. */
public record ServiceStatus(String code, String name, String prefix, boolean open, String openingHours,
                            int waiting, int estimatedWaitMinutes, boolean paused, Integer dailyLimit, int openCounters) {
}
