package kiosk.site.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import kiosk.site.templates.Pagination;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListPagesTest {

    private static final Location SECTION = Location.of("/sections/world/");

    @ParameterizedTest(name = "page {0} of {1}: {2}")
    @CsvSource(delimiter = ';', value = {
            "1; 1; [1]",
            "1; 3; [1] 2 3",
            "1; 9; [1] 2 3 … 9",
            "5; 9; 1 … 3 4 [5] 6 7 … 9",
            "4; 9; 1 2 3 [4] 5 6 … 9",
            "9; 9; 1 … 7 8 [9]"})
    void pagination_anyPage_showsFirstLastAndAWindowAroundTheCurrentPage(int current, int total, String expected) {
        Pagination pagination = ListPages.pagination(current, total, SECTION);

        String shown = String.join(" ", pagination.steps().stream()
                .map(step -> step.current() ? "[" + step.label() + "]" : step.label()).toList());
        assertEquals(expected, shown);
    }

    @ParameterizedTest
    @CsvSource({"1, 3", "2, 3", "3, 3"})
    void pagination_links_followTheCleanUrlScheme(int current, int total) {
        Pagination pagination = ListPages.pagination(current, total, SECTION);

        List<String> urls = pagination.steps().stream().map(Pagination.Step::url).toList();
        assertEquals(List.of("/sections/world/", "/sections/world/page/2/", "/sections/world/page/3/"), urls);
        if (current == 1) {
            assertNull(pagination.previous());
        } else {
            assertEquals(urls.get(current - 2), pagination.previous());
        }
        if (current == total) {
            assertNull(pagination.next());
        } else {
            assertEquals(urls.get(current), pagination.next());
        }
    }
}
