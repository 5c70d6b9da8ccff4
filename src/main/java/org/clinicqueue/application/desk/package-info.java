/** The counter desk's reads: which counter a clerk or doctor works at, and everything their screen shows. */
package org.clinicqueue.application.desk;
