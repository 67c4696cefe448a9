package dev.postmortems.jira.sandbox;

import com.atlassian.jira.permission.ProjectPermissions;
import dev.postmortems.jira.jiradouble.DoubleUser;
import dev.postmortems.jira.jiradouble.JiraDouble;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The sandbox's project OPS (with its components), the project PAY that holds a year of demo history for the
 * dashboard, and the people who try the app in them, each with different rights. Made the same way at every start,
 * so ids stay the same across restarts.
 */
final class DemoPeople {
    static final String PROJECT = "OPS";
    /** OPS's components, which a root cause may name with its category. */
    static final List<String> COMPONENTS = List.of("Orders database", "Checkout", "Search");
    /** PAY's components, which its history's root causes name. */
    static final List<String> HISTORY_COMPONENTS = List.of("Card gateway", "Refunds", "Webhooks");
    /** Where the history's preventative actions go: the platform team's project. */
    static final String PLATFORM = "PLAT";
    static final String ADMIN = "admin";
    static final String EDITOR = "erin";
    static final String OWNER = "olivia";
    static final String VIEWER = "vic";
    static final String OUTSIDER = "otto";

    /** What each may do, in words the user switcher shows. */
    record Person(DoubleUser user, String rights) {
    }

    private final List<Person> people = List.of(
            new Person(new DoubleUser("u-admin", ADMIN, "Ada Admin", ZoneId.of("UTC")),
                    "Jira administrator; browses, edits and creates issues in OPS"),
            new Person(new DoubleUser("u-erin", EDITOR, "Erin Editor", ZoneId.of("Europe/Berlin")),
                    "incident team: browses, edits and creates issues in OPS"),
            new Person(new DoubleUser("u-olivia", OWNER, "Olivia Owner", ZoneId.of("Europe/London")),
                    "action owner: browses OPS and can be assigned its issues"),
            new Person(new DoubleUser("u-vic", VIEWER, "Vic Viewer", ZoneId.of("America/New_York")),
                    "manager: browses OPS, may not edit"),
            new Person(new DoubleUser("u-otto", OUTSIDER, "Otto Outsider", ZoneId.of("Asia/Tokyo")),
                    "may not browse OPS"));

    DemoPeople(JiraDouble jira) {
        long ops = jira.projects().ensure(PROJECT).id();
        COMPONENTS.forEach(component -> jira.components().add(ops, component));
        long pay = jira.projects().ensure(DemoHistory.PROJECT).id();
        HISTORY_COMPONENTS.forEach(component -> jira.components().add(pay, component));
        people.forEach(person -> jira.users().add(person.user()));
        jira.users().makeAdmin(user(ADMIN).orElseThrow());
        for (String username : List.of(ADMIN, EDITOR)) {
            jira.permissions().grant(user(username).orElseThrow(), PROJECT, ProjectPermissions.BROWSE_PROJECTS,
                    ProjectPermissions.EDIT_ISSUES, ProjectPermissions.CREATE_ISSUES, ProjectPermissions.ASSIGNABLE_USER,
                    ProjectPermissions.VIEW_VOTERS_AND_WATCHERS, ProjectPermissions.MANAGE_WATCHERS);
        }
        jira.permissions().grant(user(ADMIN).orElseThrow(), PROJECT, ProjectPermissions.ADMINISTER_PROJECTS);
        jira.permissions().grant(user(OWNER).orElseThrow(), PROJECT, ProjectPermissions.BROWSE_PROJECTS,
                ProjectPermissions.ASSIGNABLE_USER, ProjectPermissions.VIEW_VOTERS_AND_WATCHERS);
        jira.permissions().grant(user(VIEWER).orElseThrow(), PROJECT, ProjectPermissions.BROWSE_PROJECTS,
                ProjectPermissions.VIEW_VOTERS_AND_WATCHERS);
        // The history's project: the incident team keeps its postmortems; the manager and the admin read them.
        jira.permissions().grant(user(EDITOR).orElseThrow(), DemoHistory.PROJECT, ProjectPermissions.BROWSE_PROJECTS,
                ProjectPermissions.EDIT_ISSUES, ProjectPermissions.CREATE_ISSUES);
        // The owner works on the history's actions, in PAY and in the platform team's project, where the incident
        // team may file them; the manager and the admin read both.
        jira.projects().ensure(PLATFORM);
        for (String project : List.of(DemoHistory.PROJECT, PLATFORM)) {
            jira.permissions().grant(user(OWNER).orElseThrow(), project, ProjectPermissions.BROWSE_PROJECTS, ProjectPermissions.ASSIGNABLE_USER);
        }
        jira.permissions().grant(user(EDITOR).orElseThrow(), PLATFORM, ProjectPermissions.BROWSE_PROJECTS, ProjectPermissions.CREATE_ISSUES);
        for (String username : List.of(ADMIN, VIEWER)) {
            jira.permissions().grant(user(username).orElseThrow(), DemoHistory.PROJECT, ProjectPermissions.BROWSE_PROJECTS);
            jira.permissions().grant(user(username).orElseThrow(), PLATFORM, ProjectPermissions.BROWSE_PROJECTS);
        }
    }

    List<Person> all() {
        return people;
    }

    Optional<DoubleUser> user(String username) {
        return people.stream().map(Person::user).filter(user -> user.username().equals(username)).findFirst();
    }
}
