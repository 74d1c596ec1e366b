package pipeline_test

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/plantgraph/plantgraph/pkg/ingest"
	"github.com/plantgraph/plantgraph/pkg/pipeline"
	"github.com/plantgraph/plantgraph/pkg/pipeline/pipelinetest"
)

// benchArticles is the size of the generated corpus of BenchmarkBuild.
var benchArticles = flag.Int("articles", 10_000, "`number` of generated articles BenchmarkBuild builds")

// BenchmarkBuild builds a generated corpus of 10,000 articles (-articles
// sets another number), as the build command does (the real reader,
// extractor and store, then Resolve), with one and with two workers.
// Besides the time of the whole build it reports:
//
//	articles/s          articles read, extracted and stored per second
//	                    (pipeline.Build, which the workers speed up)
//	peak-heap-MB        the most heap in use during pipeline.Build,
//	                    sampled every 5 ms
//	peak-RSS-MB         the process's peak resident set (VmHWM) during
//	                    pipeline.Build, where the kernel lets it be reset
//	cores               CPU time over wall time during pipeline.Build:
//	                    how many cores it kept busy
//	base-heap-MB        the heap in use before the build: the extractor's
//	                    gazetteer and lexicon, loaded once
//	resolve-s           seconds of the final Resolve, which reads every
//	                    stored mention at once
//	resolve-peak-heap-MB  the most heap in use during Resolve
//
// Run it with
//
//	go test -run '^$' -bench Build -benchtime 1x ./pkg/pipeline/
//
// and with -args -articles 2000 or 40000 to see that the pipeline's peak
// heap does not grow with the corpus.
func BenchmarkBuild(b *testing.B) {
	n := *benchArticles
	dir := b.TempDir()
	if _, err := pipelinetest.WriteCorpus(dir, n, 7); err != nil {
		b.Fatal(err)
	}
	x := realExtractor(b)
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			var (
				buildTime, resolveTime, buildCPU time.Duration
				baseHeap, peakHeap, resolvePeak  uint64
				peakRSS                          uint64
			)
			for range b.N {
				b.StopTimer()
				st, _ := mustOpenStore(b)
				debug.FreeOSMemory() // so that the resident set starts low
				baseHeap = max(baseHeap, heapInUse())
				canReset := resetPeakRSS()
				stop := sampleHeap(&peakHeap)
				b.StartTimer()

				cpu0 := cpuTime()
				t0 := time.Now()
				sum, err := pipeline.Build(context.Background(), &ingest.Reader{}, x, st, []string{dir}, pipeline.Options{Workers: workers})
				if err != nil {
					b.Fatal(err)
				}
				buildTime += time.Since(t0)
				buildCPU += cpuTime() - cpu0
				stop()
				if canReset {
					peakRSS = max(peakRSS, vmHWM())
				}
				stop = sampleHeap(&resolvePeak)
				t0 = time.Now()
				mustResolve(b, st)
				resolveTime += time.Since(t0)
				stop()

				b.StopTimer()
				if sum.New != n || sum.Failed != 0 {
					b.Fatalf("stored %d new, %d failed; want %d new", sum.New, sum.Failed, n)
				}
				b.StartTimer()
			}
			b.ReportMetric(float64(n*b.N)/buildTime.Seconds(), "articles/s")
			if buildCPU > 0 {
				b.ReportMetric(buildCPU.Seconds()/buildTime.Seconds(), "cores")
			}
			b.ReportMetric(float64(peakHeap)/1e6, "peak-heap-MB")
			if peakRSS > 0 {
				b.ReportMetric(float64(peakRSS)/1e6, "peak-RSS-MB")
			}
			b.ReportMetric(float64(baseHeap)/1e6, "base-heap-MB")
			b.ReportMetric(resolveTime.Seconds()/float64(b.N), "resolve-s")
			b.ReportMetric(float64(resolvePeak)/1e6, "resolve-peak-heap-MB")
		})
	}
}

// heapInUse returns the bytes of in-use heap spans: live and not yet swept
// objects, and the free space in their spans (MemStats.HeapInuse).
func heapInUse() uint64 {
	samples := []metrics.Sample{
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/memory/classes/heap/unused:bytes"},
	}
	metrics.Read(samples)
	var n uint64
	for _, s := range samples {
		if s.Value.Kind() == metrics.KindUint64 {
			n += s.Value.Uint64()
		}
	}
	return n
}

// sampleHeap records in peak the most heap in use, sampled every 5 ms
// until stop is called.
func sampleHeap(peak *uint64) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			*peak = max(*peak, heapInUse())
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() { close(done); wg.Wait(); *peak = max(*peak, heapInUse()) }
}

// resetPeakRSS resets the kernel's record of the process's peak resident
// set, and reports whether it could (Linux only).
func resetPeakRSS() bool {
	return os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) == nil
}

// cpuTime returns the user and system CPU time of the process so far,
// from /proc/self/stat, 0 when unknown. It assumes 100 clock ticks a
// second, as Linux reports them.
func cpuTime() time.Duration {
	b, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return 0
	}
	// The fields after the command name, which is in parentheses and
	// may hold spaces: state is field 3, utime 14 and stime 15.
	_, rest, ok := strings.Cut(string(b), ") ")
	f := strings.Fields(rest)
	if !ok || len(f) < 13 {
		return 0
	}
	utime, err1 := strconv.ParseInt(f[11], 10, 64)
	stime, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0
	}
	return time.Duration(utime+stime) * 10 * time.Millisecond
}

// vmHWM returns the process's peak resident set in bytes, 0 when unknown.
func vmHWM() uint64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:")
		if !ok {
			continue
		}
		kb, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
		if err != nil {
			return 0
		}
		return kb * 1024
	}
	return 0
}
