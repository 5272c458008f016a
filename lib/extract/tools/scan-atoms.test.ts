import { describe, expect, it } from 'vitest';
import { scanAtoms } from './scan-atoms';

const keys = (text: string) => scanAtoms(text).map((atom) => atom.key);

describe('scanAtoms', () => {
  it.each([
    ['C++ and C#', ['c++', 'and', 'c#']],
    ['C++17, F#', ['c++17', 'f#']],
    ['.NET and ASP.NET', ['.net', 'and', 'asp', 'net']],
    ['C#/.NET', ['c#', '/', '.net']],
    ['Node.js', ['node', 'js']],
    ['scikit-learn', ['scikit', 'learn']],
    ['R&D and W&B', ['r&d', 'and', 'w&b']],
    ['Weights & Biases', ['weights', '&', 'biases']],
    ['Python+Docker', ['python', 'docker']],
    ['kdb+ q', ['kdb+', 'q']],
    ['see https://github.com/ana/pytorch-tools now', ['see', 'now']],
    ['mail ana@example.com or github.com/ana/spark', ['mail', 'or']],
    ['site www.pytorch-tools.dev or Spark', ['site', 'or', 'spark']],
    ['Jürgen über Straße', ['j', 'rgen', 'ber', 'stra', 'e']],
    ['使用PyTorch训练 и Docker', ['pytorch', 'docker']],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it('marks what separates an atom from the previous one', () => {
    expect(scanAtoms('Node.js, Go').map((atom) => atom.gap)).toEqual(['break', 'joiner', 'break']);
  });

  it('keeps offsets that point back into the text', () => {
    const text = 'Built C++ services on .NET Core, with scikit-learn.';
    for (const atom of scanAtoms(text)) expect(text.slice(atom.start, atom.end).toLowerCase()).toBe(atom.key);
  });
});
