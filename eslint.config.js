import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-demo/', 'node_modules/', 'coverage/', 'bench/results.json', 'examples/*/dist/', 'examples/*/.aot/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  {
    // chai's `expect(x).to.exist` is an assertion, not a stray expression.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // The quickstart is plain JavaScript for Node 20+, which has the Web Crypto global.
    files: ['examples/quickstart/**/*.js'],
    languageOptions: { globals: { crypto: 'readonly', Response: 'readonly' } },
  },
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        TypeError: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
