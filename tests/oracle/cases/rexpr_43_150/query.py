from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", (lit(100.0) / lit(3)).alias("c1"), expr("CASE WHEN ((dt <> DATE'2023-12-31') > b) THEN CASE WHEN (b AND b) THEN to_timestamp(date_format(ts, 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS') WHEN b THEN ts ELSE ts END WHEN (array_join(split(s, '  *'), '') LIKE '%o%') THEN ts ELSE CAST(dt AS TIMESTAMP) END AS c2"), (col("n") - col("i")).alias("c3"), (F.ifnull(F.to_timestamp(lit("1999-12-31 23:59:59.999")), F.to_timestamp(lit("2024-02-29 00:00:00"))) - expr("INTERVAL 1 MONTH")).alias("c4"))
OUTPUT_MODE = "append"
