/** Staff accounts: creation by admins, password changes and resets, the first admin of a new installation. */
package org.clinicqueue.application.staff;
