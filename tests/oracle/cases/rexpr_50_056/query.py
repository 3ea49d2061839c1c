from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", col("ts").isNotNull().cast("double")).withColumn("c2", expr("CASE WHEN (j <> 10) THEN least(dt, dt, dt) WHEN b THEN dateadd(dt, i) WHEN (format_number(m, 0) IS NULL) THEN dt ELSE dt END")).withColumn("c3", F.initcap(F.lpad(col("s"), 0, "*"))).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
