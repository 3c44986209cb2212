/*
 * motcua: the webapps' header names the signed-in officer and the unit(s) they work for, e.g.
 * "Nguyễn Thị Lan — Trung tâm Phục vụ hành chính công phường Tân Định", from GET /api/officers/me.
 *
 * In Tasklist and Cockpit a frontend plugin: Camunda collects the default export of each custom script
 * and renders it at its plugin point, 'tasklist.navbar.action' and 'cockpit.navigation' (Cockpit's
 * menu). Admin and the welcome page have no plugin point in their header: there the header directive
 * (camWidgetHeader, the one in every app's index.html) is decorated to put the same text first in its
 * menu.
 */
const APP = document.querySelector('base').getAttribute('app-name');
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

const PLUGINS = {
  tasklist: {id: 'motcua-officer', pluginPoint: 'tasklist.navbar.action', priority: -100, render},
  cockpit: {
    id: 'motcua-officer',
    pluginPoint: 'cockpit.navigation',
    priority: 0,
    // a menu entry of Cockpit's header that is never the active one
    checkActive: () => false,
    render
  }
};

if (!PLUGINS[APP]) {
  window.angular.module('camunda.common.widgets').decorator('camWidgetHeaderDirective', ['$delegate', function (headers) {
    const header = headers[0];
    const compile = header.compile;
    header.compile = function () {
      // Camunda's compile only fills in default attributes and returns no link function
      const link = compile ? compile.apply(this, arguments) : undefined;
      return function (scope, element) {
        if (typeof link === 'function') {
          link.apply(this, arguments);
        }
        const menu = element[0].querySelector('nav.app-menu > ul');
        if (menu) {
          const item = document.createElement('li');
          menu.insertBefore(item, menu.firstChild);
          render(item);
        }
      };
    };
    return headers;
  }]);
}

export default PLUGINS[APP] ? [PLUGINS[APP]] : [];
