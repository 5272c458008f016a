import '../../lib/model/zod';
import { CandidatesApp } from '../../components/candidates/candidates-app';
import { candidatesCss } from '../../components/candidates/candidates-css';
import { renderExtensionPage } from '../../components/shared/render-extension-page';
import { browserCandidateStore } from '../../lib/storage/browser-candidate-store';

renderExtensionPage(candidatesCss, <CandidatesApp store={browserCandidateStore()} />);
