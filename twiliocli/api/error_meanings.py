"""What the Twilio error codes admins meet most mean, from Twilio's public error dictionary
(https://www.twilio.com/docs/api/errors/twilio-error-codes.json).

Written by scripts/gen_error_codes.py: do not edit, re-run the script. Data only; the lookup is
in errorcodes.py.
"""

MEANINGS: dict[int, str] = {
    11200: "HTTP retrieval failure",
    11205: "HTTP connection failure",
    11750: "TwiML response body too large",
    12100: "Document parse failure",
    12300: "Invalid Content-Type",
    20003: "Permission Denied",
    20404: "Not Found",
    20429: "Too Many Requests",
    21211: "Invalid 'To' Phone Number",
    21408: "Permission to send an SMS has not been enabled for the region indicated by the 'To' number",
    21610: "Attempt to send to unsubscribed recipient",
    21612: "The 'To' phone number is not currently reachable via SMS",
    21614: "'To' number is not a valid mobile number",
    21616: "The 'From' number matches multiple numbers for your account",
    30001: "Queue overflow",
    30002: "Account suspended",
    30003: "Unreachable destination handset",
    30004: "Message blocked",
    30005: "Unknown destination handset",
    30006: "Landline or unreachable carrier",
    30007: "Message filtered",
    30008: "Unknown error",
    30009: "Missing segment",
    30010: "Message price exceeds max price",
    30034: "US A2P 10DLC - Message from an Unregistered Number",
}
