/** The use cases, as EJB session beans: each public method is one transaction with its own role check. */
package org.clinicqueue.application;
