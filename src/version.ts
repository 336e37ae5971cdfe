/** The package version, and the version of the JSON report schema (schema/report.schema.json). */
export const VERSION = '0.1.0';
export const REPORT_SCHEMA_VERSION = '2.1.0';
export const REPORT_SCHEMA_ID = 'https://github.com/corroborate/corroborate/schema/report-2.1.0.json';
