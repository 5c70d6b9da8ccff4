/** Plumbing the model does not see: schema migrations, retries, messaging between nodes. */
package org.clinicqueue.infrastructure;
