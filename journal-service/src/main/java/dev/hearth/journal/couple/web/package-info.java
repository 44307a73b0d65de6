/** HTTP endpoints of couples and invites: requests in, commands to the aggregate, JSON out. */
@NullMarked
package dev.hearth.journal.couple.web;

import org.jspecify.annotations.NullMarked;
