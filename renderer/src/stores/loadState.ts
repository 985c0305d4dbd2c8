/** How a screen's data is doing: shown as a spinner, the content, or the error message. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';
