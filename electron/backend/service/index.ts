export { createPlannerService, type PlannerServiceDeps } from './planner-service';
export { importPathDocument, IMPORTED_COPY_SUFFIX } from './path-import';
export { syncBundledContent } from './bundled-content';
