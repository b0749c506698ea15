package build_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/briefs/briefs/internal/build"
)

func ExampleRun() {
	site, _ := os.MkdirTemp("", "briefs-example-")
	defer os.RemoveAll(site)
	os.MkdirAll(filepath.Join(site, "content"), 0o755)
	os.WriteFile(filepath.Join(site, "content", "park.md"), []byte(`---
title: Council approves riverside park
date: 2025-03-14
---
The city council voted 7-2 on Thursday to approve a $48 million plan that turns the old rail yard into a park.

The plan includes a 1.2-mile trail, two playgrounds and a wetland that absorbs storm water.

Construction is expected to begin in September and take about three years.
`), 0o644)

	rep, err := build.Run(context.Background(), build.Config{Site: site})
	if err != nil {
		fmt.Println(err)
		return
	}
	_, err = os.Stat(filepath.Join(site, "public", "briefs", "council-approves-riverside-park", "index.html"))
	fmt.Println(rep.Articles, "brief,", len(rep.Warnings), "warnings, page written:", err == nil)
	// Output: 1 brief, 0 warnings, page written: true
}
