import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Folders above each floor: a module may import from its own floor and the floors below it. */
const FLOORS = ['time', 'model', 'data', 'engine', 'map', 'view', 'kiosk', 'ui'];
const BROWSER_ONLY = ['react', 'react-dom', 'react-dom/*', 'maplibre-gl', 'maplibre-gl/*'];

function importBoundaries() {
  return FLOORS.map((floor, index) => {
    const above = FLOORS.slice(index + 1);
    const patterns = [
      { group: above.flatMap((name) => [`../${name}/*`, `../../${name}/*`]), message: `src/${floor} may not import from a floor above it (${above.join(', ')}): data flows one way.` },
    ];
    // The pure floors stay pure: no node-only modules (fixtures and readers live in data/), no React or MapLibre.
    if (['time', 'model', 'engine'].includes(floor)) {
      patterns.push({ group: ['node:*', ...BROWSER_ONLY], message: `src/${floor} is pure: no node-only modules, no React, no MapLibre.` });
    }
    return {
      files: [`src/${floor}/**/*.{ts,tsx}`],
      ignores: floor === 'engine' ? ['src/engine/**/*.test.ts'] : [],
      rules: { 'no-restricted-imports': ['error', { patterns: patterns.filter((pattern) => pattern.group.length > 0) }] },
    };
  });
}

export default tseslint.config(
  { ignores: ['dist/', 'dist-bench/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name=/^(getHours|getMinutes|getDate|getMonth|getFullYear|getDay|getTimezoneOffset|toLocaleString|toLocaleDateString|toLocaleTimeString)$/]",
          message: 'Petrograd time never uses the local time zone: use src/time/localTime.ts (getUTC*).',
        },
      ],
    },
  },
  // Imports run down the floors only: time → model → data → engine → map → view → kiosk → ui → main.
  ...importBoundaries(),
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/tools/**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
);
