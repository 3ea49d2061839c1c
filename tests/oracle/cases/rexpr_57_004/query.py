from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, n DECIMAL(4,1), i INT, j INT, dt DATE, d DOUBLE, m DECIMAL(7,0), s STRING").load(INPUT)
result = df.filter((col("dt") <= F.to_date(lit("2025-03-01")))).withColumn("c1", expr("(TRY_CAST(j AS DECIMAL(10,4)) <= CASE WHEN (dt > DATE'2025-03-01') THEN m WHEN ((dt >= to_date('2024-02-29')) OR CAST(NULL AS BOOLEAN)) THEN m WHEN (j >= 0) THEN (i * m) ELSE m END)")).withColumn("c2", F.round(lit(0.5), -1).try_cast("decimal(20,0)")).withColumn("c3", F.bround(col("d"), 2)).withColumn("c4", expr("bround(CASE WHEN ((ts = TIMESTAMP'1999-12-31 23:59:59.999') OR (id = 0L)) THEN ln(m) ELSE (d + i) END, -1)")).drop("ts", "n", "d", "s").filter(((col("d") >= lit(2.0)) | col("ts").isNull()))
OUTPUT_MODE = "append"
