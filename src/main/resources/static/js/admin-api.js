// Calls of the administration pages to the JSON API, with the page's CSRF token; a refusal throws its
// Vietnamese problem detail.
window.motcuaApi = async function (method, path, body) {
  'use strict';
  const headers = {'Content-Type': 'application/json', 'Accept': 'application/json'};
  headers[document.querySelector('meta[name="_csrf_header"]').content] =
      document.querySelector('meta[name="_csrf"]').content;
  const response = await fetch(path, {method, headers, body: JSON.stringify(body)});
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(answer.detail || 'Không thực hiện được (mã ' + response.status + ').');
  }
  return answer;
};
