/** Demo data, loaded only when the server runs with {@code -Dclinicqueue.demo=true} (never in production). */
package org.clinicqueue.application.demo;
