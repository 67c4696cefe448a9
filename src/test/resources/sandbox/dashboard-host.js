/*
 * The sandbox's stand-in for Jira's dashboard: just enough of its dashboard-item contract to show the app's items.
 * Jira loads each item's AMD module by name and calls render (the view) or renderEdit (the settings) with the item's
 * element and its saved preferences, and gives it an API to save preferences, set its title and resize. Loaded after
 * jQuery and AUI, so neither registers itself as an AMD module here.
 */
(function () {
    'use strict';

    var modules = {};
    window.define = function (name, dependencies, factory) {
        modules[name] = factory();
    };

    function stored(item) {
        var saved = window.sessionStorage.getItem('sandbox-dashboard-' + item.dataset.key);
        return saved ? JSON.parse(saved) : JSON.parse(item.dataset.preferences || '{}');
    }

    function start(item) {
        var content = item.querySelector('.sandbox-dashboard-content');
        var heading = item.querySelector('.sandbox-dashboard-title');
        var gadget;
        var api = {
            savePreferences: function (preferences) {
                window.sessionStorage.setItem('sandbox-dashboard-' + item.dataset.key, JSON.stringify(preferences));
                gadget.render(window.jQuery(content), preferences);
            },
            setTitle: function (title) {
                heading.textContent = title;
            },
            showLoadingBar: function () {
                item.setAttribute('aria-busy', 'true');
            },
            hideLoadingBar: function () {
                item.removeAttribute('aria-busy');
            },
            resize: function () {
            },
            isEditable: function () {
                return true;
            }
        };
        gadget = new modules[item.dataset.module](api, {});
        item.querySelector('[data-action=edit]').addEventListener('click', function () {
            gadget.renderEdit(window.jQuery(content), stored(item));
        });
        gadget.render(window.jQuery(content), stored(item));
    }

    document.addEventListener('DOMContentLoaded', function () {
        Array.prototype.forEach.call(document.querySelectorAll('.sandbox-dashboard-item'), start);
    });
}());
