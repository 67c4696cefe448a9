package dev.postmortems.jira.jira.setup;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import dev.postmortems.jira.jiradouble.InMemoryAvatarManager.StoredAvatar;
import dev.postmortems.jira.jiradouble.JiraDouble;
import org.junit.Test;

import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

public class AppSetupTest {
    private final JiraDouble jira = new JiraDouble();

    @Test
    public void givenNewJira_whenAppStarts_thenBothIssueTypesAndAllFourLinkTypesAreCreated() {
        node().onStart();

        assertEquals(List.of("Postmortem", "Postmortem Review"), jira.issueTypes().createdNames());
        assertEquals(List.of("Postmortem Action", "Postmortem Review", "Postmortem", "Postmortem Recurrence"), jira.linkTypes().createdNames());
        assertLinkType("Postmortem Action", "has action", "is action of");
        assertLinkType("Postmortem Review", "is reviewed by", "reviews");
        assertLinkType("Postmortem", "is postmortem of", "has postmortem");
        assertLinkType("Postmortem Recurrence", "recurs in", "is recurrence of");
    }

    @Test
    public void givenNewJira_whenAppStarts_thenEachIssueTypeGetsItsBundledIconAsAvatar() throws Exception {
        node().onStart();

        for (AppIssueType type : AppIssueType.values()) {
            IssueType created = jira.issueTypes().byName(type.defaultName());
            StoredAvatar avatar = jira.avatars().get(jira.issueTypes().avatarIdOf(created.getId()));
            assertEquals("issuetype", avatar.iconType());
            assertEquals("image/png", avatar.contentType());
            try (InputStream bundled = getClass().getClassLoader().getResourceAsStream(type.iconLocation())) {
                assertNotNull(type.iconLocation() + " must be bundled", bundled);
                assertArrayEquals(bundled.readAllBytes(), avatar.image());
            }
        }
    }

    @Test
    public void givenStartedOnce_whenAppStartsAgain_thenNothingNewIsCreated() {
        node().onStart();
        int avatars = jira.avatars().count();

        node().onStart();

        assertEquals(2, jira.issueTypes().createdNames().size());
        assertEquals(4, jira.linkTypes().createdNames().size());
        assertEquals(avatars, jira.avatars().count());
    }

    @Test
    public void givenTwoNodesStartingTogether_thenEachTypeIsCreatedOnce() throws Exception {
        jira.slowReads();
        AppSetup first = node();
        AppSetup second = node();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> started = List.of(
                    nodes.submit(() -> awaitThen(go, first::onStart)),
                    nodes.submit(() -> awaitThen(go, second::onStart)));
            go.countDown();
            for (Future<?> node : started) {
                node.get(30, TimeUnit.SECONDS);
            }
        } finally {
            nodes.shutdownNow();
        }

        assertEquals(List.of("Postmortem", "Postmortem Review"), jira.issueTypes().createdNames());
        assertEquals(List.of("Postmortem Action", "Postmortem Review", "Postmortem", "Postmortem Recurrence"), jira.linkTypes().createdNames());
        assertEquals(2, jira.clusterLocks().timesAcquired(AppSetup.LOCK_NAME));
        assertFalse(jira.clusterLocks().isHeld(AppSetup.LOCK_NAME));
    }

    @Test
    public void givenAdminRenamedTheTypes_whenAppStartsAgain_thenTheyAreLeftAloneAndStillKnown() {
        node().onStart();
        InstalledTypes installed = new InstalledTypes(jira.service(PluginSettingsFactory.class));
        String postmortemId = installed.issueTypeId(AppIssueType.POSTMORTEM).orElseThrow();
        long actionLinkId = installed.linkTypeId(AppLinkType.ACTION).orElseThrow();
        jira.issueTypes().rename(postmortemId, "Incident Review");
        jira.linkTypes().rename(actionLinkId, "Follow-up");

        node().onStart();

        assertEquals("Incident Review", jira.issueTypes().getIssueType(postmortemId).getName());
        assertEquals("Follow-up", jira.linkTypes().getIssueLinkType(actionLinkId).getName());
        assertEquals(2, jira.issueTypes().createdNames().size());
        assertEquals(4, jira.linkTypes().createdNames().size());
        assertEquals(postmortemId, installed.issueTypeId(AppIssueType.POSTMORTEM).orElseThrow());
    }

    @Test
    public void givenTypesWithTheDefaultNamesAlreadyExist_whenAppStarts_thenTheyAreAdoptedNotDuplicated() {
        IssueType existing = jira.issueTypes().createIssueType("Postmortem", "made by an admin", null);
        jira.linkTypes().createIssueLinkType("Postmortem", "is postmortem of", "has postmortem", null);

        node().onStart();

        InstalledTypes installed = new InstalledTypes(jira.service(PluginSettingsFactory.class));
        assertEquals(existing.getId(), installed.issueTypeId(AppIssueType.POSTMORTEM).orElseThrow());
        // The admin's "Postmortem" and the app's "Postmortem Review": no second "Postmortem".
        assertEquals(List.of("Postmortem", "Postmortem Review"), jira.issueTypes().createdNames());
        assertEquals(1, jira.linkTypes().getIssueLinkTypesByName("Postmortem").size());
    }

    @Test
    public void givenAdminDeletedAType_whenAppStartsAgain_thenItIsCreatedAgainAndRecorded() {
        node().onStart();
        InstalledTypes installed = new InstalledTypes(jira.service(PluginSettingsFactory.class));
        String deletedId = installed.issueTypeId(AppIssueType.REVIEW).orElseThrow();
        jira.issueTypes().delete(deletedId);

        node().onStart();

        String recreatedId = installed.issueTypeId(AppIssueType.REVIEW).orElseThrow();
        assertTrue(!recreatedId.equals(deletedId));
        assertEquals("Postmortem Review", jira.issueTypes().getIssueType(recreatedId).getName());
    }

    /** A Jira whose avatar API differs from the one the app was built for: the link types are still set up. */
    @Test
    public void givenAStepFailsWithALinkageError_whenAppStarts_thenTheOtherStepsRunAndTheNextStartTriesAgain() {
        AvatarManager missingMethod = (fileName, contentType, iconType, owner, image, selection) -> {
            throw new NoSuchMethodError("com.atlassian.jira.avatar.AvatarManager.create");
        };
        AppSetup withoutAvatars = new AppSetup(jira.service(ClusterLockService.class), jira.service(IssueTypeManager.class),
                missingMethod, jira.service(IssueLinkTypeManager.class), new InstalledTypes(jira.service(PluginSettingsFactory.class)));

        withoutAvatars.onStart();

        assertEquals(null, jira.issueTypes().byName("Postmortem"));
        assertLinkType("Postmortem Action", "has action", "is action of");
        assertLinkType("Postmortem Recurrence", "recurs in", "is recurrence of");

        node().onStart();

        assertNotNull(jira.issueTypes().byName("Postmortem"));
        assertNotNull(jira.issueTypes().byName("Postmortem Review"));
    }

    /** A node of the cluster: its own app instance over the shared Jira. */
    private AppSetup node() {
        return new AppSetup(jira.service(ClusterLockService.class), jira.service(IssueTypeManager.class),
                jira.service(AvatarManager.class), jira.service(IssueLinkTypeManager.class),
                new InstalledTypes(jira.service(PluginSettingsFactory.class)));
    }

    private void assertLinkType(String name, String outward, String inward) {
        List<IssueLinkType> found = List.copyOf(jira.linkTypes().getIssueLinkTypesByName(name));
        assertEquals(1, found.size());
        assertEquals(outward, found.get(0).getOutward());
        assertEquals(inward, found.get(0).getInward());
    }

    private static Void awaitThen(CountDownLatch go, Runnable work) throws InterruptedException {
        go.await();
        work.run();
        return null;
    }
}
