/** How people and systems reach ClinicQueue: REST resources, Faces backing beans, WebSocket endpoints. */
package org.clinicqueue.interfaces;
