/** Promise infrastructure: the mapping of a promise's events to the public commitment events, and the durable promise-due deadlines (db-scheduler in the service's PostgreSQL) with their meters. */
@NullMarked
package dev.hearth.commitment.promise.adapter;

import org.jspecify.annotations.NullMarked;
