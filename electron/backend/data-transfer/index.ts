export { applyDataImport } from './apply-import';
export { DATA_EXPORT_FORMAT, DATA_EXPORT_SCHEMA_VERSION, type DataExport } from './export-format';
export { planDataImport, type DataImportPlan } from './plan-import';
export { readDataExport } from './read-export';
export { buildDataExport, dataExportFileName, exportDataJson } from './write-export';
