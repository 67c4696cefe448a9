package dev.postmortems.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.postmortems.jira.domain.cause.RootCauseCategory;
import dev.postmortems.jira.domain.cause.SortedRootCause;
import dev.postmortems.jira.domain.whys.WhyChain;
import dev.postmortems.jira.domain.whys.WhyStep;
import dev.postmortems.jira.service.whys.WhysStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Why-chains in Active Objects: a postmortem's chains in one query, all their steps in a second. */
public final class ActiveObjectsWhysStore implements WhysStore {
    private static final String CHAIN_COLUMNS = String.join(", ", "ID", WhyChainEntity.ISSUE_ID, WhyChainEntity.PROBLEM,
            WhyChainEntity.ROOT_CAUSE, WhyChainEntity.POSITION, WhyChainEntity.REVISION, WhyChainEntity.CATEGORY_ID,
            WhyChainEntity.COMPONENT_ID, WhyChainEntity.COMPONENT_NAME);
    private static final String CAUSE_COLUMNS = String.join(", ", "ID", WhyChainEntity.ISSUE_ID, WhyChainEntity.CATEGORY_ID,
            WhyChainEntity.COMPONENT_ID, WhyChainEntity.COMPONENT_NAME);
    private static final String STEP_COLUMNS = String.join(", ", "ID", WhyStepEntity.CHAIN_ID, WhyStepEntity.ISSUE_ID,
            WhyStepEntity.POSITION, WhyStepEntity.QUESTION, WhyStepEntity.ANSWER);

    private final ActiveObjects ao;

    public ActiveObjectsWhysStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<WhyChain> chainsOf(long issueId) {
        WhyChainEntity[] chains = ao.find(WhyChainEntity.class,
                Query.select(CHAIN_COLUMNS).where(WhyChainEntity.ISSUE_ID + " = ?", issueId));
        WhyStepEntity[] steps = ao.find(WhyStepEntity.class,
                Query.select(STEP_COLUMNS).where(WhyStepEntity.ISSUE_ID + " = ?", issueId));
        return assemble(chains, steps);
    }

    @Override
    public Optional<WhyChain> find(long chainId) {
        WhyChainEntity[] chains = ao.find(WhyChainEntity.class, Query.select(CHAIN_COLUMNS).where("ID = ?", chainId));
        if (chains.length == 0) {
            return Optional.empty();
        }
        WhyStepEntity[] steps = ao.find(WhyStepEntity.class,
                Query.select(STEP_COLUMNS).where(WhyStepEntity.CHAIN_ID + " = ?", chainId));
        return assemble(chains, steps).stream().findFirst();
    }

    @Override
    public WhyChain add(long issueId, String problem, List<WhyStep> steps, boolean rootCauseMarked, Optional<String> requestId) {
        return ao.executeInTransaction(() -> {
            int position = ao.count(WhyChainEntity.class, Query.select().where(WhyChainEntity.ISSUE_ID + " = ?", issueId));
            WhyChainEntity chain = ao.create(WhyChainEntity.class,
                    new DBParam(WhyChainEntity.ISSUE_ID, issueId),
                    new DBParam(WhyChainEntity.PROBLEM, problem),
                    new DBParam(WhyChainEntity.ROOT_CAUSE, rootCauseMarked),
                    new DBParam(WhyChainEntity.POSITION, position),
                    new DBParam(WhyChainEntity.REVISION, 1),
                    new DBParam(WhyChainEntity.REQUEST_ID, requestId.orElse(null)));
            List<WhyStepEntity> created = createSteps(chain.getID(), issueId, steps);
            return assemble(new WhyChainEntity[] {chain}, created.toArray(new WhyStepEntity[0])).get(0);
        });
    }

    @Override
    public Optional<WhyChain> addedBy(long issueId, String requestId) {
        WhyChainEntity[] chains = ao.find(WhyChainEntity.class, Query.select(CHAIN_COLUMNS)
                .where(WhyChainEntity.ISSUE_ID + " = ? AND " + WhyChainEntity.REQUEST_ID + " = ?", issueId, requestId));
        return chains.length == 0 ? Optional.empty() : find(chains[0].getID());
    }

    @Override
    public WhyChain replace(WhyChain current, String problem, List<WhyStep> steps, boolean rootCauseMarked) {
        return ao.executeInTransaction(() -> {
            WhyChainEntity chain = ao.get(WhyChainEntity.class, (int) current.id());
            chain.setProblem(problem);
            chain.setRootCause(rootCauseMarked);
            chain.setRevision(current.revision() + 1);
            // The domain drops the category of a chain whose root cause is no longer marked.
            writeCategory(chain, new WhyChain(current.id(), current.issueId(), problem, steps, rootCauseMarked, current.position(),
                    current.revision() + 1, current.category()).category());
            chain.save();
            ao.deleteWithSQL(WhyStepEntity.class, WhyStepEntity.CHAIN_ID + " = ?", current.id());
            List<WhyStepEntity> created = createSteps(current.id(), current.issueId(), steps);
            return assemble(new WhyChainEntity[] {chain}, created.toArray(new WhyStepEntity[0])).get(0);
        });
    }

    @Override
    public WhyChain categorize(WhyChain current, Optional<RootCauseCategory> category) {
        WhyChainEntity chain = ao.get(WhyChainEntity.class, (int) current.id());
        chain.setRevision(current.revision() + 1);
        writeCategory(chain, category);
        chain.save();
        return new WhyChain(current.id(), current.issueId(), current.problem(), current.steps(), current.rootCauseMarked(),
                current.position(), current.revision() + 1, category);
    }

    @Override
    public boolean categoryInUse(long categoryId) {
        return ao.count(WhyChainEntity.class, Query.select().where(WhyChainEntity.CATEGORY_ID + " = ?", categoryId)) > 0;
    }

    @Override
    public List<Long> postmortemsWithCause(long categoryId, Optional<String> componentName) {
        Set<Long> ids = new LinkedHashSet<>();
        ao.stream(WhyChainEntity.class, Query.select(CAUSE_COLUMNS).where(WhyChainEntity.CATEGORY_ID + " = ?", categoryId), chain -> {
            if (componentName.isEmpty() || componentName.get().strip().equalsIgnoreCase(
                    chain.getComponentName() == null ? "" : chain.getComponentName())) {
                ids.add(chain.getIssueId());
            }
        });
        return List.copyOf(ids);
    }

    @Override
    public List<SortedRootCause> earlierCauses(long issueId, List<RootCauseCategory> causes) {
        Set<Long> componentIds = new HashSet<>();
        causes.forEach(cause -> cause.component().ifPresent(component -> componentIds.add(component.id())));
        if (componentIds.isEmpty()) {
            return List.of();
        }
        String placeholders = String.join(", ", Collections.nCopies(componentIds.size(), "?"));
        List<Object> parameters = new ArrayList<>(componentIds);
        parameters.add(issueId);
        List<SortedRootCause> mine = causes.stream().map(cause -> new SortedRootCause(issueId, 0, cause)).toList();
        List<SortedRootCause> found = new ArrayList<>();
        // The query narrows by component and issue id through their indexes; the rule itself is the domain's.
        ao.stream(WhyChainEntity.class, Query.select(CAUSE_COLUMNS).where(WhyChainEntity.COMPONENT_ID + " IN (" + placeholders
                + ") AND " + WhyChainEntity.ISSUE_ID + " < ?", parameters.toArray()), chain -> sorted(chain)
                .filter(earlier -> mine.stream().anyMatch(cause -> cause.seenBeforeIn(earlier))).ifPresent(found::add));
        return found.stream().sorted(Comparator.comparingLong(SortedRootCause::issueId).reversed()
                .thenComparingLong(SortedRootCause::chainId)).toList();
    }

    @Override
    public List<SortedRootCause> sortedCauses() {
        List<SortedRootCause> found = new ArrayList<>();
        ao.stream(WhyChainEntity.class, Query.select(CAUSE_COLUMNS).where(WhyChainEntity.CATEGORY_ID + " IS NOT NULL"),
                chain -> sorted(chain).ifPresent(found::add));
        return found;
    }

    private static Optional<SortedRootCause> sorted(WhyChainEntity chain) {
        return category(chain).map(category -> new SortedRootCause(chain.getIssueId(), chain.getID(), category));
    }

    @Override
    public void reorder(long issueId, List<Long> chainIds) {
        ao.executeInTransaction(() -> {
            List<WhyChainEntity> chains = new ArrayList<>(Arrays.asList(ao.find(WhyChainEntity.class,
                    Query.select(CHAIN_COLUMNS).where(WhyChainEntity.ISSUE_ID + " = ?", issueId))));
            chains.sort(Comparator.comparingInt((WhyChainEntity c) -> {
                int named = chainIds.indexOf((long) c.getID());
                return named >= 0 ? named : chainIds.size() + c.getPosition();
            }).thenComparingInt(WhyChainEntity::getID));
            for (int position = 0; position < chains.size(); position++) {
                if (chains.get(position).getPosition() != position) {
                    chains.get(position).setPosition(position);
                    chains.get(position).save();
                }
            }
            return null;
        });
    }

    @Override
    public void delete(long chainId) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(WhyStepEntity.class, WhyStepEntity.CHAIN_ID + " = ?", chainId);
            ao.deleteWithSQL(WhyChainEntity.class, "ID = ?", chainId);
            return null;
        });
    }

    @Override
    public int deleteAllOf(long issueId) {
        return ao.executeInTransaction(() -> {
            ao.deleteWithSQL(WhyStepEntity.class, WhyStepEntity.ISSUE_ID + " = ?", issueId);
            return ao.deleteWithSQL(WhyChainEntity.class, WhyChainEntity.ISSUE_ID + " = ?", issueId);
        });
    }

    private static void writeCategory(WhyChainEntity chain, Optional<RootCauseCategory> category) {
        chain.setCategoryId(category.map(RootCauseCategory::categoryId).orElse(null));
        Optional<RootCauseCategory.CauseComponent> component = category.flatMap(RootCauseCategory::component);
        chain.setComponentId(component.map(RootCauseCategory.CauseComponent::id).orElse(null));
        chain.setComponentName(component.map(RootCauseCategory.CauseComponent::name).orElse(null));
    }

    private static Optional<RootCauseCategory> category(WhyChainEntity chain) {
        if (chain.getCategoryId() == null) {
            return Optional.empty();
        }
        Optional<RootCauseCategory.CauseComponent> component = chain.getComponentId() == null ? Optional.empty()
                : Optional.of(new RootCauseCategory.CauseComponent(chain.getComponentId(),
                        chain.getComponentName() == null ? "" : chain.getComponentName()));
        return Optional.of(new RootCauseCategory(chain.getCategoryId(), component));
    }

    private List<WhyStepEntity> createSteps(long chainId, long issueId, List<WhyStep> steps) {
        List<WhyStepEntity> created = new ArrayList<>();
        for (int position = 0; position < steps.size(); position++) {
            created.add(ao.create(WhyStepEntity.class,
                    new DBParam(WhyStepEntity.CHAIN_ID, chainId),
                    new DBParam(WhyStepEntity.ISSUE_ID, issueId),
                    new DBParam(WhyStepEntity.POSITION, position),
                    new DBParam(WhyStepEntity.QUESTION, steps.get(position).question()),
                    new DBParam(WhyStepEntity.ANSWER, steps.get(position).answer())));
        }
        return created;
    }

    /** Chains in their order (ties by id, so concurrent additions never swap), each with its steps in order. */
    private static List<WhyChain> assemble(WhyChainEntity[] chains, WhyStepEntity[] steps) {
        Map<Long, List<WhyStepEntity>> byChain = new HashMap<>();
        for (WhyStepEntity step : steps) {
            byChain.computeIfAbsent(step.getChainId(), id -> new ArrayList<>()).add(step);
        }
        return Arrays.stream(chains)
                .sorted(Comparator.comparingInt(WhyChainEntity::getPosition).thenComparingInt(WhyChainEntity::getID))
                .map(chain -> new WhyChain(chain.getID(), chain.getIssueId(), chain.getProblem(),
                        byChain.getOrDefault((long) chain.getID(), List.of()).stream()
                                .sorted(Comparator.comparingInt(WhyStepEntity::getPosition).thenComparingInt(WhyStepEntity::getID))
                                .map(step -> new WhyStep(step.getQuestion(), step.getAnswer() == null ? "" : step.getAnswer()))
                                .toList(),
                        chain.isRootCause(), chain.getPosition(), chain.getRevision(), category(chain)))
                .toList();
    }
}
