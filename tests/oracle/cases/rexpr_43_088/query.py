from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((~F.coalesce((col("s") != lit("")), lit(False)))).withColumn("c1", expr("CASE WHEN (k >= 1L) THEN i WHEN (lpad(s, 8, ' ') LIKE '%e') THEN i WHEN (100BD > m) THEN i ELSE i END")).withColumn("c2", ((col("m") - lit(12.345).cast("decimal(5,3)")) + col("m"))).withColumn("c3", expr("(greatest(length(s), length(CASE WHEN b THEN s WHEN (s > '日本') THEN s WHEN b THEN s ELSE s END)) IN (-1, 0, 10))")).withColumn("c4", col("k").cast("int")).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
