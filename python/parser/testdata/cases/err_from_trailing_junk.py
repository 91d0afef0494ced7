from a import b, c d
