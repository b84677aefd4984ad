// Lint rules for dossier: ESLint's and typescript-eslint's recommended sets, run by npm test.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config({ ignores: ['dist/', 'output/', 'node_modules/', 'bench/.dist-*/', 'coverage/'] }, js.configs.recommended, ...tseslint.configs.recommended, {
  rules: {
    // Chinese text uses the full-width space (U+3000) on purpose: in strings and templates it is text.
    'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true }],
    // Control characters are matched on purpose (file names, XML, text decoding).
    'no-control-regex': 'off',
  },
  languageOptions: {
    globals: {
      process: 'readonly',
      Buffer: 'readonly',
      console: 'readonly',
      URL: 'readonly',
      setTimeout: 'readonly',
      clearTimeout: 'readonly',
      setInterval: 'readonly',
      clearInterval: 'readonly',
      performance: 'readonly',
      TextDecoder: 'readonly',
      TextEncoder: 'readonly',
      structuredClone: 'readonly',
    },
  },
});
