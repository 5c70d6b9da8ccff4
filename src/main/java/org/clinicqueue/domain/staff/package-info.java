/** Staff accounts, their roles and the rules for their passwords. */
package org.clinicqueue.domain.staff;
