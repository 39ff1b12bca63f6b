// Package memlimit finds the memory the engine may use (the container's
// cgroup limit or a flag), turns it into GOMEMLIMIT, and sizes the engine's
// concurrency limits so the worst case fits in it.
package memlimit

import (
	"bufio"
	"io/fs"
	"path"
	"strconv"
	"strings"
)

// unlimitedAbove: cgroup v1 reports "no limit" as a huge page-rounded
// number (9223372036854771712), never as a word.
const unlimitedAbove = 1 << 60

// FromCgroup reads the memory limit of the cgroup this process runs in, from
// a file system rooted at "/" (os.DirFS("/") in production, fstest.MapFS in
// tests). It returns 0 when there is no limit or no cgroup to read.
//
// Version 2 (memory.max) and version 1 (memory.limit_in_bytes) are both read;
// inside a container the cgroup path from /proc/self/cgroup may not exist in
// the container's view of /sys/fs/cgroup, so the mount root is tried too. A
// limit set on a parent cgroup binds the child, so the smallest one found on
// the way up is the one that counts.
func FromCgroup(root fs.FS) int64 {
	f, err := root.Open("proc/self/cgroup")
	if err != nil {
		return 0
	}
	defer f.Close()
	var v2Path, v1Path string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		// hierarchy-ID:controller-list:cgroup-path
		parts := strings.SplitN(sc.Text(), ":", 3)
		if len(parts) != 3 {
			continue
		}
		if parts[0] == "0" && parts[1] == "" {
			v2Path = parts[2]
		}
		for _, c := range strings.Split(parts[1], ",") {
			if c == "memory" {
				v1Path = parts[2]
			}
		}
	}
	best := int64(0)
	consider := func(n int64) {
		if n > 0 && (best == 0 || n < best) {
			best = n
		}
	}
	if v1Path != "" {
		for _, dir := range ancestors("sys/fs/cgroup/memory", v1Path) {
			consider(readLimit(root, dir+"/memory.limit_in_bytes"))
		}
	}
	if v2Path != "" {
		for _, dir := range ancestors("sys/fs/cgroup", v2Path) {
			consider(readLimit(root, dir+"/memory.max"))
		}
	}
	return best
}

// ancestors lists mount/p, its parents up to the mount, and the mount itself.
func ancestors(mount, p string) []string {
	var out []string
	p = path.Clean("/" + p)
	for {
		out = append(out, path.Join(mount, p))
		if p == "/" {
			return out
		}
		p = path.Dir(p)
	}
}

func readLimit(root fs.FS, name string) int64 {
	b, err := fs.ReadFile(root, name)
	if err != nil {
		return 0
	}
	s := strings.TrimSpace(string(b))
	if s == "max" {
		return 0
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 || n >= unlimitedAbove {
		return 0
	}
	return n
}
