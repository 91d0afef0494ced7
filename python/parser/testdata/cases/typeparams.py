type X = int
type Y[T] = list[T]
type Z[T: (int, str), U = int, *Ts = *tuple[int], **P = [int]] = T
def f[T](x: T) -> T: pass
class K[T: int = bool]: pass
type = 1
type(x)
type.x = 2
