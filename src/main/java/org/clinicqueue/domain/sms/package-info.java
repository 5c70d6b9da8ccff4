/**
 * Text messages to patients: the kinds of message, their editable templates, the outbox row that makes
 * sending survive a failing gateway or a restart, the log of every delivery attempt and the retry schedule.
 */
package org.clinicqueue.domain.sms;
