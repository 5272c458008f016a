import { describe, expect, it } from 'vitest';
import type { CandidateDocument } from '../model/candidate-document';
import { indexDocument } from '../text/indexed-document';
import { readabilityOf } from './readability';

const doc = (text: string, title?: string): CandidateDocument => ({
  source: 'text',
  capturedAt: '',
  person: { links: [] },
  sections: [{ kind: 'experience', heading: 'Experience', blocks: [{ id: 'b', title, text }] }],
  incomplete: [],
  warnings: [],
});
const read = (text: string, title?: string) => readabilityOf(indexDocument(doc(text, title)));

describe('readabilityOf', () => {
  it('reads Latin and Cyrillic, and names the script it does not read', () => {
    expect(read('Разработал сервис на FastAPI и Docker для команды.').unreadShare).toBe(0);
    expect(read('Développé un modèle de prévision pour l’équipe.').unreadShare).toBe(0);
    const chinese = read('使用 PyTorch 训练排序模型并部署到生产环境');
    expect(chinese.unreadShare).toBeGreaterThan(0.5);
    expect(chinese.unreadScript).toBe('Chinese or Japanese');
  });

  it('counts NUL bytes and replacement characters as not text, and a few header icons barely', () => {
    expect(read('E\u0000n\u0000g\u0000i\u0000n\u0000e\u0000e\u0000r\u0000').garbageShare).toBeCloseTo(0.5);
    expect(read('\uf0e0 ana@example.com \uf095 +1 555 0100; wrote the booking service in Java for the dispatch team.').garbageShare).toBeLessThan(0.05);
  });

  it('counts words in sentences, not in lists, and titled roles', () => {
    const r = read('Built the booking screens of the dispatch tool in Java.\nJava, SQL', 'Software Engineer');
    expect(r).toMatchObject({ proseWords: 10, roles: 1, titled: 1 });
  });
});
