"""Field names of each resource's records, as the official OpenAPI document lists them.

Generated once from twilio_api_v2010.json (sandbox from the seed docs, as the spec lacks it); used
to check `--fields` and offer completions. Data only.
"""

FIELDS: dict[str, tuple[str, ...]] = {
    "accounts": (
        "auth_token", "date_created", "date_updated", "friendly_name", "owner_account_sid", "sid", "status",
        "subresource_uris", "type", "uri",
    ),
    "applications": (
        "account_sid", "api_version", "date_created", "date_updated", "friendly_name",
        "message_status_callback", "sid", "sms_fallback_method", "sms_fallback_url", "sms_method",
        "sms_status_callback", "sms_url", "status_callback", "status_callback_method", "uri",
        "voice_caller_id_lookup", "voice_fallback_method", "voice_fallback_url", "voice_method", "voice_url",
        "public_application_connect_enabled",
    ),
    "calls": (
        "sid", "date_created", "date_updated", "parent_call_sid", "account_sid", "to", "to_formatted",
        "from", "from_formatted", "phone_number_sid", "status", "start_time", "end_time", "duration",
        "price", "price_unit", "direction", "answered_by", "api_version", "forwarded_from", "group_sid",
        "caller_name", "queue_time", "trunk_sid", "uri", "subresource_uris",
    ),
    "caller-ids": (
        "sid", "date_created", "date_updated", "friendly_name", "account_sid", "phone_number", "uri",
    ),
    "conferences": (
        "account_sid", "date_created", "date_updated", "api_version", "friendly_name", "region", "sid",
        "status", "uri", "subresource_uris", "reason_conference_ended", "call_sid_ending_conference",
    ),
    "participants": (
        "account_sid", "call_sid", "label", "call_sid_to_coach", "coaching", "conference_sid",
        "date_created", "date_updated", "end_conference_on_exit", "muted", "hold",
        "start_conference_on_enter", "status", "queue_time", "uri",
    ),
    "notifications": (
        "account_sid", "api_version", "call_sid", "date_created", "date_updated", "error_code", "log",
        "message_date", "message_text", "more_info", "request_method", "request_url", "sid", "uri",
    ),
    "numbers": (
        "account_sid", "address_sid", "address_requirements", "api_version", "beta", "capabilities",
        "date_created", "date_updated", "friendly_name", "identity_sid", "phone_number", "origin", "sid",
        "sms_application_sid", "sms_fallback_method", "sms_fallback_url", "sms_method", "sms_url",
        "status_callback", "status_callback_method", "trunk_sid", "uri", "voice_receive_mode",
        "voice_application_sid", "voice_caller_id_lookup", "voice_fallback_method", "voice_fallback_url",
        "voice_method", "voice_url", "emergency_status", "emergency_address_sid", "emergency_address_status",
        "bundle_sid", "status", "type",
    ),
    "available-numbers": (
        "friendly_name", "phone_number", "lata", "locality", "rate_center", "latitude", "longitude",
        "region", "postal_code", "iso_country", "address_requirements", "beta", "capabilities",
    ),
    "recordings": (
        "account_sid", "api_version", "call_sid", "conference_sid", "date_created", "date_updated",
        "start_time", "duration", "sid", "price", "price_unit", "status", "channels", "source", "error_code",
        "uri", "encryption_details", "subresource_uris", "media_url",
    ),
    "sms": (
        "body", "num_segments", "direction", "from", "to", "date_updated", "price", "error_message", "uri",
        "account_sid", "num_media", "status", "messaging_service_sid", "sid", "date_sent", "date_created",
        "error_code", "price_unit", "api_version", "subresource_uris",
    ),
    "transcriptions": (
        "account_sid", "api_version", "date_created", "date_updated", "duration", "price", "price_unit",
        "recording_sid", "sid", "status", "transcription_text", "type", "uri",
    ),
    "validation-requests": ("account_sid", "call_sid", "friendly_name", "phone_number", "validation_code"),
    "sandbox": (
        "pin", "account_sid", "phone_number", "application_sid", "api_version", "voice_url", "voice_method",
        "sms_url", "sms_method", "status_callback", "status_callback_method", "date_created", "date_updated",
        "uri",
    ),
}
