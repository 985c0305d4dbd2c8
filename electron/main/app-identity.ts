/** Must match `appId` in electron-builder.yml: Windows ties notifications and taskbar pinning to it. */
export const APP_ID = 'org.studypath.desktop';
export const PRODUCT_NAME = 'StudyPath';
