package dev.hearth.platform.test.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The types a handler method takes as {@code @RequestBody}, and every Hearth type their fields
 * hold (records inside records, element types of lists), have no field typed {@code Object}, a
 * {@code Map} or a {@code JsonNode}.
 */
final class RequestBodiesAreTyped extends ArchCondition<JavaClass> {

    private static final String REQUEST_BODY = "org.springframework.web.bind.annotation.RequestBody";
    private static final List<String> UNTYPED = List.of("java.lang.Object", "tools.jackson.databind.JsonNode",
            "com.fasterxml.jackson.databind.JsonNode");

    RequestBodiesAreTyped() {
        super("take request bodies whose fields are neither Object, a Map nor a JsonNode");
    }

    @Override
    public void check(JavaClass handler, ConditionEvents events) {
        for (JavaMethod method : handler.getMethods()) {
            for (JavaParameter parameter : method.getParameters()) {
                if (parameter.isAnnotatedWith(REQUEST_BODY)) {
                    checkFields(parameter.getRawType(), method.getFullName(), new HashSet<>(), events);
                }
            }
        }
    }

    private static void checkFields(JavaClass body, String where, Set<JavaClass> seen, ConditionEvents events) {
        if (!seen.add(body) || !body.getPackageName().startsWith("dev.hearth")) {
            return;
        }
        for (JavaField field : body.getFields()) {
            if (field.getModifiers().contains(JavaModifier.STATIC)) {
                continue;
            }
            for (JavaClass type : field.getType().getAllInvolvedRawTypes()) {
                if (untyped(type)) {
                    events.add(SimpleConditionEvent.violated(field, field.getFullName() + " of the request body of "
                            + where + " is " + type.getName() + ": give it a type of its own"));
                } else {
                    checkFields(type, where, seen, events);
                }
            }
        }
    }

    private static boolean untyped(JavaClass type) {
        return UNTYPED.contains(type.getName()) || type.isAssignableTo("java.util.Map");
    }
}
