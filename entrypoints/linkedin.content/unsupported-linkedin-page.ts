// The LinkedIn areas a recruiter presses the shortcut on most, by the first segment of their address.
const AREAS: [RegExp, string][] = [
  [/^\/feed\//, 'the feed'],
  [/^\/search\//, 'search results'],
  [/^\/sales\//, 'Sales Navigator'],
  [/^\/(talent|recruiter)\//, 'a Recruiter page'],
  [/^\/jobs\//, 'a jobs page'],
  [/^\/company\//, 'a company page'],
  [/^\/school\//, 'a school page'],
  [/^\/messaging\//, 'messaging'],
  [/^\/mynetwork\//, 'My Network'],
  [/^\/notifications\//, 'notifications'],
  [/^\/posts\/|^\/pulse\//, 'a post'],
];

function areaOf(url: string): string {
  let path = '/';
  try {
    path = `${new URL(url).pathname.replace(/\/?$/, '/')}`;
  } catch {
    // Not a URL: named as "this page" below.
  }
  return AREAS.find(([pattern]) => pattern.test(path))?.[1] ?? 'this page';
}

/** What the shortcut says on a LinkedIn page that is not a profile: what this page is, and which pages are screened. */
export function unsupportedLinkedInPage(url: string): string {
  const area = areaOf(url);
  const subject = area === 'this page' ? 'This page is not a profile' : `This is ${area}, not a profile`;
  return `${subject}. Shipcheck screens LinkedIn member profiles (linkedin.com/in/…) with their “Show all” pages, and Recruiter profiles: open one and the panel appears.`;
}
