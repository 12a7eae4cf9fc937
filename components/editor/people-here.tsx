// Who else is in this article right now, each in the colour of their caret (from the shared
// document's awareness: it appears and disappears with their connection, no polling).
import type { Person } from './use-collab-doc';

export function PeopleHere({ people }: { people: Person[] }) {
  if (!people.length) return null;
  return (
    <div className="editor-presence" role="status">
      <span className="editor-presence-label">Also here:</span>
      <ul className="editor-people" aria-label="People in this article">
        {people.map((person) => (
          <li key={person.id} className="editor-person">
            <span aria-hidden="true" className="editor-presence-dot" style={{ backgroundColor: person.color }} />
            {person.name}
          </li>
        ))}
      </ul>
    </div>
  );
}
