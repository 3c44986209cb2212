/*
 * motcua: configuration of Camunda's tasklist webapp (replaces the webjar's scripts/config.js, which holds
 * only comments and defaults; see README, "Vietnamese webapps").
 */
export default {
  // Camunda picks navigator.languages[0] when it is in availableLocales, else fallbackLocale.
  // ../motcua/locale makes that first language Vietnamese unless this browser chose English (?lang=en).
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },
  // the header reads "Một cửa · Xử lý hồ sơ" (vendor + ' ' + name; the vendor is never shown alone)
  app: {
    vendor: 'Một cửa ·',
    name: 'Xử lý hồ sơ'
  },
  // ../motcua/*.js: language, Vietnam's time zone, the officer in the header, Vietnamese form validation messages, tasks by due date (README, "Vietnamese webapps")
  customScripts: ['../motcua/locale', '../motcua/vietnam-time', '../motcua/officer', '../motcua/form-messages', '../motcua/due-date-order'],
  // Vietnamese style whatever the language: 25/11/2026 14:30
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  },

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'nhận công việc đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'chuyển tới bộ lọc đầu tiên trong danh sách'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'chuyển tới công việc đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'chuyển tới ô nhập đầu tiên của biểu mẫu công việc'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'mở hộp thoại bắt đầu quy trình'
    }
  }
};
