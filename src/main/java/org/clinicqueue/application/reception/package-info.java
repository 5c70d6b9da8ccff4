/** Reception's reads: finding a patient's ticket by the number on it, their name or their phone. */
package org.clinicqueue.application.reception;
