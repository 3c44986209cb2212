/*
 * motcua: Vietnamese is the language of the Camunda webapps, whatever language the browser asks for.
 *
 * Camunda 7 has no language menu: it takes the browser's first language (navigator.languages[0]) if
 * it is one of config.js's availableLocales, else the fallbackLocale. This custom script (listed in
 * each app's config.js customScripts, loaded before the app starts) makes that first language 'vi',
 * or 'en' for a browser where someone opened a webapp once with ?lang=en (?lang=vi switches back);
 * the choice is kept in this browser's localStorage. It also has the chosen language's labels ready before
 * the app starts (below).
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

// Some labels are computed once when the app starts, with $translate.instant (Tasklist's sort labels), while
// Camunda loads the language's table asynchronously: a label computed before the table arrives keeps its key
// for good ("DUE_DATE" instead of "Hạn xử lý"). The app waits for this script, so the table is fetched here,
// before the app starts, and answers instant() until angular-translate's own copy is in.
const app = (window.location.pathname.match(/\/app\/([^/]+)\//) || [])[1];
const labels = app ? await fetch(new URL(`../${app}/locales/${chosen}.json`, import.meta.url))
  .then(answer => (answer.ok ? answer.json() : {}))
  .then(table => table.labels || {})
  .catch(() => ({})) : {};

window.angular.module('pascalprecht.translate').decorator('$translate', ['$delegate', function ($translate) {
  const instant = $translate.instant;
  $translate.instant = function (id, parameters) {
    if (!$translate.isReady() && parameters === undefined && typeof labels[id] === 'string') {
      return labels[id];
    }
    return instant.apply(this, arguments);
  };
  return $translate;
}]);

export default {};
