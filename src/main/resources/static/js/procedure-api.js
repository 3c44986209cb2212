/*
 * What both procedure administration pages share: calls to /api/administration/procedures (through the shared
 * js/admin-api.js), the Vietnamese reading of a refusal, and the wording of dates, levels and how a procedure runs.
 */
(function (global) {
  'use strict';

  /** An answer that is not 2xx: its status, its Vietnamese detail and its field errors [{field, message}]. */
  function ProblemAnswer(status, problem) {
    this.status = status;
    this.detail = (problem && problem.detail) || ProblemAnswer.fallback(status);
    this.errors = (problem && Array.isArray(problem.errors)) ? problem.errors : [];
  }

  ProblemAnswer.fallback = function (status) {
    if (status === 401) { return 'Phiên đăng nhập đã hết. Vui lòng đăng nhập lại.'; }
    if (status === 403) { return 'Bạn không có quyền thực hiện thao tác này.'; }
    if (status === 404) { return 'Không tìm thấy thủ tục trong phạm vi bạn quản trị.'; }
    if (status === 409) { return 'Thao tác xung đột với một thay đổi khác. Vui lòng tải lại trang.'; }
    if (status === 0) { return 'Không kết nối được máy chủ. Vui lòng thử lại.'; }
    return 'Máy chủ không thực hiện được yêu cầu (mã ' + status + '). Vui lòng thử lại sau.';
  };

  /** A JSON call through the administration pages' shared caller (js/admin-api.js), refusals as ProblemAnswer. */
  function call(method, url, body) {
    return global.motcuaApi(method, url, body).catch(function (refusal) {
      throw refusal.status ? new ProblemAnswer(refusal.status, { detail: refusal.message, errors: refusal.errors })
        : new ProblemAnswer(0, null);
    });
  }

  /** A text answer (the BPMN XML); a refusal is read as problem+json. */
  function text(url) {
    return fetch(url, { headers: { Accept: 'application/xml, application/problem+json' }, credentials: 'same-origin' })
      .catch(function () { throw new ProblemAnswer(0, null); })
      .then(function (response) {
        if (response.ok) { return response.text(); }
        return response.json().catch(function () { return null; }).then(function (problem) {
          throw new ProblemAnswer(response.status, problem);
        });
      });
  }

  var RUNS = {
    GENERATED: 'Sinh tự động từ bảng bước',
    HAND_DRAWN: 'Vẽ tay (Camunda Modeler)',
    NONE: 'Chưa có quy trình'
  };

  var LEVELS = { PROVINCE: 'Cấp tỉnh', COMMUNE: 'Cấp xã' };

  /** "2026-12-07" as the office writes it: 07/12/2026. */
  function shownDate(iso) {
    if (!iso) { return ''; }
    var parts = String(iso).substring(0, 10).split('-');
    return parts.length === 3 ? parts[2] + '/' + parts[1] + '/' + parts[0] : String(iso);
  }

  function element(tag, attributes, children) {
    var created = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      var value = attributes[name];
      if (value === undefined || value === null || value === false) { return; }
      if (name === 'text') { created.textContent = value; } else if (value === true) { created.setAttribute(name, ''); } else { created.setAttribute(name, value); }
    });
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined) {
        created.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
      }
    });
    return created;
  }

  /** Shows a banner: kind "success", "error" or "info"; errors take the screen reader's attention at once. */
  function banner(container, kind, message, details) {
    container.textContent = '';
    if (!message) { return; }
    var box = element('div', { 'class': 'banner ' + kind, role: kind === 'error' ? 'alert' : 'status' }, [message]);
    if (details && details.length) {
      box.appendChild(element('ul', {}, details));
    }
    container.appendChild(box);
  }

  global.ProcedureApi = {
    get: function (url) { return call('GET', url); },
    getText: text,
    post: function (url, body) { return call('POST', url, body === undefined ? {} : body); },
    ProblemAnswer: ProblemAnswer,
    runs: function (value) { return RUNS[value] || value || ''; },
    level: function (value) { return LEVELS[value] || value || ''; },
    shownDate: shownDate,
    element: element,
    banner: banner
  };
})(window);
