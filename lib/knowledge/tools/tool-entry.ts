import type { ProductionAspect, ToolCategory } from '../../model/evidence';

/** One technology of the catalogue: its usual spelling, its category and the other ways resumes write it. */
export interface ToolEntry {
  name: string;
  category: ToolCategory;
  /** Other spellings that always mean this tool ("k8s", "sklearn", "Postgres"). */
  aliases: readonly string[];
  /**
   * Spellings that are also common words or names ("Go", "Spark", "Excel", "Ray"). They count in a
   * skills list and in prose only with context: capitalised and next to another tool or a cue
   * ("in Go", "Spark jobs").
   */
  ambiguous: readonly string[];
  /** Spellings that count only beside another tool, even in a list ("Transformers", "Hypothesis"). */
  contextOnly: readonly string[];
  /**
   * Product names made of everyday words ("API Gateway", "Cloud Storage", "Data Factory"): they
   * count only when written with the product's capitals, never as a lower-case description.
   */
  cased: readonly string[];
  /** What naming the tool tells the production rules (lib/extract/production), when it tells them something. */
  production?: ProductionUse;
}

/**
 * A product a running system is made of, by the part of production it serves ("Prometheus": monitoring);
 * `anchor`, a named technology that makes a statement concrete (a database, a cloud, a web framework);
 * `library`, code rather than a running system (a language, an ML framework).
 */
export type ProductionUse = ProductionAspect | 'anchor' | 'library';

export interface ToolOptions {
  ambiguous?: readonly string[];
  contextOnly?: readonly string[];
  cased?: readonly string[];
  production?: ProductionUse;
}

export type ToolSpec = Omit<ToolEntry, 'category'>;

export function tool(name: string, aliases: readonly string[] = [], options: ToolOptions = {}): ToolSpec {
  return {
    name,
    aliases,
    ambiguous: options.ambiguous ?? [],
    contextOnly: options.contextOnly ?? [],
    cased: options.cased ?? [],
    ...(options.production ? { production: options.production } : {}),
  };
}

export function inCategory(category: ToolCategory, specs: readonly ToolSpec[]): ToolEntry[] {
  return specs.map((spec) => ({ ...spec, category }));
}

/** Every spelling of an entry, the name first. */
export function spellingsOf(entry: ToolEntry): string[] {
  return [entry.name, ...entry.aliases, ...entry.cased, ...entry.ambiguous, ...entry.contextOnly];
}
