package dev.trainingadvisor.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trainingadvisor.api.common.GuideSectionDto;
import dev.trainingadvisor.domain.GuideSection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kept encodings are bounded per type, and values beyond the bound are still written right. */
class EncodedFragmentsLimitTest {

    @Test
    void aTypeKeepsAtMostTheLimitAndWritesEveryFurtherValueInFull() throws Exception {
        ObjectMapper plain = new ObjectMapper();
        ObjectMapper mapper = new ObjectMapper();
        new EncodedFragments().customize(mapper);
        List<GuideSectionDto> values = new ArrayList<>();
        for (int i = 0; i < EncodedFragments.MAX_PER_TYPE + 500; i++) {
            values.add(new GuideSectionDto(GuideSection.PROVIDERS, "title " + i, "heading \u6307\u5357 " + i));
        }

        for (GuideSectionDto value : values) {
            assertEquals(plain.writeValueAsString(value), mapper.writeValueAsString(value));
        }
        assertEquals(plain.writeValueAsString(values), mapper.writeValueAsString(values));

        EncodedFragments.Fragments fragments = (EncodedFragments.Fragments) mapper.getSerializerProviderInstance()
                .findValueSerializer(GuideSectionDto.class);
        assertEquals(EncodedFragments.MAX_PER_TYPE, fragments.kept());
    }
}
