package com.atlassian.plugin.web.model;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** Stand-in (compile only). atlassian-plugins-webfragment-api: a web panel renders HTML for a context. */
public interface WebPanel {
    String getHtml(Map<String, Object> context);

    void writeHtml(Writer writer, Map<String, Object> context) throws IOException;
}
