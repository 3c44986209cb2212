/*
 * motcua: the webapps' header names the signed-in officer and the unit(s) they work for, e.g.
 * "Nguyễn Thị Lan — Trung tâm Phục vụ hành chính công phường Tân Định", from GET /api/officers/me.
 *
 * A frontend plugin: Camunda collects the default export of each custom script and renders it at its
 * plugin point. Tasklist's header has 'tasklist.navbar.action', Cockpit's 'cockpit.navigation' (its
 * menu); Admin and the welcome page have no plugin point in the header, so they show only the
 * officer's name in Camunda's own account menu.
 */
let officer;

function currentOfficer() {
  // once per page; the webapps' own session cookie signs the request in
  officer = officer || fetch('/api/officers/me', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(response => (response.ok ? response.json() : null))
    .catch(() => null);
  return officer;
}

/** "Full name — unit A, unit B": each unit once, even for an officer with several roles there. */
export function describe(me) {
  const units = [...new Set((me.units || []).map(unit => unit.name))];
  return units.length ? `${me.fullName} — ${units.join(', ')}` : me.fullName;
}

function render(node) {
  const label = document.createElement('span');
  label.className = 'motcua-officer';
  node.appendChild(label);
  currentOfficer().then(me => {
    if (me) {
      const roles = [...new Set((me.units || []).map(unit => unit.roleLabel))].join(', ');
      // textContent, never HTML: names come from data officers can edit
      label.textContent = describe(me);
      label.title = roles ? `${describe(me)} (${roles})` : describe(me);
    }
  });
}

export default [
  {id: 'motcua-officer', pluginPoint: 'tasklist.navbar.action', priority: -100, render},
  {
    id: 'motcua-officer',
    pluginPoint: 'cockpit.navigation',
    priority: 0,
    // a menu entry of Cockpit's header that is never the active one
    checkActive: () => false,
    render
  }
];
