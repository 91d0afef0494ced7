# Template tags and filters run at each render of a template that loads
# them: per request.
from django import template
from django.template import Library

register = template.Library()
other = Library()


@register.simple_tag
def cart_total(cart):  # entry: django-template-tag
    return cart


@register.simple_tag(takes_context=True)
def user_name(context):  # entry: django-template-tag
    return context


@register.filter
def money(value):  # entry: django-template-tag
    return value


@register.filter(name="percent")
def as_percent(value):  # entry: django-template-tag
    return value


@register.assignment_tag
def latest_updates():  # entry: django-template-tag
    # Django before 2.0's name for a simple tag stored in a variable.
    return []


@other.inclusion_tag("menu.html")
def menu(items):  # entry: django-template-tag
    return {"items": items}


def currency(value):  # entry: django-template-tag
    return value


def helper(value):
    return value


register.filter("currency", currency)
