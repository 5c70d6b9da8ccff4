/** Faces backing beans of the staff console and the public pages, one per screen, thin: they call the EJBs. */
package org.clinicqueue.interfaces.web;
