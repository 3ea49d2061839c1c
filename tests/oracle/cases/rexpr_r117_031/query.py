from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(10,2), j INT, i INT, s STRING, d DOUBLE, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("cot(nullif(negative(acosh(abs(try_to_number(s, 'S999.99')) + 1)), 0))").alias("c1"), expr("from_json('{\"a\": ' || -1 || ', \"b\": [\"x\", null]}', 'a INT, b ARRAY<STRING>')").alias("c2"), F.map_contains_key(F.create_map(F.shiftright(lit(0), 33), lit('a'), lit(3), lit('b')), 3).alias("c3")).where("(is_valid_utf8(CAST(from_utc_timestamp(ts, 'Asia/Tokyo') AS STRING)) OR (dt <= to_date('2024-02-29')))")
OUTPUT_MODE = "append"
