/*
 * motcua: the webapps show dates and times in Vietnam's time (Asia/Ho_Chi_Minh), whatever time zone
 * the officer's machine is set to.
 *
 * Every date the webapps print goes through cam-commons' `camDate` filter, which formats with moment.js
 * in the browser's time zone; that moment is bundled out of reach of this script. Tasklist's history
 * also uses angular's `date` filter. This custom script runs after the bundles are loaded and before
 * angular bootstraps, so it decorates both filters through angular's own `module.decorator`:
 * - `camDate` receives the Vietnam wall-clock time as an ISO string without offset, which moment takes
 *   as local time and formats unchanged (same formats, same Vietnamese locale);
 * - `date` receives the time zone argument '+0700' it supports, unless the template gives one;
 * and the footer's "dates shown in time zone" names Asia/Ho_Chi_Minh instead of the browser's zone.
 * A date-time without offset is read as the browser's local time, as moment would: Tasklist turns the
 * task's due, follow-up and creation dates into such strings (its `unfixDate`) for its date pickers.
 * Vietnam has kept UTC+7 without daylight saving since 1975, hence a fixed offset. In a browser zone
 * WITH daylight saving, a time in the hour skipped or repeated there may be shown an hour off.
 *
 * Date pickers (due date, follow-up date, date filters) still read what is typed in the browser's
 * time zone; on machines set to Asia/Ho_Chi_Minh that is the same.
 */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

// a date with a time; a plain calendar date ("2025-11-20") is no instant and stays as it is
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function instantOf(value) {
  if (typeof value === 'number') {
    return value;
  }
  if (typeof value === 'string') {
    // Camunda's REST dates end in "+0000"; Date.parse wants "+00:00" (no offset: local time)
    return DATE_TIME.test(value) ? Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')) : NaN;
  }
  // Date and moment objects
  const primitive = value && typeof value === 'object' ? value.valueOf() : NaN;
  return typeof primitive === 'number' ? primitive : NaN;
}

/** "2026-11-25T14:30:00.000" for 2026-11-25T07:30Z: Vietnam's wall clock, no offset. */
function vietnamWallClock(instant) {
  return new Date(instant + VIETNAM_OFFSET_MS).toISOString().slice(0, -1);
}

const dates = window.angular.module('cam.commons.filter.date');

dates.decorator('camDateFilter', ['$delegate', function (camDate) {
  return function (value, format) {
    const instant = value ? instantOf(value) : NaN;
    // anything else (a date without time, an unparsable value) is left to Camunda as it was
    return camDate(Number.isNaN(instant) ? value : vietnamWallClock(instant), format);
  };
}]);

// the footer says which time zone the dates are in: Camunda names the browser's, ours is Vietnam's
window.angular.module('camunda.common.widgets').decorator('camWidgetFooterDirective', ['$delegate', function (footers) {
  const footer = footers[0];
  const compile = footer.compile;
  footer.compile = function () {
    const link = compile.apply(this, arguments);
    return function (scope) {
      link.apply(this, arguments);
      scope.timezoneName = 'Asia/Ho_Chi_Minh (UTC+7)';
    };
  };
  return footers;
}]);

dates.decorator('dateFilter', ['$delegate', function (date) {
  return function (value, format, timezone) {
    return date(value, format, timezone || '+0700');
  };
}]);

export default [];
