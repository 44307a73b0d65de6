package dev.hearth.platform.mongo;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The {@code views} health component, in every service's readiness: DOWN until each of its views
 * has caught up with its source once since start. A new layout version rebuilds its view from the
 * beginning into fresh collections, and a half-built view would answer wrongly; once caught up a
 * view stays UP (falling behind under load is a lag, measured by {@code hearth_view_lag_seconds},
 * not unreadiness).
 */
class ViewsHealth extends AbstractHealthIndicator {

    private final ObjectProvider<ViewProgress> views;
    private final ObjectProvider<ViewProgress.Source> sources;

    ViewsHealth(ObjectProvider<ViewProgress> views, ObjectProvider<ViewProgress.Source> sources) {
        super("The views could not be checked");
        this.views = views;
        this.sources = sources;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        List<ViewProgress> all = new ArrayList<>();
        views.orderedStream().forEach(all::add);
        sources.orderedStream().forEach(source -> all.addAll(source.views()));
        boolean ready = true;
        for (ViewProgress view : all) {
            builder.withDetail(view.view(), view.status());
            ready &= view.caughtUp();
        }
        if (ready) {
            builder.up();
        } else {
            builder.down();
        }
    }
}
