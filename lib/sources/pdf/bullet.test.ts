import { describe, expect, it } from 'vitest';
import { splitBullet } from './bullet';

describe('splitBullet', () => {
  it.each([
    ['• Deployed a model', true, 'Deployed a model'],
    ['\uF0B7 Worked on pipelines', true, 'Worked on pipelines'],
    ['◦ TensorFlow: library', true, 'TensorFlow: library'],
    ['- Built a service', true, 'Built a service'],
    ['-Completed the survey', true, 'Completed the survey'],
    ['* Shipped it', true, 'Shipped it'],
    ['-based approach', false, '-based approach'],
    ['Deployed a model', false, 'Deployed a model'],
    ['2019 - 2021', false, '2019 - 2021'],
    ['•', false, '•'],
  ])('%s', (text, bullet, rest) => {
    expect(splitBullet(text)).toEqual({ bullet, text: rest });
  });
});
