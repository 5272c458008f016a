import { buildPhraseLexicon, type PhraseLexicon } from '../../text/phrase-lexicon';

export interface BuzzwordEntry {
  /** Canonical form shown to the user and counted. */
  term: string;
  /** 1 for pure hype, lower for words that are sometimes meant literally. */
  strength: number;
  /** The phrase is legitimate when one of these words follows within a few words ("state-of-the-art results on ImageNet"). */
  unlessFollowedBy?: ReadonlySet<string>;
}

const MEASURED_CLAIM = new Set([
  'results', 'result', 'performance', 'accuracy', 'benchmark', 'benchmarks', 'score', 'scores', 'baseline', 'baselines',
  'leaderboard', 'f1', 'bleu', 'rouge', 'auc', 'map', 'wer', 'perplexity', 'sota', 'on', 'methods', 'models',
  'approaches', 'techniques', 'systems',
]);

// "Next-generation sequencing" is a laboratory method, not a boast.
const LAB_METHOD = new Set(['sequencing', 'sequencer', 'sequencers']);

const FIELDS = [
  'ai', 'ml', 'dl', 'nlp', 'cv', 'machine learning', 'deep learning', 'artificial intelligence', 'data science',
  'computer vision', 'natural language processing', 'generative ai', 'genai', 'llms', 'big data', 'ai ml', 'ml ai',
];

type Row = readonly [string, BuzzwordEntry];

function rows(term: string, phrases: string[], strength = 1, unlessFollowedBy?: ReadonlySet<string>): Row[] {
  return phrases.map((p) => [p, { term, strength, unlessFollowedBy }] as const);
}

const ROWS: Row[] = [
  ...rows('cutting-edge', ['cutting edge', 'bleeding edge', 'leading edge']),
  ...rows('state-of-the-art', ['state of the art', 'state of art'], 1, MEASURED_CLAIM),
  ...rows('state-of-the-art solutions', ['state of the art solutions', 'state of the art solution', 'state of the art technology', 'state of the art technologies']),
  ...rows('AI-driven', ['ai driven', 'ai powered', 'ai first', 'ai enabled', 'ml driven', 'ml powered', 'ai native', 'ai infused']),
  ...rows('data-driven', ['data driven'], 0.5),
  ...rows('leveraged AI', ['leveraged ai', 'leverage ai', 'leveraging ai', 'harness ai', 'harnessing ai', 'harnessed ai', 'harness the power of ai', 'power of ai']),
  ...rows('leverage', ['leverage', 'leverages', 'leveraged', 'leveraging'], 0.5),
  ...rows('drive innovation', ['drive innovation', 'drives innovation', 'driving innovation', 'drove innovation', 'drive growth', 'driving growth', 'fuel innovation', 'spearhead innovation', 'innovation driven']),
  ...rows('innovative solutions', ['innovative solutions', 'innovative solution', 'innovative ideas', 'innovative technology', 'innovative technologies', 'innovative approaches', 'innovative products', 'innovative mindset']),
  ...rows('innovative', ['innovative'], 0.5),
  ...rows('passionate', ['passionate', 'passion for', 'passionately']),
  ...rows('results-driven', ['results driven', 'result driven', 'results oriented', 'result oriented', 'goal oriented', 'results focused', 'impact driven', 'mission driven', 'outcome driven']),
  ...rows('synergy', ['synergy', 'synergies', 'synergize', 'synergise', 'synergistic']),
  ...rows('game-changer', ['game changer', 'game changing', 'game changers']),
  ...rows('thought leader', ['thought leader', 'thought leaders', 'thought leadership']),
  ...FIELDS.flatMap((f) => rows('expert in ML/AI', [`expert in ${f}`, `${f} expert`, `guru in ${f}`, `master of ${f}`])),
  ...FIELDS.flatMap((f) => rows('expert in ML/AI', [`expertise in ${f}`], 0.5)),
  ...rows('revolutionize', ['revolutionize', 'revolutionized', 'revolutionizing', 'revolutionise', 'revolutionised', 'revolutionising', 'revolutionary']),
  ...rows('world-class', ['world class']),
  ...rows('best-in-class', ['best in class', 'best of breed', 'industry leading', 'industry leader']),
  ...rows('rockstar', ['rockstar', 'rock star', 'rockstars']),
  ...rows('ninja', ['ninja', 'ninjas', 'guru', '10x engineer', 'ai enthusiast', 'ai evangelist', 'evangelist']),
  ...rows('dynamic', ['dynamic professional', 'dynamic individual', 'dynamic team', 'dynamic environment', 'dynamic environments', 'dynamic leader', 'dynamic personality', 'highly dynamic']),
  ...rows('proven track record', ['proven track record', 'track record of success', 'proven ability', 'proven experience', 'demonstrated history', 'demonstrated track record', 'proven history']),
  ...rows('detail-oriented', ['detail oriented', 'attention to detail', 'meticulous']),
  ...rows('self-starter', ['self starter', 'self motivated', 'highly motivated', 'go getter', 'hard working', 'hardworking', 'team player', 'fast learner', 'quick learner', 'can do attitude']),
  ...rows('next-generation', ['next generation', 'next gen'], 1, LAB_METHOD),
  ...rows('next-generation', ['future proof', 'future ready']),
  ...rows('disruptive', ['disruptive', 'disrupt', 'disrupting']),
  ...rows('transformative', ['transformative', 'transformational', 'paradigm shift', 'paradigm shifting']),
  ...rows('seasoned', ['seasoned'], 0.5),
  ...rows('visionary', ['visionary', 'strategic thinker', 'forward thinking', 'growth mindset', 'out of the box', 'outside the box', 'blue sky']),
  ...rows('actionable insights', ['actionable insights', 'actionable insight', 'valuable insights', 'extract value', 'unlock value', 'business value', 'drive value', 'add value', 'value add', 'value added', 'move the needle', 'measurable impact', 'high impact', 'impactful']),
  ...rows('seamless', ['seamless', 'seamlessly', 'end to end ownership', 'holistic'], 0.5),
  ...rows('robust', ['robust', 'powerful'], 0.3),
  ...rows('strive for excellence', ['strive for excellence', 'strive for perfection', 'pursuit of excellence', 'commitment to excellence']),
  ...rows('high-quality solutions', ['high quality solutions', 'quality solutions', 'world class solutions', 'tailored solutions']),
  ...rows('big data', ['big data'], 0.5),
  ...rows('strong professional', ['strong engineering professional', 'strong professional', 'skilled professional', 'experienced professional', 'dedicated professional', 'motivated professional']),
  ...rows('excellent communication skills', ['excellent communication skills', 'strong communication skills', 'excellent communication', 'excellent interpersonal skills', 'strong interpersonal skills']),
  ...rows('strategic', ['strategic management', 'strategic vision', 'strategic thinking', 'strategic mindset', 'strategic planning'], 0.5),
  ...rows('empower', ['empower', 'empowers', 'empowered', 'empowering']),
  ...rows('spearheaded', ['spearheaded', 'spearheading', 'pioneered', 'pioneering'], 0.5),
  ...rows('enterprise-grade', ['enterprise grade'], 0.5),
  ...rows('enterprise-grade', ['mission critical', 'best practices'], 0.3),
];

export const BUZZWORD_LEXICON: PhraseLexicon<BuzzwordEntry> = buildPhraseLexicon(ROWS);
