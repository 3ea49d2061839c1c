from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, s STRING, t STRING, m DECIMAL(10,2), i INT, d DOUBLE, dt DATE").load(INPUT)
result = df.withColumn("c1", F.date_add(col("dt"), lit(False).cast("int"))).withColumn("c2", expr("(- m)")).withColumn("c3", F.when((col("t") > lit("é")), col("c2"))).withColumn("c4", expr("trunc(CASE WHEN (m >= 1.25) THEN dt WHEN (d < 0.1D) THEN make_date(2024, 12, 1) WHEN (dt IS NOT NULL) THEN dt ELSE nvl(dt, to_date('2025-03-01')) END, 'yy')")).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
