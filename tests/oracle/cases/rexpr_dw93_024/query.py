from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("if(i, 1, 2)")).withColumn("c2", (-col("i"))).withColumn("c3", expr("dateadd(CASE WHEN isnan(f) THEN dt WHEN ((m / nullif(m, 0)) IN (0.001, -3.10, 99.99)) THEN dt ELSE dt END, i)")).drop("j", "k", "d", "f", "m", "n", "dt", "ts").where((col("dt") > F.to_date(lit("2024-02-29"))))
OUTPUT_MODE = "append"
