-- The local suite's demo catalogue: five merchants and 4,500 listings, run at startup when
-- markguard.demo.catalogue is on (MARKGUARD_DEMO_CATALOGUE; infra/markguard up sets it). Tests never run it.
-- Running it again changes nothing: merchants are keyed by subject, listings by URL.
INSERT INTO merchant (id, keycloak_subject, username, enrolled_at, legal_name, address, phone, email,
                      identity_document_ref, trade_register_number, self_certified_at, identity_updated_at)
VALUES
    (nextval('merchant_seq'), '6f1c2a10-0000-4000-8000-000000000003', 'merchant-a', now(),
     'Mei Chen Trading Ltd', '12 Harbour Road, 1010 Wien, Austria', '+43 1 234 5678', 'merchant-a@markguard.test',
     'AT-ID-77120394', 'FN 512345 a', now(), now()),
    (nextval('merchant_seq'), '6f1c2a10-0000-4000-8000-000000000004', 'merchant-b', now(),
     'Costa Outlet Lda', NULL, '+351 21 000 1234', 'merchant-b@markguard.test', NULL, NULL, NULL, now()),
    (nextval('merchant_seq'), 'demo-shop-0000-4000-8000-000000000203', 'demo-shop-lumen', now(),
     'Lumen Home GmbH', 'Alexanderplatz 1, 10178 Berlin, Germany', '+49 30 1234567', 'shop@lumen.example',
     'DE-ID-L01', 'HRB 123456', now(), now()),
    (nextval('merchant_seq'), 'demo-shop-0000-4000-8000-000000000204', 'demo-shop-nordic', now(),
     'Nordic Sports AB', 'Drottninggatan 5, 111 51 Stockholm, Sweden', '+46 8 123 456', 'shop@nordic.example',
     NULL, '556677-8899', NULL, now()),
    (nextval('merchant_seq'), 'demo-shop-0000-4000-8000-000000000205', 'demo-shop-bazaar', now(),
     NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)
ON CONFLICT (keycloak_subject) DO NOTHING;

INSERT INTO listing (id, merchant_id, title, brand_claimed, price, currency, url, status, listed_at, updated_at)
SELECT nextval('listing_seq'), m.id,
       (ARRAY['Acme', 'Northwind', 'Contoso', 'Fabrikam', 'Globex', 'Initech', 'Umbrella', 'Tyrell'])[1 + n % 8]
           || ' ' || (ARRAY['running shoes', 'leather handbag', 'wrist watch', 'sunglasses', 'perfume 100 ml',
                            'hoodie', 'wireless earbuds', 'backpack', 'silk scarf', 'phone case'])[1 + n % 10]
           || ' #' || n,
       (ARRAY['Acme', 'Northwind', 'Contoso', 'Fabrikam', 'Globex', 'Initech', 'Umbrella', 'Tyrell'])[1 + n % 8],
       round((9.90 + (n * 7919 % 40000) / 100.0)::numeric, 2),
       'EUR',
       'https://shop.markguard.test/' || m.username || '/listing/' || n,
       'ACTIVE',
       now() - make_interval(days => n % 400),
       now()
FROM merchant m
CROSS JOIN generate_series(1, 900) AS n
WHERE m.username IN ('merchant-a', 'merchant-b', 'demo-shop-lumen', 'demo-shop-nordic', 'demo-shop-bazaar')
ON CONFLICT (url) DO NOTHING;
