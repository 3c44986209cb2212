/**
 * The administrators' pages ({@code /quan-tri}): their scope, the unit tree and the officers of their department,
 * commune or of the whole province, over the organization API.
 */
package vn.motcua.organization.administration;
