/** A week's planned study against its budget, drawn as a bar; the text beside it says the same in words. */
export function LoadBar({ fraction, overBudget }: { fraction: number; overBudget: boolean }) {
  return (
    <span className={overBudget ? 'load-bar over-budget' : 'load-bar'} aria-hidden="true">
      <span className="load-bar-fill" style={{ width: `${Math.round(fraction * 1000) / 10}%` }} />
    </span>
  );
}
