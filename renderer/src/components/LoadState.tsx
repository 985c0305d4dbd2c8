/** Shared placeholders while a screen's data is on its way, or could not be read. */
export function Loading({ label }: { label: string }) {
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

export function LoadError({ title, message }: { title: string; message: string }) {
  return (
    <div className="load-error" role="alert">
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <a href="#/library">Back to the library</a>
      </p>
    </div>
  );
}
