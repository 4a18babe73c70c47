//go:build !unix

package neo4jtest

// lockFile does nothing where flock is missing: run one package's Neo4j
// tests at a time there (go test -p 1).
func lockFile(string) (func(), error) { return func() {}, nil }
