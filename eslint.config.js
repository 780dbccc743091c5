// ESLint flat config (issue 13). Syntax-only typescript-eslint rules (no type
// information) so `npm run lint` stays fast; `tsc --noEmit` does the type checks.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'build*/**',
      'public/build*/**',
      'node_modules/**',
      'tests/.tmp/**',
      'data/**',
      'playwright-report/**',
      'test-results/**',
      '.cache/**',
      'bench-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // Remix route modules export `loader`/`action` and are typed by inference; empty catch blocks say why in a comment.
      'no-empty': ['error', { allowEmptyCatch: true }],
      eqeqeq: ['error', 'smart'],
      'prefer-const': 'error',
    },
  },
  {
    // Every form that can change something carries the CSRF token (issue 12): use ~/components/Form.
    files: ['app/**'],
    ignores: ['app/components/Form.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@remix-run/react',
              importNames: ['Form'],
              message: 'Use Form from ~/components/Form: it adds the CSRF token the request guard checks.',
            },
          ],
        },
      ],
    },
  },
  {
    // Double casts hide type errors (issue 13): none outside tests.
    files: ['app/**', 'db/**', 'search/**', 'emails/**', 'scripts/**'],
    rules: {
      'no-restricted-syntax': [
        'warn',
        {
          selector: "TSAsExpression > TSAsExpression.expression[typeAnnotation.type='TSUnknownKeyword']",
          message: 'Avoid `as unknown as`: type the value at its source.',
        },
      ],
    },
  },
  {
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': [
        'warn',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
)
