from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "k", F.ceil(col("m")).alias("c1"), expr("array_repeat(CAST(make_dt_interval((i % nullif(timestampdiff(HOUR, TIMESTAMP'2024-02-29 00:00:00', ts), 0))) + make_dt_interval(0, i) AS STRING), abs((- datediff(date_sub(dt, i), element_at(array_sort(array(dt, dt, DATE'2024-02-29')), 1)))) % 3)").alias("c2"), expr("(CAST(timestamp_micros(shiftrightunsigned(i, 28)) AS STRING) COLLATE UTF8_LCASE = 'hello world')").alias("c3"), expr("CASE WHEN (s IN ('a')) THEN d WHEN (id < 86400L) THEN d ELSE d END").alias("c4"), expr("CAST(d AS INT) AS c5"), expr("make_dt_interval(0, i, 30, 0.000001) AS c6"), expr("stack(3, (dt + INTERVAL '1-1' YEAR TO MONTH), 1, (dt + INTERVAL 2 YEARS))"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id DESC"]
