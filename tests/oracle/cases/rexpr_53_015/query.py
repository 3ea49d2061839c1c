from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("CAST(j AS BOOLEAN)")).withColumn("c2", expr("nvl2(round(2.0D, -1), nvl2(m, id, -2L), 0L)")).withColumn("c3", expr("make_date(2024, pmod(i, 12) + 1, 1)")).withColumn("c4", expr("(CAST(dt AS TIMESTAMP) - INTERVAL '1 02:03:04.000005' DAY TO SECOND)")).select("id", "c1", "c2", "c3", "c4").where((col("c1") | (col("c3") < F.to_date(lit("2023-12-31")))))
OUTPUT_MODE = "append"
