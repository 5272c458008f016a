import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import path from 'node:path';
import tseslint from 'typescript-eslint';

/**
 * The house runs one way. Each row: files under `from` must not import anything under a folder in `never`.
 * Paths are from the project root; an import is resolved against its file before it is compared.
 */
export const LAYER_RULES = [
  { from: 'lib', never: ['components', 'entrypoints', 'cli', 'tests'], why: 'lib/ is pure: it runs in Node and the extension alike' },
  {
    from: 'lib/model',
    never: [
      'lib/knowledge',
      'lib/text',
      'lib/nlp',
      'lib/sources',
      'lib/extract',
      'lib/screen',
      'lib/storage',
      'lib/export',
      'lib/settings',
      'lib/messaging',
      'lib/highlight',
    ],
    why: 'the contracts depend on nothing',
  },
  {
    from: 'lib/knowledge',
    never: ['lib/text', 'lib/nlp', 'lib/sources', 'lib/extract', 'lib/screen', 'lib/storage', 'lib/export', 'lib/settings', 'lib/messaging', 'lib/highlight'],
    why: 'knowledge is the ground floor: data and the parsers of that data',
  },
  { from: 'lib/sources', never: ['lib/extract', 'lib/screen', 'lib/nlp'], why: 'readers never import extraction' },
  { from: 'lib/nlp', never: ['lib/extract', 'lib/screen', 'lib/sources'], why: 'NLP helpers serve extraction, not the other way round' },
  { from: 'lib/extract', never: ['lib/screen', 'lib/sources'], why: 'extraction never imports screen' },
  { from: 'components', never: ['entrypoints'], why: 'components are rendered by entrypoints, not the other way round' },
];

const ROOT = import.meta.dirname;

const isUnder = (file, folder) => file === folder || file.startsWith(`${folder}/`);
// A test beside its module may read the shared invented fixtures: tests never ship, so the layer stays pure.
const isTestReadingFixtures = (from, target) => /\.test\.tsx?$/.test(from) && isUnder(target, 'tests/fixtures');

/** The rule a relative import breaks, or undefined. Bare imports (packages) are not layers. */
export function brokenLayerRule(importer, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const target = path.relative(ROOT, path.resolve(path.dirname(importer), specifier));
  const from = path.relative(ROOT, importer);
  if (isTestReadingFixtures(from, target)) return undefined;
  return LAYER_RULES.find((rule) => isUnder(from, rule.from) && rule.never.some((folder) => isUnder(target, folder)));
}

const layerBoundaries = {
  meta: { type: 'problem', messages: { broken: '{{from}} must not import {{target}}: {{why}}.' }, schema: [] },
  create(context) {
    const check = (node) => {
      const specifier = node.source?.value;
      if (typeof specifier !== 'string') return;
      const rule = brokenLayerRule(context.filename, specifier);
      if (rule) context.report({ node: node.source, messageId: 'broken', data: { from: rule.from, target: specifier, why: rule.why } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'coverage/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, shipcheck: { rules: { 'layer-boundaries': layerBoundaries } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'shipcheck/layer-boundaries': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
