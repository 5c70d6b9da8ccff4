/** The one-time creation of the first administrator on a new installation. */
package org.clinicqueue.application.setup;
