//go:build !nos3

package publish

// The driver of Amazon S3 and the S3-compatible stores. Each cloud driver brings its provider's SDK into the binary;
// "go build -tags nos3" leaves this one out.
import _ "gocloud.dev/blob/s3blob"
