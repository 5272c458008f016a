import type { CandidateDocument } from '../../lib/model/candidate-document';
import type { Screening } from '../../lib/model/screening';
import { linkedInDetailsUrl } from '../../lib/sources/linkedin/linkedin-url';
import { safeSeeAllUrl } from './incomplete-banner';

export interface NextStep {
  label: string;
  url?: string;
}

export interface InsufficientGuidance {
  /** What the reader could not read, as the reader or the page said it. */
  unread: string[];
  /** Where the evidence that is missing can be found, most direct first. */
  next: NextStep[];
}

const SECTION_NAME: Record<string, string> = {
  experience: 'Experience',
  education: 'Education',
  skills: 'Skills',
  projects: 'Projects',
  certifications: 'Licenses & certifications',
};

const NOTHING_READ = 'No experience, projects or summary describing work was found in what could be read.';

function sourceSteps(screening: Screening, document: CandidateDocument | undefined, pageUrl: string): NextStep[] {
  const identity = document?.identity;
  switch (screening.source) {
    case 'linkedin': {
      const url = identity?.kind === 'linkedin' ? safeSeeAllUrl(linkedInDetailsUrl(identity.id, 'experience'), pageUrl) : undefined;
      return [
        ...(url ? [{ label: 'Open the Experience details page, which lists every role', url }] : []),
        { label: 'Or screen their resume: drop it on the PDF page (Shipcheck side panel → PDF)' },
      ];
    }
    case 'github': {
      const url = identity?.kind === 'github' ? safeSeeAllUrl(`https://github.com/${identity.id}?tab=repositories`, pageUrl) : undefined;
      return [{ label: 'Open a repository they wrote: its README is screened', url }, { label: 'Or screen their resume or LinkedIn profile' }];
    }
    case 'pdf':
      return [{ label: 'Paste the resume text into the box on this page' }, { label: 'Or ask for the resume exported as text from the original document' }];
    default:
      return [{ label: 'Paste the whole resume: each role with what was done in it, the tools and the results' }];
  }
}

/**
 * For a screening that judged nothing: what could not be read (the reader's own notes about the page, or
 * else a plain statement) and what to open next to find the evidence.
 */
export function insufficientGuidance(screening: Screening, document: CandidateDocument | undefined, pageUrl: string): InsufficientGuidance {
  const notes = [...screening.incomplete.map((item) => item.message), ...(document?.warnings ?? [])];
  const unread = notes.length > 0 ? [...new Set(notes)] : [NOTHING_READ];
  const seeAll: NextStep[] = [];
  for (const item of screening.incomplete) {
    const url = safeSeeAllUrl(item.seeAllUrl, pageUrl);
    if (!url || seeAll.some((step) => step.url === url)) continue;
    seeAll.push({ label: `Open the full ${SECTION_NAME[item.section ?? ''] ?? 'profile'} list`, url });
  }
  const steps = sourceSteps(screening, document, pageUrl).filter((step) => !step.url || !seeAll.some((s) => s.url === step.url));
  return { unread, next: [...seeAll, ...steps] };
}
