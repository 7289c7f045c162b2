#!/usr/bin/env bash
# Loads a small, realistic co-production project through the public APIs of a running suite
# (scripts/run-local.sh --demo calls it): a dozen people with varied needs, two venues, a meeting
# that happened last week with its summary, actions and attendance, two sessions to come, a project
# update, and a digest run so every due person's digest is in the mailbox straight away.
#   PARTICIPANTS_URL, SESSIONS_URL, NOTIFICATIONS_URL   default http://localhost:8081 / 8082 / 8083
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
P="${PARTICIPANTS_URL:-http://localhost:8081}"
S="${SESSIONS_URL:-http://localhost:8082}"
N="${NOTIFICATIONS_URL:-http://localhost:8083}"
token="$("$here/token.sh" coordinator)"

call() { # method url body -> prints the response body; fails loudly on an error status
  local method=$1 url=$2 body=${3:-}
  local out status
  out=$(mktemp)
  status=$(curl -sS -o "$out" -w '%{http_code}' -X "$method" "$url" -H "Authorization: Bearer $token" \
           -H 'Content-Type: application/json' ${body:+--data "$body"})
  if [ "$status" -ge 400 ]; then
    echo "demo data: $method $url answered $status: $(cat "$out")" >&2
    rm -f "$out"; exit 1
  fi
  cat "$out"; rm -f "$out"
}
id_of() { sed -n 's/^{"id":"\([0-9a-f-]*\)".*/\1/p'; }

stamp=$(date +%s)
person() { # key name preferred role zone needs(json list) payment travel childcare language interpretation format frequency weekly(json)
  local body
  body=$(cat <<JSON
{"name": "$2", "preferredName": "$3", "email": "$1.$stamp@demo.example.org", "role": "$4", "timeZone": "$5",
 "accessNeeds": {"needs": $6}, "financialSupport": {"paymentForTime": "$7", "travel": $8, "childcare": $9, "meals": true},
 "language": {"preferred": "${10}"${11:+, \"interpretation\": \"${11}\"}}, "communication": {"digestFrequency": "${13}", "digestDay": "MONDAY", "format": "${12}"},
 "availability": {"weekly": ${14}, "minNoticeDays": 7}}
JSON
)
  call POST "$P/participants" "$body" | id_of
}
evenings='[{"day": "MONDAY", "start": "18:00", "end": "20:30"}, {"day": "WEDNESDAY", "start": "18:00", "end": "20:30"}]'
days='[{"day": "TUESDAY", "start": "10:00", "end": "15:00"}, {"day": "THURSDAY", "start": "10:00", "end": "15:00"}]'

echo "Loading demo data..."
aisha=$(person aisha "Aisha Khan" Aisha LIVED_EXPERIENCE Europe/London '["STEP_FREE_ACCESS"]' WANTS_PAYMENT true true en "" HTML WEEKLY "$evenings")
dafydd=$(person dafydd "Dafydd Jones" Dafydd LIVED_EXPERIENCE Europe/London '[]' DECLINES_PAYMENT false false cy "" LARGE_PRINT WEEKLY "$evenings")
grace=$(person grace "Grace Okafor" Grace LIVED_EXPERIENCE Europe/London '["BSL_INTERPRETER"]' VOUCHERS true false en bfi PLAIN_TEXT WEEKLY "$evenings")
tomasz=$(person tomasz "Tomasz Nowak" Tomasz PRACTITIONER Europe/Warsaw '[]' WANTS_PAYMENT false false en "" HTML FORTNIGHTLY '[{"day": "MONDAY", "start": "19:00", "end": "21:30"}]')
priya=$(person priya "Priya Shah" Priya PRACTITIONER Europe/London '["QUIET_SPACE"]' DECLINES_PAYMENT false false en "" HTML WEEKLY "$days")
sam=$(person sam "Sam Taylor" Sam LIVED_EXPERIENCE Europe/London '["EASY_READ", "REGULAR_BREAKS"]' WANTS_PAYMENT true false en "" LARGE_PRINT MONTHLY "$evenings")
jo=$(person jo "Jo Evans" Jo FACILITATOR Europe/London '[]' WANTS_PAYMENT false false en "" HTML WEEKLY "$evenings")
mairi=$(person mairi "Mairi MacLeod" Mairi LIVED_EXPERIENCE Europe/London '["HEARING_LOOP"]' WANTS_PAYMENT true false gd "" HTML WEEKLY "$evenings")
kwame=$(person kwame "Kwame Mensah" Kwame LIVED_EXPERIENCE Europe/London '["ASSISTANCE_DOG_WELCOME"]' WANTS_PAYMENT true true en "" HTML WEEKLY "$evenings")
lena=$(person lena "Lena Fischer" Lena PRACTITIONER Europe/Berlin '["CAPTIONS"]' DECLINES_PAYMENT false false en "" PLAIN_TEXT WEEKLY "$days")
ben=$(person ben "Ben Clarke" Ben LIVED_EXPERIENCE Europe/London '["PERSONAL_ASSISTANT", "STEP_FREE_ACCESS"]' WANTS_PAYMENT true false en "" HTML WEEKLY "$evenings")
rosa=$(person rosa "Rosa Martinez" Rosa COORDINATOR Europe/London '[]' DECLINES_PAYMENT false false en "" HTML NEVER "$days")
everyone="\"$aisha\", \"$dafydd\", \"$grace\", \"$tomasz\", \"$priya\", \"$sam\", \"$jo\", \"$mairi\", \"$kwame\", \"$lena\", \"$ben\", \"$rosa\""

project=$(call POST "$S/projects" "{\"name\": \"Redesigning the crisis line\", \"purpose\": \"People who have called the crisis line and the staff who answer it redesign it together.\", \"memberIds\": [$everyone]}" | id_of)
hub=$(call POST "$S/venues" '{"name": "Community Hub, Room 2", "address": "12 High Street, Leeds LS1 4AB", "format": "IN_PERSON", "features": ["STEP_FREE_ACCESS", "ACCESSIBLE_TOILET", "HEARING_LOOP", "QUIET_SPACE", "ASSISTANCE_DOG_WELCOME"]}' | id_of)
online=$(call POST "$S/venues" '{"name": "Online meeting room", "format": "ONLINE", "features": ["CAPTIONS", "SCREEN_READER_FRIENDLY", "PHONE_DIAL_IN"]}' | id_of)

last_monday=$(date -u -d "last monday - 7 days" +%Y-%m-%d)
next_monday=$(date -u -d "next monday + 7 days" +%Y-%m-%d)
next_wednesday=$(date -u -d "next wednesday + 14 days" +%Y-%m-%d)
past=$(call POST "$S/sessions" "{\"projectId\": \"$project\", \"title\": \"Listening to what went wrong\", \"purpose\": \"Hear what made calling the line hard\", \"type\": \"MEETING\", \"format\": \"IN_PERSON\", \"venueId\": \"$hub\", \"start\": \"${last_monday}T18:00:00Z\", \"end\": \"${last_monday}T19:30:00Z\", \"timeZone\": \"Europe/London\", \"invitees\": [\"$aisha\", \"$dafydd\", \"$grace\", \"$tomasz\", \"$mairi\", \"$kwame\", \"$ben\", \"$jo\"], \"arrangements\": {\"interpretation\": [\"bfi\"], \"breaks\": true}}" | id_of)
call PUT "$S/sessions/$past/attendance" "{\"attended\": [\"$aisha\", \"$dafydd\", \"$grace\", \"$mairi\", \"$kwame\", \"$jo\"]}" > /dev/null
call PUT "$S/sessions/$past/summary" "{\"summary\": \"We heard what made calling the crisis line hard: long waits, being passed around, and not being called back.\", \"decisions\": [\"Call-backs within one hour\", \"One named person for each caller\"], \"actions\": [{\"description\": \"Draft the call-back promise in plain words\", \"ownerId\": \"$aisha\", \"due\": \"$(date -u -d '+10 days' +%Y-%m-%d)\"}, {\"description\": \"Ask staff how hand-overs work today\", \"ownerId\": \"$jo\", \"due\": \"$(date -u -d '+14 days' +%Y-%m-%d)\"}]}" > /dev/null
call POST "$S/sessions" "{\"projectId\": \"$project\", \"title\": \"Planning the spring workshops\", \"purpose\": \"Agree dates and topics\", \"type\": \"WORKSHOP\", \"format\": \"HYBRID\", \"venueId\": \"$hub\", \"joiningLink\": \"https://meet.example.org/crisis-line\", \"start\": \"${next_monday}T18:00:00Z\", \"end\": \"${next_monday}T19:30:00Z\", \"timeZone\": \"Europe/London\", \"invitees\": [\"$aisha\", \"$dafydd\", \"$grace\", \"$tomasz\", \"$mairi\", \"$kwame\", \"$ben\", \"$lena\"], \"arrangements\": {\"interpretation\": [\"bfi\"], \"captions\": true, \"largePrintMaterials\": true, \"breaks\": true}}" > /dev/null
call POST "$S/sessions" "{\"projectId\": \"$project\", \"title\": \"Facilitation training\", \"type\": \"TRAINING\", \"format\": \"ONLINE\", \"venueId\": \"$online\", \"joiningLink\": \"https://meet.example.org/training\", \"start\": \"${next_wednesday}T18:00:00Z\", \"end\": \"${next_wednesday}T20:00:00Z\", \"timeZone\": \"Europe/London\", \"invitees\": [\"$aisha\", \"$sam\", \"$kwame\"], \"arrangements\": {\"captions\": true, \"easyReadMaterials\": true, \"breaks\": true}}" > /dev/null
call POST "$S/projects/$project/updates" '{"title": "New room booked", "body": "We found a room near the station. It has step-free access and a hearing loop. We meet there from next month."}' > /dev/null
call POST "$N/digests/runs" "{\"force\": true}" > /dev/null

echo "Demo data loaded: 12 participants, project $project, 2 venues, 3 sessions; digests are on their way."
echo "Read Aisha's digest: curl -s http://127.0.0.1:18025/api/user/aisha.$stamp@demo.example.org/messages/INBOX"
