/**
 * Files received with dossiers: upload limits, types checked from the bytes, SHA-256 checksums, safe file
 * names, stored in the database so that a database backup is a backup of the files.
 */
@ApplicationModule(displayName = "Files")
package vn.motcua.files;

import org.springframework.modulith.ApplicationModule;
