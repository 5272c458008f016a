import type { WordToken } from '../../text/word-tokens';

export interface SystemNumbers {
  /** A number about a running system: load, latency, cost, volume, uptime. */
  measure?: WordToken;
  /** A number of people or requests using it ("10k+ daily users", "200K visits per month"). */
  usage?: WordToken;
  /** A count of what a system handles ("2,000+ scenarios", "500M+ labels", "2 TB"), not a ratio or a duration. */
  volume?: WordToken;
  /** A volume handled per unit of time ("2M events a day", "1,5 million de mesures par jour"): a system at work. */
  rate?: WordToken;
}

const USAGE_UNITS = new Set([
  'users',
  'user',
  'visits',
  'visitors',
  'requests',
  'queries',
  'qps',
  'rps',
  'tps',
  'transactions',
  'sessions',
  'pageviews',
  'downloads',
  'installs',
  'subscribers',
  'dau',
  'mau',
  'calls',
  'conversations',
  'customers',
  'clients',
  'merchants',
  'sellers',
  'outlets',
  'stores',
  'deliveries',
  'orders',
  'usuarios',
  'clientes',
  'peticiones',
  'solicitudes',
  'consultas',
  'transacciones',
  'pedidos',
  'visitas',
  'descargas',
  'nutzer',
  'nutzern',
  'benutzer',
  'anfragen',
  'transaktionen',
  'kunden',
  'bestellungen',
  'besucher',
  // French, Portuguese, Italian, Dutch, Polish
  'utilisateurs',
  'requêtes',
  'commandes',
  'visiteurs',
  'usuários',
  'utilizadores',
  'requisições',
  'pedidos',
  'utenti',
  'richieste',
  'ordini',
  'gebruikers',
  'klanten',
  'verzoeken',
  'bestellingen',
  'użytkowników',
  'użytkownicy',
  'klientów',
  'zapytań',
  'żądań',
  'zamówień',
]);

const VOLUME_UNITS = new Set([
  ...USAGE_UNITS,
  'tb',
  'gb',
  'pb',
  'terabytes',
  'gigabytes',
  'petabytes',
  'events',
  'messages',
  'predictions',
  'inferences',
  'documents',
  'records',
  'rows',
  'files',
  'images',
  'jobs',
  'tasks',
  'scenarios',
  'labels',
  'assets',
  'pods',
  'nodes',
  'servers',
  'models',
  'pipelines',
  'lines',
  'measurements',
  'readings',
  // Media a system transcribes, indexes or serves: "9,000 hours of audio a day".
  'audio',
  'video',
  'videos',
  'footage',
  'recordings',
  'transcripts',
  'episodes',
  // Spanish, German, French, Portuguese, Italian, Dutch, Polish: lines, records, rows, images, predictions, events, messages, documents
  'líneas',
  'registros',
  'filas',
  'imágenes',
  'predicciones',
  'eventos',
  'mensajes',
  'documentos',
  'zeilen',
  'datensätze',
  'bilder',
  'vorhersagen',
  'ereignisse',
  'nachrichten',
  'dokumente',
  'messwerte',
  'lignes',
  'enregistrements',
  'mesures',
  'prédictions',
  'événements',
  'linhas',
  'imagens',
  'previsões',
  'righe',
  'immagini',
  'previsioni',
  'eventi',
  'messaggi',
  'documenti',
  'regels',
  'afbeeldingen',
  'voorspellingen',
  'berichten',
  'wierszy',
  'rekordów',
  'obrazów',
  'predykcji',
  'zdarzeń',
  'dokumentów',
]);

// Everything a volume is counted in, plus times, sizes and the words that frame a measured system.
const MEASURE_UNITS = new Set([
  ...VOLUME_UNITS,
  'ms',
  'millisecond',
  'milliseconds',
  'sec',
  'secs',
  'second',
  'seconds',
  'min',
  'mins',
  'minute',
  'minutes',
  'hour',
  'hours',
  'hrs',
  'day',
  'days',
  'week',
  'weeks',
  'mb',
  'clusters',
  'instances',
  'containers',
  'services',
  'microservices',
  'endpoints',
  'accounts',
  'regions',
  'devices',
  'websites',
  'sites',
  'issues',
  'incidents',
  'releases',
  'deployments',
  'uptime',
  'availability',
  'sla',
  'latency',
  'throughput',
  'cost',
  'costs',
  'faster',
  'speedup',
  'reduction',
  'daily',
  'monthly',
  'weekly',
  'per',
  'a',
  'an',
  'each',
  'every',
  'concurrent',
  'active',
  'unique',
  'real',
  'world',
  'successful',
  'global',
  'page',
  'api',
  'million',
  'billion',
  'thousand',
  // Spanish and German: "35 ms de mediana", "2 millones de transacciones al día", "5.000 Anfragen pro Tag"
  'segundo',
  'segundos',
  'minutos',
  'horas',
  'día',
  'días',
  'diarias',
  'diarios',
  'mensuales',
  'disponibilidad',
  'latencia',
  'millones',
  'millón',
  'mil',
  'sekunde',
  'sekunden',
  'minuten',
  'stunden',
  'tag',
  'täglich',
  'täglichen',
  'monatlich',
  'monatlichen',
  'pro',
  'verfügbarkeit',
  'latenz',
  'millionen',
  'mio',
  'mrd',
  'milliarden',
  'tausend',
]);

// A magnitude word after a small number makes it a large count ("2.4 million users", "3 Mio. Nutzer").
// "4,2 M de líneas", "300 k Anfragen": European typography sets the magnitude letter apart.
const MAGNITUDES = new Set([
  'million',
  'millions',
  'billion',
  'thousand',
  'millones',
  'millón',
  'mil',
  'millionen',
  'mio',
  'mrd',
  'milliarden',
  'tausend',
  'milliards',
  'milhões',
  'milioni',
  'miljoen',
  'mln',
  'tys',
  'm',
  'k',
]);
// Words that put a volume per unit of time, before or after it ("2M events a day", "scoring semanal de 4,2 M").
const RATE_WORDS = new Set([
  'per',
  'daily',
  'nightly',
  'hourly',
  'weekly',
  'monthly',
  'day',
  'hour',
  'week',
  'month',
  'second',
  'diario',
  'diarios',
  'diarias',
  'semanal',
  'semanales',
  'mensual',
  'mensuales',
  'día',
  'semana',
  'mes',
  'täglich',
  'tag',
  'woche',
  'wöchentlich',
  'monat',
  'monatlich',
  'stunde',
  'sekunde',
  'jour',
  'semaine',
  'mois',
  'heure',
  'seconde',
  'quotidien',
  'quotidienne',
  'quotidiens',
  'quotidiennes',
  'hebdomadaire',
  'hebdomadaires',
  'mensuel',
  'mensuelle',
  'mensuels',
  'mensuelles',
  'dia',
  'diário',
  'diários',
  'giorno',
  'settimana',
  'mese',
  'giornaliero',
  'giornalieri',
  'dag',
  'dagelijks',
  'maand',
  'dziennie',
  'dzień',
  'tygodniowo',
  'miesięcznie',
]);
const RATE_BEFORE = 3;
const RATE_AFTER = 6;
function rateAround(tokens: WordToken[], i: number): boolean {
  for (let j = Math.max(0, i - RATE_BEFORE); j <= i + RATE_AFTER && j < tokens.length; j++) if (j !== i && RATE_WORDS.has(tokens[j].word)) return true;
  return false;
}

// Suffixes that make a bare number a quantity: 10k, 2.3M, 1B, 80x, 250ms, 4s, 2TB.
const UNIT_SUFFIX = /^(?:\d[\d.,]*)(?:k|m|mm|b|bn|x|ms|s|sec|h|hr|hrs|min|tb|gb|pb|mb|qps|rps|tps)$/;
const PLAIN_NUMBER = /^\d[\d.,]*$/;
const DATA_SIZE = new Set(['tb', 'gb', 'pb', 'terabytes', 'gigabytes', 'petabytes']);
// "7B model", "70B parameters": the size of a model, not of a running system.
const MODEL_SIZE_NEXT = new Set(['model', 'models', 'parameter', 'parameters', 'params', 'llm', 'llms']);
const WORD_MAGNITUDES = new Set(['thousands', 'millions', 'billions', 'hundreds of thousands']);
// No magnitude word is shorter: most words are ruled out by their length before a look-up.
const SHORTEST_WORD_MAGNITUDE = 8;

function isYear(word: string): boolean {
  return word.length === 4 && (word.startsWith('19') || word.startsWith('20'));
}

// Words that put a usage number on a running system: "serving 70k users", "used by 10M+ users",
// "an app with 200K visits"; "trained on data of 2M users" has none.
const USAGE_LEADS = new Set([
  'serving',
  'serves',
  'served',
  'used',
  'supporting',
  'supports',
  'supported',
  'handling',
  'handles',
  'handled',
  'powering',
  'powers',
  'powered',
  'with',
  'for',
  'across',
  'by',
  'to',
  'reaching',
  'reached',
  'reaches',
  'processing',
  'processes',
  'processed',
  'over',
  'than',
  'para',
  'con',
  'atiende',
  'atendiendo',
  'procesa',
  'procesando',
  'sirve',
  'sirviendo',
  'usado',
  'usada',
  'utilizado',
  'utilizada',
  'más',
  'für',
  'mit',
  'über',
  'verarbeitet',
  'genutzt',
  'bedient',
]);

// Units inside a URL or path ("stackoverflow.com/users/123") say nothing about a system.
function inPath(text: string, token: WordToken): boolean {
  return text[token.start - 1] === '/' || text[token.end] === '/';
}

function unitWithin(tokens: WordToken[], i: number, units: Set<string>, text: string): boolean {
  for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) if (units.has(tokens[j].word) && !inPath(text, tokens[j])) return true;
  return false;
}

function ledAsUsage(tokens: WordToken[], i: number): boolean {
  for (let j = i - 1; j >= i - 4 && j >= 0; j--) if (USAGE_LEADS.has(tokens[j].word)) return true;
  return false;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

// Phone numbers and identifiers: digits glued to dashes, slashes or parentheses.
function looksLikeIdentifier(text: string, token: WordToken): boolean {
  const before = text[token.start - 1];
  const after = text[token.end];
  return before === '/' || after === '/' || before === '(' || after === ')' || (before === '-' && isDigitCode(text.charCodeAt(token.start - 2)));
}

// "12,000" and, in Spanish or German, "12.000" group thousands; "2.5" is a decimal.
const DOT_THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;
const DOTS = /\./g;
const COMMAS = /,/g;

function valueOf(plain: string): number {
  // Most numbers have neither mark: nothing to test or strip.
  if (!plain.includes('.') && !plain.includes(',')) return Number(plain);
  return Number(DOT_THOUSANDS.test(plain) ? plain.replace(DOTS, '') : plain.replace(COMMAS, ''));
}

const SPACES = new Set([' ', '\u00a0', '\u202f']);
const CURRENCY = new Set(['$', '€', '£']);

// "27 %" and "27\u00a0%": European style puts a space before the percent sign.
function percentAfter(text: string, token: WordToken): boolean {
  const after = text[token.end];
  return after === '%' || (SPACES.has(after) && text[token.end + 1] === '%');
}

// "3,1 M€", "250 €", "40k€": the currency sign after the amount, with at most a space and a magnitude letter.
function currencyAfter(text: string, token: WordToken): boolean {
  let i = token.end;
  if (SPACES.has(text[i])) i++;
  const ch = text[i];
  if (ch === 'k' || ch === 'K' || ch === 'M') i++;
  return CURRENCY.has(text[i]);
}

/** Finds numbers that describe a running system; dates, versions and bare counts are left out. */
export function findSystemNumbers(tokens: WordToken[], text: string): SystemNumbers {
  // Every key declared at once: filled in whatever order the numbers come, an empty object took a
  // different shape per sentence, and each read of it went the slow way.
  const found: SystemNumbers = { measure: undefined, usage: undefined, volume: undefined, rate: undefined };
  for (let i = 0; i < tokens.length && !(found.measure && found.usage && found.volume && found.rate); i++) {
    const token = tokens[i];
    const word = token.word;
    if (word.length >= SHORTEST_WORD_MAGNITUDE && WORD_MAGNITUDES.has(word)) {
      found.measure ??= token;
      if (unitWithin(tokens, i, USAGE_UNITS, text) && ledAsUsage(tokens, i)) found.usage ??= token;
      continue;
    }
    const code = word.charCodeAt(0);
    if (code < 48 || code > 57) continue;
    if (looksLikeIdentifier(text, token) || inPath(text, token)) continue;
    const before = text[token.start - 1];
    const money = CURRENCY.has(before) || currencyAfter(text, token);
    const percent = percentAfter(text, token);
    const plain = PLAIN_NUMBER.test(word);
    if (plain && isYear(word) && !money) continue;
    const next = tokens[i + 1]?.word ?? '';
    if (MODEL_SIZE_NEXT.has(next) && !money) continue;
    const suffixed = UNIT_SUFFIX.test(word);
    if (!found.measure && (money || percent || suffixed || (plain && unitWithin(tokens, i, MEASURE_UNITS, text)))) found.measure = token;
    // A few clients or jobs is a count of work, not the scale of a system ("for 3 telecom clients").
    const countable = suffixed || (plain && (valueOf(word) >= 100 || DATA_SIZE.has(next) || MAGNITUDES.has(next)));
    if (countable && !percent && unitWithin(tokens, i, VOLUME_UNITS, text)) {
      found.volume ??= token;
      if (rateAround(tokens, i)) found.rate ??= token;
    }
    if (countable && ledAsUsage(tokens, i) && unitWithin(tokens, i, USAGE_UNITS, text)) found.usage ??= token;
  }
  return found;
}
