/*
 * motcua: configuration of Camunda's welcome webapp (replaces the webjar's scripts/config.js, which holds
 * only comments and defaults; see README, "Vietnamese webapps").
 */
export default {
  // Camunda picks navigator.languages[0] when it is in availableLocales, else fallbackLocale.
  // ../motcua/locale makes that first language Vietnamese unless this browser chose English (?lang=en).
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },
  // the header reads "Một cửa · Trang chủ" (vendor + ' ' + name; the vendor is never shown alone)
  app: {
    vendor: 'Một cửa ·',
    name: 'Trang chủ'
  },
  // ../motcua/*.js: language, Vietnam's time zone, the officer in the header (README, "Vietnamese webapps")
  customScripts: ['../motcua/locale', '../motcua/vietnam-time', '../motcua/officer'],
  // Vietnamese style whatever the language: 25/11/2026 14:30
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  }
};
