export function BackupsPanel() {
  return (
    <section className="panel" aria-labelledby="backups-heading">
      <h2 id="backups-heading">Backups</h2>
    </section>
  );
}
