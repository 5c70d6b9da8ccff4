/**
 * ClinicQueue: a hospital patient-queue system. Layers show in the packages: {@code domain} (the model and
 * its rules, no container needed), {@code application} (EJBs: transactions, security, events),
 * {@code infrastructure} (persistence and messaging plumbing) and {@code interfaces} (REST, Faces, WebSocket).
 */
package org.clinicqueue;
