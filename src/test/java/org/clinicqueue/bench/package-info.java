/**
 * The benchmark and fault harness behind {@code mvn -Pbench package}: drives the real HTTP and WebSocket
 * endpoints of a locally started server (embedded MariaDB, WildFly) from client threads on this machine's
 * loopback, bounded in count and time, and writes its figures to {@code docs/benchmarks.md}.
 */
package org.clinicqueue.bench;
