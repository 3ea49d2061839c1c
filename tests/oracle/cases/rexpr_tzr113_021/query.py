spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, f FLOAT, i INT, s STRING, dt DATE, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), b BOOLEAN").load(INPUT)
result = df.where("((NOT (s COLLATE UTF8_BINARY = 'Hello World')) OR (n IS NOT NULL))").selectExpr("id", "f", "regexp_extract_all(s, '[0-9]+', 0) AS c1", "struct(i, get_json_object(to_json(map_from_entries(array(named_struct('k', 'a', 'v', size(json_object_keys(to_json(named_struct('a', CAST(b AS INT), 'b', s)))))))), '$.a') AS name, add_months(trunc(make_date(2023, month(dt), 1), 'mon'), 1)) AS c2", "parse_url(concat('http://a b/', s), 'HOST') AS c3", "sentences('Hello there. How are you? ' || s, 'en', 'US') AS c4", "array_repeat(pmod(i, nullif(i, 0)), -1) AS c5", "(timestampadd(DAY, i, TIMESTAMP'2024-02-29 00:00:00') - INTERVAL -3 DAYS) AS c6")
OUTPUT_MODE = "append"
