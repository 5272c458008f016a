import '../../lib/model/zod';
import { PAGE_CSS } from '../../components/shared/page-styles';
import { renderExtensionPage } from '../../components/shared/render-extension-page';
import { OptionsForm } from './options-form';

renderExtensionPage(PAGE_CSS, <OptionsForm />);
