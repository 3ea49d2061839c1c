spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(F.coalesce(col("s").startswith("a"), lit(True))).selectExpr("id", "i", "coalesce(dt, dt, to_date('2024-02-29'))", "round(coalesce(nullif(try_mod(n, m), 100BD), CAST(NULL AS DECIMAL(10,2))), 2) AS c2", "flatten(array(array(concat(CAST(i AS STRING), repeat(CAST(make_timestamp_ntz(2024, abs(i) % 12 + 1, 29, 10, 30, 45.5) AS STRING), 2), CAST(ifnull(99.99, 12.345) AS STRING))), CAST(NULL AS ARRAY<STRING>))) AS c3", "try_mod(CAST(size(sequence(1, abs(regexp_instr(greatest(s, s, t), '[aeiou]')) % 5 + 1)) AS BIGINT), 0L) AS c4", "from_json('{\"k\": ' || d || '}', 'MAP<STRING, DOUBLE>') AS c5").filter("(t = ' ')")
OUTPUT_MODE = "append"
