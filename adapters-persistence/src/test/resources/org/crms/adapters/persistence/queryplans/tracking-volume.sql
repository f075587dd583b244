-- A year and a half of a busy team's tracking data, as of 2026-06-15 ("today"): 20 users, 20 request types,
-- 2,000 clients, 100,000 client requests and 50,000 contact records, about 2% of each in the trash.
-- Set-based (generate_series), so that it loads in seconds. Values are spread the way real ones are:
-- most requests are completed, about one in seven has no owner, due days fall from two months before today to
-- two months after, client and contact names are varied enough that a name fragment matches a few rows.
-- Ids are readable: the fourth group says the table (0 users, 1 types, 2 clients, 3 requests, 4 contacts).

INSERT INTO app_user (id, username, email, role, active, password_hash, created_at)
SELECT ('00000000-0000-0000-0000-' || lpad(to_hex(n), 12, '0'))::uuid, 'planuser' || n,
       'planuser' || n || '@example.org', CASE WHEN n <= 2 THEN 'ADMIN' ELSE 'LIMITED' END, true, 'not-a-hash',
       timestamptz '2025-01-01 08:00Z'
FROM generate_series(1, 20) n;

INSERT INTO request_type (id, name, target_days, created_at, updated_at, deleted_at, deleted_by)
SELECT ('00000000-0000-0000-0001-' || lpad(to_hex(n), 12, '0'))::uuid, 'Request type ' || n, 1 + n % 30,
       timestamptz '2025-01-01 08:00Z', timestamptz '2025-01-01 08:00Z',
       CASE WHEN n > 18 THEN timestamptz '2026-05-01 00:00Z' + n * interval '1 hour' END,
       CASE WHEN n > 18 THEN '00000000-0000-0000-0000-000000000001'::uuid END
FROM generate_series(1, 20) n;

INSERT INTO client (id, name, email, phone, company_url, created_at, updated_at, deleted_at, deleted_by)
SELECT ('00000000-0000-0000-0002-' || lpad(to_hex(n), 12, '0'))::uuid,
       name.value || ' ' || (ARRAY['Ltd', 'GmbH', 'Inc', 'Group', 'Partners', 'Holdings', 'Studio', 'Labs'])[1 + n % 8]
           || ' ' || n,
       'office@' || lower(name.value) || n || '.example.com',
       '+44 20 7946 ' || lpad((n % 10000)::text, 4, '0'),
       'https://www.' || lower(name.value) || n || '.example.com',
       timestamptz '2025-01-01 08:00Z', timestamptz '2025-01-01 08:00Z',
       CASE WHEN n % 50 = 0 THEN timestamptz '2026-06-01 00:00Z' + n * interval '1 minute' END,
       CASE WHEN n % 50 = 0 THEN '00000000-0000-0000-0000-000000000001'::uuid END
FROM generate_series(1, 2000) n
CROSS JOIN LATERAL (SELECT initcap(
    (ARRAY['vel', 'mar', 'ton', 'bri', 'cas', 'dor', 'fen', 'gal', 'hal', 'ist', 'jor', 'kel', 'lum', 'nor', 'ost',
           'pra', 'quin', 'ros', 'sil', 'tav', 'ulm', 'var', 'wes', 'xan', 'yor', 'zel', 'ash', 'bel', 'cor', 'del'])
        [1 + n % 30]
    || (ARRAY['ora', 'ex', 'ica', 'ton', 'ium', 'ara', 'ent', 'ix', 'ane', 'ock', 'ley', 'ford', 'wick', 'more',
              'dale', 'gate', 'ridge', 'field', 'stone', 'worth', 'haven', 'brook', 'mont', 'vale', 'crest', 'land',
              'port', 'view', 'wood', 'side'])[1 + (n / 30) % 30]) AS value) name;

INSERT INTO client_request (id, client_id, type_id, title, description, reference, status, priority, owner_id,
                            due_on, created_at, updated_at, started_at, completed_at, deleted_at, deleted_by)
SELECT ('00000000-0000-0000-0003-' || lpad(to_hex(n), 12, '0'))::uuid,
       ('00000000-0000-0000-0002-' || lpad(to_hex(1 + n % 1999), 12, '0'))::uuid,
       ('00000000-0000-0000-0001-' || lpad(to_hex(1 + n % 18), 12, '0'))::uuid,
       (ARRAY['Check', 'Update', 'Review', 'Fix', 'Migrate', 'Audit', 'Renew', 'Refund', 'Call back about',
              'Install'])[1 + n % 10]
           || ' ' || (ARRAY['plugins', 'SEO', 'payment', 'invoice', 'DNS', 'certificate', 'backup', 'newsletter',
                            'theme', 'checkout', 'hosting', 'domain', 'analytics', 'cookie banner', 'sitemap',
                            'forms', 'search', 'images', 'fonts', 'cache'])[1 + (n / 10) % 20]
           || ' ' || n,
       CASE WHEN n % 3 = 0 THEN 'The client wrote about ' || (ARRAY['slow pages', 'broken links', 'a failed charge',
            'an expired card', 'a missing invoice', 'spam', 'downtime'])[1 + n % 7] || ' in message ' || n END,
       CASE WHEN n % 2 = 0 THEN 'PAY-' || lpad(n::text, 7, '0') END,
       state.status,
       (ARRAY['LOW', 'NORMAL', 'NORMAL', 'HIGH', 'URGENT'])[1 + n % 5],
       CASE WHEN n % 7 = 0 THEN NULL
            ELSE ('00000000-0000-0000-0000-' || lpad(to_hex(1 + n % 20), 12, '0'))::uuid END,
       CASE WHEN n % 10 = 9 THEN NULL ELSE date '2026-06-15' + ((n * 13) % 120 - 60) END,
       stamps.created_at, stamps.updated_at,
       CASE WHEN state.status <> 'PENDING' THEN stamps.created_at END,
       CASE WHEN state.status = 'COMPLETED' THEN stamps.updated_at END,
       CASE WHEN n % 50 = 0 THEN timestamptz '2026-06-10 00:00Z' + n * interval '1 second' END,
       CASE WHEN n % 50 = 0 THEN '00000000-0000-0000-0000-000000000001'::uuid END
FROM generate_series(1, 100000) n
CROSS JOIN LATERAL (SELECT CASE WHEN n % 10 < 6 THEN 'COMPLETED' WHEN n % 10 < 8 THEN 'PENDING'
                                ELSE 'IN_PROGRESS' END AS status) state
CROSS JOIN LATERAL (SELECT timestamptz '2026-06-15 12:00Z' - (n % 400) * interval '1 day' AS created_at) created
CROSS JOIN LATERAL (SELECT created.created_at,
                           least(created.created_at + (n % 37) * interval '1 day',
                                 timestamptz '2026-06-15 11:00Z') AS updated_at) stamps;

INSERT INTO contact_record (id, payment_reference, first_name, last_name, method, contacted_at, outcome,
                            follow_up_on, notes, request_id, created_at, updated_at, deleted_at, deleted_by)
SELECT ('00000000-0000-0000-0004-' || lpad(to_hex(n), 12, '0'))::uuid,
       'PAY-' || lpad((n * 2)::text, 7, '0'),
       (ARRAY['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Ken', 'Margaret', 'Linus', 'Radia', 'Tim',
              'Frances'])[1 + n % 12],
       (ARRAY['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Thompson', 'Hamilton', 'Torvalds',
              'Perlman', 'Berners-Lee', 'Allen', 'Smith', 'Jones', 'Miller'])[1 + (n / 12) % 15]
           || CASE WHEN n % 5 = 0 THEN '-' || n ELSE '' END,
       (ARRAY['PHONE', 'EMAIL', 'LETTER', 'SMS', 'IN_PERSON', 'OTHER'])[1 + n % 6],
       contact.at,
       result.outcome,
       CASE WHEN result.outcome = 'AWAITING_RESPONSE' THEN (contact.at AT TIME ZONE 'UTC')::date + n % 30 END,
       'Spoke about ' || (ARRAY['the rejected payment', 'a new card', 'the invoice', 'a refund', 'the renewal'])
           [1 + n % 5] || ', case ' || n,
       CASE WHEN n % 5 < 3 THEN ('00000000-0000-0000-0003-' || lpad(to_hex(n * 2), 12, '0'))::uuid END,
       contact.at, contact.at,
       CASE WHEN n % 50 = 0 THEN timestamptz '2026-06-12 00:00Z' + n * interval '1 second' END,
       CASE WHEN n % 50 = 0 THEN '00000000-0000-0000-0000-000000000002'::uuid END
FROM generate_series(1, 50000) n
CROSS JOIN LATERAL (SELECT CASE WHEN n % 10 < 2 THEN 'AWAITING_RESPONSE' WHEN n % 10 < 8 THEN 'CONTACT_SUCCESSFUL'
                                ELSE 'NO_CONTACT_POSSIBLE' END AS outcome) result
CROSS JOIN LATERAL (SELECT timestamptz '2026-06-15 09:00Z' - (n % 300) * interval '1 day' AS at) contact;
