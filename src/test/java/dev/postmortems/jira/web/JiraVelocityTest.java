package dev.postmortems.jira.web;

import org.junit.Test;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The test renderer escapes as Jira does: everything but a reference named …Html. */
public class JiraVelocityTest {
    @Test
    public void onlyReferencesNamedHtmlAreLeftAsTheyAre() {
        for (String marked : new String[] {"$panelHtml", "$!panelHtml", "${panelHtml}", "$!{item.bodyHtml()}", "$item.bodyHTML()"}) {
            assertTrue(marked, JiraVelocity.isMarkedHtml(marked));
        }
        for (String plain : new String[] {"$html.text", "$item.summary()", "${Htmlish}", "$!{row.text()}"}) {
            assertFalse(plain, JiraVelocity.isMarkedHtml(plain));
        }
    }
}
