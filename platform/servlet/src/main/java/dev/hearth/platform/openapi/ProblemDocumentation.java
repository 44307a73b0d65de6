package dev.hearth.platform.openapi;

import dev.hearth.platform.id.Ids;
import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.web.IdempotencyKey;
import dev.hearth.platform.web.IdempotencyKeyHeader;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * Adds to every operation the problem+json answers it can give, grouped by status: those every API
 * endpoint may give (401, 429 at the gateway, 500, 503), those its shape implies (400 for a body, a
 * parameter or a header; 413 for a body; 404 {@code couple-not-found} under a couple), and those its
 * {@link Answers} declares. Each status lists its types in {@code x-problem-types}.
 */
final class ProblemDocumentation implements OperationCustomizer {

    static final String PROBLEM_SCHEMA = "Problem";
    private static final Set<ProblemType> EVERY_ENDPOINT = EnumSet.of(ProblemType.UNAUTHENTICATED,
            ProblemType.RATE_LIMITED, ProblemType.INTERNAL_ERROR, ProblemType.SERVICE_UNAVAILABLE);

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Set<ProblemType> types = EnumSet.copyOf(EVERY_ENDPOINT);
        MethodParameter[] parameters = handler.getMethodParameters();
        if (Arrays.stream(parameters).anyMatch(ProblemDocumentation::isInput)) {
            types.add(ProblemType.INVALID_REQUEST);
        }
        if (Arrays.stream(parameters).anyMatch(parameter -> parameter.getParameterType() == IdempotencyKeyHeader.class)) {
            operation.addParametersItem(new HeaderParameter().name(IdempotencyKey.HEADER).required(false)
                    .description("makes a retried create safe: the same key and body answer as the first time")
                    .schema(new StringSchema().pattern(Ids.IDEMPOTENCY_KEY_PATTERN).minLength(1).maxLength(128)));
            types.add(ProblemType.INVALID_REQUEST);
        }
        if (Arrays.stream(parameters).anyMatch(parameter -> parameter.hasParameterAnnotation(RequestBody.class))) {
            types.add(ProblemType.PAYLOAD_TOO_LARGE);
        }
        // The membership check answers before the handler: everything under a couple may be 404 couple-not-found.
        if (Arrays.stream(parameters).anyMatch(parameter -> "coupleId".equals(pathVariableName(parameter)))) {
            types.add(ProblemType.COUPLE_NOT_FOUND);
        }
        Answers declared = handler.getMethodAnnotation(Answers.class);
        if (declared != null) {
            types.addAll(List.of(declared.value()));
        }

        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        Map<Integer, List<ProblemType>> byStatus = types.stream()
                .collect(Collectors.groupingBy(ProblemType::status, TreeMap::new, Collectors.toList()));
        byStatus.forEach((status, problems) -> {
            List<String> slugs = new ArrayList<>(problems.stream().map(ProblemType::slug).sorted().toList());
            ApiResponse response = new ApiResponse()
                    .description(String.join(", ", slugs))
                    .content(new Content().addMediaType("application/problem+json",
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))));
            response.addExtension("x-problem-types", problems.stream().map(ProblemType::typeUri).sorted().toList());
            responses.addApiResponse(Integer.toString(status), response);
        });
        operation.setResponses(responses);
        return operation;
    }

    private static boolean isInput(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(RequestBody.class) || parameter.hasParameterAnnotation(RequestParam.class)
                || parameter.hasParameterAnnotation(RequestHeader.class) || parameter.hasParameterAnnotation(PathVariable.class);
    }

    private static @Nullable String pathVariableName(MethodParameter parameter) {
        PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
        if (variable == null) {
            return null;
        }
        return !variable.value().isEmpty() ? variable.value() : !variable.name().isEmpty() ? variable.name() : parameter.getParameterName();
    }
}
