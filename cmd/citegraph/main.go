// Command citegraph finds every citation of a resolution, decision or
// document in UN texts, keeps them as a graph, and answers where a mandate
// comes from: on the command line (extract, ingest, trace) and over a
// GraphQL API (serve). Run `citegraph help` for the commands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run is the whole program but for the process: it reads standard input
// for `extract -`, and returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	return cli{stdin: os.Stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv}.run(ctx, args)
}

// cli is what the commands talk to: the three standard streams, and for
// tests the one thing a process cannot say otherwise, serve's address.
type cli struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// listening, when not nil, is told the address serve listens on once
	// it accepts connections (tests serve on port 0).
	listening func(addr string)
	// getenv reads the environment (os.Getenv in run; nil reads nothing):
	// the Neo4j connection's CITEGRAPH_NEO4J_* variables.
	getenv func(string) string
}

// Exit statuses.
const (
	exitOK      = 0
	exitFailure = 1 // the command ran and something failed
	exitUsage   = 2 // the command line is wrong
)

// command is one subcommand; each lives in its own file with its own flag
// set and help.
type command struct {
	name    string
	summary string
	run     func(c cli, ctx context.Context, args []string) int
}

func commands() []command {
	return []command{
		{"extract", "print the citations of files or standard input", cli.extract},
		{"ingest", "put files and folders of documents into the graph", cli.ingest},
		{"serve", "serve the GraphQL API and its playground over HTTP", cli.serve},
		{"trace", "print where a body's or instrument's mandate comes from", cli.trace},
		{"export", "write documents' graph as files for a bulk load (neo4j-admin)", cli.export},
		{"eval", "measure the extractor against the gold set", cli.eval},
	}
}

func (c cli) run(ctx context.Context, args []string) int {
	if len(args) == 0 {
		c.usage(c.stderr)
		return exitUsage
	}
	name, rest := args[0], args[1:]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(rest) == 0 {
			c.usage(c.stdout)
			return exitOK
		}
		name, rest = rest[0], []string{"--help"}
	case "version", "-version", "--version":
		fmt.Fprintln(c.stdout, "citegraph", version())
		return exitOK
	}
	for _, cmd := range commands() {
		if cmd.name == name {
			return cmd.run(c, ctx, rest)
		}
	}
	fmt.Fprintf(c.stderr, "citegraph: unknown command %q\n\n", name)
	c.usage(c.stderr)
	return exitUsage
}

func (c cli) usage(w io.Writer) {
	fmt.Fprint(w, `citegraph finds the citations of resolutions, decisions and documents in UN
texts, in the six official languages, and keeps them as a graph.

Usage:
  citegraph COMMAND [flags] [arguments]

Commands:
`)
	for _, cmd := range commands() {
		fmt.Fprintf(w, "  %-8s  %s\n", cmd.name, cmd.summary)
	}
	fmt.Fprint(w, `  help      print this, or a command's help: citegraph help trace
  version   print citegraph's version

Examples:
  citegraph extract --format table report.txt
  citegraph ingest --db un.db corpus/
  citegraph trace --db un.db untoc-cop-wg2
  citegraph serve --db un.db
`)
}

// version is the module version and VCS revision the binary was built from.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	v := info.Main.Version
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			v += " " + s.Value[:12]
		}
	}
	return v
}

// parse parses args with fs, allowing flags after arguments
// (`citegraph ingest seeds/ --db x.db`), and returns the arguments. On
// --help it prints help and fs's flags to stdout; on a bad flag, the error
// and where to read more to stderr. ok is false when the command must stop
// with status code.
func (c cli) parse(fs *flag.FlagSet, help string, args []string) (rest []string, code int, ok bool) {
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(c.stdout, help, "\nFlags:\n")
			fs.SetOutput(c.stdout)
			fs.PrintDefaults()
			return nil, exitOK, false
		}
		if err != nil {
			return nil, c.usageError(fs.Name(), "%v", err), false
		}
		consumed := len(args) - fs.NArg()
		if fs.NArg() == 0 || (consumed > 0 && args[consumed-1] == "--") {
			return append(rest, fs.Args()...), exitOK, true
		}
		rest = append(rest, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// usageError reports a wrong command line for command name: status 2.
func (c cli) usageError(name, format string, args ...any) int {
	fmt.Fprintf(c.stderr, "citegraph %s: %s\nRun 'citegraph %s --help' for usage.\n", name, fmt.Sprintf(format, args...), name)
	return exitUsage
}

// fail reports that command name failed: status 1.
func (c cli) fail(name string, err error) int {
	fmt.Fprintf(c.stderr, "citegraph %s: %s\n", name, strings.TrimSpace(err.Error()))
	return exitFailure
}
