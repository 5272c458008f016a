export { isLinkedInProfileUrl, linkedInDetailsUrl, linkedInSlugFromUrl } from './linkedin-url';
export { profileSlugOnPage, readLinkedInPage } from './read-linkedin-page';
