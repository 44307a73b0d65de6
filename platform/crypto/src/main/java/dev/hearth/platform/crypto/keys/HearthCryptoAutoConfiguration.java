package dev.hearth.platform.crypto.keys;

import dev.hearth.platform.crypto.Vault;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@link Vault} of a write service: its master key from {@code hearth.crypto.master-key}
 * ({@code HEARTH_MASTER_KEY}) and couple keys in its own PostgreSQL ({@code couple_key}, created by
 * this module's migrations), the {@link CoupleKeyShredder} over them. Refuses to start — naming the variable, never echoing the value — when
 * the key is missing, malformed, or not the one the stored couple keys were wrapped with.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"})
@ConditionalOnBean(DataSource.class)
@EnableConfigurationProperties(CryptoProperties.class)
public class HearthCryptoAutoConfiguration {

    /** A write refused its couple's key after an erasure is a 404, in services with Hearth's web edge. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "dev.hearth.platform.web.ProblemTranslator")
    static class Refusals {

        @Bean
        RefusedKeys hearthRefusedKeys() {
            return new RefusedKeys();
        }
    }

    @Bean
    MasterKey hearthMasterKey(CryptoProperties properties) {
        String configured = properties.masterKey();
        if (configured == null || configured.isBlank()) {
            throw invalid("is missing: set " + MasterKey.VARIABLE + " to 32 random bytes in base64 (e.g. `openssl rand"
                    + " -base64 32`), or to file:<path> of a file holding them; ./hearth up passes .hearth/keys/<service>-master.key");
        }
        String base64 = configured.startsWith("file:") ? read(configured) : configured;
        try {
            return MasterKey.fromBase64(base64);
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
    }

    @Bean
    JdbcCoupleKeys hearthCoupleKeys(DataSource dataSource) {
        return new JdbcCoupleKeys(new JdbcTemplate(dataSource));
    }

    /** With the service's {@link KeyCreationGuard} if it has one, else any couple may get a key. */
    @Bean
    CoupleKeyVault hearthVault(MasterKey masterKey, JdbcCoupleKeys keys, CryptoProperties properties,
                               ObjectProvider<KeyCreationGuard> guard) {
        return new CoupleKeyVault(masterKey, keys, guard.getIfAvailable(() -> KeyCreationGuard.ALLOW),
                properties.keyCacheSize(), properties.keyCacheExpiry());
    }

    @Bean
    CoupleKeyShredder hearthCoupleKeyShredder(CoupleKeyVault vault) {
        return vault.shredder();
    }

    /** After every singleton, so after Flyway migrated {@code couple_key}: one indexed lookup at start. */
    @Bean
    SmartInitializingSingleton hearthMasterKeyCheck(MasterKey masterKey, JdbcCoupleKeys keys) {
        return () -> keys.foreignMasterKey(masterKey.id()).ifPresent(other -> {
            throw invalid("is not the master key the couple keys in this database were wrapped with (they name"
                    + " master key " + other + ", this one is " + masterKey.id() + "): start the service with the"
                    + " key it had, or its texts can never be read again");
        });
    }

    private static String read(String location) {
        Resource resource = new DefaultResourceLoader().getResource(location);
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw invalid("names " + location + ", which cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static InvalidConfigurationPropertyValueException invalid(String reason) {
        String why = reason.startsWith(MasterKey.VARIABLE) ? reason : MasterKey.VARIABLE + " " + reason;
        return new InvalidConfigurationPropertyValueException(MasterKey.PROPERTY, "(hidden)", why);
    }
}
