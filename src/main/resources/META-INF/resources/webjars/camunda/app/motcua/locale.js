/*
 * motcua: Vietnamese is the language of the Camunda webapps, whatever language the browser asks for.
 *
 * Camunda 7 has no language menu: it takes the browser's first language (navigator.languages[0]) if
 * it is one of config.js's availableLocales, else the fallbackLocale. This custom script (listed in
 * each app's config.js customScripts, loaded before the app starts) makes that first language 'vi',
 * or 'en' for a browser where someone opened a webapp once with ?lang=en (?lang=vi switches back);
 * the choice is kept in this browser's localStorage.
 */
const KEY = 'motcua.webapps.lang';
const SUPPORTED = ['vi', 'en'];

const asked = new URLSearchParams(window.location.search).get('lang');
if (SUPPORTED.includes(asked)) {
  window.localStorage.setItem(KEY, asked);
}
const stored = window.localStorage.getItem(KEY);
const chosen = SUPPORTED.includes(stored) ? stored : 'vi';

Object.defineProperty(window.navigator, 'languages', {
  configurable: true,
  get: () => [chosen]
});
Object.defineProperty(window.navigator, 'language', {
  configurable: true,
  get: () => chosen
});

export default {};
