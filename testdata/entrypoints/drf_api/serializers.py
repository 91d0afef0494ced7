from rest_framework import authentication, permissions, serializers, throttling


class TraitSerializer(serializers.ModelSerializer):
    def create(self, validated_data):  # entry: drf-serializer
        return self._bump(validated_data)

    def update(self, instance, validated_data):  # entry: drf-serializer
        return instance

    def validate(self, attrs):  # entry: drf-serializer
        return attrs

    def validate_name(self, value):  # entry: drf-serializer
        return value

    def get_label(self, obj):  # entry: drf-serializer
        return str(obj)

    def _bump(self, data):
        return data


class IncrementSerializer(TraitSerializer):
    def save(self, **kwargs):  # entry: drf-serializer
        return super().save(**kwargs)


class KeyAuthentication(authentication.BaseAuthentication):
    def authenticate(self, request):  # entry: drf-authentication
        return None


class IsOwner(permissions.BasePermission):
    def has_object_permission(self, request, view, obj):  # entry: drf-permission
        return obj.owner == request.user


class BurstThrottle(throttling.SimpleRateThrottle):
    def get_cache_key(self, request, view):  # entry: drf-throttle
        return request.user.pk
