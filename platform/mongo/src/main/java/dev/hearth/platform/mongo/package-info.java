/** Read models in MongoDB: the service's database, from Boot's sync-driver {@code MongoClient}. */
@NullMarked
package dev.hearth.platform.mongo;

import org.jspecify.annotations.NullMarked;
