package factcheck.core.report;

import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/**
 * The Jackson mapper of the JSON reports. Annotation records are written generically, so it must
 * cope with whatever components they hold: java.time values become ISO strings and Optionals their
 * content (the jsr310 and jdk8 modules are not on the class path, and we want no more jars).
 */
final class ReportMapper {

    static final ObjectMapper MAPPER = create();

    private ReportMapper() {
    }

    private static ObjectMapper create() {
        SimpleModule module = new SimpleModule("factcheck-report");
        module.addSerializer(TemporalAccessor.class, ToStringSerializer.instance);
        module.addSerializer(TemporalAmount.class, ToStringSerializer.instance);
        module.addSerializer(ZoneId.class, ToStringSerializer.instance);
        module.addSerializer(new OptionalSerializer());
        return JsonMapper.builder()
                .addModule(module)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }

    /** Removes null-valued fields at every depth, as the annotation JSON omits nulls. */
    static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().removeIf(field -> field.getValue().isNull());
            object.properties().forEach(field -> withoutNulls(field.getValue()));
        } else if (node != null && node.isArray()) {
            node.forEach(ReportMapper::withoutNulls);
        }
        return node;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class OptionalSerializer extends StdSerializer<Optional> {

        private static final long serialVersionUID = 1L;

        OptionalSerializer() {
            super(Optional.class);
        }

        @Override
        public void serialize(Optional value, JsonGenerator gen, SerializerProvider provider) throws java.io.IOException {
            if (value.isPresent()) {
                provider.defaultSerializeValue(value.get(), gen);
            } else {
                gen.writeNull();
            }
        }
    }
}
