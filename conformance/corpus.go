package conformance

import (
	"archive/zip"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
)

// Source is one Python file of a corpus.
type Source struct {
	Name string // stable across machines: corpus prefix + relative path
	Path string // where it lives on disk; "" when only Data holds it
	Data []byte // the bytes, when they live in memory (zip entries, mutants)
	Size int64
}

// Read returns the source's bytes.
func (s Source) Read() ([]byte, error) {
	if s.Path == "" {
		return s.Data, nil
	}
	return os.ReadFile(s.Path)
}

// Stdlib314 returns the .py files of CPython 3.14's standard library as the
// pinned Pyodide ships it, read from its zip into memory (about 10 MB).
func Stdlib314(zipPath string) ([]Source, error) {
	zr, err := zip.OpenReader(zipPath)
	if err != nil {
		return nil, fmt.Errorf("opening the CPython 3.14 stdlib: %w", err)
	}
	defer zr.Close()
	var out []Source
	for _, f := range zr.File {
		if !strings.HasSuffix(f.Name, ".py") || f.FileInfo().IsDir() {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("%s in %s: %w", f.Name, zipPath, err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, fmt.Errorf("%s in %s: %w", f.Name, zipPath, err)
		}
		out = append(out, Source{Name: "py314/" + f.Name, Data: data, Size: int64(len(data))})
	}
	slices.SortFunc(out, func(a, b Source) int { return strings.Compare(a.Name, b.Name) })
	return out, nil
}

// Installation describes the machine's python3.
type Installation struct {
	Version string
	Roots   []string // stdlib, then site-packages dirs not inside it
}

// FindPython asks python3 where its standard library and site-packages are.
func FindPython() (Installation, error) {
	exe, err := exec.LookPath("python3")
	if err != nil {
		return Installation{}, errors.New("python3 is not on PATH: conformance corpus (2) is every .py file of the machine's Python 3.11 installation")
	}
	const script = `import json, sys, sysconfig
p = sysconfig.get_paths()
print(json.dumps({"version": sys.version.split()[0], "dirs": [p[k] for k in ("stdlib", "platstdlib", "purelib", "platlib")]}))`
	out, err := exec.Command(exe, "-c", script).Output()
	if err != nil {
		return Installation{}, fmt.Errorf("asking %s for its paths: %w", exe, err)
	}
	var info struct {
		Version string
		Dirs    []string
	}
	if err := json.Unmarshal(out, &info); err != nil {
		return Installation{}, fmt.Errorf("asking %s for its paths: %w", exe, err)
	}
	inst := Installation{Version: info.Version}
	for _, d := range info.Dirs {
		d = filepath.Clean(d)
		if _, err := os.Stat(d); err != nil {
			continue // platlib may not exist
		}
		inside := slices.ContainsFunc(inst.Roots, func(root string) bool {
			return d == root || strings.HasPrefix(d, root+string(filepath.Separator))
		})
		if !inside {
			inst.Roots = append(inst.Roots, d)
		}
	}
	if len(inst.Roots) == 0 {
		return Installation{}, fmt.Errorf("python3 %s reports no existing stdlib or site-packages directory", info.Version)
	}
	return inst, nil
}

// Files lists every .py file under the installation's roots (symlinks to
// regular files included, symlinked directories not followed), named
// "py311/<path relative to the stdlib>"; later roots get their own prefix.
func (inst Installation) Files() ([]Source, error) {
	var out []Source
	for i, root := range inst.Roots {
		prefix := "py311/"
		if i > 0 {
			prefix = fmt.Sprintf("py311-root%d/", i)
		}
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() || !strings.HasSuffix(d.Name(), ".py") {
				return nil
			}
			info, err := os.Stat(path) // follows a symlink to its file
			if err != nil || !info.Mode().IsRegular() {
				return nil // dangling links and non-files are not sources
			}
			rel, err := filepath.Rel(root, path)
			if err != nil {
				return err
			}
			out = append(out, Source{Name: prefix + filepath.ToSlash(rel), Path: path, Size: info.Size()})
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("walking %s: %w", root, err)
		}
	}
	slices.SortFunc(out, func(a, b Source) int { return strings.Compare(a.Name, b.Name) })
	return out, nil
}

// Sample keeps about one source in every, chosen by a hash of its name so
// that the quick subset is the same on every machine and every run, and
// skips files larger than maxSize to keep the quick run quick.
func Sample(sources []Source, every int, maxSize int64) []Source {
	var out []Source
	for _, s := range sources {
		h := fnv.New32a()
		h.Write([]byte(s.Name))
		if h.Sum32()%uint32(every) == 0 && s.Size <= maxSize {
			out = append(out, s)
		}
	}
	return out
}
