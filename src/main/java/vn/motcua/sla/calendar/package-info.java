/**
 * The working-time calendar: working days and hours, holidays and make-up days by year, and the
 * calculator every deadline is counted with ({@link vn.motcua.sla.calendar.WorkingTimeCalculator}).
 */
@NamedInterface("calendar")
package vn.motcua.sla.calendar;

import org.springframework.modulith.NamedInterface;
