package dev.postmortems.jira.jiradouble;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Jira's page builder: remembers which web resources a page asked for. */
public final class RecordingPageBuilderService implements PageBuilderService, WebResourceAssembler, RequiredResources {
    private final List<String> required = new CopyOnWriteArrayList<>();

    @Override
    public WebResourceAssembler assembler() {
        return this;
    }

    @Override
    public RequiredResources resources() {
        return this;
    }

    @Override
    public RequiredResources requireWebResource(String moduleCompleteKey) {
        required.add(moduleCompleteKey);
        return this;
    }

    /** What was asked for since the last call, as one page's resources; forgets it. */
    public synchronized List<String> drain() {
        List<String> asked = List.copyOf(required);
        required.clear();
        return asked;
    }

    public List<String> required() {
        return List.copyOf(required);
    }
}
