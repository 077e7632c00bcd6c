// Command measure is a cold-start probe for package segment: it cuts a few
// resume skill lines with a fresh segment.Gse and exits, so that
//
//	go build -o /tmp/measure ./segment/internal/measure
//	/usr/bin/time -v /tmp/measure
//
// reports the wall time and peak RSS of a whole process that segments. With
// -v it prints the pieces and the time spent in Cut.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/resumex/resumex/segment"
)

var phrases = []string{
	"KPI考核与项目进度控制",
	"高可用与读写分离设计",
	"ClickHouse 的海量数据与查询优化",
	"擅长团队协作",
	"熟悉 Kubernetes、Docker 及 Service Mesh",
	"参与项目开发，精通 C/C++ 和 Go 语言",
	"以及时间管理",
	"和谐团队，等待队列，平等",
	"掌握分布式系统设计及微服务架构",
	"了解机器学习、深度学习等相关技术",
}

func main() {
	verbose := flag.Bool("v", false, "print the pieces and the time spent cutting")
	flag.Parse()

	start := time.Now()
	seg := segment.New()
	var out strings.Builder
	pieces := 0
	for _, p := range phrases {
		words := seg.Cut(p)
		pieces += len(words)
		if strings.Join(words, "") != p {
			fmt.Fprintf(os.Stderr, "measure: lossy cut of %q: %q\n", p, words)
			os.Exit(1)
		}
		if *verbose {
			out.WriteString(strings.Join(words, " | "))
			out.WriteByte('\n')
		}
	}
	elapsed := time.Since(start)
	if *verbose {
		fmt.Print(out.String())
		fmt.Printf("cut %d phrases into %d pieces in %v\n", len(phrases), pieces, elapsed)
	}
}
