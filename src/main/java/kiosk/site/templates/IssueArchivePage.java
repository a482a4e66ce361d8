package kiosk.site.templates;

import java.util.List;

/** Every issue on sale, newest first. */
public record IssueArchivePage(Head head, List<IssueCard> issues) {

    public IssueArchivePage {
        issues = List.copyOf(issues);
    }
}
