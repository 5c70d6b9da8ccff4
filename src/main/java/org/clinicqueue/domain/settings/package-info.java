/** Hospital-wide settings that admins change at run time (time zone, recall limit, privacy mode...). */
package org.clinicqueue.domain.settings;
