package metrics

import (
	"fmt"
	"runtime"
	"runtime/metrics"
	"strings"
	"time"
)

// processStart approximates the process start time: package variables are
// initialised before main runs.
var processStart = time.Now()

// runtimeSeries maps runtime/metrics samples to exported names. Samples a
// Go version does not know come back as KindBad and are skipped.
var runtimeSeries = []struct {
	sample, name, typ, help string
}{
	{"/sched/goroutines:goroutines", "go_goroutines", "gauge", "Goroutines that currently exist."},
	{"/sched/gomaxprocs:threads", "go_gomaxprocs", "gauge", "GOMAXPROCS: threads that may run Go code at once."},
	{"/memory/classes/total:bytes", "go_memory_total_bytes", "gauge", "All memory mapped by the Go runtime (what GOMEMLIMIT limits, plus stacks and unmanaged)."},
	{"/memory/classes/heap/objects:bytes", "go_memory_heap_objects_bytes", "gauge", "Heap memory held by live and not yet swept objects."},
	{"/gc/heap/live:bytes", "go_gc_heap_live_bytes", "gauge", "Heap bytes marked live by the last GC."},
	{"/gc/heap/goal:bytes", "go_gc_heap_goal_bytes", "gauge", "Heap size the current GC cycle aims for."},
	{"/gc/gomemlimit:bytes", "go_gc_gomemlimit_bytes", "gauge", "GOMEMLIMIT in force."},
	{"/gc/gogc:percent", "go_gc_gogc_percent", "gauge", "GOGC in force."},
	{"/gc/cycles/total:gc-cycles", "go_gc_cycles_total", "counter", "Completed GC cycles."},
	{"/gc/heap/allocs:bytes", "go_gc_heap_allocs_bytes_total", "counter", "Bytes allocated on the heap since start."},
	{"/cpu/classes/gc/total:cpu-seconds", "go_cpu_gc_seconds_total", "counter", "Estimated CPU time spent in the GC."},
}

// processStats is what the operating system says about this process.
// Fields stay zero where the platform has no cheap way to tell.
type processStats struct {
	residentBytes, residentPeakBytes, virtualBytes int64
	cpuSeconds                                     float64
	openFDs, maxFDs                                int64
	ok                                             bool
}

func (r *Registry) writeRuntime(b *strings.Builder) {
	samples := make([]metrics.Sample, len(runtimeSeries))
	for i, s := range runtimeSeries {
		samples[i].Name = s.sample
	}
	metrics.Read(samples)
	for i, s := range runtimeSeries {
		var v string
		switch samples[i].Value.Kind() {
		case metrics.KindUint64:
			v = fmt.Sprint(samples[i].Value.Uint64())
		case metrics.KindFloat64:
			v = formatFloat(samples[i].Value.Float64())
		default:
			continue
		}
		header(b, s.name, s.typ, s.help)
		fmt.Fprintf(b, "%s %s\n", s.name, v)
	}
	header(b, "go_info", "gauge", "Go version the engine was built with.")
	b.WriteString("go_info")
	writeLabels(b, "version", runtime.Version())
	b.WriteString(" 1\n")

	header(b, "process_start_time_seconds", "gauge", "Start time of the process since the Unix epoch.")
	fmt.Fprintf(b, "process_start_time_seconds %s\n", formatFloat(float64(processStart.UnixMilli())/1000))
	p := readProcess()
	if !p.ok {
		return
	}
	gauge := func(name, typ, help, v string) {
		header(b, name, typ, help)
		fmt.Fprintf(b, "%s %s\n", name, v)
	}
	gauge("process_resident_memory_bytes", "gauge", "Resident set size.", fmt.Sprint(p.residentBytes))
	gauge("process_resident_memory_peak_bytes", "gauge", "Highest resident set size so far (VmHWM).", fmt.Sprint(p.residentPeakBytes))
	gauge("process_virtual_memory_bytes", "gauge", "Virtual memory size.", fmt.Sprint(p.virtualBytes))
	gauge("process_cpu_seconds_total", "counter", "User and system CPU time.", formatFloat(p.cpuSeconds))
	gauge("process_open_fds", "gauge", "Open file descriptors.", fmt.Sprint(p.openFDs))
	gauge("process_max_fds", "gauge", "Limit on open file descriptors.", fmt.Sprint(p.maxFDs))
}
