from .flags import Channel, Settings, Syncer, View, config, exchange, explain, flag, plan, rate


def index(request):
    Settings().get("a")
    Settings().remote()
    flag("x"), rate("EUR"), config(), exchange("EUR"), plan("p")
    View().dispatch(request), View()._get_flag(), View.load_all(), Channel().assign(), Channel().load("x")
    Syncer().sync("x"), explain("select 1")
    return None
