/**
 * Gapless legal numbering shared by the capabilities that issue numbers: dossier codes per receiving unit
 * and day, e-receipt numbers per collecting unit, series and year.
 */
@NamedInterface("numbering")
package vn.motcua.platform.numbering;

import org.springframework.modulith.NamedInterface;
