import type { ContentItemKind, LibrarySearchHit } from '../../../shared/domain';
import { routeToHash } from '../navigation/routes';
import { highlightMatches } from './highlightMatches';

const kindLabel: Record<ContentItemKind, string> = {
  certification: 'Certification',
  tool: 'Tool',
  project: 'Project',
};

/** A path's matches beyond this many are counted, not listed: the result stays scannable. */
const ITEMS_SHOWN = 5;

function Highlighted({ text, query }: { text: string; query: string }) {
  return (
    <>
      {highlightMatches(text, query).map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}

function SearchHit({ hit, query }: { hit: LibrarySearchHit; query: string }) {
  const shown = hit.items.slice(0, ITEMS_SHOWN);
  const more = hit.items.length - shown.length;
  return (
    <article className="search-hit">
      <h2 className="search-hit-title">
        <a href={routeToHash({ screen: 'path', pathId: hit.pathId })}>
          <Highlighted text={hit.pathTitle} query={query} />
        </a>
      </h2>
      {hit.snippet !== '' && (
        <p className="search-snippet">
          <Highlighted text={hit.snippet} query={query} />
        </p>
      )}
      {shown.length > 0 && (
        <ul className="search-hit-items" aria-label={`Matching items in ${hit.pathTitle}`}>
          {shown.map((item) => (
            <li key={item.key}>
              <span className={`badge badge-kind badge-kind-${item.kind}`}>{kindLabel[item.kind]}</span>
              <span className="search-item-text">
                <span className="search-item-title">
                  <Highlighted text={item.title} query={query} />
                </span>
                {item.snippet !== '' && item.snippet !== item.title && (
                  <span className="search-item-snippet">
                    <Highlighted text={item.snippet} query={query} />
                  </span>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {more > 0 && (
        <p className="search-more">
          and {more} more matching {more === 1 ? 'item' : 'items'}
        </p>
      )}
    </article>
  );
}

/** Paths that match the search, each with the certifications, tools and projects that did. */
export function LibrarySearchResults({
  hits,
  query,
  stale,
}: {
  hits: LibrarySearchHit[];
  query: string;
  stale: boolean;
}) {
  return (
    <ul className={stale ? 'search-results stale' : 'search-results'} aria-busy={stale}>
      {hits.map((hit) => (
        <li key={hit.pathId}>
          <SearchHit hit={hit} query={query} />
        </li>
      ))}
    </ul>
  );
}
