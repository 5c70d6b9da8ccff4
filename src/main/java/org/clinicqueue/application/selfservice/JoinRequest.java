package org.clinicqueue.application.selfservice;

/**
 * What the join page sends.
 *
 * @param code the one-time code from the SMS, for services that verify phones; ignored otherwise
 */
public record JoinRequest(String serviceCode, String patientName, String phone, String language, String code) {
}
