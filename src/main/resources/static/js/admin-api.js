// Calls of the administration pages to the JSON API, with the page's CSRF token; a refusal throws its
// Vietnamese problem detail, with the answer's status and its field errors [{field, message}] when it lists them.
window.motcuaApi = async function (method, path, body) {
  'use strict';
  const headers = {'Content-Type': 'application/json', 'Accept': 'application/json'};
  headers[document.querySelector('meta[name="_csrf_header"]').content] =
      document.querySelector('meta[name="_csrf"]').content;
  const response = await fetch(path, {method, headers, body: JSON.stringify(body)});
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) {
    const refusal = new Error(answer.detail || 'Không thực hiện được (mã ' + response.status + ').');
    refusal.status = response.status;
    refusal.errors = Array.isArray(answer.errors) ? answer.errors : [];
    throw refusal;
  }
  return answer;
};
