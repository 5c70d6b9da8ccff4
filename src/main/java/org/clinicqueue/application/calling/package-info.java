/** The counter desk: calling the next patient (or a specific one), recalling, serving, completing, no-shows and holds. */
package org.clinicqueue.application.calling;
