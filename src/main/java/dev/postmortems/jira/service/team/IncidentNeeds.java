package dev.postmortems.jira.service.team;

import dev.postmortems.jira.domain.team.IncidentStanding;
import dev.postmortems.jira.domain.team.PostmortemPolicy;
import dev.postmortems.jira.domain.team.Waiver;
import dev.postmortems.jira.service.ChangeNotAllowedException;
import dev.postmortems.jira.service.EditLock;
import dev.postmortems.jira.service.FieldError;
import dev.postmortems.jira.service.InvalidInputException;
import dev.postmortems.jira.service.PostmortemNotFoundException;
import dev.postmortems.jira.service.WhoIsAsking;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Which incidents still owe a postmortem. The policy of the incident's project says whether one is required;
 * {@link IncidentStanding} decides where the incident stands; the app keeps that standing for every incident the policy
 * asked a postmortem for (or that was waived), refreshed whenever Jira announces a change to the incident, when a
 * postmortem is started from it, when it is waived, and by a scan of the project after its policy changed — so the JQL
 * functions answer from one indexed table.
 */
public final class IncidentNeeds {
    static final String NOT_FOUND = "postmortems.team.error.incident-not-found";

    private final PolicySettings policies;
    private final IncidentStore store;
    private final StartStore starts;
    private final IncidentTickets tickets;
    private final TeamTickets teamTickets;
    private final PostmortemDueDates dueDates;
    private final EditLock editLock;
    private final WhoIsAsking whoIsAsking;
    private final Clock clock;

    public IncidentNeeds(PolicySettings policies, IncidentStore store, StartStore starts, IncidentTickets tickets,
                         TeamTickets teamTickets, PostmortemDueDates dueDates, EditLock editLock,
                         WhoIsAsking whoIsAsking, Clock clock) {
        this.policies = policies;
        this.store = store;
        this.starts = starts;
        this.tickets = tickets;
        this.teamTickets = teamTickets;
        this.dueDates = dueDates;
        this.editLock = editLock;
        this.whoIsAsking = whoIsAsking;
        this.clock = clock;
    }

    /** Jira announced a change to the issue. A project without a policy costs no query. */
    public void changed(IncidentFacts facts) {
        PostmortemPolicy policy = policies.policyFor(facts.projectKey());
        if (policy.isActive()) {
            refresh(facts, policy);
        }
    }

    /** Goes through every issue of the project again, after its policy changed; returns how many records changed. */
    public int scan(String projectKey) {
        Optional<Long> projectId = tickets.projectId(projectKey);
        if (projectId.isEmpty()) {
            return 0;
        }
        PostmortemPolicy policy = policies.policyFor(projectKey);
        int[] changed = {0};
        tickets.eachBatch(projectId.get(), batch -> changed[0] += scan(batch, policy));
        return changed[0];
    }

    /**
     * One batch of a project's issues: two queries tell which records would change; only those are refreshed, each
     * under its incident's lock and from what is kept then, so a waiver given meanwhile is never overwritten.
     */
    private int scan(List<IncidentFacts> batch, PostmortemPolicy policy) {
        List<Long> ids = batch.stream().map(IncidentFacts::id).toList();
        java.util.Map<Long, IncidentRecord> kept = store.findAll(ids);
        java.util.Set<Long> started = starts.startedAmong(ids);
        int changed = 0;
        for (IncidentFacts facts : batch) {
            Optional<IncidentRecord> before = Optional.ofNullable(kept.get(facts.id()));
            Optional<IncidentRecord> after = kept(facts, policy.requires(facts.issueType(), facts.priority()),
                    started.contains(facts.id()), before);
            if (!after.equals(before) && refresh(facts, policy)) {
                changed++;
            }
        }
        return changed;
    }

    /** A postmortem was started from the incident: it no longer needs one. */
    public void postmortemStarted(long incidentId) {
        editLock.whileEditing(incidentId, () -> {
            store.find(incidentId).filter(record -> !record.started()).ifPresent(record -> store.save(
                    new IncidentRecord(record.incidentId(), record.projectId(), record.required(), true, record.waiver())));
            return null;
        });
    }

    /** What the notice on the incident says, if anything: only when the policy asks for a postmortem or it was waived. */
    public Optional<IncidentNotice> notice(String incidentKey) {
        Optional<IncidentFacts> found = tickets.visible(incidentKey);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        IncidentFacts facts = found.get();
        boolean required = required(facts);
        Optional<IncidentRecord> record = store.find(facts.id());
        boolean started = started(facts.id());
        Optional<Waiver> waiver = record.flatMap(IncidentRecord::waiver);
        IncidentStanding standing = IncidentStanding.of(required, started, waiver.isPresent());
        if (standing != IncidentStanding.NEEDED && standing != IncidentStanding.WAIVED) {
            return Optional.empty();
        }
        Optional<java.time.LocalDate> due = standing == IncidentStanding.NEEDED
                ? teamTickets.incident(incidentKey).map(incident -> dueDates.dueFor(incident, incident.project()))
                : Optional.empty();
        return Optional.of(new IncidentNotice(facts.id(), incidentKey, standing, due, waiver, tickets.canEdit(facts.id()),
                teamTickets.mayStartAnywhere()));
    }

    /** Records that the incident needs no postmortem, and why. Only while one is needed: otherwise nothing to waive. */
    public IncidentNotice waive(String incidentKey, String reason) {
        IncidentFacts facts = editable(incidentKey);
        Waiver.problemWith(reason).ifPresent(problem -> {
            throw new InvalidInputException(List.of(new FieldError("reason", "postmortems.waiver.problem." + problem,
                    List.of(Waiver.MAX_REASON))));
        });
        String by = whoIsAsking.username().orElseThrow(() -> ChangeNotAllowedException.issue(incidentKey));
        editLock.whileEditing(facts.id(), () -> {
            boolean required = required(facts);
            boolean started = started(facts.id());
            Optional<IncidentRecord> record = store.find(facts.id());
            if (record.flatMap(IncidentRecord::waiver).isPresent()) {
                return null; // waived meanwhile, by a double click or someone else: the first waiver stands
            }
            if (IncidentStanding.of(required, started, false) != IncidentStanding.NEEDED) {
                throw new InvalidInputException(List.of(new FieldError("reason", "postmortems.waiver.error.not-needed",
                        List.of(incidentKey))));
            }
            store.save(new IncidentRecord(facts.id(), facts.projectId(), true, false,
                    Optional.of(new Waiver(reason.strip(), by, clock.instant()))));
            return null;
        });
        return notice(incidentKey).orElseThrow(() -> new PostmortemNotFoundException(NOT_FOUND));
    }

    /** Withdraws the waiver: the policy decides again. Withdrawing one that is gone changes nothing. */
    public Optional<IncidentNotice> withdraw(String incidentKey) {
        IncidentFacts facts = editable(incidentKey);
        editLock.whileEditing(facts.id(), () -> {
            store.find(facts.id()).filter(record -> record.waiver().isPresent()).ifPresent(record -> store.save(
                    new IncidentRecord(record.incidentId(), record.projectId(),
                            required(facts),
                            record.started(), Optional.empty())));
            return null;
        });
        return notice(incidentKey);
    }

    /** {@code incidentsWithoutPostmortem()}: the incidents that need a postmortem — of one project, or of all. */
    public List<Long> withoutPostmortem(Optional<Long> projectId) {
        return store.incidents(IncidentStanding.NEEDED, projectId);
    }

    /** {@code waivedPostmortems()}: the incidents whose postmortem was waived. */
    public List<Long> waived(Optional<Long> projectId) {
        return store.incidents(IncidentStanding.WAIVED, projectId);
    }

    /** The issue is gone from Jira: what the app kept of it goes too. */
    public int forget(long issueId) {
        return store.deleteAllOf(issueId);
    }

    private IncidentFacts editable(String incidentKey) {
        IncidentFacts facts = tickets.visible(incidentKey).orElseThrow(() -> new PostmortemNotFoundException(NOT_FOUND));
        if (!tickets.canEdit(facts.id())) {
            throw ChangeNotAllowedException.issue(incidentKey);
        }
        return facts;
    }

    /** Keeps the record in step with the policy and the started postmortems; true when it changed. */
    private boolean refresh(IncidentFacts facts, PostmortemPolicy policy) {
        boolean required = policy.requires(facts.issueType(), facts.priority());
        return editLock.whileEditing(facts.id(), () -> {
            Optional<IncidentRecord> before = store.find(facts.id());
            if (before.isEmpty() && !required) {
                return false; // nothing to keep: no need to ask whether a postmortem was started
            }
            Optional<IncidentRecord> after = kept(facts, required, started(facts.id()), before);
            if (after.equals(before)) {
                return false;
            }
            store.save(after.orElseThrow());
            return true;
        });
    }

    /**
     * What the app keeps of an incident: nothing for one the policy never named and nobody waived; otherwise whether
     * the policy names it and a postmortem was started, and the waiver it had.
     */
    private static Optional<IncidentRecord> kept(IncidentFacts facts, boolean required, boolean started, Optional<IncidentRecord> before) {
        if (before.isEmpty() && !required) {
            return Optional.empty();
        }
        return Optional.of(new IncidentRecord(facts.id(), facts.projectId(), required, started, before.flatMap(IncidentRecord::waiver)));
    }

    /** Whether the incident's project's policy asks a postmortem of it, as it is now. */
    private boolean required(IncidentFacts facts) {
        return policies.policyFor(facts.projectKey()).requires(facts.issueType(), facts.priority());
    }

    /** Whether a postmortem was started from the incident and still exists. */
    private boolean started(long incidentId) {
        return !starts.startedFrom(incidentId).isEmpty();
    }
}
