package kiosk.api.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import kiosk.content.Article;

/**
 * Relay cursor pagination over a catalog's immutable lists: {@code after} and {@code before} narrow
 * the list to the articles between the ones they name, then {@code first} keeps the start of what is
 * left and {@code last} its end. Without either, a page has the site's page size. Because the whole
 * list is at hand, {@code hasNextPage} and {@code hasPreviousPage} are exact in both directions.
 */
final class Pages {

    private final int maxPageSize;

    Pages(int maxPageSize) {
        this.maxPageSize = maxPageSize;
    }

    /** The page of {@code list} that the field's {@code first}, {@code after}, {@code last} and {@code before} ask for. */
    ArticleConnection page(List<Article> list, DataFetchingEnvironment environment) {
        Integer first = count(environment, "first");
        Integer last = count(environment, "last");
        int start = 0;
        int end = list.size();
        String after = environment.getArgument("after");
        if (after != null) {
            start = indexOf(list, after, "after") + 1;
        }
        String before = environment.getArgument("before");
        if (before != null) {
            end = Math.max(start, indexOf(list, before, "before"));
        }
        if (first == null && last == null) {
            first = Math.min(Snapshot.catalog(environment).site().pageSize(), maxPageSize);
        }
        if (first != null) {
            end = Math.min(end, start + first);
        }
        if (last != null) {
            start = Math.max(start, end - last);
        }
        List<Article> nodes = list.subList(start, end);
        List<ArticleEdge> edges = nodes.stream().map(article -> new ArticleEdge(Cursors.of(article.slug()), article)).toList();
        PageInfo pageInfo = new PageInfo(end < list.size(), start > 0,
                edges.isEmpty() ? null : edges.get(0).cursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        return new ArticleConnection(edges, nodes, pageInfo, list.size());
    }

    /** A {@code first}, {@code last} or similar argument, checked against the page size limit. */
    Integer count(DataFetchingEnvironment environment, String argument) {
        Integer count = environment.getArgument(argument);
        if (count != null && (count < 0 || count > maxPageSize)) {
            throw InvalidInputException.overLimit("%s must be between 0 and %d, was %d".formatted(argument, maxPageSize, count),
                    Limit.PAGE_SIZE, maxPageSize);
        }
        return count;
    }

    private static int indexOf(List<Article> list, String cursor, String argument) {
        String slug = Cursors.slug(cursor);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).slug().equals(slug)) {
                return i;
            }
        }
        throw new InvalidInputException("the " + argument + " cursor names no article of this list"
                + " (it may have been unpublished since): start again without " + argument);
    }
}
