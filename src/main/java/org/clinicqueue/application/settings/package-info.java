/** Reading and changing the hospital-wide settings, and the hospital's clock. */
package org.clinicqueue.application.settings;
