from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, n DECIMAL(5,3), dt DATE, m DECIMAL(18,6), d DOUBLE, s STRING, i INT, b BOOLEAN").json(INPUT)
result = df.filter((((col("id") == lit(86400).cast("bigint")) & col("b")) | (col("dt") != F.to_date(lit("2023-12-31"))))).withColumn("c1", F.date_add(F.nvl2(F.to_timestamp(lit("2024-03-01 12:30:00.123456")), col("dt"), F.to_date(lit("2025-03-01"))), col("i"))).withColumn("b", (col("id") == lit(1))).withColumn("c3", expr("pmod(id, i)")).withColumn("c4", expr("array_sort(array(CAST(make_ym_interval(5, 5) AS STRING), s, 'b'), (l, r) -> CASE WHEN length(l) < length(r) THEN -1 WHEN length(l) > length(r) THEN 1 ELSE 0 END)")).withColumn("c5", F.concat_ws("-", F.when(col("b"), col("s")), F.bround(col("n"), 3).cast("string"), F.make_valid_utf8(col("s"))))
OUTPUT_MODE = "append"
