// Package cite is citegraph's vocabulary: the canonical identifiers of
// instruments and documents, the relations a citation can carry, and the
// plain values (citations, documents, bodies) that every other package
// passes around. It imports nothing of the project, so every layer can
// depend on it and it can depend on none of them.
package cite
