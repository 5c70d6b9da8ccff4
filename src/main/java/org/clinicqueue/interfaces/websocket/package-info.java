/**
 * Live updates pushed to browsers over Jakarta WebSocket: display screens in the halls
 * ({@code /ws/displays/{code}}) and patients' phones, each following its own ticket only
 * ({@code /ws/tickets/{trackingId}}). Sends are asynchronous; a slow or dead connection is dropped, never waited for.
 */
package org.clinicqueue.interfaces.websocket;
