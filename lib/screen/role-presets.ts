import type { RolePresetId } from '../model/screening';

export interface PresetItem {
  check: string;
  /** Share of the score this item is worth when it passes. */
  weight: number;
}

export interface RolePreset {
  id: RolePresetId;
  label: string;
  description: string;
  items: PresetItem[];
  /** Items that must all pass for a `strong` verdict. */
  strongRequires: string[];
  /** Whether a candidate with no machine-learning work can still be more than `pass`. */
  machineLearningOptional: boolean;
}

export const ROLE_PRESETS: readonly RolePreset[] = [
  {
    id: 'ml-engineer',
    label: 'ML engineer who ships',
    description: 'Builds models and puts them in production: deployment, serving, monitoring, with numbers.',
    items: [
      { check: 'ml-in-work', weight: 20 },
      { check: 'ships-to-production', weight: 20 },
      { check: 'production-numbers', weight: 10 },
      { check: 'quantifies-impact', weight: 10 },
      { check: 'dl-framework', weight: 10 },
      { check: 'cloud-containers', weight: 10 },
      { check: 'monitors-production', weight: 5 },
      { check: 'data-pipelines', weight: 5 },
      { check: 'serving', weight: 5 },
      { check: 'ci-cd', weight: 5 },
    ],
    strongRequires: ['ml-in-work', 'ships-to-production', 'production-numbers'],
    machineLearningOptional: false,
  },
  {
    id: 'mlops',
    label: 'MLOps engineer',
    description: 'Runs the platform models live on: pipelines, CI/CD, infrastructure as code, monitoring.',
    items: [
      { check: 'ships-to-production', weight: 20 },
      { check: 'monitors-production', weight: 15 },
      { check: 'cloud-containers', weight: 15 },
      { check: 'ci-cd', weight: 10 },
      { check: 'infrastructure-as-code', weight: 10 },
      { check: 'data-pipelines', weight: 10 },
      { check: 'experiment-tracking', weight: 10 },
      { check: 'production-numbers', weight: 5 },
      { check: 'ml-in-work', weight: 5 },
    ],
    strongRequires: ['ships-to-production', 'production-numbers', 'cloud-containers'],
    machineLearningOptional: true,
  },
  {
    id: 'research',
    label: 'Applied/research scientist',
    description: 'Designs and evaluates models; publications and research output weigh more than operations.',
    items: [
      { check: 'ml-in-work', weight: 20 },
      { check: 'publications', weight: 25 },
      { check: 'dl-framework', weight: 15 },
      { check: 'ml-modelling', weight: 15 },
      { check: 'quantifies-impact', weight: 10 },
      { check: 'experiment-tracking', weight: 5 },
      { check: 'ships-to-production', weight: 10 },
    ],
    strongRequires: ['ml-in-work', 'publications', 'ml-modelling'],
    machineLearningOptional: false,
  },
  {
    id: 'data-scientist',
    label: 'Data scientist',
    description: 'Models and analyses data to move business numbers; SQL, modelling and measured impact.',
    items: [
      { check: 'ml-in-work', weight: 20 },
      { check: 'ml-modelling', weight: 15 },
      { check: 'sql-analytics', weight: 15 },
      { check: 'quantifies-impact', weight: 20 },
      { check: 'data-pipelines', weight: 10 },
      { check: 'ships-to-production', weight: 10 },
      { check: 'experiment-tracking', weight: 5 },
      { check: 'cloud-containers', weight: 5 },
    ],
    strongRequires: ['ml-in-work', 'ml-modelling', 'quantifies-impact'],
    machineLearningOptional: false,
  },
];

/** What the options page offers. */
export const ROLE_PRESET_OPTIONS = ROLE_PRESETS.map(({ id, label, description }) => ({ id, label, description }));

export function rolePreset(id: RolePresetId): RolePreset {
  return ROLE_PRESETS.find((p) => p.id === id) ?? ROLE_PRESETS[0];
}
