import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import tseslint from 'typescript-eslint';
import { dirname, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forbiddenImport } from './scripts/layers.js';

/** Imports run one way (app -> features -> domain -> api): scripts/layers.js says what each layer may not import. */
const root = dirname(fileURLToPath(import.meta.url));
const layers = {
  rules: {
    imports: {
      meta: { type: 'problem', schema: [], messages: { forbidden: "'{{spec}}' is not for this layer. {{reason}}" } },
      create(context) {
        const file = relative(root, context.filename).split(sep).join('/');
        const check = (node) => {
          if (node.source?.type !== 'Literal' || typeof node.source.value !== 'string') return;
          const reason = forbiddenImport(file, node.source.value);
          if (reason) context.report({ node: node.source, messageId: 'forbidden', data: { spec: node.source.value, reason } });
        };
        return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
      },
    },
  },
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/mockServiceWorker.js', 'src/routeTree.gen.ts', 'playwright-report', 'test-results'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh, layers },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'layers/imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "TSAsExpression[typeAnnotation.typeName.name='MessageKey']",
          message: 'Let the compiler check the key: a template literal such as `vm.status.${status}` is checked against MessageKey where t() takes it; a key built from data goes through isMessageKey().',
        },
      ],
    },
  },
);
