/*
 * motcua: the Tasklist lists an officer's tasks by due date, soonest first, unless they choose
 * another order. Tasklist keeps its order only in the address (#/?sorting=...) and falls back to the
 * creation date, newest first; this custom script (tasklist config.js customScripts, loaded before
 * the app reads the address) puts the due-date order into an address that has none.
 */
const DUE_DATE_FIRST = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);

const hash = window.location.hash || '#/';
const at = hash.indexOf('?');
const path = at < 0 ? hash : hash.substring(0, at);
const params = new URLSearchParams(at < 0 ? '' : hash.substring(at + 1));
if (!params.has('sorting')) {
  params.set('sorting', DUE_DATE_FIRST);
  window.history.replaceState(window.history.state, '',
    window.location.pathname + window.location.search + path + '?' + params.toString());
}

export default {};
