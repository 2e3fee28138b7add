// Placeholder translation unit for a library whose stage has no sources yet.
