/*
 * /quan-tri/thu-tuc/{code}: one procedure's configuration. The administrator edits the step table, the e-form's
 * extra fields, the receiving units, the units handling some communes' dossiers and the fee; "Xem trước" asks the server for the generated diagram, form, diff
 * and lint; "Triển khai" deploys what was previewed, from a chosen date. A hand-drawn procedure is only shown.
 * The page keeps the configuration being edited in `draft` and redraws the tables from it after every change.
 */
(function () {
  'use strict';

  var api = window.ProcedureApi;
  var el = api.element;
  var page = document.getElementById('configuration-page');
  var base = page.dataset.api;
  var bannerArea = document.getElementById('banner');
  var editor = document.getElementById('editor');
  var stepBody = document.querySelector('#step-table tbody');
  var fieldBody = document.querySelector('#field-table tbody');
  var previewSection = document.getElementById('preview-section');
  var previewState = document.getElementById('preview-state');
  var deployButton = document.getElementById('deploy');

  var ROLES = [
    ['reception', 'Tiếp nhận (bộ phận một cửa)'],
    ['specialist', 'Chuyên viên xử lý'],
    ['leader', 'Lãnh đạo phê duyệt']
  ];
  var FIELD_TYPES = [
    ['text', 'Văn bản'],
    ['number', 'Số'],
    ['date', 'Ngày'],
    ['select', 'Danh sách chọn'],
    ['commune', 'Xã, phường (theo cây đơn vị)']
  ];
  var UNIT_KINDS = { PROVINCE: 'Cấp tỉnh', SERVICE_CENTER: 'Trung tâm phục vụ hành chính công', DEPARTMENT: 'Sở, ngành', COMMUNE: 'Cấp xã' };

  var detail = null;
  var draft = null;
  var units = [];
  /** The draft as last previewed with a passing lint; deploying anything else is refused on the page. */
  var previewed = null;
  var diagramViewer = null;
  var formViewer = null;
  /** Whether the tables hold edits not deployed yet: leaving the page asks first. */
  var edited = false;

  function copy(value) {
    return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
  }

  function unitName(code) {
    if (code === 'receiving') { return 'Trung tâm tiếp nhận hồ sơ'; }
    if (code === 'commune') { return 'UBND xã, phường của nơi tiếp nhận'; }
    for (var i = 0; i < units.length; i++) {
      if (units[i].code === code) { return units[i].name; }
    }
    return code || '';
  }

  // ---- record summary and versions ----

  function showSummary() {
    document.getElementById('summary-title').textContent = detail.code + ' — ' + detail.name;
    document.title = detail.name + ' — Cấu hình thủ tục';
    var list = document.getElementById('record');
    list.textContent = '';
    var unit = detail.implementingUnit || {};
    var pending = detail.pending;
    [
      ['Cấp thực hiện', api.level(detail.level)],
      ['Đơn vị thực hiện', unit.name || unit.code],
      ['Thời hạn giải quyết', detail.limit],
      ['Phí, lệ phí', detail.feeText],
      ['Cách chạy', api.runs(detail.runs)],
      ['Phiên bản đang hiệu lực', detail.version ? 'Phiên bản ' + detail.version + (detail.validFrom ? ', từ ngày ' + api.shownDate(detail.validFrom) : '') : ''],
      ['Phiên bản sắp hiệu lực', pending ? 'Phiên bản ' + pending.version + ', từ ngày ' + api.shownDate(pending.validFrom) : ''],
      ['Cấu hình', detail.runs === 'GENERATED' ? (detail.configured ? 'Do quản trị viên cấu hình' : 'Sinh theo mẫu của hồ sơ thủ tục (chưa ai cấu hình)') : ''],
      ['Lưu ý', detail.reason]
    ].forEach(function (item) {
      if (item[1] === undefined || item[1] === null || item[1] === '') { return; }
      list.appendChild(el('dt', { text: item[0] }));
      list.appendChild(el('dd', { text: String(item[1]) }));
    });
  }

  function showVersions() {
    var body = document.querySelector('#versions tbody');
    body.textContent = '';
    var versions = detail.versions || [];
    versions.forEach(function (version) {
      var inForce = version.version === detail.version;
      body.appendChild(el('tr', { 'data-version': version.version, 'class': inForce ? 'in-force' : null }, [
        el('td', { text: version.version + (inForce ? ' (đang hiệu lực)' : '') }),
        el('td', { text: api.shownDate(version.validFrom) }),
        el('td', { text: version.validTo ? api.shownDate(version.validTo) : 'Không thời hạn' }),
        el('td', { text: version.note || '' }),
        el('td', { text: version.configuredBy || '' })
      ]));
    });
    document.getElementById('rollback-area').hidden = !detail.editable || versions.length < 2;
    document.getElementById('rollback-confirm').hidden = true;
  }

  // ---- the step table ----

  function select(id, label, options, value, field) {
    var chosen = el('select', { id: id, 'aria-label': label, 'data-field': field });
    options.forEach(function (option) {
      if (option.group) {
        var group = el('optgroup', { label: option.group });
        option.options.forEach(function (inner) {
          group.appendChild(el('option', { value: inner[0], text: inner[1], selected: inner[0] === value }));
        });
        chosen.appendChild(group);
      } else {
        chosen.appendChild(el('option', { value: option[0], text: option[1], selected: option[0] === value }));
      }
    });
    return chosen;
  }

  function withinScope(code) {
    var scopeUnit = page.dataset.scopeUnit;
    if (!scopeUnit) { return true; }
    for (var seen = 0; code && seen < 20; seen++) {
      if (code === scopeUnit) { return true; }
      var parent = null;
      for (var i = 0; i < units.length; i++) {
        if (units[i].code === code) { parent = units[i].parentCode; break; }
      }
      code = parent;
    }
    return false;
  }

  /**
   * The handling units offered: the two routed choices, then the units the administrator may choose (the API
   * refuses a unit outside their scope), grouped by kind.
   */
  function unitOptions(current) {
    var options = [['', 'Như bước trước (bước đầu: đơn vị theo hồ sơ thủ tục)'], ['receiving', 'Trung tâm tiếp nhận hồ sơ'],
      ['commune', 'UBND xã, phường của nơi tiếp nhận']];
    var offered = units.filter(function (unit) { return withinScope(unit.code); });
    if (current && current !== 'receiving' && current !== 'commune' && !offered.some(function (u) { return u.code === current; })) {
      options.push([current, unitName(current)]);
    }
    Object.keys(UNIT_KINDS).forEach(function (kind) {
      var ofKind = offered.filter(function (unit) { return unit.kind === kind; })
        .map(function (unit) { return [unit.code, unit.name]; });
      if (ofKind.length) { options.push({ group: UNIT_KINDS[kind], options: ofKind }); }
    });
    return options;
  }

  function outcomesOf(step) {
    var outcomes = { supplement: false, refuse: false, rework: null, verify: null };
    (step.outcomes || []).forEach(function (outcome) {
      if (outcome === 'supplement') { outcomes.supplement = true; }
      else if (outcome === 'refuse') { outcomes.refuse = true; }
      else if (outcome.indexOf('rework:') === 0) { outcomes.rework = outcome.substring(7); }
      else if (outcome.indexOf('verify:') === 0) { outcomes.verify = outcome.substring(7); }
    });
    return outcomes;
  }

  function setOutcomes(step, outcomes) {
    var list = [];
    if (outcomes.supplement) { list.push('supplement'); }
    if (outcomes.refuse) { list.push('refuse'); }
    if (outcomes.rework !== null) { list.push('rework:' + outcomes.rework); }
    if (outcomes.verify !== null) { list.push('verify:' + outcomes.verify); }
    step.outcomes = list;
  }

  function check(id, label, checked, field) {
    var box = el('input', { type: 'checkbox', id: id, checked: checked, 'data-field': field });
    return el('label', { 'class': 'inline', 'for': id }, [box, ' ' + label]);
  }

  function stepRow(step, index, steps) {
    var n = index + 1;
    var prefix = 'step-' + index;
    var path = 'steps[' + index + ']';
    var name = el('input', { id: prefix + '-name', type: 'text', value: step.name || '', 'aria-label': 'Bước ' + n + ': tên bước',
      'data-field': path + '.name', maxlength: '200', required: true });
    name.addEventListener('input', function () { step.name = name.value; changed(false); });

    var role = select(prefix + '-role', 'Bước ' + n + ': vai trò', [['', '— Chọn vai trò —']].concat(ROLES), step.role || '', path + '.role');
    role.addEventListener('change', function () { step.role = role.value || null; changed(false); });

    var unit = select(prefix + '-unit', 'Bước ' + n + ': đơn vị xử lý', unitOptions(step.unit), step.unit || '', path + '.unit');
    unit.addEventListener('change', function () { step.unit = unit.value || null; showCommuneRouting(); changed(false); });

    var inHours = step.hours !== null && step.hours !== undefined && (step.days === null || step.days === undefined);
    var amount = el('input', { id: prefix + '-time', type: 'number', min: '1', step: '1',
      value: inHours ? step.hours : (step.days === null || step.days === undefined ? '' : step.days),
      'aria-label': 'Bước ' + n + ': thời hạn', 'data-field': path + (inHours ? '.hours' : '.days'), 'class': 'short' });
    var measure = select(prefix + '-time-unit', 'Bước ' + n + ': đơn vị thời hạn',
      [['days', 'ngày làm việc'], ['hours', 'giờ làm việc']], inHours ? 'hours' : 'days', path + '.timeUnit');
    var readTime = function () {
      var value = amount.value === '' ? null : Number(amount.value);
      if (measure.value === 'hours') { step.hours = value; step.days = null; } else { step.days = value; step.hours = null; }
      amount.dataset.field = path + (measure.value === 'hours' ? '.hours' : '.days');
      changed(false);
    };
    amount.addEventListener('input', readTime);
    measure.addEventListener('change', readTime);

    var outcomes = outcomesOf(step);
    var supplement = check(prefix + '-supplement', 'Yêu cầu bổ sung', outcomes.supplement, path + '.outcomes');
    var refuse = check(prefix + '-refuse', 'Từ chối', outcomes.refuse, path + '.outcomes');
    var rework = check(prefix + '-rework', 'Trả lại bước', outcomes.rework !== null, path + '.outcomes');
    // a step sends a dossier back only to an earlier step: a later one would make a cycle
    var earlier = steps.slice(0, index).map(function (other) { return [other.id, other.name || other.id]; });
    var reworkTarget = select(prefix + '-rework-to', 'Bước ' + n + ': trả lại cho bước', [['', '— bước nào —']].concat(earlier),
      outcomes.rework || '', path + '.outcomes');
    reworkTarget.disabled = outcomes.rework === null;
    rework.firstChild.disabled = index === 0 && outcomes.rework === null;
    var verify = check(prefix + '-verify', 'Xác minh (phức tạp), số ngày:', outcomes.verify !== null, path + '.outcomes');
    var verifyDays = el('input', { id: prefix + '-verify-days', type: 'number', min: '1', 'class': 'short',
      value: outcomes.verify || '', 'aria-label': 'Bước ' + n + ': số ngày xác minh', disabled: outcomes.verify === null });
    var readOutcomes = function () {
      reworkTarget.disabled = !rework.firstChild.checked;
      verifyDays.disabled = !verify.firstChild.checked;
      setOutcomes(step, {
        supplement: supplement.firstChild.checked,
        refuse: refuse.firstChild.checked,
        rework: rework.firstChild.checked ? reworkTarget.value : null,
        verify: verify.firstChild.checked ? verifyDays.value : null
      });
      changed(false);
    };
    [supplement, refuse, rework, verify].forEach(function (label) { label.firstChild.addEventListener('change', readOutcomes); });
    reworkTarget.addEventListener('change', readOutcomes);
    verifyDays.addEventListener('input', readOutcomes);

    var actions = el('td', { 'class': 'row-actions' }, [
      button('↑', 'Đưa bước ' + n + ' lên trên', index === 0, function () { move(draft.steps, index, -1); }),
      button('↓', 'Đưa bước ' + n + ' xuống dưới', index === steps.length - 1, function () { move(draft.steps, index, 1); }),
      button('Xóa', 'Xóa bước ' + n, false, function () { removeStep(index); })
    ]);

    return el('tr', { 'data-step': step.id || '' }, [
      el('th', { scope: 'row', text: String(n) }),
      el('td', {}, [name]),
      el('td', {}, [role]),
      el('td', {}, [unit]),
      el('td', { 'class': 'time' }, [amount, measure]),
      el('td', { 'class': 'outcomes' }, [
        el('div', {}, [supplement]), el('div', {}, [refuse]),
        el('div', {}, [rework, ' ', reworkTarget]), el('div', {}, [verify, ' ', verifyDays])
      ]),
      actions
    ]);
  }

  function button(text, label, disabled, action) {
    var created = el('button', { type: 'button', 'class': 'small', 'aria-label': label, title: label, text: text, disabled: disabled });
    created.addEventListener('click', action);
    return created;
  }

  function move(list, index, by) {
    var target = index + by;
    if (target < 0 || target >= list.length) { return; }
    var moved = list.splice(index, 1)[0];
    list.splice(target, 0, moved);
    changed(true);
  }

  function removeStep(index) {
    var removed = draft.steps.splice(index, 1)[0];
    draft.steps.forEach(function (step) {
      var outcomes = outcomesOf(step);
      if (outcomes.rework === removed.id) { outcomes.rework = ''; setOutcomes(step, outcomes); }
    });
    changed(true);
  }

  function newStepId() {
    var taken = {};
    draft.steps.forEach(function (step) { taken[step.id] = true; });
    for (var n = draft.steps.length + 1; ; n++) {
      if (!taken['Buoc' + n]) { return 'Buoc' + n; }
    }
  }

  // ---- the e-form's extra fields ----

  /** The choices as the administrator types them: "value = label" a line, or just the label when both agree. */
  function choicesText(choices) {
    var list = Array.isArray(choices) ? choices : Object.keys(choices || {}).map(function (value) {
      return { value: value, label: choices[value] };
    });
    return list.map(function (choice) {
      return choice.value === choice.label ? choice.value : choice.value + ' = ' + choice.label;
    }).join('\n');
  }

  function choicesOf(text) {
    var choices = [];
    text.split('\n').forEach(function (line) {
      var trimmed = line.trim();
      if (!trimmed) { return; }
      var at = trimmed.indexOf('=');
      choices.push(at > 0 ? { value: trimmed.substring(0, at).trim(), label: trimmed.substring(at + 1).trim() }
        : { value: trimmed, label: trimmed });
    });
    return choices;
  }

  function fieldRow(field, index, fields) {
    var n = index + 1;
    var prefix = 'field-' + index;
    var path = 'fields[' + index + ']';
    var key = el('input', { id: prefix + '-key', type: 'text', value: field.key || '', 'aria-label': 'Trường ' + n + ': mã trường',
      'data-field': path + '.key', maxlength: '60', pattern: '[a-z][A-Za-z0-9]{0,49}', spellcheck: 'false', autocomplete: 'off' });
    key.addEventListener('input', function () { field.key = key.value.trim(); changed(false); });
    var label = el('input', { id: prefix + '-label', type: 'text', value: field.label || '', 'aria-label': 'Trường ' + n + ': nhãn hiển thị',
      'data-field': path + '.label', maxlength: '200' });
    label.addEventListener('input', function () { field.label = label.value; changed(false); });
    var type = select(prefix + '-type', 'Trường ' + n + ': kiểu', FIELD_TYPES, field.type || 'text', path + '.type');
    var required = el('input', { id: prefix + '-required', type: 'checkbox', checked: !!field.required,
      'aria-label': 'Trường ' + n + ': bắt buộc', 'data-field': path + '.required' });
    required.addEventListener('change', function () { field.required = required.checked; changed(false); });
    var help = el('input', { id: prefix + '-help', type: 'text', value: field.help || '', 'aria-label': 'Trường ' + n + ': hướng dẫn',
      'data-field': path + '.help', maxlength: '300' });
    help.addEventListener('input', function () { field.help = help.value || null; changed(false); });
    var choices = el('textarea', { id: prefix + '-choices', rows: '3', 'aria-label': 'Trường ' + n + ': danh sách chọn, mỗi dòng một lựa chọn (mã = nhãn)',
      'data-field': path + '.choices', placeholder: 'mỗi dòng: mã = nhãn' });
    choices.value = choicesText(field.choices);
    choices.hidden = (field.type || 'text') !== 'select';
    choices.addEventListener('input', function () { field.choices = choicesOf(choices.value); changed(false); });
    type.addEventListener('change', function () {
      field.type = type.value;
      choices.hidden = type.value !== 'select';
      if (type.value !== 'select') { field.choices = []; } else { field.choices = choicesOf(choices.value); }
      changed(false);
    });
    return el('tr', { 'data-field-key': field.key || '' }, [
      el('th', { scope: 'row', text: String(n) }),
      el('td', {}, [key]),
      el('td', {}, [label]),
      el('td', {}, [type]),
      el('td', { 'class': 'center' }, [required]),
      el('td', {}, [help]),
      el('td', {}, [choices]),
      el('td', { 'class': 'row-actions' }, [
        button('↑', 'Đưa trường ' + n + ' lên trên', index === 0, function () { move(draft.fields, index, -1); }),
        button('↓', 'Đưa trường ' + n + ' xuống dưới', index === fields.length - 1, function () { move(draft.fields, index, 1); }),
        button('Xóa', 'Xóa trường ' + n, false, function () { draft.fields.splice(index, 1); changed(true); })
      ])
    ]);
  }

  // ---- receiving units ----

  function showReceivingUnits() {
    var list = document.getElementById('receiving-units');
    list.textContent = '';
    (draft.receivingUnits || []).forEach(function (code, index) {
      list.appendChild(el('li', { 'data-unit': code }, [unitName(code) + ' ',
        button('Bỏ', 'Bỏ đơn vị tiếp nhận ' + unitName(code), false, function () {
          draft.receivingUnits.splice(index, 1);
          changed(true);
        })]));
    });
    if (!(draft.receivingUnits || []).length) {
      list.appendChild(el('li', { 'class': 'note', text: 'Mọi trung tâm phục vụ hành chính công.' }));
    }
    var choice = document.getElementById('receiving-unit-choice');
    choice.textContent = '';
    choice.appendChild(el('option', { value: '', text: '— Chọn đơn vị —' }));
    units.filter(function (unit) {
      return unit.kind === 'SERVICE_CENTER' && (draft.receivingUnits || []).indexOf(unit.code) < 0;
    }).forEach(function (unit) {
      choice.appendChild(el('option', { value: unit.code, text: unit.name }));
    });
  }

  // ---- commune routing overrides ----

  /** Whether the dossier goes to the receiving commune's committee (first or at a later step). */
  function routedByCommune() {
    return draft.steps.some(function (step) { return step.unit === 'commune'; });
  }

  function unitChoices(filter, value, id, label, field) {
    var options = [['', '— Chọn —']];
    units.filter(filter).forEach(function (unit) { options.push([unit.code, unit.name]); });
    if (value && !options.some(function (option) { return option[0] === value; })) { options.push([value, unitName(value)]); }
    return select(id, label, options, value || '', field);
  }

  /** The table "Xã, phường tiếp nhận → đơn vị giải quyết", shown while the routing is by commune (or has rows). */
  function showCommuneRouting() {
    var routes = draft.communeRouting;
    document.getElementById('commune-routing-section').hidden = !routedByCommune() && !routes.length;
    document.getElementById('no-commune-routing').hidden = routes.length > 0;
    var body = document.querySelector('#commune-routing-table tbody');
    body.textContent = '';
    routes.forEach(function (route, index) {
      var path = 'communeRouting[' + index + ']';
      var commune = unitChoices(function (unit) { return unit.kind === 'COMMUNE'; }, route.commune,
        'commune-route-' + index + '-commune', 'Dòng ' + (index + 1) + ': xã, phường tiếp nhận', path + '.commune');
      commune.addEventListener('change', function () { route.commune = commune.value || null; changed(false); });
      var handling = unitChoices(function (unit) {
        return (unit.kind === 'COMMUNE' || unit.kind === 'DEPARTMENT') && withinScope(unit.code);
      }, route.unit, 'commune-route-' + index + '-unit', 'Dòng ' + (index + 1) + ': đơn vị giải quyết', path + '.unit');
      handling.addEventListener('change', function () { route.unit = handling.value || null; changed(false); });
      body.appendChild(el('tr', { 'data-commune-route': String(index) }, [el('td', {}, [commune]), el('td', {}, [handling]),
        el('td', { 'class': 'row-actions' }, [button('Xóa', 'Xóa dòng ' + (index + 1), false, function () {
          routes.splice(index, 1);
          changed(true);
        })])]));
      body.appendChild(errorRow('commune-route-' + index, path, 3));
    });
  }

  // ---- the fee, when the API describes it ----

  /**
   * The fee this page edits: free, one fixed amount, or the record's table whose line the counter picks (the API's
   * DECISION without a DMN decision). A fee computed by a DMN decision stays the designer's: it is shown, not sent.
   */
  var fee = null;

  function feeKindOf(current) {
    if (current.kind === 'DECISION') { return current.decision ? null : 'TABLE'; }
    return current.kind;
  }

  function showFee() {
    var section = document.getElementById('fee-section');
    section.hidden = !detail.fee;
    var kind = fee === null ? null : feeKindOf(fee);
    document.getElementById('fee-decided').hidden = fee !== null;
    document.querySelector('#fee-section .choices').hidden = fee === null;
    document.getElementById('fee-pay-when').hidden = fee === null || kind === 'FREE';
    if (fee === null) { return; }
    document.querySelectorAll('input[name="fee-kind"]').forEach(function (radio) { radio.checked = radio.value === kind; });
    document.getElementById('fee-pay').value = fee.payWhen || 'BEFORE_HANDLING';
    document.getElementById('fee-fixed').hidden = kind !== 'FIXED';
    document.getElementById('fee-amount').value = fee.amount === undefined || fee.amount === null ? '' : fee.amount;
    document.getElementById('fee-table-rows').hidden = kind !== 'TABLE';
    var body = document.querySelector('#fee-table tbody');
    body.textContent = '';
    (fee.table || []).forEach(function (line, index) {
      var path = 'fee.table[' + index + ']';
      var description = el('input', { type: 'text', value: line.description || '', 'aria-label': 'Dòng ' + (index + 1) + ': đối tượng, trường hợp',
        'data-field': path + '.description', maxlength: '300' });
      description.addEventListener('input', function () { line.description = description.value; changed(false); });
      var amount = el('input', { type: 'number', min: '0', step: '1000', value: line.amount === undefined || line.amount === null ? '' : line.amount,
        'aria-label': 'Dòng ' + (index + 1) + ': mức thu (đồng)', 'data-field': path + '.amount' });
      amount.addEventListener('input', function () { line.amount = amount.value === '' ? null : Number(amount.value); changed(false); });
      body.appendChild(el('tr', {}, [el('td', {}, [description]), el('td', {}, [amount]),
        el('td', {}, [button('Xóa', 'Xóa dòng ' + (index + 1), false, function () { fee.table.splice(index, 1); changed(true); })])]));
    });
  }

  // ---- drawing and change tracking ----

  function draw() {
    stepBody.textContent = '';
    draft.steps.forEach(function (step, index) {
      stepBody.appendChild(stepRow(step, index, draft.steps));
      stepBody.appendChild(errorRow('step-' + index, 'steps[' + index + ']', 7));
    });
    fieldBody.textContent = '';
    draft.fields.forEach(function (field, index) {
      fieldBody.appendChild(fieldRow(field, index, draft.fields));
      fieldBody.appendChild(errorRow('field-' + index, 'fields[' + index + ']', 8));
    });
    document.getElementById('no-fields').hidden = draft.fields.length > 0;
    showReceivingUnits();
    showCommuneRouting();
    showFee();
  }

  /** The row under a step or field where the server's messages about it appear (hidden while empty). */
  function errorRow(prefix, path, columns) {
    return el('tr', { 'class': 'row-errors' }, [el('td', { colspan: String(columns) }, [
      el('ul', { 'class': 'field-errors', id: prefix + '-errors', 'data-errors-for': path })])]);
  }

  /** Any edit makes the last preview stale: deploying needs a preview of what will be deployed. */
  function changed(redraw) {
    if (redraw) { draw(); }
    edited = true;
    if (previewed !== null) {
      previewed = null;
      previewState.textContent = 'Cấu hình đã thay đổi sau lần xem trước: hãy bấm "Xem trước" lại trước khi triển khai.';
    }
    deployButton.disabled = true;
  }

  function body() {
    var request = { configuration: copy(draft) };
    if (fee !== null) { request.fee = copy(fee); }
    return request;
  }

  // ---- errors of a 400 next to their fields ----

  function clearErrors() {
    document.getElementById('error-summary').textContent = '';
    document.querySelectorAll('.field-errors').forEach(function (list) { list.textContent = ''; });
    document.querySelectorAll('.inline-error').forEach(function (message) { message.remove(); });
    document.querySelectorAll('[aria-invalid]').forEach(function (input) {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    });
  }

  /**
   * The list an error goes to: its step's or field's row ("steps[2].role"), else its section ("steps", "fee.table",
   * "receivingUnits[0]"), else the summary only ("lint", "configuration").
   */
  function errorListFor(path) {
    var row = /^((?:steps|fields|communeRouting)\[\d+\])/.exec(path);
    if (row) { return document.querySelector('[data-errors-for="' + CSS.escape(row[1]) + '"]'); }
    var section = /^(steps|fields|receivingUnits|communeRouting|fee|effectiveFrom|note)/.exec(path);
    return section ? document.querySelector('[data-errors-for="' + section[1] + '"]') : null;
  }

  /** Puts each error beside what it concerns and links it from a summary at the top of the form. */
  function showErrors(problem) {
    clearErrors();
    var items = [];
    problem.errors.forEach(function (error, index) {
      var path = String(error.field || '').replace(/^configuration\./, '');
      var input = path ? document.querySelector('[data-field="' + CSS.escape(path) + '"]') : null;
      var list = errorListFor(path);
      var messageId = 'error-' + index;
      if (list) {
        list.appendChild(el('li', { id: messageId, text: error.message }));
      } else if (input) {
        input.insertAdjacentElement('afterend', el('span', { id: messageId, 'class': 'inline-error', text: error.message }));
      }
      if (input) {
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', messageId);
      }
      var position = /^(steps|fields|communeRouting)\[(\d+)\]/.exec(path);
      var text = (position ? ({ steps: 'Bước ', fields: 'Trường ', communeRouting: 'Xã, phường dòng ' })[position[1]]
        + (Number(position[2]) + 1) + ': ' : '') + error.message;
      var target = input || (list ? list : null);
      var link = el('a', { href: '#' + (input && input.id ? input.id : (target ? messageId : 'error-summary')), text: text });
      link.addEventListener('click', function (event) {
        if (target) { event.preventDefault(); (input || target).scrollIntoView({ block: 'center' }); if (input) { input.focus(); } }
      });
      items.push(el('li', {}, [link]));
    });
    if (items.length) {
      var summary = document.getElementById('error-summary');
      summary.appendChild(el('div', { 'class': 'banner error', role: 'alert' }, [
        el('strong', { text: 'Cấu hình chưa hợp lệ, chưa triển khai gì. Hãy sửa các lỗi sau:' }), el('ul', {}, items)]));
    }
  }

  function failed(problem) {
    if (problem instanceof api.ProblemAnswer && problem.errors.length) {
      // the summary lists every message with a link to its place; the banner only says nothing was written
      api.banner(bannerArea, 'error', 'Chưa triển khai gì: cấu hình có ' + problem.errors.length + ' lỗi cần sửa.');
      showErrors(problem);
      document.getElementById('error-summary').focus();
      return;
    }
    if (problem instanceof api.ProblemAnswer) {
      api.banner(bannerArea, 'error', problem.detail);
    } else {
      api.banner(bannerArea, 'error', 'Trang gặp lỗi: ' + (problem && problem.message ? problem.message : String(problem)));
    }
    bannerArea.scrollIntoView({ block: 'start' });
  }

  // ---- preview ----

  function showDiagram(container, xml, viewer) {
    if (typeof window.BpmnJS !== 'function') {
      container.textContent = 'Không tải được trình xem sơ đồ.';
      return Promise.resolve(viewer);
    }
    var shown = viewer || new window.BpmnJS({ container: container });
    return shown.importXML(xml).then(function () {
      shown.get('canvas').zoom('fit-viewport', 'auto');
      return shown;
    });
  }

  function showForm(container, schema) {
    if (formViewer) { formViewer.destroy(); formViewer = null; }
    container.textContent = '';
    if (!schema) {
      container.textContent = 'Không có tờ khai.';
      return Promise.resolve();
    }
    var parsed = typeof schema === 'string' ? JSON.parse(schema) : schema;
    return window.FormViewer.createForm({ container: container, schema: parsed, properties: { readOnly: true } })
      .then(function (form) {
        formViewer = form;
        // form-js' own placeholders are English; Tasklist translates them with its custom script, the preview here
        container.querySelectorAll('[placeholder="Select"], [placeholder="Search"]').forEach(function (input) {
          input.setAttribute('placeholder', input.getAttribute('placeholder') === 'Select' ? 'Chọn' : 'Tìm kiếm');
        });
        container.querySelectorAll('.fjs-select-display').forEach(function (shown) {
          if (shown.textContent.trim() === 'Select') { shown.textContent = 'Chọn'; }
        });
      });
  }

  function showDiff(diff) {
    var tbody = document.querySelector('#diff tbody');
    tbody.textContent = '';
    (diff || []).forEach(function (change) {
      tbody.appendChild(el('tr', {}, [
        el('td', { text: change.what }),
        el('td', { text: change.before === null || change.before === undefined ? '—' : String(change.before) }),
        el('td', { text: change.after === null || change.after === undefined ? '—' : String(change.after) })
      ]));
    });
    document.getElementById('diff').hidden = !(diff && diff.length);
    document.getElementById('no-diff').hidden = !!(diff && diff.length);
  }

  function showLint(lint) {
    var area = document.getElementById('lint');
    area.textContent = '';
    if (!lint) { return; }
    if (lint.passed) {
      area.appendChild(el('div', { 'class': 'banner success', role: 'status' },
        ['Kiểm tra quy tắc: đạt. Quy trình sinh ra tuân thủ các quy tắc của hệ thống.']));
      return;
    }
    var findings = (lint.findings || []).map(function (finding) {
      return el('li', {}, [finding.message + (finding.element ? ' (phần tử ' + finding.element + ')' : '')
        + (finding.rule ? ' [' + finding.rule + ']' : '')]);
    });
    area.appendChild(el('div', { 'class': 'banner error', role: 'alert' }, [
      el('strong', { text: 'Kiểm tra quy tắc: không đạt. Chưa thể triển khai cho đến khi sửa các điểm sau:' }), el('ul', {}, findings)]));
  }

  function preview() {
    clearErrors();
    var request = body();
    var button = document.getElementById('preview');
    button.disabled = true;
    api.banner(bannerArea, 'info', 'Đang sinh sơ đồ và biểu mẫu để xem trước…');
    api.post(base + '/preview', request).then(function (answer) {
      previewSection.hidden = false;
      showLint(answer.lint);
      showDiff(answer.diff);
      return Promise.all([
        showDiagram(document.getElementById('preview-diagram'), answer.bpmnXml, diagramViewer).then(function (viewer) { diagramViewer = viewer; }),
        showForm(document.getElementById('preview-form'), answer.startForm)
      ]).then(function () {
        var passed = !answer.lint || answer.lint.passed;
        previewed = passed ? JSON.stringify(request) : null;
        deployButton.disabled = !passed;
        previewState.textContent = passed ? 'Đã xem trước cấu hình hiện tại.' : 'Cấu hình chưa đạt kiểm tra quy tắc.';
        api.banner(bannerArea, passed ? 'success' : 'error', passed
          ? 'Đã sinh bản xem trước. Kiểm tra sơ đồ, tờ khai và các thay đổi rồi bấm "Triển khai".'
          : 'Bản xem trước chưa đạt kiểm tra quy tắc; chưa thể triển khai.');
        previewSection.scrollIntoView({ block: 'start' });
      });
    }).catch(function (problem) {
      previewSection.hidden = true;
      previewed = null;
      deployButton.disabled = true;
      failed(problem);
    }).then(function () { button.disabled = false; });
  }

  // ---- deploy and roll back ----

  function deploy() {
    var request = body();
    if (previewed === null || previewed !== JSON.stringify(request)) {
      api.banner(bannerArea, 'error', 'Hãy bấm "Xem trước" và kiểm tra bản xem trước trước khi triển khai.');
      return;
    }
    var effectiveFrom = document.getElementById('effective-from').value;
    if (!effectiveFrom) {
      showErrors(new api.ProblemAnswer(400, { errors: [{ field: 'effectiveFrom', message: 'cần chọn ngày hiệu lực' }] }));
      api.banner(bannerArea, 'error', 'Cần chọn ngày hiệu lực trước khi triển khai.');
      return;
    }
    request.effectiveFrom = effectiveFrom;
    request.note = document.getElementById('deploy-note').value.trim();
    deployButton.disabled = true;
    api.banner(bannerArea, 'info', 'Đang triển khai…');
    api.post(base + '/deployments', request).then(function (answer) {
      previewed = null;
      previewSection.hidden = true;
      return load().then(function () {
        var from = api.shownDate(answer.validFrom || effectiveFrom);
        api.banner(bannerArea, 'success', answer.processDefinitionId
          ? 'Đã triển khai phiên bản ' + answer.version + ', hiệu lực từ ngày ' + from
            + '. Hồ sơ đã tiếp nhận trước đó giữ quy trình cũ.'
          : 'Đã lưu phiên bản ' + answer.version + ', hiệu lực từ ngày ' + from + ': quy trình mới được triển khai tự động'
            + ' vào đầu ngày đó; đến lúc ấy hồ sơ vẫn theo phiên bản đang hiệu lực.');
        bannerArea.scrollIntoView({ block: 'start' });
      });
    }).catch(function (problem) {
      deployButton.disabled = false;
      failed(problem);
    });
  }

  function rollback() {
    document.getElementById('rollback-confirm').hidden = true;
    api.banner(bannerArea, 'info', 'Đang quay lại phiên bản trước…');
    api.post(base + '/rollback').then(function (answer) {
      return load().then(function () {
        api.banner(bannerArea, 'success', 'Đã quay lại phiên bản trước' + (answer && answer.version ? ' (nay là phiên bản ' + answer.version + ')' : '')
          + '. Hồ sơ đang xử lý giữ phiên bản của mình.');
      });
    }).catch(failed);
  }

  // ---- loading ----

  function showHandDrawn() {
    var section = document.getElementById('hand-drawn');
    section.hidden = false;
    var link = document.getElementById('download-bpmn');
    link.href = base + '/bpmn';
    link.setAttribute('download', (detail.code || 'thu-tuc') + '.bpmn');
    return api.getText(base + '/bpmn').then(function (xml) {
      return showDiagram(document.getElementById('hand-drawn-diagram'), xml, null);
    }).catch(function (problem) {
      document.getElementById('hand-drawn-diagram').textContent = problem.detail || 'Không hiển thị được sơ đồ.';
    });
  }

  function load() {
    return api.get(base).then(function (answer) {
      detail = answer;
      showSummary();
      showVersions();
      if (!detail.editable) {
        editor.hidden = true;
        previewSection.hidden = true;
        if ((detail.runs || detail.howItRuns) !== 'NONE') { return showHandDrawn(); }
        api.banner(bannerArea, 'info', 'Thủ tục này chưa có quy trình để cấu hình tại đây.');
        return undefined;
      }
      var configuration = detail.configuration || {};
      draft = { steps: copy(configuration.steps || []), fields: copy(configuration.fields || []),
        receivingUnits: copy(configuration.receivingUnits || []), communeRouting: copy(configuration.communeRouting || []) };
      Object.keys(configuration).forEach(function (key) {
        if (draft[key] === undefined) { draft[key] = copy(configuration[key]); }
      });
      fee = detail.fee && feeKindOf(detail.fee) ? copy(detail.fee) : null;
      document.getElementById('fee-decided').textContent = detail.fee && fee === null
        ? 'Phí được tính theo bảng quyết định ' + detail.fee.decision + ' (DMN); sửa bằng Camunda Modeler. ' + (detail.feeText || '') : '';
      editor.hidden = false;
      edited = false;
      draw();
      clearErrors();
      deployButton.disabled = true;
      previewState.textContent = '';
      return undefined;
    });
  }

  document.getElementById('add-step').addEventListener('click', function () {
    draft.steps.push({ id: newStepId(), name: '', role: null, unit: null, days: null, hours: null, outcomes: [] });
    changed(true);
    document.getElementById('step-' + (draft.steps.length - 1) + '-name').focus();
  });
  document.getElementById('add-field').addEventListener('click', function () {
    draft.fields.push({ key: '', label: '', type: 'text', required: false, help: null });
    changed(true);
    document.getElementById('field-' + (draft.fields.length - 1) + '-key').focus();
  });
  document.getElementById('add-receiving-unit').addEventListener('click', function () {
    var choice = document.getElementById('receiving-unit-choice');
    if (!choice.value) { return; }
    draft.receivingUnits.push(choice.value);
    changed(true);
  });
  document.getElementById('add-commune-route').addEventListener('click', function () {
    draft.communeRouting.push({ commune: null, unit: null });
    changed(true);
    document.getElementById('commune-route-' + (draft.communeRouting.length - 1) + '-commune').focus();
  });
  document.querySelectorAll('input[name="fee-kind"]').forEach(function (radio) {
    radio.addEventListener('change', function () {
      fee.kind = radio.value === 'TABLE' ? 'DECISION' : radio.value;
      fee.decision = null;
      if (radio.value !== 'FIXED') { fee.amount = null; }
      if (radio.value !== 'TABLE') { fee.table = []; } else if (!fee.table || !fee.table.length) { fee.table = [{ description: '', amount: null }]; }
      changed(true);
    });
  });
  document.getElementById('fee-amount').addEventListener('input', function (event) {
    fee.amount = event.target.value === '' ? null : Number(event.target.value);
    changed(false);
  });
  document.getElementById('fee-pay').addEventListener('change', function (event) {
    fee.payWhen = event.target.value;
    changed(false);
  });
  document.getElementById('add-fee-row').addEventListener('click', function () {
    fee.table = fee.table || [];
    fee.table.push({ description: '', amount: null });
    changed(true);
  });
  document.getElementById('preview').addEventListener('click', preview);
  deployButton.addEventListener('click', deploy);
  document.getElementById('rollback').addEventListener('click', function () {
    document.getElementById('rollback-confirm').hidden = false;
    document.getElementById('rollback-yes').focus();
  });
  document.getElementById('rollback-no').addEventListener('click', function () {
    document.getElementById('rollback-confirm').hidden = true;
    document.getElementById('rollback').focus();
  });
  document.getElementById('rollback-yes').addEventListener('click', rollback);
  window.addEventListener('beforeunload', function (event) {
    if (edited) { event.preventDefault(); event.returnValue = ''; }
  });
  editor.addEventListener('submit', function (event) { event.preventDefault(); preview(); });

  api.get(page.dataset.units).catch(function () { return []; }).then(function (answer) {
    units = Array.isArray(answer) ? answer : (answer.units || answer.content || []);
    return load();
  }).catch(function (problem) {
    document.getElementById('summary-title').textContent = problem && problem.status === 404
      ? 'Không tìm thấy thủ tục' : 'Không tải được thủ tục';
    failed(problem);
  });
})();
