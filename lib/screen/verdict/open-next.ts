import type { CandidateDocument } from '../../model/candidate-document';

/** What the recruiter can open instead, when this page or file cannot be judged. */
export function openNext(document: CandidateDocument): string {
  const seeAll = document.incomplete.find((i) => i.seeAllUrl)?.seeAllUrl;
  switch (document.source) {
    case 'linkedin':
      return seeAll
        ? `Open ${seeAll}, or the candidate's resume.`
        : "Open the candidate's profile (linkedin.com/in/…) and let its Experience section load, or open their resume.";
    case 'github':
      return "Open a repository's README, or the candidate's LinkedIn profile or resume.";
    case 'pdf':
      return 'If the PDF is a scan, open a version with selectable text, or paste the resume text; the LinkedIn profile also works.';
    default:
      return "Open the full resume or the candidate's LinkedIn profile.";
  }
}
