/** The ClinicQueue model: entities, value objects and the queue's rules, usable without a container. */
package org.clinicqueue.domain;
