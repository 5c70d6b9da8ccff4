/** Display screens in the waiting halls: devices, what they show (privacy), how they announce calls, supervisors' messages. */
package org.clinicqueue.domain.display;
