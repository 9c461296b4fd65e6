// Lint rules: typescript-eslint's recommended set, plus the one import rule the architecture needs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'coverage/**', 'dist/**', '.scratch*/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The engine is pure: no Discord, no environment (see docs/DESIGN.md).
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['discord.js', '@discordjs/*', '**/bot/**', '**/cli/**', '**/commands/**', 'dotenv', 'dotenv/*'] }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'The engine takes configuration as arguments, never from process.env.' }],
    },
  },
);
