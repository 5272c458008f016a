import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'shipcheck/layer-boundaries').map((m) => m.message);
}

describe('the layer-boundaries lint rule', () => {
  it.each([
    ['a reader importing extraction', 'lib/sources/pdf/example.ts', "import { x } from '../../extract/outcomes/lexicon';"],
    ['extraction importing screen', 'lib/extract/tools/example.ts', "import { x } from '../../screen/score-verdict';"],
    ['lib importing a component', 'lib/screen/example.ts', "import { x } from '../../components/panel/panel';"],
    ['lib importing an entrypoint', 'lib/storage/example.ts', "export { x } from '../../entrypoints/background';"],
    ['the contracts importing extraction', 'lib/model/example.ts', "import type { X } from '../extract/extract-evidence';"],
    ['a component importing an entrypoint', 'components/panel/example.tsx', "const m = import('../../entrypoints/pdf/main');"],
    ['lib code importing a test fixture', 'lib/export/example.ts', "import { x } from '../../tests/fixtures/exports/invented-candidates';"],
    ['a reader importing the tool catalogue through extraction', 'lib/sources/example.ts', "import { x } from '../extract/tools/lookup-tool';"],
  ])('fails on %s', async (_name, file, code) => {
    expect(await layerErrors(file, `${code}\nexport const y = 1;\n`)).toHaveLength(1);
  });

  it.each([
    ['screen importing extraction', 'lib/screen/example.ts', "import { x } from '../extract/extract-evidence';"],
    ['a reader importing the model', 'lib/sources/pdf/example.ts', "import { x } from '../../model/candidate-document';"],
    ['a component importing lib', 'components/panel/example.tsx', "import { x } from '../../lib/screen/screen-document';"],
    ['a package import', 'lib/sources/pdf/example.ts', "import { z } from 'zod';"],
    ['a file named like a layer', 'lib/sources/example.ts', "import { x } from './extract-lines';"],
    ['a reader importing knowledge', 'lib/sources/example.ts', "import { x } from '../knowledge/dates/find-date-ranges';"],
    [
      'a test beside its module reading a shared fixture',
      'lib/export/example.test.ts',
      "import { x } from '../../tests/fixtures/exports/invented-candidates';",
    ],
  ])('passes %s', async (_name, file, code) => {
    expect(await layerErrors(file, `${code}\nexport const y = 1;\n`)).toEqual([]);
  });
});
