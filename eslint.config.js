import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import bans that encode ARCHITECTURE.md §3a; each message says which rule an import broke. */
const ban = (group, message) => ({ group, message, allowTypeImports: false });

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
      '.demo-shots/**',
      '.bench/**',
      'tests/scratch/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'no-unsanitized': noUnsanitized },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render CRM data as text, never as HTML.',
        },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: remote or dynamic code is banned.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['lib/model/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ban(['../*', '#imports', 'wxt/*', 'dexie', 'react'], 'lib/model imports nothing of ours: zod only.'),
          ],
        },
      ],
    },
  },
  {
    files: ['lib/sites/**', 'lib/conflicts/**', 'lib/identity/**', 'lib/format/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ban(
              ['**/cache/**', '**/connectors/**', 'dexie', 'react', 'react-dom', '**/components/**'],
              'Pure code: no Dexie, connectors or React.',
            ),
            ban(['wxt/browser', '#imports', 'wxt/utils/*'], 'Pure code: no extension APIs.'),
          ],
        },
      ],
    },
  },
  {
    files: ['entrypoints/*.content/**', 'lib/content/**', 'lib/dom/**', 'lib/guard-ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ban(['**/cache/**', 'dexie'], 'Content scripts never open IndexedDB (it would be the host page’s).'),
            ban(['**/connectors/**'], 'Content scripts never call a CRM; the background does.'),
            ban(['**/components/**', 'react', 'react-dom'], 'No React in host pages.'),
            {
              group: ['zod', '**/messaging/client', '**/messaging/protocol'],
              allowTypeImports: true,
              message: 'Keep zod out of content scripts (size budget): import types only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/connectors/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ban(
              ['**/components/**', 'react', 'react-dom', '**/sites/**', '**/cache/**'],
              'Connectors know no DOM, no UI and no cache.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: [
      'components/**',
      'entrypoints/sidepanel/**',
      'entrypoints/options/**',
      'entrypoints/campaign/**',
      'entrypoints/audit/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ban(
              ['**/connectors/**'],
              'Pages ask the background (lib/messaging, lib/query); they never call connectors.',
            ),
            ban(['**/cache/write/**'], 'Only the background writes the database.'),
          ],
        },
      ],
    },
  },
  {
    // Playwright fixtures call a function named `use`; it is not React's hook.
    files: ['tests/e2e/**', 'tests/harness/**', 'playwright.config.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off', '@typescript-eslint/no-empty-object-type': 'off' },
  },
  {
    // Test runners, the demo and the benchmark report on the console by design.
    files: ['tests/**'],
    rules: { 'no-console': 'off' },
  },
);
