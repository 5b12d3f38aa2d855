"""Reading input: files, URLs, stdin; encodings; HTML."""
