package dev.postmortems.jira.service.jql;

import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;

public class JqlCallTest {
    @Test
    public void eachArgumentIsOneQuotedStringWhateverItHolds() {
        assertEquals("issue in postmortemsByCause(\"change\")", new JqlCall("postmortemsByCause", List.of("change")).jql());
        assertEquals("issue in postmortemsByCause(\"a \\\"b\\\" \\\\ c\", \"x\\ny\")",
                new JqlCall("postmortemsByCause", List.of("a \"b\" \\ c", "x\ny")).jql());
        assertEquals("issue in overduePostmortems()", new JqlCall("overduePostmortems", List.of()).jql());
    }
}
