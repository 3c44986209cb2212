/**
 * What the engine keeps in its history tables: the dossier history level and its registration.
 */
package vn.motcua.platform.history;
