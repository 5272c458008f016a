import { describe, expect, it } from 'vitest';
import type { Block, SectionKind, SourceKind } from '../../model/candidate-document';
import { indexDocument } from '../../text/indexed-document';
import { blockSetting, paragraphSettingOf, sentenceSetting } from './work-setting';

function settingOf(section: SectionKind, block: Omit<Block, 'id'>, source: SourceKind = 'text') {
  const doc = indexDocument({
    source,
    capturedAt: '',
    person: { links: [] },
    sections: [{ kind: section, heading: section, blocks: [{ id: 'b', ...block }] }],
    incomplete: [],
    warnings: [],
  });
  return blockSetting(doc.blocks[0], source);
}

describe('blockSetting', () => {
  it.each<[string, SectionKind, Omit<Block, 'id'>, SourceKind, string]>([
    ['a role', 'experience', { title: 'Data Scientist', org: 'Brightline Insurance', text: 'Priced claims.' }, 'text', 'job'],
    ['a bootcamp listed as a job', 'experience', { title: 'Data Science Fellow', org: 'Le Wagon', text: 'Built models.' }, 'text', 'coursework'],
    ['a bootcamp named in the first line', 'experience', { text: 'Data Science Immersive (12-week bootcamp)\nBuilt a churn model.' }, 'text', 'coursework'],
    ['a side project listed as a job', 'experience', { title: 'Side project', org: 'Self-employed', text: 'Built a recipe app.' }, 'text', 'project'],
    ['a project', 'projects', { title: 'Recipe recommender', text: 'Built a recommender.' }, 'text', 'project'],
    [
      'a Kaggle entry under projects',
      'projects',
      { title: 'Ocean buoy wave forecast (Kaggle)', text: 'Trained a gradient boosting model.' },
      'text',
      'coursework',
    ],
    [
      'a competition entry of another kind',
      'projects',
      { title: 'Tide app (city open-data challenge)', text: 'Built a tide forecast app.' },
      'text',
      'project',
    ],
    ['a capstone under projects', 'projects', { title: 'Capstone: churn prediction', text: 'Trained a model.' }, 'text', 'coursework'],
    ['a degree', 'education', { title: 'MSc Machine Learning', text: 'Thesis on graph models.' }, 'text', 'coursework'],
    ['a dated role under another heading', 'other', { title: 'Research Intern', dates: { raw: '2022' }, text: 'Ran experiments.' }, 'text', 'job'],
    ['an untitled paragraph under another heading', 'other', { text: 'Chess, running, jazz piano.' }, 'text', 'unknown'],
    ['a summary', 'summary', { text: 'Engineer who ships.' }, 'text', 'unknown'],
    [
      'a role the reader left in the summary',
      'summary',
      { text: 'Senior Data Scientist, Allegro, 2020 – present\nBuilt the demand forecasting models.' },
      'text',
      'job',
    ],
    ['a GitHub repository', 'projects', { title: 'ana/ranker', text: 'A ranking service.' }, 'github', 'project'],
    [
      'a project set by a course, named by its code on the line under the title',
      'projects',
      { title: 'Street sign reader', text: 'Street sign reader\nFinal project for CSC 485 Deep Learning.\nTrained a CNN in PyTorch.' },
      'text',
      'coursework',
    ],
    ['a group assignment in a named course', 'projects', { title: 'Group assignment in the Applied NLP course', text: 'Tagged tweets.' }, 'text', 'coursework'],
    [
      'a project for a client in a year, not a course',
      'projects',
      { title: 'Tide app', text: 'Tide app\nFreelance project for RNLI 2023.\nBuilt a tide forecast app.' },
      'text',
      'project',
    ],
    [
      'a project that names a GPU, not a course',
      'projects',
      { title: 'Home GPU box', text: 'Side project on RTX 4090: served a Llama model.' },
      'text',
      'project',
    ],
    [
      'a project built on a teaching dataset',
      'projects',
      { title: 'Digit reader', text: 'Trained a CNN in Keras on MNIST, 99.1% test accuracy.' },
      'text',
      'coursework',
    ],
    [
      'a project built on data of its own',
      'projects',
      { title: 'Bird call app', text: 'Trained a CNN on 40,000 recordings from my garden feeder; 800 people use the app.' },
      'text',
      'project',
    ],
    [
      'a job that benchmarks on a teaching dataset',
      'experience',
      { title: 'Research Engineer', org: 'Lumen Labs', text: 'Benchmarked pruning on CIFAR-10.' },
      'text',
      'job',
    ],
    ['a GitHub repository on a teaching dataset', 'projects', { title: 'ana/mnist-gan', text: 'A GAN that draws MNIST digits.' }, 'github', 'project'],
  ])('%s -> %s', (_name, section, block, source, setting) => {
    expect(settingOf(section, block, source)).toBe(setting);
  });

  it('lets a sentence say more than its block, never less than a course', () => {
    expect(sentenceSetting('job', 'Side project: built a chess engine in Rust.')).toBe('project');
    expect(sentenceSetting('project', 'Started as a course project for Coursera’s ML specialisation.')).toBe('coursework');
    expect(sentenceSetting('job', 'Deployed the fraud model to production.')).toBe('job');
    expect(sentenceSetting('coursework', 'Won a Kaggle silver medal.')).toBe('coursework');
    expect(sentenceSetting('job', 'Contributed to 4 open-source computer vision and NLP projects using PyTorch.')).toBe('project');
    expect(sentenceSetting('job', 'Maintained the open-source tokenizer library that our inference servers depend on.')).toBe('job');
  });
});

describe('paragraphSettingOf', () => {
  const prose =
    'I build ranking systems and care about on-call.\n' +
    'Kestrel Bank, ML Engineer (2019–2023). I served the credit model behind gRPC at 4,000 requests per second.\n' +
    'I am passionate about cutting-edge AI and deploy models at scale.';
  const blockIn = (section: SectionKind) =>
    indexDocument({
      source: 'pdf',
      capturedAt: '',
      person: { links: [] },
      sections: [{ kind: section, heading: '', blocks: [{ id: 'b', text: prose }] }],
      incomplete: [],
      warnings: [],
    }).blocks[0];

  it('reads a paragraph that opens with a run-in role header as work in that role', () => {
    expect(paragraphSettingOf('unknown', blockIn('summary'))(prose.indexOf('I served'))).toBe('job');
  });

  it('leaves the other paragraphs of the block, and blocks that already have a place, as they were', () => {
    expect(paragraphSettingOf('unknown', blockIn('summary'))(prose.indexOf('I am passionate'))).toBe('unknown');
    expect(paragraphSettingOf('unknown', blockIn('summary'))(0)).toBe('unknown');
    expect(paragraphSettingOf('project', blockIn('projects'))(prose.indexOf('I served'))).toBe('project');
  });
});
