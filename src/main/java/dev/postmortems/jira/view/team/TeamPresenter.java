package dev.postmortems.jira.view.team;

import dev.postmortems.jira.service.Links;
import dev.postmortems.jira.service.Messages;
import dev.postmortems.jira.service.team.LinkedIssue;
import dev.postmortems.jira.service.Person;
import dev.postmortems.jira.service.team.PostmortemTeam;
import dev.postmortems.jira.service.team.StartChoices;
import dev.postmortems.jira.view.DateTexts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The Team panel and the Start postmortem dialog as one person sees them. */
public final class TeamPresenter {
    private final Messages messages;
    private final Links links;
    private final DateTexts dates;

    public TeamPresenter(Messages messages, Links links, DateTexts dates) {
        this.messages = messages;
        this.links = links;
        this.dates = dates;
    }

    public TeamView present(PostmortemTeam team) {
        return new TeamView(team.postmortem().key(), team.editable(), issues(team.incidents()),
                team.facilitator().map(Person::displayName).orElse(""), team.participantsVisible(), team.participants());
    }

    public StartForm present(StartChoices choices) {
        return new StartForm(choices.incident().key(), choices.incident().summary(), choices.project().key(), choices.projects(),
                messages.text("postmortems.team.default-summary", choices.incident().summary()),
                choices.facilitator().orElse(new Person("", "")), choices.participants(), issues(choices.existing()),
                choices.projects().isEmpty() ? messages.text("postmortems.team.error.none-offered") : "",
                dialogLabels(choices.incident().key()), choices.due().toString(),
                messages.text(choices.incident().resolved().isPresent() ? "postmortems.team.due.after-resolution"
                        : "postmortems.team.due.while-open", dates.day(choices.due())));
    }

    /** Like Jira's own links section, nothing of an issue the reader may not see: not even its key. */
    public List<IssueLinkView> issues(List<LinkedIssue> issues) {
        return issues(issues, links::issue);
    }

    /** The same, linked with the site's address: for a write-up read outside Jira. */
    public List<IssueLinkView> issuesOnSite(List<LinkedIssue> issues) {
        return issues(issues, links::issueOnSite);
    }

    private static List<IssueLinkView> issues(List<LinkedIssue> issues, Function<String, String> address) {
        return issues.stream().map(issue -> issue.restricted() ? new IssueLinkView("", "", "", true)
                : new IssueLinkView(issue.key(), address.apply(issue.key()), issue.summary(), false)).toList();
    }

    private Map<String, String> dialogLabels(String incidentKey) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("title", messages.text("postmortems.team.start.title", incidentKey));
        for (String name : List.of("existing", "another", "submit", "cancel")) {
            labels.put(name, messages.text("postmortems.team.start." + name));
        }
        for (String name : List.of("project", "summary", "facilitator", "participants", "seed")) {
            labels.put(name, messages.text("postmortems.team.field." + name));
        }
        return labels;
    }
}
