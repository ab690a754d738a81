// The lesson search, loaded on first use: the engine module (with MiniSearch) and the documents
// arrive together and the index is built once per page load.
import { useQuery } from '@tanstack/react-query';
import type { SearchDocuments } from '../../api/index.js';
import type { SearchEngine } from '../../learning/search/engine.js';
import { getJson } from './client.js';

async function loadSearchEngine(): Promise<SearchEngine> {
  const [module, body] = await Promise.all([
    import('../../learning/search/engine.js'),
    getJson<SearchDocuments>('/search/documents'),
  ]);
  return module.createSearchEngine(body.documents);
}

/** The search engine once `wanted` turns true (the box was focused, or the search page opened). */
export const useSearchEngine = (wanted: boolean) =>
  useQuery({
    queryKey: ['search-engine'],
    queryFn: loadSearchEngine,
    enabled: wanted,
    staleTime: Infinity,
    gcTime: Infinity,
    // The engine is an object with methods, not data to compare and copy.
    structuralSharing: false,
    retry: 1,
  });
