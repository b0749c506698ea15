//go:build !noazblob

package publish

// The driver of Azure Blob Storage. Each cloud driver brings its provider's SDK into the binary;
// "go build -tags noazblob" leaves this one out.
import _ "gocloud.dev/blob/azureblob"
