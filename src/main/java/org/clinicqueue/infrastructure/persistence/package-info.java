/** The database: schema migrations at deployment and transparent retry of deadlocked transactions. */
package org.clinicqueue.infrastructure.persistence;
