/**
 * Patients joining from their own phone: the services they can join now with their wait, and joining itself
 * (phone verification where the service asks for it, then the ordinary issuing rules: opening hours, daily
 * limit, one active ticket per phone per service).
 */
package org.clinicqueue.application.selfservice;
