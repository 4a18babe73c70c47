package ingest

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// file is one file to ingest: the name it is reported and recorded under
// (the path as given, or the name inside an fs.FS), and how to read it and
// the files beside it.
type file struct {
	name string
	read func(name string) ([]byte, error)
	stat func(name string) (fs.FileInfo, error)
}

// listing is what walking the inputs found, in input order: folders are
// walked recursively in lexical order, so the same inputs always give the
// same files in the same order.
type listing struct {
	files       []file
	skipped     []Problem      // inputs that could not be listed, or explicit files of other formats
	unsupported map[string]int // files of other formats met inside folders, by extension
}

// walker is the file system a listing walks: the operating system's or an
// fs.FS.
type walker struct {
	stat    func(name string) (fs.FileInfo, error)
	walkDir func(root string, fn fs.WalkDirFunc) error
	read    func(name string) ([]byte, error)
	clean   func(name string) string
}

func osWalker() walker {
	return walker{stat: os.Stat, walkDir: filepath.WalkDir, read: os.ReadFile, clean: filepath.Clean}
}

func fsWalker(fsys fs.FS) walker {
	return walker{
		stat:    func(name string) (fs.FileInfo, error) { return fs.Stat(fsys, name) },
		walkDir: func(root string, fn fs.WalkDirFunc) error { return fs.WalkDir(fsys, root, fn) },
		read:    func(name string) ([]byte, error) { return fs.ReadFile(fsys, name) },
		clean:   path.Clean,
	}
}

// list finds the files of a supported format under roots. A root that is a
// file is taken whatever its name says, except its format; inside folders,
// hidden entries (".git", ".DS_Store") are passed over silently and files
// of other formats are counted. A file reached twice is listed once.
func (w walker) list(roots []string, formats map[string]Decoder) listing {
	l := listing{unsupported: map[string]int{}}
	seen := map[string]bool{}
	// Files of other formats wait until every text is known: the sidecar
	// of a text listed is part of it, not a file of another format.
	type other struct {
		name     string
		explicit bool
	}
	var others []other
	add := func(name string) {
		if seen[name] {
			return
		}
		seen[name] = true
		l.files = append(l.files, file{name: name, read: w.read, stat: w.stat})
	}
	addOther := func(name string, explicit bool) {
		if seen[name] {
			return
		}
		seen[name] = true
		others = append(others, other{name, explicit})
	}
	for _, root := range roots {
		root = w.clean(root)
		info, err := w.stat(root)
		if err != nil {
			l.skipped = append(l.skipped, Problem{Path: root, Err: err})
			continue
		}
		if !info.IsDir() {
			if formats[formatOf(root)] == nil {
				addOther(root, true)
				continue
			}
			add(root)
			continue
		}
		err = w.walkDir(root, func(name string, d fs.DirEntry, err error) error {
			if err != nil {
				l.skipped = append(l.skipped, Problem{Path: name, Err: err})
				return nil
			}
			if name != root && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if formats[formatOf(name)] == nil {
				addOther(name, false)
				return nil
			}
			add(name)
			return nil
		})
		if err != nil {
			l.skipped = append(l.skipped, Problem{Path: root, Err: err})
		}
	}
	sidecars := map[string]bool{}
	for _, f := range l.files {
		sidecars[SidecarName(f.name)] = true
	}
	for _, o := range others {
		switch {
		case sidecars[o.name]:
		case o.explicit:
			l.skipped = append(l.skipped, Problem{Path: o.name, Err: unsupportedError(formatOf(o.name), formats)})
		default:
			l.unsupported[formatOf(o.name)]++
		}
	}
	return l
}

// unsupportedError says which formats ingest reads instead of ext.
func unsupportedError(ext string, formats map[string]Decoder) error {
	if ext == "" {
		ext = "(no extension)"
	}
	return fmt.Errorf("%w %s: ingest reads %s", ErrUnsupported, ext, strings.Join(sortedKeys(formats), ", "))
}

// ErrUnsupported marks a file named explicitly whose format ingest has no
// decoder for.
var ErrUnsupported = errors.New("unsupported format")
