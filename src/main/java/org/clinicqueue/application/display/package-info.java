/**
 * Display screens: their administration, the supervisors' messages, the announcement texts, and the state a
 * screen shows (built from the database, so a restarted server or a reconnecting screen loses nothing).
 */
package org.clinicqueue.application.display;
