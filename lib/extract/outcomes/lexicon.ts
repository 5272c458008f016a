import type { Word } from './sentence-words';

/** Word lists shared by the outcome rules. Entries are lower-case; stems match word prefixes. */
const set = (...words: string[]): ReadonlySet<string> => new Set(words);

/** Heads of counted nouns that are people: headcounts are not outcomes ("mentored 4 engineers"). */
export const PEOPLE = set(
  'students', 'student', 'engineers', 'engineer', 'developers', 'developer', 'people', 'persons',
  'person', 'team', 'teams', 'interns', 'intern', 'partners', 'employees',
  'staff', 'mentees', 'reports', 'colleagues', 'scientists', 'researchers', 'analysts', 'designers',
  'volunteers', 'children', 'kids', 'hires', 'founders', 'co-founders', 'cofounders', 'managers',
  'leads', 'contractors', 'peers', 'juniors', 'graduates', 'undergraduates', 'undergrads',
  'trainees', 'apprentices', 'associates', 'specialists', 'consultants', 'professionals',
  'individuals', 'tutors', 'teachers', 'professors', 'pupils', 'learners', 'attendees',
  'participants', 'followers', 'connections', 'headcount', 'fte', 'ftes', 'recruits', 'mentors',
  'coaches', 'advisors', 'reviewers', 'collaborators', 'startups', 'annotators', 'annotator',
  'labelers', 'labellers', 'raters', 'testers',
  // Headcounts in resumes written in Spanish, French, German, Italian and Portuguese.
  'personas', 'personnes', 'personen', 'persone', 'pessoas', 'ingenieros', 'ingenieras', 'ingénieurs',
  'ingenieure', 'desarrolladores', 'développeurs', 'entwickler', 'mitarbeiter', 'mitarbeitende',
  'estudiantes', 'alumnos', 'étudiants', 'studenten', 'becarios', 'stagiaires', 'directores',
  'compañeros', 'colegas', 'kollegen', 'collègues',
);

/** Counts of publications, teaching, awards and experiment set-up are not outcomes. */
export const NOT_OUTCOME_COUNTS = set(
  'papers', 'paper', 'publications', 'publication', 'articles', 'article', 'citations', 'patents',
  'patent', 'journals', 'conferences', 'talks', 'presentations', 'posters', 'books', 'chapters',
  'courses', 'course', 'lectures', 'lecture', 'classes', 'class', 'sections', 'credits', 'semesters',
  'semester', 'certifications', 'certificates', 'awards', 'award', 'prizes', 'prize', 'medals',
  'scholarships', 'hackathons', 'olympiads', 'honors', 'honours', 'seeds', 'epochs', 'folds',
  'trials', 'blog', 'blogs', 'posts', 'languages', 'features', 'endorsements', 'experiences',
  'skills', 'recommendations', 'reactions', 'comments', 'reposts', 'mutual', 'contributions',
  'holidays', 'nationalities', 'meetups', 'workshops', 'webinars', 'seminars', 'tutorials', 'gpus', 'gpu', 'tpus', 'tpu', 'cpus', 'cores',
  'line', 'weeks', 'months', 'years', 'days', 'hours', 'minutes',
  'times', 'rounds', 'stages', 'phases', 'steps', 'levels', 'grades',
  // Model features counted in Russian, Spanish, German and French resumes: set-up, not results.
  'признаков', 'признака', 'признаки', 'características', 'merkmale', 'merkmalen', 'caractéristiques',
);

/** Fiscal periods read as dates beside a number ("FY 2023", "Q3 2024"); month names come from lib/knowledge/dates. */
export const FISCAL_PERIODS = set('fy', 'q1', 'q2', 'q3', 'q4');

/** Grades and test scores: GPA 3.9, SAT 1590, "thesis grade 97%". */
export const GRADE_WORDS = set(
  'gpa', 'cgpa', 'grade', 'grades', 'graded', 'marks', 'mark', 'sat', 'gre', 'gmat', 'toefl',
  'ielts', 'percentile', 'laude', 'thesis', 'dissertation', 'cumulative', 'honours', 'honors',
  'distinction', 'a-levels', 'gcse', 'baccalaureate', 'jee', 'cbse', 'icse',
);
export const SCORE_WORDS = set('score', 'scored', 'scores', 'scoring');

/** Money that is a reward to the person rather than a result of their work. */
export const PERSONAL_MONEY = set(
  'salary', 'stipend', 'scholarship', 'prize', 'prizes', 'award', 'awarded', 'fellowship',
  'tuition', 'bonus', 'won', 'winner', 'winnings', 'compensation', 'wage', 'hourly',
);

export const RANK_WORDS = set('top', 'port', 'rank', 'ranked', 'ranking', 'no', 'no.', 'place', 'placed', 'position', 'number', 'tier', 'level', 'round', 'phase', 'grade', 'class', 'chapter', 'section', 'step', 'stage', 'page', 'pp', 'vol', 'volume', 'issue', 'part', 'figure', 'fig', 'table', 'version', 'ver', 'release', 'python', 'java', 'windows', 'ios', 'android', 'gen', 'generation', 'series', 'model', 'sprint', 'season', 'week', 'day', 'year', 'month', 'cohort', 'batch');

/** Words that make a bare number read as a quantity ("over 2000 entries"). */
export const QUANTIFIERS = set(
  'over', 'than', 'about', 'approximately', 'approx', 'approx.', 'nearly', 'almost', 'around',
  'roughly', 'some', 'up', 'to', 'across', 'processed', 'serving', 'served', 'handled', 'handling',
);

/** Prepositions that turn a duration into how long the work took ("built in 6 weeks"). */
export const EFFORT_PREPOSITIONS = set('in', 'within', 'during', 'for', 'after', 'throughout');
/** Words that may sit between such a preposition and the number. */
export const DURATION_FILLERS = set(
  'just', 'only', 'under', 'less', 'than', 'about', 'around', 'approximately', 'a', 'an', 'the',
  'first', 'last', 'nearly', 'roughly', 'barely', 'mere', 'past', 'next', 'of',
);

/** Words that say a duration measures a running system rather than the work itself. */
export const LATENCY_WORDS = set(
  'latency', 'latencies', 'response', 'responses', 'load', 'loading', 'inference', 'p50', 'p90',
  'p95', 'p99', 'p999', 'ttfb', 'runtime', 'run-time', 'query', 'queries', 'render', 'rendering',
  'startup', 'cold-start', 'round-trip', 'roundtrip', 'lag', 'delay', 'timeout', 'real-time',
);

/** Words that make a duration a claimed result: time saved or a process made shorter. */
export const TIME_RESULT_STEMS = [
  'sav', 'conserv', 'manual', 'labo', 'effort', 'turnaround', 'reduc', 'cut', 'shrink', 'shrank',
  'shrunk', 'slash', 'faster', 'quicker', 'decreas', 'lower', 'drop', 'accelerat', 'speed', 'sped',
  'eliminat', 'freed', 'free', 'shorten', 'compress', 'automat', 'processing', 'computation',
  'compute', 'setup', 'set-up', 'onboarding', 'build', 'deploy', 'latenc', 'respon', 'load',
  'inference', 'runtime', 'time-to', 'down', 'p9', 'p5', 'mttr', 'mttd', 'sla', 'slo', 'recover', 'reclaim',
];
/** Words that make years or months a result rather than tenure ("saved 2 years of compute"). */
export const CALENDAR_RESULT_STEMS = ['sav', 'conserv', 'manual', 'labo', 'effort', 'person', 'man-', 'engineer-'];

/** Verbs and metrics that make a sentence state a result. */
export const RESULT_STEMS = [
  'improv', 'reduc', 'increas', 'achiev', 'beat', 'outperform', 'boost', 'cut', 'sav', 'serv',
  'process', 'built', 'deploy', 'scal', 'speed', 'faster', 'accura', 'f1', 'auc', 'precision',
  'recall', 'decreas', 'lower', 'rais', 'generat', 'grew', 'grow',
];

const METRIC_NAMES = [
  'auc', 'roc', 'roc-auc', 'auroc', 'auprc', 'pr-auc', 'f1', 'f1-score', 'f-score', 'f-measure',
  'accuracy', 'precision', 'recall', 'map', 'ndcg', 'mrr', 'bleu', 'rouge', 'rouge-l', 'meteor',
  'cider', 'sharpe', 'r2', 'r²', 'rmse', 'mae', 'mse', 'mape', 'smape', 'iou', 'miou', 'dice',
  'wer', 'cer', 'perplexity', 'ppl', 'correlation', 'pearson', 'spearman', 'kappa', 'loss', 'top-1',
  'top-5', 'auc-roc', 'map50', 'map@50', 'ssim', 'psnr', 'fid', 'elo', 'brier', 'logloss',
  'log-loss', 'gini', 'ks', 'sortino', 'alpha', 'win-rate', 'reward', 'ap', 'rmsle', 'msle', 'mase',
  'wape', 'wmape', 'nll', 'crps', 'mcc', 'f2', 'f0.5', 'exact-match', 'em', 'chrf', 'ter', 'comet',
  'bertscore', 'faithfulness', 'groundedness', 'relevancy', 'hit-rate', 'recall@k', 'precision@k',
  'ndcg@k', 'auc-pr', 'ece', 'uplift', 'lift', 'qini', 'r-squared', 'ndcg@10',
];
/** Averaging prefixes joined to a metric name: "macro-F1", "weighted-recall", "mean-IoU". */
const METRIC_PREFIXES = ['macro-', 'micro-', 'weighted-', 'balanced-', 'mean-', 'avg-', 'top-'];
export const METRIC_WORDS: ReadonlySet<string> = new Set([
  ...METRIC_NAMES,
  ...METRIC_PREFIXES.flatMap((prefix) => METRIC_NAMES.map((name) => prefix + name)),
]);

export const UPTIME_WORDS = set('uptime', 'up-time', 'availability', 'available', 'sla', 'slas', 'slo', 'slos', 'reliability');
export const RATE_TAILS = set(
  'second', 'sec', 's', 'minute', 'min', 'hour', 'hr', 'day', 'daily', 'hourly', 'week', 'weekly',
  'month', 'monthly', 'year', 'yearly', 'annually',
);
export const COST_WORDS = set(
  'cost', 'costs', 'saved', 'saving', 'savings', 'save', 'saves', 'spend', 'spending', 'budget',
  'expense', 'expenses', 'cheaper', 'bill', 'billing', 'opex', 'capex', 'tco', 'overhead', 'waste',
  'wasted', 'fees', 'licensing',
  'costes', 'coste', 'costos', 'costo', 'ahorro', 'ahorros', 'kosten', 'einsparungen', 'coûts', 'économies',
);
export const REVENUE_WORDS = set(
  'revenue', 'revenues', 'arr', 'mrr', 'gmv', 'sales', 'profit', 'profits', 'pnl', 'p&l', 'income',
  'bookings', 'upsell', 'monetization', 'earnings', 'opportunities', 'pipeline', 'margin', 'roi',
  'deals', 'contract', 'contracts', 'ingresos', 'ventas', 'umsatz', 'erlöse', 'revenus',
);
export const QUALITY_WORDS = set(
  'accuracy', 'accurate', 'precision', 'recall', 'f1', 'f1-score', 'auc', 'ndcg', 'map', 'mrr',
  'bleu', 'rouge', 'error', 'errors', 'coverage', 'reward', 'baseline', 'baselines', 'sharpe',
  'iou', 'dice', 'wer', 'cer', 'perplexity', 'bugs', 'defects', 'hallucination', 'hallucinations',
  'false', 'safety', 'quality', 'benchmark', 'correct', 'fidelity', 'mse', 'rmse', 'mae', 'loss',
  'outperforming', 'outperformed', 'beating', 'beat', 'sota', 'auroc', 'score', 'f-score', 'ctr',
  'mape', 'incidents', 'crashes', 'regressions', 'fall', 'fewer',
);
export const TIME_SAVED_WORDS = set(
  'manual', 'turnaround', 'setup', 'set-up', 'onboarding', 'effort', 'labor', 'labour',
  'person-hours', 'man-hours', 'hours', 'processing', 'screening', 'testing', 'time-to-market',
  'cycle', 'lead', 'workflow', 'saved', 'release',
);
export const LATENCY_KIND_WORDS = set(
  'latency', 'latencies', 'response', 'load', 'loading', 'inference', 'p50', 'p90', 'p95', 'p99',
  'ttfb', 'runtime', 'faster', 'quicker', 'delay', 'lag', 'computation', 'query', 'startup',
);
export const SCALE_WORDS = set(
  'users', 'user', 'customers', 'clients', 'sellers', 'visitors', 'visits', 'subscribers',
  'accounts', 'downloads', 'installs', 'documents', 'records', 'rows', 'assets', 'mau', 'dau',
  'wau', 'devices', 'merchants', 'stores', 'countries', 'markets', 'used',
);

/** Counted people who use a system: a per-month figure of them is its size, not its throughput. */
export const AUDIENCE_WORDS = set(
  'users', 'user', 'visitors', 'visits', 'members', 'subscribers', 'mau', 'dau', 'wau', 'viewers',
  'listeners', 'players', 'readers', 'patients', 'accounts',
);
/** Counted faults: fewer of them is a quality result. */
export const FAULT_WORDS = set(
  'bugs', 'defects', 'incidents', 'errors', 'outages', 'crashes', 'regressions', 'vulnerabilities', 'failures', 'tickets',
  'escalations', 'alerts', 'pages', 'mismatches', 'complaints', 'chargebacks', 'rollbacks',
);

export const SELF_WORDS = set('i', 'my', 'me', 'myself', "i'm", "i've", "i'd", 'i’m', 'i’ve', 'mine');
export const TEAM_WORDS = set('we', 'our', 'us', 'ours', "we've", "we're", 'we’ve', 'we’re', 'ourselves');
/** Resume bullets start with a verb and have no subject; these are the common irregular ones. */
export const BULLET_VERBS = set(
  'built', 'led', 'ran', 'cut', 'won', 'wrote', 'made', 'drove', 'grew', 'set', 'took', 'brought',
  'sold', 'kept', 'found', 'held', 'spun', 'rebuilt', 'rewrote', 'build', 'lead', 'own', 'owned',
  'design', 'develop', 'drive', 'manage', 'run', 'ship', 'create', 'deliver', 'implement',
  'architect', 'maintain', 'scale', 'reduce', 'improve', 'increase', 'boost', 'write', 'train',
  'deploy', 'automate', 'launch', 'migrate', 'optimize', 'optimise', 'spearhead', 'co-led', 'co-founded',
  // Irregular past tenses that open bullets: "Oversaw 85+ production changes".
  'oversaw', 'undertook', 'drew', 'chose', 'gave', 'began', 'became', 'taught', 'sought', 'sped', 'shrank', 'rode', 'overtook',
);

export const REDUCTION_STEMS = ['reduc', 'cut', 'decreas', 'lower', 'slash', 'shrank', 'shrink', 'drop', 'eliminat', 'minimi'];
/** Metrics bounded by 100% (or by 1 when written as a fraction). */
export const BOUNDED_METRICS = set(
  'accuracy', 'precision', 'recall', 'f1', 'f1-score', 'auc', 'uptime', 'availability', 'coverage',
  'share', 'completion', 'satisfaction', 'retention', 'utilization', 'utilisation', 'ndcg', 'map',
  'auroc', 'iou', 'dice', 'success', 'pass', 'hit', 'sla',
);
export const PHRASE_STOPS = set(
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'to', 'and', 'or', 'by', 'per',
  'across', 'into', 'using', 'via', 'that', 'which', 'while', 'each', 'as', 'than', 'over', 'under',
  'through', 'within', 'during', 'after', 'before', 'is', 'are', 'was', 'were', 'be', 'being', 'been',
  'has', 'have', 'had', 'it', 'its', 'their', 'our', 'my', 'this', 'these', 'those', 'daily',
  'monthly', 'weekly', 'annually', 'yearly', 'hourly', 'vs', 'vs.', 'versus', 'out', 'up', 'down',
);
/** Words after a number that make it part of a postal address. */
export const ADDRESS_WORDS = set(
  'street', 'st', 'st.', 'avenue', 'ave', 'ave.', 'road', 'rd', 'rd.', 'boulevard', 'blvd', 'lane',
  'suite', 'apt', 'apt.', 'floor', 'strasse', 'straße', 'rue', 'via', 'calle', 'plaza', 'square',
);
/** A people word is the head unless a collective noun follows ("12,000-member community"). */
export const COLLECTIVES = set('community', 'communities', 'network', 'networks', 'forum', 'audience', 'base', 'platform', 'server', 'group', 'groups', 'club', 'organization', 'organisation');
export const CLOCK_WORDS = set('am', 'pm', 'a.m', 'p.m', 'a.m.', 'p.m.', "o'clock", 'cet', 'cest', 'est', 'pst', 'utc', 'gmt', 'ist');
export const TEMPORAL_ADVERBS = set('daily', 'monthly', 'weekly', 'annually', 'yearly', 'hourly', 'active', 'concurrent', 'unique');
export const FOUNDED_WORDS = set('founded', 'co-founded', 'cofounded', 'incorporated');
export const MULTIPLIED_WORDS = set(
  'faster', 'quicker', 'speedup', 'speed-up', 'speed', 'more', 'higher', 'larger', 'greater',
  'better', 'lower', 'less', 'fewer', 'cheaper', 'smaller', 'improvement', 'improved', 'improving',
  'increase', 'increased', 'increasing', 'reduction', 'reduced', 'reducing', 'growth', 'grew',
  'boost', 'boosted', 'boosting', 'throughput', 'reward', 'revenue', 'conversions', 'conversion',
  'rates', 'rate', 'return', 'returns', 'lift', 'gain', 'gains', 'scale', 'scaled', 'capacity',
  'cut', 'compression', 'compressed', 'efficiency', 'performance', 'sizes', 'size', 'volume',
  'traffic', 'users', 'output', 'productivity', 'engagement', 'opportunities', 'accelerated',
  'acceleration', 'times', 'by', 'baseline', 'over',
);

export function hasWord(words: readonly Word[], lexicon: ReadonlySet<string>): boolean {
  for (const w of words) if (lexicon.has(w.lower)) return true;
  return false;
}

export function hasStem(words: readonly Word[], stems: readonly string[]): boolean {
  for (const w of words) for (const stem of stems) if (w.lower.startsWith(stem)) return true;
  return false;
}
