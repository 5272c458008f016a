import '../../lib/model/zod';
import { createRoot } from 'react-dom/client';
import { CandidatesApp } from '../../components/candidates/candidates-app';
import { candidatesCss } from '../../components/candidates/candidates-css';
import { browserCandidateStore } from '../../lib/storage/browser-candidate-store';

const sheet = new CSSStyleSheet();
sheet.replaceSync(candidatesCss);
document.adoptedStyleSheets = [sheet];
createRoot(document.getElementById('root')!).render(<CandidatesApp store={browserCandidateStore()} />);
