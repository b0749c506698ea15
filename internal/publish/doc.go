// Package publish copies a built site, the public/ folder, to object storage: Amazon S3 and
// the stores that speak its protocol (MinIO, Cloudflare R2, DigitalOcean Spaces), Google Cloud
// Storage, Azure Blob Storage, or a folder.
//
// # Targets
//
// A target is a URL of gocloud.dev/blob:
//
//	s3://bucket?region=eu-west-1
//	s3://bucket?endpoint=https://ACCOUNT.r2.cloudflarestorage.com&region=auto
//	s3://bucket?endpoint=http://127.0.0.1:9000&use_path_style=true&disable_https=true
//	gs://bucket
//	azblob://container
//	file:///srv/www/briefs
//
// prefix=folder/ publishes into a folder of the bucket. Credentials come from the environment
// and the providers' standard chains (AWS_ACCESS_KEY_ID, AWS_PROFILE, instance roles;
// GOOGLE_APPLICATION_CREDENTIALS; AZURE_STORAGE_ACCOUNT with AZURE_STORAGE_KEY, or az login),
// never from the URL, and are never printed. A file:// target is a plain folder: unless the
// URL says otherwise, Run adds create_dir, no_tmp_dir and metadata=skip, so the folder holds
// the site's files and nothing else.
//
// # What is uploaded
//
// Run compares each local file with the remote object of the same path: its size and MD5,
// from the bucket's listing (S3 ETags of single-part uploads, GCS and Azure MD5s) and from the
// manifest, an object named .briefs-manifest.json that Run writes at the end of every deploy
// with the MD5, size and headers of each file. A file is uploaded when the bucket lacks it,
// when its size or MD5 differs, or when its headers changed. Without the manifest (deleted,
// or a bucket filled by another tool) the listing alone decides; where the store gives no MD5,
// such a file is uploaded again. Remote objects that no longer exist locally are deleted;
// more than MaxDeletes of them stop the deploy before it changes anything, unless Force.
//
// Files go up in three waves, each on Workers goroutines: stylesheets, scripts, images and
// other assets first, then the HTML pages that link to them, then the feeds, sitemap and
// robots.txt that link to the pages. Deletions come last, then the manifest. An interrupted
// deploy leaves the site partly updated but consistent wave by wave, and running it again
// finishes the job.
//
// # Headers
//
// Each file gets a Content-Type by extension and the Cache-Control of the first rule whose
// pattern (a config.Glob) matches it: the site's rules, then DefaultRules, which give the
// fingerprinted assets of a build (style.3f2a9c1e.css) a year and the pages five minutes.
// With Gzip, text files are stored compressed with Content-Encoding: gzip.
package publish
