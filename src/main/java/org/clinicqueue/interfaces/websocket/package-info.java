/**
 * Jakarta WebSocket endpoints that push to screens: display screens in the halls ({@code /ws/displays/{code}}).
 * Sends are asynchronous and ordered per connection; a slow or dead connection is dropped, never waited for.
 */
package org.clinicqueue.interfaces.websocket;
