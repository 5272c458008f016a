/** Word lists the context rules of tool extraction read; lower case, as atoms are. */

/** Words before a tool that say it is being used ("in Go", "with Spark", "using R"). */
export const CUE_WORDS = new Set([
  'in', 'using', 'with', 'via', 'on', 'into', 'through', 'use', 'used', 'uses', 'like', 'including',
  'incl', 'leveraging', 'from', 'onto', 'integrated', 'integrating', 'integrate', 'adopted', 'migrated',
]);

/** Words after a tool that say it is a technology ("Spark jobs", "Go services", "Excel macros"). */
export const CUE_NOUNS = new Set([
  'job', 'jobs', 'cluster', 'clusters', 'script', 'scripts', 'scripting', 'code', 'codebase', 'service',
  'services', 'server', 'servers', 'app', 'apps', 'application', 'applications', 'api', 'apis', 'sdk',
  'dag', 'dags', 'pipeline', 'pipelines', 'backend', 'backends', 'microservice', 'microservices',
  'library', 'libraries', 'package', 'packages', 'module', 'modules', 'framework', 'sheet', 'sheets',
  'spreadsheet', 'spreadsheets', 'macro', 'macros', 'dashboard', 'dashboards', 'notebook', 'notebooks',
  'workflow', 'workflows', 'task', 'tasks', 'streaming', 'programming', 'developer', 'developers',
  'development', 'engineer', 'components', 'component', 'hooks', 'frontend', 'ui', 'cli', 'runtime',
  'queries', 'query', 'function', 'functions', 'endpoint', 'endpoints', 'operator', 'operators',
  'plugin', 'plugins', 'extension', 'extensions', 'integration', 'tables', 'table', 'database', 'db',
  'cache', 'caching', 'index', 'indexes', 'topic', 'topics', 'consumer', 'consumers', 'producer',
  'producers', 'broker', 'brokers', 'worker', 'workers', 'playbook', 'playbooks', 'tests', 'test',
  'suite', 'reports', 'report', 'programs', 'program', 'projects', 'project', 'routines', 'charts',
  'chart', 'cookbooks', 'manifests', 'deployment', 'deployments', 'instance', 'instances', 'container',
  'containers', 'models', 'environment', 'environments', 'stack', 'tooling', 'driver', 'bindings',
  'wrapper', 'port', 'implementation', 'lambda', 'serve', 'tune', 'sql', 'connector', 'connectors',
  'game', 'games', 'warehouse', 'schema', 'schemas', 'layer', 'proxy', 'templates',
]);

/** Spellings that are also common first names: a cue word alone is not enough for them ("with Julia"). */
export const NAME_LIKE = new Set(['julia', 'ray', 'ruby', 'luigi', 'cassandra', 'jasmine', 'watson', 'dash', 'swift', 'shiny', 'mocha', 'jaeger', 'prophet', 'gatsby', 'jenkins', 'gerrit', 'stanza']);

/** "to avoid frameworks like Bootstrap", "instead of Excel": the clause says the tool was not used. */
export const NEGATORS = new Set(['avoid', 'avoided', 'avoiding', 'avoids', 'eliminate', 'eliminated', 'eliminating', 'eliminates']);
export const NEGATING_PAIRS = new Set(['instead of', 'rather than']);
