import { describe, expect, it } from 'vitest';
import type { Block, SectionKind } from '../../model/candidate-document';
import { indexDocument } from '../../text/indexed-document';
import { extractTools } from './extract-tools';

function docOf(section: SectionKind, text: string, extra: Partial<Block> = {}) {
  return indexDocument({
    source: 'text',
    capturedAt: '2026-01-01T00:00:00Z',
    person: { links: [] },
    sections: [{ kind: section, heading: section, blocks: [{ id: 'b1', text, ...extra }] }],
    incomplete: [],
    warnings: [],
  });
}

const toolsIn = (section: SectionKind, text: string) => extractTools(docOf(section, text)).map((e) => e.tool.name);

describe('extractTools: catalogue names and symbols', () => {
  it.each([
    ['Trained ranking models in PyTorch and served them with TorchServe.', ['PyTorch', 'TorchServe']],
    ['Wrote the ingestion layer in C++ and the tooling in C#.', ['C++', 'C#']],
    ['Ported the service from .NET Framework to Node.js and Next.js.', ['.NET', 'Node.js', 'Next.js']],
    ['Built features with scikit-learn and sklearn pipelines.', ['scikit-learn', 'scikit-learn']],
    ['Tracked runs in W&B and MLflow; deployed on k8s.', ['Weights & Biases', 'MLflow', 'Kubernetes']],
    ['Stored embeddings in Postgres with pgvector.', ['PostgreSQL', 'pgvector']],
    ['Moved jobs to GitHub Actions from Jenkins.', ['GitHub Actions', 'Jenkins']],
    ['Upgraded Python3 services to Vue3 front ends.', ['Python', 'Vue.js']],
    ['Functional code in F# on Azure.', ['F#', 'Microsoft Azure']],
  ])('%s', (text, expected) => {
    expect(toolsIn('experience', text)).toEqual(expected);
  });
});

describe('extractTools: longest match wins', () => {
  it.each([
    ['Trained with PyTorch Lightning on 8 GPUs.', ['PyTorch Lightning']],
    ['Fine-tuned models with Hugging Face Transformers.', ['Hugging Face Transformers']],
    ['Loaded Azure OpenAI behind an API.', ['Azure OpenAI']],
    ['Scaled inference with Ray Serve.', ['Ray Serve']],
    ['Queried Spark SQL tables.', ['Apache Spark']],
    ['Served models with TensorFlow Serving.', ['TensorFlow Serving']],
  ])('%s', (text, expected) => {
    expect(toolsIn('experience', text)).toEqual(expected);
  });
});

describe('extractTools: models, concepts, protocols and hardware are not tools', () => {
  it.each([
    'Fine-tuned BERT and GPT-4 for classification.',
    'Implemented a transformer, a CNN and an LSTM from scratch.',
    'Deployed YOLO and ResNet models on Jetson GPUs.',
    'Built RAG agents with Llama and Claude over MCP.',
    'Set up CI/CD for microservices behind REST APIs.',
    'Five years of machine learning, NLP and MLOps.',
    'Led R&D for AT&T.',
    'Certified by the Linux Foundation.',
    'Built an API gateway and moved files to cloud storage.',
    'Agents use the ReAct pattern.',
    'Holds an active TS/SCI clearance.',
    'Raised the TRL from 4 to 6.',
  ])('%s', (text) => {
    expect(toolsIn('experience', text)).toEqual([]);
  });
});

describe('extractTools: ambiguous words need context in prose', () => {
  it.each([
    ['Wrote backend services in Go.', ['Go']],
    ['Built Go microservices for payments.', ['Go']],
    ['Analysed survey data in R.', ['R']],
    ['Ported numerical code to Julia and Python.', ['Julia', 'Python']],
    ['Ran ETL jobs with Spark on EMR.', ['Apache Spark', 'Amazon EMR']],
    ['Scheduled the pipelines with Airflow.', ['Apache Airflow']],
    ['Distributed training with Ray and PyTorch.', ['Ray', 'PyTorch']],
    ['Exposed the model through a Flask API.', ['Flask']],
    ['Automated weekly reports in Excel.', ['Microsoft Excel']],
    ['Firmware in C and C++ for sensors.', ['C', 'C++']],
    ['Rewrote the parser in Rust.', ['Rust']],
    ['Served dashboards built with Dash and Plotly.', ['Plotly Dash', 'Plotly']],
    ['Apache Spark pipelines processed the logs.', ['Apache Spark']],
    ['built etl in spark and airflow on emr', ['Apache Spark', 'Apache Airflow', 'Amazon EMR']],
    ['wrote the parser in rust', ['Rust']],
  ])('%s', (text, expected) => {
    expect(toolsIn('experience', text)).toEqual(expected);
  });

  it.each([
    'Helped the team go to production in three weeks.',
    'Go to market plan for the product launch.',
    'Our go-to model for churn.',
    'Excel at communicating results to executives.',
    'I excel at stakeholder management.',
    'Met Ray Dalio at a conference.',
    'Worked with Julia Roberts on the campaign.',
    'A spark of curiosity drives my work.',
    'Spark joy in the team.',
    'The airflow sensor readings were noisy.',
    'Drank from a flask during the hike.',
    'Ray of hope for the project.',
    'Graded C in the course, plan B and plan C.',
    'Raised a Series C round.',
    'Make the most of every sprint.',
    'Express ideas clearly to stakeholders.',
    'The rust on the pipes was measured.',
    'Delivered a swift response to incidents.',
    'Started in Spring 2021 as an intern.',
    'Avoided heavy frameworks like Bootstrap to keep pages light.',
    'Eliminated manual Excel reports for finance.',
    'used to go to meetups and delivered a swift response to incidents',
  ])('%s', (text) => {
    expect(toolsIn('experience', text)).toEqual([]);
  });
});

describe('extractTools: lists accept ambiguous words freely', () => {
  it.each([
    ['Languages: Python, R, SQL, Go', ['Python', 'R', 'SQL', 'Go']],
    ['Tools: Spark, Airflow, Ray, Excel', ['Apache Spark', 'Apache Airflow', 'Ray', 'Microsoft Excel']],
    ['python, go, rust, julia', ['Python', 'Go', 'Rust', 'Julia']],
    ['C/C++, Java', ['C', 'C++', 'Java']],
    ['PyTorch, TensorFlow, Transformers', ['PyTorch', 'TensorFlow', 'Hugging Face Transformers']],
  ])('%s', (text, expected) => {
    expect(toolsIn('skills', text)).toEqual(expected);
  });

  it.each([
    ['CNNs, RNNs, Transformers', []],
    ['Strobl C, Markov N, Zappia L', []],
    ['ReAct, RAG, agents', []],
  ])('%s', (text, expected) => {
    expect(toolsIn('skills', text)).toEqual(expected);
  });
});

describe('extractTools: listed or used', () => {
  it.each([
    ['skills', 'Python, Docker, Kubernetes', 'listed'],
    ['summary', 'Languages: Python, Docker, Kubernetes', 'listed'],
    ['summary', 'Shipped Python services on Kubernetes for five years.', 'used'],
    ['experience', 'Deployed the Python service on Kubernetes.', 'used'],
    ['experience', 'Tech stack: Python, Docker, Kubernetes', 'used'],
    ['projects', 'Built a Python CLI packaged with Docker.', 'used'],
    ['certifications', 'AWS Certified Machine Learning Specialty', 'listed'],
  ] as const)('%s: %s', (section, text, usage) => {
    const evidence = extractTools(docOf(section, text));
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(e.tool.usage).toBe(usage);
  });

  it('reads nothing from the natural-languages section', () => {
    expect(toolsIn('languages', 'English, Go, R')).toEqual([]);
  });
});

describe('extractTools: evidence', () => {
  it('quotes the sentence, the exact match, its offsets in the block, the role and the rule', () => {
    const text = 'Led a team of four.\nServed the ranker with BentoML on EKS.';
    const doc = docOf('experience', text, { title: 'ML Engineer', org: 'Acme', dates: { raw: '2021 - 2023' } });
    const [bento, eks] = extractTools(doc);
    expect(bento.quote).toBe('Served the ranker with BentoML on EKS.');
    expect(bento.match).toBe('BentoML');
    expect(text.slice(bento.location.start, bento.location.end)).toBe('BentoML');
    expect(text.slice(eks.location.start, eks.location.end)).toBe('EKS');
    expect(bento.role).toEqual({ title: 'ML Engineer', org: 'Acme', dates: '2021 - 2023' });
    expect(bento.ruleId).toBe('tool.catalogue');
    expect(bento.tool).toEqual({ name: 'BentoML', category: 'serving', usage: 'used' });
    expect(new Set([bento.id, eks.id]).size).toBe(2);
  });

  it('gives one evidence per occurrence', () => {
    expect(toolsIn('experience', 'Used Docker. Then Docker again.')).toEqual(['Docker', 'Docker']);
  });

  it('names the context rule that accepted an ambiguous word', () => {
    const [go] = extractTools(docOf('experience', 'Wrote services in Go.'));
    expect(go.ruleId).toBe('tool.cue-word');
    expect(go.strength).toBeLessThan(1);
  });

  it('reads a role title and the skills a page ties to the role, outside the body text', () => {
    const doc = docOf('experience', 'Owned the checkout.', { title: 'Senior Python Developer', skills: ['React.js', 'Cascading Style Sheets (CSS)'] });
    const evidence = extractTools(doc);
    expect(evidence.map((e) => [e.tool.name, e.ruleId])).toEqual([
      ['Python', 'tool.title'],
      ['React', 'tool.skill-hint'],
      ['CSS', 'tool.skill-hint'],
    ]);
    for (const e of evidence) expect(e.location).toMatchObject({ start: 0, end: 0 });
  });
});

describe('extractTools: links and code', () => {
  it.each([
    'GitHub: https://github.com/ana-example',
    'LinkedIn: linkedin.com/in/ana | GitLab - gitlab.com/ana',
    'Code at github.com/ana/pytorch-tools and www.spark-example.org',
    'Contact ana@pytorch.dev',
  ])('%s', (text) => {
    expect(toolsIn('other', text)).toEqual([]);
  });

  it('still reads a tool named before a link in a sentence', () => {
    expect(toolsIn('projects', 'Built with PyTorch - https://github.com/ana/demo')).toEqual(['PyTorch']);
  });
});
