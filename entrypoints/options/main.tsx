import '../../lib/model/zod';
import { PAGE_CSS } from '../../components/shared/page-styles';
import { renderExtensionPage } from '../../components/shared/render-extension-page';
import { OptionsForm } from './options-form';
import { OPTIONS_CSS } from './options-styles';

renderExtensionPage(PAGE_CSS + OPTIONS_CSS, <OptionsForm />);
