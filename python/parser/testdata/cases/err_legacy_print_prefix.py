print -1 +
