/** What patients say about their visit: a rating from 1 to 5 and an optional comment, once per ticket. */
package org.clinicqueue.domain.feedback;
