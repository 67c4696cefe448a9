// ESLint for the panels' scripts, run by the build (mvn verify) with zero warnings allowed. The scripts are plain
// browser scripts that Jira serves as they are: no build step, AUI's AJS and Jira's JIRA as globals, and Jira's AMD
// define for the dashboard items, which Jira's dashboard asks for by module name.
'use strict';

const js = require('@eslint/js');
const globals = require('globals');

module.exports = [
    js.configs.recommended,
    {
        files: ['src/main/resources/web/**/*.js'],
        languageOptions: {
            ecmaVersion: 2017,
            sourceType: 'script',
            globals: {...globals.browser, AJS: 'readonly', JIRA: 'readonly', define: 'readonly'}
        },
        rules: {
            'eqeqeq': 'error',
            'no-implicit-globals': 'error',
            'strict': ['error', 'function'],
            'no-shadow': 'error',
            'no-use-before-define': ['error', {functions: false}],
            'no-eval': 'error',
            'no-implied-eval': 'error',
            'no-alert': 'error',
            'curly': 'error',
            // Text from people and from the server reaches the page as text only, never as markup.
            'no-restricted-syntax': ['error',
                {selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]",
                    message: 'Set text with textContent, or build elements; never assign HTML.'},
                {selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln)$/]",
                    message: 'Build elements; never insert HTML.'}]
        }
    }
];
