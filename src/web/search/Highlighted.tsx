// Text with the words a search matched marked.
import type { TextPart } from '../../learning/search/snippet.js';

export function Highlighted({ parts }: { parts: readonly TextPart[] }) {
  return <>{parts.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : part.text))}</>;
}
