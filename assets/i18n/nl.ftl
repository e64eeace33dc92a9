app-title = Limber
dose-sets = { $count ->
    [one] { $count } set
   *[other] { $count } sets
}
