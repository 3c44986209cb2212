/**
 * Gapless legal numbering shared by the capabilities that issue numbers: dossier codes per receiving unit
 * and day, e-receipt numbers per collecting unit, series and year.
 */
package vn.motcua.numbering;
