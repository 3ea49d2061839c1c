from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("m").isNotNull() | col("j").isNotNull())).select(expr("(quarter(add_months(to_date('2024-02-29'), i)) BETWEEN 2 AND 2)").alias("c1"), expr("(CAST(locate(' ', '日本', 1) AS TIMESTAMP) - INTERVAL 1 DAY)").alias("c2"))
OUTPUT_MODE = "append"
