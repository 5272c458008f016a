import { describe, expect, it } from 'vitest';
import type { Block, SectionKind } from '../model/candidate-document';
import type { Evidence } from '../model/evidence';
import { indexDocument } from '../text/indexed-document';
import { groupEvidence } from './evidence-by-kind';
import { judgeMlRelevance } from './ml-relevance';
import { documentWith, tool } from './test-support/evidence-builders';

const exp = (blocks: Block[]) => ({ kind: 'experience' as SectionKind, blocks });

describe('judgeMlRelevance', () => {
  it.each<[string, ReturnType<typeof documentWith>, Evidence[], string]>([
    ['two ML tools at work', documentWith([exp([{ id: 'e1', text: 'Trained rankers.' }])]), [tool('PyTorch', 'ml-framework', 'used', 'experience', 'e1'), tool('MLflow', 'experiment-tracking', 'used', 'experience', 'e1')], 'core'],
    ['an ML title with work sentences', documentWith([exp([{ id: 'e1', title: 'Machine Learning Engineer', text: 'Fine-tuned a classifier for support tickets.' }])]), [], 'core'],
    ['an ML internship under another heading', documentWith([{ kind: 'other', blocks: [{ id: 'o1', title: 'Data Science Intern', dates: { raw: '2022-01 – 2022-05' }, text: 'Data Science Intern' }] }]), [], 'some'],
    ['ML only in projects', documentWith([exp([{ id: 'e1', title: 'Web Developer', text: 'Built shop pages.' }]), { kind: 'projects', blocks: [{ id: 'p1', text: 'Trained a random forest on housing prices.' }] }]), [tool('scikit-learn', 'ml-library', 'used', 'projects', 'p1')], 'some'],
    ['ML only in the headline', documentWith([exp([{ id: 'e1', title: 'Sales Associate', text: 'Served customers.' }])], 'AI/ML & Cloud Developer'), [], 'weak'],
    ['ML tools only listed', documentWith([exp([{ id: 'e1', title: 'Backend Developer', text: 'Built APIs in Java.' }])]), [tool('TensorFlow', 'ml-framework', 'listed')], 'weak'],
    ['a backend engineer', documentWith([exp([{ id: 'e1', title: 'Backend Developer', text: 'Built APIs in Java with regression tests and staff training.' }])]), [tool('Java', 'language', 'used', 'experience', 'e1')], 'none'],
  ])('%s', (_name, doc, evidence, level) => {
    expect(judgeMlRelevance(indexDocument(doc), groupEvidence(evidence)).level).toBe(level);
  });
});
