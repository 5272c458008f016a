import { describe, expect, it } from 'vitest';
import type { Block, SectionKind } from '../model/candidate-document';
import type { Evidence } from '../model/evidence';
import { indexDocument } from '../text/indexed-document';
import { groupEvidence } from './evidence-by-kind';
import { judgeMlRelevance } from './ml-relevance';
import { buzzword, documentWith, outcome, tool, vague as vagueBuilder } from './test-support/evidence-builders';

function vagueAt(blockId: string, start: number) {
  const v = vagueBuilder('Worked on');
  return { ...v, location: { ...v.location, blockId, start, end: start + 9 } };
}

const exp = (blocks: Block[]) => ({ kind: 'experience' as SectionKind, blocks });

describe('judgeMlRelevance', () => {
  it('ignores tools and ML words in hype sentences, unless the sentence also carries a result', () => {
    const text = 'Leveraging cutting-edge deep learning with PyTorch to unlock value.\nShipped a PyTorch ranker that cut latency by 30%.';
    const doc = indexDocument(documentWith([exp([{ id: 'e1', title: 'Innovation Lead', text }])]));
    const hype = buzzword('cutting-edge');
    const hypeEvidence = { ...hype, location: { ...hype.location, blockId: 'e1', start: text.indexOf('cutting-edge'), end: text.indexOf('cutting-edge') + 12 } };
    const late = text.indexOf('Shipped');
    const inHype = tool('PyTorch', 'ml-framework', 'used', 'experience', 'e1');
    const inResult = tool('PyTorch', 'ml-framework', 'used', 'experience', 'e1');
    const result = outcome('30%', 'latency');
    const facts = (evidence: Evidence[]) => judgeMlRelevance(doc, groupEvidence(evidence));
    const shift = <T extends Evidence>(e: T, start: number): T => ({ ...e, location: { ...e.location, blockId: 'e1', start, end: start + 1 } });
    expect(facts([hypeEvidence, shift(inHype, text.indexOf('PyTorch'))]).experienceTools).toEqual([]);
    expect(facts([hypeEvidence, shift(inHype, text.indexOf('PyTorch')), shift(inResult, late + 12), shift(result, text.indexOf('30%'))]).experienceTools).toEqual(['PyTorch']);
  });

  it('does not count a vague duty as ML work', () => {
    const text = 'Worked on machine learning algorithms.\nWorked on deep learning models.';
    const doc = indexDocument(documentWith([exp([{ id: 'e1', title: 'Intern', text }])]));
    const vague: Evidence[] = [
      { ...vagueAt('e1', 0), vague: { phrase: 'Worked on' } },
      { ...vagueAt('e1', text.indexOf('Worked on deep')), vague: { phrase: 'Worked on' } },
    ];
    expect(judgeMlRelevance(doc, groupEvidence([])).experienceMentions).toBe(2);
    expect(judgeMlRelevance(doc, groupEvidence(vague)).experienceMentions).toBe(0);
  });

  it.each<[string, ReturnType<typeof documentWith>, Evidence[], string]>([
    ['two ML tools at work', documentWith([exp([{ id: 'e1', text: 'Trained rankers.' }])]), [tool('PyTorch', 'ml-framework', 'used', 'experience', 'e1'), tool('MLflow', 'experiment-tracking', 'used', 'experience', 'e1')], 'core'],
    ['an ML title with work sentences', documentWith([exp([{ id: 'e1', title: 'Machine Learning Engineer', text: 'Fine-tuned a classifier for support tickets.' }])]), [], 'core'],
    ['an ML internship under another heading', documentWith([{ kind: 'other', blocks: [{ id: 'o1', title: 'Data Science Intern', dates: { raw: '2022-01 – 2022-05' }, text: 'Data Science Intern' }] }]), [], 'some'],
    ['ML only in projects', documentWith([exp([{ id: 'e1', title: 'Web Developer', text: 'Built shop pages.' }]), { kind: 'projects', blocks: [{ id: 'p1', text: 'Trained a random forest on housing prices.' }] }]), [tool('scikit-learn', 'ml-library', 'used', 'projects', 'p1')], 'some'],
    ['ML only in the headline', documentWith([exp([{ id: 'e1', title: 'Sales Associate', text: 'Served customers.' }])], 'AI/ML & Cloud Developer'), [], 'weak'],
    ['ML tools only listed', documentWith([exp([{ id: 'e1', title: 'Backend Developer', text: 'Built APIs in Java.' }])]), [tool('TensorFlow', 'ml-framework', 'listed')], 'weak'],
    ['one ML product named at work and nothing else', documentWith([exp([{ id: 'e1', title: 'Backend Developer', text: 'Integrated AssemblyAI into the call pipeline.' }])]), [tool('AssemblyAI', 'llm', 'used', 'experience', 'e1')], 'weak'],
    ['named models in several work sentences', documentWith([exp([{ id: 'e1', title: 'Robotics Engineer', text: 'Ran YOLOv7 on the arm camera.\nTuned PointNet++ grasp scoring.\nBuilt an RL curriculum for the gripper.' }])]), [tool('PyTorch', 'ml-framework', 'listed'), tool('OpenCV', 'ml-library', 'listed')], 'core'],
    ['a backend engineer', documentWith([exp([{ id: 'e1', title: 'Backend Developer', text: 'Built APIs in Java with regression tests and staff training.' }])]), [tool('Java', 'language', 'used', 'experience', 'e1')], 'none'],
  ])('%s', (_name, doc, evidence, level) => {
    expect(judgeMlRelevance(indexDocument(doc), groupEvidence(evidence)).level).toBe(level);
  });

  it('counts the repositories of a GitHub page as work, but never reads a repository name as a job title', () => {
    const repo = { kind: 'projects' as SectionKind, blocks: [{ id: 'r1', title: 'ana-ml/demand-forecast', text: 'Serves a LightGBM forecasting model.' }] };
    const tools = [tool('LightGBM', 'ml-library', 'used', 'projects', 'r1'), tool('MLflow', 'experiment-tracking', 'used', 'projects', 'r1')];
    const onGitHub = judgeMlRelevance(indexDocument({ ...documentWith([repo]), source: 'github' }), groupEvidence(tools));
    expect(onGitHub).toMatchObject({ level: 'core', experienceTools: ['LightGBM', 'MLflow'], titles: [] });
    const inResume = judgeMlRelevance(indexDocument(documentWith([repo])), groupEvidence(tools));
    expect(inResume).toMatchObject({ experienceTools: [], projectTools: ['LightGBM', 'MLflow'] });
  });
});
