import '../../lib/model/zod';
import { CandidatesApp } from '../../components/candidates/candidates-app';
import { candidatesCss } from '../../components/candidates/candidates-css';
import { PASTE_CSS } from '../../components/panel/paste-resume-form';
import { renderExtensionPage } from '../../components/shared/render-extension-page';
import { browserCandidateStore } from '../../lib/storage/browser-candidate-store';

// The paste box sits between the header and the list, which scrolls on its own below it.
const SIDE_PANEL_PASTE_CSS = `.sc-paste { padding: 0 12px 8px; border-bottom: 1px solid var(--sc-border); max-height: 70vh; overflow-y: auto; flex: none; }`;

renderExtensionPage(candidatesCss + PASTE_CSS + SIDE_PANEL_PASTE_CSS, <CandidatesApp store={browserCandidateStore()} />);
