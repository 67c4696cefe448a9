package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/**
 * Stand-in (compile only). A class whose fields are object-typed, so the JVM reads them
 * at run time (getstatic): the names and the field type must match, which they do (6.3 source; BROWSE_PROJECTS and
 * EDIT_ISSUES read by an app compiled against 11.3.1).
 */
public class ProjectPermissions {
    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");
    public static final ProjectPermissionKey EDIT_ISSUES = new ProjectPermissionKey("EDIT_ISSUES");
    /** Evidence: 6.3 source; standard key. */
    public static final ProjectPermissionKey CREATE_ISSUES = new ProjectPermissionKey("CREATE_ISSUES");
    public static final ProjectPermissionKey ASSIGNABLE_USER = new ProjectPermissionKey("ASSIGNABLE_USER");
    public static final ProjectPermissionKey ADMINISTER_PROJECTS = new ProjectPermissionKey("ADMINISTER_PROJECTS");
    public static final ProjectPermissionKey LINK_ISSUES = new ProjectPermissionKey("LINK_ISSUES");
    /** Jira 11.3 javadoc of ProjectPermissions (public static final ProjectPermissionKey VIEW_VOTERS_AND_WATCHERS). */
    public static final ProjectPermissionKey VIEW_VOTERS_AND_WATCHERS = new ProjectPermissionKey("VIEW_VOTERS_AND_WATCHERS");
    /** Jira 11.3 javadoc of ProjectPermissions (public static final ProjectPermissionKey MANAGE_WATCHERS). */
    public static final ProjectPermissionKey MANAGE_WATCHERS = new ProjectPermissionKey("MANAGE_WATCHERS");
}
