from django_hosts import host, patterns

host_patterns = patterns(
    "",
    host(r"www", "shop.urls", name="www"),
    host(r"forum", "shop.forum_urls", name="forum"),
)
