/**
 * The JSON API under {@code /api}: public endpoints for patients' phones and displays, staff endpoints with
 * HTTP Basic against the same realm as the console. Errors are {@code application/problem+json}.
 */
package org.clinicqueue.interfaces.rest;
