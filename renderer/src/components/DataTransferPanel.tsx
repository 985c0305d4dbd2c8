export function DataTransferPanel() {
  return (
    <section className="panel" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Move to another computer</h2>
    </section>
  );
}
