from .menus import local_names, rebuild_once, menu, menu_changed, sessions_changed, shared_changed
from .flags import engine_info, db_path, flag_total, api_key, notes_banner, order_count, today_rates, row_count, sqlite_version, update_banner, Channel, Importer, Linked, Reset, Settings, Syncer, Units, View, config, exchange, versions_of, seen_codes, explain, flag, intersect, load_flag, bounded, default_bound, bare_bound, token, plan, rate, stats, counts, seen, loaded, flag_type, type_of, groups, perms_of


def index(request):
    Settings().get("a")
    Settings().remote()
    flag("x"), rate("EUR"), config(), exchange("EUR"), plan("p"), versions_of(None, ()), seen_codes(None)
    View().dispatch(request), View()._get_flag(), View.load_all(), Channel().assign(), Channel().load("x")
    Syncer().sync("x"), explain("select 1"), Units.for_space("s"), Linked("d"), Reset.get("c")
    Importer()._update(Flag, "f"), Importer()._other([], "k"), intersect(["a"]), load_flag("x"), bounded("x")
    default_bound("x"), bare_bound("x"), token()
    stats(), counts(), seen("x"), loaded(), flag_type(), type_of(Channel), groups("g"), perms_of(1)
    engine_info(request.session, 1), db_path(request.session, 1), flag_total(request.session, 1)
    update_banner(), api_key("k"), notes_banner(), sqlite_version(), row_count(), order_count(False), today_rates(request)
    menu(), menu_changed(), shared_changed(), sessions_changed(), local_names(), rebuild_once()
    return None
