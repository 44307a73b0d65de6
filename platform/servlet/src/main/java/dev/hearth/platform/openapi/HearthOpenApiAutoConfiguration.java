package dev.hearth.platform.openapi;

import dev.hearth.platform.security.Caller;
import dev.hearth.platform.time.Horizon;
import dev.hearth.platform.web.IdempotencyKeyHeader;
import dev.hearth.platform.web.ScheduledTime;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * The API document every service serves at {@code /v3/api-docs} (springdoc; the UI is the gateway's):
 * bearer authentication on every operation, the problem+json answers of each ({@link ProblemDocumentation}),
 * the one {@code Problem} schema, and the server as clients see it, the gateway's root, so the
 * document does not change with the port a test happened to get.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(OpenAPI.class)
public class HearthOpenApiAutoConfiguration {

    static final String BEARER = "bearer";

    static {
        // The caller comes from the token, not from the request's parameters.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
        // A create's Idempotency-Key argument is documented as the header it is (ProblemDocumentation).
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(IdempotencyKeyHeader.class);
    }

    @Bean
    @ConditionalOnMissingBean
    OpenAPI hearthOpenApi(@Value("${spring.application.name:hearth}") String service) {
        return new OpenAPI()
                .info(new Info().title("Hearth " + service).version("v1")
                        .description("Through the gateway, with Authorization: Bearer <JWT>. Errors are application/problem+json"
                                + " (RFC 9457), each with a stable type from docs/errors.md."))
                .servers(List.of(new Server().url("/").description("the gateway")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT"))
                        .addSchemas(ProblemDocumentation.PROBLEM_SCHEMA, problemSchema()));
    }

    @Bean
    OperationCustomizer hearthProblemDocumentation() {
        return new ProblemDocumentation();
    }

    /** A date that schedules says its bound, which bean validation alone cannot tell springdoc. */
    @Bean
    PropertyCustomizer hearthScheduledTimeDocumentation() {
        return (schema, type) -> {
            if (type.getCtxAnnotations() != null
                    && Arrays.stream(type.getCtxAnnotations()).anyMatch(annotation -> annotation instanceof ScheduledTime)) {
                schema.setDescription("A date-time with offset that " + Horizon.RULE + ".");
            }
            return schema;
        };
    }

    private static Schema<?> problemSchema() {
        Schema<?> field = new ObjectSchema()
                .addProperty("field", new StringSchema().description("the field, parameter or header, e.g. dueAt or Idempotency-Key"))
                .addProperty("message", new StringSchema());
        return new ObjectSchema()
                .description("RFC 9457 problem details; type is one of the catalogue in docs/errors.md")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("correlationId", new StringSchema())
                .addProperty("errors", new io.swagger.v3.oas.models.media.ArraySchema().items(field));
    }
}
