/** Developer tooling that never ships in the WAR: the local stack (embedded MariaDB and WildFly) behind the demo and the benchmark. */
package org.clinicqueue.devtools;
