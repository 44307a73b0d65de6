package dev.hearth.platform.mongo;

import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Replaces Boot's Mongo health indicator (same bean name, so Boot's backs off) with {@link ReadModelHealth},
 * and adds the {@code views} component ({@link ViewsHealth}).
 */
@AutoConfiguration(after = HearthMongoAutoConfiguration.class,
        beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration")
@ConditionalOnClass(AbstractHealthIndicator.class)
@ConditionalOnBean(name = "readModelDatabase")
public final class ReadModelHealthAutoConfiguration {

    @Bean("mongoHealthIndicator")
    @ConditionalOnMissingBean(name = "mongoHealthIndicator")
    ReadModelHealth mongoHealthIndicator(@Qualifier("readModelDatabase") MongoDatabase readModelDatabase) {
        return new ReadModelHealth(readModelDatabase);
    }

    @Bean("viewsHealthIndicator")
    @ConditionalOnMissingBean(name = "viewsHealthIndicator")
    ViewsHealth viewsHealthIndicator(ObjectProvider<ViewProgress> views, ObjectProvider<ViewProgress.Source> sources) {
        return new ViewsHealth(views, sources);
    }
}
