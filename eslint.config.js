import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import tseslint from 'typescript-eslint';

/** Imports run one way: app -> features -> domain -> api. Each layer lists what it may not reach. */
const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message })) }],
  },
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/mockServiceWorker.js', 'src/routeTree.gen.ts', 'playwright-report', 'test-results'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "TSAsExpression[typeAnnotation.typeName.name='MessageKey']",
          message: 'Let the compiler check the key: a template literal such as `vm.status.${status}` is checked against MessageKey where t() takes it; a key built from data goes through isMessageKey().',
        },
      ],
    },
  },
  layer(['src/api/**'], ['@/domain/*', '@/features/*', '@/app/*', '@/shared/*', '@/routes/*', 'react', 'antd', '@tanstack/*', '**/mocks/**'], 'src/api is the bottom layer: typed clients only, no React, no domain.'),
  layer(['src/domain/**'], ['@/features/*', '@/app/*', '@/routes/*', 'react', 'antd', '**/mocks/**'], 'src/domain is provider-neutral logic: no React, no pages.'),
  layer(['src/features/**'], ['@/api/dbc/*', '@/api/idc51/*', '@/api/vsd/*', '@/api/zstack/*', '@/app/shell/*', '@/routes/*', '**/mocks/**'], 'Pages see the domain model, never a provider client or type.'),
  layer(['src/shared/**'], ['@/features/*', '@/app/shell/*', '@/routes/*', '@/api/dbc/*', '@/api/idc51/*', '@/api/vsd/*', '@/api/zstack/*'], 'src/shared serves several features and depends on none.'),
  layer(['mocks/**'], ['@/*', '**/src/domain/**', '**/src/features/**', '**/src/app/**', '**/src/shared/**'], 'Emulators share only provider types with src/api.'),
);
