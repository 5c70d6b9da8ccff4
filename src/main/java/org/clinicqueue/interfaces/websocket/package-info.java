/**
 * Live updates pushed to browsers over Jakarta WebSocket. {@code /ws/tickets/{trackingId}}: a patient's
 * phone follows its own ticket, and only that ticket (see {@link org.clinicqueue.interfaces.websocket.PhoneConnections}).
 */
package org.clinicqueue.interfaces.websocket;
