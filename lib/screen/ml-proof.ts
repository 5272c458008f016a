import type { Evidence, MlWorkEvidence, ToolEvidence } from '../model/evidence';
import { isMlTool } from '../extract/ml-work/ml-lexicon';
import type { IndexedBlock, IndexedDocument } from '../text/indexed-document';
import type { Sentence } from '../text/sentences';
import { spanIndexAt } from '../text/span-index-at';
import { sentenceWords } from '../text/word-tokens';
import type { EvidenceByKind } from './evidence-by-kind';

/** The evidence that shows a statement is about a model or an ML system, or undefined when nothing does. */
export type MlProofOf = (e: Evidence) => Evidence | undefined;

type Proof = MlWorkEvidence | ToolEvidence;

// Words that point back to what the sentence before named: "Trained a ranker. Deployed it on EKS."
const BACK_REFERENCES = new Set(['it', 'them', 'this', 'these', 'both']);
const BACK_REFERENCE_WINDOW = 6;
// Systems that are not models: a statement that names one is about it, not about the model before it.
const OTHER_SYSTEMS = new Set([
  'website',
  'websites',
  'site',
  'sites',
  'webpage',
  'page',
  'pages',
  'web',
  'app',
  'apps',
  'dashboard',
  'dashboards',
  'portal',
  'database',
  'databases',
  'frontend',
  'front',
  'ui',
  'cms',
  'crm',
  'erp',
  'checkout',
  'payment',
  'payments',
  'billing',
  'wiki',
  'intranet',
  'blog',
  'shop',
  'storefront',
  'vpn',
  'firewall',
  'network',
  'email',
  'newsletter',
  'mobile',
  'ios',
  'android',
  'game',
  'plugin',
  'api',
  'apis',
  'backend',
  'admin',
  'cluster',
  'clusters',
]);
// In a monitoring statement ("set up the Grafana dashboards and alerts that page me") a dashboard is a
// view of the system before it and "page" is what an alert does: neither is another system.
const MONITORING_WORDS = new Set(['dashboard', 'dashboards', 'page', 'pages']);

function refersBack(sentence: Sentence): boolean {
  const tokens = sentenceWords(sentence);
  for (let i = 0; i < Math.min(tokens.length, BACK_REFERENCE_WINDOW); i++) if (BACK_REFERENCES.has(tokens[i].word)) return true;
  return false;
}

function namesOtherSystem(sentence: Sentence, monitors: boolean): boolean {
  for (const t of sentenceWords(sentence)) if (OTHER_SYSTEMS.has(t.word) && !(monitors && MONITORING_WORDS.has(t.word))) return true;
  return false;
}

interface BlockIndex {
  ib: IndexedBlock;
  direct: Map<number, Proof>;
  /** Production statements by sentence index: whether the sentence is about monitoring. */
  statements: Map<number, boolean>;
}

/**
 * What each sentence of a block is about, as far as ML goes: its own ML-work sentence or ML tool, else
 * the subject it carries over from the sentence before. A sentence carries it over when it refers back
 * ("Deployed it behind FastAPI") or when it is a production statement that names no other system
 * ("Moved the ETA model to FastAPI on EKS." then "Serving 4,200 requests/sec at 38 ms p99."); a
 * statement about a dashboard, an app or an API after an ML sentence is about that system, unless the
 * dashboards are how the statement monitors what ran before.
 */
function proofsOfSentences(b: BlockIndex): (Proof | undefined)[] {
  const out: (Proof | undefined)[] = [];
  let carried: Proof | undefined;
  for (let i = 0; i < b.ib.sentences.length; i++) {
    const direct = b.direct.get(i);
    if (direct) {
      carried = direct;
    } else if (carried) {
      const sentence = b.ib.sentences[i];
      const monitors = b.statements.get(i);
      const continues = refersBack(sentence) || (monitors !== undefined && !namesOtherSystem(sentence, monitors));
      if (!continues) carried = undefined;
    }
    out.push(carried);
  }
  return out;
}

/**
 * Links a statement (a production sentence, a tool used in a sentence, a repository file) to what proves
 * it concerns ML: an ML-work sentence or an ML tool in its sentence or carried over from the sentences
 * just before; for a repository's files, ML work in its README or description. A role's title proves
 * nothing here: an ML engineer also deploys web pages.
 */
export function mlProofFinder(doc: IndexedDocument, ev: EvidenceByKind): MlProofOf {
  const blocks = new Map<string, BlockIndex>();
  for (const ib of doc.blocks) blocks.set(ib.block.id, { ib, direct: new Map(), statements: new Map() });
  const at = (e: Evidence): [BlockIndex, number] | undefined => {
    const b = blocks.get(e.location.blockId);
    const index = b ? spanIndexAt(b.ib.sentences, e.location.start) : -1;
    return b && index >= 0 ? [b, index] : undefined;
  };
  const noteProof = (e: Proof) => {
    const found = at(e);
    if (found && !found[0].direct.has(found[1])) found[0].direct.set(found[1], e);
  };
  for (const m of ev.mlWork) if (m.mlWork.signal !== 'title') noteProof(m);
  for (const t of ev.tool) if (isMlTool(t.tool)) noteProof(t);
  for (const p of ev.production) {
    const found = at(p);
    if (found) found[0].statements.set(found[1], found[0].statements.get(found[1]) === true || p.production.aspect === 'monitoring');
  }
  const resolved = new Map<string, (Proof | undefined)[]>();
  const repositoryProof =
    doc.document.source === 'github' ? ev.mlWork.find((m) => m.mlWork.signal !== 'title' && m.location.section === 'projects') : undefined;

  const memo = new Map<Evidence, Evidence | undefined>();
  const find = (e: Evidence): Evidence | undefined => {
    if (e.kind === 'artifact') return repositoryProof;
    const found = at(e);
    if (!found) return undefined;
    const [b, index] = found;
    if (b.direct.size === 0) return undefined;
    let proofs = resolved.get(b.ib.block.id);
    if (!proofs) {
      proofs = proofsOfSentences(b);
      resolved.set(b.ib.block.id, proofs);
    }
    return proofs[index];
  };
  // Several checklist items ask about the same statement.
  return (e) => {
    if (memo.has(e)) return memo.get(e);
    const proof = find(e);
    memo.set(e, proof);
    return proof;
  };
}
