from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("n", "sentences('Hello there. How are you? ' || s, 'en', 'US') AS c1", "bround(sec(100.0D), 0)", "array_repeat(i, -1) AS c3", "(i >= unix_timestamp(dt)) AS c4", "to_unix_timestamp(CASE WHEN CAST(k AS BOOLEAN) THEN ts WHEN (dt >= to_date('2023-12-31')) THEN ts END) AS c5").where("(is_valid_utf8(s) OR (id < -2L))")
OUTPUT_MODE = "append"
