import { describe, expect, it } from 'vitest';
import type { Block, CandidateDocument, SectionKind } from '../model/candidate-document';
import { extractEvidence } from '../extract/extract-evidence';
import { indexDocument } from '../text/indexed-document';
import { groupEvidence } from './evidence-by-kind';
import { judgeMlRelevance } from './ml-relevance';
import { documentWith, NOW } from './test-support/evidence-builders';

const exp = (blocks: Block[]) => ({ kind: 'experience' as SectionKind, blocks });
const projects = (blocks: Block[]) => ({ kind: 'projects' as SectionKind, blocks });

function relevanceOf(doc: CandidateDocument) {
  return judgeMlRelevance(doc.source, groupEvidence(extractEvidence(indexDocument(doc), NOW)));
}

const summary = (blocks: Block[]) => ({ kind: 'summary' as SectionKind, blocks });

describe('judgeMlRelevance', () => {
  it('reads a resume told as prose, with no roles or projects, from its summary sentences that carry a result', () => {
    const prose = documentWith([
      summary([
        {
          id: 's1',
          text: 'I rebuilt the fraud scoring model in PyTorch and served it on Kubernetes, and chargebacks fell 18% in the first quarter.',
        },
      ]),
    ]);
    expect(relevanceOf(prose)).toMatchObject({ experienceTools: ['PyTorch'], experienceMentions: 1, summaryMentions: 0 });
  });

  it('keeps a summary a claim when the resume has roles, or when its sentence carries no result', () => {
    const claim = {
      id: 's1',
      text: 'I rebuilt the fraud scoring model in PyTorch and served it on Kubernetes, and chargebacks fell 18% in the first quarter.',
    };
    const withRoles = documentWith([summary([claim]), exp([{ id: 'e1', title: 'Analyst', text: 'Built weekly sales dashboards in Tableau.' }])]);
    expect(relevanceOf(withRoles)).toMatchObject({ experienceTools: [], experienceMentions: 0 });
    const noResult = documentWith([summary([{ id: 's1', text: 'Passionate about deep learning with PyTorch and building AI for good.' }])]);
    expect(relevanceOf(noResult)).toMatchObject({ experienceTools: [], experienceMentions: 0 });
  });

  it('ignores tools and ML words in hype sentences, unless the sentence also carries a result', () => {
    const hype = documentWith([exp([{ id: 'e1', title: 'Innovation Lead', text: 'Leveraging cutting-edge deep learning with PyTorch to unlock value.' }])]);
    expect(relevanceOf(hype)).toMatchObject({ experienceTools: [], experienceMentions: 0 });
    const withResult = documentWith([
      exp([{ id: 'e1', title: 'Innovation Lead', text: 'Leveraging cutting-edge deep learning with PyTorch, cut review time by 30%.' }]),
    ]);
    expect(relevanceOf(withResult)).toMatchObject({ experienceTools: ['PyTorch'], experienceMentions: 1 });
  });

  it('does not count a vague duty as ML work', () => {
    const vague = documentWith([exp([{ id: 'e1', title: 'Intern', text: 'Worked on machine learning algorithms.\nWorked on deep learning models.' }])]);
    const plain = documentWith([
      exp([{ id: 'e1', title: 'Intern', text: 'Trained machine learning models for churn.\nFine-tuned deep learning models for search.' }]),
    ]);
    expect(relevanceOf(vague).experienceMentions).toBe(0);
    expect(relevanceOf(plain).experienceMentions).toBe(2);
  });

  it.each<[string, CandidateDocument, string]>([
    ['two ML tools at work', documentWith([exp([{ id: 'e1', text: 'Trained rankers in PyTorch and tracked every run in MLflow.' }])]), 'core'],
    [
      'an ML title with work sentences',
      documentWith([exp([{ id: 'e1', title: 'Machine Learning Engineer', text: 'Fine-tuned a classifier for support tickets.' }])]),
      'core',
    ],
    [
      'an ML internship under another heading',
      documentWith([{ kind: 'other', blocks: [{ id: 'o1', title: 'Data Science Intern', dates: { raw: '2022-01 – 2022-05' }, text: 'Data Science Intern' }] }]),
      'some',
    ],
    [
      'ML only in projects',
      documentWith([
        exp([{ id: 'e1', title: 'Web Developer', text: 'Built shop pages.' }]),
        projects([{ id: 'p1', text: 'Trained a random forest on housing prices with scikit-learn.' }]),
      ]),
      'some',
    ],
    ['ML only in the headline', documentWith([exp([{ id: 'e1', title: 'Sales Associate', text: 'Served customers.' }])], 'AI/ML & Cloud Developer'), 'weak'],
    [
      'ML tools only listed',
      documentWith([
        exp([{ id: 'e1', title: 'Backend Developer', text: 'Built APIs in Java.' }]),
        { kind: 'skills', blocks: [{ id: 's1', text: 'Java, TensorFlow, Docker' }] },
      ]),
      'weak',
    ],
    [
      'one ML product named at work and nothing else',
      documentWith([exp([{ id: 'e1', title: 'Backend Developer', text: 'Integrated AssemblyAI into the call pipeline.' }])]),
      'weak',
    ],
    [
      'named models in several work sentences',
      documentWith([
        exp([
          {
            id: 'e1',
            title: 'Robotics Engineer',
            text: 'Ran YOLOv7 on the arm camera.\nTuned PointNet++ grasp scoring.\nBuilt an RL curriculum for the gripper.',
          },
        ]),
        { kind: 'skills', blocks: [{ id: 's1', text: 'PyTorch, OpenCV, ROS' }] },
      ]),
      'core',
    ],
    [
      'a backend engineer',
      documentWith([exp([{ id: 'e1', title: 'Backend Developer', text: 'Built APIs in Java with regression tests and staff training.' }])]),
      'none',
    ],
  ])('%s', (_name, doc, level) => {
    expect(relevanceOf(doc).level).toBe(level);
  });

  it('counts the repositories of a GitHub page as work, but never reads a repository name as a job title', () => {
    const repo = projects([{ id: 'r1', title: 'ana-ml/demand-forecast', text: 'Serves a LightGBM forecasting model with its runs tracked in MLflow.' }]);
    expect(relevanceOf({ ...documentWith([repo]), source: 'github' })).toMatchObject({ level: 'core', experienceTools: ['LightGBM', 'MLflow'], titles: [] });
    expect(relevanceOf(documentWith([repo]))).toMatchObject({ experienceTools: [], projectTools: ['LightGBM', 'MLflow'] });
  });

  it('sets apart ML done only in courses and bootcamps, wherever it is listed', () => {
    const bootcamp = documentWith([
      exp([
        {
          id: 'e1',
          title: 'Data Science Fellow',
          org: 'General Assembly (bootcamp)',
          text: 'Trained a gradient boosting model on Kaggle housing data with scikit-learn.',
        },
        { id: 'e2', title: 'Barista', org: 'Corner Café', text: 'Ran the morning shift and trained new staff on the espresso machine.' },
      ]),
    ]);
    expect(relevanceOf(bootcamp)).toMatchObject({ onlyCoursework: true, titles: [], experienceTools: [], courseworkTools: ['scikit-learn'] });
    const job = documentWith([
      exp([{ id: 'e1', title: 'Data Scientist', org: 'Brightline Insurance', text: 'Trained a gradient boosting model on claims data with scikit-learn.' }]),
    ]);
    expect(relevanceOf(job)).toMatchObject({ onlyCoursework: false, titles: ['Data Scientist'] });
  });

  it('cites the sentences and titles it counted', () => {
    const doc = documentWith([exp([{ id: 'e1', title: 'Machine Learning Engineer', text: 'Fine-tuned a classifier for support tickets.' }])]);
    const evidence = extractEvidence(indexDocument(doc), NOW);
    const cited = relevanceOf(doc).evidenceIds.map((id) => evidence.find((e) => e.id === id)?.quote);
    expect(cited).toEqual(expect.arrayContaining(['Machine Learning Engineer', 'Fine-tuned a classifier for support tickets.']));
  });
});
