from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((F.when(col("b"), col("b")).when((col("ts") <= F.to_timestamp(lit("2024-03-01 12:30:00.123456"))), (col("ts") != F.to_timestamp(lit("2024-02-29 00:00:00")))).otherwise(col("b")) | col("j").isNull())).selectExpr("id", "date_add(trunc(to_date('2024-02-29'), 'MM'), (0 + i)) AS c1", "(0.5 / nullif(j, 0)) AS c2", "(greatest(i, i) / nullif(octet_length(upper(rtrim(s))), 0)) AS c3", "trunc(add_months(to_date('2023-12-31'), i), 'MM') AS c4", "(m + d) AS c5")
OUTPUT_MODE = "append"
