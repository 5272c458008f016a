import type { CandidateDocument } from '../../lib/model/candidate-document';

/** The resume as read (from the PDF or the pasted text), as plain text, so the evidence quotes can be highlighted in it. */
export function ResumeText({ document }: { document: CandidateDocument }) {
  return (
    <article>
      {document.person.name && <h2>{document.person.name}</h2>}
      {document.person.headline && <p className="headline">{document.person.headline}</p>}
      {[...document.incomplete.map((item) => item.message), ...document.warnings].map((note, index) => (
        <p className="notice" key={index}>
          {note}
        </p>
      ))}
      {document.sections.length === 0 && <p className="empty-text">No text was read.</p>}
      {document.sections.map((section, sectionIndex) => (
        <section key={sectionIndex}>
          <h3>{section.heading}</h3>
          {section.blocks.map((block) => (
            <div className="block" key={block.id}>
              {(block.title || block.org) && <div className="block-head">{[block.title, block.org].filter(Boolean).join(' · ')}</div>}
              {(block.dates || block.location) && <div className="block-meta">{[block.dates?.raw, block.location].filter(Boolean).join(' · ')}</div>}
              <p className="block-text">{block.text}</p>
            </div>
          ))}
        </section>
      ))}
    </article>
  );
}
