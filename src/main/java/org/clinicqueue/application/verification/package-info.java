/**
 * Phone verification for self-service joins: sending a one-time code (with its cooldown and limits), checking
 * what the patient types (wrong tries are counted even though the join is refused), and the rule, applied
 * inside the issuing transaction, that consumes the code exactly once. Admins switch it on per service.
 */
package org.clinicqueue.application.verification;
