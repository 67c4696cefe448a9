package dev.postmortems.jira.view.insight;

import dev.postmortems.jira.service.Links;
import dev.postmortems.jira.service.Ticket;
import org.junit.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;

import static org.junit.Assert.assertEquals;

public class IssuesSearchTest {
    private final IssuesSearch searches = new IssuesSearch(new Links() {
        @Override
        public String issue(String issueKey) {
            return "/browse/" + issueKey;
        }

        @Override
        public String issueOnSite(String issueKey) {
            return issue(issueKey);
        }

        @Override
        public String meetingInvitation(String postmortemKey) {
            return "";
        }

        @Override
        public String search(String jql) {
            return "/issues/?jql=" + jql;
        }

        @Override
        public String projectSettings(String projectKey) {
            return "";
        }
    });

    @Test
    public void aNumberLinksToExactlyItsIssues_upToTheMostOneLinkCarries() {
        Map<Long, Ticket> issues = new LinkedHashMap<>();
        LongStream.rangeClosed(1, IssuesSearch.MOST + 1).forEach(id -> issues.put(id, new Ticket(id, "PAY-" + id, true, "",
                Optional.empty(), Optional.empty(), "Open", false)));

        assertEquals("/issues/?jql=key in (PAY-3, PAY-1) ORDER BY key", searches.of(List.of(3L, 1L), issues));
        assertEquals(IssuesSearch.MOST, searches.of(LongStream.rangeClosed(1, IssuesSearch.MOST).boxed().toList(), issues)
                .split(", ").length);
        assertEquals("too many for one link: the number stands alone", "",
                searches.of(LongStream.rangeClosed(1, IssuesSearch.MOST + 1).boxed().toList(), issues));
        assertEquals("", searches.of(List.of(), issues));
    }
}
