/*
 * motcua: Camunda Forms in Tasklist show their validation messages in Vietnamese.
 *
 * Tasklist 7.24 embeds form-js 1.13, whose validator writes fixed English sentences (no translate or
 * i18n hook in that version). This script rewrites them where form-js shows them: inside
 * `.fjs-form-field-error` elements only, by exact English sentence (table below). It changes the
 * text node's data in place, so form-js (preact) keeps its node and later updates still arrive here.
 * A sentence not in the table stays English; a form-js upgrade that rewords one shows up as English
 * in FormValidationMessagesBrowserIT.
 *
 * The same form-js hard-codes two more English words, rewritten the same way: the placeholder of an
 * empty select ("Select") and the date field's "mm/dd/yyyy" (the format it reads stays month first,
 * so the placeholder says so in Vietnamese). CounterDayBrowserIT fails if either shows in English.
 */
const MESSAGES = [
  [/^Field is required\.$/, () => 'Thông tin này là bắt buộc.'],
  [/^Field must match pattern (.*)\.$/, pattern => `Giá trị không đúng định dạng quy định (${pattern}).`],
  [/^Field must have minimum value of (.*)\.$/, min => `Giá trị phải từ ${min} trở lên.`],
  [/^Field must have maximum value of (.*)\.$/, max => `Giá trị không được lớn hơn ${max}.`],
  [/^Field must have minimum length of (.*)\.$/, length => `Cần nhập ít nhất ${length} ký tự.`],
  [/^Field must have maximum length of (.*)\.$/, length => `Không được nhập quá ${length} ký tự.`],
  [/^Field must be a valid +international phone number\. \(e\.g\. \+4930664040900\)$/,
    () => 'Số điện thoại không hợp lệ (dạng quốc tế, ví dụ +84901234567).'],
  [/^Field must be a valid email\.$/, () => 'Địa chỉ email không hợp lệ.']
];

const ERRORS = '.fjs-form-field-error';
const SELECT_PLACEHOLDER = '.fjs-select-placeholder';
const PLACEHOLDERS = { 'mm/dd/yyyy': 'tháng/ngày/năm', 'hh:mm': 'giờ:phút' };

export function vietnamese(english) {
  for (const [sentence, translation] of MESSAGES) {
    const match = sentence.exec(english.trim());
    if (match) {
      return translation(...match.slice(1));
    }
  }
  return null;
}

function translateTextNodes(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const translated = vietnamese(text.data);
    if (translated !== null) {
      text.data = translated;
    }
  }
}

function translatePlaceholders(element) {
  const selects = element.matches(SELECT_PLACEHOLDER) ? [element] : element.querySelectorAll(SELECT_PLACEHOLDER);
  selects.forEach(select => {
    if (select.firstChild && select.firstChild.nodeType === Node.TEXT_NODE && select.firstChild.data === 'Select') {
      select.firstChild.data = 'Chọn';
    }
  });
  element.querySelectorAll('input[placeholder]').forEach(input => {
    const vietnamese = PLACEHOLDERS[input.getAttribute('placeholder')];
    if (vietnamese) {
      input.setAttribute('placeholder', vietnamese);
    }
  });
}

function translateAround(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  if (!element) {
    return;
  }
  translatePlaceholders(element.closest(SELECT_PLACEHOLDER) || element);
  const error = element.closest(ERRORS);
  if (error) {
    translateTextNodes(error);
  } else {
    element.querySelectorAll(ERRORS).forEach(translateTextNodes);
  }
}

new MutationObserver(mutations => {
  for (const mutation of mutations) {
    if (mutation.type === 'characterData') {
      translateAround(mutation.target);
    } else {
      mutation.addedNodes.forEach(translateAround);
    }
  }
}).observe(document.body, {childList: true, characterData: true, subtree: true});

export default [];
