from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("(m * round(n, 3))")).withColumn("c2", F.nullif(col("n"), expr("0.001"))).withColumn("c3", expr("coalesce(to_date(date_format(dt, 'yyyyMMdd'), 'yyyyMMdd'), dt, to_date('2025-03-01'))")).withColumn("c4", expr("coalesce(((i % 3) IN (10, 1)), true)")).withColumn("c5", (col("i") - col("d")))
OUTPUT_MODE = "append"
