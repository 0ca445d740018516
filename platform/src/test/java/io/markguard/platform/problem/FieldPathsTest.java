package io.markguard.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldPathsTest {

    @Test
    void jsonPathsJoinNamesWithDotsAndPutPositionsInBrackets() {
        assertEquals("evidence.urls[2]", FieldPaths.of(List.of(
                new JsonMappingException.Reference(null, "evidence"),
                new JsonMappingException.Reference(null, "urls"),
                new JsonMappingException.Reference(null, 2))));
        assertEquals("items[0].listingId", FieldPaths.of(List.of(
                new JsonMappingException.Reference(null, "items"),
                new JsonMappingException.Reference(null, 0),
                new JsonMappingException.Reference(null, "listingId"))));
        assertEquals("[3]", FieldPaths.of(List.of(new JsonMappingException.Reference(null, 3))));
        assertEquals("", FieldPaths.of(List.of()));
    }
}
