/*
 * What Jira's page gives every script before AUI loads, and AUI takes from its host: the context path Jira is
 * served under, as AJS.contextPath().
 */
(function () {
    'use strict';
    window.contextPath = '/jira';
    window.AJS = window.AJS || {};
    window.AJS.contextPath = function () {
        return window.contextPath;
    };
}());
