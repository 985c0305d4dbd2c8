import type { ContentItem, ContentItemKind, IsoDate } from '../../../shared/domain';
import { defaultEffortHours } from '../../../shared/planning';
import { formatDay } from '../lib/dates';
import { formatHours } from '../planView/format';

/** One kind of item (certifications, tools or projects) to include in a new plan. */
export function NewPlanItemGroup({
  kind,
  heading,
  items,
  selectedKeys,
  dueDates,
  onToggle,
  onSelectKind,
}: {
  kind: ContentItemKind;
  heading: string;
  items: readonly ContentItem[];
  selectedKeys: ReadonlySet<string>;
  dueDates: ReadonlyMap<string, IsoDate>;
  onToggle(key: string, selected: boolean): void;
  onSelectKind(kind: ContentItemKind, selected: boolean): void;
}) {
  const selectedCount = items.filter((item) => selectedKeys.has(item.key)).length;
  const lowerHeading = heading.toLowerCase();
  return (
    <fieldset className="item-group">
      <legend>
        {heading}{' '}
        <span className="count">
          {selectedCount} of {items.length}
        </span>
      </legend>
      <div className="group-actions">
        <button type="button" className="link-button" onClick={() => onSelectKind(kind, true)}>
          Select all<span className="sr-only"> {lowerHeading}</span>
        </button>
        <button type="button" className="link-button" onClick={() => onSelectKind(kind, false)}>
          Select none<span className="sr-only"> {lowerHeading}</span>
        </button>
      </div>
      <ul className="choice-list">
        {items.map((item) => {
          const id = `choose-${item.key}`;
          const selected = selectedKeys.has(item.key);
          const due = dueDates.get(item.key);
          return (
            <li key={item.key} className={selected ? 'choice selected' : 'choice'}>
              <input
                id={id}
                type="checkbox"
                checked={selected}
                onChange={(event) => onToggle(item.key, event.target.checked)}
                aria-describedby={`${id}-due`}
              />
              <div className="choice-text">
                <label htmlFor={id}>{item.title}</label>
                {item.description !== '' && <p className="choice-description">{item.description}</p>}
              </div>
              <span className="choice-due" id={`${id}-due`}>
                {selected && due !== undefined ? `Due ${formatDay(due)}` : 'Not included'}
                <span className="choice-effort">
                  <span className="sr-only">, </span>
                  {formatHours(defaultEffortHours(item.kind, item.hours))}
                  <span className="sr-only"> of study</span>
                </span>
              </span>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
