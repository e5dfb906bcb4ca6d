# Mistake: a type alias that names its type parameter twice
type Pair[K, K] = tuple[K, K]
