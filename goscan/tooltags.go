package main

import (
	"fmt"
	"go/build"
	"strings"
)

// regabiArchs are the architectures where the compiler sets the regabi experiment tags
// (internal/buildcfg): on the others, those tags are off.
var regabiArchs = map[string]bool{
	"amd64": true, "arm64": true, "loong64": true, "ppc64": true, "ppc64le": true,
	"riscv64": true, "s390x": true,
}

// toolTags are the tags the compiler sets for a target: the Go experiments of this toolchain
// and the architecture level of the variant (amd64/v3 satisfies amd64.v1, amd64.v2 and
// amd64.v3; arm/v7 satisfies arm.5, arm.6 and arm.7), as `go list -f {{context.ToolTags}}`
// prints them for GOOS/GOARCH/GOAMD64/GOARM. A test compares the two for every platform
// policy-engine-build supports. The host's own level tags describe the host and are dropped.
func toolTags(t target) []string {
	var tags []string
	for _, tag := range build.Default.ToolTags {
		if !strings.HasPrefix(tag, "goexperiment.") {
			continue
		}
		if strings.HasPrefix(tag, "goexperiment.regabi") && !regabiArchs[t.GOARCH] {
			continue
		}
		tags = append(tags, tag)
	}
	if !regabiArchs[build.Default.GOARCH] && regabiArchs[t.GOARCH] {
		tags = append([]string{"goexperiment.regabiwrappers", "goexperiment.regabiargs"}, tags...)
	}
	return append(tags, levelTags(t)...)
}

// levelTags are the GOARCH.level tags of the variant, with the compiler's defaults when the
// platform names none (GOAMD64=v1, GOARM=7 on linux, which is also what Docker's linux/arm
// means).
func levelTags(t target) []string {
	level := func(prefix string, lo, hi, dflt int) int {
		var n int
		if _, err := fmt.Sscanf(t.Variant, prefix+"%d", &n); err == nil && n >= lo && n <= hi {
			return n
		}
		return dflt
	}
	var tags []string
	switch t.GOARCH {
	case "amd64":
		for i := 1; i <= level("v", 1, 4, 1); i++ {
			tags = append(tags, fmt.Sprintf("amd64.v%d", i))
		}
	case "arm":
		for i := 5; i <= level("v", 5, 7, 7); i++ {
			tags = append(tags, fmt.Sprintf("arm.%d", i))
		}
	case "arm64":
		tags = append(tags, "arm64.v8.0")
	case "386":
		tags = append(tags, "386.sse2")
	case "ppc64le", "ppc64":
		tags = append(tags, t.GOARCH+".power8")
	case "riscv64":
		tags = append(tags, "riscv64.rva20u64")
	case "mips64le", "mips64", "mips", "mipsle":
		tags = append(tags, t.GOARCH+".hardfloat")
	}
	return tags
}
