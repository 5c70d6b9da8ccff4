package org.clinicqueue.application.supervision;

/**
 * One service's line on the supervisor board.
 *
 * @param estimatedWaitMinutes what a patient joining now is told
 * @param paused               nobody serving this queue is open now
 */
public record ServiceLoad(String code, String name, int waiting, int longestWaitMinutes, int averageWaitMinutes,
                          int servedToday, int estimatedWaitMinutes, boolean paused, int openCounters, boolean overdue) {
}
