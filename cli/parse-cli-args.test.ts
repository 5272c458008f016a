import { describe, expect, it } from 'vitest';
import { parseScreenArgs, UsageError } from './parse-cli-args';

describe('parseScreenArgs', () => {
  it('reads options and files in any order', () => {
    expect(parseScreenArgs(['a.pdf', '--json', '--role', 'mlops', '--must-have', 'PyTorch, k8s', 'b.json'])).toEqual({
      json: true,
      explain: false,
      role: 'mlops',
      mustHave: ['PyTorch', 'k8s'],
      files: ['a.pdf', 'b.json'],
    });
  });

  it('asks for the explanation', () => {
    expect(parseScreenArgs(['--explain', 'a.pdf'])).toMatchObject({ explain: true, files: ['a.pdf'] });
  });

  it.each([
    [['--role', 'astronaut', 'a.pdf'], /--role must be one of/],
    [['--url'], /--url needs a value/],
    [['--verbose', 'a.pdf'], /unknown option/],
    [[], /no files/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseScreenArgs(argv)).toThrow(UsageError);
    expect(() => parseScreenArgs(argv)).toThrow(message);
  });
});
