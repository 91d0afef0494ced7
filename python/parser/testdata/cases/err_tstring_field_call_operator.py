t"{x + f(y +)}"
