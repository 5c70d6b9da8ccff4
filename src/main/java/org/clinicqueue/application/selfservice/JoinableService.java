package org.clinicqueue.application.selfservice;

/** A service the join page offers: open now, with its current queue and whether a code is needed. */
public record JoinableService(String code, String name, int waiting, int estimatedWaitMinutes, boolean paused,
                              String openingHours, boolean phoneVerification) {
}
