package dev.hearth.journal.couple.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code hearth.invites.ttl}: how long an invite code stays valid (default 7 days). */
@ConfigurationProperties("hearth.invites")
record InviteProperties(@DefaultValue("7d") Duration ttl) {
}
